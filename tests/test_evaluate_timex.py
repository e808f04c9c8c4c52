"""``pipeline evaluate data/annotations/timex/``: TIMEX3 annotations kept as offsets, joined with their
texts, each batch's documents dated by its ``dct`` (``batches.json``), scored as ftb_dev's dates with a line
per batch. A small hand-made folder, never the real corpus."""

import json

import pytest

from pipeline.cli import main
from pipeline.evaluate import GoldError, Report, check_annotation
from pipeline.evaluate.corpus import documents, read_annotations

TEXTS = {
    "er_00001": "Le conseil s'est réuni hier.",
    "er_00002": "Il se réunira le 3 mars.",
    "er_00003": "Rien ici.",
    "fr-ud-dev_00001": "En 2015, il pleuvait.",
}


def _write(folder, name, rows):
    (folder / f"{name}.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


@pytest.fixture
def timex_dir(tmp_path):
    """Two batches of consecutive sentences (er_00002 ends one, er_00003 opens the next), a standalone one."""
    folder = tmp_path / "timex"
    folder.mkdir()
    batches = {
        "a": {"dct": "2002-10-16", "ids": ["er_00001", "er_00002"], "double": []},
        "b": {"dct": "2003-01-08", "ids": ["er_00003"], "double": []},
        "c": {"dct": "2016-06-15", "ids": ["fr-ud-dev_00001"], "double": []},
    }
    (folder / "batches.json").write_text(json.dumps(batches), encoding="utf-8")
    hier = {"start": 23, "end": 27, "type": "DATE", "value": "2002-10-15", "mod": None}
    mars = {"start": 14, "end": 23, "type": "DATE", "value": "2003-03-03", "mod": None}
    _write(folder, "a", [{"id": "er_00001", "timex": [hier]}, {"id": "er_00002", "timex": [mars]}])
    _write(folder, "b", [{"id": "er_00003", "timex": []}])
    year = {"start": 3, "end": 7, "type": "DATE", "value": "2015", "mod": None}
    _write(folder, "c", [{"id": "fr-ud-dev_00001", "timex": [year]}])
    return folder


@pytest.fixture
def corpora(tmp_path):
    folder = tmp_path / "corpora"
    folder.mkdir()
    (folder / "c.jsonl").write_text(
        "".join(json.dumps({"id": k, "text": v}) + "\n" for k, v in TEXTS.items())
    )
    return folder


def test_batches_become_dated_documents_of_dates_only(timex_dir):
    rows = read_annotations(sorted(timex_dir.glob("*.jsonl")))
    docs = documents(rows, TEXTS)
    assert [d["sentences"] for d in docs] == [["er_00001", "er_00002"], ["er_00003"], ["fr-ud-dev_00001"]]
    assert [(d["batch"], d["dct"]) for d in docs] == [
        ("a", "2002-10-16"),
        ("b", "2003-01-08"),
        ("c", "2016-06-15"),
    ]
    first = docs[0]
    assert first["text"] == "Le conseil s'est réuni hier. Il se réunira le 3 mars."
    assert [(t["start"], t["end"], first["text"][t["start"] : t["end"]]) for t in first["timex"]] == [
        (23, 27, "hier"),
        (43, 52, "le 3 mars"),
    ]
    assert docs[1]["timex"] == []
    assert all("figures" not in d and "attributions" not in d for d in docs)


def test_a_dated_batch_makes_one_document_per_text(tmp_path):
    texts = {f"er_{k:05d}": f"Phrase {k}." for k in range(1, 13)}
    (tmp_path / "batches.json").write_text(json.dumps({"a": {"dct": "2002-10-16", "ids": list(texts)}}))
    _write(tmp_path, "a", [{"id": k, "timex": []} for k in texts])
    docs = documents(read_annotations([tmp_path / "a.jsonl"]), texts)
    assert [len(d["sentences"]) for d in docs] == [12]  # the attributions corpus cuts at about ten


def test_an_attributions_folder_without_dates_reads_as_before(tmp_path):
    _write(tmp_path, "news", [{"id": "er_00001", "figures": [], "attributions": []}])
    (doc,) = documents(read_annotations([tmp_path / "news.jsonl"]), TEXTS)
    assert set(doc) == {"id", "sentences", "text", "figures", "attributions"}


@pytest.mark.parametrize(
    "row,message",
    [
        ({"id": "er_00001", "timex": {"start": 0}}, '"timex" is not a list of objects'),
        ({"id": "er_00001", "timex": [{"start": "0", "end": 4}]}, 'timex 1: "start" is not an integer'),
    ],
)
def test_a_timex_line_that_cannot_be_joined_is_refused(row, message):
    with pytest.raises(GoldError, match=message):
        check_annotation(row, "a.jsonl: line 1")


def test_without_the_corpora_the_timex_corpus_is_skipped(timex_dir, tmp_path, capsys):
    assert main(["evaluate", str(timex_dir), "--corpora", str(tmp_path / "nowhere")]) == 0
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "skipped: the texts of these annotations are not here" in captured.err


def test_each_batch_has_its_own_lines():
    report = Report()
    doc = {
        "id": "d",
        "text": "hier et demain",
        "batch": "news",
        "timex": [
            {"start": 0, "end": 4, "type": "DATE", "value": "2002-10-15"},
            {"start": 8, "end": 14, "type": "DATE", "value": "2002-10-17"},
        ],
    }
    pred = [
        {"start_char": 0, "end_char": 4, "type": "DATE", "value": "2002-10-15"},
        {"start_char": 8, "end_char": 13, "type": "TIME", "value": "2002-10-17"},
    ]
    report.score_dates(doc, pred)
    scores = {k: (v.tp, v.n_pred, v.n_gold) for k, v in report.scores.items()}
    assert scores == {
        "dates relaxed": (2, 2, 2),
        "dates strict": (1, 2, 2),
        "dates value": (2, 2, 2),
        "dates type": (1, 2, 2),
        "  news relaxed": (2, 2, 2),
        "  news strict": (1, 2, 2),
        "  news value": (2, 2, 2),
        "  news type": (1, 2, 2),
    }


@pytest.mark.model
def test_evaluate_scores_the_timex_folder(timex_dir, corpora, capsys):
    assert main(["evaluate", str(timex_dir), "--corpora", str(corpora), "--json"]) == 0
    scores = json.loads(capsys.readouterr().out)
    assert scores["documents"] == 3
    assert scores["scores"]["dates relaxed"]["n_gold"] == 3
    assert scores["scores"]["  a value"] == {"tp": 2, "n_pred": 2, "n_gold": 2, "p": 1.0, "r": 1.0, "f1": 1.0}
    assert "figures detection" not in scores["scores"]
