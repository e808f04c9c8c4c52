"""Qualifiers: the words before ("environ", "plus de", "jusqu'à") or after ("25 000 environ") a figure that
soften or bound it, and the bounds they set: "plus de 500" -> low 500, high open; "moins de 20" -> low open,
high 20. "moins 5 degrés" is a negative number, not a qualifier."""

from __future__ import annotations

import re

from spacy.tokens import Token

from ..common.patterns import fold
from .article import Article, lower
from .models import Figure


def qualify(art: Article, fig: Figure, noun: Token | None = None) -> None:
    lex, text = art.lex, art.text
    tail = lex.qualifiers_tail.match(lower(text[fig.end : fig.end + 30]))
    if tail and fig.value is not None and len(fig.atoms) == 1:  # "zéro et des poussières": a little more
        fig.qualifier = qualifier(art, tail, "tail")
        fig.end += tail.end()
        fig.value, fig.low, fig.high = None, fig.value, None
        return
    before = lower(text[max(0, fig.start - 40) : fig.start])
    found = lex.qualifiers_before.search(before)
    if found is None and len(fig.atoms) > 1:
        found = lex.qualifiers_before.search(lex.range_open.sub("", before))
    if found is None:  # "environ à huit"
        found = lex.qualifiers_before.search(lex.approx_open.sub("", before))
        if found is not None and qualifier(art, found, "before") != "approx":
            found = None
    q = qualifier(art, found, "before") if found else None
    ends = [fig.end] + ([noun.idx + len(noun)] if noun is not None and noun.idx > fig.end else [])
    for end in ends if q is None else ():
        found = lex.qualifiers_after.match(lower(text[end : end + 30]))
        if found and not lex.number_ahead.match(text, end + found.end()):
            q = qualifier(art, found, "after")  # "25 000 environ", "40 ouvriers environ"
            break
    if q is None and fig.value is not None and lex.minus_before.search(before):
        if not lex.not_minus_before.search(before):
            fig.value, fig.low, fig.high = -fig.value, -fig.value, -fig.value  # "moins 5 degrés"
            fig.start = _last_minus(art, fig.start)
        return
    if q is None:
        return
    fig.qualifier = q
    if len(fig.atoms) > 1 and not fig.share or fig.value is None:
        return  # a range keeps its two ends; a share ("plus d'un patient sur 10") is bounded as one value
    if q in ("more_than", "at_least"):
        fig.low, fig.high = fig.value, None
    elif q in ("less_than", "at_most"):
        fig.low, fig.high = None, fig.value


def _last_minus(art: Article, start: int) -> int:
    """Where the "moins" before ``start`` begins."""
    return max(art.text.rfind(word, 0, start) for word in art.lex.words("minus"))


def qualifier(art: Article, found: re.Match, position: str) -> str:
    return art.lex.qualifier_of[f"{position}:{fold(found.group('q'))}"]
