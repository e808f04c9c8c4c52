"""``pipeline evaluate duckling_fr_time.jsonl``: short time cases with a reference time, span and value.

Each line is one phrase (``text``) with its reference (``dct``, ``ref_time``) and Duckling's reading of it
(``kind``, ``grain``, ``value``: ``../shared/eval/README.md``). The pipeline runs on the phrase with ``dct``
as the publication date; the phrase is one gold span, and the pipeline's date rows are scored TempEval style
as in ``pipeline evaluate``: relaxed (overlap) and strict span P/R/F1, and value F1 on the matched row.

Duckling's conventions mapped to ours (TIMEX3 as French TimeBank writes it):
- the strict span leaves out a leading preposition or approximator our spans leave out ("à", "vers", "dans",
  "il y a", "à partir de", "du" ...), as the ``text`` column does;
- a ``datetime`` is our value with minutes for an hour ("T15" is "T15:00"); the reference time itself is our
  PRESENT_REF; a point our convention writes as a duration anchored on the publication date ("il y a trois
  semaines" -> P3W) matches through the day it points to (``period_start`` = ``period_end`` = that day);
- a ``duration``: the same ISO value, quarters in months (P3Q is P9M);
- an ``interval``: Duckling's end is inclusive at its grain; ours is the row's ``period_start`` to
  ``period_end``.
  Parts of the day, seasons and the thirds of a period are bounded differently (Duckling's afternoon ends at
  19:00, ours at 18:00; its summer is astronomical, ours meteorological), so the two match when each covers at
  least half of the other. An interval we write as two bounded rows ("du 13 au 15 juillet": two TIMEX3, as
  French TimeBank marks it) matches when its first row starts it and its last row ends it;
- an ``open_interval`` is its anchor ("à partir du 8 mars" -> 2013-03-08, the bound in our ``bound`` column).
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from pathlib import Path

from .scorer import PRF, span_scores

LEADING = re.compile(
    r"^(?:à partir d'|(?:il y a|à partir (?:de|du)|aux alentours de|autour de|n'importe quand|plus tard que"
    r"|d'ici|jusqu'(?:à|au|en)|à|a|au|aux|vers|dans|en|dès|depuis|pendant|durant|avant|après|pour|du|de|entre|environ)\s+"
    r"|jusqu'|d')+",
    re.IGNORECASE,
)
HOUR = re.compile(r"^(\d{4}-\d\d-\d\dT\d\d)$")


def is_time_cases(path: str | Path) -> bool:
    """A JSONL file whose first record carries a ``ref_time`` and Duckling's ``kind``."""
    from . import read_lines

    first = read_lines(path)[0][1]
    return "ref_time" in first and "kind" in first


KINDS = {"datetime": str, "duration": str, "interval": dict, "open_interval": dict}


def read(path: str | Path) -> list[dict]:
    """The cases of a file, each checked: an id, a text, a ``kind`` Duckling writes and its ``value`` (a
    string, or an object of ``start`` and ``end`` for intervals); GoldError naming the line otherwise."""
    from . import GoldError, check_document, read_lines

    cases = []
    for n, case in read_lines(path):
        where = f"{path}: line {n}"
        check_document(case, where)
        kind = case.get("kind")
        if kind not in KINDS:
            raise GoldError(f'{where}: "kind" {kind!r} is not one of {", ".join(KINDS)}')
        value = case.get("value")
        if not isinstance(value, KINDS[kind]) or (
            isinstance(value, dict) and not all(isinstance(v, (str, type(None))) for v in value.values())
        ):
            raise GoldError(
                f'{where}: "value" of a {kind} is not a {"string" if KINDS[kind] is str else "{start, end}"}'
            )
        if not isinstance(case.get("ref_time", ""), str):
            raise GoldError(f'{where}: "ref_time" is not a string')
        cases.append(case)
    return cases


def gold_span(text: str) -> tuple[int, int]:
    """The span our convention marks: the phrase without its leading preposition."""
    m = LEADING.match(text)
    start = m.end() if m and m.end() < len(text) else 0
    return (start, len(text.rstrip()))


def _ours(value: str, ref_time: str) -> set[str]:
    """A Duckling point as the values we may write for it."""
    out = {value}
    if HOUR.match(value):
        out.add(value + ":00")
    if value == ref_time:
        out.add("PRESENT_REF")
    if re.fullmatch(r"P(\d+)Q", value):
        out.add(f"P{3 * int(value[1:-1])}M")
    return out


