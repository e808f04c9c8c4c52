"""Scoring of predicted spans against gold spans: one-to-one overlap matching, P/R/F1, attribute agreement.

Pure functions over (start, end) pairs and dicts; no spaCy, no I/O.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass

Span = tuple[int, int]


@dataclass
class PRF:
    tp: int
    n_pred: int
    n_gold: int

    @property
    def p(self) -> float:
        return self.tp / self.n_pred if self.n_pred else 0.0

    @property
    def r(self) -> float:
        return self.tp / self.n_gold if self.n_gold else 0.0

    @property
    def f1(self) -> float:
        return 2 * self.p * self.r / (self.p + self.r) if self.p + self.r else 0.0

    def __add__(self, other: PRF) -> PRF:
        return PRF(self.tp + other.tp, self.n_pred + other.n_pred, self.n_gold + other.n_gold)

    def as_dict(self) -> dict:
        return {**asdict(self), "p": round(self.p, 4), "r": round(self.r, 4), "f1": round(self.f1, 4)}


@dataclass
class Accuracy:
    correct: int
    total: int

    @property
    def value(self) -> float:
        return self.correct / self.total if self.total else 0.0

    def __add__(self, other: Accuracy) -> Accuracy:
        return Accuracy(self.correct + other.correct, self.total + other.total)

    def as_dict(self) -> dict:
        return {**asdict(self), "accuracy": round(self.value, 4)}


def overlap(a: Span, b: Span) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def match(pred: Sequence[Span], gold: Sequence[Span]) -> dict[int, int]:
    """One-to-one matching of overlapping spans, largest overlap first: ``{pred index: gold index}``.

    Ties are broken by text order (gold first, then prediction), so the result is deterministic.
    """
    pairs = sorted(
        (
            (overlap(p, g), gi, pi)
            for pi, p in enumerate(pred)
            for gi, g in enumerate(gold)
            if overlap(p, g) > 0
        ),
        key=lambda t: (-t[0], t[1], t[2]),
    )
    taken_p: set[int] = set()
    taken_g: set[int] = set()
    result = {}
    for _, gi, pi in pairs:
        if pi not in taken_p and gi not in taken_g:
            taken_p.add(pi)
            taken_g.add(gi)
            result[pi] = gi
    return result


def span_scores(pred: Sequence[Span], gold: Sequence[Span]) -> tuple[PRF, PRF, dict[int, int]]:
    """Relaxed (overlap, one-to-one) and strict (exact offsets) scores, and the relaxed matching."""
    m = match(pred, gold)
    exact = sum((Counter(pred) & Counter(gold)).values())
    return PRF(len(m), len(pred), len(gold)), PRF(exact, len(pred), len(gold)), m


def attribute_scores(
    m: dict[int, int], pred: Sequence[dict], gold: Sequence[dict], same: Callable[[dict, dict], bool]
) -> PRF:
    """A matched pair counts when ``same(pred, gold)``; P over predictions, R over gold (TempEval style)."""
    tp = sum(1 for pi, gi in m.items() if same(pred[pi], gold[gi]))
    return PRF(tp, len(pred), len(gold))


def close(a, b) -> bool:
    """Two numbers (or Nones) are equal, up to float rounding."""
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(float(a), float(b), rel_tol=1e-9, abs_tol=1e-9)


def same_figure_value(pred: dict, gold: dict) -> bool:
    """The value when gold has one, else both bounds (ranges and vague magnitudes)."""
    if gold.get("value") is not None:
        return close(pred.get("value"), gold["value"])
    return close(pred.get("low"), gold.get("low")) and close(pred.get("high"), gold.get("high"))


def same_unit(pred: dict, gold: dict) -> bool:
    """What is counted, as written in both (a lemma in lower case, or None for both)."""
    p, g = pred.get("unit"), gold.get("unit")
    return (p or None) == (g or None)
