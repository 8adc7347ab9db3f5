"""The Albanian editor's choosers on a publication and a news article: the page's own
language's terms and publications only, on the Content tab, searchable, and nothing else
accepted."""

import lxml.html
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import TestCase
from wagtail.models import Locale
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from home.factories import CountryFactory, NewsPageFactory, TopicFactory
from home.locales import editor_group_name
from home.models import Audience, NewsPage, ResourceType
from library.factories import LibraryDocumentFactory, LibraryPageFactory, PublicationPageFactory
from library.models import PublicationPage
from tests.builders import build_site, sync_trees, translate


def term_in(factory_or_model, locale, source=None, **fields):
    if source is not None:
        fields["translation_key"] = source.translation_key
        fields.setdefault("slug", source.slug)
    if isinstance(factory_or_model, type) and hasattr(factory_or_model, "objects"):
        return factory_or_model.objects.create(locale=locale, **fields)
    return factory_or_model(locale=locale, **fields)


class ChooserTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        site = build_site()
        cls.en, cls.sq, cls.ro = (
            Locale.objects.get(language_code=code) for code in ("en", "sq", "ro")
        )
        care = TopicFactory(name="Alternative care", slug="alternative-care")
        kinship = TopicFactory(name="Kinship care", slug="kinship-care", parent=care)
        cls.care_sq = term_in(TopicFactory, cls.sq, care, name="Kujdesi alternativ")
        cls.kinship_sq = term_in(
            TopicFactory, cls.sq, kinship, name="Kujdesi familjar", parent=cls.care_sq
        )
        term_in(TopicFactory, cls.ro, care, name="Îngrijire alternativă")
        cls.violence = TopicFactory(name="Violence", slug="violence")  # not in Albanian yet
        albania = CountryFactory(name="Albania", slug="albania")
        cls.albania_sq = term_in(CountryFactory, cls.sq, albania, name="Shqipëria")
        cls.albania_ro = term_in(CountryFactory, cls.ro, albania, name="Albania")
        report = ResourceType.objects.create(locale=cls.en, name="Report", slug="report")
        cls.report_sq = term_in(ResourceType, cls.sq, report, name="Raport")
        police = Audience.objects.create(locale=cls.en, name="Police", slug="police")
        cls.police_sq = term_in(Audience, cls.sq, police, name="Policia")
        cls.care, cls.kinship, cls.albania, cls.report = care, kinship, albania, report

        library = LibraryPageFactory(parent=site.home)
        cls.document = LibraryDocumentFactory()
        cls.english_review = PublicationPageFactory(
            parent=library, title="Foster care review", terms={"topics": [care, kinship]}
        )
        cls.library_sq = translate(library, "sq", title="Biblioteka", slug="biblioteka")
        sync_trees()  # the English publication's aliases, one in each tree
        cls.review_sq_alias = cls.english_review.get_translation(cls.sq)
        cls.publication_sq = PublicationPageFactory(
            parent=cls.library_sq,
            title="Kujdesi alternativ në Shqipëri",
            editions=[("sq", cls.document)],
        )
        cls.news_sq = site.news_sq

        users = get_user_model().objects
        cls.editor_sq = users.create_user("editor-sq", "sq@example.org", "x")
        cls.editor_sq.groups.add(Group.objects.get(name=editor_group_name("sq")))
        cls.editor_bg = users.create_user("editor-bg", "bg@example.org", "x")
        cls.editor_bg.groups.add(Group.objects.get(name=editor_group_name("bg")))

    def setUp(self):
        self.client.force_login(self.editor_sq)

    def form(self, url):
        response = self.client.get(url)
        self.assertEqual(response.status_code, 200)
        return lxml.html.fromstring(response.content)

    def choices(self, html, name):
        """{label: checked} of the field's checkboxes or options, in order."""
        found = {}
        for box in html.xpath(f'//input[@type="checkbox"][@name="{name}"]'):
            found[" ".join(box.getparent().text_content().split())] = box.checked
        for option in html.xpath(f'//select[@name="{name}"]/option[@value!=""]'):
            found[option.text_content().strip()] = option.get("selected") is not None
        return found


