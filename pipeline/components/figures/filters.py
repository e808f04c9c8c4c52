"""What a number is not: part of a name or a reference (identifiers, addresses, postcodes, list markers),
a date (also a decade, "90's"), a clock time or a duration (the dates component's), a year, a rank, "un" as
an article, a day and month written as a fraction ("le 3/12"). A factor ("multiplié par trois") is kept, with
the unit "fois". Each test reads the number's neighbours in the text and the parse."""

from __future__ import annotations

import re

from spacy.tokens import Token

from ..common.patterns import fold
from .ages import is_age
from .article import Article, lower
from .counted import NOUNS, is_noun, next_word, noun_after_of, unit_lemma
from .lexicons import Lexicons
from .models import Atom, Figure

POSTCODE_AFTER = re.compile(r"\s+[A-ZÉÈ][\w-]+")  # "54000 Nancy", "75001 PARIS CEDEX"
LIST_MARKER_AFTER = re.compile(r"[.)]\s+[a-zà-ÿ]")
# A list marker before a capitalised name, in a numbered list ("Classement : 1. Marseille ; 2. Monaco").
NAME_MARKER_AFTER = re.compile(r"[.)]\s+[A-ZÀ-Ý]")
NUMBERED_REACH = 200  # characters on each side where the next or the previous marker of a list is looked for
LIST_MARKER_BEFORE = re.compile(r"(?:^|[\n:;,])\s*$")
# A lone letter after a number, not a unit nor a French word ("HIP 12961 b", "l'annexe 3 c").
CODE_LETTER_AFTER = re.compile(r"\s[b-gi-rt-xzB-Z](?![\w'’.])")
# A lone "x" between spaced numbers, the last before a symbol, is a times sign between dimensions ("140 x 70
# cm", "40 x 30 x 20 cm"); a product with nothing after ("3 x 5 = 15") is left out, its counted noun unread.
DIMENSIONS_AFTER = re.compile(r"(?:\s[xX×]\s\d+(?:[,.]\d+)?)+\s?(?P<symbol>[^\W\d_]+)")
# A part of a document numbered with dots after its head ("rubrique 4.3", "section 5.2.1"), not a measure.
SECTION_NUMBER = re.compile(r"[1-9]\d?(?:\.\d{1,2})+")
# A file name: digits before an extension ("12.JPG").
FILE_AFTER = re.compile(r"\.(?:jpe?g|png|gif|svg|pdf|tiff?|mp[34]|docx?)\b", re.IGNORECASE)
# A decade written the English way: "90's", "80’s".
DECADE_AFTER = re.compile(r"['’]s\b")
# A footnote call: digits alone in square brackets ("[3]", "[4][5]").
FOOTNOTE_BEFORE = re.compile(r"\[$")
# Inside parentheses before a number closing them: a name and a comma ("(Vita Orientis, 3)").
REFERENCE_INSIDE = re.compile(r"[A-ZÉÈ][^()\d]*,\s*")
# A number word capitalised inside a sentence and before a capitalised word is part of a name
# ("Les Cent Arpents", "les Trois Vallées").


GRAMMATICAL = ("ADP", "ADV", "DET", "CCONJ", "SCONJ")  # parts of speech of words that name nothing


