"""Try the rules only where a match can start, with exactly the matches ``finditer`` would give.

``finditer`` tries a rule's regex at every position of the article, though few words can start a date.
A prefilter names the rule's *anchors*, pieces one of which every match contains (the month of
"le 6 mai 2002", the unit of "trois ans"), found with cheap case-sensitive regexes over the lower-cased
text, and how far before its anchor a match can start (its *reach*: so many words, or a stretch of such
characters). The rule is then tried with ``match`` at each word start of these windows, in text order,
from the end of the last match on. This is safe:

- every match contains an anchor that the prefilter finds (all occurrences, overlapping ones too; a
  ``keep`` test only drops occurrences that no match can hold, from what the rule allows before them);
- every match starts inside its anchor's window, at a word start (all rules begin with a word character
  after a look-behind that excludes one), so no position where a match starts is left out;
- ``match(text, pos)`` sees the whole string (look-behinds before ``pos``, look-aheads after the
  window), so it gives the match ``finditer`` finds at ``pos``; no rule matches the empty string.

The anchors are looked for in ``Context.lower``, which the rules match case-insensitively; that is exact
only when lower-casing keeps every offset and the text has none of the letters that ``re.IGNORECASE``
equates with an ASCII letter of another lower case ("ı" matches "i", "ſ" matches "s"); other texts run
the plain ``finditer``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from .lexicons import Lexicons

WORD_CHAR = re.compile(r"\w")
WORD_START = re.compile(r"(?<!\w)\w")
IGNORECASE_ODD = re.compile("[ıſ]")  # IGNORECASE matches them to "i" and "s"; str.lower() keeps them
FUZZ_GLUE = ("de", "du", "des")  # "fin dejuin": a fuzz ("fin de") may run into the next word (r"de\s*")


def trie(forms, ends: dict[str, set[str]] | None = None) -> str:
    """A regex for the forms over lower-cased text, as a tree of their letters, so that the engine tries a few
    first letters at each position rather than every form. As in ``common.patterns.alternation``, a space
    stands for any run of spaces (apostrophes are straight in the lower-cased text). ``ends``: the patterns
    that may follow each form (any of them; "" for anything)."""

    def piece(ch: str) -> str:
        return r"\s+" if ch == " " else re.escape(ch)

    def end(after: set[str]) -> str:
        return "" if "" in after else "(?:" + "|".join(sorted(after)) + ")"

    tree: dict = {}
    for form in forms:
        node = tree
        for ch in form:
            node = node.setdefault(ch, {})
        node.setdefault("", set()).update(ends[form] if ends else {""})

    def build(node: dict) -> str:
        branches = [piece(ch) + build(sub) if ch else end(sub) for ch, sub in sorted(node.items())]
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return build(tree)


def runs_back(k: int) -> re.Pattern:
    """Over the reversed text: the ``k`` runs of word characters that start before a position."""
    return re.compile(rf"(?:\W*\w+){{0,{k}}}")


def chars_back(chars: str) -> re.Pattern:
    """Over the reversed text: the characters before a position that a match may hold before its anchor."""
    return re.compile(rf"(?:{chars})*")


# A match starts at a run of word characters: its reach is at most so many runs before its anchor, or, where
# it holds a list of any length ("trois mille deux cents ans"), a stretch of only such characters.
DURATION_CHARS = chars_back(r"[\w\s'\-]|[.,](?<=\d[.,])(?=\d)")  # "30,4 secondes", "d'années", "demi-heure"
DAY_LIST_CHARS = chars_back(r"[\w\s,\-–'’]")  # "les 6, 7 et 13 avril", "du 3 jusqu'au 6 avril"
NUMBER_WORD_CHARS = chars_back(r"[\w\s\-]")  # "vingt-trois heures"


@dataclass(frozen=True)
class Anchor:
    """Where the pieces a rule needs stand: ``pattern`` finds them (over the lower-cased text); ``keep``
    (text, position) drops those that cannot be the rule's (a month glued to a word); ``reach`` (a pattern
    over the reversed text, or None for a match starting at its anchor) tells how far back a match holding
    it may start. ``words``, ``after``: the pattern is these words followed by ``after``, looked for
    together with the other word anchors (``WordScan``)."""

    pattern: re.Pattern
    reach: re.Pattern | None
    keep: Callable[[str, int], bool] | None = None
    words: tuple[str, ...] = ()
    after: str = ""


def word_anchor(words, after: str, reach: re.Pattern | None, keep=None) -> Anchor:
    """An anchor on words followed by ``after`` (a word end, a space, or "" for anything)."""
    words = tuple(words)
    return Anchor(re.compile(trie(words) + after), reach, keep, words, after)


class WordScan:
    """The word anchors looked for in one pass over the text: where one of their words stands (one tree of
    all the words, each with what must follow it), then which anchors match there (by the first two
    letters)."""

    def __init__(self, anchors):
        self.by_start: dict[str, list[re.Pattern]] = {}
        ends: dict[str, set[str]] = {}
        for anchor in anchors:
            for word in anchor.words:
                assert len(word) >= 2 and " " not in word[:2], word
                ends.setdefault(word, set()).add(anchor.after)
                patterns = self.by_start.setdefault(word[:2], [])
                if anchor.pattern not in patterns:
                    patterns.append(anchor.pattern)
        self.patterns = {p for ps in self.by_start.values() for p in ps}
        self.pattern = re.compile(trie(ends, ends))

    def hits(self, lower: str) -> dict[re.Pattern, list[int]]:
        """For each word anchor pattern, where it matches (overlapping matches too)."""
        found: dict[re.Pattern, list[int]] = {}
        m = self.pattern.search(lower)
        while m is not None:
            a = m.start()
            for pattern in self.by_start.get(lower[a : a + 2], ()):
                if pattern.match(lower, a):
                    found.setdefault(pattern, []).append(a)
            m = self.pattern.search(lower, a + 1)  # from a + 1, not m.end(): "marseptembre"
        return found


class Text:
    """One article as the prefilters see it: its lower-cased text, reversed on demand, anchors found once."""

    def __init__(self, text: str, lower: str, words: WordScan):
        self.text = text
        self.lower = lower
        self.exact = len(lower) == len(text) and not IGNORECASE_ODD.search(text)
        self._words = words
        self._word_hits: dict[re.Pattern, list[int]] | None = None
        self._hits: dict[re.Pattern, list[int]] = {}
        self._reversed: str | None = None

    @property
    def reversed(self) -> str:
        if self._reversed is None:
            self._reversed = self.lower[::-1]
        return self._reversed

    def hits(self, pattern: re.Pattern) -> list[int]:
        """Where ``pattern`` matches in the lower-cased text, overlapping matches included (found once)."""
        if pattern in self._words.patterns:
            if self._word_hits is None:
                self._word_hits = self._words.hits(self.lower)
            return self._word_hits.get(pattern, [])
        found = self._hits.get(pattern)
        if found is None:
            found = self._hits[pattern] = []
            m = pattern.search(self.lower)
            while m is not None:
                found.append(m.start())
                m = pattern.search(self.lower, m.start() + 1)
        return found

    def windows(self, anchor: Anchor) -> list[tuple[int, int]]:
        """(earliest start of a match holding it, anchor position) for each occurrence of the anchor."""
        hits = self.hits(anchor.pattern)
        if not hits:
            return []
        n = len(self.lower)
        found = []
        for a in hits:
            if anchor.keep is None or anchor.keep(self.lower, a):
                start = a if anchor.reach is None else n - anchor.reach.match(self.reversed, n - a).end()
                found.append((start, a))
        return found


@dataclass(frozen=True)
class Prefilter:
    anchors: tuple[Anchor, ...]

    def finditer(self, rule: re.Pattern, text: Text) -> list[re.Match]:
        """``list(rule.finditer(text.text))``, trying the rule only at the word starts of anchor windows.

        Every rule starts its matches at a word start (a word character after none), and ``finditer`` keeps
        the first match from the end of the last one: trying the word starts in text order does the same."""
        spans = [w for anchor in self.anchors for w in text.windows(anchor)]
        if not spans:
            return []
        spans.sort()
        matches: list[re.Match] = []
        pos = 0
        for start, end in merge(spans):
            for w in WORD_START.finditer(text.lower, max(start, pos), end + 1):
                if w.start() < pos:
                    continue
                m = rule.match(text.text, w.start())
                if m is not None:
                    matches.append(m)
                    pos = m.end()
        return matches


def merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted (start, end) spans, overlapping ones joined."""
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


