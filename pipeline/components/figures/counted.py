"""What a figure counts: the counted noun, read from the dependency parse and the words after the number,
written as a lower-case lemma ("25 000 travailleurs" -> travailleur, "2,5 millions d'euros" -> euro)."""

from __future__ import annotations

import re

from spacy.tokens import Token

from ..common.patterns import fold
from .article import Article
from .models import Figure

NOUNS = ("NOUN", "PROPN")
NOT_COUNTED = ("ADP", "SCONJ", "CCONJ", "DET", "PRON", "AUX", "PUNCT")  # words that name nothing
QUOTES = {"«": "»", "“": "”"}
QUOTED = 6  # tokens: how far before a figure's end the opening mark of a quoted figure may stand


def past_quote(art: Article, last: int) -> int:
    """The last token of a figure quoted from its source with its closing mark ("« plusieurs milliers » de
    disparus", "« plus de 200 000 » manifestants"): the noun follows the mark. ``last`` when the mark after
    the number closes no quotation opened just before it."""
    doc = art.doc
    if last + 1 >= len(doc) or doc[last + 1].text not in QUOTES.values():
        return last
    for tok in reversed(doc[max(0, last - QUOTED) : last]):
        if tok.text in QUOTES.values():
            return last
        if QUOTES.get(tok.text) == doc[last + 1].text:
            return last + 1
    return last


def next_word(art: Article, last: int) -> Token | None:
    """The token after a number, skipping one adjective before a noun ("trois derniers mois")."""
    doc = art.doc
    i = past_quote(art, last) + 1
    if i < len(doc) and doc[i].pos_ == "ADJ" and i + 1 < len(doc) and doc[i + 1].pos_ in NOUNS:
        if not doc[i].whitespace_ == "" and doc[i].lower_ not in art.lex.words("of"):
            i += 1
    return doc[i] if i < len(doc) else None


def noun_after_of(art: Article, last: int) -> Token | None:
    """The noun after "de" that a multiplier or vague noun counts: "2,5 millions d'euros" -> euros."""
    doc = art.doc
    i = past_quote(art, last) + 1
    if i < len(doc) and fold(doc[i].text) in art.lex.words("of"):
        i += 1
        first = doc[i] if i < len(doc) else None
        while i < len(doc) and doc[i].pos_ in ("ADJ", "DET") and i <= last + 3:
            i += 1
        if i < len(doc) and (doc[i].pos_ in NOUNS or doc[i].pos_ == "ADJ"):
            return doc[i]
        if first is not None and first.is_lower and first.pos_ in ("ADJ", "VERB") and _plural(first):
            return first  # an adjective or a participle used as a noun: "de civils tués", "de déplacés"
    return None


def counted_noun(art: Article, fig: Figure) -> Token | None:
    doc = art.doc
    last = fig.atoms[-1]
    if last.kind == "fraction":
        return whole_of_fraction(art, fig.last)
    if last.kind == "slash":
        return unit_of_fraction(art, fig.last)  # "3/4 des habitants": a share of a whole named elsewhere
    if fig.share:  # "un TGV sur trois": the noun of the part
        first = fig.atoms[0].last + 1
        return doc[first] if first < last.first - 1 else None
    if last.noun_head:
        noun = noun_after_of(art, fig.last)
        if noun is not None:
            return noun
    member = member_of_set(art, fig.last)
    if member is not None:
        return member  # "trois de ses compagnons", "50 de ces avaloirs"
    tokens = doc[last.first : last.last + 1]
    root = tokens.root
    head = root.head
    between = doc[fig.last + 1 : head.i]
    # the noun the number modifies, also when the tagger calls it a verb ("trois gros perdreaux")
    modified = (
        root.dep_ == "nummod"
        and head.is_alpha
        and head.is_lower
        and head.pos_ in ("VERB", "ADJ")
        and "Fin" not in head.morph.get("VerbForm")  # not "quatre autres suivirent"
    )
    if head.i > fig.last and (head.pos_ in NOUNS or modified) and len(between) <= 3:
        if all(t.pos_ in ("ADJ", "NUM") or t.text == "-" for t in between):
            return head
    nxt = next_word(art, fig.last)
    if nxt is not None and fold(nxt.text) in art.lex.words("skip_before_noun") and nxt.i + 1 < len(doc):
        after = doc[nxt.i + 1]
        if after.is_alpha and after.is_lower and after.pos_ not in NOT_COUNTED:
            return after  # "une seule passe" (often tagged a verb here), not "un seul pour"
    if nxt is not None and nxt.i > fig.last and is_noun(art, nxt):
        return nxt
    if nxt is not None and nxt.i == fig.last + 1 and fold(nxt.text) in art.lex.words("noun_after_number"):
        return nxt  # "10 000 pas par jour": steps, the tagger's negation
    if nxt is not None and nxt.i == fig.last + 1:
        if nxt.pos_ == "ADJ" and nxt.lower_[-1:] in ("s", "x") or nxt.lower_ in art.lex.one_nouns:
            return nxt  # a nominalised adjective or participle: "trois blessés", "zéro mort"
        if nxt.lower_ in art.lex.words("result_noun"):
            return nxt  # "un nul", the tagger's adjective
    return None


