"""The speakers' lexicons (``models/speakers/``): titles, role nouns and first names, each with a gender."""

from __future__ import annotations

from functools import cache

from ..resources import read_lexicon, read_words


@cache
def titles() -> dict[str, str]:
    """``titles.tsv``: a title as written ("M.", "Mme", "Dr") -> female, male or unknown."""
    return {t: g for t, g in read_lexicon("speakers/titles.tsv")}


@cache
def roles() -> dict[str, tuple[str, str]]:
    """``roles.tsv``: a role noun's form ("élue") -> (its lemma "élu", the gender the form marks)."""
    return {form: (lemma, g) for form, lemma, g, _ in read_lexicon("speakers/roles.tsv")}


@cache
def role_fields() -> dict[str, str]:
    """``roles.tsv``: a role's lemma ("juge") -> its field of activity ("justice"); none for a role of any
    field ("président")."""
    return {lemma: field for _, lemma, _, field in read_lexicon("speakers/roles.tsv") if field != "-"}


@cache
def first_names() -> dict[str, str]:
    """``first_names.tsv``: a first name, lower-cased ("catherine") -> female, male or unknown."""
    return {n.lower(): g for n, g in read_lexicon("speakers/first_names.tsv")}


@cache
def kinship() -> frozenset[str]:
    """``kinship.tsv``: kinship nouns after which a lone first name takes the family's name ("son frère")."""
    return read_words("speakers/kinship.tsv")
