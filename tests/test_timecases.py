"""The Duckling time cases as an evaluation: spans our convention marks, Duckling's values mapped to ours."""

import pytest

from pipeline.evaluate.timecases import gold_span, is_time_cases, same_value

REF = "2013-02-12T04:30:00"


@pytest.mark.parametrize(
    "text, span",
    [
        ("à quinze heures", "quinze heures"),
        ("à partir du 8 mars", "8 mars"),
        ("à partir d'hier", "hier"),
        ("d'ici fin 2024", "fin 2024"),
        ("il y a deux heures", "deux heures"),
        ("aujourd'hui", "aujourd'hui"),
        ("avant-hier", "avant-hier"),
        ("deux ans", "deux ans"),
        ("au début de l'année", "début de l'année"),
    ],
)
def test_gold_span_leaves_out_the_preposition(text, span):
    start, end = gold_span(text)
    assert text[start:end] == span


def case(kind, value, grain="Day"):
    return {"kind": kind, "value": value, "grain": grain, "ref_time": REF}


def row(value, type_="DATE", start=None, end=None, bound=None):
    return {"value": value, "type": type_, "period_start": start, "period_end": end, "bound": bound}


@pytest.mark.parametrize(
    "gold, pred, same",
    [
        (case("datetime", "2013-02-12T15", "Hour"), row("2013-02-12T15:00", "TIME"), True),
        (case("datetime", "2013-02-12T15", "Hour"), row("2013-02-12T03:00", "TIME"), False),
        (case("datetime", REF, "Second"), row("PRESENT_REF", "TIME"), True),
        (case("datetime", "2013-W07", "Week"), row("2013-W07"), True),
        (case("datetime", "2013-01-22"), row("P3W", "DURATION", "2013-01-22", "2013-01-22"), True),
        (case("duration", "P3Q", "Quarter"), row("P9M", "DURATION"), True),
        (case("open_interval", {"start": "2013-03-08", "end": None}), row("2013-03-08", bound="from"), True),
        # parts of the day bounded differently: each covers at least half of the other
        (
            case("interval", {"start": "2013-02-12T12", "end": "2013-02-12T18"}, "Hour"),
            row("2013-02-12TAF", "TIME", "2013-02-12T12:00", "2013-02-12T17:59"),
            True,
        ),
        (
            case("interval", {"start": "2013-02-12T17", "end": "2013-02-12T18"}, "Hour"),
            row("2013-02-12TAF", "TIME", "2013-02-12T16:00", "2013-02-12T17:59"),
            True,
        ),
        (
            case("interval", {"start": "2013-02-12T18", "end": "2013-02-12T23"}, "Hour"),
            row("2013-02-12TAF", "TIME", "2013-02-12T12:00", "2013-02-12T17:59"),
            False,
        ),
        (
            case("interval", {"start": "2013-06-21", "end": "2013-09-23"}),
            row("2013-SU", "DATE", "2013-06-01", "2013-08-31"),
            True,
        ),
    ],
)
def test_same_value(gold, pred, same):
    assert same_value(gold, pred, [pred]) is same


def test_an_interval_written_as_two_bounded_rows():
    gold = case("interval", {"start": "2013-07-13", "end": "2013-07-15"})
    rows = [row("2013-07-13", bound="between"), row("2013-07-15", bound="between")]
    assert same_value(gold, rows[0], rows)
    assert not same_value(gold, rows[0], [rows[0], row("2013-07-16", bound="between")])


def test_time_cases_are_known_by_their_fields(tmp_path):
    cases = tmp_path / "cases.jsonl"
    cases.write_text(
        '{"id": "a", "dct": "2013-02-12", "ref_time": "2013-02-12T04:30:00", "kind": "datetime"}\n'
    )
    articles = tmp_path / "articles.jsonl"
    articles.write_text('{"id": "a", "dct": "2013-02-12", "text": "x", "timex": []}\n')
    assert is_time_cases(cases)
    assert not is_time_cases(articles)
