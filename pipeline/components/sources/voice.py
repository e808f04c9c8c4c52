"""Who is not a source: the writer speaking, and a verb that states an obligation or a possibility rather
than an act of saying. Read by the rules (``sources.attributions``) and by the trained part's candidates."""

from __future__ import annotations

from spacy.tokens import Token

from .document import Article
from .models import Attribution
from .verbs import has_reflexive, is_passive


def writers_voice(art: Article, a: Attribution) -> bool:
    """The writer speaking: a first-person source outside a quotation ("nous estimons que", "selon moi"), or
    advice to the reader in the second person ("si vous souhaitez", "assurez-vous que"; not "ce que vous avez
    dit", an interlocutor's words)."""
    if a.head is None or a.kind == "quote":
        return False
    head = art.doc[a.head]
    words = art.lex.grammar
    if art.quote_around(head.i) is not None:
        return False
    if head.lower_ in words.first_person:
        return True
    if head.lower_.lstrip("-") not in words.second_person or a.verb is None:
        return False
    t = art.doc[a.verb]  # advice: a condition or an order to the reader, not what an interlocutor said
    return "Imp" in t.morph.get("Mood") or any(c.dep_ == "mark" and c.lower_ == "si" for c in t.children)


def under_modal(art: Article, a: Attribution) -> bool:
    """A cue verb under a modal in the present, future or conditional states an obligation or a possibility,
    not what someone said: "on peut estimer", "vous devez vous demander", "X devrait se rappeler"."""
    if a.verb is None:
        return False
    t = art.doc[a.verb]
    modal = t.head
    if t.dep_ != "xcomp" or modal.i == t.i or modal.lemma_.lower() not in art.lex.grammar.modal:
        return False
    past = (
        "Past" in modal.morph.get("Tense")
        or "Imp" in modal.morph.get("Tense")
        or modal.lower_ in art.lex.grammar.past_modal
    )
    return not past


def act_not_words(art: Article, a: Attribution) -> bool:
    """A decision or an act, not words: a court's ruling ("le tribunal l'a condamné", "rejeté par la Cour"),
    a verdict ("reconnu coupable"), the passive of a verb whose agent acts ("soutenue par 40 élus",
    "lancée par le cardinal")."""
    if a.verb is None:
        return False
    t = art.doc[a.verb]
    lemma = t.lemma_.lower()
    words = art.lex.grammar
    speaker = art.doc[a.head] if a.head is not None else None
    # (a ruling that states a clause is words: "Le Conseil d'État a jugé que ...")
    stated = any(c.dep_ == "ccomp" and c.i > t.i for c in t.children)
    if lemma in words.ruling and speaker is not None and speaker.lemma_.lower() in words.deliberative:
        return not stated
    if lemma == "reconnaître" and any(c.lower_ in words.verdict for c in t.children):
        return True
    return lemma in words.passive_act and speaker is not None and is_passive(art, t)


def plan_not_words(art: Article, a: Attribution) -> bool:
    """ "On trouve" is "there is" ("on y trouve plein de marques"): no attribution. (A wish with an infinitive
    that states content, "souhaite rénover 30 logements", stays one, as GUIDELINES.md asks: dropping wishes
    with an infinitive raised the corpus folds by 0.002 and lost one of our 13 held-out attributions.)"""
    if a.verb is None or a.kind != "verb":
        return False
    t = art.doc[a.verb]
    lemma = t.lemma_.lower()
    clause = any(c.dep_ == "ccomp" for c in t.children)
    on = [c for c in t.children if c.dep_ == "nsubj" and c.lower_ in ("on", "l'on", "l’on")]
    if lemma == "trouver" and not clause and on:
        return True
    # "On raconte que le roi ...", "on dit que": hearsay with no one behind it (not "a-t-on appris", "on
    # m'a dit", "on a appris": someone told the writer)
    present = "Pres" in t.morph.get("Tense") and not any(c.dep_.startswith("aux") for c in t.children)
    before = any(c.i < t.i for c in on)
    told = any(c.dep_ in ("iobj", "obj") and c.pos_ == "PRON" and c.i < t.i for c in t.children)
    return lemma in art.lex.grammar.hearsay and present and before and not told


def readers_own(art: Article, a: Attribution) -> bool:
    """Advice to the reader: a source that is the reader's ("votre médecin", "selon les instructions de votre
    médecin") outside a quotation is the writer speaking to them."""
    if a.mention is None or a.kind == "quote":
        return False
    span = art.doc.char_span(*a.mention, alignment_mode="expand")
    return (
        span is not None
        and any(t.lower_ in ("votre", "vos") for t in span)
        and art.quote_around(span.start) is None
    )


