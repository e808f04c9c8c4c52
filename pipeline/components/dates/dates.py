"""The ``news_dates`` component: temporal expressions (TimeML TIMEX3) found, typed, normalised and resolved.

Writes ``doc.spans["dates"]``; each span carries on ``span._.date`` a plain dict with the dates.csv columns:
``type`` (DATE, TIME, DURATION, SET), ``value`` (TIMEX3: ``2024-06``, ``P3M``, ``PXM``, ``2024-W12``,
``1999-05-19TMO``, ``199`` (the 1990s), ``PRESENT_REF``, ``XXXX-SU``), ``mod`` (START, MID, END, APPROX,
MORE_THAN, ...),
``bound`` (since, from, until, between: what the preposition before it does), ``period_start``/``period_end``
(see ``values.py``), ``anchor`` (``published`` when resolved against the publication date, ``unresolved`` when
that was needed but missing, else None). ``news_links`` and ``news_hedging`` set ``span._.source_id`` and
``span._.hedged``.

As in the French TimeBank, the span leaves out the preposition ("depuis 2022" -> "2022", "par mois" -> "mois",
"vers 18 h" -> "18 h") but keeps articles, demonstratives and modifiers ("le 27 mai", "cette semaine",
"Fin 2024", "environ une heure"); "il y a quelques mois" -> "quelques mois", a DURATION put on the calendar.
Ages ("Jean, 87 ans,", "un homme de 38 ans") are figures, not durations, and are left out.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from spacy.language import Language
from spacy.tokens import Doc, Span

from ...resources import Resources
from ..base import RuleComponent
from ..common.patterns import fold
from .context import Context, Tense
from .habits import generic_in_habits
from .joins import ReaderJoins, join_day_and_time
from .lexicons import Lexicons
from .models import Candidate, Timex
from .narrative import Narrative
from .prefilter import Prefilters
from .rules import Rule, build_rules
from .tokens import split_tokens
from .values import parse_published, period

SINCE = re.compile(r"(?:^|\W)depuis$")
FROM = re.compile(r"(?:^|\W)(?:(?:à partir|à compter)\s+(?:de|du|des|d')|dès)$")
UNTIL = re.compile(r"(?:^|\W)(?:jusqu'\s*(?:à|au|aux|en)?|jusque|d'ici(?:\s+(?:à|au))?)$")
PAIR_START = re.compile(r"(?:^|\W)(?:entre|de|du|d'|depuis)$")
PAIR_LINK = re.compile(r"\s*(?:et|à|au|-|–|jusqu'\s*(?:à|au))\s*")  # "du 13 jusqu'au 15" as "du 13 au 15"
RANGE_LINK = re.compile(r"\s*(?:au|-|–)\s*")  # "13 au 15 juillet", "13-15 juillet": a stretch without "du"


class NewsDates(RuleComponent):
    def __init__(self, nlp: Language, name: str = "news_dates", resources: str = "dates"):
        self.folder = resources
        super().__init__(nlp, name)

    def setup(self, res: Resources) -> None:
        self.lex = Lexicons.load(res, self.folder)
        self.tense = Tense(self.lex.tense)
        self.rules: list[Rule] = build_rules(self.lex)
        self.by_name = {rule.name: rule for rule in self.rules}
        self.priority = {rule.name: i for i, rule in enumerate(self.rules)}
        self.joins = ReaderJoins(self.lex.words, self.lex.ordinals)
        self.prefilters = Prefilters([rule.prefilter for rule in self.rules if rule.prefilter])

    def __call__(self, doc: Doc) -> Doc:
        ctx = Context(doc, parse_published(doc._.published), self.tense)
        chosen = self.select(self.find(ctx))
        found = self.resolve(chosen, ctx)
        generic_in_habits(found, ctx)
        found = join_day_and_time(
            found, ctx.lower, self.lex.words("day_time_link"), self.lex.words("day_part_link")
        )
        found = self.joins(found, ctx.lower, ctx.published, ctx.direction)
        self.set_bounds(found, ctx)
        doc = split_tokens(doc, self.cuts(found, ctx))
        doc.spans["dates"] = self.make_spans(doc, found)
        return doc

    def find(self, ctx: Context) -> list[Candidate]:
        cands = []
        text = self.prefilters.text(ctx.text, ctx.lower)
        present: dict[tuple[str, ...], bool] = {}  # by trigger words (month rules share them)
        for rule in self.rules:
            prefilter = rule.prefilter if text.exact else None
            if prefilter is None:
                if not self.triggered(rule, ctx.lower, present):
                    continue
                matches = list(rule.pattern.finditer(ctx.text))
            else:
                # The prefilter costs less than the trigger words; without matches there is nothing to drop.
                matches = prefilter.finditer(rule.pattern, text)
                if matches and not self.triggered(rule, ctx.lower, present):
                    continue
            for m in matches:
                cands.extend(accept(rule, m, ctx))
        return cands

    def triggered(self, rule: Rule, lower: str, present: dict[tuple[str, ...], bool]) -> bool:
        """Whether one of the rule's trigger words is in the text (the rule is not run otherwise)."""
        words = rule.triggers
        if not words:
            return True
        if words not in present:
            present[words] = any(w in lower for w in words)
        return present[words]

    def select(self, cands: list[Candidate]) -> list[Candidate]:
        """Longest first, then rule order; an accepted match blocks any other overlapping it."""
        starts: list[int] = []  # the chosen matches, disjoint and sorted: their starts and ends
        ends: list[int] = []
        chosen: list[Candidate] = []
        for c in sorted(cands, key=lambda c: (c.start - c.end, self.priority[c.rule], c.start)):
            if c.end <= c.start:
                continue
            k = bisect_left(starts, c.end)  # of those starting before c ends, only the last may overlap
            if k and ends[k - 1] > c.start:
                continue
            starts.insert(k, c.start)
            ends.insert(k, c.end)
            chosen.append(c)
        return sorted(chosen, key=lambda c: c.start)

    def resolve(self, chosen: list[Candidate], ctx: Context) -> list[tuple[Candidate, Timex]]:
        """Absolute and publication-relative expressions first, then the anaphoric ones that lean on them."""
        story = Narrative(ctx)
        results: dict[int, Timex] = {}
        for late in (False, True):
            for i, c in enumerate(chosen):
                rule = self.by_name[c.rule]
                if rule.anaphoric(c) != late:
                    continue
                t = rule.resolve(c, ctx, story)
                if t is None:
                    continue
                results[i] = t
                story.add(c.start, t.day, t.anchor, t.value, c.end)
        found = []
        for i, c in enumerate(chosen):
            if i not in results:
                continue
            t = results[i]
            if t.period is None:
                dated = t.type in ("DATE", "TIME")
                t.period = period(t.value, t.mod, ctx.published) if dated else (None, None)
            found.append((c, t))
        return found

    def set_bounds(self, found: list[tuple[Candidate, Timex]], ctx: Context) -> None:
        """What the preposition before each expression does: since, from, until, between."""
        for (a, ta), (b, tb) in zip(found, found[1:], strict=False):
            between = ctx.lower[a.end : b.start]
            if RANGE_LINK.fullmatch(between) or (
                PAIR_LINK.fullmatch(between) and PAIR_START.search(ctx.before(a.start, 20))
            ):
                if ta.type in ("DATE", "TIME") and tb.type == ta.type:
                    ta.bound = tb.bound = "between"
        for c, t in found:
            if t.bound:
                continue
            before = ctx.before(c.start, 25)
            if SINCE.search(before):
                t.bound = "since"
            elif t.type not in ("DATE", "TIME"):
                continue
            elif FROM.search(before):
                t.bound = "from"
            elif UNTIL.search(before):
                t.bound = "until"

    def cuts(self, found: list[tuple[Candidate, Timex]], ctx: Context) -> dict[int, set[int]]:
        """Where an expression starts or ends inside a token ("2002/2003"): token index -> offsets in it."""
        cuts: dict[int, set[int]] = {}
        for c, _ in found:
            for pos in (c.start, c.end):
                tok = ctx.token_at(pos)
                if tok is not None and tok.idx < pos < tok.idx + len(tok.text):
                    cuts.setdefault(tok.i, set()).add(pos - tok.idx)
        return cuts

    def make_spans(self, doc: Doc, found: list[tuple[Candidate, Timex]]) -> list[Span]:
        spans, seen = [], set()
        for c, t in found:
            span = doc.char_span(c.start, c.end, alignment_mode="expand")
            if span is None or (span.start, span.end) in seen:
                continue
            seen.add((span.start, span.end))
            span._.date = t.as_dict()
            spans.append(span)
        return spans


def accept(rule: Rule, m: re.Match, ctx: Context) -> list[Candidate]:
    """The candidates a match gives: none, itself, or those the rule's ``accept`` returns."""
    g = {k: (fold(v) if v is not None else None) for k, v in m.groupdict().items()}
    cand = Candidate(m.start(), m.end(), rule.name, g, m.groupdict())
    result = rule.accept(cand, ctx)
    if result is None or result is False:
        return []
    return result if isinstance(result, list) else [cand]
