"""The Python API for notebooks: the same tables as the CLI, as pandas DataFrames."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
from spacy.tokens import Doc

from .nlp import load
from .readers import SUPPORTED, ReadError, Record, normalise_published, read_inputs, records_from
from .schema import TABLES
from .writers import frame


@dataclass
class Tables:
    """One DataFrame per table, with the columns and dtypes of the files (see ``pipeline.schema``).

    Every row has a key unique in the run (``figure_key``, ``source_key``, ...); figures and dates carry
    their source's key, name and type, so "who said each figure" needs no join::

        tables.figures[["text", "unit", "source_name", "source_type", "hedged"]]
        tables.figures_with_sources()     # every figure with all the columns of its attribution
        tables.save("out", format="parquet")
    """

    articles: pd.DataFrame
    entities: pd.DataFrame
    figures: pd.DataFrame
    dates: pd.DataFrame
    sources: pd.DataFrame
    statements: pd.DataFrame
    errors: pd.DataFrame

    def __getitem__(self, name: str) -> pd.DataFrame:
        return getattr(self, name)

    def items(self):
        return ((name, getattr(self, name)) for name in TABLES)

    def __repr__(self) -> str:
        counts = ", ".join(f"{len(frame)} {name}" for name, frame in self.items())
        return f"<Tables: {counts}>"

    def figures_with_sources(self) -> pd.DataFrame:
        """Each figure with the attribution it is reported under (left join on ``source_key``): the
        figure's own columns, then the source's, prefixed ``source_`` where the names would clash
        (``source_sent_id``, ``source_hedged``, ...). A figure without a source keeps empty source columns."""
        sources = self.sources.drop(columns=["doc_id", "source_name", "source_type"])
        clash = [c for c in sources.columns if c in self.figures.columns and c != "source_key"]
        sources = sources.rename(columns={c: f"source_{c}" for c in clash})
        return self.figures.merge(sources, on="source_key", how="left", validate="many_to_one")

    def save(self, out: str | Path, format: str = "csv") -> Path:
        """Write every table to the folder ``out`` (``csv`` or ``parquet``), as the command line does."""
        from .writers import TableWriters

        out = Path(out)
        out.mkdir(parents=True, exist_ok=True)
        with TableWriters(out, format) as writers:
            for name, frame_ in self.items():
                rows = frame_.astype(object).where(frame_.notna(), None).to_dict("records")
                writers.write(name, rows)
        return out


def _looks_like_path(x) -> bool:
    """A Path, or a string naming a file or folder: an existing one, or one word with a folder separator or
    a readable extension (an article text has spaces)."""
    if isinstance(x, Path):
        return True
    if not isinstance(x, str) or "\n" in x or len(x) >= 4096 or not x.strip():
        return False
    if Path(x).exists():
        return True
    return not any(c.isspace() for c in x) and ("/" in x or Path(x).suffix.lower() in SUPPORTED)


def _is_path_input(items: list) -> bool:
    """True for paths (all must exist: FileNotFoundError), False for texts and records; never a mix."""
    paths = [x for x in items if _looks_like_path(x)]
    if not paths:
        return False
    if len(paths) < len(items):
        raise ValueError("extract() takes paths, or texts and records, not both in one call")
    missing = [str(x) for x in paths if not Path(x).exists()]
    if missing:
        raise FileNotFoundError(f"no such input: {', '.join(missing)}")
    return True


def extract(
    inputs: Iterable | str | Path,
    batch_size: int = 64,
    n_process: int = 1,
    engine: str = "local",
    client=None,
    lazy: bool = False,
) -> Tables:
    """Tables for files and folders (paths), raw texts (str), or records (dicts with ``text`` and optional
    ``id``, ``title``, ``published``, ``url``, ``source``).

    ``engine="dask"`` runs the same extraction on a Dask cluster (``client``: a ``distributed.Client``;
    without one, a LocalCluster on this machine); ``lazy=True`` then gives one ``dask.dataframe`` per table
    (README: "Scaling out")."""
    if engine == "dask":
        from .engines.dask import extract as extract_on_dask

        return extract_on_dask(inputs, client=client, lazy=lazy, batch_size=batch_size)
    if engine != "local":
        raise ValueError(f"engine must be 'local' or 'dask', got {engine!r}")
    from .run import process

    items = [inputs] if isinstance(inputs, (str, Path, dict, Record)) else list(inputs)
    records = read_inputs(items) if _is_path_input(items) else records_from(items)
    rows: dict[str, list[dict]] = {name: [] for name in TABLES}
    for item in process(records, load(), batch_size, n_process):
        if isinstance(item, ReadError):
            rows["errors"].append(item.row())
        else:
            for table, table_rows in item[1].items():
                rows[table].extend(table_rows)
    return Tables(**{name: frame(TABLES[name], rows[name]) for name in TABLES})


def extract_text(text: str, published: str | None = None, title: str | None = None) -> Tables:
    """Tables for one article given as text."""
    return extract([{"id": "0", "text": text, "published": published, "title": title}])


def parse(text: str, published: str | None = None) -> Doc:
    """The processed Doc of one article (for ``pipeline.show`` and custom analysis). ``published``: an ISO
    date or datetime (ValueError otherwise)."""
    published = normalise_published(published)
    nlp = load()
    doc = nlp.make_doc(text)
    doc._.published = published
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return doc
