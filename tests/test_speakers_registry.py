"""Speakers across the run (issue 24, second round): keys decided once the whole run is seen, from a registry
keyed by name (the roles each name is written with, the full names of each surname, the acronyms of long
names), then rewritten in sources and statements. Rows built by hand: no model."""

from itertools import count

import pandas as pd
import pytest

from pipeline.speakers.registry import Registry, rekey_files, rekey_frames
from pipeline.writers import TableWriters, read_table


def row(doc, key, mention, name=None, role=None, type_="person"):
    return {
        "doc_id": doc,
        "speaker_key": key,
        "mention": mention,
        "name": name,
        "role": role,
        "source_type": type_,
        "source_key": f"{doc}:s{next(N)}",
    }


N = count()


ROUX = "person:thomas roux"


def keys_after(articles, outlets=None):
    """{doc: [keys of its rows after the rewrite]} for articles given as {doc: rows} (and {doc: outlet})."""
    registry, outlets = Registry(), outlets or {}
    for rows in articles.values():
        registry.add(rows, outlets.get(rows[0]["doc_id"]))
    for rows in articles.values():
        registry.add_descriptions(rows, outlets.get(rows[0]["doc_id"]))
    return {
        doc: [registry.rekey(rows, outlets.get(doc)).get(r["speaker_key"], r["source_key"]) for r in rows]
        for doc, rows in articles.items()
    }


def test_namesakes_told_apart_by_the_roles_each_article_writes_with_the_name():
    """Two roles of two fields never written together with one name are two people; a description resolved
    to the name ('L'entraîneur') tells which one; an article that gives the name no role goes to the one
    person the articles of its outlet give a role, else keeps the name's key alone (nothing tells which)."""
    got = keys_after(
        {
            "a1": [row("a1", ROUX, "Le député Thomas Roux", "Thomas Roux", "député"), row("a1", ROUX, "Il")],
            "a2": [appos("a2", ROUX, "Thomas Roux", "entraîneur du FC Lorient")],
            "a3": [
                row("a3", ROUX, "Thomas Roux", "Thomas Roux"),
                row("a3", ROUX, "L'entraîneur", None, "entraîneur"),
            ],
            "a4": [row("a4", ROUX, "Thomas Roux", "Thomas Roux")],
            "a5": [row("a5", ROUX, "L'entraîneur Thomas Roux", "Thomas Roux", "entraîneur")],
            "a6": [row("a6", ROUX, "Thomas Roux", "Thomas Roux")],
            "a7": [row("a7", ROUX, "Thomas Roux", "Thomas Roux")],
        },
        {"a1": "Courrier", "a2": "Sport", "a3": "Sport", "a4": "Sport", "a5": "Ouest", "a6": "Courrier"},
    )
    assert got == {
        "a1": ["person:thomas roux (depute)"] * 2,
        "a2": ["person:thomas roux (entraineur)"],
        "a3": ["person:thomas roux (entraineur)"] * 2,
        "a4": ["person:thomas roux (entraineur)"],
        "a5": ["person:thomas roux (entraineur)"],
        "a6": ["person:thomas roux (depute)"],
        "a7": [ROUX],
    }


def test_roles_written_with_one_name_in_one_article_are_one_person():
    lefort = "person:julien lefort"
    got = keys_after(
        {
            "a1": [
                row("a1", lefort, "Le maire de Rouen, Julien Lefort", "Julien Lefort", "maire de Rouen"),
                row(
                    "a1",
                    lefort,
                    "Le président de la métropole, Julien Lefort",
                    "Julien Lefort",
                    "président de la métropole",
                ),
            ],
            "a2": [
                row(
                    "a2",
                    lefort,
                    "Le président de la métropole, Julien Lefort",
                    "Julien Lefort",
                    "président de la métropole",
                )
            ],
            "a3": [row("a3", lefort, "Le maire, Julien Lefort", "Julien Lefort", "maire")],
        }
    )
    assert got == {"a1": [lefort, lefort], "a2": [lefort], "a3": [lefort]}


def appos(doc, key, name, role):
    """A name written with its role in apposition ("La ministre du Travail, Hélène Marchand")."""
    return row(doc, key, f"{role}, {name}", name, role)


def ferrand_named(doc):
    return appos(doc, "person:nadia ferrand", "Nadia Ferrand", "secrétaire générale")


