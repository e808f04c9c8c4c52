"""Regular expressions for numbers in French news text, built once from the lexicons in ``models/figures/``.

One pass of ``Patterns.figure`` over ``doc.text`` finds every candidate number phrase ("atom"):

- ``phone``: a French phone number ("03 29 88 43 12", "03.29.88.43.12"), matched only to be skipped;
- ``vague``: a vague magnitude ("une dizaine", "des milliers", "quelques dizaines de milliers");
- ``fraction``: "deux tiers", "un quart", "un demi";
- ``slash``: a fraction written in digits ("3/4", "14/20", "1/10 000"), not one piece of a date or a code
  ("25/01/06", "1/04/289/001");
- ``digits``/``words``: digits with French grouping ("25 000", "25.000", "6 700,54") or number words
  ("vingt-cinq mille"), then an optional multiplier ("2,5 millions"), "et demi", and an attached symbol or
  unit abbreviation before or after ("$10", "12 %", "150 MF", "30 km").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..common.numbers import GROUPED, NUMBER, SPACE
from ..common.patterns import alternation

# A number does not continue a word, an identifier or another number ("A380", "03.29", "24/24", 1'32").
BEFORE_NUMBER = r"(?<![\w.,/'’])"
# ... nor go on into digits or letters ("35e", "1er", "U17" are not quantities).
AFTER_NUMBER = r"(?!\d|[.,'’]\d|/\d)"
# A figure's digits do not follow a clock or lap time ("2:00.531") nor a letter and a hyphen ("CA-14",
# "STS-101": a code), and do not go on into a hyphen and a letter ("4-temps", "5-étoiles").
FIGURE_BEFORE = r"(?<![\w.,/'’:])(?<![^\W\d_]-)"
FIGURE_AFTER = r"(?!:\d|-[^\W\d_])"
# Before anything else (words may follow an elided article: "d'une centaine", "d'un million").
BEFORE_WORD = r"(?<![\w.,/])"

# A fraction in digits: numerator and denominator, neither going on into another slash or number.
SLASH = (
    rf"{FIGURE_BEFORE}(?P<snum>[0-9]{{1,6}}(?:,[0-9]{{1,3}})?)/(?P<sden>{GROUPED}|[0-9]{{1,7}})"
    r"(?![0-9/]|[.,][0-9]|[^\W\d_])"
)

# Digits grouped by spaces, which spaCy splits into tokens ("25 000", "6 700,54"): news_numbers merges them.
GROUPED_NUMBER = re.compile(rf"{BEFORE_NUMBER}{GROUPED}(?:,\d+)?(?![\w]|[.,]\d)")

PHONE = (
    rf"(?:(?:\+33{SPACE}?(?:\(0\){SPACE}?)?|0)[1-9](?:[ .\-\u00a0]?\d{{2}}){{4}}"  # 03 29 88 43 12, +33 3 ...
    rf"|0{SPACE}?8\d\d(?:[ .\u00a0]\d\d\d?){{2,3}})(?![\w])"  # 0 800 123 456, 0 800 12 34 56
)


@dataclass(frozen=True)
class Patterns:
    figure: re.Pattern

    @classmethod
    def build(
        cls, number_words, multipliers, glued, units_after, units_before, vague, fractions, grammar
    ) -> Patterns:
        """``grammar``: role -> words, from ``grammar.tsv``."""

        def words_of(role: str) -> str:
            return alternation(grammar[role], loose=False, flags="i")

        word = alternation(number_words, loose=False)
        words = rf"(?<![\w-]){word}(?:(?:{SPACE}+|-)(?:et(?:{SPACE}+|-))?{word})*(?![\w-])"
        # a currency symbol or a metre may be followed by the hundredths: "19€99", "1$50", "1m85"
        cents = r"(?:(?<=[€$£m])(?P<cents>\d\d)(?!\d))?"
        hundredths = r"(?:(?<=[€$£m])\d\d(?!\d))?"
        # not a letter going on into a hyphen and digits: "un F-16", "deux AK-47" name models, not francs
        unit_after = rf"(?P<unit>{alternation(units_after, loose=False)}){cents}(?![\w'’]|-\d)"
        unit_before = rf"(?P<pre>{alternation(units_before, loose=False)}){SPACE}?(?=[-−]?\d)"
        # A unit written without a space ("30km", "20€") is the only letter allowed to touch the digits.
        # a glued multiplier ends the word, or comes before a currency symbol ("10K$"; "3kg" is 3 kg)
        glued_form = rf"{alternation(glued, loose=False)}(?=[^\w'’]|$)"
        touching_unit = rf"{alternation(units_after, loose=False)}{hundredths}(?![\w'’])"
        letters_ok = rf"(?:(?![^\W\d_])|(?={touching_unit})|(?={glued_form}))"
        glued_re = rf"(?P<glued>{glued_form})"
        sign = r"(?P<sign>[-−](?=\d))?(?<![^\W\d_]-)"
        digits = rf"{sign}(?P<digits>{NUMBER}){AFTER_NUMBER}{FIGURE_AFTER}{letters_ok}"
        singular = [v for v in vague if not v.startswith("milli") or v == "millier"]
        plural = [v + "s" for v in vague]
        determiners = words_of("vague_determiner")
        vague_re = (
            rf"(?<![\w-])(?:(?P<vone>{words_of('vague_one')}|{words_of('vague_the')}){SPACE}+(?:{words_of('vague_adjective')}{SPACE}+)?"
            rf"(?P<vsing>{alternation(singular, loose=False, flags='i')})"
            rf"|(?P<vdet>{determiners}){SPACE}+(?P<vplur>{alternation(plural, loose=False, flags='i')}))"
            rf"(?:{SPACE}+d(?:e{SPACE}+|['’])(?P<vof>(?i:milliers|millions|milliards)))?(?![\w-])"
        )
        fraction_re = (
            rf"(?<![\w-])(?P<fnum>{words_of('fraction_number')}|{words_of('fraction_article')}){SPACE}+"
            rf"(?P<fden>{alternation(fractions, loose=False, flags='i')})(?![\w-])"
        )
        figure_re = (
            rf"(?:(?:{unit_before}|{FIGURE_BEFORE}){digits}{glued_re}?|(?P<words>(?i:{words})))"
            rf"(?:{SPACE}+(?P<mult>{alternation(multipliers, loose=False)})(?![\w-]))?"
            rf"(?P<half>{SPACE}+et{SPACE}+{alternation(grammar['half'], loose=False)}(?![\w-]))?"
            rf"(?:{SPACE}?{unit_after})?"
        )
        full = (
            rf"{BEFORE_WORD}(?:(?P<phone>{PHONE})|(?P<vague>{vague_re})|(?P<fraction>{fraction_re})|(?P<slash>{SLASH})"
            rf"|(?P<figure>{figure_re}))"
        )
        return cls(figure=re.compile(full))
