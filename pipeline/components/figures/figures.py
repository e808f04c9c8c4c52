"""The ``news_figures`` component: every number that counts or measures something, normalised.

Writes ``doc.spans["figures"]``; each span carries ``span._.figure``, a plain dict (``models.FigureDict``)
with the figures.csv columns it owns (value, low, high, qualifier, unit, per, kind). The span is the number
phrase as the gold guidelines define it: digits or number words with their multiplier and attached symbol
("2,5 millions", "12 %", "150 F"), a range from its first number to its last ("2 000 à 5 000"), a vague
magnitude with its determiner ("une dizaine", "des milliers"); never the qualifier ("environ") nor the
counted noun.

Steps, in order, one module each: find the number atoms in the text (``atoms``); drop those inside a date
span of ``news_dates`` and those that are part of a name or reference (``filters``); join neighbours into
ranges (``ranges``); drop what is not a count (``filters``: clock times, durations, years, "un" as an
article, ratios; ``ages`` tells an age from a duration); then read the qualifier (``qualifiers``), the
counted noun (``counted``), the rate (``rates``) and the kind (``kind``).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from ...resources import Resources
from ..base import RuleComponent
from .ages import listed_age
from .article import Article
from .atoms import find_atoms
from .filters import is_name_or_reference, keep, spread_references
from .kind import describe
from .lexicons import Lexicons
from .models import Figure
from .ranges import ranges


class NewsFigures(RuleComponent):
    def __init__(self, nlp: Language, name: str = "news_figures", resources: str = "figures"):
        self.folder = resources
        super().__init__(nlp, name)

    def setup(self, res: Resources) -> None:
        self.lex = Lexicons.load(res, self.folder)

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for fig in self.figures(doc):
            span = doc.char_span(fig.start, fig.end, alignment_mode="expand")
            if span is None or spans and span.start < spans[-1].end:
                continue  # two numbers inside one token
            span = Span(doc, span.start, span.end, label="FIGURE")
            span._.figure = fig.as_dict()
            spans.append(span)
        doc.spans["figures"] = spans
        return doc

    def figures(self, doc: Doc) -> list[Figure]:
        art = Article(doc, self.lex)
        atoms = []
        for atom in find_atoms(self.lex, art.text):
            span = doc.char_span(atom.start, atom.end, alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
            atom.first, atom.last = span.start, span.end - 1
            atom.in_date = art.in_date(atom.start, atom.end)
            atom.reference = not atom.in_date and is_name_or_reference(art, atom)
            atoms.append(atom)
            art.atoms_by_start.setdefault(atom.start, []).append(atom)
        spread_references(art, atoms)
        figures = []
        for fig in ranges(art, atoms):
            if any(a.in_date for a in fig.atoms) and not listed_age(art, fig, figures):
                continue  # claimed by news_dates, the whole range with it ("de 6 à 12 ans")
            if any(a.reference for a in fig.atoms):
                continue
            if fig.first in art.rate_bases:
                continue  # the base of a rate read on the figure before ("pour 100 000 habitants")
            if keep(art, fig, figures):
                describe(art, fig, figures)
                figures.append(fig)
        title_end = art.title_end()
        for fig in figures:
            fig.in_title = fig.end <= title_end
        return figures