class Prefilters:
    """The word scan shared by the anchors of all the rules' prefilters."""

    def __init__(self, prefilters):
        self.words = WordScan(a for p in prefilters for a in p.anchors if a.words)

    def text(self, text: str, lower: str) -> Text:
        return Text(text, lower, self.words)


# --- what may stand just before an anchor -------------------------------------------------------------
def strip_end(lower: str, a: int) -> int:
    """Where ``lower[:a].rstrip()`` ends, without copying the text before ``a``."""
    while a > 0 and lower[a - 1].isspace():
        a -= 1
    return a


def word_start(lower: str, a: int) -> bool:
    """Not inside a word: the rule's word-start look-behind."""
    return a == 0 or not WORD_CHAR.match(lower, a - 1)


def word_start_whole(lower: str, a: int) -> bool:
    """Neither inside a word nor after a hyphen ("mi-temps"): the look-behind of most rules."""
    return a == 0 or not (WORD_CHAR.match(lower, a - 1) or lower[a - 1] == "-")


def word_start_or_fuzz(lower: str, a: int) -> bool:
    """A word start, or a word run into after the "de" of a fuzz ("fin dejuin")."""
    return word_start(lower, a) or lower.endswith(FUZZ_GLUE, 0, a)


def after_space(lower: str, a: int) -> bool:
    """After a space: "6 mai" (the day and month of a full date are apart)."""
    return a > 0 and lower[a - 1].isspace()


