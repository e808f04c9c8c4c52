"""Calendar dates: a day and month ("le 6 mai 2002", "les 6 et 13 avril"), numeric dates ("le 17/03"),
months, years, decades, centuries, seasons, quarters and halves, holidays."""

from __future__ import annotations

import re
from datetime import date, timedelta

from ...common.patterns import APOSTROPHE as APOS
from ...common.patterns import alternation
from ..models import Candidate, Timex
from ..numbers import roman, two_digit_year
from ..prefilter import Prefilter
from ..resolving import day_number, nearest, numbered_days, rel_of, year_of
from ..values import SEASON_MONTHS, day_value, month_value, valid_date
from .base import Rule
from .pieces import BE, DAY, LAST, OF, YEAR, B, E

YEAR_MONTH = re.compile(r"\d{4}-\d{2}$")
NUMBER_BEFORE = re.compile(r"\d[\s\u00a0]*$")  # "06 12 34": a run of numbers, no date inside
MONTH_RANGE = re.compile(r"\s*(?:-|–|à|au)\s*")
RANGE_AFTER = re.compile(r"\s*(?:à|et|ou|-|–)\s*\d[\d\s.,]*")
DET_SPACE = re.compile(r"(?:le|les)\s+", re.IGNORECASE)
WORD_SPACE = re.compile(r"\w+\s+")
HYPHENS = re.compile(r"[\s-]+")
TWO_DIGITS = re.compile(r"\d\d")
# "depuis" before a month, or before the start of the school year in it: the stretch began before the day
# the story is at ("préparé depuis septembre" in April: last September).
SINCE_MONTH = re.compile(r"(?:^|\W)depuis(?:\s+(?:la\s+rentrée|le\s+mois)\s+(?:de|d'))?$")
PAREN_YEAR_AFTER = re.compile(r"\s*(?:\)|[-–]\s*\d{4}\s*\))")
CITED_YEAR_BEFORE = re.compile(r"[^\d\s],\s*$")
PAREN_YEAR_BEFORE = re.compile(r"\(\s*\d{4}\s*[-–]\s*$")
BETWEEN_YEAR_AFTER = re.compile(r"\s+et\s+\d{4}(?!\d)")
BETWEEN_YEAR_BEFORE = re.compile(r"(?:^|\W)entre\s+\d{4}\s+et$")
HOLIDAY_HEAD = re.compile(r"(\w[\w-]*)\s+d(?:e|u|')\W*$")


class Counts:
    """Whether a number is followed by what it counts ("2000 personnes", "1998 €"): then it is no year."""

    def __init__(self, lex):
        self.function = lex.words("function")
        self.units = re.compile(
            rf"^\s*(?:{alternation(lex.words('unit_prefix'), loose=False)}"
            rf"|{alternation(lex.words('unit_word'), loose=False)}\b)"
        )

    def after(self, end: int, ctx, skip_range: bool = True) -> bool:
        """True when the number ending at ``end`` (or the range it starts) is followed by what it counts."""
        after = ctx.after(end, 40)
        m = RANGE_AFTER.match(after) if skip_range else None
        if m:
            end += m.end()
            after = ctx.after(end, 40)
        if self.units.match(after):
            return True
        word = ctx.next_word(end)
        if not word or not word[0].isalpha() or not word[0].islower():
            return False
        if word in self.function:
            return False
        if ctx.has_pos:
            tok = ctx.token_after(end)
            if tok is not None and tok.pos_ == "NOUN" and "Sing" in tok.morph.get("Number"):
                return False  # "nommé en 1900 ministre de la guerre": a number counts a plural
            return ctx.pos_after(end) in ("NOUN", "ADJ", "NUM")
        return word.endswith(("s", "x"))  # without tags: a plural noun ("2000 personnes") is counted


class FullDate(Rule):
    """le mercredi 1er mai 2002, samedi 4 janvier, le 6 mai dernier, 13 avril prochains, 10 novembre 93, le
    14-Juillet (as the press writes its holidays), "16 novembre" in "14-16 novembre"; the day in words, with
    its article, its weekday or after "au", "du", "et" ("le dix juillet", "jusqu'au dix-huit mai").
    """

    name = "full_date"

    def setup(self, lex):
        self.word_preps = lex.words("day_word_prep")

    def regex(self, p, lex):
        return (
            rf"(?:(?<=\d[-–])|{B})(?P<det>(?:le|ce)\s+)?(?:(?P<wd>{p.weekday})\s+)?"
            rf"(?P<day>{DAY}|(?P<words>{p.numwords}))(?:\s+|-)"
            rf"(?P<month>{p.month})"
            rf"(?:\s+{p.year_or_short})?{p.last}{E}"
        )

    def trigger_words(self, lex):
        return tuple(lex.months)

    def anchors(self, a):
        return Prefilter((a.full_date_month,))

    def accept(self, c, ctx):
        if not c.g.get("words"):
            return True
        if not 1 <= day_number(c.g["day"]) <= 31:
            return False  # "les cent jours", "mille mai"
        return bool(c.g["det"] or c.g["wd"] or ctx.prev_word(c.start) in self.word_preps)

    def resolve(self, c, ctx, story):
        g = c.g
        month = self.lex.months[g["month"]]
        wd = self.lex.weekdays.get((g["wd"] or "").rstrip("s")) if g["wd"] else None
        value, d, anchor = self.cal.month_day(
            c, ctx, story, month, day_number(g["day"]), g["year"], g["rel"], wd
        )
        return Timex("DATE", value, anchor=anchor, day=d)


