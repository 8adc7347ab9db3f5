"""Aliases of new publications in the locales that sync from theirs, written in bulk.

wagtail-localize's ``create_aliases_for_new_page`` makes each alias with a full page copy: a
tree insert, validation, a log entry and index updates, about 30 ms an alias, seven per
publication. This writes the same rows for a batch of publications with a few queries per
locale. Each alias is what Wagtail's ``create_alias`` makes: every field of the source except
its tree position and latest revision, ``alias_of`` set, the same translation key, the
editions and terms copied, the same log entries, and the ``post_save`` signal a
save sends, so that the search and reference indexes are updated as for any new page (by the
task worker in production). Like any Wagtail copy, it leaves out what the model's
``default_exclude_fields_in_copy`` and ``exclude_fields_in_copy`` list (Wagtail's own
create_alias does not apply them yet).

Writing the rows relies on how these libraries build pages (treebeard's paths, Wagtail's alias
fields and log entries, modelcluster's child relations), as the tests in
library/tests/test_aliases.py checked it with the versions in ``TESTED_VERSIONS``. With any
other version installed, each alias is made by wagtail-localize's own path
(``copy_for_translation(alias=True)``): slower, and right, until the tests have been run with
the new versions and the list updated.

Pages copied in the admin get their aliases too (``alias_copy``, from the ``after_copy_page``
hook): wagtail-localize aliases a page created in the admin, not one copied there."""

import functools
import importlib.metadata
import logging

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.models import F
from django.db.models.signals import post_save
from django.utils import timezone
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import get_all_child_relations
from wagtail.log_actions import get_active_log_context
from wagtail.models import Locale, Page, PageLogEntry
from wagtail_localize.models import LocaleSynchronization
from wagtail_localize.synctree import create_aliases_for_new_page

logger = logging.getLogger(__name__)

# The versions the bulk path was compared with wagtail-localize's aliases under (the tests in
# library/tests/test_aliases.py, which fail when the installed versions differ from these).
TESTED_VERSIONS = {
    "wagtail": "8.0.1",
    "wagtail-localize": "1.14.5",
    "django-treebeard": "5.3.1",
    "django-modelcluster": "6.5",
}


@functools.cache  # ~30 ms: the packages' metadata is read from disk
def installed_versions():
    return {name: importlib.metadata.version(name) for name in TESTED_VERSIONS}


def bulk_path_tested():
    """Whether the installed libraries are the versions the bulk path was tested with; logs a
    warning when they are not."""
    installed = installed_versions()
    if installed == TESTED_VERSIONS:
        return True
    logger.warning(
        "Aliases are made one by one by wagtail-localize: the installed versions %s are not "
        "the ones the bulk path was tested with, %s (library/aliases.py, TESTED_VERSIONS)",
        installed,
        TESTED_VERSIONS,
    )
    return False


def excluded_from_copy(model):
    """The fields and child relations a Wagtail copy of a ``model`` page leaves out."""
    return {*model.default_exclude_fields_in_copy, *model.exclude_fields_in_copy}


def create_aliases(pages):
    """Alias each of ``pages`` (new publications of one locale, saved and published) into the
    locales that sync from that locale; returns the aliases."""
    if not bulk_path_tested():
        return [alias for page in pages for alias in aliases_one_by_one(page)]
    aliases = []
    by_parent = {}
    for page in pages:
        parent_path = page.path[: -Page.steplen]
        by_parent.setdefault((page.locale_id, parent_path), []).append(page)
    for (locale_id, parent_path), siblings in by_parent.items():
        parent = Page.objects.get(path=parent_path).specific
        for locale in sync_targets(locale_id):
            aliases += alias_into(siblings, parent, locale)
    # A locale that syncs from one of those gets aliases of the aliases, the slow way.
    chained = set(
        LocaleSynchronization.objects.filter(
            sync_from_id__in={alias.locale_id for alias in aliases}
        ).values_list("sync_from_id", flat=True)
    )
    for alias in aliases:
        if alias.locale_id in chained:
            create_aliases_for_new_page(alias)
    return aliases


