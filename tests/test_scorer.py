"""The evaluation scorer on tiny hand-made gold/prediction pairs, with exact expected numbers."""

import pytest

from pipeline.evaluate import Report
from pipeline.evaluate.scorer import PRF, match, same_figure_value, span_scores


def test_match_is_one_to_one_largest_overlap_first():
    # pred 0 overlaps gold 0 by 2 and gold 1 by 5: it takes gold 1; pred 1 then takes gold 0.
    assert match([(0, 10), (3, 6)], [(3, 5), (5, 12)]) == {0: 1, 1: 0}
    assert match([(0, 4)], [(0, 2), (2, 4)]) == {0: 0}
    assert match([(0, 2)], [(2, 4)]) == {}


def test_span_scores_relaxed_and_strict():
    relaxed, strict, m = span_scores([(0, 5), (10, 14), (20, 22)], [(0, 5), (10, 12), (30, 33), (40, 41)])
    assert (relaxed.tp, relaxed.n_pred, relaxed.n_gold) == (2, 3, 4)
    assert relaxed.p == pytest.approx(2 / 3) and relaxed.r == pytest.approx(0.5)
    assert relaxed.f1 == pytest.approx(2 * (2 / 3) * 0.5 / (2 / 3 + 0.5))
    assert (strict.tp, strict.p, strict.r) == (1, 1 / 3, 0.25)
    assert m == {0: 0, 1: 1}


def test_prf_empty_is_zero_not_error():
    assert (PRF(0, 0, 0).p, PRF(0, 0, 0).r, PRF(0, 0, 0).f1) == (0.0, 0.0, 0.0)
    assert (PRF(1, 2, 0) + PRF(1, 0, 2)).f1 == pytest.approx(1.0)


@pytest.mark.parametrize(
    "pred, gold, ok",
    [
        ({"value": 25000.0}, {"value": 25000.0, "low": 25000.0, "high": 25000.0}, True),
        ({"value": 25000.0000000001}, {"value": 25000.0}, True),
        ({"value": 2500.0}, {"value": 25000.0}, False),
        (
            {"value": None, "low": 2000.0, "high": 5000.0},
            {"value": None, "low": 2000.0, "high": 5000.0},
            True,
        ),
        ({"value": None, "low": 2000.0, "high": None}, {"value": None, "low": 2000.0, "high": 5000.0}, False),
        ({"value": None, "low": 2e6, "high": None}, {"value": None, "low": 2e6, "high": None}, True),
    ],
)
def test_figure_value(pred, gold, ok):
    assert same_figure_value(pred, gold) is ok


def test_report_on_one_document():
    text = "Selon la police, 300 personnes et une dizaine de chiens sont venus hier à 14 h."
    gold = {
        "id": "d",
        "text": text,
        "dct": "2024-01-02",
        "timex": [
            {"start": 68, "end": 72, "type": "DATE", "value": "2024-01-01"},
            {"start": 75, "end": 79, "type": "TIME", "value": "2024-01-01T14:00"},
        ],
        "figures": [
            {"start": 17, "end": 20, "value": 300.0, "low": 300.0, "high": 300.0, "source": 0},
            {"start": 33, "end": 44, "value": 10.0, "low": 10.0, "high": 10.0, "source": None},
        ],
        "attributions": [{"cue": [0, 5], "source": [6, 15], "kind": "selon"}],
    }
    rows = {
        "entities": [{"label": "ORG"}],
        "dates": [
            {"start_char": 68, "end_char": 72, "type": "DATE", "value": "2024-01-01"},
            {"start_char": 72, "end_char": 79, "type": "TIME", "value": "2024-01-01T15:00"},
        ],
        "figures": [
            {"start_char": 17, "end_char": 20, "value": 300.0, "source_key": "d#s0"},
            {"start_char": 37, "end_char": 44, "value": 12.0, "source_key": "d#s0"},
            {"start_char": 45, "end_char": 47, "value": 1.0, "source_key": None},
        ],
        "sources": [
            {"source_key": "d#s0", "start_char": 9, "end_char": 15, "cue_start_char": 0, "cue_end_char": 5}
        ],
    }
    r = Report()
    r.score_doc(gold, rows)
    s = r.scores
    assert (s["dates relaxed"].tp, s["dates strict"].tp, s["dates value"].tp, s["dates type"].tp) == (
        2,
        1,
        1,
        2,
    )
    assert (s["figures detection"].tp, s["figures detection"].n_pred, s["figures value"].tp) == (2, 3, 1)
    assert (s["sources"].tp, s["sources"].n_pred, s["sources"].n_gold) == (1, 1, 1)
    assert (r.links["sourced"].correct, r.links["sourced"].total) == (1, 1)
    assert (r.links["unsourced"].correct, r.links["unsourced"].total) == (0, 1)
    assert r.entities == {"ORG": 1}
    kinds = sorted(line.split("\t")[1] for line in r.details)
    assert kinds == ["date wrong", "figure false alarm", "figure wrong", "link"]


@pytest.mark.model
def test_evaluate_command_on_dev(nlp, capsys, tmp_path):
    import json

    from conftest import SHARED_EVAL

    from pipeline.cli import main
    from pipeline.evaluate import read_gold

    path = SHARED_EVAL / "ftb_dev.jsonl"
    if not path.exists():
        pytest.skip("../shared/eval/ftb_dev.jsonl is not here")
    gold = read_gold(path)
    assert main(["evaluate", str(path), "--json", "--details", str(tmp_path / "d.tsv")]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["documents"] == len(gold)
    assert out["scores"]["dates relaxed"]["n_gold"] == sum(len(d.get("timex", [])) for d in gold)
    assert out["scores"]["figures detection"]["n_gold"] == sum(len(d.get("figures", [])) for d in gold)
    assert out["scores"]["sources"]["n_gold"] == sum(len(d.get("attributions", [])) for d in gold)
    assert (tmp_path / "d.tsv").read_text(encoding="utf-8").startswith("doc\twhat\tspan\tnote\tcontext\n")