class DayList(FullDate):
    """ "les 6" in "les 6 et 13 avril", "3" in "du 3 au 6 avril" or "du 3 jusqu'au 6 avril": the month comes
    from the next date."""

    name = "day_list"

    def regex(self, p, lex):
        return (
            rf"{B}(?P<det>(?:le|les)\s+)?(?:(?P<wd>{p.weekday})\s+)?(?P<day>{DAY})(?P<ord>e|ème)?"
            rf"(?=\s*(?:,|et|ou|au|à|-|–|(?P<until>jusqu{APOS}\s*au))\s*(?:le\s+)?(?:{p.weekday}\s+)?"
            rf"(?:{DAY}\s*(?:,|et|ou)\s*)*(?:{DAY}|{p.numwords})\s+"
            rf"(?P<month>{p.month})(?:\s+(?P<year>{YEAR}))?{p.last}{E})"
        )

    def anchors(self, a):
        return Prefilter((a.day_list_month,))

    def accept(self, c, ctx):
        if c.g["until"] and ctx.prev_word(c.start) != "du":
            return False  # "du 13 jusqu'au 15 juillet" is a range; a number before "jusqu'au" alone counts
        # the span is the day (with its article and weekday); the lookahead only lends the month and year
        text = ctx.text
        m = DET_SPACE.match(text, c.start)
        pos = m.end() if m and c.raw["det"] else c.start
        m = WORD_SPACE.match(text, pos) if c.raw["wd"] else None
        pos = m.end() if m else pos
        c.end = pos + len(c.raw["day"]) + len(c.raw["ord"] or "")  # "du 13e au 15 juillet"
        return True


class EnglishDate(Rule):
    """An English source cited with its date: "The Guardian, October 4, 2001", "Asia Times, Nov 13, 2002",
    "accessed 27 Feb 2006" (the month capitalised, with its day and year)."""

    name = "english_date"

    def regex(self, p, lex):
        month = alternation(lex.english_months)
        return (
            rf"{B}(?:(?P<month>{month})\.?\s+(?P<day>[0-3]?\d),\s+(?P<year>{YEAR})"
            rf"|(?P<day2>[0-3]?\d)\s+(?P<month2>{month})\.?\s+(?P<year2>{YEAR})){E}"
        )

    def trigger_words(self, lex):
        return tuple(lex.english_months)

    def anchors(self, a):
        return Prefilter((a.english_month,))

    def accept(self, c, ctx):
        raw = c.raw["month"] or c.raw["month2"]
        g = c.g
        month = self.lex.english_months[g["month"] or g["month2"]]
        d = valid_date(int(g["year"] or g["year2"]), month, int(g["day"] or g["day2"]))
        c.info["date"] = d
        return raw[0].isupper() and d is not None

    def resolve(self, c, ctx, story):
        d = c.info["date"]
        return Timex("DATE", day_value(d), day=d)


class NumericDate(Rule):
    """3/03/2025, 03.03.2025, 2025-03-03"""

    name = "numeric_date"

    def regex(self, p, lex):
        return (
            rf"{B}(?P<det>le\s+)?(?:(?P<wd>{p.weekday})\s+)?"
            r"(?:(?P<d>[0-3]?\d)/(?P<m>[01]?\d)/(?P<y>\d{4}|\d\d)|(?P<d2>[0-3]?\d)\.(?P<m2>[01]?\d)\.(?P<y2>\d{4})"
            r"|(?P<y3>\d{4})-(?P<m3>[01]\d)-(?P<d3>[0-3]\d))(?![\d/.]\d)"
        )

    def trigger_words(self, lex):
        return ("/", ".", "-")

    def anchors(self, a):
        return Prefilter((a.numeric_date,))

    def accept(self, c, ctx):
        g = c.g
        d, mo, y = (
            (g["d"], g["m"], g["y"])
            if g["d"]
            else (g["d2"], g["m2"], g["y2"])
            if g["d2"]
            else (g["d3"], g["m3"], g["y3"])
        )
        year = int(y) if len(y) == 4 else two_digit_year(int(y), ctx.published)
        if year is None:  # "3/03/25" without a publication date: the century is unknown
            if valid_date(2000, int(mo), int(d)) is None:
                return False
            c.info["value"] = f"XX{y}-{int(mo):02d}-{int(d):02d}"
            return True
        day = valid_date(year, int(mo), int(d))
        if day is None:
            return False
        c.info["date"] = day
        return True

    def resolve(self, c, ctx, story):
        if "value" in c.info:
            return Timex("DATE", c.info["value"], anchor="unresolved")
        d = c.info["date"]
        return Timex("DATE", day_value(d), day=d)


