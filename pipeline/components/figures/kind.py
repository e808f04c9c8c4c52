"""What a figure is: its unit (a symbol, or the counted noun as a lemma) and its kind (count, money,
percent, measure, age; a share such as "un TGV sur trois" or "3/4" is a percent), then its qualifier and
rate. A figure whose noun is left out takes the unit of the figure it answers ("310 voix contre 250", "15
morts et 53 autres", "trois blessés, dont une grièvement")."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from ..common.patterns import fold
from .article import Article
from .counted import (
    NOUNS,
    RELATIONAL,
    counted_noun,
    is_noun,
    next_word,
    noun_after_of,
    unit_lemma,
    unit_phrase,
)
from .models import Atom, Figure
from .qualifiers import qualify
from .rates import rate

PARTICIPLE = re.compile(r"ée?s?$")
INFLECTED = re.compile(r"(?:ier|el|al|aux|il)s?$")  # relational endings whose feminine is another form
PERCENT = "%"
TIMES = re.compile(r"\s[xX×]\s")  # a times sign between dimensions
SAMPLE_BEFORE = re.compile(r"(?:^|[\s(])[nN]\s?=\s?\d")  # "(n = 2078)", "(N=70)": a study group's size
NEXT_TO = 4  # tokens: a noun-less figure this close to one before counts the same ("120 candidats, seuls 15")
NEAR = 10  # tokens from the figure answered to the anaphoric one, in one sentence
MONEY_BACK, MONEY_REACH = 8, 150  # figures and tokens back where a bare "2 milliards" finds its money


def describe(art: Article, fig: Figure, kept: list[Figure]) -> None:
    lex = art.lex
    last = fig.atoms[-1]
    dimension = None if last.unit else _dimension_unit(art, fig)
    noun = None if last.unit or dimension else counted_noun(art, fig)
    if noun is not None and (_stands_for_noun(art, fig, noun) or _elided(art, fig, noun, kept)):
        noun = None  # "quatre autres", "trois samedi", "14 masculines": the counted noun is elsewhere
        anaphor = True
    else:
        anaphor = noun is None and _alone(art, fig)  # "il suffit de répondre à un seul": a noun said before
    qualify(art, fig, noun)
    if last.unit:
        fig.unit, kind = last.unit, last.unit_kind
    elif dimension:
        fig.unit, kind = dimension.unit, dimension.unit_kind  # "140 x 70 cm": 140 cm
    else:
        kind = None
        symbol = lex.units.get(noun.text.rstrip(".")) if noun is not None else None
        if fig.unit is None and symbol is not None:
            fig.unit, kind = symbol[0], symbol[1]  # "3 milliards de F"
        elif fig.unit is None and noun is not None:
            answered = _answered(art, fig, kept, lex.words("contrast")) if _participle(art, noun) else None
            answered = answered or _joined_participle(art, fig, noun, kept)
            if answered is not None:
                fig.unit, kind = answered.unit, answered.kind  # "une seule passe sur six tentées"
            else:
                fig.unit = unit_phrase(art, noun)
        elif fig.unit is None and fig.share:
            fig.unit = _subject_of_copula(art, fig)  # "les sondés sont trois sur quatre à s'y opposer"
        elif fig.unit is None and last.kind not in ("fraction", "slash"):
            fig.unit = (
                _scale_before(art, fig)
                or _by_dimension(art, fig, kept)
                or _threshold(art, fig, kept)
                or _shared_noun(art, fig)
                or _counted_by_subject(art, fig)
                or _in_number_of(art, fig)
                or _sample_size(art, fig)
                or _to_be(art, fig)
                or _subject_of_copula(art, fig)
                or _grouped_by(art, fig)
                or _noun_before_parenthesis(art, fig)
                or _put_before(art, fig)
                or _among_before(art, fig)
            )
            if fig.unit is None:
                fig.unit, kind = _antecedent(art, fig, kept, anaphor)
        if fig.unit is not None and kind is None:
            kind = lex.unit_nouns.get(fig.unit)
    if kind == "percent" and fig.unit == "point" and not about_percentages(art, fig):
        kind = "count"  # "42 points en 25 matches"
    if fig.share or last.kind in ("fraction", "slash"):
        kind = "percent"  # a share: "un TGV sur trois", "3/4", "deux tiers" (value as a fraction of 1)
    if fig.kind is None:
        fig.kind = kind or "count"
    _scale_part(art, fig, kept)
    fig.per = rate(art, fig, noun)


def _alone(art: Article, fig: Figure) -> bool:
    """ "un seul", "une seule" with no noun after ("Ces critères ... : il suffit de répondre à un seul pour
    que ...", "un seul a survécu"): it stands for a noun said before."""
    doc, lex = art.doc, art.lex
    k = fig.last + 1
    if k >= len(doc) or fold(doc[k].text) not in lex.words("one_alone"):
        return False
    return k + 1 >= len(doc) or doc[k + 1].pos_ not in (*NOUNS, "ADJ", "NUM")


def _dimension_unit(art: Article, fig: Figure) -> Atom | None:
    """The number after a times sign and, along the chain, the first with a symbol ("140 x 70 cm", "40 x 30 x
    20 cm"): the dimensions before it are in its unit."""
    pos = fig.end
    while (m := TIMES.match(art.text, pos)) is not None:
        following = art.atoms_by_start.get(m.end())
        if not following:
            return None
        if following[0].unit:
            return following[0]
        pos = following[0].end
    return None


def _stands_for_noun(art: Article, fig: Figure, tok: Token) -> bool:
    """ "autres", "principaux", a date word ("trois samedi"), an adverb ("dont quatre grièvement"), an
    adjective after "dont" ("12 accidents, dont 3 mortels") or a participle with its complement ("40 joueurs,
    dont 12 formés au club"): not what is counted."""
    lex, doc = art.lex, art.doc
    word = fold(tok.text)
    if word in lex.words("anaphor") or word in lex.weekdays or word in lex.words("degree"):
        return True  # "degree": "dont un grave", "et un grave" say how, of the noun before
    if tok.i == fig.last + 1 and tok.is_lower and word.endswith("ment") and (fig.value or 0) > 1:
        return True  # an adverb the tagger calls a noun ("dont quatre grièvement"): a noun would be "-ments"
    whose = fig.first > 0 and fold(doc[fig.first - 1].text) in lex.words("whose")
    adjective = tok.pos_ == "ADJ" or RELATIONAL.search(word) is not None and not _says_who(art, fig, tok)
    if whose and tok.i == fig.last + 1 and tok.i + 1 < len(doc) and _participle(art, tok):
        after = doc[tok.i + 1]  # "40 joueurs, dont 12 formés au club", "dont neuf sorties en singles"
        if after.pos_ == "ADP" and fold(after.text) not in lex.words("de"):
            return word not in lex.one_nouns
    return whose and adjective and word not in lex.one_nouns


def _says_who(art: Article, fig: Figure, tok: Token) -> bool:
    """A noun with the ending of an adjective after "dont N" ("mortels" is often tagged a noun) is a noun of
    its own when it cannot be the whole's adjective: its gender is not the whole's ("douze victimes, dont deux
    policiers"), or the whole counts persons, which it says who they were ("trente morts, dont douze
    militaires"; "30 avions, dont 12 militaires" stays the whole's)."""
    doc, lex = art.doc, art.lex
    if tok.pos_ != "NOUN":
        return False
    j = fig.first - 2
    if j >= 0 and doc[j].text == ",":
        j -= 1
    if j < 0 or doc[j].pos_ not in ("NOUN", "ADJ"):
        return False
    whole = doc[j]
    if unit_lemma(art, whole) in lex.words("persons"):
        return True
    genders = whole.morph.get("Gender"), tok.morph.get("Gender")
    inflected = INFLECTED.search(tok.lower_) is not None  # "militaires" is of both genders
    return inflected and all(genders) and genders[0] != genders[1]


def _elided(art: Article, fig: Figure, tok: Token, kept: list[Figure]) -> bool:
    """An adjective right after a number listed with another ("23 épreuves (14 masculines et 9 féminines)",
    "40 éoliennes : 25 terrestres et 15 marines"): the noun of the figure before is left out. The first of the
    list answers a figure before it; the next ones follow a number whose noun was left out too (the tagger may
    call their adjective a noun: "150 anciennes et 50 contemporaines"). Not a noun of its own ("trois blessés
    et deux morts", "200 nouvelles et 300 éoliennes")."""
    doc, lex = art.doc, art.lex
    if tok.i != fig.last + 1 or tok.pos_ not in ("ADJ", "NOUN") or not tok.is_lower:
        return False
    if unit_lemma(art, tok) in lex.one_nouns or tok.lower_ in lex.one_nouns | lex.words("result_noun"):
        return False
    links = lex.words("coordination")
    if fig.first > 0 and fold(doc[fig.first - 1].text) in links:
        prev = kept[-1] if kept else None
        return prev is not None and prev.last == fig.first - 3 and _elided_before(art, prev)
    after = doc[tok.i + 1 : tok.i + 3]
    if tok.pos_ != "ADJ" or not (len(after) == 2 and fold(after[0].text) in links and after[1].like_num):
        return False
    sent = _sentence(art, fig)
    before = _recent(kept, sent.start, fig.first)
    return bool(before) and fig.first - before[-1].last <= NEAR and before[-1].kind == "count"


def _scale_part(art: Article, fig: Figure, kept: list[Figure]) -> None:
    """ "16 millions de victimes, dont 8 en Éthiopie": a bare part after "dont", smaller than the number
    written with the whole's multiplier, is in that multiplier (8 million)."""
    doc, lex = art.doc, art.lex
    atom = fig.atoms[0]
    if len(fig.atoms) > 1 or atom.kind not in ("digits", "words") or atom.factor != 1.0 or atom.unit:
        return
    if fig.first == 0 or fold(doc[fig.first - 1].text) not in lex.words("whose") or not kept:
        return
    nxt = doc[fig.last + 1] if fig.last + 1 < len(doc) else None
    if nxt is not None and is_noun(art, nxt):
        return  # "dont 300 médecins"
    whole = kept[-1]
    last = whole.atoms[-1]
    if not last.noun_head or last.factor <= 1.0 or whole.value is None or fig.value is None:
        return
    sent_start = doc[fig.first].sent.start if doc.has_annotation("SENT_START") else 0
    if whole.first < sent_start or fig.first - whole.last > NEAR or fig.value >= whole.value / last.factor:
        return
    fig.value, fig.low, fig.high = (
        None if v is None else v * last.factor for v in (fig.value, fig.low, fig.high)
    )


def _elided_before(art: Article, fig: Figure) -> bool:
    """Whether a kept figure took its unit from before, its adjective right after it ("150 anciennes")."""
    doc = art.doc
    if fig.last + 1 >= len(doc):
        return False
    tok = doc[fig.last + 1]
    return tok.pos_ == "ADJ" and fig.unit is not None and fig.unit != unit_lemma(art, tok)


def _antecedent(
    art: Article, fig: Figure, kept: list[Figure], anaphor: bool
) -> tuple[str | None, str | None]:
    """The unit of the figure this one answers: the previous one in the sentence, close by ("310 voix contre
    250") or, for a multiplier ("3.000 milliards d'ici à dix ans"), the last amount of money; else, for
    "quatre autres", the subject noun before it."""
    doc, lex = art.doc, art.lex
    if any(fold(t.text) in lex.words("all_of") for t in doc[max(0, fig.first - 2) : fig.first]):
        return None, None  # "Tous deux sont arrêtés": the persons just named
    sent = _sentence(art, fig)
    before = _recent(kept, sent.start, fig.first)
    if before:
        prev = before[-1]
        between = {fold(t.text) for t in doc[prev.last + 1 : fig.first]}
        close = fig.first - prev.last <= NEAR
        linked = between & (lex.words("contrast") | lex.words("coordination") | lex.words("whose"))
        # "1,5 million de manifestants selon les syndicats, 700 000 selon la police": no verb between
        verbless = not any(t.pos_ in ("VERB", "AUX") for t in doc[prev.last + 1 : fig.first])
        same_source = _source_after(art, fig.last) and _source_after(art, prev.last)
        if prev.kind == "money" and between == lex.words("base") and fig.last + 1 < len(doc):
            if not is_noun(art, doc[fig.last + 1]):
                return None, None  # "120 € pour 2": what the price buys, not money
        if _part_after_whose(art, fig, prev) or same_source:
            return prev.unit, prev.kind  # "106 000 personnes ont manifesté ..., dont 8 000 à Paris"
        if close and (linked or anaphor or verbless) or fig.first - prev.last <= NEXT_TO:
            if prev.unit == PERCENT and _counts_a_whole(art, fig):
                # "9 % des patientes (92 sur 1 065)": patientes, not "%"
                noun = noun_after_of(art, prev.last) or _among_named_after(art, fig)
                return (unit_phrase(art, noun), None) if noun is not None else (None, None)
            return prev.unit, prev.kind
        if _bare_multiplier(art, fig):
            money = [k for k in before if k.kind == "money"]
            if money:
                return money[-1].unit, "money"
    if _among_them(art, fig):
        start = doc[sent.start - 1].sent.start if sent.start > 0 else 0
        counts = [k for k in _recent(kept, start, fig.first) if k.kind == "count"]
        if counts:
            return counts[-1].unit, "count"  # "6 d'entre eux", not "0,1 %"
        for tok in reversed(doc[start : fig.first]):
            if tok.pos_ == "NOUN" and tok.dep_.startswith("nsubj") and "Plur" in tok.morph.get("Number"):
                return unit_phrase(art, tok), None  # "Les habitants ... : une centaine d'entre eux"
        return None, None
    if _refers_back(art, fig):
        start = doc[sent.start - 1].sent.start if sent.start > 0 else 0
        earlier = _recent(kept, start, fig.first)
        if earlier:
            return earlier[-1].unit, earlier[-1].kind  # "il en manquait trois", "1.665.500 de plus"
    if _bare_multiplier(art, fig):
        for k in reversed(kept[-MONEY_BACK:]):
            if k.kind == "money" and fig.first - k.last <= MONEY_REACH:
                return k.unit, "money"  # "1,8 milliard d'euros ... La loi prévoyait 2 milliards."
    if anaphor:
        for tok in reversed(doc[sent.start : fig.first]):
            if tok.pos_ in NOUNS and tok.dep_.startswith("nsubj"):
                return unit_phrase(art, tok), None
    return None, None


def _scale_before(art: Article, fig: Figure) -> str | None:
    """A reading after the name of its scale counts that scale: "un séisme de magnitude 6,1", "d'une magnitude
    de 5,4"."""
    doc, lex = art.doc, art.lex
    i = fig.first - 1
    if i > 0 and fold(doc[i].text) in lex.words("de"):
        i -= 1
    if i >= 0 and doc[i].lower_ in lex.words("scale_before"):
        return doc[i].lower_
    return None


def _by_dimension(art: Article, fig: Figure, kept: list[Figure]) -> str | None:
    """A number before "de" and a dimension is a measure in the unit of the last measure before it in its
    sentence, however far ("25 mètres de long et 12 de large", "de « cent pieds de long », sur chaque face, et
    de « quinze de profondeur »")."""
    doc, lex = art.doc, art.lex
    k = fig.last + 1
    if k + 1 >= len(doc) or fold(doc[k].text) not in lex.words("de"):
        return None
    if doc[k + 1].lower_ not in lex.words("dimension"):
        return None
    sent = _sentence(art, fig)
    measures = [f for f in _recent(kept, sent.start, fig.first) if f.kind == "measure"]
    return measures[-1].unit if measures else None


def _threshold(art: Article, fig: Figure, kept: list[Figure]) -> str | None:
    """A number that names nothing after "la barre des", "le cap des", "le seuil de" counts what the last
    figure before it in its sentence counts, however far ("les 20 grands électeurs nécessaires pour dépasser
    la barre des 270")."""
    doc, lex = art.doc, art.lex
    if fig.first < 2 or fold(doc[fig.first - 1].text) not in lex.words("of"):
        return None
    if doc[fig.first - 2].lower_ not in lex.words("threshold"):
        return None
    sent = _sentence(art, fig)
    before = _recent(kept, sent.start, fig.first)
    return before[-1].unit if before else None


def _part_after_whose(art: Article, fig: Figure, prev: Figure) -> bool:
    """A bare number after "dont" (its qualifier between) is a part of the figure before it in the sentence,
    however long the clause between them ("quelque 106 000 personnes ont manifesté samedi dans toute la
    France, dont 8 000 à Paris"); not of a percentage."""
    doc, lex = art.doc, art.lex
    before = [fold(t.text) for t in doc[max(prev.last + 1, fig.first - 3) : fig.first]]
    return prev.unit != PERCENT and any(w in lex.words("whose") for w in before)


def _source_after(art: Article, last: int) -> bool:
    """Whether the source of the number ending at token ``last`` follows it: "52 selon la Croix-Rouge", "37
    morts, d'après un bilan" (its noun and a comma between)."""
    doc, lex = art.doc, art.lex
    i = last + 1
    if i < len(doc) and doc[i].pos_ in NOUNS:
        i += 1
    if i < len(doc) and doc[i].text == ",":
        i += 1
    words = [fold(t.text) for t in doc[i : i + 2]]
    cues = lex.words("according_to")
    return bool(words) and (words[0] in cues or "".join(words) in cues)


def _joined_participle(art: Article, fig: Figure, noun: Token, kept: list[Figure]) -> Figure | None:
    """A number and a feminine participle joined by "et" to a figure before it leave that figure's noun out
    ("2 500 personnes ont été tuées et plus de 6 000 blessées", "trente familles évacuées et douze relogées"),
    also past the part of it after "dont" ("18 personnes blessées, dont deux gendarmes, et 45 interpellées"),
    and so do "d'autres" and a participle of any gender ("quatre soldats tués et une dizaine d'autres
    blessés"); the figure the participle agrees with, or None."""
    doc, lex = art.doc, art.lex
    others = noun.i == fig.last + 3 and fold(doc[noun.i - 1].text) in lex.words("anaphor")
    others = others and fold(doc[fig.last + 1].text) in lex.words("de") and PARTICIPLE.search(noun.lower_)
    if not others and (noun.i != fig.last + 1 or not noun.lower_.endswith("ées")) or not kept:
        return None
    links = lex.words("coordination")
    if not any(fold(t.text) in links for t in doc[max(0, fig.first - 3) : fig.first]):
        return None
    sent = _sentence(art, fig)
    before = _recent(kept, sent.start, fig.first)
    if not before or fig.first - before[-1].last > NEAR and not others:
        return None  # "d'autres" takes up the noun of its sentence however far it stands
    while len(before) > 1 and _part_after_whose(art, before[-1], before[-2]):
        before.pop()  # "dont deux gendarmes": a part, not the whole the participle agrees with
    prev = before[-1]
    return prev if prev.kind == "count" and prev.unit != PERCENT else None


def _among_named_after(art: Article, fig: Figure) -> Token | None:
    """ "2,5% (96 des 3 862) chez les patients": the plural noun after "chez" or "parmi" later in the
    sentence, which a count and its whole after a percentage without a noun are taken among."""
    doc, lex = art.doc, art.lex
    end = doc[fig.first].sent.end if doc.has_annotation("SENT_START") else len(doc)
    for tok in doc[fig.last + 1 : end - 1]:
        if fold(tok.text) in lex.words("among"):
            k = tok.i + 1
            if k < end and doc[k].pos_ == "DET":
                k += 1
            noun = doc[k] if k < end else None
            if noun is not None and noun.pos_ == "NOUN" and "Plur" in noun.morph.get("Number"):
                return noun
            return None
    return None


def _counts_a_whole(art: Article, fig: Figure) -> bool:
    """ "92 sur 1 065", "96 des 3 862" (either number): a count and its whole, no percentage, whatever comes
    before them."""
    doc, lex = art.doc, art.lex
    links = lex.words("over") | lex.words("of")
    i, j = fig.last + 1, fig.first - 1
    if i + 1 < len(doc) and doc[i + 1].like_num and fold(doc[i].text) in links:
        return True
    return j > 0 and doc[j - 1].like_num and fold(doc[j].text) in links


def _sentence(art: Article, fig: Figure) -> Span:
    """The sentence of the figure's first token (the whole Doc when it has no sentences)."""
    doc = art.doc
    return doc[fig.first].sent if doc.has_annotation("SENT_START") else doc[:]


def _recent(kept: list[Figure], start: int, end: int) -> list[Figure]:
    """The figures kept with a unit between tokens ``start`` and ``end``, in text order, ages left out (a
    number after "âgés de 28 à 37 ans" counts the persons); read from the end of ``kept`` so that the cost
    stays that of one sentence, whatever the article's length."""
    found = []
    for k in reversed(kept):
        if k.first < start:
            break
        if k.last < end and k.unit is not None and k.kind != "age":  # an age counts no one: "dont deux"
            found.append(k)
    return found[::-1]


def _among_them(art: Article, fig: Figure) -> bool:
    """ "6 d'entre eux", "3 d'entre elles": a part of a set counted before."""
    doc, lex = art.doc, art.lex
    after = [fold(t.text) for t in doc[fig.last + 1 : fig.last + 3]]
    return len(after) == 2 and after[0] in lex.words("de") and after[1] in lex.words("between")


def _refers_back(art: Article, fig: Figure) -> bool:
    """A number whose noun was said before: "il en manquait trois", "ils étaient 8 500", "1.665.500 de
    plus", a number its verb follows, its pronouns between or not ("4612 ont été traités", "20 s'y sont
    opposés")."""
    doc, lex = art.doc, art.lex
    before = [fold(t.text) for t in doc[max(0, fig.first - 4) : fig.first]]
    if lex.words("clitic") & set(before[1:]) or any(w in lex.words("subject_pronoun") for w in before[-3:]):
        return True
    if before[-2:-1] and before[-2] in lex.words("the_one") and before[-1] in lex.words("de"):
        further = [fold(t.text) for t in doc[max(0, fig.first - 5) : fig.first - 2]]
        if lex.words("clitic") & set(further):
            return True  # "il m'en faudrait une de 8", "j'en ai commandé un de 27"
    if fig.atoms[-1].kind == "vague":
        return True  # "Le parc compte 300 éoliennes. Une vingtaine sont en panne."
    k = fig.last + 1
    while k < min(len(doc), fig.last + 4) and fold(doc[k].text) in lex.words("verb_clitic"):
        k += 1  # "20 s'y sont opposés", "douze l'ont refusé"
    nxt = doc[k] if k < len(doc) else None
    if nxt is not None and nxt.pos_ in ("AUX", "VERB") and "Fin" in nxt.morph.get("VerbForm"):
        return True  # the number is the subject: "13 819 patients ; 4612 ont été traités"
    after = [fold(t.text) for t in doc[fig.last + 1 : fig.last + 3]]
    return len(after) == 2 and after[0] in lex.words("de") and after[1] in lex.words("more_or_less")


def _participle(art: Article, tok: Token) -> bool:
    """ "tentés", "tentées": a past participle, whatever the tagger calls it."""
    if tok.pos_ in ("VERB", "AUX") or "Part" in tok.morph.get("VerbForm"):
        return True
    if tok.lower_ in art.lex.one_nouns:
        return False  # "blessés" is a count of its own
    return tok.pos_ in ("ADJ", "NOUN") and PARTICIPLE.search(tok.lower_) is not None


def _answered(art: Article, fig: Figure, kept: list[Figure], links) -> Figure | None:
    """The figure just before, in the sentence, joined to this one by one of ``links``."""
    doc = art.doc
    if not kept or kept[-1].unit is None or not 0 < fig.first - kept[-1].last <= NEAR:
        return None
    prev = kept[-1]
    if doc.has_annotation("SENT_START") and doc[prev.last].sent.start != doc[fig.first].sent.start:
        return None
    between = {fold(t.text) for t in doc[prev.last + 1 : fig.first]}
    return prev if between & links else None


def _shared_noun(art: Article, fig: Figure) -> str | None:
    """The noun of the next number, when this one is listed with it: "en 2 et 5 places", "deux des cinq
    représentants légaux", "une Union de 18, 20 ou 25 membres", "huit puis sept membres", the part of a base
    ("1 pour 100 patients")."""
    doc, lex = art.doc, art.lex
    then = lex.words("then")
    links = lex.words("coordination") | lex.words("of") | lex.words("to") | then
    i, first = fig.last + 1, True
    if i + 2 < len(doc) and doc[i].text == "," and fold(doc[i + 1].text) in then | lex.words("coordination"):
        i += 1  # "300, puis 250 ouvriers", "12, et 7 points"
    elif _one_and_the_other(art, fig):
        i += 3  # "l'une de 32 et l'autre de 14 acides aminés": from "de" on, as "32 et 14 acides aminés"
    while i + 1 < len(doc) and doc[i + 1].like_num:
        word = fold(doc[i].text)
        if word not in links and not (word == "," or first and word in lex.words("base")):
            return None
        if word in lex.words("base") and fold(doc[i + 1].text) in lex.words("the_one"):
            return None  # "Nous étions huit pour un mariage": an article, a purpose, no base
        atoms = art.atoms_at(doc[i + 1].idx)
        last = max((a.last for a in atoms), default=i + 1)
        goes_on = last + 2 < len(doc) and doc[last + 2].like_num and fold(doc[last + 1].text) in links | {","}
        if word == "," and not goes_on:
            return None  # "ces 530 millions, 50 %": no list, a new phrase
        if goes_on:
            i, first = last + 1, False  # a list goes on: "18, 20, 25 et 27 membres"
            continue
        unit = next((a.unit for a in atoms if a.unit), None)
        if unit is not None:
            return unit  # "tombé de 12 à 9 €"
        nxt = next_word(art, last)
        return unit_phrase(art, nxt) if nxt is not None and nxt.pos_ in NOUNS else None
    return None


def _one_and_the_other(art: Article, fig: Figure) -> bool:
    """ "l'un de N et l'autre de M X": the two parts of a pair, each with its number ("deux séquences, l'une
    de 32 et l'autre de 14 acides aminés")."""
    doc, lex = art.doc, art.lex
    i = fig.last + 1
    if fig.first < 2 or i + 4 >= len(doc) or fold(doc[fig.first - 2].text) not in lex.words("the_one"):
        return False
    words = [fold(t.text) for t in doc[i : i + 4]]
    return (
        fold(doc[fig.first - 1].text) in lex.words("de")
        and words[0] in lex.words("and")
        and words[1] in lex.words("definite")
        and words[2] in lex.words("the_other")
        and words[3] in lex.words("de")
    )


def _counted_by_subject(art: Article, fig: Figure) -> str | None:
    """ "Le nombre total de fiches était d'environ 19 000", "le nombre de morts s'élève à 42": a number
    that names nothing counts the noun after "nombre de" before it in its sentence, also after its adjectives
    ("le nombre de nouveaux cas pourrait atteindre 5 000")."""
    doc, lex = art.doc, art.lex
    sent = _sentence(art, fig)
    for tok in doc[max(sent.start, fig.first - 12) : fig.first]:
        if tok.lemma_.lower() not in lex.words("count_noun"):
            continue
        k = tok.i + 1
        while k < fig.first and doc[k].pos_ == "ADJ":
            k += 1  # "le nombre total de"
        if k + 1 < fig.first and fold(doc[k].text) in lex.words("of"):
            n = k + 1
            while n < min(fig.first - 1, k + 3) and doc[n].pos_ == "ADJ" and doc[n].is_lower:
                n += 1  # "le nombre de nouveaux cas"
            if doc[n].pos_ == "NOUN" and not any(t.like_num for t in doc[n + 1 : fig.first]):
                return unit_phrase(art, doc[n])
    return _count_noun_after(art, fig)


def _count_noun_after(art: Article, fig: Figure) -> str | None:
    """ "portant à onze le nombre de militaires morts", "porte à 17 le total des victimes": the count noun,
    with its article, right after the number ("porter à N le nombre de X" puts the number first)."""
    doc, lex = art.doc, art.lex
    k = fig.last + 1
    if k + 3 >= len(doc) or doc[k].pos_ != "DET" or doc[k + 1].lemma_.lower() not in lex.words("count_noun"):
        return None
    k += 2
    while k < len(doc) and doc[k].pos_ == "ADJ":
        k += 1  # "le nombre total de"
    if k + 1 < len(doc) and fold(doc[k].text) in lex.words("of") and doc[k + 1].pos_ in ("NOUN", "ADJ"):
        return unit_phrase(art, doc[k + 1])  # after "nombre de", a noun: "militaires" is tagged an adjective
    return None


def _in_number_of(art: Article, fig: Figure) -> str | None:
    """ "Les victimes, au nombre de douze, ...", "les otages sont au nombre de trois": "au nombre de" and a
    number that names nothing count the noun it is said of: the noun before the comma, else the subject of the
    verb before."""
    doc = art.doc
    i = fig.first - 3
    if i < 1 or " ".join(fold(t.text) for t in doc[i : fig.first]) not in art.lex.words("number_of"):
        return None
    before = doc[i - 1]
    if before.text == ",":
        for tok in reversed(doc[max(0, i - 5) : i - 1]):
            if tok.pos_ in NOUNS and tok.lower_[-1:] in ("s", "x"):
                return unit_phrase(art, tok)
            if tok.pos_ not in ("ADJ", "NOUN", "PROPN", "DET") and "Part" not in tok.morph.get("VerbForm"):
                return None  # "les candidats retenus, au nombre de huit": through the participle
        return None
    if before.pos_ in ("VERB", "AUX"):
        verb = before if before.dep_ != "cop" else before.head
        subject = next((t for t in verb.children if t.dep_.startswith("nsubj")), None)
        if subject is None and before.head is not before:
            subject = next((t for t in before.head.children if t.dep_.startswith("nsubj")), None)
        if subject is not None and subject.pos_ == "NOUN":
            return unit_phrase(art, subject)
    return None


def _put_before(art: Article, fig: Figure) -> str | None:
    """ "Des migrants, la Hongrie en a enregistré plus de 200 000", "Des candidats, il n'en reste que
    trois": a noun put before the clause with "de" and a comma, which "en" takes up before the number, is what
    it counts."""
    doc, lex = art.doc, art.lex
    sent = _sentence(art, fig)
    words = doc[sent.start : fig.first]
    if len(words) < 4 or fold(words[0].text) not in lex.words("of"):
        return None
    comma = next((t.i for t in words if t.text == ","), None)
    if comma is None or not any(fold(t.text) in lex.words("clitic") for t in doc[comma + 1 : fig.first]):
        return None
    noun = next((t for t in doc[sent.start + 1 : comma] if t.pos_ == "NOUN"), None)
    if noun is None or "Plur" not in noun.morph.get("Number"):
        return None  # "Du côté des syndicats, on en attend 5 000": no set put before
    return unit_phrase(art, noun)


def _among_before(art: Article, fig: Figure) -> str | None:
    """ "Parmi les passagers, douze étaient français": a number that names nothing after "parmi" and a plural
    noun, closed by a comma, counts that noun."""
    doc, lex = art.doc, art.lex
    sent = _sentence(art, fig)
    if fig.first < 2 or doc[fig.first - 1].text != ",":
        return None
    for tok in doc[sent.start : fig.first - 1]:
        opens = tok.i == sent.start or doc[tok.i - 1].text == ","  # the phrase stands apart
        if opens and fold(tok.text) in lex.words("among"):
            k = tok.i + 1
            if k < fig.first and doc[k].pos_ == "DET":
                k += 1
            noun = doc[k] if k < fig.first else None
            if noun is not None and noun.pos_ == "NOUN" and "Plur" in noun.morph.get("Number"):
                return unit_phrase(art, noun)
    return None


def _sample_size(art: Article, fig: Figure) -> str | None:
    """ "traitées par placebo (N=70)", "avant la randomisation (n = 2078)": the size of a study's group counts
    the plural noun named last before it in its sentence."""
    doc = art.doc
    if not SAMPLE_BEFORE.search(art.text[max(0, fig.start - 6) : fig.start + 2]):
        return None
    sent = _sentence(art, fig)
    for tok in reversed(doc[max(sent.start, fig.first - 25) : fig.first]):
        plural = tok.lower_[-1:] in ("s", "x")
        if tok.pos_ == "NOUN" and tok.is_lower and plural and not _participle(art, tok):
            return unit_phrase(art, tok)  # not "vaccinés", which the tagger may call a noun
    return None


def _to_be(art: Article, fig: Figure) -> str | None:
    """ "Nous sommes trois à être salariés", "elles étaient cinq à être élues": a number that names nothing,
    then "à être" and a plural noun or participle, counts what they are."""
    doc, lex, i = art.doc, art.lex, fig.last + 1
    if i + 2 >= len(doc) or fold(doc[i].text) not in lex.words("to") or doc[i + 1].lemma_ != "être":
        return None  # "être" only: "faire", the other copula, is no state
    noun = doc[i + 2]
    plural = noun.is_lower and noun.is_alpha and noun.lower_[-1:] in ("s", "x")
    return unit_lemma(art, noun) if plural and noun.pos_ in ("NOUN", "ADJ", "VERB") else None


def _subject_of_copula(art: Article, fig: Figure) -> str | None:
    """ "Les manifestants étaient 3 000 à défiler", "les sondés sont trois sur quatre à s'y opposer": a number
    that names nothing between "être" and "à" and an infinitive counts the plural noun the verb is said of."""
    doc, lex = art.doc, art.lex
    i = fig.last + 1
    if i + 1 >= len(doc) or fold(doc[i].text) not in lex.words("to"):
        return None
    verb = next((t for t in doc[i + 1 : i + 4] if t.pos_ in ("VERB", "AUX")), None)
    if verb is None or "Inf" not in verb.morph.get("VerbForm") or verb.lemma_ == "être":
        return None  # "à être" is _to_be's
    j = fig.first - 1
    while j > 0 and doc[j].pos_ == "ADV":
        j -= 1  # "ils étaient déjà 300 à"
    if j < 1 or doc[j].lemma_ != "être" or doc[j].pos_ not in ("AUX", "VERB"):
        return None
    subject = doc[j - 1]
    plural = subject.is_lower and subject.lower_[-1:] in ("s", "x")
    return unit_phrase(art, subject) if plural and subject.pos_ == "NOUN" else None


def _grouped_by(art: Article, fig: Figure) -> str | None:
    """ "des aiguilles regroupées par trois", "les élèves travaillent par deux": "par" and a number that names
    nothing, right after a verb, count in groups what the verb is said of: the noun it qualifies, else its
    subject."""
    doc = art.doc
    if fig.first < 2 or fold(doc[fig.first - 1].text) not in art.lex.words("group_by"):
        return None
    verb = doc[fig.first - 2]
    if verb.pos_ != "VERB":
        return None
    before = doc[verb.i - 1] if verb.i > 0 else None
    if verb.dep_ in ("acl", "amod"):
        noun = before if before is not None and before.pos_ == "NOUN" and before.is_lower else verb.head
    else:
        noun = next((t for t in verb.children if t.dep_.startswith("nsubj")), None)
    return unit_phrase(art, noun) if noun is not None and noun.pos_ == "NOUN" else None


def _noun_before_parenthesis(art: Article, fig: Figure) -> str | None:
    """ "une série de billes (entre 3 et 6 généralement)", "les candidats retenus (douze au total)": a number
    that names nothing, alone in a parenthesis (but a qualifier or an adverb), counts the plural noun before
    it; not "(150 par an)", "(5 à prélever sur un compte)"."""
    doc, lex = art.doc, art.lex
    tail = doc[fig.last + 1 : fig.last + 4]
    close = next((t.i for t in tail if t.text == ")"), None)
    if close is None:
        return None
    inside = doc[fig.last + 1 : close]
    if any(t.pos_ in ("VERB", "AUX") or fold(t.text) in lex.words("per") for t in inside):
        return None
    i = fig.first - 1
    while i >= 0 and fig.first - i <= 2 and doc[i].is_alpha and doc[i].is_lower:
        i -= 1  # "(entre", "(environ"
    if i < 1 or doc[i].text != "(":
        return None
    j = i - 1
    while j > 0 and i - j <= 2 and doc[j].is_lower and (doc[j].pos_ == "ADJ" or _participle(art, doc[j])):
        j -= 1  # "les communes voisines", "les candidats retenus"
    noun = doc[j]
    if noun.pos_ != "NOUN" or not noun.is_lower or "Plur" not in noun.morph.get("Number"):
        return None
    return unit_phrase(art, noun)


def _bare_multiplier(art: Article, fig: Figure) -> bool:
    """A number written with its multiplier and no noun ("2 milliards", "3.000 milliards d'ici à dix ans"): an
    amount of the money named before it, in its sentence or, failing that, in the sentences before."""
    last = fig.atoms[-1]
    return last.noun_head and last.factor != 1.0 or _is_multiplier(art, fig)


def _is_multiplier(art: Article, fig: Figure) -> bool:
    words = fold(art.text[fig.start : fig.end]).split()
    return len(words) > 1 and words[-1] in art.lex.noun_multipliers


def about_percentages(art: Article, fig: Figure) -> bool:
    """Points are percentage points for decimals ("0,3 point"), in a sentence about percentages, or after
    a word of change ("en baisse de 9 points"); not in sports ("42 points en 25 matches")."""
    doc = art.doc
    sent = _sentence(art, fig)
    sent_text = sent.text
    if (fig.value or 0) % 1 != 0 or "%" in sent_text:
        return True
    if any(phrase in sent_text for phrase in art.lex.words("percent_phrase")):
        return True
    return any(t.lemma_.lower() in art.lex.change_words for t in doc[max(0, fig.first - 4) : fig.first])
