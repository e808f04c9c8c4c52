"""French news articles in, documented tables out: entities, figures, dates, sources.

>>> import pipeline
>>> tables = pipeline.extract(["seeds/"])          # files and folders, or texts, or records
>>> tables.figures[["text", "unit", "source_name"]]  # who said each figure
>>> doc = pipeline.parse("Selon la préfecture, 3 000 personnes ont défilé hier.", published="2024-05-02")
>>> pipeline.show(doc)                              # the report's article view, in a notebook

The names below are imported on first use, so that ``import pipeline`` (and ``pipeline report``, which needs
no spaCy) does not pay for spaCy and pandas until they are needed.
"""

from __future__ import annotations

from importlib import import_module

__version__ = "0.1.0"

_LAZY = {
    "Tables": ".api",
    "extract": ".api",
    "extract_text": ".api",
    "parse": ".api",
    "show": ".display",
    "load": ".nlp",
}

__all__ = ["Tables", "extract", "extract_text", "load", "parse", "show", "__version__"]


def __getattr__(name: str):
    if name in _LAZY:
        value = getattr(import_module(_LAZY[name], __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
