"""One article as the figure rules read it: the Doc, its text (read once), the lexicons, and the date spans
of ``news_dates`` indexed for look-ups by offset."""

from __future__ import annotations

import re
from bisect import bisect_left

from spacy.tokens import Doc

from ..common.text import doc_text
from .lexicons import Lexicons

TITLE_MAX = 250  # characters: a longer first line is a paragraph, not a title
# A headline run into the first paragraph: one sentence ending in "?" or "!", then a capital.
RUN_IN_HEADLINE = re.compile(r"[^\n.!?]{10,250}[?!](?=[ \t]+[A-ZÀ-Ý«\"])")
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
        self.atoms_by_start: dict[int, list] = {}  # the number atoms, by their first character
        self.rate_bases: set[int] = set()
        self._lower: str | None = None  # tokens that are the base of a rate ("pour 100 000 habitants")
        dates = sorted((s.start_char, s.end_char) for s in doc.spans["dates"]) if "dates" in doc.spans else []
        self._date_starts = [s for s, _ in dates]
        # the furthest end of the date spans starting at or before each one (spans may nest or overlap)
        self._date_reach = []
        reach = -1
        for _, e in dates:
            reach = max(reach, e)
            self._date_reach.append(reach)

    def title_end(self) -> int:
        """Where the article's title ends in the text (0 when the text does not start with one).

        The title is the Doc's ``user_data["title"]`` when the text starts with it; otherwise, as the readers
        keep it in the text, a headline ending in "?" or "!" run into the first paragraph, or a short first
        line followed by a blank line, or by a line break when it ends without a period (a headline)."""
        text = self.text
        lead = len(text) - len(text.lstrip())
        title = self.doc.user_data.get("title")
        if isinstance(title, str) and title.strip():
            title = title.strip()
            return lead + len(title) if text.startswith(title, lead) else 0
        first, _, rest = text[lead:].partition("\n")
        headline = RUN_IN_HEADLINE.match(first)
        if headline:
            return lead + headline.end()
        first = first.rstrip()
        if first and len(first) <= TITLE_MAX and rest.strip():
            if not rest.partition("\n")[0].strip() or not first.endswith((".", "…", ",", ";")):
                return lead + len(first)
        return 0

    def in_date(self, start: int, end: int) -> bool:
        """Whether the characters ``start:end`` overlap a date span."""
        k = bisect_left(self._date_starts, end) - 1  # the last date starting before ``end``
        return k >= 0 and self._date_reach[k] > start

    @property
    def lower_text(self) -> str:
        """The text lower-cased with straight apostrophes, same offsets (read once)."""
        if self._lower is None:
            self._lower = lower(self.text)
        return self._lower

    def atoms_at(self, char: int) -> list:
        return self.atoms_by_start.get(char, [])
