"""The seed article end to end, through the files a user gets (extract -> CSV), every table checked."""

import pandas as pd
import pytest

from pipeline.cli import main

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def tables(nlp, tmp_path_factory):
    from conftest import SEED

    out = tmp_path_factory.mktemp("seed")
    assert main(["extract", str(SEED), "--out", str(out), "--quiet"]) == 0
    return {
        name: pd.read_csv(out / f"{name}.csv", keep_default_na=False, na_values=[""])
        for name in ("articles", "entities", "figures", "dates", "sources", "statements", "errors")
    }


def test_article(tables):
    (title,) = tables["articles"]["title"]
    assert title == "La Corée du Nord est-elle devenue le pilier discret de la machine de guerre russe ?"
    assert tables["errors"].empty


def _none(v):
    return None if pd.isna(v) else v


def test_figures_with_sources(tables, seed_text):
    f, s = tables["figures"], tables["sources"].set_index("source_key")

    def source_of(row):
        return None if pd.isna(row.source_key) else s.loc[row.source_key, "mention"]

    got = [
        tuple(_none(v) for v in (r.text, r.value, r.low, r.high, r.qualifier, r.unit, r.per))
        + (source_of(r),)
        for r in f.itertuples()
        if r.text != "deux"  # "deux pays": a count of 2, acceptable
    ]
    minister = "le ministre russe de la Défense Sergueï Choïgou"
    assert got == [
        ("25 000", 25000.0, 25000.0, 25000.0, "approx", "travailleur", None, "la chaîne japonaise NHK World"),
        (
            "2 000 à 5 000",
            None,
            2000.0,
            5000.0,
            None,
            "drone",
            "mois",
            "l’analyste ukrainien Pavlo Lakiychuk",
        ),
        ("des millions", None, 2_000_000.0, None, "approx", "obus", None, None),
        ("5 000", 5000.0, 5000.0, 5000.0, "approx", "travailleur", None, minister),
        ("1 000", 1000.0, 1000.0, 1000.0, None, "sapeur", None, minister),
    ]
    for r in f.itertuples():
        assert seed_text[r.start_char : r.end_char] == r.text


def test_sources(tables):
    s = tables["sources"].set_index("name")
    assert s.loc["NHK World", ["source_type", "relayed_by"]].tolist() == ["media", "Géo"]
    assert s.loc["Pavlo Lakiychuk", ["source_type", "role"]].tolist() == ["person", "analyste ukrainien"]
    assert s.loc["Sergueï Choïgou", ["source_type", "role"]].tolist() == [
        "person",
        "ministre russe de la Défense",
    ]


def test_dates(tables):
    d = tables["dates"]
    got = {(r.text, r.type, r.value, None if pd.isna(r.mod) else r.mod) for r in d.itertuples()}
    assert {
        ("plusieurs mois", "DURATION", "PXM", None),
        ("2022", "DATE", "2022", None),
        ("juin 2024", "DATE", "2024-06", None),
        ("Fin 2024", "DATE", "2024", "END"),
        ("avril 2025", "DATE", "2025-04", None),
        ("mois", "SET", "P1M", None),
    } <= got
    assert d.set_index("text").loc["2022", "bound"] == "from"


def test_figures_carry_their_source(tables):
    f = tables["figures"].set_index("text")
    assert f.loc["25 000", ["source_name", "source_type"]].tolist() == ["NHK World", "media"]
    assert f.loc["2 000 à 5 000", ["source_name", "source_type"]].tolist() == ["Pavlo Lakiychuk", "person"]
    assert pd.isna(f.loc["des millions", "source_key"])
    # the keys are unique in the run, so the join cannot multiply rows
    merged = tables["figures"].merge(tables["sources"], on="source_key", how="left")
    assert len(merged) == len(tables["figures"])


def test_hedged_statements(tables):
    st = tables["statements"]
    hedged = st[st["hedged"]]["text"].tolist()
    for verb in ("reposerait", "viendraient", "auraient notamment participé", "chercherait"):
        assert sum(verb in t for t in hedged) == 1, verb
    assert not any("NHK World" in t or "Choïgou" in t for t in hedged)
    assert set(st[st["hedged"]]["hedge_reason"]) >= {"conditional"}
    # each attribution is one statement, with the figures it holds
    nhk = st[st["source_name"] == "NHK World"]
    assert nhk[["cue_kind", "speech", "n_figures"]].values.tolist() == [["selon", "indirect", 1]]
