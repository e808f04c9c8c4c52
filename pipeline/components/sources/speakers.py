"""Direct quotations no verb introduces, and who says them: a source earlier in the sentence, the subject
of the sentence, or the source named in the sentences just before."""

from __future__ import annotations

from bisect import bisect_left
from itertools import accumulate

from . import mentions, subjects
from .document import Article
from .models import Attribution, Quote

QUOTE_REACH = 2  # sentences between a speaker's attribution and a quotation still theirs
# words of a speaker talking of themselves: a quotation holding one is someone's words
FIRST_PERSON = {"je", "j'", "j’", "nous", "me", "m'", "m’", "moi", "mon", "ma", "mes", "notre", "nos", "on"}


def quote_cues(art: Article, found: list[Attribution]) -> list[Attribution]:
    """The quotations no attribution found covers or holds a cue of, with a speaker."""
    out: list[Attribution] = []
    # (the words a quoted speaker reports inside their quotation cover nothing)
    covered = sorted(a.content for a in found if a.content and not quoted_report(art, a))
    covered_starts = [s for s, _ in covered]
    reach = list(accumulate((e for _, e in covered), max))  # the furthest end of the first k contents
    by_cue = sorted(found, key=lambda a: a.cue[0])
    cue_starts = [a.cue[0] for a in by_cue]
    speakers = Speakers(found)
    listed = listed_quotes(art)
    for q in art.quotes:
        if not q.opened or q.open_tok in listed:  # (no opening mark to be the cue: only a verb after it)
            continue
        k = bisect_left(covered_starts, q.inner_end)  # the contents starting before the quotation ends
        if k and reach[k - 1] > q.inner_start:
            continue
        k = bisect_left(cue_starts, q.open_char)
        if any(owns(by_cue[j], q) for j in range(k, bisect_left(cue_starts, q.close_char, lo=k))):
            continue
        inner = art.doc[q.open_tok + 1 : q.close_tok]
        if len(inner) < 3 or not any(
            (x.pos_ in ("VERB", "AUX") and "Fin" in x.morph.get("VerbForm"))
            # (a subject pronoun: a clause, whatever the tagger made of its verb: "Nous les investirons")
            or (x.pos_ == "PRON" and x.dep_.startswith("nsubj"))
            for x in inner
        ):
            continue
        said_by = speaker(art, q, speakers.last_before(q.open_char))
        if said_by is None:
            continue
        a = Attribution("quote", (q.open_char, q.open_char + 1))
        a.mention, a.head, a.anonymous = said_by.mention, said_by.head, said_by.anonymous
        a.relay, a.name, a.extra = said_by.relay, said_by.name, dict(said_by.extra)
        verb = a.extra.pop("verb", None)
        if verb is not None:  # the speaker's verb, misread, is the cue
            t = art.doc[verb]
            a.kind, a.cue, a.verb = "verb", (t.idx, t.idx + len(t.text)), verb
        a.content = (q.inner_start, q.inner_end)
        out.append(a)
        speakers.add(a)
    return out


def owns(a: Attribution, q: Quote) -> bool:
    """``a``, whose cue is inside ``q``, reports the quotation itself (an incise: « Nous avons tout essayé,
    explique le délégué. »), not words the quoted speaker reports ("Le directeur a affirmé que ...")."""
    return a.content is None or a.content[0] <= q.inner_start or a.content[1] > q.inner_end


def quoted_report(art: Article, a: Attribution) -> bool:
    """``a``'s cue is inside a quotation it does not report: the quoted speaker's own report."""
    q = art.quote_around(art.token_at(a.cue[0]))
    return q is not None and not owns(a, q)


def listed_quotes(art: Article) -> set[int]:
    """The opening marks of quotations listed with only a comma between them ("« Suit les processions »,
    « Reçoit La Croix chez lui », ..."): quoted terms or entries, not words someone says."""
    doc, out = art.doc, set()
    for q, r in zip(art.quotes, art.quotes[1:], strict=False):
        if q.closed and r.opened and r.open_tok == q.close_tok + 2 and doc[q.close_tok + 1].text == ",":
            out.update((q.open_tok, r.open_tok))
    return out


