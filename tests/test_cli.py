"""The extract command end to end: tables written, exit statuses, nothing lost on bad input."""

import json
import os
import subprocess
import sys

import pandas as pd
import pytest
from conftest import ROOT
from faults import accounting

from pipeline.cli import main
from pipeline.schema import ALL_TABLES

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
    for name, table in ALL_TABLES.items():
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
    for name in ALL_TABLES:
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


# --- runs that survive faults (issue 13) ----------------------------------------------------------------


@pytest.fixture(scope="module")
def cases_run(tmp_path_factory, nlp):
    """One run over every input case of issue 13, and its expected accounting."""
    root = tmp_path_factory.mktemp("cases")
    elsewhere, d = root / "elsewhere", root / "in"
    elsewhere.mkdir()
    d.mkdir()
    (elsewhere / "b.txt").write_text(GOOD)
    (d / "good.txt").write_text(GOOD)
    lines = [
        json.dumps({"id": "s1", "text": "Avant\u2028après. " + GOOD}, ensure_ascii=False),
        json.dumps({"id": "s2", "text": "Un\u0085deux. " + GOOD}, ensure_ascii=False),
        "[" * 100_000,
        json.dumps({"id": "s3", "text": GOOD}),
    ]
    (d / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (d / "deep.json").write_text("[" * 100_000 + "]" * 100_000)
    os.mkfifo(d / "fifo.txt")
    (d / "linked").symlink_to(elsewhere, target_is_directory=True)
    (d / "loop").symlink_to(d, target_is_directory=True)
    (d / "mixed.txt").write_bytes("Première partie.\n\n".encode() + "Deuxième partie, 30 €.".encode("cp1252"))
    (d / "boiler.html").write_text(
        "<html><body><nav>Accueil Contact</nav><p>Accueil Contact</p></body></html>"
    )
    (d / "junk.txt").write_bytes(bytes(range(0x80, 0x100)) * 30)
    out = root / "out"
    status = main(["extract", str(d), "--out", str(out), "--quiet", "--batch-size", "2"])
    articles = ["in/good.txt", "s1", "s2", "s3", "in/linked/b.txt", "in/mixed.txt"]
    errors = [
        ("in/feed.jsonl", "3", "BadJSON"),
        ("in/deep.json", "", "BadJSON"),
        ("in/fifo.txt", "", "NotRegularFile"),
        ("in/boiler.html", "", "NoMainText"),
        ("in/junk.txt", "", "BinaryFile"),
    ]
    return status, out, articles, errors


def test_cases_accounting_and_run_json(cases_run):
    status, out, articles, errors = cases_run
    assert status == 1
    accounting(out, articles, errors)
    run = json.loads((out / "run.json").read_text())
    assert run["status"] == "complete" and run["counts"]["articles"] == 6 and run["counts"]["errors"] == 5
    assert sorted(os.listdir(out)) == sorted([".lock", "run.json"] + [f"{n}.csv" for n in ALL_TABLES])


def test_case_jsonl_unicode_line_separators(cases_run):
    _, out, articles, errors = cases_run
    accounting(out, articles, errors)
    got = pd.read_csv(out / "articles.csv", keep_default_na=False).set_index("doc_id")
    assert got.loc["s1", "n_chars"] == len("Avant\u2028après. " + GOOD)
    assert got.loc["s2", "n_chars"] == len("Un\u0085deux. " + GOOD)


def test_case_deeply_nested_json(cases_run):
    _, out, articles, errors = cases_run
    accounting(out, articles, errors)  # one row each, the records around it kept (s3)
    err = pd.read_csv(out / "errors.csv", keep_default_na=False)
    assert "nested too deeply" in err[err["path"] == "in/deep.json"]["message"].iloc[0]


def test_case_fifo_not_read(cases_run):
    _, out, articles, errors = cases_run
    accounting(out, articles, errors)  # and the run did not hang on it


def test_case_symlinked_folder_followed_loop_noted(cases_run):
    _, out, articles, errors = cases_run
    accounting(out, articles, errors)
    notes = json.loads((out / "run.json").read_text())["notes"]
    assert any(n["path"].endswith("in/loop") and "already read" in n["note"] for n in notes)


def test_case_mixed_encodings_repaired_and_reported(cases_run):
    _, out, articles, errors = cases_run
    accounting(out, articles, errors)
    got = pd.read_csv(out / "articles.csv", keep_default_na=False).set_index("doc_id")
    assert got.loc["in/mixed.txt", "title"] == "Première partie."
    notes = json.loads((out / "run.json").read_text())["notes"]
    assert {
        "path": "in/mixed.txt",
        "note": "mixed encodings: 2 bytes read as cp1252, the rest as UTF-8",
    } in notes


def test_case_boilerplate_and_junk_are_errors(cases_run):
    _, out, articles, errors = cases_run
    accounting(out, articles, errors)
    assert "in/boiler.html" not in articles and "in/junk.txt" not in articles


def test_second_run_on_the_folder_is_refused(tmp_path, capsys):
    from conftest import SEED

    out = tmp_path / "out"
    out.mkdir()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            f"from pipeline.output import lock\nwith lock({str(out)!r}):\n print(1, flush=True)\n input()",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "1"  # the other run holds the folder
        assert main(["extract", str(SEED), "--out", str(out), "--quiet"]) == 3
    finally:
        holder.communicate("\n")
    err = capsys.readouterr().err
    assert err == f"pipeline: error: {out} is in use by another run (pid {holder.pid})\n"
    assert sorted(os.listdir(out)) == [".lock"]


def test_switching_format_leaves_no_old_tables(tmp_path, nlp):
    from conftest import SEED

    assert main(["extract", str(SEED), "--out", str(tmp_path), "--quiet"]) == 0
    assert main(["extract", str(SEED), "--out", str(tmp_path), "--quiet", "--format", "parquet"]) == 0
    assert sorted(os.listdir(tmp_path)) == sorted(
        [".lock", "run.json"] + [f"{n}.parquet" for n in ALL_TABLES]
    )
    accounting(tmp_path, [SEED.name], [], fmt="parquet")


def test_failed_rerun_keeps_the_previous_tables_and_run_json(tmp_path, nlp, monkeypatch, capsys):
    """A complete run, then a rerun that breaks midway: the folder still shows the first run, whole."""
    import errno

    from pipeline.writers import CsvAppender

    argv = [
        "extract",
        str(ROOT / "data" / "articles"),
        "--out",
        str(tmp_path),
        "--quiet",
        "--batch-size",
        "1",
    ]
    assert main(argv) == 0
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()}
    real, calls = CsvAppender.write, {"n": 0}

    def full_after_a_while(self, rows):
        calls["n"] += 1
        if calls["n"] > 10:
            raise OSError(errno.ENOSPC, "No space left on device")
        real(self, rows)

    monkeypatch.setattr(CsvAppender, "write", full_after_a_while)
    capsys.readouterr()
    assert main(argv) == 4
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("pipeline: error: output failed: cannot write "), err
    assert err.endswith(": No space left on device; the tables so far are kept for --resume\n"), err
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()} == before
    staged = json.loads((tmp_path / ".staging" / "run.json").read_text())
    assert staged["status"] == "failed" and "No space left on device" in staged["reason"]
    monkeypatch.undo()
    assert main(argv + ["--resume"]) == 0
    after = {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.is_file() and p.suffix == ".csv"}
    assert after == {k: v for k, v in before.items() if k.endswith(".csv")}


@pytest.mark.parametrize(
    ("first", "then", "changed"),
    [
        (["--format", "parquet"], [], "format"),  # no --format: csv by default, not this job
        ([], ["--format", "parquet"], "format"),
        (["--text-column", "contenu"], [], "text_column"),
    ],
)
def test_resume_never_replaces_a_finished_job_of_another_kind(tmp_path, capsys, first, then, changed):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(GOOD, encoding="utf-8")
    (src / "b.csv").write_text(f'id,contenu,text\r\nb,"{GOOD}","{GOOD}"\r\n', encoding="utf-8")
    out = tmp_path / "out"
    argv = ["extract", str(src), "--out", str(out), "--quiet"]
    assert main(argv + first) == 0
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file() and p.name != ".lock"}
    capsys.readouterr()
    assert main(argv + then + ["--resume"]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"pipeline: error: cannot resume: {out} holds a complete job of another kind ")
    assert f"({changed})" in err and err.count("\n") == 1
    after = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file() and p.name != ".lock"}
    assert after == before and not (out / ".staging").exists()