class DayMonth(Rule):
    """le 17/03, au 2/4, 31/03: a day and a month in digits without a year, the year as for "le 17 mars".
    Alone (no "le" nor weekday), only when it cannot be a share or a mark: a day past 12 or a month written
    with its 0 ("31/03", "05/03", "3/04"; not "3/4", "1/10" nor "7/7")."""

    name = "day_month"

    def regex(self, p, lex):
        return (
            rf"{B}(?P<det>(?:le|au)\s+)?(?:(?P<wd>{p.weekday})\s+)?"
            r"(?P<d>[0-3]?\d)/(?P<m>[01]?\d)(?![\d/]|[.,]\d)"
        )

    def trigger_words(self, lex):
        return ("/",)

    def anchors(self, a):
        return Prefilter((a.day_month,))

    def accept(self, c, ctx):
        g = c.g
        day, month = int(g["d"]), int(g["m"])
        if not 1 <= month <= 12 or valid_date(2000, month, day) is None:
            return False
        if g["det"] and g["det"].startswith("au"):
            c.start += len(c.raw["det"])  # "au 3/12": the date without its preposition
        return bool(g["det"] or g["wd"]) or day > 12 or g["m"].startswith("0")  # "3/04": no share has a 0

    def resolve(self, c, ctx, story):
        g = c.g
        wd = self.lex.weekdays.get(g["wd"].rstrip("s")) if g["wd"] else None
        value, d, anchor = self.cal.month_day(c, ctx, story, int(g["m"]), int(g["d"]), None, None, wd)
        return Timex("DATE", value, anchor=anchor, day=d)


class SpacedDate(Rule):
    """le 17 03, le 24 12 98, 5 4 2024: a day and a month in digits parted by a space, as forms and messages
    write them; with its article or a year in four digits, never in a run of numbers ("le 06 12 34 56")."""

    name = "spaced_date"

    def regex(self, p, lex):
        return (
            rf"{B}(?P<det>le\s+)?(?P<d>[0-3]?\d) (?P<m>[01]?\d)(?: (?P<y>\d{{4}}|\d\d))?"
            r"(?![\d]|[.,]\d|[\s\u00a0]\d)"
        )

    def trigger_words(self, lex):
        return (" ",)

    def anchors(self, a):
        return Prefilter((a.spaced_date,))

    def accept(self, c, ctx):
        g = c.g
        if not 1 <= int(g["m"]) <= 12 or NUMBER_BEFORE.search(ctx.before(c.start, 8)):
            return False
        if not (g["det"] or (g["y"] and len(g["y"]) == 4)):
            return False  # "17 03" alone may be a score or a code
        year = None
        if g["y"]:
            year = int(g["y"]) if len(g["y"]) == 4 else two_digit_year(int(g["y"]), ctx.published)
        if valid_date(year or 2000, int(g["m"]), int(g["d"])) is None:
            return False
        c.info["year"] = year
        return True

    def resolve(self, c, ctx, story):
        g = c.g
        year, month, day = c.info["year"], int(g["m"]), int(g["d"])
        if year is not None:
            d = valid_date(year, month, day)
            return Timex("DATE", day_value(d), day=d)
        if g["y"]:  # "le 24 12 98" without a publication date: the century is unknown
            return Timex("DATE", f"XX{g['y']}-{month:02d}-{day:02d}", anchor="unresolved")
        value, d, anchor = self.cal.month_day(c, ctx, story, month, day, None, None, None)
        return Timex("DATE", value, anchor=anchor, day=d)


