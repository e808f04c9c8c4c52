"""Schema and writers: stable columns, headers for empty tables, RFC 4180 quoting, dtypes, Parquet."""

import csv
import errno
import json
import os

import pandas as pd
import pytest

from pipeline.output import (
    OutputBusy,
    OutputFailure,
    Staging,
    lock,
    pending_publication,
    publish,
    record_key,
)
from pipeline.schema import TABLES
from pipeline.writers import TableWriters, cell, frame

ERROR = {"path": "a.jsonl", "record": 1, "stage": "read", "error": "BadJSON", "message": "line 1"}


def test_every_table_has_doc_id_and_documented_columns():
    for name, table in TABLES.items():
        assert len(set(table.names)) == len(table.names), name
        if name != "errors":
            assert table.names[0] == "doc_id"
        for c in table.columns:
            assert c.dtype in {"string", "Int64", "Float64", "boolean"} and c.meaning and c.example, (
                name,
                c.name,
            )
    for name in ("entities", "figures", "dates", "statements"):
        assert {"sent_id", "start_char", "end_char", "text"} <= set(TABLES[name].names)


def test_cells():
    assert [cell(None), cell(2500000.0), cell(0.1), cell(True), cell(3), cell(float("nan"))] == [
        "",
        "2500000.0",
        "0.1",
        "True",
        "3",
        "",
    ]


def test_csv_headers_quoting_and_empty_tables(tmp_path):
    with TableWriters(tmp_path) as w:
        w.write(
            "errors",
            [
                {
                    "path": 'a "b", c.txt',
                    "record": 3,
                    "stage": "read",
                    "error": "X",
                    "message": "ligne 1\nligne 2",
                }
            ],
        )
    for name, table in TABLES.items():
        with open(tmp_path / f"{name}.csv", encoding="utf-8", newline="") as f:
            rows = list(csv.reader(f))
        assert rows[0] == table.names
        assert len(rows) == (2 if name == "errors" else 1)
    raw = (tmp_path / "errors.csv").read_bytes()
    assert b'"a ""b"", c.txt",3,read,,X,"ligne 1\nligne 2"\r\n' in raw
    df = pd.read_csv(tmp_path / "errors.csv")
    assert df.loc[0, "message"] == "ligne 1\nligne 2"


def test_frame_dtypes_and_parquet_roundtrip(tmp_path):
    rows = [
        {
            "doc_id": "d",
            "fig_id": 0,
            "sent_id": 1,
            "start_char": 5,
            "end_char": 11,
            "text": "25 000",
            "value": 25000.0,
            "low": 25000.0,
            "high": 25000.0,
            "qualifier": "approx",
            "unit": "travailleur",
            "per": None,
            "kind": "count",
            "source_key": None,
            "hedged": False,
        }
    ]
    df = frame(TABLES["figures"], rows)
    assert list(df.columns) == TABLES["figures"].names
    assert str(df["value"].dtype) == "Float64" and str(df["fig_id"].dtype) == "Int64"
    assert df["source_key"].isna().all()
    with TableWriters(tmp_path, "parquet") as w:
        w.write("figures", rows)
    back = pd.read_parquet(tmp_path / "figures.parquet")
    assert list(back.columns) == TABLES["figures"].names
    assert back.loc[0, "value"] == 25000.0 and back.loc[0, "unit"] == "travailleur"
    assert len(pd.read_parquet(tmp_path / "dates.parquet")) == 0


def test_unknown_format(tmp_path):
    with pytest.raises(ValueError):
        TableWriters(tmp_path, "xlsx")


def error_rows(n, start=1):
    return [dict(ERROR, record=i) for i in range(start, start + n)]


def test_lock_refuses_a_second_run(tmp_path):
    with lock(tmp_path):
        with pytest.raises(OutputBusy, match=f"{tmp_path} is in use by another run \\(pid {os.getpid()}\\)"):
            with lock(tmp_path):
                pass
    with lock(tmp_path):  # released with the first
        pass


