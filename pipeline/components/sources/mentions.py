"""Extents: where a source mention (a noun phrase) starts and ends, and which heads can be sources; where a
verb's cue starts and ends ("a-t-il précisé", "confirmée par")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from .document import EDGE_PUNCT, Article

AGENT_SUFFIXES = ("iste", "ant", "ante", "eur", "euse", "ien", "ienne", "aire", "ier", "ière")
MAX_MENTION = 30  # tokens: a longer subtree is cut after its head


CLAUSE_DEPS = ("obl", "nsubj", "obj", "iobj", "advmod", "dislocated", "vocative")

DE = ("de", "du", "des", "d'", "d’")  # "de" and its contractions, both apostrophes
A = ("à", "au", "aux")  # "à" and its contractions


def np_head(art: Article, i: int, sent: Span) -> Token | None:
    """Head of the noun phrase starting at token ``i``."""
    doc = art.doc
    if i >= sent.end:
        return None
    t = doc[i]
    while t.pos_ != "PRON":
        h = t.head
        if h.i <= i - 1 or h.i == t.i or h.i >= sent.end or h.i > t.i + 12:
            break
        if h.pos_ in ("VERB", "AUX") or h.is_punct:
            break
        if t.pos_ in ("NOUN", "PROPN") and t.dep_.split(":")[0] in CLAUSE_DEPS:
            break  # "Pour l'orateur, la citoyenneté est une arme": the phrase hangs on the predicate noun
        t = h
    if t.pos_ in ("NOUN", "PROPN", "PRON", "X") or t.ent_type_:
        return t
    return None


def np_extent(art: Article, head: Token, start: int, sent: Span) -> tuple[int, int, str | None]:
    """Token range [start, end) of the mention headed by ``head`` (its subtree, from ``start``, without
    relay participles), and the relay they name."""
    doc = art.doc
    if head.lower_ in art.lex.grammar.indefinite:  # "D'autres, cependant, ...": the pronoun and its "de"
        left = min([c.i for c in head.children if c.dep_ == "det" and c.i < head.i] + [head.i])
        right = max([c.right_edge.i for c in head.children if c.dep_ == "nmod" and c.i > head.i] + [head.i])
        return max(left, start, sent.start), min(right + 1, sent.end), None
    if head.pos_ == "PRON":
        if any(c.dep_ in ("det", "nmod") for c in head.children):  # "l'un d'eux", "certains d'entre eux"
            return max(head.left_edge.i, start, sent.start), min(head.right_edge.i + 1, sent.end), None
        return head.i, demonstrative_suffix(art, head.i + 1, sent), None
    relay = None
    stop = head.right_edge.i + 1
    for c in head.children:
        if c.i > head.i and c.dep_ == "acl" and art.lex.is_relay(c):
            agent = par_agent(art, c)
            if agent is not None:
                relay = subtree_text(art, agent)
                stop = min(stop, c.left_edge.i)
    # "a déclaré la ministre devant les députés": where or when the words were said, however attached
    for c in head.children:
        if c.i > head.i and c.dep_ in ("nmod", "advmod") and circumstance(art, c):
            stop = min(stop, c.left_edge.i)
    # a clause or an adjective set off by a comma is not the mention: "La maire, qui a annoncé 40 logements,
    # dénonce ...", "Le préfet, interrogé par nos soins, a indiqué ...", "son homologue, beaucoup plus amer,"
    for c in head.children:
        if c.i > head.i and c.dep_ in ("acl:relcl", "acl", "amod") and doc[c.left_edge.i - 1].text == ",":
            stop = min(stop, c.left_edge.i - 1)
    # a comma then a number opens the next clause ("Selon les pompiers, 45 sapeurs-pompiers ..."),
    # however the parser attached it
    for i in range(head.i + 1, min(stop, len(doc) - 1)):
        if doc[i].text == "," and (doc[i + 1].like_num or doc[i + 1].pos_ == "NUM"):
            stop = i
            break
    start = max(start, head.left_edge.i, sent.start)
    end = min(stop, sent.end)
    # "Le président russe Vladimir Poutine a déclaré": the parser makes the name two more subjects
    while (
        end < sent.end
        and head.dep_.startswith("nsubj")
        and doc[end].pos_ == "PROPN"
        and doc[end].dep_ == head.dep_
        and doc[end].head == head.head
    ):
        end = doc[end].right_edge.i + 1
    # a finite verb with no relative pronoun or conjunction before it is the next clause's, however the
    # parser (or the entity recogniser) attached it ("un rapport publié par la Cour des comptes pointe")
    verb_cut = sent.end
    for i in range(head.i + 1, end):
        x = doc[i]
        if x.morph.get("PronType") == ["Rel"] or x.pos_ == "SCONJ" or art.quote_around(i) is not None:
            break
        if x.pos_ in ("VERB", "AUX") and "Fin" in x.morph.get("VerbForm") and x.is_lower:  # not "Pous"
            verb_cut = end = i
            break
    # a quotation opening after the head with a verb in it ends the phrase ("l'Otan «qui considère ...")
    for q in art.quotes_opening_in(head.i + 1, end):
        if q.open_tok < end and any(x.pos_ in ("VERB", "AUX") for x in doc[q.open_tok : q.close_tok]):
            end = q.open_tok
    if end - start > MAX_MENTION:
        end = head.i + 1
        while end < sent.end and not doc[end].is_punct and end - head.i < 8:
            end += 1
    if head.ent_iob_ in ("B", "I"):  # the whole name ("Sophie Lenoir" parsed as two subjects)
        ent = art.ent_at(head.i)
        if ent is not None:
            start, end = min(start, ent.start), max(end, min(ent.end, sent.end, verb_cut))
    # a name the tokenizer cut at a hyphen starts with its first part ("Météo-France", "Saint-Étienne")
    while (
        start > sent.start
        and not doc[start - 1].whitespace_
        and doc[start - 1].is_alpha
        and doc[start].text.startswith("-")
    ):
        start -= 1
    # a name the parser cut before the head ("Le New | York Times rapporte": "York" the subject): the
    # capitalised proper nouns right before it, and their article, belong to the mention (not a medium
    # before a name: "a déclaré à l'AFP Christian Pous")
    if head.pos_ in ("PROPN", "X") and start == head.i:
        first = start
        while first > sent.start and doc[first - 1].pos_ in ("PROPN", "X") and doc[first - 1].is_title:
            first -= 1
        if sent.start < first < head.i and doc[first - 1].pos_ == "DET":
            first -= 1
        if first == sent.start or doc[first - 1].pos_ != "ADP":
            start = first
    end = final_apposition(art, demonstrative_suffix(art, end, sent), sent)
    if end - 2 > head.i and doc[end - 1].lower_ in art.lex.grammar.opinion and doc[end - 2].text == ",":
        end -= 2  # "Les grévistes, eux, réclament": the stressed pronoun repeats the subject
    while end > head.i + 1 and (
        doc[end - 1].text in EDGE_PUNCT or doc[end - 1].morph.get("PronType") == ["Rel"]
    ):
        if doc[end - 1].text == ")" and "(" in doc[start : end - 1].text:
            break
        end -= 1
    return start, end, relay


def demonstrative_suffix(art: Article, end: int, sent: Span) -> int:
    """ "Celui-ci", "celle-là": the end of a mention past the "-ci" the tokenizer cut off (as "-ci" or as
    "-", "ci")."""
    doc = art.doc
    if end >= sent.end or doc[end - 1].whitespace_:
        return end
    if doc[end].lower_ in ("-ci", "-là"):
        return end + 1
    if (
        doc[end].text == "-"
        and end + 1 < sent.end
        and not doc[end].whitespace_
        and doc[end + 1].lower_ in ("ci", "là")
    ):
        return end + 2
    return end


def circumstance(art: Article, c: Token) -> bool:
    """``c`` heads a phrase opened by a preposition of circumstance ("devant les députés", "lors d'un point
    presse", "à l'issue de la réunion")."""
    words = art.doc[c.left_edge.i : c.i + 1].text.lower()
    return any(
        words == w or words.startswith(w + " ") or words.startswith(w) and w[-1] in "'’"
        for w in art.lex.grammar.circumstance
    )


def opens_adjunct(art: Article, i: int, sent: Span) -> bool:
    """A prepositional phrase starts at ``i``: "dans sa chronique", "lors d'un point presse" ("lors" is
    tagged an adverb)."""
    doc = art.doc
    return i < sent.end and (
        doc[i].pos_ == "ADP" or (doc[i].pos_ == "ADV" and i + 1 < sent.end and doc[i + 1].pos_ == "ADP")
    )


def final_apposition(art: Article, end: int, sent: Span) -> int:
    """ ", Jean Roussel." or ", boulanger." closing the sentence after a mention belongs to it."""
    doc = art.doc
    if end >= sent.end or doc[end].text != "," or opens_adjunct(art, end + 1, sent):
        return end  # ", lors d'un point presse.": where the words were said, not who said them
    j = end + 1
    while j < sent.end and not doc[j].is_punct and j - end <= 8:
        if doc[j].pos_ in ("VERB", "AUX") or art.quote_around(j) is not None:
            return end
        j += 1
    rest = [x for x in doc[j : sent.end] if not x.is_space]
    if j > end + 1 and all(x.text in (".", "!", "?", "»") for x in rest):
        return j
    # "le préfet du Doubs, Jean Martin, ...": a name set off by commas
    if end + 1 < j < sent.end and doc[j].text == "," and all(x.ent_type_ == "PER" for x in doc[end + 1 : j]):
        return j
    return end


def after_case(art: Article, t: Token) -> int:
    """First token of a noun phrase after its preposition ("par la chaîne" -> "la")."""
    start = t.left_edge.i
    while (
        start < t.i and art.doc[start].dep_ in ("case", "fixed") and art.doc[start].head.i in (t.i, start - 1)
    ):
        start += 1
    return start


def subtree_text(art: Article, t: Token) -> str | None:
    """The name a relay phrase gives ("par l'AFP" -> "AFP"), else the phrase without its preposition."""
    r = art.chars(after_case(art, t), t.right_edge.i + 1)
    if r is None:
        return None
    ent = art.ent_at(t.i) if t.ent_iob_ in ("B", "I") else None
    if ent is not None and ent.end_char > r[1]:  # "par France Bleu" with "Bleu" hung elsewhere
        r = (r[0], ent.end_char)
    for m in art.lex.names_re.finditer(art.text, r[0], r[1]):
        return m.group(1)
    for e in art.ents_from_char(r[0]):
        if e.start_char >= r[1]:
            break
        if e.end_char <= r[1]:
            return e.text
    return art.text[r[0] : r[1]]


def reported_by(art: Article, head: Token) -> tuple[Token | None, str | None] | None:
    """For "des informations révélées par X, relayées par Y": (X, "Y"). A document a medium published
    speaks itself, the medium relays it: "cette note, publiée par Le Monde" gives (None, "Le Monde")."""
    source, relay = None, None
    document = art.lex.nouns.get(head.lemma_.lower()) == "document"
    for c in head.children:
        if c.dep_ != "acl" or c.pos_ != "VERB":
            continue
        agent = par_agent(art, c)
        if agent is None:
            continue
        lemma = c.lemma_.lower()
        if source is None and relay is None and document and lemma in art.lex.grammar.publish:
            name = subtree_text(art, agent)
            if name is not None and medium(art, agent, name):
                relay = name
                continue
        if source is None and (lemma in art.lex.verbs or lemma in art.lex.grammar.publish):
            source = agent
        elif (source is not None or relay is not None) and art.lex.is_relay(c):
            relay = subtree_text(art, agent)
    return (source, relay) if source is not None or relay is not None else None


def medium(art: Article, head: Token, name: str) -> bool:
    """A newspaper, channel or agency: by its name, or by its noun ("le quotidien")."""
    return art.lex.name_type(name) == "media" or art.lex.nouns.get(head.lemma_.lower()) == "media"


def outer_end(art: Article, start: int, end: int) -> int:
    """End of an adjunct phrase including its relay participles ("..., relayées par Géo", "publiée par")."""
    doc = art.doc
    furthest = end
    for t in doc[start:end]:
        for c in t.children:
            if c.dep_ == "acl" and (art.lex.is_relay(c) or c.lemma_.lower() in art.lex.grammar.publish):
                furthest = max(furthest, c.right_edge.i + 1)
    return furthest


def plausible_source(art: Article, head: Token) -> bool:
    lemma = head.lemma_.lower()
    if lemma in art.lex.not_sources or head.lower_ in art.lex.not_sources:
        return False
    if head.like_num or head.pos_ == "NUM":
        return False
    if (
        head.pos_ == "PRON"
        and head.lower_ not in art.lex.grammar.opinion | art.lex.grammar.personal | art.lex.grammar.indefinite
    ):
        return False
    return True


def animate(art: Article, head: Token) -> bool:
    """A subject that can ask, promise or accuse: a person or body (named, a pronoun, a noun of the
    lexicon, or a noun of agent ("indépendantistes", "manifestants", "chercheurs"))."""
    if plausible_agent(art, head) or head.pos_ == "PRON":
        return True
    if head.pos_ == "NOUN" and head.lemma_.lower().endswith(AGENT_SUFFIXES):
        return True
    # a noun with a person's name in apposition: "Son homologue montpelliérain, Rolland Dufresne, a dénoncé"
    if any(c.dep_ == "appos" and c.i > head.i and c.ent_type_ == "PER" for c in head.children):
        return True
    # "La nouvelle élue": the person noun the parser hung on the adjective before it
    if any(
        c.i == head.i + 1 and art.lex.nouns.get(c.lower_) == "person" and c.dep_ in ("acl", "amod", "appos")
        for c in head.children
    ):
        return True
    if head.pos_ == "NOUN" and head.text[:1].isupper() and head.i > 0 and art.doc[head.i - 1].pos_ == "DET":
        return True  # a people's name after its article: "l'Uruguayen", "les Bretons"
    # a quantity of people: "une dizaine de délégués", "la plupart des habitants"
    return any(
        c.dep_ == "nmod"
        and c.i > head.i
        and c.pos_ == "NOUN"
        and c.lemma_.lower().endswith(AGENT_SUFFIXES)
        or c.dep_ == "nmod"
        and c.i > head.i
        and plausible_agent(art, c)
        for c in head.children
    )


def plausible_agent(art: Article, head: Token) -> bool:
    """A noun phrase that can be a source: a person or organisation name, or a noun of the lexicon."""
    if head.ent_type_ in ("PER", "ORG") or head.pos_ == "PROPN":
        return True
    if len(head.text) >= 2 and head.text.isalpha() and head.text.isupper():
        return True  # an acronym names a body: "l'ARS", "la DDT" (tagged a common noun)
    return art.lex.nouns.get(head.lemma_.lower()) in ("person", "organisation", "government", "media")


def par_agent(art: Article, v: Token) -> Token | None:
    """The agent of participle ``v``: its "obl:agent", or a "par" phrase that can be one ("cité par X"; an
    "nmod" when the tagger reads the participle as a noun: "Cité par Le Parisien, ...")."""
    return next(
        (
            g
            for g in v.children
            if g.dep_ == "obl:agent"
            or is_par(art, g)
            or (v.pos_ == "NOUN" and g.dep_ == "nmod" and g.i > v.i and has_par(g))
        ),
        None,
    )


def has_par(t: Token) -> bool:
    return any(c.dep_ == "case" and c.lower_ == "par" for c in t.children)


def has_de(t: Token) -> bool:
    """A phrase opening on "de" or one of its contractions ("la demande de l'opposition")."""
    return any(c.dep_ == "case" and c.lower_ in DE for c in t.children)


def is_par(art: Article, t: Token) -> bool:
    """A "par" phrase attached to a verb that can be its agent."""
    return t.dep_.startswith("obl") and agent_phrase(art, t)


def agent_phrase(art: Article, t: Token) -> bool:
    """A "par" phrase that can be an agent, not one of manner or measure ("par rapport à", "par jour", "par
    référendum": a common noun without a determiner)."""
    return (
        has_par(t)
        and t.lower_ not in art.lex.grammar.not_agent
        and not (t.pos_ == "NOUN" and t.is_lower and not any(c.dep_ in ("det", "nummod") for c in t.children))
    )


def cue_range(art: Article, t: Token, extra: int | None = None) -> tuple[int, int]:
    """The verb with its auxiliaries, clitic subject and reflexive ("a-t-il précisé", "a déclaré",
    "se dit"); a passive participle with its "par" ("confirmée par")."""
    start = t.i
    if extra is None:
        for c in t.children:
            if c.i < t.i and c.dep_.startswith("aux") and t.i - c.i <= 4:
                start = min(start, c.i)
        if start > 0 and art.doc[start - 1].lower_ in art.lex.grammar.reflexive:
            start -= 1
    end = t.i + 1 if extra is None else max(t.i, extra) + 1
    return art.doc[start].idx, art.doc[end - 1].idx + len(art.doc[end - 1].text)


def first_token(art: Article, t: Token) -> int:
    return art.token_at(cue_range(art, t)[0])
