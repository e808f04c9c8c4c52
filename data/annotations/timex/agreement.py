"""Agreement between the two annotators of the TIMEX3 corpus's double-annotated sample (one sentence in ten).

python data/annotations/timex/agreement.py [--json]

For each batch, the first annotator's lines (``BATCH.jsonl``) for the ids of ``double/BATCH.jsonl``
against the second annotator's, scored as ``pipeline evaluate`` scores dates: expressions matched one-to-one
by overlapping span (relaxed F1) and by exact span (strict F1); among the pairs matched by overlap, how often
the type and the value (with its mod) agree. F1 is symmetric: either annotator may be the reference. Reads
only offsets: no text needed."""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from pipeline.evaluate.corpus import read_annotations  # noqa: E402
from pipeline.evaluate.scorer import PRF, span_scores  # noqa: E402


def _by_id(path: Path) -> dict[str, dict]:
    return {r["id"]: r for r in read_annotations([path])}


def compare(first: dict[str, dict], second: dict[str, dict]) -> tuple[PRF, PRF, dict[str, list[int]]]:
    """Relaxed and strict span counts of the second annotator against the first, and the attributes agreed
    on among the pairs matched by overlap (agreed, pairs)."""
    relaxed, strict = PRF(0, 0, 0), PRF(0, 0, 0)
    same = {"type": [0, 0], "value": [0, 0], "value and mod": [0, 0]}
    for sid, b in second.items():
        ta, tb = first[sid]["timex"], b["timex"]
        r, s, m = span_scores([(t["start"], t["end"]) for t in tb], [(t["start"], t["end"]) for t in ta])
        relaxed, strict = relaxed + r, strict + s
        for i, j in m.items():
            for key, keys in (
                ("type", ("type",)),
                ("value", ("value",)),
                ("value and mod", ("value", "mod")),
            ):
                same[key][0] += all(tb[i].get(k) == ta[j].get(k) for k in keys)
                same[key][1] += 1
    return relaxed, strict, same


def summary(sentences: int, relaxed: PRF, strict: PRF, same: dict[str, list[int]]) -> dict:
    return {
        "sentences": sentences,
        "first": relaxed.n_gold,
        "second": relaxed.n_pred,
        "relaxed f1": round(relaxed.f1, 3),
        "strict f1": round(strict.f1, 3),
        "agreement among matched": {k: f"{c}/{t}" for k, (c, t) in same.items()},
    }


def main(argv: list[str]) -> int:
    rows = {}
    n, all_relaxed, all_strict = 0, PRF(0, 0, 0), PRF(0, 0, 0)
    all_same = {"type": [0, 0], "value": [0, 0], "value and mod": [0, 0]}
    for path in sorted((HERE / "double").glob("*.jsonl")):
        second = _by_id(path)
        relaxed, strict, same = compare(_by_id(HERE / path.name), second)
        rows[path.stem] = summary(len(second), relaxed, strict, same)
        n, all_relaxed, all_strict = n + len(second), all_relaxed + relaxed, all_strict + strict
        for k, (c, t) in same.items():
            all_same[k] = [all_same[k][0] + c, all_same[k][1] + t]
    rows["all"] = summary(n, all_relaxed, all_strict, all_same)
    if "--json" in argv:
        print(json.dumps(rows, indent=2))
        return 0
    print(
        "| batch | sentences | expressions (1st / 2nd) | relaxed F1 | strict F1 | type | value | value, mod |"
    )
    print("|---|---|---|---|---|---|---|---|")
    for name, r in rows.items():
        agree = r["agreement among matched"]
        print(
            f"| {name} | {r['sentences']} | {r['first']} / {r['second']} | {r['relaxed f1']:.3f} "
            f"| {r['strict f1']:.3f} | {agree['type']} | {agree['value']} | {agree['value and mod']} |"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