def writers_advice(art: Article, a: Attribution) -> bool:
    """The writer's own advice or rule: an impersonal passive in the present with no agent ("il est
    recommandé de", "il est demandé aux riverains de"); in a past tense it reports unnamed sources ("il a été
    annoncé que")."""
    if a.verb is None or a.mention is not None or a.kind != "verb":
        return False
    t = art.doc[a.verb]
    verb = art.lex.verbs.get(t.lemma_.lower())
    if verb is None or verb.klass not in ("stance", "demanding") or not is_passive(art, t):
        return False
    expletive = any(c.dep_ in ("expl:subj", "nsubj:pass") and c.lower_ == "il" for c in t.children)
    aux = [c for c in t.children if c.dep_.startswith("aux")]
    present = all(c.dep_ == "aux:pass" and "Pres" in c.morph.get("Tense") for c in aux)
    return expletive and bool(aux) and present


def other_sense(art: Article, a: Attribution) -> bool:
    """A cue verb in a sense that says nothing: with its reflexive ("s'assurer que" makes sure, "se rappeler"
    remembers), with an object that makes an idiom ("trouver la mort"), or in the conditional after "comme"
    ("comme dirait l'autre", a saying)."""
    if a.verb is None or a.kind != "verb":
        return False
    t = art.doc[a.verb]
    if t.lemma_.lower() in art.lex.grammar.not_reflexive and has_reflexive(art, t):
        return True
    lemma = t.lemma_.lower()
    objects = (c.lemma_.lower() for c in t.children if c.dep_ in ("obj", "xcomp"))
    if any(f"{lemma} {o}" in art.lex.grammar.idiom for o in objects):
        return True  # "a trouvé la mort", "ont trouvé un accord", "ont répondu présents"
    return conditional(t) and t.left_edge.lower_ in art.lex.grammar.as_clause


def conditional(t: Token) -> bool:
    """The conditional, from the morphology or the form (the tagger reads "dirait" as an imperfect): the
    future stem ("déclarer", "dir") and "ait" / "aient"."""
    if "Cnd" in t.morph.get("Mood"):
        return True
    form, lemma = t.lower_, t.lemma_.lower()
    for ending in ("ait", "aient"):
        if form.endswith("r" + ending):
            stem = form[: -len(ending)]
            return stem == lemma or stem + "e" == lemma
    return False


def not_reported(art: Article, a: Attribution) -> bool:
    """Any of the above: the writer's voice or advice, a modal, an act, a plan, the reader's own."""
    return (
        writers_voice(art, a)
        or under_modal(art, a)
        or act_not_words(art, a)
        or plan_not_words(art, a)
        or readers_own(art, a)
        or writers_advice(art, a)
        or other_sense(art, a)
        or in_condition(art, a)
    )


def in_condition(art: Article, a: Attribution) -> bool:
    """ "Si le rectorat devait confirmer la fermeture, ...", "si l'État confirme la fermeture": a verb of
    saying in a condition, in a simple tense, reports nothing (not "Même si X a reconnu que", "S'il a
    reconnu les faits, il conteste": facts)."""
    if a.verb is None:
        return False
    v = art.doc[a.verb]
    if v.dep_ == "xcomp" and v.head.i < v.i:  # "devait confirmer", "venait à annoncer"
        v = v.head
    for c in v.children:
        if c.dep_ == "mark" and c.lower_ in ("si", "s'", "s’") and c.i < v.i:
            before = art.doc[c.i - 1].lower_ if c.i > 0 else ""
            return before != "même" and not any(x.dep_ == "aux:tense" for x in v.children)
    return False


def quoted_speech(art: Article, a: Attribution, found: list[Attribution]) -> bool:
    """``a``'s cue is inside a quotation that another of ``found`` reports (its content holds it, its cue is
    outside)."""
    q = art.quote_around(art.token_at(a.cue[0]))
    return q is not None and any(
        b is not a
        and b.content is not None
        and b.content[0] <= q.inner_start
        and q.inner_end <= b.content[1]
        and art.quote_around(art.token_at(b.cue[0])) is not q
        for b in found
    )


def nested_stance(art: Article, a: Attribution, found: list[Attribution]) -> bool:
    """``a`` is a stance verb whose pronoun subject is inside what another of ``found``, a verb, reports
    ("Le président a déclaré qu'il espérait que ...")."""
    verb = art.lex.verbs.get(art.doc[a.verb].lemma_.lower()) if a.verb is not None else None
    if verb is None or verb.klass != "stance" or a.mention is None or a.head is None:
        return False
    if art.doc[a.head].lower_ not in art.lex.grammar.personal:
        return False
    return any(
        b is not a
        and b.kind == "verb"
        and b.content
        and b.content[0] <= a.mention[0]
        and a.cue[1] <= b.content[1]
        for b in found
    )
