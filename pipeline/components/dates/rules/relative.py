"""Days and periods named from the publication date or from another date of the text: "hier", "lundi
dernier", "cette semaine", "l'an dernier", "ce soir", "la nuit de samedi à dimanche", "la veille", "ce
jour-là"."""

from __future__ import annotations

import re
from datetime import timedelta

from ...common.patterns import APOSTROPHE as APOS
from ...common.patterns import alternation
from ..models import Timex
from ..prefilter import Prefilter
from ..resolving import PAST, day_number, rel_of, weekday_date
from ..values import add_months, day_value, month_value, week_value
from .base import Rule
from .pieces import BE, DAY, LAST, PODS, YEAR, B, E

THIS = ("ce", "cet", "cette")
WEEK_NOT_BEFORE = ("de", "d'", "du", "des", "qui", "où", "que", "sainte", "sanglante")
DAYTIME = ("MO", "MI", "AF", "DT")  # parts of the day that come after a night
AGES_PAST = re.compile(r"\s+des\s+temps\b")  # "la nuit des temps": time out of mind, no night
PERIOD_KINDS = {"semaine": "week", "mois": "month", "année": "year", "an": "year"}
DE_END = re.compile(r"(?:^|(?<=\W))(?:de|d')$")
FEMININE_UNITS = ("semaine", "année", "décennie")
ANAPHORIC_RELS = ("même", "suivant", "suivante", "précédent", "précédente")
# "d'après" before a determiner or a pronoun is "according to" ("sur l'année d'après l'Insee")
NOT_ACCORDING = (
    r"(?!\s+(?:l[ea]s?|l['’]|une?|des|du|de|d['’]|ce|cet|cette|ces|[mts]on|[mts]a|[mts]es|nos|notre|vos|votre"
    r"|leurs?|lui|eux|elles?|moi|nous|vous|certains|plusieurs|selon)\b)"
)


class RelativeDay(Rule):
    """hier, aujourd'hui vendredi, demain matin, avant-hier soir, hier 12 mars; "les héros d'aujourd'hui" and
    "l'Union telle qu'elle fonctionne aujourd'hui" (nowadays: a verb of state in the present) PRESENT_REF"""

    name = "relday"

    def setup(self, lex):
        self.state_verbs = lex.words("state_verb")
        self.de_ties = lex.ends_with("day_de_tie")

    def regex(self, p, lex):
        words = alternation(lex.relative_days).replace(APOS, APOS + r"\s*")  # "aujourd' hui"
        return (
            rf"{BE}(?P<rel>{words})"
            rf"(?:\s+(?P<wd>{p.weekday}))?"
            rf"(?:\s+(?:(?P<pod>{PODS})|(?P<day>{DAY})\s+(?P<month>{p.month})(?:\s+(?P<year>{YEAR}))?))?{E}"
        )

    def trigger_words(self, lex):
        return tuple(w.split("'")[0] for w in lex.relative_days)

    def anchors(self, a):
        return Prefilter((a.relday,))

    def resolve(self, c, ctx, story):
        g = c.g
        word = g["rel"].replace(" ", "")
        prev = ctx.prev_word(c.start)
        refs = self.lex.relative_refs
        if (
            word in refs
            and not g["wd"]
            and not g["pod"]
            and (
                prev in ("d'", "de")
                and not self.tied(c, ctx)
                or (
                    refs[word] == "PRESENT_REF"
                    and ctx.sentence_initial(c.start)
                    and ctx.after(c.end, 2).startswith(",")
                )
            )
        ):
            return Timex("TIME", refs[word], anchor=story.dct_anchor)
        if word == "aujourd'hui" and not (g["wd"] or g["pod"] or g["day"]) and self.nowadays(c, ctx):
            return Timex("TIME", "PRESENT_REF", anchor=story.dct_anchor)
        if g["day"]:
            month = self.lex.months[g["month"]]
            value, d, anchor = self.cal.month_day(
                c, ctx, story, month, day_number(g["day"]), g["year"], None, None
            )
            return Timex("DATE", value, anchor=anchor or ("published" if story.dct else None), day=d)
        if story.dct is None:
            d, value = None, "XXXX-XX-XX"
        else:
            d = story.dct + timedelta(days=self.lex.relative_days[word])
            value = day_value(d)
        if g["pod"]:
            return Timex("TIME", self.cal.with_pod(value, g["pod"]), anchor=story.dct_anchor, day=d)
        return Timex("DATE", value, anchor=story.dct_anchor, day=d)

    def tied(self, c, ctx) -> bool:
        """ "de" ties the day to a stretch or a part of the day ("à partir de demain", "la nuit d'hier")."""
        before = DE_END.sub("", ctx.before(c.start, 30)).rstrip()
        return bool(self.de_ties.search(before))

    def nowadays(self, c, ctx) -> bool:
        """ "aujourd'hui" said of a state in the present ("il ne reste plus aujourd'hui que trois clairons",
        "nous le savons aujourd'hui"), not of the day's events ("le ministre se rend aujourd'hui à ...")."""
        tok = ctx.token_at(c.start) if ctx.has_dep else None
        if tok is None:
            return False
        head = tok.head
        form = head.text.lower()  # the lemmatizer reads "reste", "compte" as nouns: their -er verb then
        guess = form[:-3] + "er" if form.endswith("ent") else form[:-1] + "er" if form.endswith("e") else ""
        return (
            (head.lemma_ in self.state_verbs or guess in self.state_verbs)
            and "Pres" in head.morph.get("Tense")
            and "Ind" in head.morph.get("Mood")
        )