def after_day(lower: str, a: int) -> bool:
    """After a space, or a day and a hyphen: "6 mai", "le 14-juillet"."""
    return after_space(lower, a) or a > 1 and lower[a - 1] == "-" and lower[a - 2].isdecimal()


def after_digit(lower: str, a: int) -> bool:
    return a > 0 and lower[a - 1].isdecimal()


def after_par(lower: str, a: int) -> bool:
    return a >= 4 and lower.startswith("par", a - 4) and lower[a - 1].isspace()


def after_d(lower: str, a: int) -> bool:
    return a >= 2 and lower.startswith("d'", a - 2)


class Anchors:
    """The anchors of the rules that run over most articles, built once from the lexicons; each rule picks
    its own (``Rule.anchors``). The comments give the longest way a match can lead up to its anchor."""

    def __init__(self, lex: Lexicons):
        self.__dict__.update(anchors(lex))


def anchors(lex: Lexicons) -> dict[str, Anchor]:
    numwords = tuple(lex.numbers)
    # The word before a duration's unit ends its quantity: a number, "quelques", "plusieurs", "des", "de
    # nombreux", an adjective of the length (of "deux bonnes heures"), "d'" / "de" (of "une dizaine
    # d'années", "trois quarts d'heure"), "-" (of "demi-heure").
    quantity_ends = (*numwords, "quelques", "plusieurs", "des", "nombreux", "nombreuses", "longs", "longues")
    quantity_ends += tuple(lex.cues["length_adjective"])
    quantity_ends += ("de", "'", "-")

    def after_quantity(lower: str, a: int) -> bool:
        end = strip_end(lower, a)
        return (end > 0 and lower[end - 1].isdecimal()) or lower.endswith(quantity_ends, 0, end)

    def clock_h(lower: str, a: int) -> bool:
        """The "h" of "14 h", "14h30" after a number, or "heures" after a number word ("trois heures")."""
        end = strip_end(lower, a)
        return (end > 0 and lower[end - 1].isdecimal()) or (
            lower.startswith("heure", a) and lower.endswith(numwords, 0, end)
        )

    # A month ends a word ("mai", "janv.", then a space or the end of the match): "la fin du mois de juin"
    month = word_anchor(lex.months, r"(?!\w)", runs_back(7), word_start_or_fuzz)
    # "le mardi 1er mai", "14-juillet", "le samedi trente et un mai"
    full_date_month = replace(month, reach=runs_back(5), keep=after_day)
    day_list_month = replace(month, reach=DAY_LIST_CHARS, keep=after_space)  # "les 6, 7 et 13 avril"
    # The digits of YEAR: "la fin de l'année 2024"
    year = Anchor(re.compile(r"(?:1[0-9]\d\d|20\d\d)(?!\d)"), runs_back(6), word_start_or_fuzz)
    units = word_anchor(lex.units, r"(?!\w)", DURATION_CHARS)
    ref_unit = re.compile(r"(?:semaine|mois|année|an|week-end|siècle|décennie|jour)(?!\w)")

    def unit_ref_unit(lower: str, a: int) -> bool:
        return bool(ref_unit.match(lower, a)) and word_start_or_fuzz(lower, a)

    # The units of durations hold those of unit_ref ("la fin de la même année") and "par an".
    unit_ref = replace(units, reach=runs_back(6), keep=unit_ref_unit)
    per = replace(units, reach=None, keep=after_par)
    duration = replace(units, keep=after_quantity)  # "un peu plus de deux cent quarante-trois ans"
    # The first separator of 3/03/2025, 03.03.2025, 2025-03-03 with the rest of the date's shape after it:
    # "le mercredi 3/"
    numeric_date = Anchor(re.compile(r"[/.\-](?<=\d[/.\-])(?=[01]?\d[/.]\d|[01]\d-[0-3]\d)"), runs_back(3))
    # The slash of a day and month without a year: "le mercredi 17/"
    day_month = Anchor(re.compile(r"/(?<=\d/)(?=[01]?\d(?![\d/]))"), runs_back(3))
    # The space of a day and month in digits: "le 17 03", "24 12 2024"
    spaced_date = Anchor(
        re.compile(r" (?<=\d )(?=[01]?\d(?: \d\d(?:\d\d)?)?(?![\d]|[.,]\d|\s\d))"), runs_back(2)
    )
    # "14 h", "14h30", "trois heures" (the "h" after a number, or "heures" after a number word), "14:30"
    clock_hour = Anchor(re.compile(r"h(?<=[\d\s]h)"), NUMBER_WORD_CHARS, clock_h)
    clock_noon = word_anchor(["midi", "minuit"], "", None, word_start)
    clock_colon = Anchor(re.compile(r":(?=\d)"), runs_back(1), after_digit)
    # "la fin de les mois d'été"
    season = word_anchor(lex.seasons, r"(?!\w)", runs_back(7), word_start_or_fuzz)
    # "le tout début de la matinée"; no word end: "le soir même" may be written "le soirmême"
    part_of_day = word_anchor(lex.parts_of_day, "", runs_back(5), word_start_or_fuzz)
    weekdays = [w + s for w in lex.weekdays for s in ("", "s")]
    # "tous les deuxième et quatrième jeudis"
    weekday = word_anchor(weekdays, r"(?!\w)", runs_back(5), word_start)
    # "ces trois cents dernières années"
    last = ["derniers", "dernières", "dernieres", "prochains", "prochaines", "premiers", "premières"]
    last_n = word_anchor(last, r"\s", DURATION_CHARS, after_space)
    # "les deux semaines passées", "3 mois suivants", "les semaines à venir" (what follows the unit)
    after_unit = [w + e for w in ("passé", "écoulé", "suivant", "précédent") for e in ("", "e", "s", "es")]
    after_unit += ["venir"]
    last_n_after = word_anchor(after_unit, r"(?!\w)", DURATION_CHARS, after_space)
    # "The Guardian, October 4, 2001", "accessed 27 Feb 2006" (the day before the month)
    english_month = word_anchor(lex.english_months, r"(?!\w)", runs_back(1), word_start)
    # A day number after its preposition: "à partir du 8", "jusqu'au 20", "dès le 14", "du 13 au 18"
    day_number = Anchor(re.compile(r"(?:du|au|le)\s+\d"), runs_back(3), word_start)
    # Matches that start with their word: "hier", "tout le mois", "chaque année", "à Noël", "d'ici"
    relday = word_anchor([w.split("'")[0] for w in lex.relative_days], "", None, word_start)
    whole = word_anchor(["tout"], "", None, word_start)
    every = word_anchor(["chaque", "tous", "toutes"], "", None, word_start)
    holiday = word_anchor(lex.holidays, "", None, word_start)
    frequency = word_anchor(lex.sets, r"(?!\w)", None, word_start)
    ref = word_anchor(lex.refs, r"(?!\w)", None, word_start_whole)
    ici = word_anchor(["ici"], r"(?!\w)", None, after_d)
    return {
        "full_date_month": full_date_month,
        "day_list_month": day_list_month,
        "numeric_date": numeric_date,
        "day_month": day_month,
        "spaced_date": spaced_date,
        "month": month,
        "year": year,
        "season": season,
        "unit_ref": unit_ref,
        "part_of_day": part_of_day,
        "weekday": weekday,
        "relday": relday,
        "clock_hour": clock_hour,
        "clock_noon": clock_noon,
        "clock_colon": clock_colon,
        "last_n": last_n,
        "last_n_after": last_n_after,
        "english_month": english_month,
        "day_number": day_number,
        "every": every,
        "whole": whole,
        "per": per,
        "duration": duration,
        "frequency": frequency,
        "ref": ref,
        "ici": ici,
        "holiday": holiday,
    }
