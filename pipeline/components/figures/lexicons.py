"""The data files of ``models/figures/`` (and the shared number words), read once per resources folder into
the word sets and regexes the rules use."""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass

from ...resources import Resources
from ..common.ages import AgeCues
from ..common.patterns import alternation
from .patterns import Patterns

NUMBER_WORDS = "shared/number_words.tsv"
DURATION_HEADS = "shared/duration_heads.tsv"
AGE_VERBS = "shared/age_verbs.tsv"
# Where a qualifier or cue phrase may start: at the start, or after a space, an apostrophe, "(" or a quote.
PHRASE = r"(?:^|(?<=[\s'(«\"]))"


def _with_apostrophes(word: str) -> set[str]:
    """Both apostrophes of an elided word: "d'" -> {"d'", "d’"}."""
    return {word, word.replace("'", "’")}


@dataclass(frozen=True)
class Lexicons:
    patterns: Patterns
    grammar: dict[str, frozenset[str]]  # role -> words (grammar.tsv)
    multipliers: dict[str, float]
    glued: dict[str, float]  # "100K", "1,2M"
    noun_multipliers: frozenset[str]
    units: dict[str, tuple[str, str, float]]
    unit_nouns: dict[str, str]
    unaccented_units: dict[str, str]  # "metre" -> mètre: units as the web writes them without accents
    qualifiers_before: re.Pattern
    qualifiers_after: re.Pattern
    qualifiers_tail: re.Pattern
    qualifier_of: dict[str, str]
    vague: dict[str, float]
    fractions: dict[str, float]
    identifier_heads: frozenset[str]
    street_after: re.Pattern
    time_after: frozenset[str]
    time_before: frozenset[str]
    weekdays: frozenset[str]
    age_before: re.Pattern
    duration_heads: frozenset[str]
    age_cues: AgeCues  # the age-versus-duration rule shared with news_dates
    score_cues: frozenset[str]
    one_nouns: frozenset[str]
    per_nouns: dict[str, str]
    per_adjectives: dict[str, str]
    unit_lemmas: dict[str, str]
    compound_units: frozenset[str]
    change_words: frozenset[str]
    set_phrases: re.Pattern  # "aux quatre coins": numbers that count nothing
    factor_before: re.Pattern  # "multiplié par" before a number: a factor, unit fois
    number_ahead: re.Pattern  # a number starting right after a qualifier said after the figure
    range_open: re.Pattern  # "de"/"entre" between a qualifier and a range ("plus de 2 à 3")
    approx_open: re.Pattern  # "à"/"de" between "environ" and a number ("environ à huit")
    minus_before: re.Pattern  # "moins" right before a number ("moins 5 degrés")
    not_minus_before: re.Pattern  # ... unless it is "au moins", "pas moins"

    def words(self, role: str) -> frozenset[str]:
        return self.grammar[role]

    @classmethod
    def load(cls, res: Resources, folder: str) -> Lexicons:
        def rows(name: str) -> tuple[tuple[str, ...], ...]:
            return res.lexicon(f"{folder}/{name}")

        by_role: dict[str, set[str]] = defaultdict(set)
        for word, role in rows("grammar.tsv"):
            by_role[role] |= _with_apostrophes(word)
        by_role["coordination"] = by_role["and"] | by_role["or"]
        grammar = {role: frozenset(words) for role, words in by_role.items()}
        multipliers = {form: float(factor) for form, factor, pos in rows("multipliers.tsv") if pos != "glued"}
        glued = {form: float(factor) for form, factor, pos in rows("multipliers.tsv") if pos == "glued"}
        units = {form: (unit, kind, float(factor)) for form, unit, kind, factor, _ in rows("units.tsv")}
        units_after = [form for form, *_, pos in rows("units.tsv") if pos in ("after", "both")]
        units_before = [form for form, *_, pos in rows("units.tsv") if pos in ("before", "both")]
        vague = {noun: float(value) for noun, value in rows("vague.tsv")}
        fractions = {noun: float(den) for noun, den in rows("fractions.tsv")}
        patterns = Patterns.build(
            number_words=res.words(NUMBER_WORDS),
            multipliers=list(multipliers),
            glued=list(glued),
            units_after=units_after,
            units_before=units_before,
            vague=list(vague),
            fractions=list(fractions),
            grammar=grammar,
        )
        quals = rows("qualifiers.tsv")
        before = [p for p, _, pos in quals if pos == "before"]
        after = [p for p, _, pos in quals if pos == "after"]
        tail = [p for p, _, pos in quals if pos == "tail"]
        qualifier_of = {(p, pos): q for p, q, pos in quals}
        streets = res.words(f"{folder}/street_types.tsv")
        ages = rows("age_cues.tsv")
        times = rows("time_words.tsv")
        per = rows("per_words.tsv")
        suffixes = alternation(grammar["street_suffix"], loose=False)
        return cls(
            patterns=patterns,
            grammar=grammar,
            multipliers=multipliers,
            glued=glued,
            noun_multipliers=frozenset(form for form, _, pos in rows("multipliers.tsv") if pos == "noun"),
            units=units,
            unit_nouns={lemma: kind for lemma, kind in rows("unit_nouns.tsv")},
            unaccented_units={
                plain: lemma for lemma, _ in rows("unit_nouns.tsv") if (plain := _unaccented(lemma)) != lemma
            },
            qualifiers_before=re.compile(rf"{PHRASE}(?P<q>{alternation(before)})\s*$"),
            qualifiers_after=re.compile(rf"^\s*(?P<q>{alternation(after)})(?![\w-])"),
            qualifiers_tail=re.compile(rf"^\s+(?P<q>{alternation(tail)})(?![\w-])"),
            qualifier_of={f"{pos}:{p}": q for (p, pos), q in qualifier_of.items()},
            vague=vague,
            fractions=fractions,
            identifier_heads=res.words(f"{folder}/identifier_heads.tsv"),
            street_after=re.compile(rf"^\s*(?:{suffixes}\b)?\s*,?\s*{alternation(streets)}(?![\w-])", re.I),
            time_after=frozenset(w for w, pos in times if pos in ("after", "both")),
            time_before=frozenset(w for w, pos in times if pos in ("before", "both")),
            weekdays=frozenset(w for w, pos in times if pos == "weekday"),
            age_before=re.compile(rf"{PHRASE}(?:{alternation([p for p, k in ages if k == 'before'])})\s*$"),
            duration_heads=frozenset(p for p, k in ages if k == "duration_head"),
            age_cues=AgeCues(
                [p for p, k in ages if k == "not_after"],
                by_role["group_determiner"],
                [p for p, k in ages if k == "possessive"],
                [p for p, k in ages if k == "not_head"],
                res.words(DURATION_HEADS) | {p for p, k in ages if k == "duration_head"},
                res.lexicon(AGE_VERBS),
            ),
            score_cues=res.words(f"{folder}/score_cues.tsv"),
            one_nouns=res.words(f"{folder}/one_nouns.tsv"),
            per_nouns={w: v for w, k, v in per if k == "noun"},
            per_adjectives={w: v for w, k, v in per if k == "adjective"},
            unit_lemmas=dict(rows("unit_lemmas.tsv")),
            compound_units=res.words(f"{folder}/compound_units.tsv"),
            change_words=res.words(f"{folder}/change_words.tsv"),
            set_phrases=re.compile(
                rf"(?<![\w-]){alternation(res.words(f'{folder}/set_phrases.tsv'))}(?![\w-])"
            ),
            factor_before=re.compile(
                rf"{PHRASE}{alternation([w for w, pos in rows('factor_words.tsv') if pos == 'before'])}\s*$"
            ),
            number_ahead=re.compile(rf"\s*(?:[-−]?\d|{alternation(by_role['number_ahead'], loose=False)}\b)"),
            range_open=_opening(by_role["range_open"]),
            approx_open=_opening(by_role["approx_open"]),
            minus_before=re.compile(rf"\b{alternation(by_role['minus'], loose=False)}\s+$"),
            not_minus_before=re.compile(
                rf"\b{alternation(by_role['not_minus'], loose=False)}\s+"
                rf"{alternation(by_role['minus'], loose=False)}\s+$"
            ),
        )


def _unaccented(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def _opening(words) -> re.Pattern:
    """Words at the end of a text, cut off to find a qualifier before them: "de " or "d'" in "plus de"."""
    elided = [w for w in words if w.endswith("'")]
    full = [w for w in words if not w.endswith(("'", "’"))]
    return re.compile(rf"(?:\b{alternation(full, loose=False)}\s+|{alternation(elided, loose=False)})$")