def test_roles_of_one_field_or_of_any_field_are_one_person():
    """A mayor who presides the conurbation ('président' is a role of any field), never written with both in
    one article, and an 'élue': one person; so is a coach who is also called the club's president."""
    fabre, roux = "person:sylvie fabre", ROUX
    got = keys_after(
        {
            "a1": [appos("a1", fabre, "Sylvie Fabre", "maire de Quimper")],
            "a2": [appos("a2", fabre, "Sylvie Fabre", "présidente de l'agglomération")],
            "a3": [
                row("a3", fabre, "Sylvie Fabre", "Sylvie Fabre"),
                row("a3", fabre, "L'élue", None, "élue"),
            ],
            "a4": [appos("a4", roux, "Thomas Roux", "entraîneur")],
            "a5": [appos("a5", roux, "Thomas Roux", "président du club")],
        }
    )
    assert got == {"a1": [fabre], "a2": [fabre], "a3": [fabre, fabre], "a4": [roux], "a5": [roux]}


def test_namesakes_a_description_tells_apart():
    """A judge named with her role, and a cyclist of the same name whom only descriptions name ('La
    cycliste', 'La coureuse'): two people; an article with no role and no outlet keeps the name's key."""
    morel = "person:claire morel"
    judge, cyclist = f"{morel} (juge)", f"{morel} (cycliste)"
    got = keys_after(
        {
            "a1": [
                row("a1", morel, "La juge d'instruction Claire Morel", "Claire Morel", "juge d'instruction")
            ],
            "a2": [
                row("a2", morel, "Claire Morel", "Claire Morel"),
                row("a2", morel, "La cycliste", None, "cycliste"),
            ],
            "a3": [
                row("a3", morel, "Claire Morel", "Claire Morel"),
                row("a3", morel, "La coureuse", None, "coureuse"),
            ],
            "a4": [
                row("a4", morel, "La cycliste", None, "cycliste"),
                row("a4", morel, "elle", "Claire Morel"),
            ],
            "a5": [row("a5", morel, "La juge", None, "juge"), row("a5", morel, "Mme Morel", "Mme Morel")],
            "a6": [row("a6", morel, "Claire Morel", "Claire Morel")],
        }
    )
    assert got == {
        "a1": [judge],
        "a2": [cyclist, cyclist],
        "a3": [cyclist, cyclist],
        "a4": [cyclist, cyclist],
        "a5": [judge, judge],
        "a6": [morel],
    }


def test_a_role_of_no_other_field_splits_no_one():
    """'La ministre' resolved to Nadia Ferrand, whom the run knows as a secrétaire générale (a role of any
    field) only: no evidence of a second Nadia Ferrand."""
    ferrand = "person:nadia ferrand"
    got = keys_after(
        {
            "a1": [ferrand_named("a1")],
            "a2": [row("a2", ferrand, "La ministre", None, "ministre"), row("a2", ferrand, "elle")],
        }
    )
    assert got == {"a1": [ferrand], "a2": [ferrand, ferrand]}


def test_a_description_goes_to_the_person_of_the_article_the_run_knows_in_that_role():
    """'La ministre' resolved by proximity to Nadia Ferrand, whom the run knows as a secrétaire générale,
    goes to Hélène Marchand, named in the article and known as a ministre; her other rows stay hers."""
    ferrand, marchand = "person:nadia ferrand", "person:helene marchand"
    got = keys_after(
        {
            "a1": [
                ferrand_named("a1"),
                appos("a1", marchand, "Hélène Marchand", "ministre du Travail"),
            ],
            "a2": [
                row("a2", ferrand, "elle", "Nadia Ferrand"),
                row("a2", ferrand, "La ministre", None, "ministre"),
                row("a2", marchand, "Mme Marchand", "Mme Marchand"),
            ],
            "a3": [
                row("a3", "person:paul roux", "Paul Roux", "Paul Roux"),
                row("a3", ferrand, "La ministre", None, "ministre"),
                row("a3", ferrand, "Nadia Ferrand", "Nadia Ferrand"),
            ],
        }
    )
    assert got == {
        "a1": [ferrand, marchand],
        "a2": [ferrand, marchand, marchand],
        "a3": ["person:paul roux", ferrand, ferrand],
    }  # a3: no one the run knows as a ministre


