"""Finding the number atoms of a text: one regex pass (``patterns.py``) read into ``Atom`` values.

An atom is one number phrase before its context is read: digits with their multiplier and symbol ("2,5
millions", "150 F", "$10"), number words ("vingt-cinq mille"), a fraction ("deux tiers") or a vague magnitude
("une dizaine", "des milliers").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..common.numbers import digits_value, split_words, words_value
from ..common.patterns import fold
from .lexicons import Lexicons
from .models import Atom


def find_atoms(lex: Lexicons, text: str) -> Iterator[Atom]:
    for m in lex.patterns.figure.finditer(text):
        if m.group("phone"):
            continue
        if m.group("vague"):
            yield vague_atom(lex, m)
        elif m.group("fraction"):
            article = m.group("fnum").lower() in lex.words("fraction_article")
            num = 1.0 if article else words_value(m.group("fnum"))  # "la moitié"
            den = lex.fractions[m.group("fden").lower()]
            value = num / den if num else None
            yield Atom(m.start(), m.end(), "fraction", value, noun_head=True)  # "un quart d'heure"
        elif m.group("slash"):
            atom = slash_atom(m)
            if atom is not None:
                yield atom
        elif m.group("digits") is not None:
            atom = digits_atom(lex, m)
            if abs(atom.value) < 1e18 and not _resolution(m, atom):  # beyond 1e18: a code or a typo
                yield atom
        elif m.group("words"):
            yield from words_atoms(lex, m)


FULL_MARKS = {5, 10, 20, 100}  # the scales of a mark, whose top is a share of one ("5/5", "20/20")


def slash_atom(m: re.Match) -> Atom | None:
    """ "3/4" -> 0.75, "1/10 000" -> 0.0001: a share, its numerator below its denominator, or a full mark
    ("5/5", "20/20" -> 1). Not "24/24", "7/7", "6/2", "630/631" or "1999/2000" (two years), "12/2024" (a
    month), "3/04" (a day and a month)."""
    num, den = m.group("snum"), m.group("sden")
    if num[0] == "0" and num[:2] != "0," or den[0] == "0":
        return None
    a, b = digits_value(num), digits_value(den)
    if a == b and b in FULL_MARKS:
        return Atom(m.start(), m.end(), "slash", 1.0)
    if not a < b or b == a + 1 and a >= 100 or 1800 <= b <= 2100 and a <= 12:
        return None
    return Atom(m.start(), m.end(), "slash", a / b)


def _resolution(m: re.Match, atom: Atom) -> bool:
    """ "4K", "8K": a one-digit number with a glued K and no currency is a screen resolution, not 4 000."""
    return m.group("glued") in ("K", "k") and not atom.unit and digits_value(m.group("digits")) < 10


def vague_atom(lex: Lexicons, m: re.Match) -> Atom:
    """ "une dizaine" -> 10 (approx); "des milliers" -> at least 2000; "quelques dizaines" -> 20 to 90."""
    vague = lex.vague
    of = vague[m.group("vof").lower()[:-1]] if m.group("vof") else 1.0
    if m.group("vsing"):
        value = vague[m.group("vsing").lower()] * of
        # "une dizaine" is the figure; after "la", the noun alone ("à la dizaine d'adhérents")
        start = m.start("vsing") if m.group("vone").lower() in lex.words("vague_the") else m.start()
        return Atom(start, m.end(), "vague", value, value, value, qualifier="approx", noun_head=True)
    base = vague[m.group("vplur").lower()[:-1]] * of
    det = m.group("vdet").lower()
    high = 9 * base if det in lex.words("bounded_determiner") else None
    start = m.start("vplur") if det in lex.words("de") else m.start()  # "de dizaines de familles"
    return Atom(start, m.end(), "vague", None, 2 * base, high, qualifier="approx", noun_head=True)


def digits_atom(lex: Lexicons, m: re.Match) -> Atom:
    value = digits_value(m.group("digits"))
    if m.group("cents"):
        value += int(m.group("cents")) / 100  # "19€99"
    factor = 1.0
    if m.group("mult"):
        factor = lex.multipliers[m.group("mult")]
    if m.group("glued"):
        factor *= lex.glued[m.group("glued")]  # "100K", "1,2M"
    unit = unit_kind = None
    for sym in (m.group("unit"), m.group("pre")):
        if sym:
            unit, unit_kind, unit_factor = lex.units[sym]
            factor *= unit_factor
    value *= factor
    if m.group("half") and m.group("mult"):
        value += 0.5 * lex.multipliers[m.group("mult")]
    if m.group("sign"):
        value = -value
    plain = m.group("digits").isdigit() and not (m.group("mult") or m.group("unit") or m.group("pre"))
    plain = plain and not m.group("glued")
    plain = plain and not m.group("sign")
    atom = Atom(m.start(), m.end(), "digits", value, unit=unit, unit_kind=unit_kind, factor=factor)
    atom.plain, atom.noun_head = plain, m.group("mult") in lex.noun_multipliers
    return atom


def words_atoms(lex: Lexicons, m: re.Match) -> Iterator[Atom]:
    """The numbers of a run of number words ("deux trois" is two), the multiplier and unit on the last."""
    text = m.group("words")
    start = m.start("words")
    pieces = split_words(text, start)
    for i, (s, e, value) in enumerate(pieces):
        atom = Atom(s, e, "words", value)
        if i == len(pieces) - 1:
            factor = 1.0
            if m.group("mult"):
                factor = lex.multipliers[m.group("mult")]
                atom.end = m.end("mult")
            last_word = fold(text[s - start : e - start]).split()[-1].split("-")[-1]
            multiplier = m.group("mult") or (last_word if last_word in lex.multipliers else None)
            if m.group("half") and multiplier:
                atom.value = atom.value * factor + 0.5 * lex.multipliers[multiplier]
                atom.end = m.end("half")
            else:
                atom.value = atom.value * factor
            atom.factor = factor
            atom.noun_head = (m.group("mult") or last_word) in lex.noun_multipliers
            if m.group("unit"):
                atom.unit, atom.unit_kind, unit_factor = lex.units[m.group("unit")]
                atom.value *= unit_factor
                atom.end = m.end("unit")
        if i == 0 and m.group("pre"):
            atom.start = m.start()
            atom.unit, atom.unit_kind, unit_factor = lex.units[m.group("pre")]
            atom.value *= unit_factor
        yield atom
