"""Age or duration: "87 ans" is an age, a figure, in "Jean Burget, 87 ans,", "un homme de 38 ans", "âgé de
54 ans", "à 92 ans", "ses 100 ans", "les moins de 25 ans"; it is a duration in "pendant 30 ans", "un contrat
de trois ans" (after a noun that takes a length of time: models/shared/duration_heads.tsv), "trois ans plus
tard". Read from the text around the number, so that dates and figures decide alike."""

from __future__ import annotations

import re

from .patterns import alternation, ends_with

AGED = re.compile(r"[aâ]gée?s?\b|l'âge\b")
NEXT_PUNCT = re.compile(r"\s*[,)]")
SENTENCE_END = re.compile(r"\s*(?:[.;]|$)")
YEARS = re.compile(r"\d{1,3}\s*ans")
AT = re.compile(r"(?:^|\W)à$")
AFTER_HERE = re.compile(r"(?:ici|jusqu')\s*à$")
WORD_BEFORE_AT = re.compile(r"(\w+)\s+à$")
OF_NOUN = re.compile(r"(\w+)\s+(?:de\s+|d')(?:\d{1,3}\s+(?:et|ou)\s+)?$")  # "un chauffeur de (15 et) 38 ans"


class AgeCues:
    """The words the rule reads: ``not_after`` (after the number: a duration, "trois ans plus tard"; "de " is
    read in code), ``group`` (before an age group: "les moins de 25 ans"), ``possessive`` ("ses 80 ans"),
    ``not_head`` (words whose "de" heads no noun: "plus de 20 ans"), ``duration_heads`` (nouns that take
    a length of time: "une peine de dix ans"); ``verbs``: the rows of models/shared/age_verbs.tsv, the
    forms of "avoir" that say an age ("il avait 44 ans") and the participles setting a length ("limité à")."""

    def __init__(self, not_after, group, possessive, not_head, duration_heads, verbs):
        self.not_after = re.compile(rf"\s*(?:de\s|{alternation(not_after, loose=False)})")
        self.group = ends_with(group)
        self.group_qualified = re.compile(
            rf"(?:^|\W){alternation(group, loose=False)}\s+(?:moins|plus)\s+de$"
        )
        self.possessive = ends_with(possessive)
        self.not_head = frozenset(not_head)
        self.duration_heads = frozenset(duration_heads)
        have = alternation([w for w, role in verbs if role == "have"], loose=False)
        adverb = alternation([w for w, role in verbs if role == "have_adverb"], loose=False)
        self.have = re.compile(rf"(?:^|\W)(?<!\by\s)(?:{have})(?:\s+(?:{adverb}))?$")
        stems = alternation([w for w, role in verbs if role == "to_length"], loose=False)
        self.to_length = re.compile(rf"(?:^|\W)(?:{stems})\w*$")


def is_age(cues: AgeCues, lower: str, start: int, end: int, qualifier: str | None = None) -> bool:
    """Whether the number of years in ``lower[start:end]`` ("87 ans", "plus de 65 ans") is an age.
    ``lower``: the article text, lower-cased with straight apostrophes; ``qualifier``: "moins de", "plus
    de" when the span starts with one."""
    before = lower[max(0, start - 40) : start].rstrip()
    after = lower[end : end + 20]
    if AGED.search(before[-30:]):
        return True
    if cues.not_after.match(after):
        return False
    if qualifier in ("moins de", "plus de") and cues.group.search(before):
        return True
    if cues.group_qualified.search(before):
        return True
    if cues.possessive.search(before):
        return True
    if before.endswith("(") or (before.endswith(",") and NEXT_PUNCT.match(after)):
        return True
    if before.endswith(",") and YEARS.fullmatch(lower, start, end) and SENTENCE_END.match(after):
        return True  # "..., Andrew Wang, 73 ans." (not a list: "après 6, 12 et 24 mois.")
    if cues.have.search(before):
        return True  # "il avait 44 ans", "elle a aujourd'hui 79 ans", not "il y a 20 ans"
    if AT.search(before) and not AFTER_HERE.search(before):
        m = WORD_BEFORE_AT.search(before)
        word = m.group(1) if m else ""
        return word not in cues.duration_heads and not cues.to_length.search(word)  # not "limité à 5 ans"
    m = OF_NOUN.search(lower[max(0, start - 40) : start])
    if m:
        return m.group(1) not in cues.duration_heads and m.group(1) not in cues.not_head
    return False
