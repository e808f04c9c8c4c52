"""What an article has named so far, which the expressions that lean on the narrative read:

- days: "la veille", "à 20 h", "dans la nuit" take the day named in the same sentence (the nearest, before it
  first), else the last one named before, else the publication date; a part of the day after a night is the
  next day ("la nuit chez un ami. En fin d'après-midi, ..." is the day after that night);
- periods: "la semaine précédente", "l'année suivante" step from the last week or year named ("la semaine
  dernière. La semaine précédente, ..." is the week before that one);
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
        self.periods: dict[str, list[tuple[int, date]]] = {}  # week, month, year -> (position, a day in it)
        self.last_month: tuple[int, int, int] | None = None  # end, year, month of the last month named

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

    def name_period(self, kind: str, start: int, day: date) -> None:
        """A week, month or year the text names ("la semaine dernière", "en mars", "2019"), for "la semaine
        précédente", "le mois suivant", "l'année précédente" after it."""
        self.periods.setdefault(kind, []).append((start, day))

    def period_before(self, kind: str, start: int) -> date | None:
        """A day of the last week, month or year named before ``start``, unless a day was named after it."""
        named = [(pos, day) for pos, day in self.periods.get(kind, ()) if pos < start]
        if not named:
            return None
        pos, day = max(named)
        ref = self.reference(start)
        return day if ref is None or ref.start < pos else None

    def carried_year(self, start: int) -> int | None:
        """The year named last before ``start`` in its sentence, if any."""
        named = [(pos, year) for pos, year in self.year_at.get(self.ctx.sentence(start), ()) if pos < start]
        return max(named)[1] if named else None
