"""The ``news_sources`` component: who the article says each statement comes from.

It finds the attributions of an article over the dependency parse, in three cue families:

- ``selon``: "selon X", "d'après X", "à en croire X", "de source policière", "pour X, ..." (an opinion);
- ``verbs``: reporting verbs by lemma in every order: "X a déclaré que ...", "..., a indiqué X",
  "« ... », explique X", "a-t-il précisé", "X estime que ...", participles, passives ("révélées par X");
- ``speakers``: direct quotations whose speaker is named around them or in the sentences just before;

then describes each source (``describe``: name, role, type) and writes them to ``doc.spans["sources"]``
(``spans``: one ``span._.source`` row each). Mention extents are ``mentions``, subjects ``subjects``.
Linking figures and dates to them is ``news_links``'s job, hedging ``news_hedging``'s.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ...resources import Resources
from ..base import RuleComponent
from . import describe, learned, mentions, selon, spans, speakers, verbs
from .document import Article
from .lexicon import SourcesLexicon
from .models import Attribution
from .voice import nested_stance, not_reported, quoted_speech


class NewsSources(RuleComponent):
    def __init__(
        self, nlp: Language, name: str = "news_sources", resources: str = "sources", classifier: str = ""
    ):
        self.folder = resources
        self.classifier = classifier
        super().__init__(nlp, name)

    def setup(self, res: Resources) -> None:
        self.lex = SourcesLexicon(res, self.folder)
        self.weights = learned.Weights.read(res.lexicon(self.classifier)) if self.classifier else None

    def __call__(self, doc: Doc) -> Doc:
        art = Article(doc, self.lex)
        found = attributions(art)
        if self.weights is not None and art.parsed:
            found = learned.decide(art, found, self.weights)
        describe.describe(art, found)
        doc.spans["sources"] = spans.spans(art, found)
        return doc


def drop_nested_stances(art: Article, found: list[Attribution]) -> list[Attribution]:
    """ "Le président a déclaré qu'il espérait que ...": the stance of a pronoun inside what another
    attribution reports is that source's own words, not a second attribution."""
    return [a for a in found if not nested_stance(art, a, found)]


def drop_quoted_speech(art: Article, found: list[Attribution]) -> list[Attribution]:
    """ "« Je leur ai dit que ... », raconte le maire": a cue inside a quotation that another attribution
    reports is the quoted speaker's words, not a new attribution (its figures are the speaker's)."""
    return [a for a in found if not quoted_speech(art, a, found)]


def attributions(art: Article) -> list[Attribution]:
    """Every attribution of the article, in text order, one per cue."""
    if not art.parsed:
        return []
    found = selon.selon_cues(art)
    taken = []
    for a in found:
        if a.mention:
            start = art.token_at(a.cue[0])
            taken.append((start, mentions.outer_end(art, start, art.token_at(a.mention[1] - 1) + 1)))
    found += verbs.verb_cues(art, taken)
    found += verbs.surface_incises(art, found)
    found += verbs.gapped_counts(art, found)
    found = selon.merge_anonymous(art, found)
    found += speakers.quote_cues(art, found)
    found = drop_nested_stances(art, found)
    found = drop_quoted_speech(art, found)
    found = [a for a in found if not not_reported(art, a)]
    found.sort(key=lambda a: (a.cue[0], a.cue[1]))
    unique, seen = [], set()
    for a in found:
        if a.cue not in seen:
            seen.add(a.cue)
            unique.append(a)
    return unique