def is_name_or_reference(art: Article, atom: Atom) -> bool:
    """Identifiers ("RN 57", "article 5", "n° 3", "France 2"), addresses, postcodes, list markers."""
    doc, lex, text = art.doc, art.lex, art.text
    prev = doc[atom.first - 1] if atom.first > 0 else None
    nxt = doc[atom.last + 1] if atom.last + 1 < len(doc) else None
    after = text[atom.end : atom.end + 40]
    before = text[max(0, atom.start - 40) : atom.start]
    digits = text[atom.start : atom.end]
    # "l'indice 0.8647" is a measure, "la rubrique 4.3" a reference
    whole = atom.value is None or atom.value % 1 == 0 or SECTION_NUMBER.fullmatch(digits) is not None
    headed = prev is not None and fold(prev.text) in lex.identifier_heads
    if headed and whole and atom.factor == 1.0 and not atom.noun_head and not _verb_of(art, prev, atom):
        return True  # "la porte 12", not "il porte deux plumes" nor "sur les routes 1,5 million de"
    if atom.first > 1 and fold(doc[atom.first - 2 : atom.first].text) in lex.identifier_heads:
        return True  # "bac + 5"
    if atom.kind == "words" and prev is not None and fold(prev.text) in lex.words("name_after_article"):
        if atom.first > 1 and fold(doc[atom.first - 2].text).endswith("'"):
            return True  # "l'entre deux guerres"
    if atom.kind == "words" and _in_set_phrase(art, atom):
        return True  # "aux quatre coins du monde", "à deux pas de la gare"
    if atom.kind == "words" and text[atom.start : atom.start + 1].isupper():
        tok = doc[atom.first]
        named = nxt is None or nxt.is_title or not is_noun(art, nxt)
        if not tok.is_sent_start and named and not _after_break(before):
            return True  # "Les Cent Arpents", "les Vingt-Sept"
    if atom.kind == "digits" and lex.street_after.match(after):
        return True
    if atom.kind == "digits" and after.startswith("]") and FOOTNOTE_BEFORE.search(before):
        return True  # "signé en secret [4][5]."
    if atom.kind == "digits" and FILE_AFTER.match(after):
        return True  # "Gare de Nancy 12.JPG"
    if atom.plain and digits.endswith("0") and DECADE_AFTER.match(after):
        return True  # "un décor 90's": a decade
    if atom.kind != "digits" or atom.unit or atom.factor != 1.0:
        return False
    if nxt is not None and fold(nxt.text) in lex.words("engine_code"):
        return True  # a displacement before its engine's code: "1.6 HDi", "2.0 TDI"
    if _named_by_noun(art, atom, prev, nxt):
        return True  # "la trisomie 21", "le carbone 14"
    if prev is not None and prev.whitespace_ and prev.is_alpha:
        # a noun after the number counts, unless it is capitalised like a model's suffix ("Boeing 737 MAX")
        counts = nxt is not None and is_noun(art, nxt) and not (nxt.is_upper and len(nxt) > 1)
        # a grammatical word opening a quotation, a parenthesis or a title names nothing: "« Entre 2 000 et"
        grammatical = prev.pos_ in GRAMMATICAL and _after_break(text[max(0, prev.idx - 40) : prev.idx])
        if not prev.is_sent_start:
            if prev.is_upper and len(prev) <= 6 or not prev.is_lower and not counts and not grammatical:
                return True  # "RN 57", "AMX 10", "Boeing 747", "France 2"
        elif prev.is_upper and len(prev) >= 2 and not counts:
            return True  # a code opening the sentence: "HIP 12961 b est"
        elif prev.pos_ == "PROPN" and not prev.is_lower and not (counts and _agrees(atom, nxt)):
            return True  # a name opening the sentence: "Windows 11 équipe", not "Smartphone 6 pouces"
    if CODE_LETTER_AFTER.match(after) and not _dimensions(lex, after):
        return True  # "HIP 12961 b", "l'annexe 3 c"
    if atom.plain and len(digits) == 5 and POSTCODE_AFTER.match(after):
        return True  # postcode
    if atom.plain and after.startswith(")"):
        opening = before.rfind("(")
        inside = before[opening + 1 :] if opening >= 0 and ")" not in before[opening:] else None
        if inside is not None and (not inside.strip() or REFERENCE_INSIDE.fullmatch(inside)):
            return True  # a department, a name, a reference: "Nancy (54)", "(4422) Jarre"
    if atom.plain and len(digits) == 1 and after[:1] == ")" and LIST_MARKER_BEFORE.search(before):
        return True  # "1) à la gare"
    if atom.plain and len(digits) <= 2 and LIST_MARKER_AFTER.match(after):
        if LIST_MARKER_BEFORE.search(before):
            return True  # list marker: ": 1. à la Teille, 2. au chêne"
    if atom.plain and len(digits) <= 2 and NAME_MARKER_AFTER.match(after):
        # a rank: "Classement : 1. Marseille, 52 pts ; 2. Monaco"
        return LIST_MARKER_BEFORE.search(before) is not None and _numbered_list(text, atom)
    return False