def member_of_set(art: Article, last: int) -> Token | None:
    """The noun of a set already named that a number takes part of: "trois de ses compagnons", also with the
    set's size and an adjective ("quatre de ses six derniers matchs")."""
    doc = art.doc
    i = last + 1
    if i + 2 < len(doc) and fold(doc[i].text) in art.lex.words("de"):
        if fold(doc[i + 1].text) in art.lex.words("set_determiner"):
            k = i + 2
            while k < min(len(doc) - 1, i + 4) and (doc[k].like_num or doc[k].pos_ == "ADJ"):
                k += 1
            if doc[k].pos_ in NOUNS:
                return doc[k]
    return None


def whole_of_fraction(art: Article, last: int) -> Token | None:
    """A fraction in words counts what it takes its share of when that is a set already named ("un tiers
    de ces policiers" -> policiers) or a unit ("un quart d'un milligramme"); a share of a whole population
    says no count ("deux tiers des Français"), nor one thing's part ("un quart de la longueur d'onde")."""
    member = member_of_set(art, last)
    if member is not None:
        return member
    noun = noun_after_of(art, last)
    if noun is not None and noun.pos_ in NOUNS and unit_lemma(art, noun) in art.lex.unit_nouns:
        return noun
    return None


def unit_of_fraction(art: Article, last: int) -> Token | None:
    """The unit a fraction in digits takes its part of, right after it or after "de" ("1/2 litre de lait",
    "3/4 de litre"); None for a share of a whole ("2/3 des acheteurs")."""
    doc = art.doc
    nxt = doc[last + 1] if last + 1 < len(doc) else None
    if nxt is None or nxt.pos_ not in NOUNS:
        nxt = noun_after_of(art, last)
    if nxt is not None and nxt.i <= last + 2 and art.lex.unit_nouns.get(unit_lemma(art, nxt)) == "measure":
        return nxt
    return None


def is_noun(art: Article, tok: Token) -> bool:
    """A noun, or a unit noun the tagger missed ("20 euro" at the end of a fragment)."""
    unit_nouns = art.lex.unit_nouns
    return tok.pos_ in NOUNS or tok.lemma_.lower() in unit_nouns or tok.lower_ in unit_nouns


def unit_lemma(art: Article, tok: Token) -> str:
    """The lemma of a counted noun, lower case: "travailleurs" -> travailleur, "sondés" -> sondé; a unit
    written without its accents is the lexicon's ("metres" -> mètre)."""
    lemma = _lemma(art, tok)
    return art.lex.unaccented_units.get(lemma, lemma)


VOWEL = re.compile(r"[aeiouyàâäéèêëîïôöùûü]")


def _lemma(art: Article, tok: Token) -> str:
    text = tok.lower_
    if text in art.lex.unit_lemmas:
        return art.lex.unit_lemmas[text]
    if tok.is_alpha and not tok.is_lower and VOWEL.search(text) is None:
        return text  # a symbol with a capital, which the lemmatizer would cut: "24 Mpx" -> mpx
    lemma = tok.lemma_.lower() or text
    if "-" in text:  # "années-lumière", "micro-pays" (the lemmatizer cuts its s)
        return "-".join(_singular(part) for part in text.split("-"))
    if lemma.endswith("if") and _singular(text) == lemma[:-2] + "ive":
        return lemma[:-2] + "ive"  # a noun of its own, not the adjective's lemma: "directives" -> directive
    if tok.pos_ == "PROPN" and text.endswith("s") and not text.endswith(("is", "us", "as", "os")):
        return text[:-1]  # "Vénézuéliens" -> vénézuélien (proper nouns keep their plural as lemma)
    if tok.pos_ in ("VERB", "AUX"):  # a participle tagged as a verb: "zéro mort", "trois tués", "perdreaux"
        return _singular(text) if text.endswith(("s", "eaux")) and len(text) > 3 else text
    if lemma.endswith("er") and re.search(r"ée?s?$", text):
        return re.sub(r"ée?s?$", "é", text)  # a participle used as a noun: "les sondés"
    return lemma


RELATIONAL = re.compile(r"(?:aire|ique|ier|ière|al|ale|aux|el|elle|il|ile)s?$")


