"""news_dates, issue 23's third round: kinds of expression found failing on the blind TIMEX3 corpus
(``data/annotations/timex/``: regional news, parliamentary debates, encyclopedia articles, web sentences),
read as French TimeBank marks them. Same markup and checks as ``test_dates.py``; our own sentences. The
text is of Wednesday 14 November 2012 unless said.
"""

import pytest
from test_dates import check_marked, dates_blank  # noqa: F401 (a fixture)

W = "2012-11-14"  # a Wednesday

# A text telling the story of a past year dates its partial days and months by the last day it wrote in full
# (across sentences: the model splits them).
STORY_YEAR = [
    (
        W,
        "<d value='1915-03-10'>Le 10 mars 1915</d>, ils attaquent. <d value='1915-03-15'>Le 15 mars</d>, le "
        "général donne l'ordre. Le procès a lieu <d value='1915-03'>fin mars</d>.",
    ),
    # a year alone may be background: a partial date after it keeps the publication's year
    (W, "Il était maire en <d value='1998'>1998</d>. Il a démissionné <d value='2012-03-15'>le 15 mars</d>."),
    # the year named last since that day is the story's
    (
        W,
        "<d value='1985-03-02'>Le 2 mars 1985</d>, ils sont enlevés. Les négociations durent jusqu'en "
        "<d value='1986'>1986</d>. Deux otages sont libérés en <d value='1986-06'>juin</d>.",
    ),
    # a clause about the future is not the story's
    (
        "2003-01-08",
        "Elle était née <d value='1929-03-03'>le 3 mars 1929</d>. Les obsèques seront célébrées "
        "<d value='2003-01-10'>vendredi 10 janvier</d>.",
    ),
    # the last day written in full is recent: nothing carried
    (
        W,
        "<d value='2012-10-03'>Le 3 octobre 2012</d>, le conseil a voté. Il revotera "
        "<d value='2012-12-15'>le 15 décembre</d>.",
    ),
]

# A list or range of months with the year written once, after the last one.
MONTH_RANGES = [
    (
        W,
        "Une note dit qu'entre <d value='1990-03'>mars</d> et <d value='1990-10'>octobre 1990</d> tout a "
        "changé.",
    ),
    (W, "En <d value='2004-05'>mai</d> et <d value='2004-06'>juin 2004</d>, le juge a reçu des lettres."),
    (W, "Le circuit est fermé de <d value='2005-11'>novembre</d> à <d value='2006-02'>février 2006</d>."),
]

# Years in parentheses, in a range of years, between two years.
YEARS = [
    (W, "Il a dressé le terrier de Perrigny (<d value='1779'>1779</d>)."),
    (W, "Bernardus Désirant (<d value='1656'>1656</d>-<d value='1725'>1725</d>) fut accusé."),
    (W, "On dut voûter la rivière entre <d value='1863'>1863</d> et <d value='1879'>1879</d>."),
    (W, "Le rapport (2000 pages) fut publié."),
    (W, "Kerckhoffs (La cryptographie militaire, <d value='1883'>1883</d>) énonce le principe."),
    (W, "La commune compte 1863 habitants (1999 ménages)."),
]

# The present and the past without a date.
REFS = [
    (W, "<d type=TIME value='PRESENT_REF'>Pour l'heure</d>, aucune piste n'est privilégiée."),
    (W, "Les dirigeants de <d type=TIME value='PAST_REF'>l'époque</d> ont démenti."),
    (W, "Le PDG de <d type=TIME value='PAST_REF'>l'époque</d>, Alain Gomez, a signé."),
    (W, "Les dirigeants de <d type=TIME value='PAST_REF'>l'époque</d> ainsi que les otages ont démenti."),
    (W, "À <d type=TIME value='PAST_REF'>cette époque</d>, il remarqua des différences."),
    (W, "L'ancien dirigeant de l'époque soviétique est candidat."),
    (W, "Il n'a pas l'heure."),
]

# A month or day with the year it is of, one expression ("le deuxième semestre de l'an prochain" already is).
OF_YEAR = [
    (
        W,
        "Ils sont libérés en <d value='1986-06'>juin 1986</d>, un autre en "
        "<d type=DATE value='1986-12'>décembre de la même année</d>.",
    ),
    (W, "Le chantier reprendra en <d type=DATE value='2013-03'>mars de l'année prochaine</d>."),
    (W, "Il a été élu <d type=DATE value='2011-05-12'>le 12 mai de l'année dernière</d>."),
]

# "cette date": the date the text named last.
THAT_DATE = [
    (
        W,
        "L'association existe depuis <d value='1972'>1972</d>. Elle occupe depuis "
        "<d type=DATE value='1972'>cette date</d> un bâtiment.",
    ),
    (
        W,
        "Elle devait payer en <d value='2012-06'>juin</d>. Elle n'y était pas parvenue à "
        "<d type=DATE value='2012-06'>cette date</d>.",
    ),
]

