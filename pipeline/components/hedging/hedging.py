"""The ``news_hedging`` component: is a statement only reported as possible (conditional mood, "présumé",
"il semble que", "selon des informations")?

It writes the hedge cues it finds into ``doc.spans["hedges"]`` (label ``conditional``, ``word``, ``verb`` or
``phrase``) and sets ``span._.hedged`` on every figure, date and source span:

- a figure or date is hedged when a clause above it is (walking up the heads from each of its tokens: a
  conditional verb or auxiliary, a hedge word modifying it, a hedge verb), when its sentence holds a hedge
  phrase, or when the attribution it is linked to names no source ("selon des informations");
- an attribution is hedged when its cue names no source, its reporting verb is conditional ("aurait
  déclaré"), or the main clause of what it covers is hedged.

fr_core_news_md's morphologizer often tags a conditional as an imperfect ("viendraient", "reposerait",
"chercherait": Mood=Ind Tense=Imp), so the conditional is also read from the form: the future stem of the
lemma followed by an imperfect ending.
"""

from __future__ import annotations

import re
from bisect import bisect_left

import numpy
from spacy.attrs import LEMMA, LOWER, MORPH, POS
from spacy.language import Language
from spacy.parts_of_speech import AUX, VERB
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from ...resources import Resources
from ..base import RuleComponent
from ..common.patterns import alternation
from ..common.tokens import TokenIndex
from ..sentences.sentences import reader_sentence_starts

CND_ENDINGS = ("aient", "ions", "iez", "ais", "ait")
NO_MARKS = (False, False, False)
VERB_POS = numpy.zeros(256, dtype=bool)  # by part-of-speech id: VERB and AUX
VERB_POS[[VERB, AUX]] = True
MEMO_SIZE = 200_000
HEDGE_DEPS = ("amod", "advmod", "acl", "obl:mod")  # a hedge word modifying a clause
QUALIFIED = (("figures", True), ("dates", True), ("sources", False))  # span groups, linked to a source


class HedgeLexicon:
    """``models/hedging/``: hedge words, verbs and phrases; irregular future stems."""

    def __init__(self, res: Resources, folder: str):
        hedges = res.lexicon(f"{folder}/hedges.tsv")
        self.words = frozenset(w.lower() for w, kind in hedges if kind == "word")
        self.verbs = frozenset(w.lower() for w, kind in hedges if kind == "verb")
        phrases = [w for w, kind in hedges if kind == "phrase"]
        self.phrase_re = re.compile(rf"(?<![\w-])({alternation(phrases)})(?![\w-])", re.IGNORECASE)
        self.stems = dict(res.lexicon(f"{folder}/conditional_stems.tsv"))

    def future_stem(self, lemma: str) -> str:
        """The future/conditional stem of a verb: "reposer" -> "reposer", "prendre" -> "prendr",
        "devenir" -> "deviendr"."""
        if lemma in self.stems:
            return self.stems[lemma]
        for base, stem in self.stems.items():
            if lemma.endswith(base) and len(lemma) > len(base) + 1:
                return lemma[: -len(base)] + stem
        return lemma[:-1] if lemma.endswith("re") else lemma


