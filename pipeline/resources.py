"""Locate and read the rule resources shipped in ``models/`` (installed as ``pipeline.models``).

Lexicons are UTF-8 text files: lines starting with ``#`` are the header (what the file is) or comments;
each other non-blank line is one entry, tab-separated fields for ``.tsv`` files.
"""

from __future__ import annotations

from functools import cache
from importlib.util import find_spec
from pathlib import Path


@cache
def models_dir() -> Path:
    """The folder holding ``config.cfg`` and the rule resources: the installed ``pipeline.models`` (a
    namespace package: ``models/`` has no ``__init__.py``), or ``models/`` beside the package when running
    from a source checkout."""
    try:
        spec = find_spec("pipeline.models")
    except ModuleNotFoundError:
        spec = None
    if spec is not None and spec.submodule_search_locations:
        for location in spec.submodule_search_locations:
            if (Path(location) / "config.cfg").exists():
                return Path(location)
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


class Resources:
    """The lexicons of one component, read from ``root`` (default: the models folder) by names relative to
    it ("dates/months.tsv"). Remembers the names read, so that the component can save them with the
    pipeline (``RuleComponent.to_disk``) and read them back from there."""

    def __init__(self, root: str | Path | None = None):
        self.root = Path(root) if root is not None else models_dir()
        self.used: set[str] = set()

    def path(self, name: str | Path) -> Path:
        return self.root / name

    def lexicon(self, name: str | Path) -> tuple[tuple[str, ...], ...]:
        """``read_lexicon`` of ``root/name``."""
        self.used.add(str(name))
        return read_lexicon(self.path(name).resolve())

    def words(self, name: str | Path) -> frozenset[str]:
        """``read_words`` of ``root/name``."""
        self.used.add(str(name))
        return read_words(self.path(name).resolve())
