"""Publishing a publication brings its aliases up to date in bulk.

Every publish calls ``Page.update_aliases``, which Wagtail runs one alias at a time: the
revision's content made into a page object, the editions copied and saved one by one, the
terms set, a full save, a ``page_published`` signal (a frontend-cache purge task each), a
reference-index task for the alias and one for each edition, then a query for the alias's own
aliases: some 40 queries an alias, seven aliases a publication. ``update_aliases`` below writes
the same rows for all of a page's aliases (and theirs) with a fixed number of queries:

- each alias gets every field of the source as it was just saved, but for its own: tree
  position, slug and URL path, locale, translation key, ``alias_of``, owner and lock, and what
  the model's ``default_exclude_fields_in_copy`` and ``exclude_fields_in_copy`` leave out of a
  copy (Wagtail's update_aliases does not apply them yet; it even copies the source's
  comments). Live, without unpublished changes, the draft title its title, as Wagtail leaves
  an alias; the first publication date and live revision are the source's (Wagtail takes them
  from the revision's content, so that after a first publish its alias has no first
  publication date);
- the editions and the parental many-to-many links (topics, countries, audiences, related
  publications) are replaced by the source's: a DELETE and an INSERT per relation;
- each alias sends ``post_save`` as a save does (the caches and search indexing react to it;
  search leaves aliases out), and what the receivers of ``page_published`` do for an alias is
  done once for them all: one frontend-cache purge of every alias's URLs (through it the page
  cache, ``home.page_cache``) and one task updating their reference index. The receivers this
  relies on are listed in library/tests/test_alias_updates.py, which fails when one is added.
  The translation sync (``home.tasks``) and the review approval (``home.workflows``) do
  nothing for aliases.

Like library/aliases.py it relies on how these libraries build pages, as the tests checked it
with ``TESTED_VERSIONS``; with any other version, and for a page model whose child objects are
translatable or have relations of their own, Wagtail's own path runs."""

import contextlib
import logging

from django.db import transaction
from django.db.models.signals import post_save
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import get_all_child_relations
from wagtail.contrib.frontend_cache.utils import purge_pages_from_cache
from wagtail.models import Page, Site, TranslatableMixin
from wagtail.signal_handlers import (
    disable_reference_index_auto_update,
    reference_index_auto_update_disabled,
)

from .aliases import TESTED_VERSIONS, excluded_from_copy, installed_versions
from .tasks import update_reference_index

logger = logging.getLogger(__name__)

# An alias's own fields, never copied from its source (Wagtail's with_content_json keeps them).
OWN_FIELDS = {
    "content_type",
    "path",
    "depth",
    "numchild",
    "url_path",
    "slug",
    "locale",
    "translation_key",
    "alias_of",
    "owner",
    "locked",
    "locked_by",
    "locked_at",
    "latest_revision",
}


def update_aliases(page):
    """Bring the aliases of ``page`` (just published) and theirs up to date with it; returns
    False, having written nothing, where Wagtail's own ``update_aliases`` must do it."""
    model = type(page)
    if installed_versions() != TESTED_VERSIONS:
        logger.warning(
            "Aliases are updated one by one by Wagtail: the installed versions %s are not the "
            "ones the bulk path was tested with, %s (library/aliases.py, TESTED_VERSIONS)",
            installed_versions(),
            TESTED_VERSIONS,
        )
        return False
    if not bulk_supported(model):
        return False
    aliases = aliases_of(page)
    if not aliases:
        return True
    excluded = excluded_from_copy(model)
    ids = [alias.pk for alias in aliases]
    # Held back (as by the importer, which then updates the index itself) or done below.
    index_references = not getattr(reference_index_auto_update_disabled, "value", False)
    held = disable_reference_index_auto_update() if index_references else contextlib.nullcontext()
    with transaction.atomic(), held:
        source = model.objects.get(pk=page.pk)  # as saved, whoever called
        values = copied_values(source, excluded)
        model.objects.filter(pk__in=ids).update(**values)
        for alias in aliases:
            for attname, value in values.items():
                setattr(alias, attname, value)
        correct_url_paths(model, aliases)
        replace_relations(model, source.pk, ids, excluded)
        if Site.objects.filter(
            root_page__translation_key__in={alias.translation_key for alias in aliases}
        ).exists():
            Site.clear_site_root_paths_cache()
        for alias in aliases:
            post_save.send(
                sender=model,
                instance=alias,
                created=False,
                update_fields=None,
                raw=False,
                using=alias._state.db,
            )
        purge_pages_from_cache(aliases)
        if index_references:
            update_reference_index.enqueue(
                [[model._meta.app_label, model._meta.model_name, str(pk)] for pk in ids]
            )
    return True


