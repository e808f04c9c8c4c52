"""Write table rows to CSV (UTF-8, RFC 4180) or Parquet, streaming, with the schema's column order.

Writers take plain row dicts; they never touch spaCy objects.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd

from .schema import TABLES, Table

PANDAS_TO_ARROW = {"string": "string", "Int64": "int64", "Float64": "float64", "boolean": "bool"}


def cell(value) -> str:
    """A CSV cell: empty for missing, repr for floats (exact), True/False for booleans."""
    if value is None:
        return ""
    if isinstance(value, float):
        return "" if value != value else repr(value)
    return str(value)


def frame(table: Table, rows: list[dict]) -> pd.DataFrame:
    """Rows as a DataFrame with the schema's columns and dtypes (empty tables keep their columns)."""
    df = pd.DataFrame([[row.get(c) for c in table.names] for row in rows], columns=table.names, dtype=object)
    return df.astype({c.name: c.dtype for c in table.columns})


class CsvWriter:
    def __init__(self, table: Table, path: Path):
        self.table = table
        self.file = open(path, "w", encoding="utf-8", newline="")
        self.writer = csv.writer(self.file, lineterminator="\r\n")
        self.writer.writerow(table.names)

    def write(self, rows: list[dict]) -> None:
        self.writer.writerows([cell(row.get(c)) for c in self.table.names] for row in rows)

    def close(self) -> None:
        self.file.close()


class ParquetWriter:
    """Buffers rows and writes a row group every ``chunk`` rows."""

    def __init__(self, table: Table, path: Path, chunk: int = 20_000):
        import pyarrow as pa
        import pyarrow.parquet as pq

        self.pa = pa
        self.table = table
        self.schema = pa.schema([(c.name, PANDAS_TO_ARROW[c.dtype]) for c in table.columns])
        self.writer = pq.ParquetWriter(path, self.schema)
        self.buffer: list[dict] = []
        self.chunk = chunk

    def write(self, rows: list[dict]) -> None:
        self.buffer.extend(rows)
        if len(self.buffer) >= self.chunk:
            self.flush()

    def flush(self) -> None:
        columns = {c: [row.get(c) for row in self.buffer] for c in self.table.names}
        self.writer.write_table(self.pa.table(columns, schema=self.schema))
        self.buffer = []

    def close(self) -> None:
        if self.buffer:
            self.flush()
        self.writer.close()


class TableWriters:
    """One writer per table in ``out``; every table is created (header only when empty)."""

    def __init__(self, out: Path, fmt: str = "csv"):
        if fmt not in ("csv", "parquet"):
            raise ValueError(f"unknown format {fmt!r}: use csv or parquet")
        out.mkdir(parents=True, exist_ok=True)
        make = CsvWriter if fmt == "csv" else ParquetWriter
        self.writers = {name: make(t, out / f"{name}.{fmt}") for name, t in TABLES.items()}
        self.counts = dict.fromkeys(TABLES, 0)

    def write(self, table: str, rows: list[dict]) -> None:
        if rows:
            self.writers[table].write(rows)
            self.counts[table] += len(rows)

    def close(self) -> None:
        for w in self.writers.values():
            w.close()

    def __enter__(self) -> TableWriters:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
