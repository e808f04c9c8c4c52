"""The ``news_links`` component: each figure and date gets the ``source_id`` of the attribution it is
reported under, on ``span._.source_id`` (None when unattributed).

The attribution is the innermost one whose content holds the span: "selon la police, le préfet a dit que
3 000 ..." links 3 000 to the prefect. A span that is part of an attribution's own source mention or cue
("les 3 000 grévistes ont dit") is not attributed to it.
"""

from __future__ import annotations

import heapq

from spacy.language import Language
from spacy.tokens import Doc

from ..base import RuleComponent

LINKED = ("figures", "dates")


def innermost(start: int, end: int, sources: list[dict]) -> int | None:
    """``source_id`` of the attribution with the shortest content holding characters [start, end) (the
    first one in ``sources`` order among equals), not counting one whose mention or cue overlaps it."""
    best, best_len = None, None
    for s in sources:
        c0, c1 = s["content_start_char"], s["content_end_char"]
        if c0 is None or not (c0 <= start and end <= c1):
            continue
        if s["start_char"] is not None and s["start_char"] < end and start < s["end_char"]:
            continue
        if s["cue_start_char"] < end and start < s["cue_end_char"]:
            continue
        if best_len is None or c1 - c0 < best_len:
            best, best_len = s["source_id"], c1 - c0
    return best


class Contents:
    """The attributions' contents, to ask which ones hold a span: the spans are asked in text order and
    only the contents open at a span's start are looked at (a sweep), so linking a whole article costs
    the number of spans times the depth of nesting, not times the number of attributions."""

    def __init__(self, sources: list[dict]):
        self.sources = sorted(
            (s for s in sources if s["content_start_char"] is not None),
            key=lambda s: (s["content_start_char"], s["source_id"]),
        )
        self.next = 0  # the next content not yet open
        self.open: list[tuple[int, int, dict]] = []  # heap of (content end, source_id, row)

    def holding(self, start: int) -> list[dict]:
        """The contents holding character ``start``, in ``source_id`` order; ``start`` must not decrease
        from one call to the next."""
        srcs = self.sources
        while self.next < len(srcs) and srcs[self.next]["content_start_char"] <= start:
            s = srcs[self.next]
            heapq.heappush(self.open, (s["content_end_char"], s["source_id"], s))
            self.next += 1
        while self.open and self.open[0][0] <= start:
            heapq.heappop(self.open)
        return sorted((s for _, _, s in self.open), key=lambda s: s["source_id"])


class NewsLinks(RuleComponent):
    def __init__(self, nlp: Language, name: str = "news_links"):
        super().__init__(nlp, name)

    def __call__(self, doc: Doc) -> Doc:
        sources = [s._.source for s in doc.spans["sources"]]
        for group in LINKED:
            if group not in doc.spans:
                continue
            contents = Contents(sources)
            for span in sorted(doc.spans[group], key=lambda s: s.start_char):
                span._.source_id = innermost(
                    span.start_char, span.end_char, contents.holding(span.start_char)
                )
        return doc
