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
from pyarrow import ArrowException

from ..schema import ALL_TABLES
from ..writers import read_table as read_table_file
from . import values

# The report's names for the columns it reads, per table: {report name: column name in pipeline.schema, or
# a tuple of names, the first present wins (so that runs written before a rename still read)}.
COLUMNS = {
    "articles": {"doc_id": "doc_id", "path": "path", "title": "title", "published": "published",
                 "url": "url", "outlet": ("outlet", "source"), "n_chars": "n_chars", "n_figures": "n_figures",
                 "n_dates": "n_dates", "n_sources": "n_sources",
                 "n_statements": ("n_statements", "n_claims")},
    "figures": {"doc_id": "doc_id", "key": "figure_key", "id": "fig_id", "sent_id": "sent_id",
                "start": "start_char", "end": "end_char", "text": "text", "value": "value", "low": "low",
                "high": "high", "qualifier": "qualifier", "unit": "unit", "per": "per", "kind": "kind",
                "source_key": "source_key", "source_id": "source_id", "hedged": "hedged"},
    "dates": {"doc_id": "doc_id", "key": "date_key", "id": "date_id", "sent_id": "sent_id",
              "start": "start_char", "end": "end_char", "text": "text", "type": "type", "value": "value",
              "mod": "mod", "bound": "bound", "period_start": "period_start", "period_end": "period_end",
              "anchor": "anchor", "source_key": "source_key", "source_id": "source_id", "hedged": "hedged"},
    "entities": {"doc_id": "doc_id", "id": "ent_id", "sent_id": "sent_id", "start": "start_char",
                 "end": "end_char", "text": "text", "label": "label", "norm": "norm"},
    "sources": {"doc_id": "doc_id", "key": "source_key", "id": "source_id", "sent_id": "sent_id",
                "kind": ("cue_kind", "kind"), "cue": "cue", "cue_start": "cue_start_char",
                "cue_end": "cue_end_char", "start": "start_char", "end": "end_char",
                "text": ("mention", "text"), "display": "source_name", "name": "name", "role": "role",
                "type": "source_type", "relayed_by": "relayed_by", "content_start": "content_start_char",
                "content_end": "content_end_char", "hedged": "hedged", "speaker_key": "speaker_key"},
    "statements": {"doc_id": "doc_id", "sent_id": "sent_id", "start": "start_char", "end": "end_char",
                   "text": "text", "source_name": "source_name", "source_type": "source_type",
                   "source_role": "source_role", "cue": "cue", "speech": "speech", "hedged": "hedged",
                   "hedge_reason": "hedge_reason", "n_figures": "n_figures", "n_dates": "n_dates",
                   "speaker_key": "speaker_key", "fig_ids": "fig_ids"},
    "speakers": {"key": "speaker_key", "name": "name", "type": "type", "gender": "gender", "roles": "roles",
                 "n_articles": "n_articles", "n_outlets": "n_outlets", "n_statements": "n_statements",
                 "n_figures": "n_figures", "first_published": "first_published",
                 "last_published": "last_published"},
    "errors": {"path": "path", "record": "record", "stage": "stage", "component": "component",
               "error": "error", "message": "message"},
}  # fmt: skip
# a table's older name, read when the run has no file under the current one
FORMER_NAMES = {"statements": "claims"}


def clean(v):
    """None for pandas' missing values, plain Python scalars otherwise."""
    if values.missing(v):
        return None
    return v.item() if hasattr(v, "item") else v


class RunError(ValueError):
    """A run folder the report cannot show whole (run.json or a table unreadable, missing or cut):
    ``pipeline report`` says it in one line and exits 2, rather than a page of part of the run."""


PARTIAL = "the report would show a part of the run"


def table_file(out_dir: Path, name: str) -> Path | None:
    """The file (or a cluster's folder) ``read_table`` reads for ``name``, None when there is none."""
    for path in (out_dir / f"{name}.parquet", out_dir / name, out_dir / f"{name}.csv"):
        if path.is_file() if path.suffix == ".csv" else path.exists():
            return path
    return None


def _check_csv(path: Path) -> None:
    """RunError for a CSV table that is empty (not even its header) or cut (its last line unended)."""
    size = path.stat().st_size
    if size == 0:
        raise RunError(f"{path.name}: empty file (not even a header)")
    with open(path, "rb") as f:
        f.seek(size - 1)
        if f.read(1) != b"\n":
            raise RunError(f"{path.name} is cut (its last line does not end): {PARTIAL}")


def read_table(out_dir: Path, name: str) -> pd.DataFrame:
    """One table of the run, from ``name.csv`` or ``name.parquet`` (or its former name), with the schema's
    dtypes where known; RunError naming the file when it cannot be read as that table."""
    table = ALL_TABLES.get(name)
    for n in [name] + ([FORMER_NAMES[name]] if name in FORMER_NAMES else []):
        path = table_file(out_dir, n)
        if path is None:
            continue
        try:
            if path.suffix == ".csv":
                _check_csv(path)
            df = read_table_file(out_dir, n, table)
        except RunError:
            raise
        except UnicodeDecodeError:
            raise RunError(f"{path.name}: not UTF-8 text") from None
        except (ValueError, TypeError, OSError, ArrowException) as e:
            reason = (str(e).strip().splitlines() or [type(e).__name__])[0]
            raise RunError(f"{path.name}: cannot be read as the {name} table ({reason})") from None
        if df is not None:
            return df
    return pd.DataFrame(columns=table.names if table else [])


