"""The word lists of the date rules, read once from ``models/dates/`` (and ``models/shared/``) through the
component's ``Resources``, so that they are saved with the pipeline."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...resources import Resources
from ..common.patterns import ends_with, fold

AGE_VERBS = "shared/age_verbs.tsv"


@dataclass(frozen=True)
class Lexicons:
    months: dict[str, int]
    english_months: dict[str, int]  # read only in English citations: "October 4, 2001"
    weekdays: dict[str, int]
    units: dict[str, tuple[str, float]]
    terms: dict[str, str]
    parts_of_day: dict[str, str]
    meals: dict[str, str]  # the meal whose hour is a part of the day: "l'heure du déjeuner" -> MI
    seasons: dict[str, str]
    decades: dict[str, str]  # a decade in words: "soixante-dix" -> 197
    refs: dict[str, tuple[str, str]]
    ref_checks: dict[str, str]  # ref form -> the words one of which must precede it, or "@check"
    sets: dict[str, str]
    numbers: frozenset[str]
    approx: dict[str, int]
    holidays: dict[str, str]
    holiday_heads: frozenset[str]
    duration_heads: frozenset[str]
    age_verbs: tuple[tuple[str, ...], ...]  # models/shared/age_verbs.tsv, read by the age rule
    qualifiers: dict[str, str]
    fuzz: dict[str, str | None]
    ordinals: dict[str, int]
    relative_days: dict[str, int]
    relative_refs: dict[str, str]
    next_days: dict[str, int]
    cues: dict[str, frozenset[str]]  # role -> words (cues.tsv)
    tense: dict[str, frozenset[str]]  # role -> words (tense.tsv)

    @classmethod
    def load(cls, res: Resources, folder: str) -> Lexicons:
        def table(name: str):
            return res.lexicon(f"{folder}/{name}")

        def roles(name: str) -> dict[str, frozenset[str]]:
            found: dict[str, set[str]] = {}
            for form, role in table(name):
                found.setdefault(role, set()).add(fold(form))
            return {role: frozenset(words) for role, words in found.items()}

        refs = table("refs.tsv")
        relative = table("relative_days.tsv")
        return cls(
            months={fold(r[0]): int(r[1]) for r in table("months.tsv")},
            english_months={fold(r[0]): int(r[1]) for r in table("english_months.tsv")},
            weekdays={fold(r[0]): int(r[1]) for r in table("weekdays.tsv")},
            units={fold(r[0]): (r[1], float(r[2])) for r in table("units.tsv")},
            terms={fold(r[0]): r[1] for r in table("terms.tsv")},
            parts_of_day={fold(r[0]): r[1] for r in table("parts_of_day.tsv")},
            meals={fold(r[0]): r[1] for r in table("meals.tsv")},
            seasons={fold(r[0]): r[1] for r in table("seasons.tsv")},
            decades={fold(r[0]): r[1] for r in table("decades.tsv")},
            refs={fold(r[0]): (r[1], r[2]) for r in refs},
            ref_checks={fold(r[0]): r[3] for r in refs if len(r) > 3 and r[3]},
            sets={fold(r[0]): r[1] for r in table("sets.tsv")},
            numbers=res.words(f"{folder}/numbers.tsv"),
            approx={fold(r[0]): int(r[1]) for r in table("approx_numbers.tsv")},
            holidays={fold(r[0]): r[1] for r in table("holidays.tsv")},
            holiday_heads=res.words(f"{folder}/holiday_heads.tsv"),
            duration_heads=res.words("shared/duration_heads.tsv"),
            age_verbs=res.lexicon(AGE_VERBS),
            qualifiers={fold(r[0]): r[1] for r in table("qualifiers.tsv")},
            fuzz={fold(r[0]): (r[1] if len(r) > 1 and r[1] else None) for r in table("fuzz.tsv")},
            ordinals={fold(r[0]): int(r[1]) for r in table("ordinals.tsv")},
            relative_days={fold(r[0]): int(r[1]) for r in relative},
            relative_refs={fold(r[0]): r[2] for r in relative if len(r) > 2 and r[2]},
            next_days={fold(r[0]): int(r[1]) for r in table("next_days.tsv")},
            cues=roles("cues.tsv"),
            tense=roles("tense.tsv"),
        )

    def words(self, role: str) -> frozenset[str]:
        """The words of one role of cues.tsv."""
        return self.cues[role]

    def ends_with(self, role: str) -> re.Pattern:
        """A text ending with one of the role's words (as a whole word at its start): "... il y a"."""
        return ends_with(self.cues[role])
