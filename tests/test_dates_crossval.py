"""news_dates, issue 23's fourth round: kinds of expression found failing in two or more of the three dev
sets (ftb_dev, the Duckling time cases, the TIMEX3 corpus of ``data/annotations/timex/``), each kept only when
the three sets agree. Same markup and checks as ``test_dates.py``; the sentences are written here. The article
is of Tuesday 11 March 2025 unless said; on ``spacy.blank("fr")`` the tense is unknown.
"""

import pytest
from test_dates import check_marked, dates_blank  # noqa: F401 (a fixture)

T = "2025-03-11"  # a Tuesday

# A duration in two units joined by "et" is one, also where its first unit alone would read as an age
# ("condamné à trois ans"); a half after a day or an hour with an adjective; minutes and seconds abbreviated.
DURATIONS = [
    (T, "Il a été condamné à <d type=DURATION value='P3Y2M'>trois ans et deux mois</d> de prison."),
    (T, "Il a écopé de <d type=DURATION value='P2Y6M'>deux ans et six mois</d> de prison ferme."),
    (T, "Un enfant de trois ans et deux mois a été retrouvé."),
    (T, "Le convoi a mis <d type=DURATION value='P1DT12H'>une journée et demie</d> pour arriver."),
    (T, "La balade durera <d type=DURATION value='PT1H30M'>une bonne heure et demie</d>."),
    (T, "Les secours ont cherché <d type=DURATION value='PT2H'>deux bonnes heures</d>."),
    (T, "Nous avons passé <d type=DURATION value='P1WE'>un excellent week-end</d> dans ce gîte."),
    (T, "Il a attendu <d type=DURATION value='P3Y'>trois longues années</d> avant de revenir."),
    (T, "La pause dure <d type=DURATION value='PT10M'>10 min</d>."),
    (T, "L'éclipse totale durera <d type=DURATION value='PT2M30S'>2 mn 30</d>."),
    (T, "Il a bouclé le parcours en <d type=DURATION value='PT1M42S'>1 min 42 s</d>."),
    (T, "La coupure a duré <d type=DURATION value='PT45S'>45 sec</d>."),
    (T, "Il a plongé en apnée <d type=DURATION value='PT3M'>3 mins</d>."),
    (T, "Il a gagné le 100 m en 9 s 58."),
    (T, "L'embargo dure depuis <d type=DURATION value='P10Y' mod=APPROX>bientôt dix ans</d>."),
    (T, "Il reviendra <d type=TIME value='FUTURE_REF'>bientôt</d>."),
    (
        T,
        "Cela fait <d type=DURATION value='P75Y' mod=MORE_THAN>plus de trois-quarts de siècle</d> que le "
        "club existe.",
    ),
]

# A part of the day with its article said of when something happens, after "dès", "tôt", "tard", after the
# verb or its object, or alone as a line: that day's part (a habit after "souvent": a set). Not the subject,
# not "Le Soir" the newspaper, not after "de".
PARTS_OF_DAY = [
    (T, "Les recherches ont repris <d type=TIME value='2025-03-11TAF'>l'après-midi</d>."),
    (T, "Le cortège est reparti <d type=TIME value='2025-03-11TEV'>le soir</d> vers Nancy."),
    (T, "Les enfants étaient debout dès <d type=TIME value='2025-03-11TMO'>le matin</d>."),
    (T, "Le marché ouvre <d type=TIME value='2025-03-11TMO' mod=START>tôt le matin</d>."),
    (T, "La fête a duré <d type=TIME value='2025-03-11TEV' mod=END>tard le soir</d>."),
    (T, "Il est arrivé <d type=TIME value='2025-03-11TMO' mod=START>le matin très tôt</d>."),
    (T, "<d type=TIME value='2025-03-11TAF'>l'après-midi</d>"),
    (T, "Les jeunes se retrouvent souvent <d type=SET value='XXXX-XX-XXTEV'>le soir</d> au stade."),
    (T, "Le matin est frais en montagne."),
    (T, "Le directeur du journal a confié au Soir que le titre était vendu."),
    (T, "Il a lu Le Soir."),
    (T, "Le journal du soir a changé de formule."),
]

