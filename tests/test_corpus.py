"""Annotations kept as offsets keyed by sentence id, joined with their texts (pipeline.evaluate.corpus)."""

import json

import pytest

from pipeline.cli import main
from pipeline.evaluate.corpus import CorpusError, blocks, documents

TEXTS = {
    "er_00001": "Le préfet Jean Martin a présenté le bilan.",
    "er_00002": "« Nous avons compté 1 200 interventions. »",
    "er_00003": "Selon la mairie, 40 logements seront construits.",
    "fr-ud-dev_00007": "Il a dit que 3 trains circulaient.",
    "fr-ud-dev_00008": "Rien ici.",
}


def _row(sid, figures=(), attributions=()):
    return {"id": sid, "figures": list(figures), "attributions": list(attributions)}


ROWS = [
    _row("er_00001"),
    _row(
        "er_00002",
        figures=[{"start": 20, "end": 25, "value": 1200.0, "unit": "intervention", "source": 0}],
        attributions=[
            {"cue": [0, 1], "source": [0, 21], "source_name": [10, 21], "source_sentence": "er_00001"}
            | {"relayed_by": None, "content": [2, 40], "kind": "quote"}
        ],
    ),
    _row(
        "er_00003",
        figures=[{"start": 17, "end": 19, "value": 40.0, "unit": "logement", "source": 0}],
        attributions=[
            {"cue": [0, 5], "source": [6, 15], "source_name": None, "relayed_by": None}
            | {"content": [17, 48], "kind": "selon"}
        ],
    ),
    _row(
        "fr-ud-dev_00007",
        attributions=[{"cue": [5, 8], "source": [0, 2], "content": [9, 33], "kind": "verb"}],
    ),
    _row("fr-ud-dev_00008"),
]


def test_consecutive_sentences_of_one_text_form_a_document_and_standalone_ones_do_not():
    assert [[r["id"] for r in b] for b in blocks(ROWS, block_size=10)] == [
        ["er_00001", "er_00002", "er_00003"],
        ["fr-ud-dev_00007"],
        ["fr-ud-dev_00008"],
    ]


def test_a_block_is_not_cut_before_a_sentence_that_points_back_into_it():
    assert [[r["id"] for r in b] for b in blocks(ROWS, block_size=1)] == [
        ["er_00001", "er_00002"],
        ["er_00003"],
        ["fr-ud-dev_00007"],
        ["fr-ud-dev_00008"],
    ]


def test_offsets_are_shifted_into_the_document_and_cross_sentence_speakers_resolved():
    doc = documents(ROWS, TEXTS)[0]
    text = doc["text"]
    assert text == " ".join(TEXTS[i] for i in ("er_00001", "er_00002", "er_00003"))
    quote, selon = doc["attributions"]
    assert text[slice(*quote["source"])] == "Le préfet Jean Martin"
    assert text[slice(*quote["source_name"])] == "Jean Martin"
    assert text[slice(*quote["cue"])] == "«"
    assert text[slice(*selon["source"])] == "la mairie"
    f1200, f40 = doc["figures"]
    assert text[f1200["start"] : f1200["end"]] == "1 200" and f1200["source"] == 0
    assert text[f40["start"] : f40["end"]] == "40" and f40["source"] == 1
    assert "source_sentence" not in quote


def test_a_figure_pointing_to_an_attribution_on_another_sentence():
    rows = [
        _row("er_00001", attributions=[{"cue": [0, 1], "source": None, "content": [2, 20], "kind": "quote"}]),
        _row("er_00002", figures=[{"start": 20, "end": 25, "value": 1200.0, "source": ["er_00001", 0]}]),
    ]
    (doc,) = documents(rows, TEXTS)
    assert doc["figures"][0]["source"] == 0


@pytest.mark.parametrize(
    "row, message",
    [
        (_row("er_09999"), "no such sentence"),
        (_row("er_00001", figures=[{"start": 40, "end": 60, "value": 1.0}]), "outside"),
        (_row("er_00001", attributions=[{"cue": [0, 99], "content": [0, 1], "kind": "verb"}]), "outside"),
    ],
)
def test_an_annotation_off_its_text_is_an_error(row, message):
    with pytest.raises(CorpusError, match=message):
        documents([row], TEXTS)


def test_evaluate_without_the_corpora_is_a_usage_error(tmp_path, capsys):
    gold = tmp_path / "a.jsonl"
    gold.write_text(json.dumps(ROWS[0]) + "\n")
    assert main(["evaluate", str(gold), "--corpora", str(tmp_path / "nowhere")]) == 2
    assert "annotations need their texts" in capsys.readouterr().err


@pytest.mark.model
def test_evaluate_joins_annotations_with_the_corpora(tmp_path, capsys):
    corpora = tmp_path / "corpora"
    corpora.mkdir()
    (corpora / "c.jsonl").write_text(
        "".join(json.dumps({"id": k, "text": v}) + "\n" for k, v in TEXTS.items())
    )
    gold = tmp_path / "a.jsonl"
    gold.write_text("".join(json.dumps(r) + "\n" for r in ROWS))
    assert main(["evaluate", str(gold), "--corpora", str(corpora), "--json"]) == 0
    scores = json.loads(capsys.readouterr().out)
    assert scores["documents"] == 3
    assert scores["scores"]["sources"]["n_gold"] == 3
    assert scores["scores"]["figures detection"]["n_gold"] == 2


def test_settled_lines_replace_the_first_annotators(tmp_path):
    from pipeline.evaluate.corpus import read_annotations

    (tmp_path / "settled").mkdir()
    (tmp_path / "b.jsonl").write_text(json.dumps(ROWS[3]) + "\n" + json.dumps(ROWS[4]) + "\n")
    (tmp_path / "settled" / "b.jsonl").write_text(json.dumps(_row("fr-ud-dev_00007")) + "\n")
    assert read_annotations([tmp_path / "b.jsonl"]) == [_row("fr-ud-dev_00007"), ROWS[4]]