@pytest.mark.parametrize(
    "others, short, expected",
    [
        ([], "Mme Morvan", "person:karine morvan"),  # the one Morvan of the run
        (["Paul Morvan"], "Mme Morvan", "person:morvan"),  # two: ambiguous
        ([], "M. Morvan", "person:morvan"),  # 'M.' is not Karine
    ],
)
def test_a_surname_alone_takes_the_one_full_name_of_the_run(others, short, expected):
    arts = {
        "a1": [
            row(
                "a1",
                "person:karine morvan",
                "Karine Morvan, présidente des Chantiers",
                "Karine Morvan",
                "présidente des Chantiers",
            )
        ]
    }
    for i, name in enumerate(others):
        arts[f"b{i}"] = [row(f"b{i}", "person:" + name.lower(), name, name)]
    arts["a2"] = [row("a2", "person:morvan", short, short), row("a2", "person:morvan", "Elle", short)]
    assert keys_after(arts)["a2"] == [expected, expected]


def test_a_long_name_takes_the_acronym_an_article_gives_it_in_parentheses():
    fo = "org:fo"
    got = keys_after(
        {
            "a1": [row("a1", fo, "Force ouvrière (FO)", "Force ouvrière", None, "organisation")],
            "a2": [row("a2", "org:force ouvriere", "Force ouvrière", "Force ouvrière", None, "organisation")],
            "a3": [row("a3", "org:fo", "FO", "FO", None, "organisation")],
        }
    )
    assert got == {"a1": [fo], "a2": [fo], "a3": [fo]}


def articles_of(sources, statements):
    return (pd.DataFrame(sources), pd.DataFrame(statements))


SOURCES = [
    row("a1", ROUX, "Le député Thomas Roux", "Thomas Roux", "député"),
    row("a1", "a1#person:porte-parole", "le porte-parole", None, "porte-parole"),
    row("a2", ROUX, "L'entraîneur, Thomas Roux", "Thomas Roux", "entraîneur"),
    row("a3", ROUX, "L'entraîneur Thomas Roux", "Thomas Roux", "entraîneur"),
    row("a3", None, "=il", None),
]
STATEMENTS = [
    {"doc_id": "a1", "speaker_key": ROUX, "source_key": SOURCES[0]["source_key"], "n_figures": 1},
    {"doc_id": "a2", "speaker_key": ROUX, "source_key": SOURCES[2]["source_key"], "n_figures": 0},
    {"doc_id": "a3", "speaker_key": None, "source_key": None, "n_figures": 2},
    {"doc_id": "a3", "speaker_key": ROUX, "source_key": SOURCES[3]["source_key"], "n_figures": 0},
]
EXPECTED = (
    [
        "person:thomas roux (depute)",
        "a1#person:porte-parole",
        "person:thomas roux (entraineur)",
        "person:thomas roux (entraineur)",
        None,
    ],
    [
        "person:thomas roux (depute)",
        "person:thomas roux (entraineur)",
        None,
        "person:thomas roux (entraineur)",
    ],
)


def keys(df):
    return [None if pd.isna(k) else k for k in df["speaker_key"]]


def test_frames_rewritten_in_sources_and_statements_and_twice_is_once():
    sources, statements = rekey_frames(pd.DataFrame(SOURCES), pd.DataFrame(STATEMENTS))
    assert (keys(sources), keys(statements)) == EXPECTED
    again = rekey_frames(sources, statements)
    assert (keys(again[0]), keys(again[1])) == EXPECTED


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_written_tables_rewritten_in_place(tmp_path, fmt):
    """The staged tables of a run (one machine's CSV or Parquet) rewritten: only speaker_key changes, the
    other cells as written (a formula-leading cell keeps its escape)."""
    from pipeline.schema import TABLES

    def full(rows, table):
        return [{c: r.get(c) for c in TABLES[table].names} for r in rows]

    with TableWriters(tmp_path, fmt) as writers:
        writers.write("articles", full([{"doc_id": d} for d in ("a0", "a1", "a2", "a3")], "articles"))
        writers.write("sources", full(SOURCES, "sources"))
        writers.write("statements", full(STATEMENTS, "statements"))
    before = read_table(tmp_path, "sources")
    rekey_files(tmp_path, fmt)
    sources, statements = read_table(tmp_path, "sources"), read_table(tmp_path, "statements")
    assert (keys(sources), keys(statements)) == EXPECTED
    pd.testing.assert_frame_equal(sources.drop(columns="speaker_key"), before.drop(columns="speaker_key"))
    assert sources["mention"].tolist()[-1] == "=il"