class Speakers:
    """The attributions with a source (a mention, or anonymous) by cue start, to find the last one before
    a quotation; among equal starts the first added wins."""

    def __init__(self, found: list[Attribution]):
        self.keys: list[tuple[int, int]] = []  # (cue start, order added)
        self.items: list[Attribution] = []
        for a in found:
            self.add(a)

    def add(self, a: Attribution) -> None:
        order = len(self.keys)
        if not (a.mention or a.anonymous):
            return
        key = (a.cue[0], order)
        k = bisect_left(self.keys, key)
        self.keys.insert(k, key)
        self.items.insert(k, a)

    def last_before(self, char: int) -> Attribution | None:
        keys = self.keys
        k = bisect_left(keys, (char, -1)) - 1
        if k < 0:
            return None
        return self.items[bisect_left(keys, (keys[k][0], -1))]


def speaker(art: Article, q: Quote, last: Attribution | None) -> Attribution | None:
    """Who says a quotation no verb introduces: ``last``, the source of the last attribution before it,
    when in its sentence; else the subject of its sentence ("X a lu sa déposition : « ... »"); else, for
    a quotation opening its sentence, ``last`` when at most QUOTE_REACH sentences before."""
    si = art.sent_index(q.open_tok)
    if last is not None and art.sent_index(art.token_at(last.cue[0])) == si:
        return last
    subject = sentence_subject(art, q) or described_after(art, q)
    if subject is not None:
        return subject
    opens = art.opens_sentence(q) or art.doc[q.open_tok - 1].text == ":"
    if last is not None:
        last_end = max(last.cue[1], last.content[1] if last.content else 0)
        between = art.sentences_between(art.token_at(max(last_end - 1, 0)), q.open_tok)
        if opens and between <= QUOTE_REACH:
            # "Selon la direction, ... Sur le quai, Inès, étudiante, fait ses comptes. « Si je rate ... »":
            # a person the sentence right before brings in speaks it, not the last source
            fresh = previous_subject(art, q) if between >= 2 and art.opens_sentence(q) else None
            return fresh or last
        if art.sentences_between(art.token_at(max(last_end - 1, 0)), q.open_tok) <= 1:
            return None  # the last speaker is near: a quotation of someone else needs a cue
    return previous_subject(art, q) if art.opens_sentence(q) else None


def previous_subject(art: Article, q: Quote) -> Attribution | None:
    """ "Le préfet Jean Martin a présenté le bilan. « Nous avons compté 1 200 interventions. »": a quotation
    in the first person that makes its own sentence is said by the person or body the sentence before is
    about (its subject), when that sentence is no quotation."""
    inner = art.doc[q.open_tok + 1 : q.close_tok]
    if not any(x.lower_ in FIRST_PERSON for x in inner):
        return None
    subj = subjects.previous_sentence_subject(art, q.open_tok)
    if subj is None or subj.pos_ == "PRON" or not mentions.plausible_agent(art, subj):
        return None
    prev = art.sent_of(subj.i)
    if any(art.quote_around(x.i) is not None for x in prev):
        return None
    s, e, relay = mentions.np_extent(art, subj, subj.left_edge.i, prev)
    e = min(e, prev.root.i) if prev.root.i > subj.i else e
    a = Attribution("quote", (q.open_char, q.open_char + 1), art.chars(s, e), subj.i)
    a.relay = relay
    return a if a.mention else None


def described_after(art: Article, q: Quote) -> Attribution | None:
    """ "« Nous avons perdu 3 000 clients. » Le constat de Paul Roux, directeur de l'agence, est amer.": a
    quotation that makes its own sentence is said by whom the speech noun opening the next one names."""
    doc, si = art.doc, art.sent_index(q.close_tok)
    if not art.opens_sentence(q) or si + 1 >= len(art.sents):
        return None
    if any(not x.is_punct for x in doc[q.close_tok + 1 : art.sents[si].end]):
        return None
    nxt = art.sents[si + 1]
    head = mentions.np_head(art, art.first_content_token(nxt), nxt)
    if head is None or head.lemma_.lower() not in art.lex.grammar.speech_noun:
        return None
    said_by = next(
        (c for c in head.children if c.dep_ == "nmod" and c.i > head.i and mentions.has_de(c)), None
    )
    if said_by is None or not mentions.plausible_agent(art, said_by):
        return None
    s, e, relay = mentions.np_extent(art, said_by, mentions.after_case(art, said_by), nxt)
    a = Attribution("quote", (q.open_char, q.open_char + 1), art.chars(s, e), said_by.i)
    a.relay = relay
    return a if a.mention else None


