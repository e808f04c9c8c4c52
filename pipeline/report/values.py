"""Figures and dates as people read them: "environ 25 000 travailleurs", "entre 2 000 et 5 000 drones par
mois", "2024-09-01 → 2024-12-31". Plain functions over plain values (no pandas, no spaCy)."""

from __future__ import annotations

import math
import re

NBSP = "\u00a0"
QUALIFIERS = {
    "approx": "environ",
    "more_than": "plus de",
    "less_than": "moins de",
    "at_least": "au moins",
    "at_most": "au plus",
}
# units printed as they are (symbols and abbreviations take no plural)
INVARIABLE = {
    "%",
    "€",
    "$",
    "£",
    "f",
    "km",
    "kg",
    "cm",
    "mm",
    "m",
    "g",
    "t",
    "ha",
    "h",
    "min",
    "s",
    "°c",
    "°",
}
# words whose plural is not lemma + s
PLURALS = {"œil": "yeux", "ciel": "cieux", "travail": "travaux", "bétail": "bétail"}
SCALES = ((1e9, "milliard"), (1e6, "million"))


def missing(x) -> bool:
    return x is None or (isinstance(x, float) and math.isnan(x)) or x is _NA


try:  # pandas.NA when pandas is there (the tables), a private sentinel otherwise
    from pandas import NA as _NA
except ImportError:  # pragma: no cover
    _NA = object()


def _digits(x: float, decimals: int = 3) -> str:
    """25000 -> "25 000"; 42.195 -> "42,195" (French grouping with no-break spaces, decimal comma)."""
    text = f"{x:,.{decimals}f}".rstrip("0").rstrip(".") if decimals else f"{x:,.0f}"
    return text.replace(",", NBSP).replace(".", ",")


def number(x: float) -> str:
    """A number as a French newspaper prints it: "25 000", "412,5 millions", "1,2 million", "3,2"."""
    if missing(x):
        return "?"
    for scale, word in SCALES:
        if abs(x) >= scale and round(x / scale, 3) * scale == round(x, 6):
            n = x / scale
            return f"{_digits(n)}{NBSP}{word}{'s' if abs(n) >= 2 else ''}"
    return _digits(x)


def plural(lemma: str) -> str:
    w = lemma.strip()
    if not w or w.lower() in INVARIABLE or not w[-1].isalpha() or len(w) <= 2:
        return w
    if " " in w:  # "pomme de terre" -> "pommes de terre"
        head, rest = w.split(" ", 1)
        return f"{plural(head)} {rest}"
    if w in PLURALS:
        return PLURALS[w]
    if w[-1] in "sxz":
        return w
    if w.endswith(("au", "eu")):
        return w + "x"
    if w.endswith("al") and w not in ("bal", "festival", "carnaval", "récital", "chacal"):
        return w[:-2] + "aux"
    return w + "s"


def _needs_de(phrase: str) -> bool:
    return phrase.rstrip("s").endswith(("million", "milliard", "millier", "centaine", "dizaine"))


def _de(unit: str) -> str:
    return "d'" if unit[:1].lower() in "aeiouyhéèêâîôû" else "de "


def fraction(x: float) -> tuple[int, int] | None:
    """A share as the smallest whole part of a whole that gives it (0.333... -> (1, 3), 0.7 -> (7, 10),
    169/176 -> (169, 176), 0.0001 -> (1, 10000)); None when no whole up to 1 000 does (nor one in a power of
    ten up to a million: 0.4142 is no "4 142 sur 10 000")."""
    if missing(x) or not 0 < x <= 1:
        return None
    for d in [*range(1, 1001), 10**4, 10**5, 10**6]:
        n = round(x * d)
        if n and abs(x - n / d) < 1e-9 and (d <= 1000 or n == 1):
            return n, d
    return None


def _part(x: float, unit: str | None) -> str | None:
    """A share as read: "1 tgv sur 3", "3 salariés sur 5", "1 sur 5"; None when it is no simple fraction."""
    f = fraction(x)
    if f is None:
        return None
    n, d = f
    noun = f" {plural(unit) if n >= 2 else unit}" if unit else ""
    return f"{n}{noun} sur {number(d)}"


# a vague magnitude as written: "des millions", "des dizaines de milliers", "quelques centaines"
VAGUE = re.compile(
    r"(?:des|quelques|plusieurs|de nombreux|de nombreuses)(?: (?:dizaines|centaines) de)?"
    r" (?:dizaines|centaines|milliers|millions|milliards)",
    re.IGNORECASE,
)


def _share(value, low, high, q, unit) -> str | None:
    """A share (kind percent, a unit other than "%", bounds within 0..1) as a part of a whole, else as a
    percentage of its unit ("41,42 % des foyers"); None when it is not one."""
    bounds = [x for x in (value, low, high) if not missing(x)]
    if not bounds or not all(0 <= x <= 1 for x in bounds):
        return None
    u = None if missing(unit) or not str(unit).strip() else str(unit).strip()

    def read(x):
        part = _part(x, u)
        if part is not None:
            return part
        pct = f"{_digits(x * 100, 2)}{NBSP}%"
        return f"{pct} des {plural(u)}" if u else pct

    if not missing(value):
        phrase, prefix = read(value), QUALIFIERS.get(q, "")
    elif not missing(low) and not missing(high):
        return f"entre {read(low)} et {read(high)}"
    elif not missing(low):
        phrase, prefix = read(low), {"more_than": "plus de", "at_least": "au moins"}.get(q, "au moins")
    else:
        phrase, prefix = read(high), {"less_than": "moins de", "at_most": "au plus"}.get(q, "au plus")
    return f"{prefix} {phrase}".replace(" ", NBSP, 1) if prefix else phrase