def _agrees(atom: Atom, noun: Token) -> bool:
    """Whether the noun after a number agrees with it as a counted noun does: plural after two or more
    ("Smartphone 6 pouces", "Comptez 2 litres"), singular after less ("Comptez 1 litre"), not a name's number
    before a verb the tagger calls a noun ("Windows 11 équipe")."""
    if atom.value is None:
        return False
    return ("Plur" in noun.morph.get("Number")) == (atom.value >= 2)


def _dimensions(lex: Lexicons, after: str) -> bool:
    """Whether the text after a number is a chain of dimensions ending in a symbol of ``units.tsv``."""
    m = DIMENSIONS_AFTER.match(after)
    return m is not None and m.group("symbol") in lex.units


def _numbered_list(text: str, atom: Atom) -> bool:
    """Whether the marker next in the list ("2." after "1.") or the one before it stands within reach, after a
    colon, a semicolon or a comma ("Bilan : 3. Les secours ..." is a count)."""
    n = int(atom.value)
    after = text[atom.end : atom.end + NUMBERED_REACH]
    before = text[max(0, atom.start - NUMBERED_REACH) : atom.start]
    marker = r"[\n:;,]\s*{}[.)]\s"
    if re.search(marker.format(n + 1), after) is not None:
        return True
    return n > 1 and re.search(marker.format(n - 1), before) is not None


def _after_plural_copula(art: Article, fig: Figure) -> bool:
    """ "ils étaient (déjà) neuf": a plural "être" just before, which the adjective would agree with."""
    doc = art.doc
    for tok in doc[max(0, fig.first - 3) : fig.first]:
        if tok.lemma_ in art.lex.words("copula") and "Plur" in tok.morph.get("Number"):
            return True
    return False


SET_PHRASE_REACH = 30  # characters on each side of a number word where a set phrase holding it is looked for


def _in_set_phrase(art: Article, atom: Atom) -> bool:
    start = max(0, atom.start - SET_PHRASE_REACH)
    window = art.lower_text[start : atom.end + SET_PHRASE_REACH]
    return any(
        m.start() + start <= atom.start and atom.end <= m.end() + start
        for m in art.lex.set_phrases.finditer(window)
    )


def _verb_of(art: Article, tok: Token, atom: Atom) -> bool:
    """Whether a word that heads identifiers as a noun is the finite verb of a count ("il porte deux
    plumes")."""
    if tok.pos_ not in ("VERB", "AUX") or "Fin" not in tok.morph.get("VerbForm"):
        return False
    nxt = next_word(art, atom.last)
    return nxt is not None and is_noun(art, nxt)


def _named_by_noun(art: Article, atom: Atom, prev: Token | None, nxt: Token | None) -> bool:
    """A whole number right after a singular noun and its definite article, with nothing counted after it,
    is part of that noun's name: "la trisomie 21", "le carbone 14", "la population 11"."""
    if prev is None or atom.first < 2 or prev.pos_ != "NOUN" or not prev.is_lower or not prev.whitespace_:
        return False
    if "Plur" in prev.morph.get("Number") or atom.value is None or atom.value % 1:
        return False
    if fold(art.doc[atom.first - 2].text) not in art.lex.words("definite"):
        return False
    if nxt is not None and _alternative_count(art, nxt):
        return False  # "J'ai lancé le programme 3 ou 4 fois"
    return nxt is None or not is_noun(art, nxt)


def _alternative_count(art: Article, link: Token) -> bool:
    """Whether "ou", "et" or "à" and a number that counts a noun follow: the number before is one end of an
    alternative or a range ("le chapitre 2 ou 3 fois", "le service 5 à 6 fois"), not a name's."""
    doc, lex = art.doc, art.lex
    if fold(link.text) not in lex.words("coordination") | lex.words("to") or link.i + 2 >= len(doc):
        return False
    return doc[link.i + 1].like_num and is_noun(art, doc[link.i + 2])


def _after_break(before: str) -> bool:
    """Whether the text before starts a sentence, a title or a quotation."""
    return not before.strip() or before.rstrip()[-1:] in '.!?:«"“(\n'


