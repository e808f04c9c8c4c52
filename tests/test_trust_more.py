"""Issue 22, the rest: --out inside an input, CSV cells led by a tab or a carriage return, a report that
writes through no link, a SIGTERM while the run starts, and the smaller defects (UTF-16 files, an empty
quoted CSV cell, ids, titles and URLs that are not strings, one dtype for errors.record). Each test was
written before its fix and failed on the code of the time."""

from __future__ import annotations

import pytest
from test_trust import GOOD, _extract

# --- 2. --out inside an input folder is a usage error -------------------------------------------------------


class WentOn(BaseException):
    """The run went past its usage checks (a BaseException: no handler of the command takes it)."""


def _no_model(monkeypatch) -> None:
    """A usage error is found before the model loads; a run that goes on stops there."""
    import pipeline.nlp
    from pipeline.engines import dask as engine

    def refuse(*a, **k):
        raise WentOn

    monkeypatch.setattr(pipeline.nlp, "load", refuse)
    monkeypatch.setattr(engine, "run", refuse)


@pytest.mark.parametrize("engine", ["local", "dask"])
def test_out_inside_an_input_is_a_usage_error(tmp_path, capsys, monkeypatch, engine):
    _no_model(monkeypatch)
    src = tmp_path / "in"
    (src / "sub").mkdir(parents=True)
    (src / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "link").symlink_to(src / "sub", target_is_directory=True)
    inside = [
        src / "out",
        src / "sub" / "deep" / "out",
        tmp_path / "in" / ".." / "in" / "x",
        tmp_path / "link",
    ]
    for out in inside:
        capsys.readouterr()
        assert _extract([str(src), "--out", str(out), "--engine", engine]) == 2
        assert capsys.readouterr().err == (
            f"pipeline: error: --out {out} is inside the input {src}: the next run would read its tables "
            "as articles; choose a folder outside it\n"
        )
    assert sorted(p.relative_to(src).as_posix() for p in src.rglob("*")) == ["a.txt", "sub"]
    # the input folder itself, or a folder holding it: refused as before
    capsys.readouterr()
    assert _extract([str(src), "--out", str(tmp_path), "--engine", engine]) == 2
    assert capsys.readouterr().err == (
        f"pipeline: error: --out {tmp_path} holds the input {src}: choose another folder\n"
    )
    # a file given as input: its folder may hold the output
    with pytest.raises(WentOn):
        _extract([str(src / "a.txt"), "--out", str(src / "sub" / "out"), "--engine", engine])


# --- 3. CSV cells led by a tab or a carriage return are neutralised too ----------------------------------


def test_csv_cells_led_by_tab_or_carriage_return_are_neutralised(tmp_path):
    import csv
    import io

    import pandas as pd

    from pipeline.writers import TableWriters, cell, read_table

    values = ["\t=1+2", '\r=HYPERLINK("http://evil.example","clic")', "\tdébut", "'\tx", "\r\n+1", "a\tb"]
    rows = [{"doc_id": f"d{i}", "title": v, "n_chars": 3} for i, v in enumerate(values)]
    for fmt in ("csv", "parquet"):
        with TableWriters(tmp_path / fmt, fmt) as w:
            w.write("articles", rows)
    raw = (tmp_path / "csv" / "articles.csv").read_bytes().decode("utf-8")
    titles = [row[2] for row in list(csv.reader(io.StringIO(raw, newline="")))[1:]]
    assert titles == ["'\t=1+2", "'\r=HYPERLINK(\"http://evil.example\",\"clic\")", "'\tdébut", "''\tx",
                      "'\r\n+1", "a\tb"]  # fmt: skip
    for fmt in ("csv", "parquet"):  # read back by pipeline: the values as given
        assert read_table(tmp_path / fmt, "articles")["title"].tolist() == values, fmt
    assert pd.read_parquet(tmp_path / "parquet" / "articles.parquet")["title"].tolist() == values  # raw
    assert cell("") == "" and cell("x\t") == "x\t"


# --- 4. pipeline report writes through no link --------------------------------------------------------------


def _victims(tmp_path):
    """Files and a folder outside the run folder that a planted link points to."""
    victims = tmp_path / "victims"
    (victims / "dir").mkdir(parents=True)
    for name in ("file", "dir/old.html", "dir/report.css"):
        (victims / name).write_text("precious", encoding="utf-8")
    return victims


