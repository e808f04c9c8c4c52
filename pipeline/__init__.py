"""French news articles in, documented tables out: entities, figures, dates, sources.

>>> import pipeline
>>> tables = pipeline.extract(["seeds/"])          # files and folders, or texts, or records
>>> tables.entities.head()
>>> doc = pipeline.parse("Selon la préfecture, 3 000 personnes ont défilé hier.", published="2024-05-02")
>>> pipeline.show(doc)                              # displaCy, in a notebook
"""

from __future__ import annotations

__version__ = "0.1.0"

from .api import Tables, extract, extract_text, parse  # noqa: E402
from .display import show  # noqa: E402
from .nlp import load  # noqa: E402

__all__ = ["Tables", "extract", "extract_text", "load", "parse", "show", "__version__"]
