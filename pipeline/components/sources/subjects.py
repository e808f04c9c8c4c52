"""Finding the subject of a reporting verb: the parse's subject, an inverted clitic ("dit-elle"), a subject
after the verb ("a indiqué le préfet"), the subject of the clause a participle depends on, or (where the
parse lost it) the noun phrase opening the clause."""

from __future__ import annotations

from spacy.tokens import Span, Token

from . import mentions
from .document import SUBJECTS, Article

CLAUSE_LINKS = {"conj", "advcl", "xcomp", "parataxis", "acl", "ccomp"}


def prepositional(c: Token) -> bool:
    """A phrase with its preposition, never a subject whatever its label ("a indiqué à l'AFP le
    porte-parole": "AFP" labelled nsubj)."""
    return any(g.dep_ == "case" for g in c.children)


def later_subjects(t: Token) -> list[Token]:
    """The subjects the parser hangs on ``t`` after it, a phrase with its preposition aside."""
    return [c for c in t.children if c.i > t.i and c.dep_ in SUBJECTS and not prepositional(c)]


def subject(art: Article, t: Token) -> Token | None:
    subj = None
    around = art.quote_around(t.i)
    for c in t.children:
        if art.quote_around(c.i) not in (None, around):  # the verb is outside the quotation
            continue
        if (
            c.dep_ in SUBJECTS
            and c.lower_ not in ("-t", "se")
            and not object_only(art, c)
            and not prepositional(c)
            and not any(g.dep_ == "cop" for g in c.children)  # "C'est un coup d'État, a rétorqué X"
        ):
            if subj is None or (subj.lower_.startswith("-") and not c.lower_.startswith("-")):
                subj = c
    if subj is None:
        subj = clitic_subject(art, t)
    if subj is not None and subj.morph.get("PronType") == ["Rel"]:
        antecedent = relative_antecedent(art, t)
        if antecedent is not None:
            return antecedent
    if subj is None:
        subj = misattached_subject(art, t) or detached_subject(art, t)
    return named_body(art, subj) if subj is not None else None


def named_body(art: Article, subj: Token) -> Token:
    """ "L'association Doubs Nature Environnement exige ...": the parser takes the last capitalised word of
    a body's name for the subject; the noun of the lexicon before the name is the head."""
    doc, i = art.doc, subj.i
    if not subj.text[:1].isupper() or subj.pos_ == "PRON":
        return subj
    while i > 0 and (doc[i - 1].text[:1].isupper() or doc[i - 1].text == "-"):
        i -= 1
    if i == subj.i or i == 0:  # no name before the subject, or nothing before the name
        return subj
    noun = doc[i - 1]
    if noun.pos_ != "NOUN" or art.sent_index(noun.i) != art.sent_index(subj.i):
        return subj
    kind = art.lex.nouns.get(noun.lemma_.lower())
    return noun if kind in ("organisation", "government", "media") else subj


def detached_subject(art: Article, t: Token) -> Token | None:
    """ "Moscou, de son côté, a fait valoir que ...": a subject set off from its verb by an adverbial
    between commas, which the parser leaves as a root of its own. The noun phrase opening the sentence up
    to a comma, then a short phrase without a verb up to a second comma, then the verb (its auxiliaries,
    adverbs and clitics before it)."""
    doc, sent = art.doc, art.sent_of(t.i)
    start = art.first_content_token(sent)
    commas = [j for j in range(start, t.i) if doc[j].text == ","]
    if len(commas) != 2:
        return None
    first, (c1, c2) = doc[start : commas[0]], commas
    if not len(first) or any(x.pos_ in ("VERB", "AUX", "ADP", "SCONJ") for x in first):
        return None
    # between the commas: a short phrase without a verb, or a participial or relative clause ("Le rapport,
    # remis mardi au ministre, estime que ...", "La start-up, qui vient de lever 4 millions, indique ...")
    opener = doc[c1 + 1]
    clause = "Part" in opener.morph.get("VerbForm") or opener.morph.get("PronType") == ["Rel"]
    if c2 - c1 > (20 if clause else 7):
        return None
    if not clause and any(x.pos_ in ("VERB", "AUX") for x in doc[c1 + 1 : c2]):
        return None
    if any(
        x.pos_ not in ("AUX", "ADV", "PRON", "VERB", "PART") or x.dep_ == "nsubj" for x in doc[c2 + 1 : t.i]
    ):
        return None
    head = mentions.np_head(art, start, sent)
    if head is None or head.i >= c1:
        return None
    if not (mentions.plausible_agent(art, head) or art.lex.nouns.get(head.lemma_.lower()) == "document"):
        return None
    return head


