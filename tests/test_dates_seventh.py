"""news_dates, issue 23's seventh round: kinds of expression a reader of regional news resolves and the
rules did not, found on the odd articles of ``tests/data/dates_probe_regional.txt`` and on the TIMEX3 corpus's
news batch, each written here in several forms of our own (none a probe or corpus sentence). Same markup and
checks as ``test_dates.py``. The article is of Tuesday 11 March 2025 unless said; on ``spacy.blank("fr")`` the
tense is unknown.
"""

import pytest
from test_dates import check_marked, dates_blank  # noqa: F401 (a fixture, by name)

T = "2025-03-11"  # a Tuesday

# A decade written in words, as in digits ("les années 70": 197).
DECADE_WORDS = [
    (T, "Le quartier a été bâti dans <d type=DATE value='196'>les années soixante</d>."),
    (T, "Une mode venue <d type=DATE value='197'>des années soixante-dix</d>."),
    (T, "Pendant <d type=DATE value='193'>les années trente</d>, l'usine employait 2 000 ouvriers."),
    (T, "Il a débuté à <d type=DATE value='198' mod=END>la fin des années quatre-vingt</d>."),
    (T, "Elle chantait dans <d type=DATE value='199'>les années quatre-vingt-dix</d>."),
    (T, "Le téléphone portable s'est répandu dans <d type=DATE value='200'>les années deux mille</d>."),
    (T, "Il a passé <d type=DURATION value='P30Y'>trente années</d> à l'usine."),
]

# "la rentrée" with its year is the September the schools start again; alone it names the event, no date (as
# the fifth round's probe marks it), and "de septembre" after it leaves the month alone.
RENTREE = [
    (T, "Le collège ouvrira à <d type=DATE value='2026-09'>la rentrée 2026</d>."),
    (T, "Depuis <d type=DATE value='2024-09'>la rentrée 2024</d>, les effectifs baissent."),
    (T, "<d type=DATE value='2023-09'>La rentrée scolaire 2023</d> s'était bien passée."),
    (T, "Les nouveaux horaires s'appliqueront dès la rentrée."),
    (T, "Il est en poste depuis la rentrée de <d type=DATE value='2024-09'>septembre</d>."),
    (T, "La rentrée d'argent a été faible pour la commune."),
]

# "depuis" and a month: the stretch started before the day the story is at, so the month is the last one, even
# when the verb is a present ("préparé depuis septembre" in April: last September).
SINCE_MONTH = [
    ("2000-04-12", "Le voyage est préparé depuis <d type=DATE value='1999-09'>septembre</d>."),
    ("2000-04-12", "Il est en arrêt maladie depuis <d type=DATE value='1999-12'>décembre</d>."),
    ("2000-04-12", "Les élèves travaillent depuis la rentrée de <d type=DATE value='1999-09'>septembre</d>."),
    ("2002-03-07", "La salle est fermée depuis <d type=DATE value='2001-11'>novembre</d>."),
    ("2000-04-12", "Le voyage partira en <d type=DATE value='2000-09'>septembre</d>."),
]

# The night of one day to the next is read from its first day: "ce soir-là", "la veille", "le lendemain" after
# it count from the first (the night's own value).
NIGHT_REFERENCE = [
    (
        T,
        "Les faits remontent à <d type=TIME value='2024-03-03TNI'>la nuit du 3 au 4 mars 2024</d>. "
        "<d type=TIME value='2024-03-03TEV'>Ce soir-là</d>, il a frappé son voisin. "
        "<d type=DATE value='2024-03-02'>La veille</d>, ils s'étaient disputés.",
    ),
    (
        T,
        "La fête a eu lieu dans <d type=TIME value='2025-02-14TNI'>la nuit du 14 au 15 février</d>. "
        "<d type=TIME value='2025-02-15TMO'>Le lendemain matin</d>, tout était rangé.",
    ),
    (
        T,
        "Le vol a été commis dans <d type=TIME value='2025-03-08TNI'>la nuit de samedi à dimanche</d>. "
        "<d type=DATE value='2025-03-09'>Le lendemain</d>, le gardien a donné l'alerte.",
    ),
]

# A day number alone after a word that schedules it ("prévue le 24", "fixée le 18") is a day of the month
# the text is in, whatever follows: a place, a time.
SCHEDULED_DAY = [
    (T, "Une réunion publique est prévue <d type=DATE value='2025-03-24'>le 24</d> à la salle des fêtes."),
    (T, "L'audience a été fixée <d type=DATE value='2025-03-27'>le 27</d> au tribunal de Nancy."),
    (T, "Le concert est programmé <d type=DATE value='2025-03-29'>le 29</d> en plein air."),
    (T, "Le vote aura lieu <d type=DATE value='2025-03-20'>le 20</d> en mairie."),
    (T, "Le maillot floqué le 10 à Paris s'est vendu cher."),
    (T, "Il a prévu le 24 à 25 % de hausse."),
]

