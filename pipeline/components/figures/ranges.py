"""Ranges: neighbouring atoms joined by "à", "entre ... et", "-" or "ou" become one figure ("2 000 à 5 000",
"entre 10 et 20", "0-6 ans", "deux ou trois"), as a value and its spread do ("5,04 ± 2,5"); pairs that are
sports scores or tallies ("3-1", "8 à 3") are dropped."""

from __future__ import annotations

from spacy.tokens import Token

from ..common.patterns import fold
from .article import Article
from .counted import NOUNS, is_noun, next_word, unit_lemma
from .models import Atom, Figure

DASHES = ("-", "–")
SCORE = "score"
BASES = {10.0**k for k in range(1, 10)}


def ranges(art: Article, atoms: list[Atom]) -> list[Figure]:
    figures = []
    i = 0
    while i < len(atoms):
        a = atoms[i]
        b = atoms[i + 1] if i + 1 < len(atoms) else None
        joined = join(art, a, b) if b is not None else None
        if joined == SCORE:
            i += 2
            continue
        if joined is not None:
            figures.append(joined)
            i += 2
            continue
        figures.append(single(a))
        i += 1
    return figures


def single(a: Atom) -> Figure:
    if a.kind == "vague":
        return Figure([a], a.start, a.end, a.value, a.low, a.high, qualifier="approx")
    return Figure([a], a.start, a.end, a.value, a.value, a.value)


def join(art: Article, a: Atom, b: Atom) -> Figure | str | None:
    """A range "2 000 à 5 000", "entre 10 et 20", "0-6", "un ou deux"; ``SCORE`` for "3-1", "8 à 3"."""
    doc, lex = art.doc, art.lex
    if {a.kind, b.kind} & {"vague", "fraction"} or a.value is None or b.value is None:
        return None
    if (a.kind == "slash") != (b.kind == "slash"):
        return None  # "1/100 à 1/10" is a range, "3/4 à 5" is not
    share = _share(art, a, b)
    if share is not None:
        return share
    cents = _hundredths(art, a, b)
    if cents is not None:
        return cents
    subunit = _subunit(art, a, b)
    if subunit is not None:
        return subunit
    if a.kind == b.kind == "words" and b.first == a.last + 1 and b.start - a.end == 1:
        return _juxtaposed(art, a, b)  # "dix quinze mille personnes", "deux trois jours"
    spread = _spread(art, a, b)
    if spread is not None:
        return spread
    if a.unit is not None and (b.unit or a.unit) != a.unit:
        return None  # "de 4,8 % à 360,85 pence": each number has its own unit
    if a.unit is not None and b.unit is None and _counts_own(art, a, b):
        return None
    if b.first == a.last + 1 and a.unit and art.text[a.end : b.start].strip() in DASHES:
        if a.value < b.value:  # "2 °C- 8 °C": the dash glued to the first unit
            return Figure([a, b], a.start, b.end, None, a.value, b.value)
    if not 1 <= b.first - a.last - 1 <= 2:
        return None
    to, coordination = lex.words("to"), lex.words("coordination")
    links = to | coordination | set(DASHES)
    between = doc[a.last + 1 : b.first]
    words = [fold(t.text) for t in between if t.text not in lex.words("bound_sign")]  # "1/100 à < 1/10"
    cues = {t.lemma_.lower() for t in doc[max(0, a.first - 4) : a.first]}
    scored = bool(cues & lex.score_cues) and not _measured(art, b)
    if len(words) == 2 and (words[1] in to or words[1] in DASHES) and scored:
        return SCORE  # "battu l'Italie par 3 buts à 1"
    if len(words) == 2 and words[0] not in links:
        after_b = doc[b.last + 1] if b.last + 1 < len(doc) else None
        if after_b is None or fold(after_b.text) != words[0]:
            return None
        words = words[1:]  # "entre 10 euros et 20 euros"
    if len(words) != 1:
        return None
    link = words[0]
    if link in to and _from_to(art, a):
        return None  # "passe de -1 à -0,8": a change from one value to another, two figures
    before = fold(art.text[max(0, a.start - 12) : a.start]).rstrip()
    dash = link in DASHES
    signed = any(t.text in lex.words("bound_sign") for t in between)  # "(1/100 et < 1/10)"
    if link in lex.words("and") and not before.endswith(tuple(lex.words("between"))) and not signed:
        return None  # "10 et 20" is a range only after "entre"
    if link not in links:
        return None
    low, high = a.value, b.value
    if b.factor != 1.0 and a.factor == 1.0 and low * b.factor <= high:
        low *= b.factor  # "entre 2 et 3 millions"
    elif a.plain and not b.plain and b.kind == "digits" and low * 1000 <= high <= low * 10_000:
        low *= 1000  # "10 à 15.000": the thousands apply to both ends
    nxt = next_word(art, b.last)
    counted = b.unit is not None or (nxt is not None and is_noun(art, nxt))
    if (dash or link in to) and scored:
        return SCORE
    if low >= high:
        if dash or (link in to and not counted and not before.endswith(tuple(lex.words("de")))):
            return SCORE
        return None
    if dash and not counted:
        return SCORE
    if link in lex.words("or") and (a.unit or len(between) != 1 or _listed_after(art, a)):
        return None  # "un, deux ou trois députés": alternatives, each a figure
    a.unit, a.unit_kind = a.unit or b.unit, a.unit_kind or b.unit_kind
    return Figure([a, b], a.start, b.end, None, low, high)


