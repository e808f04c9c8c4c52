"""Dump every table of the pipeline on a fixed corpus, and compare two dumps.

    python benchmarks/dump.py write DIR        # tables of seeds/, data/articles/, data/annotations/ and
                                               # the gold files in ../shared/eval (when present), as CSV
    python benchmarks/dump.py compare OLD NEW  # which tables differ, and the first differing rows

Used to check that a refactoring leaves the output as it was: write a dump before, one after, compare.
This is a script, never a test.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED_EVAL = ROOT.parent / "shared" / "eval"
GOLD = ("ftb_dev.jsonl", "gsd_dev.jsonl")


def records() -> list[dict]:
    from pipeline.readers import Record, read_inputs

    out = [
        {"id": r.doc_id, "text": r.text, "published": r.published}
        for r in read_inputs([ROOT / "seeds", ROOT / "data" / "articles"])
        if isinstance(r, Record)
    ]
    gold_files = [ROOT / "data" / "annotations" / "heldout.jsonl"] + [SHARED_EVAL / g for g in GOLD]
    for path in gold_files:
        if not path.exists():
            continue
        for i, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
            d = json.loads(line)
            out.append({"id": f"{path.stem}:{d.get('id', i)}", "text": d["text"], "published": d.get("dct")})
    return out


def write(out: Path) -> None:
    import pipeline

    tables = pipeline.extract(records())
    out.mkdir(parents=True, exist_ok=True)
    n = 0
    for name, frame in tables.items():
        frame.to_csv(out / f"{name}.csv", index=False)
        n += 1
    print(f"wrote {n} tables to {out}")


def compare(old: Path, new: Path) -> int:
    differ = 0
    for path in sorted(old.glob("*.csv")):
        other = new / path.name
        if not other.exists():
            print(f"{path.name}: missing in {new}")
            differ += 1
            continue
        a = list(csv.reader(path.open(encoding="utf-8")))
        b = list(csv.reader(other.open(encoding="utf-8")))
        if a == b:
            print(f"{path.name}: identical ({len(a) - 1} rows)")
            continue
        differ += 1
        print(f"{path.name}: DIFFERENT ({len(a) - 1} rows before, {len(b) - 1} after)")
        if a[0] != b[0]:
            print(f"  columns before: {a[0]}\n  columns after:  {b[0]}")
        sa, sb = {tuple(r) for r in a[1:]}, {tuple(r) for r in b[1:]}
        for label, rows in (("only before", sa - sb), ("only after", sb - sa)):
            for row in sorted(rows)[:10]:
                print(f"  {label}: {row}")
    for path in sorted(new.glob("*.csv")):
        if not (old / path.name).exists():
            print(f"{path.name}: new in {new}")
    return 1 if differ else 0


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    sub = parser.add_subparsers(dest="command", required=True)
    w = sub.add_parser("write")
    w.add_argument("dir", type=Path)
    c = sub.add_parser("compare")
    c.add_argument("old", type=Path)
    c.add_argument("new", type=Path)
    args = parser.parse_args()
    if args.command == "write":
        write(args.dir)
        return 0
    return compare(args.old, args.new)


if __name__ == "__main__":
    sys.exit(main())
