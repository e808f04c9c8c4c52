"""Clock times: "14 h", "20 h 30", "14h30", "8 heures du soir", "14 heures 30", "midi", "minuit", "14:30",
"midi quinze", "midi moins cinq", "onze heures trois quarts", "9 h et demie", "17 h moins le quart", "3 h du
mat'"; their day is the one the sentence or the narrative names. "N h" after "pendant" or before a noun is a
duration ("pendant 2 h", "2 h de route")."""

from __future__ import annotations

import re
from datetime import timedelta

from ...common.patterns import APOSTROPHE as APOS
from ..models import Timex
from ..numbers import parse_number
from ..prefilter import Prefilter
from ..values import day_value
from .base import Rule
from .pieces import B, E

# A clock time before 6:00 named after a night or after one from 18:00 on the same day is in the night that
# follows that day: the next day's.
SMALL_HOURS, EVENING = 6, 18
# A stretch that starts at noon: its end under twelve is in the afternoon ("de midi à 2 h").
FROM_NOON = re.compile(r"(?:^|\W)(?:entre|de)\s+midi\s+(?:et|à|jusqu'\s*à)$")
# "un match de", "une opération de" before an hour count: how long the thing lasts ("un match de 3 heures")
LENGTH_OF = re.compile(r"(?:^|\W)(?:un|une)\s+[a-zéèêëàâîïôûç-]+\s+de$")
RANGE_END = re.compile(r"\s*(?:à|jusqu)\b")
NOUN_AFTER = re.compile(r"\s+(?:de\s+|d'\s*)(?!l'|la\b|le\b|\d)[a-zéèêàâîôûç]")  # 'devant' is no 'de'


