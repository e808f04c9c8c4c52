"""Expressions French TimeBank marks as one: a day and the time or part of the day that follows or precedes
it, "hier à 10 h", "hier en début d'après-midi", "4 h mardi". The joined span is a TIME with the value of
its time (resolved on that day)."""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date, timedelta

from .models import Candidate, Timex
from .numbers import parse_number
from .resolving import numbered_days
from .values import PARTS_OF_DAY, period, valid_date

DAY_RULES = ("relday", "weekday", "full_date")


def join_day_and_time(
    found: list[tuple[Candidate, Timex]], lower: str, links, part_links=frozenset()
) -> list[tuple[Candidate, Timex]]:
    """``found`` (in text order) with each day and its adjacent time joined: a day, one of ``links`` ("à",
    "en"), then a clock time or part of the day (or one of ``part_links``, "dans", then a part of the day:
    "lundi dans l'après-midi", or nothing: "lundi fin d'après-midi", "mardi 18 h"); or a clock time right
    before a day ("4 h mardi"). The time is put on that day;
    a clock time that opens a range the joined one closes is too ("de 9 h à 11 h jeudi")."""
    link = re.compile(rf"\s+(?:{'|'.join(re.escape(w) for w in sorted(links))})\s+")
    part_link = re.compile(rf"\s+(?:{'|'.join(re.escape(w) for w in sorted(links | part_links))})\s+")
    out: list[tuple[Candidate, Timex]] = []
    i = 0
    while i < len(found):
        if i + 1 < len(found):
            (a, ta), (b, tb) = found[i], found[i + 1]
            between = lower[a.end : b.start]
            day_time = (
                a.rule in DAY_RULES
                and ta.type == "DATE"
                and b.rule in ("clock", "part_of_day")
                and tb.type == "TIME"
                and (
                    (link if b.rule == "clock" else part_link).fullmatch(between)
                    or part_after(b, between)
                    or (b.rule == "clock" and between.isspace())  # "jusqu'à mardi 18 h", "demain 9 h"
                )
            )
            time_day = (
                a.rule == "clock" and ta.type == "TIME" and b.rule in DAY_RULES and tb.type == "DATE"
            ) and between.isspace()
            if day_time or time_day:
                day = ta if day_time else tb
                time = _on_day(tb if day_time else ta, day)
                joined = Candidate(a.start, b.end, b.rule if day_time else a.rule, {}, {})
                if time_day and out and RANGE_LINK.fullmatch(lower[out[-1][0].end : a.start]):
                    first, t_first = out[-1]
                    if first.rule == "clock" and t_first.type == "TIME":
                        out[-1] = (first, _on_day(t_first, day))
                out.append((joined, time))
                i += 2
                continue
        out.append(found[i])
        i += 1
    return out


def held(found: list[tuple[Candidate, Timex]]) -> list[bool]:
    """For each expression found, whether another one holds it and more (a span a join has grown over it),
    in one pass over the spans sorted by start (a long article has thousands)."""
    order = sorted(range(len(found)), key=lambda k: (found[k][0].start, -found[k][0].end))
    out = [False] * len(found)
    reach = -1  # the furthest end of the spans starting before the current start
    k = 0
    while k < len(order):
        start, e = found[order[k]][0].start, k
        while e < len(order) and found[order[e]][0].start == start:
            e += 1
        group = order[k:e]
        longest = found[group[0]][0].end  # (same start: the first is the longest)
        for j in group:
            end = found[j][0].end
            out[j] = reach >= end or longest > end
        reach = max(reach, longest)
        k += len(group)
    return out


def part_after(part: Candidate, between: str) -> bool:
    """A part of the day right after its day, with its own fuzz or article: "lundi fin d'après-midi", "le 15
    février le matin"."""
    return part.rule == "part_of_day" and between.isspace() and bool(part.g.get("fuzz") or part.g.get("det"))


RANGE_LINK = re.compile(r"\s*(?:à|au|et|-|–|jusqu'\s*à)\s*")
# The article of "le jour de Noël", "la matinée du 15": left out where a headline or an agenda line opens on
# the noun ("Matinée du 15 avril : ...").
ARTICLE_OR_LINE = r"(?:(?:^|(?<=\W))(?:le|la|l')\s*|(?:^|(?<=\n)))"
DATED = re.compile(r"\d{4}-\d\d-\d\d(T.+)")


