"""Age or duration: "87 ans" is an age after a name ("Jean Burget, 87 ans,"), a noun ("un chauffeur de 38
ans"), "âgé de", "à l'âge de", "ses", "à 87 ans", and in age groups ("les 0-6 ans", "les moins de 15 ans");
otherwise a duration, which belongs to the dates component. The rule is the one news_dates applies
(``common/ages.py``); the figures add the age groups written as a range, and sports teams ("les moins de 17
ans" after a match) that are no age group."""

from __future__ import annotations

from spacy.tokens import Token

from ..common import ages
from ..common.patterns import fold
from .article import Article, lower
from .models import Figure


def is_age(art: Article, fig: Figure, unit: Token) -> bool:
    doc, lex = art.doc, art.lex
    if unit.lemma_.lower() not in lex.words("age_lemma") and fold(unit.text) not in lex.words("age_form"):
        return False
    j, before = before_qualifier(art, fig)
    group = j >= 0 and fold(doc[j].text) in lex.words("group_determiner")
    if group and j < fig.first - 1 and _about_teams(art, fig):
        return False  # "les moins de 17 ans" of a rugby match: a team
    if ages.is_age(lex.age_cues, art.lower_text, fig.start, unit.idx + len(unit)):
        return True
    return group and len(fig.atoms) > 1  # "les 0-6 ans"


def _about_teams(art: Article, fig: Figure) -> bool:
    doc = art.doc
    if not doc.has_annotation("SENT_START"):
        return False
    sent = doc[fig.first].sent
    start = doc[sent.start - 1].sent.start if sent.start > 0 else 0
    cues = art.lex.words("team_context") | art.lex.score_cues
    return any(t.lemma_.lower() in cues or t.lower_ in cues for t in doc[start : sent.end])


def before_qualifier(art: Article, fig: Figure) -> tuple[int, str]:
    """The index of the last token before the figure and its qualifier ("de" in "âgé de plus de 65 ans"),
    and the lower-cased text before that point."""
    doc = art.doc
    window = max(0, fig.start - 60)
    before = lower(art.text[window : fig.start])
    q = art.lex.qualifiers_before.search(before)
    cut = window + (q.start("q") if q else len(before))
    j = fig.first - 1
    while j >= 0 and doc[j].idx >= cut:
        j -= 1
    return j, before[: cut - window]
