"""The ``news_figures`` component: every number that counts or measures something, normalised.

Writes ``doc.spans["figures"]``; each span carries ``span._.figure``, a plain dict with the figures.csv
columns (value, low, high, qualifier, unit, per, kind, source_id, hedged). The span is the number phrase as
the gold guidelines define it: digits or number words with their multiplier and attached symbol ("2,5
millions", "12 %", "150 F"), a range from its first number to its last ("2 000 à 5 000"), a vague magnitude
with its determiner ("une dizaine", "des milliers"); never the qualifier ("environ") nor the counted noun.

Steps, in order: one regex pass over the text finds candidate numbers (``patterns.py``); numbers that belong
to something else are dropped (dates claimed by ``news_dates``, identifiers, addresses, phone numbers, scores,
clock times, durations, years, "un" as an article); neighbours joined by "à", "entre ... et", "-" or "ou"
become ranges; then the qualifier, the counted noun (from the dependency parse), the rate ("par mois") and the
kind are read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ...resources import Resources
from ..base import RuleComponent
from ..common.patterns import alternation as _alt
from ..common.text import doc_text
from .patterns import Patterns
from .values import digits_value, split_words, words_value

NOUNS = ("NOUN", "PROPN")
OF = {"de", "d'", "d’", "des", "du"}
SINGULAR_DETERMINERS = {"le", "la", "l'", "l’", "un", "une", "ce", "cet", "cette", "du", "au"}
GROUP_DETERMINERS = {"les", "des", "aux", "ces"}
CLAUSE_STOP = set('.;:!?()[]«»"“”')
APOSTROPHES = str.maketrans({"’": "'", "\u00a0": " ", "\u202f": " "})
AGE_UNITS = {"an", "année", "mois"}
# A number right after an "after" qualifier: "environ" then belongs to it ("40 ouvriers, environ 20 femmes").
NUMBER_AHEAD = re.compile(r"\s*(?:[-−]?\d|(?:une?|deux|trois|quatre|cinq|six|sept|huit|dix|vingt|cent)\b)")


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.translate(APOSTROPHES).lower())


def _lower(text: str) -> str:
    """Lower case with plain apostrophes and spaces, keeping offsets (for regexes over nearby text)."""
    lowered = text.translate(APOSTROPHES).lower()
    return lowered if len(lowered) == len(text) else text.translate(APOSTROPHES)


@dataclass(frozen=True)
class Lexicons:
    """The data files of ``models/figures/``, read once per resources folder."""

    patterns: Patterns
    multipliers: dict[str, float]
    noun_multipliers: frozenset[str]
    units: dict[str, tuple[str, str, float]]
    unit_nouns: dict[str, str]
    qualifiers_before: re.Pattern
    qualifiers_after: re.Pattern
    qualifiers_tail: re.Pattern
    qualifier_of: dict[str, str]
    vague: dict[str, float]
    fractions: dict[str, float]
    identifier_heads: frozenset[str]
    street_after: re.Pattern
    time_after: frozenset[str]
    time_before: frozenset[str]
    age_before: re.Pattern
    duration_heads: frozenset[str]
    score_cues: frozenset[str]
    one_nouns: frozenset[str]
    per_nouns: dict[str, str]
    per_adjectives: dict[str, str]
    unit_lemmas: dict[str, str]
    change_words: frozenset[str]
    ratio_after: frozenset[str]
    ratio_before: re.Pattern

    @classmethod
    def load(cls, res: Resources, folder: str) -> Lexicons:
        def rows(name: str) -> tuple[tuple[str, ...], ...]:
            return res.lexicon(f"{folder}/{name}")

        multipliers = {form: float(factor) for form, factor, _ in rows("multipliers.tsv")}
        units = {form: (unit, kind, float(factor)) for form, unit, kind, factor, _ in rows("units.tsv")}
        units_after = [form for form, *_, pos in rows("units.tsv") if pos in ("after", "both")]
        units_before = [form for form, *_, pos in rows("units.tsv") if pos in ("before", "both")]
        vague = {noun: float(value) for noun, value in rows("vague.tsv")}
        fractions = {noun: float(den) for noun, den in rows("fractions.tsv")}
        patterns = Patterns.build(
            number_words=res.words(f"{folder}/number_words.tsv"),
            multipliers=list(multipliers),
            units_after=units_after,
            units_before=units_before,
            vague=list(vague),
            fractions=list(fractions),
        )
        quals = rows("qualifiers.tsv")
        before = [p for p, _, pos in quals if pos == "before"]
        after = [p for p, _, pos in quals if pos == "after"]
        tail = [p for p, _, pos in quals if pos == "tail"]
        qualifier_of = {(p, pos): q for p, q, pos in quals}
        phrase = r"(?:^|(?<=[\s'(«\"]))"
        streets = res.words(f"{folder}/street_types.tsv")
        ages = rows("age_cues.tsv")
        times = rows("time_words.tsv")
        per = rows("per_words.tsv")
        return cls(
            patterns=patterns,
            multipliers=multipliers,
            noun_multipliers=frozenset(form for form, _, pos in rows("multipliers.tsv") if pos == "noun"),
            units=units,
            unit_nouns={lemma: kind for lemma, kind in rows("unit_nouns.tsv")},
            qualifiers_before=re.compile(rf"{phrase}(?P<q>{_alt(before)})\s*$"),
            qualifiers_after=re.compile(rf"^\s*(?P<q>{_alt(after)})(?![\w-])"),
            qualifiers_tail=re.compile(rf"^\s+(?P<q>{_alt(tail)})(?![\w-])"),
            qualifier_of={f"{pos}:{p}": q for (p, pos), q in qualifier_of.items()},
            vague=vague,
            fractions=fractions,
            identifier_heads=res.words(f"{folder}/identifier_heads.tsv"),
            street_after=re.compile(rf"^\s*(?:(?:bis|ter|quater)\b)?\s*,?\s*{_alt(streets)}(?![\w-])", re.I),
            time_after=frozenset(w for w, pos in times if pos in ("after", "both")),
            time_before=frozenset(w for w, pos in times if pos in ("before", "both")),
            age_before=re.compile(rf"{phrase}(?:{_alt([p for p, k in ages if k == 'before'])})\s*$"),
            duration_heads=frozenset(p for p, k in ages if k == "duration_head"),
            score_cues=res.words(f"{folder}/score_cues.tsv"),
            one_nouns=res.words(f"{folder}/one_nouns.tsv"),
            per_nouns={w: v for w, k, v in per if k == "noun"},
            per_adjectives={w: v for w, k, v in per if k == "adjective"},
            unit_lemmas=dict(rows("unit_lemmas.tsv")),
            change_words=res.words(f"{folder}/change_words.tsv"),
            ratio_after=frozenset(w for w, pos in rows("ratio_words.tsv") if pos == "after"),
            ratio_before=re.compile(
                rf"{phrase}{_alt([w for w, pos in rows('ratio_words.tsv') if pos == 'before'])}\s*$"
            ),
        )


@dataclass
class Atom:
    """One number phrase found in the text, before context is read."""

    start: int
    end: int
    kind: str  # digits, words, vague, fraction
    value: float | None
    low: float | None = None
    high: float | None = None
    qualifier: str | None = None
    unit: str | None = None
    unit_kind: str | None = None
    factor: float = 1.0  # multiplier written with the number ("millions", "MF"), already applied to value
    plain: bool = False  # digits only, no grouping, decimal, sign, multiplier or unit ("2024", "57")
    noun_head: bool = False  # ends with a noun that takes "de" ("2,5 millions d'euros", "une dizaine de")
    in_date: bool = False  # inside a span of doc.spans["dates"]
    reference: bool = False  # part of a name, an identifier, an address ("RN 57", "article 5", "12 rue")
    first: int = 0  # token indices
    last: int = 0


@dataclass
class Figure:
    atoms: list[Atom]
    start: int
    end: int
    value: float | None
    low: float | None
    high: float | None
    qualifier: str | None = None
    unit: str | None = None
    kind: str | None = None
    per: str | None = None
    extra: dict = field(default_factory=dict)

    @property
    def first(self) -> int:
        return self.atoms[0].first

    @property
    def last(self) -> int:
        return self.atoms[-1].last


class NewsFigures(RuleComponent):
    def __init__(self, nlp: Language, name: str = "news_figures", resources: str = "figures"):
        self.folder = resources
        self.text = ""
        super().__init__(nlp, name)

    def setup(self, res: Resources) -> None:
        self.lex = Lexicons.load(res, self.folder)

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for fig in self.figures(doc):
            span = doc.char_span(fig.start, fig.end, alignment_mode="expand")
            if span is None or spans and span.start < spans[-1].end:
                continue  # two numbers inside one token
            span = Span(doc, span.start, span.end, label="FIGURE")
            span._.figure = {
                "value": fig.value,
                "low": fig.low,
                "high": fig.high,
                "qualifier": fig.qualifier,
                "unit": fig.unit,
                "per": fig.per,
                "kind": fig.kind,
            }
            spans.append(span)
        doc.spans["figures"] = spans
        return doc

    # -- finding ------------------------------------------------------------------------------------------

    def figures(self, doc: Doc) -> list[Figure]:
        self.text = doc_text(doc)  # read once per document
        dates = [(s.start_char, s.end_char) for s in doc.spans["dates"]] if "dates" in doc.spans else []
        atoms = []
        for atom in self.atoms(self.text):
            span = doc.char_span(atom.start, atom.end, alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
            atom.first, atom.last = span.start, span.end - 1
            atom.in_date = any(s < atom.end and atom.start < e for s, e in dates)
            atom.reference = not atom.in_date and self.is_name_or_reference(doc, atom)
            atoms.append(atom)
        figures = []
        for fig in self.ranges(doc, atoms):
            if any(a.in_date for a in fig.atoms):
                continue  # claimed by news_dates, the whole range with it ("de 6 à 12 ans")
            if any(a.reference for a in fig.atoms):
                continue
            if self.keep(doc, fig, figures):
                self.describe(doc, fig)
                figures.append(fig)
        return figures

    def atoms(self, text: str):
        lex = self.lex
        for m in lex.patterns.figure.finditer(text):
            if m.group("phone"):
                continue
            if m.group("vague"):
                yield self.vague_atom(m)
            elif m.group("fraction"):
                num = words_value(m.group("fnum"))
                den = lex.fractions[m.group("fden").lower()]
                value = num / den if num else None
                yield Atom(m.start(), m.end(), "fraction", value, noun_head=True)  # "un quart d'heure"
            elif m.group("digits") is not None:
                atom = self.digits_atom(m)
                if abs(atom.value) < 1e18:  # beyond, digits are a code or a typing error
                    yield atom
            elif m.group("words"):
                yield from self.words_atoms(m)

    def vague_atom(self, m: re.Match) -> Atom:
        vague = self.lex.vague
        of = vague[m.group("vof").lower()[:-1]] if m.group("vof") else 1.0
        if m.group("vsing"):
            value = vague[m.group("vsing").lower()] * of
            return Atom(m.start(), m.end(), "vague", value, value, value, qualifier="approx", noun_head=True)
        base = vague[m.group("vplur").lower()[:-1]] * of
        det = m.group("vdet").lower()
        high = 9 * base if det in ("quelques", "plusieurs") else None
        return Atom(m.start(), m.end(), "vague", None, 2 * base, high, qualifier="approx", noun_head=True)

    def digits_atom(self, m: re.Match) -> Atom:
        value = digits_value(m.group("digits"))
        factor = 1.0
        if m.group("mult"):
            factor = self.lex.multipliers[m.group("mult")]
        unit = unit_kind = None
        for sym in (m.group("unit"), m.group("pre")):
            if sym:
                unit, unit_kind, unit_factor = self.lex.units[sym]
                factor *= unit_factor
        value *= factor
        if m.group("half") and m.group("mult"):
            value += 0.5 * self.lex.multipliers[m.group("mult")]
        if m.group("sign"):
            value = -value
        plain = m.group("digits").isdigit() and not (m.group("mult") or m.group("unit") or m.group("pre"))
        plain = plain and not m.group("sign")
        atom = Atom(m.start(), m.end(), "digits", value, unit=unit, unit_kind=unit_kind, factor=factor)
        atom.plain, atom.noun_head = plain, m.group("mult") in self.lex.noun_multipliers
        return atom

    def words_atoms(self, m: re.Match):
        text = m.group("words")
        start = m.start("words")
        pieces = split_words(text, start)
        for i, (s, e, value) in enumerate(pieces):
            atom = Atom(s, e, "words", value)
            if i == len(pieces) - 1:
                factor = 1.0
                if m.group("mult"):
                    factor = self.lex.multipliers[m.group("mult")]
                    atom.end = m.end("mult")
                last_word = _norm(text[s - start : e - start]).split()[-1].split("-")[-1]
                multiplier = m.group("mult") or (last_word if last_word in self.lex.multipliers else None)
                if m.group("half") and multiplier:
                    atom.value = atom.value * factor + 0.5 * self.lex.multipliers[multiplier]
                    atom.end = m.end("half")
                else:
                    atom.value = atom.value * factor
                atom.factor = factor
                atom.noun_head = (m.group("mult") or last_word) in self.lex.noun_multipliers
                if m.group("unit"):
                    atom.unit, atom.unit_kind, unit_factor = self.lex.units[m.group("unit")]
                    atom.value *= unit_factor
                    atom.end = m.end("unit")
            if i == 0 and m.group("pre"):
                atom.start = m.start()
                atom.unit, atom.unit_kind, unit_factor = self.lex.units[m.group("pre")]
                atom.value *= unit_factor
            yield atom

    # -- what a number is not -----------------------------------------------------------------------------

    def is_name_or_reference(self, doc: Doc, atom: Atom) -> bool:
        """Identifiers ("RN 57", "article 5", "n° 3", "France 2"), addresses, postcodes, list markers."""
        lex = self.lex
        text = self.text
        prev = doc[atom.first - 1] if atom.first > 0 else None
        after = text[atom.end : atom.end + 40]
        before = text[max(0, atom.start - 40) : atom.start]
        if prev is not None and _norm(prev.text) in lex.identifier_heads:
            return True
        if atom.first > 1 and _norm(doc[atom.first - 2 : atom.first].text) in lex.identifier_heads:
            return True  # "bac + 5"
        if atom.kind == "digits" and lex.street_after.match(after):
            return True
        if atom.kind != "digits" or atom.unit or atom.factor != 1.0:
            return False
        if prev is not None and not prev.is_sent_start and prev.whitespace_ and prev.is_alpha:
            nxt = doc[atom.last + 1] if atom.last + 1 < len(doc) else None
            if prev.is_upper and len(prev) <= 6 or prev.is_title and (nxt is None or not self.is_noun(nxt)):
                return True  # "RN 57", "AMX 10", "Boeing 747", "France 2"
        digits = text[atom.start : atom.end]
        if atom.plain and len(digits) == 5 and re.match(r"\s+(?:[A-ZÉÈ][\w-]+|CEDEX)", after):
            return True  # postcode
        if atom.plain and before.endswith("(") and after.startswith(")"):
            head = doc[atom.first - 2] if atom.first > 1 else None
            if head is not None and (head.is_title or head.is_upper):
                return True  # department: "Nancy (54)"
        if atom.plain and len(digits) <= 2 and re.match(r"[.)]\s+[a-zà-ÿ]", after):
            if re.search(r"(?:^|[\n:;,])\s*$", before):
                return True  # list marker: ": 1. à la Teille, 2. au chêne"
        return False

    def keep(self, doc: Doc, fig: Figure, kept: list[Figure]) -> bool:
        """Whether a figure (single number or range) counts something, from its neighbours in the text."""
        lex = self.lex
        first, last = fig.atoms[0], fig.atoms[-1]
        prev = doc[fig.first - 1] if fig.first > 0 else None
        nxt = self.next_word(doc, fig.last)
        if prev is not None and _norm(prev.text) in lex.time_before:
            return False  # "mars 2024", "18 h 30", "lundi 3"
        if prev is not None and prev.lower_ == "sur" and fig.first > 1:
            if _norm(doc[fig.first - 2].text) in lex.time_after:
                return False  # "24 heures sur 24", "7 jours sur 7"
        shared = self.shared_unit(doc, fig.last)
        if shared is not None:
            nxt = shared  # "âgés de 19 et 22 ans", "deux ou trois jours": the unit of the next number
        if nxt is not None and _norm(nxt.text) in lex.time_after and not last.unit:
            if self.is_age(doc, fig, nxt):
                lemma = nxt.lemma_.lower()
                fig.kind, fig.unit = "age", "an" if lemma in ("an", "année") else lemma
            else:
                return False  # "dix ans", "18 h", "3 mars": dates, times and durations
        if last.noun_head and not last.unit:
            noun = self.noun_after_of(doc, fig.last)
            if noun is not None and _norm(noun.text) in lex.time_after:
                if not self.is_age(doc, fig, noun):
                    return False
                fig.kind, fig.unit = "age", "an"
        if all(self.is_year(doc, a) for a in fig.atoms):
            plural = nxt is not None and ("Plur" in nxt.morph.get("Number") or nxt.lower_[-1:] in ("s", "x"))
            if nxt is None or nxt.pos_ not in NOUNS or not plural or len(fig.atoms) > 1:
                return False  # a year ("la loi de 1901"), unless it counts something ("2000 personnes")
        if len(fig.atoms) == 1 and first.kind in ("digits", "words") and first.factor == 1.0:
            if prev is not None and _norm(prev.text) in SINGULAR_DETERMINERS and first.value != 1:
                return False  # "le 10", "un deux roues", "la 2 CV"
        if first.kind == "words" and _norm(self.text[first.start : first.end]) in ("un", "une"):
            if not self.one_counts(doc, fig, kept):
                return False
        if len(fig.atoms) == 1 and _norm(self.text[first.start : first.end]) == "neuf":
            tok = doc[first.first]
            after_noun = prev is not None and prev.pos_ == "NOUN"
            if tok.pos_ != "NUM" and (nxt is None or nxt.pos_ not in NOUNS or after_noun):
                return False  # "un véhicule neuf", "à neuf"
        if nxt is not None and _norm(nxt.text) in lex.ratio_after:
            return False  # "deux fois plus": a ratio, not a count
        if lex.ratio_before.search(_lower(self.text[max(0, fig.start - 30) : fig.start])):
            return False  # "multiplié par trois"
        return True

    def shared_unit(self, doc: Doc, last: int) -> Token | None:
        """The time word after "<n> et|ou <m>", when the figure is <n>: "19 et 22 ans" -> ans."""
        if last + 3 < len(doc) and doc[last + 1].lower_ in ("et", "ou", "à") and doc[last + 2].like_num:
            word = doc[last + 3]
            if _norm(word.text) in self.lex.time_after:
                return word
        return None

    def is_year(self, doc: Doc, a: Atom) -> bool:
        return a.plain and len(self.text[a.start : a.end]) == 4 and 1000 <= a.value <= 2100

    def next_word(self, doc: Doc, last: int) -> Token | None:
        """The token after a number, skipping one adjective before a noun ("trois derniers mois")."""
        i = last + 1
        if i < len(doc) and doc[i].pos_ == "ADJ" and i + 1 < len(doc) and doc[i + 1].pos_ in NOUNS:
            if not doc[i].whitespace_ == "" and doc[i].lower_ not in OF:
                i += 1
        return doc[i] if i < len(doc) else None

    def noun_after_of(self, doc: Doc, last: int) -> Token | None:
        """The noun after "de" that a multiplier or vague noun counts: "2,5 millions d'euros" -> euros."""
        i = last + 1
        if i < len(doc) and _norm(doc[i].text) in OF:
            i += 1
            while i < len(doc) and doc[i].pos_ in ("ADJ", "DET") and i <= last + 3:
                i += 1
            if i < len(doc) and (doc[i].pos_ in NOUNS or doc[i].pos_ == "ADJ"):
                return doc[i]
        return None

    def is_age(self, doc: Doc, fig: Figure, unit: Token) -> bool:
        """ "87 ans" is an age after a name ("Jean Burget, 87 ans,"), a noun ("un chauffeur de 38 ans"),
        "âgé de", "à l'âge de", "ses", "à 87 ans", and in age groups ("les 0-6 ans"); otherwise a duration."""
        lex = self.lex
        if unit.lemma_.lower() not in AGE_UNITS and _norm(unit.text) not in ("ans", "an", "années", "mois"):
            return False
        j, before = self.before_qualifier(doc, fig)
        if lex.age_before.search(before):
            return True
        if j < 0:
            return False
        prev = _norm(doc[j].text)
        after = doc[unit.i + 1] if unit.i + 1 < len(doc) else None
        if prev in ("de", "d'"):
            head = doc[j - 1] if j > 0 else None
            if head is None or head.pos_ not in ("NOUN", "PROPN", "ADJ"):
                return False
            return not {head.lemma_.lower(), _norm(head.text)} & lex.duration_heads
        if prev in ("et", "ou") and j > 0 and doc[j - 1].like_num:  # "âgés de 19 et 22 ans"
            tok = doc[j - 1]
            atom = Atom(tok.idx, tok.idx + len(tok), "digits", None, first=tok.i, last=tok.i)
            return self.is_age(doc, Figure([atom], atom.start, atom.end, None, None, None), unit)
        if prev in (",", "("):
            return after is None or after.text in (",", ")", ".", ";") or after.is_sent_start
        if prev == "à":
            return after is None or _norm(after.text) not in OF
        return prev in GROUP_DETERMINERS and len(fig.atoms) > 1

    def before_qualifier(self, doc: Doc, fig: Figure) -> tuple[int, str]:
        """The index of the last token before the figure and its qualifier ("de" in "âgé de plus de 65 ans"),
        and the lower-cased text before that point."""
        window = max(0, fig.start - 60)
        before = _lower(self.text[window : fig.start])
        q = self.lex.qualifiers_before.search(before)
        cut = window + (q.start("q") if q else len(before))
        j = fig.first - 1
        while j >= 0 and doc[j].idx >= cut:
            j -= 1
        return j, before[: cut - window]

    def one_counts(self, doc: Doc, fig: Figure, kept: list[Figure]) -> bool:
        """ "un"/"une" is a figure in "un seul", "un mort", "un ou deux", or beside another number
        ("trois petits-enfants et un arrière-petit-fils"); otherwise it is the article."""
        if len(fig.atoms) > 1:
            return True
        i = fig.first
        nxt = doc[i + 1] if i + 1 < len(doc) else None
        prev = doc[i - 1] if i > 0 else None
        if nxt is not None and _norm(nxt.text) in ("seul", "seule"):
            return True
        if nxt is not None and _norm(nxt.text) in self.lex.one_nouns:
            return prev is None or _norm(prev.text) not in ("l'", "le", "la", "du", "au")
        if prev is not None and _norm(prev.text) in ("et", "ou") and kept and nxt is not None:
            if nxt.pos_ not in ("NOUN", "ADJ") or not nxt.is_lower or kept[-1].kind != "count":
                return False
            return 0 <= prev.i - kept[-1].last <= 4 and kept[-1].value is not None
        return False

    # -- ranges -------------------------------------------------------------------------------------------

    def ranges(self, doc: Doc, atoms: list[Atom]) -> list[Figure]:
        figures = []
        i = 0
        while i < len(atoms):
            a = atoms[i]
            b = atoms[i + 1] if i + 1 < len(atoms) else None
            joined = self.join(doc, a, b) if b is not None else None
            if joined == "score":
                i += 2
                continue
            if joined is not None:
                figures.append(joined)
                i += 2
                continue
            figures.append(self.single(a))
            i += 1
        return figures

    def single(self, a: Atom) -> Figure:
        if a.kind == "vague":
            return Figure([a], a.start, a.end, a.value, a.low, a.high, qualifier="approx")
        return Figure([a], a.start, a.end, a.value, a.value, a.value)

    def join(self, doc: Doc, a: Atom, b: Atom) -> Figure | str | None:
        """A range "2 000 à 5 000", "entre 10 et 20", "0-6", "un ou deux"; "score" for "3-1", "8 à 3"."""
        if {a.kind, b.kind} & {"vague", "fraction"} or a.value is None or b.value is None:
            return None
        if not 1 <= b.first - a.last - 1 <= 2:
            return None
        between = doc[a.last + 1 : b.first]
        words = [_norm(t.text) for t in between]
        cues = {t.lemma_.lower() for t in doc[max(0, a.first - 4) : a.first]}
        if len(words) == 2 and words[1] in ("à", "-", "–") and cues & self.lex.score_cues:
            return "score"  # "battu l'Italie par 3 buts à 1"
        if len(words) == 2 and words[0] not in ("à", "et", "-", "–", "ou"):
            after_b = doc[b.last + 1] if b.last + 1 < len(doc) else None
            if after_b is None or _norm(after_b.text) != words[0]:
                return None
            words = words[1:]  # "entre 10 euros et 20 euros"
        if len(words) != 1:
            return None
        link = words[0]
        before = _norm(self.text[max(0, a.start - 12) : a.start]).rstrip()
        if link == "et" and not before.endswith("entre"):
            return None
        if link not in ("à", "et", "-", "–", "ou"):
            return None
        low, high = a.value, b.value
        if b.factor != 1.0 and a.factor == 1.0 and low * b.factor <= high:
            low *= b.factor  # "entre 2 et 3 millions"
        elif a.plain and not b.plain and b.kind == "digits" and low * 1000 <= high <= low * 10_000:
            low *= 1000  # "10 à 15.000": the thousands apply to both ends
        nxt = self.next_word(doc, b.last)
        counted = b.unit is not None or (nxt is not None and self.is_noun(nxt))
        if link in ("-", "–", "à") and (cues & self.lex.score_cues):
            return "score"
        if low >= high:
            if link in ("-", "–") or (link == "à" and not counted and not before.endswith(("de", "d'"))):
                return "score"
            return None
        if link in ("-", "–") and not counted:
            return "score"
        if link == "ou" and (a.unit or len(between) != 1):
            return None
        b_unit = (b.unit, b.unit_kind)
        a.unit, a.unit_kind = a.unit or b_unit[0], a.unit_kind or b_unit[1]
        return Figure([a, b], a.start, b.end, None, low, high)

    # -- what it counts -----------------------------------------------------------------------------------

    def describe(self, doc: Doc, fig: Figure) -> None:
        lex = self.lex
        last = fig.atoms[-1]
        noun = None if last.unit else self.counted_noun(doc, fig)
        self.qualify(doc, fig, noun)
        if last.unit:
            fig.unit, kind = last.unit, last.unit_kind
        else:
            kind = None
            symbol = lex.units.get(noun.text.rstrip(".")) if noun is not None else None
            if fig.unit is None and symbol is not None:
                fig.unit, kind = symbol[0], symbol[1]  # "3 milliards de F"
            elif fig.unit is None and noun is not None:
                fig.unit = self.unit_lemma(noun)
            if fig.unit is not None and kind is None:
                kind = lex.unit_nouns.get(fig.unit)
        if kind == "percent" and fig.unit == "point" and not self.about_percentages(doc, fig):
            kind = "count"  # "42 points en 25 matches"
        if fig.kind is None:
            fig.kind = kind or "count"
        fig.per = self.rate(doc, fig, noun)

    def about_percentages(self, doc: Doc, fig: Figure) -> bool:
        """Points are percentage points for decimals ("0,3 point"), in a sentence about percentages, or after
        a word of change ("en baisse de 9 points"); not in sports ("42 points en 25 matches")."""
        sent = doc[fig.first].sent if doc.has_annotation("SENT_START") else doc[:]
        if (fig.value or 0) % 1 != 0 or "%" in sent.text or "pour cent" in sent.text:
            return True
        return any(t.lemma_.lower() in self.lex.change_words for t in doc[max(0, fig.first - 4) : fig.first])

    def qualify(self, doc: Doc, fig: Figure, noun: Token | None = None) -> None:
        """The qualifier before ("environ", "plus de", "jusqu'à") or after ("25 000 environ") the figure, and
        the bounds it sets: "plus de 500" -> low 500, high open; "moins de 20" -> low open, high 20."""
        lex = self.lex
        tail = lex.qualifiers_tail.match(_lower(self.text[fig.end : fig.end + 30]))
        if tail and fig.value is not None and len(fig.atoms) == 1:  # "zéro et des poussières": a little more
            fig.qualifier = self.qualifier(tail, "tail")
            fig.end += tail.end()
            fig.value, fig.low, fig.high = None, fig.value, None
            return
        before = _lower(self.text[max(0, fig.start - 40) : fig.start])
        found = lex.qualifiers_before.search(before)
        if found is None and len(fig.atoms) > 1:
            found = lex.qualifiers_before.search(re.sub(r"(?:\b(?:de|entre)\s+|d')$", "", before))
        if found is None:  # "environ à huit"
            found = lex.qualifiers_before.search(re.sub(r"(?:\b(?:à|de)\s+|d')$", "", before))
            if found is not None and self.qualifier(found, "before") != "approx":
                found = None
        qualifier = self.qualifier(found, "before") if found else None
        ends = [fig.end] + ([noun.idx + len(noun)] if noun is not None and noun.idx > fig.end else [])
        for end in ends if qualifier is None else ():
            found = lex.qualifiers_after.match(_lower(self.text[end : end + 30]))
            if found and not NUMBER_AHEAD.match(self.text, end + found.end()):
                qualifier = self.qualifier(found, "after")  # "25 000 environ", "40 ouvriers environ"
                break
        if qualifier is None and fig.value is not None and re.search(r"\bmoins\s+$", before):
            if not re.search(r"\b(?:au|le|du|pas|peu|en|de)\s+moins\s+$", before):
                fig.value, fig.low, fig.high = -fig.value, -fig.value, -fig.value  # "moins 5 degrés"
                fig.start = self.text.rfind("moins", 0, fig.start)
            return
        if qualifier is None:
            return
        fig.qualifier = qualifier
        if len(fig.atoms) > 1 or fig.value is None:
            return
        if qualifier in ("more_than", "at_least"):
            fig.low, fig.high = fig.value, None
        elif qualifier in ("less_than", "at_most"):
            fig.low, fig.high = None, fig.value

    def qualifier(self, found: re.Match, position: str) -> str:
        return self.lex.qualifier_of[f"{position}:{_norm(found.group('q'))}"]

    def counted_noun(self, doc: Doc, fig: Figure) -> Token | None:
        last = fig.atoms[-1]
        if last.kind == "fraction":
            return None  # "deux tiers des Français": a share of them, not a count
        if last.noun_head:
            noun = self.noun_after_of(doc, fig.last)
            if noun is not None:
                return noun
        tokens = doc[last.first : last.last + 1]
        root = tokens.root
        head = root.head
        between = doc[fig.last + 1 : head.i]
        if head.i > fig.last and head.pos_ in NOUNS and len(between) <= 3:
            if all(t.pos_ in ("ADJ", "NUM") or t.text == "-" for t in between):
                return head
        nxt = self.next_word(doc, fig.last)
        if nxt is not None and nxt.i > fig.last and self.is_noun(nxt):
            return nxt
        if nxt is not None and nxt.i == fig.last + 1:
            if nxt.pos_ == "ADJ" and nxt.lower_[-1:] in ("s", "x") or nxt.lower_ in self.lex.one_nouns:
                return nxt  # a nominalised adjective or participle: "trois blessés", "zéro mort"
        return None

    def is_noun(self, tok: Token) -> bool:
        """A noun, or a unit noun the tagger missed ("20 euro" at the end of a fragment)."""
        return (
            tok.pos_ in NOUNS
            or tok.lemma_.lower() in self.lex.unit_nouns
            or tok.lower_ in self.lex.unit_nouns
        )

    def unit_lemma(self, tok: Token) -> str:
        """The lemma of a counted noun, lower case: "travailleurs" -> travailleur, "sondés" -> sondé."""
        text = tok.lower_
        if text in self.lex.unit_lemmas:
            return self.lex.unit_lemmas[text]
        lemma = tok.lemma_.lower() or text
        if tok.pos_ in ("VERB", "AUX"):  # a participle tagged as a verb: "zéro mort", "trois tués"
            return text[:-1] if text.endswith("s") and len(text) > 3 else text
        if lemma.endswith("er") and re.search(r"ée?s?$", text):
            return re.sub(r"ée?s?$", "é", text)  # a participle used as a noun: "les sondés"
        return lemma

    def rate(self, doc: Doc, fig: Figure, noun: Token | None) -> str | None:
        """ "par mois" -> mois, "par habitant", "chaque année" -> an, "1 500 euros mensuels" -> mois."""
        lex = self.lex
        i = first_after = (noun.i if noun is not None else fig.last) + 1
        stop = min(len(doc), i + 6)
        while i < stop:
            tok = doc[i]
            word = _norm(tok.text)
            if tok.text in CLAUSE_STOP or tok.text == "," or tok.like_num:
                return None
            if word in lex.per_adjectives and i <= (noun.i if noun is not None else fig.last) + 2:
                return lex.per_adjectives[word]
            priced = fig.kind == "money" and word in ("le", "la", "l'") and i == first_after  # "20 F le kilo"
            if (word in ("par", "chaque", "/") or priced) and i + 1 < len(doc):
                nxt = doc[i + 1]
                lemma = nxt.lemma_.lower()
                for form in (lemma, _norm(nxt.text)):
                    if form in lex.per_nouns:
                        return lex.per_nouns[form]
            i += 1
        return None
