"""Rates: the period or base a figure is counted per (figures.csv ``per``): "par mois" -> mois, "par
habitant", "chaque année" -> an, "1 500 euros mensuels" -> mois, "20 F le kilo" -> kilo."""

from __future__ import annotations

from spacy.tokens import Token

from ..common.patterns import fold
from .article import Article
from .models import Figure

CLAUSE_STOP = set('.;:!?()[]«»"“”')


def rate(art: Article, fig: Figure, noun: Token | None) -> str | None:
    doc, lex = art.doc, art.lex
    i = first_after = (noun.i if noun is not None else fig.last) + 1
    stop = min(len(doc), i + 6)
    while i < stop:
        tok = doc[i]
        word = fold(tok.text)
        if tok.text in CLAUSE_STOP or tok.text == "," or tok.like_num:
            return None
        if word in lex.per_adjectives and i <= (noun.i if noun is not None else fig.last) + 2:
            return lex.per_adjectives[word]
        priced = fig.kind == "money" and word in lex.words("price_article") and i == first_after
        if (word in lex.words("per") or word == "/" or priced) and i + 1 < len(doc):
            nxt = doc[i + 1]
            lemma = nxt.lemma_.lower()
            for form in (lemma, fold(nxt.text)):
                if form in lex.per_nouns:
                    return lex.per_nouns[form]
        i += 1
    return None
