"""news_dates, issue 23's eighth round: kinds of expression found in part or not at all, read by kind on
the strict misses of ``../shared/eval/duckling_fr_time.jsonl`` and written here in several forms of our own
(none a case of that file). Same markup and checks as ``test_dates.py``. The article is of Tuesday 11 March
2025; on ``spacy.blank("fr")`` the tense is unknown.
"""

import pytest
from test_dates import check_marked, dates_blank  # noqa: F401 (a fixture, by name)

T = "2025-03-11"  # a Tuesday

# A part of the day after "dès" or "depuis" is when, as after "dans" ("dès la matinée": that morning; "depuis
# la nuit": the one before the day); "la nuit des temps" is no night.
POD_FROM = [
    (T, "Les pompiers sont à pied d'œuvre dès <d type=TIME value='2025-03-11TMO'>la matinée</d>."),
    (T, "Dès <d type=TIME value='2025-03-11TEV'>la soirée</d>, les rues étaient vides."),
    (T, "La circulation est coupée depuis <d type=TIME value='2025-03-11TMO'>la matinée</d>."),
    (T, "Il neige depuis <d type=TIME value='2025-03-10TNI'>la nuit</d>."),
    (T, "Cette coutume se perd dans la nuit des temps."),
    (T, "On fête ce saint depuis la nuit des temps."),
]

# An hour in words with its minutes written after it ("trois quarts", "moins le quart", "trente") is a clock
# time without "à" before it: a length in words says "et trente minutes".
HOUR_WORDS = [
    (T, "Rendez-vous <d type=TIME value='2025-03-11T11:45'>onze heures trois quarts</d> devant la mairie."),
    (T, "Ouverture des portes <d type=TIME value='2025-03-11T19:45'>vingt heures moins le quart</d>."),
    (T, "Départ du cortège <d type=TIME value='2025-03-11T14:30'>quatorze heures trente</d>, place Carnot."),
    (T, "Le trajet a duré <d type=DURATION value='PT2H'>deux heures</d>."),
]

# "du mat'" is "du matin", as spoken and written in quotes and on the web.
SMALL_HOURS_SPOKEN = [
    (T, "Il est rentré chez lui à <d type=TIME value='2025-03-11T03:00'>3 h du mat</d>."),
    (T, "La fête s'est terminée à <d type=TIME value='2025-03-11T05:00'>5 heures du mat'</d>."),
    (T, "Ils ont bu un verre à <d type=TIME value='2025-03-11T02:30'>2 h 30 du mat'</d> au bar."),
]

# "entre midi et deux" is the lunch break, one time of the day (TMI, as "à l'heure du déjeuner"); two clock
# times stay two ("entre midi et 14 h").
LUNCH_BREAK = [
    (T, "La mairie est fermée entre <d type=TIME value='2025-03-11TMI'>midi et deux</d>."),
    (T, "Il fait ses courses entre <d type=TIME value='2025-03-11TMI'>midi et 2</d>."),
    (
        T,
        "Le guichet ferme entre <d type=TIME value='2025-03-11T12:00'>midi</d> et "
        "<d type=TIME value='2025-03-11T14:00'>14 h</d>.",
    ),
]

# "du 13 jusqu'au 15 juillet": a range as "du 13 au 15 juillet", the last day lending its month to the first,
# both bounding one stretch, as "de 9 h jusqu'à 11 h".
RANGE_UNTIL = [
    (
        T,
        "Le festival aura lieu du <d type=DATE value='2025-07-13' bound=between>13</d> jusqu'au "
        "<d type=DATE value='2025-07-15' bound=between>15 juillet</d>.",
    ),
    (
        T,
        "La foire se tient du <d type=DATE value='2025-05-02'>2</d> jusqu'au "
        "<d type=DATE value='2025-05-06'>6 mai</d> au parc des expositions.",
    ),
    (
        T,
        "Les inscriptions sont ouvertes du <d type=DATE value='2025-04-01'>1er</d> jusqu'au "
        "<d type=DATE value='2025-04-20'>20 avril</d>.",
    ),
    (
        T,
        "Le bureau est ouvert de <d type=TIME value='2025-03-11T09:00' bound=between>9 h</d> jusqu'à "
        "<d type=TIME value='2025-03-11T11:00' bound=between>11 h</d>.",
    ),
]

# An hour and "et N minutes": after "à" or "il est" a clock time ("à 15 h et 10 minutes": 15:10), else a
# length in two units ("Il a fallu 2 h et 15 minutes": PT2H15M, as "deux heures et quinze minutes"), also
# before what it measures ("de 8 h et 20 minutes de retard").
HOUR_AND_MINUTES = [
    (T, "Le départ sera donné à <d type=TIME value='2025-03-11T15:10'>15 h et 10 minutes</d>."),
    (T, "L'alerte a été donnée à <d type=TIME value='2025-03-11T09:20'>neuf heures et vingt minutes</d>."),
    (T, "Il a fallu <d type=DURATION value='PT2H15M'>2 h et 15 minutes</d> pour éteindre le feu."),
    (T, "Il a fallu <d type=DURATION value='PT2H15M'>deux heures et quinze minutes</d> pour éteindre."),
    (T, "Le train est arrivé avec <d type=DURATION value='PT1H20M'>1 h et 20 minutes</d> de retard."),
]

# A headline or an agenda line opens on the noun without its article ("Matinée du 15 avril : ...", "Jour de
# Noël : ..."): read as with it.
LINE_OPENING = [
    (T, "<d type=TIME value='2025-04-15TMO'>Matinée du 15 avril</d> : portes ouvertes au lycée."),
    (T, "<d type=TIME value='2025-06-21TEV'>Soirée du 21 juin</d> : concert place Carnot."),
    (T, "<d type=DATE value='2024-12-25'>Jour de Noël</d> : les horaires des magasins."),
    (T, "Le lycée ouvre ses portes. Matinée du <d type=DATE value='2025-04-15'>15 avril</d> pour tous."),
]

# The end of a stretch that starts at noon, under twelve, is an hour of the afternoon ("entre midi et deux
# heures", "de midi à 2 h": 14:00); after "minuit" it stays in the night.
AFTER_NOON = [
    (
        T,
        "Le guichet ferme entre <d type=TIME value='2025-03-11T12:00'>midi</d> et "
        "<d type=TIME value='2025-03-11T14:00'>deux heures</d>.",
    ),
    (
        T,
        "Permanence de <d type=TIME value='2025-03-11T12:00'>midi</d> à "
        "<d type=TIME value='2025-03-11T14:00'>2 h</d> en mairie.",
    ),
    (
        T,
        "Il a dormi de <d type=TIME value='2025-03-11T00:00'>minuit</d> à "
        "<d type=TIME value='2025-03-11T02:00'>2 h</d>.",
    ),
]

KINDS = POD_FROM + HOUR_WORDS + SMALL_HOURS_SPOKEN + LUNCH_BREAK + RANGE_UNTIL + HOUR_AND_MINUTES
KINDS += LINE_OPENING + AFTER_NOON
CASES = [pytest.param(p, m, "dates_blank") for p, m in KINDS]


@pytest.mark.parametrize("published,marked,pipe", CASES)
def test_eighth_round_kinds(request, published, marked, pipe):
    check_marked(request.getfixturevalue(pipe), published, marked)