# "maintenant" between "depuis" and a length only stresses it ("depuis maintenant treize ans"): no date of
# its own.
SINCE_NOW = [
    (T, "Ils sont installés à Nancy depuis maintenant <d type=DURATION value='P13Y'>treize ans</d>."),
    (T, "Il préside le club depuis maintenant <d type=DURATION value='P5M'>cinq mois</d>."),
    (T, "Cela fait maintenant <d type=DURATION value='P2Y'>deux ans</d> que le club existe."),
    (T, "<d type=TIME value='PRESENT_REF'>Maintenant</d>, le club compte 300 membres."),
    (
        T,
        "Il vit <d type=TIME value='PRESENT_REF'>maintenant</d> à Metz depuis "
        "<d type=DURATION value='P3Y'>trois ans</d>.",
    ),
]

# "une heure" qualified by "tardive", "avancée", "matinale" (or "plus ..." of them) is a moment of the day
# told vaguely, not one o'clock.
LATE_HOUR = [
    (T, "Un incendie à une heure plus tardive aurait été grave."),
    (T, "Ils sont rentrés à une heure avancée de <d type=TIME value='2025-03-11TNI'>la nuit</d>."),
    (T, "Le marché ouvre à une heure matinale."),
    (T, "Il a téléphoné à une heure indue."),
    (T, "Rendez-vous à <d type=TIME value='2025-03-11T00:45'>une heure moins le quart</d>."),
    (T, "Le train part à <d type=TIME value='2025-03-11T01:00'>une heure du matin</d>."),
]

# "la nuit" after a clock time of the small hours is the night that time is in, the one of the day before
# ("peu après minuit ... le reste de la nuit": still the night of Sunday to Monday, not Monday's).
NIGHT_OF_SMALL_HOURS = [
    (
        T,
        "Dans <d type=TIME value='2025-03-09TNI'>la nuit de dimanche à lundi</d>, peu après "
        "<d type=TIME value='2025-03-10T00:00'>minuit</d>, la police est appelée. "
        "Le suspect a passé le reste de <d type=TIME value='2025-03-09TNI'>la nuit</d> au poste.",
    ),
    (
        T,
        "<d type=DATE value='2025-03-11'>Mardi</d> vers "
        "<d type=TIME value='2025-03-11T03:00' mod=APPROX>3 h</d>, un feu a pris dans une grange. "
        "Les pompiers ont lutté toute <d type=TIME value='2025-03-10TNI'>la nuit</d>.",
    ),
    (
        T,
        "<d type=TIME value='2025-03-10T23:00'>Hier à 23 h</d>, un feu a pris dans une grange. "
        "Les pompiers ont lutté toute <d type=TIME value='2025-03-10TNI'>la nuit</d>.",
    ),
]

# Years after one written in full, in two digits, each the next year: each its own DATE (French TimeBank's
# "cette saison 2002/2003"); a year and its month, or years far apart, are left alone.
YEAR_RUNS = [
    (
        T,
        "Les judokas nés en <d type=DATE value='1994'>1994</d>-<d type=DATE value='1995'>95</d>-"
        "<d type=DATE value='1996'>96</d> et <d type=DATE value='1997'>97</d> ont concouru.",
    ),
    (
        T,
        "Le club a terminé la saison <d type=DATE value='2002'>2002</d>/<d type=DATE value='2003'>03</d> "
        "à la 3e place.",
    ),
    (T, "Les comptes <d type=DATE value='1999'>1999</d>-<d type=DATE value='2000'>00</d> sont en déficit."),
    (T, "Page consultée <d type=DATE value='2006-08-07'>le 2006-08-07</d>."),
]

KINDS = DECADE_WORDS + NIGHT_REFERENCE + SINCE_MONTH + RENTREE + SCHEDULED_DAY + SINCE_NOW
KINDS += LATE_HOUR + NIGHT_OF_SMALL_HOURS + YEAR_RUNS
CASES = [pytest.param(p, m, "dates_blank") for p, m in KINDS]


@pytest.mark.parametrize("published,marked,pipe", CASES)
def test_seventh_round_kinds(request, published, marked, pipe):
    check_marked(request.getfixturevalue(pipe), published, marked)
