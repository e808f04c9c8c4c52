"""Choosing the calendar day, month or year a partial expression names, from the publication date and the
tense of its clause: "jeudi" in a past-tense clause is the last Thursday, "le 8 mai" in a future one the
coming 8 May; "dernier" and "prochain" go strictly before or after."""

from __future__ import annotations

import re
from datetime import date, timedelta

from ..common.patterns import alternation
from .context import Context
from .lexicons import Lexicons
from .models import Candidate
from .narrative import Narrative
from .numbers import iso_duration, parse_number, two_digit_year
from .values import add_months, day_value, shift, valid_date

PAST, FUTURE = -1, 1
# Before a date whose clause has no tense to read: a stretch that ends or starts there lies ahead ("ouvert
# jusqu'à dimanche", "à partir du 15 mars", "gratuit dès lundi"); one that runs since it lies behind ("fermée
# depuis vendredi").
BOUND_AHEAD = re.compile(r"(?:^|\W)(?:jusqu'\s*(?:au|à)|à partir d[eu]|à compter d[eu]|dès)$")
SINCE = re.compile(r"(?:^|\W)depuis$")


def bound_direction(ctx: Context, start: int) -> int:
    """The way a date at ``start`` lies when its clause's tense says nothing: from the bound before it."""
    before = ctx.before(start, 25)
    return FUTURE if BOUND_AHEAD.search(before) else PAST if SINCE.search(before) else 0


def nearest(cands: list, key, target, direction: int, rel: str | None):
    """Pick a calendar candidate: strictly before/after for dernier/prochain, else by tense, else nearest."""
    if rel == "last":
        pool = [c for c in cands if key(c) < target] or cands
        return max(pool, key=key)
    if rel == "next":
        pool = [c for c in cands if key(c) > target] or cands
        return min(pool, key=key)
    if direction == PAST:
        pool = [c for c in cands if key(c) <= target]
        if pool:
            return max(pool, key=key)
    if direction == FUTURE:
        pool = [c for c in cands if key(c) >= target]
        if pool:
            return min(pool, key=key)
    return min(cands, key=lambda c: (abs(distance(key(c), target)), distance(key(c), target) > 0))


def numbered_days(n: int, around: date) -> list[date]:
    """The days numbered ``n`` in the month of ``around`` and the months before and after it."""
    days = []
    for k in (-1, 0, 1):
        y, mo = divmod(around.year * 12 + around.month - 1 + k, 12)
        if d := valid_date(y, mo + 1, n):
            days.append(d)
    return days


def distance(a, b) -> int:
    if isinstance(a, date):
        return (a - b).days
    return (a[0] - b[0]) * 12 + (a[1] - b[1])


def rel_of(word: str | None) -> str | None:
    """ "last" for dernier, passé, précédent, écoulé, d'avant; "next" for prochain, suivant, d'après."""
    if not word:
        return None
    if word.startswith(("dernier", "dernière", "passé", "précédent", "écoulé")) or word == "d'avant":
        return "last"
    if word.startswith(("prochain", "suivant")) or word == "d'après":
        return "next"
    return None


class Calendar:
    """The choices that need the lexicons: parts of day, fuzzy parts of a period, days of a month."""

    def __init__(self, lex: Lexicons):
        self.lex = lex
        self.fuzz_word = re.compile(alternation(lex.fuzz, loose=False))

    def fuzz_mod(self, fuzz: str | None) -> str | None:
        """START for "début", END for "fin", MID for "mi", "milieu" (the fuzz group of a rule)."""
        if not fuzz:
            return None
        word = self.fuzz_word.search(fuzz)
        return self.lex.fuzz.get(word.group(0)) if word else None

    def with_pod(self, day: str, pod: str) -> str:
        """A day with a part of the day: 2024-06-03TMO; midday is 12:00."""
        code = self.lex.parts_of_day.get(pod.replace("au ", "").strip())
        if code == "MI":
            return f"{day}T12:00"
        return f"{day}T{code}"

    def month_day(
        self,
        c: Candidate,
        ctx: Context,
        story: Narrative,
        month: int,
        day_n: int,
        year_text: str | None,
        rel_word: str | None,
        weekday: int | None,
    ) -> tuple[str, date | None, str | None]:
        """(value, day, anchor) of a day and month, the year given or inferred."""
        if year_text:
            year = year_of(year_text, story.dct)
            if year is None:  # "le 10 novembre 93" without a publication date
                return f"XX{year_text[-2:]}-{month:02d}-{day_n:02d}", None, "unresolved"
            d = valid_date(year, month, day_n)
            return (day_value(d), d, None) if d else (f"XXXX-{month:02d}-{day_n:02d}", None, None)
        carried = story.carried_year(c.start, c.end) if not rel_word else None
        d = valid_date(carried, month, day_n) if carried is not None else None
        if d is not None and (
            not weekday or d.isoweekday() == weekday
        ):  # "en 1997, le 3 mars puis le 6 juin"
            return day_value(d), d, None
        dct = story.dct
        if dct is None:
            return f"XXXX-{month:02d}-{day_n:02d}", None, "unresolved"
        cands = [d for y in (dct.year - 1, dct.year, dct.year + 1) if (d := valid_date(y, month, day_n))]
        if not cands:
            return f"XXXX-{month:02d}-{day_n:02d}", None, "published"
        if weekday:
            matching = [d for d in cands if d.isoweekday() == weekday and abs((d - dct).days) < 200]
            if matching:
                cands = matching
        direction = ctx.direction(c.start, c.end) or bound_direction(ctx, c.start)
        d = nearest(cands, lambda x: x, dct, direction, rel_of(rel_word))
        return day_value(d), d, "published"


