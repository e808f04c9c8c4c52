"""Token annotations of a Doc read once as arrays: offsets, heads and sentence starts.

Iterating a Doc builds a Token object per token; the rules that walk the parse of a whole article (sources,
hedging) read these lists instead.
"""

from __future__ import annotations

from bisect import bisect_right

import numpy
from spacy.attrs import DEP, HEAD, LENGTH, SENT_START, SPACY
from spacy.tokens import Doc

from .text import doc_text


class TokenIndex:
    def __init__(self, doc: Doc):
        self.doc = doc
        self.text = doc_text(doc)
        n = len(doc)
        self.has_sents = doc.has_annotation("SENT_START")
        if n:
            arr = doc.to_array([SENT_START, HEAD, LENGTH, SPACY, DEP])
            lengths = arr[:, 2].astype(numpy.int64)
            steps = lengths + arr[:, 3].astype(numpy.int64)  # text and trailing space
            ends = numpy.cumsum(steps)
            self.tok_starts: list[int] = [0] + (ends[:-1]).tolist()  # Token.idx
            self.tok_lengths: list[int] = lengths.tolist()
            index = numpy.arange(n, dtype=numpy.int64)
            raw_heads = index + arr[:, 1].astype(numpy.int64)
            # the head pointers Token.children follows; Token.head (the token itself when its dep is unset)
            self.raw_heads: list[int] = raw_heads.tolist()
            self.heads: list[int] = numpy.where(arr[:, 4] == 0, index, raw_heads).tolist()
            # every token starts after the one before (no empty token): token_at(doc[i].idx) == i
            self.strict_offsets = bool((steps[:-1] > 0).all())
            sent_starts = [0] + (numpy.flatnonzero(arr[1:, 0] == 1) + 1).tolist()
        else:
            self.tok_starts, self.tok_lengths, self.heads, self.raw_heads, sent_starts = [], [], [], [], []
            self.strict_offsets = True
        self.parser_sent_starts: list[int] = sent_starts
        # the parser's sentence starts (token indices); one sentence when the Doc has none
        self.doc_sent_starts: list[int] = sent_starts if self.has_sents else [0]

    def doc_sent_index(self, i: int) -> int:
        """Index of the parser's sentence holding token ``i``."""
        return max(bisect_right(self.doc_sent_starts, i) - 1, 0)

    def token_at(self, char: int) -> int:
        """Index of the token holding character ``char`` (or the last one starting before it)."""
        return max(bisect_right(self.tok_starts, char) - 1, 0)

    def sent_chars(self, k: int) -> tuple[int, int]:
        """Character range of the parser's sentence ``k`` (its first token's start to its last one's end)."""
        starts = self.doc_sent_starts
        start, end = starts[k], starts[k + 1] if k + 1 < len(starts) else len(self.doc)
        return self.tok_starts[start], self.tok_starts[end - 1] + self.tok_lengths[end - 1]
