"""Reading a French number (pipeline/components/common/numbers.py), shared by figures and dates; no model."""

from __future__ import annotations

import pytest

from pipeline.components.common.numbers import roman_value


@pytest.mark.parametrize(
    "text, value",
    [("I", 1), ("IV", 4), ("ix", 9), ("XIV", 14), ("XLII", 42), ("MCMXCIX", 1999), ("MMXXV", 2025)],
)
def test_roman_value(text, value):
    assert roman_value(text) == value


@pytest.mark.parametrize("text", ["", "IIII", "VX", "IC", "ABC", "MMMM"])
def test_roman_value_rejects(text):
    assert roman_value(text) is None


def test_figures_lexicons_travel_with_the_pipeline(tmp_path):
    """Saved with nlp.to_disk, news_figures reads its lexicons (its own and the shared number words) back from
    the saved folder, and finds the same figures."""
    import spacy

    import pipeline.components.figures.factory  # noqa: F401

    nlp = spacy.blank("fr")
    nlp.add_pipe("news_numbers", first=True)
    nlp.add_pipe("news_figures")
    text = "Environ 25 000 personnes, 12 % des voix et vingt-cinq mille euros."
    doc = nlp(text)
    before = [(s.text, s._.figure) for s in doc.spans["figures"]]
    nlp.to_disk(tmp_path / "nlp")
    saved = tmp_path / "nlp" / "news_figures"
    assert (saved / "shared" / "number_words.tsv").exists()
    assert (saved / "figures" / "grammar.tsv").exists()
    loaded = spacy.load(tmp_path / "nlp")
    again = loaded(text)
    assert [(s.text, s._.figure) for s in again.spans["figures"]] == before
    assert [t for t, _ in before] == ["25 000", "12 %", "vingt-cinq mille"]
