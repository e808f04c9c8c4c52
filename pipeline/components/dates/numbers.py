"""Numbers as dates write them: a French number (digits or words), a two-digit year, a Roman century, an ISO
8601 duration."""

from __future__ import annotations

import re
from datetime import date

from text_to_num import text2num

from ..common.patterns import fold

ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
TIME_UNITS = {"S": "S", "MIN": "M", "H": "H"}
SMALLER = {"Y": ("M", 12), "W": ("D", 7), "D": ("H", 24), "H": ("MIN", 60), "MIN": ("S", 60)}


def parse_number(text: str) -> float | None:
    """ "trois" -> 3, "30,4" -> 30.4, "25 000" -> 25000; None when it is no number."""
    text = fold(text).strip()
    if not text:
        return None
    if text[0].isdigit():
        try:
            return float(re.sub(r"[\s\u00a0\u202f]", "", text).replace(",", "."))
        except ValueError:
            return None
    if text in ("un", "une"):
        return 1.0
    try:
        return float(text2num(text, "fr"))
    except (ValueError, TypeError):
        return None


def two_digit_year(yy: int, published: date | None) -> int | None:
    """ "98" -> 1998, "03" -> 2003: the latest year ending so that is at most five years after publication;
    None without a publication date (the century is then unknown: ``XX98``)."""
    if published is None:
        return None
    ref = published.year
    year = 2000 + yy
    return year - 100 if year > ref + 5 else year


def fmt_number(n: float) -> str:
    return str(int(n)) if float(n).is_integer() else f"{n:.3f}".rstrip("0").rstrip(".")


def iso_duration(total: float, code: str) -> str:
    """ISO 8601 duration: (3, "Y") -> P3Y, (0.5, "H") -> PT30M, (2.5, "H") -> PT2H30M, (1.5, "Y") -> P1Y6M."""
    parts = [(code, total)]
    if not float(total).is_integer() and code in SMALLER:
        sub, per = SMALLER[code]
        rest = round((total - int(total)) * per, 6)
        if float(rest).is_integer():
            parts = [(code, int(total)), (sub, rest)] if int(total) else [(sub, rest)]
    date_part = "".join(f"{fmt_number(n)}{c}" for c, n in parts if c not in TIME_UNITS and n)
    time_part = "".join(f"{fmt_number(n)}{TIME_UNITS[c]}" for c, n in parts if c in TIME_UNITS and n)
    return "P" + date_part + ("T" + time_part if time_part else "")


def roman(text: str) -> int | None:
    """ "XIX" -> 19, "21" -> 21; None when it is neither."""
    if text.isdigit():
        return int(text)
    total, prev = 0, 0
    for ch in reversed(text.upper()):
        v = ROMAN.get(ch)
        if v is None:
            return None
        total += -v if v < prev else v
        prev = max(prev, v)
    return total