class Weekday(Rule):
    """lundi, lundi dernier, ce même lundi après-midi, le mercredi, tous les jeudis, les deuxième et
    quatrième jeudis, chaque lundi"""

    name = "weekday"

    def regex(self, p, lex):
        return (
            rf"{B}(?P<det>(?:ce|le|les|tous\s+les|chaque)\s+"
            rf"(?:même\s+|(?:{p.ordinal}s?\s+(?:et|ou)\s+)?{p.ordinal}s?\s+)?|{p.ordinal}\s+)?(?P<wd>{p.weekday})"
            rf"(?:\s+(?P<rel>{LAST}|suivant|précédent|d{APOS}avant|d{APOS}après))?(?:\s+(?P<pod>{PODS}))?{E}"
        )

    def trigger_words(self, lex):
        return tuple(lex.weekdays)

    def anchors(self, a):
        return Prefilter((a.weekday,))

    def anaphoric(self, c):
        return (c.g.get("rel") or "") in ("suivant", "précédent", "d'avant", "d'après")

    def resolve(self, c, ctx, story):
        g = c.g
        det = (g["det"] or "").strip()
        wd_word = g["wd"]
        plural = wd_word.endswith("s") and wd_word not in self.lex.weekdays
        wd = self.lex.weekdays[wd_word.rstrip("s") if plural else wd_word]
        if plural or det in ("tous les", "chaque", "les") or (det == "le" and not g["rel"]):
            value = f"XXXX-WXX-{wd}"
            return Timex("SET", self.cal.with_pod(value, g["pod"]) if g["pod"] else value)
        rel = rel_of(g["rel"])
        base, anchor = story.ref_day(c.start) if self.anaphoric(c) else (story.dct, story.dct_anchor)
        d = weekday_date(c, ctx, story, wd, rel, base)
        value = day_value(d) if d else f"XXXX-WXX-{wd}"
        if g["pod"]:
            return Timex(
                "TIME", self.cal.with_pod(value if d else "XXXX-XX-XX", g["pod"]), anchor=anchor, day=d
            )
        return Timex("DATE", value, anchor=anchor, day=d)


THIS_DAY_NOW = re.compile(r"(?:^|\W)à\s*$")  # "(jusqu')à ce jour": to date
THIS_DAY_THAT = re.compile(r"(?:^|\W)(?:à\s+partir\s+de|depuis)\s*$")  # "depuis ce jour": that day


