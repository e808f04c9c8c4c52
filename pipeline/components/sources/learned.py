"""The trained part of ``news_sources``: which candidate cues are attributions.

The rules over the parse propose attributions; where the parse is unreliable they also miss some, and keep
some that are not. A logistic regression, trained from the blind-annotated corpus
(``data/annotations/attributions``) and the two dev files by ``python -m
pipeline.components.sources.train``, reads each candidate as a bag of features of the parse, the lexicon and
the surroundings, and keeps it when its probability reaches the threshold. Candidates are

- every attribution the rules found (``origin=rule``): the classifier can drop it;
- every verb of the cue lexicon the rules did not turn into an attribution (``origin=lexicon``), with the
  speaker the parse gives it (its subject, the agent of a passive, the antecedent of "qui"): the classifier
  can add it.

The weights are a data file (``models/sources/cue_weights.tsv``, one ``feature<TAB>weight`` a line after a
header that says how they were made and what they scored); without it the rules alone decide."""

from __future__ import annotations

import math
from dataclasses import dataclass

from spacy.tokens import Token

from . import mentions, subjects, verbs
from .document import Article
from .models import Attribution
from .voice import nested_stance, not_reported, quoted_speech

BIAS, KEEP, ADD = "__bias__", "__keep_threshold__", "__add_threshold__"
MORPH = ("VerbForm", "Mood", "Tense", "Person")
CLAUSES = ("acl", "acl:relcl", "xcomp", "advcl", "ccomp")


@dataclass
class Candidate:
    attribution: Attribution
    features: list[str]
    from_rules: bool


@dataclass(frozen=True)
class Weights:
    """The classifier: a weight per feature, the intercept, and two thresholds: a rule attribution is kept
    from ``keep``, a lexicon candidate added from ``add`` (the rules are right more often than not)."""

    weights: dict[str, float]
    bias: float
    keep: float = 0.5
    add: float = 0.5

    @classmethod
    def read(cls, rows) -> Weights:
        table = {name: float(value) for name, value in rows}
        return cls(table, table.pop(BIAS, 0.0), table.pop(KEEP, 0.5), table.pop(ADD, 0.5))

    def probability(self, features: list[str]) -> float:
        z = self.bias + sum(self.weights.get(f, 0.0) for f in features)
        return 1.0 / (1.0 + math.exp(-z))

    def accepts(self, c: Candidate) -> bool:
        return self.probability(c.features) >= (self.keep if c.from_rules else self.add)


SEEN_AS = ("comme", "dans", "en")  # "voit cela comme", "voit dans ce vote", "voit en lui"


def word(t: Token) -> str:
    """A token as a feature value: lower case, spaces and line breaks (which the weights file cannot hold)
    as one "_"."""
    return "_".join(t.lower_.split()) or "_"


def cue_token(art: Article, a: Attribution) -> Token:
    return art.doc[a.verb] if a.verb is not None else art.doc[art.token_at(a.cue[0])]


def speaker_features(art: Article, a: Attribution, t: Token) -> list[str]:
    if a.head is None:
        return ["spk=none", f"spk=none|kind={a.kind}"]
    h = art.doc[a.head]
    lower = h.lower_.lstrip("-")
    if h.pos_ == "PRON":
        what = f"pron:{lower}" if lower in art.lex.grammar.personal | art.lex.grammar.anonymous else "pron"
        if h.morph.get("PronType") == ["Rel"] or "antecedent" in a.extra:
            what = "relative"
    elif h.ent_type_:
        what = f"ent:{h.ent_type_}"
    elif h.pos_ == "PROPN":
        what = "propn"
    else:
        noun = art.lex.nouns.get(h.lemma_.lower())
        what = f"noun:{noun}" if noun else "noun"
    place = "after" if h.i > t.i else "before"
    s, e = a.mention
    size = min(4, len(art.text[s:e].split()))
    return [f"spk={what}", f"spk_place={place}", f"spk={what}|kind={a.kind}", f"spk_words={size}"]


