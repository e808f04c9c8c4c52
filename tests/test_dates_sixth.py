"""news_dates, issue 23's sixth round: kinds of expression found read in part or wrongly on the peer-style
probe of ``tests/data/dates_probe_peer.txt`` and on the Duckling time cases, each written here in several
forms (none a probe phrase). Same markup and checks as ``test_dates.py``. The article is of Tuesday 11 March
2025 unless said; on ``spacy.blank("fr")`` the tense is unknown.
"""

import pytest
from test_dates import check_marked, dates_blank  # noqa: F401 (a fixture, by name)

T = "2025-03-11"  # a Tuesday

# "d'après", "d'avant", "qui suit" after a unit are "suivant", "précédent": the period after (before) the one
# the story is at, the publication's when it names none; a weekday with that week is its day in it.
AFTER_BEFORE = [
    (T, "Le chantier reprendra <d type=DATE value='2025-W12'>la semaine d'après</d>."),
    (T, "Les résultats seront connus <d type=DATE value='2025-W12'>la semaine qui suit</d>."),
    (T, "Le vote aura lieu <d type=DATE value='2025-03-19'>mercredi de la semaine d'après</d>."),
    (T, "La réunion est fixée <d type=DATE value='2025-03-21'>vendredi la semaine d'après</d>."),
    (T, "Ils se sont mariés en <d value='2019'>2019</d> et ont divorcé <d value='2020'>l'année d'après</d>."),
    (T, "Élu en <d value='2020-06'>juin 2020</d> ; <d value='2020-05'>le mois d'avant</d>, il hésitait."),
    (T, "Le vote a lieu la semaine qui suit les élections."),
    (T, "Les prix ont progressé de 2 % sur l'année d'après l'Insee."),
]

# A part of the day every day is a set on any day, as a weekday's part is on any week ("tous les samedis
# matin": XXXX-WXX-6TMO; "souvent le soir": XXXX-XX-XXTEV).
EVERY_PART = [
    (T, "Le car passe <d type=SET value='XXXX-XX-XXTEV'>tous les soirs</d> devant l'école."),
    (T, "Le boulanger ouvre <d type=SET value='XXXX-XX-XXTMO'>chaque matin</d> à l'aube."),
    (T, "La cantine sert <d type=SET value='XXXX-XX-XXT12:00'>tous les midis</d> 300 repas."),
    (T, "Le musée est ouvert <d type=SET value='XXXX-XX-XXTAF'>chaque après-midi</d>."),
]

# An hour in digits and its half, quarter or the minutes before it, as with an hour in words ("onze heures
# trois quarts"); a length after "pendant" or "durer" ("pendant 2 h et demie", "a duré 3 h").
CLOCK_FRACTIONS = [
    (T, "Le rendez-vous est fixé à <d type=TIME value='2025-03-11T16:45'>17 h moins le quart</d>."),
    (T, "Les portes ouvrent à <d type=TIME value='2025-03-11T09:30'>9 h et demie</d>."),
    (T, "Le train part à <d type=TIME value='2025-03-11T10:15'>10 heures et quart</d>."),
    (T, "Le coup d'envoi est donné à <d type=TIME value='2025-03-11T20:50'>21 h moins dix</d>."),
    (T, "Départ à <d type=TIME value='2025-03-11T08:30'>8 h et demie du matin</d>."),
    (T, "La réunion a duré <d type=DURATION value='PT2H30M'>2 h et demie</d>."),
    (T, "Il a marché pendant <d type=DURATION value='PT1H15M'>1 h et quart</d>."),
    (T, "L'audience a duré <d type=DURATION value='PT3H'>3 h</d>."),
    (T, "Le trajet dure <d type=DURATION value='PT1H20M'>1 h 20</d> en car."),
]

# A day named from today with its weeks on, as a weekday ("mardi en huit").
DAY_WEEKS_ON = [
    (T, "La décision sera rendue <d type=DATE value='2025-03-18'>aujourd'hui en huit</d>."),
    (T, "Le conseil se réunira <d type=DATE value='2025-03-26'>demain en quinze</d>."),
    (T, "Nous partons <d type=DATE value='2025-03-20'>après-demain en huit</d>."),
]

