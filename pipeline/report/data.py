"""Read a run back from its folder (run.json and the tables, CSV or Parquet) into plain view dicts.

The one module of the report that knows the tables' column names: the templates and the groups read the
view dicts built here, so a renamed column is changed in one place (``COLUMNS`` below).
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from ..schema import TABLES
from . import values

# The report's names for the columns it reads, per table: {report name: column name in pipeline.schema}.
COLUMNS = {
    "articles": {"doc_id": "doc_id", "path": "path", "title": "title", "published": "published",
                 "url": "url", "outlet": "source", "n_chars": "n_chars", "n_figures": "n_figures",
                 "n_dates": "n_dates", "n_sources": "n_sources", "n_claims": "n_claims"},
    "figures": {"doc_id": "doc_id", "id": "fig_id", "sent_id": "sent_id", "start": "start_char",
                "end": "end_char", "text": "text", "value": "value", "low": "low", "high": "high",
                "qualifier": "qualifier", "unit": "unit", "per": "per", "kind": "kind",
                "source_id": "source_id", "hedged": "hedged"},
    "dates": {"doc_id": "doc_id", "id": "date_id", "sent_id": "sent_id", "start": "start_char",
              "end": "end_char", "text": "text", "type": "type", "value": "value", "mod": "mod",
              "bound": "bound", "period_start": "period_start", "period_end": "period_end",
              "anchor": "anchor", "source_id": "source_id", "hedged": "hedged"},
    "entities": {"doc_id": "doc_id", "id": "ent_id", "sent_id": "sent_id", "start": "start_char",
                 "end": "end_char", "text": "text", "label": "label", "norm": "norm"},
    "sources": {"doc_id": "doc_id", "id": "source_id", "sent_id": "sent_id", "kind": "kind", "cue": "cue",
                "cue_start": "cue_start_char", "cue_end": "cue_end_char", "start": "start_char",
                "end": "end_char", "text": "text", "name": "name", "role": "role", "type": "source_type",
                "relayed_by": "relayed_by", "content_start": "content_start_char",
                "content_end": "content_end_char", "hedged": "hedged"},
    "claims": {"doc_id": "doc_id", "sent_id": "sent_id", "start": "start_char", "end": "end_char",
               "text": "text", "source_id": "source_id", "source_name": "source_name", "hedged": "hedged",
               "n_figures": "n_figures", "n_dates": "n_dates"},
    "errors": {"path": "path", "record": "record", "stage": "stage", "component": "component",
               "error": "error", "message": "message"},
}  # fmt: skip


def clean(v):
    """None for pandas' missing values, plain Python scalars otherwise."""
    if values.missing(v):
        return None
    return v.item() if hasattr(v, "item") else v


def read_table(out_dir: Path, name: str) -> pd.DataFrame:
    """One table of the run, from ``name.csv`` or ``name.parquet``, with the schema's dtypes where known."""
    table = TABLES.get(name)
    for path in (out_dir / f"{name}.parquet", out_dir / f"{name}.csv"):
        if not path.exists():
            continue
        if path.suffix == ".parquet":
            df = pd.read_parquet(path)
        else:
            dtypes = {c.name: c.dtype for c in table.columns} if table else None
            header = pd.read_csv(path, nrows=0).columns
            df = pd.read_csv(
                path,
                dtype={k: ("string" if v == "boolean" else v) for k, v in (dtypes or {}).items() if k in header},
                keep_default_na=False,
                na_values=[""],
            )
            for c in table.columns if table else ():
                if c.dtype == "boolean" and c.name in df:
                    df[c.name] = df[c.name].map({"True": True, "False": False}).astype("boolean")
        return df
    return pd.DataFrame(columns=table.names if table else [])


def rows(df: pd.DataFrame, name: str) -> list[dict]:
    """The table's rows as dicts keyed by the report's names (a column the table lacks reads as None)."""
    cols = COLUMNS[name]
    present = {k: c for k, c in cols.items() if c in df.columns}
    data = {k: df[c].tolist() for k, c in present.items()}
    n = len(df)
    return [{k: (clean(data[k][i]) if k in data else None) for k in cols} for i in range(n)]


def display_name(source: dict | None) -> str | None:
    """A source as a reader names it: its name, else its role, else the mention."""
    if not source:
        return None
    return source.get("name") or source.get("role") or source.get("text") or None


@dataclass
class Run:
    """A run read back: run.json and every table as view dicts, grouped by article."""

    out_dir: Path
    meta: dict
    articles: list[dict]
    figures: list[dict]
    dates: list[dict]
    entities: list[dict]
    sources: list[dict]
    claims: list[dict]
    errors: list[dict]
    by_doc: dict[str, dict[str, list[dict]]] = field(default_factory=dict)

    @property
    def warnings(self) -> list[dict]:
        """run.json's warnings (issue 15), each as {path, doc_id, message} where given."""
        out = []
        for w in self.meta.get("warnings") or []:
            out.append(w if isinstance(w, dict) else {"message": str(w)})
        return out


def load(out_dir: str | Path) -> Run:
    out_dir = Path(out_dir)
    run_json = out_dir / "run.json"
    meta = json.loads(run_json.read_text(encoding="utf-8")) if run_json.exists() else {}
    tables = {name: rows(read_table(out_dir, name), name) for name in COLUMNS}
    run = Run(out_dir, meta, **tables)
    by_doc: dict[str, dict[str, list[dict]]] = defaultdict(lambda: defaultdict(list))
    for name in ("figures", "dates", "entities", "sources", "claims"):
        for r in getattr(run, name):
            by_doc[r["doc_id"]][name].append(r)
    sources = {(r["doc_id"], r["id"]): r for r in run.sources}
    for r in run.figures + run.dates:
        src = sources.get((r["doc_id"], r["source_id"])) if r["source_id"] is not None else None
        r["source"] = src
        r["source_name"] = display_name(src)
        r["source_type"] = src.get("type") if src else None
    for r in run.figures:
        r["reads"] = values.figure(
            r["value"], r["low"], r["high"], r["qualifier"], r["unit"], r["per"], r["kind"], r["text"]
        )
    for r in run.dates:
        r["reads"] = values.date(r["type"], r["value"], r["mod"], r["period_start"], r["period_end"])
    for r in run.sources:
        r["display"] = display_name(r)
    run.by_doc = by_doc
    return run