def _untouched(victims) -> bool:
    files = sorted(p.relative_to(victims).as_posix() for p in victims.rglob("*"))
    texts = {p.read_text(encoding="utf-8") for p in victims.rglob("*") if p.is_file()}
    return files == ["dir", "dir/old.html", "dir/report.css", "file"] and texts == {"precious"}


def test_report_refuses_a_planted_report_link(tmp_path, capsys):
    from test_trust import _report, _run_folder

    out = _run_folder(tmp_path)
    victims = _victims(tmp_path)
    (out / "report").symlink_to(victims / "dir", target_is_directory=True)
    status, err = _report(out, capsys)
    assert (status, err) == (
        2,
        f"pipeline: error: {out}: report is a symbolic link: not followed; remove it\n",
    )
    assert _untouched(victims)


def test_report_writes_through_no_link_inside_it(tmp_path, capsys):
    from test_trust import _report, _run_folder

    from pipeline.report.pages import page_name

    out = _run_folder(tmp_path)
    victims = _victims(tmp_path)
    report = out / "report"
    report.mkdir()
    for name in ("index.html", "speakers.html", "figure_groups.csv"):
        (report / name).symlink_to(victims / "file")
    for name in ("articles", "static", "speakers"):
        (report / name).symlink_to(victims / "dir", target_is_directory=True)
    assert _report(out, capsys)[0] == 0
    assert _untouched(victims)
    for name in ("index.html", "speakers.html", "figure_groups.csv", "articles", "static", "speakers"):
        assert not (report / name).is_symlink(), name
    assert (report / "static" / "report.css").read_text(encoding="utf-8") != "precious"
    assert [p.name for p in (report / "articles").iterdir()] == [page_name("a")]
    assert "<html" in (report / "index.html").read_text(encoding="utf-8")


# --- 5. a SIGTERM while the command starts: one line, 143 ---------------------------------------------------

STOP_AT = """
import os, signal, sys
import pipeline.cli as cli, pipeline.output as output
real = {at}
def stop(*a, **k):
    os.kill(os.getpid(), signal.SIG{sig})
    return real(*a, **k)
{at} = stop
sys.exit(cli.main(sys.argv[1:]))
"""


@pytest.mark.parametrize(
    "at, sig",
    [("cli.parser", "TERM"), ("cli.parser", "INT"), ("output.writable", "TERM")],
    ids=["building the parser", "Ctrl-C building the parser", "checking --out"],
)
def test_a_signal_while_starting_is_one_line(tmp_path, at, sig):
    """The signal is sent from inside the command at a point before its run starts (where it killed the
    process without a word), the same moment every time."""
    import signal
    import subprocess
    import sys

    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(GOOD, encoding="utf-8")
    argv = ["extract", str(src), "--out", str(tmp_path / "out"), "--quiet"]
    script = STOP_AT.format(at=at, sig=sig)
    done = subprocess.run([sys.executable, "-c", script, *argv], capture_output=True, text=True, timeout=120)
    signum = getattr(signal, f"SIG{sig}")
    assert (done.returncode, done.stderr) == (
        128 + signum,
        f"pipeline: interrupted (SIG{sig}) before the run started; nothing was written: run the same "
        "command again\n",
    )
    assert not (tmp_path / "out" / "run.json").exists()


# --- 6. the smaller defects ---------------------------------------------------------------------------------