class Month(Rule):
    """juin 2024, (le) mois de juin, octobre 98, septembre dernier, fin mars, mi-juin, avril in mars-avril"""

    name = "month"

    def setup(self, lex):
        self.capital_preps = lex.words("capital_month_prep")
        self.date_preps = lex.words("date_prep")
        self.list_words = lex.words("month_list")
        month = alternation(lex.months)
        self.year_after = re.compile(  # "entre mars et octobre 1990", "de novembre à février 2006"
            rf"\s*(?P<link>,|et|ou|à|au|-|–)\s*(?:(?:{month})\s*(?:,|et|ou)\s*)*(?P<last>{month})"
            rf"\s+(?P<year>{YEAR}){E}"
        )

    def regex(self, p, lex):
        return (
            rf"(?:{BE}|(?<=[^\W\d]-)){p.fuzz}?(?P<det>(?:le\s+)?mois\s+{OF})?(?P<month>{p.month})"
            rf"(?:\s+{p.year_or_short}|\s+(?P<rel>{LAST}))?{E}"
        )

    def trigger_words(self, lex):
        return tuple(lex.months)

    def anchors(self, a):
        return Prefilter((a.month,))

    def accept(self, c, ctx):
        if c.g["det"] or c.g["year"] or c.g["rel"] or c.g["fuzz"]:
            return True
        word = c.raw["month"]
        prev = ctx.prev_word(c.start)
        if word[0].isupper():
            return prev in self.capital_preps and not ctx.next_word(c.end)[:1].isupper()
        return prev in self.date_preps or ctx.next_word(c.end) in self.list_words

    def resolve(self, c, ctx, story):
        t = self.value(c, ctx, story)
        if YEAR_MONTH.match(t.value):
            year, month = int(t.value[:4]), int(t.value[5:7])
            story.name_period("month", c.start, date(year, month, 1))
            story.last_month = (c.end, year, month)
        return t

    def value(self, c, ctx, story) -> Timex:
        g = c.g
        month = self.lex.months[g["month"]]
        mod = self.cal.fuzz_mod(g["fuzz"])
        if g["year"]:
            year = year_of(g["year"], story.dct)
            if year is None:  # "octobre 98" without a publication date
                return Timex("DATE", f"XX{g['year'][-2:]}-{month:02d}", mod, "unresolved")
            return Timex("DATE", month_value(year, month), mod)
        if not g["rel"] and (after := self.year_after.match(ctx.lower, c.end)):
            year = int(after["year"])  # the year written once, after the last month of a list or range
            if after["link"] not in (",", "et", "ou") and month > self.lex.months[after["last"]]:
                year -= 1  # "de novembre à février 2006": November 2005
            return Timex("DATE", month_value(year, month), mod)
        carried = story.carried_year(c.start, c.end) if not g["rel"] else None
        if carried is not None:  # "deux ruptures en 1997, en janvier puis en octobre"
            return Timex("DATE", month_value(carried, month), mod)
        if not g["rel"] and (relative := story.relative_year(c.start)) is not None:
            return Timex("DATE", month_value(relative, month), mod, "published")  # "L'an dernier, en mai"
        last = story.last_month
        if not g["rel"] and last and MONTH_RANGE.fullmatch(ctx.lower[last[0] : c.start]):
            year = last[1] if month >= last[2] else last[1] + 1  # "en mars-avril", "de novembre à février"
            return Timex("DATE", month_value(year, month), mod, "published" if story.dct else "unresolved")
        dct = story.dct
        if dct is None:
            return Timex("DATE", f"XXXX-{month:02d}", mod, "unresolved")
        cands = [(y, month) for y in (dct.year - 1, dct.year, dct.year + 1)]
        direction = -1 if SINCE_MONTH.search(ctx.before(c.start, 40)) else ctx.direction(c.start, c.end)
        y, m = nearest(cands, lambda x: x, (dct.year, dct.month), direction, rel_of(g["rel"]))
        return Timex("DATE", month_value(y, m), mod, "published")


VALUE_SIGNS = ("=", "<", ">", "≤", "≥", "≈", "±")  # before a number that is a value in a formula


class Year(Rule):
    """2022, l'année 2001, l'an 2000, fin 2024, mi-2024"""

    name = "year"

    def setup(self, lex):
        self.counts = Counts(lex)
        self.count_prep = lex.ends_with("count_prep")
        self.old_year_preps = lex.words("old_year_prep")
        self.year_preps = lex.words("year_prep")
        self.of = lex.words("of")

    def regex(self, p, lex):
        return rf"(?:{BE}|(?<=\d-)){p.fuzz}?(?P<det>(?:l{APOS}\s*)?(?:année|an)\s+)?(?P<year>{YEAR}){E}"

    def anchors(self, a):
        return Prefilter((a.year,))

    def accept(self, c, ctx):
        year = int(c.g["year"])
        dct = ctx.published
        if dct and year > dct.year + 30:
            return False
        if c.g["det"] or c.g["fuzz"]:
            return True
        before = ctx.before(c.start, 25)
        if before.rstrip().endswith(VALUE_SIGNS):
            return False  # "(n = 2078)", "p < 2001": a value
        prev = ctx.prev_word(c.start)
        if self.paired(c, ctx, before):
            return True
        if year < 1900 and prev not in self.old_year_preps:
            return False
        if self.count_prep.search(before) and prev not in self.of:
            return False
        strong = prev in self.year_preps
        return not self.counts.after(c.end, ctx, skip_range=not strong)

    def paired(self, c, ctx, before: str) -> bool:
        """A year in parentheses, alone, in a span of years or closing a reference ("(1779)", "(1656-1725)",
        "(Éditions Tallandier, 2003)"), or between two years ("entre 1863 et 1879", not "entre 2000 et 3000
        personnes")."""
        after = ctx.text[c.end : c.end + 12]
        if ctx.text[c.start - 1 : c.start] == "(" and PAREN_YEAR_AFTER.match(after):
            return True
        if CITED_YEAR_BEFORE.search(ctx.text[max(0, c.start - 4) : c.start]) and after.startswith(")"):
            return True  # a reference's year: "(La cryptographie militaire, 1883)"
        if PAREN_YEAR_BEFORE.search(ctx.text[max(0, c.start - 10) : c.start]) and after.startswith(")"):
            return True
        if before.endswith("entre") and BETWEEN_YEAR_AFTER.match(after):
            return not self.counts.after(c.end, ctx)
        return bool(BETWEEN_YEAR_BEFORE.search(before)) and not self.counts.after(
            c.end, ctx, skip_range=False
        )

    def resolve(self, c, ctx, story):
        mod = self.cal.fuzz_mod(c.g["fuzz"])
        if mod is None and ctx.prev_word(c.start) == "vers":
            mod = "APPROX"
        story.name_period("year", c.start, date(int(c.g["year"]), 1, 1))
        return Timex("DATE", c.g["year"], mod)