def object_only(art: Article, c: Token) -> bool:
    """An object clitic the parser took for a subject ("et m'a demandé si"): never a subject ("nous",
    "vous" and "lui" can be)."""
    return c.lower_ in art.lex.grammar.clitic_object and c.lower_ not in ("nous", "vous", "lui")


def relative_antecedent(art: Article, t: Token) -> Token | None:
    """What the relative clause of verb ``t`` (or the one it is coordinated to: "qu'il avait accompagné
    ..., et qui lui promettait ...") is about. fr_core_news_md often parses a relative clause set off by a
    comma as a ``ccomp`` of the main verb ("dédiée à Wharton, qu'il avait accompagné"): a clause opening on
    a relative pronoun right after "noun ," is taken as that noun's relative clause."""
    node = coordinated_to(art, t)
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    if node.dep_ == "acl:relcl" and node.head.pos_ not in ("VERB", "AUX"):  # not "a indiqué la CGT, qui"
        return node.head
    first = node.left_edge.i
    doc = art.doc
    if (
        node.dep_ == "ccomp"
        and doc[first].morph.get("PronType") == ["Rel"]
        and first >= 2
        and doc[first - 1].text == ","
        and doc[first - 2].pos_ in ("NOUN", "PROPN")
    ):
        return doc[first - 2]
    # otherwise a relative pronoun subject right after a noun, or "noun ,", stands for that noun, however
    # the parser attached its clause ("le président, Luc Stéfann, qui rappelle ...")
    rel = next(
        (c for c in t.children if c.dep_ in SUBJECTS and c.morph.get("PronType") == ["Rel"] and c.i < t.i),
        None,
    )
    if rel is not None:
        k = rel.i - 1
        if k >= 0 and doc[k].text == ",":
            k -= 1
        if k >= 0 and doc[k].pos_ in ("NOUN", "PROPN") and art.sent_index(k) == art.sent_index(rel.i):
            return doc[k]
    return None


def misattached_subject(art: Article, t: Token) -> Token | None:
    """fr_core_news_md often attaches a finite verb that has lost its subject to the last noun before it
    as an ``acl`` ("une proclamation diffusée après la bataille rapporte que": "rapporte" acl of
    "bataille"). A finite verb is no ``acl``: its subject is the noun heading the chain of modifiers."""
    if t.dep_ != "acl" or not ("Fin" in t.morph.get("VerbForm") or finite_by_ending(t)) or t.head.i > t.i:
        return None
    x = t.head
    for _ in range(8):
        if x.dep_ not in ("nmod", "obl", "obl:mod", "obl:arg", "acl", "amod") or x.head.i >= x.i:
            break
        x = x.head
    if x.pos_ not in ("NOUN", "PROPN") or art.quote_around(x.i) is not None:
        return None
    colons = [y.i for y in art.doc[x.i : t.i] if y.text == ":"]
    if colons:  # "Ebola : l'OMS avertit que ...": the subject follows the headline's topic
        after = mentions.np_head(art, colons[-1] + 1, art.sent_of(t.i))
        return after if after is not None and after.i < t.i else None
    return x


def relative_subject(art: Article, t: Token, antecedent: Token) -> Token | None:
    """The relative pronoun subject of a relative clause verb ("Romano Prodi, qui souhaiterait ..."), when
    ``antecedent`` is what it stands for."""
    found = relative_antecedent(art, t)
    if found is None or found.i != antecedent.i or main_after_relative(art, t):
        return None
    for v in (t, coordinated_to(art, t)):  # "qui s'en est pris à X et a accusé Y": the pronoun of both
        for c in v.children:
            if c.dep_ in SUBJECTS and c.morph.get("PronType") == ["Rel"] and c.i < v.i:
                return c
    return None


