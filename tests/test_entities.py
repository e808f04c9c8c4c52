"""news_entities: corrections to the NER (unit cases on a blank pipeline, then the seed end to end)."""

import pytest
from conftest import SEED_ENTITIES, SEED_NOT_LOC
from spacy.tokens import Doc, Span

from pipeline.components.entities import NewsEntities, entity_norms


@pytest.fixture(scope="module")
def fixer(blank_nlp):
    return NewsEntities(blank_nlp)


def run(blank_nlp, fixer, words, ents):
    doc = Doc(blank_nlp.vocab, words=words)
    doc.ents = [Span(doc, s, e, label=label) for s, e, label in ents]
    return [(e.text, e.label_) for e in fixer(doc).ents]


@pytest.mark.parametrize(
    "words, ents, expected",
    [
        # demonyms and nationalities are not places
        (["des", "Nord-Coréens", "perçus"], [(1, 2, "LOC")], [("Nord-Coréens", "MISC")]),
        (["les", "Russes", "avancent"], [(1, 2, "LOC")], [("Russes", "MISC")]),
        (["une", "Ukrainienne", "blessée"], [(1, 2, "LOC")], [("Ukrainienne", "MISC")]),
        (["les", "Sud-Coréennes"], [(1, 2, "LOC")], [("Sud-Coréennes", "MISC")]),
        (["les", "Français"], [(1, 2, "LOC")], [("Français", "MISC")]),
        (["la", "Russie", "avance"], [(1, 2, "LOC")], [("Russie", "LOC")]),
        (["la", "France"], [(1, 2, "LOC")], [("France", "LOC")]),
        # a portfolio inside a title is a role; inside "ministère" it is part of an ORG
        (["le", "ministre", "de", "la", "Défense"], [(4, 5, "LOC")], []),
        (
            ["le", "ministre", "russe", "de", "la", "Défense", "Sergueï", "Choïgou"],
            [(5, 6, "LOC"), (6, 8, "PER")],
            [("Sergueï Choïgou", "PER")],
        ),
        (["la", "ministre", "déléguée", "à", "la", "Santé"], [(5, 6, "LOC")], []),
        (
            ["le", "ministère", "de", "l'", "Intérieur", "a"],
            [(4, 5, "LOC")],
            [("ministère de l' Intérieur", "ORG")],
        ),
        (["le", "ministre", "des", "Affaires", "étrangères"], [(3, 5, "ORG")], []),
        (["la", "Défense", "est", "un", "quartier"], [(1, 2, "LOC")], [("Défense", "LOC")]),
        (["le", "maire", "de", "Metz"], [(3, 4, "LOC")], [("Metz", "LOC")]),
        # an event on a place keeps the place
        (["la", "reconquête", "de", "Koursk", "en"], [(1, 4, "MISC")], [("Koursk", "LOC")]),
        (["la", "bataille", "de", "Verdun"], [(1, 4, "MISC")], [("Verdun", "LOC")]),
        (["la", "région", "de", "Koursk"], [(1, 4, "LOC")], [("région de Koursk", "LOC")]),
        (["La", "Prise", "de", "la", "Bastille"], [(0, 5, "MISC")], [("La Prise de la Bastille", "MISC")]),
        # issue 15: demonyms, leading links, capitalised common nouns, unit letters, titles with a portfolio
        (["un", "Kenyan", "a", "gagné"], [(1, 2, "LOC")], [("Kenyan", "MISC")]),
        (["le", "département", "de", "la", "Meuse"], [(2, 5, "LOC")], [("Meuse", "LOC")]),
        (["la", "Ville", "a", "voté"], [(1, 2, "LOC")], []),
        (["Retraites", ":", "ce", "qui", "change"], [(0, 1, "LOC")], []),
        (["il", "a", "fait", "40", "°", "C", "hier"], [(5, 6, "MISC")], []),
        (["il", "a", "fait", "40", "°C"], [], []),
        (["selon", "Santé", "publique", "France"], [(1, 4, "MISC")], [("Santé publique France", "ORG")]),
        (["la", "ministre", "du", "Travail", "a"], [(1, 4, "ORG")], []),
        (["le", "ministère", "du", "Travail", "a"], [(3, 4, "LOC")], [("ministère du Travail", "ORG")]),
        (["la", "ville", "de", "Nancy"], [(3, 4, "LOC")], [("Nancy", "LOC")]),
    ],
)
def test_corrections(blank_nlp, fixer, words, ents, expected):
    assert run(blank_nlp, fixer, words, ents) == expected


def test_norms(blank_nlp):
    doc = Doc(
        blank_nlp.vocab,
        words=[
            "Sergueï",
            "Choïgou",
            "dit",
            "Choïgou",
            "et",
            "Jean",
            "Dupont",
            "et",
            "Marie",
            "Dupont",
            "puis",
            "Dupont",
            "à",
            "Moscou",
        ],
    )
    doc.ents = [
        Span(doc, 0, 2, "PER"),
        Span(doc, 3, 4, "PER"),
        Span(doc, 5, 7, "PER"),
        Span(doc, 8, 10, "PER"),
        Span(doc, 11, 12, "PER"),
        Span(doc, 13, 14, "LOC"),
    ]
    assert entity_norms(list(doc.ents)) == [
        "Sergueï Choïgou",
        "Sergueï Choïgou",
        "Jean Dupont",
        "Marie Dupont",
        "Dupont",
        "Moscou",
    ]


@pytest.mark.model
def test_seed_entities(nlp, seed_text):
    doc = nlp(seed_text)
    ents = {(e.text, e.label_) for e in doc.ents}
    assert SEED_ENTITIES <= ents
    assert not any(e.label_ == "LOC" and e.text in SEED_NOT_LOC for e in doc.ents)
    koursk = seed_text.index("Koursk en avril")
    assert any(e.start_char == koursk and e.label_ == "LOC" for e in doc.ents)


@pytest.mark.parametrize(
    "words, ents, expected",
    [
        (["relayées", "par", "Géo", "."], [(2, 3, "MISC")], [("Géo", "ORG")]),
        (["selon", "l'", "AFP"], [(2, 3, "LOC")], [("AFP", "ORG")]),
        (["le", "Kremlin", "a"], [(1, 2, "LOC")], [("Kremlin", "LOC")]),
        (["Georges", "Reuters", "a"], [(0, 2, "PER")], [("Georges Reuters", "PER")]),
    ],
)
def test_known_media_are_organisations(blank_nlp, fixer, words, ents, expected):
    assert run(blank_nlp, fixer, words, ents) == expected
