"""Highlighted snippets: both backends mark matches with two rare characters, which become
``<mark>`` only after the text around them has been escaped.

The database backend marks every match in a window of the text (``ts_headline`` with
``HighlightAll``) and ``passage`` cuts the snippet from it in whole sentences: the first
sentence with a match and what follows it, within ``MAX_CHARS``. A page's text is its fields
one per line (summary, authors, organisations, its topics' and countries' names …): a line
that is not prose — a name, a heading — is never part of a snippet, so none are glued onto
the text, and a sentence cut by the window's edge is left out rather than shown from its
middle."""

import re

from django.utils.html import escape
from django.utils.safestring import mark_safe

START, STOP = "\u27e6", "\u27e7"  # ⟦ ⟧
_MARKED = re.compile(f"{START}(.*?){STOP}", re.S)
MAX_CHARS = 240  # characters of text a snippet shows, about three lines of a result
ELLIPSIS = "…"
FRAGMENT_DELIMITER = f" {ELLIPSIS} "
# Where a sentence may end: its punctuation, closing quotes or brackets, then a space.
_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’»)\]]*\s+")
_ENDS_SENTENCE = re.compile(r"[.!?…:][\"'”’»)\]]*$")
_OPENING = f"{START}{STOP}\"'“‘„«(["
# A line of fewer words that does not end like a sentence is a name or a heading.
PROSE_WORDS = 12


def to_html(text):
    """Escaped HTML with the marked words in ``<mark>``; stray markers are dropped."""
    html = _MARKED.sub(r"<mark>\1</mark>", escape(text or ""))
    return mark_safe(html.replace(START, "").replace(STOP, ""))  # noqa: S308 (escaped above)


def visible_length(text):
    return len(text) - text.count(START) - text.count(STOP)


def sentences(text):
    """The sentences of one line of text: a sentence ends at its punctuation followed by a
    space and a capital letter (in any script; not a digit: "p. 12")."""
    found, start = [], 0
    for end in _SENTENCE_END.finditer(text):
        following = text[end.end() :].lstrip(_OPENING)
        if following[:1].isupper():
            found.append(text[start : end.end()].strip())
            start = end.end()
    if text[start:].strip():
        found.append(text[start:].strip())
    return found


def is_prose(line):
    return bool(_ENDS_SENTENCE.search(line)) or len(line.split()) >= PROSE_WORDS


def passage(marked, clipped_start=False, clipped_end=False, limit=MAX_CHARS):
    """The snippet cut from ``marked`` (text with every match between START and STOP):
    whole sentences, starting with the first one that has a match (or the text's first when
    none has), within ``limit`` characters: a later sentence with a match follows after an
    ellipsis when it fits, else the sentences that follow the first. ``clipped_start`` and
    ``clipped_end`` say that the text is a window cut out of a longer one, so that its first
    or last sentence may be a fragment."""
    lines = [line.strip() for line in (marked or "").split("\n")]
    lines = [line for line in lines if line]
    if not lines:
        return ""
    runs = [sentences(line) for line in lines]
    if clipped_start and len(runs[0]) > 1:
        runs[0] = runs[0][1:]  # the window began inside this sentence
    elif clipped_start:
        runs[0] = [f"{ELLIPSIS} {runs[0][0]}"]
    if clipped_end and len(runs[-1]) > 1 and not _ENDS_SENTENCE.search(runs[-1][-1]):
        runs[-1] = runs[-1][:-1]  # the window ended inside this sentence
    elif clipped_end and not _ENDS_SENTENCE.search(runs[-1][-1]):
        runs[-1] = [*runs[-1][:-1], f"{runs[-1][-1]} {ELLIPSIS}"]
    runs = [run for line, run in zip(lines, runs, strict=True) if is_prose(line)]
    if not runs:
        return ""
    first = next(
        (
            (index, position)
            for index, run in enumerate(runs)
            for position, sentence in enumerate(run)
            if START in sentence
        ),
        None,
    )
    if first is None:  # nothing matched in the prose: its beginning says what the page is
        return _within(runs[0], limit)
    index, position = first
    later = next(
        (
            (run_index, sentence_index)
            for run_index, run in enumerate(runs)
            for sentence_index, sentence in enumerate(run)
            if START in sentence and (run_index, sentence_index) > (index, position + 1)
        ),
        None,
    )
    # A second passage with a match says more than the sentences after the first one.
    if later is not None:
        first_sentence, second = runs[index][position], runs[later[0]][later[1]]
        if (
            visible_length(first_sentence) + len(FRAGMENT_DELIMITER) + visible_length(second)
            <= limit
        ):
            return f"{first_sentence}{FRAGMENT_DELIMITER}{second}"
    return _within(runs[index][position:], limit)


def _within(run, limit):
    """The first sentences of ``run`` that fit in ``limit`` characters; a first sentence
    longer than that is shortened around its first match, at word boundaries."""
    text = run[0]
    if visible_length(text) > limit:
        return _shortened(text, limit)
    for sentence in run[1:]:
        if visible_length(text) + 1 + visible_length(sentence) > limit:
            break
        text = f"{text} {sentence}"
    return text


def _shortened(sentence, limit):
    words = sentence.split(" ")
    marked = next((i for i, word in enumerate(words) if START in word), 0)
    start = 0
    # Begin at the sentence when its first match is well within the limit; otherwise with as
    # many words before the match as leave room for the rest of the sentence, at least a few.
    if visible_length(" ".join(words[: marked + 1])) > limit * 2 // 3:
        start, length = marked, visible_length(" ".join(words[marked:]))
        while start > 0 and length + 1 + visible_length(words[start - 1]) <= limit - 4:
            start -= 1
            length += 1 + visible_length(words[start])
        start = min(start, max(0, marked - 6))
    kept, length = [], 0
    for word in words[start:]:
        if kept and length + 1 + visible_length(word) > limit - 4:
            break
        kept.append(word)
        length += visible_length(word) + (1 if len(kept) > 1 else 0)
    text = " ".join(kept)
    if text.count(START) > text.count(STOP):
        text += STOP
    prefix = f"{ELLIPSIS} " if start else ""
    suffix = f" {ELLIPSIS}" if start + len(kept) < len(words) else ""
    return f"{prefix}{text}{suffix}"
