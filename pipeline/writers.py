"""Write table rows to CSV (UTF-8, RFC 4180) or Parquet, streaming, with the schema's column order, and read
them back with the schema's dtypes (``read_table``), whatever wrote them.

Writers take plain row dicts; they never touch spaCy objects. ``CsvAppender`` and ``ParquetParts`` are the
staged writers of a run (``pipeline.output``): rows go out whole (a batch is encoded, then written in one
call) and what was written since the last checkpoint can be rolled back, so a full disk never leaves a row
cut in the middle. ``TableWriters`` writes a folder of tables directly (tests, small scripts).
"""

from __future__ import annotations

import io
import os
import re
from pathlib import Path

import pandas as pd
from defusedcsv import csv as defused

from .schema import TABLES, Table

PANDAS_TO_ARROW = {"string": "string", "Int64": "int64", "Float64": "float64", "boolean": "bool"}


def arrow_schema(table: Table):
    """The table's Arrow schema with pandas metadata, so that ``pandas.read_parquet`` gives back the
    schema's dtypes (Int64, Float64, boolean, string) from every Parquet file we write, one machine's or a
    cluster's."""
    import pyarrow as pa

    meta = pa.Schema.from_pandas(frame(table, []), preserve_index=False).metadata
    return pa.schema([(c.name, PANDAS_TO_ARROW[c.dtype]) for c in table.columns], metadata=meta)


# CSV cells a spreadsheet would run as a formula, neutralised by defusedcsv (a leading "'" and "|" escaped),
# cells led by a tab or a carriage return (which spreadsheet-safe writers treat as formula-leading too, and
# defusedcsv does not) given a leading "'" here, and cells that start with quotes before such a character
# given one more quote, so that reading back (``unescape``) is exact. Plain numbers ("-12", "3,5") are left as
# they are. Parquet keeps every value raw.
FORMULA_START = "=+-@|%"
BLANK_START = "\t\r"
_QUOTED_FORMULA = re.compile(r"'+[=+\-@|%\t\r]")


def cell(value) -> str:
    """A CSV cell: empty for missing, repr for floats (exact), True/False for booleans; a string led by a
    tab or a carriage return, or by quotes before a formula character, one quote longer (see ``unescape``)."""
    if value is None:
        return ""
    if isinstance(value, float):
        return "" if value != value else repr(value)
    value = str(value)
    return "'" + value if value[:1] and value[0] in BLANK_START or _QUOTED_FORMULA.match(value) else value


def _field(value):
    """What the CSV writer gets: numbers as numbers, which it never neutralises ("-1e-05" is no formula),
    else ``cell``."""
    if isinstance(value, float) and value == value:
        return float(value)  # written as repr, like ``cell``
    if isinstance(value, int) and not isinstance(value, bool):
        return int(value)
    return cell(value)


def unescape(value: str) -> str:
    """A CSV cell as the value written: the neutralisation of ``csv_bytes`` undone."""
    if value[:1] != "'" or not _QUOTED_FORMULA.match(value):
        return value
    if value[1] in FORMULA_START:  # neutralised by defusedcsv
        return value[1:].replace("\\|", "|")
    return value[1:]  # led by a tab or a carriage return, or quotes made one longer (``cell``)


def csv_writer(f):
    """A CSV writer (RFC 4180, CRLF) that neutralises cells a spreadsheet would run as formulas."""
    return defused.writer(f, lineterminator="\r\n")


def csv_bytes(table: Table, rows: list[dict]) -> bytes:
    """Rows as RFC 4180 CSV lines (UTF-8, CRLF), in the schema's column order, formulas neutralised."""
    buf = io.StringIO()
    csv_writer(buf).writerows([_field(row.get(c)) for c in table.names] for row in rows)
    return buf.getvalue().encode("utf-8")


def header(table: Table) -> bytes:
    return csv_bytes(table, [dict(zip(table.names, table.names, strict=True))])


