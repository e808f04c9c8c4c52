"""The date rules, one object each, in the order that breaks ties between overlapping matches of the same
length (the earlier rule wins). Families: ``calendar`` (dates, months, years...), ``relative`` (hier, lundi,
cette semaine, la veille...), ``clock``, ``durations``, ``sets``, ``refs``."""

from __future__ import annotations

from ..lexicons import Lexicons
from ..prefilter import Anchors
from ..resolving import Calendar
from .base import Rule
from .calendar import (
    Century,
    DayList,
    DayMonth,
    DayNumber,
    Decade,
    EnglishDate,
    FullDate,
    Holiday,
    Month,
    NumericDate,
    Quarter,
    SchoolStart,
    Season,
    ShortYear,
    SpacedDate,
    Year,
    YearRun,
)
from .clock import Clock
from .durations import Duration, DurationRange, LastN, LastNAfter, Term, Whole
from .pieces import Pieces
from .refs import Ici, Ref
from .relative import (
    LunchBreak,
    MealTime,
    NextDay,
    Night,
    PartOfDay,
    RelativeDay,
    Round,
    SameTime,
    ThatDate,
    ThatTime,
    UnitRef,
    Weekday,
)
from .sets import Every, Frequency, Per

REGISTRY: tuple[type[Rule], ...] = (
    FullDate,
    EnglishDate,
    NumericDate,
    DayMonth,
    SpacedDate,
    Night,
    RelativeDay,
    Weekday,
    DayList,
    Month,
    Year,
    YearRun,
    Decade,
    Century,
    ShortYear,
    Season,
    SchoolStart,
    Quarter,
    UnitRef,
    PartOfDay,
    MealTime,
    LunchBreak,
    NextDay,
    Round,
    SameTime,
    ThatTime,
    ThatDate,
    Clock,
    LastN,
    LastNAfter,
    Every,
    Whole,
    Per,
    Duration,
    DurationRange,
    Frequency,
    Ref,
    Ici,
    Term,
    Holiday,
    DayNumber,
)


def build_rules(lex: Lexicons) -> list[Rule]:
    """One instance of each rule, in registry order."""
    pieces, anchors, calendar = Pieces.build(lex), Anchors(lex), Calendar(lex)
    return [rule(lex, pieces, anchors, calendar) for rule in REGISTRY]


__all__ = ["REGISTRY", "Rule", "build_rules"]