def _measured(art: Article, b: Atom) -> bool:
    """A pair whose second number has a symbol or a unit of money or measure after it is no score, whatever
    the verb before ("le titre perd 5 à 7 %", "il a perdu 3 à 4 kilos"): a score counts goals or sets."""
    if b.unit is not None:
        return True
    nxt = next_word(art, b.last)
    return nxt is not None and art.lex.unit_nouns.get(unit_lemma(art, nxt)) in ("money", "measure")


def _hundredths(art: Article, a: Atom, b: Atom) -> Figure | None:
    """A sum written with its hundredths after the currency, "2 euros 50", "3 euros et 50 centimes", "1 USD 23
    cents": one figure (2.5 euros), the name of the hundredths inside its span. Not "3 euros et 50 personnes",
    nor "15 euros 2 fois" (the hundredths are written with two digits or in words)."""
    doc, lex = art.doc, art.lex
    if a.kind not in ("digits", "words") or b.kind not in ("digits", "words") or a.factor != 1.0:
        return None
    if a.value % 1 or b.value % 1 or not 0 < b.value < 100 or b.factor != 1.0:
        return None
    if b.kind == "digits" and len(art.text[b.start : b.end].split()[0]) != 2:
        return None
    words = list(doc[a.last + 1 : b.first])
    currency = a.unit if a.unit_kind == "money" else None
    if currency is None and words and is_noun(art, words[0]):
        currency = unit_lemma(art, words[0])
        words = words[1:]
        if lex.unit_nouns.get(currency) != "money" or fold(doc[a.last + 1].text) in lex.words("hundredths"):
            return None
    if currency is None or [fold(t.text) for t in words] not in ([], ["et"]):
        return None
    end = b.end
    if b.unit is not None:
        written = fold(art.text[b.start : b.end].split()[-1])
        if b.unit_kind != "money" or written not in lex.words("hundredths"):
            return None
    else:
        nxt = doc[b.last + 1] if b.last + 1 < len(doc) else None
        if nxt is not None and fold(nxt.text) in lex.words("hundredths"):
            end = nxt.idx + len(nxt)  # "50 centimes"
        elif words or nxt is not None and (is_noun(art, nxt) or nxt.like_num):
            return None  # "3 euros et 50 personnes": a count of its own
    b.unit, b.unit_kind = currency, "money"
    value = a.value + b.value / 100
    return Figure([a, b], a.start, end, value, value, value)


SUBUNITS = (("subunit_hundredths", 2, 100), ("subunit_thousandths", 3, 1000))  # role, digits, parts in one


def _subunit(art: Article, a: Atom, b: Atom) -> Figure | None:
    """A measure written with its sub-unit after its symbol, "1 m 80", "1 kg 500", "3 kg 250": one figure (1.8
    m, 1.5 kg), when the digits after are as many as the sub-unit takes and nothing they would count follows
    them."""
    doc, lex = art.doc, art.lex
    if a.kind != "digits" or a.unit is None or a.factor != 1.0 or a.value % 1 or b.kind != "digits" or b.unit:
        return None
    if b.first != a.last + 1 or art.text[a.end : b.start] != " ":
        return None
    digits = art.text[b.start : b.end]
    symbol = art.text[a.start : a.end].split()[-1]
    for role, width, parts in SUBUNITS:
        if symbol in lex.words(role) and len(digits) == width and digits.isdigit():
            nxt = doc[b.last + 1] if b.last + 1 < len(doc) else None
            if nxt is not None and (is_noun(art, nxt) or nxt.like_num):
                return None  # "un bateau de 12 m 50 passagers"
            b.unit, b.unit_kind = a.unit, a.unit_kind
            value = a.value + int(digits) / parts
            return Figure([a, b], a.start, b.end, value, value, value)
    return None


def _listed_after(art: Article, a: Atom) -> bool:
    """Whether a number comes after another and a comma ("un, deux ou trois")."""
    doc = art.doc
    return a.first > 1 and doc[a.first - 1].text == "," and doc[a.first - 2].like_num


def _counts_own(art: Article, a: Atom, b: Atom) -> bool:
    """Whether a number without a unit symbol counts a noun right after it other than the unit of the number
    before ("4,8 % à 360,85 pence"; not "15 € à 20 euros")."""
    nxt = next_word(art, b.last)
    if nxt is None or nxt.i != b.last + 1 or not is_noun(art, nxt):
        return False
    return unit_lemma(art, nxt) != a.unit