class UnitRef(Rule):
    """cette semaine, la semaine prochaine, l'an dernier, ce week-end, le mois suivant (or "d'après", "qui
    suit"; "d'avant" as "précédent"), "mois prochain" after "du" or "au", la même année, fin
    d'année, la nouvelle année; "à ce jour", "jusqu'à ce jour" (to date: PRESENT_REF), "depuis ce jour" (the
    day the story is at)"""

    name = "unit_ref"

    def regex(self, p, lex):
        return (
            rf"{BE}{p.fuzz}?(?:(?P<det>cette|cet|ce|la|le|les)\s+|(?P<det2>l{APOS})\s*|(?P<det3>(?:du|au)\s+))?"
            rf"(?P<same>même\s+|nouvelle\s+)?(?P<unit>semaine|mois|année|an|week-end|siècle|décennie|jour)"
            rf"(?:\s*-\s*(?P<ci>ci|là))?(?:\s+(?P<rel>{LAST}|suivante?|précédente?|en\s+cours|écoulée?|même"
            rf"|d{APOS}\s*(?:après|avant){NOT_ACCORDING}|qui\s+suit(?=\s*(?:$|[,.;:!?)]))))?{E}"
        )

    def anchors(self, a):
        return Prefilter((a.unit_ref,))

    @staticmethod
    def rel(g) -> str | None:
        """The word after the unit, "d'après" and "qui suit" read as "suivant", "d'avant" as "précédent"."""
        word = g.get("rel")
        if word and word.startswith("d") and word.endswith("près"):
            return "suivant"
        if word and word.startswith("d") and word.endswith("vant"):
            return "précédent"
        return "suivant" if word and word.startswith("qui") else word

    def anaphoric(self, c):
        g = c.g
        return (
            "that_day" in c.info
            or g.get("ci") == "là"
            or (g.get("det") == "la" and g.get("unit") == "semaine" and not g.get("rel"))
            or (g.get("same") or "").strip() == "même"
            or (self.rel(g) or "") in ANAPHORIC_RELS
        )

    def accept(self, c, ctx):
        det = c.g["det"] or c.g.get("det2") or ""
        unit = c.g["unit"]
        same = (c.g["same"] or "").strip()
        if c.g.get("det3"):  # "au cours du mois prochain": the unit and its adjective, without "du"
            if not (c.g["rel"] and rel_of(self.rel(c.g))) or same or c.g["fuzz"] or unit == "jour":
                return False
            c.start += len(c.raw["det3"])
            return True
        if same == "nouvelle":
            return unit == "année" and det == "la"
        if det == "les":
            return False
        if det == "la" and unit == "semaine" and not (c.g["rel"] or same or c.g["fuzz"]):
            # "dans la semaine", "plus tôt dans la semaine": the week of the day named last (not "dans la
            # semaine qui suit", "dans la semaine du 14")
            return ctx.prev_word(c.start) == "dans" and ctx.next_word(c.end) not in WEEK_NOT_BEFORE
        if c.g["ci"] or same or det in THIS:
            if unit == "jour" and det == "ce" and not c.g["ci"]:
                before = ctx.before(c.start, 20)
                if THIS_DAY_NOW.search(before):
                    c.info["to_date"] = True  # "à ce jour", "jusqu'à ce jour": the present
                elif THIS_DAY_THAT.search(before):
                    c.info["that_day"] = True  # "à partir de ce jour", "depuis ce jour": as "ce jour-là"
                return ctx.next_word(c.end) not in ("de", "d'", "où")
            return True
        if c.g["rel"]:
            if unit in FEMININE_UNITS and c.g["rel"] in ("suivant", "précédent"):
                return False  # "la semaine suivant Pâques": a preposition, the week following Easter
            if unit == "jour":
                return c.g["rel"] == "même"
            if c.g["rel"] == "même":
                return False
            return bool(det) or unit == "an" or bool(c.g["fuzz"])  # "en début de semaine prochaine"
        if c.g["fuzz"]:
            return unit not in ("jour",)
        return False

    def resolve(self, c, ctx, story):
        g = c.g
        if "to_date" in c.info:
            return Timex("TIME", "PRESENT_REF", anchor=story.dct_anchor)
        unit = g["unit"]
        mod = self.cal.fuzz_mod(g["fuzz"])
        same = (g["same"] or "").strip()
        rel_word = self.rel(g)
        anaphoric = self.anaphoric(c)
        kind = PERIOD_KINDS.get(unit)
        named = story.period_before(kind, c.start) if kind and rel_word in ANAPHORIC_RELS[1:] else None
        if named is not None:  # "la semaine précédente": the week before the one just named
            base, anchor = named, story.dct_anchor
        elif anaphoric and unit in ("année", "an", "mois") and (year := story.named_year(c.start)):
            base, anchor = year  # "en juin 1986, ... en décembre de la même année"
        elif anaphoric:
            base, anchor = story.ref_day(c.start)
        else:
            base, anchor = story.dct, story.dct_anchor
        step = {"last": -1, "next": 1}.get(rel_of(rel_word), 0) if rel_word not in ("même",) else 0
        if kind and base is not None:
            story.name_period(kind, c.start, self.shifted(base, unit, step))
        if same == "nouvelle" and base is not None:
            step = 0 if base.month <= 2 else 1
        if unit == "jour":
            if base is None:
                return Timex("DATE", "XXXX-XX-XX", mod, "unresolved")
            return Timex("DATE", day_value(base), mod, anchor, day=base)
        if unit == "semaine":
            if base is None:
                return Timex("DATE", "XXXX-WXX", mod, "unresolved")
            return Timex("DATE", week_value(base + timedelta(days=7 * step)), mod, anchor)
        if unit == "week-end":
            if base is None:
                return Timex("DATE", "XXXX-WXX-WE", mod, "unresolved")
            saturday = base + timedelta(days=(6 - base.isoweekday()) % 7)
            if base.isoweekday() == 7:
                saturday = base - timedelta(days=1)
            if step:
                saturday += timedelta(days=7 * step)
            elif not anaphoric and ctx.direction(c.start, c.end) == PAST and saturday > base:
                saturday -= timedelta(days=7)
            return Timex("DATE", week_value(saturday, weekend=True), mod, anchor)
        if unit == "mois":
            if base is None:
                return Timex("DATE", "XXXX-XX", mod, "unresolved")
            d = add_months(base.replace(day=1), step)
            return Timex("DATE", month_value(d.year, d.month), mod, anchor)
        if unit in ("année", "an"):
            if base is None:
                return Timex("DATE", "XXXX", mod, "unresolved")
            return Timex("DATE", str(base.year + step), mod, anchor)
        if unit == "siècle":
            if base is None:
                return Timex("DATE", "XX", mod, "unresolved")
            return Timex("DATE", f"{base.year // 100 + step:02d}", mod, anchor)
        if unit == "décennie":
            if base is None:
                return Timex("DATE", "XXXX", mod, "unresolved")
            return Timex("DATE", f"{base.year // 10 + step:03d}", mod, anchor)
        return None

    def shifted(self, base, unit: str, step: int):
        """A day of the period ``step`` units from ``base``."""
        if unit == "semaine":
            return base + timedelta(days=7 * step)
        if unit == "mois":
            return add_months(base.replace(day=1), step)
        return base.replace(year=base.year + step, day=1)


