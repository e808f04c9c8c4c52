"""What the rules may look at around a match: neighbouring words, sentence starts, parts of speech, tense.

Works on a bare ``spacy.blank("fr")`` doc too: without tags or a parse, POS checks and tense answer "unknown".
"""

from __future__ import annotations

import re
from bisect import bisect_right
from datetime import date

from spacy.attrs import IDX, SENT_START
from spacy.tokens import Doc, Span, Token

from ..common.text import doc_text

PREV_WORD = re.compile(r"(\w+['’]?|[^\w\s])\s*$")
NEXT_WORD = re.compile(r"^\s*(\w+['’]?|[^\w\s])")
SENT_END = ".!?\n:;»"
UNTIL_BEFORE = re.compile(r"(?:^|\W)jusqu'\s*(?:à|au|aux|en)?$")
PURPOSE = object()  # what governs a date: an event introduced by "pour"


class Context:
    """One article: its text, tokens and publication date."""

    def __init__(self, doc: Doc, published: date | None, tense: Tense):
        self.doc = doc
        self.tense = tense
        self.text = doc_text(doc)
        self.lower = self.text.lower().replace("’", "'")
        self.published = published
        self.has_pos = doc.has_annotation("POS")
        self._verbless: bool | None = None
        self.has_dep = doc.has_annotation("DEP")
        self._starts: list[int] | None = None
        self._sent_starts: list[int] | None = None

    @property
    def starts(self) -> list[int]:
        """Character offset of each token (computed on first use, from one array copy)."""
        if self._starts is None:
            self._starts = self.doc.to_array(IDX).tolist() if len(self.doc) else []
        return self._starts

    @property
    def sent_starts(self) -> list[int]:
        if self._sent_starts is None:
            if len(self.doc) and self.doc.has_annotation("SENT_START"):
                flags = self.doc.to_array(SENT_START).tolist()
                starts = self.starts
                self._sent_starts = [starts[i] for i, f in enumerate(flags) if f == 1 or i == 0]
            else:
                self._sent_starts = [0]
        return self._sent_starts

    # --- words around a position ----------------------------------------------------------------------------
    def before(self, pos: int, n: int = 40) -> str:
        """The lower-cased text just before ``pos`` (apostrophes normalised), without trailing spaces."""
        return self.lower[max(0, pos - n) : pos].rstrip()

    def after(self, pos: int, n: int = 40) -> str:
        return self.lower[pos : pos + n]

    def prev_word(self, pos: int) -> str:
        m = PREV_WORD.search(self.lower[max(0, pos - 30) : pos])
        return m.group(1) if m else ""

    def next_word(self, pos: int) -> str:
        m = NEXT_WORD.match(self.lower[pos : pos + 30])
        return m.group(1) if m else ""

    def sentence_initial(self, pos: int) -> bool:
        """True when only punctuation or quotes separate ``pos`` from the end of the previous sentence."""
        head = self.text[max(0, pos - 6) : pos].rstrip(" \t\u00a0«\"'(_-–—")
        return not head or head[-1] in SENT_END or pos in self.sent_starts

    def sentence(self, pos: int) -> int:
        return bisect_right(self.sent_starts, pos) - 1

    # --- tokens ---------------------------------------------------------------------------------------------
    def token_at(self, pos: int) -> Token | None:
        i = bisect_right(self.starts, pos) - 1
        return self.doc[i] if 0 <= i < len(self.doc) else None

    def token_after(self, pos: int) -> Token | None:
        i = bisect_right(self.starts, pos - 1)
        return self.doc[i] if i < len(self.doc) else None

    def token_before(self, pos: int) -> Token | None:
        i = bisect_right(self.starts, pos - 1) - 1
        return self.doc[i] if 0 <= i < len(self.doc) and self.doc[i].idx < pos else None

    def pos_after(self, pos: int) -> str | None:
        tok = self.token_after(pos)
        return tok.pos_ if tok is not None and self.has_pos else None

    def span(self, start: int, end: int) -> Span | None:
        return self.doc.char_span(start, end, alignment_mode="expand")

    # --- tense ----------------------------------------------------------------------------------------------
    def direction(self, start: int, end: int) -> int:
        """-1 when the clause holding [start, end) is in a past tense, 1 in the future (or a future
        periphrasis, the conditional present, a purpose: "pour la venue d'Auxerre samedi"), 0 when unknown
        (present tense, no parse). A sentence without a verb ("Dimanche soir, feu d'artifice.") goes the way
        of the sentence before it; a text without any verb (an agenda line) reads ahead."""
        if not (self.has_dep and self.has_pos):
            return 0
        span = self.span(start, end)
        if span is None or not len(span):
            return 0
        if self.verbless:
            return 1  # a text without any verb, an agenda line ("Lundi : conseil municipal"), reads ahead,
            # also when the parser makes an adjective its root ("le deuxième week-end de septembre")
        root = span.root
        if root.pos_ in ("VERB", "AUX") and root.head is not root:
            root = root.head  # a date is no verb: "disputera dimanche", 'dimanche' tagged a past participle
        verb = self.governing_verb(root)
        if verb is None:
            return self.sentence_direction(span.root.sent.start - 1) if span.root.sent.start else 0
        if verb is PURPOSE:
            return 1
        if verb.lemma_ in self.tense.deadlines and UNTIL_BEFORE.search(self.before(start, 25)):
            return 1  # "a donné jusqu'au 30 juin"
        return self.tense.direction(verb)

    def past_perfect(self, start: int, end: int) -> bool:
        """Whether the clause holding [start, end) is in the past perfect ("il était parti", "avait eu")."""
        if not (self.has_dep and self.has_pos):
            return False
        span = self.span(start, end)
        verb = self.governing_verb(span.root) if span is not None and len(span) else None
        if verb is None or verb is PURPOSE:
            return False
        return "Part" in verb.morph.get("VerbForm") and any(
            c.dep_ in ("aux", "aux:tense") and "Imp" in c.morph.get("Tense") for c in verb.children
        )

    @property
    def verbless(self) -> bool:
        """Whether the whole text has no verb (read once)."""
        if self._verbless is None:
            # "été" after "l'", "d'" is the season the tagger calls the auxiliary ("fin de l'été")
            self._verbless = not any(
                t.pos_ in ("VERB", "AUX") and not self.tense.is_season(t) for t in self.doc
            )
        return self._verbless

    def governing_verb(self, tok: Token):
        """The verb (or predicative adjective) of the clause holding ``tok``, PURPOSE when a noun on the
        way is the object of "pour" (an event still to come), None when the sentence has no verb."""
        for _ in range(8):
            if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("aux", "aux:tense", "aux:pass", "cop"):
                break
            if tok.pos_ == "NOUN" and any(
                c.dep_ == "case" and c.lower_ in self.tense.purpose for c in tok.children
            ):
                return PURPOSE
            if tok.head is tok:
                break
            tok = tok.head
        return tok if tok.pos_ in ("VERB", "AUX", "ADJ") else None

    def sentence_direction(self, i: int) -> int:
        """The direction of the sentence holding token ``i`` (its root verb), 0 without one."""
        root = self.doc[i].sent.root
        return self.tense.direction(root) if root.pos_ in ("VERB", "AUX") else 0


