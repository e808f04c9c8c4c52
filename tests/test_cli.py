"""The extract command end to end: tables written, exit statuses, nothing lost on bad input."""

import json
import subprocess
import sys

import pandas as pd
import pytest

from pipeline.cli import main
from pipeline.schema import TABLES

pytestmark = pytest.mark.model

GOOD = "Le maire de Metz a inauguré lundi une école de 300 élèves. La ville a investi 2 millions d'euros."


@pytest.fixture(scope="module")
def bad_folder(tmp_path_factory):
    d = tmp_path_factory.mktemp("inputs") / "in"
    d.mkdir()
    (d / "empty.txt").write_text("")
    (d / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (d / "legacy.txt").write_bytes(
        "Élections à Nancy\n\nLe maire a été réélu avec 62 % des voix.".encode("cp1252")
    )
    (d / "mixed.jsonl").write_text(
        json.dumps({"id": "j1", "text": GOOD})
        + "\n{broken\n"
        + json.dumps({"id": "j2", "title": "sans texte"})
        + "\n"
        + json.dumps({"id": "j1", "text": "Doublon."})
        + "\n"
        + json.dumps({"id": "j3", "text": GOOD})
        + "\n",
        encoding="utf-8",
    )
    (d / "image.png").write_bytes(b"\x89PNG\r\n")
    (d / "sub").mkdir()
    (d / "sub" / "huge.txt").write_text(
        ("Le conseil a voté 3 budgets. " * 35_000)[:1_000_000], encoding="utf-8"
    )
    return d


@pytest.fixture(scope="module")
def bad_run(bad_folder, tmp_path_factory, nlp):
    out = tmp_path_factory.mktemp("out")
    status = main(["extract", str(bad_folder), "--out", str(out), "--quiet", "--batch-size", "2"])
    return status, out


def test_nothing_lost(bad_run):
    status, out = bad_run
    assert status == 1
    articles = pd.read_csv(out / "articles.csv", keep_default_na=False)
    errors = pd.read_csv(out / "errors.csv", keep_default_na=False)
    assert sorted(articles["doc_id"]) == ["in/legacy.txt", "in/sub/huge.txt", "j1", "j3"]
    got = sorted(zip(errors["path"], errors["record"].astype(str), errors["error"], strict=True))
    assert got == sorted(
        [
            ("in/empty.txt", "", "EmptyFile"),
            ("in/binary.txt", "", "BinaryFile"),
            ("in/mixed.jsonl", "2", "BadJSON"),
            ("in/mixed.jsonl", "3", "MissingText"),
            ("in/mixed.jsonl", "4", "DuplicateId"),
            ("in/image.png", "", "UnsupportedFormat"),
        ]
    )
    run = json.loads((out / "run.json").read_text())
    assert run["counts"]["articles"] == 4 and run["counts"]["errors"] == 6
    assert (
        run["errors"]["BadJSON"] == 1
        and "news_entities" in run["pipeline"]
        and run["spacy"].startswith("3.8")
    )


def test_huge_and_legacy_articles_processed(bad_run):
    _, out = bad_run
    articles = pd.read_csv(out / "articles.csv").set_index("doc_id")
    assert articles.loc["in/sub/huge.txt", "n_chars"] == 1_000_000
    assert articles.loc["in/legacy.txt", "title"] == "Élections à Nancy"


def test_tables_have_schema_columns(bad_run):
    _, out = bad_run
    for name, table in TABLES.items():
        assert list(pd.read_csv(out / f"{name}.csv", nrows=0).columns) == table.names


def test_seed_and_data(tmp_path, nlp):
    from conftest import ROOT, SEED_ENTITIES, SEED_NOT_LOC

    status = main(
        ["extract", str(ROOT / "seeds"), str(ROOT / "data" / "articles"), "--out", str(tmp_path), "--quiet"]
    )
    assert status == 0
    articles = pd.read_csv(tmp_path / "articles.csv")
    seed = articles[articles["doc_id"].str.startswith("seeds/")]
    assert seed["title"].tolist() == [
        "La Corée du Nord est-elle devenue le pilier discret de la machine de guerre russe ?"
    ]
    entities = pd.read_csv(tmp_path / "entities.csv")
    seed_ents = entities[entities["doc_id"] == seed["doc_id"].iloc[0]]
    pairs = set(zip(seed_ents["text"], seed_ents["label"], strict=True))
    assert SEED_ENTITIES <= pairs
    assert not any((name, "LOC") in pairs for name in SEED_NOT_LOC)
    text = (ROOT / seed["path"].iloc[0]).read_text(encoding="utf-8")
    for _, e in seed_ents.iterrows():
        assert text[e["start_char"] : e["end_char"]] == e["text"]
    assert articles["n_entities"].sum() == len(entities)


def test_parquet(tmp_path, nlp):
    from conftest import SEED

    assert main(["extract", str(SEED), "--out", str(tmp_path), "--format", "parquet", "--quiet"]) == 0
    assert len(pd.read_parquet(tmp_path / "articles.parquet")) == 1
    assert set(pd.read_parquet(tmp_path / "entities.parquet")["label"]) <= {"PER", "ORG", "LOC", "MISC"}


def test_usage_errors(tmp_path, capsys):
    assert main(["extract", str(tmp_path / "missing"), "--out", str(tmp_path / "o")]) == 2
    assert "no such input" in capsys.readouterr().err
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert main(["extract", str(blocker), "--out", str(blocker / "o")]) == 2
    assert "cannot write" in capsys.readouterr().err


def test_console_entry_no_traceback(tmp_path):
    r = subprocess.run(
        [sys.executable, "-m", "pipeline", "extract", str(tmp_path / "nope"), "--out", str(tmp_path)],
        capture_output=True,
        text=True,
    )
    assert r.returncode == 2
    assert r.stderr.strip() == f"pipeline: error: no such input: {tmp_path / 'nope'}"


def test_multiprocess_same_rows(tmp_path, nlp):
    from conftest import ROOT

    one, two = tmp_path / "one", tmp_path / "two"
    assert main(["extract", str(ROOT / "data" / "articles"), "--out", str(one), "--quiet"]) == 0
    assert (
        main(
            [
                "extract",
                str(ROOT / "data" / "articles"),
                "--out",
                str(two),
                "--quiet",
                "--n-process",
                "2",
                "--batch-size",
                "2",
            ]
        )
        == 0
    )
    for name in TABLES:
        assert (one / f"{name}.csv").read_text() == (two / f"{name}.csv").read_text(), name


def test_component_failure_is_reported_and_run_goes_on(nlp, monkeypatch):
    from pipeline.components.entities import NewsEntities
    from pipeline.readers import ReadError, records_from
    from pipeline.run import process

    original = NewsEntities.__call__

    def fragile(self, doc):
        if "BOUM" in doc.text:
            raise ValueError("exploded")
        return original(self, doc)

    monkeypatch.setattr(NewsEntities, "__call__", fragile)
    records = [{"id": "a", "text": GOOD}, {"id": "b", "text": "BOUM. " + GOOD}, {"id": "c", "text": GOOD}]
    items = list(process(records_from(records), nlp, batch_size=2))
    done = [i[0]["doc_id"] for i in items if not isinstance(i, ReadError)]
    failed = [(e.record, e.stage, e.component, e.error, e.message) for e in items if isinstance(e, ReadError)]
    assert done == ["a", "c"]
    assert failed == [(1, "process", "news_entities", "ValueError", "ValueError: exploded")]
