"""What a number is not: part of a name or a reference (identifiers, addresses, postcodes, list markers),
a date, a clock time or a duration (the dates component's), a year, a rank, "un" as an article, a ratio.
Each test reads the number's neighbours in the text and the parse."""

from __future__ import annotations

import re

from spacy.tokens import Token

from ..common.patterns import fold
from .ages import is_age
from .article import Article, lower
from .counted import NOUNS, is_noun, next_word, noun_after_of
from .models import Atom, Figure

POSTCODE_AFTER = re.compile(r"\s+[A-ZÉÈ][\w-]+")  # "54000 Nancy", "75001 PARIS CEDEX"
LIST_MARKER_AFTER = re.compile(r"[.)]\s+[a-zà-ÿ]")
LIST_MARKER_BEFORE = re.compile(r"(?:^|[\n:;,])\s*$")


def is_name_or_reference(art: Article, atom: Atom) -> bool:
    """Identifiers ("RN 57", "article 5", "n° 3", "France 2"), addresses, postcodes, list markers."""
    doc, lex, text = art.doc, art.lex, art.text
    prev = doc[atom.first - 1] if atom.first > 0 else None
    after = text[atom.end : atom.end + 40]
    before = text[max(0, atom.start - 40) : atom.start]
    if prev is not None and fold(prev.text) in lex.identifier_heads:
        return True
    if atom.first > 1 and fold(doc[atom.first - 2 : atom.first].text) in lex.identifier_heads:
        return True  # "bac + 5"
    if atom.kind == "digits" and lex.street_after.match(after):
        return True
    if atom.kind != "digits" or atom.unit or atom.factor != 1.0:
        return False
    if prev is not None and not prev.is_sent_start and prev.whitespace_ and prev.is_alpha:
        nxt = doc[atom.last + 1] if atom.last + 1 < len(doc) else None
        if prev.is_upper and len(prev) <= 6 or prev.is_title and (nxt is None or not is_noun(art, nxt)):
            return True  # "RN 57", "AMX 10", "Boeing 747", "France 2"
    digits = text[atom.start : atom.end]
    if atom.plain and len(digits) == 5 and POSTCODE_AFTER.match(after):
        return True  # postcode
    if atom.plain and before.endswith("(") and after.startswith(")"):
        head = doc[atom.first - 2] if atom.first > 1 else None
        if head is not None and (head.is_title or head.is_upper):
            return True  # department: "Nancy (54)"
    if atom.plain and len(digits) <= 2 and LIST_MARKER_AFTER.match(after):
        if LIST_MARKER_BEFORE.search(before):
            return True  # list marker: ": 1. à la Teille, 2. au chêne"
    return False


def keep(art: Article, fig: Figure, kept: list[Figure]) -> bool:
    """Whether a figure (single number or range) counts something, from its neighbours in the text."""
    doc, lex = art.doc, art.lex
    first, last = fig.atoms[0], fig.atoms[-1]
    prev = doc[fig.first - 1] if fig.first > 0 else None
    nxt = next_word(art, fig.last)
    if prev is not None and fold(prev.text) in lex.time_before:
        return False  # "mars 2024", "18 h 30", "lundi 3"
    if prev is not None and prev.lower_ in lex.words("over") and fig.first > 1:
        if fold(doc[fig.first - 2].text) in lex.time_after:
            return False  # "24 heures sur 24", "7 jours sur 7"
    shared = shared_unit(art, fig.last)
    if shared is not None:
        nxt = shared  # "âgés de 19 et 22 ans", "deux ou trois jours": the unit of the next number
    if nxt is not None and fold(nxt.text) in lex.time_after and not last.unit:
        if is_age(art, fig, nxt):
            lemma = nxt.lemma_.lower()
            fig.kind, fig.unit = "age", "an" if lemma in lex.words("year_lemma") else lemma
        else:
            return False  # "dix ans", "18 h", "3 mars": dates, times and durations
    if last.noun_head and not last.unit:
        noun = noun_after_of(art, fig.last)
        if noun is not None and fold(noun.text) in lex.time_after:
            if not is_age(art, fig, noun):
                return False
            fig.kind, fig.unit = "age", "an"
    if all(is_year(art, a) for a in fig.atoms):
        plural = nxt is not None and ("Plur" in nxt.morph.get("Number") or nxt.lower_[-1:] in ("s", "x"))
        if nxt is None or nxt.pos_ not in NOUNS or not plural or len(fig.atoms) > 1:
            return False  # a year ("la loi de 1901"), unless it counts something ("2000 personnes")
    if len(fig.atoms) == 1 and first.kind in ("digits", "words") and first.factor == 1.0:
        if prev is not None and fold(prev.text) in lex.words("singular_determiner") and first.value != 1:
            return False  # "le 10", "un deux roues", "la 2 CV"
    if first.kind == "words" and fold(art.text[first.start : first.end]) in lex.words("vague_one"):
        if not one_counts(art, fig, kept):
            return False
    if len(fig.atoms) == 1 and fold(art.text[first.start : first.end]) in lex.words("nine"):
        tok = doc[first.first]
        after_noun = prev is not None and prev.pos_ == "NOUN"
        if tok.pos_ != "NUM" and (nxt is None or nxt.pos_ not in NOUNS or after_noun):
            return False  # "un véhicule neuf", "à neuf"
    if nxt is not None and fold(nxt.text) in lex.ratio_after:
        return False  # "deux fois plus": a ratio, not a count
    if lex.ratio_before.search(lower(art.text[max(0, fig.start - 30) : fig.start])):
        return False  # "multiplié par trois"
    return True


def shared_unit(art: Article, last: int) -> Token | None:
    """The time word after "<n> et|ou <m>", when the figure is <n>: "19 et 22 ans" -> ans."""
    doc, lex = art.doc, art.lex
    links = lex.words("coordination") | lex.words("to")
    if last + 3 < len(doc) and doc[last + 1].lower_ in links and doc[last + 2].like_num:
        word = doc[last + 3]
        if fold(word.text) in lex.time_after:
            return word
    return None


def is_year(art: Article, a: Atom) -> bool:
    return a.plain and len(art.text[a.start : a.end]) == 4 and 1000 <= a.value <= 2100


def one_counts(art: Article, fig: Figure, kept: list[Figure]) -> bool:
    """ "un"/"une" is a figure in "un seul", "un mort", "un ou deux", or beside another number
    ("trois petits-enfants et un arrière-petit-fils"); otherwise it is the article."""
    doc, lex = art.doc, art.lex
    if len(fig.atoms) > 1:
        return True
    i = fig.first
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    prev = doc[i - 1] if i > 0 else None
    if nxt is not None and fold(nxt.text) in lex.words("one_alone"):
        return True
    if nxt is not None and fold(nxt.text) in lex.one_nouns:
        return prev is None or fold(prev.text) not in lex.words("definite")
    if prev is not None and fold(prev.text) in lex.words("coordination") and kept and nxt is not None:
        if nxt.pos_ not in ("NOUN", "ADJ") or not nxt.is_lower or kept[-1].kind != "count":
            return False
        return 0 <= prev.i - kept[-1].last <= 4 and kept[-1].value is not None
    return False