class Hedging:
    """The token-level marks: conditional, hedge word, hedge verb."""

    def __init__(self, lex: HedgeLexicon):
        self.lex = lex
        # ids of the hedge words as the LOWER attribute stores them (a token's lower form)
        self.word_ids = numpy.array(sorted({get_string_id(w) for w in lex.words} or {0}), dtype=numpy.uint64)
        # (is_conditional, hedge_word, hedge_verb) by (POS, MORPH, LOWER, LEMMA): they read nothing else
        self.marks_memo: dict[tuple[int, ...], tuple[bool, bool, bool]] = {}

    def token_marks(self, doc: Doc) -> dict[int, tuple[bool, bool, bool]]:
        """``(is_conditional, hedge_word, hedge_verb)`` of every token of ``doc`` where one of them holds.
        Only a verb, an auxiliary or a hedge word can hold one; the others are not looked at."""
        if len(doc) == 0:
            return {}
        arr = doc.to_array([POS, MORPH, LOWER, LEMMA])
        lower, ids = arr[:, 2], self.word_ids
        is_word = ids[numpy.searchsorted(ids, lower) % len(ids)] == lower  # numpy.isin, faster on short docs
        candidates = numpy.flatnonzero(VERB_POS[numpy.minimum(arr[:, 0], 255)] | is_word)
        memo = self.marks_memo
        if len(memo) > MEMO_SIZE:
            memo.clear()
        out = {}
        for i, key in zip(candidates.tolist(), map(tuple, arr[candidates].tolist()), strict=True):
            marks = memo.get(key)
            if marks is None:
                t = doc[i]
                marks = memo[key] = (self.is_conditional(t), self.hedge_word(t), self.hedge_verb(t))
            if marks != NO_MARKS:
                out[i] = marks
        return out

    def is_conditional(self, t: Token) -> bool:
        if t.pos_ not in ("VERB", "AUX"):
            return False
        if "Cnd" in t.morph.get("Mood"):
            return True
        if "Fin" not in t.morph.get("VerbForm") and t.morph.get("VerbForm"):
            return False
        form, lemma = t.lower_, t.lemma_.lower()
        for ending in CND_ENDINGS:
            if form.endswith(ending):
                stem = form[: -len(ending)]
                if stem == self.lex.future_stem(lemma):
                    return True
                # "-er" verbs whose stem changes ("achèterait", "appellerait")
                return stem.endswith("er") and lemma.endswith("er") and len(stem) >= len(lemma) - 1
        return False

    def hedge_word(self, t: Token) -> bool:
        return t.lower_ in self.lex.words

    def hedge_verb(self, t: Token) -> bool:
        return t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in self.lex.verbs


class NewsHedging(RuleComponent):
    def __init__(self, nlp: Language, name: str = "news_hedging", resources: str = "hedging"):
        self.folder = resources
        super().__init__(nlp, name)

    def setup(self, res: Resources) -> None:
        self.lex = HedgeLexicon(res, self.folder)
        self.hedging = Hedging(self.lex)

    def __call__(self, doc: Doc) -> Doc:
        view = HedgedClauses(doc, self.hedging)
        doc.spans["hedges"] = view.cues()
        sources = {s._.source["source_id"]: s._.source for s in doc.spans["sources"]}
        for group, linked in QUALIFIED:
            if group not in doc.spans:
                continue
            for span in doc.spans[group]:
                if linked:
                    source = sources.get(span._.source_id)
                    span._.hedged = view.hedged_at(span) or bool(source and source["hedge_cue"])
                else:
                    span._.hedged = view.attribution_hedged(span._.source)
        return doc


