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

KINDS = POD_FROM
CASES = [pytest.param(p, m, "dates_blank") for p, m in KINDS]


@pytest.mark.parametrize("published,marked,pipe", CASES)
def test_eighth_round_kinds(request, published, marked, pipe):
    check_marked(request.getfixturevalue(pipe), published, marked)
