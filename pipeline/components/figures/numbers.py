"""The ``news_numbers`` component: clean token boundaries around numbers, before the statistical components.

spaCy's tokenizer splits "25 000" (plain space, U+00A0 or U+202F) and "6 700,54" into several tokens, and
fr_core_news_md then tags "25" and "000" as two determiners. Run first in the pipeline (before tok2vec), this
component merges each grouped number into one token, so the tagger and parser see one NUM token that modifies
the counted noun. Grouping is only read where it is unambiguous: groups of exactly three digits after a first
group of one to three digits not starting with 0, never across a letter, a 4-digit year ("en 2024 25 000"
merges only "25 000"), two-digit phone groups ("03 29 88 43 12") or a word ("2 000 à 5 000").

It also splits the sentence-final period off a unit glued to a number ("1.761.138 m." -> "m" + ".", "25 000€."
-> "000" + "€" + "."), which the tokenizer keeps as one abbreviation token.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from ..base import RuleComponent
from ..common.text import doc_text
from .patterns import GROUPED_NUMBER

# A unit symbol or abbreviation with a final period, optionally after the digits it is glued to.
# Where such a token can be: a short word ending with a period, after a space, a digit or a slash.
ENDS_WITH_PERIOD = re.compile(
    r"(?<![^\s\d/])[^\s\d/][^\s/]{0,8}\.(?=\s|$)|(?<!\S)\d+(?:,\d+)?[^\s\d.,/][^\s]{0,3}\.(?=\s|$)"
)
UNIT_WITH_PERIOD = re.compile(
    r"^(\d+(?:,\d+)?)?([A-Za-zµ]{0,3}[€$£%‰°]|[a-zµ][a-z²³0-9/]{0,3}|[A-Z]{1,3})(\.)$"
)


class NewsNumbers(RuleComponent):
    """No lexicon: the number shapes are in ``patterns.py``."""

    def __init__(self, nlp, name: str = "news_numbers"):
        super().__init__(nlp, name)

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        splits = []
        for m in ENDS_WITH_PERIOD.finditer(text):
            span = doc.char_span(m.start(), m.end())
            if span is not None and len(span) == 1 and (parts := self.unit_period(span[0])):
                splits.append((span[0], parts))
        if splits:
            with doc.retokenize() as retokenizer:
                for tok, parts in splits:
                    retokenizer.split(tok, parts, heads=[(tok, 0)] * len(parts))
        spans = []
        for m in GROUPED_NUMBER.finditer(text):
            span = doc.char_span(m.start(), m.end())
            if span is not None and len(span) > 1:
                spans.append(span)
        if spans:
            with doc.retokenize() as retokenizer:
                for span in spans:
                    retokenizer.merge(span, attrs={"LIKE_NUM": True})
        return doc

    @staticmethod
    def unit_period(tok: Token) -> list[str] | None:
        """ "m." after a number -> ["m", "."]; "000€." -> ["000", "€", "."]; else None."""
        m = UNIT_WITH_PERIOD.match(tok.text)
        if m is None:
            return None
        if m.group(1) is None and not NewsNumbers.after_number(tok):
            return None
        return [p for p in m.groups() if p]

    @staticmethod
    def after_number(tok: Token) -> bool:
        """Whether a number comes right before, maybe through a unit's first part ("80 km / h.")."""
        i = tok.i - 1
        while i >= 0 and i >= tok.i - 3:
            text = tok.doc[i].text
            if text[-1:].isdigit():
                return True
            if text != "/" and not (text.isalpha() and len(text) <= 3):
                return False
            i -= 1
        return False
