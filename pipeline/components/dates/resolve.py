"""From a pattern match to a TIMEX3: which matches are temporal (``accept``) and what they mean (``resolve``).

Relative expressions resolve against the publication date; the tense of the clause picks the direction of a
bare weekday or a date without a year ("jeudi" in a past-tense clause is the last Thursday). Anaphoric ones
("la veille", "à 20 h", "dans la nuit") take their day from a date named in the same sentence, else the last
one named before, else the publication date. Without a publication date the value keeps X for what is unknown
("hier" -> ``XXXX-XX-XX``, "lundi" -> ``XXXX-WXX-1``, "juin" -> ``XXXX-06``) and ``anchor`` is ``unresolved``.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from datetime import date, timedelta

from text_to_num import text2num

from .context import Context
from .patterns import FUZZ_MODS, QUALIFIERS, Lexicons, fold
from .values import add_months, day_value, month_value, shift, valid_date, week_value

PAST, FUTURE = -1, 1
ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
ORDINALS = {
    "premier": 1,
    "1er": 1,
    "second": 2,
    "deuxième": 2,
    "2e": 2,
    "2ème": 2,
    "troisième": 3,
    "3e": 3,
    "3ème": 3,
    "quatrième": 4,
    "4e": 4,
    "4ème": 4,
}
RELDAYS = {"avant-hier": -2, "hier": -1, "aujourd'hui": 0, "demain": 1, "après-demain": 2}
NEXT_DAYS = {"la veille": -1, "l'avant-veille": -2, "le lendemain": 1, "le surlendemain": 2}
CLOCK_PREPS = re.compile(
    r"(?:^|\W)(?:à|vers|dès|jusqu'à|jusqu'|avant|après|entre|et|de|du|depuis|sur le coup de|"
    r"aux alentours de|autour de|partir de|ici|peu avant|peu après|hier|demain|aujourd'hui|"
    r"matin|soir|midi|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)$"
)
DURATION_CUES = re.compile(
    r"(?:^|\W)(?:pendant|durant|en|sous|plus de|moins de|environ|près de|les|des|dans les|"
    r"sur|il y a|toutes les|tous les|au bout de|après|chaque)$"
)
DET_SPACE = re.compile(r"(?:le|les)\s+", re.IGNORECASE)
WORD_SPACE = re.compile(r"\w+\s+")
NOUN_AFTER = re.compile(r"\s+(?:de|d')\s*(?!l'|la\b|le\b|\d)[a-zéèêàâîôûç]")
DATE_PREPS = {
    "en",
    "de",
    "d'",
    "dès",
    "depuis",
    "avant",
    "après",
    "pour",
    "entre",
    "et",
    "ou",
    "à",
    "au",
    "jusqu'en",
    "courant",
    "fin",
    "début",
    "mi",
    "vers",
    ",",
    "(",
    "-",
    "/",
    "l'an",
    "l'année",
    "saison",
    "jusqu'à",
    "partir",
    "ici",
    "que",
    "qu'",
}
FUNCTION_WORDS = {
    "et",
    "à",
    "au",
    "aux",
    "en",
    "ou",
    "le",
    "la",
    "les",
    "l'",
    "un",
    "une",
    "des",
    "du",
    "de",
    "d'",
    "pour",
    "par",
    "sur",
    "avec",
    "dans",
    "contre",
    "puis",
    "a",
    "est",
    "ont",
    "sont",
    "était",
    "avait",
    "où",
    "qui",
    "que",
    "qu'",
    "quand",
    "lors",
    "se",
    "s'",
    "ne",
    "n'",
    "il",
    "elle",
    "ils",
    "elles",
    "on",
    "nous",
    "vous",
    "je",
    "j'",
    "c'",
    "ce",
    "cette",
    "ces",
    "son",
    "sa",
    "ses",
    "leur",
    "leurs",
    "après",
    "avant",
    "déjà",
    "encore",
    "aussi",
    "alors",
    "mais",
    "donc",
    "comme",
    "depuis",
    "pendant",
    "entre",
    "jusqu'à",
    "jusqu'en",
    "vers",
    "selon",
    "chez",
    "sans",
    "sous",
    "y",
    "plus",
    "moins",
    "très",
    "tout",
    "tous",
    "toute",
    "toutes",
    "fut",
    "sera",
    "seront",
    "serait",
    "avaient",
    "étaient",
    "ont-ils",
    "a-t-il",
    "lorsque",
    "tandis",
    "notamment",
    "seulement",
    "only",
}
COUNT_BEFORE = re.compile(
    r"(?:^|\W)(?:plus de|moins de|environ|près de|quelque|les|des|ces|aux|n°|no|numéro|"
    r"article|art\.|page|p\.|route|rn|rd|a|tel|tél\.|par|sur|code|modèle|vol|type|lot|"
    r"dossier|[€$£+])$"
)
UNIT_SYMBOLS = re.compile(
    r"^\s*(?:€|\$|£|%|euros?\b|francs?\b|dollars?\b|f\b|km|m\b|kg|t\b|ha\b|m2|m²|"
    r"personnes|habitants)"
)
DETERMINERS = {
    "le",
    "la",
    "les",
    "l'",
    "un",
    "une",
    "du",
    "des",
    "au",
    "aux",
    "ce",
    "cet",
    "cette",
    "son",
    "sa",
    "ses",
    "leur",
    "leurs",
    "notre",
    "votre",
    "nos",
    "vos",
    "mon",
    "ma",
    "mes",
}


@dataclass
class Candidate:
    start: int
    end: int
    rule: str
    g: dict  # named groups, folded (lower case, plain apostrophes, single spaces), None when absent
    raw: dict  # named groups as written
    info: dict = field(default_factory=dict)
    anaphoric: bool = False


@dataclass
class Reference:
    start: int
    sent: int
    day: date
    anchor: str | None


class State:
    """What has been resolved so far in the article: the days it named, the last clock time."""

    def __init__(self, ctx: Context):
        self.ctx = ctx
        self.dct = ctx.published
        self.by_sent: dict[int, list[Reference]] = {}  # the days named, by sentence, in the order named
        self.starts: list[int] = []  # and by position in the text
        self.days: list[Reference] = []
        self.last_time: tuple[str, str | None] | None = None

    @property
    def dct_anchor(self) -> str:
        return "published" if self.dct else "unresolved"

    def add(self, start: int, day: date | None, anchor: str | None) -> None:
        if day is not None:
            ref = Reference(start, self.ctx.sentence(start), day, anchor)
            self.by_sent.setdefault(ref.sent, []).append(ref)
            k = bisect_right(self.starts, start)
            self.starts.insert(k, start)
            self.days.insert(k, ref)

    def ref_day(self, start: int) -> tuple[date | None, str | None]:
        """The day an anaphoric expression at ``start`` refers to (see the module docstring)."""
        sent = self.ctx.sentence(start)
        same = self.by_sent.get(sent)
        if same:
            best = min(same, key=lambda r: abs(r.start - start) + (0 if r.start < start else 0.5))
            return best.day, best.anchor
        k = bisect_left(self.starts, start)  # the last day named before
        if k:
            best = self.days[k - 1]
            return best.day, best.anchor
        return self.dct, self.dct_anchor


def parse_number(text: str) -> float | None:
    text = fold(text).strip()
    if not text:
        return None
    if text[0].isdigit():
        try:
            return float(re.sub(r"[\s\u00a0\u202f]", "", text).replace(",", "."))
        except ValueError:
            return None
    if text in ("un", "une"):
        return 1.0
    try:
        return float(text2num(text.replace(" et ", " et "), "fr"))
    except (ValueError, TypeError):
        return None


def two_digit_year(yy: int, published: date | None) -> int:
    """ "98" -> 1998, "03" -> 2003: the latest year ending so that is at most five years after publication."""
    ref = published.year if published else date.today().year
    year = 2000 + yy
    return year - 100 if year > ref + 5 else year


def fmt_number(n: float) -> str:
    return str(int(n)) if float(n).is_integer() else f"{n:.3f}".rstrip("0").rstrip(".")


TIME_UNITS = {"S": "S", "MIN": "M", "H": "H"}
SMALLER = {"Y": ("M", 12), "W": ("D", 7), "D": ("H", 24), "H": ("MIN", 60), "MIN": ("S", 60)}


def iso_duration(total: float, code: str) -> str:
    """ISO 8601 duration: (3, "Y") -> P3Y, (0.5, "H") -> PT30M, (2.5, "H") -> PT2H30M, (1.5, "Y") -> P1Y6M."""
    parts = [(code, total)]
    if not float(total).is_integer() and code in SMALLER:
        sub, per = SMALLER[code]
        rest = round((total - int(total)) * per, 6)
        if float(rest).is_integer():
            parts = [(code, int(total)), (sub, rest)] if int(total) else [(sub, rest)]
    date_part = "".join(f"{fmt_number(n)}{c}" for c, n in parts if c not in TIME_UNITS and n)
    time_part = "".join(f"{fmt_number(n)}{TIME_UNITS[c]}" for c, n in parts if c in TIME_UNITS and n)
    return "P" + date_part + ("T" + time_part if time_part else "")


def roman(text: str) -> int | None:
    if text.isdigit():
        return int(text)
    total, prev = 0, 0
    for ch in reversed(text.upper()):
        v = ROMAN.get(ch)
        if v is None:
            return None
        total += -v if v < prev else v
        prev = max(prev, v)
    return total


def nearest(cands: list, key, target, direction: int, rel: str | None):
    """Pick a calendar candidate: strictly before/after for dernier/prochain, else by tense, else nearest."""
    if rel == "last":
        pool = [c for c in cands if key(c) < target] or cands
        return max(pool, key=key)
    if rel == "next":
        pool = [c for c in cands if key(c) > target] or cands
        return min(pool, key=key)
    if direction == PAST:
        pool = [c for c in cands if key(c) <= target]
        if pool:
            return max(pool, key=key)
    if direction == FUTURE:
        pool = [c for c in cands if key(c) >= target]
        if pool:
            return min(pool, key=key)
    return min(cands, key=lambda c: (abs(distance(key(c), target)), distance(key(c), target) > 0))


def distance(a, b) -> int:
    if isinstance(a, date):
        return (a - b).days
    return (a[0] - b[0]) * 12 + (a[1] - b[1])


def rel_of(word: str | None) -> str | None:
    if not word:
        return None
    if word.startswith(("dernier", "dernière", "passé", "précédent", "écoulé")) or word == "d'avant":
        return "last"
    if word.startswith(("prochain", "suivant")) or word == "d'après":
        return "next"
    return None


def fuzz_mod(fuzz: str | None) -> str | None:
    if not fuzz:
        return None
    word = re.search(r"début|fin|milieu|mi|courant", fuzz)
    return FUZZ_MODS.get(word.group(0)) if word else None


def timex(
    type_: str,
    value: str,
    mod: str | None = None,
    anchor: str | None = None,
    day: date | None = None,
    **extra,
) -> dict:
    return {"type": type_, "value": value, "mod": mod, "anchor": anchor, "_day": day, **extra}


class Resolver:
    def __init__(self, lex: Lexicons, checks: dict[str, re.Pattern]):
        self.lex = lex
        self.checks = checks

    # ============================================================================================== accept
    def accept(self, rule: str, m: re.Match, ctx: Context) -> list[Candidate]:
        g = {k: (fold(v) if v is not None else None) for k, v in m.groupdict().items()}
        cand = Candidate(m.start(), m.end(), rule, g, m.groupdict())
        check = getattr(self, f"accept_{rule}", None)
        if check is None:
            return [cand]
        result = check(cand, ctx)
        if result is None or result is False:
            return []
        return result if isinstance(result, list) else [cand]

    def accept_month(self, c: Candidate, ctx: Context):
        if c.g["det"] or c.g["year"] or c.g["rel"] or c.g["fuzz"]:
            return True
        word = c.raw["month"]
        prev = ctx.prev_word(c.start)
        if word[0].isupper():
            return prev in ("en", "depuis", "dès", "jusqu'en") and not ctx.next_word(c.end)[:1].isupper()
        return prev in DATE_PREPS or ctx.next_word(c.end) in ("et", "ou", ",")

    def accept_year(self, c: Candidate, ctx: Context):
        year = int(c.g["year"])
        dct = ctx.published
        if dct and year > dct.year + 30:
            return False
        if c.g["det"] or c.g["fuzz"]:
            return True
        before = ctx.before(c.start, 25)
        prev = ctx.prev_word(c.start)
        if year < 1900 and prev not in (
            "en",
            "depuis",
            "dès",
            "jusqu'en",
            "vers",
            "avant",
            "après",
            "de",
            "d'",
        ):
            return False
        if COUNT_BEFORE.search(before) and prev not in ("de", "d'"):
            return False
        strong = prev in ("en", "depuis", "dès", "jusqu'en", "vers", "avant", "après", "courant")
        return not self.counts_after(c.end, ctx, skip_range=not strong)

    def counts_after(self, end: int, ctx: Context, skip_range: bool = True) -> bool:
        """True when the number ending at ``end`` (or the range it starts) is followed by what it counts."""
        after = ctx.after(end, 40)
        m = re.match(r"\s*(?:à|et|ou|-|–)\s*\d[\d\s.,]*", after) if skip_range else None
        if m:
            end += m.end()
            after = ctx.after(end, 40)
        if UNIT_SYMBOLS.match(after):
            return True
        word = ctx.next_word(end)
        if not word or not word[0].isalpha() or not word[0].islower():
            return False
        if word in FUNCTION_WORDS:
            return False
        if ctx.has_pos:
            return ctx.pos_after(end) in ("NOUN", "ADJ", "NUM")
        return word.endswith(("s", "x"))  # without tags: a plural noun ("2000 personnes") is counted

    def accept_decade(self, c: Candidate, ctx: Context):
        return not self.counts_after(c.end, ctx)

    def accept_season(self, c: Candidate, ctx: Context):
        if c.g["det"] or c.g["year"] or c.g["rel"] or c.g["fuzz"]:
            return True
        if c.raw["season"][0].isupper():
            return ctx.sentence_initial(c.start)
        prev = ctx.prev_word(c.start)
        return (
            prev in ("en", "pendant", "durant", "comme", "et", "ou", ",")
            or (prev == "au" and c.g["season"] == "printemps")
            or ctx.next_word(c.end) == "comme"
        )

    def accept_quarter(self, c: Candidate, ctx: Context):
        return bool(c.g["ord"] or c.g["rel"] or c.g["year"] or (c.g["det"] or "").startswith("ce"))

    def accept_relday(self, c: Candidate, ctx: Context):
        return True

    def accept_weekday(self, c: Candidate, ctx: Context):
        return True

    def accept_unit_ref(self, c: Candidate, ctx: Context):
        det = c.g["det"] or c.g.get("det2") or ""
        unit = c.g["unit"]
        same = (c.g["same"] or "").strip()
        if same == "nouvelle":
            return unit == "année" and det == "la"
        if det == "les":
            return False
        if c.g["ci"] or same or det in ("ce", "cet", "cette"):
            if unit == "jour" and det == "ce" and not c.g["ci"]:
                return ctx.next_word(c.end) not in ("de", "d'", "où")
            return True
        if c.g["rel"]:
            if unit == "jour":
                return c.g["rel"] == "même"
            if c.g["rel"] == "même":
                return False
            return bool(det) or unit == "an"
        if c.g["fuzz"]:
            return unit not in ("jour",)
        return False

    def accept_part_of_day(self, c: Candidate, ctx: Context):
        det = c.g["det"] or c.g.get("det2") or ""
        if det in ("ce", "cet", "cette") and c.g["pod"] in ("matin", "soir", "après-midi", "nuit", "midi"):
            return True
        if c.g["rel"]:
            return True
        if c.g["fuzz"]:
            return True
        if det in ("la", "l'", "le", "ce", "cet", "cette"):
            before = ctx.before(c.start, 25)
            c.info["prep"] = True
            return bool(
                re.search(
                    r"(?:^|\W)(?:dans|pendant|durant|au cours de|tard dans|tôt dans|tout au long de|"
                    r"toute|de|en)$",
                    before,
                )
            )
        if ctx.prev_word(c.start) == "toute":
            return True
        return False

    def accept_clock(self, c: Candidate, ctx: Context):
        g = c.g
        before = ctx.before(c.start, 30)
        after = ctx.after(c.end, 30)
        if g["noon"]:
            if (
                c.raw["noon"][0].isupper()
                or ctx.prev_word(c.start) in ("le", "du", "au", "l'", "-")
                or after.startswith("-")
            ):
                return False
            c.info["hour"], c.info["minute"] = (12 if g["noon"] == "midi" else 0), self.minutes(g["nm"])
            return c.info["minute"] is not None
        if g["hc"]:
            if not CLOCK_PREPS.search(before):
                return False
            c.info["hour"], c.info["minute"] = int(g["hc"]), int(g["mc"])
            return True
        if g["hw"]:
            hour = parse_number(g["hw"])
            minute = self.minutes(g["mw"]) if g["mw"] else 0
        else:
            hour = float(g["h"])
            minute = int(g["m"]) if g["m"] else 0
        if hour is None or minute is None or hour > 24 or not float(hour).is_integer():
            return False
        if g["hw"] and not (
            g["ampm"]
            or CLOCK_PREPS.search(before)
            or re.search(r"(?:^|\W)(?:il|qu'il) (?:est|était)$", before)
        ):
            return False
        has_minutes = bool(g["m"] or g["mw"] or g["ampm"])
        duration = False
        if not has_minutes:
            if NOUN_AFTER.match(after) or DURATION_CUES.search(before):
                duration = True
            elif g["hmark"] != "h" and not CLOCK_PREPS.search(before):
                duration = True
            elif ctx.prev_word(c.start) == "depuis" and hour >= 24:
                duration = True
        if duration:
            if g["hw"]:
                return False
            c.info["duration"] = f"PT{int(hour)}H"
            return True
        if g["mw"] and "moins" in g["mw"]:
            hour -= 1
        if g["ampm"] and ("soir" in g["ampm"] or "après" in g["ampm"]) and hour < 12:
            hour += 12
        c.info["hour"], c.info["minute"] = int(hour), minute
        c.anaphoric = True
        return True

    def minutes(self, text: str | None) -> int | None:
        if not text:
            return 0
        if "demie" in text:
            return 30
        if "moins le quart" in text:
            return 45
        if "quart" in text:
            return 15
        n = parse_number(text)
        return int(n) if n is not None and 0 <= n < 60 else None

    def accept_duration(self, c: Candidate, ctx: Context):
        g = c.g
        code, factor = self.lex.units[g["unit"]]
        before = ctx.before(c.start, 30)
        prev = ctx.prev_word(c.start)
        if g["num"] is not None:
            n = parse_number(g["num"])
            if n is None:
                return False
            if (
                g["num"] in ("un", "une")
                and code == "D"
                and not re.search(
                    r"(?:^|\W)(?:pendant|durant|depuis|en|pour|d'|de|après|il y a|dans|sur|qu'|que|plus d'|"
                    r"moins d'|"
                    r"chaque|par)$",
                    before,
                )
            ):
                return False
            if code == "H" and prev in ("à", "vers", "dès", "jusqu'à"):
                return False
        elif g["vague"]:
            n = None
            if (
                g["vague"] == "des"
                and code in ("D", "H", "MIN", "S", "W", "WE")
                and not re.search(
                    r"(?:^|\W)(?:depuis|pendant|durant|il y a|après|en|dans|voilà|cela fait|ça fait)$", before
                )
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
        if code == "Y" and self.is_age(c, ctx):
            return False
        c.info["n"], c.info["code"], c.info["factor"] = n, code, factor
        return True

    def is_age(self, c: Candidate, ctx: Context) -> bool:
        """ "87 ans" in "Jean Burget, 87 ans," or "un homme de 38 ans": an age is a figure, not a duration."""
        before = ctx.before(c.start, 40)
        after = ctx.after(c.end, 20)
        if re.search(r"[aâ]gée?s?\b|l'âge\b", before[-30:]):
            return True
        if re.match(r"\s*(?:de\s|d'|plus tard|plus tôt|après|auparavant|avant|durant|pendant)", after):
            return False
        if c.g["qual"] in ("moins de", "plus de") and re.search(r"(?:^|\W)(?:les|des|aux)$", before):
            return True
        if re.search(r"(?:^|\W)(?:les|des|aux)\s+(?:moins|plus)\s+de$", before):
            return True
        if re.search(r"(?:^|\W)(?:ses|leurs|mes|tes|nos|vos|son|leur)$", before):
            return True
        if before.endswith("(") or (before.endswith(",") and re.match(r"\s*[,)]", after)):
            return True
        if re.search(r"(?:^|\W)à$", before) and not re.search(r"(?:ici|jusqu')\s*à$", before):
            return True
        lo = max(0, c.start - 40)
        # "un chauffeur de 38 ans", and the second of two ages: "des adolescents de 15 et 16 ans"
        m = re.search(r"(\w+)\s+(?:de\s+|d')(?:\d{1,3}\s+(?:et|ou)\s+)?$", ctx.lower[lo : c.start])
        if m:
            return m.group(1) not in self.lex.duration_heads and m.group(1) not in ("plus", "moins", "près")
        return False

    def accept_last_n(self, c: Candidate, ctx: Context):
        code, factor = self.lex.units[c.g["unit"]]
        n = parse_number(c.g["num"]) if c.g["num"] else None
        if c.g["num"] and n is None:
            return False
        c.info.update(n=n, code=code, factor=factor)
        return True

    def accept_every(self, c: Candidate, ctx: Context):
        return True

    def accept_per(self, c: Candidate, ctx: Context):
        before = ctx.before(c.start, 20)
        return not re.search(rf"{re.escape(c.g['unit'])}s?\s+par$", before)

    def accept_frequency(self, c: Candidate, ctx: Context):
        word = c.raw["word"]
        if word[0].isupper() and not ctx.sentence_initial(c.start):
            return False
        if word.lower().endswith("ment"):
            return True
        if ctx.prev_word(c.start) in ("presse", "journal", "journaux") or ctx.next_word(c.end)[:1].isupper():
            return False
        if ctx.has_pos:
            tok = ctx.token_at(c.start)
            if tok is None or tok.pos_ != "ADJ":
                return False
            if word.endswith(("s", "x")) and (tok.i == 0 or tok.nbor(-1).pos_ != "NOUN"):
                return False
        return ctx.prev_word(c.start) not in DETERMINERS

    def accept_ref(self, c: Candidate, ctx: Context):
        word = c.g["word"]
        prev = ctx.prev_word(c.start)
        before = ctx.before(c.start, 20)
        if word == "présent":
            return prev == "à" or before.endswith("jusqu'à")
        if word == "nos jours":
            return prev in ("de", "à")
        if word == "ce moment":
            return prev == "en"
        if word in ("l'instant", "le moment"):
            return prev == "pour"
        if word == "le passé":
            return prev in ("par", "dans")
        if word == "l'avenir":
            return prev in ("dans", "pour") or (
                prev == "à" and ctx.sentence_initial(ctx.lower.rfind("à", 0, c.start))
            )
        if word == "l'heure actuelle":
            return prev == "à"
        if word == "l'époque":
            tok = ctx.token_after(c.end)
            if prev == "à" and ctx.has_pos and tok is not None and tok.pos_ == "ADJ" and tok.idx - c.end <= 1:
                c.end = tok.idx + len(tok.text)
                return True
            return prev == "à" and ctx.next_word(c.end) not in ("de", "d'", "où")
        if word.startswith("prochain"):
            if ctx.has_pos:
                tok = ctx.token_after(c.end)
                return tok is not None and tok.pos_ == "NOUN" and ctx.prev_word(c.start) in DETERMINERS
            return False
        if word.startswith("nocturne"):
            tok = ctx.token_at(c.start)
            return ctx.has_pos and tok is not None and tok.pos_ == "ADJ"
        if word.startswith("actuel") and not word.endswith("ment") and ctx.has_pos:
            tok = ctx.token_at(c.start)
            return tok is not None and tok.pos_ == "ADJ"
        return True

    def accept_ici(self, c: Candidate, ctx: Context):
        before = ctx.before(c.start - 2, 15)
        if re.search(r"(?:loin|près|partir|km|kilomètres|mètres|sortir|sorti|venir|venu)$", before):
            return False
        return bool(self.checks["ici_next"].match(ctx.after(c.end, 40)))

    def accept_holiday(self, c: Candidate, ctx: Context):
        prev = ctx.prev_word(c.start)
        if ctx.next_word(c.end)[:1].isupper() and not c.g["year"]:
            return False
        if prev in ("de", "d'") and not c.g["year"]:
            # "la veille de Noël" is a date, "le marché de Noël" a name
            head = re.search(r"(\w+)\W+d(?:e|')\W*$", ctx.before(c.start, 30))
            return bool(head) and head.group(1) in self.lex.holiday_heads
        return prev in (
            "à",
            "avant",
            "après",
            "depuis",
            "pour",
            "jusqu'à",
            "dès",
            "de",
            "d'",
            "veille",
            "lendemain",
            "entre",
            "et",
            "vers",
        ) or bool(c.g["year"])

    def accept_day_list(self, c: Candidate, ctx: Context):
        c.end = c.start + len(c.raw["det"] or "") + len(c.raw["wd"] or "") + (1 if c.raw["wd"] else 0)
        # the span is the day (with its article and weekday); the lookahead only lends the month and year
        text = ctx.text
        m = DET_SPACE.match(text, c.start)
        pos = m.end() if m and c.raw["det"] else c.start
        m = WORD_SPACE.match(text, pos) if c.raw["wd"] else None
        pos = m.end() if m else pos
        c.end = pos + len(c.raw["day"])
        return True

    def accept_numeric_date(self, c: Candidate, ctx: Context):
        g = c.g
        d, mo, y = (
            (g["d"], g["m"], g["y"])
            if g["d"]
            else (g["d2"], g["m2"], g["y2"])
            if g["d2"]
            else (g["d3"], g["m3"], g["y3"])
        )
        year = int(y) if len(y) == 4 else two_digit_year(int(y), ctx.published)
        day = valid_date(year, int(mo), int(d))
        if day is None:
            return False
        c.info["date"] = day
        return True

    # ============================================================================================= resolve
    def resolve(self, c: Candidate, ctx: Context, state: State) -> dict | None:
        return getattr(self, f"resolve_{c.rule}")(c, ctx, state)

    def year_of(self, text: str, state: State) -> int:
        text = text.lstrip("'’")
        if len(text) == 4:
            return int(text)
        return two_digit_year(int(text), state.dct)

    def month_day(
        self,
        c: Candidate,
        ctx: Context,
        state: State,
        month: int,
        day_n: int,
        year_text: str | None,
        rel_word: str | None,
        weekday: int | None,
    ) -> tuple[str, date | None, str | None]:
        """(value, day, anchor) of a day and month, the year given or inferred."""
        if year_text:
            d = valid_date(self.year_of(year_text, state), month, day_n)
            return (day_value(d), d, None) if d else (f"XXXX-{month:02d}-{day_n:02d}", None, None)
        dct = state.dct
        if dct is None:
            return f"XXXX-{month:02d}-{day_n:02d}", None, "unresolved"
        cands = [d for y in (dct.year - 1, dct.year, dct.year + 1) if (d := valid_date(y, month, day_n))]
        if not cands:
            return f"XXXX-{month:02d}-{day_n:02d}", None, "published"
        if weekday:
            matching = [d for d in cands if d.isoweekday() == weekday and abs((d - dct).days) < 200]
            if matching:
                cands = matching
        d = nearest(cands, lambda x: x, dct, ctx.direction(c.start, c.end), rel_of(rel_word))
        return day_value(d), d, "published"

    def weekday_date(
        self,
        c: Candidate,
        ctx: Context,
        state: State,
        wd: int,
        rel: str | None,
        this: bool,
        base: date | None = None,
    ) -> date | None:
        dct = base or state.dct
        if dct is None:
            return None
        fwd = (wd - dct.isoweekday()) % 7
        back = fwd - 7 if fwd else -7
        if rel == "last":
            off = back
        elif rel == "next":
            off = fwd or 7
        else:
            direction = ctx.direction(c.start, c.end)
            if this and fwd == 0:
                off = 0
            elif direction == PAST:
                off = back if not this else (fwd - 7 if fwd else 0)
            elif direction == FUTURE:
                off = fwd or (0 if this else 7)
            else:
                off = fwd if fwd <= 3 or this and fwd <= 3 else back
                if fwd == 0:
                    off = 0
        return dct + timedelta(days=off)

    def resolve_full_date(self, c, ctx, state):
        g = c.g
        month = self.lex.months[g["month"]]
        day_n = 1 if g["day"] in ("1er", "1re", "premier") else int(g["day"])
        wd = self.lex.weekdays.get((g["wd"] or "").rstrip("s")) if g["wd"] else None
        value, d, anchor = self.month_day(c, ctx, state, month, day_n, g["year"], g["rel"], wd)
        return timex("DATE", value, anchor=anchor, day=d)

    resolve_day_list = resolve_full_date

    def resolve_numeric_date(self, c, ctx, state):
        d = c.info["date"]
        return timex("DATE", day_value(d), day=d)

    def resolve_month(self, c, ctx, state):
        g = c.g
        month = self.lex.months[g["month"]]
        mod = fuzz_mod(g["fuzz"])
        if g["year"]:
            return timex("DATE", month_value(self.year_of(g["year"], state), month), mod)
        dct = state.dct
        if dct is None:
            return timex("DATE", f"XXXX-{month:02d}", mod, "unresolved")
        cands = [(y, month) for y in (dct.year - 1, dct.year, dct.year + 1)]
        y, m = nearest(
            cands, lambda x: x, (dct.year, dct.month), ctx.direction(c.start, c.end), rel_of(g["rel"])
        )
        return timex("DATE", month_value(y, m), mod, "published")

    def resolve_year(self, c, ctx, state):
        mod = fuzz_mod(c.g["fuzz"])
        if mod is None and ctx.prev_word(c.start) == "vers":
            mod = "APPROX"
        return timex("DATE", c.g["year"], mod)

    def resolve_decade(self, c, ctx, state):
        dec = c.g["dec"]
        if len(dec) == 2:
            dec = "19" + dec
        return timex("DATE", dec[:3] + "X", fuzz_mod(c.g["fuzz"]))

    def resolve_century(self, c, ctx, state):
        n = roman(c.raw["c"])
        if not n or n > 21:
            return None
        return timex("DATE", f"{n - 1:02d}", fuzz_mod(c.g["fuzz"]))

    def resolve_season(self, c, ctx, state):
        g = c.g
        code = self.lex.seasons[g["season"]]
        mod = fuzz_mod(g["fuzz"])
        if g["year"]:
            return timex("DATE", f"{g['year']}-{code}", mod)
        det = (g["det"] or "").strip()
        if not (g["rel"] or det in ("ce", "cet")):
            return timex("DATE", f"XXXX-{code}", mod)
        dct = state.dct
        if dct is None:
            return timex("DATE", f"XXXX-{code}", mod, "unresolved")
        first = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[code]
        cur = (dct.year, first) if (dct.month >= first or code != "WI") else (dct.year - 1, first)
        if code == "WI" and dct.month <= 2:
            cur = (dct.year - 1, 12)
        cands = [(cur[0] + k, first) for k in (-1, 0, 1)]
        now = (dct.year, dct.month)
        rel = rel_of(g["rel"])
        if rel == "last":
            pick = max([s for s in cands if s < now and not (s[0] == cur[0])] or cands[:1])
        elif rel == "next":
            pick = min([s for s in cands if s > now] or cands[-1:])
        else:
            pick = nearest(cands, lambda x: x, now, ctx.direction(c.start, c.end), None)
            if cur[0] * 12 + first <= now[0] * 12 + now[1] <= cur[0] * 12 + first + 2:
                pick = cur
        return timex("DATE", f"{pick[0]}-{code}", mod, "published")

    def resolve_quarter(self, c, ctx, state):
        g = c.g
        letter, size = ("Q", 3) if g["unit"] == "trimestre" else ("H", 6)
        mod = fuzz_mod(g["fuzz"])
        dct = state.dct
        n = ORDINALS.get(g["ord"] or "")
        if g["ord"] == "dernier":
            n = 12 // size
        if g["year"]:
            return timex("DATE", f"{g['year']}-{letter}{n or 1}", mod) if n else None
        if dct is None:
            return timex("DATE", f"XXXX-{letter}{n}" if n else f"XXXX-{letter}X", mod, "unresolved")
        cur = (dct.month - 1) // size + 1
        year = dct.year
        if n is None:
            n = cur
            rel = rel_of(g["rel"])
            if rel:
                n += -1 if rel == "last" else 1
                if n < 1:
                    year, n = year - 1, 12 // size
                elif n > 12 // size:
                    year, n = year + 1, 1
        return timex("DATE", f"{year}-{letter}{n}", mod, "published")

    def resolve_relday(self, c, ctx, state):
        g = c.g
        word = g["rel"].replace(" ", "")
        prev = ctx.prev_word(c.start)
        refs = {"aujourd'hui": "PRESENT_REF", "hier": "PAST_REF", "demain": "FUTURE_REF"}
        if (
            word in refs
            and not g["wd"]
            and not g["pod"]
            and (
                prev in ("d'", "de")
                or (
                    word == "aujourd'hui"
                    and ctx.sentence_initial(c.start)
                    and ctx.after(c.end, 2).startswith(",")
                )
            )
        ):
            return timex("TIME", refs[word], anchor=state.dct_anchor)
        if g["day"]:
            month = self.lex.months[g["month"]]
            day_n = 1 if g["day"] in ("1er", "1re", "premier") else int(g["day"])
            value, d, anchor = self.month_day(c, ctx, state, month, day_n, g["year"], None, None)
            return timex("DATE", value, anchor=anchor or ("published" if state.dct else None), day=d)
        if state.dct is None:
            d, value = None, "XXXX-XX-XX"
        else:
            d = state.dct + timedelta(days=RELDAYS[word])
            value = day_value(d)
        if g["pod"]:
            return timex("TIME", self.with_pod(value, g["pod"]), anchor=state.dct_anchor, day=d)
        return timex("DATE", value, anchor=state.dct_anchor, day=d)

    def with_pod(self, day: str, pod: str) -> str:
        code = self.lex.parts_of_day.get(pod.replace("au ", "").strip())
        if code == "MI":
            return f"{day}T12:00"
        return f"{day}T{code}"

    def resolve_weekday(self, c, ctx, state):
        g = c.g
        det = (g["det"] or "").strip()
        wd_word = g["wd"]
        plural = wd_word.endswith("s") and wd_word not in self.lex.weekdays
        wd = self.lex.weekdays[wd_word.rstrip("s") if plural else wd_word]
        if plural or det in ("tous les", "chaque", "les") or (det == "le" and not g["rel"]):
            value = f"XXXX-WXX-{wd}"
            return timex("SET", self.with_pod(value, g["pod"]) if g["pod"] else value)
        rel = rel_of(g["rel"])
        anaphoric = g["rel"] in ("suivant", "précédent", "d'avant", "d'après")
        base, anchor = state.ref_day(c.start) if anaphoric else (state.dct, state.dct_anchor)
        d = self.weekday_date(c, ctx, state, wd, rel, det.startswith("ce"), base)
        value = day_value(d) if d else f"XXXX-WXX-{wd}"
        if g["pod"]:
            return timex("TIME", self.with_pod(value if d else "XXXX-XX-XX", g["pod"]), anchor=anchor, day=d)
        return timex("DATE", value, anchor=anchor, day=d)

    def resolve_unit_ref(self, c, ctx, state):
        g = c.g
        unit = g["unit"]
        g["det"] or g.get("det2") or ""
        mod = fuzz_mod(g["fuzz"])
        same = (g["same"] or "").strip()
        rel_word = g["rel"]
        anaphoric = bool(
            g["ci"] == "là"
            or same == "même"
            or rel_word in ("même", "suivant", "suivante", "précédent", "précédente")
        )
        if anaphoric:
            base, anchor = state.ref_day(c.start)
        else:
            base, anchor = state.dct, state.dct_anchor
        step = {"last": -1, "next": 1}.get(rel_of(rel_word), 0) if rel_word not in ("même",) else 0
        if same == "nouvelle" and base is not None:
            step = 0 if base.month <= 2 else 1
        if unit == "jour":
            if base is None:
                return timex("DATE", "XXXX-XX-XX", mod, "unresolved")
            return timex("DATE", day_value(base), mod, anchor, day=base)
        if unit == "semaine":
            if base is None:
                return timex("DATE", "XXXX-WXX", mod, "unresolved")
            return timex("DATE", week_value(base + timedelta(days=7 * step)), mod, anchor)
        if unit == "week-end":
            if base is None:
                return timex("DATE", "XXXX-WXX-WE", mod, "unresolved")
            saturday = base + timedelta(days=(6 - base.isoweekday()) % 7)
            if base.isoweekday() == 7:
                saturday = base - timedelta(days=1)
            if step:
                saturday += timedelta(days=7 * step)
            elif not anaphoric and ctx.direction(c.start, c.end) == PAST and saturday > base:
                saturday -= timedelta(days=7)
            return timex("DATE", week_value(saturday, weekend=True), mod, anchor)
        if unit == "mois":
            if base is None:
                return timex("DATE", "XXXX-XX", mod, "unresolved")
            d = add_months(base.replace(day=1), step)
            return timex("DATE", month_value(d.year, d.month), mod, anchor)
        if unit in ("année", "an"):
            if base is None:
                return timex("DATE", "XXXX", mod, "unresolved")
            return timex("DATE", str(base.year + step), mod, anchor)
        if unit == "siècle":
            if base is None:
                return timex("DATE", "XX", mod, "unresolved")
            return timex("DATE", f"{base.year // 100 + step:02d}", mod, anchor)
        if unit == "décennie":
            if base is None:
                return timex("DATE", "XXXX", mod, "unresolved")
            return timex("DATE", f"{base.year // 10 + step:03d}X", mod, anchor)
        return None

    def resolve_part_of_day(self, c, ctx, state):
        g = c.g
        det = g["det"] or g.get("det2") or ""
        pod = g["pod"]
        mod = fuzz_mod(g["fuzz"])
        rel = (g["rel"] or "").replace(" ", "")
        if det in ("ce", "cet", "cette") and not rel:
            base, anchor = state.dct, state.dct_anchor
            if base is not None and pod == "nuit" and ctx.direction(c.start, c.end) == PAST:
                base -= timedelta(days=1)
        elif rel == "dernière":
            base, anchor = state.dct, state.dct_anchor
            base = base - timedelta(days=1) if base else None
        else:
            base, anchor = state.ref_day(c.start)
            if base is not None and rel in ("précédente", "suivante"):
                base += timedelta(days=-1 if rel == "précédente" else 1)
        day = day_value(base) if base else "XXXX-XX-XX"
        return timex("TIME", self.with_pod(day, pod), mod, anchor, day=base)

    def resolve_night(self, c, ctx, state):
        g = c.g
        wd = self.lex.weekdays[g["wd"].rstrip("s")]
        if g["day"]:
            month = self.lex.months[g["month"]]
            day_n = 1 if g["day"] in ("1er", "1re", "premier") else int(g["day"])
            _, d, anchor = self.month_day(c, ctx, state, month, day_n, g["year"], None, None)
            d = d - timedelta(days=1) if d else None
        else:
            d = self.weekday_date(c, ctx, state, wd, None, False)
            anchor = state.dct_anchor
        return timex("TIME", self.with_pod(day_value(d) if d else "XXXX-XX-XX", "nuit"), anchor=anchor, day=d)

    def resolve_next_day(self, c, ctx, state):
        g = c.g
        base, anchor = state.ref_day(c.start)
        d = base + timedelta(days=NEXT_DAYS[g["w"]]) if base else None
        value = day_value(d) if d else "XXXX-XX-XX"
        if g["pod"]:
            return timex("TIME", self.with_pod(value, g["pod"]), anchor=anchor, day=d)
        return timex("DATE", value, anchor=anchor, day=d)

    def resolve_that_time(self, c, ctx, state):
        unit = c.g["unit"]
        base, anchor = state.ref_day(c.start)
        if unit in ("moment", "heure") and state.last_time:
            return timex("TIME", state.last_time[0], anchor=state.last_time[1], day=base)
        if unit == "époque":
            return timex("TIME", "PAST_REF", anchor=state.dct_anchor)
        value = day_value(base) if base else "XXXX-XX-XX"
        if unit in ("nuit", "soir", "matin"):
            return timex("TIME", self.with_pod(value, unit), anchor=anchor, day=base)
        if unit in ("moment", "heure"):
            return timex("TIME", value, anchor=anchor, day=base)
        return timex("DATE", value, anchor=anchor, day=base)

    def resolve_clock(self, c, ctx, state):
        if "duration" in c.info:
            return timex("DURATION", c.info["duration"])
        base, anchor = state.ref_day(c.start)
        day = day_value(base) if base else "XXXX-XX-XX"
        value = f"{day}T{c.info['hour']:02d}:{c.info['minute']:02d}"
        mod = "APPROX" if ctx.prev_word(c.start) == "vers" else None
        state.last_time = (value, anchor)
        return timex("TIME", value, mod, anchor, day=base)

    def duration_value(self, n: float | None, code: str, factor: float) -> str:
        if n is None:
            if code == "Y" and factor == 10:
                return "PXDE"
            if code == "Y" and factor == 100:
                return "PXCE"
            return {"S": "PTXS", "MIN": "PTXM", "H": "PTXH"}.get(code, f"PX{code}")
        return iso_duration(n * factor, code)

    def anchored(
        self, n: float | None, code: str, factor: float, state: State, sign: int, span: bool
    ) -> dict:
        """period_start/end of a duration put on the calendar (il y a, dans, depuis, ces derniers)."""
        dct = state.dct
        if dct is None or n is None or code in ("S", "MIN", "H"):
            return {}
        total = n * factor
        unit = "D" if code == "WE" else code
        point = shift(dct, sign * total, unit)
        if span:
            lo, hi = (point, dct) if sign < 0 else (dct, point)
            return {"period_start": lo.isoformat(), "period_end": hi.isoformat(), "anchor": "published"}
        if code == "M" and float(total).is_integer():
            last = add_months(point.replace(day=1), 1) - timedelta(days=1)
            return {
                "period_start": point.replace(day=1).isoformat(),
                "period_end": last.isoformat(),
                "anchor": "published",
            }
        if code == "Y" and float(total).is_integer():
            return {
                "period_start": f"{point.year}-01-01",
                "period_end": f"{point.year}-12-31",
                "anchor": "published",
            }
        return {"period_start": point.isoformat(), "period_end": point.isoformat(), "anchor": "published"}

    def resolve_duration(self, c, ctx, state):
        g = c.g
        n, code, factor = c.info["n"], c.info["code"], c.info["factor"]
        mod = QUALIFIERS.get(g["qual"] or "")
        if g["approx"]:
            mod = "APPROX"
        t = timex("DURATION", self.duration_value(n, code, factor), mod)
        before = ctx.before(c.start, 20)
        if re.search(r"(?:^|\W)il y a$", before):
            t.update(self.anchored(n, code, factor, state, -1, False))
        elif re.search(r"(?:^|\W)dans$", before) and g["num"]:
            t.update(self.anchored(n, code, factor, state, 1, False))
        elif re.search(r"(?:^|\W)depuis$", before):
            t.update(self.anchored(n, code, factor, state, -1, True))
        return t

    def resolve_last_n(self, c, ctx, state):
        n, code, factor = c.info["n"], c.info["code"], c.info["factor"]
        t = timex("DURATION", self.duration_value(n, code, factor), anchor=state.dct_anchor)
        sign = -1 if c.g["rel"].startswith("dern") else 1
        t.update(self.anchored(n, code, factor, state, sign, True))
        return t

    def resolve_every(self, c, ctx, state):
        g = c.g
        n = parse_number(g["num"]) if g["num"] else 1.0
        if n is None:
            return None
        if g["unit"] in self.lex.units:
            code, factor = self.lex.units[g["unit"]]
            return timex("SET", self.duration_value(n, code, factor))
        pod = self.lex.parts_of_day.get(g["unit"].rstrip("s")) or self.lex.parts_of_day.get(g["unit"])
        if pod is None:
            return None
        return timex("SET", "T12:00" if pod == "MI" else f"T{pod}")

    def resolve_whole(self, c, ctx, state):
        code = {"année": "Y", "journée": "D", "semaine": "W", "mois": "M", "week-end": "WE"}[c.g["unit"]]
        return timex("DURATION", f"P1{code}")

    def resolve_per(self, c, ctx, state):
        code, factor = self.lex.units[c.g["unit"]]
        return timex("SET", self.duration_value(1.0, code, factor))

    def resolve_frequency(self, c, ctx, state):
        return timex("SET", self.lex.sets[c.g["word"]])

    def resolve_ref(self, c, ctx, state):
        type_, value = self.lex.refs[c.g["word"]]
        return timex(type_, value, anchor=state.dct_anchor)

    def resolve_ici(self, c, ctx, state):
        return timex("TIME", "PRESENT_REF", anchor=state.dct_anchor)

    def resolve_term(self, c, ctx, state):
        return timex("DURATION", self.lex.terms[c.g["word"]])

    def resolve_holiday(self, c, ctx, state):
        mm, dd = (int(x) for x in self.lex.holidays[c.g["word"]].split("-"))
        value, d, anchor = self.month_day(c, ctx, state, mm, dd, c.g["year"], None, None)
        return timex("DATE", value, anchor=anchor, day=d)
