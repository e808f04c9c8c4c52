"""Issue 22, trust under attack: safe outputs (links, CSV formulas, symlinks in --out, paths in run.json),
one bad record never stops a run, a resume that knows its inputs, and commands that validate their input.
Each test was written before its fix and failed on the code of the time."""

from __future__ import annotations

import csv
import io
import json
import os
import re

import pandas as pd
import pytest

from pipeline.writers import TableWriters, read_table

GOOD = "Le maire de Metz a inauguré lundi une école de 300 élèves. La ville a investi 2 millions d'euros."


def _extract(argv: list[str]) -> int:
    from pipeline.cli import main

    return main(["extract", *argv, "--quiet"])


# --- 5. only http(s) links in the report -------------------------------------------------------------------


def test_report_links_only_http_urls(tmp_path):
    from pipeline.report import build

    out = tmp_path / "out"
    urls = {
        "a": "javascript:alert(document.cookie)",
        "b": " JavaScript:alert(1)",
        "c": "data:text/html,<script>alert(1)</script>",
        "d": "vbscript:msgbox(1)",
        "e": "https://example.org/article?id=1&x=2",
        "f": "http://example.org/b",
    }
    with TableWriters(out) as w:
        w.write("articles", [{"doc_id": k, "url": u, "n_chars": 3} for k, u in urls.items()])
    (out / "run.json").write_text(json.dumps({"counts": {"articles": 6}}), encoding="utf-8")
    build(out)
    pages = {p.read_text(encoding="utf-8") for p in (out / "report").rglob("*.html")}
    hrefs = sorted({h for page in pages for h in re.findall(r'href="([^"]*)"', page)})
    external = [h for h in hrefs if ":" in h]
    assert external == ["http://example.org/b", "https://example.org/article?id=1&amp;x=2"]
    # the other URLs are still shown, as text
    assert any("javascript:alert(document.cookie)" in page for page in pages)


# --- 6. CSV formula injection ------------------------------------------------------------------------------

HOSTILE = {
    "doc_id": "=1+2",
    "title": '=HYPERLINK("http://evil.example","clic")',
    "url": "+33 1 23 45",
    "outlet": "@SUM(A1:A2)",
    "path": "-2+3",
}


def test_csv_cells_never_start_a_formula_parquet_keeps_them(tmp_path):
    rows = [dict(HOSTILE, n_chars=5), {"doc_id": "'=quoted", "title": "-12", "n_chars": 6}]
    for fmt in ("csv", "parquet"):
        with TableWriters(tmp_path / fmt, fmt) as w:
            w.write("articles", rows)
            w.write("statements", [{"doc_id": "=1+2", "text": "=cmd|' /C calc'!A0", "start_char": 0}])
    raw = (tmp_path / "csv" / "articles.csv").read_text(encoding="utf-8")
    cells = [c for row in list(csv.reader(io.StringIO(raw)))[1:] for c in row]
    assert not [c for c in cells if c[:1] in ("=", "+", "@") or (c[:1] == "-" and c != "-12")], raw
    assert "'=1+2" in cells and "'@SUM(A1:A2)" in cells and "-12" in cells  # a plain number stays one
    statements = (tmp_path / "csv" / "statements.csv").read_text(encoding="utf-8")
    row = list(csv.reader(io.StringIO(statements)))[1]
    assert row[0] == "'=1+2" and "'=cmd\\|' /C calc'!A0" in row
    for fmt in ("csv", "parquet"):  # read back by pipeline (Tables.read, the report): the raw values
        got = read_table(tmp_path / fmt, "articles")
        assert got.loc[0, ["doc_id", "title", "url", "outlet", "path"]].tolist() == list(HOSTILE.values())
        assert got.loc[1, ["doc_id", "title"]].tolist() == ["'=quoted", "-12"]
        assert read_table(tmp_path / fmt, "statements").loc[0, "text"] == "=cmd|' /C calc'!A0"
    parquet = pd.read_parquet(tmp_path / "parquet" / "articles.parquet")
    assert parquet.loc[0, "title"] == HOSTILE["title"]  # raw in Parquet


# --- 7. no symlink followed in --out -----------------------------------------------------------------------


