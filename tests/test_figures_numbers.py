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