def unit_phrase(art: Article, noun: Token) -> str:
    """What is counted, in one or more words: the noun's lemma, with the words that make one term with it:
    a known compound ("jeunes filles" -> jeune fille), a hyphenated part ("années-lumière"), a relational
    adjective ("ponts routiers" -> pont routier) or "de" and a singular noun ("chefs d'accusation")."""
    doc, lex = art.doc, art.lex
    base = unit_lemma(art, noun)
    prev = doc[noun.i - 1] if noun.i > 0 else None
    nxt = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    if prev is not None and prev.pos_ == "ADJ":
        pair = f"{_singular(prev.lower_)} {base}"
        if pair in lex.compound_units:
            return pair
    if nxt is None:
        return base
    if not noun.whitespace_ and nxt.text.startswith("-") and len(nxt.text) > 1:
        return f"{base}{nxt.lower_}"  # "années" "-lumière"
    if noun.whitespace_ == "" and nxt.text == "-" and noun.i + 2 < len(doc):
        part = doc[noun.i + 2].lower_
        return f"{base}-{_singular(part) if _plural(noun) else part}"  # "aides-éducateurs"
    written = _singular(nxt.lower_) if _plural(noun) else nxt.lower_  # "décisives": the lemma is "décisif"
    for pair in (f"{base} {unit_lemma(art, nxt)}", f"{base} {written}"):
        if pair in lex.compound_units:  # "Grands Prix", "passes décisives"
            return f"{base} {nxt.text}" if nxt.is_upper and len(nxt) > 1 else pair  # a currency's code: "CFA"
    start = noun.i + 1
    if nxt.text == "." and noun.is_alpha and len(noun) <= 2 and start + 1 < len(doc):
        start += 1  # an abbreviation's full stop: "2 c. à soupe"
    for size in (3, 2):
        words = " ".join([base] + [t.lower_ for t in doc[start : start + size]])
        if words in lex.compound_units:
            return words  # "gardien de la paix"
    if base in lex.unit_nouns:
        return base
    word = nxt.lower_
    # a relational adjective, not a qualitative one nor a rate's ("deux séances hebdomadaires": per week)
    relational = RELATIONAL.search(word) and word not in lex.words("not_relational") | set(lex.per_adjectives)
    if nxt.pos_ == "ADJ" and nxt.is_lower and relational:
        if "Part" not in nxt.morph.get("VerbForm"):
            return f"{base} {_singular(word) if _plural(noun) else word}"  # "ponts routiers"
    if word in lex.words("and") and noun.i + 2 < len(doc) and _plural(noun):
        n2 = doc[noun.i + 2]
        if n2.pos_ == "NOUN" and n2.is_lower and _plural(n2):
            return f"{base} {word} {unit_lemma(art, n2)}"  # "les 600 hommes et femmes"
    if base in lex.words("classifier"):
        return base
    if fold(nxt.text) in lex.words("de") and noun.i + 2 < len(doc):
        n2 = doc[noun.i + 2]
        qualifying = n2.lower_ in lex.words("qualifying_of")  # "hôtels de luxe": as an adjective
        if n2.pos_ == "NOUN" and n2.is_lower and "Plur" not in n2.morph.get("Number") and not n2.like_num:
            if qualifying:
                return base
            after = doc[noun.i + 3] if noun.i + 3 < len(doc) else None
            own = after is not None and _modifies(after, n2) and not (_plural(noun) and _plural(after))
            if after is None or not (fold(after.text) in lex.words("of") or after.pos_ == "ADJ" or own):
                of = fold(nxt.text)
                return f"{base} {of}{n2.lower_}" if of.endswith("'") else f"{base} {of} {n2.lower_}"
    return base


def _modifies(tok: Token, noun: Token) -> bool:
    """Whether ``tok`` qualifies ``noun`` as an adjective or a participle, whatever the tagger calls it
    ("coopération renforcée", "littérature enfantine" tagged a noun)."""
    if tok.head.i != noun.i or not tok.is_lower:
        return False
    return tok.dep_ == "amod" or tok.dep_ == "acl" and "Part" in tok.morph.get("VerbForm")


def _plural(tok: Token) -> bool:
    return "Plur" in tok.morph.get("Number") or tok.lower_[-1:] in ("s", "x")


# Words the same in both numbers ("pays", "prix", "fois", "bras"), by their ending or whole.
INVARIABLE = re.compile(r"(?:ays|ois|ix|[aiouè]s|sans|fonds|temps|corps|poids|fils|puits|taux|faux)$")


def _singular(word: str) -> str:
    if INVARIABLE.search(word):
        return word
    if word.endswith("eaux"):
        return word[:-1]  # "bateaux" -> bateau
    if word.endswith("aux"):
        return word[:-3] + "al"
    return word[:-1] if word.endswith(("s", "x")) and len(word) > 3 else word