class ShortYear(Rule):
    """A year in two digits after "en": "deux ruptures en 97 (...), rien en 98." (the century from the
    publication date; unknown without one: XX97)."""

    name = "short_year"

    def setup(self, lex):
        self.weekdays = set(lex.weekdays)

    def regex(self, p, lex):
        return rf"(?<=\ben\s)(?P<year>{APOS}?\d\d)(?=\s*[,.;:()»!?]|\s*$)"

    def trigger_words(self, lex):
        return ("en ",)

    def accept(self, c, ctx):
        return ctx.prev_word(ctx.lower.rindex("en", 0, c.start)) not in self.weekdays  # "lundi en 15"

    def resolve(self, c, ctx, story):
        yy = c.g["year"].lstrip("'")
        year = two_digit_year(int(yy), story.dct)
        if year is None:
            return Timex("DATE", f"XX{yy}", anchor="unresolved")
        return Timex("DATE", str(year))


class YearRun(Rule):
    """Years that follow one written in full, in two digits, each the year after the one before: "nés en
    1994-95-96 et 97" (1994, 1995, 1996, 1997), "la saison 2002/03" (2002, 2003); each is its own DATE, as
    French TimeBank marks "cette saison 2002/2003". Not a year and its month ("2006-08"): the years must
    follow one another."""

    name = "year_run"

    def regex(self, p, lex):
        return (
            rf"{B}(?P<first>(?:19|20)\d\d)(?P<rest>(?:\s?[-/]\s?\d\d(?!\d))+(?:\s+et\s+\d\d(?!\d))?)"
            r"(?![-/]?\d)"
        )

    def anchors(self, a):
        return Prefilter((a.year,))

    def accept(self, c, ctx):
        year = int(c.g["first"])
        pieces = [(c.start, c.start + 4, year)]
        for m in TWO_DIGITS.finditer(ctx.text, c.start + 4, c.end):
            if int(m[0]) != (year + 1) % 100:
                return False  # "2006-08": a month, "1914-18": not a list of years
            year += 1
            pieces.append((m.start(), m.end(), year))
        return [Candidate(a, b, self.name, {}, {}, {"year": y}) for a, b, y in pieces]

    def resolve(self, c, ctx, story):
        return Timex("DATE", str(c.info["year"]))


class Decade(Rule):
    """les années 1990, années 90, fin des années 1980, les années soixante-dix (decades.tsv)"""

    name = "decade"

    def setup(self, lex):
        self.counts = Counts(lex)
        self.words = {w.replace("-", " "): v for w, v in lex.decades.items()}  # hyphen or space alike

    def regex(self, p, lex):
        words = alternation(self.words).replace(r"\s+", r"[\s-]+")
        return (
            rf"{BE}{p.fuzz}?(?P<det>(?:les|des)\s+)?années\s+(?:(?P<dec>(?:1[0-9]|20)?\d0)|(?P<words>{words}))"
            rf"(?![\w-]){E}"
        )

    def trigger_words(self, lex):
        return ("années",)

    def accept(self, c, ctx):
        return not self.counts.after(c.end, ctx)

    def resolve(self, c, ctx, story):
        if c.g["words"]:
            return Timex("DATE", self.words[HYPHENS.sub(" ", c.g["words"])], self.cal.fuzz_mod(c.g["fuzz"]))
        dec = c.g["dec"]
        if len(dec) == 2:
            dec = "19" + dec
        return Timex("DATE", dec[:3], self.cal.fuzz_mod(c.g["fuzz"]))  # TIMEX3: the 1990s are 199


class Century(Rule):
    """le XXe siècle, début du XIXe siècle"""

    name = "century"

    def regex(self, p, lex):
        return (
            rf"{BE}{p.fuzz}?(?P<det>(?:le|ce)\s+)?(?P<c>[XVI]{{1,5}}|\d{{1,2}})(?:e|è|ème|eme)"
            rf"\s+siècle{E}"
        )

    def trigger_words(self, lex):
        return ("siècle",)

    def resolve(self, c, ctx, story):
        n = roman(c.raw["c"])
        if not n or n > 21:
            return None
        return Timex("DATE", f"{n - 1:02d}", self.cal.fuzz_mod(c.g["fuzz"]))


