"""One article as the figure rules read it: the Doc, its text (read once), the lexicons, and the date spans
of ``news_dates`` indexed for look-ups by offset."""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc, Token

from ..common.text import doc_text
from .lexicons import Lexicons

_PLAIN = str.maketrans({"’": "'", "\u00a0": " ", "\u202f": " "})


def lower(text: str) -> str:
    """Lower case with plain apostrophes and spaces, keeping offsets (for regexes over nearby text)."""
    lowered = text.translate(_PLAIN).lower()
    return lowered if len(lowered) == len(text) else text.translate(_PLAIN)


class Article:
    def __init__(self, doc: Doc, lex: Lexicons):
        self.doc = doc
        self.lex = lex
        self.text = doc_text(doc)
        dates = sorted((s.start_char, s.end_char) for s in doc.spans["dates"]) if "dates" in doc.spans else []
        self._date_starts = [s for s, _ in dates]
        # the furthest end of the date spans starting at or before each one (spans may nest or overlap)
        self._date_reach = []
        reach = -1
        for _, e in dates:
            reach = max(reach, e)
            self._date_reach.append(reach)

    def in_date(self, start: int, end: int) -> bool:
        """Whether the characters ``start:end`` overlap a date span."""
        k = bisect_left(self._date_starts, end) - 1  # the last date starting before ``end``
        return k >= 0 and self._date_reach[k] > start

    def token(self, i: int) -> Token | None:
        """``doc[i]``, or None outside the Doc."""
        return self.doc[i] if 0 <= i < len(self.doc) else None
