"""The ``news_links`` component: each figure and date gets the ``source_id`` of the attribution it is
reported under, on ``span._.source_id`` (None when unattributed).

The attribution is the innermost one whose content holds the span: "selon la police, le préfet a dit que
3 000 ..." links 3 000 to the prefect. A span that is part of an attribution's own source mention or cue
("les 3 000 grévistes ont dit") is not attributed to it.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..base import RuleComponent

LINKED = ("figures", "dates")


def innermost(start: int, end: int, sources: list[dict]) -> int | None:
    """``source_id`` of the attribution with the shortest content holding characters [start, end)."""
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


class NewsLinks(RuleComponent):
    def __init__(self, nlp: Language, name: str = "news_links"):
        super().__init__(nlp, name)

    def __call__(self, doc: Doc) -> Doc:
        sources = sorted((s._.source for s in doc.spans["sources"]), key=lambda s: s["source_id"])
        for group in LINKED:
            if group not in doc.spans:
                continue
            for span in doc.spans[group]:
                span._.source_id = innermost(span.start_char, span.end_char, sources)
        return doc
