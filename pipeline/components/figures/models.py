"""The value objects of the figures component: plain data, so that they cross processes unchanged.

``Atom`` is one number phrase found in the text before its context is read; ``Figure`` one figure (a single
number or a range), and ``FigureDict`` what ``span._.figure`` holds: the figures.csv columns it owns.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypedDict


class FigureDict(TypedDict):
    value: float | None
    low: float | None
    high: float | None
    qualifier: str | None  # approx, more_than, less_than, at_least, at_most
    unit: str | None  # what is counted, as a lemma, or the unit ("%", "km")
    per: str | None  # the period or base of a rate ("mois", "habitant")
    kind: str | None  # count, money, percent, measure, age
    in_title: bool  # in the article's title, which repeats the lead's figures: count each once


@dataclass
class Atom:
    """One number phrase found in the text, before context is read."""

    start: int
    end: int
    kind: str  # digits, words, vague, fraction ("deux tiers"), slash ("3/4")
    value: float | None
    low: float | None = None
    high: float | None = None
    qualifier: str | None = None
    unit: str | None = None
    unit_kind: str | None = None
    factor: float = 1.0  # multiplier written with the number ("millions", "MF"), already applied to value
    plain: bool = False  # digits only, no grouping, decimal, sign, multiplier or unit ("2024", "57")
    noun_head: bool = False  # ends with a noun that takes "de" ("2,5 millions d'euros", "une dizaine de")
    in_date: bool = False  # inside a span of doc.spans["dates"]
    reference: bool = False  # part of a name, an identifier, an address ("RN 57", "article 5", "12 rue")
    first: int = 0  # token indices
    last: int = 0


@dataclass
class Figure:
    """A figure: one atom, or two joined into a range; its span and its normalised fields."""

    atoms: list[Atom]
    start: int
    end: int
    value: float | None
    low: float | None
    high: float | None
    qualifier: str | None = None
    unit: str | None = None
    kind: str | None = None
    per: str | None = None
    in_title: bool = False
    share: bool = False  # a ratio read as one share ("un TGV sur trois"): value = part / whole

    @property
    def first(self) -> int:
        return self.atoms[0].first

    @property
    def last(self) -> int:
        return self.atoms[-1].last

    def as_dict(self) -> FigureDict:
        return FigureDict(
            value=self.value,
            low=self.low,
            high=self.high,
            qualifier=self.qualifier,
            unit=self.unit,
            per=self.per,
            kind=self.kind,
            in_title=self.in_title,
        )
