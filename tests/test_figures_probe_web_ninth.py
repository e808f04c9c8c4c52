"""The ninth round's figures probe (issue 23): ``tests/data/figures_probe_web_ninth/probe.txt`` holds
standalone sentences of modern French web text (reviews, recipes, forums, product pages, travel blogs, clubs,
associations, real-estate and job ads, encyclopedic notes), written and annotated here in inline markup before
the pipeline was run on them; ``probe.jsonl`` beside it holds the same cases as the gold documents ``pipeline
evaluate`` reads (``id``, ``text``, ``figures``). Regenerate the JSONL after editing the markup with
``python tests/test_figures_probe_web_ninth.py``.
"""

import sys
from pathlib import Path

from test_figures_probe_web import as_jsonl, check_well_formed, documents

HERE = Path(__file__).parent / "data" / "figures_probe_web_ninth"


def test_the_gold_file_is_the_markup():
    assert (HERE / "probe.jsonl").read_text(encoding="utf-8") == as_jsonl(documents(HERE))


def test_every_figure_is_whole_and_well_formed_and_numbers_run_over_the_file():
    docs = documents(HERE)
    check_well_formed(docs)
    assert [int(d["id"].rsplit("-", 1)[1]) for d in docs] == list(range(1, len(docs) + 1))


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).parent))
    (HERE / "probe.jsonl").write_text(as_jsonl(documents(HERE)), encoding="utf-8")