def features(art: Article, a: Attribution, from_rules: bool) -> list[str]:
    """What the classifier reads of a candidate: strings, one per feature that is on."""
    doc = art.doc
    t = cue_token(art, a)
    lemma = t.lemma_.lower()
    verb = art.lex.verbs.get(lemma)
    if verb is None and t.lemma_.lower() in art.lex.candidate_cues:
        verb = art.lex.candidate_cues[lemma][0][1]
    klass = verb.klass if verb is not None else "none"
    origin = "rule" if from_rules else "lexicon:" + a.extra.get("lexicon", "main")
    f = [f"origin={origin}", f"kind={a.kind}|{origin}", f"class={klass}|{origin}", f"lemma={lemma}"]
    f += [f"pos={t.pos_}", f"dep={t.dep_}", f"head_pos={t.head.pos_}"]
    f += [f"{m}={v}" for m in MORPH for v in t.morph.get(m)]
    deps = {c.dep_ for c in t.children}
    f += [f"child={d}" for d in sorted(deps)]
    if any(
        c.dep_ == "ccomp" and any(g.lower_ in ("que", "qu'", "qu’") for g in c.children) for c in t.children
    ):
        f.append("que_clause")
    if verbs.is_passive(art, t):
        f.append("passive")
    if verbs.negated(art, t):
        f.append("negated")
    if t.dep_ == "xcomp" and t.head.lemma_.lower() in art.lex.grammar.modal:
        f.append("under_modal")
    if art.quote_around(t.i) is not None:
        f.append("in_quote")
    sent = art.sent_of(t.i)
    if any(art.quote_around(x.i) is not None for x in (sent[0], sent[-1])) or art.quotes_opening_in(
        sent.start, sent.end
    ):
        f.append("quote_in_sentence")
    nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
    if nxt is not None and nxt.text == ":":
        f.append("colon_after")
    if t.i > sent.start and doc[t.i - 1].text == ",":
        f.append("comma_before")
    if t.i == art.first_content_token(sent):
        f.append("opens_sentence")
    if a.anonymous:
        f.append("anonymous")
    if a.content is None:
        f.append("no_content")
    f += speaker_features(art, a, t)
    prev = doc[t.i - 1] if t.i > 0 else None
    f += [f"prev={word(prev) if prev is not None else '^'}", f"next={word(nxt) if nxt is not None else '$'}"]
    if a.head is not None:
        f.append(f"spk_lemma={'_'.join(doc[a.head].lemma_.lower().split()) or '_'}")
    f.append(f"lemma={lemma}|{'passive' if 'passive' in f else 'active'}")
    return f


def candidate_cue(art: Article, t: Token):
    """(Verb, "main" | "candidate", "verb" | "noun", last token) when ``t`` opens a cue of the lexicons."""
    lemma = t.lemma_.lower()
    if t.pos_ in ("VERB", "AUX") and lemma not in art.lex.grammar.auxiliary and lemma in art.lex.verbs:
        return art.lex.verbs[lemma], "main", "verb", t.i
    for rest, verb, pos in art.lex.candidate_cues.get(lemma, ()):
        if (pos == "noun") != (t.pos_ == "NOUN") or (pos == "verb" and t.pos_ not in ("VERB", "AUX")):
            continue
        following = [x.lower_ for x in art.doc[t.i + 1 : t.i + 1 + len(rest)]]
        if following == list(rest):
            return verb, "candidate", pos, t.i + len(rest)
    return None


def nominal(art: Article, t: Token) -> Attribution | None:
    """ "la demande de l'opposition", "l'appel lancé par X", "les propos tenus par X": the noun's "de"
    complement naming a person or body, or the "par" agent of its participle."""
    speaker = None
    for c in t.children:
        if c.i < t.i:
            continue
        if c.dep_ == "nmod" and mentions.has_de(c):
            if mentions.plausible_agent(art, c) or c.pos_ == "PRON":
                speaker = c
                break
        # "l'annonce, par la ministre, de sa démission"
        if c.dep_ == "nmod" and mentions.agent_phrase(art, c) and mentions.plausible_agent(art, c):
            speaker = c
            break
        if c.dep_ == "acl":
            agent = next((g for g in c.children if mentions.is_par(art, g)), None)
            if agent is not None:
                speaker = agent
                break
    if speaker is None:
        return None
    sent = art.sent_of(t.i)
    s, e, relay = mentions.np_extent(art, speaker, mentions.after_case(art, speaker), sent)
    clauses = [c.left_edge.i for c in speaker.children if c.dep_ in CLAUSES and c.i > speaker.i]
    e = min([e, *clauses])  # "la demande de l'opposition de recompter ...": the speaker, not what it asks
    a = Attribution("verb", (t.idx, t.idx + len(t.text)), art.chars(s, e), speaker.i, verb=t.i)
    a.relay = relay
    a.content = art.chars(t.i, t.right_edge.i + 1)
    return a if a.mention else None


def own_phrases(art: Article, t: Token) -> tuple[int, int] | None:
    """What follows the verb in its own clause: its dependents after it, not a clause coordinated to it ("a
    répondu, et la séance a été levée": no content) nor the punctuation."""
    ends = [
        c.right_edge.i for c in t.children if c.i > t.i and c.dep_ not in ("conj", "cc", "parataxis", "punct")
    ]
    return art.chars(t.i + 1, max(ends) + 1) if ends else None


