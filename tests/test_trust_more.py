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
