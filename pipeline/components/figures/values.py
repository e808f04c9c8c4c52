"""Reading the value of a number as written: French digits ("25 000", "25.000", "6 700,54") and number words
(through text2num: "vingt-cinq mille", "un million deux cent mille")."""

from __future__ import annotations

import re

from text_to_num import text2num

from .patterns import DOTTED

_SPACES = re.compile("[ \u00a0\u202f]+")
_DOTTED = re.compile(rf"{DOTTED}(?:,\d+)?")


def digits_value(text: str) -> float:
    """ "25 000" -> 25000.0, "25.000" -> 25000.0, "6 700,54" -> 6700.54, "41,67" -> 41.67."""
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


def split_words(text: str, start: int) -> list[tuple[int, int, float]]:
    """Cut a run of number words into the numbers it holds, left to right, each as long as text2num reads it:
    "deux trois" -> [(deux), (trois)]. Returns (start, end, value) with offsets shifted by ``start``."""
    pieces = [(m.start(), m.end(), m.group().lower()) for m in re.finditer(r"[^\s\u00a0\u202f-]+", text)]
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
