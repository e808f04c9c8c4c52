"""Names as keys: a speaker's name normalised so that one person or body written several ways gets one key
("Mme Élisabeth BORNE" and "Élisabeth Borne", "la CGT" and "CGT", "J.-L." and "JL"), and the gender a
mention itself marks ("Mme", "la ministre", "elle")."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .lexicon import first_names, roles, titles

ARTICLES = {"le", "la", "les", "l"}
ACRONYM = re.compile(r"\(([A-ZÀ-Ý0-9][A-ZÀ-Ý0-9&.\-]+)\)\s*$")
# an acronym in parentheses right after a name: "Force ouvrière (FO)"
ACRONYM_AFTER = re.compile(r"\s*\(([A-ZÀ-Ý0-9][A-ZÀ-Ý0-9&.\-]+)\)")
# the words that stand for a speaker without naming it: personal, relative and demonstrative pronouns
PRONOUNS = {
    "il": "male",
    "ils": "male",
    "elle": "female",
    "elles": "female",
    "lui": "male",
    "celui-ci": "male",
    "celle-ci": "female",
    "ce dernier": "male",
    "cette dernière": "female",
    "qui": None,
    "lequel": None,
    "laquelle": None,
    "lesquels": None,
    "lesquelles": None,
    "on": None,
    "ceux-ci": None,
    "celles-ci": None,
}
POSSESSIVES = {"son", "sa", "ses", "leur", "leurs"}
DETERMINERS = {
    "le": "male",
    "la": "female",
    "ce": "male",
    "cet": "male",
    "cette": "female",
    "l'": None,
    "l’": None,
}
BODY_TYPES = ("organisation", "government", "media", "document")


CACHED = 1 << 16  # names folded or split, kept for the next articles (bounded: memory stays flat)


@lru_cache(maxsize=CACHED)
def fold(text: str) -> str:
    """Lower case, no accents, apostrophes, hyphens and dots as spaces, spaces collapsed."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return " ".join(re.sub(r"[^\w]+", " ", text).split())


def words(text: str) -> list[str]:
    return re.findall(r"[^\s]+", text)


def strip_title(name: str) -> str:
    """The name without the titles before it ("M. Klein" -> "Klein", "le Dr Martin" -> "Martin")."""
    ws = words(name)
    while ws and (ws[0] in titles() or ws[0].lower() in ("le", "la")) and len(ws) > 1:
        ws = ws[1:]
    return " ".join(ws)


def person_tokens(name: str) -> list[str]:
    """A person's name as folded tokens, initials apart ("J.-L. Mélenchon", "JL Mélenchon": j l melenchon)."""
    return list(_person_tokens(name))


@lru_cache(maxsize=CACHED)
def _person_tokens(name: str) -> tuple[str, ...]:
    out = []
    ws = words(strip_title(name))
    for w in ws:
        bare = re.sub(r"[.\-]", "", w)
        if bare.isupper() and 1 < len(bare) <= 3 and w != ws[-1]:
            out += [c.lower() for c in bare]  # "JL" before a surname: two initials
        else:
            out += fold(w).split()
    return tuple(out)


def body_name(name: str) -> str:
    """An organisation's name folded, without its article; its acronym when it gives one in parentheses."""
    m = ACRONYM.search(name)
    if m:
        name = m.group(1)
    tokens = fold(name).split()
    if len(tokens) > 1 and tokens[0] in ARTICLES and not name[:1].isupper():
        tokens = tokens[1:]  # "la CGT", "l'Insee"; but "Le Monde" keeps its article
    elif len(tokens) > 1 and tokens[0] == "l":
        tokens = tokens[1:]
    return " ".join(tokens)


def is_person(type_: str | None) -> bool:
    return type_ not in BODY_TYPES


def key(name: str, type_: str | None) -> str:
    """The speaker's key across the run: ``person:`` or ``org:`` (any other named body) and the name
    normalised, so that namesakes of different kinds stay apart ("Paris" the city, "Paris" a person)."""
    if is_person(type_):
        return "person:" + " ".join(person_tokens(name))
    return "org:" + body_name(name)


def gender_in_text(mention: str | None) -> str | None:
    """The gender the mention itself marks: a title ("Mme", "M."), a pronoun ("elle"), or a role noun's
    form or determiner ("l'élue", "la ministre", "le maire"); None when it marks none (a possessive agrees
    with its noun, not with the speaker: "sa porte-parole")."""
    if not mention:
        return None
    low = mention.strip().lower()
    if low in PRONOUNS:
        return PRONOUNS[low]
    ws = words(mention)
    if ws[0].lower() in POSSESSIVES:
        return None
    for w in ws:
        g = titles().get(w)
        if g in ("female", "male"):
            return g
    first = ws[0].lower()
    det, noun = None, None
    for d in ("l'", "l’"):
        if first.startswith(d) and len(first) > 2:
            det, noun = d, first[2:]
    if det is None and len(ws) > 1 and first in DETERMINERS:
        det, noun = first, ws[1].lower().strip(",")
    if noun is None or noun not in roles():
        return None
    marked = roles()[noun][1]
    if marked in ("female", "male"):
        return marked
    return DETERMINERS.get(det)


def gender_of_first_name(name: str) -> str | None:
    """female, male or unknown from the first name of a full name ("Catherine Vautrin"); None when the
    name has no first name the lexicon knows."""
    ws = words(strip_title(name))
    if len(ws) < 2:
        return None
    return first_names().get(ws[0].lower())


def bare_mention(mention: str | None) -> bool:
    """A mention that names nothing by itself: none, a pronoun ("il", "qui") or a possessive phrase with no
    name in it ("ses calculs", "sa porte-parole"; "Sa collègue Nadia Ferrand" names its speaker)."""
    if not mention or not mention.strip():
        return True
    low = mention.strip().lower()
    if low in PRONOUNS:
        return True
    return low.split()[0] in POSSESSIVES and not any(w[:1].isupper() for w in words(mention)[1:])