def spread_references(art: Article, atoms: list[Atom]) -> None:
    """Numbers listed with an identifier are identifiers ("les articles 166 et 167", "la départementale 531,
    puis 106"), and runs of small numbers are codes or phone numbers ("Apm 61 85 19-90", "au 6 20 30")."""
    text, links = art.text, art.lex.words("list_link")
    for prev, atom in zip(atoms, atoms[1:], strict=False):
        if prev.reference and atom.plain and not atom.in_date:
            between = fold(text[prev.end : atom.start]).strip(" ,")
            if not between and _counts_plural(art, atom):
                continue  # "Clio 3 5 portes": a count after the model's number
            if not between or between in links:
                atom.reference = True
    i = 0
    while i < len(atoms):
        j = i
        while j + 1 < len(atoms) and _small(atoms[j]) and _small(atoms[j + 1]):
            if text[atoms[j].end : atoms[j + 1].start] not in (" ", "\u00a0"):
                break
            j += 1
        end = j - 1 if j > i and _counts_plural(art, atoms[j]) else j  # "Clio 3 5 portes": the 5 counts
        for k in range(i, end + 1 if end > i else i):
            atoms[k].reference = True
        i = j + 1


def _counts_plural(art: Article, atom: Atom) -> bool:
    """Whether a number of two or more is followed by a plural noun it counts ("5 portes")."""
    doc = art.doc
    nxt = doc[atom.last + 1] if atom.last + 1 < len(doc) else None
    if nxt is None or atom.value is None or atom.value < 2 or not is_noun(art, nxt):
        return False
    return "Plur" in nxt.morph.get("Number")


def _small(atom: Atom) -> bool:
    return atom.kind == "digits" and atom.plain and atom.end - atom.start <= 3


def keep(art: Article, fig: Figure, kept: list[Figure]) -> bool:
    """Whether a figure (single number or range) counts something, from its neighbours in the text."""
    doc, lex = art.doc, art.lex
    first, last = fig.atoms[0], fig.atoms[-1]
    prev = doc[fig.first - 1] if fig.first > 0 else None
    nxt = next_word(art, fig.last)
    if prev is not None and fold(prev.text) in lex.time_before:
        return False  # "mars 2024", "18 h 30"
    if prev is not None and fold(prev.text) in lex.words("clock_before") and _clock_time(art, fig, nxt):
        return False  # "rendez-vous à 12.30"
    if prev is not None and fold(prev.text) in lex.weekdays and _day_number(art, fig, nxt):
        return False  # "lundi 3", but not "a réuni jeudi 1,2 million de personnes"
    if prev is not None and _year_cue(art, prev, len(fig.atoms)) and all(_early_year(a) for a in fig.atoms):
        if nxt is None or not is_noun(art, nxt):
            return False  # "vers 731", "dès 1990", "vers 786 à 790", "date de 860": a year
    if prev is not None and fold(prev.text) in lex.words("whose") and _part_of_duration(art, fig, prev, nxt):
        return False  # "quatre ans de prison, dont deux avec sursis": years too
    if prev is not None and prev.lower_ in lex.words("over") and fig.first > 2:
        if fold(doc[fig.first - 2].text) in lex.time_after and doc[fig.first - 3].like_num:
            return False  # "24 heures sur 24", "7 jours sur 7"
    shared = shared_unit(art, fig.last)
    if shared is not None:
        nxt = shared  # "âgés de 19 et 22 ans", "deux ou trois jours": the unit of the next number
        if _listed_duration(art, shared):
            return False  # "à chaque visite (6, 12, 24 et 36 mois)": durations, as the last one
    if nxt is not None and fold(nxt.text) in lex.time_after and not last.unit and not _hyphenated(art, nxt):
        if is_age(art, fig, nxt):
            lemma = nxt.lemma_.lower()
            fig.kind, fig.unit = "age", "an" if lemma in lex.words("year_lemma") else lemma
        else:
            return False  # "dix ans", "18 h", "3 mars": dates, times and durations
    if last.noun_head and not last.unit:
        noun = noun_after_of(art, fig.last)
        if noun is not None and fold(noun.text) in lex.time_after:
            if not is_age(art, fig, noun):
                return False
            fig.kind, fig.unit = "age", "an"
    pay = nxt is not None and fold(nxt.text) in lex.words("pay_after")  # "Je gagne 1800 net": a sum
    if all(is_year(art, a) for a in fig.atoms) and not pay:
        plural = nxt is not None and ("Plur" in nxt.morph.get("Number") or nxt.lower_[-1:] in ("s", "x"))
        if nxt is None or nxt.pos_ not in NOUNS or not plural or len(fig.atoms) > 1:
            return False  # a year ("la loi de 1901"), unless it counts something ("2000 personnes")
    if len(fig.atoms) == 1 and first.kind in ("digits", "words") and first.factor == 1.0:
        if prev is not None and fold(prev.text) in lex.words("singular_determiner") and first.value != 1:
            return False  # "le 10", "un deux roues", "la 2 CV"
    if first.kind == "words" and fold(art.text[first.start : first.end]) in lex.words("vague_one"):
        if fig.kind != "age" and not one_counts(art, fig, kept):  # "âgé d'un an" is an age
            return False
    if len(fig.atoms) == 1 and fold(art.text[first.start : first.end]) in lex.words("nine"):
        tok = doc[first.first]
        after_noun = prev is not None and prev.pos_ == "NOUN"
        if tok.pos_ != "NUM" and (nxt is None or nxt.pos_ not in NOUNS or after_noun):
            if not _after_plural_copula(art, fig):
                return False  # "un véhicule neuf", "à neuf"; not "ils étaient neuf"
    if len(fig.atoms) == 1 and first.kind == "fraction" and prev is not None and _third_party(art, fig, prev):
        return False  # "passer par un tiers": a person
    if first.kind == "fraction" and art.text[first.start : first.end].endswith(("ième", "ièmes")):
        after = doc[fig.last + 1] if fig.last + 1 < len(doc) else None
        if after is not None and after.pos_ in ("NOUN", "ADJ", "PROPN"):
            return False  # "un cinquième mandat": an ordinal, not a fifth
    if _factor(art, fig):
        fig.unit = FACTOR  # "multiplié par trois": three times as many
    if first.kind == "slash" and prev is not None and _day_month(art, fig, prev):
        return False  # "le 3/12"
    return True