def day_number(word: str) -> int:
    """ "1er" -> 1, "15" -> 15, "vingt et un" -> 21 (a day in words; 0 when it is no number)."""
    if word in ("1er", "1re", "premier"):
        return 1
    if word.isdigit():
        return int(word)
    n = parse_number(re.sub(r"[\s-]+", " ", word))
    return int(n) if n is not None and n == int(n) else 0


def year_of(text: str, dct: date | None) -> int | None:
    """ "2024" -> 2024, "'98" or "98" -> 1998 (from the publication date; None without one)."""
    text = text.lstrip("'’")
    if len(text) == 4:
        return int(text)
    return two_digit_year(int(text), dct)


def weekday_date(
    c: Candidate,
    ctx: Context,
    story: Narrative,
    wd: int,
    rel: str | None,
    base: date | None = None,
) -> date | None:
    """The day a weekday names from ``base`` (default: the publication date): "dernier" / "prochain" go
    strictly before / after; otherwise the publication day itself when it is that weekday (the wire
    convention: in an article of a Thursday, "a annoncé jeudi" and "se réunira jeudi" are that Thursday),
    else the last such day after "depuis" or in a past-tense clause, the next one in a future clause (not
    before a day of the coming week the story has come to: ``Narrative.coming_day``), and the nearest (up to
    three days ahead) when the tense says nothing."""
    dct = base or story.dct
    if dct is None:
        return None
    fwd = (wd - dct.isoweekday()) % 7
    back = fwd - 7 if fwd else -7
    if rel == "last":
        off = back
    elif rel == "next":
        off = fwd or 7
    elif fwd == 0:
        off = 0
    else:
        since = SINCE.search(ctx.before(c.start, 25))  # "en grève depuis mercredi": a day that has come
        direction = PAST if since else ctx.direction(c.start, c.end) or bound_direction(ctx, c.start)
        if direction == PAST:
            off = back
        elif direction == FUTURE:
            off = fwd
            ahead = story.coming_day(c.start)
            if ahead is not None and dct + timedelta(days=off) < ahead:  # a programme goes on from its day
                off = (ahead - dct).days + (wd - ahead.isoweekday()) % 7
        else:
            off = fwd if fwd <= 3 else back
    return dct + timedelta(days=off)


def duration_value(n: float | None, code: str, factor: float) -> str:
    if n is None:
        if code == "Y" and factor == 10:
            return "PXDE"
        if code == "Y" and factor == 100:
            return "PXCE"
        return {"S": "PTXS", "MIN": "PTXM", "H": "PTXH"}.get(code, f"PX{code}")
    return iso_duration(n * factor, code)


def anchored(
    n: float | None, code: str, factor: float, dct: date | None, sign: int, span: bool
) -> tuple[str, str] | None:
    """The period of a duration put on the calendar (il y a, dans, depuis, ces derniers), or None."""
    if dct is None or n is None or code in ("S", "MIN", "H"):
        return None
    total = n * factor
    unit = "D" if code == "WE" else code
    point = shift(dct, sign * total, unit)
    if span:
        lo, hi = (point, dct) if sign < 0 else (dct, point)
        return lo.isoformat(), hi.isoformat()
    if code == "M" and float(total).is_integer():
        last = add_months(point.replace(day=1), 1) - timedelta(days=1)
        return point.replace(day=1).isoformat(), last.isoformat()
    if code == "Y" and float(total).is_integer():
        return f"{point.year}-01-01", f"{point.year}-12-31"
    return point.isoformat(), point.isoformat()