def admissible(art: Article, t: Token, verb, a: Attribution) -> bool:
    """What the rules require of every cue holds for a candidate too: not negated, not under a modal, not
    the writer's first person, a subject of the kind the verb wants ("le sondage montre", an animate subject
    for a demand)."""
    if verbs.negated(art, t):
        return False
    if not verbs.counts_with_en(art, t) or not_reported(art, a):
        return False
    if verb.subjects == "incise" or (verb.reflexive and not verbs.has_reflexive(art, t)):
        return False
    return a.head is None or verbs.subject_fits(art, verb, art.doc[a.head])


def lexicon_candidates(art: Article, found: list[Attribution]) -> list[Attribution]:
    """Cues of the lexicons (cue verbs, candidate cues) that no rule attribution has as its cue, each with the
    speaker the parse gives."""
    doc = art.doc
    taken = set()
    for a in found:
        if a.verb is not None:
            taken.add(a.verb)
        taken.update(range(art.token_at(a.cue[0]), art.token_at(a.cue[1] - 1) + 1))
    cues = {b.cue for b in found}
    out = []
    for t in doc:
        if t.i in taken or t.pos_ not in ("VERB", "AUX", "NOUN"):
            continue
        found_cue = candidate_cue(art, t)
        if found_cue is None:
            continue
        if t.lemma_.lower() in art.lex.grammar.perception and (
            any(c.dep_ == "xcomp" for c in t.children)
            or not any(x.lower_ in SEEN_AS for x in t.subtree if x.i > t.i)
        ):
            # "ont vu le maire dénoncer": they saw, the maire speaks; "a vu par le hublot que", "on en
            # avait vu une dizaine": seen; an opinion only as "voit cela comme", "voit dans ce vote un signal"
            continue
        verb, _, pos, last = found_cue
        if pos == "noun":
            a = nominal(art, t)
        elif verbs.is_passive(art, t):
            a = verbs.passive(art, t, verb)
        else:
            bare = subjects.bare_past_participle(t)
            if bare and not subjects.finite_by_ending(t) and not t.lower_.endswith("it"):
                # "le montant, estimé à 2 millions": said of the noun, by no one named; "l'élève exclu"
                # (which the parser may give the noun as a subject) was excluded. Not a present read as a
                # participle: "le juge écrit que", "X dit" (the form of both)
                continue
            subj = subjects.subject(art, t)
            if subj is None and t.dep_ in ("conj", "advcl", "xcomp", "acl"):
                subj = subjects.inherited_subject(art, t)
            if subj is None or art.sent_index(subj.i) != art.sent_index(t.i):
                continue
            sent = art.sent_of(t.i)
            content, _ = verbs.verb_content(art, t, verb, sent, False)
            if (
                content is None
                and verb.obl_only
                and not any(x.lower_ in mentions.A for x in t.subtree if x.i > t.i)
            ):
                continue  # "on l'appelait « le roi »": a cue only with its "à" phrase, and none follows
            if last + 2 < sent.end and doc[last + 1].text == ":":
                content = art.chars(last + 2, sent.end)  # "tire la sonnette d'alarme : ..."
            if content is None:
                content = own_phrases(art, t)
            a = verbs.make(art, t, subj, content) if content is not None else None
        if a is not None and last > t.i:
            a.cue = (a.cue[0], doc[last].idx + len(doc[last].text))
        if a is not None and (
            not admissible(art, t, verb, a) or quoted_speech(art, a, found) or nested_stance(art, a, found)
        ):
            continue
        if a is not None and a.cue not in cues:
            a.extra["lexicon"] = found_cue[1]
            out.append(a)
    return out


def added_candidates(art: Article, found: list[Attribution]) -> list[Candidate]:
    """The lexicon's candidates, the rules' attributions ``found`` aside."""
    return [Candidate(a, features(art, a, False), False) for a in lexicon_candidates(art, found)]


def candidates(art: Article, found: list[Attribution]) -> list[Candidate]:
    return [Candidate(a, features(art, a, True), True) for a in found] + added_candidates(art, found)


def decide(art: Article, found: list[Attribution], weights: Weights) -> list[Attribution]:
    """The candidates the classifier keeps, in text order. With a keep threshold of 0 no rule attribution
    can be dropped, so only the lexicon's candidates are read."""
    if weights.keep > 0:
        kept = [c.attribution for c in candidates(art, found) if weights.accepts(c)]
    else:
        kept = found + [c.attribution for c in added_candidates(art, found) if weights.accepts(c)]
    return sorted(kept, key=lambda a: (a.cue[0], a.cue[1]))