FACTOR = "fois"
DURATION_REACH = 30  # characters from the end of a duration to the "dont" that takes a part of it


def _third_party(art: Article, fig: Figure, prev: Token) -> bool:
    """ "par un tiers", "cédé à un tiers", "l'accord d'un tiers": "un tiers" after a preposition or a noun's
    "de", taking a part of nothing after it, is a third party ("réduits d'un tiers", "à un tiers de sa
    valeur" are shares)."""
    doc, lex = art.doc, art.lex
    words = fold(art.text[fig.start : fig.end]).split()
    if len(words) != 2 or words[0] not in lex.words("vague_one"):
        return False
    if words[1] not in lex.words("third_party"):
        return False
    nxt = doc[fig.last + 1] if fig.last + 1 < len(doc) else None
    if nxt is not None and (fold(nxt.text) in lex.words("of") or fold(nxt.text) in lex.words("de")):
        return False
    word = fold(prev.text)
    if word in lex.words("party_before"):
        return True
    return word in lex.words("de") and prev.i > 0 and doc[prev.i - 1].pos_ == "NOUN"


def _year_cue(art: Article, prev: Token, n_atoms: int) -> bool:
    """ "vers", "dès" before a year or a range of years; "de" or "à" after a verb of dating ("date de 860",
    "remonte à 970"); "entre" a range after a verb of making or reigning ("bâtie entre 640 et 650")."""
    lex, doc = art.lex, art.doc
    word = fold(prev.text)
    if word in lex.words("year_before"):
        return n_atoms == 1 or word in lex.words("about_year")
    if word in lex.words("de") or word in lex.words("to"):
        verb = doc[prev.i - 1] if prev.i > 0 else None
        dating = lex.words("dating_verb")
        return n_atoms == 1 and verb is not None and (verb.lemma_.lower() in dating or verb.lower_ in dating)
    if word in lex.words("between") and n_atoms == 2:
        making = lex.words("making_verb")  # "construite entre 493 et 526", "a régné entre 786 et 790"
        return any(t.lemma_.lower() in making or t.lower_ in making for t in doc[max(0, prev.i - 2) : prev.i])
    return False


