"""References to the present, past or future without a date (TIMEX3 PRESENT_REF, PAST_REF, FUTURE_REF):
"désormais", "actuellement", "auparavant", "à présent", "pour l'instant", "à l'époque", "dans l'avenir",
"les prochaines échéances"; "ici" in "d'ici 2025"."""

from __future__ import annotations

import re

from ...common.patterns import APOSTROPHE as APOS
from ...common.patterns import alternation
from ..models import Timex
from ..prefilter import Prefilter
from .base import Rule
from .pieces import BE, E

OF = ("de", "d'", "du", "des")  # "l'avenir du site": the site's future, not a time


class Ref(Rule):
    """The words of refs.tsv; some only after given words or when a check holds (column 4)."""

    name = "ref"

    def setup(self, lex):
        self.determiners = lex.words("determiner")
        self.checks = {
            "@adjective": self.adjective,
            "@tagged_adjective": self.tagged_adjective,
            "@before_noun": self.before_noun,
            "@future": self.future,
            "@epoch": self.epoch,
            "@with_pour": self.with_pour,
            "@alone": self.alone,
            "@not_stress": self.not_stress,
        }
        self.after_length = re.compile(rf"\b{alternation(lex.units, loose=False)}$")
        self.length_next = re.compile(
            rf"\s+(?:(?:plus|près|moins)\s+d{APOS}\s*|presque\s+)?(?:\d+|{alternation(lex.numbers)}|quelques|plusieurs)"
            rf"(?:[\s-]+{alternation(lex.numbers)})*\s+{alternation(lex.units)}\b"
        )
        self.function = lex.words("function")
        self.prev = {
            w: frozenset(req.split(",")) for w, req in lex.ref_checks.items() if not req.startswith("@")
        }

    def regex(self, p, lex):
        return rf"{BE}(?P<word>{alternation(lex.refs)}){E}"

    def anchors(self, a):
        return Prefilter((a.ref,))

    def accept(self, c, ctx):
        word = c.g["word"]
        check = self.lex.ref_checks.get(word)
        if check is None:
            return True
        if check in self.checks:
            return self.checks[check](c, ctx)
        return ctx.prev_word(c.start) in self.prev[word]

    def adjective(self, c, ctx):
        """ "l'actuel directeur": tagged ADJ (when there are tags)."""
        if not ctx.has_pos:
            return True
        tok = ctx.token_at(c.start)
        return tok is not None and tok.pos_ == "ADJ"

    def tagged_adjective(self, c, ctx):
        tok = ctx.token_at(c.start)
        return ctx.has_pos and tok is not None and tok.pos_ == "ADJ"

    def before_noun(self, c, ctx):
        """ "les prochaines échéances": a determiner, the word, a noun."""
        if ctx.has_pos:
            tok = ctx.token_after(c.end)
            return tok is not None and tok.pos_ == "NOUN" and ctx.prev_word(c.start) in self.determiners
        return False

    def future(self, c, ctx):
        """ "dans l'avenir", "pour l'avenir", "À l'avenir, ..." (sentence-initial); not someone's or
        something's future ("pour l'avenir du site", "de nos enfants")."""
        if ctx.next_word(c.end) in OF:
            return False
        prev = ctx.prev_word(c.start)
        return prev in ("dans", "pour") or (
            prev == "à" and ctx.sentence_initial(ctx.lower.rfind("à", 0, c.start))
        )

    def epoch(self, c, ctx):
        """ "à l'époque", "à l'époque gréco-romaine" (the adjective joins the span), not "à l'époque de"; "le
        ministre de l'époque" (of that time: nothing, a name or a function word after it), not "de l'époque
        soviétique" (an era)."""
        prev = ctx.prev_word(c.start)
        if prev in ("de", "pour"):
            word, after = ctx.next_word(c.end), ctx.text[c.end : c.end + 3].lstrip()
            return not word or not word[0].isalpha() or word in self.function or after[:1].isupper()
        tok = ctx.token_after(c.end)
        if prev == "à" and ctx.has_pos and tok is not None and tok.pos_ == "ADJ" and tok.idx - c.end <= 1:
            c.end = tok.idx + len(tok.text)
            return True
        return prev == "à" and ctx.next_word(c.end) not in ("de", "d'", "où")

    def alone(self, c, ctx):
        """ "Auparavant, ...", not the word that points a length back ("trois semaines auparavant": the
        length is the expression, counted from the day the story is at)."""
        return not self.after_length.search(ctx.before(c.start, 20))

    def not_stress(self, c, ctx):
        """ "maintenant" before a length only stresses it ("depuis maintenant treize ans"): no date."""
        return not self.length_next.match(ctx.lower, c.end)

    def with_pour(self, c, ctx):
        """ "pour l'instant", "pour le moment": the preposition is part of the expression."""
        if ctx.prev_word(c.start) != "pour":
            return False
        c.start = ctx.lower.rindex("pour", 0, c.start)
        return True

    def resolve(self, c, ctx, story):
        type_, value = self.lex.refs[c.g["word"]]
        return Timex(type_, value, anchor=story.dct_anchor)


class Ici(Rule):
    """ "ici" in "d'ici à dix ans", "d'ici 2025", "d'ici la fin de l'année" (PRESENT_REF; the date after it
    is its own expression, bound "until"); not "loin d'ici"."""

    name = "ici"

    def setup(self, lex):
        self.not_after = re.compile(rf"{alternation(lex.words('ici_not_after'), loose=False)}$")
        numword = alternation(lex.numbers)
        starts = (
            rf"\d|la\s+fin|le\s|l{APOS}|la\s|là|peu\b|quelques|demain|début|fin\b|mi-|cet?t?e?\s|{numword}\b"
        )
        self.time_next = re.compile(
            rf"\s*(?:(?:à|au|aux)\s+)?(?:{starts}|{alternation(lex.months)}|{alternation(lex.weekdays)})",
            re.IGNORECASE,
        )

    def regex(self, p, lex):
        return rf"(?<=\bd{APOS})ici{E}"

    def trigger_words(self, lex):
        return ("ici",)

    def anchors(self, a):
        return Prefilter((a.ici,))

    def accept(self, c, ctx):
        if self.not_after.search(ctx.before(c.start - 2, 15)):
            return False
        return bool(self.time_next.match(ctx.after(c.end, 40)))

    def resolve(self, c, ctx, story):
        return Timex("TIME", "PRESENT_REF", anchor=story.dct_anchor)
