"""Durations: "trois ans", "30,4 secondes", "plusieurs mois", "environ une heure", "une dizaine de jours",
"deux ans et demi", "une bonne heure et demie", "2 mn 30", "ces derniers jours", "toute la journée", "un
quinquennat"; put on the calendar after "il y a", "dans" and "depuis" (``period_start``/``period_end``). Ages
are figures, not durations."""

from __future__ import annotations

import re

from ...common.ages import AgeCues, is_age
from ...common.patterns import APOSTROPHE as APOS
from ...common.patterns import alternation
from ..models import Timex
from ..numbers import parse_number
from ..prefilter import Prefilter
from ..resolving import anchored, duration_value
from .base import Rule
from .pieces import OF, B, E

AGO = re.compile(r"(?:^|\W)il y a$")
IN = re.compile(r"(?:^|\W)dans$")
SINCE = re.compile(r"(?:^|\W)depuis$")
COUNTED_ON = re.compile(
    r"\s+(?:(?P<ahead>plus\s+tard)|(?P<after>après)(?=\s*[,.;:]|\s*$)|plus\s+tôt|auparavant)\b"
)
# "d'un mois sur l'autre", "d'une année à l'autre": no length
ONE_TO_OTHER = re.compile(rf"\s+(?:à|sur)\s+l{APOS}autre\b")
YEARS_AND = re.compile(r"(?:^|\W)(?P<n>[\w\-]+\s+ans)\s+et\s+$")  # "un enfant de trois ans et| deux mois"
# "Les victimes ont 19 et| 22 ans"
NUMBERS_LISTED = re.compile(r"(?:^|\W)(?P<n>[\w\-]+)(?:\s*,\s*[\w\-]+)*\s+(?:et|ou)\s+$")


def put_on_calendar(t: Timex, n, code, factor, dct, sign: int, span: bool) -> Timex:
    found = anchored(n, code, factor, dct, sign, span)
    if found is not None:
        t.period, t.anchor = found, "published"
    return t