def _per(per) -> str:
    return f" par {per}" if not missing(per) and per else ""


def figure(value, low, high, qualifier=None, unit=None, per=None, kind=None, text=None) -> str:
    """One figure row's values as a phrase: a share as a part of a whole ("un TGV sur trois": "1 tgv sur 3"),
    a vague magnitude in its words ("des millions d'obus"), else the number with its qualifier and unit.

    >>> figure(25000.0, 25000.0, 25000.0, "approx", "travailleur")
    'environ 25 000 travailleurs'
    """
    q = None if missing(qualifier) else qualifier
    u = None if missing(unit) else str(unit).strip()
    if not missing(kind) and kind == "percent" and u != "%":
        share = _share(value, low, high, q, u)
        if share is not None:
            return share + _per(per)
    t = None if missing(text) else str(text).strip()
    if missing(value) and missing(high) and not missing(low) and q == "approx" and t and VAGUE.fullmatch(t):
        core = t[0].lower() + t[1:]  # not "au moins 2 millions": its bound is no reading of it
        return (f"{core} {_de(plural(u))}{plural(u)}" if u else core) + _per(per)
    exact = not missing(value)
    if exact:
        core = number(value)
        prefix = QUALIFIERS.get(q, "")
        amount = abs(value)
    elif not missing(low) and not missing(high):
        core, prefix, amount = f"entre {number(low)} et {number(high)}", "", abs(high)
    elif not missing(low):  # open above: "plus de 300", "des milliers" (at least 2 000)
        prefix = {"more_than": "plus de", "at_least": "au moins"}.get(q, "au moins")
        core, amount = number(low), abs(low)
    elif not missing(high):
        prefix = {"less_than": "moins de", "at_most": "au plus"}.get(q, "au plus")
        core, amount = number(high), abs(high)
    else:
        return text or "?"
    phrase = f"{prefix} {core}".strip().replace(" ", NBSP, 1) if prefix else core
    if u:
        word = plural(u) if amount >= 2 or not exact else u
        if u == "%":
            phrase += f"{NBSP}%"
        elif _needs_de(core):
            phrase += f" {_de(word)}{word}"
        else:
            phrase += f" {word}"
    return phrase + _per(per)


def period(start, end) -> str:
    """ "2024-09-01 → 2024-12-31"; one day or minute alone; times with a space instead of T."""
    if missing(start) or not start:
        return ""
    s, e = str(start).replace("T", " "), ("" if missing(end) else str(end).replace("T", " "))
    if not e or e == s:
        return s
    return f"{s} → {e}"


# TIMEX3 units of durations and sets: (singular, plural, feminine), "X" as "quelques" takes the plural
UNITS = {
    "Y": ("an", "ans", False),
    "M": ("mois", "mois", False),
    "W": ("semaine", "semaines", True),
    "D": ("jour", "jours", False),
    "Q": ("trimestre", "trimestres", False),
    "DE": ("décennie", "décennies", True),
    "CE": ("siècle", "siècles", False),
    "TH": ("heure", "heures", True),
    "TM": ("minute", "minutes", True),
    "TS": ("seconde", "secondes", True),
}
VAGUE_PLURALS = {"Y": "années"}  # "quelques années", not "quelques ans"
NUMBER_WORDS = ("", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix")
REFERENCES = {"PRESENT_REF": "maintenant", "PAST_REF": "dans le passé", "FUTURE_REF": "à l'avenir"}
DURATION = re.compile(r"P(T?)(\d+(?:[.,]\d+)?|X)(DE|CE|[YMWDQHS])")
MODS = {"APPROX": "environ", "LESS_THAN": "moins de", "MORE_THAN": "plus de", "EQUAL_OR_MORE": "au moins",
        "EQUAL_OR_LESS": "au plus"}  # fmt: skip


def duration_words(value: str, type_: str | None = None) -> str | None:
    """A TIMEX3 duration or set in words ("P1M" -> "un mois", "PXM" -> "quelques mois", a SET "P1W" ->
    "chaque semaine"), None when it is not one simple unit."""
    m = DURATION.fullmatch(value)
    if not m:
        return None
    unit = ("T" + m.group(3)) if m.group(1) and m.group(3) in "HMS" else m.group(3)
    if unit not in UNITS:
        return None
    one, many, feminine = UNITS[unit]
    n = m.group(2)
    if type_ == "SET" and n == "1":
        return f"chaque {one}"
    if n == "X":
        return f"quelques {VAGUE_PLURALS.get(unit, many)}"
    count = float(n.replace(",", "."))
    if count == 1:
        return f"{'une' if feminine else 'un'} {one}"
    word = NUMBER_WORDS[int(count)] if count.is_integer() and count < len(NUMBER_WORDS) else n
    return f"{word} {many}"


def date(type_, value, mod=None, period_start=None, period_end=None) -> str:
    """A date row as read: its period when it has one; else its TIMEX3 value, in words beside it when there
    are words for it ("un mois (P1M)", "quelques mois (PXM)", "maintenant (PRESENT_REF)")."""
    p = period(period_start, period_end)
    if p:
        return p
    v = "" if missing(value) else str(value)
    m = "" if missing(mod) or not mod else str(mod)
    words = REFERENCES.get(v) or duration_words(v, None if missing(type_) else type_)
    if not words:
        return f"{v} ({m})".strip() if m else v
    if m in MODS:
        words = f"{MODS[m]} {words}"
    return f"{words} ({v}, {m})" if m else f"{words} ({v})"
