"""Calendar arithmetic and TIMEX3 values: formatting a resolved date, and the interval a value covers.

Period convention (``period_start`` / ``period_end``, the inclusive ISO 8601 interval a DATE or TIME covers):

- Dates give days. ``2024`` -> 2024-01-01..2024-12-31; ``2024-06`` -> 2024-06-01..2024-06-30; ``2024-W12``
  -> its Monday..Sunday; ``2024-W12-WE`` -> its Saturday..Sunday; ``2024-Q1`` -> 2024-01-01..2024-03-31;
  ``2024-H2`` -> 2024-07-01..2024-12-31; seasons are meteorological (SP March-May, SU June-August, FA
  September-November, WI December of that year to February of the next); ``199`` (a decade) ->
  1990-01-01..1999-12-31; ``19`` (the 20th century) -> 1900-01-01..1999-12-31.
- Times give minutes: ``2024-06-03T14:30`` is that minute at both ends; parts of the day cover MO
  06:00-11:59, MI 12:00-13:59, AF 12:00-17:59, EV 18:00-23:59, NI 22:00-05:59 (next day), DT 08:00-19:59.
- ``mod`` START / MID / END keep the first / middle / last third of that interval, counted in its natural
  sub-unit (months of a year, season, quarter or half; days of a month or week; years of a decade or
  century; hours of a day or part of day): the first and last thirds hold n // 3 sub-units, the middle third
  the rest. "fin 2024" -> 2024-09-01..2024-12-31, "début mars 2025" -> 2025-03-01..2025-03-10, "mi-juin
  2024" -> 2024-06-11..2024-06-20, "fin mars 2025" -> 2025-03-22..2025-03-31, "fin des années 1990" ->
  1997-01-01..1999-12-31. Other mods (APPROX, ...) leave the interval as it is.
- ``PRESENT_REF`` covers the publication day. PAST_REF, FUTURE_REF, values still holding an X (unresolved or
  generic: ``XXXX-SU``), durations and sets have no interval, except durations anchored on the publication
  date: "il y a trois jours" -> that day, "dans deux mois" -> that month, "depuis six mois" and "ces trois
  derniers mois" -> from that point to the publication day.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime, timedelta

PARTS_OF_DAY = {"MO": (6, 11), "MI": (12, 13), "AF": (12, 17), "EV": (18, 23), "NI": (22, 29), "DT": (8, 19)}
SEASON_MONTHS = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def parse_published(value) -> date | None:
    """The date part of an ISO date or datetime string (or a date/datetime object); None when unreadable."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    m = re.match(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})", str(value))
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def add_months(d: date, n: int) -> date:
    y, m = divmod(d.year * 12 + d.month - 1 + n, 12)
    return date(y, m + 1, min(d.day, calendar.monthrange(y, m + 1)[1]))


def shift(d: date, n: float, unit: str) -> date:
    """``d`` moved by ``n`` units (D, W, WE, M, Y; fractions of months and years are rounded to days)."""
    if unit == "D":
        return d + timedelta(days=round(n))
    if unit in ("W", "WE"):
        return d + timedelta(days=round(7 * n))
    if unit == "M":
        whole = int(n)
        return add_months(d, whole) + timedelta(days=round((n - whole) * 30))
    if unit == "Y":
        whole = int(n)
        return add_months(d, 12 * whole) + timedelta(days=round((n - whole) * 365))
    return d


def valid_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def day_value(d: date) -> str:
    return d.isoformat()