# Decades as TIMEX3 writes them: the first three digits of the year.
DECADES = [
    (
        W,
        "Le groupe était populaire dans <d type=DATE value='198' period_start='1980-01-01'>les années "
        "1980</d>.",
    ),
    (W, "Il s'installe au <d value='199' mod=START>début des années 90</d>."),
]


# More of the present and the past, weeks, seasons of a year, parts of the day, durations in two units.
MORE = [
    (W, "Il sera reçu dans <d type=DATE value='2012-W46'>la semaine</d>."),
    (W, "Il sera reçu dans la semaine qui suit son élection."),
    (W, "Le choléra revint dans <d type=DATE value='1848-WI'>l'hiver de 1848</d>."),
    (W, "Le repas coûte 40 euros (au lieu de 60 <d type=TIME value='PAST_REF'>précédemment</d>)."),
    (W, "L'Assemblée se penchera <d type=TIME value='FUTURE_REF'>sous peu</d> sur ce dossier."),
    (
        W,
        "<d value='2012-10-12'>Le 12 octobre</d>, ils ont gagné. <d type=TIME value='2012-10-12TAF'>"
        "L'après-midi</d>, rencontre entre Lorrains.",
    ),
    (W, "Le soir tombe sur la ville."),
    (W, "Cette soirée, qui sera animée par un orchestre, est ouverte à tous."),
    (W, "Il a fallu <d type=DURATION value='PT1H20M'>une heure et vingt minutes</d> pour le sortir."),
    (W, "La grève a duré <d type=DURATION value='P23D'>trois semaines et deux jours</d>."),
    (
        W,
        "Il a fallu <d value='PT3H'>trois heures</d> et <d value='PT2H'>deux heures</d> de plus.",
    ),
    (W, "Le conflit dure <d type=DURATION value='P1D'>un jour</d> et il perd la vie."),
    (
        "2002-10-16",
        "Dans <d value='2002-10-13TNI'>la nuit de dimanche à lundi</d>, peu après "
        "<d type=TIME value='2002-10-14T00:00'>minuit</d>, la police reçoit un appel.",
    ),
    (W, "L'éclipse sera totale à <d type=TIME value='2012-11-14T12:00'>la mi-journée</d>."),
    (W, "Il a joué durant <d type=DURATION value='P2Y'>les deux premières années</d> du groupe."),
    (W, "Il est venu les premiers jours de <d value='2013-01'>janvier</d>."),
    (
        W,
        "<d value='1915-03-10'>Le 10 mars 1915</d>, ils attaquent. <d value='1915-03-11'>Le lendemain</d>, "
        "<d value='1915-03-11'>11 mars 1915</d>, le général donne l'ordre.",
    ),
    # English sources cited with their date
    (W, "Brian Eno, Lessons, The Observer, <d type=DATE value='2003-08-17'>August 17, 2003</d>."),
    (W, "HBO adds disclaimer, Asia Times, <d value='2002-11-13'>Nov 13, 2002</d>."),
    (W, "(no more precise date provided), accessed <d value='2006-02-27'>27 Feb 2006</d>."),
    (
        W,
        "Les maudits d'<d type=TIME value='PAST_REF'>hier</d> sont les héros "
        "d'<d type=TIME value='PRESENT_REF'>aujourd'hui</d>.",
    ),
]


@pytest.mark.parametrize(
    "published,marked", MORE + MONTH_RANGES + YEARS + REFS + OF_YEAR + THAT_DATE + DECADES
)
def test_kinds_found_on_new_text(dates_blank, published, marked):  # noqa: F811 (the fixture)
    check_marked(dates_blank, published, marked)


# "aujourd'hui" of a state in the present is nowadays; of the day's events, the day.
NOWADAYS = [
    (W, "Il ne reste plus <d type=TIME value='PRESENT_REF'>aujourd'hui</d> que trois clairons."),
    (W, "L'association compte <d type=TIME value='PRESENT_REF'>aujourd'hui</d> 39 adhérents."),
    (W, "Le ministre se rend <d type=DATE value='2012-11-14'>aujourd'hui</d> à Sangatte."),
    # planned for a day: ahead; a stretch that ends or starts on a date, the tense saying nothing: ahead
    ("2002-10-16", "Une réunion est prévue <d value='2002-10-22'>mardi</d>."),
    ("2002-10-16", "La réunion était prévue <d value='2002-10-15'>mardi</d>."),
    ("2002-10-16", "Au musée et jusqu'au <d value='2003-06-23'>23 juin</d>, une exposition sur le ciel."),
    ("2002-10-16", "L'exposition a duré jusqu'au <d value='2002-06-23'>23 juin</d>."),
    # a number counts a plural: a year before a singular noun is a year
    (W, "Le général André est nommé en <d value='1900'>1900</d> ministre de la guerre."),
    (W, "Le livre a été tiré en 1900 exemplaires."),
    # "seconde" before a noun is an ordinal
    (W, "Une seconde opération se déroulait en parallèle."),
]


@pytest.mark.model
@pytest.mark.parametrize("published,marked", STORY_YEAR + NOWADAYS)
def test_kinds_found_on_new_text_in_the_pipeline(nlp, published, marked):
    check_marked(nlp, published, marked)