class PublicationChooserTests(ChooserTestCase):
    def edit_url(self, page):
        return f"/admin/pages/{page.pk}/edit/"

    def post_data(self, page, **choices):
        files = [
            {"id": f.pk, "document": f.document_id, "language": f.language}
            for f in page.files.all()
        ]
        data = nested_form_data(
            {
                "title": page.title,
                "slug": page.slug,
                "summary": page.summary,
                "authors": page.authors,
                "organisations": page.organisations,
                "publication_date": page.publication_date.isoformat(),
                "files": inline_formset(files, initial=len(files)),
                "action-publish": "action-publish",
            }
        )
        return {**data, **choices}  # lists of ids, as the checkboxes post them

    def test_the_edit_form_offers_only_albanian_terms_topics_under_broader_ones(self):
        html = self.form(self.edit_url(self.publication_sq))
        self.assertEqual(
            list(self.choices(html, "topics")),
            ["Kujdesi alternativ", "Kujdesi alternativ › Kujdesi familjar"],
        )
        self.assertEqual(list(self.choices(html, "countries")), ["Shqipëria"])
        self.assertEqual(list(self.choices(html, "audiences")), ["Policia"])
        self.assertEqual(list(self.choices(html, "resource_type")), ["Raport"])
        narrower = html.xpath('//input[@name="topics"]/ancestor::div[1]')[1]
        self.assertIn("filterable-checkboxes__option--narrower", narrower.get("class"))

    def test_the_choosers_are_on_the_content_tab_with_a_filter_box(self):
        html = self.form(self.edit_url(self.publication_sq))
        content = html.get_element_by_id("tab-content")
        for name in ("topics", "countries", "audiences", "related_publications"):
            field = content.xpath(
                f'.//input[@name="{name}"]/ancestor::div[@data-filterable-checkboxes]'
            )
            self.assertTrue(field, name)
            self.assertTrue(field[0].xpath('.//input[@type="search"]'), name)
        self.assertTrue(content.xpath('.//select[@name="resource_type"]'))
        self.assertFalse(html.get_element_by_id("tab-promote").xpath('.//input[@name="topics"]'))
        self.assertIn(
            b"js/filterable-checkboxes.js",
            self.client.get(self.edit_url(self.publication_sq)).content,
        )

    def test_related_publications_are_those_of_the_albanian_library_once_each(self):
        other_sq = PublicationPageFactory(parent=self.library_sq, title="Raport vjetor")
        html = self.form(self.edit_url(self.publication_sq))
        # The English review is offered once, as the Albanian library's page (its alias),
        # the page itself not at all.
        self.assertEqual(
            list(self.choices(html, "related_publications")),
            ["Foster care review", "Raport vjetor"],
        )
        values = html.xpath('//input[@name="related_publications"]/@value')
        self.assertEqual(values, [str(self.review_sq_alias.pk), str(other_sq.pk)])

    def test_saving_albanian_terms_and_a_related_publication(self):
        data = self.post_data(
            self.publication_sq,
            topics=[self.kinship_sq.pk],
            countries=[self.albania_sq.pk],
            audiences=[self.police_sq.pk],
            resource_type=self.report_sq.pk,
            related_publications=[self.review_sq_alias.pk],
        )
        response = self.client.post(self.edit_url(self.publication_sq), data)
        self.assertEqual(response.status_code, 302)
        page = PublicationPage.objects.get(pk=self.publication_sq.pk)
        self.assertEqual(list(page.topics.all()), [self.kinship_sq])
        self.assertEqual(list(page.countries.all()), [self.albania_sq])
        self.assertEqual(list(page.audiences.all()), [self.police_sq])
        self.assertEqual(page.resource_type, self.report_sq)
        self.assertEqual([p.pk for p in page.related_publications.all()], [self.review_sq_alias.pk])

    def test_a_term_of_another_language_is_refused_by_name(self):
        data = self.post_data(self.publication_sq, countries=[self.albania_ro.pk])
        response = self.client.post(self.edit_url(self.publication_sq), data)
        self.assertEqual(response.status_code, 200)
        self.assertEqual(
            response.context["form"].errors["countries"],
            ["Not in this language (Albanian): “Albania” (Romanian)."],
        )
        data = self.post_data(self.publication_sq, resource_type=self.report.pk)
        response = self.client.post(self.edit_url(self.publication_sq), data)
        self.assertEqual(
            response.context["form"].errors["resource_type"],
            ["Not in this language (Albanian): “Report” (English)."],
        )
        self.assertFalse(PublicationPage.objects.get(pk=self.publication_sq.pk).countries.exists())

    def test_a_publication_of_another_language_is_refused(self):
        data = self.post_data(self.publication_sq, related_publications=[self.english_review.pk])
        response = self.client.post(self.edit_url(self.publication_sq), data)
        self.assertEqual(response.status_code, 200)
        self.assertEqual(
            response.context["form"].errors["related_publications"],
            ["Not in this language (Albanian): “Foster care review” (English)."],
        )

    def test_english_terms_of_a_copied_page_show_as_their_translations_and_none_is_lost(self):
        page = self.publication_sq
        page.topics.set([self.care, self.violence])  # as copied from an English page
        page.save()
        html = self.form(self.edit_url(page))
        self.assertEqual(
            self.choices(html, "topics"),
            {
                "Kujdesi alternativ": True,
                "Kujdesi alternativ › Kujdesi familjar": False,
                "Violence (English)": True,
            },
        )
        checked = html.xpath('//input[@name="topics"][@checked]/@value')
        response = self.client.post(self.edit_url(page), self.post_data(page, topics=checked))
        self.assertEqual(response.status_code, 302)
        self.assertEqual(
            set(PublicationPage.objects.get(pk=page.pk).topics.all()), {self.care_sq, self.violence}
        )

    def test_the_create_form_uses_the_albanian_library_s_language(self):
        url = f"/admin/pages/add/library/publicationpage/{self.library_sq.pk}/"
        html = self.form(url)
        self.assertEqual(list(self.choices(html, "countries")), ["Shqipëria"])
        self.assertEqual(
            list(self.choices(html, "related_publications")),
            ["Foster care review", "Kujdesi alternativ në Shqipëri"],
        )

    def test_the_bulgarian_editor_cannot_open_the_albanian_publication(self):
        self.client.force_login(self.editor_bg)
        response = self.client.get(self.edit_url(self.publication_sq))
        self.assertNotEqual(response.status_code, 200)


