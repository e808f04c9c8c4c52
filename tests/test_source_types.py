"""Source types of French institutions (issue 23, sixth round): the head noun alone misleads ("agence" is a
news agency, "observatoire" and "caisse" are bodies of civil society), so ``models/sources/institutions.tsv``
types the institutions whose noun says otherwise: public agencies, observatories and funds are the state;
rating, travel and estate agencies are organisations; the chambers of a court are the state; a professional
order's national council and the Council of Europe are organisations. Our own sentences; the lexicon is read
for the source type alone.
"""

import pytest

from pipeline.components.sources.lexicon import SourcesLexicon
from pipeline.resources import Resources

# the mention -> the type its opening phrase gives (None: its head noun decides)
MENTIONS = [
    ("l'Agence de l'environnement et de la maîtrise de l'énergie", "government"),
    ("L'Agence de la transition écologique", "government"),
    ("l'Agence française de développement", "government"),
    ("l'Agence française anticorruption", "government"),
    ("l'Agence centrale des organismes de sécurité sociale", "government"),
    ("l'Observatoire national de la délinquance", "government"),
    ("l'Observatoire français des drogues et des tendances addictives", "government"),
    ("La Caisse des dépôts", "government"),
    ("la Mutualité sociale agricole", "government"),
    ("La chambre de l'instruction", "government"),
    ("la chambre correctionnelle", "government"),
    ("l'agence de notation Moody's", "organisation"),
    ("les agences de notation", "organisation"),
    ("L'agence immobilière", "organisation"),
    ("L'agence de voyages", "organisation"),
    ("Le Conseil national de l'ordre des pharmaciens", "organisation"),
    ("Le Conseil de l'Europe", "organisation"),
    # unchanged: the lexicon's entries before, and mentions it leaves to the head noun
    ("l'Agence régionale de santé", "government"),
    ("l'Agence internationale de l'énergie", "organisation"),
    ("l'agence de presse", "media"),
    ("l'Observatoire des inégalités", None),
    ("l'Observatoire français des conjonctures économiques", None),
    ("la Caisse d'épargne", None),
    ("l'Agence France-Presse", None),
]


@pytest.fixture(scope="module")
def lex():
    return SourcesLexicon(Resources(), "sources")


@pytest.mark.parametrize(("mention", "kind"), MENTIONS)
def test_institution_type(lex, mention, kind):
    assert lex.institution_type(mention) == kind


# whole sentences: the one attribution's source and its type
SENTENCES = [
    (
        "L'Agence de la transition écologique affirme que 40 % des déchets pourraient être recyclés.",
        "L'Agence de la transition écologique",
        "government",
    ),
    (
        "Selon l'Agence française de développement, le projet coûtera 40 millions d'euros.",
        "l'Agence française de développement",
        "government",
    ),
    ("La Caisse des dépôts estime que le chantier créera 500 emplois.", "La Caisse des dépôts", "government"),
    (
        "Selon l'Observatoire national de la délinquance, les cambriolages ont augmenté.",
        "l'Observatoire national de la délinquance",
        "government",
    ),
    (
        "Selon la Mutualité sociale agricole, 20 % des exploitants touchent moins de 350 euros par mois.",
        "la Mutualité sociale agricole",
        "government",
    ),
    (
        "Selon l'agence de notation Moody's, la dette française reste solide.",
        "l'agence de notation Moody's",
        "organisation",
    ),
    (
        "L'agence immobilière affirme que les loyers ont augmenté de 5 %.",
        "L'agence immobilière",
        "organisation",
    ),
    (
        "Le Conseil national de l'ordre des pharmaciens a rappelé que la vente en ligne est encadrée.",
        "Le Conseil national de l'ordre des pharmaciens",
        "organisation",
    ),
    (
        "L'Observatoire des inégalités estime que la pauvreté progresse chez les jeunes.",
        "L'Observatoire des inégalités",
        "organisation",
    ),
    ("Le syndicat CGT a dénoncé des cadences intenables.", "Le syndicat CGT", "organisation"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "source", "kind"), SENTENCES)
def test_source_type_in_a_sentence(nlp, text, source, kind):
    doc = nlp(text)
    rows = [s._.source for s in doc.spans["sources"]]
    assert [(r["text"], r["source_type"]) for r in rows] == [(source, kind)]