class Season(Rule):
    """l'été 2001, en été, au printemps, cet hiver, l'automne dernier, les mois d'été, fin de l'été"""

    name = "season"

    def setup(self, lex):
        self.preps = lex.words("season_prep")

    def regex(self, p, lex):
        return (
            rf"{BE}{p.fuzz}?(?P<det>l{APOS}\s*|le\s+|cet?\s+|les\s+mois\s+d{APOS}\s*)?"
            rf"(?P<season>{p.season})(?:\s+(?P<year>{YEAR})|\s+(?P<rel>{LAST}))?{E}"
        )

    def trigger_words(self, lex):
        return tuple(lex.seasons)

    def anchors(self, a):
        return Prefilter((a.season,))

    def accept(self, c, ctx):
        if c.raw["season"][0].isupper() and not c.g["year"]:
            # a capitalised season is a name ("le Printemps de Bourges"), unless it starts a sentence
            return not (c.g["det"] or c.g["fuzz"]) and ctx.sentence_initial(c.start)
        if c.g["det"] or c.g["year"] or c.g["rel"] or c.g["fuzz"]:
            return True
        prev = ctx.prev_word(c.start)
        return (
            prev in self.preps
            or (prev == "au" and c.g["season"] == "printemps")
            or ctx.next_word(c.end) == "comme"
        )

    def resolve(self, c, ctx, story):
        g = c.g
        code = self.lex.seasons[g["season"]]
        mod = self.cal.fuzz_mod(g["fuzz"])
        if g["year"]:
            return Timex("DATE", f"{g['year']}-{code}", mod)
        det = (g["det"] or "").strip()
        direction = 0
        if not (g["rel"] or det in ("ce", "cet")) and (det in ("l'", "le") or ctx.prev_word(c.start) == "au"):
            direction = ctx.direction(c.start, c.end)  # "les législatives auront lieu à l'automne"
        if not (g["rel"] or det in ("ce", "cet") or direction):
            return Timex("DATE", f"XXXX-{code}", mod)
        dct = story.dct
        if dct is None:
            return Timex("DATE", f"XXXX-{code}", mod, "unresolved")
        first = SEASON_MONTHS[code]
        cur = (dct.year, first) if (dct.month >= first or code != "WI") else (dct.year - 1, first)
        if code == "WI" and dct.month <= 2:
            cur = (dct.year - 1, 12)
        cands = [(cur[0] + k, first) for k in (-1, 0, 1)]
        now = (dct.year, dct.month)
        rel = rel_of(g["rel"])
        if rel == "last":  # the last season ended: "l'été dernier" in November is this year's
            pick = max([s for s in cands if months(s) + 2 < months(now)] or cands[:1])
        elif rel == "next":
            pick = min([s for s in cands if s > now] or cands[-1:])
        else:
            pick = nearest(cands, lambda x: x, now, ctx.direction(c.start, c.end), None)
            if months(cur) <= months(now) <= months(cur) + 2:
                pick = cur
        return Timex("DATE", f"{pick[0]}-{code}", mod, "published")


class SchoolStart(Rule):
    """la rentrée 2001, la rentrée scolaire 2023: the September of that year, when the schools start again
    (TIMEX3 corpus: "la rentrée 1999" is 1999-09). Without its year "la rentrée" names the event, no date, as
    the fifth round's probe marks "Les deux équipes se retrouveront à la rentrée"."""

    name = "school_start"

    def regex(self, p, lex):
        return rf"{B}(?P<det>la\s+)rentrée(?:\s+scolaire|\s+des\s+classes)?\s+(?P<year>{YEAR}){E}"

    def trigger_words(self, lex):
        return ("rentrée",)

    def resolve(self, c, ctx, story):
        return Timex("DATE", month_value(int(c.g["year"]), 9))


class Quarter(Rule):
    """le premier trimestre (2024), au cours du second semestre, le trimestre dernier; without its year, in
    the way the clause points"""

    name = "quarter"

    def regex(self, p, lex):
        return (
            rf"{BE}{p.fuzz}?(?P<det>(?:le|ce)\s+)?(?:(?P<ord>{p.ordinal})\s+)?"
            rf"(?P<unit>trimestre|semestre)"
            rf"(?:\s+(?:de\s+l{APOS}année\s+)?(?P<year>{YEAR})|\s+(?P<rel>{LAST}|en\s+cours))?{E}"
        )

    def trigger_words(self, lex):
        return ("trimestre", "semestre")

    def accept(self, c, ctx):
        return bool(c.g["ord"] or c.g["rel"] or c.g["year"] or (c.g["det"] or "").startswith("ce"))

    def resolve(self, c, ctx, story):
        g = c.g
        letter, size = ("Q", 3) if g["unit"] == "trimestre" else ("H", 6)
        mod = self.cal.fuzz_mod(g["fuzz"])
        dct = story.dct
        n = self.lex.ordinals.get(g["ord"] or "")
        if n == -1:  # "le dernier trimestre"
            n = 12 // size
        if g["year"]:
            return Timex("DATE", f"{g['year']}-{letter}{n or 1}", mod) if n else None
        if dct is None:
            return Timex("DATE", f"XXXX-{letter}{n}" if n else f"XXXX-{letter}X", mod, "unresolved")
        cur = (dct.month - 1) // size + 1
        year = dct.year
        if n is not None:  # in a past clause the last such one begun, in a future one the next not ended
            way = ctx.direction(c.start, c.end)
            if way < 0 and n > cur:
                year -= 1  # "Au quatrième trimestre, la croissance a été de 0,3 %" in March: last year's
            elif way > 0 and n < cur:
                year += 1  # "L'usine ouvrira au premier trimestre" in November: next year's
        if n is None:
            n = cur
            rel = rel_of(g["rel"])
            if rel:
                n += -1 if rel == "last" else 1
                if n < 1:
                    year, n = year - 1, 12 // size
                elif n > 12 // size:
                    year, n = year + 1, 1
        return Timex("DATE", f"{year}-{letter}{n}", mod, "published")