def sync_targets(locale_id):
    """The locales whose trees sync from the locale ``locale_id``."""
    return Locale.objects.filter(
        pk__in=LocaleSynchronization.objects.filter(sync_from_id=locale_id).values("locale_id")
    ).order_by("pk")


def aliases_one_by_one(page):
    """The aliases of ``page`` (and of its aliases, where a locale syncs from theirs) made by
    wagtail-localize's own path, skipping the locales where it has a translation already."""
    aliases = []
    for locale in sync_targets(page.locale_id):
        if page.get_translation_or_none(locale) is None:
            alias = page.copy_for_translation(locale, copy_parents=True, alias=True)
            aliases += [alias, *aliases_one_by_one(alias)]
    return aliases


def alias_copy(page):
    """Aliases of ``page``, just copied in the admin, and of the pages copied with it, as
    wagtail-localize gives a page created in the admin (aliases copied as aliases are left
    out, as wagtail-localize's tree sync leaves them out)."""
    copied = Page.objects.descendant_of(page, inclusive=True).filter(alias_of__isnull=True)
    for each in copied.order_by("path").specific():
        aliases_one_by_one(each)


def alias_into(pages, parent, locale):
    """Aliases of ``pages`` (children of ``parent``) under the translation of ``parent`` in
    ``locale``, skipping pages that have a translation there already."""
    aliases, target_parent = write_aliases(pages, parent, locale)
    if aliases:
        log_creation(aliases, parent, target_parent)
        for alias in aliases:
            post_save.send(
                sender=type(alias),
                instance=alias,
                created=True,
                update_fields=None,
                raw=False,
                using=connection.alias,
            )
    return aliases


def write_aliases(pages, parent, locale):
    """The rows of the aliases (pages, editions, terms), without log entries or signals;
    returns the aliases and their parent."""
    model = type(pages[0])
    excluded = excluded_from_copy(model)
    target_parent = parent.get_translation_or_none(locale) or parent.copy_for_translation(
        locale, copy_parents=True, alias=True
    )
    # Lock the parent: its children's paths are computed here, as treebeard would.
    target_parent = Page.objects.select_for_update().get(pk=target_parent.pk)
    translated = set(
        Page.objects.filter(
            locale=locale, translation_key__in=[page.translation_key for page in pages]
        ).values_list("translation_key", flat=True)
    )
    pages = [page for page in pages if page.translation_key not in translated]
    if not pages:
        return [], target_parent
    slugs = available_slugs(target_parent, [page.slug for page in pages])
    last = target_parent.get_last_child()
    position = Page._str2int(last.path[-Page.steplen :]) if last else 0
    depth = target_parent.depth + 1
    aliases = []
    for index, (page, slug) in enumerate(zip(pages, slugs, strict=True)):
        values = {  # the primary key and the tree fields are the alias's own
            field.attname: field.get_default()
            if field.name in excluded
            else getattr(page, field.attname)
            for field in model._meta.concrete_fields
            if not field.primary_key
        }
        values.update(
            alias_of_id=page.pk,
            draft_title=page.title,  # aliases have no revisions: the draft is the live page
            has_unpublished_changes=not page.live,
            locale_id=locale.pk,
            slug=slug,
            path=Page._get_path(target_parent.path, depth, position + index + 1),
            depth=depth,
            numchild=0,
            url_path=f"{target_parent.url_path}{slug}/",
            latest_revision_id=None,
        )
        aliases.append(model(**values))
    insert(model, aliases)
    Page.objects.filter(pk=target_parent.pk).update(numchild=F("numchild") + len(aliases))
    copy_relations(model, list(zip(pages, aliases, strict=True)), excluded)
    return aliases, target_parent


def available_slugs(parent, slugs):
    """A slug for each of ``slugs`` that no child of ``parent`` has, nor an earlier one; a
    taken slug gets a number, as Wagtail's find_available_slug does."""
    children = Page.objects.child_of(parent)
    taken = set(children.filter(slug__in=slugs).values_list("slug", flat=True))
    result = []
    for slug in slugs:
        if slug in taken:
            taken |= set(children.filter(slug__startswith=slug).values_list("slug", flat=True))
            number = 1
            while f"{slug}-{number}" in taken:
                number += 1
            slug = f"{slug}-{number}"
        taken.add(slug)
        result.append(slug)
    return result


