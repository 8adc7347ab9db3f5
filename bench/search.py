"""Site-search benchmark on the database backend: latency of varied queries with facets.

    .venv/bin/python bench/search.py [--publications 20000] [--queries 200] [--explain]

Uses its own PostgreSQL database, `childhub_bench_search` (created, migrated and loaded with
the demo content when missing; set BENCH_SEARCH_DATABASE_URL to use another), then adds
publications in bulk until there are `--publications` of them: real pages in the eight language
trees, each with one or two language editions whose text (2,000–20,000 characters) is drawn
from the demo content's vocabulary in that language (frequent words often, rare words seldom),
indexed by the project's search backend as `update_index` would. A run reuses the corpus.

Then it times `search.backends.site_search` — the text match, the total, every facet's counts
and the snippets of the first page — for `--queries` queries in six languages: common and rare
words, two-word queries, phrases, exclusions, with and without facet filters, "include English"
and sorting by date. It also times the whole search page (view and template) for the same
queries, and title suggestions for prefixes of the queries. Prints the median, p95 and the
slowest queries; asserts nothing.
"""

import argparse
import os
import random
import re
import statistics
import sys
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.database import setup  # noqa: E402

setup(
    os.environ.get(
        "BENCH_SEARCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/childhub_bench_search"
    ),
    demo_content=True,
)

from django.db import connection, transaction  # noqa: E402
from django.http import QueryDict  # noqa: E402
from django.test import Client  # noqa: E402
from modelsearch.backends import get_search_backend  # noqa: E402
from wagtail.models import Locale  # noqa: E402

from bench.corpus import bulk_children  # noqa: E402
from home.demo import content  # noqa: E402
from home.models import Country, ResourceType, Topic  # noqa: E402
from library import demo_data  # noqa: E402
from library.models import (  # noqa: E402
    ExtractionStatus,
    LibraryDocument,
    LibraryPage,
    PublicationFile,
    PublicationPage,
)
from search.backends import site_search, suggest  # noqa: E402
from search.query import SearchRequest  # noqa: E402

LANGUAGES = ["en", "sq", "ro", "ru", "sh", "bg", "hu", "uk"]
QUERY_LANGUAGES = ["en", "sq", "ro", "ru", "sh", "bg"]
BATCH = 500
RARE_WORDS = 3000


# Vocabulary ---------------------------------------------------------------------------------
def demo_texts(value, language="en"):
    """Every string of the demo content, with the language it is written in."""
    if isinstance(value, str):
        yield language, value
    elif isinstance(value, dict):
        keyed_by_language = value and set(value) <= set(LANGUAGES)
        for key, item in value.items():
            yield from demo_texts(item, key if keyed_by_language else language)
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from demo_texts(item, language)


