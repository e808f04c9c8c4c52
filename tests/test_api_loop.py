"""The notebook loop (issue 20): extract -> save -> ``pipeline report``, a CSV's own text column, paths
that do not exist, ``pipeline.show(tables, doc_id)``."""

import json
from pathlib import Path

import pytest

import pipeline

FIRE = "Selon les pompiers, 1 200 hectares ont brûlé samedi dans le Var."
STRIKE = "La CGT a compté 3 000 manifestants à Lyon, a indiqué le syndicat."


@pytest.mark.parametrize(
    "inputs",
    [["mes_articles"], "mes_articles", ["articles/2024"], [Path("mes_articles")], ["dossier.csv"]],
    ids=["one word", "one word, alone", "a relative folder", "a Path", "a file name"],
)
def test_a_missing_path_raises_whatever_it_looks_like(inputs, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(FileNotFoundError, match="no such input"):
        pipeline.extract(inputs)


def test_texts_and_paths_do_not_mix(tmp_path):
    with pytest.raises(ValueError, match="not both"):
        pipeline.extract([str(tmp_path), FIRE])


@pytest.fixture(scope="module")
def export(tmp_path_factory):
    """A CSV export whose text column is ``contenu``."""
    folder = tmp_path_factory.mktemp("export")
    (folder / "export.csv").write_text(
        f'id,titre,date,contenu\r\nfeu,Incendie,2024-08-03,"{FIRE}"\r\ngreve,Grève,2024-05-02,"{STRIKE}"\r\n',
        encoding="utf-8",
    )
    return folder / "export.csv"


@pytest.fixture(scope="module")
def tables(export, nlp):
    return pipeline.extract([export], text_column="contenu")


@pytest.mark.model
def test_extract_takes_the_text_column(tables):
    assert tables.articles["doc_id"].tolist() == ["feu", "greve"]
    assert tables.errors.empty
    figures = tables.figures.set_index("text")
    assert figures.loc["1 200", "source_name"] == "pompiers"
    assert FIRE[figures.loc["1 200", "start_char"] : figures.loc["1 200", "end_char"]] == "1 200"
    assert tables.texts == {"feu": FIRE, "greve": STRIKE}


@pytest.mark.model
def test_extract_takes_the_text_column_of_records(nlp):
    tables = pipeline.extract([{"id": "r", "contenu": FIRE}], text_column="contenu")
    assert tables.articles["doc_id"].tolist() == ["r"] and tables.texts == {"r": FIRE}


@pytest.mark.model
def test_save_writes_what_the_report_needs(tables, tmp_path):
    out = tables.save(tmp_path / "out", format="parquet")
    run = json.loads((out / "run.json").read_text(encoding="utf-8"))
    assert run["status"] == "complete" and run["format"] == "parquet"
    assert run["counts"] == {name: len(df) for name, df in tables.items()}
    texts = [json.loads(line) for line in (out / "texts.jsonl").read_text(encoding="utf-8").splitlines()]
    assert texts == [{"doc_id": "feu", "text": FIRE}, {"doc_id": "greve", "text": STRIKE}]
    assert sorted(p.name for p in out.iterdir()) == sorted(
        [f"{name}.parquet" for name, _ in tables.items()] + ["speakers.parquet", "run.json", "texts.jsonl"]
    )


@pytest.mark.model
def test_save_in_another_format_leaves_no_stale_table(tables, tmp_path):
    out = tables.save(tmp_path / "out", format="parquet")
    tables.save(out, format="csv")
    assert not list(out.glob("*.parquet")) and (out / "figures.csv").exists()


@pytest.mark.model
def test_show_one_article_of_tables(tables):
    html = pipeline.show(tables, "feu", jupyter=False)
    assert html.startswith('<div class="pr">')
    assert html.count('<mark class="fig" id=') == 1 and ">1 200</mark>" in html
    assert "pompiers" in html and "The article's text was not found" not in html
    with pytest.raises(KeyError, match="no article 'absent'"):
        pipeline.show(tables, "absent", jupyter=False)