class NewsChooserTests(ChooserTestCase):
    def test_the_albanian_editor_creates_a_news_article_with_albanian_terms(self):
        url = f"/admin/pages/add/home/newspage/{self.news_sq.pk}/"
        html = self.form(url)
        self.assertEqual(
            list(self.choices(html, "topics")),
            ["Kujdesi alternativ", "Kujdesi alternativ › Kujdesi familjar"],
        )
        self.assertTrue(html.get_element_by_id("tab-content").xpath('.//input[@name="countries"]'))
        data = nested_form_data(
            {
                "title": "Lajm i ri",
                "slug": "lajm-i-ri",
                "date": "2026-11-30",
                "summary": "Një përmbledhje.",
                "body": streamfield([]),
                "action-publish": "action-publish",
            }
        )
        data.update(topics=[self.care_sq.pk], countries=[self.albania_sq.pk])
        response = self.client.post(url, data)
        self.assertEqual(response.status_code, 302)
        article = NewsPage.objects.get(slug="lajm-i-ri")
        self.assertEqual(article.locale, self.sq)
        self.assertEqual(list(article.topics.all()), [self.care_sq])

    def test_a_news_article_refuses_an_english_topic(self):
        article = NewsPageFactory(parent=self.news_sq, title="Lajm")
        response = self.client.post(
            f"/admin/pages/{article.pk}/edit/",
            nested_form_data(
                {
                    "title": article.title,
                    "slug": article.slug,
                    "date": article.date.isoformat(),
                    "summary": article.summary,
                    "body": streamfield([]),
                }
            )
            | {"topics": [self.care.pk]},
        )
        self.assertEqual(response.status_code, 200)
        self.assertEqual(
            response.context["form"].errors["topics"],
            ["Not in this language (Albanian): “Alternative care” (English)."],
        )
