"""news_dates, issue 23's tenth round: kinds read on the odd articles of ``tests/data/dates_probe_story/``
(stories told over several days) and on the news batch of the TIMEX3 corpus, written here in several forms of
our own (none a sentence of either). Same markup and checks as ``test_dates.py``. The article is of Tuesday 11
March 2025 unless said; on ``spacy.blank("fr")`` the tense is unknown.
"""

import pytest
from test_dates import check_marked, dates_blank  # noqa: F401 (a fixture, by name)

T = "2025-03-11"  # a Tuesday

# A past perfect steps back from the day the story is at: a clock time or a part of the day in it, with no day
# of its own, is on the day named before that one (in its sentence or the one before), not on the story's day
# ("Le vol a eu lieu jeudi. Le suspect a été écroué hier. Il avait menacé le gérant à 21 h": Thursday's). With
# no such day it stays on the story's day.
PAST_PERFECT_STEPS_BACK = [
    (
        T,
        "Le cambriolage de la bijouterie a eu lieu <d type=DATE value='2025-03-08'>samedi</d>. "
        "Les voleurs ont été arrêtés <d type=DATE value='2025-03-10'>hier</d>. "
        "Ils avaient forcé la vitrine vers <d type=TIME value='2025-03-08T03:00' mod=APPROX>3 h</d>.",
    ),
    (
        "2025-03-12",
        "Un incendie a ravagé une ferme dans "
        "<d type=TIME value='2025-03-09TNI'>la nuit de dimanche à lundi</d>. "
        "Les gendarmes ont bouclé leur enquête <d type=DATE value='2025-03-11'>hier</d>. "
        "Les flammes avaient été aperçues vers "
        "<d type=TIME value='2025-03-10T02:30' mod=APPROX>2 h 30</d> par un voisin.",
    ),
    (
        T,
        "Le hold-up de la station-service a eu lieu <d type=DATE value='2025-03-06'>jeudi</d>. "
        "Le suspect a été écroué <d type=DATE value='2025-03-10'>hier</d>. "
        "Il avait menacé le gérant à <d type=TIME value='2025-03-06T21:15'>21 h 15</d> avant de s'enfuir.",
    ),
    (
        T,
        "La cour a jugé <d type=DATE value='2025-03-06'>jeudi</d> un ancien notaire. "
        "Il a été condamné <d type=DATE value='2025-03-10'>hier</d>. "
        "Il est sorti du tribunal à <d type=TIME value='2025-03-10T18:00'>18 h</d>.",
    ),
    (
        T,
        "Le randonneur est rentré <d type=TIME value='2025-03-10T22:00'>hier à 22 h</d>. "
        "Il était parti à <d type=TIME value='2025-03-10T05:00'>5 h</d> du refuge.",
    ),
]

# "depuis" before a weekday names a day that has come, whatever the clause's tense or the sentence before it
# says ("sont en grève depuis mercredi" after "reprendront demain": last Wednesday's, not the next).
SINCE_WEEKDAY = [
    (
        T,
        "Les experts sont attendus <d type=DATE value='2025-03-13'>jeudi</d>. Les salariés sont en chômage "
        "technique depuis <d type=DATE value='2025-03-10'>lundi</d>.",
    ),
    (
        T,
        "Les négociations reprendront <d type=DATE value='2025-03-12'>demain</d>. Les ouvriers sont en grève "
        "depuis <d type=DATE value='2025-03-05'>mercredi</d>.",
    ),
    (
        T,
        "Le préfet viendra <d type=DATE value='2025-03-14'>vendredi</d>. La route est coupée depuis "
        "<d type=DATE value='2025-03-08'>samedi</d>.",
    ),
    (
        T,
        "La mairie rouvrira <d type=DATE value='2025-03-13'>jeudi</d>. Elle était fermée depuis "
        "<d type=DATE value='2025-03-07'>vendredi</d>.",
    ),
]

# An hour count after "un NOM de", "une NOM de" is how long the thing lasts ("un match de trois heures", "une
# opération de 3 h"), not when; a range ("de 9 h à 12 h") and a definite article ("le match de 15 h") keep the
# time.
LENGTH_OF_A_THING = [
    (T, "Il s'est qualifié au terme d'un match de <d type=DURATION value='PT3H'>trois heures</d>."),
    (T, "Après une réunion de <d type=DURATION value='PT2H'>deux heures</d>, les élus ont voté."),
    (T, "Le patient a subi une opération de <d type=DURATION value='PT5H'>5 heures</d>."),
    (T, "Un trajet de <d type=DURATION value='PT4H'>4 h</d> attend les pèlerins."),
    (T, "Il a fallu une marche de <d type=DURATION value='PT2H30M'>2 h 30</d> pour atteindre le refuge."),
    (
        T,
        "Le bureau reste ouvert de <d type=TIME value='2025-03-11T09:00'>9 h</d> à "
        "<d type=TIME value='2025-03-11T12:00'>12 h</d>.",
    ),
    (T, "Le match de <d type=TIME value='2025-03-11T15:00'>15 h</d> est annulé."),
]