class Duration(Rule):
    name = "duration"

    def setup(self, lex):
        self.one_day_preps = lex.ends_with("one_day_prep")
        self.vague_preps = lex.ends_with("vague_prep")
        self.hour_preps = lex.words("hour_prep")
        self.not_before = lex.words("unit_not_before")
        self.function = lex.words("function")
        self.ages = AgeCues(
            lex.words("age_not_after"),
            lex.words("group_determiner"),
            lex.words("possessive"),
            lex.words("age_not_head"),
            lex.duration_heads,
            lex.age_verbs,
        )

    def regex(self, p, lex):
        adjectives = alternation(lex.words("length_adjective"))
        return (
            rf"(?:{B}|(?P<elided>(?<=\bd{APOS})(?=une?\s)))(?:(?P<qual>{p.qual})\s+)?"
            rf"(?:(?P<num>{p.number})|(?P<vague>quelques|plusieurs|des|de\s+(?:nombreux|nombreuses|longs|longues))"
            rf"|(?:une?|la)\s+(?P<approx>{p.approx})\s+{OF}|(?:un|une)\s+(?P<frac>demi|quart)(?:\s*-\s*|\s+{OF})"
            rf"|(?P<qn>{p.number})(?:\s+|\s*-\s*)quarts\s+{OF})\s*(?:(?P<adj>{adjectives})\s+)?(?P<unit>{p.unit})"
            rf"(?:\s+et\s+(?P<half>demie?|quart)"
            rf"|\s+(?P<sub>[0-5]?\d)(?:\s*(?:secondes?|sec|s)(?!\w))?(?![.,]?\d|\s*(?:%|[^\W\d])))?{E}"
            rf"(?:(?=(?P<more>\s+et\s+{p.number}\s+{p.unit}{E})))?"
        )

    def anchors(self, a):
        return Prefilter((a.duration,))

    def accept(self, c, ctx):
        g = c.g
        code, factor = self.lex.units[g["unit"]]
        before = ctx.before(c.start, 30)
        prev = ctx.prev_word(c.start)
        elided = g["elided"] is not None  # "d'une semaine" is "de une semaine"
        if elided and (g["num"] not in ("un", "une") or ONE_TO_OTHER.match(ctx.lower, c.end)):
            return False
        if g["num"] is not None:
            n = parse_number(g["num"])
            if n is None:
                return False
            one_day = g["half"] or self.one_day_preps.search(before)  # "une journée et demie" is a length
            if g["num"] in ("un", "une") and code == "D" and not one_day:
                return False  # "une journée de grève"
            if code == "H" and prev in self.hour_preps:
                return False
        elif g["vague"]:
            n = None
            if (
                g["vague"] == "des"
                and code in ("D", "H", "MIN", "S", "W", "WE")
                and not self.vague_preps.search(before)
            ):
                return False
        elif g["approx"]:
            n = float(self.lex.approx[g["approx"]])
        elif g["frac"]:
            n = 0.5 if g["frac"] == "demi" else 0.25
        elif g["qn"]:
            q = parse_number(g["qn"])
            if q is None:
                return False
            n = 0.25 * q
        else:
            return False
        if g["half"] and n is not None:
            n += 0.5 if g["half"].startswith("demi") else 0.25
        if g["sub"] and (code != "MIN" or not g["num"]):
            return False  # "2 mn 30": minutes and seconds; never "2 h 30" (a clock time)
        if g["adj"] and not (g["num"] or g["vague"]):
            return False
        # the age is read over the whole length: "condamné à trois ans et deux mois de prison"
        end = c.end + len(g["more"] or "")
        if code == "Y" and is_age(self.ages, ctx.lower, c.start, end, g["qual"]):
            return False
        if (m := YEARS_AND.search(ctx.lower, max(0, c.start - 40), c.start)) and is_age(
            self.ages, ctx.lower, m.start("n"), c.end, None
        ):
            return False  # "un enfant de trois ans et deux mois": the months are part of the age
        if code == "Y" and self.listed_age(c, ctx):
            return False
        if self.adjective(c, ctx):
            return False
        c.info["n"], c.info["code"], c.info["factor"] = n, code, factor
        if g["num"] and (m := COUNTED_ON.match(ctx.lower, c.end)):
            c.info["counted_on"] = 1 if m["ahead"] or m["after"] else -1  # "deux jours plus tard"
        return True

    def anaphoric(self, c):
        return "counted_on" in c.info

    def listed_age(self, c, ctx) -> bool:
        """The last of numbers listed before one "ans" is an age when the first is ("Les victimes ont 19 et
        22 ans", "Mes fils ont 12, 15 et 17 ans": the cue stands before the list)."""
        m = NUMBERS_LISTED.search(ctx.lower, max(0, c.start - 40), c.start)
        if m is None or parse_number(m["n"]) is None:
            return False
        return is_age(self.ages, ctx.lower, m.start("n"), c.end, None)

    def adjective(self, c, ctx) -> bool:
        """A unit that is an adjective here, before the noun it qualifies: "une seconde fois" (the tagger
        also calls "une seconde avant" an adjective, so the noun is read from unit_not_before), "une seconde
        opération" (a noun after "seconde")."""
        if ctx.next_word(c.end) in self.not_before:
            return True
        word = ctx.next_word(c.end)  # "une seconde avant": the tagger may call "avant" a noun
        return c.g["unit"] == "seconde" and ctx.pos_after(c.end) == "NOUN" and word not in self.function

    def resolve(self, c, ctx, story):
        g = c.g
        n, code, factor = c.info["n"], c.info["code"], c.info["factor"]
        mod = self.lex.qualifiers.get(g["qual"] or "")
        if g["approx"]:
            mod = "APPROX"
        value = duration_value(n, code, factor)
        if g["sub"] and n is not None:  # "1 min 42 s"
            value = f"{value[:-1] if value.endswith('M') else value}M{int(g['sub'])}S"
        t = Timex("DURATION", value, mod)
        before = ctx.before(c.start, 20)
        if AGO.search(before):
            return put_on_calendar(t, n, code, factor, story.dct, -1, False)
        if IN.search(before) and g["num"]:
            return put_on_calendar(t, n, code, factor, story.dct, 1, False)
        if SINCE.search(before):
            return put_on_calendar(t, n, code, factor, story.dct, -1, True)
        if sign := c.info.get("counted_on"):  # the day it points to, from the day the story is at
            base, anchor = story.ref_day(c.start)
            if (found := anchored(n, code, factor, base, sign, False)) is not None:
                t.period, t.anchor = found, anchor
        return t


class DurationRange(Duration):
    """The first number of a range of durations is a duration too: "8" in "de 8 à 24 mois", "entre deux
    et trois ans" (French TimeBank marks both ends)."""

    name = "duration_range"

    def setup(self, lex):
        super().setup(lex)
        self.starts = lex.words("range_start")

    def regex(self, p, lex):
        return (
            rf"{B}(?P<num>{p.number})(?=(?P<rest>\s*(?:à|-|–|et|ou)\s*(?:{p.qual}\s+)?{p.number}\s*"
            rf"(?P<unit>{p.unit})){E})"
        )

    def anchors(self, a):
        return None

    def trigger_words(self, lex):
        return tuple(lex.units)

    def accept(self, c, ctx):
        g = c.g
        if ctx.prev_word(c.start) not in self.starts:
            return False
        n = parse_number(g["num"])
        if n is None:
            return False
        code, factor = self.lex.units[g["unit"]]
        end = c.end + len(c.raw["rest"])
        if code == "Y" and is_age(self.ages, ctx.lower, c.start, end, None):
            return False
        c.info["n"], c.info["code"], c.info["factor"] = n, code, factor
        return True

    def resolve(self, c, ctx, story):
        n, code, factor = c.info["n"], c.info["code"], c.info["factor"]
        return Timex("DURATION", duration_value(n, code, factor))