def bulk_supported(model):
    """Whether this module copies everything an alias of ``model`` holds: child objects without
    child objects, terms or translations of their own, and only parental many-to-many fields."""
    excluded = excluded_from_copy(model)
    for relation in get_all_child_relations(model):
        child = relation.related_model
        if relation.get_accessor_name() in excluded:
            continue
        if (
            issubclass(child, TranslatableMixin)
            or get_all_child_relations(child)
            or child._meta.many_to_many
            or child._meta.parents
        ):
            return False
    return all(
        isinstance(field, ParentalManyToManyField)
        for field in model._meta.many_to_many
        if field.name not in excluded
    )


def aliases_of(page):
    """The aliases of ``page``, the aliases of those, and so on, each once."""
    model = type(page)
    found, seen, sources = [], {page.pk}, [page.pk]
    while sources:
        level = list(model.objects.filter(alias_of_id__in=sources).exclude(pk__in=seen))
        found += level
        seen.update(alias.pk for alias in level)
        sources = [alias.pk for alias in level]
    return found


def copied_values(source, excluded):
    """{field attname: value} every alias of ``source`` gets."""
    values = {
        field.attname: getattr(source, field.attname)
        for field in type(source)._meta.concrete_fields
        if not field.primary_key
        and not (field.remote_field and field.remote_field.parent_link)
        and field.name not in OWN_FIELDS
        and field.name not in excluded
    }
    values.update(draft_title=source.title, live=True, has_unpublished_changes=False)
    return values


def correct_url_paths(model, aliases):
    """Each alias's URL path from its parent's and its own slug, as Wagtail's save sets it;
    one query, and a second only where one was out of date."""
    parent_paths = {alias.path[: -Page.steplen] for alias in aliases}
    parents = dict(Page.objects.filter(path__in=parent_paths).values_list("path", "url_path"))
    stale = []
    for alias in aliases:
        url_path = f"{parents[alias.path[: -Page.steplen]]}{alias.slug}/"
        if alias.url_path != url_path:
            alias.url_path = url_path
            stale.append(alias)
    if stale:
        model.objects.bulk_update(stale, ["url_path"])


def replace_relations(model, source_id, alias_ids, excluded):
    """The aliases' child objects and parental many-to-many links replaced by copies of the
    source's, but for the ``excluded`` relations."""
    for relation in get_all_child_relations(model):
        if relation.get_accessor_name() in excluded:
            continue
        child_model, key = relation.related_model, relation.field
        child_model.objects.filter(**{f"{key.attname}__in": alias_ids}).delete()
        fields = [
            field
            for field in child_model._meta.concrete_fields
            if not field.primary_key and field is not key
        ]
        children = child_model.objects.filter(**{key.attname: source_id}).order_by("pk")
        child_model.objects.bulk_create(
            [
                child_model(
                    **{field.attname: getattr(child, field.attname) for field in fields},
                    **{key.attname: alias_id},
                )
                for child in children
                for alias_id in alias_ids
            ]
        )
    for field in model._meta.many_to_many:
        if field.name in excluded:
            continue
        through = field.remote_field.through
        own, other = f"{field.m2m_field_name()}_id", f"{field.m2m_reverse_field_name()}_id"
        through.objects.filter(**{f"{own}__in": alias_ids}).delete()
        targets = through.objects.filter(**{own: source_id}).order_by("pk")
        through.objects.bulk_create(
            [
                through(**{own: alias_id, other: target})
                for target in targets.values_list(other, flat=True)
                for alias_id in alias_ids
            ]
        )
