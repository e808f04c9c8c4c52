"""What a figure is: its unit (a symbol, or the counted noun as a lemma) and its kind (count, money,
percent, measure, age), then its qualifier and rate."""

from __future__ import annotations

from .article import Article
from .counted import counted_noun, unit_lemma
from .models import Figure
from .qualifiers import qualify
from .rates import rate


def describe(art: Article, fig: Figure) -> None:
    lex = art.lex
    last = fig.atoms[-1]
    noun = None if last.unit else counted_noun(art, fig)
    qualify(art, fig, noun)
    if last.unit:
        fig.unit, kind = last.unit, last.unit_kind
    else:
        kind = None
        symbol = lex.units.get(noun.text.rstrip(".")) if noun is not None else None
        if fig.unit is None and symbol is not None:
            fig.unit, kind = symbol[0], symbol[1]  # "3 milliards de F"
        elif fig.unit is None and noun is not None:
            fig.unit = unit_lemma(art, noun)
        if fig.unit is not None and kind is None:
            kind = lex.unit_nouns.get(fig.unit)
    if kind == "percent" and fig.unit == "point" and not about_percentages(art, fig):
        kind = "count"  # "42 points en 25 matches"
    if fig.kind is None:
        fig.kind = kind or "count"
    fig.per = rate(art, fig, noun)


def about_percentages(art: Article, fig: Figure) -> bool:
    """Points are percentage points for decimals ("0,3 point"), in a sentence about percentages, or after
    a word of change ("en baisse de 9 points"); not in sports ("42 points en 25 matches")."""
    doc = art.doc
    sent = doc[fig.first].sent if doc.has_annotation("SENT_START") else doc[:]
    sent_text = sent.text
    if (fig.value or 0) % 1 != 0 or "%" in sent_text:
        return True
    if any(phrase in sent_text for phrase in art.lex.words("percent_phrase")):
        return True
    return any(t.lemma_.lower() in art.lex.change_words for t in doc[max(0, fig.first - 4) : fig.first])
