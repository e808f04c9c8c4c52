"""Who is not a source: the writer speaking, and a verb that states an obligation or a possibility rather
than an act of saying. Read by the rules (``sources.attributions``) and by the trained part's candidates."""

from __future__ import annotations

from .document import Article
from .models import Attribution


def writers_voice(art: Article, a: Attribution) -> bool:
    """The writer speaking: a first-person source outside a quotation ("nous estimons que", "selon moi")."""
    if a.head is None or a.kind == "quote":
        return False
    head = art.doc[a.head]
    return head.lower_ in art.lex.grammar.first_person and art.quote_around(head.i) is None


def under_modal(art: Article, a: Attribution) -> bool:
    """A cue verb under a modal in the present, future or conditional states an obligation or a possibility,
    not what someone said: "on peut estimer", "vous devez vous demander", "X devrait se rappeler"."""
    if a.verb is None:
        return False
    t = art.doc[a.verb]
    modal = t.head
    if t.dep_ != "xcomp" or modal.i == t.i or modal.lemma_.lower() not in art.lex.grammar.modal:
        return False
    past = "Past" in modal.morph.get("Tense") or "Imp" in modal.morph.get("Tense")
    return not past
