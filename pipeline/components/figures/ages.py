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
    if j >= 0 and j < fig.first - 1 and not group:
        qualified = doc[j + 1].idx  # "licenciés de moins de 18 ans": the cue before the qualifier
        if ages.is_age(lex.age_cues, art.lower_text, qualified, unit.idx + len(unit)):
            return True
    start = _list_start(art, fig)
    if start is not None and ages.is_age(lex.age_cues, art.lower_text, start, unit.idx + len(unit)):
        return True  # "ils ont 12, 15 et 17 ans": the cue stands before the list
    return group and len(fig.atoms) > 1  # "les 0-6 ans"


def listed_age(art: Article, fig: Figure, kept: list[Figure]) -> bool:
    """ "Les victimes ont 19 et 22 ans": the last number of a list of ages, whose "22 ans" news_dates reads as
    a duration without the cue before the list ("ont"), is an age as the number kept just before it is (not
    in "(6, 12, 24 et 36 mois)", durations all)."""
    doc = art.doc
    if len(fig.atoms) != 1 or fig.last + 1 >= len(doc) or _list_start(art, fig) is None:
        return False
    if not kept or kept[-1].kind != "age" or kept[-1].last != fig.first - 2:
        return False
    unit = doc[fig.last + 1]
    return unit.lemma_.lower() in art.lex.words("age_lemma") and is_age(art, fig, unit)


def _list_start(art: Article, fig: Figure) -> int | None:
    """The offset of the first number of the list this one goes on ("ont 12, 15 et 17 ans": 12), if any."""
    doc, links = art.doc, art.lex.words("coordination")
    i = fig.first
    while i >= 2 and (doc[i - 1].lower_ in links or doc[i - 1].text == ",") and doc[i - 2].like_num:
        i -= 2
    return doc[i].idx if i != fig.first else None


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