class CsvAppender:
    """One staged CSV table, appended to. Rows are encoded into a buffer of ours and written with
    ``os.pwrite`` at flushes; ``size`` is the file's length at the last checkpoint. ``rollback`` forgets the
    buffer and truncates the file to ``size`` (which needs no free space): no Python-level buffer is left
    to be written out later, so a failed write leaves nothing behind."""

    FLUSH_AT = 1 << 20

    def __init__(self, table: Table, path: Path, size: int | None):
        self.table = table
        self.path = path
        self.fd: int | None = os.open(
            path, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | (os.O_TRUNC if size is None else 0), 0o644
        )
        if size is not None:
            os.ftruncate(self.fd, size)
        self.size = self.end = size or 0
        self.buffer = bytearray(header(table) if size is None else b"")

    def write(self, rows: list[dict]) -> None:
        self.buffer += csv_bytes(self.table, rows)
        if len(self.buffer) >= self.FLUSH_AT:
            self._drain()

    def _drain(self) -> None:
        data, self.buffer = memoryview(bytes(self.buffer)), bytearray()
        while data:
            n = os.pwrite(self.fd, data, self.end)
            self.end += n
            data = data[n:]

    def flush(self) -> int:
        """Write out the buffer; the new ``size`` (called at a checkpoint)."""
        self._drain()
        self.size = self.end
        return self.size

    def rollback(self) -> None:
        """Drop what was written since the last checkpoint."""
        self.buffer = bytearray()
        os.ftruncate(self.fd, self.size)
        self.end = self.size

    def finish(self) -> Path:
        self.flush()
        os.fsync(self.fd)
        self.close()
        return self.path

    def close(self) -> None:
        """Close without writing the buffer: what no checkpoint covers is redone on resume anyway."""
        if self.fd is not None:
            os.close(self.fd)
            self.fd = None


class ParquetParts:
    """One staged Parquet table: rows buffered, one part file per checkpoint, merged at the end.

    Small parts are merged as they accumulate: once ``MERGE_AT`` single parts are durable (their checkpoint
    written), they become one ``part-FIRST-LAST.parquet`` (written whole, then the singles removed; a single
    that a merged part covers, left by a crash in between, is removed when found), so that a checkpoint per
    record does not leave thousands of files whose footers outweigh their rows."""

    MERGE_AT = 64

    def __init__(self, table: Table, folder: Path, parts: int):
        import pyarrow as pa

        self.pa = pa
        self.table = table
        self.folder = folder
        self.schema = arrow_schema(table)
        self.part_schema = self.schema.remove_metadata()  # pandas' metadata goes in the merged file only
        folder.mkdir(exist_ok=True)
        for p in self._parts():
            if _span(p)[1] > parts:  # written after the last checkpoint
                p.unlink()
        self.buffer: list[dict] = []

    def _parts(self) -> list[Path]:
        """The part files in checkpoint order, singles a merged part covers removed."""
        parts = sorted(self.folder.glob("part-*.parquet"), key=_span)
        merged = [_span(p) for p in parts if p.stem.count("-") == 2]
        covered = [
            p for p in parts if p.stem.count("-") == 1 and any(a <= _span(p)[0] <= b for a, b in merged)
        ]
        for p in covered:
            p.unlink()
        return [p for p in parts if p not in covered]

    def write(self, rows: list[dict]) -> None:
        self.buffer.extend(rows)

    def flush_part(self, n: int) -> None:
        import pyarrow.parquet as pq

        singles = [p for p in self.folder.glob("part-*.parquet") if p.stem.count("-") == 1]
        if len(singles) >= self.MERGE_AT:  # all durable: checkpoint n is the first not yet written
            self._merge(sorted(singles, key=_span))
        if self.buffer:
            columns = {c: [row.get(c) for row in self.buffer] for c in self.table.names}
            tmp = self.folder / f"part-{n:06d}.tmp"
            # a part is read back once, by ``finish``: no statistics, no Arrow schema of its own (with small
            # batches the footer is most of a part)
            table = self.pa.table(columns, schema=self.part_schema)
            pq.write_table(table, tmp, write_statistics=False, store_schema=False)
            os.replace(tmp, self.folder / f"part-{n:06d}.parquet")
        self.buffer = []

    def _merge(self, singles: list[Path]) -> None:
        import pyarrow.parquet as pq

        first, last = _span(singles[0])[0], _span(singles[-1])[1]
        tmp = self.folder / f"part-{first:06d}-{last:06d}.tmp"
        tables = [pq.read_table(p, schema=self.part_schema) for p in singles]
        try:
            pq.write_table(self.pa.concat_tables(tables), tmp, write_statistics=False, store_schema=False)
        except OSError:
            tmp.unlink(missing_ok=True)
            raise
        os.replace(tmp, tmp.with_suffix(".parquet"))
        for p in singles:
            p.unlink()

    def rollback(self) -> None:
        self.buffer = []

    def finish(self) -> Path:
        """Merge the parts into one file (row groups of about 20,000 rows) beside the folder; the parts stay
        until the staging area goes (a crash before publication can finish again)."""
        import pyarrow.parquet as pq

        path = self.folder.with_suffix(".parquet")
        with pq.ParquetWriter(path, self.schema) as w:
            pending = []
            for p in self._parts():
                pending.append(pq.read_table(p, schema=self.schema))
                if sum(t.num_rows for t in pending) >= 20_000:
                    w.write_table(self.pa.concat_tables(pending))
                    pending = []
            if pending:
                w.write_table(self.pa.concat_tables(pending))
        with open(path, "rb") as f:
            os.fsync(f.fileno())
        return path

    def close(self) -> None:
        pass


