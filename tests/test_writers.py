"""Schema and writers: stable columns, headers for empty tables, RFC 4180 quoting, dtypes, Parquet."""

import csv

import pandas as pd
import pytest

from pipeline.schema import TABLES
from pipeline.writers import TableWriters, cell, frame


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