# "le lendemain", "le surlendemain" take every part of the day a weekday takes ("le lendemain après-midi" as
# "lundi après-midi", "le lendemain midi" as "lundi midi"), as "le lendemain matin" did.
NEXT_DAY_PART = [
    (
        T,
        "Le car est tombé en panne <d type=DATE value='2025-03-08'>samedi 8 mars</d>. "
        "<d type=TIME value='2025-03-09TAF'>Le lendemain après-midi</d>, un autre car est arrivé.",
    ),
    (
        T,
        "Le jury a délibéré <d type=DATE value='2025-03-06'>jeudi 6 mars</d>. Le verdict est tombé "
        "<d type=TIME value='2025-03-08TAF'>le surlendemain après-midi</d>.",
    ),
    (
        T,
        "Les élus se sont réunis <d type=DATE value='2025-03-03'>lundi 3 mars</d>. Ils ont déjeuné ensemble "
        "<d type=TIME value='2025-03-04T12:00'>le lendemain midi</d>.",
    ),
]


# On the blank pipeline.
@pytest.mark.parametrize("published,marked", LENGTH_OF_A_THING + NEXT_DAY_PART)
def test_tenth_round_kinds(dates_blank, published, marked):  # noqa: F811 (the fixture)
    check_marked(dates_blank, published, marked)


# A year named in a sentence does not carry to a partial date of a clause about the future when it is
# already past ("Le musée, fermé depuis 2019, rouvrira le 15 avril": this April); a year still to come does,
# and a past year carries in a past clause ("En 1997, il a déménagé le 3 mars").
NO_PAST_YEAR_FOR_THE_FUTURE = [
    (
        T,
        "Le musée, fermé depuis <d type=DATE value='2019'>2019</d>, rouvrira "
        "<d type=DATE value='2025-04-15'>le 15 avril</d>.",
    ),
    (
        T,
        "Installé à Nancy en <d type=DATE value='2010'>2010</d>, le cirque donnera sa dernière "
        "représentation <d type=DATE value='2025-03-30'>le 30 mars</d>.",
    ),
    (
        T,
        "Le festival, créé en <d type=DATE value='1995'>1995</d>, se tiendra en "
        "<d type=DATE value='2025-07'>juillet</d>.",
    ),
    (
        T,
        "En <d type=DATE value='1997'>1997</d>, il a déménagé <d type=DATE value='1997-03-03'>le 3 mars</d>.",
    ),
    (
        T,
        "En <d type=DATE value='2026'>2026</d>, le tram desservira la gare dès "
        "<d type=DATE value='2026-01-05'>le 5 janvier</d>.",
    ),
]

# A programme told day by day goes on: a weekday in a clause about the future, after the story has named a
# day of the coming week, is not before that day ("La foire ouvrira lundi 17 mars. Le lendemain, ...
# Vendredi, elle fermera": the 21st, not the 14th); a day further ahead than a week leaves the weekday to the
# publication date.
PROGRAMME_GOES_ON = [
    (
        "2025-03-15",
        "Le festival s'ouvrira <d type=DATE value='2025-03-21'>vendredi 21 mars</d>. "
        "<d type=DATE value='2025-03-22'>Le lendemain</d>, les concerts se succéderont. "
        "<d type=DATE value='2025-03-23'>Dimanche</d>, un défilé clôturera la fête.",
    ),
    (
        "2025-03-13",
        "La foire ouvrira <d type=DATE value='2025-03-17'>lundi 17 mars</d>. "
        "<d type=DATE value='2025-03-18'>Le lendemain</d>, les écoles la visiteront. "
        "<d type=DATE value='2025-03-21'>Vendredi</d>, elle fermera ses portes.",
    ),
    (
        T,
        "Le concert aura lieu <d type=DATE value='2025-03-28'>le 28 mars</d>. "
        "<d type=DATE value='2025-03-15'>Samedi</d>, les billets seront mis en vente.",
    ),
    (
        "2025-03-15",
        "Le festival s'est ouvert <d type=DATE value='2025-03-14'>vendredi</d>. "
        "<d type=DATE value='2025-03-16'>Dimanche</d>, un défilé clôturera la fête.",
    ),
]

# A night told before the morning that ends it, in one sentence, is the night before that morning
# ("interrompues pendant la nuit, les recherches ont repris dimanche à 7 h": Saturday's night).
NIGHT_BEFORE_ITS_MORNING = [
    (
        T,
        "Interrompues pendant <d type=TIME value='2025-03-08TNI'>la nuit</d>, les recherches ont repris "
        "<d type=TIME value='2025-03-09T07:00'>dimanche à 7 h</d>.",
    ),
    (
        T,
        "Les pompiers ont veillé toute <d type=TIME value='2025-03-09TNI'>la nuit</d> et sont repartis "
        "<d type=TIME value='2025-03-10TMO'>lundi matin</d>.",
    ),
    (
        T,
        "Le feu a pris <d type=TIME value='2025-03-08TEV'>samedi soir</d>. Pendant "
        "<d type=TIME value='2025-03-08TNI'>la nuit</d>, le vent a soufflé. "
        "<d type=TIME value='2025-03-09TMO'>Dimanche matin</d>, il ne restait rien.",
    ),
]


# With the parse.
@pytest.mark.model
@pytest.mark.parametrize(
    "published,marked",
    PAST_PERFECT_STEPS_BACK
    + SINCE_WEEKDAY
    + NO_PAST_YEAR_FOR_THE_FUTURE
    + PROGRAMME_GOES_ON
    + NIGHT_BEFORE_ITS_MORNING,
)
def test_tenth_round_kinds_with_the_parse(nlp, published, marked):
    check_marked(nlp, published, marked)
