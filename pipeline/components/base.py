"""What every rule component of ours shares: its rule resources, saved with the pipeline, and failures that
are recorded, never swallowed.

- Resources: a component reads its lexicons through ``self.resources`` (a ``Resources``: a folder, by default
  the installed ``models/``). ``to_disk`` copies the files it read into the saved pipeline and ``from_disk``
  reads them back from there, as spaCy's SpanRuler saves its patterns: an assembled pipeline saved with
  ``nlp.to_disk`` loads anywhere.
- Failures: spaCy calls a component's error handler when ``__call__`` raises inside ``nlp.pipe``. Ours records
  the failure on the Doc (``doc.user_data[FAILURE]``: component, error class, message with the place it was
  raised) and spaCy drops the Doc from the stream; the runner turns a dropped Doc into one ``errors.csv`` row
  (stage ``process``). Nothing is caught inside a component: a half-done article never reaches the tables.
"""

from __future__ import annotations

import shutil
import traceback
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from .. import extensions  # noqa: F401  (a component's attributes exist wherever it is loaded)
from ..resources import Resources

FAILURE = "pipeline_failure"  # key in Doc.user_data of a component's failure on that Doc


def failure_message(e: BaseException) -> str:
    """One line: the exception and the last place of our code it went through."""
    frames = [
        f for f in traceback.extract_tb(e.__traceback__) if "/pipeline/" in f.filename.replace("\\", "/")
    ]
    where = f" ({Path(frames[-1].filename).name}:{frames[-1].lineno})" if frames else ""
    return f"{type(e).__name__}: {e}{where}".replace("\n", " ")


def record_failure(name: str, proc, docs: list[Doc], e: Exception) -> None:
    """spaCy error handler: the Doc carries its failure and is dropped from the stream."""
    for doc in docs:
        doc.user_data[FAILURE] = {"component": name, "error": type(e).__name__, "message": failure_message(e)}


class RuleComponent:
    """Base class of our components. Subclasses implement ``setup(resources)`` (read the lexicons, build the
    rules) and ``__call__(doc)``."""

    def __init__(self, nlp: Language, name: str, resources: Resources | None = None):
        self.name = name
        self.resources = resources if resources is not None else Resources()
        self.setup(self.resources)

    def setup(self, resources: Resources) -> None:
        """Read the lexicons through ``resources``; called again by ``from_disk``."""

    def get_error_handler(self):
        return record_failure

    def to_disk(self, path: str | Path, *, exclude=()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        for name in sorted(self.resources.used):
            target = path / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(self.resources.path(name), target)

    def from_disk(self, path: str | Path, *, exclude=()) -> RuleComponent:
        self.resources = Resources(Path(path))
        self.setup(self.resources)
        return self
