"""The speakers table from the other tables: from DataFrames (``pipeline.Tables``) or streamed from an
output folder once a run is done (``write``), reading each table in batches, in the order the articles were
written: memory holds one article's rows and one record per speaker."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from itertools import groupby
from pathlib import Path

import pandas as pd

from ..schema import SPEAKERS
from .reduce import Speakers, speaker_rows

NEEDED = {
    "articles": ["doc_id", "published", "outlet"],
    "sources": ["doc_id", "speaker_key", "mention", "name", "source_name", "role", "source_type"],
    "statements": ["doc_id", "speaker_key", "n_figures"],
}
BATCH = 50_000


def _records(df: pd.DataFrame) -> Iterator[dict]:
    df = df.astype(object).where(df.notna(), None)
    yield from df.to_dict("records")


def _batches(out: Path, name: str) -> Iterator[dict]:
    """The rows of one table of ``out`` (CSV, Parquet, or a cluster's Parquet dataset), a batch at a time,
    only the columns the reduction reads."""
    from ..writers import unescape

    columns = NEEDED[name]
    parquet = out / f"{name}.parquet" if (out / f"{name}.parquet").exists() else out / name
    if parquet.exists():
        import pyarrow.dataset as ds

        for batch in ds.dataset(parquet, format="parquet").to_batches(columns=columns, batch_size=BATCH):
            yield from _records(batch.to_pandas())
        return
    path = out / f"{name}.csv"
    if not path.exists():
        return
    reader = pd.read_csv(
        path, dtype=str, keep_default_na=False, na_values=[""], usecols=columns, chunksize=BATCH
    )
    for chunk in reader:
        for c in chunk.columns:
            quoted = chunk[c].str.startswith("'", na=False)
            if quoted.any():
                chunk.loc[quoted, c] = chunk.loc[quoted, c].map(unescape)
        if "n_figures" in chunk:
            chunk["n_figures"] = chunk["n_figures"].astype("Int64")
        yield from _records(chunk)


class ArticlesInOrder:
    """The articles table's rows asked for by ``doc_id`` in the order of another table of the run (every
    engine writes its tables article by article, in one order): the rows of articles that table skips (an
    article that quotes no one has no sources) are passed over, not kept, so memory holds one row; an
    article not found in that order is an error (the tables are not in one order), never a silent gap."""

    def __init__(self, rows: Iterable[dict]):
        self.rows = iter(rows)

    def __call__(self, doc_id: str) -> dict:
        for row in self.rows:
            if row["doc_id"] == doc_id:
                return row
        raise ValueError(
            f"speakers: article {doc_id!r} is not in the articles table in the order of its rows"
        )


def reduce(articles: Iterator[dict], sources: Iterator[dict], statements: Iterator[dict]) -> list[dict]:
    """One pass over the three tables' rows, article by article (an article's rows come together, the
    tables in one order)."""
    speakers = Speakers()
    article = ArticlesInOrder(articles)

    groups = {
        "sources": groupby(sources, key=lambda r: r["doc_id"]),
        "statements": groupby(statements, key=lambda r: r["doc_id"]),
    }
    for doc_id, rows in groups["sources"]:
        speakers.add({"articles": [article(doc_id)], "sources": list(rows)})
    for _, rows in groups["statements"]:
        speakers.add({"statements": list(rows)})
    return speaker_rows(speakers)


def from_frames(articles: pd.DataFrame, sources: pd.DataFrame, statements: pd.DataFrame) -> pd.DataFrame:
    """The speakers table of ``pipeline.Tables``."""
    from ..writers import frame

    def rows(df, name):
        return _records(df[[c for c in NEEDED[name] if c in df]])

    return frame(
        SPEAKERS,
        reduce(rows(articles, "articles"), rows(sources, "sources"), rows(statements, "statements")),
    )


def write(out: Path, fmt: str, path: Path | None = None) -> Path:
    """Reduce the tables ``out`` holds into ``speakers.csv`` (or ``.parquet``; ``path`` to write it
    elsewhere), written whole (a temporary file renamed over the old one)."""
    from ..writers import CsvWriter, ParquetWriter

    out = Path(out)
    rows = reduce(*(_batches(out, name) for name in ("articles", "sources", "statements")))
    path = Path(path) if path else out / f"{SPEAKERS.name}.{fmt}"
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.parent / f".{path.name}.tmp"
    writer = (CsvWriter if fmt == "csv" else ParquetWriter)(SPEAKERS, tmp)
    if rows:
        writer.write(rows)
    writer.close()
    os.replace(tmp, path)
    return path