class PartOfDay(Rule):
    """cet après-midi, la nuit, dans la soirée, le matin même, fin de matinée, en soirée ("hier soir" is
    relday); "le matin", "l'après-midi", "le soir" said of when something happens ("ont repris l'après-midi",
    "dès le matin", "tôt le matin": START, "tard le soir": END; "souvent le soir": a set)"""

    name = "part_of_day"
    BARE = ("matin", "après-midi", "soir")  # with "le"/"l'" after a verb or its object

    def setup(self, lex):
        self.preps = lex.ends_with("pod_prep")
        self.after_pod = re.compile(rf"(?:^|\W){alternation(lex.parts_of_day, loose=False)}\s+et$")
        self.after_en = lex.words("pod_after_en")
        self.starting = lex.words("pod_from")
        self.habits = lex.words("habit_adverb")
        self.then = lex.words("pod_then")
        self.not_after = lex.words("pod_not_after")

    def regex(self, p, lex):
        return (
            rf"{BE}(?:(?P<early>(?:très\s+)?(?:tôt|tard))\s+(?=l{APOS}|la\s|le\s))?"
            rf"{p.fuzz}?(?:(?P<det>ce|cet|cette|la|le)\s+|(?P<det2>l{APOS})\s*)?(?P<pod>{p.pod})"
            rf"(?:\s*(?P<rel>même|-\s*là|dernière|précédente|suivante|prochaine)|\s+(?P<late>(?:très\s+)?tôt))?{E}"
        )

    def trigger_words(self, lex):
        return tuple(lex.parts_of_day)

    def anchors(self, a):
        return Prefilter((a.part_of_day,))

    def anaphoric(self, c):
        return (c.g.get("det") or "") not in THIS and (c.g.get("rel") or "") not in ("dernière", "prochaine")

    def accept(self, c, ctx):
        det = c.g["det"] or c.g.get("det2") or ""
        if c.g["pod"] == "nuit" and AGES_PAST.match(ctx.after(c.end, 12)):
            return False  # "depuis la nuit des temps": always
        if c.g["early"] or c.g["late"]:
            return det in ("la", "l'", "le") and not c.g["fuzz"]
        if det in THIS and c.g["pod"] in ("matin", "soir", "après-midi", "nuit", "midi"):
            return True
        if det in ("le", "l'") and c.g["pod"] in self.BARE and not c.g["fuzz"] and self.bare(c, ctx):
            return True
        if c.g["rel"] == "prochaine":  # "la nuit prochaine": the coming one
            return c.g["pod"] in ("nuit", "soirée") and det == "la"
        if c.g["rel"]:
            return True
        if c.g["fuzz"]:
            return True
        if det in ("la", "l'", "le", "ce", "cet", "cette"):
            before = ctx.before(c.start, 25)
            # "dans la nuit", "passé la soirée", "la soirée et la nuit"; "L'après-midi, ..." opens a sentence
            if self.preps.search(before) or self.after_pod.search(before):
                return True
            return (  # not "Cette soirée, qui sera animée par ..." (a party)
                det in ("la", "l'", "le")
                and c.g["pod"] in ("matin", "après-midi", "soir", "nuit")
                and ctx.sentence_initial(c.start)
                and ctx.text[c.end : c.end + 1] == ","
            )
        if ctx.prev_word(c.start) == "toute":
            return True
        return not det and ctx.prev_word(c.start) == "en" and c.g["pod"] in self.after_en  # "en soirée"

    def bare(self, c, ctx) -> bool:
        """ "le soir" said of when: after "dès" or a habit, alone as a line, or after the verb or its object
        with the clause ending or a preposition after it; not the subject, not "Le Soir" (a newspaper)."""
        prev = ctx.prev_word(c.start)
        if prev in self.starting or prev in self.habits:
            return True
        if not ctx.text[c.start : c.end].islower() or prev in self.not_after:
            return False
        if not ctx.text[: c.start].strip() and not ctx.text[c.end :].strip():
            return True  # a line of its own
        if ctx.sentence_initial(c.start):
            return False
        after = ctx.after(c.end, 3)
        return after[:1] in ".,;:!?)" or ctx.next_word(c.end) in self.then

    def resolve(self, c, ctx, story):
        g = c.g
        det = g["det"] or g.get("det2") or ""
        pod = g["pod"]
        mod = self.cal.fuzz_mod(g["fuzz"])
        if g["early"] or g["late"]:
            mod = "END" if (g["early"] or "").endswith("tard") else "START"
        elif det in ("le", "l'") and pod in self.BARE and ctx.prev_word(c.start) in self.habits:
            return Timex("SET", self.cal.with_pod("XXXX-XX-XX", pod))  # "souvent le soir"
        rel = (g["rel"] or "").replace(" ", "")
        if det in THIS and not rel:
            base, anchor = story.dct, story.dct_anchor
            if base is not None and pod == "nuit" and ctx.direction(c.start, c.end) == PAST:
                base -= timedelta(days=1)
        elif rel == "dernière":
            base, anchor = story.dct, story.dct_anchor
            base = base - timedelta(days=1) if base else None
        elif rel == "prochaine":  # "la nuit prochaine": the one that comes, tonight's
            base, anchor = story.dct, story.dct_anchor
        else:
            base, anchor = story.ref_day(c.start, 0 if rel else c.end)
            if base is not None and rel in ("précédente", "suivante"):
                base += timedelta(days=-1 if rel == "précédente" else 1)
            elif base is not None and self.lex.parts_of_day[pod] in DAYTIME and story.after_night(c.start):
                base += timedelta(days=1)  # "... la nuit chez un ami. En fin d'après-midi, ..."
            elif (
                base is not None
                and self.lex.parts_of_day[pod] == "NI"
                and (
                    story.in_small_hours(c.start, 0 if rel else c.end)
                    or ctx.prev_word(c.start) == "depuis"
                    or not rel
                    and story.morning_after(c.start)
                )
            ):
                base -= timedelta(days=1)  # "peu après minuit ... le reste de la nuit", "depuis la nuit"
        day = day_value(base) if base else "XXXX-XX-XX"
        if pod == "journée" and (g["fuzz"] or "").replace(" ", "").endswith("mi-"):  # "à la mi-journée": noon
            pod, mod = "midi", None
        return Timex("TIME", self.cal.with_pod(day, pod), mod, anchor, day=base)


