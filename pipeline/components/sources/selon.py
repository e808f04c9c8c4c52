"""Prepositional cues: "selon X", "d'après X", "à en croire X", "de source policière", "pour X, ..." (an
opinion), with the content the phrase covers."""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Span, Token

from . import mentions, verbs
from .document import Article
from .models import Attribution


def selon_cues(art: Article) -> list[Attribution]:
    """Every prepositional cue with its source, in text order."""
    out: list[Attribution] = []
    for m in art.lex.cue_re.finditer(art.text):
        phrase = " ".join(m.group(1).lower().replace("’", "'").split())
        kind = art.lex.cue_kinds.get(phrase)
        if kind is None:
            continue
        span = art.doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
        if span is None or span.end >= len(art.doc):
            continue
        a = selon(art, span, kind)
        if a is not None:
            if a.kind == "selon" and a.mention is not None:
                figure_content(art, span, a, out)
            out.append(a)
    return out


def figure_content(art: Article, cue: Span, a: Attribution, before: list[Attribution]) -> None:
    """ "de 8 500 selon la police à 25 000 selon l'intersyndicale": a "selon" right after a number, inside
    the clause, covers the phrase before it back to the previous such cue (or a comma, or the sentence
    start), so that each figure gets the source whose cue governs it."""
    doc, sent = art.doc, art.sent_of(cue.start)
    k = cue.start - 1
    if k <= sent.start or doc[k].is_punct:
        return
    if not any(doc[j].like_num or doc[j].pos_ == "NUM" for j in range(max(k - 2, sent.start), k + 1)):
        return
    start = sent.start
    for j in range(k, sent.start - 1, -1):
        if doc[j].text in (",", ";", ":", "(", "«"):
            start = j + 1
            break
    for b in reversed(before):  # in text order: only those of this sentence matter
        if b.mention is None:
            continue
        if b.mention[1] < sent.start_char:
            break
        if b.mention[1] <= doc[k].idx:
            start = max(start, art.token_at(b.mention[1] - 1) + 1)
    a.content = art.chars(start, cue.start) or a.content


def selon(art: Article, cue: Span, kind: str) -> Attribution | None:
    doc = art.doc
    sent = art.sent_of(cue.start)
    nxt = doc[cue.end]
    if nxt.lower_ in art.lex.grammar.complementizer or art.sent_index(nxt.i) != art.sent_index(cue.start):
        return None
    if kind == "anonymous":
        head = cue[-1]
        if head.lemma_.lower() != "source" and head.lower_ not in ("source", "sources"):
            return None
        end = head.i + 1
        while end < sent.end and doc[end].text not in (",", ".", ";", ":") and doc[end].head.i >= head.i:
            end += 1
        if any(x.lower_ in art.lex.not_sources for x in doc[head.i + 1 : end]):
            return None  # "n'ont pu être vérifiées de source indépendante": verified independently
        phrase = art.chars(cue.start, end)
        if phrase is None:
            return None
        a = Attribution("selon", phrase, None, None, anonymous=True)
        a.content = adjunct_content(art, cue.start, end, sent)
        return a
    head = mentions.np_head(art, cue.end, sent)
    if head is None:
        return None
    if kind == "opinion" and head.i == cue.end and head.lower_ == "qui":
        return opinion_of_relative(art, cue, head, sent)
    if head.i == cue.end and "Rel" in head.morph.get("PronType") and head.head.i > head.i:
        # "les informations selon lesquelles il s'apprêterait à ...": the pronoun stands for its antecedent,
        # the relative clause is what they say (not "le principe selon lequel")
        clause = head.head
        said = clause.head.lemma_.lower() if clause.dep_ == "acl:relcl" else ""
        if said not in art.lex.grammar.report_noun and art.lex.nouns.get(said) is None:
            return None
        a = Attribution("selon", (cue.start_char, cue.end_char), art.chars(head.i, head.i + 1), head.i)
        a.content = art.chars(head.i + 1, clause.right_edge.i + 1)
        return a if a.mention and a.content else None
    if kind == "opinion" and not opinion_source(art, cue, head, sent):
        return None
    if any(c.dep_ == "det" and c.lower_ in art.lex.grammar.first_possessive for c in head.children):
        return None  # "selon nos informations", "d'après mes recherches": the writer's own
    if kind == "source" and not mentions.plausible_source(art, head):
        return None
    if kind == "source" and not set_off(art, cue, sent) and not named_source(art, head):
        return None  # "leur contenu diffère selon les Facultés", "selon un cérémonial identique"
    if (
        kind == "source"
        and head.dep_.startswith("obl")
        and head.head.lemma_.lower() in art.lex.grammar.depends
        and not (set_off(art, cue, sent) and named_source(art, head))
    ):
        # "qui se définissent selon la société": depending on (not "pour organiser la compétition, selon
        # l'université d'Oxford", a named source set off by a comma)
        return None
    mention_start, mention_end, relay = mentions.np_extent(art, head, cue.end, sent)
    mention_end = first_comma_end(art, head, mention_end)
    a = Attribution("selon", (cue.start_char, cue.end_char))
    agent = mentions.reported_by(art, head)
    if agent is not None and agent[0] is None:
        relay = agent[1]  # "selon cette note, publiée par Le Monde"
        agent = None
    if agent is not None:
        source, relay2 = agent
        s, e, relay3 = mentions.np_extent(art, source, mentions.after_case(art, source), sent)
        a.mention, a.head = art.chars(s, e), source.i
        a.relay = relay2 or relay3 or relay
    else:
        a.mention, a.head, a.relay = art.chars(mention_start, mention_end), head.i, relay
        if head.lemma_.lower() in art.lex.unnamed and not art.has_name(mention_start, mention_end):
            a.hedge_cue = True
    if a.mention is None:
        return None
    a.content = adjunct_content(art, cue.start, mentions.outer_end(art, cue.start, mention_end), sent, head)
    return a


