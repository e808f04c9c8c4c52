"""news_hedging: a conditional hedges its own clause and sentence, one truth in figures, dates and statements
(issue 21)."""

import pytest

pytestmark = pytest.mark.model

TEXT = (
    "Le mouvement pourrait durer jusqu'au 20 mars.\n\n"
    "À Lyon, 8 500 personnes ont manifesté, selon la préfecture. "
    "Les syndicats auraient compté 12 000 personnes, mais la police en a vu 9 000. "
    "Le ministre aurait dit que 300 emplois seront créés."
)


@pytest.fixture(scope="module")
def tables():
    import pipeline

    return pipeline.extract_text(TEXT, published="2025-03-11")


def test_figures_hedged_by_their_own_clause_only(tables):
    hedged = dict(zip(tables.figures["text"], tables.figures["hedged"], strict=True))
    assert hedged == {"8 500": False, "12 000": True, "9 000": False, "300": True}
    assert tables.dates.set_index("text").loc["20 mars", "hedged"]


def test_statements_hold_the_figures_their_hedge_reaches(tables):
    st = tables.statements
    own_voice = st[st["source_key"].isna()].set_index("text")
    first = own_voice.loc["Le mouvement pourrait durer jusqu'au 20 mars.\n\n"]
    assert bool(first["hedged"]) and first["date_ids"] == "0" and first["fig_ids"] is pd_na()
    coordinated = own_voice.loc[own_voice.index.str.startswith("Les syndicats")].iloc[0]
    assert bool(coordinated["hedged"]) and coordinated["fig_ids"] == "1"  # 12 000, not 9 000
    by_id = dict(zip(tables.figures["fig_id"], tables.figures["hedged"], strict=True))
    for _, row in st[st["hedged"] & st["source_key"].isna()].iterrows():
        ids = [] if row["fig_ids"] is pd_na() else [int(x) for x in row["fig_ids"].split()]
        assert all(by_id[i] for i in ids), row["text"]


def pd_na():
    import pandas

    return pandas.NA
