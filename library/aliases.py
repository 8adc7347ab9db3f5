"""Aliases of new publications in the locales that sync from theirs, written in bulk.

wagtail-localize's ``create_aliases_for_new_page`` makes each alias with a full page copy: a
tree insert, validation, a log entry and index updates, about 30 ms an alias, seven per
publication. This writes the same rows for a batch of publications with a few queries per
locale. Each alias is what Wagtail's ``create_alias`` makes: every field of the source except
its tree position and latest revision, ``alias_of`` set, the same translation key, the
editions and terms copied, the same log entries, and the ``post_save`` signal a
save sends, so that the search and reference indexes are updated as for any new page (by the
task worker in production)."""

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.models import F
from django.db.models.signals import post_save
from django.utils import timezone
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import get_all_child_relations
from wagtail.log_actions import get_active_log_context
from wagtail.models import COMMENTS_RELATION_NAME, Locale, Page, PageLogEntry
from wagtail_localize.models import LocaleSynchronization
from wagtail_localize.synctree import create_aliases_for_new_page

# What Wagtail's create_alias does not copy: the tree position and the revisions.
NOT_COPIED = {"id", "page_ptr", "path", "depth", "numchild", "url_path", "latest_revision"}


def create_aliases(pages):
    """Alias each of ``pages`` (new publications of one locale, saved and published) into the
    locales that sync from that locale; returns the aliases."""
    aliases = []
    by_parent = {}
    for page in pages:
        parent_path = page.path[: -Page.steplen]
        by_parent.setdefault((page.locale_id, parent_path), []).append(page)
    for (locale_id, parent_path), siblings in by_parent.items():
        parent = Page.objects.get(path=parent_path).specific
        targets = Locale.objects.filter(
            pk__in=LocaleSynchronization.objects.filter(sync_from_id=locale_id).values("locale_id")
        ).order_by("pk")
        for locale in targets:
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
        values = {
            field.attname: getattr(page, field.attname)
            for field in model._meta.concrete_fields
            if field.name not in NOT_COPIED
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
    copy_relations(model, list(zip(pages, aliases, strict=True)))
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


def copy_relations(model, pairs):
    """The child objects (editions) and parental many-to-many links (terms) of each source,
    for its alias, as modelcluster's copy would save them: one query and one INSERT per
    relation for the whole batch."""
    alias_of = {source.pk: alias.pk for source, alias in pairs}
    for relation in get_all_child_relations(model):
        if relation.get_accessor_name() == COMMENTS_RELATION_NAME:
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
        if not isinstance(field, ParentalManyToManyField):
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
