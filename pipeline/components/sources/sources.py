"""The ``news_sources`` component: who the article says each figure and date comes from, and how sure it is.

It finds the attributions of an article over the dependency parse:

- "selon X", "d'après X", "à en croire X", "de source policière", "pour X, ..." (an opinion);
- reporting verbs by lemma in every order: "X a déclaré que ...", "..., a indiqué X", "« ... », explique X",
  "a-t-il précisé", "X estime que ...", participles ("..., indiquant que ..."), passives ("révélées par X");
- direct quotations whose speaker is named around them or in the sentences just before;

and records for each the source mention, the name and role inside it, the kind of source, the relay
("relayées par Géo") and the content it covers, on ``doc.spans["sources"]`` (``span._.source``). Linking
figures and dates to them is ``news_links``'s job, hedging ``news_hedging``'s.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

import numpy
from spacy.attrs import IS_LOWER, LEMMA, LOWER, POS
from spacy.language import Language
from spacy.parts_of_speech import ADJ, AUX, NOUN, PROPN, VERB
from spacy.tokens import Doc, Span, Token

from ...resources import Resources
from ..base import RuleComponent
from ..common.tokens import TokenIndex
from .lexicon import SourcesLexicon, Verb
from .quotes import Quote, find_quotes

SUBJECTS = {"nsubj", "nsubj:pass", "expl:subj", "csubj"}
CLAUSE_LINKS = {"conj", "advcl", "xcomp", "parataxis", "acl", "ccomp"}
DEMONSTRATIVES = {"ce", "cet", "cette", "ces"}
PERSONAL = {"il", "elle", "ils", "elles", "lui", "eux"}
CLITICS = {"il", "elle", "ils", "elles", "on", "t-il", "t-elle", "t-on", "je", "nous", "vous"}
ANONYMOUS_PRONOUNS = {"on"}
NOT_SUBJECTS = {"ce", "cela", "ça", "ceci", "tout", "rien", "c'", "c’", "qui", "que", "dont", "où", "se"}
OPINION_PRONOUNS = {"lui", "elle", "eux", "elles", "moi", "nous"}
NEGATIONS = {"pas", "jamais", "guère", "plus"}
AUXILIARIES = {"être", "avoir"}
TIME_WORDS = {
    "lendemain",
    "veille",
    "hier",
    "aujourd'hui",
    "demain",
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "soir",
    "matin",
    "midi",
    "après-midi",
    "nuit",
    "semaine",
    "mois",
    "année",
    "an",
}
SENTENCE_END = set('.!?…:;»"”')
CLITIC_OBJECTS = {
    "se",
    "s'",
    "s’",
    "ne",
    "n'",
    "n’",
    "y",
    "en",
    "lui",
    "leur",
    "l'",
    "l’",
    "le",
    "la",
    "les",
    "me",
    "m'",
    "m’",
    "te",
    "t'",
    "t’",
    "nous",
    "vous",
}
QUOTE_MARKS = set('«»"“”')
PAIRS = {")": "(", "»": "«", "”": "“"}
EDGE_PUNCT = set(',.;:!?«»"“”()[]-–—…/')
MAX_MENTION = 30
QUOTE_REACH = 2  # sentences between a speaker's attribution and a quotation still theirs
CUE_POS_TABLE = numpy.zeros(256, dtype=bool)  # by part-of-speech id: the ones verb_cues looks at
CUE_POS_TABLE[[VERB, AUX, NOUN, ADJ, PROPN]] = True
INCISE, MISPARSED, ANNOUNCEMENT = ("incise",), ("misparsed",), ("announcement",)  # DocView.cue_kind
MISSING = object()
MEMO_SIZE = 200_000


@dataclass
class Attribution:
    kind: str
    cue: tuple[int, int]
    mention: tuple[int, int] | None = None
    head: int | None = None  # token index of the mention's head
    content: tuple[int, int] | None = None
    relay: str | None = None
    anonymous: bool = False
    hedge_cue: bool = False
    verb: int | None = None  # token index of the reporting verb
    name: str | None = None
    name_label: str | None = None
    role: str | None = None
    source_type: str | None = None
    extra: dict = field(default_factory=dict)


class NewsSources(RuleComponent):
    def __init__(self, nlp: Language, name: str = "news_sources", resources: str = "sources"):
        self.folder = resources
        super().__init__(nlp, name)

    def setup(self, res: Resources) -> None:
        self.lex = SourcesLexicon(res, self.folder)

    # ----------------------------------------------------------------- entry point

    def __call__(self, doc: Doc) -> Doc:
        view = DocView(doc, self.lex)
        attributions = view.attributions()
        view.describe(attributions)
        doc.spans["sources"] = view.spans(attributions)
        return doc


class DocView:
    """One document with the indexes the rules need (sentences, quotations, token offsets)."""

    def __init__(self, doc: Doc, lex: SourcesLexicon):
        self.doc = doc
        self.lex = lex
        index = TokenIndex(doc)
        self.text = index.text
        self.has_sents = index.has_sents
        self.tok_starts, self.tok_lengths = index.tok_starts, index.tok_lengths
        self.heads, self.raw_heads, self.strict_offsets = index.heads, index.raw_heads, index.strict_offsets
        sent_starts = index.parser_sent_starts
        self.doc_sent_starts = sent_starts if self.has_sents else [0]
        self.sents = self.split_paragraphs(doc, sent_starts if self.has_sents else [0])
        self.sent_starts = [s.start for s in self.sents]
        self.quotes = find_quotes(doc, self.text, self.tok_starts)
        self.parsed = doc.has_annotation("DEP")
        self._incise_reach: set[int] | None = None

    # ----------------------------------------------------------------- small helpers

    def split_paragraphs(self, doc: Doc, sent_starts: list[int]) -> list[Span]:
        """The parser's sentences, cut again at line breaks (a paragraph never continues a sentence)."""
        starts = {
            i for i in sent_starts if i == 0 or doc[i - 1].text[-1:] in SENTENCE_END or doc[i - 1].is_space
        }
        # the tokens holding a line break (a Token's trailing whitespace is a single space, never one)
        text, tok_starts, lengths, n = self.text, self.tok_starts, self.tok_lengths, len(doc)
        p = text.find("\n")
        while p != -1:
            k = bisect_right(tok_starts, p) - 1
            if k >= 0 and p < tok_starts[k] + lengths[k] and k + 1 < n:
                starts.add(k + 1)
            p = text.find("\n", p + 1)
        bounds = sorted(starts | {0}) + [n]
        return [doc[a:b] for a, b in zip(bounds, bounds[1:], strict=False) if b > a]

    def doc_sent_index(self, i: int) -> int:
        return max(bisect_right(self.doc_sent_starts, i) - 1, 0)

    def sent_index(self, i: int) -> int:
        return max(bisect_right(self.sent_starts, i) - 1, 0)

    def sent_of(self, i: int) -> Span:
        return self.sents[self.sent_index(i)]

    def token_at(self, char: int) -> int:
        return max(bisect_right(self.tok_starts, char) - 1, 0)

    def chars(self, start: int, end: int) -> tuple[int, int] | None:
        """Character range of tokens [start, end) without edge punctuation, or None when empty."""
        doc = self.doc
        while start < end and (doc[start].text in EDGE_PUNCT or doc[start].is_space):
            start += 1
        while end > start and (doc[end - 1].text in EDGE_PUNCT or doc[end - 1].is_space):
            closing = doc[end - 1].text
            if closing in PAIRS and PAIRS[closing] in doc[start : end - 1].text:
                break
            end -= 1
        if start >= end:
            return None
        # more « than » tokens needs a « in the text
        if "«" in self.text[self.tok_starts[start] : self.tok_starts[end - 1] + self.tok_lengths[end - 1]]:
            opened = sum(x.text == "«" for x in doc[start:end]) - sum(x.text == "»" for x in doc[start:end])
            if opened > 0 and end < len(doc) and doc[end].text == "»":
                end += 1
        return doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)

    def quote_at_close(self, i: int) -> Quote | None:
        """The quotation whose closing mark is token ``i``."""
        for q in self.quotes:
            if q.close_tok == i:
                return q
        return None

    def quote_around(self, i: int) -> Quote | None:
        for q in self.quotes:
            if q.open_tok < i < q.close_tok:
                return q
        return None

    def quote_opening_at(self, i: int) -> Quote | None:
        for q in self.quotes:
            if q.open_tok == i:
                return q
        return None

    # ----------------------------------------------------------------- finding attributions

    def attributions(self) -> list[Attribution]:
        if not self.parsed:
            return []
        found = self.selon_cues()
        taken = [(self.token_at(a.cue[0]), self.token_at(a.mention[1] - 1) + 1) for a in found if a.mention]
        found += self.verb_cues(taken)
        found = self.merge_anonymous(found)
        found += self.quote_cues(found)
        found.sort(key=lambda a: (a.cue[0], a.cue[1]))
        unique, seen = [], set()
        for a in found:
            if a.cue not in seen:
                seen.add(a.cue)
                unique.append(a)
        return unique

    def merge_anonymous(self, found: list[Attribution]) -> list[Attribution]:
        """ "a-t-on appris de source judiciaire" is one attribution: the verb's cue takes in the phrase."""
        phrases = [a for a in found if a.kind == "selon" and a.anonymous and a.mention is None]
        drop = set()
        for a in found:
            if a.kind != "verb" or not a.anonymous or a.mention is not None:
                continue
            for p in phrases:
                if p.cue[0] < a.cue[1]:  # the phrase comes after the verb
                    continue
                between = self.text[a.cue[1] : p.cue[0]]
                if len(between) <= 3 and not between.strip():
                    a.cue = (a.cue[0], p.cue[1])
                    drop.add(id(p))
        return [a for a in found if id(a) not in drop]

    # selon, d'après, à en croire, de source ..., pour X,

    def selon_cues(self) -> list[Attribution]:
        out = []
        for m in self.lex.cue_re.finditer(self.text):
            phrase = " ".join(m.group(1).lower().replace("’", "'").split())
            kind = self.lex.cue_kinds.get(phrase)
            if kind is None:
                continue
            span = self.doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
            if span is None or span.end >= len(self.doc):
                continue
            a = self.selon(span, kind)
            if a is not None:
                out.append(a)
        return out

    def selon(self, cue: Span, kind: str) -> Attribution | None:
        doc = self.doc
        sent = self.sent_of(cue.start)
        nxt = doc[cue.end]
        if nxt.lower_ in ("que", "qu'", "qu’") or self.sent_index(nxt.i) != self.sent_index(cue.start):
            return None
        if kind == "anonymous":
            head = cue[-1]
            if head.lemma_.lower() != "source" and head.lower_ not in ("source", "sources"):
                return None
            end = head.i + 1
            while end < sent.end and doc[end].text not in (",", ".", ";", ":") and doc[end].head.i >= head.i:
                end += 1
            phrase = self.chars(cue.start, end)
            if phrase is None:
                return None
            a = Attribution("selon", phrase, None, None, anonymous=True)
            a.content = self.adjunct_content(cue.start, end, sent)
            return a
        head = self.np_head(cue.end, sent)
        if head is None:
            return None
        if kind == "opinion" and not self.opinion_source(cue, head, sent):
            return None
        if kind == "source" and not self.plausible_source(head):
            return None
        mention_start, mention_end, relay = self.np_extent(head, cue.end, sent)
        a = Attribution("selon", (cue.start_char, cue.end_char))
        agent = self.reported_by(head)
        if agent is not None:
            source, relay2 = agent
            s, e, relay3 = self.np_extent(source, self.after_case(source), sent)
            a.mention, a.head = self.chars(s, e), source.i
            a.relay = relay2 or relay3 or relay
        else:
            a.mention, a.head, a.relay = self.chars(mention_start, mention_end), head.i, relay
            if head.lemma_.lower() in self.lex.unnamed and not self.has_name(mention_start, mention_end):
                a.hedge_cue = True
        if a.mention is None:
            return None
        a.content = self.adjunct_content(cue.start, self.outer_end(cue.start, mention_end), sent, head)
        return a

    def outer_end(self, start: int, end: int) -> int:
        """End of an adjunct phrase including its relay participles ("..., relayées par Géo")."""
        doc = self.doc
        furthest = end
        for t in doc[start:end]:
            for c in t.children:
                if c.dep_ == "acl" and self.lex.is_relay(c):
                    furthest = max(furthest, c.right_edge.i + 1)
        return furthest

    def np_head(self, i: int, sent: Span) -> Token | None:
        """Head of the noun phrase starting at token ``i``."""
        doc = self.doc
        if i >= sent.end:
            return None
        t = doc[i]
        while t.pos_ != "PRON":
            h = t.head
            if h.i <= i - 1 or h.i == t.i or h.i >= sent.end or h.i > t.i + 12:
                break
            if h.pos_ in ("VERB", "AUX") or h.is_punct:
                break
            t = h
        if t.pos_ in ("NOUN", "PROPN", "PRON", "X") or t.ent_type_:
            return t
        return None

    def plausible_source(self, head: Token) -> bool:
        lemma = head.lemma_.lower()
        if lemma in self.lex.not_sources or head.lower_ in self.lex.not_sources:
            return False
        if head.like_num or head.pos_ == "NUM":
            return False
        if head.pos_ == "PRON" and head.lower_ not in OPINION_PRONOUNS | PERSONAL | {"certains", "plusieurs"}:
            return False
        return True

    def opinion_source(self, cue: Span, head: Token, sent: Span) -> bool:
        """ "Pour X, ..." opens a clause and names a person or an organisation, then a clause follows."""
        doc = self.doc
        before = doc[cue.start - 1] if cue.start > sent.start else None
        if before is not None and before.text not in (",", ":", ";", "-", "–"):
            return False
        if head.ent_type_ in ("LOC", "MISC") or head.like_num:
            return False
        is_person = head.ent_type_ in ("PER", "ORG") or head.lower_ in OPINION_PRONOUNS
        is_person = is_person or self.lex.nouns.get(head.lemma_.lower()) in ("person", "organisation")
        if not is_person:
            return False
        end = head.right_edge.i + 1
        if end >= sent.end or doc[end].text != ",":
            return False
        return any(
            t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") for t in doc[end : sent.end]
        )

    def reported_by(self, head: Token) -> tuple[Token, str | None] | None:
        """For "des informations révélées par X, relayées par Y": (X, "Y")."""
        source, relay = None, None
        for c in head.children:
            if c.dep_ != "acl" or c.pos_ != "VERB":
                continue
            agent = next((g for g in c.children if g.dep_ == "obl:agent" or self.is_par(g)), None)
            if agent is None:
                continue
            lemma = c.lemma_.lower()
            if source is None and (
                lemma in self.lex.verbs or lemma in ("publier", "diffuser", "communiquer")
            ):
                source = agent
            elif source is not None and self.lex.is_relay(c):
                relay = self.subtree_text(agent)
        return (source, relay) if source is not None else None

    def is_par(self, t: Token) -> bool:
        return t.dep_.startswith("obl") and any(c.dep_ == "case" and c.lower_ == "par" for c in t.children)

    def after_case(self, t: Token) -> int:
        """First token of a noun phrase after its preposition ("par la chaîne" -> "la")."""
        start = t.left_edge.i
        while (
            start < t.i
            and self.doc[start].dep_ in ("case", "fixed")
            and self.doc[start].head.i in (t.i, start - 1)
        ):
            start += 1
        return start

    def subtree_text(self, t: Token) -> str | None:
        """The name a relay phrase gives ("par l'AFP" -> "AFP"), else the phrase without its preposition."""
        r = self.chars(self.after_case(t), t.right_edge.i + 1)
        if r is None:
            return None
        for m in self.lex.names_re.finditer(self.text, r[0], r[1]):
            return m.group(1)
        ents = [e for e in self.doc.ents if e.start_char >= r[0] and e.end_char <= r[1]]
        if ents:
            return ents[0].text
        return self.text[r[0] : r[1]]

    def np_extent(self, head: Token, start: int, sent: Span) -> tuple[int, int, str | None]:
        """Token range [start, end) of the mention headed by ``head`` (its subtree, from ``start``, without
        relay participles), and the relay they name."""
        doc = self.doc
        if head.pos_ == "PRON":
            return head.i, head.i + 1, None
        relay = None
        stop = head.right_edge.i + 1
        for c in head.children:
            if c.i > head.i and c.dep_ == "acl" and self.lex.is_relay(c):
                agent = next((g for g in c.children if g.dep_ == "obl:agent" or self.is_par(g)), None)
                if agent is not None:
                    relay = self.subtree_text(agent)
                    stop = min(stop, c.left_edge.i)
        # a comma then a number opens the next clause ("Selon les pompiers, 45 sapeurs-pompiers ..."),
        # however the parser attached it
        for i in range(head.i + 1, min(stop, len(doc) - 1)):
            if doc[i].text == "," and (doc[i + 1].like_num or doc[i + 1].pos_ == "NUM"):
                stop = i
                break
        start = max(start, head.left_edge.i, sent.start)
        end = min(stop, sent.end)
        # a quotation opening after the head with a verb in it ends the phrase ("l'Otan «qui considère ...")
        for q in self.quotes:
            if head.i < q.open_tok < end and any(x.pos_ == "VERB" for x in doc[q.open_tok : q.close_tok]):
                end = q.open_tok
        if end - start > MAX_MENTION:
            end = head.i + 1
            while end < sent.end and not doc[end].is_punct and end - head.i < 8:
                end += 1
        if head.ent_iob_ in ("B", "I"):  # the whole name ("Sophie Lenoir" parsed as two subjects)
            ent = next((e for e in doc.ents if e.start <= head.i < e.end), None)
            if ent is not None:
                start, end = min(start, ent.start), max(end, min(ent.end, sent.end))
        end = self.final_apposition(end, sent)
        while end > head.i + 1 and (
            doc[end - 1].text in EDGE_PUNCT or doc[end - 1].morph.get("PronType") == ["Rel"]
        ):
            if doc[end - 1].text == ")" and "(" in doc[start : end - 1].text:
                break
            end -= 1
        return start, end, relay

    def final_apposition(self, end: int, sent: Span) -> int:
        """ ", Jean Roussel." or ", boulanger." closing the sentence after a mention belongs to it."""
        doc = self.doc
        if end >= sent.end or doc[end].text != ",":
            return end
        j = end + 1
        while j < sent.end and not doc[j].is_punct and j - end <= 8:
            if doc[j].pos_ in ("VERB", "AUX") or self.quote_around(j) is not None:
                return end
            j += 1
        rest = [x for x in doc[j : sent.end] if not x.is_space]
        if j > end + 1 and all(x.text in (".", "!", "?", "»") for x in rest):
            return j
        # "le préfet du Doubs, Jean Martin, ...": a name set off by commas
        if (
            end + 1 < j < sent.end
            and doc[j].text == ","
            and all(x.ent_type_ == "PER" for x in doc[end + 1 : j])
        ):
            return j
        return end

    def has_name(self, start: int, end: int) -> bool:
        return any(t.ent_type_ for t in self.doc[start:end])

    def adjunct_content(
        self, start: int, end: int, sent: Span, head: Token | None = None
    ) -> tuple[int, int] | None:
        """What an adjunct cue ("selon X") covers: its sentence without it when it is set off by commas
        at a clause edge, else the clause it sits in."""
        doc = self.doc
        before = doc[start - 1] if start > sent.start else None
        after = doc[end] if end < sent.end else None
        at_edge_before = before is None or before.text in (",", ":", ";", "(", "-", "–")
        at_edge_after = after is None or after.text in (",", ".", ";", ":", ")", "!", "?", "»")
        if at_edge_before and at_edge_after or head is None:
            left = self.chars(sent.start, start)
            right = self.chars(end, sent.end)
            if left and right:
                return left[0], right[1]
            return left or right
        clause = head
        while clause.head.i != clause.i and clause.pos_ not in ("VERB", "AUX"):
            clause = clause.head
        return self.chars(clause.left_edge.i, clause.right_edge.i + 1)

    # reporting verbs

    def verb_cues(self, taken: list[tuple[int, int]]) -> list[Attribution]:
        out: list[Attribution] = []
        doc = self.doc
        skip: set[int] = set()
        for a, b in taken:
            skip.update(range(a, b))
        if len(doc) == 0:
            return out
        # only verbs, auxiliaries, nouns, adjectives and proper nouns can be cues; what each token can be
        # depends on its part of speech, lemma and form only, so it is looked up once per distinct token
        arr = doc.to_array([POS, LEMMA, LOWER, IS_LOWER])
        candidates = numpy.flatnonzero(CUE_POS_TABLE[numpy.minimum(arr[:, 0], len(CUE_POS_TABLE) - 1)])
        memo = self.lex.cue_memo
        if len(memo) > MEMO_SIZE:
            memo.clear()
        reach = self.incise_reach()
        for i, key in zip(candidates.tolist(), map(tuple, arr[candidates].tolist()), strict=True):
            if i in skip:
                continue
            kind = memo.get(key, MISSING)
            if kind is MISSING:
                kind = memo[key] = self.cue_kind(doc[i])
            if kind is None or (kind is INCISE and reach is not None and i not in reach):
                continue  # incise() finds no quotation for it
            t = doc[i]
            a = None
            if kind is INCISE:
                a = self.incise(t)
            elif kind is MISPARSED:
                a = self.misparsed(t)
            elif kind is ANNOUNCEMENT:
                a = self.announcement(t)
            elif kind[0] == "faire":
                if t.dep_ == "xcomp" and t.head.lemma_ == "faire":
                    a = self.faire_verb(t, kind[1])
                else:
                    a = self.incise(t)
            else:
                a = self.reporting(t, kind[1], out)
            if a is not None:
                out.append(a)
        return out

    def cue_kind(self, t: Token) -> tuple | None:
        """What ``verb_cues`` does with a token, from its part of speech, lemma and form: ("reporting", verb),
        ANNOUNCEMENT ("faire"), ("faire", verb) ("faire savoir" when the parse agrees, else INCISE), INCISE,
        MISPARSED or None."""
        if t.pos_ == "VERB" or (t.pos_ == "AUX" and t.lemma_ not in AUXILIARIES):
            lemma = t.lemma_.lower()
            verb = self.lex.verbs.get(lemma)
            if verb is None and lemma == t.lower_ and lemma.endswith("e"):  # lemma left as "montre"
                verb = self.lex.verbs.get(lemma + "r")
            if verb is not None:
                return ("reporting", verb)
            if lemma == "faire":
                return ANNOUNCEMENT
            if lemma in self.lex.faire_verbs:
                return ("faire", self.lex.faire_verbs[lemma])
            return INCISE
        if t.pos_ in ("NOUN", "ADJ", "PROPN") and t.is_lower:
            form = t.lower_
            # misparsed() returns None at once otherwise
            return MISPARSED if form.endswith("e") and form + "r" in self.lex.verbs else None
        return None

    def incise_reach(self) -> set[int] | None:
        """The tokens ``incise_quote`` can find a quotation for: inside one, or 2 to 7 tokens after its close
        (the first token of a verb's cue is at most 5 before it). None when token offsets are not strictly
        increasing (then the cue's first token is not known from its offset)."""
        if not self.strict_offsets:
            return None
        if self._incise_reach is None:
            reach: set[int] = set()
            for q in self.quotes:
                reach.update(range(q.open_tok + 1, q.close_tok))
                reach.update(range(q.close_tok + 2, q.close_tok + 8))
            self._incise_reach = reach
        return self._incise_reach

    def faire_verb(self, t: Token, verb: Verb) -> Attribution | None:
        """ "L'Élysée a fait savoir que ...": the subject of "faire", the clause of the verb after it."""
        faire = t.head
        sent = self.sent_of(t.i)
        content, _ = self.verb_content(t, verb, sent, False)
        if content is None:  # the clause is often attached to "faire"
            content, _ = self.verb_content(faire, verb, sent, False)
        subj = self.subject(faire)
        if content is None or subj is None:
            return None
        a = self.make(faire, subj, content)
        if a is not None:
            a.cue = (self.cue_range(faire)[0], t.idx + len(t.text))
        return a

    def is_passive(self, t: Token) -> bool:
        if any(c.dep_ == "aux:pass" for c in t.children):
            return True
        return t.dep_ == "acl" and "Past" in t.morph.get("Tense") and "Part" in t.morph.get("VerbForm")

    def cue_range(self, t: Token, extra: int | None = None) -> tuple[int, int]:
        """The verb with its auxiliaries, clitic subject and reflexive ("a-t-il précisé", "a déclaré",
        "se dit"); a passive participle with its "par" ("confirmée par")."""
        start = t.i
        if extra is None:
            for c in t.children:
                if c.i < t.i and c.dep_.startswith("aux") and t.i - c.i <= 4:
                    start = min(start, c.i)
            if start > 0 and self.doc[start - 1].lower_ in ("se", "s'", "s’"):
                start -= 1
        end = t.i + 1 if extra is None else max(t.i, extra) + 1
        return self.doc[start].idx, self.doc[end - 1].idx + len(self.doc[end - 1].text)

    def first_token(self, t: Token) -> int:
        return self.token_at(self.cue_range(t)[0])

    def passive(self, t: Token) -> Attribution | None:
        agent = next((c for c in t.children if c.dep_ == "obl:agent" or self.is_par(c)), None)
        if agent is None:
            return None
        par = next((c for c in agent.children if c.lower_ == "par"), None)
        sent = self.sent_of(t.i)
        if t.dep_ == "acl":
            noun = t.head
            content = self.chars(noun.left_edge.i, t.left_edge.i) if noun.i < t.i else None
        else:
            subj = next((c for c in t.children if c.dep_ == "nsubj:pass"), None)
            content = self.chars(subj.left_edge.i, subj.right_edge.i + 1) if subj is not None else None
        if content is None:
            return None
        s, e, relay = self.np_extent(agent, (par.i + 1) if par is not None else agent.left_edge.i, sent)
        a = Attribution(
            "verb", self.cue_range(t, par.i if par is not None else None), self.chars(s, e), agent.i
        )
        a.content, a.relay, a.verb = content, relay, t.i
        return a if a.mention else None

    def announcement(self, t: Token) -> Attribution | None:
        """ "L'annonce en a été faite par X": a reporting noun made by an agent covers the sentence before."""
        if not self.is_passive(t):
            return None
        subj = next((c for c in t.children if c.dep_ == "nsubj:pass"), None)
        if subj is None or subj.lemma_.lower() not in ("annonce", "déclaration", "révélation", "aveu"):
            return None
        a = self.passive(t)
        if a is None:
            return None
        a.cue = (subj.left_edge.idx, a.cue[1])
        si = self.sent_index(t.i)
        sent = self.sents[si]
        prev = self.sents[si - 1] if si > 0 else None
        starts = subj.left_edge.i <= self.first_content_token(sent)
        a.content = self.chars(prev.start, prev.end) if prev is not None and starts else None
        return a if a.content else None

    def first_content_token(self, sent: Span) -> int:
        i = sent.start
        while i < sent.end and (self.doc[i].is_space or self.doc[i].is_punct):
            i += 1
        return i

    # subjects

    def subject(self, t: Token) -> Token | None:
        subj = None
        around = self.quote_around(t.i)
        for c in t.children:
            if self.quote_around(c.i) not in (None, around):  # the verb is outside the quotation
                continue
            if c.dep_ in SUBJECTS and c.lower_ not in ("-t", "se"):
                if subj is None or (subj.lower_.startswith("-") and not c.lower_.startswith("-")):
                    subj = c
        if subj is None:
            subj = self.clitic_subject(t)
        if subj is not None and subj.morph.get("PronType") == ["Rel"] and t.dep_ == "acl:relcl":
            return t.head
        return subj

    def clitic_subject(self, t: Token) -> Token | None:
        """The inverted pronoun after the verb or its auxiliary: "dit-elle", "a-t-il précisé"."""
        doc = self.doc
        for v in [t] + [c for c in t.children if c.dep_.startswith("aux") and c.i < t.i]:
            j = v.i + 1
            if j < len(doc) and doc[j].lower_ == "-t":
                j += 1
            if j < len(doc) and doc[j].lower_.lstrip("-") in CLITICS and doc[j].text.startswith("-"):
                return doc[j]
        return None

    def post_subject(self, t: Token, finite: bool, closing: bool = True) -> Token | None:
        """Subject of an inverted verb: a clitic, a subject after the verb, or (parse errors) the noun
        phrase closing the clause right after a finite verb ("conseille la Poste.")."""
        clitic = self.clitic_subject(t)
        if clitic is not None:
            return clitic
        after = [c for c in t.children if c.i > t.i and c.dep_ in SUBJECTS and not c.lower_.startswith("-")]
        if after:
            return after[0]
        if not finite:
            return None
        doc, sent = self.doc, self.sent_of(t.i)
        skip = set()
        for c in t.children:  # "a répondu hier soir la ministre", "a indiqué le lendemain X"
            if c.i > t.i and (c.lemma_.lower() in TIME_WORDS or c.pos_ == "ADV"):
                skip.update(range(c.left_edge.i, c.right_edge.i + 1))
        j = t.i + 1
        while j < sent.end and (doc[j].pos_ == "ADV" or j in skip or doc[j].text == ","):
            j += 1
        head = self.np_head(j, sent) if j < sent.end else None
        if head is None:
            return None
        end = head.right_edge.i + 1
        closes = end >= sent.end or doc[end].text in (",", ".", "!", "?", ";", ":", ")")
        if closing and not closes and not self.plausible_agent(head):
            return None
        return head

    def plausible_agent(self, head: Token) -> bool:
        """A noun phrase that can be a source: a person or organisation name, or a noun of the lexicon."""
        if head.ent_type_ in ("PER", "ORG") or head.pos_ == "PROPN":
            return True
        return self.lex.nouns.get(head.lemma_.lower()) in ("person", "organisation", "government", "media")

    def inherited_subject(self, t: Token) -> Token | None:
        """Subject of the clause a participle or coordinated verb depends on: "le Kremlin a démenti ...,
        indiquant que" -> le Kremlin (a reporting verb above wins over nearer clauses)."""
        found, reporting = None, None
        node = t
        for _ in range(6):
            if node.dep_ not in CLAUSE_LINKS or node.head.i == node.i:
                break
            node = node.head
            subj = self.subject(node)
            if subj is not None:
                if found is None:
                    found = subj
                if node.lemma_.lower() in self.lex.verbs and reporting is None:
                    reporting = subj
        return reporting or found

    # reporting verbs in their orders

    def reporting(self, t: Token, verb: Verb, found: list[Attribution]) -> Attribution | None:
        if "Inf" in t.morph.get("VerbForm"):
            return None
        if any(c.lower_ in NEGATIONS and c.dep_ == "advmod" for c in t.children):
            return None
        incise = self.incise(t)
        if incise is not None:
            return incise
        if self.is_passive(t):
            return self.passive(t)
        if not self.is_finite(t) and "Pres" not in t.morph.get("Tense"):  # a bare past participle
            return None
        sent = self.sent_of(t.i)
        participle = "Part" in t.morph.get("VerbForm") and "Pres" in t.morph.get("Tense")
        finite = self.is_finite(t)
        pre_subject = self.subject(t)
        if pre_subject is not None and (pre_subject.i > t.i or pre_subject.lower_.startswith("-")):
            pre_subject = None
        content, inverted = self.verb_content(t, verb, sent, finite and pre_subject is None)
        if content is None:
            return None
        if inverted:
            subj = self.post_subject(t, finite)
            if subj is None or verb.on_only and subj.lower_.lstrip("-") not in ANONYMOUS_PRONOUNS:
                return None
            return self.make(t, subj, content, inverted=True)
        subj = self.subject(t)
        if subj is not None and self.sent_index(subj.i) != self.sent_index(t.i):
            subj = None
        if subj is None and finite and not participle:
            subj = self.surface_subject(t)
        if subj is None and participle:
            prior = self.prior_in_sentence(t, found)
            if prior is not None:
                return self.copy(t, prior, content)
        if subj is None and (participle or t.dep_ in ("conj", "advcl", "xcomp")):
            subj = self.inherited_subject(t)
        if subj is None and participle:
            subj = self.main_subject(t, sent, content)
        if subj is None:
            return None
        if verb.doc_subject_only and self.lex.nouns.get(subj.lemma_.lower()) not in ("document", "media"):
            return None
        if verb.on_only and subj.lower_.lstrip("-") not in ANONYMOUS_PRONOUNS:
            return None
        return self.make(t, subj, content)

    def main_subject(self, t: Token, sent: Span, content: tuple[int, int]) -> Token | None:
        """Subject of the main clause a participial clause is set in ("Considérant que ..., le tribunal a
        condamné", "... en dénonçant ..."): the first subject after its content, else the last before it."""
        subjects = [
            x
            for x in sent
            if x.dep_ in ("nsubj", "nsubj:pass")
            and not content[0] <= x.idx < content[1]
            and self.quote_around(x.i) is None
            and x.pos_ in ("NOUN", "PROPN", "PRON")
        ]
        after = [x for x in subjects if x.idx >= content[1] and x.i > t.i]
        before = [x for x in subjects if x.i < t.i]
        if after:
            return after[0]
        return before[-1] if before else None

    def is_finite(self, t: Token) -> bool:
        forms = t.morph.get("VerbForm")
        if "Fin" in forms:
            return True
        return "Part" in forms and any(c.dep_.startswith("aux") and c.i < t.i for c in t.children)

    def surface_subject(self, t: Token) -> Token | None:
        """The noun phrase opening the clause of a verb whose parse lost its subject ("Laurent Fabius se
        dit ...", "le général Kelche, chef d'état-major, l'a rappelé")."""
        doc, sent = self.doc, self.sent_of(t.i)
        j = self.first_token(t) - 1
        while j >= sent.start and (doc[j].lower_ in CLITIC_OBJECTS or doc[j].pos_ == "ADV"):
            j -= 1
        if j > sent.start and doc[j].text == ",":  # an apposition set off by commas
            k = j - 1
            while k > sent.start and doc[k].text != "," and j - k < 12 and doc[k].pos_ not in ("VERB", "AUX"):
                k -= 1
            if k > sent.start and doc[k].text == ",":
                j = k - 1
        if j < sent.start or doc[j].pos_ not in ("PROPN", "NOUN") or self.quote_around(j) is not None:
            return None
        x = doc[j]
        while x.dep_ in ("flat:name", "flat", "fixed", "appos") and x.head.i < x.i:
            x = x.head
        k = x.i
        while k > sent.start and doc[k - 1].text not in (",", ":", ";", "«", "»", "(", ")"):
            k -= 1
        if any(y.pos_ in ("VERB", "AUX") for y in doc[k : x.i]):  # not the start of the clause
            return None
        return x

    def prior_in_sentence(self, t: Token, found: list[Attribution]) -> Attribution | None:
        """The attribution just before a participle in its sentence: "souligne-t-il, estimant ..."."""
        sent = self.sent_of(t.i)
        prior = [a for a in found if sent.start_char <= a.cue[0] < t.idx]
        return prior[-1] if prior else None

    def copy(self, t: Token, prior: Attribution, content: tuple[int, int]) -> Attribution:
        a = Attribution("verb", self.cue_range(t), prior.mention, prior.head, content, prior.relay)
        a.anonymous, a.verb = prior.anonymous, t.i
        return a

    def make(
        self, t: Token, subj: Token, content: tuple[int, int], inverted: bool = False, cue=None
    ) -> Attribution | None:
        if (
            subj.lower_ in NOT_SUBJECTS
            or subj.like_num
            or subj.pos_ == "NUM"
            or subj.text in ("%", "pour cent")
        ):
            return None
        a = Attribution("verb", cue or self.cue_range(t), verb=t.i)
        if subj.lower_.lstrip("-") in ANONYMOUS_PRONOUNS:
            a.anonymous = True
            source = self.aupres(t)
            if source is not None:
                a.anonymous = False
                s, e, a.relay = self.np_extent(source, source.left_edge.i + 1, self.sent_of(source.i))
                a.mention, a.head = self.chars(s, e), source.i
        elif subj.lower_.startswith("-"):
            a.mention, a.head = (subj.idx + 1, subj.idx + len(subj.text)), subj.i
        else:
            sent = self.sent_of(subj.i)
            if subj.i > t.i:
                s, e, a.relay = self.np_extent(subj, t.i + 1, sent)
            else:
                s, e, a.relay = self.np_extent(subj, subj.left_edge.i, sent)
                e = min(e, self.first_token(t))
            a.mention, a.head = self.chars(s, e), subj.i
            if a.mention is None:
                return None
        a.content = content
        a.relay = a.relay or self.media_relay(t, content)
        return a

    def aupres(self, t: Token) -> Token | None:
        """ "a-t-on appris auprès de X" -> X."""
        for c in t.children:
            if c.dep_.startswith("obl") and any(g.lower_ == "auprès" for g in c.children):
                return c
        doc, sent = self.doc, self.sent_of(t.i)
        for j in range(t.i + 1, min(t.i + 6, sent.end - 2)):
            if doc[j].lower_ == "auprès" and doc[j + 1].lower_ in ("de", "du", "des", "d'", "d’"):
                return self.np_head(j + 2 if doc[j + 1].lower_ in ("de", "d'", "d’") else j + 1, sent)
        return None

    def media_relay(self, t: Token, content: tuple[int, int] | None = None) -> str | None:
        """A media the words were given to ("a déclaré au Monde", "a confié à France Info")."""
        for c in t.children:
            if c.dep_ in SUBJECTS:
                continue
            r = self.chars(c.left_edge.i, c.right_edge.i + 1)
            if r is None or (content is not None and r[0] < content[1] and content[0] < r[1]):
                continue
            m = self.lex.relay_re.search(self.text, max(r[0] - 4, 0), r[1] + 40)
            if m is not None and m.start(1) <= r[1]:
                return self.lex.media_bare.get(m.group(1).lower().replace("’", "'"), m.group(1))
        return None

    def verb_content(
        self, t: Token, verb: Verb, sent: Span, may_invert: bool
    ) -> tuple[tuple[int, int] | None, bool]:
        """(content, inverted) of a reporting verb, in the order the sentence uses."""
        doc = self.doc
        for c in t.children:
            if c.dep_ == "ccomp" and c.i > t.i:
                start = c.left_edge.i
                while start < c.i and doc[start].lower_ in ("que", "qu'", "qu’", ":", ","):
                    start += 1
                return self.chars(start, c.right_edge.i + 1), False
        q = self.quote_after(t, sent)
        if q is not None:
            return (q.inner_start, q.inner_end), False
        # "..., a indiqué X": the clause before
        first = self.first_token(t)
        if may_invert and first > sent.start and doc[first - 1].text == ",":
            start = self.first_content_token(sent)
            while start < first and (doc[start].pos_ == "CCONJ" or doc[start].is_punct):
                start += 1
            before = doc[start : first - 1]
            if any(x.pos_ in ("VERB", "AUX") for x in before) and self.post_subject(t, True) is not None:
                return self.chars(start, first - 1), True
        for c in t.children:
            if c.i < t.i:
                continue
            if c.dep_ == "xcomp" or (c.dep_ == "obj" and (verb.np or self.has_quote(c))):
                return self.chars(c.left_edge.i, max(c.right_edge.i, t.right_edge.i) + 1), False
        q = self.quote_next(t, sent)
        if q is not None:
            return (q.inner_start, q.inner_end), False
        return None, False

    def has_quote(self, c: Token) -> bool:
        return any(t.text in QUOTE_MARKS for t in self.doc[c.left_edge.i : c.right_edge.i + 1])

    def incise_quote(self, t: Token) -> Quote | None:
        """The quotation a verb is set in or after: "« ... », explique X", "« ..., dit-il, ... »"."""
        reach = self.incise_reach()
        if reach is not None and t.i not in reach:
            return None
        doc = self.doc
        first = self.first_token(t)
        if first < 2 or doc[first - 1].text != ",":
            return None
        q = self.quote_at_close(first - 2)
        if q is not None:
            # the quotation must be what is said, not a phrase quoted inside a clause
            before = q.open_tok - 1
            sent = self.sent_of(q.open_tok)
            if (
                before < sent.start
                or doc[before].text in (",", ":", ";", "-", "–", "—")
                or doc[before].is_space
            ):
                return q
            return None
        inside = self.quote_around(t.i)
        if inside is not None:
            after = t.i + 1
            while after < inside.close_tok and doc[after].text != "," and after - t.i < 6:
                after += 1
            if doc[after].text == ",":
                return inside
        return None

    def incise(self, t: Token) -> Attribution | None:
        """A verb set after a quotation with its subject after it reports it, listed or not:
        "« ... », soupire-t-elle", "« ... », a commenté Ritsma", "« ... », conseille la Poste"."""
        q = self.incise_quote(t)
        if q is None:
            return None
        if any(
            c.dep_ in SUBJECTS
            and c.i < t.i
            and not c.lower_.startswith("-")
            and not q.open_tok < c.i < q.close_tok
            for c in t.children
        ):
            return None
        subj = self.clitic_subject(t)
        if subj is None:
            after = [c for c in t.children if c.i > t.i and c.dep_ in SUBJECTS]
            subj = after[0] if after else None
        if subj is None and self.is_finite(t):
            subj = self.post_subject(t, True, closing=False)
            if subj is not None and t.lemma_.lower() not in self.lex.verbs and not self.plausible_agent(subj):
                subj = None
        if subj is None:
            return None
        return self.make(t, subj, (q.inner_start, q.inner_end), inverted=True)

    def misparsed(self, t: Token) -> Attribution | None:
        """A reporting verb tagged as a noun ("juge", "analyse"): in incise after a quotation, or between
        its subject and "que"."""
        form = t.lower_
        if not (form.endswith("e") and form + "r" in self.lex.verbs):
            return None
        q = self.incise_quote(t)
        if q is not None:
            subj = self.np_head(t.i + 1, self.sent_of(t.i))
            return (
                self.make(t, subj, (q.inner_start, q.inner_end), inverted=True) if subj is not None else None
            )
        doc, sent = self.doc, self.sent_of(t.i)
        if t.i + 1 >= sent.end or doc[t.i + 1].lower_ not in ("que", "qu'", "qu’") or t.i == sent.start:
            return None
        start = t.i - 1
        while start > sent.start and doc[start - 1].text not in (",", ":", ";", "»", "«", "(", ")"):
            start -= 1
        mention = self.chars(start, t.i)
        head = self.np_head(start, sent)
        if mention is None or head is None or head.i >= t.i:
            return None
        a = Attribution("verb", (t.idx, t.idx + len(t.text)), mention, head.i, verb=t.i)
        a.content = self.chars(t.i + 2, sent.end)
        return a if a.content else None

    def quote_after(self, t: Token, sent: Span) -> Quote | None:
        """A quotation introduced by the verb and a colon: "précisa : « ... »"."""
        for q in self.quotes:
            if t.i < q.open_tok <= sent.end and q.open_tok - t.i <= 40:
                between = self.text[t.idx + len(t.text) : self.doc[q.open_tok].idx].strip()
                if between.endswith(":") and not any(
                    x.pos_ == "VERB" and "Fin" in x.morph.get("VerbForm")
                    for x in self.doc[t.i + 1 : q.open_tok]
                ):
                    return q
                if between == "":
                    return q
        return None

    def quote_next(self, t: Token, sent: Span) -> Quote | None:
        """The verb closes its sentence and the next sentence is a quotation: "X confirme. « ... »"."""
        doc = self.doc
        if any(not x.is_punct and not x.is_space for x in doc[t.i + 1 : sent.end]):
            return None
        nxt = sent.end
        while nxt < len(doc) and doc[nxt].is_space:
            nxt += 1
        return self.quote_opening_at(nxt) if nxt < len(doc) else None

    # direct quotations

    def quote_cues(self, found: list[Attribution]) -> list[Attribution]:
        out: list[Attribution] = []
        covered = [a.content for a in found if a.content]
        for q in self.quotes:
            if any(s < q.inner_end and q.inner_start < e for s, e in covered):
                continue
            if any(q.open_char <= a.cue[0] < q.close_char for a in found):
                continue
            inner = self.doc[q.open_tok + 1 : q.close_tok]
            if len(inner) < 3 or not any(
                x.pos_ in ("VERB", "AUX") and "Fin" in x.morph.get("VerbForm") for x in inner
            ):
                continue
            speaker = self.speaker(q, found + out)
            if speaker is None:
                continue
            a = Attribution("quote", (q.open_char, q.open_char + 1))
            a.mention, a.head, a.anonymous = speaker.mention, speaker.head, speaker.anonymous
            a.relay, a.name, a.extra = speaker.relay, speaker.name, dict(speaker.extra)
            a.content = (q.inner_start, q.inner_end)
            out.append(a)
        return out

    def speaker(self, q: Quote, found: list[Attribution]) -> Attribution | None:
        """Who says a quotation no verb introduces: the source of an attribution earlier in its sentence;
        else the subject of its sentence ("X a lu sa déposition : « ... »"); else, for a quotation opening
        its sentence, the last source named at most QUOTE_REACH sentences before."""
        si = self.sent_index(q.open_tok)
        before = [a for a in found if a.cue[0] < q.open_char and (a.mention or a.anonymous)]
        last = max(before, key=lambda a: a.cue[0]) if before else None
        if last is not None and self.sent_index(self.token_at(last.cue[0])) == si:
            return last
        subject = self.sentence_subject(q)
        if subject is not None or last is None:
            return subject
        last_end = max(last.cue[1], last.content[1] if last.content else 0)
        opens = self.opens_sentence(q) or self.doc[q.open_tok - 1].text == ":"
        if opens and self.sentences_between(self.token_at(max(last_end - 1, 0)), q.open_tok) <= QUOTE_REACH:
            return last
        return None

    def sentences_between(self, i: int, j: int) -> int:
        """How many sentences with words separate tokens i and j (0 in the same sentence)."""
        a, b = self.sent_index(i), self.sent_index(j)
        return sum(1 for k in range(a + 1, b + 1) if any(x.is_alpha or x.is_digit for x in self.sents[k]))

    def opens_sentence(self, q: Quote) -> bool:
        sent = self.sent_of(q.open_tok)
        return all(x.is_space or x.is_punct for x in self.doc[sent.start : q.open_tok])

    def sentence_subject(self, q: Quote) -> Attribution | None:
        """ "Les délégués ont décidé de ..., « qui organisent ... »": the person subject of the sentence."""
        sent = self.sent_of(q.open_tok)
        if self.opens_sentence(q):
            return None
        root = sent.root
        subj = self.subject(root)
        if subj is None or subj.i > q.open_tok or self.quote_around(subj.i) is not None:
            return None
        kind = self.lex.nouns.get(subj.lemma_.lower())
        if not (subj.ent_type_ in ("PER", "ORG") or kind in ("person", "organisation", "government")):
            return None
        s, e, relay = self.np_extent(subj, subj.left_edge.i, sent)
        e = min(e, root.i)
        a = Attribution("quote", (q.open_char, q.open_char + 1), self.chars(s, e), subj.i)
        a.relay = relay
        return a if a.mention else None

    # ----------------------------------------------------------------- describing sources

    def describe(self, attributions: list[Attribution]) -> None:
        ents = list(self.doc.ents)
        norms = {(e.start, e.end): e._.norm for e in ents}
        for i, a in enumerate(attributions):
            if a.anonymous:
                a.source_type = "anonymous"
                if a.mention is None:
                    continue
            if a.mention is None:
                continue
            if a.kind == "quote" and a.name is not None:
                prior = next((b for b in attributions[:i][::-1] if b.mention == a.mention), None)
                if prior is not None:
                    a.name, a.name_label, a.role, a.source_type = (
                        prior.name,
                        prior.name_label,
                        prior.role,
                        prior.source_type,
                    )
                    continue
            self.describe_one(a, ents, norms, attributions[:i])

    def describe_one(self, a: Attribution, ents, norms, previous: list[Attribution]) -> None:
        doc = self.doc
        s, e = a.mention
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is None:
            return
        head = doc[a.head] if a.head is not None else span.root
        name_span = None
        for m in self.lex.names_re.finditer(self.text, s, e):
            name_span = doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
            a.name, a.name_label = m.group(1), "ORG"
            break
        inside = [
            x
            for x in ents
            if x.start >= span.start
            and x.end <= span.end
            and (x.label_ in ("PER", "ORG") or x.start <= head.i < x.end)
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
                a.name = self.ent_name(best, norms)
        pronoun = len(span) == 1 and span[0].lower_.lstrip("-") in PERSONAL
        if a.name is None and head.pos_ == "PROPN" and not pronoun:
            name_span = doc[head.i : head.i + 1]
            a.name, a.name_label = (
                head.text,
                "PER" if self.lex.nouns.get(head.lemma_.lower()) is None else None,
            )
        demonstrative = span[0].lower_ in DEMONSTRATIVES
        if a.name is None and (pronoun or demonstrative):
            a.name, a.name_label = self.antecedent(
                span, a, ents, norms, previous, plural=span[0].lower_.lstrip("-") in ("ils", "elles", "eux")
            )
        a.role = None if pronoun else self.role(span, name_span)
        a.source_type = a.source_type or self.source_type(a, head, pronoun)

    def ent_name(self, ent: Span, norms: dict) -> str:
        """The entity as written, or for a person the fuller name it stands for ("Choïgou")."""
        norm = norms.get((ent.start, ent.end), ent.text)
        return norm if ent.label_ == "PER" and norm != " ".join(t.text for t in ent) else ent.text

    def role(self, span: Span, name: Span | None) -> str | None:
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
        return self.text[tokens[0].idx : tokens[-1].idx + len(tokens[-1].text)]

    def source_type(self, a: Attribution, head: Token, pronoun: bool) -> str | None:
        kind = self.lex.nouns.get(head.lemma_.lower()) or self.lex.nouns.get(head.lower_)
        if kind and head.pos_ == "NOUN":
            return kind
        if a.name is not None:
            by_name = self.lex.name_type(a.name)
            if by_name:
                return by_name
            return {"PER": "person", "ORG": "organisation", "LOC": "government"}.get(
                a.name_label or "", "person" if pronoun else "organisation"
            )
        if pronoun:
            return "person"
        if kind:
            return kind
        return "person" if head.pos_ == "PROPN" else None

    def antecedent(
        self, span, a: Attribution, ents, norms, previous, plural: bool
    ) -> tuple[str | None, str | None]:
        """The name a pronoun or demonstrative mention stands for, when the text makes it unambiguous:
        a person named earlier in its sentence, else the previous source, else the one person named in
        the nearest sentence before."""
        si = self.sent_index(span.start)
        content = a.content or (0, 0)
        if not plural:
            here = {
                norms.get((x.start, x.end), x.text)
                for x in ents
                if x.label_ == "PER"
                and self.sent_index(x.start) == si
                and x.end <= span.start
                and not (content[0] <= x.start_char < content[1])
            }
            if len(here) == 1:
                return here.pop(), "PER"
            if len(here) > 1:
                return None, None
        for b in previous[::-1]:
            if b.name and si - self.sent_index(self.token_at(b.cue[0])) <= 3 and b.mention != a.mention:
                return b.name, b.name_label
        if plural:
            return None, None
        for back in range(1, 4):
            if si - back < 0:
                break
            names = {
                norms.get((x.start, x.end), x.text)
                for x in ents
                if x.label_ == "PER" and self.sent_index(x.start) == si - back
            }
            if names:
                return (names.pop(), "PER") if len(names) == 1 else (None, None)
        return None, None

    # ----------------------------------------------------------------- output

    def spans(self, attributions: list[Attribution]) -> list[Span]:
        """One span per attribution: its source mention, or its cue when there is none. Extension data is
        keyed by offsets, so a mention shared by two attributions ("il" says two things) stands once; the
        second is represented by its cue (its row still holds the mention's offsets)."""
        doc = self.doc
        out, used = [], set()
        for i, a in enumerate(attributions):
            span = None
            for where in (a.mention, a.cue):
                if where is None:
                    continue
                found = doc.char_span(where[0], where[1], alignment_mode="expand")
                if found is not None and (found.start_char, found.end_char) not in used:
                    span = Span(doc, found.start, found.end, label=a.kind)
                    break
            if span is None:
                continue
            used.add((span.start_char, span.end_char))
            mention = a.mention
            span._.source = {
                "source_id": i,
                "sent_id": self.doc_sent_index(self.token_at(a.cue[0])),
                "kind": a.kind,
                "cue": self.text[a.cue[0] : a.cue[1]],
                "cue_start_char": a.cue[0],
                "cue_end_char": a.cue[1],
                "start_char": mention[0] if mention else None,
                "end_char": mention[1] if mention else None,
                "text": self.text[mention[0] : mention[1]] if mention else None,
                "name": a.name,
                "name_label": a.name_label,
                "role": a.role,
                "source_type": a.source_type,
                "relayed_by": a.relay,
                "content_start_char": a.content[0] if a.content else None,
                "content_end_char": a.content[1] if a.content else None,
                "verb_char": self.tok_starts[a.verb] if a.verb is not None else None,
                "hedge_cue": a.hedge_cue,
            }
            out.append(span)
        return out
