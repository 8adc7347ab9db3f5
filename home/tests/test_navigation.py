"""The main navigation is cached per site and language; any page change shows at once."""

from django.test import TestCase

from home.factories import StandardPageFactory
from tests.builders import build_site


class NavigationTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.site = build_site()

    def menu(self, url="/en/"):
        content = self.client.get(url).content.decode()
        return content[content.index('<nav class="main-nav"') :].split("</nav>")[0]

    def test_menu_lists_the_home_children_shown_in_menus(self):
        StandardPageFactory(parent=self.site.home, title="Imprint", slug="imprint")
        menu = self.menu()
        self.assertIn('<a href="/en/about/">About</a>', menu)
        self.assertNotIn("/en/imprint/", menu)  # not marked "show in menus"

    def test_a_page_added_to_the_menu_shows_in_the_next_response(self):
        self.menu()
        StandardPageFactory(
            parent=self.site.home, title="Partners", slug="partners", show_in_menus=True
        )
        self.assertIn('<a href="/en/partners/">Partners</a>', self.menu())

    def test_a_renamed_page_shows_its_new_title(self):
        self.menu()
        about = self.site.about
        about.title = "About us"
        about.save_revision().publish()
        self.assertIn('<a href="/en/about/">About us</a>', self.menu())

    def test_an_unpublished_page_leaves_the_menu(self):
        self.menu()
        self.site.about.unpublish()
        self.assertNotIn("/en/about/", self.menu())

    def test_a_moved_page_leaves_the_menu(self):
        self.menu()
        self.site.about.move(self.site.news, pos="last-child")
        self.assertNotIn("About", self.menu())

    def test_each_language_has_its_own_menu(self):
        self.menu("/en/")
        sq_menu = self.menu("/sq/")
        self.assertNotIn('href="/en/', sq_menu)
