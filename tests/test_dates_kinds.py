"""news_dates, issue 23's third round: kinds of expression a French news writer uses that were read in part or
not at all (found grouping the Duckling time cases by kind). Same markup and checks as ``test_dates.py``. The
article is of Tuesday 11 March 2025 unless said; on ``spacy.blank("fr")`` the tense is unknown, so a day or
a month without its year is the nearest one.
"""

import pytest
from test_dates import check_marked, dates_blank  # noqa: F401 (a fixture)

T = "2025-03-11"  # a Tuesday

# A day number alone after a preposition that bounds a stretch, or in a range of day numbers: the nearest such
# day (in the clause's direction when the tense says one). Not a street number, a share or a rank.
DAY_NUMBERS = [
    (T, "Le salon est ouvert à partir du <d type=DATE value='2025-03-18' bound=from>18</d>."),
    (T, "Les inscriptions sont ouvertes jusqu'au <d type=DATE value='2025-03-20' bound=until>20</d>."),
    (T, "Le festival se tiendra du <d value='2025-03-13'>13</d> au <d value='2025-03-18'>18</d>."),
    (T, "La vente commence dès <d type=DATE value='2025-03-14'>le 14</d>."),
    (T, "La route est coupée depuis <d type=DATE value='2025-03-03' bound=since>le 3</d>, selon la mairie."),
    (T, "Les tarifs changent à compter du <d value='2025-04-01'>1er</d>."),
    (T, "Il habite au 20, rue de la Gare."),
    (T, "Rendez-vous au 18 rue Thiers."),
    (T, "Le taux est passé du 3 au 5 % des voix."),
    (T, "Il a grimpé du 12 au 5e rang mondial."),
    (T, "Pour tout renseignement, appeler au 03.29.88.43.12."),
]

# A range whose month is written once, after its last day.
RANGES = [
    (T, "La foire aura lieu du <d value='2025-07-13'>13e</d> au <d value='2025-07-15'>15 juillet</d>."),
    (T, "Le congrès se tient <d value='2025-11-14'>14</d>-<d value='2025-11-16'>16 novembre 2025</d>."),
    (T, "La fête aura lieu <d value='2025-07-13'>les 13</d>-<d value='2025-07-15'>15 juillet</d>."),
]

# A weekday by its rank in a month.
RANK_WEEKDAYS = [
    (T, "Le vote aura lieu <d type=DATE value='2025-04-02'>le premier mercredi du mois prochain</d>."),
    (T, "Le beaujolais arrive <d type=DATE value='2025-11-20'>le troisième jeudi de novembre 2025</d>."),
    (T, "On change d'heure <d type=DATE value='2025-10-26'>le dernier dimanche d'octobre 2025</d>."),
    (T, "La brocante a lieu <d type=DATE value='2025-04-06'>le 1er dimanche d'avril</d>."),
    (T, "La kermesse a lieu <d type=DATE value='2025-06-08'>le deuxième dimanche de juin</d>."),
]

# Half a month: the first or the second fortnight (START or END of the month, their days as periods).
FORTNIGHTS = [
    (
        T,
        "Les travaux auront lieu dans <d type=DATE value='2025-04' mod=START period_start='2025-04-01' "
        "period_end='2025-04-15'>la première quinzaine d'avril</d>.",
    ),
    (
        T,
        "Les soldes finissent <d type=DATE value='2025-07' mod=END period_start='2025-07-16' "
        "period_end='2025-07-31'>la seconde quinzaine de juillet</d>.",
    ),
    (T, "Le chantier reprend <d value='2024-03' mod=END>la deuxième quinzaine de mars 2024</d>."),
    (T, "Le chantier reprend <d value='2025-02' mod=END>la dernière quinzaine de février</d>."),
]

# A holiday with the day, the part of the day or the weekend it names: one expression.
HOLIDAY_DAYS = [
    (T, "Le marché était ouvert <d type=DATE value='2024-12-25'>le jour de Noël</d>."),
    (T, "Il a neigé <d type=TIME value='2024-12-24TEV'>le soir de Noël</d>."),
    (T, "Il est né dans <d type=TIME value='2024-12-24TNI'>la nuit de Noël</d>."),
    (T, "Il est venu <d type=DATE value='2024-12-24'>la veille de Noël</d>."),
    (T, "Les musées ferment <d type=DATE value='2024-11-01'>la journée de la Toussaint</d>."),
    (T, "Le trafic sera dense <d type=DATE value='2025-W16-WE'>le week-end de Pâques</d>."),
    (T, "Le trafic sera dense <d type=DATE value='2025-W22-WE'>le week-end de l'Ascension</d>."),
    (T, "Il est parti <d type=DATE value='2024-12-26'>le lendemain de Noël</d>."),
    (T, "Le sapin de Noël est installé."),
]

