"""The days an article has named so far, which anaphoric expressions ("la veille", "à 20 h", "dans la nuit")
lean on: one named in the same sentence (the nearest, before it first), else the last one named before, else
the publication date."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from datetime import date

from .context import Context
from .models import Reference


class Narrative:
    def __init__(self, ctx: Context):
        self.ctx = ctx
        self.dct = ctx.published
        self.by_sent: dict[int, list[Reference]] = {}  # the days named, by sentence, in the order named
        self.starts: list[int] = []  # and by position in the text
        self.days: list[Reference] = []
        self.last_time: tuple[str, str | None] | None = None  # the last clock time: value, anchor

    @property
    def dct_anchor(self) -> str:
        return "published" if self.dct else "unresolved"

    def add(self, start: int, day: date | None, anchor: str | None) -> None:
        if day is not None:
            ref = Reference(start, self.ctx.sentence(start), day, anchor)
            self.by_sent.setdefault(ref.sent, []).append(ref)
            k = bisect_right(self.starts, start)
            self.starts.insert(k, start)
            self.days.insert(k, ref)

    def ref_day(self, start: int) -> tuple[date | None, str | None]:
        """The day an anaphoric expression at ``start`` refers to, and its anchor."""
        same = self.by_sent.get(self.ctx.sentence(start))
        if same:
            best = min(same, key=lambda r: abs(r.start - start) + (0 if r.start < start else 0.5))
            return best.day, best.anchor
        k = bisect_left(self.starts, start)  # the last day named before
        if k:
            best = self.days[k - 1]
            return best.day, best.anchor
        return self.dct, self.dct_anchor