def insert(model, instances):
    """INSERT the rows of a multi-table page model: the Page rows in bulk (which sets the
    ids), then the model's own rows in one batch."""
    page_fields = [field for field in Page._meta.concrete_fields if not field.primary_key]
    rows = [
        Page(**{f.attname: getattr(instance, f.attname) for f in page_fields})
        for instance in instances
    ]
    for instance, row in zip(instances, Page.objects.bulk_create(rows), strict=True):
        instance.pk = instance.id = instance.page_ptr_id = row.pk
        instance._state.adding = False
    fields = model._meta.local_concrete_fields
    quote = connection.ops.quote_name
    columns = ", ".join(quote(field.column) for field in fields)
    placeholders = ", ".join(["%s"] * len(fields))
    with connection.cursor() as cursor:
        cursor.executemany(
            f"INSERT INTO {quote(model._meta.db_table)} ({columns}) VALUES ({placeholders})",
            [
                [
                    field.get_db_prep_save(field.pre_save(instance, True), connection)
                    for field in fields
                ]
                for instance in instances
            ],
        )


def copy_relations(model, pairs, excluded):
    """The child objects (editions) and parental many-to-many links (terms) of each source,
    for its alias, as modelcluster's copy would save them, but for the ``excluded`` ones: one
    query and one INSERT per relation for the whole batch."""
    alias_of = {source.pk: alias.pk for source, alias in pairs}
    for relation in get_all_child_relations(model):
        if relation.get_accessor_name() in excluded:
            continue
        child_model, parental_key = relation.related_model, relation.field
        copied = [
            child_model(
                **{
                    field.attname: getattr(child, field.attname)
                    for field in child_model._meta.concrete_fields
                    if not field.primary_key and field is not parental_key
                },
                **{parental_key.attname: alias_of[getattr(child, parental_key.attname)]},
            )
            for child in child_model.objects.filter(**{f"{parental_key.attname}__in": alias_of})
        ]
        child_model.objects.bulk_create(copied)
    for field in model._meta.many_to_many:
        if not isinstance(field, ParentalManyToManyField) or field.name in excluded:
            continue
        through = field.remote_field.through
        source_column = f"{field.m2m_field_name()}_id"
        target_column = f"{field.m2m_reverse_field_name()}_id"
        links = through.objects.filter(**{f"{source_column}__in": alias_of}).values_list(
            source_column, target_column
        )
        through.objects.bulk_create(
            [
                through(**{source_column: alias_of[source], target_column: target})
                for source, target in links
            ]
        )


def log_creation(aliases, parent, target_parent):
    """The log entries a Wagtail alias gets, "wagtail.create" (from Page.save) and
    "wagtail.create_alias", in one INSERT."""
    content_type = ContentType.objects.get_for_model(type(aliases[0]), for_concrete_model=False)
    context = get_active_log_context()
    now = timezone.now()
    destination = target_parent.specific_deferred.get_admin_display_title()
    entries = []
    for alias in aliases:
        title = alias.get_admin_display_title()
        common = {"content_type": content_type, "label": title, "timestamp": now}
        common.update(uuid=context.uuid, page_id=alias.pk)
        entries.append(
            PageLogEntry(
                **common,
                action="wagtail.create",
                user_id=context.user.pk if context.user else alias.owner_id,
                content_changed=True,
                data={},
            )
        )
        entries.append(
            PageLogEntry(
                **common,
                action="wagtail.create_alias",
                user=context.user,
                data={
                    "page": {"id": alias.pk, "title": title},
                    "source": {"id": parent.pk, "title": parent.get_admin_display_title()},
                    "destination": {"id": target_parent.pk, "title": destination},
                },
            )
        )
    PageLogEntry.objects.bulk_create(entries)
