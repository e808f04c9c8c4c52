"""news_dates: expressions found whole and resolved as a reader would (issue 23).

A clock time with its part of the day, a weekday with its day number or its week, offsets from a named day,
periods of relative years, holidays fixed and computed, sets with a time, "d'ici" and "à partir de" before a
date. Same markup and checks as ``test_dates.py``. The article is of Tuesday 11 March 2025 unless said.
"""

import pytest
from test_dates import check_marked, dates_blank  # noqa: F401 (a fixture)

T = "2025-03-11"  # a Tuesday

BLANK = [
    # a clock time with its part of the day
    (T, "Le concert commencera à <d type=TIME value='2025-03-11T21:00'>9 h ce soir</d>."),
    (T, "Le train part à <d type=TIME value='2025-03-11T20:00'>8 heures ce soir</d>."),
    (T, "La séance reprend à <d type=TIME value='2025-03-11T15:00'>trois heures cet après-midi</d>."),
    (T, "Ils arriveront à <d type=TIME value='2025-03-12T22:30'>10 h 30 demain soir</d>."),
    (T, "Le vote aura lieu à <d type=TIME value='2025-03-12T07:00'>7 h demain matin</d>."),
    (T, "Rendez-vous à <d type=TIME value='2025-03-11T15:15'>trois heures et quart cet après-midi</d>."),
    # after its part of the day and "à", a time inside the part is one expression with it (sixth round); one
    # outside it stays its own (as French TimeBank marks "ce soir à 00 h 10")
    (T, "Le match débutera <d type=TIME value='2025-03-11T21:00'>ce soir à 21 heures</d>."),
    (T, "L'avion décollera <d type=TIME value='2025-03-12T20:00'>demain soir à 8 h</d>."),
    (T, "Le film passe <d value='2025-03-11TEV'>ce soir</d> à <d value='2025-03-11T00:10'>00 h 10</d>."),
    # a weekday with its day number: the next such day that falls on that weekday
    (T, "La réunion aura lieu <d type=DATE value='2025-04-07'>lundi 7</d>."),
    (T, "Le conseil se réunira <d type=DATE value='2025-03-20'>jeudi 20</d>."),
    (T, "Le conseil se réunira <d type=DATE value='2025-03-20'>le jeudi 20</d> à la mairie."),
    # a weekday with its week
    (T, "Il rendra son rapport <d type=DATE value='2025-03-21'>vendredi de la semaine prochaine</d>."),
    (T, "Il rendra son rapport <d type=DATE value='2025-03-19'>mercredi la semaine prochaine</d>."),
    (T, "Le texte a été voté <d type=DATE value='2025-03-04'>mardi de la semaine dernière</d>."),
    (T, "Le chantier reprendra <d type=DATE value='2025-03-13'>jeudi de cette semaine</d>."),
    # offsets from a named day
    (T, "Les résultats seront connus <d type=DATE value='2025-03-15'>trois jours après demain</d>."),
    (T, "La livraison est prévue <d type=DATE value='2025-04-10'>une semaine après le 3 avril</d>."),
    (T, "Tout sera prêt <d type=DATE value='2025-03-15'>deux jours avant lundi prochain</d>."),
    # periods of relative years
    (T, "La croissance reviendra <d type=DATE value='2026-H2'>le deuxième semestre de l'an prochain</d>."),
    (T, "Les ventes baisseront au <d type=DATE value='2026-Q1'>premier trimestre de l'année prochaine</d>."),
    (
        T,
        "Les ventes avaient baissé <d type=DATE value='2024-Q3'>le troisième trimestre de l'année "
        "dernière</d>.",
    ),
    (T, "Le site ouvrira au <d type=DATE value='2025-H2'>second semestre de cette année</d>."),
    # holidays, fixed and computed (Easter 2025: 20 April)
    (T, "Les écoles fermeront à <d type=DATE value='2025-04-20'>Pâques</d>."),
    (T, "Les magasins seront fermés <d type=DATE value='2025-04-21'>le lundi de Pâques</d>."),
    (T, "Le pont tombe <d type=DATE value='2025-05-29'>le jeudi de l'Ascension</d>."),
    (T, "Le défilé aura lieu à <d type=DATE value='2025-06-08'>la Pentecôte</d>."),
    (T, "Les salariés travailleront <d type=DATE value='2025-06-09'>le lundi de Pentecôte</d>."),
    (T, "Les magasins ferment <d type=DATE value='2025-06-09'>lundi de Pentecôte</d>."),
    # sets with a time
    (T, "Le marché se tient <d type=SET value='XXXX-WXX-2T18:00'>tous les mardis à 18 h</d>."),
    (T, "La messe est dite <d type=SET value='XXXX-WXX-7T10:30'>chaque dimanche à 10 h 30</d>."),
    (T, "Le club se réunit <d type=SET value='XXXX-WXX-5TEV'>tous les vendredis soir</d>."),
    # prepositions before a date
    ("2024-03-11", "Le chantier sera achevé d'ici <d type=DATE value='2024' mod=END>fin 2024</d>."),
    ("2024-03-11", "La ligne sera rouverte d'ici <d type=DATE value='2024-06'>juin</d>."),
    ("2024-03-11", "Le prix aura doublé d'<d value='PRESENT_REF'>ici</d> à <d value='P10Y'>dix ans</d>."),
    ("2025-07-01", "La grève durera à partir de <d type=TIME value='2025-07-02T12:00'>mercredi midi</d>."),
    ("2025-07-01", "Le magasin sera fermé à partir de <d type=DATE value='2025-07-03'>jeudi</d>."),
]