class Clock(Rule):
    name = "clock"

    def setup(self, lex):
        self.preps = lex.ends_with("clock_prep")
        self.copula = lex.ends_with("copula")
        self.duration_preps = lex.ends_with("duration_prep")
        self.at_about = lex.ends_with("clock_about")
        self.noon_not_after = lex.words("noon_not_after")
        self.vague_hour = lex.words("vague_hour")

    def regex(self, p, lex):
        # "15 h et 10 minutes", "neuf heures et vingt minutes": after "à" a clock time, else a length
        and_minutes = rf"et\s+(?:[0-5]?\d|{p.numwords})\s+minutes?"
        return (
            rf"{B}(?:(?P<h>[01]?\d|2[0-4])\s*(?P<hmark>h|heures?)"
            r"(?:\s*(?P<m>[0-5]\d)(?:\s*(?P<mmark>min|mn)\b)?"
            rf"|\s+(?P<mx>{and_minutes}|et\s+demie?|et\s+quart|trois\s+quarts|moins\s+(?:le\s+quart|{p.numwords}|[0-5]?\d)))?"
            rf"|(?P<hw>{p.numwords})\s+(?P<hmark2>heures?)"
            rf"(?:\s+(?P<mw>{and_minutes}|trois\s+quarts|{p.numwords}|et\s+demie?|et\s+quart|moins\s+le\s+quart))?"
            rf"|(?P<noon>midi|minuit)(?:\s+(?P<nm>et\s+demie?|et\s+quart|moins\s+(?:le\s+quart|{p.numwords}|[0-5]?\d)"
            rf"|[0-5]\d|{p.numwords}))?"
            rf"|(?P<hc>[01]?\d|2[0-3]):(?P<mc>[0-5]\d))"
            rf"(?:\s+(?P<ampm>du\s+mat(?:in|{APOS}|(?=\W|$))|du\s+soir|de\s+l{APOS}après-midi))?{E}"
        )

    def anchors(self, a):
        return Prefilter((a.clock_hour, a.clock_noon, a.clock_colon))

    def anaphoric(self, c):
        return True

    def accept(self, c, ctx):
        g = c.g
        before = ctx.before(c.start, 30)
        after = ctx.after(c.end, 30)
        if g["noon"]:
            if (
                c.raw["noon"][0].isupper()
                or ctx.prev_word(c.start) in self.noon_not_after
                or after.startswith("-")
            ):
                return False
            hour = 12 if g["noon"] == "midi" else 0
            if g["nm"] and not g["nm"][0].isdigit() and self.counts_after(c, ctx):
                c.end = c.start + len(c.raw["noon"])  # "à midi trois personnes": three people, at noon
                c.info["hour"], c.info["minute"] = hour, 0
                return True
            minute = minutes(g["nm"])
            if minute is not None and g["nm"] and g["nm"].startswith("moins"):  # "midi moins cinq": 11:55
                hour = (hour - 1) % 24
                minute = minute if "quart" in g["nm"] else (60 - minute) % 60
            c.info["hour"], c.info["minute"] = hour, minute
            return minute is not None
        if g["hc"]:
            if not self.preps.search(before) and len(g["hc"]) < 2:
                return False  # "15:30" is a time; "2:1" after no "à" may be a score
            c.info["hour"], c.info["minute"] = int(g["hc"]), int(g["mc"])
            return True
        if g["hw"]:
            hour = parse_number(g["hw"])
            minute = minutes(g["mw"]) if g["mw"] else 0
        else:
            hour = float(g["h"])
            minute = int(g["m"]) if g["m"] else minutes(g["mx"])
            if g["mx"] and g["mx"].startswith("moins") and "quart" not in g["mx"] and minute:
                minute = 60 - minute  # "17 h moins dix": 16:50
        if hour is None or minute is None or hour > 24 or not float(hour).is_integer():
            return False
        if LENGTH_OF.search(before) and not g["ampm"] and not RANGE_END.match(after):
            if g["hw"]:
                return False  # "un match de trois heures": a length, the durations' to read
            c.info["duration"] = f"PT{int(hour)}H{minute}M" if minute else f"PT{int(hour)}H"
            return True
        if g["hw"] == "une" and not (g["mw"] or g["ampm"]) and ctx.next_word(c.end) in self.vague_hour:
            return False  # "à une heure tardive", "à une heure plus avancée": no clock time
        at = g["ampm"] or self.preps.search(before) or self.copula.search(before)
        if g["hw"] and not at:
            if not self.minutes_told(c, ctx) or self.duration_preps.search(before):
                return False
        if (g["mx"] or g["mw"] or "").endswith(("minute", "minutes")) and (not at or NOUN_AFTER.match(after)):
            if g["hw"]:
                return False  # "deux heures et quinze minutes": a length, the durations' to read
            c.info["duration"] = f"PT{int(g['h'])}H{minutes(g['mx'])}M"  # "2 h et 15 minutes de retard"
            return True
        length = g["m"] or g["mx"] and not g["mx"].startswith("moins")  # "pendant 2 h et demie": PT2H30M
        if length and (g["mmark"] or self.duration_preps.search(before)) and not self.preps.search(before):
            c.info["duration"] = f"PT{int(hour)}H{minute}M"  # a race time: "en 2 h 09 (min)"
            return True
        has_minutes = bool(g["m"] or g["mx"] or g["mw"] or g["ampm"])
        duration = False
        if not has_minutes:
            about = self.at_about.search(before)  # "à environ 15 heures": a time
            # "après 16 h" is a time of the afternoon ("après 2 h", "après 16 h de garde à vue" count hours)
            about = about or ctx.prev_word(c.start) == "après" and g["hmark"] == "h" and hour >= 13
            if NOUN_AFTER.match(after) or self.duration_preps.search(before) and not about:
                duration = True
            elif g["hmark"] != "h" and not self.preps.search(before):
                duration = True
            elif ctx.prev_word(c.start) == "depuis" and hour >= 24:
                duration = True
        if duration:
            if g["hw"]:
                return False
            c.info["duration"] = f"PT{int(hour)}H"
            return True
        if "moins" in (g["mw"] or g["mx"] or ""):
            hour -= 1  # "17 h moins le quart": 16:45
        if g["ampm"] and ("soir" in g["ampm"] or "après" in g["ampm"]) and hour < 12:
            hour += 12
        elif not g["ampm"] and 0 < hour < 12 and FROM_NOON.search(before):
            hour += 12  # "entre midi et deux heures", "de midi à 2 h": 14:00
        c.info["hour"], c.info["minute"] = int(hour), minute
        return True

    def minutes_told(self, c, ctx) -> bool:
        """Whether an hour in words has minutes after it only a clock time has ("onze heures trois quarts",
        "vingt heures moins le quart", "quatorze heures trente"; a length in words says "et trente minutes",
        and "deux heures et quart" may be one), and no noun that the minutes would count."""
        told = c.g["mw"] or ""
        if told in ("trois quarts", "moins le quart"):
            return True
        return bool(told) and not told.startswith("et") and not self.counts_after(c, ctx)

    @staticmethod
    def after_evening(c, ctx, story, day: str) -> bool:
        """Whether the clock time named last was that day's evening, and the clause at ``c`` goes on from it
        (not a past perfect, which steps back: "Il est rentré à 22 h. Il était parti à 5 h")."""
        last = story.last_time[0] if story.last_time else ""
        return (
            last.startswith(f"{day}T")
            and last[11:13].isdigit()
            and int(last[11:13]) >= EVENING
            and not ctx.past_perfect(c.start, c.end)
        )

    @staticmethod
    def counts_after(c, ctx) -> bool:
        """Whether a noun follows the match: its last number counts it ("midi trois personnes")."""
        word = ctx.next_word(c.end)
        if not word or not word[0].isalpha() or not word[0].islower():
            return False
        if ctx.has_pos:
            return ctx.pos_after(c.end) in ("NOUN", "ADJ")
        return word.endswith(("s", "x"))

    def resolve(self, c, ctx, story):
        if "duration" in c.info:
            return Timex("DURATION", c.info["duration"])
        base, anchor = story.ref_day(c.start, c.end)
        if base and c.info["hour"] < SMALL_HOURS and story.after_night(c.start, c.end):
            base += timedelta(days=1)  # "dans la nuit de dimanche à lundi, peu après minuit": Monday 00:00
        elif base and c.info["hour"] < SMALL_HOURS and self.after_evening(c, ctx, story, day_value(base)):
            base += timedelta(days=1)  # "Le concert débutera à 23 h. Les bus circuleront jusqu'à 2 h"
        day = day_value(base) if base else "XXXX-XX-XX"
        value = f"{day}T{c.info['hour']:02d}:{c.info['minute']:02d}"
        mod = "APPROX" if ctx.prev_word(c.start) == "vers" else None
        story.last_time = (value, anchor)
        return Timex("TIME", value, mod, anchor, day=base)


def minutes(text: str | None) -> int | None:
    """The minutes after an hour: "et demie" 30, "et quart" 15, "moins le quart" and "trois quarts" 45,
    "trente" and "et trente minutes" 30; after "moins", the minutes taken off ("midi moins cinq": 5)."""
    if not text:
        return 0
    if "demi" in text:
        return 30
    if "moins le quart" in text or "trois quarts" in text:
        return 45
    if "quart" in text:
        return 15
    text = re.sub(r"\s+minutes?$", "", text.removeprefix("et "))  # "et vingt minutes"
    n = parse_number(text.removeprefix("moins").strip())
    return int(n) if n is not None and 0 <= n < 60 else None
