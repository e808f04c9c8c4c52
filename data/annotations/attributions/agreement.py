"""Agreement between the two annotators of the double-annotated sample (one sentence in ten).

python data/annotations/attributions/agreement.py [--json]

For each batch, the first annotator's lines (``BATCH.jsonl``) for the ids of ``double/BATCH.jsonl`` against
the second annotator's. F1 between annotators (either taken as reference: F1 is symmetric), with the
measures ``pipeline evaluate`` uses: attributions matched one-to-one by the source mention (the cue when no
source is stated), figures by their span; then, among matched pairs, how often the attribute agrees. Reads
only offsets: no text needed."""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from pipeline.evaluate.scorer import PRF, match, same_figure_value  # noqa: E402


def _lines(path: Path) -> dict[str, dict]:
    with open(path, encoding="utf-8") as f:
        return {r["id"]: r for r in map(json.loads, filter(str.strip, f))}


def _speaker(a: dict) -> tuple:
    """Where the source mention is (its sentence and offsets), or the cue when no source is stated."""
    if a.get("source"):
        return (a.get("source_sentence"), *a["source"])
    return (None, *a["cue"])


def compare(first: dict, second: dict) -> dict:
    n = {"attributions": PRF(0, 0, 0), "cues": PRF(0, 0, 0), "figures": PRF(0, 0, 0)}
    n["figures exact"] = PRF(0, 0, 0)
    same = {"kind": [0, 0], "content": [0, 0], "figure value": [0, 0], "figure source": [0, 0]}
    for sid, b in second.items():
        a = first[sid]
        aa, ba = a["attributions"], b["attributions"]
        # speakers are compared as (sentence, offsets): spans in different sentences never match
        spans_a = [_speaker(x) for x in aa]
        spans_b = [_speaker(x) for x in ba]
        m = {
            i: j
            for i, j in match([s[1:] for s in spans_b], [s[1:] for s in spans_a]).items()
            if spans_b[i][0] == spans_a[j][0]
        }
        n["attributions"] += PRF(len(m), len(ba), len(aa))
        mc = match([tuple(x["cue"]) for x in ba], [tuple(x["cue"]) for x in aa])
        n["cues"] += PRF(len(mc), len(ba), len(aa))
        for i, j in m.items():
            same["kind"][0] += ba[i]["kind"] == aa[j]["kind"]
            same["kind"][1] += 1
            ca, cb = aa[j]["content"], ba[i]["content"]
            same["content"][0] += bool(ca and cb and min(ca[1], cb[1]) > max(ca[0], cb[0]))
            same["content"][1] += 1
        fa, fb = a["figures"], b["figures"]
        mf = match([(x["start"], x["end"]) for x in fb], [(x["start"], x["end"]) for x in fa])
        n["figures"] += PRF(len(mf), len(fb), len(fa))
        exact = sum((fb[i]["start"], fb[i]["end"]) == (fa[j]["start"], fa[j]["end"]) for i, j in mf.items())
        n["figures exact"] += PRF(exact, len(fb), len(fa))
        for i, j in mf.items():
            same["figure value"][0] += same_figure_value(fb[i], fa[j])
            same["figure value"][1] += 1
            sa, sb = fa[j].get("source"), fb[i].get("source")
            agree = (sa is None) == (sb is None)
            if agree and isinstance(sa, int) and isinstance(sb, int):
                agree = m.get(sb) == sa
            same["figure source"][0] += agree
            same["figure source"][1] += 1
    return {
        "sentences": len(second),
        **{
            k: {"first": v.n_gold, "second": v.n_pred, "matched": v.tp, "f1": round(v.f1, 3)}
            for k, v in n.items()
        },
        "agreement among matched": {k: f"{c}/{t}" for k, (c, t) in same.items()},
    }


def main() -> int:
    results = {}
    for double in sorted((HERE / "double").glob("*.jsonl")):
        first_path = HERE / double.name
        if first_path.exists():
            results[double.stem] = compare(_lines(first_path), _lines(double))
    merged_first, merged_second = {}, {}
    for double in sorted((HERE / "double").glob("*.jsonl")):
        if (HERE / double.name).exists():
            merged_second.update(_lines(double))
            merged_first.update(_lines(HERE / double.name))
    results["all"] = compare(merged_first, merged_second)
    if "--json" in sys.argv:
        print(json.dumps(results, indent=1))
        return 0
    head = (("sent", 6), ("attr 1st", 9), ("2nd", 5), ("F1", 7))
    head += (("cues F1", 9), ("fig 1st", 8), ("2nd", 5), ("F1", 7), ("exact F1", 9))
    print(f"{'batch':10}" + "".join(f"{name:>{width}}" for name, width in head))
    for name, r in results.items():
        a, c, f, x = r["attributions"], r["cues"], r["figures"], r["figures exact"]
        print(
            f"{name:10}{r['sentences']:6d}{a['first']:9d}{a['second']:5d}{a['f1']:7.3f}{c['f1']:9.3f}"
            f"{f['first']:8d}{f['second']:5d}{f['f1']:7.3f}{x['f1']:9.3f}"
        )
    print("agreement among matched pairs (all):", results["all"]["agreement among matched"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