NAMESAKES = (
    "Le député Paul Garin a affirmé mardi que 30 000 usagers profiteraient de sa proposition de loi. "
    "Selon lui, le texte coûterait 12 millions d'euros.",
    "L'entraîneur du Stade lavallois, Paul Garin, a regretté samedi une défaite « sévère ». « Nous avons "
    "manqué de réalisme », a-t-il reconnu. Garin a précisé que deux joueurs étaient blessés.",
    "Paul Garin a prolongé son contrat jusqu'en 2028. L'entraîneur a déclaré qu'il voulait « construire "
    "sur la durée ». Selon le club, son salaire n'a pas changé.",
)


@pytest.mark.model
def test_namesakes_keyed_apart_by_every_engine(tmp_path):
    """A député and a football coach of one name: two speakers in the sources, statements and speakers of
    pipeline.extract, the one-machine engine (CSV and Parquet) and the Dask engine, each statement keyed
    as its source."""
    import pipeline
    from pipeline.cli import main
    from pipeline.engines.dask import main as dask_main
    from pipeline.schema import SPEAKERS

    inputs = tmp_path / "in"
    inputs.mkdir()
    for i, text in enumerate(NAMESAKES):
        (inputs / f"{i}.txt").write_text(f"---\npublished: 2025-0{i + 1}-01\n---\n{text}", encoding="utf-8")
    depute, coach = "person:paul garin (depute)", "person:paul garin (entraineur)"
    outs = {}
    for fmt in ("csv", "parquet"):
        assert main(["extract", str(inputs), "--out", str(tmp_path / fmt), "--format", fmt, "--quiet"]) == 0
        outs[fmt] = tmp_path / fmt
    assert (
        dask_main(["extract", str(inputs), "--out", str(tmp_path / "dask"), "--quiet", "--workers", "1"]) == 0
    )
    outs["dask"] = tmp_path / "dask"
    records = [{"id": f"{i}.txt", "text": t} for i, t in enumerate(NAMESAKES)]
    got = {"api": pipeline.extract(records)}
    got.update({name: pipeline.Tables.read(out) for name, out in outs.items()})
    for name, tables in got.items():
        by_doc = {}
        for doc, k in zip(tables.sources["doc_id"], tables.sources["speaker_key"], strict=True):
            if isinstance(k, str) and k.startswith("person:"):
                by_doc.setdefault(doc.rsplit("/", 1)[-1], set()).add(k)
        assert by_doc == {"0.txt": {depute}, "1.txt": {coach}, "2.txt": {coach}}, name
        joined = tables.statements.merge(tables.sources, on="source_key", suffixes=("", "_source"))
        assert (joined["speaker_key"].fillna("") == joined["speaker_key_source"].fillna("")).all(), name
        speakers = tables.speakers.set_index("speaker_key")
        assert speakers.loc[[depute, coach], "n_articles"].tolist() == [1, 2], name
        assert set(tables.speakers.columns) == set(SPEAKERS.names)


def test_namesakes_shown_by_their_name_told_apart_by_their_roles():
    from pipeline.speakers.reduce import Speakers, speaker_rows

    speakers = Speakers()
    for doc, k, role in (("a1", "depute", "député"), ("a2", "entraineur", "entraîneur du FC Lorient")):
        r = appos(doc, f"{ROUX} ({k})", "Thomas Roux", role)
        speakers.add({"articles": [{"doc_id": doc}], "sources": [r], "statements": []})
    got = [(r["speaker_key"], r["name"], r["roles"]) for r in speaker_rows(speakers)]
    assert got == [
        ("person:thomas roux (depute)", "Thomas Roux", "député"),
        ("person:thomas roux (entraineur)", "Thomas Roux", "entraîneur du FC Lorient"),
    ]


def test_articles_read_along_their_sources_keep_no_row_of_articles_without_sources():
    """The reduction reads the articles table along the sources table (one order, as every engine writes
    them): the rows of the many articles that quote no one are passed over, not kept (memory flat in the
    number of articles); an article of the sources not found in that order is an error, not a silent gap."""
    import tracemalloc

    from pipeline.speakers.tables import reduce

    def articles():
        for i in range(100_000):
            yield {"doc_id": f"d{i:06d}", "published": "2025-01-01", "outlet": f"outlet {i}"}

    last = row("d099999", "person:paul roux", "Paul Roux", "Paul Roux")
    tracemalloc.start()
    got = reduce(articles(), iter([last]), iter([]))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert [(r["speaker_key"], r["n_outlets"]) for r in got] == [("person:paul roux", 1)]
    assert peak < 2_000_000
    with pytest.raises(ValueError, match="d000005"):
        reduce(
            iter([{"doc_id": "d000007", "published": None, "outlet": None}]),
            iter([row("d000005", ROUX, "x")]),
            iter([]),
        )