def _early_year(a: Atom) -> bool:
    return a.plain and 100 <= a.value <= 2100


def _part_of_duration(art: Article, fig: Figure, whose: Token, nxt: Token | None) -> bool:
    """ "condamné à quatre ans de prison, dont deux avec sursis", "30 mois, dont 6 fermes": after "dont", a
    number that counts nothing of its own is a part of the duration just before it."""
    if nxt is not None and nxt.i == fig.last + 1 and is_noun(art, nxt) and nxt.pos_ != "PROPN":
        if fold(nxt.text) not in art.lex.time_after:
            return False  # "12 blessés, dont 3 enfants"
    for span in reversed(art.doc.spans["dates"] if "dates" in art.doc.spans else []):
        if span.end_char <= whose.idx:
            between = art.text[span.end_char : whose.idx]
            return len(between) <= DURATION_REACH and "." not in between and span._.date["type"] == "DURATION"
    return False


def _factor(art: Article, fig: Figure) -> bool:
    """ "multiplié par trois", "divisés par plus de deux": the number is a factor."""
    before = lower(art.text[max(0, fig.start - 50) : fig.start])
    q = art.lex.qualifiers_before.search(before)
    return art.lex.factor_before.search(before[: q.start("q")] if q else before) is not None


def _day_month(art: Article, fig: Figure, prev: Token) -> bool:
    """ "au 3/12", "le 1/10": a day and a month after a singular determiner, not a share ("les 3/4")."""
    num, _, den = art.text[fig.start : fig.end].partition("/")
    if not den or fold(prev.text) not in art.lex.words("singular_determiner"):
        return False
    return num.isdigit() and den.isdigit() and 1 <= int(num) <= 31 and 1 <= int(den) <= 12


def _hyphenated(art: Article, tok: Token) -> bool:
    """Whether a word goes on with a hyphen into a compound ("années-lumière" is no span of years)."""
    doc = art.doc
    return not tok.whitespace_ and tok.i + 1 < len(doc) and doc[tok.i + 1].text.startswith("-")


CLOCK = re.compile(r"(?:[01]?\d|2[0-3])\.[0-5]\d")


def _clock_time(art: Article, fig: Figure, nxt: Token | None) -> bool:
    """ "12.30" after "à": hours and minutes written with a dot, when nothing is counted after them."""
    a = fig.atoms[0]
    if len(fig.atoms) > 1 or a.unit or not CLOCK.fullmatch(art.text[a.start : a.end]):
        return False
    return nxt is None or not is_noun(art, nxt)


def _day_number(art: Article, fig: Figure, nxt: Token | None) -> bool:
    """After a weekday, a day of the month: a whole number up to 31 that counts nothing ("lundi 3 mars")."""
    a = fig.atoms[0]
    if len(fig.atoms) > 1 or a.kind not in ("digits", "words") or a.factor != 1.0 or a.unit:
        return False
    if a.value is None or a.value % 1 or not 1 <= a.value <= 31:
        return False
    return nxt is None or not is_noun(art, nxt) or fold(nxt.text) in art.lex.time_after


def shared_unit(art: Article, last: int) -> Token | None:
    """The time word after "<n> et|ou <m>" or a list "<n>, <m> et <p>", when the figure is <n>: "19 et 22
    ans" -> ans, "à 6, 12, 24 et 36 mois" -> mois."""
    doc, lex = art.doc, art.lex
    links = lex.words("coordination") | lex.words("to")
    i = last + 1
    while i + 2 < len(doc) and doc[i].lower_ in links | {","} and doc[i + 1].like_num:
        word = doc[i + 2]
        if doc[i].lower_ in links and fold(word.text) in lex.time_after:
            return word
        i += 2  # "6, 12, 24 et 36 mois"
    return None