def bare_past_participle(t: Token) -> bool:
    """A past participle with no auxiliary ("estimé", "annoncés"): passive in meaning, it describes a noun;
    whoever speaks is its "par" agent, never the subject of the clause it hangs on."""
    morph = t.morph
    return (
        "Part" in morph.get("VerbForm")
        and "Past" in morph.get("Tense")
        and not any(c.dep_.startswith("aux") for c in t.children)
    )


def main_after_relative(art: Article, t: Token) -> bool:
    """ "Le maire, qui a refusé de commenter, a annoncé ...": the main verb after the comma closing a
    relative clause, which the parser coordinated to that clause's verb (no "et" between, and no other verb
    above the antecedent); its subject is the antecedent, not the pronoun."""
    if t.dep_ != "conj" or t.head.dep_ != "acl:relcl" or t.head.head.dep_ != "ROOT":
        return False
    if any(c.dep_ == "cc" and c.i < t.i for c in t.children):
        return False
    first = mentions.first_token(art, t)
    return first > 0 and art.doc[first - 1].text == ","


def quantity_head(art: Article, x: Token) -> Token:
    """The noun a "de" complement counts: "des centaines de manifestants" -> "centaines", "800 000 tonnes
    d'aide" -> "tonnes" (not "le cas de discours")."""
    while (
        x.dep_ == "nmod"
        and x.head.pos_ == "NOUN"
        and (
            x.head.lemma_.lower() in art.lex.grammar.quantity
            or any(c.dep_ == "nummod" for c in x.head.children)
        )
        and x.head.i < x.i
        and any(c.dep_ == "case" and c.lower_ in ("de", "d'", "d’") for c in x.children)
        and not any(c.dep_ == "det" for c in x.children)
    ):
        x = x.head
    return x


def cleft_focus(art: Article, head: Token) -> tuple[int, int] | None:
    """ "C'est l'autorité judiciaire elle-même qui reconnaît ...": the noun phrase a cleft sentence puts
    forward, between "c'est" or "ce sont" (an adverb may follow it) and "qui", is the speaker; its tokens."""
    doc = art.doc
    j = head.i - 1
    while j > head.i - 6 and j >= 1 and doc[j].pos_ in ("DET", "ADJ", "ADV", "NUM", "NOUN", "PROPN"):
        j -= 1
    if not (j >= 1 and doc[j].lemma_ == "être" and doc[j - 1].lower_ in ("c'", "c’", "ce")):
        return None
    start = j + 1
    while start < head.i and doc[start].pos_ == "ADV":
        start += 1  # "c'est bien le maire qui"
    end = next((k for k in range(head.i + 1, min(head.i + 8, len(doc))) if doc[k].lower_ == "qui"), None)
    return (start, end) if end is not None else None


def coordinated_to(art: Article, t: Token) -> Token:
    """The verb a coordinated verb goes with. fr_core_news_md often hangs the second verb of a relative
    clause on the main verb ("réclament le départ du président, qui s'en est pris à X et a accusé Y":
    "accusé" conj of "réclament"): when the words right before its "et" belong to a relative clause begun
    after the parse's head, the verb goes with that clause's verb."""
    if t.dep_ != "conj" or t.head.i >= t.i:
        return t.head if t.dep_ == "conj" else t
    cc = next((c for c in t.children if c.dep_ == "cc" and c.i < t.i), None)
    if cc is None or cc.i - 1 <= t.head.i:
        return t.head
    x = art.doc[cc.i - 1]
    for _ in range(12):
        if x.i <= t.head.i or x.head.i == x.i:
            break
        if x.dep_ == "acl:relcl" and x.pos_ in ("VERB", "AUX"):
            return x
        x = x.head
    return t.head


def clitic_subject(art: Article, t: Token) -> Token | None:
    """The inverted pronoun after the verb or its auxiliary: "dit-elle", "a-t-il précisé"."""
    doc = art.doc
    for v in [t] + [c for c in t.children if c.dep_.startswith("aux") and c.i < t.i]:
        j = v.i + 1
        if j < len(doc) and doc[j].lower_ == "-t":
            j += 1
        if (
            j < len(doc)
            and doc[j].lower_.lstrip("-") in art.lex.grammar.clitic_subject
            and doc[j].text.startswith("-")
        ):
            return doc[j]
    return None