class Night(Rule):
    """la nuit de samedi à dimanche (22 au 23 mars)"""

    name = "night"

    def regex(self, p, lex):
        return (
            rf"{B}(?P<det>la\s+)?nuit\s+(?:de|du)\s+(?P<wd>{p.weekday})\s+(?:à|au)\s+(?P<wd2>{p.weekday})"
            rf"(?:\s+(?P<day>{DAY})\s+(?P<month>{p.month})(?:\s+(?P<year>{YEAR}))?)?{E}"
        )

    def trigger_words(self, lex):
        return ("nuit",)

    def resolve(self, c, ctx, story):
        g = c.g
        wd = self.lex.weekdays[g["wd"].rstrip("s")]
        if g["day"]:
            month = self.lex.months[g["month"]]
            day_n = day_number(g["day"])
            _, d, anchor = self.cal.month_day(c, ctx, story, month, day_n, g["year"], None, None)
            d = d - timedelta(days=1) if d else None
        else:
            d = weekday_date(c, ctx, story, wd, None)
            anchor = story.dct_anchor
        value = self.cal.with_pod(day_value(d) if d else "XXXX-XX-XX", "nuit")
        return Timex("TIME", value, anchor=anchor, day=d)


class NextDay(Rule):
    """la veille, le lendemain (au soir, après-midi), "lendemain" in "au lendemain de la démission du
    gouvernement" (the day after the day last named)"""

    name = "next_day"

    def regex(self, p, lex):
        return (
            rf"(?:{B}(?P<w>{alternation(lex.next_days)})|(?<=\bau\s)(?P<au>lendemain))"
            rf"(?:\s+(?P<pod>au\s+soir|au\s+matin|{PODS}))?{E}"
        )

    def trigger_words(self, lex):
        return tuple(form.split()[-1].split("'")[-1] for form in lex.next_days)

    def anaphoric(self, c):
        return True

    def resolve(self, c, ctx, story):
        g = c.g
        base, anchor = story.ref_day(c.start)
        offset = self.lex.next_days[g["w"]] if g["w"] else 1
        d = base + timedelta(days=offset) if base else None
        value = day_value(d) if d else "XXXX-XX-XX"
        if g["pod"]:
            return Timex("TIME", self.cal.with_pod(value, g["pod"]), anchor=anchor, day=d)
        return Timex("DATE", value, anchor=anchor, day=d)


