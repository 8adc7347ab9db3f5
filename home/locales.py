"""Locales, tree synchronisation and the regional editor groups.

Everything here follows ``settings.WAGTAIL_CONTENT_LANGUAGES``: adding a language to the
settings (and its catalogue to ``locale/``) is all it takes; ``migrate`` then creates the
Locale, makes it sync from English and creates its editor group."""

from django.apps import apps
from django.conf import settings
from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.utils.translation import get_language, override
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Locale, Page

from home.caching import VersionedCache

SOURCE_LANGUAGE = "en"
EDITOR_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]
TRANSLATOR_PAGE_PERMISSIONS = ["change_page"]
TRANSLATORS_GROUP = "Translators"
# Documents and images: Wagtail reads their permissions from collections only. Everyone who
# works in the admin chooses from the whole shared library (the root collection and all below
# it); an editor uploads into, and edits, their own language's collection; a translator
# uploads the file of a translation into any language's collection (and edits their own).
MEDIA_MODELS = {"wagtaildocs": "document", "wagtailimages": "image"}
CHOOSE_MEDIA = ["choose"]
EDITOR_MEDIA = ["add", "change"]
TRANSLATOR_MEDIA = ["add", "choose"]


def content_languages():
    return [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]


def editor_group_name(language_code):
    with override("en"):
        name = dict(settings.LANGUAGES)[language_code]
        return f"Editors — {name}"


def _permissions(codenames_by_app):
    found = []
    for app_label, codenames in codenames_by_app.items():
        found += Permission.objects.filter(
            content_type__app_label=app_label, codename__in=codenames
        )
    return found


def _media_permissions(actions):
    return _permissions(
        {app: [f"{action}_{model}" for action in actions] for app, model in MEDIA_MODELS.items()}
    )


def _grant_collection(group, collection, actions):
    for permission in _media_permissions(actions):
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=collection, permission=permission
        )


def root_collection():
    # A transactional test's flush deletes the one Wagtail's migration made.
    return Collection.get_first_root_node() or Collection.add_root(name="Root")


def language_collection(language_code):
    """The collection of one language's documents and images ("Albanian"), under the root."""
    with override("en"):
        name = str(dict(settings.LANGUAGES)[language_code])
    root = root_collection()
    return root.get_children().filter(name=name).first() or root.add_child(name=name)


def _grant_tree(group, root, codenames):
    for permission in Permission.objects.filter(
        content_type__app_label="wagtailcore", codename__in=codenames
    ):
        GroupPagePermission.objects.get_or_create(group=group, page=root, permission=permission)


def ensure_submit_translation_permission():
    """wagtail-localize's "Can submit translations" belongs to no model: a migration of its own
    creates it, so a flushed database (a transactional test's) would lose it for good."""
    from django.contrib.contenttypes.models import ContentType

    content_type, _ = ContentType.objects.get_or_create(
        app_label="wagtail_localize", model="translation"
    )
    Permission.objects.get_or_create(
        content_type=content_type,
        codename="submit_translation",
        defaults={"name": "Can submit translations"},
    )


@transaction.atomic
def ensure_locales_and_groups():
    """Idempotent: Locales, English sync sources, editor and translator groups, and each
    locale's review workflow (home/workflows.py)."""
    from wagtail_localize.models import LocaleSynchronization

    ensure_submit_translation_permission()

    from .workflows import ensure_locale_workflow

    source, _ = Locale.objects.get_or_create(language_code=SOURCE_LANGUAGE)
    admin_access = _permissions(
        {
            "wagtailadmin": ["access_admin"],
            "wagtailimages": ["add_image", "change_image", "choose_image"],
            "wagtaildocs": ["add_document", "change_document", "choose_document"],
        }
    )
    # Editors also promote search results and read the search-queries report.
    search_work = _permissions(
        {
            "wagtailsearchpromotions": [
                "add_searchpromotion",
                "change_searchpromotion",
                "delete_searchpromotion",
            ],
            "search": ["view_dailyquery"],
        }
    )
    # Editors see the taxonomy (terms are shared across languages, so changing them is the
    # translators' and administrators' work); the page forms offer their own language's terms.
    term_viewing = _permissions(
        {"home": [f"view_{model}" for model in ("topic", "country", "resourcetype", "audience")]}
    )
    homes = {home.locale.language_code: home for home in home_pages()}

    translators, _ = Group.objects.get_or_create(name=TRANSLATORS_GROUP)
    _grant_collection(translators, root_collection(), TRANSLATOR_MEDIA)
    translators.permissions.add(
        *admin_access,
        *_permissions(
            {
                "wagtail_localize": ["submit_translation"],
                "home": [
                    f"change_{model}" for model in ("topic", "country", "resourcetype", "audience")
                ],
            }
        ),
    )
    for code in content_languages():
        locale, _ = Locale.objects.get_or_create(language_code=code)
        if code != SOURCE_LANGUAGE:
            LocaleSynchronization.objects.get_or_create(
                locale=locale, defaults={"sync_from": source}
            )
        group, _ = Group.objects.get_or_create(name=editor_group_name(code))
        group.permissions.add(*admin_access, *search_work, *term_viewing)
        _grant_collection(group, root_collection(), CHOOSE_MEDIA)
        _grant_collection(group, language_collection(code), EDITOR_MEDIA)
        if code in homes:
            _grant_tree(group, homes[code], EDITOR_PAGE_PERMISSIONS)
            _grant_tree(translators, homes[code], TRANSLATOR_PAGE_PERMISSIONS)
            ensure_locale_workflow(homes[code], group)


def home_pages(site=None):
    """The root page of each locale's tree (``site``'s root page and its translations; the
    default site's when no site is given)."""
    from wagtail.models import Site

    site = site or Site.objects.filter(is_default_site=True).first()
    if site is None:
        return Page.objects.none()
    return Page.objects.filter(translation_key=site.root_page.translation_key).select_related(
        "locale"
    )


def sync_locales_after_migrate(using="default", **kwargs):
    from .sites import apply_site_url

    # Apps after this one in INSTALLED_APPS have not had their permissions created yet.
    for app_config in apps.get_app_configs():
        create_permissions(app_config, verbosity=0, using=using)
    ensure_locales_and_groups()
    apply_site_url()


# Locales change only when a language is added or removed; reading them once per process and
# cache version spares the several Locale queries a page would otherwise run.
LOCALES = VersionedCache("locales", 3600)


def _locales():
    return LOCALES.get_or_compute(
        "all", lambda: {locale.language_code: locale for locale in Locale.objects.all()}
    )


def active_locale():
    """What ``Locale.get_active()`` returns (the active language's Locale, else the default
    one), without a query."""
    locales = _locales()
    for code in (get_language(), settings.LANGUAGE_CODE):
        try:
            locale = locales.get(get_supported_content_language_variant(code))
        except LookupError:
            continue
        if locale is not None:
            return locale
    return Locale.get_active()


def locale_codes():
    """{Locale id: language code} of every locale, without a query."""
    return {locale.pk: code for code, locale in _locales().items()}


def language_code_of(locale_id):
    """The language code of the Locale with this id, without a query."""
    code = locale_codes().get(locale_id)
    return code if code is not None else Locale.objects.get(pk=locale_id).language_code
