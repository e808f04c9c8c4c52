"""The dates probe (issue 23, fifth round): ``tests/data/dates_probe.txt`` holds short news sentences,
``dates_probe_articles.txt`` short articles whose dates lean on the narrative, each written and annotated here
in inline markup before the pipeline was run on them; the ``.jsonl`` beside each holds the same cases as the
gold documents ``pipeline evaluate`` reads (``id``, ``dct``, ``text``, ``timex``). Regenerate the JSONL after
editing the markup with ``python tests/test_dates_probe.py``.
"""

import json
import sys
from pathlib import Path

import pytest
from markup import parse

HERE = Path(__file__).parent / "data"
PROBES = (
    "dates_probe",
    "dates_probe_articles",
    "dates_probe_second",
    "dates_probe_articles_second",
    "dates_probe_articles_third",
    "dates_probe_regional",
    "dates_probe_wire/probe",
    "dates_probe_story/probe",
)


def documents(name: str) -> list[dict]:
    """The probe's gold documents, one per line of markup (``DCT<TAB>marked text``; ``#`` lines are notes)."""
    docs = []
    for line in (HERE / f"{name}.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        dct, marked = line.split("\t")
        text, spans = parse(marked)
        timex = [
            {
                "start": s.start,
                "end": s.end,
                "type": s.attrs["type"],
                "value": s.attrs["value"],
                "mod": s.attrs.get("mod"),
                "text": s.text,
            }
            for s in spans
        ]
        doc_id = f"{name.split('/')[0]}-{len(docs) + 1:03d}"
        docs.append({"id": doc_id, "dct": dct, "text": text, "timex": timex})
    return docs


def as_jsonl(docs: list[dict]) -> str:
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


@pytest.mark.parametrize("name", PROBES)
def test_the_gold_file_is_the_markup(name):
    assert (HERE / f"{name}.jsonl").read_text(encoding="utf-8") == as_jsonl(documents(name))


@pytest.mark.parametrize("name", PROBES)
def test_every_case_is_dated_and_annotated_as_timeml(name):
    docs = documents(name)
    assert len(docs) >= 8
    types = {t["type"] for d in docs for t in d["timex"]}
    assert types <= {"DATE", "TIME", "DURATION", "SET"}
    for d in docs:
        for t in d["timex"]:
            assert d["text"][t["start"] : t["end"]] == t["text"] == t["text"].strip()
            assert t["mod"] in (None, "START", "MID", "END", "APPROX", "EQUAL_OR_MORE", "MORE_THAN")


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).parent))
    for name in PROBES:
        (HERE / f"{name}.jsonl").write_text(as_jsonl(documents(name)), encoding="utf-8")
