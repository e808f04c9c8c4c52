"""Expressions French TimeBank marks as one: a day and the time or part of the day that follows or precedes
it, "hier à 10 h", "hier en début d'après-midi", "4 h mardi". The joined span is a TIME with the value of
its time (resolved on that day)."""

from __future__ import annotations

import re

from .models import Candidate, Timex

DAY_RULES = ("relday", "weekday", "full_date")


def join_day_and_time(
    found: list[tuple[Candidate, Timex]], lower: str, links
) -> list[tuple[Candidate, Timex]]:
    """``found`` (in text order) with each day and its adjacent time joined: a day, one of ``links`` ("à",
    "en"), then a clock time or part of the day; or a clock time right before a day ("4 h mardi")."""
    link = re.compile(rf"\s+(?:{'|'.join(re.escape(w) for w in sorted(links))})\s+")
    out: list[tuple[Candidate, Timex]] = []
    i = 0
    while i < len(found):
        if i + 1 < len(found):
            (a, ta), (b, tb) = found[i], found[i + 1]
            between = lower[a.end : b.start]
            day_time = (
                a.rule in DAY_RULES
                and ta.type == "DATE"
                and b.rule in ("clock", "part_of_day")
                and tb.type == "TIME"
                and link.fullmatch(between)
            )
            time_day = (
                a.rule == "clock" and ta.type == "TIME" and b.rule in DAY_RULES and tb.type == "DATE"
            ) and between.isspace()
            if day_time or time_day:
                time = tb if day_time else ta
                joined = Candidate(a.start, b.end, b.rule if day_time else a.rule, {}, {})
                out.append((joined, time))
                i += 2
                continue
        out.append(found[i])
        i += 1
    return out