def _span(part: Path) -> tuple[int, int]:
    """The checkpoints a part file holds: ``part-000007`` (7, 7), a merged ``part-000001-000064`` (1, 64)."""
    numbers = [int(x) for x in part.stem.split("-")[1:]]
    return numbers[0], numbers[-1]


def frame(table: Table, rows: list[dict]) -> pd.DataFrame:
    """Rows as a DataFrame with the schema's columns and dtypes (empty tables keep their columns)."""
    df = pd.DataFrame([[row.get(c) for c in table.names] for row in rows], columns=table.names, dtype=object)
    return df.astype({c.name: c.dtype for c in table.columns})


def read_table(folder: Path, name: str, table: Table | None = None) -> pd.DataFrame | None:
    """The table ``name`` written in ``folder`` (``name.parquet``, a cluster's ``name/`` dataset, or
    ``name.csv``) with the schema's dtypes (``table``, by default the schema's table of that name); None when
    there is none. Columns the schema does not know are kept as read."""
    table = table or TABLES.get(name)
    dtypes = {c.name: c.dtype for c in table.columns} if table else {}
    for path in (folder / f"{name}.parquet", folder / name, folder / f"{name}.csv"):
        if path.suffix == ".csv" and path.is_file():
            df = pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[""])
            for c in df.columns:  # cells neutralised against spreadsheet formulas, as written
                quoted = df[c].str.startswith("'", na=False)
                if quoted.any():
                    df.loc[quoted, c] = df.loc[quoted, c].map(unescape)
            booleans = {"True": True, "False": False}
            for c, t in dtypes.items():
                if c in df and t == "boolean":
                    df[c] = df[c].map(booleans, na_action="ignore")
        elif path.exists() and path.suffix != ".csv":
            df = pd.read_parquet(path)
        else:
            continue
        df = df.reset_index(drop=True)
        return df.astype({c: t for c, t in dtypes.items() if c in df})
    return None


def made_anew(path: Path):
    """A binary file created anew at ``path``: whatever is there (a planted link too) is replaced, never
    written through."""
    from .output import create_new

    return open(path, "wb", opener=create_new)


class CsvWriter:
    def __init__(self, table: Table, path: Path):
        self.table = table
        self.file = made_anew(path)
        self.file.write(header(table))

    def write(self, rows: list[dict]) -> None:
        self.file.write(csv_bytes(self.table, rows))

    def close(self) -> None:
        self.file.close()


class ParquetWriter:
    """Buffers rows and writes a row group every ``chunk`` rows."""

    def __init__(self, table: Table, path: Path, chunk: int = 20_000):
        import pyarrow as pa
        import pyarrow.parquet as pq

        self.pa = pa
        self.table = table
        self.schema = arrow_schema(table)
        self.file = made_anew(path)
        self.writer = pq.ParquetWriter(self.file, self.schema)
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
        self.file.close()


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
