"""Describing a source mention: the proper name in it or referred to (a pronoun's antecedent), the role
(the descriptor around the name) and the kind of source."""

from __future__ import annotations

from spacy.tokens import Span, Token

from .document import Article
from .mentions import AGENT_SUFFIXES
from .models import Attribution


def describe(art: Article, attributions: list[Attribution]) -> None:
    """Set name, name_label, role and source_type of each attribution (in text order: a pronoun's
    antecedent may be an earlier source; a quotation's speaker already described is copied)."""
    norms = {(e.start, e.end): e._.norm for e in art.ents}
    last_by_mention: dict[tuple[int, int], Attribution] = {}
    for i, a in enumerate(attributions):
        if i:
            previous = attributions[i - 1]
            if previous.mention is not None:
                last_by_mention[previous.mention] = previous
        if a.anonymous:
            a.source_type = "anonymous"
            if a.mention is None:
                continue
        if a.mention is None:
            continue
        if a.kind == "quote" and a.name is not None:
            prior = last_by_mention.get(a.mention)
            if prior is not None:
                a.name, a.name_label, a.role, a.source_type = (
                    prior.name,
                    prior.name_label,
                    prior.role,
                    prior.source_type,
                )
                continue
        describe_one(art, a, norms, attributions, i)


def describe_one(art: Article, a: Attribution, norms, attributions: list[Attribution], i: int) -> None:
    """Describe ``a``, the ``i``-th of ``attributions``."""
    doc = art.doc
    s, e = a.mention
    span = doc.char_span(s, e, alignment_mode="expand")
    if span is None:
        return
    head = doc[a.head] if a.head is not None else span.root
    if "antecedent" in a.extra:  # a relative pronoun: named after what it stands for
        describe_relative(art, a, doc[a.extra["antecedent"]], norms)
        said = doc[a.extra["antecedent"]].idx
        described = (b for b in attributions[:i] if b.mention and b.source_type)
        earlier = next((b for b in described if b.mention[0] <= said < b.mention[1]), None)
        if earlier is not None:  # "a indiqué la CGT, qui dénonce": the type its mention was given
            a.source_type = earlier.source_type
        return
    name_span = None
    for m in art.lex.names_re.finditer(art.text, s, e):
        name_span = doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
        a.name, a.name_label = m.group(1), "ORG"
        break
    inside = [
        x
        for x in art.ents_in(span.start, span.end)
        if x.label_ in ("PER", "ORG") or x.start <= head.i < x.end
    ]
    if inside:
        best = sorted(inside, key=lambda x: ({"PER": 0, "ORG": 1}.get(x.label_, 2), -len(x)))[0]
        if a.name is None or best.label_ == "PER":
            name_span, a.name, a.name_label = (
                best,
                norms.get((best.start, best.end), best.text),
                best.label_,
            )
        elif name_span is not None and best.start <= name_span.start and best.end >= name_span.end:
            name_span, a.name_label = best, best.label_
            a.name = ent_name(art, best, norms)
    pronoun = len(span) == 1 and span[0].lower_.lstrip("-") in art.lex.grammar.personal
    if a.name is None and head.pos_ == "PROPN" and not pronoun:
        name_span = doc[head.i : head.i + 1]
        a.name, a.name_label = (
            head.text,
            "PER" if art.lex.nouns.get(head.lemma_.lower()) is None else None,
        )
    demonstrative = span[0].lower_ in art.lex.grammar.demonstrative
    possessive = span[0].lower_ in POSSESSIVE  # "selon ses prévisions": whose forecasts
    if a.name is None and (pronoun or demonstrative or possessive):
        a.name, a.name_label = antecedent(
            art, span, a, norms, attributions, i, plural=span[0].lower_.lstrip("-") in art.lex.grammar.plural
        )
    a.role = None if pronoun else role(art, span, name_span)
    a.source_type = a.source_type or source_type(art, a, head, pronoun, span)
    if a.name is None and head.pos_ == "NOUN" and len(span) <= 2:
        a.source_type = named_before(art, head, s) or a.source_type


def named_before(art: Article, head: Token, before: int) -> str | None:
    """ "l'agence" after "l'Agence régionale de santé": a bare description takes the type of the institution
    its noun last opened earlier in the article (not the news agency its noun alone would be)."""
    nouns = (head.lemma_.lower(), head.lower_)
    phrases = [(p, kind) for p, kind in art.lex.institution_types.items() if p.split(" ", 1)[0] in nouns]
    if not phrases:  # most descriptions: the article's text is not read
        return None
    text = art.text[:before].lower()
    found = [(at, kind) for at, kind in ((text.rfind(p), kind) for p, kind in phrases) if at >= 0]
    return max(found)[1] if found else None


POSSESSIVE = {"son", "sa", "ses", "leur", "leurs"}