def opinion_of_relative(art: Article, cue: Span, qui: Token, sent: Span) -> Attribution | None:
    """ "Le maire, pour qui la hausse est « inacceptable », a saisi le préfet": the person or body before the
    comma holds the opinion the relative clause states, up to the next comma (or the sentence end)."""
    doc = art.doc
    if cue.start - 2 < sent.start or doc[cue.start - 1].text != ",":
        return None
    antecedent = doc[cue.start - 2]
    while antecedent.dep_ in ("flat:name", "amod", "appos") and antecedent.head.i < antecedent.i:
        antecedent = antecedent.head  # "Damien Roche": its first word; "le président, Damien Roche"
    if not mentions.animate(art, antecedent) or antecedent.pos_ == "PRON":
        return None
    end, inside = qui.i + 1, False
    while end < sent.end and not (doc[end].text in (",", ";") and not inside):
        inside = (inside or doc[end].text == "«") and doc[end].text != "»"
        end += 1
    while end > qui.i + 1 and (doc[end - 1].text in (".", "!", "?") or doc[end - 1].is_space):
        end -= 1
    content = art.chars(qui.i + 1, end)
    if content is None or not any(x.pos_ in ("VERB", "AUX") for x in doc[qui.i + 1 : end]):
        return None
    a = Attribution("selon", (cue.start_char, cue.end_char), art.chars(qui.i, qui.i + 1), qui.i)
    a.extra["antecedent"] = antecedent.i
    a.content = content
    return a


def set_off(art: Article, cue: Span, sent: Span) -> bool:
    """The cue opens its sentence, follows a punctuation mark ("Selon X, ...", "..., selon X") or a number
    it qualifies ("96 selon les décomptes officiels")."""
    k = cue.start - 1
    while k >= sent.start and art.doc[k].is_space:
        k -= 1
    return k < sent.start or art.doc[k].is_punct or art.doc[k].like_num


def named_source(art: Article, head: Token) -> bool:
    """A head that can only be a source: a person or organisation name, a pronoun, a media, or a noun of
    the sources lexicon (mid-clause, "selon" otherwise means "depending on")."""
    if head.ent_type_ in ("PER", "ORG") or head.pos_ in ("PRON", "PROPN"):
        return True
    return art.lex.nouns.get(head.lemma_.lower()) is not None


def first_comma_end(art: Article, head: Token, end: int) -> int:
    """A "selon" mention ends at the first comma after its head, unless what follows is an apposition
    (no number, no verb) closed by another comma: "selon les chroniques, plus de 50 000 soldats ..." ends
    at "chroniques"; "selon le préfet du Doubs, Jean Martin, ..." keeps the name."""
    doc = art.doc
    for j in range(head.i + 1, end):
        if doc[j].text != ",":
            continue
        k = j + 1
        while k < end and doc[k].text != ",":
            if doc[k].like_num or doc[k].pos_ in ("NUM", "VERB", "AUX"):
                return j
            k += 1
        return end if k < end or k == j + 1 else (end if end < len(doc) and doc[end].text == "," else j)
    return end


# bodies of the sources lexicon that are also places: "Pour la région, cette subvention représente 5 %" is
# for whom, not in whose opinion
TERRITORIES = frozenset({"ville", "commune", "région", "département", "état", "métropole", "collectivité"})