def month_value(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def week_value(d: date, weekend: bool = False) -> str:
    year, week, _ = d.isocalendar()
    return f"{year:04d}-W{week:02d}" + ("-WE" if weekend else "")


def _iso(d: date | datetime) -> str:
    return d.isoformat(timespec="minutes") if isinstance(d, datetime) else d.isoformat()


def _split(n: int, mod: str | None) -> tuple[int, int]:
    """Index range [a, b) of the sub-units kept by ``mod`` among ``n``."""
    third = n // 3
    if mod == "START":
        return 0, max(third, 1)
    if mod == "END":
        return n - max(third, 1), n
    if mod == "MID" and third:
        return third, n - third
    return 0, n


def _months(year: int, month: int, count: int, mod: str | None) -> tuple[str, str]:
    a, b = _split(count, mod)
    first = add_months(date(year, month, 1), a)
    last = add_months(date(year, month, 1), b - 1)
    return first.isoformat(), month_end(last.year, last.month).isoformat()


def _days(first: date, count: int, mod: str | None) -> tuple[str, str]:
    a, b = _split(count, mod)
    return (first + timedelta(days=a)).isoformat(), (first + timedelta(days=b - 1)).isoformat()


def _years(first: int, count: int, mod: str | None) -> tuple[str, str]:
    a, b = _split(count, mod)
    return f"{first + a:04d}-01-01", f"{first + b - 1:04d}-12-31"


def _hours(day: date, first: int, last: int, mod: str | None) -> tuple[str, str]:
    a, b = _split(last - first + 1, mod)
    start = datetime(day.year, day.month, day.day) + timedelta(hours=first + a)
    end = datetime(day.year, day.month, day.day) + timedelta(hours=first + b - 1, minutes=59)
    return _iso(start), _iso(end)


def period(
    value: str | None, mod: str | None = None, published: date | None = None
) -> tuple[str | None, str | None]:
    """The inclusive ISO interval a DATE/TIME value covers (see the module docstring), or (None, None)."""
    if not value or ("X" in value and not re.fullmatch(r"\d{3}X", value)):
        return None, None
    try:
        return _period(value, mod, published)
    except (ValueError, OverflowError):
        return None, None


def _period(value: str, mod: str | None, published: date | None) -> tuple[str | None, str | None]:
    if value == "PRESENT_REF":
        return (published.isoformat(),) * 2 if published else (None, None)
    if m := re.fullmatch(r"(\d{4})", value):
        return _months(int(m[1]), 1, 12, mod)
    if m := re.fullmatch(r"(\d{4})-(\d{2})", value):
        y, mo = int(m[1]), int(m[2])
        return _days(date(y, mo, 1), calendar.monthrange(y, mo)[1], mod)
    if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", value):
        d = date(int(m[1]), int(m[2]), int(m[3]))
        return (d.isoformat(),) * 2 if mod not in ("START", "MID", "END") else _hours(d, 0, 23, mod)
    if m := re.fullmatch(r"(\d{4})-W(\d{2})(-WE)?", value):
        monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
        return _days(monday + timedelta(days=5), 2, mod) if m[3] else _days(monday, 7, mod)
    if m := re.fullmatch(r"(\d{4})-Q([1-4])", value):
        return _months(int(m[1]), 3 * int(m[2]) - 2, 3, mod)
    if m := re.fullmatch(r"(\d{4})-H([12])", value):
        return _months(int(m[1]), 6 * int(m[2]) - 5, 6, mod)
    if m := re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", value):
        return _months(int(m[1]), SEASON_MONTHS[m[2]], 3, mod)
    if m := re.fullmatch(r"(\d{3})X?", value):
        return _years(int(m[1]) * 10, 10, mod)
    if m := re.fullmatch(r"(\d{2})", value):
        return _years(int(m[1]) * 100, 100, mod)
    if m := re.fullmatch(r"(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})", value):
        t = datetime.fromisoformat(m[1]) + timedelta(hours=int(m[2]), minutes=int(m[3]))
        return (_iso(t),) * 2
    if m := re.fullmatch(r"(\d{4}-\d{2}-\d{2})T(MO|MI|AF|EV|NI|DT)", value):
        first, last = PARTS_OF_DAY[m[2]]
        return _hours(date.fromisoformat(m[1]), first, last, mod)
    return None, None
