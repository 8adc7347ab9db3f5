from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from academy.models import CourseIndexPage
from advocacy.models import AdvocacyIndexPage
from home.models import HomePage, NewsIndexPage, NewsPage, StandardPage
from library.models import LibraryPage


class PageTypeRulesTests(WagtailPageTestCase):
    def test_home_page_sits_at_the_root_of_a_locale_tree(self):
        self.assertCanCreateAt(Page, HomePage)
        self.assertCanNotCreateAt(HomePage, HomePage)

    def test_sections_live_directly_under_home(self):
        for section in (NewsIndexPage, LibraryPage, CourseIndexPage, AdvocacyIndexPage):
            with self.subTest(section=section.__name__):
                self.assertCanCreateAt(HomePage, section)
                self.assertCanNotCreateAt(StandardPage, section)
                self.assertCanNotCreateAt(Page, section)

    def test_news_articles_only_in_the_news_index(self):
        self.assertAllowedSubpageTypes(NewsIndexPage, {NewsPage})
        self.assertCanNotCreateAt(HomePage, NewsPage)
        self.assertCanNotCreateAt(StandardPage, NewsPage)
        self.assertAllowedSubpageTypes(NewsPage, set())

    def test_standard_pages_nest_under_home_and_each_other(self):
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, StandardPage})