class Holiday(Rule):
    """à Noël, avant la Toussaint, la veille de Noël, "Noël approche" (not "le marché de Noël", "Noël
    Mamère")"""

    name = "holiday"

    def setup(self, lex):
        self.preps = lex.words("holiday_prep")
        self.of = lex.words("of")
        self.feast_verbs = lex.words("feast_verb")

    def regex(self, p, lex):
        return rf"{B}(?P<word>{alternation(lex.holidays)})(?:\s+(?P<year>{YEAR}))?{E}"

    def trigger_words(self, lex):
        return tuple(form.removeprefix("la ").removeprefix("le ") for form in lex.holidays)

    def anchors(self, a):
        return Prefilter((a.holiday,))

    def accept(self, c, ctx):
        prev = ctx.prev_word(c.start)
        if ctx.text[c.end : c.end + 30].lstrip()[:1].isupper() and not c.g["year"]:
            return False  # "Noël Mamère"
        if (prev in self.of or prev == "du") and not c.g["year"]:
            # "la veille de Noël", "le lendemain du Nouvel An" are dates, "le marché de Noël" a name
            head = HOLIDAY_HEAD.search(ctx.before(c.start, 30))
            return bool(head) and head.group(1) in self.lex.holiday_heads
        if any(word in self.lex.weekdays or word == "jour" for word in c.g["word"].split()):
            return True  # "le lundi de Pentecôte", "le jour de l'an"
        # "à Noël", "Noël 2024", and opening a text or a sentence: "Noël approche"
        return (
            prev in self.preps
            or bool(c.g["year"])
            or ctx.sentence_initial(c.start)
            or self.celebrated(c, ctx)
        )

    def celebrated(self, c, ctx) -> bool:
        """The feast is the object of a verb that celebrates or spends it ("ont fêté la Saint-Nicolas",
        "passeront Noël en famille", "a célébré Pâques"): its day."""
        span = ctx.span(c.start, c.end) if ctx.has_dep else None
        if span is None or not len(span):
            return False
        root = span.root
        return root.dep_ in ("obj", "xcomp") and root.head.lemma_ in self.feast_verbs

    def resolve(self, c, ctx, story):
        when = self.lex.holidays[c.g["word"]]
        if not when.startswith("easter"):
            mm, dd = (int(x) for x in when.split("-"))
            value, d, anchor = self.cal.month_day(c, ctx, story, mm, dd, c.g["year"], None, None)
            return Timex("DATE", value, anchor=anchor, day=d)
        after = timedelta(days=int(when.removeprefix("easter") or 0))
        if c.g["year"]:
            year = year_of(c.g["year"], story.dct)
            d = easter(year) + after if year is not None else None
            return (
                Timex("DATE", d.isoformat(), day=d) if d else Timex("DATE", "XXXX-XX-XX", anchor="unresolved")
            )
        if story.dct is None:
            return Timex("DATE", "XXXX-XX-XX", anchor="unresolved")
        year = story.dct.year  # the nearest such feast, in the clause's direction
        feasts = [easter(y) + after for y in (year - 1, year, year + 1)]
        d = nearest(feasts, lambda x: x, story.dct, ctx.direction(c.start, c.end), None)
        return Timex("DATE", d.isoformat(), anchor="published", day=d)


def months(year_month: tuple[int, int]) -> int:
    """A (year, month) counted in months, to compare seasons."""
    return year_month[0] * 12 + year_month[1]


