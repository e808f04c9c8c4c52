"""The ``news_entities`` component: fix the NER's systematic errors on news, from data files.

- a demonym or nationality is not a place: "Nord-Coréens" LOC -> MISC;
- a portfolio inside a title is not a place: "ministre de la Défense" drops "Défense",
  "ministère de la Défense" becomes one ORG;
- an event on a place keeps the place: "reconquête de Koursk" MISC -> "Koursk" LOC;
- a known medium or organisation is an ORG: "Géo" MISC -> ORG (names shared with news_sources).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ...resources import Resources
from ..base import RuleComponent


def demonym_forms(rows: tuple[tuple[str, ...], ...]) -> frozenset[str]:
    forms = set()
    for stem, fem in rows:
        for base in (stem, fem):
            forms.add(base)
            forms.add(base if base.endswith(("s", "x")) else base + "s")
    return frozenset(forms)


class NewsEntities(RuleComponent):
    def __init__(
        self,
        nlp: Language,
        name: str = "news_entities",
        resources: str = "entities",
        names: str = "shared/names.tsv",
    ):
        self.folder, self.names = resources, names
        super().__init__(nlp, name)

    def setup(self, res: Resources) -> None:
        folder = self.folder
        self.organisations = frozenset(
            row[0].lower()
            for row in res.lexicon(self.names)
            if len(row) > 1 and row[1] in ("media", "organisation")
        )
        self.demonyms = demonym_forms(res.lexicon(f"{folder}/demonyms.tsv"))
        self.portfolios = res.words(f"{folder}/portfolios.tsv")
        self.heads = {row[0].lower(): row[1] for row in res.lexicon(f"{folder}/title_heads.tsv")}
        self.events = res.words(f"{folder}/place_events.tsv")
        self.common_nouns = res.words(f"{folder}/common_nouns.tsv")
        words = res.lexicon(f"{folder}/title_words.tsv")
        self.directions, self.links, self.title_modifiers, self.of = (
            frozenset(w for w, part in words if part == kind)
            for kind in ("direction", "link", "modifier", "of")
        )

    def __call__(self, doc: Doc) -> Doc:
        ents = []
        for ent in doc.ents:
            fixed = self.fix(doc, ent)
            if fixed is not None:
                ents.append(fixed)
        doc.ents = filter_spans(ents)
        for ent, norm in zip(doc.ents, entity_norms(doc.ents), strict=True):
            ent._.norm = norm
        return doc

    def fix(self, doc: Doc, ent: Span) -> Span | None:
        ent = self.trim(doc, ent)
        if ent is None or self.not_a_name(doc, ent):
            return None
        if ent.label_ != "ORG" and ent.text.lower() in self.organisations:
            return Span(doc, ent.start, ent.end, label="ORG")
        if ent.label_ == "LOC" and self.is_demonym(ent.text):
            return Span(doc, ent.start, ent.end, label="MISC")
        if ent.text.lower() in self.portfolios:
            head = self.title_head(doc, ent.start)
            if head is not None:
                kind, start = head
                return Span(doc, start, ent.end, label="ORG") if kind == "ministry" else None
        if (
            ent.label_ in ("MISC", "LOC")
            and len(ent) > 2
            and ent[0].lower_ in self.events
            and ent[0].is_lower
        ):
            if ent[1].lower_ in self.of and ent[2].is_title:
                return Span(doc, ent.start + 2, ent.end, label="LOC")
        return ent

    def trim(self, doc: Doc, ent: Span) -> Span | None:
        """Leading lower-case links are not part of a name ("de la Meuse" -> "Meuse")."""
        start = ent.start
        while start < ent.end and doc[start].is_lower and doc[start].lower_ in self.links:
            start += 1
        if start == ent.start:
            return ent
        return Span(doc, start, ent.end, label=ent.label_) if start < ent.end else None

    def not_a_name(self, doc: Doc, ent: Span) -> bool:
        """A capitalised common noun ("la Ville", "Retraites"), a unit letter after a number or a degree sign
        ("40 °C"), or a title with its portfolio ("ministre du Travail": a role)."""
        text = ent.text.lower().replace("’", "'")
        if text in self.common_nouns:
            return True
        if len(ent) == 1 and len(ent.text) == 1 and ent.start > 0:
            before = doc[ent.start - 1].text
            if before[-1:] == "°" or before[-1:].isdigit():
                return True
        for head, kind in self.heads.items():
            if kind == "title" and text.startswith(head + " "):
                rest = text[len(head) + 1 :].split()
                while rest and rest[0] in self.links:
                    rest = rest[1:]
                if " ".join(rest) in self.portfolios:
                    return True
        return False

    def is_demonym(self, text: str) -> bool:
        parts = text.lower().replace("’", "'").split("-")
        return parts[-1] in self.demonyms and all(p in self.directions for p in parts[:-1])

    def title_head(self, doc: Doc, start: int) -> tuple[str, int] | None:
        """("ministry"|"title", head token index) when a title head precedes the portfolio at ``start``."""
        i = start - 1
        while i >= 0 and (
            doc[i].lower_ in self.links
            or doc[i].lower_ in self.title_modifiers
            or self.is_demonym(doc[i].text)
        ):
            i -= 1
        for j in range(max(i - 2, 0), i + 1):
            words = doc[j : i + 1].text.lower().replace("’", "'")
            if words in self.heads:
                return self.heads[words], j
        return None


def entity_norms(ents: list[Span] | tuple[Span, ...]) -> list[str]:
    """The canonical form of each entity: for a person, the longest mention ending with the same words
    ("Choïgou" -> "Sergueï Choïgou") when that is unambiguous; otherwise the mention itself."""
    words = [tuple(t.text for t in ent) for ent in ents]
    joined = [ent.text for ent in ents]  # as written: "Météo-France", "l'Aude", not token joins
    # the persons by their last word: a longer mention ending with the same words ends with that word
    persons: dict[str, list[int]] = {}
    for j, ent in enumerate(ents):
        if ent.label_ == "PER" and words[j]:
            persons.setdefault(words[j][-1], []).append(j)
    norms = []
    for i, ent in enumerate(ents):
        norm = joined[i]
        w = words[i]
        if w and ent.label_ == "PER":
            n = len(w)
            longer = {joined[j] for j in persons.get(w[-1], ()) if len(words[j]) > n and words[j][-n:] == w}
            if len(longer) == 1:
                norm = longer.pop()
        norms.append(norm)
    return norms