class Tense:
    """The direction a verb gives its clause (tense.tsv: planned participles, modal verbs, future endings)."""

    def __init__(self, words: dict[str, frozenset[str]]):
        self.planned = words["planned"]
        self.modals = words["modal"]
        self.future_endings = tuple(sorted(words["future_ending"]))
        self.purpose = words["purpose"]
        self.deadlines = words["deadline"]
        self.season_before = words["season_before"]
        self.etre_verbs = words["etre_verb"]

    def looks_future(self, tok: Token) -> bool:
        """A finite form with a future ending ("augmenteront", "sera"), which the tagger may call present, or
        a participle ("votera", "signera": no participle ends so)."""
        form = tok.morph.get("VerbForm")
        return ("Fin" in form or "Part" in form) and tok.lower_.endswith(self.future_endings)

    def is_season(self, tok: Token) -> bool:
        """ "été" after "d'", "l'", "cet", "en" is summer, not the auxiliary ("les vacances d'été")."""
        return (
            tok.lower_ == "été" and tok.i > 0 and tok.nbor(-1).lower_.replace("’", "'") in self.season_before
        )

    def direction(self, verb: Token, depth: int = 0) -> int:
        """-1 past, 1 future (a future form or periphrasis, the conditional present), 0 unknown."""
        auxes = [
            c
            for c in verb.children
            if c.dep_ in ("aux", "aux:tense", "aux:pass", "cop") and not self.is_season(c)
        ]
        v_tense = verb.morph.get("Tense")
        mood = verb.morph.get("Mood")
        form = verb.morph.get("VerbForm")
        participle = "Part" in form
        for aux in auxes:
            a_tense, a_mood = aux.morph.get("Tense"), aux.morph.get("Mood")
            if "Fut" in a_tense or self.looks_future(aux):
                return 1
            if "Sub" in a_mood and aux.dep_ in ("aux:pass", "cop") and after_que(verb):
                return 1  # "que le rapport soit rendu public lundi"
            if "Cnd" in a_mood:
                return -1 if participle and aux.dep_ != "aux:pass" else 1
            if participle and (aux.dep_ in ("aux", "aux:tense") or verb.lemma_ in self.etre_verbs):
                return -1  # "a annoncé", "sont intervenus" (no passive: the parser's aux:pass or cop)
            if "Imp" in a_tense or "Past" in a_tense:
                return -1
        if "Fut" in v_tense or "Cnd" in mood or self.looks_future(verb):
            return 1
        if "Imp" in v_tense or ("Past" in v_tense and "Part" not in form and not auxes):
            return -1
        if "Sub" in mood and "Pres" in v_tense and after_que(verb):  # "il faut qu'il vienne lundi"
            return 1
        if participle and verb.lemma_ in self.planned and all(a.dep_ in ("aux:pass", "cop") for a in auxes):
            return 1  # "la cérémonie, prévue le 15 septembre", "une réunion est prévue mardi"
        if participle and not auxes:
            if "Past" in v_tense and depth == 0 and verb.pos_ == "VERB":  # "le gendarme agressé le 21 juin"
                return -1
        if "Inf" in form and depth < 2 and verb.head is not verb:
            head = verb.head
            if head.lemma_ in self.modals and "Pres" in head.morph.get("Tense"):
                return 1
            if head.pos_ in ("VERB", "AUX"):
                return self.direction(head, depth + 1)
        return 0


def after_que(verb: Token) -> bool:
    """A verb of a "que" clause: its subjunctive is one (the tagger also calls "augmente" subjunctive)."""
    return any(c.dep_ == "mark" and c.lower_ in ("que", "qu'") for c in verb.children)