def opinion_source(art: Article, cue: Span, head: Token, sent: Span) -> bool:
    """ "Pour X, ..." opens a clause and names a person or an organisation, then a clause follows."""
    doc = art.doc
    before = doc[cue.start - 1] if cue.start > sent.start else None
    if before is not None and before.text not in (",", ":", ";", "-", "–"):
        return False
    if head.ent_type_ in ("LOC", "MISC") or head.like_num:
        return False
    comma = next((j for j in range(cue.end, min(cue.end + 6, sent.end)) if doc[j].text == ","), None)
    if comma is not None and any(x.ent_type_ == "LOC" for x in doc[cue.end : comma]):
        return False  # "Pour l'Autriche, Franz Fischler pourrait conserver son poste": for which country
    is_person = head.ent_type_ in ("PER", "ORG") or head.lower_ in art.lex.grammar.opinion
    kind = art.lex.nouns.get(head.lemma_.lower())
    if kind == "government" and head.lemma_.lower() in TERRITORIES:
        kind = None  # "Pour la commune, la dépense s'élève à ...": for whom it counts
    is_person = is_person or kind in ("person", "organisation", "government")
    if not is_person:
        return False
    named = head.ent_type_ in ("PER", "ORG") or head.pos_ == "PROPN"
    if any(
        c.dep_ in ("acl", "acl:relcl")
        and c.i > head.i
        and not (named and c.left_edge.i > head.i and doc[c.left_edge.i - 1].text == ",")  # ", qui défend"
        for c in head.children
    ):
        return False  # "Pour les patients bénéficiant d'une ICP, la dose est ...": whom it concerns
    end = head.right_edge.i + 1
    # "Pour eux « il n'y avait pas de faux électeurs »" (the parser may hang the quotation on the phrase)
    q = next((art.quote_opening_at(j) for j in range(head.i + 1, end + 1) if art.quote_opening_at(j)), None)
    if q is not None:
        return any(x.pos_ in ("VERB", "AUX") for x in doc[q.open_tok + 1 : q.close_tok])
    if end >= sent.end or doc[end].text != ",":
        # the parser hung the clause under the phrase ("Pour l'économiste Jean Dupont, la dette atteindra"):
        # the phrase ends at the first comma when no verb comes before it
        end = next((j for j in range(head.i + 1, sent.end) if doc[j].text == ","), sent.end)
        if end >= sent.end or any(x.pos_ in ("VERB", "AUX") for x in doc[cue.end : end]):
            return False
    # a clause follows (a verb the tagger may have read as a participle: "la dette atteindra")
    return any(
        t.pos_ in ("VERB", "AUX") and "Inf" not in t.morph.get("VerbForm") for t in doc[end : sent.end]
    )


def adjunct_content(
    art: Article, start: int, end: int, sent: Span, head: Token | None = None
) -> tuple[int, int] | None:
    """What an adjunct cue ("selon X") covers: its sentence without it when it is set off by commas
    at a clause edge, else the clause it sits in."""
    doc = art.doc
    before = doc[start - 1] if start > sent.start else None
    after = doc[end] if end < sent.end else None
    at_edge_before = before is None or before.text in (",", ":", ";", "(", "-", "–")
    at_edge_after = after is None or after.text in (",", ".", ";", ":", ")", "!", "?", "»")
    if at_edge_before and at_edge_after or head is None:
        left = art.chars(sent.start, start)
        right = art.chars(end, sent.end)
        if left and right:
            return left[0], right[1]
        return left or right
    clause = head
    while clause.head.i != clause.i and clause.pos_ not in ("VERB", "AUX"):
        clause = clause.head
    return art.chars(clause.left_edge.i, clause.right_edge.i + 1)


def merge_anonymous(art: Article, found: list[Attribution]) -> list[Attribution]:
    """ "a-t-on appris de source judiciaire" is one attribution: the verb's cue takes in the phrase."""
    phrases = [a for a in found if a.kind == "selon" and a.anonymous and a.mention is None]
    phrases.sort(key=lambda p: p.cue[0])
    starts = [p.cue[0] for p in phrases]
    drop = set()
    for a in found:
        if a.kind != "verb" or not a.anonymous or a.mention is not None:
            continue
        k = bisect_left(starts, a.cue[1])  # the phrase right after the verb, or after time words
        while k < len(phrases) and phrases[k].cue[0] <= a.cue[1] + 40:
            p = phrases[k]
            first, last = art.token_at(a.cue[1] - 1) + 1, art.token_at(p.cue[0])
            # "a-t-on appris jeudi de sources concordantes"
            if p.cue[0] >= a.cue[1] and verbs.past_time_words(art, first, art.sent_of(first)) >= last:
                a.cue = (a.cue[0], p.cue[1])
                drop.add(id(p))
            k += 1
    return [a for a in found if id(a) not in drop]
