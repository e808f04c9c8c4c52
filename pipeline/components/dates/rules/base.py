"""What a date rule is: one pattern over the article text, the words that must be in the text for it to run
(``triggers``) and the anchors that tell where a match can start (``anchors``, see ``prefilter.py``), a test
that keeps the matches that are temporal (``accept``), and what an accepted match means (``resolve``)."""

from __future__ import annotations

import re
from typing import ClassVar

from ..context import Context
from ..lexicons import Lexicons
from ..models import Candidate, Timex
from ..narrative import Narrative
from ..prefilter import Anchors, Prefilter
from ..resolving import Calendar
from .pieces import Pieces


class Rule:
    """One rule. Subclasses set ``name`` and implement ``regex``, ``resolve`` and, when they need them,
    ``accept``, ``triggers``, ``anchors`` and ``anaphoric``."""

    name: ClassVar[str]

    def __init__(self, lex: Lexicons, pieces: Pieces, anchors: Anchors, calendar: Calendar):
        self.lex = lex
        self.cal = calendar
        self.setup(lex)
        self.pattern = re.compile(self.regex(pieces, lex), re.IGNORECASE)
        self.triggers: tuple[str, ...] = tuple(self.trigger_words(lex))
        self.prefilter: Prefilter | None = self.anchors(anchors)

    def setup(self, lex: Lexicons) -> None:
        """Build what the rule reads besides its pattern (cue patterns from the lexicons)."""

    def regex(self, p: Pieces, lex: Lexicons) -> str:
        """The rule's pattern (case-insensitive; case is checked in ``accept``)."""
        raise NotImplementedError

    def trigger_words(self, lex: Lexicons) -> tuple[str, ...]:
        """Words one of which must appear (lower-cased) in the text for the rule to be worth running."""
        return ()

    def anchors(self, a: Anchors) -> Prefilter | None:
        """Where the rule's matches can start; None: try it everywhere (``finditer``)."""
        return None

    def accept(self, c: Candidate, ctx: Context) -> bool | list[Candidate]:
        """Whether the match is temporal (it may fill ``c.info`` or move ``c.end``)."""
        return True

    def resolve(self, c: Candidate, ctx: Context, story: Narrative) -> Timex | None:
        raise NotImplementedError

    def anaphoric(self, c: Candidate) -> bool:
        """Whether its day comes from another date of the text (resolved after the others)."""
        return False