# A day number alone after "le", where it is a day: the nearest such day ahead when the tense says nothing
# ("le 12" of a programme), before a time or a bound ("le 20 à partir de 10 h"); not a rank, a number before
# its noun, an address or a score.
DAY_ALONE = [
    (T, "La réunion aura lieu <d type=DATE value='2025-03-12'>le 12</d>."),
    (T, "Le conseil municipal se réunira <d type=DATE value='2025-03-28'>le 28</d>, à la mairie."),
    (T, "<d type=DATE value='2025-03-16'>le 16</d>"),
    (T, "Le salon ouvre <d type=TIME value='2025-03-20T10:00'>le 20 à 10 h</d>."),
    (T, "Il a terminé le 12 du classement."),
    (T, "Il a pris le 12 pour rentrer chez lui."),
    (T, "Le 12 de l'équipe a marqué deux buts."),
    (T, "Il habite le 12 de la rue Thiers."),
    (T, "Elle a choisi le 7 sur la grille."),
    (T, "Les pompiers sont intervenus devant le 10."),
    (T, "Au Real, il porte le 10."),
]

# A length counted from the day the story is at ("deux jours plus tard", "huit jours après,"): a duration, as
# French TimeBank marks it ("une heure plus tard": PT1H, the span without "plus tard"), with the day it points
# to as its period; not counted from an event ("dix ans après la création").
LATER = [
    (
        T,
        "Il est parti <d value='2025-03-03'>le 3 mars</d>. <d type=DURATION value='P2D' "
        "period_start='2025-03-05' period_end='2025-03-05'>Deux jours</d> plus tard, il est revenu.",
    ),
    (
        T,
        "<d value='2025-03-03'>Le 3 mars</d>, il est parti. <d type=DURATION value='P8D' "
        "period_start='2025-03-11' period_end='2025-03-11'>Huit jours</d> après, il était de retour.",
    ),
    (
        T,
        "<d value='2025-03-10'>Le 10 mars</d>, il est rentré. Il était parti <d type=DURATION value='P1W' "
        "period_start='2025-03-03' period_end='2025-03-03'>une semaine</d> plus tôt.",
    ),
    (
        T,
        "<d type=DURATION value='P2D' period_start='2025-03-13' period_end='2025-03-13'>deux jours</d> "
        "plus tard",
    ),
    (
        T,
        "Il a été élu <d type=DURATION value='P10Y' period_start=null period_end=null>dix ans</d> après la "
        "création du parti.",
    ),
]

# The hour of a meal is a part of the day ("à l'heure du déjeuner": midday, TMI as TIMEX3 writes it), on a
# day named in its sentence or the one before, else the publication day when none was named, else no day the
# text names (XXXX-XX-XX); the meal alone is an event, no date.
MEALS = [
    (T, "Les élèves ont été évacués à <d type=TIME value='2025-03-11TMI'>l'heure du déjeuner</d>."),
    (T, "Ils ont mangé des crêpes à <d type=TIME value='2025-03-11TAF'>l'heure du goûter</d>."),
    (
        T,
        "<d value='2025-03-02'>Le 2 mars</d>, l'alerte a été donnée à "
        "<d type=TIME value='2025-03-02TEV'>l'heure du dîner</d>.",
    ),
    (T, "Ils ont parlé pendant le déjeuner."),
]