def test_staging_resumes_from_the_last_checkpoint(tmp_path):
    job = {"inputs": ["x"]}
    s = Staging(tmp_path, "csv", job, every=2)
    for i in (1, 2, 3):
        s.write("errors", error_rows(1, i))
        s.done_record(record_key("a.jsonl", i), {"n": i})
    s.close()  # record 3 was staged but never checkpointed (a kill here)
    s = Staging(tmp_path, "csv", job, resume=True, every=2)
    assert s.done == {record_key("a.jsonl", 1), record_key("a.jsonl", 2)} and s.stats == {"n": 2}
    s.write("errors", error_rows(1, 3))
    s.done_record(record_key("a.jsonl", 3), {"n": 3})
    s.checkpoint({"n": 3})
    s.finish()
    publish(tmp_path, "csv", {"counts": {}})
    assert pd.read_csv(tmp_path / "errors.csv")["record"].tolist() == [1, 2, 3]
    assert json.loads((tmp_path / "run.json").read_text())["status"] == "complete"
    assert not (tmp_path / ".staging").exists()


def test_resume_refuses_another_job(tmp_path):
    Staging(tmp_path, "csv", {"inputs": ["x"]}).close()
    with pytest.raises(ValueError, match="not the job that was interrupted \\(inputs\\)"):
        Staging(tmp_path, "csv", {"inputs": ["y"]}, resume=True)