def _parse(value: str, end: bool = False) -> datetime | None:
    """A point as the first (or, with ``end``, the last) minute it covers."""
    if value is None:
        return None
    try:
        if re.fullmatch(r"\d{4}", value):
            d = datetime(int(value), 1, 1)
            return d.replace(year=d.year + 1) - timedelta(minutes=1) if end else d
        if re.fullmatch(r"\d{4}-\d\d", value):
            d = datetime(int(value[:4]), int(value[5:7]), 1)
            nxt = (d + timedelta(days=32)).replace(day=1)
            return nxt - timedelta(minutes=1) if end else d
        if m := re.fullmatch(r"(\d{4})-W(\d\d)", value):
            d = datetime.combine(date.fromisocalendar(int(m[1]), int(m[2]), 1), datetime.min.time())
            return d + timedelta(days=7, minutes=-1) if end else d
        if re.fullmatch(r"\d{4}-\d\d-\d\d", value):
            d = datetime.fromisoformat(value)
            return d + timedelta(days=1, minutes=-1) if end else d
        if HOUR.match(value):
            d = datetime.fromisoformat(value + ":00")
            return d + timedelta(minutes=59) if end else d
        return datetime.fromisoformat(value[:16])
    except ValueError:
        return None


def _halves(a: tuple[datetime, datetime], b: tuple[datetime, datetime]) -> bool:
    """Each interval (inclusive minutes) covers at least half of the other."""
    common = (min(a[1], b[1]) - max(a[0], b[0])).total_seconds() + 60
    if common <= 0:
        return False
    return all(common * 2 >= (x[1] - x[0]).total_seconds() + 60 for x in (a, b))


def same_value(case: dict, row: dict, rows: list[dict]) -> bool:
    """Whether our row (among all the case's rows) says what Duckling's value says, conventions mapped."""
    kind, value, ref = case["kind"], case["value"], case.get("ref_time", "")
    if kind in ("datetime", "duration"):
        if row.get("value") in _ours(value, ref):
            return True
        return row.get("type") == "DURATION" and row.get("period_start") == row.get("period_end") == value
    if kind == "open_interval":
        anchor = value.get("start") or value.get("end")
        return row.get("value") in _ours(anchor, ref)
    gold = (_parse(value["start"]), _parse(value["end"], end=True))
    bounded = [r for r in rows if r.get("bound") in ("between", "from", "since", "until")]
    if len(bounded) >= 2 and row in bounded:
        first, last = bounded[0], bounded[-1]
        starts = first.get("value") in _ours(value["start"], ref)
        return starts and last.get("value") in _ours(value["end"], ref)
    ours = (_parse(row.get("period_start")), _parse(row.get("period_end"), end=True))
    return None not in gold and None not in ours and _halves(gold, ours)


class TimeReport:
    """Span and value scores over the cases, and the details of every case not read right."""

    def __init__(self):
        self.n_docs = 0
        self.scores = {name: PRF(0, 0, 0) for name in ("relaxed", "strict", "value")}
        self.by_kind: dict[str, PRF] = {}
        self.details: list[str] = []

    def add(self, case: dict, rows: list[dict]) -> None:
        self.n_docs += 1
        gold = [gold_span(case["text"])]
        ps = [(r["start_char"], r["end_char"]) for r in rows]
        relaxed, strict, m = span_scores(ps, gold)
        value = PRF(sum(1 for pi in m if same_value(case, rows[pi], rows)), len(ps), 1)
        for name, prf in (("relaxed", relaxed), ("strict", strict), ("value", value)):
            self.scores[name] += prf
        self.by_kind[case["kind"]] = self.by_kind.get(case["kind"], PRF(0, 0, 0)) + value
        if not (strict.tp == value.tp == 1 and len(ps) == 1):
            said = " | ".join(f"{r['text']}: {r.get('type')} {r.get('value')}" for r in rows) or "nothing"
            note = f"pred {said} / gold {case['kind']} {case['value']}"
            self.details.append(f"{case['id']}\tdate case\t{gold[0][0]}-{gold[0][1]}\t{note}\t{case['text']}")

    def as_dict(self) -> dict:
        return {
            "cases": self.n_docs,
            "scores": {k: v.as_dict() for k, v in self.scores.items()},
            "value by kind": {k: v.as_dict() for k, v in sorted(self.by_kind.items())},
        }

    def table(self) -> str:
        lines = [f"{'':24}{'P':>7}{'R':>7}{'F1':>7}{'gold':>7}{'pred':>7}{'tp':>7}"]
        rows = [(f"dates {k}", s) for k, s in self.scores.items()]
        rows += [(f"  value, {k}", s) for k, s in sorted(self.by_kind.items())]
        for name, s in rows:
            lines.append(f"{name:24}{s.p:7.3f}{s.r:7.3f}{s.f1:7.3f}{s.n_gold:7d}{s.n_pred:7d}{s.tp:7d}")
        return "\n".join(lines)


def evaluate(cases: list[dict], config=None) -> TimeReport:
    from . import score_cases

    return score_cases(TimeReport(), cases, "dates", config)