def easter(year: int) -> date:
    """Easter Sunday of a Gregorian year (the computus: the first Sunday after the paschal full moon)."""
    golden = year % 19
    century, rest = divmod(year, 100)
    moon_shift = (century - century // 4 - (8 * century + 13) // 25 + 19 * golden + 15) % 30
    moon_shift -= (moon_shift + 11 * golden) // 319
    weekday_fix = (2 * (century % 4) + 2 * (rest // 4) - rest % 4 - moon_shift + 32) % 7
    days = moon_shift + weekday_fix  # days from 22 March to that Sunday
    return date(year, 3, 22) + timedelta(days=days)


DAY_AFTER = re.compile(
    r"(?:\s+(?P<rel>dernier|prochain))?"
    r"(?=\s*(?:$|[.;:!?)»]|,(?!\s*(?:rue|avenue|av\.|bd|boulevard|place|allée|impasse|chemin|route|quai|cours)\b)))"
)
DAY_PAIR_AFTER = re.compile(
    r"\s+(?:au|et|à)\s+(?:le\s+)?(?:1er|[12]\d|3[01]|0?[1-9])(?!\d)(?:e|ème)?"
    r"(?=\s*(?:$|[.;:!?),»]))"
)
SCHEDULED_TAIL = re.compile(r"\s+(?:à|au|aux|en|dans|chez|sous|devant|pour)\b(?!\s+\d+(?:[.,]\d+)?\s*%)")
DAY_PAIR_BEFORE = re.compile(r"(?:^|\W)(?:du|le)\s+(?:1er|[12]\d|3[01]|0?[1-9])(?:e|ème)?\s+$")


class DayNumber(Rule):
    """A day number alone, its month the one the text is in: after a preposition that bounds a stretch ("à
    partir du 8", "jusqu'au 20", "dès le 14", "depuis le 3"), in a range ("du 13 au 18"), with "dernier" /
    "prochain" ("le 28 dernier") or after "le" closing its clause ("La réunion aura lieu le 12."); only where
    nothing follows that it could count or number ("au 20, rue", "du 3 au 5 %", "du 12 au 5e rang", "le 12 du
    classement"). The nearest such day, in the way the clause points (ahead when the tense says nothing)."""

    name = "day_number"

    def setup(self, lex):
        self.not_after = lex.words("day_alone_not_after")
        self.scheduled = lex.words("scheduled_before")

    def regex(self, p, lex):
        return (
            rf"{B}(?P<prep>(?:à\s+partir|à\s+compter)\s+du|jusqu{APOS}\s*au|(?P<bounded>dès|depuis|avant|après)"
            r"\s+le|du|au|le)\s+(?P<day>1er|[12]\d|3[01]|0?[1-9])(?!\d)(?P<ord>e|ème)?"
        )

    def trigger_words(self, lex):
        return ("du", "au", "le")

    def anchors(self, a):
        return Prefilter((a.day_number,))

    def accept(self, c, ctx):
        prep = c.g["prep"]
        tail = DAY_AFTER.match(ctx.lower, c.end)
        if c.g["ord"] and not prep.endswith(("du", "au")):
            return False
        if prep == "le":
            if tail is None and not (
                ctx.prev_word(c.start) in self.scheduled and SCHEDULED_TAIL.match(ctx.lower, c.end)
            ):
                return False  # "le 12 du classement", "le 7 sur la grille"; not "prévue le 24 à la mairie"
            if tail is not None and not tail["rel"] and ctx.prev_word(c.start) in self.not_after:
                return False  # "devant le 10.", "il porte le 10."
        elif prep == "du":
            if not DAY_PAIR_AFTER.match(ctx.lower, c.end):
                return False
        elif prep == "au" and not DAY_PAIR_BEFORE.search(ctx.before(c.start, 12) + " "):
            return False
        elif tail is None and not DAY_PAIR_AFTER.match(ctx.lower, c.end):
            return False
        if tail is not None:
            c.end = tail.end()
        if c.g["bounded"] or prep == "le":
            c.start = c.start + len(c.raw["prep"]) - 2  # "dès le 14": the span keeps its article
        else:
            c.start = c.end - len(c.raw["day"]) - len(c.raw["ord"] or "") - (len(tail[0]) if tail else 0)
        c.info["rel"] = tail["rel"] if tail is not None else None
        return True

    def anaphoric(self, c):
        return True

    def resolve(self, c, ctx, story):
        n = day_number(c.g["day"])
        ref = story.reference(c.start)
        base = ref.day if ref is not None else story.dct
        if base is None:
            return Timex("DATE", f"XXXX-XX-{n:02d}", anchor="unresolved")
        days = numbered_days(n, base)
        direction = 0 if ref is not None else ctx.direction(c.start, c.end)
        ahead = c.g["prep"].startswith(("à", "jusqu")) or ref is not None and c.g["prep"] == "au"
        ahead = ahead or (c.g["prep"] == "le" and not c.info["rel"])  # "le 12" of a programme
        if direction == 0 and ahead:
            direction = 1  # "à partir du 8", "jusqu'au 20" (tense unknown), "du 28 au 3": ahead
        elif direction == 0 and c.g["bounded"] == "depuis":
            direction = -1
        d = nearest(days, lambda x: x, base, direction, rel_of(c.info["rel"]))
        anchor = ref.anchor if ref is not None else "published"
        return Timex("DATE", day_value(d), anchor=anchor, day=d)
