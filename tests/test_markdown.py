"""Markdown articles (issue 20): parsed by a CommonMark parser (markdown-it-py) into the plain text the
pipeline reads, with a map of every character back to the file, so the tables keep the file's offsets."""

import pytest

from pipeline.markdown import to_plain

FIRE = "**1 200 hectares** ont brûlé, selon les pompiers."


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        (FIRE, "1 200 hectares ont brûlé, selon les pompiers."),
        ("Selon [l'Insee](https://www.insee.fr/x), 2 %.", "Selon l'Insee, 2 %."),
        ("# Titre\n\nLe _taux_ monte.", "Titre\n\nLe taux monte."),
        ("> « Nous ferons mieux »", "« Nous ferons mieux »"),
        ("Voir [ici](https://fr.wikipedia.org/wiki/A_(b)).", "Voir ici."),
        ("une ligne\ncoupée en deux", "une ligne coupée en deux"),  # a soft break is a space
        ("- un\n- deux\n\nFin.", "un\ndeux\n\nFin."),
        ("A \\*B\\* &amp; C", "A *B* & C"),  # escapes and entities
        ("![carte](a.png)\n\nTexte.", "Texte."),  # an image is no text
        ("Voir <https://x.fr> et [a] fin].\n\n[a]: http://y", "Voir https://x.fr et a fin]."),
        # not markup: a product, snake_case, a bare bracket
        ("3 * 4 = 12, fichier_final, [sic]", "3 * 4 = 12, fichier_final, [sic]"),
    ],
)
def test_plain_text_and_its_map_back_to_the_file(source, plain):
    got = to_plain(source)
    assert got.text == plain
    assert len(got.offsets) == len(got.text) + 1 and got.offsets[-1] == len(source)
    assert got.offsets == sorted(got.offsets)
    for i, ch in enumerate(got.text):  # every character is the file's, but spaces and breaks markup made
        assert source[got.offsets[i]] == ch or ch in " \n", (i, ch)


def test_spans_map_to_the_file():
    got = to_plain(FIRE)
    start = got.text.index("1 200 hectares")
    assert got.span(start, start + len("1 200")) == (2, 7)
    assert FIRE[slice(*got.span(start, start + len("1 200 hectares")))] == "1 200 hectares"
    link = "Selon [l'Insee](https://www.insee.fr/x), 2 %."
    got = to_plain(link)
    assert link[slice(*got.span(6, 13))] == "l'Insee"
    after = "Voir [ici](https://fr.wikipedia.org/wiki/A_(b)). Fin."  # what follows is not in the target
    got = to_plain(after)
    assert got.text == "Voir ici. Fin." and got.span(8, 14) == (len(after) - 6, len(after))