# A calendar day with its part of the day, before or after it.
DAY_AND_PART = [
    (T, "Il est arrivé <d type=TIME value='2025-02-15TMO'>le 15 février au matin</d>."),
    (T, "Il est arrivé <d type=TIME value='2025-02-15TMO'>le matin du 15 février</d>."),
    (T, "Le vol a eu lieu dans <d type=TIME value='2025-02-15TNI'>la nuit du 15 février</d>."),
    (T, "Il est reparti dans <d type=TIME value='2025-02-15TEV'>la soirée du 15 février</d>."),
    (T, "Ils ont voté <d type=TIME value='2025-02-15TAF'>l'après-midi du 15 février</d>."),
    (T, "Le vol a eu lieu dans <d type=TIME value='2025-03-08TNI'>la nuit du 8 au 9 mars</d>."),
]

# A clock time after "après" is a time ("après 16 h"), unless it counts hours of something.
AFTER_CLOCK = [
    (T, "Le magasin ferme après <d type=TIME value='2025-03-11T16:00'>16 h</d>."),
    (T, "Le parking est gratuit après <d type=TIME value='2025-03-11T19:30'>19 h 30</d>."),
    (T, "Il a été libéré après <d type=DURATION value='PT16H'>16 h</d> de garde à vue."),
]

# Stretches counted back or ahead with the adjective after the unit, and unaccented.
STRETCHES = [
    (T, "Les ventes ont baissé <d type=DURATION value='P2W'>les deux semaines passées</d>."),
    (T, "Les prix ont monté <d type=DURATION value='P3Y'>les trois années écoulées</d>."),
    (T, "<d type=DURATION value='PT3H'>Les trois heures suivantes</d> ont été calmes."),
    (T, "Il a plu <d type=DURATION value='P2Y'>les deux dernieres annees</d>."),
    (T, "Le gouvernement tranchera dans <d type=DURATION value='PXW'>les semaines à venir</d>."),
    (T, "Les prix monteront dans <d type=DURATION value='P3M'>les trois mois à venir</d>."),
    (T, "Les générations à venir paieront."),
]


# A time put on the day read with it, a range of times before its day, the day before or after a date.
DAY_AND_TIME = [
    (
        T,
        "Le musée ouvre de <d value='2025-03-13T09:00'>9 h</d> à <d value='2025-03-13T11:00'>11 h jeudi</d>.",
    ),
    (
        T,
        "La permanence est assurée entre <d value='2025-03-14T09:30'>9 h 30</d> et "
        "<d value='2025-03-14T11:00'>11 h vendredi</d>.",
    ),
    (T, "Il arrivera <d type=TIME value='2025-03-13TAF'>jeudi dans l'après-midi</d>."),
    (T, "Il arrivera <d type=TIME value='2025-03-13TAF' mod=END>jeudi fin d'après-midi</d>."),
    (T, "Il arrivera <d type=TIME value='2025-02-15TMO'>le 15 février dans la matinée</d>."),
    (T, "Il est arrivé <d type=DATE value='2025-07-13'>la veille du 14 juillet</d>."),
    (T, "Il est arrivé au <d type=DATE value='2025-05-02'>lendemain du 1er mai</d>."),
    (T, "Le vote aura lieu <d value='2025-04-02'>le premier mercredi de mois prochain</d>."),
    (T, "Le rendez-vous est pris pour <d value='2025-03-31'>lundi en 15</d>."),
    (T, "Bilan des <d type=DURATION value='P2W'>2 semaines passées</d>."),
    (T, "Il a eu <d type=DURATION value='P2W'>deux semaines</d> passées à l'hôpital."),
]


@pytest.mark.parametrize(
    "published,marked",
    DAY_AND_TIME
    + DAY_NUMBERS
    + RANGES
    + RANK_WEEKDAYS
    + FORTNIGHTS
    + HOLIDAY_DAYS
    + DAY_AND_PART
    + AFTER_CLOCK
    + STRETCHES,
)
def test_kinds_a_writer_uses(dates_blank, published, marked):  # noqa: F811 (the fixture)
    check_marked(dates_blank, published, marked)


# The clause's tense chooses the day number's month.
MODEL = [
    (T, "Le salon ouvrira à partir du <d value='2025-04-08'>8</d>."),
    (T, "Le salon a ouvert <d value='2025-02-28'>le 28 dernier</d>."),
    (T, "Le salon avait ouvert à partir du <d value='2025-03-08'>8</d>."),
]


@pytest.mark.model
@pytest.mark.parametrize("published,marked", MODEL)
def test_kinds_a_writer_uses_in_the_pipeline(nlp, published, marked):
    check_marked(nlp, published, marked)
