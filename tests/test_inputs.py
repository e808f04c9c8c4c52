"""Inputs as people have them (issue 15): dates as written, CSV, colliding paths, the output folder inside an
input, Markdown. Every record once, as a Record or a ReadError."""

import json

import pandas as pd
import pytest

from pipeline.readers import ReadError, Record, read_inputs


def read(*inputs, **kw):
    notes: list[dict] = []
    items = list(read_inputs(inputs, notes, **kw))
    return [i for i in items if isinstance(i, Record)], [i for i in items if isinstance(i, ReadError)], notes


def test_publication_dates_as_written(tmp_path):
    (tmp_path / "a.md").write_text("---\ntitle: Crue\ndate: 5 août 2025\n---\nLa Moselle monte.\n", "utf-8")
    records = [
        {"id": "r1", "text": "Un.", "datePublished": "2025-08-05T09:00:00+02:00"},
        {"id": "r2", "text": "Deux.", "pubDate": "Tue, 05 Aug 2025 14:30:00 +0200"},
        {"id": "r3", "text": "Trois.", "date": "05/08/2025"},
        {"id": "r4", "text": "Quatre.", "published": "demain"},
    ]
    (tmp_path / "b.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records), "utf-8")
    got, errors, notes = read(tmp_path / "a.md", tmp_path / "b.jsonl")
    assert [(r.doc_id, r.published) for r in got] == [
        ("a.md", "2025-08-05"),
        ("r1", "2025-08-05T09:00:00+02:00"),
        ("r2", "2025-08-05T14:30:00+02:00"),
        ("r3", "2025-08-05"),
    ]
    assert [(e.path, e.record, e.error) for e in errors] == [("b.jsonl", 4, "BadPublished")]
    assert notes == [{"path": "b.jsonl", "record": 3, "note": notes[0]["note"]}]
    assert "ambiguous" in notes[0]["note"] and "05/08/2025" in notes[0]["note"]


def test_csv_articles(tmp_path):
    (tmp_path / "export.csv").write_text(
        'id,titre,contenu,date\nx1,Budget,"Le budget, voté hier, atteint 3 M€.",2025-03-01\n'
        "x2,Vide,,2025-03-02\nx3,Crue,La Meuse déborde.,1 mars 2025\n",
        "utf-8",
    )
    got, errors, _ = read(tmp_path / "export.csv", text_column="contenu")
    assert [(r.doc_id, r.record, r.text, r.published) for r in got] == [
        ("x1", 1, "Le budget, voté hier, atteint 3 M€.", "2025-03-01"),
        ("x3", 3, "La Meuse déborde.", "2025-03-01"),
    ]
    assert [(e.record, e.error) for e in errors] == [(2, "EmptyText")]  # the column is there, empty
    _, errors, _ = read(tmp_path / "export.csv")  # no "text" column
    assert [(e.record, e.error) for e in errors] == [(None, "MissingText")]


def test_two_folders_with_the_same_name_keep_apart(tmp_path):
    for side in ("a", "b"):
        (tmp_path / side / "seeds").mkdir(parents=True)
        (tmp_path / side / "seeds" / "x.txt").write_text(f"Texte {side}.", "utf-8")
        (tmp_path / side / "seeds" / "y.jsonl").write_text(
            '{"text": "Un."}\n{"id": "fixe", "text": "Deux."}\n'
        )
    got, errors, _ = read(tmp_path / "a" / "seeds", tmp_path / "b" / "seeds")
    assert [r.doc_id for r in got] == [
        "seeds/x.txt",
        "seeds/y.jsonl:1",
        "fixe",
        "b/seeds/x.txt",
        "b/seeds/y.jsonl:1",
    ]
    assert [r.path for r in got][-1] == "b/seeds/y.jsonl"
    assert [(e.path, e.record, e.error) for e in errors] == [
        ("seeds/y.jsonl", 2, "DuplicateId")
    ]  # a given id


def test_the_output_folder_is_never_read_back(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Un article.", "utf-8")
    (tmp_path / "in" / "out" / "report").mkdir(parents=True)
    (tmp_path / "in" / "out" / "report" / "index.html").write_text("<p>rapport</p>", "utf-8")
    (tmp_path / "in" / "out" / "statements.csv").write_text("doc_id,text\na,b\n", "utf-8")
    got, errors, _ = read(tmp_path / "in", exclude=[tmp_path / "in" / "out"])
    assert [r.doc_id for r in got] == ["in/a.txt"] and errors == []


def test_markdown_is_read_as_plain_text_with_a_map_to_the_file(tmp_path):
    raw = "Selon [l'Insee](https://www.insee.fr/x), le **chômage** baisse.\n"
    (tmp_path / "a.md").write_text(raw, "utf-8")
    (tmp_path / "a.txt").write_text(raw, "utf-8")
    (md, txt), _, _ = read(tmp_path / "a.md", tmp_path / "a.txt")
    assert md.text == "Selon l'Insee, le chômage baisse." and md.title == md.text
    assert md.raw == md.as_read == raw and md.offsets[md.text.index("l'Insee")] == raw.index("l'Insee")
    assert txt.text == txt.as_read == raw and txt.title == raw.strip()  # only Markdown files are Markdown


# ---------------------------------------------------------------- through the command line, with the model


@pytest.mark.model
def test_cli_csv_and_markdown(tmp_path, capsys):
    from pipeline.cli import main

    src = tmp_path / "in"
    src.mkdir()
    (src / "export.csv").write_text(
        'id,contenu,date\nc1,"Selon la préfecture, 3 000 personnes ont défilé.",5 août 2025\n', "utf-8"
    )
    (src / "note.md").write_text(
        "# Chômage\n\nSelon [l'Insee](https://www.insee.fr/x), le **chômage** a baissé de 2 %.\n", "utf-8"
    )
    out = tmp_path / "out"  # inside the input it is a usage error (issue 22: tests/test_trust_more.py)
    for _ in range(2):
        code = main(["extract", str(src), "--out", str(out), "--text-column", "contenu"])
        assert code == 0
    err = capsys.readouterr().err
    assert "loading the model" in err
    articles = pd.read_csv(out / "articles.csv")
    assert sorted(articles["doc_id"]) == ["c1", "in/note.md"]
    assert articles.set_index("doc_id").loc["c1", "published"] == "2025-08-05"
    # Markdown: no link syntax reaches a name, and offsets are the file's (the markup is blanked, not cut)
    names = pd.read_csv(out / "entities.csv")
    assert not names["text"].str.contains(r"\]\(|\*\*|https", regex=True).any()
    figures = pd.read_csv(out / "figures.csv").set_index("doc_id")
    raw = (src / "note.md").read_text(encoding="utf-8")
    start, end = figures.loc["in/note.md", ["start_char", "end_char"]]
    assert raw[start:end] == "2 %"
    run = json.loads((out / "run.json").read_text(encoding="utf-8"))
    assert run["command"][:2] == ["pipeline", "extract"] and run["out"] == "." and run["inputs"] == ["../in"]
    assert run["started_at"] <= run["ended_at"] and run["status"] == "complete"


@pytest.mark.model
def test_cli_empty_folder_says_so(tmp_path, capsys):
    from pipeline.cli import main

    (tmp_path / "vide").mkdir()
    assert main(["extract", str(tmp_path / "vide"), "--out", str(tmp_path / "out")]) == 0
    assert "warning: no articles found" in capsys.readouterr().err
    run = json.loads((tmp_path / "out" / "run.json").read_text(encoding="utf-8"))
    assert run["counts"]["articles"] == 0 and "no articles found" in run["notes"][-1]["note"]


@pytest.mark.model
def test_figures_in_the_title_are_marked_to_count_once():
    import pipeline

    record = {
        "id": "a",
        "title": "Grève : 3 000 manifestants à Nancy",
        "text": "Grève : 3 000 manifestants à Nancy\n\nSelon la police, 3 000 personnes ont défilé.",
    }
    figures = pipeline.extract([record]).figures
    assert figures[["text", "in_title", "source_name"]].fillna("-").values.tolist() == [
        ["3 000", True, "-"],
        ["3 000", False, "police"],
    ]


# --- Markdown: parsed, not blanked (issue 20) --------------------------------------------------------------

MD_BODY = """# Incendie dans le Var

**1 200 hectares** ont brûlé, selon les pompiers.

Le feu a été maîtrisé, a indiqué [le préfet du Var](https://www.var.gouv.fr/c) lors d'un point presse.

Le massif avait déjà brûlé en 2017, rappelle *La Provence*.
"""


def markup_free(text: str) -> str:
    return (
        text.replace("**", "")
        .replace("*", "")
        .replace("[le préfet du Var](https://www.var.gouv.fr/c)", "le préfet du Var")
        .replace("# ", "")
    )


@pytest.mark.model
def test_markdown_reads_as_its_plain_text_with_the_files_offsets(tmp_path, nlp):
    import pipeline

    (tmp_path / "md").mkdir()
    (tmp_path / "md" / "feu.md").write_text("---\npublished: 2024-08-03\n---\n" + MD_BODY, encoding="utf-8")
    (tmp_path / "txt").mkdir()
    (tmp_path / "txt" / "feu.txt").write_text(
        "---\npublished: 2024-08-03\n---\n" + markup_free(MD_BODY).rstrip("\n"), encoding="utf-8"
    )
    md = pipeline.extract([tmp_path / "md"])
    plain = pipeline.extract([tmp_path / "txt"])
    assert md.texts == {"md/feu.md": MD_BODY}  # the text the offsets point into: the file's
    assert md.articles.loc[0, "n_chars"] == len(MD_BODY)
    figures = md.figures.set_index("text")
    start, end = figures.loc["1 200", ["start_char", "end_char"]]
    assert MD_BODY[start:end] == "1 200"
    assert figures.loc["1 200", "source_name"] == "pompiers"
    sources = md.sources
    prefet = sources.set_index("mention").loc["le préfet du Var"]  # a clean mention, no padding
    assert prefet["role"] == "préfet du Var"
    assert "La Provence" in sources["name"].dropna().tolist()
    for _, s in sources.iterrows():  # every mention is clean and at its place in the file
        if not pd.isna(s["mention"]):
            assert MD_BODY[s["start_char"] : s["end_char"]] == s["mention"]
    # the same tables as the article written without markup, offsets aside
    for name, df in md.items():
        columns = [c for c in df.columns if not c.endswith(("_char", "_key"))]
        columns = [c for c in columns if c not in ("doc_id", "path", "n_chars")]
        pd.testing.assert_frame_equal(df[columns], plain[name][columns], obj=name)
