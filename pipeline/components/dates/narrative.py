"""What an article has named so far, which the expressions that lean on the narrative read:

- days: "la veille", "à 20 h", "dans la nuit" take the day named in the same sentence (the nearest, before it
  first), else the last one named before, else the publication date; a part of the day after a night is the
  next day ("la nuit chez un ami. En fin d'après-midi, ..." is the day after that night); a part of the day
  with only its article ("dès le matin", "à l'heure du déjeuner") takes a day named in its sentence or the one
  before, else the publication date when none was named, else no day (XXXX-XX-XX);
- periods: "la semaine précédente", "l'année suivante" step from the last week or year named ("la semaine
  dernière. La semaine précédente, ..." is the week before that one);
- years: a year named once carries to the partial dates that follow in its sentence ("deux ruptures en 1997,
  en janvier puis en octobre": 1997-01, 1997-10), a year named relatively to the months ("L'an dernier, en
  mai"); a text telling the story of a year at least two before its publication ("Le 10 mars 1915, ... Le 15
  mars, ...") carries the year of the last day it dated in full to the partial dates of the next sentences.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from datetime import date, timedelta

from .context import Context
from .models import Reference

YEAR_VALUE = re.compile(r"\d{4}(?:$|-)")
YEAR = re.compile(r"\d{4}")
DAY_AFTER = re.compile(r"\ble\s+(?P<sur>sur)?lendemain\b")
RESTATED = re.compile(r"(?:le|la|l')\s*(?:lendemain|veille|surlendemain|avant-veille)\b")
APPOSITION = re.compile(r"[^,.;:]{1,25},\s*")
FULL_DAY = re.compile(r"\d{4}-\d\d-\d\d")
SMALL_HOURS = re.compile(r"T0[0-5]:")
MORNING = re.compile(r"T(?:MO|0\d:|1[01]:)")
MORNING_WORDS = re.compile(
    r"\w+\s+(?:matin|(?:à\s+)?(?:0?\d|1[01])\s*h\b)"
)  # "dimanche à 7 h", named as a day
NIGHT_TO = re.compile(r"(?:^|\W)nuit\s+du\s+(?P<n>[0-3]?\d|1er)\s+au\s+$")


class Narrative:
    def __init__(self, ctx: Context):
        self.ctx = ctx
        self.dct = ctx.published
        self.by_sent: dict[int, list[Reference]] = {}  # the days named, by sentence, in the order named
        self.starts: list[int] = []  # and by position in the text
        self.days: list[Reference] = []
        self.year_at: dict[int, list[tuple[int, int]]] = {}  # sentence -> (position, year) named in it
        self.relative_year_at: dict[int, list[tuple[int, int]]] = {}  # and years named relatively
        self.last_time: tuple[str, str | None] | None = None  # the last clock time: value, anchor
        self.periods: dict[str, list[tuple[int, date]]] = {}  # week, month, year -> (position, a day in it)
        self.last_month: tuple[int, int, int] | None = None  # end, year, month of the last month named
        self.named: list[
            tuple[int, str, str | None]
        ] = []  # every calendar value named: position, value, anchor

    @property
    def dct_anchor(self) -> str:
        return "published" if self.dct else "unresolved"

    def add(self, start: int, day: date | None, anchor: str | None, value: str = "", end: int = 0) -> None:
        if YEAR_VALUE.match(value):
            self.named.insert(bisect_right(self.named, (start,)), (start, value.split("T")[0], anchor))
        if anchor is None and YEAR_VALUE.match(value):  # an absolute date names its year
            self.year_at.setdefault(self.ctx.sentence(start), []).append((start, int(value[:4])))
        elif anchor and YEAR.fullmatch(value):  # "l'an dernier", "l'année prochaine": a year, relative
            self.relative_year_at.setdefault(self.ctx.sentence(start), []).append((start, int(value)))
        if day is not None:
            day = self.night_start(start, day)
            background = end > start and self.ctx.past_perfect(start, end)
            ref = Reference(start, self.ctx.sentence(start), day, anchor, value, background)
            self.by_sent.setdefault(ref.sent, []).append(ref)
            k = bisect_right(self.starts, start)
            self.starts.insert(k, start)
            self.days.insert(k, ref)

    def night_start(self, start: int, day: date) -> date:
        """The day the story is at after "la nuit du 3 au 4 mars": the night's first day, as its value is ("Ce
        soir-là", "la veille", "le lendemain" count from the 3rd), not the day that closes it."""
        m = NIGHT_TO.search(self.ctx.lower, max(0, start - 30), start)
        before = day - timedelta(days=1)
        return before if m and (1 if m["n"] == "1er" else int(m["n"])) == before.day else day

    def last_named(self, start: int) -> tuple[int, str, str | None] | None:
        """The calendar value ("1972", "2002-06", "2003-01-10") named last before ``start``: its position,
        value and anchor."""
        k = bisect_left(self.named, (start,))
        return self.named[k - 1] if k else None

    def named_year(self, start: int) -> tuple[date, str | None] | None:
        """A day of the year or month "la même année" or "le même mois" refers to: of the calendar value named
        last (a month or a year too, "en juin 1986, ... la même année"), when named after the last day."""
        named = self.last_named(start)
        ref = self.reference(start)
        if named is None or ref is not None and ref.start >= named[0] or not YEAR_VALUE.match(named[1]):
            return None
        parts = named[1].split("-")
        month = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else 1
        return date(int(parts[0]), month, 1), named[2]

    def ref_day(self, start: int, end: int = 0) -> tuple[date | None, str | None]:
        """The day an anaphoric expression at ``start`` refers to, and its anchor. With its ``end``, a time of
        day with no word pointing back (a clock time, "dans la soirée") outside a past perfect is on the day
        the story is at: a day an earlier sentence named in a past perfect is background ("Le jugement a été
        rendu hier. Le procès s'était ouvert le 12 mai. Il a fait appel dans la soirée": yesterday's)."""
        ref = self.reference(start, *self.line(start, end))
        return (ref.day, ref.anchor) if ref else (self.dct, self.dct_anchor)

    def line(self, start: int, end: int) -> tuple[bool, bool]:
        """Whether the clause of [start, end) goes on with the story (not a past perfect) and whether it steps
        back from it (a past perfect); neither without its ``end``."""
        if end <= start:
            return False, False
        back = self.ctx.past_perfect(start, end)
        return not back, back

    def near_day(self, start: int) -> tuple[date | None, str | None]:
        """The day a part of the day with no day of its own ("l'heure du déjeuner", "dès le matin") is on:
        one named in its sentence or the one before, else the publication date when no day was named before
        it; a day named further back is not read as its day (None: "XXXX-XX-XX")."""
        sent = self.ctx.sentence(start)
        ref = self.reference(start)
        if ref is None:
            return self.dct, self.dct_anchor
        if ref.sent >= sent - 1:
            return ref.day, ref.anchor
        return None, None

    def reference(self, start: int, main_line: bool = False, back: bool = False) -> Reference | None:
        """The named day an anaphoric expression at ``start`` leans on (None: the publication date); on the
        ``main_line``, not a day an earlier sentence named in a past perfect when the story named one before
        it ("Le 24 mars, elle avait passé la nuit chez une amie. En fin d'après-midi, ..." goes on from the
        night); stepping ``back`` (a past perfect), the day named before the story's day (``earlier``)."""
        same = [r for r in self.by_sent.get(self.ctx.sentence(start), ()) if not self.apposed(start, r)]
        if same:
            return min(same, key=lambda r: abs(r.start - start) + (0 if r.start < start else 0.5))
        k = bisect_left(self.starts, start)  # the last day named before
        j = k
        while main_line and j and self.days[j - 1].background:
            j -= 1
        if j:  # a day of the story named before the past perfect stepped back from it
            return (self.earlier(j - 1) if back else None) or self.days[j - 1]
        return self.days[k - 1] if k else None

    def earlier(self, i: int) -> Reference | None:
        """The day named before the story's day ``days[i]`` and earlier than it, in its sentence or the one
        before, which a past perfect steps back to ("Le vol a eu lieu jeudi. Le suspect a été écroué hier. Il
        avait menacé le gérant à 21 h": Thursday's); none when the story's day is itself a step back."""
        day = self.days[i]
        if day.background:
            return None
        for ref in reversed(self.days[:i]):
            if ref.sent < day.sent - 1:
                return None
            if ref.day < day.day:
                return ref
        return None

    def morning_after(self, start: int) -> bool:
        """Whether the day an expression at ``start`` leans on is a morning named after it in its sentence,
        which ends the night told before it ("interrompues pendant la nuit, ont repris dimanche à 7 h")."""
        ref = self.reference(start)
        if ref is None or ref.start <= start:
            return False
        return bool(MORNING.search(ref.value) or MORNING_WORDS.match(self.ctx.lower, ref.start))

    def coming_day(self, start: int) -> date | None:
        """The day of the coming week (after the publication, at most seven days on) a programme told day by
        day has come to at ``start``: a day named, then "le lendemain" or "le surlendemain" after it ("La
        foire ouvrira lundi 17 mars. Le lendemain, ... Vendredi, elle fermera": the 18th, so the 21st); None
        otherwise (a day named by itself, "la grève de jeudi ... dès mercredi soir", is no programme)."""
        ref = self.reference(start)
        steps = list(DAY_AFTER.finditer(self.ctx.lower, ref.start, start)) if ref else []
        if not steps or self.dct is None:
            return None
        day = ref.day + timedelta(days=2 if steps[-1]["sur"] else 1)
        return day if 0 < (day - self.dct).days <= 7 else None

    def apposed(self, start: int, ref: Reference) -> bool:
        """Whether ``ref``, a day written in full, restates the day counted at ``start`` right after it ("Le
        lendemain, 17 mars 1915, ...": the day before is the reference, not the apposition; "Vers 0 h 40,
        jeudi" dates the time)."""
        return (
            ref.start > start
            and ref.anchor is None
            and bool(RESTATED.match(self.ctx.lower, start))
            and bool(APPOSITION.fullmatch(self.ctx.lower, start, ref.start))
        )

    def after_night(self, start: int, end: int = 0) -> bool:
        """Whether the day an expression at ``start`` (to ``end``, as ``ref_day`` reads it) leans on was last
        named as a night."""
        ref = self.reference(start, *self.line(start, end))
        return ref is not None and ref.value.endswith("TNI")

    def in_small_hours(self, start: int, end: int = 0) -> bool:
        """Whether the day an expression at ``start`` leans on (as ``ref_day`` finds it) was last named by a
        clock time before 6:00, which lies in the night of the day before."""
        ref = self.reference(start, *self.line(start, end))
        return ref is not None and bool(SMALL_HOURS.search(ref.value))

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

    def carried_year(self, start: int, end: int) -> int | None:
        """The year named last before ``start`` in its sentence, else the year of the story a text about the
        past tells (``story_year``), if any; never a year already past to a clause about the future ("Le
        musée, fermé depuis 2019, rouvrira le 15 avril"; a text without a verb has no tense to say so)."""
        named = [(pos, year) for pos, year in self.year_at.get(self.ctx.sentence(start), ()) if pos < start]
        if not named:
            return self.story_year(start, end)
        year = max(named)[1]
        if (
            self.dct is not None
            and year < self.dct.year
            and not self.ctx.verbless
            and self.ctx.direction(start, end) > 0
        ):
            return None
        return year

    def relative_year(self, start: int) -> int | None:
        """The year named relative to the publication last before ``start`` in its sentence ("L'an dernier,
        le chiffre d'affaires de mai": last year's May)."""
        named = [
            (pos, y) for pos, y in self.relative_year_at.get(self.ctx.sentence(start), ()) if pos < start
        ]
        return max(named)[1] if named else None

    def story_year(self, start: int, end: int) -> int | None:
        """The year of a text telling the story of the past: the last day named before ``start`` was written
        with its year ("le 10 mars 1915"; a year alone may be background), two years or more before the
        publication; the story's year is then the one named last since (that day's, or "En 1986, ...").
        Never for a clause about the future ("les obsèques seront célébrées vendredi 10 janvier")."""
        k = bisect_left(self.starts, start)
        if not k or self.dct is None:
            return None
        last = self.days[k - 1]
        if last.anchor is not None or not FULL_DAY.match(last.value) or last.day.year > self.dct.year - 2:
            return None
        if self.ctx.direction(start, end) > 0:
            return None
        named = [(pos, year) for at in self.year_at.values() for pos, year in at if last.start <= pos < start]
        return max(named)[1] if named else last.day.year
