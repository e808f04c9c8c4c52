"""The eighth round's figures probe (issue 23): ``tests/data/figures_probe_news/probe.txt`` holds
standalone sentences of international and national news as a French daily or a translated wire of 2015-2018
writes them, written and annotated here in inline markup before the pipeline was run on them; ``probe.jsonl``
beside it holds the same cases as the gold documents ``pipeline evaluate`` reads (``id``, ``text``,
``figures``). Regenerate the JSONL after editing the markup with ``python tests/test_figures_probe_news.py``.
"""

import sys
from pathlib import Path

from markup import parse
from test_figures_probe_web import QUALIFIERS, _figure, as_jsonl

HERE = Path(__file__).parent / "data" / "figures_probe_news"


def documents() -> list[dict]:
    """One gold document per line of markup (``id<TAB>marked text``; ``#`` lines are notes)."""
    docs = []
    for line in (HERE / "probe.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        doc_id, marked = line.split("\t")
        text, spans = parse(marked)
        docs.append({"id": doc_id, "text": text, "figures": [_figure(s) for s in spans]})
    return docs


def test_the_gold_file_is_the_markup():
    assert (HERE / "probe.jsonl").read_text(encoding="utf-8") == as_jsonl(documents())


def test_every_figure_is_whole_and_well_formed_and_numbers_run_over_the_file():
    docs = documents()
    assert len(docs) >= 150
    assert [int(d["id"].rsplit("-", 1)[1]) for d in docs] == list(range(1, len(docs) + 1))
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
