"""The later figures probes (issue 23), each written and annotated here in inline markup before the pipeline
was run on it: ``tests/data/figures_probe_news/probe.txt`` (eighth round: standalone sentences of
international and national news as a French daily or a translated wire of 2015-2018 writes them) and
``tests/data/figures_probe_web_ninth/probe.txt`` (ninth round: standalone sentences of modern French web text:
reviews, recipes, forums, product pages, travel blogs, clubs, associations, real-estate and job ads,
encyclopedic notes). ``probe.jsonl`` beside each holds the same cases as the gold documents ``pipeline
evaluate`` reads (``id``, ``text``, ``figures``). Regenerate both after editing the markup with
``python tests/test_figures_probe_news.py``.
"""

import sys
from pathlib import Path

import pytest
from test_figures_probe_web import as_jsonl, check_well_formed, documents

DATA = Path(__file__).parent / "data"
FOLDERS = ("figures_probe_news", "figures_probe_web_ninth")


@pytest.mark.parametrize("folder", FOLDERS)
def test_the_gold_file_is_the_markup(folder):
    here = DATA / folder
    assert (here / "probe.jsonl").read_text(encoding="utf-8") == as_jsonl(documents(here))


@pytest.mark.parametrize("folder", FOLDERS)
def test_every_figure_is_whole_and_well_formed_and_numbers_run_over_the_file(folder):
    docs = documents(DATA / folder)
    check_well_formed(docs)
    assert [int(d["id"].rsplit("-", 1)[1]) for d in docs] == list(range(1, len(docs) + 1))


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).parent))
    for name in FOLDERS:
        (DATA / name / "probe.jsonl").write_text(as_jsonl(documents(DATA / name)), encoding="utf-8")