def post_subject(art: Article, t: Token, finite: bool, closing: bool = True) -> Token | None:
    """Subject of an inverted verb: a clitic, a subject after the verb, or (parse errors) the noun
    phrase closing the clause right after a finite verb ("conseille la Poste.")."""
    clitic = clitic_subject(art, t)
    if clitic is not None:
        return clitic
    after = [c for c in later_subjects(t) if not c.lower_.startswith("-")]
    if after:
        return after[0]
    if not finite:
        return None
    doc, sent = art.doc, art.sent_of(t.i)
    skip = set()
    for c in t.children:  # "a répondu hier soir la ministre", "a indiqué le lendemain X"
        if c.i > t.i and (c.lemma_.lower() in art.lex.grammar.time or c.pos_ == "ADV"):
            # the parser often hangs the subject on the time word ("a indiqué jeudi la gendarmerie":
            # "gendarmerie" nmod of "jeudi", "a déclaré mardi soir le ministre": nmod of "soir"): a noun
            # after it is not skipped
            nouns = [
                g
                for g in c.subtree
                if g.i > c.i
                and g.dep_ == "nmod"
                and g.pos_ in ("NOUN", "PROPN")
                and g.lemma_.lower() not in art.lex.grammar.time  # "mardi soir"
            ]
            end = nouns[0].left_edge.i if nouns else c.right_edge.i + 1
            skip.update(range(c.left_edge.i, end))
    j = t.i + 1
    while j < sent.end and (doc[j].pos_ == "ADV" or j in skip or doc[j].text == ","):
        j += 1
    j = after_addressee(art, j, sent)
    head = mentions.np_head(art, j, sent) if j < sent.end else None
    if head is None:
        return None
    end = head.right_edge.i + 1
    closes = end >= sent.end or doc[end].text in (",", ".", "!", "?", ";", ":", ")")
    # "assurent ses concepteurs dans la revue X": a person, then where the words were said
    closes = closes or (mentions.opens_adjunct(art, end, sent) and mentions.animate(art, head))
    if closing and not closes and not mentions.plausible_agent(art, head):
        return None
    return head


def previous_sentence_subject(art: Article, i: int) -> Token | None:
    """The subject of the main verb of the sentence before token ``i``'s, when it lies in that sentence
    ("Le maire a dénoncé ... Et de demander ...": "Le maire")."""
    si = art.sent_index(i)
    if si == 0:
        return None
    prev = art.sents[si - 1]
    subj = subject(art, prev.root)
    return subj if subj is not None and prev.start <= subj.i < prev.end else None


def after_addressee(art: Article, j: int, sent: Span) -> int:
    """ "a déclaré à l'AFP la ministre du Travail", "a confié à ses proches le ministre": the phrase of whom
    the words were given to, or where they were written ("a écrit sur Telegram le gouverneur", "a affirmé
    dans un communiqué le ministère"), comes between an inverted verb and its subject; the subject starts
    after it (not after "de" or "par", whose phrase can be the subject's own)."""
    doc = art.doc
    if j >= sent.end or doc[j].pos_ != "ADP" or doc[j].lower_ in (*mentions.DE, "par"):
        return j
    head = mentions.np_head(art, j + 1, sent)
    if head is None:
        return j
    ent = art.ent_at(head.i)
    k = ent.end if ent is not None else head.i + 1
    while k < sent.end and doc[k].text == ",":
        k += 1
    nxt = mentions.np_head(art, k, sent) if k < sent.end else None
    return k if nxt is not None and mentions.animate(art, nxt) else j


def inherited_subject(art: Article, t: Token) -> Token | None:
    """Subject of the clause a participle or coordinated verb depends on: "le Kremlin a démenti ...,
    indiquant que" -> le Kremlin (a reporting verb above wins over nearer clauses)."""
    found, reporting = None, None
    node = t
    for _ in range(6):
        if node.dep_ not in CLAUSE_LINKS or node.head.i == node.i:
            break
        node = coordinated_to(art, node) if node.dep_ == "conj" else node.head
        subj = subject(art, node)
        if subj is not None:
            if found is None:
                found = subj
            if node.lemma_.lower() in art.lex.verbs and reporting is None:
                reporting = subj
    return reporting or found


