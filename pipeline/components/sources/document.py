"""One article as the source rules read it: the Doc, its text and token arrays, its sentences (cut again at
line breaks), its quotations, and the small look-ups every rule uses."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from ..common.tokens import TokenIndex
from ..sentences.sentences import reader_sentence_starts
from .lexicon import SourcesLexicon
from .models import Quote
from .quotes import find_quotes

SUBJECTS = {"nsubj", "nsubj:pass", "expl:subj", "csubj"}
QUOTE_MARKS = set('«»"“”')
PAIRS = {")": "(", "»": "«", "”": "“"}
EDGE_PUNCT = set(',.;:!?«»"“”()[]-–—…/')


class Article:
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
        # the reader's sentences (news_sentences: a paragraph never continues a sentence); computed here only
        # in a pipeline without that component
        if "sentences" in doc.spans:
            self.sents: list[Span] = list(doc.spans["sentences"])
        else:
            bounds = reader_sentence_starts(doc, index) + [len(doc)]
            self.sents = [doc[a:b] for a, b in zip(bounds, bounds[1:], strict=False) if b > a]
        self.sent_starts = [s.start for s in self.sents]
        # quotations are disjoint and in text order: looked up by their marks' tokens, or by bisection
        self.quotes = find_quotes(doc, self.text, self.tok_starts)
        self.quote_opens = [q.open_tok for q in self.quotes]
        self.quote_by_open: dict[int, Quote] = {}
        self.quote_by_close: dict[int, Quote] = {}
        for q in self.quotes:
            if q.opened:
                self.quote_by_open.setdefault(q.open_tok, q)
            if q.closed:
                self.quote_by_close.setdefault(q.close_tok, q)
        self.parsed = doc.has_annotation("DEP")
        self.ents = list(doc.ents)
        self.ent_starts = [e.start for e in self.ents]
        self.ent_start_chars = [e.start_char for e in self.ents]
        self._ents_by_sent: dict[int, list[Span]] | None = None
        self._worded_before: list[int] | None = None
        self._incise_reach: set[int] | None = None

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
        return self.quote_by_close.get(i)

    def quote_around(self, i: int) -> Quote | None:
        """The quotation token ``i`` is inside (between its marks)."""
        k = bisect_left(self.quote_opens, i) - 1
        if k >= 0 and i < self.quotes[k].close_tok:
            return self.quotes[k]
        return None

    def quote_opening_at(self, i: int) -> Quote | None:
        return self.quote_by_open.get(i)

    def quotes_opening_in(self, start: int, end: int) -> list[Quote]:
        """The quotations whose opening mark is a token of [start, end), in text order."""
        opens = self.quote_opens
        return self.quotes[bisect_left(opens, start) : bisect_left(opens, end)]

    def ent_at(self, i: int) -> Span | None:
        """The entity holding token ``i``."""
        k = bisect_right(self.ent_starts, i) - 1
        if k >= 0 and i < self.ents[k].end:
            return self.ents[k]
        return None

    def ents_from_char(self, char: int) -> Iterator[Span]:
        """The entities starting at or after character ``char``, in text order."""
        ents = self.ents
        for k in range(bisect_left(self.ent_start_chars, char), len(ents)):
            yield ents[k]

    def ents_in(self, start: int, end: int) -> list[Span]:
        """The entities within tokens [start, end), in text order."""
        starts = self.ent_starts
        return [e for e in self.ents[bisect_left(starts, start) : bisect_left(starts, end)] if e.end <= end]

    def ents_in_sent(self, k: int) -> list[Span]:
        """The entities starting in sentence ``k`` (of ``sents``)."""
        if self._ents_by_sent is None:
            self._ents_by_sent = {}
            for e in self.ents:
                self._ents_by_sent.setdefault(self.sent_index(e.start), []).append(e)
        return self._ents_by_sent.get(k, [])

    def first_content_token(self, sent: Span) -> int:
        i = sent.start
        while i < sent.end and (self.doc[i].is_space or self.doc[i].is_punct):
            i += 1
        return i

    def sentences_between(self, i: int, j: int) -> int:
        """How many sentences with words separate tokens i and j (0 in the same sentence)."""
        if self._worded_before is None:  # how many sentences with words come before sentence k
            counts = [0]
            for sent in self.sents:
                counts.append(counts[-1] + any(x.is_alpha or x.is_digit for x in sent))
            self._worded_before = counts
        a, b = self.sent_index(i), self.sent_index(j)
        return max(self._worded_before[b + 1] - self._worded_before[a + 1], 0)

    def opens_sentence(self, q: Quote) -> bool:
        sent = self.sent_of(q.open_tok)
        return all(x.is_space or x.is_punct for x in self.doc[sent.start : q.open_tok])

    def has_name(self, start: int, end: int) -> bool:
        return any(t.ent_type_ for t in self.doc[start:end])

    def has_quote(self, c: Token) -> bool:
        return any(t.text in QUOTE_MARKS for t in self.doc[c.left_edge.i : c.right_edge.i + 1])
