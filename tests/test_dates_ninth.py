"""news_dates, issue 23's ninth round: kinds read on the odd dispatches of ``tests/data/dates_probe_wire/``
and on the Duckling time cases that gave nothing, written here in several forms of our own (none a sentence of
either). Same markup and checks as ``test_dates.py``. The article is of Tuesday 11 March 2025 unless said; on
``spacy.blank("fr")`` the tense is unknown.
"""

import pytest
from test_dates import check_marked, dates_blank  # noqa: F401 (a fixture, by name)

T = "2025-03-11"  # a Tuesday

# A day number in words before its month is a day as in digits ("le dix juillet" as "le 10 juillet"), with its
# article, its weekday or in a range; a number word alone before a month name needs one of them.
DAY_IN_WORDS = [
    (T, "Le festival s'ouvrira <d type=DATE value='2025-07-10'>le dix juillet</d>."),
    (T, "<d type=DATE value='2024-12-25'>Le vingt-cinq décembre</d>, la famille se réunit."),
    (T, "Il est né <d type=DATE value='2024-12-31'>le trente et un décembre 2024</d>."),
    (T, "La réunion aura lieu <d type=DATE value='2025-06-21'>samedi vingt et un juin</d>."),
    (T, "Elle a signé <d type=DATE value='2025-03-30'>le trente mars</d> à Bruxelles."),
    (T, "La foire se tient jusqu'au <d type=DATE value='2025-05-18'>dix-huit mai</d>."),
    (
        T,
        "Les travaux dureront du <d type=DATE value='2025-07-01'>premier</d> au "
        "<d type=DATE value='2025-07-15'>quinze juillet</d>.",
    ),
    (
        T,
        "Le salon ouvrira entre <d type=DATE value='2025-06-13'>le 13</d> et "
        "<d type=DATE value='2025-06-15'>le quinze juin</d>.",
    ),
]

# "de" before what an hour counts is a word of its own: "à 9 h devant la gare", "à 15 h depuis le parvis" are
# clock times ("deux heures de route" counts hours).
HOUR_BEFORE_DE_WORD = [
    (T, "Le cortège partira à <d type=TIME value='2025-03-11T15:00'>15 h</d> devant la mairie."),
    (T, "Le défilé s'élancera à <d type=TIME value='2025-03-11T10:00'>10 h</d> depuis le parvis."),
    (T, "Les secours sont arrivés à <d type=TIME value='2025-03-11T09:00'>9 heures</d> dès l'alerte donnée."),
    (T, "Il faut <d type=DURATION value='PT2H'>2 h</d> de route pour rejoindre Metz."),
]

# A weekday or a day with a clock time right after it, no "à" between, is one time ("jusqu'à mardi 18 h"), as
# "mardi à 18 h" is; a length after a day stays apart.
DAY_THEN_CLOCK = [
    (T, "Les listes ont jusqu'à <d type=TIME value='2025-03-11T18:00'>mardi 18 h</d> pour fusionner."),
    (T, "Rendez-vous <d type=TIME value='2025-03-10T10:30'>lundi 10 h 30</d> devant la mairie."),
    (T, "Concert <d type=TIME value='2025-03-15T20:00'>samedi 15 mars 20 h</d>, place Stanislas."),
    (T, "Départ <d type=TIME value='2025-03-12T09:00'>demain 9 h</d> devant la gare."),
    (
        T,
        "Il a travaillé <d type=DATE value='2025-03-10'>lundi</d> "
        "<d type=DURATION value='PT10H'>10 heures</d> d'affilée.",
    ),
]

# A length after the elided "de" ("une croisière d'une semaine", "un contrat d'un an") is a length as "de deux
# semaines" is; "d'une année à l'autre", "d'un mois sur l'autre" say no length.
LENGTH_AFTER_ELISION = [
    (T, "Le navire a fait une croisière d'<d type=DURATION value='P1W'>une semaine</d> en mer."),
    (T, "Il a signé un contrat d'<d type=DURATION value='P1Y'>un an</d> avec le club."),
    (T, "Après une pause d'<d type=DURATION value='PT1H'>une heure</d>, la séance a repris."),
    (T, "Les prix varient d'une année à l'autre."),
    (T, "Les ventes changent d'un mois sur l'autre."),
]

# A day and a month in digits parted by a space, as forms and messages write them, is a date with its article
# ("le 17 03", "le 24 12 98") or with a year in four digits ("24 12 2024"); a number run that goes on, a
# phone number, a month past twelve or a bare pair ("17 03") stays no date.
SPACED_DATE = [
    (T, "Rendez-vous <d type=DATE value='2025-03-17'>le 17 03</d> à la mairie."),
    (T, "La facture est datée du <d type=DATE value='2024-04-05'>5 4 2024</d>."),
    (T, "Né <d type=DATE value='1998-12-24'>le 24 12 98</d> à Metz."),
    (T, "Appelez le 06 12 34 56 78 pour réserver."),
    (T, "Le score était de 17 03 à la pause."),
    (T, "Il reste le 14 15 au catalogue."),
]

KINDS = DAY_IN_WORDS + HOUR_BEFORE_DE_WORD + DAY_THEN_CLOCK + LENGTH_AFTER_ELISION + SPACED_DATE
CASES = [pytest.param(p, m, "dates_blank") for p, m in KINDS]


@pytest.mark.parametrize("published,marked,pipe", CASES)
def test_ninth_round_kinds(request, published, marked, pipe):
    check_marked(request.getfixturevalue(pipe), published, marked)


# A quarter or a half without its year, in a past clause, is the last one that has begun ("Au
# quatrième trimestre, la croissance a été de 0,3 %" in March: last year's), in a future clause the next one
# that has not ended; the present or the current quarter stay this year's.
QUARTER_IN_TENSE = [
    (
        "2016-03-31",
        "Au <d type=DATE value='2015-Q4'>quatrième trimestre</d>, le chômage a reculé de 0,2 point.",
    ),
    (
        "2019-02-14",
        "Les ventes ont chuté au <d type=DATE value='2018-H2'>second semestre</d>, selon le groupe.",
    ),
    (
        "2017-11-07",
        "La nouvelle usine ouvrira au <d type=DATE value='2018-Q1'>premier trimestre</d>.",
    ),
    (
        "2017-11-07",
        "Les ventes ont progressé au <d type=DATE value='2017-Q3'>troisième trimestre</d>.",
    ),
    (
        "2017-11-07",
        "Le groupe prévoit une hausse au <d type=DATE value='2017-Q4'>quatrième trimestre</d>.",
    ),
]

# A weekday the tagger takes for a participle ("disputera dimanche": 'dimanche' VERB, Tense=Past) is no verb
# of its own: the clause's verb gives the way.
WEEKDAY_TAGGED_VERB = [
    ("2014-02-13", "Le skieur disputera <d type=DATE value='2014-02-16'>dimanche</d> la descente."),
    ("2014-02-13", "Fourcade, 25 ans, courra <d type=DATE value='2014-02-16'>dimanche</d> la mass start."),
    ("2014-02-13", "Le skieur a disputé <d type=DATE value='2014-02-09'>dimanche</d> la descente."),
]


# With the parse.
@pytest.mark.model
@pytest.mark.parametrize("published,marked", QUARTER_IN_TENSE + WEEKDAY_TAGGED_VERB)
def test_ninth_round_kinds_with_the_parse(nlp, published, marked):
    check_marked(nlp, published, marked)