def test_a_manifest_line_cut_by_a_crash_is_not_a_checkpoint(tmp_path):
    s = Staging(tmp_path, "csv", {}, every=1)
    s.write("errors", error_rows(1))
    s.done_record(record_key("a.jsonl", 1), {})
    s.write("errors", error_rows(1, 2))
    s.done_record(record_key("a.jsonl", 2), {})
    s.close()
    manifest = tmp_path / ".staging" / "manifest.jsonl"
    manifest.write_bytes(manifest.read_bytes()[:-5])  # the last line cut mid-way
    s = Staging(tmp_path, "csv", {}, resume=True)
    assert s.done == {record_key("a.jsonl", 1)}
    s.finish()
    publish(tmp_path, "csv", {})
    assert pd.read_csv(tmp_path / "errors.csv")["record"].tolist() == [1]


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_full_disk_rolls_back_to_whole_rows(tmp_path, monkeypatch, fmt):
    """ENOSPC halfway through a write: the staged table goes back to its last checkpoint, never a cut row."""
    s = Staging(tmp_path, fmt, {}, every=1)
    s.write("errors", error_rows(1))
    s.done_record(record_key("a.jsonl", 1), {})
    if fmt == "csv":
        real = os.pwrite

        def half_then_full(fd, data, offset):
            real(fd, data[: len(data) // 2], offset)
            raise OSError(errno.ENOSPC, "No space left on device")

        monkeypatch.setattr(os, "pwrite", half_then_full)
    else:
        import pyarrow.parquet as pq

        def full(*a, **k):
            raise OSError(errno.ENOSPC, "No space left on device")

        monkeypatch.setattr(pq, "write_table", full)
    with pytest.raises(OutputFailure, match="No space left on device"):
        s.write("errors", error_rows(5, 2))
        s.done_record(record_key("a.jsonl", 2), {})
    monkeypatch.undo()
    s.close()
    s = Staging(tmp_path, fmt, {}, resume=True)
    s.finish()
    publish(tmp_path, fmt, {})
    back = (
        pd.read_csv(tmp_path / "errors.csv") if fmt == "csv" else pd.read_parquet(tmp_path / "errors.parquet")
    )
    assert back["record"].tolist() == [1]


def test_publication_replaces_the_other_format_and_finishes_after_a_crash(tmp_path, monkeypatch):
    s = Staging(tmp_path, "csv", {"f": 1})
    s.finish()
    publish(tmp_path, "csv", {"fmt": "csv"})
    s = Staging(tmp_path, "parquet", {"f": 1})
    s.write("errors", error_rows(2))
    s.checkpoint({})
    s.finish()
    real = os.replace
    calls = {"n": 0}

    def crash_on_third(src, dst):
        calls["n"] += 1
        if calls["n"] == 4:  # publish.json, then two tables moved
            raise OSError(errno.EIO, "Input/output error")
        real(src, dst)

    monkeypatch.setattr(os, "replace", crash_on_third)
    with pytest.raises(OutputFailure, match="Input/output error"):
        publish(tmp_path, "parquet", {"fmt": "parquet"})
    monkeypatch.undo()
    assert not (tmp_path / "run.json").exists()  # no run.json over half-published tables
    run = pending_publication(tmp_path, {"f": 1, "format": "parquet"})
    assert run["fmt"] == "parquet"
    publish(tmp_path, "parquet", run)
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == sorted([f"{n}.parquet" for n in TABLES] + ["run.json"])
    assert len(pd.read_parquet(tmp_path / "errors.parquet")) == 2


def test_publication_removes_the_tables_the_previous_run_listed(tmp_path):
    """A table of an older schema (claims.csv before statements) does not stay beside the new ones."""
    (tmp_path / "claims.csv").write_text("doc_id\n")
    (tmp_path / "notes.csv").write_text("mine\n")  # not listed by the previous run: not ours to remove
    (tmp_path / "run.json").write_text(json.dumps({"format": "csv", "counts": {"articles": 1, "claims": 0}}))
    Staging(tmp_path, "csv", {}).finish()
    publish(tmp_path, "csv", {"counts": {}})
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == sorted([f"{n}.csv" for n in TABLES] + ["notes.csv", "run.json"])


# --- one schema, one set of dtypes, whatever wrote the tables (issue 20) -----------------------------------

MIXED = [  # a figure with every kind of column, some missing: an Int64 or a boolean missing stays missing
    {"doc_id": "d", "figure_key": "d#f0", "fig_id": 0, "sent_id": 1, "start_char": 5, "end_char": 11,
     "text": "25 000", "value": 25000.0, "low": 25000.0, "high": 25000.0, "qualifier": "approx",
     "unit": "travailleur", "kind": "count", "in_title": False, "hedged": True},
    {"doc_id": "d", "figure_key": "d#f1", "fig_id": 1, "sent_id": None, "start_char": 20, "end_char": 31,
     "text": "2 000 à 5 000", "value": None, "low": 2000.0, "high": 5000.0, "kind": "count",
     "in_title": None, "hedged": False},
]  # fmt: skip


def write_local(out, fmt):
    with TableWriters(out, fmt) as w:
        w.write("figures", MIXED)


def write_staged(out, fmt):
    """What ``pipeline extract --format FMT`` publishes."""
    staging = Staging(out, fmt, {"job": 1})
    staging.write("figures", MIXED)
    staging.checkpoint({})
    staging.finish()
    publish(out, fmt, {"counts": {}})


def write_dask(out, fmt):
    """What ``pipeline extract --engine dask`` publishes: a dataset folder per table."""
    from pipeline.engines.parts import Output

    output = Output(str(out))
    output.check_writable()
    output.start({"job": 1}, resume=False)
    writer = output.writer(0)
    writer.write({"figures": MIXED})
    writer.commit({"partition": 0, "records": 1})
    output.publish({"counts": {}})


@pytest.mark.parametrize(
    ("write", "fmt"),
    [
        (write_local, "csv"),
        (write_local, "parquet"),
        (write_staged, "csv"),
        (write_staged, "parquet"),
        (write_dask, "parquet"),
    ],
    ids=["Tables.save csv", "Tables.save parquet", "extract csv", "extract parquet", "dask"],
)
def test_every_engine_and_format_reads_back_with_the_schema_dtypes(tmp_path, write, fmt):
    import pipeline

    write(tmp_path / "out", fmt)
    expected = frame(TABLES["figures"], MIXED)
    schema = {c.name: c.dtype for c in TABLES["figures"].columns}
    back = pipeline.Tables.read(tmp_path / "out")
    pd.testing.assert_frame_equal(back.figures, expected)
    assert {c: str(t) for c, t in back.figures.dtypes.items()} == schema
    empty = {c: str(t) for c, t in back.dates.dtypes.items()}
    assert empty == {c.name: c.dtype for c in TABLES["dates"].columns}
    if fmt == "parquet":  # pandas alone reads the same dtypes from our Parquet files, whoever wrote them
        path = next(p for p in (tmp_path / "out").iterdir() if p.name.startswith("figures"))
        pd.testing.assert_frame_equal(pd.read_parquet(path), expected)
