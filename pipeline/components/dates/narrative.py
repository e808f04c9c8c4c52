"""What an article has named so far, which the expressions that lean on the narrative read:

- days: "la veille", "à 20 h", "dans la nuit" take the day named in the same sentence (the nearest, before it
  first), else the last one named before, else the publication date; a part of the day after a night is the
  next day ("la nuit chez un ami. En fin d'après-midi, ..." is the day after that night);
- years: a year named once carries to the partial dates that follow in its sentence ("deux ruptures en 1997,
  en janvier puis en octobre": 1997-01, 1997-10).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from datetime import date

from .context import Context
from .models import Reference

YEAR_VALUE = re.compile(r"\d{4}(?:$|-)")


class Narrative:
    def __init__(self, ctx: Context):
        self.ctx = ctx
        self.dct = ctx.published
        self.by_sent: dict[int, list[Reference]] = {}  # the days named, by sentence, in the order named
        self.starts: list[int] = []  # and by position in the text
        self.days: list[Reference] = []
        self.year_at: dict[int, list[tuple[int, int]]] = {}  # sentence -> (position, year) named in it
        self.last_time: tuple[str, str | None] | None = None  # the last clock time: value, anchor

    @property
    def dct_anchor(self) -> str:
        return "published" if self.dct else "unresolved"

    def add(self, start: int, day: date | None, anchor: str | None, value: str = "") -> None:
        if anchor is None and YEAR_VALUE.match(value):  # an absolute date names its year
            self.year_at.setdefault(self.ctx.sentence(start), []).append((start, int(value[:4])))
        if day is not None:
            ref = Reference(start, self.ctx.sentence(start), day, anchor, value)
            self.by_sent.setdefault(ref.sent, []).append(ref)
            k = bisect_right(self.starts, start)
            self.starts.insert(k, start)
            self.days.insert(k, ref)

    def ref_day(self, start: int) -> tuple[date | None, str | None]:
        """The day an anaphoric expression at ``start`` refers to, and its anchor."""
        ref = self.reference(start)
        return (ref.day, ref.anchor) if ref else (self.dct, self.dct_anchor)

    def reference(self, start: int) -> Reference | None:
        """The named day an anaphoric expression at ``start`` leans on (None: the publication date)."""
        same = self.by_sent.get(self.ctx.sentence(start))
        if same:
            return min(same, key=lambda r: abs(r.start - start) + (0 if r.start < start else 0.5))
        k = bisect_left(self.starts, start)  # the last day named before
        return self.days[k - 1] if k else None

    def after_night(self, start: int) -> bool:
        """Whether the day an expression at ``start`` leans on was last named as a night."""
        ref = self.reference(start)
        return ref is not None and ref.value.endswith("TNI")

    def carried_year(self, start: int) -> int | None:
        """The year named last before ``start`` in its sentence, if any."""
        named = [(pos, year) for pos, year in self.year_at.get(self.ctx.sentence(start), ()) if pos < start]
        return max(named)[1] if named else None
