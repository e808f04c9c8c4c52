"""Agreement between the first annotator of the probe sets and a second one, on a sample of documents
(`double/*.md`: 19 of the first round in `second.md`, 25 of the third in `second_third_round.md`, 23 of
the fourth in `second_fourth_round.md`, 3 of the fifth in `second_fifth_round.md`), annotated blind to the
first annotator's lines.

python data/annotations/probes/agreement.py

Measures as in ../attributions/agreement.py (attributions matched by source mention, or cue when no source is
stated; figures by span)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _module(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def agreement() -> dict:
    build = _module("annotations_build", HERE.parent / "build.py")
    compare = _module("attributions_agreement", HERE.parent / "attributions" / "agreement.py").compare
    second = {d["id"]: d for md in sorted((HERE / "double").glob("*.md")) for d in build.build(md)}
    first = {}
    for path in sorted(HERE.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            d = json.loads(line)
            if d["id"] in second:
                assert d["text"] == second[d["id"]]["text"], d["id"]
                first[d["id"]] = d
    return compare(first, second)


if __name__ == "__main__":
    print(json.dumps(agreement(), indent=1, ensure_ascii=False))
