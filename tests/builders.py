"""A small multilingual site for tests: an English tree, its Albanian translation and
aliases in every other locale, the way the demo loader and wagtail-localize leave it."""

from types import SimpleNamespace

from wagtail.models import Collection, Locale, Page, Site
from wagtail_localize.synctree import PageIndex

from home.factories import HomePageFactory, NewsIndexPageFactory, StandardPageFactory
from home.locales import ensure_locales_and_groups
from home.translations import translate_page


def translate(page, language_code, **fields):
    """A real (non-alias) translation of ``page`` with ``fields`` set, published."""
    return translate_page(page, Locale.objects.get(language_code=language_code), fields)


def sync_trees(*languages):
    """Create aliases of every English page in the other locales (wagtail-localize), or only in
    the locales of the language codes given."""
    from wagtail_localize.models import LocaleSynchronization

    index = PageIndex.from_database().sort_by_tree_position()
    synchronizations = LocaleSynchronization.objects.all()
    if languages:
        synchronizations = synchronizations.filter(locale__language_code__in=languages)
    for sync in synchronizations:
        sync.sync_trees(page_index=index)


def build_site():
    # A transactional test starts from a flushed database: Wagtail's root page and root
    # collection (made by migrations) are gone then; the locales come back with post_migrate.
    root = Page.get_first_root_node() or Page.add_root(
        instance=Page(title="Root", slug="root", locale=Locale.objects.get(language_code="en"))
    )
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    for page in root.get_children():
        page.delete()  # Wagtail's welcome page and its aliases
    home = HomePageFactory(parent=root, slug="home")
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": home, "site_name": "ChildHub"},
    )
    news = NewsIndexPageFactory(parent=home, title="News", intro="News from the region.")
    about = StandardPageFactory(parent=home, title="About", slug="about", show_in_menus=True)
    home_sq = translate(home, "sq", title="ChildHub", hero_title="Njohuri për mbrojtjen e fëmijëve")
    news_sq = translate(news, "sq", title="Lajme", slug="lajme")
    sync_trees()
    ensure_locales_and_groups()
    return SimpleNamespace(home=home, news=news, about=about, home_sq=home_sq, news_sq=news_sq)


def demo_users():
    """The demo's users (admin, editor-sq, editor-bg, translator) in their groups, as the demo
    loader makes them; {username: user}."""
    from home.demo.users import ensure_demo_users

    return {user.username: user for user, _created in ensure_demo_users(password="childhub")}
