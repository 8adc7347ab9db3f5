"""Filter parameters from a query string: one rule for the news, the library and the search.

- A parameter may be repeated for alternatives (``?topic=a&topic=b``); a value given twice
  counts once, and no more than ``MAX_VALUES`` values of one parameter are read.
- A value is stripped of surrounding spaces; one that holds a control character (a NUL byte
  cannot even be stored in a PostgreSQL text field) or is longer than ``MAX_VALUE_CHARS`` is
  dropped.
- A value the filter does not know is ignored, never an error: the listing shows what it
  would show without it.
- A year is four ASCII digits (superscript, Arabic-Indic or fullwidth digits are not) between
  ``MIN_YEAR`` and ``MAX_YEAR``."""

import re

MAX_VALUES = 20
MAX_VALUE_CHARS = 100
MIN_YEAR, MAX_YEAR = 1800, 2200
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_YEAR = re.compile(r"[0-9]{4}")


def without_control_characters(text):
    """``text`` with each control character (NUL, escape, line breaks …) made a space."""
    return _CONTROL.sub(" ", text)


def is_year(value):
    return bool(_YEAR.fullmatch(value)) and MIN_YEAR <= int(value) <= MAX_YEAR


def values(params, name, accepts):
    """The valid values of the parameter ``name`` in ``params`` (a QueryDict), in order.
    ``accepts`` is a collection of the known values or a predicate."""
    found = []
    for value in params.getlist(name)[:MAX_VALUES]:
        value = value.strip()
        if not value or len(value) > MAX_VALUE_CHARS or _CONTROL.search(value):
            continue
        known = accepts(value) if callable(accepts) else value in accepts
        if known and value not in found:
            found.append(value)
    return found


def selected_filters(params, rules):
    """{parameter: its valid values} for the parameters of ``rules`` ({parameter: what it
    accepts}, as for ``values``) that have any, in the order of ``rules``."""
    selected = {}
    for name, accepts in rules.items():
        if chosen := values(params, name, accepts):
            selected[name] = chosen
    return selected
