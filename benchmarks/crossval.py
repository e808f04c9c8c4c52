"""Sources by fold: the blind-annotated corpus cut into folds of consecutive text, plus the two dev files.

    python benchmarks/crossval.py                   # sources P/R/F1 per fold, mean, gap to the dev files
    python benchmarks/crossval.py --details DIR     # every miss and false alarm, one file per fold
    python benchmarks/crossval.py --json FILE       # the table as JSON (to compare two versions)

The annotations (``data/annotations/attributions/*.jsonl``, offsets keyed by sentence id) are joined with
their texts in ``../shared/corpora/`` as ``pipeline evaluate`` does. Each batch (news, europarl, wikipedia,
GSD) is cut into ``--folds`` runs of consecutive documents, fold k of every batch together forming fold k:
no text is split between folds. ``ftb_dev`` and ``gsd_dev`` (``../shared/eval/``) are two more folds. A
change to the rules is kept when it raises the mean over the corpus folds; the dev folds show the gap
between dev and new text.

The rules are scored alone by default. ``--classifier shipped`` adds the shipped cue classifier, whose weights
were trained on these same folds: its scores here are not cross-validated. Those are printed by ``python -m
pipeline.components.sources.train`` (each fold scored by a model trained on the others)."""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.evaluate import Report, predict  # noqa: E402
from pipeline.evaluate.corpus import default_corpora_dir, fold_documents  # noqa: E402

ANNOTATIONS = ROOT / "data" / "annotations" / "attributions"
SHARED_EVAL = ROOT.parent / "shared" / "eval"


def folds(n_folds: int, corpora: Path, batches: list[str] | None = None) -> dict[str, list[dict]]:
    return fold_documents(n_folds, corpora, ANNOTATIONS, SHARED_EVAL, batches)


def scores(report: Report) -> dict:
    s = report.scores.get("sources")
    return {
        "docs": report.n_docs,
        "gold": s.n_gold,
        "pred": s.n_pred,
        "p": round(s.p, 3),
        "r": round(s.r, 3),
        "f1": round(s.f1, 3),
        "links sourced": round(report.links["sourced"].value, 3),
        "n sourced": report.links["sourced"].total,
        "links unsourced": round(report.links["unsourced"].value, 3),
        "figures f1": round(report.scores["figures detection"].f1, 3),
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--corpora", default=None, help="default: $PIPELINE_CORPORA, else ../shared/corpora")
    ap.add_argument("--details", default=None, metavar="DIR")
    ap.add_argument("--json", default=None, metavar="FILE")
    ap.add_argument("--config", default=None)
    ap.add_argument("--batches", nargs="*", default=None, help="only these batches (default: every file)")
    ap.add_argument("--classifier", choices=("off", "shipped"), default="off")
    args = ap.parse_args()
    corpora = Path(args.corpora) if args.corpora else default_corpora_dir()
    if corpora is None:
        print("crossval: no corpora folder (../shared/corpora): nothing to score", file=sys.stderr)
        return 0
    by_fold = folds(args.folds, corpora, args.batches)
    everything = [d for docs in by_fold.values() for d in docs]
    off = {"news_sources.classifier": ""} if args.classifier == "off" else None
    rows = predict(everything, args.config, overrides=off)
    table, i = {}, 0
    corpus_total = Report()
    for name, docs in by_fold.items():
        report = Report()
        for doc in docs:
            report.score_doc(doc, rows[i])
            if name.startswith("fold"):
                corpus_total.score_doc(doc, rows[i])
            i += 1
        table[name] = scores(report)
        if args.details:
            Path(args.details).mkdir(parents=True, exist_ok=True)
            (Path(args.details) / f"{name}.tsv").write_text(
                "\n".join(report.details) + "\n", encoding="utf-8"
            )
    corpus = [v for k, v in table.items() if k.startswith("fold")]
    dev = [v for k, v in table.items() if not k.startswith("fold")]
    mean = {k: round(statistics.mean(v[k] for v in corpus), 3) for k in ("p", "r", "f1")}
    sd = round(statistics.stdev(v["f1"] for v in corpus), 3) if len(corpus) > 1 else 0.0
    table["corpus (pooled)"] = scores(corpus_total)
    cols = (
        "docs",
        "gold",
        "pred",
        "p",
        "r",
        "f1",
        "links sourced",
        "n sourced",
        "links unsourced",
        "figures f1",
    )
    print(f"{'fold':17}" + "".join(f"{c:>16}" for c in cols))
    for name, v in table.items():
        print(f"{name:17}" + "".join(f"{v[c]:>16}" for c in cols))
    print(f"mean over the {len(corpus)} corpus folds: P {mean['p']} R {mean['r']} F1 {mean['f1']} (sd {sd})")
    if dev:
        dev_f1 = statistics.mean(v["f1"] for v in dev)
        print(f"gap: dev files F1 {dev_f1:.3f} - corpus F1 {mean['f1']:.3f} = {dev_f1 - mean['f1']:.3f}")
    if args.json:
        Path(args.json).write_text(json.dumps({"folds": table, "mean": mean, "sd": sd}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
