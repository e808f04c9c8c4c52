"""Named regex pieces for French temporal expressions, built once from the word lists in ``models/dates/``.

Each rule is one compiled pattern over the article text; its named groups are read by ``resolve.py``.
Spans never start with a preposition ("en", "depuis", "à partir de", "du"): TIMEX3 leaves it outside.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...resources import Resources
from ..common.patterns import APOSTROPHE as APOS
from ..common.patterns import alternation, fold

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
QUALIFIERS = {
    "environ": "APPROX",
    "près de": "APPROX",
    "quelque": "APPROX",
    "presque": "APPROX",
    "à peine": "APPROX",
    "plus de": "MORE_THAN",
    "bien plus de": "MORE_THAN",
    "un peu plus de": "MORE_THAN",
    "moins de": "LESS_THAN",
    "un peu moins de": "LESS_THAN",
    "au moins": "EQUAL_OR_MORE",
    "pas moins de": "EQUAL_OR_MORE",
    "au plus": "EQUAL_OR_LESS",
}
FUZZ_MODS = {"début": "START", "fin": "END", "mi": "MID", "milieu": "MID", "courant": None}


@dataclass(frozen=True)
class Lexicons:
    months: dict[str, int]
    weekdays: dict[str, int]
    units: dict[str, tuple[str, float]]
    terms: dict[str, str]
    parts_of_day: dict[str, str]
    seasons: dict[str, str]
    refs: dict[str, tuple[str, str]]
    sets: dict[str, str]
    numbers: frozenset[str]
    approx: dict[str, int]
    holidays: dict[str, str]
    holiday_heads: frozenset[str]
    duration_heads: frozenset[str]

    @classmethod
    def load(cls, res: Resources, folder: str) -> Lexicons:
        def table(name: str):
            return res.lexicon(f"{folder}/{name}")

        return cls(
            months={fold(r[0]): int(r[1]) for r in table("months.tsv")},
            weekdays={fold(r[0]): int(r[1]) for r in table("weekdays.tsv")},
            units={fold(r[0]): (r[1], float(r[2])) for r in table("units.tsv")},
            terms={fold(r[0]): r[1] for r in table("terms.tsv")},
            parts_of_day={fold(r[0]): r[1] for r in table("parts_of_day.tsv")},
            seasons={fold(r[0]): r[1] for r in table("seasons.tsv")},
            refs={fold(r[0]): (r[1], r[2]) for r in table("refs.tsv")},
            sets={fold(r[0]): r[1] for r in table("sets.tsv")},
            numbers=res.words(f"{folder}/numbers.tsv"),
            approx={fold(r[0]): int(r[1]) for r in table("approx_numbers.tsv")},
            holidays={fold(r[0]): r[1] for r in table("holidays.tsv")},
            holiday_heads=res.words(f"{folder}/holiday_heads.tsv"),
            duration_heads=res.words(f"{folder}/duration_heads.tsv"),
        )


def build_rules(lex: Lexicons) -> dict[str, re.Pattern]:
    """The rules, by name: one compiled pattern each (case-insensitive; case is checked in code)."""
    month = alternation(lex.months)
    weekday = alternation(lex.weekdays) + "s?"
    numword = alternation(lex.numbers)
    numwords = rf"{numword}(?:(?:-|\s+)(?:et(?:-|\s+))?{numword})*"
    number = rf"(?:{DIGITS}|{numwords})"
    unit = alternation(lex.units)
    pod = alternation(lex.parts_of_day)
    season = alternation(lex.seasons)
    approx = alternation(lex.approx)
    qual = alternation(QUALIFIERS)
    fuzz = (
        r"(?P<fuzz>(?:(?:la|le)\s+)?(?:tout\s+)?(?:début|fin|milieu|mi|courant)"
        rf"(?:\s*-\s*|\s+(?:(?:de|du|des|d{APOS})\s*)?))"
    )
    of = rf"(?:d{APOS}\s*|de\s+)"
    ordinal = r"(?:premier|deuxième|second|troisième|quatrième|dernier|1er|2e|3e|4e)"
    quarter_ord = r"premier|1er|second|deuxième|2e|2ème|troisième|3e|3ème|quatrième|4e|4ème|dernier"
    year_or_short = rf"(?P<year>{YEAR}|{SHORT_YEAR})"
    last = rf"(?:\s+(?P<rel>{LAST}))?"
    pods = r"matin|soir|après-midi|midi"
    rules = {
        # le mercredi 1er mai 2002, samedi 4 janvier, le 6 mai dernier, 13 avril prochains, 10 novembre 93
        "full_date": rf"{B}(?P<det>(?:le|ce)\s+)?(?:(?P<wd>{weekday})\s+)?(?P<day>{DAY})\s+(?P<month>{month})"
        rf"(?:\s+{year_or_short})?{last}{E}",
        # "les 6" in "les 6 et 13 avril", "3" in "du 3 au 6 avril": the month comes from the next date
        "day_list": rf"{B}(?P<det>(?:le|les)\s+)?(?:(?P<wd>{weekday})\s+)?(?P<day>{DAY})"
        rf"(?=\s*(?:,|et|ou|au|à|-|–)\s*(?:le\s+)?(?:{weekday}\s+)?(?:{DAY}\s*(?:,|et|ou)\s*)*{DAY}\s+"
        rf"(?P<month>{month})(?:\s+(?P<year>{YEAR}))?{last}{E})",
        # 3/03/2025, 03.03.2025, 2025-03-03
        "numeric_date": rf"{B}(?P<det>le\s+)?(?:(?P<wd>{weekday})\s+)?"
        r"(?:(?P<d>[0-3]?\d)/(?P<m>[01]?\d)/(?P<y>\d{4}|\d\d)|(?P<d2>[0-3]?\d)\.(?P<m2>[01]?\d)\.(?P<y2>\d{4})"
        r"|(?P<y3>\d{4})-(?P<m3>[01]\d)-(?P<d3>[0-3]\d))(?![\d/.]\d)",
        # juin 2024, (le) mois de juin, octobre 98, septembre dernier, fin mars, mi-juin
        "month": rf"{BE}{fuzz}?(?P<det>(?:le\s+)?mois\s+{of})?(?P<month>{month})"
        rf"(?:\s+{year_or_short}|\s+(?P<rel>{LAST}))?{E}",
        # 2022, l'année 2001, l'an 2000, fin 2024, mi-2024
        "year": rf"(?:{BE}|(?<=\d-)){fuzz}?(?P<det>(?:l{APOS}\s*)?(?:année|an)\s+)?(?P<year>{YEAR}){E}",
        # les années 1990, années 90, fin des années 1980
        "decade": rf"{BE}{fuzz}?(?P<det>(?:les|des)\s+)?années\s+(?P<dec>(?:1[0-9]|20)?\d0){E}",
        # le XXe siècle, début du XIXe siècle
        "century": rf"{BE}{fuzz}?(?P<det>(?:le|ce)\s+)?(?P<c>[XVI]{{1,5}}|\d{{1,2}})(?:e|è|ème|eme)"
        rf"\s+siècle{E}",
        # l'été 2001, en été, au printemps, cet hiver, l'automne dernier, les mois d'été, fin de l'été
        "season": rf"{BE}{fuzz}?(?P<det>l{APOS}\s*|le\s+|cet?\s+|les\s+mois\s+d{APOS}\s*)?"
        rf"(?P<season>{season})(?:\s+(?P<year>{YEAR})|\s+(?P<rel>{LAST}))?{E}",
        # le premier trimestre (2024), au cours du second semestre, le trimestre dernier
        "quarter": rf"{BE}{fuzz}?(?P<det>(?:le|ce)\s+)?(?:(?P<ord>{quarter_ord})\s+)?"
        rf"(?P<unit>trimestre|semestre)"
        rf"(?:\s+(?:de\s+l{APOS}année\s+)?(?P<year>{YEAR})|\s+(?P<rel>{LAST}|en\s+cours))?{E}",
        # hier, aujourd'hui vendredi, demain matin, avant-hier soir
        "relday": rf"{B}(?P<rel>avant-hier|après-demain|aujourd{APOS}\s*hui|hier|demain)"
        rf"(?:\s+(?P<wd>{weekday}))?"
        rf"(?:\s+(?:(?P<pod>{pods})|(?P<day>{DAY})\s+(?P<month>{month})(?:\s+(?P<year>{YEAR}))?))?{E}",
        # lundi, lundi dernier, ce même lundi après-midi, le mercredi, tous les jeudis, les deuxième et
        # quatrième jeudis, chaque lundi
        "weekday": rf"{B}(?P<det>(?:ce|le|les|tous\s+les|chaque)\s+"
        rf"(?:même\s+|(?:{ordinal}s?\s+(?:et|ou)\s+)?{ordinal}s?\s+)?)?(?P<wd>{weekday})"
        rf"(?:\s+(?P<rel>{LAST}|suivant|précédent|d{APOS}avant|d{APOS}après))?(?:\s+(?P<pod>{pods}))?{E}",
        # cette semaine, la semaine prochaine, l'an dernier, ce week-end, le mois suivant, la même année,
        # fin d'année, la nouvelle année
        "unit_ref": rf"{BE}{fuzz}?(?:(?P<det>cette|cet|ce|la|le|les)\s+|(?P<det2>l{APOS})\s*)?"
        rf"(?P<same>même\s+|nouvelle\s+)?(?P<unit>semaine|mois|année|an|week-end|siècle|décennie|jour)"
        rf"(?:\s*-\s*(?P<ci>ci|là))?(?:\s+(?P<rel>{LAST}|suivante?|précédente?|en\s+cours|écoulée?|même))?{E}",
        # cet après-midi, la nuit, dans la soirée, le matin même, fin de matinée ("hier soir" is relday)
        "part_of_day": rf"{BE}{fuzz}?(?:(?P<det>ce|cet|cette|la|le)\s+|(?P<det2>l{APOS})\s*)?(?P<pod>{pod})"
        rf"(?:\s*(?P<rel>même|-\s*là|dernière|précédente|suivante))?{E}",
        # la nuit de samedi à dimanche
        "night": rf"{B}(?P<det>la\s+)?nuit\s+(?:de|du)\s+(?P<wd>{weekday})\s+(?:à|au)\s+(?P<wd2>{weekday})"
        rf"(?:\s+(?P<day>{DAY})\s+(?P<month>{month})(?:\s+(?P<year>{YEAR}))?)?{E}",
        # la veille, le lendemain (au soir)
        "next_day": rf"{B}(?P<w>la\s+veille|l{APOS}avant-veille|le\s+lendemain|le\s+surlendemain)"
        rf"(?:\s+(?P<pod>au\s+soir|au\s+matin|matin|soir))?{E}",
        # ce moment-là, ce jour-là, cette nuit-là
        "that_time": rf"{B}(?P<det>ce|cette)\s+(?P<unit>moment|jour|heure|époque|nuit|soir|matin)"
        rf"\s*-?\s*là{E}",
        # 14 h, 20 h 30, 14h30, 8 heures du soir, 14 heures 30, midi, minuit, 14:30
        "clock": rf"{B}(?:(?P<h>[01]?\d|2[0-4])\s*(?P<hmark>h|heures?)"
        r"(?:\s*(?P<m>[0-5]\d)(?:\s*(?:min|mn)\b)?)?"
        rf"|(?P<hw>{numwords})\s+(?P<hmark2>heures?)"
        rf"(?:\s+(?P<mw>{numwords}|et\s+demie|et\s+quart|moins\s+le\s+quart))?"
        rf"|(?P<noon>midi|minuit)(?:\s+(?P<nm>et\s+demie|et\s+quart|[0-5]\d))?"
        rf"|(?P<hc>[01]?\d|2[0-3]):(?P<mc>[0-5]\d))"
        rf"(?:\s+(?P<ampm>du\s+matin|du\s+soir|de\s+l{APOS}après-midi))?{E}",
        # trois ans, 30,4 secondes, plusieurs mois, environ une heure, une dizaine de jours, deux ans et demi
        "duration": rf"{B}(?:(?P<qual>{qual})\s+)?"
        rf"(?:(?P<num>{number})|(?P<vague>quelques|plusieurs|des|de\s+(?:nombreux|nombreuses|longs|longues))"
        rf"|(?:une?|la)\s+(?P<approx>{approx})\s+{of}|(?:un|une)\s+(?P<frac>demi|quart)(?:\s*-\s*|\s+{of})"
        rf"|(?P<qn>{number})\s+quarts\s+{of})\s*(?P<unit>{unit})(?:\s+et\s+(?P<half>demie?|quart))?{E}",
        # ces derniers jours, les dix dernières années, les prochaines semaines
        "last_n": rf"{B}(?P<det>ces|les|des|ses|leurs)\s+(?:(?P<num>{number})\s+)?"
        rf"(?P<rel>derniers|dernières|prochains|prochaines)\s+(?P<unit>{unit}){E}",
        # chaque année, tous les deux ans, tous les jours, toutes les heures, chaque matin
        "every": rf"{B}(?P<q>chaque|tous\s+les|toutes\s+les)\s+(?:(?P<num>{number})\s+)?"
        rf"(?P<unit>{unit}|{pod}s?){E}",
        # toute l'année, toute la journée, tout le mois
        "whole": rf"{B}(?P<q>toute\s+l{APOS}\s*|toute\s+la\s+|tout\s+le\s+)"
        rf"(?P<unit>année|journée|semaine|mois|week-end){E}",
        # "mois" in "5 000 drones par mois" (the preposition stays outside)
        "per": rf"(?<=\bpar\s)(?P<unit>an|année|mois|semaine|jour|trimestre|semestre|nuit|week-end){E}",
        # quotidien, annuel, hebdomadaire (adjectives only), quotidiennement
        "frequency": rf"{B}(?P<word>{alternation(lex.sets)}){E}",
        # désormais, actuellement, auparavant, récemment, à l'avenir...
        "ref": rf"{BE}(?P<word>{alternation(lex.refs)}){E}",
        # "ici" in "d'ici à dix ans", "d'ici 2025"
        "ici": rf"(?<=\bd{APOS})ici{E}",
        # quinquennat, septennat
        "term": rf"{B}(?P<word>{alternation(lex.terms)}){E}",
        # à Noël, avant la Toussaint
        "holiday": rf"{B}(?P<word>{alternation(lex.holidays)})(?:\s+(?P<year>{YEAR}))?{E}",
    }
    return {name: re.compile(pattern, re.IGNORECASE) for name, pattern in rules.items()}


def build_triggers(lex: Lexicons) -> dict[str, tuple[str, ...]]:
    """Words one of which must appear (lower-cased) in the text for a rule to be worth running."""
    months = tuple(lex.months)
    weekdays = tuple(lex.weekdays)
    return {
        "full_date": months,
        "day_list": months,
        "month": months,
        "numeric_date": ("/", ".", "-"),
        "night": ("nuit",),
        "relday": ("hier", "demain", "aujourd"),
        "weekday": weekdays,
        "decade": ("années",),
        "century": ("siècle",),
        "season": tuple(lex.seasons),
        "quarter": ("trimestre", "semestre"),
        "part_of_day": tuple(lex.parts_of_day),
        "next_day": ("veille", "lendemain"),
        "that_time": ("là",),
        "last_n": ("dernier", "dernière", "prochain"),
        "every": ("chaque", "tous les", "toutes les"),
        "whole": ("tout",),
        "per": ("par ",),
        "frequency": ("quotidi", "journali", "hebdo", "mensuel", "trimestriel", "semestriel", "annuel"),
        "ici": ("ici",),
        "term": tuple(lex.terms),
        "holiday": ("noël", "toussaint", "nouvel an", "saint-"),
    }


def build_checks(lex: Lexicons) -> dict[str, re.Pattern]:
    """Patterns that look at the text after a match rather than find one."""
    numword = alternation(lex.numbers)
    starts = rf"\d|la\s+fin|le\s|l{APOS}|la\s|là|peu\b|quelques|demain|début|fin\b|mi-|cet?t?e?\s|{numword}\b"
    return {
        # "d'ici" followed by a time: "d'ici à dix ans", "d'ici 2025", "d'ici la fin de l'année"
        "ici_next": re.compile(
            rf"\s*(?:(?:à|au|aux)\s+)?(?:{starts}|{alternation(lex.months)}|{alternation(lex.weekdays)})",
            re.IGNORECASE,
        ),
    }
