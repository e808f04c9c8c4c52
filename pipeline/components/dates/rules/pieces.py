"""Named regex pieces for French temporal expressions, built once from the word lists in ``models/dates/``.

Spans never start with a preposition ("en", "depuis", "à partir de", "du"): TIMEX3 leaves it outside.
"""

from __future__ import annotations

from dataclasses import dataclass

from ...common.patterns import APOSTROPHE as APOS
from ...common.patterns import alternation
from ..lexicons import Lexicons

SP = r"[\s\u00a0\u202f]"  # a space, including the non-breaking ones of French typography
B = r"(?<![\w\-'’])"  # word start (not inside a word, a compound or after an elision)
BE = r"(?<![\w\-])"  # word start that may follow an elision ("l'été")
E = r"(?![\w])"  # word end

DAY = r"(?:1er|1re|premier|[12]\d|3[01]|0?[1-9])(?![\d])"
YEAR = r"(?<![\d][.,])(?<!\d\s)(?<!\d\u00a0)(?<!\d\u202f)(?:1[0-9]\d\d|20\d\d)(?![\d]|[.,]\d|\s\d{3}\b)"
SHORT_YEAR = (
    rf"{APOS}?\d\d(?=\s*[,.;:)»!?]|\s*$)"  # "octobre 98,", "10 novembre 93." (never "mai 15 personnes")
)
DIGITS = r"\d{1,3}(?:[\s\u00a0\u202f]\d{3})+(?![\d])|\d+(?:[,.]\d+)?"
LAST = r"derni(?:er|ère|ers|ères)|prochaine?s?|passée?s?"
PODS = r"matin|soir|après-midi|midi"  # after a day: "hier soir", "lundi matin"
OF = rf"(?:d{APOS}\s*|de\s+)"


@dataclass(frozen=True)
class Pieces:
    """The pieces made of lexicon words: alternations of months, weekdays, number words, units..."""

    month: str
    weekday: str
    numwords: str
    number: str
    unit: str
    pod: str
    season: str
    approx: str
    qual: str
    fuzz: str
    ordinal: str
    year_or_short: str
    last: str

    @classmethod
    def build(cls, lex: Lexicons) -> Pieces:
        numword = alternation(lex.numbers)
        numwords = rf"{numword}(?:(?:-|\s+)(?:et(?:-|\s+))?{numword})*"
        fuzz_words = alternation(lex.fuzz)
        return cls(
            month=alternation(lex.months),
            weekday=alternation(lex.weekdays) + "s?",
            numwords=numwords,
            number=rf"(?:{DIGITS}|{numwords})",
            unit=alternation(lex.units),
            pod=alternation(lex.parts_of_day),
            season=alternation(lex.seasons),
            approx=alternation(lex.approx),
            qual=alternation(lex.qualifiers),
            fuzz=(
                rf"(?P<fuzz>(?:(?:la|le)\s+|l{APOS}\s*)?(?:tout\s+)?{fuzz_words}"
                rf"(?:\s*-\s*|\s+(?:(?:de|du|des|d{APOS})\s*)?))"
            ),
            ordinal=alternation(lex.ordinals),
            year_or_short=rf"(?P<year>{YEAR}|{SHORT_YEAR})",
            last=rf"(?:\s+(?P<rel>{LAST}))?",
        )
