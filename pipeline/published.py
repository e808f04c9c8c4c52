"""Publication dates as people and feeds write them, read into ISO 8601.

ISO dates and datetimes ("2025-08-05", "2025-08-05T14:30:00+02:00"), French dates ("5 août 2025", "mardi
5 août 2025 à 14h30", "1er août 2025"), numeric day-first dates ("05/08/2025", "5.8.2025", "05-08-2025";
French order: day, then month), year-first ones ("2025/08/05") and RFC 2822 ("Tue, 05 Aug 2025 14:30:00
+0200", as RSS writes ``pubDate``). A day-first date whose day could be a month ("05/08/2025") is read the
French way and reported as ambiguous; anything else raises ValueError.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from functools import cache

from .resources import read_lexicon


@cache
def months() -> dict[str, int]:
    """French month names and abbreviations (``models/dates/months.tsv``, the dates component's list)."""
    return {form.rstrip("."): int(n) for form, n in read_lexicon("dates/months.tsv")}


WEEKDAY = r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+"
TIME = r"(?:\s*(?:à|,)?\s*(?P<h>\d{1,2})\s*(?:h|:)\s*(?P<mi>\d{2})?(?:\s*(?::)\s*(?P<s>\d{2}))?)?"
FRENCH = re.compile(
    rf"^(?:{WEEKDAY})?(?P<d>\d{{1,2}})(?:er)?\s+(?P<m>[a-zéûè]+)\.?\s+(?P<y>\d{{4}}){TIME}$", re.I
)
DAY_FIRST = re.compile(rf"^(?P<d>\d{{1,2}})[/.\-](?P<m>\d{{1,2}})[/.\-](?P<y>\d{{4}}){TIME}$")
YEAR_FIRST = re.compile(rf"^(?P<y>\d{{4}})[/.](?P<m>\d{{1,2}})[/.](?P<d>\d{{1,2}}){TIME}$")


def _iso(m: re.Match, month: int) -> str:
    day = date(int(m["y"]), month, int(m["d"]))
    if m["h"] is None:
        return day.isoformat()
    return datetime(
        day.year, day.month, day.day, int(m["h"]), int(m["mi"] or 0), int(m["s"] or 0)
    ).isoformat()


def parse_published(value: str) -> tuple[str, str | None]:
    """``(ISO date or datetime, warning or None)``; ValueError when the value is not a date."""
    text = " ".join(value.strip().split())
    try:
        if len(text) == 10 and text[4] == "-":
            return date.fromisoformat(text).isoformat(), None
        return datetime.fromisoformat(text.replace("Z", "+00:00")).isoformat(), None
    except ValueError:
        pass
    try:
        if m := FRENCH.match(text):
            month = months().get(m["m"].lower().rstrip("."))
            if month is not None:
                return _iso(m, month), None
        elif m := DAY_FIRST.match(text):
            day, month = int(m["d"]), int(m["m"])
            warning = None
            if day <= 12 and day != month:
                warning = f"ambiguous date {value!r} read day first (French order): {day}/{month}"
            return _iso(m, month), warning
        elif m := YEAR_FIRST.match(text):
            return _iso(m, int(m["m"])), None
    except ValueError:  # 31 février, 25 h
        raise ValueError(f"`published` is not a date: {value!r}") from None
    try:
        return parsedate_to_datetime(text).isoformat(), None
    except (TypeError, ValueError, IndexError):
        raise ValueError(
            f"`published` is not a date: {value!r} (ISO 8601, '5 août 2025', '05/08/2025' or RFC 2822)"
        ) from None