def _read(path):
    from pipeline.readers import read_inputs

    return list(read_inputs([path]))


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_utf16_text_files_are_read(tmp_path, encoding):
    """A spreadsheet's "Unicode text" export: UTF-16 with its byte order mark (``utf-16`` writes one; the
    others are given theirs by hand); a text, a CSV and a JSONL file."""
    import codecs

    from pipeline.readers import Record

    bom = {"utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE}.get(encoding, b"")
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_bytes(bom + f"Titre\n\n{GOOD}\n".encode(encoding))
    (src / "b.csv").write_bytes(bom + f'id,text\r\nb1,"{GOOD}"\r\nb2,Deux élèves.\r\n'.encode(encoding))
    lines = "".join(f'{{"id": "j{i}", "text": "Élève {i}, à Noël."}}\n' for i in range(3))
    (src / "c.jsonl").write_bytes(bom + lines.encode(encoding))
    got = _read(src)
    assert [type(r).__name__ for r in got] == ["Record"] * 6, got
    assert [(r.doc_id, r.record, r.text) for r in got if isinstance(r, Record)] == [
        ("in/a.txt", None, f"Titre\n\n{GOOD}\n"),
        ("b1", 1, GOOD),
        ("b2", 2, "Deux élèves."),
        ("j0", 1, "Élève 0, à Noël."),
        ("j1", 2, "Élève 1, à Noël."),
        ("j2", 3, "Élève 2, à Noël."),
    ]
    assert got[0].title == "Titre"


def test_a_broken_utf16_file_is_one_error_row(tmp_path):
    import json

    (tmp_path / "a.txt").write_bytes("\ufeffBonjour".encode("utf-16-le") + b"\x00\xd8")  # a lone surrogate
    line = (json.dumps({"id": "a", "text": "Un."}) + "\n").encode("utf-16-le")  # 54 bytes
    (tmp_path / "b.jsonl").write_bytes(b"\xff\xfe" + line + b"\x00\xd8x\x00\n\x00")
    got = [(e.path, e.error, e.message) for e in _read(tmp_path)]
    says = "UTF-16 (byte order mark) but not valid UTF-16"
    name = tmp_path.name
    assert got == [
        (f"{name}/a.txt", "BadEncoding", f"{says}: unexpected end of data at byte 16"),
        (f"{name}/b.jsonl", "BadEncoding", f"{says}: illegal UTF-16 surrogate at byte 56"),
    ]


def test_an_empty_csv_text_cell_is_empty_text(tmp_path):
    path = tmp_path / "a.csv"
    path.write_text(f'id,text,title\r\na1,"",T\r\na2,,T\r\na3,"  ",T\r\na4,"{GOOD}",\r\n', encoding="utf-8")
    got = [(r.record, r.error, r.message) for r in _read(path) if hasattr(r, "error")]
    assert got == [(n, "EmptyText", "`text` is empty") for n in (1, 2, 3)]


@pytest.mark.parametrize("field", ["id", "title", "url", "source"])
@pytest.mark.parametrize("value", [["a", "b"], {"x": 1}, True])
def test_fields_that_are_not_text_are_an_error_row(tmp_path, field, value):
    import json

    path = tmp_path / "feed.jsonl"
    lines = [{"id": "ok", "text": GOOD}, {"id": "bad", "text": GOOD, field: value}, {"text": GOOD, "id": 7}]
    path.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    got = _read(path)
    assert [getattr(r, "doc_id", None) for r in got] == ["ok", None, "7"]  # a number is an id as written
    kind = {list: "list", dict: "dict", bool: "bool"}[type(value)]
    assert (got[1].record, got[1].error, got[1].message) == (
        2,
        "BadField",
        f"`{field}` must be text, got {kind}",
    )


@pytest.mark.model
def test_errors_record_is_int64_from_every_writer(tmp_path, nlp):
    """One machine's Parquet and CSV read back, and the API: Int64 (the cluster's, in test_dask, equals the
    API's frames, dtypes included)."""
    import pandas as pd

    import pipeline
    from pipeline.writers import read_table

    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("", encoding="utf-8")
    (src / "feed.jsonl").write_text('{"id": "x"}\n{"id": "y", "text": "Deux."}\n', encoding="utf-8")
    for fmt in ("csv", "parquet"):
        assert _extract([str(src), "--out", str(tmp_path / fmt), "--format", fmt]) == 1
        assert read_table(tmp_path / fmt, "errors")["record"].tolist() == [pd.NA, 1], fmt
    assert str(pd.read_parquet(tmp_path / "parquet" / "errors.parquet")["record"].dtype) == "Int64"
    assert str(read_table(tmp_path / "csv", "errors")["record"].dtype) == "Int64"
    assert str(pipeline.extract([src]).errors["record"].dtype) == "Int64"


def test_a_utf16_jsonl_file_is_planned_whole_for_dask(tmp_path):
    """The cluster cuts a large JSONL file into byte ranges split on b"\\n": a UTF-16 one is read whole, by
    one partition, and every record is counted in the plan (its accounting is checked before publishing)."""
    from pipeline.engines.plan import local_plan, read_partition

    src = tmp_path / "in"
    src.mkdir()
    lines = "".join(f'{{"id": "j{i}", "text": "Élève {i}, à Noël."}}\n' for i in range(200))
    (src / "wide.jsonl").write_bytes(lines.encode("utf-16"))
    (src / "plain.jsonl").write_text(lines.replace('"j', '"p'), encoding="utf-8")
    expected = _read(src)
    assert len(expected) == 400 and all(hasattr(r, "text") for r in expected)
    for n in (1, 3, 8):
        parts = local_plan([src], n)
        assert [item for p in parts for item in read_partition(p)] == expected, n
        assert sum(p.records for p in parts) == 400, n


def _staged_run(out, n: int, every: int = 1, stop: int | None = None):
    """``n`` records of hand-built rows (two figures each) staged in Parquet with a checkpoint every
    ``every``; ``stop``: closed after that many records, as a killed run leaves it."""
    from pipeline.output import Staging

    staging = Staging(
        out, "parquet", {"job": 1}, resume=stop is None and (out / ".staging").exists(), every=every
    )
    for i in range(staging.resumed, n if stop is None else stop):
        staging.write("articles", [{"doc_id": f"d{i}", "n_chars": 10 + i, "title": f"Titre {i}"}])
        staging.write(
            "figures", [{"doc_id": f"d{i}", "fig_id": k, "text": f"{i}", "value": float(i)} for k in (0, 1)]
        )
        staging.done_record(f"r{i}", {"n": i + 1})
    if stop is not None:
        staging.close()
        return None
    staging.checkpoint({"n": n})
    return staging


def test_parquet_staging_stays_small_with_small_batches(tmp_path):
    """With a checkpoint per record, the staged parts are merged as they accumulate: the staging area stays
    within a few times the tables (it was 14 times them: one Parquet file, its footer most of it, per
    checkpoint and table); an interrupted run resumes to the same rows, none twice."""
    import shutil

    import pandas as pd

    staging = _staged_run(tmp_path / "a", 300)
    parts = list((tmp_path / "a" / ".staging" / "figures").glob("part-*.parquet"))
    assert len(parts) < 70, len(parts)
    paths = staging.finish()
    figures = pd.read_parquet(paths["figures"])
    assert figures["doc_id"].tolist() == [f"d{i}" for i in range(300) for _ in (0, 1)]
    staged = sum(p.stat().st_size for p in (tmp_path / "a" / ".staging" / "figures").iterdir())
    # 130 times the table before; rows this small, the last singles' footers still count (2,000 records of
    # real-sized rows, a checkpoint each: 154 MB staged for 11 MB of tables before, 24 MB after)
    assert staged < 10 * paths["figures"].stat().st_size, staged
    # killed after 170 records (the last checkpoint holds them), resumed: the same rows
    _staged_run(tmp_path / "b", 300, stop=170)
    folder = tmp_path / "b" / ".staging" / "figures"
    merged = sorted(folder.glob("part-*-*.parquet"))[0]  # a crash after a merge, before its singles went
    shutil.copy(merged, folder / f"part-{merged.stem.split('-')[1]}.parquet")
    resumed = _staged_run(tmp_path / "b", 300)
    assert resumed.resumed == 170
    again = pd.read_parquet(resumed.finish()["figures"])
    pd.testing.assert_frame_equal(again, figures)


# --- Tables.save: the files of the folder it writes are made anew, never through a planted link ----------


def test_tables_save_writes_through_no_link(tmp_path, capsys):
    from test_trust import _run_folder

    from pipeline import Tables

    tables = Tables.read(_run_folder(tmp_path))
    out = tmp_path / "saved"
    out.mkdir()
    victim = tmp_path / "victim.txt"
    victim.write_text("precious", encoding="utf-8")
    for name in ("texts.jsonl", "run.json", "articles.csv", "speakers.csv"):
        (out / name).symlink_to(victim)
    tables.save(out)
    assert victim.read_text(encoding="utf-8") == "precious"
    for name in ("texts.jsonl", "run.json", "articles.csv", "speakers.csv"):
        assert not (out / name).is_symlink(), name
    assert Tables.read(out).texts == tables.texts