def read_meta(out_dir: Path) -> dict:
    """run.json as a dict ({} when there is none); RunError when it is not a JSON object or its counts
    are not one."""
    path = out_dir / "run.json"
    if not path.exists():
        return {}
    try:
        meta = json.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        raise RunError("run.json: not UTF-8 text") from None
    except ValueError as e:
        raise RunError(f"run.json: not JSON ({getattr(e, 'msg', e)})") from None
    except OSError as e:
        raise RunError(f"run.json: cannot read ({e.strerror})") from None
    if not isinstance(meta, dict):
        raise RunError("run.json: not a JSON object")
    for key in ("counts", "notes", "warnings"):
        want = dict if key == "counts" else list
        if meta.get(key) is not None and not isinstance(meta[key], want):
            raise RunError(f'run.json: "{key}" is not {"an object" if want is dict else "a list"}')
    return meta


def check_counts(out_dir: Path, meta: dict, frames: dict[str, pd.DataFrame]) -> None:
    """RunError when a table run.json counts rows in is missing or holds another number of rows (a folder
    copied in part, a table cut or edited): the report shows a run whole or not at all."""
    for name, n in (meta.get("counts") or {}).items():
        if name not in frames or not isinstance(n, int) or isinstance(n, bool):
            continue
        path = table_file(out_dir, name) or next(
            (table_file(out_dir, f) for f in [FORMER_NAMES.get(name)] if f and table_file(out_dir, f)), None
        )
        if path is None:
            if n:
                rows = f"{n} row{'s' if n != 1 else ''}"
                raise RunError(f"the {name} table is missing (run.json counts {rows}); {PARTIAL}")
            continue
        held = len(frames[name])
        if held != n:
            rows = f"{held} row{'s' if held != 1 else ''}"
            raise RunError(
                f"{path.name} holds {rows}, run.json counts {n}: the table is cut or was changed; {PARTIAL}"
            )


def rows(df: pd.DataFrame, name: str) -> list[dict]:
    """The table's rows as dicts keyed by the report's names (a column the table lacks reads as None)."""
    cols = COLUMNS[name]
    present = {}
    for k, c in cols.items():
        found = [n for n in ((c,) if isinstance(c, str) else c) if n in df.columns]
        if found:
            present[k] = found[0]
    n = len(df)
    data = [_plain(df[present[k]]) if k in present else [None] * n for k in cols]
    keys = list(cols)
    return [dict(zip(keys, vals, strict=True)) for vals in zip(*data, strict=True)] if n else []


def _plain(series: pd.Series) -> list:
    """A column as Python values, None where missing."""
    values = series.astype(object).tolist()
    return [None if values_missing(v) else v for v in values]


def values_missing(v) -> bool:
    return v is None or v is pd.NA or (isinstance(v, float) and v != v)


def display_name(source: dict | None) -> str | None:
    """A source as a reader names it: its name, else its role, else the mention."""
    if not source:
        return None
    return source.get("display") or source.get("name") or source.get("role") or source.get("text") or None


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
    statements: list[dict]
    errors: list[dict]
    speakers: list[dict] = field(default_factory=list)
    by_doc: dict[str, dict[str, list[dict]]] = field(default_factory=dict)

    @property
    def warnings(self) -> list[dict]:
        """run.json's warnings and notes (repaired encodings, skipped links...), each a dict with
        ``level``, ``path`` and ``message`` (and whatever else run.json gives)."""
        out = []
        for level in ("warnings", "notes"):
            for w in self.meta.get(level) or []:
                w = dict(w) if isinstance(w, dict) else {"message": str(w)}
                w.setdefault("message", w.get("note") or w.get("warning") or "")
                w.setdefault("level", level[:-1])
                out.append(w)
        return out


def load(out_dir: str | Path) -> Run:
    """The run in ``out_dir`` (run.json and the tables)."""
    out_dir = Path(out_dir)
    meta = read_meta(out_dir)
    frames = {name: read_table(out_dir, name) for name in COLUMNS}
    check_counts(out_dir, meta, frames)
    if frames["speakers"].empty and "speaker_key" in frames["sources"]:  # speakers.csv not written
        from ..speakers.tables import from_frames as speakers_from

        frames["speakers"] = speakers_from(frames["articles"], frames["sources"], frames["statements"])
    return from_frames(frames, meta, out_dir)


def from_frames(
    frames: dict[str, pd.DataFrame], meta: dict | None = None, out_dir: Path | None = None
) -> Run:
    """A run from DataFrames with the tables' columns (``pipeline.extract``'s, or one Doc's rows)."""
    tables = {name: rows(frames[name], name) if name in frames else [] for name in COLUMNS}
    run = Run(out_dir or Path("."), meta or {}, **tables)
    by_doc: dict[str, dict[str, list[dict]]] = defaultdict(lambda: defaultdict(list))
    for name in ("figures", "dates", "entities", "sources", "statements"):
        for r in getattr(run, name):
            by_doc[r["doc_id"]][name].append(r)
    for r in run.sources:
        r["display"] = display_name(r)
    by_key = {r["key"]: r for r in run.sources if r["key"] is not None}
    by_id = {(r["doc_id"], r["id"]): r for r in run.sources}
    for r in run.figures + run.dates:
        if r["source_key"] is not None:
            src = by_key.get(r["source_key"])
        else:
            src = by_id.get((r["doc_id"], r["source_id"])) if r["source_id"] is not None else None
        if src is not None and r["source_id"] is None:
            r["source_id"] = src["id"]
        r["source"] = src
        r["source_name"] = display_name(src)
        r["source_type"] = src.get("type") if src else None
    for r in run.figures:
        r["reads"] = values.figure(
            r["value"], r["low"], r["high"], r["qualifier"], r["unit"], r["per"], r["kind"], r["text"]
        )
    for r in run.dates:
        r["reads"] = values.date(r["type"], r["value"], r["mod"], r["period_start"], r["period_end"])
    run.by_doc = by_doc
    return run
