"""Demo publications: distinct titles, summaries and document text, each edition written in its
own language. One module per language of the original; English-only material in ``english``."""

from . import albanian, bulgarian, english, hungarian, romanian, russian, serbocroatian

PUBLICATIONS = [
    *english.PUBLICATIONS,
    *albanian.PUBLICATIONS,
    *romanian.PUBLICATIONS,
    *serbocroatian.PUBLICATIONS,
    *bulgarian.PUBLICATIONS,
    *russian.PUBLICATIONS,
    *hungarian.PUBLICATIONS,
]
