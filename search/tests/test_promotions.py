"""Settings → Promoted search results as the demo's users walk it: a regional editor promotes
the pages of their language and sees, edits and deletes only their language's promotions; an
external link (shown in every language) takes a site administrator."""

import inspect
import re

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import TestCase
from django.urls import resolve, reverse
from wagtail.contrib.search_promotions import admin_urls
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Page

from home.locales import TRANSLATORS_GROUP, editor_group_name
from search import promotion_admin
from search.access import ADMINISTRATORS_GROUP
from tests.builders import build_site

PREFIX = "editors_picks"


def promotion_form(query, *promotions, initial=0):
    """The add/edit form as the admin posts it; each promotion a dict of its fields."""
    data = {
        "query_string": query,
        f"{PREFIX}-TOTAL_FORMS": str(len(promotions)),
        f"{PREFIX}-INITIAL_FORMS": str(initial),
        f"{PREFIX}-MIN_NUM_FORMS": "0",
        f"{PREFIX}-MAX_NUM_FORMS": "1000",
    }
    for index, fields in enumerate(promotions):
        defaults = {"id": "", "page": "", "external_link_url": "", "external_link_text": ""}
        defaults.update({"description": "", "ORDER": str(index), "DELETE": ""})
        for name, value in {**defaults, **fields}.items():
            data[f"{PREFIX}-{index}-{name}"] = "" if value is None else str(value)
    return data


class PromotionsPerLanguageTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        site = build_site()
        cls.page_sq = site.news_sq
        cls.page_bg = Page.objects.get(
            translation_key=site.news.translation_key, locale__language_code="bg"
        )
        users = get_user_model().objects
        cls.admin = users.create_superuser("admin", "admin@example.org", "x")
        cls.editors = {}
        for code in ("sq", "bg"):
            cls.editors[code] = users.create_user(f"editor-{code}", password="x")
            cls.editors[code].groups.add(Group.objects.get(name=editor_group_name(code)))

    def as_user(self, user):
        self.client.force_login(user)
        return self.client

    def add(self, user, query, *promotions):
        return self.as_user(user).post(
            reverse("wagtailsearchpromotions:add"), promotion_form(query, *promotions)
        )

    def promote(self, query, page=None, **fields):
        return SearchPromotion.objects.create(
            query=Query.get(query), page=page, sort_order=0, **fields
        )

    def test_an_editor_promotes_a_page_of_their_language_for_its_search(self):
        response = self.add(self.editors["sq"], "dhuna", {"page": self.page_sq.pk})
        self.assertRedirects(response, reverse("wagtailsearchpromotions:index"))
        promotion = SearchPromotion.objects.get()
        self.assertEqual(
            (promotion.query.query_string, promotion.page_id), ("dhuna", self.page_sq.pk)
        )
        search = self.client.get("/sq/search/?q=dhuna")
        self.assertEqual([item.title for item in search.context["promotions"]], ["Lajme"])
        self.assertEqual(self.client.get("/bg/search/?q=dhuna").context["promotions"], [])

    def test_an_editor_cannot_promote_another_languages_page(self):
        response = self.add(self.editors["sq"], "dhuna", {"page": self.page_bg.pk})
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "You can only promote pages in the languages you edit.")
        self.assertFalse(SearchPromotion.objects.exists())

    def test_only_site_administrators_promote_an_external_link(self):
        link = {"external_link_url": "https://example.org/", "external_link_text": "Example"}
        response = self.add(self.editors["bg"], "helpline", link)
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "only site administrators can promote one")
        self.assertFalse(SearchPromotion.objects.exists())

        self.assertEqual(self.add(self.admin, "helpline", link).status_code, 302)
        administrator = get_user_model().objects.create_user("webmaster", password="x")
        administrator.groups.add(Group.objects.get(name=ADMINISTRATORS_GROUP))
        self.assertEqual(self.add(administrator, "hotline", link).status_code, 302)
        self.assertEqual(
            sorted(SearchPromotion.objects.values_list("query__query_string", flat=True)),
            ["helpline", "hotline"],
        )

    def test_editors_list_edit_and_delete_only_their_languages_promotions(self):
        shared_sq = self.promote("online safety", self.page_sq, description="Albanian pick")
        shared_bg = self.promote("online safety", self.page_bg, description="Bulgarian pick")
        only_sq = self.promote("dhuna", self.page_sq, description="Only Albanian")
        index = reverse("wagtailsearchpromotions:index")

        listing = self.as_user(self.editors["bg"]).get(index)
        self.assertEqual(
            [query.query_string for query in listing.context["queries"]], ["online safety"]
        )
        edit_shared = reverse("wagtailsearchpromotions:edit", args=[shared_bg.query_id])
        form = self.client.get(edit_shared)
        self.assertContains(form, "Bulgarian pick")
        self.assertNotContains(form, "Albanian pick")

        # Another language's query, or another language's promotion forged into the form.
        edit_sq = reverse("wagtailsearchpromotions:edit", args=[only_sq.query_id])
        self.assertEqual(self.client.get(edit_sq).status_code, 404)
        forged = promotion_form(
            "online safety",
            {"id": shared_bg.pk, "page": self.page_bg.pk},
            {"id": shared_sq.pk, "page": self.page_bg.pk, "DELETE": "1"},
            initial=2,
        )
        # Wagtail's "permission denied": back to the dashboard with its message (a 403 for
        # the admin's own scripts).
        denied = self.client.post(edit_shared, forged, follow=True)
        self.assertRedirects(denied, reverse("wagtailadmin_home"))
        self.assertContains(denied, "Sorry, you do not have permission to access this area.")
        scripted = self.client.post(
            edit_shared, forged, headers={"x-requested-with": "XMLHttpRequest"}
        )
        self.assertEqual(scripted.status_code, 403)
        self.assertEqual(
            self.client.post(edit_sq, promotion_form("dhuna"), follow=True).status_code, 404
        )
        delete_sq = reverse("wagtailsearchpromotions:delete", args=[only_sq.query_id])
        self.assertEqual(self.client.post(delete_sq, follow=True).status_code, 404)
        self.assertEqual(SearchPromotion.objects.count(), 3)

        # Editing and deleting their own leave the other language's untouched.
        renamed = promotion_form(
            "online safety",
            {"id": shared_bg.pk, "page": self.page_bg.pk, "description": "Renamed"},
            initial=1,
        )
        self.assertEqual(self.client.post(edit_shared, renamed).status_code, 302)
        shared_sq.refresh_from_db()
        self.assertEqual(shared_sq.description, "Albanian pick")
        delete_shared = reverse("wagtailsearchpromotions:delete", args=[shared_bg.query_id])
        self.assertEqual(self.client.post(delete_shared).status_code, 302)
        self.assertEqual(
            sorted(SearchPromotion.objects.values_list("description", flat=True)),
            ["Albanian pick", "Only Albanian"],
        )

        everything = self.as_user(self.admin).get(index)
        self.assertEqual(len(everything.context["queries"]), 2)

    def test_popular_search_terms_offer_what_visitors_searched(self):
        for address in ("192.0.2.1", "192.0.2.2"):
            self.client.get("/sq/search/?q=Dhuna+n%C3%AB+familje", REMOTE_ADDR=address)
        chooser = self.as_user(self.editors["sq"]).get(reverse("wagtailsearchpromotions:chooser"))
        self.assertIn("dhuna në familje", chooser.json()["html"])

    def search(self, language, text, visitors):
        for number in range(visitors):
            self.client.get(f"/{language}/search/", {"q": text}, REMOTE_ADDR=f"192.0.2.{number}")

    def popular_terms(self, user, **params):
        """(term, views) as the chooser's results list them."""
        response = self.as_user(user).get(reverse("wagtailsearchpromotions:chooserresults"), params)
        self.assertEqual(response.status_code, 200)
        html = response.content.decode()
        terms = re.findall(r'data-querystring="([^"]*)"', html)
        views = re.findall(r"</div>\s*</td>\s*<td>(\d+)</td>", html)
        return list(zip(terms, map(int, views), strict=True))

    def test_popular_search_terms_are_those_of_the_editors_language(self):
        self.search("sq", "dhuna", 3)
        self.search("sq", "unicef", 1)
        self.search("bg", "насилие", 2)
        self.search("bg", "unicef", 4)
        self.assertEqual(self.popular_terms(self.editors["sq"]), [("dhuna", 3), ("unicef", 1)])
        self.assertEqual(self.popular_terms(self.editors["bg"]), [("unicef", 4), ("насилие", 2)])
        self.assertEqual(
            self.popular_terms(self.admin), [("unicef", 5), ("dhuna", 3), ("насилие", 2)]
        )
        self.assertEqual(self.popular_terms(self.editors["sq"], q="UNI"), [("unicef", 1)])
        modal = self.as_user(self.editors["sq"]).get(reverse("wagtailsearchpromotions:chooser"))
        self.assertIn("dhuna", modal.json()["html"])
        self.assertNotIn("насилие", modal.json()["html"])

    def test_the_popular_terms_chooser_refuses_bad_input_and_users_without_rights(self):
        chooser = reverse("wagtailsearchpromotions:chooserresults")
        for page in ("abc", "99", "-1"):
            with self.subTest(page=page):
                response = self.as_user(self.editors["sq"]).get(chooser, {"p": page})
                self.assertEqual(response.status_code, 404)
        translator = get_user_model().objects.create_user("translator", password="x")
        translator.groups.add(Group.objects.get(name=TRANSLATORS_GROUP))
        self.search("sq", "dhuna", 1)
        refused = self.as_user(translator).get(
            chooser, headers={"x-requested-with": "XMLHttpRequest"}
        )
        self.assertEqual(refused.status_code, 403)
        self.assertNotContains(refused, "dhuna", status_code=403)

    def test_the_per_language_views_answer_at_wagtails_addresses(self):
        """Fails if Wagtail renames the views this site replaces, or serves its own first."""
        wagtail_names = {pattern.name for pattern in admin_urls.urlpatterns}
        self.assertLessEqual(promotion_admin.REPLACED, wagtail_names)
        for name, view, args in [
            ("index", promotion_admin.IndexView, []),
            ("index_results", promotion_admin.IndexView, []),
            ("add", promotion_admin.CreateView, []),
            ("edit", promotion_admin.EditView, [1]),
            ("delete", promotion_admin.DeleteView, [1]),
        ]:
            url = reverse(f"wagtailsearchpromotions:{name}", args=args)
            self.assertIs(resolve(url).func.view_class, view)
        for name, view in [
            ("chooser", promotion_admin.chooser),
            ("chooserresults", promotion_admin.chooser_results),
        ]:
            url = reverse(f"wagtailsearchpromotions:{name}")
            self.assertIs(inspect.unwrap(resolve(url).func), view)
        self.assertEqual(
            self.as_user(self.editors["sq"])
            .get(reverse("wagtailsearchpromotions:chooser"))
            .status_code,
            200,
        )