# A day and month in digits alone, the month written with its 0: no share nor mark is written so.
DAY_MONTH = [
    (T, "Réunion publique <d type=DATE value='2025-04-03'>3/04</d> à la mairie."),
    (T, "Permanences <d type=DATE value='2025-07-05'>5/07</d> et <d type=DATE value='2025-07-12'>12/07</d>."),
    (T, "Il a eu 3/4 des voix et une note de 7/10."),
]
# Ages listed before one "ans" are ages when the cue before the list makes the first one an age (no duration,
# as "il a 22 ans"); a list of lengths stays lengths.
LISTED_AGES = [
    (T, "Les deux victimes ont 19 et 22 ans."),
    (T, "Mes fils ont 12, 15 et 17 ans."),
    (T, "Les blessés, âgés de 30 ou 31 ans, ont été transportés à l'hôpital."),
    (T, "Le contrat est signé pour 3 ou <d type=DURATION value='P5Y'>5 ans</d>."),
    (T, "Ils ont été condamnés à 3 et <d type=DURATION value='P5Y'>5 ans</d> de prison."),
]
# "demain", "hier", "aujourd'hui" after "de" are the day when "de" ties them to a stretch starting then or
# to a part of the day ("à partir de demain", "dans la soirée d'hier"), a reference otherwise ("les jeunes
# de demain": FUTURE_REF).
DAY_AFTER_DE = [
    (T, "Les soldes commencent à partir de <d type=DATE value='2025-03-12' bound=from>demain</d>."),
    (T, "Le tarif s'applique à compter d'<d type=DATE value='2025-03-11'>aujourd'hui</d>."),
    (T, "L'accident s'est produit dans <d type=TIME value='2025-03-10TNI'>la nuit d'hier</d>."),
    (T, "Le vote aura lieu dans <d type=TIME value='2025-03-12TMO'>la matinée de demain</d>."),
    (T, "Il est arrivé dans <d type=TIME value='2025-03-10TEV'>la soirée d'hier</d>."),
    (T, "Les métiers de <d type=TIME value='FUTURE_REF'>demain</d> recrutent."),
]
# A unit and its "prochain", "dernier" after "du" or "au" ("de le", "à le"): the unit and its adjective, as
# French TimeBank marks "à partir du mois de juin" ("mois de juin").
UNIT_AFTER_DU = [
    (T, "Les travaux débuteront au cours du <d type=DATE value='2025-04'>mois prochain</d>."),
    (T, "Le bilan du <d type=DATE value='2025-02'>mois dernier</d> est mauvais."),
    (T, "La réunion est repoussée au <d type=DATE value='2025-04'>mois prochain</d>."),
    (T, "Les chiffres du <d type=DATE value='2025-W10-WE'>week-end dernier</d>."),
    (T, "Les romans du <d type=DATE value='19'>siècle dernier</d> se vendent bien."),
    (T, "Le journal du matin est arrivé."),
    (T, "Assemblée générale <d type=DATE value='2025-04-02'>premier mercredi du mois prochain</d>."),
    (T, "Prochaine collecte : <d type=DATE value='2025-03-27'>dernier jeudi de mars</d>."),
]
KINDS = UNIT_AFTER_DU + DAY_AFTER_DE + LISTED_AGES + DAY_MONTH + AFTER_BEFORE + EVERY_PART + CLOCK_FRACTIONS
# "la nuit prochaine": the coming night, as "la nuit dernière" is the last one.
NEXT_NIGHT = [
    (T, "Des orages sont attendus <d type=TIME value='2025-03-11TNI'>la nuit prochaine</d>."),
    (T, "Le gel reviendra dans <d type=TIME value='2025-03-11TNI'>la nuit prochaine</d>."),
    (T, "Il a plu <d type=TIME value='2025-03-10TNI'>la nuit dernière</d>."),
]
# A set of a part of the day with its clock time: the time every such day, read in that part ("tous les
# soirs à 8 h": 20:00), as "tous les jours à 20 h".
PART_SETS_AT = [
    (T, "Le journal paraît <d type=SET value='XXXX-XX-XXT06:00'>chaque matin à 6 h</d>."),
    (T, "Les cloches sonnent <d type=SET value='XXXX-XX-XXT20:00'>tous les soirs à 8 h</d>."),
    (T, "Le marché ouvre <d type=SET value='XXXX-WXX-7T15:30'>chaque dimanche après-midi à 15 h 30</d>."),
    (T, "Le club se réunit <d type=SET value='XXXX-WXX-5T20:00'>tous les vendredis soir à 20 h</d>."),
]
# A part of the day, "à" and a clock time inside that part are one time, as a day and its time ("hier à 10 h")
# and a time before its part ("à 9 h ce soir"); a time outside the part ("ce soir à 00 h 10", as French
# TimeBank marks it) or after "vers" (as the TIMEX3 corpus marks "mercredi soir vers 21h30") stays apart.
PART_AT_CLOCK = [
    (T, "Le concert commence <d type=TIME value='2025-03-11T20:00'>ce soir à 20 h</d>."),
    (T, "Le train part <d type=TIME value='2025-03-12T06:15'>demain matin à 6 h 15</d>."),
    (T, "Le match aura lieu <d type=TIME value='2025-03-13T20:30'>jeudi soir à 20 h 30</d>."),
    (T, "Rendez-vous <d type=TIME value='2025-03-11T15:00'>cet après-midi à 3 h</d> devant la mairie."),
    (T, "Film <d value='2025-03-11TEV'>ce soir</d> à <d value='2025-03-11T00:10'>00 h 10</d>."),
    (T, "Venue <d value='2025-03-11TEV'>ce soir</d> vers <d value='2025-03-11T21:00' mod=APPROX>21 h</d>."),
]
# The week of a feast, as its weekend ("le week-end de Pâques"): the week it falls in.
FEAST_WEEKS = [
    (T, "Le centre sera fermé <d type=DATE value='2025-W16'>la semaine de Pâques</d>."),
    (T, "Les travaux auront lieu <d type=DATE value='2025-W23'>la semaine de la Pentecôte</d>."),
    (T, "Le marché de Noël a fermé."),
]
# A weekday and its day number in words, as in digits ("vendredi quinze à 16 h" as "vendredi 15 à 16 h").
WEEKDAY_NUMBER_WORDS = [
    (T, "Le comité se réunira <d type=TIME value='2025-03-14T16:00'>vendredi quatorze à 16 h</d>."),
    (T, "Le verdict tombera <d type=DATE value='2025-03-20'>jeudi vingt</d>."),
    (T, "Il partira <d type=DATE value='2025-03-31'>lundi trente et un</d>."),
    (T, "<d type=DATE value='2025-03-10'>Lundi</d> trois personnes ont été blessées."),
]
# The day after the day after a feast and the day before the day before it, as "le lendemain de Noël"; "du"
# before a feast that has its article ("la veille du lundi de Pâques", "le lendemain du Nouvel An").
FEAST_OFFSETS = [
    (T, "Les magasins rouvriront <d type=DATE value='2025-04-22'>le surlendemain de Pâques</d>."),
    (T, "Le marché aura lieu <d type=DATE value='2025-04-18'>l'avant-veille de Pâques</d>."),
    (T, "La foire ouvre <d type=DATE value='2025-04-20'>la veille du lundi de Pâques</d>."),
    ("2025-12-20", "Les soldes reprendront <d type=DATE value='2026-01-02'>le lendemain du Nouvel An</d>."),
]
# "suivant", "précédent" that do not agree with a feminine unit are prepositions ("la semaine suivant la
# rentrée": the week following it, not the week after this one).
UNIT_NOT_AGREEING = [
    (T, "Il reviendra la semaine suivant la rentrée."),
    (T, "Les résultats tomberont l'année suivant le scrutin."),
    (T, "Elle partira <d type=DATE value='2025-W12'>la semaine suivante</d>."),
]
KINDS += DAY_WEEKS_ON + NEXT_NIGHT + PART_SETS_AT + PART_AT_CLOCK + FEAST_WEEKS + WEEKDAY_NUMBER_WORDS
KINDS += FEAST_OFFSETS + UNIT_NOT_AGREEING


# A text whose only "verb" is "été" after "l'", "d'", "cet", "en" (the season, which the tagger calls the
# auxiliary) has no verb: an agenda line, read ahead as the others ("fin de l'été" in March: this summer).
SUMMER_NO_VERB = [
    (T, "<d type=DATE value='2025-SU' mod=END>fin de l'été</d>"),
    (T, "au <d type=DATE value='2025-SU' mod=START>début de l'été</d>"),
    (T, "pendant <d type=DATE value='2025-SU'>l'été</d>"),
]


# Each case on spacy.blank("fr"), or on the full pipeline where the parse decides.
CASES = [pytest.param(p, m, "dates_blank") for p, m in KINDS]
CASES += [pytest.param(p, m, "nlp", marks=pytest.mark.model) for p, m in SUMMER_NO_VERB]


@pytest.mark.parametrize("published,marked,pipe", CASES)
def test_sixth_round_kinds(request, published, marked, pipe):
    check_marked(request.getfixturevalue(pipe), published, marked)
