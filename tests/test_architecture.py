"""The component contract (issue 9): each component declares what it writes and reads, a failure on one
article is one errors.csv row (never an emptier table), and the rule resources travel with the pipeline."""

from __future__ import annotations

import json

import pandas as pd
import pytest
import spacy

from pipeline import cli
from pipeline.components.base import RuleComponent

OURS = (
    "news_numbers",
    "news_sentences",
    "news_entities",
    "news_dates",
    "news_figures",
    "news_sources",
    "news_links",
    "news_hedging",
)
MARK = "XYZZY"  # a word only the failing article holds
GOOD = "Selon la préfecture, 3 000 personnes ont manifesté hier à Nancy.\n"


@pytest.mark.model
def test_every_component_declares_its_writes_and_they_are_met(nlp):
    assert [n for n in nlp.pipe_names if n.startswith("news_")] == list(OURS)
    analysis = nlp.analyze_pipes()
    for name in OURS:
        meta = nlp.get_pipe_meta(name)
        assert meta.assigns, name
        assert analysis["problems"][name] == [], name


@pytest.mark.model
@pytest.mark.parametrize("component", OURS)
def test_a_component_failure_is_one_error_row_and_a_count(nlp, tmp_path, monkeypatch, component):
    proc = nlp.get_pipe(component)
    original = type(proc).__call__

    def failing(self, doc):
        if MARK in doc.text:
            raise ValueError("injected failure")
        return original(self, doc)

    monkeypatch.setattr(type(proc), "__call__", failing)
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(GOOD, encoding="utf-8")
    (src / "b.txt").write_text(f"{MARK}. " + GOOD, encoding="utf-8")
    (src / "c.txt").write_text(GOOD.replace("Nancy", "Metz"), encoding="utf-8")
    out = tmp_path / "out"
    assert cli.main(["extract", str(src), "--out", str(out), "--quiet"]) == 1
    errors = pd.read_csv(out / "errors.csv")
    assert errors[["path", "stage", "component", "error"]].values.tolist() == [
        ["in/b.txt", "process", component, "ValueError"]
    ]
    assert "injected failure" in errors["message"][0] and "test_architecture.py" not in errors["message"][0]
    run = json.loads((out / "run.json").read_text(encoding="utf-8"))
    assert run["failed_components"] == {component: 1} and run["counts"]["errors"] == 1
    articles = pd.read_csv(out / "articles.csv")
    assert sorted(articles["doc_id"]) == ["in/a.txt", "in/c.txt"]
    # the failing article has no row in any table; the others have all of theirs
    for table in ("entities", "figures", "dates", "sources"):
        rows = pd.read_csv(out / f"{table}.csv")
        assert sorted(set(rows["doc_id"])) == ["in/a.txt", "in/c.txt"], table
    figures = pd.read_csv(out / "figures.csv")
    assert figures["value"].tolist() == [3000.0, 3000.0]
    assert figures["source_key"].tolist() == ["in/a.txt#s0", "in/c.txt#s0"]


@pytest.mark.model
def test_source_syndicale_is_attributed_not_dropped():
    import pipeline

    tables = pipeline.extract_text("De source syndicale, on évoque 150 000 emplois.", published="2025-05-13")
    assert tables.errors.empty
    assert ["selon", "De source syndicale", "anonymous"] in tables.sources[
        ["cue_kind", "cue", "source_type"]
    ].values.tolist()
    (figure,) = tables.figures.itertuples()
    assert (figure.value, figure.hedged) == (150000.0, False)
    assert tables.sources.set_index("source_key").loc[figure.source_key, "source_type"] == "anonymous"
    assert figure.source_type == "anonymous"


@pytest.mark.model
def test_the_assembled_pipeline_saves_and_loads_with_its_lexicons(nlp, tmp_path, seed_text):
    nlp.to_disk(tmp_path / "saved", exclude=["tok2vec", "morphologizer", "parser", "ner", "lemmatizer"])
    saved = tmp_path / "saved"
    assert (saved / "news_dates" / "dates" / "months.tsv").exists()
    assert (saved / "news_entities" / "shared" / "names.tsv").exists()
    assert (saved / "news_hedging" / "hedging" / "hedges.tsv").exists()
    # a lexicon edited in the saved copy is what the loaded pipeline uses
    names = saved / "news_entities" / "shared" / "names.tsv"
    names.write_text(
        names.read_text(encoding="utf-8") + "Quotidien Imaginaire\torganisation\n", encoding="utf-8"
    )
    proc = nlp.get_pipe("news_entities")
    reloaded = type(proc)(nlp, "news_entities").from_disk(saved / "news_entities")
    assert (
        "quotidien imaginaire" in reloaded.organisations and "quotidien imaginaire" not in proc.organisations
    )


def test_rule_components_record_failures_instead_of_raising(blank_nlp):
    class Broken(RuleComponent):
        def __call__(self, doc):
            raise KeyError("boom")

    nlp = spacy.blank("fr")
    nlp.add_pipe("sentencizer")
    broken = Broken(nlp, "broken")
    docs = [nlp.make_doc("Un."), nlp.make_doc("Deux.")]
    out = list(spacy.util._pipe(docs, broken, "broken", spacy.util.raise_error, {}))
    assert out == []
    assert [d.user_data["pipeline_failure"]["component"] for d in docs] == ["broken", "broken"]
    assert docs[0].user_data["pipeline_failure"]["error"] == "KeyError"


SPLIT = "Les saisons 2002/2003 et 2003/2004 ont été bonnes, selon le club."  # news_dates splits tokens


@pytest.mark.model
def test_a_doc_rebuilt_by_a_component_keeps_its_record_and_its_failures(nlp, monkeypatch):
    from pipeline.readers import ReadError, records_from
    from pipeline.run import process

    assert len(nlp(SPLIT)) > len(nlp.make_doc(SPLIT))  # the case: the Doc is rebuilt by news_dates
    records = [{"id": "a", "text": SPLIT}, {"id": "b", "text": SPLIT + " " + MARK}, {"id": "c", "text": GOOD}]
    done = [i[0]["doc_id"] for i in process(records_from(records), nlp) if not isinstance(i, ReadError)]
    assert done == ["a", "b", "c"]

    hedging = nlp.get_pipe("news_hedging")  # after news_dates: it sees the rebuilt Doc
    original = type(hedging).__call__

    def failing(self, doc):
        if MARK in doc.text:
            raise ValueError("injected failure")
        return original(self, doc)

    monkeypatch.setattr(type(hedging), "__call__", failing)
    items = list(process(records_from(records), nlp))
    errors = [(e.record, e.component, e.error) for e in items if isinstance(e, ReadError)]
    assert errors == [(1, "news_hedging", "ValueError")]
    assert [i[0]["doc_id"] for i in items if not isinstance(i, ReadError)] == ["a", "c"]
