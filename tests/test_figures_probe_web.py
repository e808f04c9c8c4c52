"""The sixth round's figures probe (issue 23): ``tests/data/figures_probe_web/probe.txt`` holds short
sentences of modern web text (forum posts, reviews and specifications, recipes, sports, real-estate and
job ads, travel, school, health, personal finance), written and annotated here in inline markup before the
pipeline was run on them; ``probe.jsonl`` beside it holds the same cases as the gold documents ``pipeline
evaluate`` reads (``id``, ``text``, ``figures``). Regenerate the JSONL after editing the markup with
``python tests/test_figures_probe_web.py``.
"""

import json
import sys
from pathlib import Path

from markup import parse

HERE = Path(__file__).parent / "data" / "figures_probe_web"
QUALIFIERS = (None, "approx", "more_than", "less_than", "at_least", "at_most")


def _figure(span) -> dict:
    """A gold figure from a marked span: low and high default to the value, opened by the qualifier."""
    a = span.attrs
    value, qualifier = a.get("value"), a.get("qualifier")
    low = a.get("low", None if qualifier in ("less_than", "at_most") else value)
    high = a.get("high", None if qualifier in ("more_than", "at_least") else value)
    unit = a.get("unit")
    return {
        "start": span.start,
        "end": span.end,
        "value": value,
        "low": low,
        "high": high,
        "qualifier": qualifier,
        "unit": None if unit is None else str(unit),
        "per": a.get("per"),
        "source": None,
    }


def documents(folder: Path = HERE) -> list[dict]:
    """One gold document per line of ``folder``'s probe.txt (``id<TAB>marked text``; ``#`` lines: notes)."""
    docs = []
    for line in (folder / "probe.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        doc_id, marked = line.split("\t")
        text, spans = parse(marked)
        docs.append({"id": doc_id, "text": text, "figures": [_figure(s) for s in spans]})
    return docs


def as_jsonl(docs: list[dict]) -> str:
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def test_the_gold_file_is_the_markup():
    assert (HERE / "probe.jsonl").read_text(encoding="utf-8") == as_jsonl(documents())


def test_every_figure_is_whole_and_well_formed():
    check_well_formed(documents())


def check_well_formed(docs: list[dict]) -> None:
    """At least 150 documents, ids unique, each figure a trimmed span with a known qualifier, a value or a
    bound, and a unit that is a word or none."""
    assert len(docs) >= 150
    assert len({d["id"] for d in docs}) == len(docs)
    for d in docs:
        for f in d["figures"]:
            span = d["text"][f["start"] : f["end"]]
            assert span == span.strip() and span
            assert f["qualifier"] in QUALIFIERS
            assert f["value"] is not None or f["low"] is not None or f["high"] is not None
            if f["unit"] is not None:
                assert f["unit"] == f["unit"].strip() and f["unit"] != "null"


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).parent))
    (HERE / "probe.jsonl").write_text(as_jsonl(documents()), encoding="utf-8")