def _on_day(time: Timex, day: Timex) -> Timex:
    """A clock time or part of the day put on the day it is read with (it was read on the narrative's)."""
    m = DATED.fullmatch(time.value)
    if not (m and DAY.fullmatch(day.value)):
        return time
    t = Timex("TIME", day.value + m[1], mod=time.mod, anchor=day.anchor, day=day.day)
    t.period = period(t.value, t.mod)
    return t


POINT = re.compile(r"(\d{4}-\d\d-\d\d)T(\d\d):(\d\d)")
HOURS = re.compile(r"PT(\d{1,2})H(?:(\d{1,2})M)?")
PART = re.compile(r"(\d{4}-\d\d-\d\d)T(MO|AF|EV|NI)")
WEEK = re.compile(r"(\d{4})-W(\d\d)")
DAY = re.compile(r"\d{4}-\d\d-\d\d")
MONTH = re.compile(r"(\d{4})-(\d\d)")
WEEKLY = re.compile(r"XXXX-WXX-[1-7]")
AT_ONLY = re.compile(r"\s+à\s+")
PART_SET = re.compile(r"(XXXX-XX-XX|XXXX-WXX-[1-7])T(MO|AF|EV|NI)")
DAILY = "P1D"
SPAN = re.compile(r"P(\d+)([DWMY])")
QUARTER = re.compile(r"\d{4}-([QH]\d)")
SEASON = re.compile(r"(?:\d{4}|XXXX)-(SP|SU|FA|WI)")
ICI_TO = re.compile(r"\s+(?:(?:à|au|aux)\s+)?")
# a day number in words after a weekday ("vendredi quinze", "lundi trente et un"); "un" is "premier"
DAY_WORDS = (
    r"vingt(?:-(?:deux|trois|quatre|cinq|six|sept|huit|neuf)|[\s-]+et[\s-]+un)?|trente(?:[\s-]+et[\s-]+un)?"
    r"|dix-(?:sept|huit|neuf)|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze"
    r"|seize"
)
DAY_NUMBER = re.compile(
    rf"\s+(?P<n>[0-3]?\d|1er|premier|{DAY_WORDS})(?=\s*(?:$|[,.;:)!?]|(?:à|au|et|dès|vers|prochain)\b))"
)


AND = re.compile(r"\s+et\s+")
ONE_UNIT = re.compile(r"P(T?)(\d+)([YMWDHS])")
UNIT_ORDER = ("Y", "M", "W", "D", "TH", "TM", "TS")


def summed(first: str, second: str) -> str | None:
    """Two durations of one unit each, the first in a larger unit, as one ("P3Y" and "P6M": "P3Y6M"; weeks
    and days in days: "P3W" and "P2D": "P23D")."""
    parts = []
    for value in (first, second):
        if not (m := ONE_UNIT.fullmatch(value)):
            return None
        parts.append((UNIT_ORDER.index(m[1] + m[3]), int(m[2]), m[1] + m[3]))
    if parts[0][0] >= parts[1][0]:
        return None
    if parts[0][2] == "W":
        if parts[1][2] != "D":
            return None
        return f"P{7 * parts[0][1] + parts[1][1]}D"
    date_part = "".join(f"{n}{u}" for _, n, u in parts if not u.startswith("T"))
    time_part = "".join(f"{n}{u[1]}" for _, n, u in parts if u.startswith("T"))
    return "P" + date_part + ("T" + time_part if time_part else "")


def _clock(t: Timex) -> tuple[int, int] | None:
    """The hour and minute of a clock time ("9 h"), also when it was read as a duration of hours."""
    if t.type == "TIME" and (m := POINT.fullmatch(t.value)):
        return int(m[2]), int(m[3])
    if t.type == "DURATION" and (m := HOURS.fullmatch(t.value)) and int(m[1]) <= 12:
        return int(m[1]), int(m[2] or 0)
    return None


