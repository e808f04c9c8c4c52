"""What a figure counts: the counted noun, read from the dependency parse and the words after the number,
written as a lower-case lemma ("25 000 travailleurs" -> travailleur, "2,5 millions d'euros" -> euro)."""

from __future__ import annotations

import re

from spacy.tokens import Token

from ..common.patterns import fold
from .article import Article
from .models import Figure

NOUNS = ("NOUN", "PROPN")


def next_word(art: Article, last: int) -> Token | None:
    """The token after a number, skipping one adjective before a noun ("trois derniers mois")."""
    doc = art.doc
    i = last + 1
    if i < len(doc) and doc[i].pos_ == "ADJ" and i + 1 < len(doc) and doc[i + 1].pos_ in NOUNS:
        if not doc[i].whitespace_ == "" and doc[i].lower_ not in art.lex.words("of"):
            i += 1
    return doc[i] if i < len(doc) else None


def noun_after_of(art: Article, last: int) -> Token | None:
    """The noun after "de" that a multiplier or vague noun counts: "2,5 millions d'euros" -> euros."""
    doc = art.doc
    i = last + 1
    if i < len(doc) and fold(doc[i].text) in art.lex.words("of"):
        i += 1
        while i < len(doc) and doc[i].pos_ in ("ADJ", "DET") and i <= last + 3:
            i += 1
        if i < len(doc) and (doc[i].pos_ in NOUNS or doc[i].pos_ == "ADJ"):
            return doc[i]
    return None


def counted_noun(art: Article, fig: Figure) -> Token | None:
    doc = art.doc
    last = fig.atoms[-1]
    if last.kind == "fraction":
        return None  # "deux tiers des Français": a share of them, not a count
    if last.noun_head:
        noun = noun_after_of(art, fig.last)
        if noun is not None:
            return noun
    tokens = doc[last.first : last.last + 1]
    root = tokens.root
    head = root.head
    between = doc[fig.last + 1 : head.i]
    if head.i > fig.last and head.pos_ in NOUNS and len(between) <= 3:
        if all(t.pos_ in ("ADJ", "NUM") or t.text == "-" for t in between):
            return head
    nxt = next_word(art, fig.last)
    if nxt is not None and nxt.i > fig.last and is_noun(art, nxt):
        return nxt
    if nxt is not None and nxt.i == fig.last + 1:
        if nxt.pos_ == "ADJ" and nxt.lower_[-1:] in ("s", "x") or nxt.lower_ in art.lex.one_nouns:
            return nxt  # a nominalised adjective or participle: "trois blessés", "zéro mort"
    return None


def is_noun(art: Article, tok: Token) -> bool:
    """A noun, or a unit noun the tagger missed ("20 euro" at the end of a fragment)."""
    unit_nouns = art.lex.unit_nouns
    return tok.pos_ in NOUNS or tok.lemma_.lower() in unit_nouns or tok.lower_ in unit_nouns


def unit_lemma(art: Article, tok: Token) -> str:
    """The lemma of a counted noun, lower case: "travailleurs" -> travailleur, "sondés" -> sondé."""
    text = tok.lower_
    if text in art.lex.unit_lemmas:
        return art.lex.unit_lemmas[text]
    lemma = tok.lemma_.lower() or text
    if tok.pos_ in ("VERB", "AUX"):  # a participle tagged as a verb: "zéro mort", "trois tués"
        return text[:-1] if text.endswith("s") and len(text) > 3 else text
    if lemma.endswith("er") and re.search(r"ée?s?$", text):
        return re.sub(r"ée?s?$", "é", text)  # a participle used as a noun: "les sondés"
    return lemma
