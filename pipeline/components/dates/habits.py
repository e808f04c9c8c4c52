"""Dates in a habit: a day or month without a year is generic in a present-tense sentence that also holds a
generic date or a set ("Chaque année, le festival a lieu en juillet", "Pendant les mois d'été, et
particulièrement entre le 15 juillet et le 15 août, le camping affiche complet": XXXX-07, XXXX-07-15), not the
next or last such day."""

from __future__ import annotations

import re

from .context import Context
from .models import Candidate, Timex

PARTIAL_RULES = ("full_date", "day_list", "month")
DAY_MONTH = re.compile(r"\d{4}(-\d{2}(?:-\d{2})?)$")


def generic_in_habits(found: list[tuple[Candidate, Timex]], ctx: Context) -> None:
    """Make generic (XXXX-MM, XXXX-MM-DD) the partial dates of the sentences that describe a habit."""
    habitual: set[int] = set()
    for c, t in found:
        if t.type == "SET" or (t.value.startswith("XXXX") and t.anchor is None):
            habitual.add(ctx.sentence(c.start))
    if not habitual:
        return
    for c, t in found:
        if c.rule not in PARTIAL_RULES or t.anchor != "published" or ctx.sentence(c.start) not in habitual:
            continue
        if c.g.get("rel") or c.g.get("wd") or c.g.get("year"):
            continue
        m = DAY_MONTH.match(t.value)
        if m and ctx.direction(c.start, c.end) == 0:
            t.value, t.anchor, t.day, t.period = "XXXX" + m.group(1), None, None, (None, None)