class LastN(Rule):
    """ces derniers jours, les dix dernières années, les prochaines semaines, 3 prochains jours; les deux
    premières années (of something: a duration only)"""

    name = "last_n"

    def regex(self, p, lex):
        return (
            rf"{B}(?:(?P<det>ces|les|des|ses|leurs)\s+(?:(?P<num>{p.number})\s+)?|(?P<bare>{p.number})\s+)"
            rf"(?P<rel>derniers|dernières|dernieres|prochains|prochaines|premiers|premières)\s+(?P<unit>{p.unit}){E}"
        )

    def trigger_words(self, lex):
        return ("dernier", "dernière", "prochain", "premier", "première")

    def anchors(self, a):
        return Prefilter((a.last_n,))

    def accept(self, c, ctx):
        code, factor = self.lex.units[c.g["unit"]]
        written = c.g["num"] or c.g.get("bare")  # "les 3 prochains jours", "3 prochains jours" (a headline)
        if not written and c.g["rel"].startswith("premi"):
            return False  # "les premiers jours de janvier": no stretch counted
        n = parse_number(written) if written else None
        if written and n is None:
            return False
        c.info.update(n=n, code=code, factor=factor)
        return True

    def resolve(self, c, ctx, story):
        n, code, factor = c.info["n"], c.info["code"], c.info["factor"]
        if c.g["rel"].startswith(("suivant", "précédent", "premi")):  # "les six premiers mois" of something
            return Timex("DURATION", duration_value(n, code, factor))
        t = Timex("DURATION", duration_value(n, code, factor), anchor=story.dct_anchor)
        sign = 1 if c.g["rel"].startswith(("prochain", "à")) else -1
        return put_on_calendar(t, n, code, factor, story.dct, sign, True)


class LastNAfter(LastN):
    """The adjective after the unit: les deux semaines passées, les trois années écoulées (on the calendar, as
    "les deux dernières semaines"), les trois heures suivantes (after a time the narrative names: a duration
    only), "3 mois suivants" in a headline, "les semaines à venir" (as "les prochaines semaines"); not "deux
    semaines passées à l'hôpital" (spent)"""

    name = "last_n_after"

    def setup(self, lex):
        self.preps = lex.words("participle_prep")

    def regex(self, p, lex):
        return (
            rf"{B}(?:(?:(?P<det>ces|les)\s+)?(?P<num>{p.number})\s+(?P<unit>{p.unit})\s+"
            rf"(?P<rel>passée?s?|écoulée?s?|suivante?s?|précédente?s?|à\s+venir)"
            rf"|(?P<det2>les)\s+(?P<unit2>{p.unit})\s+(?P<rel2>à\s+venir)){E}"
        )

    def accept(self, c, ctx):
        if ctx.next_word(c.end) in self.preps:
            return False  # "deux semaines passées à l'hôpital": spent there
        if c.g["unit2"]:  # "les semaines à venir": as "les prochaines semaines"
            c.g.update(det=c.g["det2"], unit=c.g["unit2"], rel=c.g["rel2"])
        return super().accept(c, ctx)

    def trigger_words(self, lex):
        return ("passé", "écoulé", "suivant", "précédent", "à venir")

    def anchors(self, a):
        return Prefilter((a.last_n_after,))


class Whole(Rule):
    """toute l'année, toute la journée, tout le mois"""

    name = "whole"
    CODES = {"année": "Y", "journée": "D", "semaine": "W", "mois": "M", "week-end": "WE"}

    def regex(self, p, lex):
        return (
            rf"{B}(?P<q>toute\s+l{APOS}\s*|toute\s+la\s+|tout\s+le\s+)"
            rf"(?P<unit>année|journée|semaine|mois|week-end){E}"
        )

    def trigger_words(self, lex):
        return ("tout",)

    def anchors(self, a):
        return Prefilter((a.whole,))

    def resolve(self, c, ctx, story):
        return Timex("DURATION", f"P1{self.CODES[c.g['unit']]}")


class Term(Rule):
    """quinquennat, septennat"""

    name = "term"

    def regex(self, p, lex):
        return rf"{B}(?P<word>{alternation(lex.terms)}){E}"

    def trigger_words(self, lex):
        return tuple(lex.terms)

    def resolve(self, c, ctx, story):
        return Timex("DURATION", self.lex.terms[c.g["word"]])
