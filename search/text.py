"""What a visitor typed, as a query both backends understand.

The syntax is the one people know from web search: words must all match, ``"a phrase"``
matches words next to each other, ``-word`` excludes. Nothing a visitor types is an error:
punctuation and operators are ignored where they make no sense, control characters (a NUL
byte …) are spaces, and a query too long is shortened (``Query.shortened``)."""

import re
from dataclasses import dataclass, field

from home.filters import without_control_characters

from .languages import word_forms

MAX_CHARS = 256
MAX_TERMS = 16
_TOKEN = re.compile(r'(-?)"([^"]*)"?|(\S+)')
_WORD = re.compile(r"\w", re.UNICODE)
_SIMPLE_QUERY_OPERATORS = re.compile(r'[\\"+|*()~-]')
_EDGE_PUNCTUATION = re.compile(r"^[^\w#+-]+|[^\w#+]+$", re.UNICODE)


@dataclass(frozen=True)
class Term:
    words: tuple  # one word, or the words of a phrase
    excluded: bool = False

    @property
    def is_phrase(self):
        return len(self.words) > 1


@dataclass
class Query:
    text: str = ""
    terms: list = field(default_factory=list)
    shortened: bool = False

    def __bool__(self):
        return any(not term.excluded for term in self.terms)

    def to_tsquery(self):
        """A ``to_tsquery`` expression: every word quoted (so nothing a visitor types is
        syntax), each word OR its irregular forms, phrases joined with ``<->``. Each language
        configuration then normalises the quoted words its own way."""
        parts = []
        for term in self.terms:
            if term.is_phrase:
                expression = "(" + " <-> ".join(_quote(word) for word in term.words) + ")"
            else:
                forms = word_forms(term.words[0])
                expression = " | ".join(_quote(form) for form in forms)
                expression = f"({expression})" if len(forms) > 1 else expression
            parts.append(f"!{expression}" if term.excluded else expression)
        return " & ".join(parts)

    def to_text(self):
        """The query as a visitor would type it."""
        parts = []
        for term in self.terms:
            text = " ".join(term.words)
            text = f'"{text}"' if term.is_phrase else text
            parts.append(f"-{text}" if term.excluded else text)
        return " ".join(parts)

    def to_simple_query_string(self):
        """The same query in Elasticsearch's ``simple_query_string`` syntax, to be run with
        the flags ``PHRASE|NOT|WHITESPACE`` (irregular forms come from the analyzers'
        synonyms there). Characters that are operators are escaped inside words."""
        parts = []
        for term in self.terms:
            text = " ".join(_SIMPLE_QUERY_OPERATORS.sub(r"\\\g<0>", word) for word in term.words)
            text = f'"{text}"' if term.is_phrase else text
            parts.append(f"-{text}" if term.excluded else text)
        return " ".join(parts)


def _quote(word):
    return "'" + word.replace("\\", "\\\\").replace("'", "''") + "'"


def _words(text):
    """The words of a token: inner punctuation kept (``COVID-19``, ``child's``), tokens with
    no letter or digit dropped, quote characters removed."""
    words = []
    for word in text.replace('"', " ").split():
        word = _EDGE_PUNCTUATION.sub("", word)
        if _WORD.search(word):
            words.append(word)
    return words


def parse(text):
    text = " ".join(without_control_characters(text or "").split())
    shortened = len(text) > MAX_CHARS
    text = text[:MAX_CHARS]
    terms = []
    for match in _TOKEN.finditer(text):
        negated, phrase, bare = match.groups()
        if phrase is not None:
            words = _words(phrase)
            excluded = bool(negated)
        else:
            excluded = bare.startswith("-") and len(bare) > 1
            words = _words(bare[1:] if excluded else bare)
            if not excluded and len(words) > 1:  # e.g. "a/b": search both words
                terms.extend(Term((word,)) for word in words)
                continue
        if words:
            terms.append(Term(tuple(words), excluded))
    if len(terms) > MAX_TERMS:
        terms, shortened = terms[:MAX_TERMS], True
    terms = list(dict.fromkeys(terms))  # a word typed twice is one term
    return Query(text=text, terms=terms, shortened=shortened)