class Round(Rule):
    """The day of a round of a competition or of an event the narrative dates: "la quatrième journée" (of a
    championship), "la deuxième journée de pré-rentrée"."""

    name = "round"

    def regex(self, p, lex):
        return rf"{B}(?P<det>la|cette)\s+(?P<ord>{p.ordinal}|\d{{1,2}}(?:e|ème))\s+journée{E}"

    def trigger_words(self, lex):
        return ("journée",)

    def anaphoric(self, c):
        return True

    def resolve(self, c, ctx, story):
        base, anchor = story.ref_day(c.start)
        return Timex("DATE", day_value(base) if base else "XXXX-XX-XX", anchor=anchor, day=base)


class MealTime(Rule):
    """ "à l'heure du déjeuner": the part of the day of a meal (TMI), on the day the story is at; "pendant le
    déjeuner" names the meal, an event, and no time."""

    name = "meal_time"

    def regex(self, p, lex):
        return rf"{B}l{APOS}\s*heure\s+du\s+(?P<meal>{alternation(lex.meals)}){E}"

    def trigger_words(self, lex):
        return ("heure",)

    def anaphoric(self, c):
        return True

    def part(self, c) -> str:
        """The part of the day the match names."""
        return self.lex.meals[c.g["meal"]]

    def resolve(self, c, ctx, story):
        base, anchor = story.near_day(c.start)
        day = day_value(base) if base else "XXXX-XX-XX"
        return Timex("TIME", f"{day}T{self.part(c)}", anchor=anchor, day=base)