def _in_part(hour: int, part: str) -> int:
    """A clock hour as the part of the day reads it: 9 in the evening is 21, 11 at night 23."""
    if part in ("AF", "EV") and 1 <= hour < 12 or part == "NI" and 7 <= hour < 12:
        return hour + 12
    return hour


def _dated(t: Timex, published: date | None) -> Timex:
    t.period = period(t.value, t.mod, published) if t.type in ("DATE", "TIME") else (None, None)
    return t


def _shift(d: date, n: int, unit: str, sign: int) -> date:
    if unit in "DW":
        return d + timedelta(days=sign * n * (7 if unit == "W" else 1))
    months = d.year * 12 + d.month - 1 + sign * n * (12 if unit == "Y" else 1)
    y, m = divmod(months, 12)
    return date(y, m + 1, min(d.day, monthrange(y, m + 1)[1]))


DAY_OFFSETS = {"veille": -1, "lendemain": 1, "avant-veille": -2, "surlendemain": 2}
PARTS = {"soir": "EV", "soirée": "EV", "nuit": "NI", "matin": "MO", "matinée": "MO", "après-midi": "AF"}


def on_holiday(noun: str, feast: Timex) -> Timex:
    """A day or a part of the day a feast names: "le jour de Noël", "la veille de Noël", "le lendemain de
    Noël", "le soir de Noël" and "la nuit de Noël" (the 24th, when it is celebrated), "le matin de Pâques",
    "la semaine de Pâques" (the week it falls in), "le week-end de Pâques" (the weekend it falls in; after a
    weekday the next one, after a Monday the one before)."""
    d = feast.day
    if noun == "semaine":  # "la semaine de Pâques": the week it falls in
        y, w, _ = d.isocalendar()
        return Timex("DATE", f"{y:04d}-W{w:02d}", anchor=feast.anchor)
    if noun == "week-end":
        saturday = d + timedelta(days={7: -1, 1: -2}.get(d.isoweekday(), 6 - d.isoweekday()))
        y, w, _ = saturday.isocalendar()
        return Timex("DATE", f"{y:04d}-W{w:02d}-WE", anchor=feast.anchor)
    if noun in PARTS:
        if (d.month, d.day) == (12, 25) and PARTS[noun] in ("EV", "NI"):
            d -= timedelta(days=1)
        return Timex("TIME", f"{d.isoformat()}T{PARTS[noun]}", anchor=feast.anchor, day=d)
    d += timedelta(days=DAY_OFFSETS.get(noun, 0))
    return Timex("DATE", d.isoformat(), anchor=feast.anchor, day=d)