def clause_subject(art: Article, x: Token) -> Token | None:
    """The subject of the verb whose clause holds ``x`` (a noun, an adverb): "Le maire a présenté le budget
    en soulignant" -> le maire, for a gerund the parser hung on "budget"."""
    node = x
    for _ in range(6):
        if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
            break
        node = node.head
    if node.pos_ not in ("VERB", "AUX"):
        return None
    return subject(art, node) or inherited_subject(art, node)


def main_subject(art: Article, t: Token, sent: Span, content: tuple[int, int]) -> Token | None:
    """Subject of the main clause a participial clause is set in ("Considérant que ..., le tribunal a
    condamné", "... en dénonçant ..."): the first subject after its content, else the last before it."""
    subjects = [
        x
        for x in sent
        if x.dep_ in ("nsubj", "nsubj:pass")
        and not content[0] <= x.idx < content[1]
        and art.quote_around(x.i) is None
        and x.pos_ in ("NOUN", "PROPN", "PRON")
    ]
    after = [x for x in subjects if x.idx >= content[1] and x.i > t.i]
    before = [x for x in subjects if x.i < t.i]
    if after:
        return after[0]
    return before[-1] if before else None


def surface_subject(art: Article, t: Token) -> Token | None:
    """The noun phrase opening the clause of a verb whose parse lost its subject ("Laurent Fabius se
    dit ...", "le général Kelche, chef d'état-major, l'a rappelé")."""
    doc, sent = art.doc, art.sent_of(t.i)
    j = mentions.first_token(art, t) - 1
    while j >= sent.start and (doc[j].lower_ in art.lex.grammar.clitic_object or doc[j].pos_ == "ADV"):
        j -= 1
    while j > sent.start and doc[j].pos_ == "ADJ" and doc[j - 1].pos_ in ("NOUN", "PROPN", "ADJ"):
        j -= 1  # "... de la FNEC FP Force Ouvrière ont appelé"
    if j > sent.start and doc[j].text == ",":  # an apposition set off by commas
        k = j - 1
        while k > sent.start and doc[k].text != "," and j - k < 12 and doc[k].pos_ not in ("VERB", "AUX"):
            k -= 1
        if k > sent.start and doc[k].text == ",":
            j = k - 1
    if j >= sent.start and doc[j].lower_ in art.lex.grammar.indefinite and art.quote_around(j) is None:
        return doc[j]  # "D'autres, cependant, soutiennent que" ("autres" read as an adjective)
    if j < sent.start or doc[j].pos_ not in ("PROPN", "NOUN") or art.quote_around(j) is not None:
        return None
    x = doc[j]
    while x.dep_ in ("flat:name", "flat", "fixed", "appos") and x.head.i < x.i:
        x = x.head
    k = x.i
    while k > sent.start and doc[k - 1].text not in (",", ":", ";", "«", "»", "(", ")"):
        k -= 1
    if any(y.pos_ in ("VERB", "AUX") for y in doc[k : x.i]):  # not the start of the clause
        return None
    # the head of the phrase opening the clause ("une dizaine de délégués de la FNEC ...": "dizaine")
    head = mentions.np_head(art, k, sent)
    return head if head is not None and k <= head.i < x.i and head.pos_ in ("NOUN", "PROPN") else x


AT_PLACE = (*mentions.A, "chez", "dans")  # "indique-t-on à la mairie, au ministère, chez Renault"


def aupres(art: Article, t: Token) -> tuple[Token, int] | None:
    """(head, first token) of who speaks for an anonymous "on": "a-t-on appris auprès de X" -> X;
    "indique-t-on à la poste", "a-t-on appris à la mairie", "précise-t-on chez Renault": the place named
    right after the inverted "on" and its verb (not a person: "au maire" would be told)."""
    for c in t.children:
        if c.dep_.startswith("obl") and any(g.lower_ == "auprès" for g in c.children):
            return c, c.left_edge.i + 1
    doc, sent = art.doc, art.sent_of(t.i)
    for j in range(t.i + 1, min(t.i + 6, sent.end - 2)):
        if doc[j].lower_ == "auprès" and doc[j + 1].lower_ in mentions.DE:
            head = mentions.np_head(art, j + 2 if doc[j + 1].lower_ in ("de", "d'", "d’") else j + 1, sent)
            return (head, head.left_edge.i + 1) if head is not None else None
    on = next(
        (j for j in range(max(t.i - 2, sent.start), min(t.i + 3, sent.end)) if doc[j].lower_ == "-on"), None
    )
    k = max(t.i, on or 0) + 1
    if on is None or k + 1 >= sent.end or doc[k].lower_ not in AT_PLACE:
        return None
    start = k + 1  # "au ministère" -> "ministère"
    head = mentions.np_head(art, start, sent)
    if head is None or head.pos_ not in ("NOUN", "PROPN") or head.lemma_.lower() in art.lex.grammar.time:
        return None
    if art.lex.nouns.get(head.lemma_.lower()) == "person" or any(c.dep_ == "nummod" for c in head.children):
        return None  # "au maire" is told; "à 10 heures" is when
    return head, start


