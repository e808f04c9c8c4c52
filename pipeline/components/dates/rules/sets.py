"""Sets (TIMEX3 SET): "chaque année", "tous les deux ans", "toutes les heures", "chaque matin", "mois" in "par
mois", "quotidien", "hebdomadaire", "quotidiennement"."""

from __future__ import annotations

import re

from ...common.patterns import alternation
from ..models import Timex
from ..numbers import parse_number
from ..prefilter import Prefilter
from ..resolving import duration_value
from .base import Rule
from .pieces import B, E


class Every(Rule):
    """chaque année, tous les deux ans, tous les jours, toutes les heures, chaque matin, chaque hiver"""

    name = "every"

    def regex(self, p, lex):
        return (
            rf"{B}(?P<q>chaque|tous\s+les|toutes\s+les)\s+(?:(?P<num>{p.number})\s+)?"
            rf"(?P<unit>{p.unit}|{p.pod}s?|{p.season}s?){E}"
        )

    def trigger_words(self, lex):
        return ("chaque", "tous les", "toutes les")

    def anchors(self, a):
        return Prefilter((a.every,))

    def resolve(self, c, ctx, story):
        g = c.g
        n = parse_number(g["num"]) if g["num"] else 1.0
        if n is None:
            return None
        if g["unit"] in self.lex.units:
            code, factor = self.lex.units[g["unit"]]
            return Timex("SET", duration_value(n, code, factor))
        season = self.lex.seasons.get(g["unit"]) or self.lex.seasons.get(g["unit"][:-1])
        if season:  # "chaque hiver", "tous les étés"
            return Timex("SET", f"XXXX-{season}")
        pod = self.lex.parts_of_day.get(g["unit"].rstrip("s")) or self.lex.parts_of_day.get(g["unit"])
        if pod is None:
            return None
        return Timex("SET", "XXXX-XX-XXT12:00" if pod == "MI" else f"XXXX-XX-XXT{pod}")  # on any day


class Per(Rule):
    """ "mois" in "5 000 drones par mois" (the preposition stays outside)"""

    name = "per"

    def regex(self, p, lex):
        return rf"(?<=\bpar\s)(?P<unit>an|année|mois|semaine|jour|trimestre|semestre|nuit|week-end){E}"

    def trigger_words(self, lex):
        return ("par ",)

    def anchors(self, a):
        return Prefilter((a.per,))

    def accept(self, c, ctx):
        before = ctx.before(c.start, 20)
        return not re.search(rf"{re.escape(c.g['unit'])}s?\s+par$", before)  # "jour par jour"

    def resolve(self, c, ctx, story):
        code, factor = self.lex.units[c.g["unit"]]
        return Timex("SET", duration_value(1.0, code, factor))


class Frequency(Rule):
    """quotidien, annuel, hebdomadaire (adjectives only: not "le quotidien Le Monde"), quotidiennement"""

    name = "frequency"

    def setup(self, lex):
        self.press = lex.words("press")
        self.determiners = lex.words("determiner")

    def regex(self, p, lex):
        return rf"{B}(?P<word>{alternation(lex.sets)}){E}"

    def trigger_words(self, lex):
        return tuple(lex.sets)

    def anchors(self, a):
        return Prefilter((a.frequency,))

    def accept(self, c, ctx):
        word = c.raw["word"]
        if word[0].isupper() and not ctx.sentence_initial(c.start):
            return False
        if word.lower().endswith("ment"):
            return True
        if ctx.prev_word(c.start) in self.press or ctx.next_word(c.end)[:1].isupper():
            return False
        if ctx.has_pos:
            tok = ctx.token_at(c.start)
            if tok is None or tok.pos_ != "ADJ":
                return False
            if word.endswith(("s", "x")) and (tok.i == 0 or tok.nbor(-1).pos_ != "NOUN"):
                return False
        return ctx.prev_word(c.start) not in self.determiners

    def resolve(self, c, ctx, story):
        return Timex("SET", self.lex.sets[c.g["word"]])
