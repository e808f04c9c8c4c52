"""Age or duration: "87 ans" is an age after a name ("Jean Burget, 87 ans,"), a noun ("un chauffeur de 38
ans"), "âgé de", "à l'âge de", "ses", "à 87 ans", and in age groups ("les 0-6 ans"); otherwise a duration,
which belongs to the dates component."""

from __future__ import annotations

from spacy.tokens import Token

from ..common.patterns import fold
from .article import Article, lower
from .models import Atom, Figure


def is_age(art: Article, fig: Figure, unit: Token) -> bool:
    doc, lex = art.doc, art.lex
    if unit.lemma_.lower() not in lex.words("age_lemma") and fold(unit.text) not in lex.words("age_form"):
        return False
    j, before = before_qualifier(art, fig)
    if lex.age_before.search(before):
        return True
    if j < 0:
        return False
    prev = fold(doc[j].text)
    after = doc[unit.i + 1] if unit.i + 1 < len(doc) else None
    if prev in lex.words("de"):
        head = doc[j - 1] if j > 0 else None
        if head is None or head.pos_ not in ("NOUN", "PROPN", "ADJ"):
            return False
        return not {head.lemma_.lower(), fold(head.text)} & lex.duration_heads
    if prev in lex.words("coordination") and j > 0 and doc[j - 1].like_num:  # "âgés de 19 et 22 ans"
        tok = doc[j - 1]
        atom = Atom(tok.idx, tok.idx + len(tok), "digits", None, first=tok.i, last=tok.i)
        return is_age(art, Figure([atom], atom.start, atom.end, None, None, None), unit)
    if prev in (",", "("):
        return after is None or after.text in (",", ")", ".", ";") or after.is_sent_start
    if prev in lex.words("to"):  # "mort à 74 ans", not "condamné à 2 ans ferme"
        return after is None or fold(after.text) not in lex.words("of") | lex.words("sentence_after")
    # an age group: "les 0-6 ans", "les moins de 15 ans" (but "les moins de 17 ans" in sport is a team)
    if prev not in lex.words("group_determiner"):
        return False
    return len(fig.atoms) > 1 or j < fig.first - 1 and not _about_teams(art, fig)


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
