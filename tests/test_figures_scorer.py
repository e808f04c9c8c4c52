"""Unit accuracy of figures in ``pipeline evaluate`` (issue 12): among the gold figures found, the share whose
counted noun is the gold one. No model: the report scores rows given to it."""

from __future__ import annotations

from pipeline.evaluate import Report
from pipeline.evaluate.scorer import same_unit


def test_same_unit():
    assert same_unit({"unit": "habitant"}, {"unit": "habitant"})
    assert same_unit({"unit": None}, {"unit": None})
    assert same_unit({"unit": ""}, {})
    assert not same_unit({"unit": "habitant"}, {"unit": None})
    assert not same_unit({"unit": "chef"}, {"unit": "chef d'accusation"})


def test_unit_accuracy_over_figures_found():
    text = "Il y a 25 000 travailleurs et 12 chefs d'accusation, et 3 autres."
    doc = {
        "id": "d",
        "text": text,
        "figures": [
            {"start": 7, "end": 13, "value": 25000.0, "unit": "travailleur"},
            {"start": 30, "end": 32, "value": 12.0, "unit": "chef d'accusation"},
            {"start": 56, "end": 57, "value": 3.0, "unit": "chef d'accusation"},
        ],
    }
    pred = [
        {
            "start_char": 7,
            "end_char": 13,
            "value": 25000.0,
            "low": 25000.0,
            "high": 25000.0,
            "unit": "travailleur",
        },
        {"start_char": 30, "end_char": 32, "value": 12.0, "low": 12.0, "high": 12.0, "unit": "chef"},
    ]
    report = Report()
    report.score_figures(doc, pred)
    assert (report.figure_units.correct, report.figure_units.total) == (1, 2)  # the missed one is not counted
    assert "figures unit" in report.table()
    assert report.as_dict()["figures unit"]["accuracy"] == 0.5
    assert any("figure unit" in line for line in report.details)