def agrees(art: Article, pronoun: Token, b: Attribution) -> bool:
    """The pronoun can stand for the source of ``b``: same gender and number as its head noun ("elle"
    not for "le maire", "il" not for "les syndicats"); a name's gender is not known, so it always may."""
    if b.head is None:
        return True
    head = art.doc[b.head]
    if head.pos_ != "NOUN":
        return True
    for feature in ("Gender", "Number"):
        mine, theirs = pronoun.morph.get(feature), head.morph.get(feature)
        if mine and theirs and mine != theirs:
            return False
    return True


def describe_relative(art: Article, a: Attribution, antecedent: Token, norms) -> None:
    ent = art.ent_at(antecedent.i)
    if ent is None or ent.label_ not in ("PER", "ORG"):  # "le président, Luc Stéfann, qui": the apposition
        named = (art.ent_at(c.i) for c in antecedent.children if c.dep_ == "appos")
        ent = next((x for x in named if x is not None and x.label_ in ("PER", "ORG")), ent)
    if ent is not None and ent.label_ in ("PER", "ORG"):
        a.name, a.name_label = ent_name(art, ent, norms), ent.label_
    elif antecedent.pos_ == "PROPN":
        a.name = antecedent.text
    a.source_type = source_type(art, a, antecedent, pronoun=True)


def ent_name(art: Article, ent: Span, norms: dict) -> str:
    """The entity as written, or for a person the fuller name it stands for ("Choïgou")."""
    norm = norms.get((ent.start, ent.end), ent.text)
    return norm if ent.label_ == "PER" and norm != " ".join(t.text for t in ent) else ent.text


def role(art: Article, span: Span, name: Span | None) -> str | None:
    tokens = [t for t in span if name is None or not (name.start <= t.i < name.end)]
    if name is not None:
        left = [t for t in tokens if t.i < name.start]
        right = [t for t in tokens if t.i >= name.end]
        tokens = left if any(t.pos_ in ("NOUN", "ADJ") for t in left) else right
    while tokens and (tokens[0].pos_ in ("DET", "PUNCT", "ADP") or tokens[0].is_punct):
        tokens = tokens[1:]
    while tokens and (tokens[-1].pos_ in ("DET", "PUNCT", "ADP", "CCONJ") or tokens[-1].is_punct):
        tokens = tokens[:-1]
    if not tokens or not any(t.pos_ in ("NOUN", "ADJ") for t in tokens):
        return None
    return art.text[tokens[0].idx : tokens[-1].idx + len(tokens[-1].text)]


def source_type(art: Article, a: Attribution, head: Token, pronoun: bool, span=None) -> str | None:
    institution = art.lex.institution_type(span.text) if span is not None else None
    if institution is not None:
        return institution
    kind = art.lex.nouns.get(head.lemma_.lower()) or art.lex.nouns.get(head.lower_)
    if kind and head.pos_ == "NOUN":
        return kind
    if a.name is not None:
        by_name = art.lex.name_type(a.name)
        if by_name:
            return by_name
        if a.name_label not in ("PER", "ORG") and span is not None:
            # an unknown name described in its mention: "le Straits Times, principal quotidien du pays"
            described = [art.lex.nouns.get(x.lemma_.lower()) for x in span if x.pos_ == "NOUN"]
            described = [k for k in described if k and k != "person"]
            if described:
                return described[0]
        return {"PER": "person", "ORG": "organisation", "LOC": "government"}.get(
            a.name_label or "", "person" if pronoun else "organisation"
        )
    if pronoun:
        return "person"
    if kind:
        return kind
    if head.pos_ == "NOUN" and head.lemma_.lower().endswith(AGENT_SUFFIXES):
        return "person"  # "cet animateur", "les indépendantistes"
    return "person" if head.pos_ == "PROPN" else None


def antecedent(
    art: Article, span, a: Attribution, norms, attributions: list[Attribution], i: int, plural: bool
) -> tuple[str | None, str | None]:
    """The name a pronoun or demonstrative mention stands for, when the text makes it unambiguous:
    a person named earlier in its sentence, else the previous source (one of ``attributions[:i]``, at
    most 3 sentences before), else the one person named in the nearest sentence before."""
    si = art.sent_index(span.start)
    content = a.content or (0, 0)
    if not plural:
        here = {
            norms.get((x.start, x.end), x.text)
            for x in art.ents_in_sent(si)
            if x.label_ == "PER" and x.end <= span.start and not (content[0] <= x.start_char < content[1])
        }
        if len(here) == 1:
            return here.pop(), "PER"
        if len(here) > 1:
            return None, None
    for k in range(i - 1, -1, -1):  # attributions are in text order: stop 3 sentences back
        b = attributions[k]
        back = si - art.sent_index(art.token_at(b.cue[0]))
        if back > 3:
            break
        if b.name and b.mention != a.mention and agrees(art, span[0], b):
            return b.name, b.name_label
    if plural:
        return None, None
    for back in range(1, 4):
        if si - back < 0:
            break
        names = {
            norms.get((x.start, x.end), x.text) for x in art.ents_in_sent(si - back) if x.label_ == "PER"
        }
        if names:
            return (names.pop(), "PER") if len(names) == 1 else (None, None)
    return None, None