MODEL = [
    # fixed holidays in the clause's direction
    (T, "Le marché sera ouvert à <d type=DATE value='2025-12-25'>Noël</d>."),
    (T, "La boutique rouvrira à <d type=DATE value='2025-11-01'>la Toussaint</d>."),
    (T, "La boutique avait fermé à <d type=DATE value='2024-11-01'>la Toussaint</d>."),
    # "à partir de" points ahead (article of Tuesday 1 July 2025)
    ("2025-07-01", "La grève sera reconduite à partir de <d value='2025-07-02T12:00'>mercredi midi</d>."),
    ("2025-07-01", "Le trafic sera perturbé à partir de <d value='2025-07-02T12:00'>mercredi midi</d>."),
]


# The forms of a date French writers use: a day and month in digits without a year ("le 17/03"), a day number
# before its time ("le 16 à 18 h"), a weekday and day with their time ("samedi 15 à 18 h"), the last or next
# stretches without an article ("3 derniers jours").
FORMS_BLANK = [
    # a day and a month in digits, the year from the publication date
    (T, "La grève commencera <d type=DATE value='2025-03-17'>le 17/03</d>."),
    (T, "Les inscriptions ferment <d type=DATE value='2025-04-02'>le 2/4</d>."),
    (T, "Réunion publique <d type=DATE value='2025-03-31'>31/03</d> à la mairie."),
    (T, "Les inscriptions sont prolongées au <d type=DATE value='2025-03-20'>20/3</d>."),
    # shares, marks and round-the-clock are no dates
    ("2025-03-11", "Les 3/4 des habitants sont partis et il a obtenu 14/20."),
    ("2025-03-11", "Un effet très fréquent (1/10) et un effet rare (1/10 000), noté 10/10."),
    ("2025-03-11", "Le service fonctionne 24/24 et 7/7."),
    # a weekday and its day number with the time that follows: one time on that day
    (T, "Le match aura lieu <d type=TIME value='2025-03-15T18:00'>samedi 15 à 18 h</d>."),
    (T, "Le marché ouvre <d type=TIME value='2025-03-20T08:00'>jeudi 20 à 8 h</d>."),
    # "vers" keeps them two, as French TimeBank marks "mardi vers 21 h 45"
    (
        T,
        "Le marché ouvre <d type=DATE value='2025-03-20'>jeudi 20</d> vers "
        "<d type=TIME value='2025-03-20T08:00' mod=APPROX>8 h</d>.",
    ),
    # a day number before its time: the nearest such day
    (T, "La réunion aura lieu <d type=TIME value='2025-03-16T18:00'>le 16 à 18 h</d>."),
    (T, "Le conseil siège <d type=TIME value='2025-03-14T09:30'>le 14 à 9 h 30</d>."),
    # the last or next stretches, with or without an article
    (T, "Météo : <d type=DURATION value='P3D'>3 prochains jours</d> ensoleillés."),
    (T, "Ventes en hausse <d type=DURATION value='P2M'>deux derniers mois</d> : le bilan."),
]