def _listed_duration(art: Article, unit: Token) -> bool:
    """Whether the time word a list of numbers shares is, with the last number, a duration news_dates read
    ("(6, 12, 24 et 36 mois)", "à 6 et 12 mois"): the numbers listed before it are durations too. Years are
    left to the age rule, whose cues before the list ("âgés de 8, 10 et 12 ans") news_dates does not see
    from the last number."""
    if unit.lemma_.lower() in art.lex.words("year_lemma") or fold(unit.text) in art.lex.words("year_lemma"):
        return False
    number = unit.nbor(-1)
    return art.in_date(number.idx, unit.idx + len(unit))


def is_year(art: Article, a: Atom) -> bool:
    return a.plain and len(art.text[a.start : a.end]) == 4 and 1000 <= a.value <= 2100


def one_counts(art: Article, fig: Figure, kept: list[Figure]) -> bool:
    """ "un"/"une" is a figure in "un seul", "un mort", "un ou deux", or beside another number
    ("trois petits-enfants et un arrière-petit-fils"); otherwise it is the article."""
    doc, lex = art.doc, art.lex
    if len(fig.atoms) > 1:
        return True
    i = fig.first
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    prev = doc[i - 1] if i > 0 else None
    after = doc[i + 2] if i + 2 < len(doc) else None
    if nxt is not None and nxt.pos_ == "NOUN" and after is not None and fold(after.text) in lex.words("over"):
        if i + 3 < len(doc) and doc[i + 3].like_num and fold(doc[i + 3].text) not in lex.words("vague_one"):
            return True  # "un enfant sur cinq", not "une grenade sur un véhicule"
    if nxt is not None and fold(nxt.text) in lex.words("one_alone"):
        return True
    if nxt is not None and fold(nxt.text) in lex.words("times") and _per_period(art, i + 2):
        return True  # "une fois par an", "une fois chaque semaine"; not "une fois arrivé"
    if nxt is not None and nxt.pos_ == "NOUN" and after is not None and fold(after.text) in lex.words("and"):
        if i + 3 < len(doc) and doc[i + 3].like_num and fold(doc[i + 3].text) not in lex.words("vague_one"):
            return True  # "une fille et deux garçons"
    if nxt is not None and fold(nxt.text) in lex.one_nouns:
        if prev is not None and fold(prev.text) in lex.words("de") and prev.i > 0:
            if fold(doc[prev.i - 1].text) in lex.fractions:
                return False  # "un dixième d'un milligramme": the whole of the fraction
        if _not_one(art, i):
            return False  # "n'a pas dépensé un euro": not a single one ("pas un seul" is one)
        return prev is None or fold(prev.text) not in lex.words("definite")
    if prev is None:
        return False
    if nxt is not None and _margin(art, prev, nxt):
        return True  # "devance Martin d'un but", "battu d'une voix"
    word = fold(prev.text)
    if word in lex.words("whose"):  # "trois blessés, dont une grièvement", "dont un grave" (tagged a noun)
        return nxt is None or nxt.pos_ not in NOUNS or fold(nxt.text) in lex.words("degree")
    if word in lex.words("only"):
        window = doc[max(0, i - 8) : i - 1]
        if any(fold(t.text) in lex.words("negation") for t in window):
            # "il n'a remporté qu'une victoire"; not "ce n'est qu'un début", "elles ne font qu'une"
            return not any(t.lemma_ in lex.words("copula") for t in window)
    q = lex.qualifiers_before.search(lower(art.text[max(0, fig.start - 40) : fig.start]))
    if q is not None and not q.group("q").endswith("à"):
        return True  # "plus d'un cran", "au moins un"; not "jusqu'à un accord"
    if word == "," and kept and nxt is not None and _listed_count(art, i, kept[-1]):
        return True  # "quatre victoires, un nul et deux défaites"
    if word in lex.words("coordination") and kept and nxt is not None:
        if nxt.pos_ not in ("NOUN", "ADJ") or not nxt.is_lower or kept[-1].kind != "count":
            return False
        if _takes_number(art, nxt.i):
            return False  # "et une somme de 600 livres": the article of a noun that takes the figure
        if _counted_before(art, nxt, kept):
            return True  # "2 fois le titre national et une fois la coupe"
        if any(t.is_punct for t in doc[kept[-1].last + 1 : prev.i]):
            return False  # "en 2 et 5 places, et une variante"
        return 0 <= prev.i - kept[-1].last <= 4 and kept[-1].value is not None
    return False