class ReaderJoins:
    """Adjacent expressions a reader reads as one, joined into one span and resolved together: a clock time
    and its part of the day ("à 9 h ce soir" -> 21:00; "ce soir à 9 h" too when the time falls in the part;
    "ce soir vers 21 h" and "ce soir à 00 h 10" stay two, the time read in the evening), a weekday and its
    week ("vendredi de la semaine prochaine", "le mercredi de la semaine prochaine"), a duration counted
    from a day ("trois jours après demain"), a quarter, half, month, day or season and its year ("le
    deuxième semestre de l'an prochain", "décembre de la même année", "l'hiver de 1848"), a weekly or daily
    set and its time ("tous les mardis à 18 h", "tous les jours à 20 h", "tous les soirs à 8 h": 20:00), a
    day and its time ("samedi 15 à 18 h"); a weekday with its day number ("lundi 7": the nearest 7th that
    is a Monday) or its weeks on ("mardi en huit"), a day number before a time ("le 16 à 18 h"), a part of
    a month by its rank ("la première semaine de juillet"). "ici" in "d'ici" is the present that starts a
    stretch ("d'ici à dix ans", as French TimeBank marks it), not before a day or a month that ends it
    ("d'ici fin 2024": only "fin 2024", bound until). Two durations joined by "et", the second in a smaller
    unit, are one ("une heure et vingt minutes")."""

    def __init__(self, words, ordinals: dict[str, int]):
        def link(role):
            return re.compile(rf"\s*,?\s+(?:{'|'.join(re.escape(w) for w in sorted(words(role)))})\s+")

        self.part_time = link("part_time_link")
        self.week = link("week_link")
        self.year = re.compile(rf"\s+(?:{'|'.join(re.escape(w) for w in sorted(words('year_link')))})\s*")
        self.after, self.before = link("offset_after"), link("offset_before")
        at = "|".join(re.escape(w) for w in sorted(words("day_time_link")))
        self.at = re.compile(rf"\s+(?:{at})\s+")  # no comma: "samedi 4 janvier, à 18 h 30" stays two
        near = "|".join(re.escape(w) for w in sorted(words("day_time_link") | words("part_time_link")))
        self.day_before = re.compile(rf"(?:^|(?<=\W))le\s+(?P<n>[0-3]?\d|1er|premier)\s+(?:{near})\s+$")
        self.weeks = {w: 7 for w in words("one_week_on")} | {w: 14 for w in words("two_weeks_on")}
        self.ordinals = ordinals
        rank = "|".join(re.escape(w) for w in sorted(ordinals, key=len, reverse=True))
        self.rank_of_month = re.compile(
            rf"(?:^|(?<=\W))(?:(?:le|la)\s+)?(?P<rank>{rank})\s+(?P<part>jour|semaine|week-end|quinzaine)\s+(?:de\s+|d')$"
        )
        self.week_of = re.compile(r"(?:^|(?<=\W))la\s+semaine\s+du\s+$")
        self.holiday_day = re.compile(
            rf"{ARTICLE_OR_LINE}(?P<noun>jour|journée|soir|soirée|nuit|matin|matinée|après-midi"
            r"|week-end|semaine|veille|lendemain|avant-veille|surlendemain)\s+(?:du\s+|de\s+(?:la\s+|l')?|d')$"
        )
        self.part_of_day = re.compile(
            rf"{ARTICLE_OR_LINE}(?P<noun>matin|matinée|soir|soirée|nuit|après-midi)\s+(?:d[eu]\s+|d'\s*)$"
        )
        self.day_offset = re.compile(
            r"(?:^|(?<=\W))(?:(?:la|le)\s+|l')?(?P<noun>veille|lendemain|avant-veille|surlendemain)"
            r"\s+(?:du|de|d')\s*$"
        )
        self.part_after = re.compile(r"\s+au\s+(?P<noun>matin|soir)\b")
        self.of_month = re.compile(r"\s+(?:du|de|d')\s*")
        self.month_on = re.compile(
            r"\s+(?:(?:du|de)\s+mois\s+(?P<rel>prochain|suivant|dernier|précédent)|de\s+ce\s+mois)\b"
        )
        self.weeks_after = re.compile(rf"\s+(?P<w>{'|'.join(re.escape(w) for w in sorted(self.weeks))})\b")

    def __call__(self, found: list[tuple[Candidate, Timex]], lower: str, published: date | None, direction):
        """``direction(start, end)``: the way the clause of a span points (-1 past, 1 ahead, 0 unknown)."""
        found = [self.day_number(c, t, lower, published, direction) for c, t in found]
        found = [self.weeks_on(c, t, lower, published) for c, t in found]
        found = [self.day_before_time(c, t, lower, published, direction) for c, t in found]
        found = [self.part_of_month(c, t, lower, published) for c, t in found]
        found = [self.weekday_of_month_on(c, t, lower, published) for c, t in found]
        found = [f for f, covered in zip(found, held(found), strict=True) if not covered]  # "mois prochain"
        out: list[tuple[Candidate, Timex]] = []
        for c, t in found:
            m = self.holiday_day.search(lower, max(0, c.start - 30), c.start) if c.rule == "holiday" else None
            if m and t.day:
                while out and out[-1][0].start >= m.start():
                    out.pop()  # "la veille", "la nuit": read with the feast
                c, t = (
                    Candidate(m.start(), c.end, c.rule, {}, {}),
                    _dated(on_holiday(m["noun"], t), published),
                )
            if t.type == "DATE" and t.day and DAY.fullmatch(t.value) and c.rule != "holiday":
                c, t = self.day_and_part(out, c, t, lower, published)
            if out:
                a, ta = out[-1]
                if (
                    ta.value.endswith("TNI")
                    and ta.day
                    and t.day == ta.day + timedelta(days=1)
                    and re.fullmatch(r"\s+au\s+", lower[a.end : c.start])
                ):
                    out[-1] = (Candidate(a.start, c.end, a.rule, {}, {}), ta)  # "la nuit du 12 au 13 mars"
                    continue
                month = MONTH.fullmatch(t.value)
                if month and self.of_month.fullmatch(lower[a.end : c.start]):
                    if (ranked := self.weekday_of_month(a, ta, int(month[1]), int(month[2]))) is not None:
                        out[-1] = (Candidate(a.start, c.end, a.rule, {}, {}), _dated(ranked, published))
                        continue
                joined = self.pair(ta, t, lower[a.end : c.start])
                if (
                    a.rule == "ici"
                    and t.type in ("DATE", "TIME")
                    and ICI_TO.fullmatch(lower[a.end : c.start])
                ):
                    out[-1] = (c, t)
                    continue
                if (read := self.clock_after_part(ta, t, lower[a.end : c.start])) is not None:
                    if self.part_holds(ta, read, lower[a.end : c.start]):  # "ce soir à 20 h": one time
                        out[-1] = (Candidate(a.start, c.end, a.rule, {}, {}), _dated(read, published))
                        continue
                    t = _dated(read, published)
                elif joined is not None:
                    out[-1] = (Candidate(a.start, c.end, a.rule, {}, {}), _dated(joined, published))
                    continue
                elif (read := self.time_on_day(ta, t, lower[a.end : c.start])) is not None:
                    t = _dated(read, published)
            out.append((c, t))
        return out

    def pair(self, a: Timex, b: Timex, between: str) -> Timex | None:
        """What two adjacent expressions mean together, or None when they stay two."""
        clock_a, clock_b = _clock(a), _clock(b)
        part_b = PART.fullmatch(b.value)
        if clock_a and part_b and (between.isspace() or self.part_time.fullmatch(between)):
            return self.at_part(clock_a, part_b, a, b)
        if a.type == "SET" and clock_b and self.part_time.fullmatch(between):
            if m := PART_SET.fullmatch(a.value):  # "tous les soirs à 8 h": 20:00 every evening
                return Timex("SET", f"{m[1]}T{_in_part(clock_b[0], m[2]):02d}:{clock_b[1]:02d}", anchor=None)
            if WEEKLY.fullmatch(a.value):  # "chaque lundi à 9 h"
                return Timex("SET", f"{a.value}T{clock_b[0]:02d}:{clock_b[1]:02d}", anchor=None)
            if a.value == DAILY:  # "tous les jours à 20 h"
                return Timex("SET", f"XXXX-XX-XXT{clock_b[0]:02d}:{clock_b[1]:02d}", anchor=None)
        if a.type == "SET" and WEEKLY.fullmatch(a.value) and (w := WEEK.fullmatch(b.value)):
            if self.week.fullmatch(between):  # "le mercredi de la semaine prochaine": that day, no habit
                d = date.fromisocalendar(int(w[1]), int(w[2]), int(a.value[-1]))
                return Timex("DATE", d.isoformat(), anchor=b.anchor, day=d)
        if a.type == "DATE" and a.day and DAY.fullmatch(a.value) and clock_b and self.at.fullmatch(between):
            # "samedi 15 à 18 h": the time on that day ("vers" keeps them two, as French TimeBank does)
            return Timex("TIME", f"{a.value}T{clock_b[0]:02d}:{clock_b[1]:02d}", mod=b.mod, anchor=a.anchor)
        if a.type == "DATE" and a.day and DAY.fullmatch(a.value) and (w := WEEK.fullmatch(b.value)):
            if between.isspace() or self.week.fullmatch(between):
                d = date.fromisocalendar(int(w[1]), int(w[2]), a.day.isoweekday())
                return Timex("DATE", d.isoformat(), anchor=b.anchor, day=d)
        if a.type == b.type == "DURATION" and AND.fullmatch(between) and (total := summed(a.value, b.value)):
            return Timex("DURATION", total, mod=a.mod)  # "une heure et vingt minutes": PT1H20M
        if a.type == "DURATION" and (s := SPAN.fullmatch(a.value)) and b.day and DAY.fullmatch(b.value):
            sign = 1 if self.after.fullmatch(between) else -1 if self.before.fullmatch(between) else 0
            if sign:
                d = _shift(b.day, int(s[1]), s[2], sign)
                return Timex("DATE", d.isoformat(), anchor=b.anchor, day=d)
        if a.type == "DATE" and re.fullmatch(r"\d{4}", b.value) and self.year.fullmatch(between):
            if q := QUARTER.fullmatch(a.value):  # "le deuxième semestre de l'an prochain"
                return Timex("DATE", f"{b.value}-{q[1]}", anchor=b.anchor)
            if m := SEASON.fullmatch(a.value):  # "l'hiver de 1848"
                return Timex("DATE", f"{b.value}-{m[1]}", mod=a.mod, anchor=b.anchor)
            if m := MONTH.fullmatch(a.value):  # "décembre de la même année", "mars de l'année prochaine"
                return Timex("DATE", f"{b.value}-{m[2]}", mod=a.mod, anchor=b.anchor)
            if a.day and DAY.fullmatch(a.value) and (d := valid_date(int(b.value), a.day.month, a.day.day)):
                return Timex("DATE", d.isoformat(), anchor=b.anchor, day=d)  # "le 12 mai de l'année dernière"
        return None

    def clock_after_part(self, part: Timex, time: Timex, between: str) -> Timex | None:
        """ "ce soir à 8 h": two expressions, as French TimeBank marks them, the time read in the evening."""
        clock, p = _clock(time), PART.fullmatch(part.value)
        if clock and p and self.part_time.fullmatch(between):
            return self.at_part(clock, p, time, part)
        return None

    @staticmethod
    def part_holds(part: Timex, time: Timex, between: str) -> bool:
        """Whether a clock time after "à" falls inside the part of the day before it ("ce soir à 20 h", not
        "ce soir à 00 h 10", as French TimeBank marks it, nor "ce soir vers 21 h", as the TIMEX3 corpus)."""
        p, clock = PART.fullmatch(part.value), _clock(time)
        if not (p and clock) or not AT_ONLY.fullmatch(between):
            return False
        first, last = PARTS_OF_DAY[p[2]]
        hour = clock[0] + 24 if p[2] == "NI" and clock[0] < 6 else clock[0]
        return first <= hour <= last

    def time_on_day(self, day: Timex, time: Timex, between: str) -> Timex | None:
        """ "jeudi 20 vers 8 h": two expressions, the time on the day just named ("lundi 7" moved it)."""
        clock = _clock(time)
        if not (clock and day.type == "DATE" and day.day and DAY.fullmatch(day.value)):
            return None
        if time.value.startswith(day.value) or not self.part_time.fullmatch(between):
            return None
        return Timex("TIME", f"{day.value}T{clock[0]:02d}:{clock[1]:02d}", mod=time.mod, anchor=day.anchor)

    @staticmethod
    def at_part(clock: tuple[int, int], part: re.Match, time: Timex, day: Timex) -> Timex:
        hour, on = _in_part(clock[0], part[2]), part[1]
        if part[2] == "NI" and hour < 6:  # "la nuit de jeudi à vendredi, vers 3 h 30": Friday's
            on = (date.fromisoformat(on) + timedelta(days=1)).isoformat()
        return Timex("TIME", f"{on}T{hour:02d}:{clock[1]:02d}", mod=time.mod, anchor=day.anchor)

    def day_before_time(self, c: Candidate, t: Timex, lower: str, published: date | None, direction):
        """ "le 16 à 18 h": a day number before a clock time dates it, the nearest such day in the way the
        clause points (ahead, back, or the nearest when the tense says nothing)."""
        clock = _clock(t)
        if c.rule != "clock" or clock is None or published is None:
            return c, t
        m = self.day_before.search(lower, max(0, c.start - 24), c.start)
        if m is None:
            return c, t
        n = 1 if m["n"] in ("1er", "premier") else int(m["n"])
        way = direction(m.start(), c.end)
        days = numbered_days(n, published)
        if way > 0:
            days = [d for d in days if d >= published]
        elif way < 0:
            days = [d for d in days if d <= published]
        if not days:
            return c, t
        d = min(days, key=lambda x: (abs((x - published).days), x < published))
        value = f"{d.isoformat()}T{clock[0]:02d}:{clock[1]:02d}"
        c = Candidate(m.start(), c.end, c.rule, c.g, c.raw, c.info, c.anaphoric)
        return c, _dated(Timex("TIME", value, mod=t.mod, anchor="published"), published)

    def part_of_month(self, c: Candidate, t: Timex, lower: str, published: date | None):
        """ "le deuxième week-end de juillet", "la dernière semaine de septembre" (the weeks and weekends
        wholly inside the month), "le dernier jour d'octobre"; "la première quinzaine d'avril" (START, the 1st
        to the 15th), "la seconde quinzaine de juillet" (END, the 16th to the last day); "la semaine du 14
        juillet" (the week of that day)."""
        if t.type != "DATE":
            return c, t
        if (
            t.day
            and DAY.fullmatch(t.value)
            and (m := self.week_of.search(lower, max(0, c.start - 20), c.start))
        ):
            y, w, _ = t.day.isocalendar()
            c = Candidate(m.start(), c.end, c.rule, c.g, c.raw, c.info, c.anaphoric)
            return c, _dated(Timex("DATE", f"{y:04d}-W{w:02d}", anchor=t.anchor), published)
        month = MONTH.fullmatch(t.value)
        m = self.rank_of_month.search(lower, max(0, c.start - 40), c.start) if month else None
        if m is None:
            return c, t
        first = date(int(month[1]), int(month[2]), 1)
        days = [first + timedelta(days=k) for k in range(monthrange(first.year, first.month)[1])]
        part, rank = m["part"], self.ordinals[m["rank"]]
        if part == "quinzaine":  # the first or second half of the month: its START or END, those days
            if rank not in (1, 2, -1):
                return c, t
            half = Timex("DATE", t.value, mod="START" if rank == 1 else "END", anchor=t.anchor)
            first, last = (days[0], days[14]) if rank == 1 else (days[15], days[-1])
            half.period = (first.isoformat(), last.isoformat())
            return Candidate(m.start(), c.end, c.rule, c.g, c.raw, c.info, c.anaphoric), half
        if part == "jour":
            starts, width = days, 0
        else:  # the weeks (from Monday) or weekends (from Saturday) that end inside the month
            width = 6 if part == "semaine" else 1
            starts = [
                d for d in days if d.isoweekday() == 7 - width and d + timedelta(days=width) <= days[-1]
            ]
        if not starts or rank > len(starts) or rank == 0:
            return c, t
        d = starts[rank - 1] if rank > 0 else starts[-1]
        if part == "jour":
            value = d.isoformat()
        else:
            y, w, _ = d.isocalendar()
            value = f"{y:04d}-W{w:02d}" + ("-WE" if part == "week-end" else "")
        c = Candidate(m.start(), c.end, c.rule, c.g, c.raw, c.info, c.anaphoric)
        return c, _dated(Timex("DATE", value, anchor=t.anchor, day=d if part == "jour" else None), published)

    def day_and_part(self, out: list, c: Candidate, t: Timex, lower: str, published: date | None):
        """A calendar day with its part of the day: "le matin du 15 février", "la nuit du 12" ("la nuit" read
        with it), "la matinée de lundi", "le 15 février au matin"; the day before or after it: "la veille du
        14 juillet", "le lendemain du 13 février"."""
        if m := self.day_offset.search(lower, max(0, c.start - 30), c.start):
            while out and out[-1][0].start >= m.start():
                out.pop()  # "la veille", read with its day
            d = t.day + timedelta(days=DAY_OFFSETS[m["noun"]])
            return Candidate(m.start(), c.end, c.rule, {}, {}), _dated(
                Timex("DATE", d.isoformat(), anchor=t.anchor, day=d), published
            )
        if m := self.part_of_day.search(lower, max(0, c.start - 20), c.start):
            while out and out[-1][0].start >= m.start():
                out.pop()
            start, end, noun = m.start(), c.end, m["noun"]
        elif m := self.part_after.match(lower, c.end):
            start, end, noun = c.start, m.end(), m["noun"]
        else:
            return c, t
        part = Timex("TIME", f"{t.value}T{PARTS[noun]}", anchor=t.anchor, day=t.day)
        return Candidate(start, end, c.rule, {}, {}), _dated(part, published)

    def weekday_of_month(self, c: Candidate, t: Timex, year: int, month: int) -> Timex | None:
        """ "le troisième jeudi de novembre", "le dernier dimanche d'octobre": a weekday by its rank in a
        month (None unless ``c`` is a weekday with a rank)."""
        words = (c.g.get("det") or "").split() if c.rule == "weekday" else []
        if len(words) == 2 and words[0] == "le":
            words = words[1:]  # "le premier mercredi", or "premier mercredi" in a title or a note
        rank = self.ordinals.get(words[0]) if len(words) == 1 else None
        weekday = t.day.isoweekday() if t.day else int(t.value[-1]) if WEEKLY.fullmatch(t.value) else None
        if not rank or weekday is None:
            return None
        days = [date(year, month, k) for k in range(1, monthrange(year, month)[1] + 1)]
        days = [d for d in days if d.isoweekday() == weekday]
        if rank > len(days):
            return None
        d = days[rank - 1] if rank > 0 else days[-1]
        return Timex("DATE", d.isoformat(), anchor=t.anchor, day=d)

    def weekday_of_month_on(self, c: Candidate, t: Timex, lower: str, published: date | None):
        """ "le premier mercredi du mois prochain", "le dernier lundi de ce mois"."""
        if c.rule != "weekday" or published is None or not (m := self.month_on.match(lower, c.end)):
            return c, t
        step = {"prochain": 1, "suivant": 1, "dernier": -1, "précédent": -1}.get(m["rel"] or "", 0)
        y, mo = divmod(published.year * 12 + published.month - 1 + step, 12)
        ranked = self.weekday_of_month(c, t, y, mo + 1)
        if ranked is None:
            return c, t
        ranked.anchor = "published"
        c = Candidate(c.start, m.end(), c.rule, c.g, c.raw, c.info, c.anaphoric)
        return c, _dated(ranked, published)

    def weeks_on(self, c: Candidate, t: Timex, lower: str, published: date | None):
        """ "lundi en huit": a week after the next Monday (today included), "en quinze" two weeks;
        "aujourd'hui en huit", "demain en quinze": a week or two after that day."""
        if (
            c.rule not in ("weekday", "relday")
            or published is None
            or not t.day
            or not (m := self.weeks_after.match(lower, c.end))
        ):
            return c, t
        if c.rule == "relday":
            if not DAY.fullmatch(t.value):
                return c, t
            d = t.day + timedelta(days=self.weeks[m["w"]])
        else:
            ahead = (t.day.isoweekday() - published.isoweekday()) % 7
            d = published + timedelta(days=ahead + self.weeks[m["w"]])
        c = Candidate(c.start, m.end(), c.rule, c.g, c.raw, c.info, c.anaphoric)
        return c, _dated(Timex("DATE", d.isoformat(), anchor="published", day=d), published)

    @staticmethod
    def day_number(
        c: Candidate, t: Timex, lower: str, published: date | None, direction
    ) -> tuple[Candidate, Timex]:
        """A weekday followed by its day number ("lundi 7", "le jeudi 20"): the nearest such day, in the way
        the clause points when its tense says ("il viendra lundi 10": the next Monday the 10th)."""
        if c.rule != "weekday" or published is None or not (m := DAY_NUMBER.match(lower, c.end)):
            return c, t
        weekday = t.day.isoweekday() if t.day else int(t.value[-1]) if WEEKLY.fullmatch(t.value) else None
        n = 1 if m["n"] in ("1er", "premier") else int(parse_number(re.sub(r"[\s-]+", " ", m["n"])) or 0)
        if weekday is None or not 1 <= n <= 31:
            return c, t
        way = direction(c.start, m.end())
        for ahead in range(400):  # the nearest such day, ahead first on a tie
            for d in (published + timedelta(days=ahead), published - timedelta(days=ahead)):
                if way and (d - published).days * way < 0:
                    continue
                if d.day == n and d.isoweekday() == weekday:
                    c = Candidate(c.start, m.end(), c.rule, c.g, c.raw, c.info, c.anaphoric)
                    return c, _dated(Timex("DATE", d.isoformat(), anchor="published", day=d), published)
        return c, t
