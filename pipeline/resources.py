"""Locate and read the rule resources shipped in ``models/`` (installed as ``pipeline.models``).

Lexicons are UTF-8 text files: lines starting with ``#`` are the header (what the file is) or comments;
each other non-blank line is one entry, tab-separated fields for ``.tsv`` files.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from pathlib import Path


@cache
def models_dir() -> Path:
    """The folder holding ``config.cfg`` and the rule resources: the installed ``pipeline.models``, or
    ``models/`` beside the package when running from a source checkout."""
    try:
        return Path(str(files("pipeline.models")))
    except ModuleNotFoundError:
        return Path(__file__).resolve().parent.parent / "models"


def resource_path(path: str | Path) -> Path:
    """Resolve a resource path: absolute as given, else relative to the models folder."""
    p = Path(path)
    return p if p.is_absolute() else models_dir() / p


@cache
def read_lexicon(path: str | Path) -> tuple[tuple[str, ...], ...]:
    """Rows of a lexicon file (header and comments skipped), each a tuple of its tab-separated fields."""
    rows = []
    for line in resource_path(path).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        rows.append(tuple(field.strip() for field in line.split("\t")))
    return tuple(rows)


def read_words(path: str | Path) -> frozenset[str]:
    """The first field of every row of a lexicon, lower-cased."""
    return frozenset(row[0].lower() for row in read_lexicon(path))