class LunchBreak(MealTime):
    """ "entre midi et deux": the lunch break, the midday part of the day (TMI, as "à l'heure du déjeuner") on
    the day the story is at; two clock times stay two ("entre midi et 14 h")."""

    name = "lunch_break"

    def regex(self, p, lex):
        return rf"{B}midi\s+et\s+(?:deux|2)(?!\s*(?:h|heures?)\b){E}"

    def trigger_words(self, lex):
        return ("midi",)

    def accept(self, c, ctx):
        return ctx.prev_word(c.start) == "entre"

    def part(self, c) -> str:
        return "MI"


class SameTime(Rule):
    """ "la même époque", "la même période": the same time of the year last named ("par rapport à l'année
    dernière à la même époque": that year, in the publication's month), else the month of the day last
    named."""

    name = "same_time"

    def regex(self, p, lex):
        return rf"{B}(?P<det>la|cette)\s+même\s+(?:époque|période){E}"

    def trigger_words(self, lex):
        return ("même",)

    def anaphoric(self, c):
        return True

    def resolve(self, c, ctx, story):
        base = story.period_before("year", c.start)
        anchor = story.dct_anchor
        if base is None:
            base, anchor = story.ref_day(c.start)
        if base is None:
            return Timex("DATE", "XXXX-XX", anchor="unresolved")
        return Timex("DATE", month_value(base.year, base.month), anchor=anchor)


class ThatTime(Rule):
    """ce moment-là, ce jour-là, cette nuit-là"""

    name = "that_time"

    def regex(self, p, lex):
        return rf"{B}(?P<det>ce|cette)\s+(?P<unit>moment|jour|heure|époque|nuit|soir|matin)\s*-?\s*là{E}"

    def trigger_words(self, lex):
        return ("là",)

    def anaphoric(self, c):
        return True

    def resolve(self, c, ctx, story):
        unit = c.g["unit"]
        base, anchor = story.ref_day(c.start)
        if unit in ("moment", "heure") and story.last_time:
            return Timex("TIME", story.last_time[0], anchor=story.last_time[1], day=base)
        if unit == "époque":
            return Timex("TIME", "PAST_REF", anchor=story.dct_anchor)
        value = day_value(base) if base else "XXXX-XX-XX"
        if unit in ("nuit", "soir", "matin"):
            return Timex("TIME", self.cal.with_pod(value, unit), anchor=anchor, day=base)
        if unit in ("moment", "heure"):
            return Timex("TIME", value, anchor=anchor, day=base)
        return Timex("DATE", value, anchor=anchor, day=base)


class ThatDate(Rule):
    """ "depuis cette date", "à cette date": the date the text named last, at its precision."""

    name = "that_date"

    def setup(self, lex):
        self.preps = lex.words("that_date_prep")

    def regex(self, p, lex):
        return rf"{B}cette\s+date{E}"

    def trigger_words(self, lex):
        return ("cette date",)

    def accept(self, c, ctx):
        return ctx.prev_word(c.start) in self.preps

    def anaphoric(self, c):
        return True

    def resolve(self, c, ctx, story):
        named = story.last_named(c.start)
        return Timex("DATE", named[1], anchor=named[2]) if named else None
