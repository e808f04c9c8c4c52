"""The Python API for notebooks: the same tables as the CLI, as pandas DataFrames."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
from spacy.tokens import Doc

from .nlp import load
from .readers import ReadError, Record, normalise_published, read_inputs, records_from
from .schema import SPEAKERS, TABLES
from .writers import frame


@dataclass
class Tables:
    """One DataFrame per table, with the columns and dtypes of the files (see ``pipeline.schema``).

    Every row has a key unique in the run (``figure_key``, ``source_key``, ...); figures and dates carry
    their source's key, name and type, so "who said each figure" needs no join::

        tables.figures[["text", "unit", "source_name", "source_type", "hedged"]]
        tables.figures_with_sources()     # every figure with all the columns of its attribution
        tables.save("out", format="parquet")     # then `pipeline report out`
        pipeline.show(tables, "seeds/000.txt")    # one article, its figures marked

    ``texts`` holds each article's text (``{doc_id: text}``, the text the offsets point into), which the
    tables do not: ``save`` writes it beside them for the report, ``pipeline.show`` marks it.
    """

    articles: pd.DataFrame
    entities: pd.DataFrame
    figures: pd.DataFrame
    dates: pd.DataFrame
    sources: pd.DataFrame
    statements: pd.DataFrame
    errors: pd.DataFrame
    speakers: pd.DataFrame | None = None
    texts: dict[str, str] = field(default_factory=dict, repr=False)

    def __post_init__(self):
        """``speakers`` (who is quoted: one row per speaker, see ``pipeline.speakers``) reduced from the
        other tables when not given."""
        if self.speakers is None:
            from .speakers.registry import rekey_frames
            from .speakers.tables import from_frames

            if all(isinstance(f, pd.DataFrame) for f in (self.articles, self.sources, self.statements)):
                self.sources, self.statements = rekey_frames(self.sources, self.statements, self.articles)
                self.speakers = from_frames(self.articles, self.sources, self.statements)

    def __getitem__(self, name: str) -> pd.DataFrame:
        return getattr(self, name)

    def items(self):
        return ((name, getattr(self, name)) for name in TABLES)

    def __repr__(self) -> str:
        counts = ", ".join(f"{len(frame)} {name}" for name, frame in self.items())
        return f"<Tables: {counts}>"

    @classmethod
    def read(cls, out: str | Path) -> Tables:
        """The tables of a folder written by ``pipeline extract`` (CSV, Parquet, or a cluster's Parquet
        datasets) or by ``save``, with the schema's dtypes whatever wrote them, and ``texts.jsonl`` when it
        is there. A table the folder lacks is empty."""
        from .report.texts import TEXTS, read_text_lines
        from .writers import read_table

        out = Path(out)
        if not out.is_dir():
            raise FileNotFoundError(f"no such folder: {out}")
        frames = {name: read_table(out, name) for name in TABLES}
        frames = {n: frame(TABLES[n], []) if df is None else df for n, df in frames.items()}
        texts = read_text_lines(out / TEXTS) if (out / TEXTS).exists() else {}
        return cls(**frames, speakers=read_table(out, SPEAKERS.name, SPEAKERS), texts=texts)

    def figures_with_sources(self) -> pd.DataFrame:
        """Each figure with the attribution it is reported under (left join on ``source_key``): the
        figure's own columns, then the source's, prefixed ``source_`` where the names would clash
        (``source_sent_id``, ``source_hedged``, ...). A figure without a source keeps empty source columns."""
        sources = self.sources.drop(columns=["doc_id", "source_name", "source_type"])
        clash = [c for c in sources.columns if c in self.figures.columns and c != "source_key"]
        sources = sources.rename(columns={c: f"source_{c}" for c in clash})
        return self.figures.merge(sources, on="source_key", how="left", validate="many_to_one")

    def save(self, out: str | Path, format: str = "csv") -> Path:
        """Write the folder ``pipeline extract`` writes, so that ``pipeline report out`` works on it: every
        table (``csv`` or ``parquet``; the other format's tables removed), ``texts.jsonl`` (the articles'
        texts) and ``run.json`` last (the counts, ``status: complete``)."""
        from datetime import datetime, timezone

        from . import __version__
        from .output import FORMATS, write_json
        from .report.texts import TEXTS, write_text_lines
        from .writers import TableWriters

        out = Path(out)
        with TableWriters(out, format) as writers:
            for name, frame_ in self.items():
                rows = frame_.astype(object).where(frame_.notna(), None).to_dict("records")
                writers.write(name, rows)
        from .speakers.tables import write as write_speakers

        write_speakers(out, format)
        for name in (*TABLES, SPEAKERS.name):
            for other in FORMATS:
                if other != format:
                    (out / f"{name}.{other}").unlink(missing_ok=True)
        write_text_lines(self.texts.items(), out / TEXTS)
        errors = self.errors["error"].value_counts().to_dict() if len(self.errors) else {}
        run = {
            "tool": "pipeline",
            "version": __version__,
            "made_by": "pipeline.Tables.save",
            "saved_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "format": format,
            "counts": {name: len(frame_) for name, frame_ in self.items()},
            "errors": {str(k): int(v) for k, v in errors.items()},
            "status": "complete",
        }
        write_json(out / "run.json", run)
        return out


def _looks_like_path(x) -> bool:
    """A Path, or a string naming a file or folder: one that exists, one word (an article has spaces:
    "mes_articles" is a folder that does not exist, not a one-word article), or a string starting like a
    path ("/", "./", "../")."""
    if isinstance(x, Path):
        return True
    if not isinstance(x, str) or "\n" in x or len(x) >= 4096 or not x.strip():
        return False
    if not any(c.isspace() for c in x) or x.startswith(("/", "./", "../")):
        return True
    return Path(x).exists()


def _is_path_input(items: list) -> bool:
    """True for paths (all must exist: FileNotFoundError), False for texts and records; never a mix."""
    paths = [x for x in items if _looks_like_path(x)]
    if not paths:
        return False
    if len(paths) < len(items):
        raise ValueError("extract() takes paths, or texts and records, not both in one call")
    missing = [str(x) for x in paths if not Path(x).exists()]
    if missing:
        raise FileNotFoundError(
            f"no such input: {', '.join(missing)} (a text of one word? pass it as "
            "pipeline.extract_text(text) or a record {'text': ...})"
        )
    return True


def extract(
    inputs: Iterable | str | Path,
    batch_size: int = 64,
    n_process: int = 1,
    engine: str = "local",
    client=None,
    lazy: bool = False,
    text_column: str = "text",
) -> Tables:
    """Tables for files and folders (paths), raw texts (str), or records (dicts with ``text`` and optional
    ``id``, ``title``, ``published``, ``url``, ``source``). ``text_column``: the CSV column or the field of
    JSON and dict records that holds the text (``--text-column``). A path that does not exist raises
    FileNotFoundError.

    ``engine="dask"`` runs the same extraction on a Dask cluster (``client``: a ``distributed.Client``;
    without one, a LocalCluster on this machine); ``lazy=True`` then gives one ``dask.dataframe`` per table
    (README: "Scaling out")."""
    if engine == "dask":
        from .engines.dask import extract as extract_on_dask

        if text_column != "text":  # the workers read the files themselves, with the default field
            raise ValueError("text_column is not supported with engine='dask' (rename the column to 'text')")
        return extract_on_dask(inputs, client=client, lazy=lazy, batch_size=batch_size)
    if engine != "local":
        raise ValueError(f"engine must be 'local' or 'dask', got {engine!r}")
    from .run import process

    items = [inputs] if isinstance(inputs, (str, Path, dict, Record)) else list(inputs)
    if _is_path_input(items):
        records = read_inputs(items, text_column=text_column)
    else:
        records = records_from(items, text_column)
    texts: dict[str, str] = {}

    def keep_texts(records):
        for r in records:
            if isinstance(r, Record):
                texts[r.doc_id] = r.as_read
            yield r

    rows: dict[str, list[dict]] = {name: [] for name in TABLES}
    for item in process(keep_texts(records), load(), batch_size, n_process):
        if isinstance(item, ReadError):
            rows["errors"].append(item.row())
        else:
            for table, table_rows in item[1].items():
                rows[table].extend(table_rows)
    done = {r["doc_id"] for r in rows["articles"]}
    return Tables(
        **{name: frame(TABLES[name], rows[name]) for name in TABLES},
        texts={k: v for k, v in texts.items() if k in done},
    )


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