def _listed_count(art: Article, i: int, before: Figure) -> bool:
    """Whether "un"/"une" at token ``i``, after a comma, is one of a list of counts: the count before it
    has its noun right before the comma, "un" has a noun of its own, and a number follows it after "et" or a
    comma ("quatre victoires, un nul et deux défaites"; not "trois buts, un record", nor the parts of the
    count before, "deux ventouses, une ventrale et une buccale")."""
    doc, lex = art.doc, art.lex
    if before.kind != "count" or before.value is None or i - before.last != 3 or i + 3 >= len(doc):
        return False
    noun, link = doc[i + 1], fold(doc[i + 2].text)
    listed = (link in lex.words("and") or link == ",") and doc[i + 3].like_num
    own = noun.pos_ == "NOUN" or noun.lower_ in lex.words("result_noun") | lex.one_nouns
    return listed and noun.is_lower and own and doc[before.last + 1].pos_ in NOUNS


def _not_one(art: Article, i: int) -> bool:
    """Whether "un"/"une" at token ``i`` follows the "pas" of a negation, a verb between ("ne reculerons pas
    un mètre", "n'a pas dépensé un euro")."""
    doc, lex = art.doc, art.lex
    j = i - 1
    while j > i - 3 and j > 0 and doc[j].pos_ in ("VERB", "AUX"):
        j -= 1
    if j <= 0 or fold(doc[j].text) not in lex.words("not_one"):
        return False
    return any(fold(t.text) in lex.words("negation") for t in doc[max(0, j - 4) : j])


MARGIN_REACH = 5  # tokens before "de" where the verb of a win or a lead is looked for


def _margin(art: Article, prev: Token, nxt: Token) -> bool:
    """Whether "un"/"une" between ``prev`` and ``nxt`` is the margin of a win or a lead: "de" before it, a
    noun of points after it (not "d'un point de vue") and a verb of winning or leading before it in its
    clause."""
    doc, lex = art.doc, art.lex
    if fold(prev.text) not in lex.words("de") or nxt.lemma_.lower() not in lex.words("margin_noun"):
        return False
    if nxt.i + 1 < len(doc) and fold(doc[nxt.i + 1].text) in lex.words("de"):
        return False
    for tok in reversed(doc[max(0, prev.i - MARGIN_REACH) : prev.i]):
        if tok.is_punct:
            return False
        if tok.lemma_.lower() in lex.words("margin_verb"):
            return True
    return False


def _per_period(art: Article, i: int) -> bool:
    """Whether the words at ``i`` are "par" or "chaque" and a period or base of a rate ("par an")."""
    doc, lex = art.doc, art.lex
    if i + 1 >= len(doc) or fold(doc[i].text) not in lex.words("per"):
        return False
    period = doc[i + 1]
    return period.lemma_.lower() in lex.per_nouns or fold(period.text) in lex.per_nouns


def _counted_before(art: Article, noun: Token, kept: list[Figure]) -> bool:
    """Whether a figure before, in the sentence of ``noun``, counts the same noun ("3 buts ... et un but")."""
    start = noun.sent.start
    lemma = unit_lemma(art, noun)
    return any(f.first >= start and f.unit == lemma for f in reversed(kept[-4:]))


def _takes_number(art: Article, i: int) -> bool:
    """Whether the noun at ``i`` is followed by "de" and a number, also after a word that qualifies it ("une
    somme de 600 livres", "un tuyau souple de 2 m", "un câble HDMI de 2 m")."""
    doc = art.doc
    qualified = i + 3 < len(doc) and doc[i + 1].pos_ in ("ADJ", "PROPN")
    if qualified and fold(doc[i + 2].text) in art.lex.words("de"):
        i += 1
    return i + 2 < len(doc) and fold(doc[i + 1].text) in art.lex.words("de") and doc[i + 2].like_num