def colon_speaker(art: Article, q: Quote, sent) -> Attribution | None:
    """ "Laurent Fabius : « ... »": a person or body named before a colon, with no verb, speaks the
    quotation after it."""
    doc = art.doc
    colon = q.open_tok - 1
    start = art.first_content_token(sent)
    if colon <= start or doc[colon].text != ":":
        return None
    # "Le ministre minimise : « ... »": a cue verb right before the colon, which the parser hangs on the
    # noun before it or takes for a noun, is the quotation's cue
    last = doc[colon - 1]
    misread = subjects.misread_present(art, last) is not None or (
        last.dep_ == "acl" and last.pos_ == "VERB" and last.lemma_.lower() in art.lex.verbs
    )
    end = colon - 1 if misread else colon
    # a description set off by commas may hold a participle ("Martine, 71 ans, installée sur un lit de
    # camp : « ... »", "Encore essoufflé, le grimpeur : « ... »"), no other verb
    described = [x for x in doc[start:end] if x.pos_ in ("VERB", "AUX")]
    if any(not subjects.bare_past_participle(x) for x in described):
        return None
    if described and doc[start].pos_ in ("ADP", "ADV", "VERB", "ADJ"):
        # "Parmi eux, Martine ...", "Encore essoufflé, le grimpeur ...": the name after the opening phrase
        comma = next((x.i for x in doc[start:end] if x.text == ","), None)
        start = comma + 1 if comma is not None else start
    head = mentions.np_head(art, start, sent)
    # (with a verb of saying, any person may speak: "Un hydrologue tempère : « ... »")
    speaks = mentions.animate if (misread or described) else mentions.plausible_agent
    if head is None or head.i >= end or not speaks(art, head):
        return None
    stop = end
    if described:  # the mention stops at the comma before the participle phrase
        stop = min(
            [end]
            + [x.left_edge.i - 1 for x in described if x.i > head.i and doc[x.left_edge.i - 1].text == ","]
        )
    a = Attribution("quote", (q.open_char, q.open_char + 1), art.chars(start, stop), head.i)
    if end < colon:
        a.extra["verb"] = end
    return a if a.mention else None


def sentence_subject(art: Article, q: Quote) -> Attribution | None:
    """ "Les délégués ont décidé de ..., « qui organisent ... »": the person subject of the sentence."""
    sent = art.sent_of(q.open_tok)
    if art.opens_sentence(q):
        return None
    named = colon_speaker(art, q, sent)
    if named is not None:
        return named
    root = sent.root
    colon = art.doc[q.open_tok - 1].text == ":"
    reparsed = colon and art.quote_around(root.i) is q
    if reparsed:
        # the parser took the quotation for the main clause ("La directrice est catégorique : « ... »"):
        # the subject is the first one before the colon
        subj = next(
            (x for x in art.doc[sent.start : q.open_tok - 1] if x.dep_ in ("nsubj", "nsubj:pass")), None
        )
    else:
        subj = subjects.subject(art, root)
    if subj is None or subj.i > q.open_tok or art.quote_around(subj.i) is not None:
        return None
    kind = art.lex.nouns.get(subj.lemma_.lower())
    person = subj.ent_type_ in ("PER", "ORG") or kind in ("person", "organisation", "government")
    # "Pablo Correa n'a obtenu aucune garantie : « ... »", "il refusa : « ... »": after a colon, whoever
    # the sentence is about speaks, a pronoun or a person however the lexicon knows them, or the sources
    # the writer names ("nos sources se montrent inflexibles : « ... »")
    if colon and not person:
        personal = subj.lower_ in art.lex.grammar.personal
        # (a pronoun only when personal: not "C'est le principe : « ... »")
        animate = subj.pos_ != "PRON" and mentions.animate(art, subj)
        person = personal or subj.pos_ == "PROPN" or animate or kind == "anonymous"
    if not person:
        return None
    s, e, relay = mentions.np_extent(art, subj, subj.left_edge.i, sent)
    if not reparsed and root.i > subj.i:
        e = min(e, root.i)
    a = Attribution("quote", (q.open_char, q.open_char + 1), art.chars(s, e), subj.i)
    a.relay = relay
    return a if a.mention else None