class HedgedClauses:
    """One document's hedge marks, with the indexes to ask whether a span's clause is hedged."""

    def __init__(self, doc: Doc, hedging: Hedging):
        self.doc, self.hedging = doc, hedging
        self.index = TokenIndex(doc)
        self.marks = hedging.token_marks(doc)
        self.phrases = [m.span() for m in hedging.lex.phrase_re.finditer(self.index.text)]
        self._hedged_clauses: set[int] | None = None
        self._sent_phrase_hedged: dict[int, bool] = {}
        # the reader's sentences (news_sentences: a paragraph break always ends one; computed the same way
        # without that component): a hedge never reaches over a sentence end, whatever the parse's heads do
        if "sentences" in doc.spans and len(doc.spans["sentences"]):
            sents = [(s.start, s.end) for s in doc.spans["sentences"]]
        else:
            starts = reader_sentence_starts(doc, self.index) or [0]
            sents = list(zip(starts, [*starts[1:], len(doc)], strict=True))
        self.sent_bounds = sents
        self.sent_starts = [s for s, _ in sents]

    def sentence_of(self, i: int) -> int:
        return max(bisect_left(self.sent_starts, i + 1) - 1, 0)

    def cues(self) -> list[Span]:
        doc, out = self.doc, []
        for i, (conditional, word, _) in self.marks.items():
            out.append(
                Span(doc, i, i + 1, label="conditional" if conditional else "word" if word else "verb")
            )
        for start, end in self.phrases:
            span = doc.char_span(start, end, label="phrase", alignment_mode="expand")
            if span is not None:
                out.append(span)
        return sorted(out, key=lambda s: (s.start, s.end))

    def attribution_hedged(self, source: dict) -> bool:
        if source["hedge_cue"]:
            return True
        doc, is_conditional = self.doc, self.hedging.is_conditional
        if source["verb_char"] is not None:
            verb = doc[self.index.token_at(source["verb_char"])]
            if is_conditional(verb) or any(
                c.dep_.startswith("aux") and is_conditional(c) for c in verb.children
            ):
                return True
        if source["content_start_char"] is None:
            return False
        content = doc.char_span(
            source["content_start_char"], source["content_end_char"], alignment_mode="expand"
        )
        return content is not None and self.content_hedged(content)

    def hedged_at(self, span: Span) -> bool:
        """A clause above one of the span's tokens is hedged, or its sentence holds a hedge phrase; each
        token's clause and each sentence's phrases are checked once per document. A conditional hedges its
        own clause: the walk up the heads stops at the sentence's end and after a coordinated or juxtaposed
        clause ("Les syndicats auraient compté 12 000 personnes, mais la police en a vu 9 000": 9 000 is not
        hedged)."""
        seen: set[int] = set()
        heads, doc = self.index.heads, self.doc
        k = self.sentence_of(span.start)
        first, last = self.sent_bounds[k]
        for i in range(span.start, span.end):
            node = i
            while node not in seen:
                seen.add(node)
                if self.clause_hedged(node):
                    return True
                head = heads[node]
                t = doc[node]
                own_clause = t.dep_ in ("conj", "parataxis") and t.pos_ in ("VERB", "AUX")
                if head == node or not (first <= head < last) or own_clause:
                    break
                node = head
        got = self._sent_phrase_hedged.get(k)
        if got is None:
            start, end = doc[first].idx, doc[last - 1].idx + len(doc[last - 1].text)
            got = self._sent_phrase_hedged[k] = self.has_phrase(start, end)
        return got

    def has_phrase(self, start: int, end: int) -> bool:
        """A hedge phrase lies within characters [start, end)."""
        phrases = self.phrases
        k = bisect_left(phrases, (start, -1))
        while k < len(phrases) and phrases[k][0] < end:
            if phrases[k][1] <= end:
                return True
            k += 1
        return False

    def content_hedged(self, content: Span) -> bool:
        """What an attribution covers is hedged when a root of it (a token whose head is outside it, or the
        sentence root) heads a hedged clause, or it holds a hedge phrase."""
        start, end, heads = content.start, content.end, self.index.heads
        for i in range(start, end):
            h = heads[i]
            if (not (start <= h < end) or h == i) and self.clause_hedged(i):
                return True
        return self.has_phrase(content.start_char, content.end_char)

    def clause_hedged(self, i: int) -> bool:
        """Token ``i`` is conditional or carries a hedge, or one of its children is a conditional auxiliary
        or copula, or a hedge word modifying it."""
        if self._hedged_clauses is None:
            self._hedged_clauses = self.hedged_clauses()
        return i in self._hedged_clauses

    def hedged_clauses(self) -> set[int]:
        doc, heads, marks = self.doc, self.index.raw_heads, self.marks
        out = set(marks)
        for c, (conditional, word, _) in marks.items():
            dep = doc[c].dep_
            if (conditional and dep.startswith(("aux", "cop"))) or (word and dep in HEDGE_DEPS):
                h = heads[c]
                if h == c or h in out:
                    continue
                head = doc[h]
                if head.left_edge.i <= c <= head.right_edge.i:  # what Token.children walks over
                    out.add(h)
        return out
