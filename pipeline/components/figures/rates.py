"""Rates: the period or base a figure is counted per (figures.csv ``per``): "par mois" -> mois, "par
habitant", "chaque année" -> an, "1 500 euros mensuels" -> mois, "20 F le kilo" -> kilo, "60 € la
consultation" -> consultation, "210 cas pour 100 000 habitants" -> "100 000 habitants", "6 litres aux 100 km"
-> "100 km" (the base is part of the rate, not a figure of its own), "quatre tombes regroupant chacune
cinquante momies" -> tombe."""

from __future__ import annotations

from spacy.tokens import Token

from ..common.patterns import fold
from .article import Article
from .counted import NOUNS, unit_lemma
from .models import Figure

CLAUSE_STOP = set('.;:!?()[]«»"“”')
BASE_VALUES = {10.0**k for k in range(7)}  # a rate's base is a power of ten: "pour 100 000 habitants"


def rate(art: Article, fig: Figure, noun: Token | None) -> str | None:
    doc, lex = art.doc, art.lex
    i = first_after = (noun.i if noun is not None else fig.last) + 1
    stop = min(len(doc), i + 6)
    while i < stop:
        tok = doc[i]
        word = fold(tok.text)
        if word in lex.words("base") | lex.words("measure_base") and i + 1 < len(doc) and doc[i + 1].like_num:
            measure = word in lex.words("measure_base")
            symbol = fig.atoms[-1].unit is not None and measure  # "4,8 l aux 100 km"
            base = _base(art, i + 1, measure) if noun is not None or symbol else None
            if base is not None:
                return base
        if tok.text in CLAUSE_STOP or tok.text == "," or tok.like_num:
            break
        if word in lex.per_adjectives and i <= (noun.i if noun is not None else fig.last) + 2:
            return lex.per_adjectives[word]
        priced = fig.kind == "money" and word in lex.words("price_article") and i == first_after
        if (word in lex.words("per") or word == "/" or priced) and i + 1 < len(doc):
            nxt = doc[i + 1]
            lemma = nxt.lemma_.lower()
            for form in (lemma, fold(nxt.text)):
                if form in lex.per_nouns:
                    return lex.per_nouns[form]
            if priced and nxt.pos_ == "NOUN" and fold(nxt.text) not in lex.time_after:
                return unit_lemma(art, nxt)  # "60 € la consultation"
        i += 1
    return _each(art, fig)


def _base(art: Article, i: int, measure: bool = False) -> str | None:
    """ "pour 100 000 habitants": the number and its noun, when the number is a power of ten; after "aux"
    (``measure``), a unit of measure ("6 litres aux 100 km"; not "5 kg de riz aux 100 familles")."""
    doc = art.doc
    tok = doc[i]
    value = next((a.value for a in art.atoms_at(tok.idx)), None)
    if value not in BASE_VALUES or i + 1 >= len(doc) or doc[i + 1].pos_ not in NOUNS:
        return None
    if measure and art.lex.unit_nouns.get(unit_lemma(art, doc[i + 1])) != "measure":
        if art.lex.units.get(doc[i + 1].text, (None, None))[1] != "measure":
            return None  # neither a noun nor a symbol of measure ("100 km")
    art.rate_bases.add(i)
    return art.text[tok.idx : doc[i + 1].idx + len(doc[i + 1])]


def _each(art: Article, fig: Figure) -> str | None:
    """ "quatre tombes regroupant chacune cinquante momies": per the noun "chacune" stands for."""
    doc, lex = art.doc, art.lex
    j = fig.first - 1
    if j < 0 or fold(doc[j].text) not in lex.words("each"):
        return None
    for k in range(j - 1, max(-1, j - 5), -1):
        if doc[k].pos_ == "NOUN":
            return unit_lemma(art, doc[k])
        if doc[k].is_punct:
            break
    return None
