"""``pipeline report OUT_DIR``: a run's tables as static HTML to verify every figure against its source.

``OUT_DIR/report/index.html`` (the run at a glance, charts, sortable and filterable tables of articles,
figures, figure groups and statements), one page per article (the text with its figures, dates, entities and
sources marked), and ``figure_groups.csv`` (figures tracked across articles, conflicts flagged).
Built from the tables alone (CSV or Parquet) and the articles' texts (see ``texts``); works offline.
"""

from __future__ import annotations

from .build import build
from .texts import write_texts

__all__ = ["build", "write_texts"]
