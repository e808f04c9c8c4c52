"""Markdown markup is blanked out of .md articles, offsets kept (issue 15)."""

import pytest

from pipeline.markdown import blank_markdown


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Selon [l'Insee](https://www.insee.fr/x), 2 %.", "Selon  l'Insee                         , 2 %."),
        ("le **chômage** a baissé", "le   chômage   a baissé"),
        ("# Titre\n\nLe _taux_ monte.", "  Titre\n\nLe  taux  monte."),
        ("> « Nous ferons mieux »", "  « Nous ferons mieux »"),
        ("![carte](a.png) texte", "  carte         texte"),
        (
            "Voir [ici](https://fr.wikipedia.org/wiki/A_(b)).",
            "Voir  ici                                      .",
        ),
        # not markup: a product, snake_case, a bare bracket
        ("3 * 4 = 12, fichier_final, [sic]", "3 * 4 = 12, fichier_final, [sic]"),
    ],
)
def test_blank_markdown(text, expected):
    got = blank_markdown(text)
    assert got == expected
    assert len(got) == len(text)
