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
    (T, "La pause dure <d type=DURATION value='PT10M'>10 min</d>."),
    (T, "L'éclipse totale durera <d type=DURATION value='PT2M30S'>2 mn 30</d>."),
    (T, "Il a bouclé le parcours en <d type=DURATION value='PT1M42S'>1 min 42 s</d>."),
    (T, "La coupure a duré <d type=DURATION value='PT45S'>45 sec</d>."),
    (T, "Il a plongé en apnée <d type=DURATION value='PT3M'>3 mins</d>."),
    (T, "Il a gagné le 100 m en 9 s 58."),
]


@pytest.mark.parametrize("published,marked", DURATIONS)
def test_kinds_across_the_dev_sets(dates_blank, published, marked):  # noqa: F811 (the fixture)
    check_marked(dates_blank, published, marked)