def agrees(subj: Token, t: Token) -> bool:
    """A first or second person pronoun is not the subject of a verb in the third person ("ce que nous a
    promis l'opérateur": "nous" the object)."""
    person = subj.morph.get("Person")
    if subj.pos_ != "PRON" or not person or person[0] == "3":
        return True
    finite = next((c for c in t.children if c.dep_.startswith("aux") and c.i < t.i), t)
    return finite.morph.get("Person") in ([], person)


def is_finite(art: Article, t: Token) -> bool:
    forms = t.morph.get("VerbForm")
    if "Fin" in forms or finite_by_ending(t):
        return True
    return "Part" in forms and any(c.dep_.startswith("aux") and c.i < t.i for c in t.children)


# the finite endings of a first-group verb after its stem ("contest-e", "déclar-èrent"), and those written
# after a soft stem ("annon-ç-a", "jug-e-ait")
FIRST_GROUP_FINITE = (
    *("e", "es", "ent", "ez", "ait", "ais", "aient"),
    *("era", "eront", "erait", "eraient", "èrent"),
)
FIRST_GROUP_SOFT = ("a", "ons", "ait", "ais", "aient")
SECOND_GROUP_FINITE = ("it", "issent", "issait", "issaient", "irent", "ira", "iront", "irait", "iraient")


def finite_by_ending(t: Token) -> bool:
    """A finite form of a verb of the first or second group by its ending, which the tagger often reads as an
    infinitive or a participle ("demanda", "annonça", "jugea", "déclarèrent", "conteste", "avertit")."""
    lemma, form = t.lemma_.lower(), t.lower_
    if t.pos_ != "VERB":
        return False
    if lemma == form and form.endswith("e") and not form.endswith("re"):  # left as read (a participle)
        lemma = form + "r"
    if lemma.endswith("ir") and len(lemma) > 4:  # the second group: "avertit", "réagissent" (participle "-i")
        return any(form == lemma[:-2] + e for e in SECOND_GROUP_FINITE)
    if not lemma.endswith("er") or len(lemma) < 4:
        return False
    stem = lemma[:-2]
    soft = stem[:-1] + "ç" if stem.endswith("c") else stem + "e" if stem.endswith("g") else stem
    return any(form == stem + e for e in FIRST_GROUP_FINITE) or any(
        form == soft + e for e in FIRST_GROUP_SOFT
    )


def misread_present(art: Article, t: Token):
    """The cue verb (lexicon entry) of which ``t`` is a present form of the first or second group that the
    tagger read as a noun or an adjective ("Le ministre minimise : « ... »", "Un hydrologue tempère :",
    "Le ministre avertit : « ... »"), or None."""
    if t.pos_ not in ("NOUN", "ADJ", "PROPN"):
        return None
    form = t.lower_
    for ending in ("issent", "it"):  # the second group: "Le ministre avertit : « ... »"
        if form.endswith(ending) and form[: -len(ending)] + "ir" in art.lex.verbs:
            return art.lex.verbs[form[: -len(ending)] + "ir"]
    stem = form[:-3] if form.endswith("ent") else form[:-1] if form.endswith("e") else None
    if not stem:
        return None
    grave = stem.rfind("è")
    for lemma in (stem + "er", stem[:grave] + "é" + stem[grave + 1 :] + "er" if grave >= 0 else None):
        if lemma in art.lex.verbs:
            return art.lex.verbs[lemma]
    return None
