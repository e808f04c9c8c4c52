"""``pipeline evaluate duckling_fr_numbers.jsonl``: short number and money phrases, each read by the figures.

Each line is one phrase (``text``) with Duckling's reading of it (``../shared/eval/README.md``): ``kind``
(``number`` or ``money``), ``value``, or ``low`` and ``high`` for a bounded amount, and ``unit``, Duckling's
currency name. The lines carry no id: a case is named by its line. The pipeline runs on the phrase alone and
each case is scored on its figure rows:
- found: the pipeline gives at least one figure for the phrase;
- value right: it gives exactly one figure (the phrase read as one amount) with the case's value, or its
  two bounds when the case has no value (``scorer.same_figure_value``, as ``pipeline evaluate`` judges figure
  values);
- unit right, over the cases with a currency: the figure's unit is that currency as our units write it
  (``CURRENCIES``); Duckling's ``Unnamed`` ("3 balles") names none and is not counted.
"""

from __future__ import annotations

from pathlib import Path

from .scorer import Accuracy, same_figure_value

FIELDS = ("text", "value", "low", "high", "kind")
KINDS = ("number", "money")
# Duckling's currency names -> the unit lemma our figures write for that currency.
CURRENCIES = {
    "EUR": "euro",
    "Dollar": "dollar",
    "USD": "dollar",
    "Pound": "livre",
    "GBP": "livre",
    "ILS": "shekel",
    "Rial": "rial",
    "Riyal": "riyal",
}
UNNAMED = "Unnamed"


def is_number_cases(path: str | Path) -> bool:
    """A JSONL file whose first record has Duckling's number fields (text, value, low, high, kind) and no
    reference time (the time cases')."""
    from . import read_lines

    first = read_lines(path)[0][1]
    return all(k in first for k in FIELDS) and "ref_time" not in first and first["kind"] in KINDS


def _number(x) -> bool:
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def read(path: str | Path) -> list[dict]:
    """The cases of a file, each named ``line N`` (its ``id``) and checked: a text, a kind of ``KINDS``,
    numbers or nulls for value, low and high (not all null), a unit of ``CURRENCIES``, ``Unnamed`` or null;
    GoldError naming the line otherwise."""
    from . import GoldError, read_lines

    cases = []
    for n, case in read_lines(path):
        where = f"{path}: line {n}"
        if not isinstance(case.get("text"), str):
            raise GoldError(f'{where}: "text" is not a string' if "text" in case else f'{where}: no "text"')
        if case.get("kind") not in KINDS:
            raise GoldError(f'{where}: "kind" {case.get("kind")!r} is not {" or ".join(KINDS)}')
        for key in ("value", "low", "high"):
            if case.get(key) is not None and not _number(case[key]):
                raise GoldError(f'{where}: "{key}" is not a number')
        if all(case.get(key) is None for key in ("value", "low", "high")):
            raise GoldError(f'{where}: no "value", "low" or "high"')
        unit = case.get("unit")
        if unit is not None and not isinstance(unit, str):
            raise GoldError(f'{where}: "unit" is not a string')
        if unit is not None and unit != UNNAMED and unit not in CURRENCIES:
            raise GoldError(
                f'{where}: "unit" {unit!r} is not a currency Duckling names ({", ".join(CURRENCIES)})'
            )
        cases.append({**case, "id": f"line {n}"})
    return cases


def value_right(figures: list[dict], case: dict) -> bool:
    """The phrase read as one figure with the case's value (or its bounds, when it has no value)."""
    return len(figures) == 1 and same_figure_value(figures[0], case)


def our_unit(case: dict) -> str | None:
    """The unit our figures write for the case's currency; None when the case names none."""
    return CURRENCIES.get(case.get("unit"))


def _show(x: dict) -> str:
    if x.get("value") is not None:
        return str(x["value"])
    return f"{x.get('low')} to {x.get('high')}"


class NumberReport:
    """Found, value and unit over the cases, and the details of every case not read right."""

    def __init__(self):
        self.n_docs = 0
        self.found = Accuracy(0, 0)
        self.value = Accuracy(0, 0)
        self.unit = Accuracy(0, 0)
        self.by_kind: dict[str, Accuracy] = {}
        self.details: list[str] = []

    def add(self, case: dict, figures: list[dict]) -> None:
        self.n_docs += 1
        found = bool(figures)
        right = value_right(figures, case)
        self.found += Accuracy(int(found), 1)
        self.value += Accuracy(int(right), 1)
        self.by_kind[case["kind"]] = self.by_kind.get(case["kind"], Accuracy(0, 0)) + Accuracy(int(right), 1)
        unit = our_unit(case)
        unit_ok = True
        if unit is not None:
            unit_ok = len(figures) == 1 and figures[0].get("unit") == unit
            self.unit += Accuracy(int(unit_ok), 1)
        if right and unit_ok:
            return
        said = " | ".join(_show(f) + (f" {f['unit']}" if f.get("unit") else "") for f in figures) or "nothing"
        gold = _show(case) + (f" {case['unit']}" if case.get("unit") else "") + (f" ({unit})" if unit else "")
        name = case.get("id", "")
        self.details.append(
            f"{name}\tnumber case\t0-{len(case['text'])}\tpred {said} / gold {gold}\t{case['text']}"
        )

    def as_dict(self) -> dict:
        return {
            "cases": self.n_docs,
            "found": self.found.as_dict(),
            "value right": self.value.as_dict(),
            "unit right": self.unit.as_dict(),
            "value right by kind": {k: v.as_dict() for k, v in sorted(self.by_kind.items())},
        }

    def table(self) -> str:
        lines = [f"{'':24}{'right':>7}{'cases':>7}{'share':>7}"]
        rows = [("found", self.found), ("value right", self.value), ("unit right", self.unit)]
        rows += [(f"  value right, {k}", a) for k, a in sorted(self.by_kind.items())]
        for name, a in rows:
            lines.append(f"{name:24}{a.correct:7d}{a.total:7d}{a.value:7.3f}")
        return "\n".join(lines)


def evaluate(cases: list[dict], config=None) -> NumberReport:
    from . import score_cases

    return score_cases(NumberReport(), cases, "figures", config)