# Clock times as people write them: minutes in words after "midi" and "minuit" ("midi quinze", "minuit
# trois", "midi moins cinq"), "et demi" (as often written), "trois quarts", "à environ 15 heures", and "15:30"
# without a preposition when the hour has two digits; holidays opening a text or a sentence, and their other
# names ("le jour de l'an", "la fête du travail", "l'Assomption").
CLOCK_AND_HOLIDAYS = [
    (T, "La cantine ouvre à <d type=TIME value='2025-03-11T12:15'>midi quinze</d>."),
    (T, "Le bal finit à <d type=TIME value='2025-03-11T00:03'>minuit trois</d>."),
    (T, "Le train part à <d type=TIME value='2025-03-11T11:55'>midi moins cinq</d>."),
    (T, "Le bus passe à <d type=TIME value='2025-03-11T12:30'>midi et demi</d>."),
    (T, "Il arrivera à <d type=TIME value='2025-03-11T15:30'>quinze heures et demi</d>."),
    (T, "La séance reprend à <d type=TIME value='2025-03-11T11:45'>onze heures trois quarts</d>."),
    (T, "Le colis arrivera à environ <d type=TIME value='2025-03-11T15:00'>15 heures</d>."),
    (T, "RDV <d type=TIME value='2025-03-11T15:30'>15:30</d> devant la gare."),
    (T, "Le score était de 2:1 à la mi-temps."),
    ("2025-12-01", "<d type=DATE value='2025-12-25'>Noël</d> approche et les magasins se remplissent."),
    ("2025-10-20", "Les écoles fermeront pour <d type=DATE value='2025-11-01'>la toussaint</d>."),
    ("2025-12-20", "Les vœux seront présentés <d type=DATE value='2026-01-01'>le jour de l'an</d>."),
    (T, "Les syndicats défileront pour <d type=DATE value='2025-05-01'>la fête du travail</d>."),
    (T, "Le marché sera ouvert à <d type=DATE value='2025-08-15'>l'Assomption</d>."),
    (T, "Noël Mamère a parlé au marché de Noël."),
    # "en soirée", "en matinée", alone or with their day
    (T, "Le train arrivera <d type=TIME value='2025-03-12TEV'>mercredi en soirée</d>."),
    (T, "Les députés voteront en <d type=TIME value='2025-03-11TMO'>matinée</d>."),
    # months abbreviated without their dot
    (T, "Le salon ouvrira <d type=DATE value='2025-07-05'>le 5 juil</d> à Paris."),
    (T, "Le concert aura lieu <d type=DATE value='2026-02-15'>le 15 fev 2026</d>."),
    # the day before or after the day the narrative names
    (
        T,
        "Le maire est arrivé <d value='2025-03-03'>le 3 mars</d> ; "
        "<d value='2025-03-04'>le jour suivant</d>, il a visité l'usine.",
    ),
    (
        T,
        "Il vint <d value='2025-03-03'>le 3 mars</d> ; <d value='2025-03-02'>le jour précédent</d>, il lut.",
    ),
    # a day number before a time with "vers": one time on that day
    (T, "La réunion finira <d type=TIME value='2025-03-16T18:00' mod=APPROX>le 16 vers 18 h</d>."),
    # "mardi en huit": a week after the next such day; "en quinze": two weeks
    (T, "Le conseil se réunira <d type=DATE value='2025-03-24'>lundi en huit</d>."),
    (T, "Le conseil se réunira <d type=DATE value='2025-03-25'>mardi en quinze</d>."),
]

