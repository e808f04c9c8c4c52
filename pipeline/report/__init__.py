"""``pipeline report OUT_DIR``: a run's tables as static HTML to verify every figure against its source.

``OUT_DIR/report/index.html`` (the run at a glance, charts, sortable and filterable tables of articles,
figures, figure groups and statements), one page per article (the text with its figures, dates, entities and
sources marked), and ``figure_groups.csv`` (figures tracked across articles, conflicts flagged).
Built from the tables alone (CSV or Parquet) and the articles' texts (see ``texts``); works offline.
Importing this package is cheap (the command line registers its subcommand); the work is in ``pages``.
"""

from __future__ import annotations

from pathlib import Path


def build(out_dir: str | Path, open_browser: bool = False, inputs: list[str] | None = None) -> Path:
    """Build ``OUT_DIR/report/`` from the run in ``OUT_DIR``; returns the index's path."""
    from .pages import build as build_pages

    return build_pages(out_dir, open_browser=open_browser, inputs=inputs)


def write_texts(records, out_dir: str | Path) -> int:
    """Write ``OUT_DIR/texts.jsonl`` (the articles' texts, for a report built where the inputs are not)."""
    from .texts import write_texts as write

    return write(records, out_dir)


__all__ = ["build", "write_texts"]
