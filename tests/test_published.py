"""Publication dates as written in front matter, JSON and feeds (issue 15)."""

import pytest

from pipeline.published import parse_published


@pytest.mark.parametrize(
    ("value", "iso", "ambiguous"),
    [
        ("2025-08-05", "2025-08-05", False),
        ("2025-08-05T14:30:00+02:00", "2025-08-05T14:30:00+02:00", False),
        ("2025-08-05T12:00:00Z", "2025-08-05T12:00:00+00:00", False),
        ("5 août 2025", "2025-08-05", False),
        ("1er août 2025", "2025-08-01", False),
        ("mardi 5 août 2025 à 14h30", "2025-08-05T14:30:00", False),
        ("5 Août 2025, 9h", "2025-08-05T09:00:00", False),
        ("12 déc. 2024", "2024-12-12", False),
        ("05/08/2025", "2025-08-05", True),
        ("25/08/2025", "2025-08-25", False),
        ("05.08.2025 14:30", "2025-08-05T14:30:00", True),
        ("08/08/2025", "2025-08-08", False),
        ("2025/08/05", "2025-08-05", False),
        ("Tue, 05 Aug 2025 14:30:00 +0200", "2025-08-05T14:30:00+02:00", False),
    ],
)
def test_dates_people_write(value, iso, ambiguous):
    got, warning = parse_published(value)
    assert got == iso
    assert (warning is not None) is ambiguous


@pytest.mark.parametrize(
    "value", ["demain", "31 février 2025", "2025-13-01", "05/13/2025", "5 brumaire 2025"]
)
def test_not_dates(value):
    with pytest.raises(ValueError, match="not a date"):
        parse_published(value)
