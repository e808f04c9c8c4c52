"""Reading a French number as written: digits with French grouping and decimals ("25 000", "25.000",
"6 700,54"), number words through text2num ("vingt-cinq mille", "un million deux cent mille") and Roman
numerals ("XIV"). Shared by the figures and dates components; which words are number words is the data file
``models/shared/number_words.tsv``.
"""

from __future__ import annotations

import re

from text_to_num import text2num

SPACE = "[ \u00a0\u202f]"  # the spaces French typography groups digits with
# ASCII digits only; a run of more than 15 digits is a serial number, not a quantity.
GROUPED = rf"[1-9][0-9]{{0,2}}(?:{SPACE}[0-9]{{3}})+"
DOTTED = r"[1-9][0-9]{0,2}(?:\.[0-9]{3})+"
# A dot is a decimal point when it is not a thousands separator ("0.27", "1.5", "12.50"; "1.500" is 1500).
DOT_DECIMAL = r"[0-9]{1,15}\.[0-9]{1,6}"
NUMBER = rf"(?:(?:{GROUPED}|{DOTTED}|[0-9]{{1,15}})(?:,[0-9]{{1,6}})?|{DOT_DECIMAL})"

_SPACES = re.compile(f"{SPACE}+")
_DOTTED = re.compile(rf"{DOTTED}(?:,\d+)?")
_WORD = re.compile(r"[^\s\u00a0\u202f-]+")
ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
_ROMAN = re.compile(r"M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")


def digits_value(text: str) -> float:
    """ "25 000" -> 25000.0, "25.000" -> 25000.0, "6 700,54" -> 6700.54, "41,67" -> 41.67, "0.27" -> 0.27."""
    text = _SPACES.sub("", text)
    if _DOTTED.fullmatch(text):
        text = text.replace(".", "")
    return float(text.replace(",", "."))


def words_value(text: str) -> float | None:
    """ "vingt-cinq mille" -> 25000.0; None when the words do not make one number ("trois quatre")."""
    try:
        return float(text2num(_SPACES.sub(" ", text.lower()).strip(), "fr"))
    except ValueError:
        return None


def roman_value(text: str) -> int | None:
    """ "XIV" -> 14, "MCMXCIX" -> 1999; None when the letters are not a well-formed Roman numeral."""
    upper = text.upper()
    if not upper or not _ROMAN.fullmatch(upper):
        return None
    total, prev = 0, 0
    for ch in reversed(upper):
        v = ROMAN[ch]
        total += -v if v < prev else v
        prev = max(prev, v)
    return total


def split_words(text: str, start: int) -> list[tuple[int, int, float]]:
    """Cut a run of number words into the numbers it holds, left to right, each as long as text2num reads it:
    "deux trois" -> [(deux), (trois)]. Returns (start, end, value) with offsets shifted by ``start``."""
    pieces = [(m.start(), m.end(), m.group().lower()) for m in _WORD.finditer(text)]
    found = []
    i = 0
    while i < len(pieces):
        if pieces[i][2] == "et":
            i += 1
            continue
        best = None
        for j in range(len(pieces), i, -1):
            if pieces[j - 1][2] == "et":
                continue
            value = words_value(text[pieces[i][0] : pieces[j - 1][1]])
            if value is not None:
                best = (j, value)
                break
        if best is None:
            i += 1
            continue
        j, value = best
        found.append((start + pieces[i][0], start + pieces[j - 1][1], value))
        i = j
    return found