# Two dates joined by "au" or a dash bound one stretch, with or without "du" or "entre" before them.
RANGES = [
    (
        T,
        "Festival de jazz : <d value='2025-07-13' bound=between>13</d>-"
        "<d value='2025-07-15' bound=between>15 juillet</d>.",
    ),
    (
        T,
        "Exposition ouverte <d value='2025-06-10' bound=between>10 juin</d> au "
        "<d value='2025-07-01' bound=between>1er juillet</d>.",
    ),
    (
        T,
        "Foire aux vins, <d value='2025-09-14' bound=between>14</d> - "
        "<d value='2025-09-20' bound=between>20 sept. 2025</d>.",
    ),
    (
        T,
        "Le peintre (<d value='1656' bound=between>1656</d>-<d value='1725' bound=between>1725</d>) est "
        "oublié.",
    ),
]

# A number after a sign of equality or comparison is a value, never a year.
VALUES = [
    (T, "Un échantillon (N=2010) a été interrogé."),
    (T, "Les patients (n = 2018) ont été suivis en <d value='2024'>2024</d>."),
    (T, "La différence est significative (p < 2001)."),
    (T, "Il faut que x ≥ 1999 pour que la formule tienne."),
]

# "ce jour" after "à" is the present, to date ("à ce jour", "jusqu'à ce jour"); after "à partir de" or
# "depuis" it is the day the story is at, as "ce jour-là"; alone it is the publication day.
THIS_DAY = [
    (T, "Il n'a reçu aucune réponse à <d type=TIME value='PRESENT_REF'>ce jour</d>."),
    (T, "Les chercheurs n'ont rien trouvé jusqu'à <d type=TIME value='PRESENT_REF'>ce jour</d>."),
    (
        T,
        "Il a démissionné <d value='2025-02-03'>le 3 février</d>. À partir de "
        "<d type=DATE value='2025-02-03'>ce jour</d>, il n'a plus parlé.",
    ),
    (
        T,
        "<d value='2025-02-03'>Le 3 février</d>, il a fui. Depuis <d value='2025-02-03'>ce jour</d>, il se "
        "cache.",
    ),
    (T, "Le maire reçoit <d type=DATE value='2025-03-11'>ce jour</d> les délégués."),
]


@pytest.mark.parametrize(
    "published,marked", THIS_DAY + VALUES + DURATIONS + PARTS_OF_DAY + DAY_ALONE + LATER + MEALS + RANGES
)
def test_kinds_across_the_dev_sets(dates_blank, published, marked):  # noqa: F811 (the fixture)
    check_marked(dates_blank, published, marked)


# The clause's tense chooses the day number's month and a weekday's day number; the parser's sentences bound
# the day of a meal.
MODEL = [
    (T, "Le maire est mort <d type=DATE value='2025-03-02'>le 2</d>."),
    (T, "Le conseil se réunira <d type=DATE value='2025-04-02'>le 2</d>."),
    # a weekday with its day number: the nearest such day in the way the clause points
    (T, "Il viendra <d type=DATE value='2025-11-10'>lundi 10</d> à Nancy."),
    (T, "Il est venu <d type=DATE value='2024-10-07'>lundi 7</d> à Nancy."),
    (T, "Il viendra <d type=DATE value='2025-04-07'>lundi 7</d> à Nancy."),
    # a text without any verb reads ahead, also when the parser makes an adjective its root
    (T, "<d type=DATE value='2025-W37-WE'>le deuxième week-end de septembre</d>"),
    (T, "Brocante : <d type=DATE value='2025-W37-WE'>le deuxième week-end de septembre</d>"),
    # sentences: a day named further back than the sentence before is not a meal's day
    (
        T,
        "<d value='2025-03-02'>Le 2 mars</d>, la fête a commencé. Les enfants ont chanté. Ils ont dansé. "
        "Tous ont raconté la fête à <d type=TIME value='XXXX-XX-XXTMI'>l'heure du déjeuner</d>.",
    ),
]


@pytest.mark.model
@pytest.mark.parametrize("published,marked", MODEL)
def test_kinds_across_the_dev_sets_in_the_pipeline(nlp, published, marked):
    check_marked(nlp, published, marked)
