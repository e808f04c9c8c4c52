"""The value objects of the date component: a rule's match (``Candidate``), what it resolves to (``Timex``),
a day the narrative has named (``Reference``), and the plain dict on ``span._.date`` (``DateValue``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TypedDict


class DateValue(TypedDict):
    """``span._.date``: the dates.csv columns of one expression (plain data, crosses processes)."""

    type: str  # DATE, TIME, DURATION, SET
    value: str  # TIMEX3 value: 2024-06, P3M, 1999-05-19TMO, PRESENT_REF, XXXX-WXX-1 ...
    mod: str | None  # START, MID, END, APPROX, MORE_THAN, LESS_THAN, EQUAL_OR_MORE, EQUAL_OR_LESS
    bound: str | None  # since, from, until, between: what the preposition before it does
    period_start: str | None  # the inclusive ISO interval it covers (values.period)
    period_end: str | None
    anchor: str | None  # published, unresolved, or None for an absolute expression


@dataclass
class Candidate:
    """A rule's match: offsets, the rule's name, its named groups, what ``accept`` read from them."""

    start: int
    end: int
    rule: str
    g: dict  # named groups, folded (lower case, plain apostrophes, single spaces), None when absent
    raw: dict  # named groups as written
    info: dict = field(default_factory=dict)
    anaphoric: bool = False


@dataclass
class Timex:
    """What a candidate resolves to. ``day``: the calendar day it names, for the expressions that lean on it
    ("la veille"); ``period``: set by the rule (durations put on the calendar), else computed from the
    value."""

    type: str
    value: str
    mod: str | None = None
    anchor: str | None = None
    day: date | None = None
    bound: str | None = None
    period: tuple[str | None, str | None] | None = None

    def as_dict(self) -> DateValue:
        start, end = self.period or (None, None)
        return DateValue(
            type=self.type,
            value=self.value,
            mod=self.mod,
            bound=self.bound,
            period_start=start,
            period_end=end,
            anchor=self.anchor,
        )


@dataclass
class Reference:
    """A day the article has named, where it was named."""

    start: int
    sent: int
    day: date
    anchor: str | None
    value: str = ""  # its TIMEX3 value ("2002-03-24TNI": a night)
    background: bool = False  # named in a past perfect ("le procès s'était ouvert le 12 mai")