# More forms of the kinds above: a weekday said as a habit ("le mercredi") with its week, a daily set and its
# time.
MORE_FORMS = [
    (T, "Les travaux reprendront <d type=DATE value='2025-03-19'>le mercredi de la semaine prochaine</d>."),
    (T, "Le journal paraît <d type=SET value='XXXX-XX-XXT20:00'>tous les jours à 20 h</d>."),
    (T, "La navette part <d type=SET value='XXXX-WXX-1T09:00'>chaque lundi à 9 h</d>."),
    (T, "Le concert commencera vers <d type=TIME value='2025-03-11T21:00' mod=APPROX>9 h ce soir</d>."),
    (T, "La réunion a eu lieu <d type=DATE value='2025-03-07'>le vendredi 7</d>."),
    (T, "Les soldes finiront <d type=DATE value='2025-10-30'>deux jours avant la Toussaint</d>."),
    (T, "La décision tombera <d type=DATE value='2025-04-27'>une semaine après Pâques</d>."),
    (T, "Les pertes ont culminé au <d type=DATE value='2024-Q4'>dernier trimestre de l'an dernier</d>."),
    # the start or end of a relative period: "en début de semaine prochaine", "en fin d'année prochaine"
    (T, "La réunion aura lieu en <d value='2025-W12' mod=START>début de semaine prochaine</d>."),
    (T, "Le texte sera voté en <d value='2025-04' mod=START>début de mois prochain</d>."),
    (T, "Il partira en <d value='2026' mod=END>fin d'année prochaine</d>."),
    # a day and month joined by a hyphen, as the press writes its holidays
    (T, "Le défilé du <d type=DATE value='2025-07-14'>14-Juillet</d> descendra les Champs-Élysées."),
    (T, "Les cérémonies du <d type=DATE value='2025-05-08'>8-Mai</d> auront lieu place de la Mairie."),
]

# A part of a month named by its rank: a day, a week (the weeks wholly inside the month), a weekend; the week
# of a day.
PARTS_OF_MONTH = [
    (T, "Le festival aura lieu <d type=DATE value='2025-W28-WE'>le deuxième week-end de juillet</d>."),
    (T, "Les soldes commencent <d type=DATE value='2025-W28'>la première semaine de juillet</d>."),
    (
        "2025-08-20",
        "Le chantier sera livré <d type=DATE value='2025-W39'>la dernière semaine de septembre</d>.",
    ),
    ("2025-08-20", "Le vote a lieu <d type=DATE value='2025-10-31'>le dernier jour d'octobre</d>."),
    (T, "Le rapport sera rendu <d type=DATE value='2026-10-03'>le troisième jour d'octobre 2026</d>."),
    (T, "Le Tour passera <d type=DATE value='2025-W29'>la semaine du 14 juillet</d>."),
    (T, "Il jouera la première manche de <d value='2025-07'>juillet</d>."),
]

# The clause's tense, and a text without any verb (an agenda line: "Lundi : conseil municipal") read ahead.
FORMS_MODEL = [
    # the clause's tense chooses the year of a day and month in digits
    (T, "Le magasin a rouvert <d value='2025-02-17'>le 17/02</d>."),
    (T, "Le magasin rouvrira <d value='2026-02-17'>le 17/02</d>."),
    # a text without any verb reads ahead, as an agenda does
    (T, "<d value='2025-03-17'>Lundi</d> : conseil municipal."),
    (T, "Conseil municipal <d value='2025-10-31'>le 31 octobre</d>."),
    (T, "Fermeture exceptionnelle <d value='2025-03-15'>samedi</d>."),
    (T, "Assemblée générale <d type=TIME value='2025-04-02T18:00'>le 2 à 18 h</d>."),
    # a text with a verb keeps the tense's reading
    (T, "Le conseil municipal s'est réuni <d value='2025-03-10'>lundi</d>."),
]


@pytest.mark.parametrize("published,marked", BLANK + FORMS_BLANK + CLOCK_AND_HOLIDAYS + PARTS_OF_MONTH)
def test_dates_as_a_reader_reads_them(dates_blank, published, marked):  # noqa: F811 (the fixture)
    check_marked(dates_blank, published, marked)


@pytest.mark.model
@pytest.mark.parametrize(
    "published,marked",
    BLANK + MODEL + FORMS_BLANK + FORMS_MODEL + CLOCK_AND_HOLIDAYS + PARTS_OF_MONTH + MORE_FORMS,
)
def test_dates_as_a_reader_reads_them_in_the_pipeline(nlp, published, marked):
    check_marked(nlp, published, marked)