def vocabularies(rng):
    """Per language: words ordered by a Zipf-like weight, then rare made-up words that look
    like the language (two halves of real words), weighted less."""
    sources = [content.TOPICS, content.COUNTRIES, content.NEWS, content.HOME, content.ABOUT]
    sources += [demo_data.PUBLICATIONS]
    words = {code: set() for code in LANGUAGES}
    for source in sources:
        for language, text in demo_texts(source):
            words[language].update(w.lower() for w in re.findall(r"\w{3,}", text) if w.isalpha())
    result = {}
    for code, found in words.items():
        common = sorted(found)
        rng.shuffle(common)
        rare = list(
            {
                a[: len(a) // 2 + 1] + b[len(b) // 2 :]
                for a, b in (rng.sample(common, 2) for _ in range(RARE_WORDS))
            }
        )
        vocabulary = common + rare
        weights = [1 / (rank + 1) for rank in range(len(vocabulary))]
        cumulative, total = [], 0.0
        for weight in weights:
            total += weight
            cumulative.append(total)
        result[code] = (vocabulary, cumulative)
    return result


def sentence(rng, vocabulary, count):
    words, cumulative = vocabulary
    return " ".join(rng.choices(words, cum_weights=cumulative, k=count))


# Corpus ---------------------------------------------------------------------------------------
def add_publications(libraries, vocabularies, count, rng, terms):
    topics, countries, types = terms
    backend = get_search_backend()
    page_index = backend.get_index_for_model(PublicationPage)
    document_index = backend.get_index_for_model(LibraryDocument)
    languages = rng.choices(list(libraries), weights=[60] + [40 / 7] * 7, k=count)
    for start in range(0, count, BATCH):
        batch = languages[start : start + BATCH]
        with transaction.atomic():
            pages = []
            for language in sorted(set(batch)):
                vocabulary = vocabularies[language]
                titles = [
                    sentence(rng, vocabulary, rng.randint(5, 10)).capitalize()
                    for _ in range(batch.count(language))
                ]
                created = bulk_children(libraries[language], PublicationPage, titles)
                pages += [(page, language) for page in created]
            add_publication_rows(pages, vocabularies, rng, (topics, countries, types))
            ids = [page.pk for page, _language in pages]
            publications = list(PublicationPage.objects.filter(pk__in=ids))
            page_index.add_items(PublicationPage, publications)
            documents = LibraryDocument.objects.filter(publication_files__page_id__in=ids)
            document_index.add_items(LibraryDocument, list(documents.distinct()))
        print(f"  {start + len(batch)} publications", flush=True)


def add_publication_rows(pages, vocabularies, rng, terms):
    topics, countries, types = terms
    rows, documents, editions = [], [], []
    for page, language in pages:
        summary = sentence(rng, vocabularies[language], rng.randint(25, 45))
        year = rng.randint(2005, 2026)
        rows.append((page.pk, summary, f"{year}-{rng.randint(1, 12):02d}-01", rng.choice(types)))
        edition_languages = [language] if rng.random() < 0.7 else [language, "en"]
        if language == "en" and rng.random() < 0.3:
            edition_languages.append(rng.choice(LANGUAGES[1:]))
        for code in dict.fromkeys(edition_languages):
            text = sentence(rng, vocabularies[code], rng.randint(300, 3000))
            documents.append(
                LibraryDocument(
                    title=page.title,
                    file=f"documents/bench-{uuid.uuid4().hex}.pdf",
                    checksum=uuid.uuid4().hex + uuid.uuid4().hex,
                    extracted_text=text,
                    detected_language=code,
                    page_count=len(text) // 3000 + 1,
                    extraction_status=ExtractionStatus.DONE,
                    file_size=len(text),
                )
            )
            editions.append((page.pk, code))
    with connection.cursor() as cursor:
        cursor.executemany(
            "INSERT INTO library_publicationpage (page_ptr_id, summary, authors, organisations, "
            "publication_date, resource_type_id, doi, isbn, external_url, licence, external_id) "
            "VALUES (%s, %s, '', 'Bench', %s, %s, '', '', '', '', '')",
            rows,
        )
    created = LibraryDocument.objects.bulk_create(documents, batch_size=200)
    PublicationFile.objects.bulk_create(
        [
            PublicationFile(page_id=page_id, document=document, language=code, sort_order=0)
            for (page_id, code), document in zip(editions, created, strict=True)
        ]
    )
    for relation, choices, per_page in (("topics", topics, 2), ("countries", countries, 1)):
        through = getattr(PublicationPage, relation).through
        column = f"{PublicationPage._meta.get_field(relation).related_model._meta.model_name}_id"
        through.objects.bulk_create(
            [
                through(publicationpage_id=page.pk, **{column: term.pk})
                for page, _language in pages
                for term in rng.sample(choices, per_page)
            ]
        )


def build_corpus(target, rng):
    have = PublicationPage.objects.filter(alias_of__isnull=True).count()
    if have >= target:
        return have
    en = Locale.objects.get(language_code="en")
    libraries = {
        library.locale.language_code: library
        for library in LibraryPage.objects.filter(alias_of__isnull=True).select_related("locale")
    }
    libraries = {code: libraries[code] for code in LANGUAGES if code in libraries}
    terms = (
        list(Topic.objects.filter(locale=en)),
        list(Country.objects.filter(locale=en)),
        [term.pk for term in ResourceType.objects.filter(locale=en)],
    )
    add_publications(libraries, vocabularies(rng), target - have, rng, terms)
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")
    return target


# Queries ------------------------------------------------------------------------------------
def queries(count, rng):
    vocabulary = vocabularies(random.Random(7))
    topics = list(Topic.objects.filter(locale__language_code="en").values_list("slug", flat=True))
    countries = list(
        Country.objects.filter(locale__language_code="en").values_list("slug", flat=True)
    )
    result = []
    for index in range(count):
        language = QUERY_LANGUAGES[index % len(QUERY_LANGUAGES)]
        words, _cumulative = vocabulary[language]
        common, rare = words[:40], words[200:]
        shape = index % 5
        if shape == 0:
            text = rng.choice(common)
        elif shape == 1:
            text = rng.choice(rare)
        elif shape == 2:
            text = f"{rng.choice(common)} {rng.choice(words[:400])}"
        elif shape == 3:
            text = f'"{rng.choice(common)} {rng.choice(common)}"'
        else:
            text = f"{rng.choice(words[:400])} -{rng.choice(common)}"
        params = QueryDict(mutable=True)
        params["q"] = text
        if rng.random() < 0.5:
            params.setlist("topic", [rng.choice(topics)])
        if rng.random() < 0.3:
            params.setlist("country", [rng.choice(countries)])
        if rng.random() < 0.2:
            params["year"] = str(rng.randint(2015, 2026))
        if language != "en" and rng.random() < 0.4:
            params["english"] = "1"
        if rng.random() < 0.25:
            params["sort"] = "newest"
        if rng.random() < 0.15:
            params["page"] = "2"
        valid = {"topic": set(topics), "country": set(countries)}
        result.append((SearchRequest.from_params(params, language, valid), params.urlencode()))
    return result


def summary(label, values):
    values = sorted(values)
    p95 = statistics.quantiles(values, n=20)[-1]
    print(
        f"{label}: median {statistics.median(values):.1f} ms, p95 {p95:.1f} ms, "
        f"max {values[-1]:.1f} ms"
    )


def time_pages(queries):
    client = Client()
    timings = []
    for request, query_string in queries:
        url = f"/{request.language}/search/?{query_string}"
        began = time.perf_counter()
        response = client.get(url)
        timings.append((time.perf_counter() - began) * 1000)
        assert response.status_code == 200, url
    return timings


def time_suggestions(queries):
    timings = []
    for request, _query_string in queries:
        words = request.query.text.strip('"-').split()
        prefix = words[0][:4] if words else "chi"
        began = time.perf_counter()
        suggest(prefix, request.language)
        timings.append((time.perf_counter() - began) * 1000)
    return timings


def explain(request):
    from search.backends import backend
    from search.backends.database_query import DatabaseSiteSearch

    search = DatabaseSiteSearch(backend(), request)
    sql = search.statement()
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN (ANALYZE, BUFFERS) " + sql, search.params)
        print("\n".join(row[0] for row in cursor.fetchall()))


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--publications", type=int, default=20_000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--explain", action="store_true", help="EXPLAIN ANALYZE the slowest")
    args = parser.parse_args()

    rng = random.Random(2026)
    start = time.perf_counter()
    total = build_corpus(args.publications, rng)
    characters = LibraryDocument.objects.extra(select={"n": "avg(length(extracted_text))"})
    average = characters.values_list("n", flat=True)[0]
    print(
        f"corpus: {total} publications, {LibraryDocument.objects.count()} documents "
        f"(~{int(average or 0):,} characters each), ready in {time.perf_counter() - start:.0f} s"
    )

    sample = queries(args.queries, random.Random(11))
    for request, _query_string in sample[:10]:  # warm up caches and connections
        site_search(request)
    timings = []
    for request, _query_string in sample:
        began = time.perf_counter()
        result = site_search(request)
        timings.append(((time.perf_counter() - began) * 1000, request, result.total))
    summary(
        f"site search, {len(timings)} queries with facets and snippets",
        [timing for timing, _request, _total in timings],
    )
    summary("search page (view and template), same queries", time_pages(sample))
    summary("title suggestions, a prefix of each query", time_suggestions(sample))
    slowest = sorted(timings, key=lambda item: item[0], reverse=True)[:5]
    for timing, request, hits in slowest:
        filters = {key: value for key, value in request.filters.items()}
        print(
            f"  {timing:7.1f} ms  [{request.language}] {request.query.text!r} {filters} "
            f"english={request.include_english} sort={request.sort} -> {hits} hits"
        )
    if args.explain:
        explain(slowest[0][1])


if __name__ == "__main__":
    main()