def _spread(art: Article, a: Atom, b: Atom) -> Figure | None:
    """A value and its spread, "5,04 ± 2,5 l", "365 +/- 100": one figure, the value with its bounds (and the
    unit written after the spread)."""
    between = art.text[a.end : b.start].replace(" ", "").replace("\u00a0", "")
    if between not in art.lex.words("plus_minus") or a.factor != 1.0 or b.factor != 1.0:
        return None
    if a.kind not in ("digits", "words") or b.kind not in ("digits", "words") or not 0 < b.value <= a.value:
        return None
    a.unit, a.unit_kind = a.unit or b.unit, a.unit_kind or b.unit_kind
    return Figure([a, b], a.start, b.end, a.value, a.value - b.value, a.value + b.value)


def _share(art: Article, a: Atom, b: Atom) -> Figure | None:
    """A ratio, one figure whose value is the share: "un TGV sur trois" (1/3), "deux sur dix", "plus d'un
    patient sur 10 000", when the whole is a base (``is_base``). A whole that counts a set of its own keeps
    its count: "562 hommes sur 650", "cinq femmes sur vingt sièges", "une passe sur six tentées", "2 mètres
    sur 3 mètres"; nor is a time a ratio ("24 heures sur 24")."""
    doc, lex = art.doc, art.lex
    if a.kind not in ("digits", "words") or b.kind not in ("digits", "words"):
        return None
    if a.unit or b.unit or a.factor != 1.0 or b.factor != 1.0 or not is_base(a.value, b.value):
        return None
    between = doc[a.last + 1 : b.first]
    if not 1 <= len(between) <= 4 or fold(between[-1].text) not in lex.words("over"):
        return None
    words = between[:-1]
    if any(t.pos_ not in (*NOUNS, "ADJ") or not t.is_alpha for t in words):
        return None
    if words and (
        fold(words[0].text) in lex.time_after or lex.unit_nouns.get(words[0].lemma_.lower()) == "measure"
    ):
        return None  # "24 heures sur 24", "2 mètres sur 3"
    after = doc[b.last + 1] if b.last + 1 < len(doc) else None
    if after is not None and (after.pos_ in (*NOUNS, "ADJ", "NUM") or "Part" in after.morph.get("VerbForm")):
        if not _verb_read_as_noun(after, b):
            return None
    value = a.value / b.value
    return Figure([a, b], a.start, b.end, value, value, value, share=True)


def _verb_read_as_noun(tok: Token, whole: Atom) -> bool:
    """Whether the word after a whole of two or more, tagged a noun, is written without a plural's s, x or
    z, so that the whole cannot count it: the verb the tagger read as a noun ("un salarié sur deux fait du
    télétravail", "un Français sur quatre part en vacances"), not "cinq femmes sur vingt sièges"."""
    if whole.value < 2 or tok.pos_ != "NOUN" or not tok.is_lower or not tok.is_alpha:
        return False
    return not tok.lower_.endswith(("s", "x", "z"))


def is_base(part: float, whole: float) -> bool:
    """Whether a whole is a base that counts nothing of its own, so that "part sur whole" is one share: one in
    any number ("un sur 650"), or a part of at most ten, of twenty (a mark: "14 sur 20") or of a power of ten
    ("10 patients sur 100"); a part with decimals only of at most ten, twenty or a hundred (a mark or a
    rating: "4,2 sur 5"). "562 sur 650", "sept projets sur quatorze" count the whole: two figures."""
    if not 0 < part < whole or whole % 1:
        return False
    if part % 1:
        return whole <= 10 or whole in (20, 100)  # a mark or a rating: "4,2 sur 5", "15,5 sur 20"
    return part == 1 or whole <= 10 or whole == 20 or whole in BASES


def _from_to(art: Article, a: Atom) -> bool:
    """ "de X à Y" after a verb of change ("le solde passe de -1 à -0,8", "est tombé de 12 à 9")."""
    doc, lex = art.doc, art.lex
    i = a.first - 1
    if i < 1 or fold(doc[i].text) not in lex.words("de"):
        return False
    return any(t.lemma_.lower() in lex.words("from_to_verb") for t in doc[max(0, i - 2) : i])


def _juxtaposed(art: Article, a: Atom, b: Atom) -> Figure | None:
    """Two number words side by side are a range when the first is smaller than the second's head ("dix
    quinze mille" = 10 000 to 15 000, "deux trois jours" = 2 to 3)."""
    if fold(art.text[a.start : a.end]) in art.lex.words("vague_one"):
        return None  # "un deux-roues"
    words = fold(art.text[b.start : b.end]).replace("-", " ").split()
    factor = art.lex.multipliers.get(words[-1], 1.0) if len(words) > 1 else 1.0
    head = b.value / factor
    if not (a.value < head and head % 1 == 0 and a.value % 1 == 0) or a.value * factor >= b.value:
        return None
    return Figure([a, b], a.start, b.end, None, a.value * factor, b.value)
