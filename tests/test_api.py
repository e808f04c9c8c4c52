"""The Python API: DataFrames with the file schema, from paths, texts and records; show; cached load."""

import pytest

import pipeline
from pipeline.schema import TABLES

pytestmark = pytest.mark.model

TEXT = "Le maire de Nancy, Mathieu Klein, a inauguré une école. Mathieu Klein était accompagné du préfet."


def test_load_is_cached(nlp):
    assert pipeline.load() is nlp
    trained = [n for n in nlp.pipe_names if not n.startswith("news_")]
    assert trained == ["tok2vec", "morphologizer", "parser", "attribute_ruler", "lemmatizer", "ner"]
    assert "news_entities" in nlp.pipe_names


def test_extract_texts_and_records(nlp):
    tables = pipeline.extract([TEXT, {"id": "r1", "text": TEXT, "published": "2024-05-02"}, {"id": "r2"}])
    for name, df in tables.items():
        assert list(df.columns) == TABLES[name].names
    assert tables.articles["doc_id"].tolist() == ["0", "r1"]
    assert tables.articles["published"].tolist()[1] == "2024-05-02"
    assert tables.errors[["record", "error"]].values.tolist() == [[2, "MissingText"]]
    per = tables.entities[(tables.entities.doc_id == "r1") & (tables.entities.label == "PER")]
    assert per["text"].tolist() == ["Mathieu Klein", "Mathieu Klein"]
    row = per.iloc[0]
    assert TEXT[row.start_char : row.end_char] == "Mathieu Klein"


def test_extract_paths_and_text(nlp):
    from conftest import SEED

    tables = pipeline.extract(SEED)
    assert len(tables.articles) == 1 and tables.articles.n_entities[0] == len(tables.entities)
    one = pipeline.extract_text(TEXT, published="2024-05-02")
    assert one.articles["published"].tolist() == ["2024-05-02"]


def test_show_renders_spans(nlp):
    doc = pipeline.parse(TEXT, published="2024-05-02")
    assert doc._.published == "2024-05-02"
    html = pipeline.show(doc, jupyter=False)
    assert "ENTITY PER" in html and "ENTITY LOC" in html and "#d7e3fc" in html


def test_extract_names_its_engines():
    import pipeline

    with pytest.raises(ValueError, match="engine must be 'local' or 'dask'"):
        pipeline.extract(["Un texte."], engine="spark")
