"""news_dates: which expressions another one found holds and more (joins.held), in one pass, as the
definition says it, on random spans (a long article has thousands: the pass must stay linear)."""

import random

from pipeline.components.dates.joins import held
from pipeline.components.dates.models import Candidate


def _spans(pairs):
    return [(Candidate(s, e, "rule", {}, {}), None) for s, e in pairs]


def test_held_examples():
    found = _spans([(0, 10), (2, 5), (2, 10), (20, 25), (20, 25), (22, 30)])
    # (2, 5) and (2, 10) lie in (0, 10); the two (20, 25) hold each other but not more; (22, 30) sticks out
    assert held(found) == [False, True, True, False, False, False]


def test_held_is_the_definition():
    rng = random.Random(7)
    for _ in range(200):
        pairs = [(s, s + rng.randint(1, 8)) for s in (rng.randint(0, 30) for _ in range(rng.randint(0, 12)))]
        found = _spans(pairs)
        expected = [
            any(o.start <= c.start and c.end <= o.end and o.end - o.start > c.end - c.start for o, _ in found)
            for c, _ in found
        ]
        assert held(found) == expected, pairs