@pytest.mark.model
def test_symlinks_planted_in_out_are_not_followed(tmp_path, capsys, nlp):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(GOOD, encoding="utf-8")
    victims = tmp_path / "victims"
    victims.mkdir()
    out = tmp_path / "out"
    out.mkdir()
    for name in (".pipeline-write-test", "run.json.tmp"):
        (victims / name).write_text("precious", encoding="utf-8")
        (out / name).symlink_to(victims / name)
    (victims / "staging").mkdir()
    (victims / "staging" / "keep.txt").write_text("precious", encoding="utf-8")
    (out / ".staging").symlink_to(victims / "staging", target_is_directory=True)
    assert _extract([str(src), "--out", str(out)]) == 0
    assert (victims / ".pipeline-write-test").read_text(encoding="utf-8") == "precious"
    assert (victims / "run.json.tmp").read_text(encoding="utf-8") == "precious"
    assert os.listdir(victims / "staging") == ["keep.txt"]
    assert json.loads((out / "run.json").read_text(encoding="utf-8"))["status"] == "complete"
    # a planted .lock: refused (exit 2, one line), the file it points to untouched
    (victims / "lock").write_text("precious", encoding="utf-8")
    (out / ".lock").unlink()
    (out / ".lock").symlink_to(victims / "lock")
    capsys.readouterr()
    assert _extract([str(src), "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert err == f"pipeline: error: {out / '.lock'} is a symbolic link: not followed; remove it\n"
    assert (victims / "lock").read_text(encoding="utf-8") == "precious"


# --- 8. relative paths in run.json -------------------------------------------------------------------------


@pytest.mark.model
def test_run_json_holds_no_absolute_path(tmp_path, nlp, monkeypatch):
    src = tmp_path / "corpus" / "in"
    src.mkdir(parents=True)
    (src / "a.txt").write_text(GOOD, encoding="utf-8")
    out = tmp_path / "runs" / "out"
    assert _extract([str(src), "--out", str(out)]) == 0
    text = (out / "run.json").read_text(encoding="utf-8")
    assert str(tmp_path) not in text and "/work/" not in text and "site-packages" not in text, text
    run = json.loads(text)
    assert run["inputs"] == ["../../corpus/in"] and run["out"] == "."
    assert run["command"] == ["pipeline", "extract", "../../corpus/in", "--out", ".", "--quiet"]
    # the report finds the inputs from anywhere
    monkeypatch.chdir(tmp_path / "runs")
    from pipeline.cli import main

    assert main(["report", "out"]) == 0
    page = next((out / "report" / "articles").glob("*.html")).read_text(encoding="utf-8")
    assert "école de 300 élèves" in page
    # and the same job resumes
    assert _extract([str(src), "--out", str(out), "--resume"]) == 0


# --- 9. a lone surrogate is one error row, never a crash ---------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_lone_surrogates_are_error_rows(tmp_path, nlp, fmt):
    from faults import accounting

    src = tmp_path / "in"
    src.mkdir()
    lines = [
        {"id": "a1", "text": GOOD},
        {"id": "s1", "title": "\udc00", "text": GOOD},
        {"id": "\ud800x", "text": GOOD},
        {"id": "s3", "url": "https://example.org/\udfff", "text": GOOD},
        {"id": "s4", "text": GOOD + " \udc00"},
        {"id": "a2", "text": GOOD},
    ]
    (src / "feed.jsonl").write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    argv = [str(src), "--out", str(out), "--format", fmt, "--batch-size", "2"]
    assert _extract(argv) == 1
    expected = [("in/feed.jsonl", str(n), "BadUnicode") for n in (2, 3, 4, 5)]
    accounting(out, ["a1", "a2"], expected, fmt=fmt)
    errors = read_table(out, "errors").set_index("record")
    assert errors.loc[2, "message"] == "`title` holds a lone surrogate (\\udc00), which no file can store"
    assert _extract(argv + ["--resume"]) == 1  # the complete job: nothing to redo, no crash


# --- 10 and 2. every file accounted for, whatever the file system does -------------------------------------


def _lock_folders_named_locked(monkeypatch) -> None:
    """Folders named ``locked`` cannot be listed, as a folder without the read bit (root reads it anyway)."""
    scandir = os.scandir

    def locked_out(path="."):
        if not isinstance(path, int) and os.fspath(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return scandir(path)

    monkeypatch.setattr(os, "scandir", locked_out)


@pytest.mark.model
def test_file_system_oddities_are_error_rows(tmp_path, nlp, monkeypatch, request):
    from faults import accounting

    src = tmp_path / "in"
    src.mkdir()
    (src / "good.txt").write_text(GOOD, encoding="utf-8")
    with open(os.path.join(os.fsencode(src), b"caf\xe9.txt"), "wb") as f:
        f.write(GOOD.encode())
    long_text = (GOOD + " ") * 1400  # about 140,000 characters in one CSV field
    (src / "long.csv").write_text(f'id,text\r\nlong,"{long_text}"\r\n', encoding="utf-8")
    (src / "self.txt").symlink_to(src / "self.txt")
    deep = src / "deep"
    deep.mkdir()
    folders = [deep]
    for _ in range(1100):  # os.makedirs and shutil.rmtree recurse: too deep for them
        folders.append(folders[-1] / "d")
        folders[-1].mkdir()
    (folders[-1] / "x.txt").write_text(GOOD, encoding="utf-8")
    request.addfinalizer(
        lambda: [(f / "x.txt").unlink(missing_ok=True) or f.rmdir() for f in reversed(folders)]
    )
    (src / "locked").mkdir()
    (src / "locked" / "a.txt").write_text(GOOD, encoding="utf-8")
    _lock_folders_named_locked(monkeypatch)
    out = tmp_path / "out"
    assert _extract([str(src), "--out", str(out)]) == 1
    articles = ["in/good.txt", "long", "in/deep/" + "d/" * 1100 + "x.txt"]
    errors = [
        ("in/caf\\xe9.txt", "", "BadFileName"),
        ("in/self.txt", "", "Unreadable"),
        ("in/locked", "", "Unreadable"),
    ]
    accounting(out, articles, errors)
    got = read_table(out, "errors").set_index("path")["message"].to_dict()
    assert got["in/locked"] == "cannot read folder: Permission denied"
    assert got["in/caf\\xe9.txt"].startswith("the file name is not UTF-8")
    assert read_table(out, "articles").set_index("doc_id").loc["long", "n_chars"] == len(long_text)


@pytest.mark.model
def test_unreadable_input_folder_is_an_error_row(tmp_path, nlp, monkeypatch):
    from faults import accounting

    src = tmp_path / "locked"
    src.mkdir()
    (src / "a.txt").write_text(GOOD, encoding="utf-8")
    _lock_folders_named_locked(monkeypatch)
    out = tmp_path / "out"
    assert _extract([str(src), "--out", str(out)]) == 1
    accounting(out, [], [("locked", "", "Unreadable")])


# --- 11. usage errors are one line and exit 2 --------------------------------------------------------------


@pytest.mark.parametrize(
    ("config", "says"),
    [
        (None, "no such config: "),
        ("[nlp\nlang = \n", "cannot load the config "),
        (bytes(range(256)) * 4, "cannot load the config "),
    ],
    ids=["missing", "malformed", "binary"],
)
def test_bad_config_is_a_usage_error(tmp_path, capsys, config, says):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(GOOD, encoding="utf-8")
    cfg = tmp_path / "config.cfg"
    if isinstance(config, str):
        cfg.write_text(config, encoding="utf-8")
    elif config is not None:
        cfg.write_bytes(config)
    assert _extract([str(src), "--out", str(tmp_path / "out"), "--config", str(cfg)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"pipeline: error: {says}{cfg}") and err.count("\n") == 1, err
    assert not (tmp_path / "out" / "run.json").exists()


def test_lock_that_cannot_be_opened_is_a_usage_error(tmp_path, capsys, monkeypatch):
    from pipeline import output

    out = tmp_path / "out"
    out.mkdir()
    real = os.open

    def read_only(path, flags, *a):  # a .lock the user may not write (root writes it anyway)
        if os.fspath(path).endswith(".lock"):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real(path, flags, *a)

    monkeypatch.setattr(output.os, "open", read_only)
    (tmp_path / "in").mkdir()
    assert _extract([str(tmp_path / "in"), "--out", str(out)]) == 2
    assert capsys.readouterr().err == f"pipeline: error: cannot open {out / '.lock'}: Permission denied\n"


# --- 1 and 3. a resume that knows its inputs; --out never the input -----------------------------------------


def _interrupted_run(monkeypatch, argv: list[str], after: int) -> None:
    """A run of ``argv`` stopped by Ctrl-C after ``after`` records (its staging area kept for --resume)."""
    import signal

    from pipeline import output

    real, calls = output.Staging.done_record, {"n": 0}

    def stop(self, key, stats):
        real(self, key, stats)
        calls["n"] += 1
        if calls["n"] == after:
            raise KeyboardInterrupt

    with monkeypatch.context() as m:
        m.setattr(output.Staging, "done_record", stop)
        assert _extract(argv) == 128 + signal.SIGINT


@pytest.mark.model
@pytest.mark.parametrize("change", ["line added on top", "file edited", "file removed", "file added"])
def test_resume_refuses_changed_inputs_and_names_the_file(tmp_path, nlp, monkeypatch, capsys, change):
    src = tmp_path / "in"
    src.mkdir()
    lines = [json.dumps({"id": f"j{i}", "text": f"{GOOD} ({i})"}) for i in range(8)]
    (src / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (src / "a.txt").write_text(GOOD, encoding="utf-8")
    out = tmp_path / "out"
    argv = [str(src), "--out", str(out), "--batch-size", "2"]
    _interrupted_run(monkeypatch, argv, after=4)
    name = "in/feed.jsonl"
    if change == "line added on top":
        (src / "feed.jsonl").write_text(
            json.dumps({"id": "new", "text": GOOD}) + "\n" + "\n".join(lines) + "\n"
        )
    elif change == "file edited":  # same size, same mtime: only the content hash tells
        st = os.stat(src / "a.txt")
        (src / "a.txt").write_text(GOOD.replace("Metz", "Nice"), encoding="utf-8")
        os.utime(src / "a.txt", ns=(st.st_atime_ns, st.st_mtime_ns))
        name = "in/a.txt"
    elif change == "file removed":
        (src / "a.txt").unlink()
        name = "in/a.txt"
    else:
        (src / "b.txt").write_text(GOOD, encoding="utf-8")
        name = "in/b.txt"
    capsys.readouterr()
    assert _extract(argv + ["--resume"]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"pipeline: error: cannot resume: {name} ") and err.count("\n") == 1, err
    assert "since the interrupted run" in err and not (out / "run.json").exists()
    assert _extract(argv) == 0  # started afresh: the tables of the inputs as they are now
    ids = sorted(read_table(out, "articles")["doc_id"])
    assert len(ids) == len(set(ids)) and not len(read_table(out, "errors"))


@pytest.mark.model
def test_out_equal_to_an_input_is_a_usage_error(tmp_path, capsys):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(GOOD, encoding="utf-8")
    for out in (src, tmp_path):  # the input folder itself, or a folder holding it
        assert _extract([str(src), "--out", str(out)]) == 2
        err = capsys.readouterr().err
        assert err == f"pipeline: error: --out {out} holds the input {src}: choose another folder\n"
    assert sorted(os.listdir(src)) == ["a.txt"]


# --- 12. evaluate and report validate their input: one line, exit 2 ----------------------------------------

DOC = {"id": "a", "text": "Le 5 mai, 300 élèves.", "dct": "2020-05-01"}
TIMEX = {"start": 3, "end": 8, "value": "2020-05-05", "type": "DATE"}


def _gold_line(**changes) -> str:
    return json.dumps({k: v for k, v in dict(DOC, **changes).items() if v is not ...})


@pytest.mark.parametrize(
    "content, says",
    [
        ('{"id": "a", "text": "x"\n', "line 1: not JSON (Expecting ',' delimiter)"),
        ("[1, 2]\n", "line 1: not a JSON object"),
        (_gold_line(id=...) + "\n", 'line 1: no "id"'),
        (_gold_line() + "\n" + _gold_line(id="b", text=...) + "\n", 'line 2: no "text"'),
        (_gold_line(text=3) + "\n", 'line 1: "text" is not a string'),
        (_gold_line(timex=None) + "\n", 'line 1: "timex" is not a list of objects'),
        (_gold_line(timex=[dict(TIMEX, start="3")]) + "\n", 'line 1: timex 1: "start" is not an integer'),
        (
            _gold_line(timex=[dict(TIMEX, end=80)]) + "\n",
            "line 1: timex 1: 3-80 is not within the text (21 characters)",
        ),
        (_gold_line(figures=[{"start": 9}]) + "\n", 'line 1: figures 1: no "end"'),
        (
            _gold_line(figures=[{"start": 9, "end": 12, "source": 0}]) + "\n",
            'line 1: figures 1: "source" 0 is not one of its 0 attributions',
        ),
        (_gold_line(attributions=[{"kind": "x"}]) + "\n", 'line 1: attributions 1: no "cue"'),
        (
            _gold_line(attributions=[{"cue": [1, "2"]}]) + "\n",
            'line 1: attributions 1: "cue" is not [start, end]',
        ),
        ("", "no gold document"),
        ("\n\n", "no gold document"),
        (b"\xff\xfe{}\n", "not UTF-8 text"),
    ],
)
def test_evaluate_rejects_malformed_gold(tmp_path, capsys, content, says):
    from pipeline.cli import main

    path = tmp_path / "gold.jsonl"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    assert main(["evaluate", str(path)]) == 2
    assert capsys.readouterr().err == f"pipeline: error: {path}: {says}\n"


def test_evaluate_rejects_a_folder_without_gold(tmp_path, capsys):
    from pipeline.cli import main

    (tmp_path / "notes.txt").write_text("x", encoding="utf-8")
    assert main(["evaluate", str(tmp_path)]) == 2
    assert capsys.readouterr().err == f"pipeline: error: {tmp_path}: no *.jsonl gold file in this folder\n"


def _run_folder(tmp_path, fmt: str = "csv"):
    out = tmp_path / "out"
    with TableWriters(out, fmt) as w:
        w.write("articles", [{"doc_id": "a", "title": "T", "n_chars": 21, "n_figures": 2}])
        w.write("figures", [
            {"doc_id": "a", "fig_id": i, "start_char": s, "end_char": s + 3, "text": "300", "value": 300.0}
            for i, s in enumerate((10, 14))
        ])  # fmt: skip
        w.write("errors", [])
    counts = {"articles": 1, "figures": 2, "errors": 0}
    (out / "run.json").write_text(json.dumps({"counts": counts, "status": "complete"}), encoding="utf-8")
    return out


def _report(out, capsys) -> tuple[int, str]:
    from pipeline.cli import main

    capsys.readouterr()
    status = main(["report", str(out)])
    return status, capsys.readouterr().err


def _cut_csv_column(out, table, column, value):
    lines = (out / f"{table}.csv").read_text(encoding="utf-8").splitlines()
    header = lines[0].split(",")
    cells = lines[1].split(",")
    cells[header.index(column)] = value
    (out / f"{table}.csv").write_text(
        "\n".join([lines[0], ",".join(cells), *lines[2:]]) + "\n", encoding="utf-8"
    )


@pytest.mark.parametrize(
    "spoil, says",
    [
        (lambda out: (out / "run.json").write_text("{", encoding="utf-8"),
         "run.json: not JSON (Expecting property name enclosed in double quotes)"),
        (lambda out: (out / "run.json").write_text("[1]", encoding="utf-8"), "run.json: not a JSON object"),
        (lambda out: (out / "run.json").write_text('{"counts": [1]}', encoding="utf-8"),
         'run.json: "counts" is not an object'),
        (lambda out: _cut_csv_column(out, "figures", "start_char", "abc"),
         "figures.csv: cannot be read as the figures table "
         "(Failed to parse string: 'abc' as a scalar of type int64: Error while type casting for column "
         "'start_char')"),
        (lambda out: (out / "errors.csv").write_bytes(b""), "errors.csv: empty file (not even a header)"),
        (lambda out: (out / "figures.csv").write_bytes(b"\xff\xfe\x00x\n"), "figures.csv: not UTF-8 text"),
    ],
)  # fmt: skip
def test_report_rejects_malformed_run_folders(tmp_path, capsys, spoil, says):
    out = _run_folder(tmp_path)
    spoil(out)
    status, err = _report(out, capsys)
    assert (status, err) == (2, f"pipeline: error: {out}: {says}\n")
    assert not (out / "report" / "index.html").exists()


def test_report_rejects_a_corrupt_parquet_table(tmp_path, capsys):
    out = _run_folder(tmp_path, "parquet")
    (out / "figures.parquet").write_bytes(b"PAR1 not a parquet file")
    status, err = _report(out, capsys)
    assert status == 2
    assert err.startswith(f"pipeline: error: {out}: figures.parquet: cannot be read as the figures table (")
    assert err.count("\n") == 1


def _keep_lines(path, n: int) -> None:
    path.write_text("".join(path.read_text(encoding="utf-8").splitlines(keepends=True)[:n]), encoding="utf-8")


# --- 4. a report never shows a part of the run without a word -----------------------------------------------


@pytest.mark.parametrize(
    "spoil, says",
    [
        (lambda out: (out / "figures.csv").unlink(),
         "the figures table is missing (run.json counts 2 rows); the report would show a part of the run"),
        (lambda out: _keep_lines(out / "figures.csv", 2),
         "figures.csv holds 1 row, run.json counts 2: the table is cut or was changed; the report would "
         "show a part of the run"),
        (lambda out: (out / "figures.csv").write_bytes((out / "figures.csv").read_bytes()[:-4]),
         "figures.csv is cut (its last line does not end): the report would show a part of the run"),
    ],
)  # fmt: skip
def test_report_refuses_missing_or_cut_tables(tmp_path, capsys, spoil, says):
    out = _run_folder(tmp_path)
    assert _report(out, capsys)[0] == 0  # whole, it builds
    spoil(out)
    status, err = _report(out, capsys)
    assert (status, err) == (2, f"pipeline: error: {out}: {says}\n")


SPEAKERS_GOLD = (
    "# Speakers gold\n=== s1 | 2025-01-06 | Le Matin\nLa ministre Hélène Marchand a annoncé 200 postes.\n"
)
HM = "Hélène Marchand | person"


@pytest.mark.parametrize(
    "lines, says",
    [
        ("", "no gold article"),
        ("@ a annoncé | Hélène Marchand\n", 'line 4: "@ cue | speaker | type | how" has 2 fields, not 4'),
        (f"@ a annoncé | {HM} | guess\n",
         "line 4: how 'guess' is not one of pronoun, relative, possessive, description, short, name, skip"),
        (f"@ a annoncé#x | {HM} | name\n", "line 4: 'a annoncé#x': the occurrence is not a number"),
        (f"@ a déclaré | {HM} | name\n", "line 4: cue 'a déclaré' is not in the article's text"),
        (f"@ a annoncé#2 | {HM} | name\n", "line 4: cue 'a annoncé' is not 2 times in the article's text"),
        ("gender: Hélène Marchand\n", 'line 4: "gender: Speaker = female|male|unclear" has no " = "'),
        ("=== s2 | 2025-01-06\n", 'line 4: "=== id | published | outlet" has 2 fields, not 3'),
    ],
)  # fmt: skip
def test_evaluate_rejects_malformed_speakers_gold(tmp_path, capsys, lines, says):
    from pipeline.cli import main

    path = tmp_path / "gold.txt"
    path.write_text(SPEAKERS_GOLD + lines if lines else "# Speakers gold\n", encoding="utf-8")
    assert main(["evaluate", str(path)]) == 2
    assert capsys.readouterr().err == f"pipeline: error: {path}: {says}\n"


def test_evaluate_rejects_speakers_gold_lines_before_an_article(tmp_path, capsys):
    from pipeline.cli import main

    path = tmp_path / "gold.txt"
    path.write_text("# Speakers gold\n@ a annoncé | X | person | name\n", encoding="utf-8")
    assert main(["evaluate", str(path)]) == 2
    says = 'line 2: before any "=== id | published | outlet"'
    assert capsys.readouterr().err == f"pipeline: error: {path}: {says}\n"


ANNOTATION = {"id": "Europar.550_00001", "figures": [], "attributions": []}


@pytest.mark.parametrize(
    "changes, says",
    [
        ({"figures": None}, 'line 1: "figures" is not a list of objects'),
        ({"figures": [{"start": "1", "end": 3}]}, 'line 1: figures 1: "start" is not an integer'),
        ({"figures": [{"start": 1, "end": 3, "source": "x"}]}, 'line 1: figures 1: "source" is not an index'),
        ({"attributions": [{"cue": [0, "4"]}]}, 'line 1: attributions 1: "cue" is not [start, end]'),
        ({"attributions": [{"cue": [0, 4], "source": [0, 2], "source_sentence": 3}]},
         'line 1: attributions 1: "source_sentence" is not a sentence id'),
        ({"id": 7}, 'line 1: "id" is not a sentence id'),
    ],
)  # fmt: skip
def test_evaluate_rejects_malformed_annotations(tmp_path, capsys, changes, says):
    """Annotation files (no text, joined with the corpora) are checked before the corpora are read."""
    from pipeline.cli import main

    path = tmp_path / "batch.jsonl"
    path.write_text(json.dumps(dict(ANNOTATION, **changes)) + "\n", encoding="utf-8")
    assert main(["evaluate", str(path), "--corpora", str(tmp_path)]) == 2
    assert capsys.readouterr().err == f"pipeline: error: {path}: {says}\n"
