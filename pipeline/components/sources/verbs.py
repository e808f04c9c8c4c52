"""Reporting verbs in every order: "X a déclaré que ...", "..., a indiqué X", "« ... », explique X",
"a-t-il précisé", participles ("..., indiquant que ..."), passives ("révélées par X"), "faire savoir",
"l'annonce en a été faite par X", and verbs the tagger read as nouns."""

from __future__ import annotations

import re

import numpy
from spacy.attrs import IS_LOWER, LEMMA, LOWER, POS
from spacy.parts_of_speech import ADJ, AUX, NOUN, PROPN, VERB, X
from spacy.tokens import Span, Token

from ..common.patterns import fold
from . import mentions, subjects
from .document import SUBJECTS, Article
from .lexicon import Verb
from .models import Attribution, Quote

CUE_POS_TABLE = numpy.zeros(256, dtype=bool)  # by part-of-speech id: the ones verb_cues looks at
CUE_POS_TABLE[[VERB, AUX, NOUN, ADJ, PROPN, X]] = True
INCISE, MISPARSED, ANNOUNCEMENT = ("incise",), ("misparsed",), ("announcement",)  # cue_kind
INVERTED = ("inverted",)  # any word: a verb when an inverted subject clitic follows it ("sourit-elle")
MISSING = object()
OBLIQUES = ("obl", "obl:arg", "obl:mod", "iobj")
MEMO_SIZE = 200_000
NP_INSIDE = ("nmod", "amod", "nummod", "det", "flat:name", "fixed", "compound")  # up to a noun phrase's head
SEPARATORS = (",", ";", "-", "–", "—", "(", ")")  # set a clause off from the words around it
QUOTE_MARKS = ("«", "»", '"', "“", "”")


def verb_cues(art: Article, taken: list[tuple[int, int]]) -> list[Attribution]:
    out: list[Attribution] = []
    by_sent: dict[int, list[Attribution]] = {}  # the same, by the sentence of their cue's start
    doc = art.doc
    skip: set[int] = set()
    for a, b in taken:
        skip.update(range(a, b))
    if len(doc) == 0:
        return out
    # only verbs, auxiliaries, nouns, adjectives, proper nouns and untagged words can be cues; what each
    # can be depends on its part of speech, lemma and form only, so it is looked up once per distinct token
    arr = doc.to_array([POS, LEMMA, LOWER, IS_LOWER])
    candidates = numpy.flatnonzero(CUE_POS_TABLE[numpy.minimum(arr[:, 0], len(CUE_POS_TABLE) - 1)])
    memo = art.lex.cue_memo
    if len(memo) > MEMO_SIZE:
        memo.clear()
    reach = incise_reach(art)
    for i, key in zip(candidates.tolist(), map(tuple, arr[candidates].tolist()), strict=True):
        if i in skip:
            continue
        kind = memo.get(key, MISSING)
        if kind is MISSING:
            kind = memo[key] = cue_kind(art, doc[i])
        if kind is None or (kind in (INCISE, INVERTED) and reach is not None and i not in reach):
            continue  # incise() finds no quotation for it
        t = doc[i]
        if not counts_with_en(art, t):  # "se rendre compte", "la ville compte 800 habitants"
            continue
        a = None
        if kind is INCISE:
            a = incise(art, t)
        elif kind is MISPARSED:
            a = misparsed(art, t)
        elif kind is INVERTED:
            a = inverted_incise(art, t)
        elif kind is ANNOUNCEMENT:
            a = announcement(art, t)
        elif kind[0] == "faire":
            a = faire_verb(art, t, kind[1]) if faire_of(t) is not None else incise(art, t)
        else:
            a = reporting(art, t, kind[1], by_sent)
        if a is not None:
            out.append(a)
            by_sent.setdefault(art.sent_index(art.token_at(a.cue[0])), []).append(a)
    return out


def cue_kind(art: Article, t: Token) -> tuple | None:
    """What ``verb_cues`` does with a token, from its part of speech, lemma and form: ("reporting", verb),
    ANNOUNCEMENT ("faire"), ("faire", verb) ("faire savoir" when the parse agrees, else INCISE), INCISE,
    MISPARSED or None."""
    if t.pos_ == "VERB" or (t.pos_ == "AUX" and t.lemma_ not in art.lex.grammar.auxiliary):
        lemma = t.lemma_.lower()
        verb = art.lex.verbs.get(lemma)
        if verb is None and lemma == t.lower_ and lemma.endswith("e"):  # lemma left as "montre"
            verb = art.lex.verbs.get(lemma + "r")
        if verb is not None:
            return ("reporting", verb)
        if lemma == "faire":
            return ANNOUNCEMENT
        if lemma in art.lex.faire_verbs:
            return ("faire", art.lex.faire_verbs[lemma])
        return INCISE
    if t.pos_ == "ADJ" and any(
        c.i > t.i and (c.dep_ == "obl:agent" or mentions.is_par(art, c)) for c in t.children
    ):
        # "une thèse jugée « fantaisiste » par l'Académie": a participle tagged an adjective, with its agent
        verb = art.lex.verbs.get(participle_lemma(t)) or art.lex.verbs.get(t.lemma_.lower())
        if verb is not None:
            return ("reporting", verb)
    if t.pos_ in ("NOUN", "ADJ", "PROPN") and t.is_lower:
        # misparsed() returns None at once otherwise
        if subjects.misread_present(art, t) is not None:
            return MISPARSED
        return INVERTED if t.pos_ != "PROPN" else None
    if t.pos_ == "X" and t.is_lower and t.is_alpha:  # "», a tweeté le président": a word the tagger left
        return INCISE
    return None


def negated(art: Article, t: Token) -> bool:
    """ "n'a pas précisé", "n'est pas clairement établi" (the adverb on the auxiliary or on another adverb),
    "n'a jamais voulu préciser", "n'a pu établir", "ne saurait dire" (on the verb governing the infinitive;
    "ne" alone with pouvoir, savoir, oser); under "cesser", "manquer", "hésiter", "omettre" the other way
    round: "ne cesse de répéter", "n'a pas hésité à dénoncer" happened, "a omis de préciser" did not."""
    g = art.lex.grammar

    def carries(v: Token, words: frozenset[str]) -> bool:
        near = [c for c in v.children if c.dep_ == "advmod" or c.dep_.startswith("aux")]
        return any(
            c.dep_ == "advmod" and c.lower_ in words and not rather(c)
            for c in (*near, *(x for a in near for x in a.children))
        )

    def rather(c: Token) -> bool:  # "n'en justifie pas moins le décret": it does
        return c.i + 1 < len(c.doc) and c.doc[c.i + 1].lower_ == "moins"

    def nobody(v: Token) -> bool:  # "n'a communiqué aucun bilan", "aucun des deux camps n'a précisé"
        return any(
            c.dep_.split(":")[0] in ("nsubj", "obj")
            and (
                c.lower_ in g.negative_word
                or any(d.dep_ == "det" and d.lower_ in g.negative_word for d in c.children)
            )
            for c in v.children
        )

    def negative(v: Token) -> bool:
        return (
            carries(v, g.negation)
            or (carries(v, g.negation_with_ne) and carries(v, g.ne))
            or (carries(v, g.ne) and nobody(v))
        )

    if negative(t):
        return t.lemma_.lower() not in g.negatable  # "n'exclut pas une grève" says something too
    head, lemma = t.head, t.head.lemma_.lower()
    governs = lemma in g.governor or lemma in g.ne_alone or lemma in g.double_negative
    if t.dep_ != "xcomp" or head.i > t.i or "Inf" not in t.morph.get("VerbForm") or not governs:
        return False  # not "« Je n'ai jamais vu ça », raconte Marie", the incise hung on the quotation
    if lemma in g.double_negative:
        return not (negative(head) or carries(head, g.ne))
    return negative(head) or (lemma in g.ne_alone and carries(head, g.ne))


def reporting(
    art: Article, t: Token, verb: Verb, earlier: dict[int, list[Attribution]]
) -> Attribution | None:
    """A reporting verb in any order; ``earlier``: the verb attributions found before it, by sentence."""
    if negated(art, t):
        return None
    if t.dep_ == "fixed":
        return fixed_gerund(art, t, verb)
    if "Inf" in t.morph.get("VerbForm") and not subjects.finite_by_ending(t):
        return (
            governed_infinitive(art, t, verb)
            or perceived_infinitive(art, t, verb)
            or narrative_infinitive(art, t, verb)
        )
    in_incise = incise(art, t)
    if in_incise is not None:
        return in_incise
    as_said = as_clause(art, t, verb)
    if as_said is not None:
        return as_said
    if verb.subjects == "incise" or (verb.reflexive and not has_reflexive(art, t)):
        return None
    if (not subjects.is_finite(art, t) or t.dep_ == "acl") and verb.klass in ("saying", "stance"):
        found = structural_incise(art, t)
        if found is not None:
            return found
    if verb.klass in ("saying", "stance") and (found := mid_incise(art, t)) is not None:
        return found
    # "a annoncé ... et souhaité que": a participle sharing the auxiliary of the verb it is coordinated to
    shared = (
        t.dep_ == "conj"
        and "Part" in t.morph.get("VerbForm")
        and not any(c.dep_.startswith("aux") for c in t.children)
        and subjects.is_finite(art, t.head)
    )
    if is_passive(art, t) or (shared and is_passive(art, t.head)):
        return passive(art, t, verb)
    if not subjects.is_finite(art, t) and "Pres" not in t.morph.get("Tense") and not shared:
        return None  # a bare past participle
    sent = art.sent_of(t.i)
    participle = "Part" in t.morph.get("VerbForm") and "Pres" in t.morph.get("Tense")
    finite = subjects.is_finite(art, t) or shared
    pre_subject = subjects.subject(art, t)
    if pre_subject is not None and (pre_subject.i > t.i or pre_subject.lower_.startswith("-")):
        pre_subject = None
    if pre_subject is not None and finite and misread_inversion(art, t, verb, pre_subject):
        pre_subject = None
    if finite and pre_subject is None and named_right_after(art, t) and t.dep_ != "ROOT":
        # "... de rénovation confirme André Kaufmann, adjoint au maire : « ... »": the parser reads the
        # inverted subject as an object; what is said is the quotation after, else the clause before
        q = quote_after(art, t, sent)
        first = mentions.first_token(art, t)
        said = (
            (q.inner_start, q.inner_end) if q is not None else art.chars(art.first_content_token(sent), first)
        )
        if said is not None:
            return make(art, t, art.doc[t.i + 1], said, inverted=True)
    if participle and gerund_opens(art, t, sent):
        opening = opening_participle(art, t, sent)
        if opening is not None:
            return opening
    said = object_relative(art, t, verb, sent)
    if said is not None:
        return said
    content, inverted = verb_content(art, t, verb, sent, finite and pre_subject is None)
    if content is None:
        return None
    if inverted:
        subj = subjects.post_subject(art, t, finite)
        if subj is None or verb.on_only and subj.lower_.lstrip("-") not in art.lex.grammar.anonymous:
            return None
        return make(art, t, subj, content, inverted=True)
    subj = subjects.subject(art, t)
    if subj is not None and art.sent_index(subj.i) != art.sent_index(t.i):
        subj = None
    if subj is None and finite and not participle:
        subj = subjects.surface_subject(art, t)
    if subj is None and participle and t.dep_ == "acl" and t.head.pos_ == "NOUN" and t.head.i < t.i:
        if t.i > 0 and art.doc[t.i - 1].lower_ == "en":  # "présente le budget en soulignant": a gerund
            subj = subjects.clause_subject(art, t.head)
        elif art.doc[t.i - 1].text != ",":  # "publie un article dénonçant ...": the article denounces
            subj = subjects.quantity_head(art, t.head)
    if subj is None and participle:
        prior = prior_in_sentence(art, t, earlier)
        if prior is not None:
            return copy(art, t, prior, content)
    if subj is None and (participle or t.dep_ in ("conj", "advcl", "xcomp")):
        subj = subjects.inherited_subject(art, t)
    if subj is None and participle:
        subj = subjects.main_subject(art, t, sent, content)
    if subj is None or not (subject_fits(art, verb, subj) or speaks_in_quotation(art, verb, content)):
        return None
    return make(art, t, subj, content)


def speaks_in_quotation(art: Article, verb: Verb, content: tuple[int, int]) -> bool:
    """ "Le maillot jaune a minimisé : « J'ai perdu 20 secondes »": what a stance verb introduces is a
    quotation in the first person, so its subject speaks, whatever the noun that names it."""
    if verb.klass != "stance":
        return False
    q = art.quote_around(art.token_at(content[0]))
    if q is None or q.inner_start != content[0]:
        return False
    return any(x.lower_ in art.lex.grammar.first_person for x in art.doc[q.open_tok + 1 : q.close_tok])


def misread_inversion(art: Article, t: Token, verb: Verb, subj: Token) -> bool:
    """ "L'alcool ne serait pas en cause, indique la gendarmerie": the parser made the clause's noun the
    subject and the inverted subject an object. A verb right after a comma with that subject before it, and
    an "object" that can speak and closes the clause, has its subject after it: a verb that takes no noun
    object ("indiquer", "ajouter") always, one that does ("préciser") when the "subject" holds a verb."""
    doc = art.doc
    first = mentions.first_token(art, t)
    if first == 0 or doc[first - 1].text != "," or subj.i >= first - 1:
        return False
    if verb.np and not any(x.pos_ in ("VERB", "AUX") for x in subj.subtree if x.i < first):
        return False  # a noun object ("Le maire, lui, précise la date") unless a clause came first
    if any(x.text == "," for x in doc[subj.i : first - 1]):
        return False  # "M. Trump, qui s'exprimait ..., a accusé": the subject set off before the verb
    return any(
        c.dep_ == "obj"
        and c.i > t.i
        and c.pos_ in ("NOUN", "PROPN")
        and not has_case(art, c)
        and not any(
            g.dep_ in ("acl", "xcomp", "ccomp", "advcl")
            or (g.dep_ == "acl:relcl" and doc[max(g.left_edge.i - 1, 0)].text != ",")  # not ", qui a ouvert"
            for g in c.children
        )
        and mentions.plausible_agent(art, c)
        and (c.right_edge.i + 1 >= len(doc) or doc[c.right_edge.i + 1].text in (",", ".", ";", "!", "?"))
        for c in t.children
    )


def as_clause(art: Article, t: Token, verb: Verb) -> Attribution | None:
    """ "Comme l'a rappelé le ministre, ...", "..., comme le soulignent les syndicats", "comme on l'a dit":
    a clause opened by "comme" or "ainsi que" around a reporting verb that stands for what it introduces (its
    object is the clitic "le" pointing to the clause, or its subject is inverted); what is said is the rest
    of the sentence. The causal "comme" ("comme il pleuvait") has neither."""
    doc = art.doc
    opener = t.left_edge
    if t.dep_ not in ("advcl", "conj", "parataxis") or opener.lower_ not in art.lex.grammar.as_clause:
        return None
    inside = range(opener.i, t.i)
    clitic = any(c.dep_ == "obj" and c.i in inside and c.lower_ in art.lex.grammar.neuter for c in t.children)
    before = [c for c in t.children if c.dep_ in subjects.SUBJECTS and c.i in inside]
    subj = before[0] if before else subjects.post_subject(art, t, True)
    if subj is None or (not clitic and subj.i < t.i):
        return None
    if not subject_fits(art, verb, subj):
        return None  # "comme le prouve l'allongement du délai": a fact shows, no one says
    sent = art.sent_of(t.i)
    start, end = t.left_edge.i, t.right_edge.i + 1
    if start <= art.first_content_token(sent) + 1:  # the clause opens the sentence: the words follow it
        first = end
        while first < sent.end and doc[first].text in SEPARATORS:
            first += 1
        content = art.chars(first, sent.end)
    elif end >= sent.end - 1:  # it closes the sentence: the words precede it
        last = start
        while last > sent.start and doc[last - 1].text in SEPARATORS:
            last -= 1
        content = art.chars(art.first_content_token(sent), last)
    else:
        content = art.chars(art.first_content_token(sent), sent.end)
    if content is None:
        return None
    cue = None
    if subj.i > t.i:  # "comme l'a rappelé X": the cue runs from "comme" to the verb
        cue = (opener.idx, t.idx + len(t.text))
    return make(art, t, subj, content, inverted=subj.i > t.i, cue=cue)


def subject_fits(art: Article, verb: Verb, subj: Token) -> bool:
    """The subject is of the kind the verb wants: a document or medium ("le sondage montre"), the anonymous
    "on", an authority, or for a demand or a promise someone who can ask ("ce projet a demandé un travail
    sérieux" is no demand)."""
    if verb.doc_subject_only and art.lex.nouns.get(subj.lemma_.lower()) not in ("document", "media"):
        return False
    if verb.on_only and subj.lower_.lstrip("-") not in art.lex.grammar.anonymous:
        return False
    if verb.subjects == "authority" and not mentions.plausible_agent(art, subj):
        return False
    if verb.klass == "stance":  # "Les marchés ont salué la nouvelle": no one's opinion
        return (
            mentions.animate(art, subj)
            or art.lex.nouns.get(subj.lemma_.lower()) is not None
            or subj.lower_ in art.lex.grammar.indefinite
            or subj.pos_ in ("ADJ", "DET")  # an indefinite pronoun tagged otherwise ("D'autres")
        )
    return not (verb.klass in ("demanding", "committing") and not mentions.animate(art, subj))


def governed_infinitive(art: Article, t: Token, verb: Verb) -> Attribution | None:
    """ "Le maire a tenu à préciser que ...", "..., n'a cessé de répéter cet animateur": a cue verb in the
    infinitive under a finite verb; the finite verb gives the subject and the order, the cue runs from it
    to the infinitive."""
    head = t.head
    if t.dep_ != "xcomp" or head.i > t.i or t.i - head.i > 4:
        return None
    if head.pos_ == "VERB" and subjects.is_finite(art, head):
        lemma = head.lemma_.lower()
    elif head.pos_ == "ADJ" and any(c.dep_.startswith("aux") and c.i < head.i for c in head.children):
        lemma = participle_lemma(head)  # "s'est borné à déclarer", the participle tagged an adjective
    else:
        return None
    if lemma not in art.lex.grammar.governor:
        return None
    sent = art.sent_of(t.i)
    subj = subjects.subject(art, head)
    if subj is not None and subj.i < head.i and not subj.lower_.startswith("-"):
        content, _ = verb_content(art, t, verb, sent, False)
        inverted = False
    else:
        first = mentions.first_token(art, head)
        while first > sent.start and art.doc[first - 1].lower_ in art.lex.grammar.clitic_object:
            first -= 1  # ", n'a cessé de répéter X"
        before = art.chars(art.first_content_token(sent), first - 1) if first > sent.start else None
        if before is None or art.doc[first - 1].text != ",":
            return None
        subj = subjects.post_subject(art, head, True) or subjects.post_subject(art, t, True)
        content, inverted = before, True
    if subj is None or content is None:
        return None
    a = make(art, t, subj, content, inverted=inverted)
    if a is not None:
        a.cue = (mentions.cue_range(art, head)[0], t.idx + len(t.text))
    return a


def participle_lemma(t: Token) -> str:
    """The infinitive of a past participle of the first group ("borné", "contentée" -> "borner",
    "contenter"); other words as they are."""
    return re.sub(r"ée?s?$", "er", t.lower_)


def perceived_infinitive(art: Article, t: Token, verb: Verb) -> Attribution | None:
    """ "On a entendu le ministre affirmer que ...", "ils ont vu le maire dénoncer ...": a cue infinitive
    under a verb of perception says what the perceived noun phrase says (not "entendu dire que": no one)."""
    head = t.head
    if t.dep_ != "xcomp" or head.i > t.i or head.lemma_.lower() not in art.lex.grammar.perception:
        return None
    speaker = next(
        (c for c in head.children if c.dep_ == "obj" and head.i < c.i < t.i and c.pos_ in ("NOUN", "PROPN")),
        None,
    )
    if speaker is None or not subject_fits(art, verb, speaker):
        return None
    content, _ = verb_content(art, t, verb, art.sent_of(t.i), False)
    return make(art, t, speaker, content) if content is not None else None


def counts_with_en(art: Article, t: Token) -> bool:
    """False for a verb that counts only with "en" ("la police en a compté 1 800") used without it ("la ville
    compte 800 habitants")."""
    lemma = t.lemma_.lower()
    counted = lemma in art.lex.grammar.en_count or lemma + "r" in art.lex.grammar.en_count  # ("compte")
    return not counted or any(c.lower_ == "en" and c.pos_ == "PRON" for c in t.children)


def narrative_infinitive(art: Article, t: Token, verb: Verb) -> Attribution | None:
    """ "Le maire a dénoncé la fermeture. Et de demander la création de 50 postes.": "Et de" and a cue verb
    in the infinitive opening a sentence go on with the subject of the sentence before."""
    doc, sent = art.doc, art.sent_of(t.i)
    first = art.first_content_token(sent)
    if t.i - first < 2 or doc[first].lower_ != "et" or doc[t.i - 1].lower_ not in mentions.DE:
        return None
    if t.i - first == 2:
        subj = subjects.previous_sentence_subject(art, t.i)
    else:  # "Et le maire d'ajouter : « ... »": the speaker named between "Et" and "de"
        inside = range(first + 1, t.i - 1)
        tops = [x for x in doc[first + 1 : t.i - 1] if x.head.i not in inside or x.head == x]
        subj = tops[0] if len(tops) == 1 and tops[0].pos_ in ("NOUN", "PROPN") else None
    if subj is None:
        return None
    content, _ = verb_content(art, t, verb, sent, False)
    if content is None:
        content = art.chars(t.i + 1, sent.end)
    a = make(art, t, subj, content) if content is not None else None
    if a is not None and subj.i > first:
        a.mention = art.chars(first + 1, t.i - 1)
    return a


def fixed_gerund(art: Article, t: Token, verb: Verb) -> Attribution | None:
    """ "..., tout en relevant qu'un grand nombre de témoignages concordaient": the parser makes "tout en
    relevant" one adverb of the clause after it; that clause is what is said, and the subject of the verb
    above says it."""
    doc = art.doc
    tout = t
    while tout.dep_ == "fixed":
        tout = tout.head
    if tout.lower_ not in art.lex.grammar.gerund or t.i + 2 >= len(doc):
        return None
    if doc[t.i + 1].lower_ not in art.lex.grammar.complementizer:
        return None
    clause = doc[t.i + 1].head
    main = tout.head if tout.head != clause else clause.head
    if clause.i < t.i or main.i > t.i or main == clause:
        return None
    subj = subjects.subject(art, main) or subjects.inherited_subject(art, main)
    if subj is None or art.sent_index(subj.i) != art.sent_index(t.i) or not subject_fits(art, verb, subj):
        return None
    return make(art, t, subj, art.chars(t.i + 2, clause.right_edge.i + 1))


def gerund_opens(art: Article, t: Token, sent: Span) -> bool:
    """The participle opens the sentence, alone or as a gerund ("En assurant que", "Tout en rappelant")."""
    first = art.first_content_token(sent)
    return all(art.doc[j].lower_ in art.lex.grammar.gerund for j in range(first, t.i))


def object_relative(art: Article, t: Token, verb: Verb, sent: Span) -> Attribution | None:
    """ "les 300 emplois qu'avait promis le maire", "la somme qu'il réclame", "ce que concède X": a cue verb
    whose object is a relative pronoun says what its antecedent names (with the phrase that completes the
    verb: "qu'il évalue à un million"); its subject is the source, before or inverted after it."""
    if verb.obl_only or not (verb.np or verb.obl):  # not "ce qu'il appelle X" (a name)
        return None
    doc = art.doc
    rel = next(
        (
            c
            for c in t.children
            if c.dep_ in ("obj", "dep") and c.i < t.i and "Rel" in c.morph.get("PronType")
        ),
        None,
    )
    if rel is None or rel.i == sent.start:
        return None
    j = rel.i - 1
    while j > sent.start and doc[j].text == ",":
        j -= 1
    antecedent = doc[j]
    while antecedent.head.i < rel.i and antecedent.head.i >= sent.start and antecedent.head is not antecedent:
        if antecedent.dep_ not in NP_INSIDE:
            break
        antecedent = antecedent.head
    if antecedent.pos_ not in ("NOUN", "PROPN", "PRON", "NUM"):
        return None
    end = j + 1
    for c in t.children:
        if c.i > t.i and (c.dep_ in OBLIQUES or c.dep_ == "xcomp") and has_case(art, c):
            end = max(end, c.right_edge.i + 1)
    content = cleft_content(art, antecedent, t, sent) or art.chars(antecedent.left_edge.i, end)
    before = [
        c
        for c in t.children
        if c.dep_ in subjects.SUBJECTS
        and rel.i < c.i < t.i
        and not subjects.object_only(art, c)
        and subjects.agrees(c, t)
    ]
    subj = before[0] if before else subjects.post_subject(art, t, True, closing=False)
    if content is None or subj is None or subj.i == rel.i or not subject_fits(art, verb, subj):
        return None
    return make(art, t, subj, content, inverted=subj.i > t.i)


def cleft_content(art: Article, antecedent: Token, t: Token, sent: Span) -> tuple[int, int] | None:
    """ "40 postes seront supprimés, c'est (en tout cas) ce qu'a annoncé X": what "ce" stands for is the
    clause before "c'est"; "C'est ce qu'a annoncé X : 40 postes ..." the one after the colon."""
    doc = art.doc
    if antecedent.lower_ != "ce":
        return None
    k = antecedent.i - 1
    while k > sent.start and (doc[k].pos_ == "ADV" or doc[k].dep_ in ("fixed", "case", "det", "obl:mod")):
        k -= 1  # "en tout cas", "bien", "du moins"
    if k <= sent.start or doc[k].lemma_ != "être" or doc[k - 1].lower_ not in ("c'", "c’", "ce"):
        return None
    cleft = k - 1
    if cleft > art.first_content_token(sent):
        last = cleft
        while last > sent.start and doc[last - 1].text in (",", ";", ":", "-", "–"):
            last -= 1
        return art.chars(art.first_content_token(sent), last)
    colon = next((j for j in range(t.i + 1, sent.end) if doc[j].text == ":"), None)
    return art.chars(colon + 1, sent.end - 1 if doc[sent.end - 1].is_punct else sent.end) if colon else None


def opening_participle(art: Article, t: Token, sent: Span) -> Attribution | None:
    """ "Considérant que les faits étaient constitués, le tribunal a condamné ...": the parser hangs the
    main clause under the participle; the content is the "que" clause up to the comma, the source the
    subject of the main clause after it."""
    doc = art.doc
    if t.i + 1 >= sent.end or doc[t.i + 1].lower_ not in art.lex.grammar.complementizer:
        return None
    comma = next((j for j in range(t.i + 2, sent.end) if doc[j].text == ","), None)
    if comma is None:
        return None
    content = art.chars(t.i + 2, comma)
    subj = next(
        (x for x in doc[comma + 1 : sent.end] if x.dep_ == "nsubj" and x.pos_ in ("NOUN", "PROPN", "PRON")),
        None,
    )
    if content is None or subj is None:
        return None
    return make(art, t, subj, content)


def passive(art: Article, t: Token, verb: Verb | None = None) -> Attribution | None:
    """ "des modifications annoncées par X", "X a été révélé par Y"; without a "par" agent, the impersonal
    "il a été annoncé que ..." and an accusation "accusé d'avoir ..." name no source."""
    agent = next((c for c in t.children if mentions.is_par(art, c)), None)
    hung = agent is None and (agent := hung_agent(art, t)) is not None
    if agent is None:
        return unsourced_passive(art, t, verb) if verb is not None else None
    if t.lemma_.lower() in art.lex.grammar.approval and any(
        x.lemma_.lower() in art.lex.grammar.deliberative for x in (agent, *agent.children) if x.i >= agent.i
    ):
        return None  # "le texte a été confirmé par les députés", "rejeté par 52 % des votants": voted
    clauses = {x.i for c in agent.children if c.dep_ in ("acl", "acl:relcl") for x in c.subtree}
    if not any(
        mentions.animate(art, x) or x.lemma_.lower() in art.lex.nouns or x.ent_type_
        for x in agent.subtree
        if x.pos_ in ("NOUN", "PROPN", "PRON") and x.i not in clauses
    ):
        # "attestée par quelques silex", "démontré par 5 mg d'acide", "alerté par les cris, qui ...": no
        # one who speaks (a relative clause's pronoun is not the agent)
        return None
    # the cue is the participle with its "par", or the participle alone when a phrase comes between
    par = next((c for c in agent.children if c.lower_ == "par"), None)
    if hung and par is not None and par.i != t.i + 1:
        par = None
    if par is not None and any(x.like_num for x in art.doc[t.i + 1 : par.i]):
        par = None  # "estimé à 2,5 milliards par X": the figure between is what is said, not the cue
    sent = art.sent_of(t.i)
    if t.dep_ in ("acl", "amod"):  # (a participle tagged an adjective: "une thèse jugée ... par")
        noun = subjects.quantity_head(art, t.head)  # "les 800 000 tonnes d'aide promises par"
        content = art.chars(noun.left_edge.i, t.left_edge.i) if noun.i < t.i else None
    else:
        subj = next((c for c in t.children if c.dep_ == "nsubj:pass"), None) or next(
            (c for c in t.children if c.dep_ == "nsubj" and c.i < t.i), None
        )
        if subj is None and t.dep_ == "advcl" and t.i == art.first_content_token(art.sent_of(t.i)):
            # "Annoncée la semaine dernière par l'ARS, la fermeture de 12 lits doit durer": said of the
            # main clause's subject
            subj = next((c for c in t.head.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i > t.i), None)
        # the subject, and what the verb says of it when it says more than its agent ("son coût est
        # chiffré à 21,4 milliards par M. Blanc"; news_links gives no span to the mention that holds it)
        more = any(
            c.i > t.i and c.dep_ in ("obj", "obl", "obl:arg", "xcomp") and c is not agent for c in t.children
        )
        end = max(subj.right_edge.i, t.right_edge.i) if subj is not None and more else None
        if end is not None and subj.i < agent.i <= end:
            end = agent.left_edge.i - 1  # (the agent is the source, not what it says)
        content = (
            art.chars(subj.left_edge.i, (end if end is not None else subj.right_edge.i) + 1) if subj else None
        )
    if content is None:
        return None
    s, e, relay = mentions.np_extent(
        art, agent, (par.i + 1) if par is not None else mentions.after_case(art, agent), sent
    )
    a = Attribution(
        "verb", mentions.cue_range(art, t, par.i if par is not None else None), art.chars(s, e), agent.i
    )
    a.content, a.relay, a.verb = content, relay, t.i
    return a if a.mention else None


def hung_agent(art: Article, t: Token) -> Token | None:
    """The "par" agent of a passive that the parser hung on the phrase before it ("chiffré à 21,4
    milliards par M. Blanc", "annoncées mercredi par Max Mosley": nmod of "milliards", of "mercredi"; "l'aide
    promise par le gouvernement": nmod of "aide")."""
    doc = art.doc
    if t.dep_ == "acl":
        # the "par" may follow what the participle says of the noun ("des chiffres jugés « ridicules » par")
        j = t.i + 1
        while j < min(len(doc), t.i + 8) and (doc[j].pos_ in ("ADJ", "ADV") or doc[j].text in QUOTE_MARKS):
            j += 1
        g = doc[j].head if j < len(doc) and doc[j].lower_ == "par" else None
        if (
            g is not None
            and g.dep_ == "nmod"
            and (g.head == t.head or t.i < g.head.i < j)
            and g.lower_ not in art.lex.grammar.not_agent
        ):
            return g
    for c in t.children:
        if c.i > t.i and c.dep_ in ("obj", "obl", "obl:arg", "obl:mod"):
            for g in c.children:
                if (
                    g.dep_ == "nmod"
                    and g.i > c.i
                    and any(x.dep_ == "case" and x.lower_ == "par" for x in g.children)
                ):
                    return g
    return None


def structural_incise(art: Article, t: Token) -> Attribution | None:
    """An incise known by its structure, whatever the tags: a comma, the cue verb, maybe a time word, then
    a named or described source that closes the sentence, after a clause ("Le pays compte 5 millions
    d'habitants, écrit samedi le Straits Times, principal quotidien du pays": "écrit" tagged a
    participle; "..., note l'Institut national de la statistique": "note" tagged a noun)."""
    doc, sent = art.doc, art.sent_of(t.i)
    first = mentions.first_token(art, t)
    if first <= sent.start + 2 or doc[first - 1].text != ",":
        return None
    if t.lower_.endswith(("é", "ée", "és", "ées")) and not any(c.dep_.startswith("aux") for c in t.children):
        return None  # ", considérés comme les acteurs": a past participle without its auxiliary is no incise
    j = past_time_words(art, t.i + 1, sent)
    head = mentions.np_head(art, j, sent) if j < sent.end else None
    if head is None or head.i < j or not mentions.plausible_agent(art, head):
        return None
    end = head.right_edge.i + 1
    if (
        end < sent.end
        and doc[end].text not in (".", "!", "?", ";", ")")
        and not closing_adjunct(art, end, sent)
    ):
        return None
    start = art.first_content_token(sent)
    if first - 1 - start < 3:
        return None
    content = art.chars(start, first - 1)
    return make(art, t, head, content, inverted=True) if content is not None else None


def past_time_words(art: Article, j: int, sent: Span) -> int:
    """The first token from ``j`` that is neither an adverb nor a time word ("a indiqué jeudi soir X")."""
    doc = art.doc
    while j < sent.end and (doc[j].pos_ == "ADV" or doc[j].lemma_.lower() in art.lex.grammar.time):
        j += 1
    return j


def mid_incise(art: Article, t: Token) -> Attribution | None:
    """ "La réforme, estime le syndicat, coûtera 3 millions", "Le projet, explique Paul Roux, est abandonné":
    a cue verb between commas inside a clause, its subject inverted right after it, reports the clause it
    cuts (whose subject the parser gives the verb). The words said are the sentence."""
    doc, sent = art.doc, art.sent_of(t.i)
    first = mentions.first_token(art, t)
    if first <= sent.start or doc[first - 1].text != "," or art.quote_around(t.i) is not None:
        return None
    bare = "Part" in t.morph.get("VerbForm") and not any(c.dep_.startswith("aux") for c in t.children)
    if not (subjects.is_finite(art, t) or bare) or any(
        c.dep_ in ("ccomp", "xcomp") and c.i > t.i for c in t.children
    ):
        return None  # ("dit" may be tagged a participle)
    if set(t.morph.get("Person")) & {"1", "2"}:
        return None  # the writer's "rappelons les faits, qui ..."
    subj = subjects.clitic_subject(art, t)
    if subj is None:  # the parser often reads the inverted subject as an object ("estime le syndicat")
        j = past_time_words(art, t.i + 1, sent)
        subj = mentions.np_head(art, j, sent) if j < sent.end and doc[j].pos_ != "ADP" else None
    clitic = subj is not None and subj.lower_.startswith("-")
    if subj is None or subj.i <= t.i or not (clitic or mentions.plausible_agent(art, subj)):
        return None
    end = subj.i + 1 if clitic else subj.right_edge.i + 1
    if end >= sent.end - 1 or doc[end].text != ",":
        return None  # not cutting a clause: "..., a indiqué le maire." is the closing incise
    before = [x for x in doc[art.first_content_token(sent) : first - 1] if not x.is_punct]
    after = doc[end + 1 : sent.end]
    if not before or not any(x.pos_ in ("VERB", "AUX") and subjects.is_finite(art, x) for x in after):
        return None
    content = art.chars(art.first_content_token(sent), sent.end)
    return make(art, t, subj, content, inverted=True) if content is not None else None


def closing_adjunct(art: Article, i: int, sent: Span) -> bool:
    """ ", dans sa chronique." or ", lors d'un point presse.": a comma then a phrase with no verb closing the
    sentence (where and how the words were said)."""
    doc = art.doc
    if doc[i].text != "," or not mentions.opens_adjunct(art, i + 1, sent):
        return False
    rest = [x for x in doc[i + 1 : sent.end] if not x.is_space]
    words = [x for x in rest if not x.is_punct]
    return 0 < len(words) <= 8 and not any(x.pos_ in ("VERB", "AUX") for x in words) and rest[-1].is_punct


def infinitive_under(art: Article, c: Token) -> bool:
    """An object the parser gave the verb's "à"/"de" infinitive to ("a appelé leurs collègues à
    boycotter": "boycotter" acl of "collègues")."""
    return c.dep_ == "obj" and any(
        g.dep_ in ("acl", "xcomp")
        and "Inf" in g.morph.get("VerbForm")
        and any(m.dep_ == "mark" and m.lower_ in art.lex.grammar.content_case for m in g.children)
        for g in c.children
    )


def has_case(art: Article, c: Token) -> bool:
    """A phrase introduced by a preposition that states content ("au suicide", "de fraude")."""
    return any(g.dep_ == "case" and g.lower_ in art.lex.grammar.content_case for g in c.children)


def has_reflexive(art: Article, t: Token) -> bool:
    """ "s'insurge", "se sont félicités", "s'en prend à": a reflexive clitic before the verb or its auxiliary
    (and the clitic "en" or "y" after it)."""
    start = mentions.first_token(art, t) - 1
    while start > 0 and art.doc[start].lower_ in ("en", "y"):
        start -= 1
    return any(art.doc[j].lower_ in art.lex.grammar.reflexive for j in range(max(start, 0), t.i))


def unsourced_passive(art: Article, t: Token, verb: Verb) -> Attribution | None:
    """ "Il a été révélé que ...", "il est rapporté que ..." (an expletive subject and a clause), or a
    person "accusé d'avoir ..." (the accusing class with its charge): an attribution with no source."""
    if verb.klass == "accusing" and not verb.obl:
        return None  # "les faits qui lui sont reprochés": the charge itself, not an accusation
    if t.dep_ == "acl" and verb.klass != "accusing":
        return None
    expletive = any(
        c.dep_ == "expl:subj" or (c.dep_ == "nsubj:pass" and c.lower_ == "il") for c in t.children
    )
    reported = (
        t.lemma_.lower() in art.lex.grammar.reported
        and any(c.dep_ == "nsubj:pass" and c.pos_ in ("NOUN", "PROPN") for c in t.children)
        # what was reported, not what would or will be ("la décision serait annoncée lundi")
        and not any(
            c.dep_.startswith("aux") and ("Cnd" in c.morph.get("Mood") or "Fut" in c.morph.get("Tense"))
            for c in t.children
        )
    )
    if verb.klass != "accusing" and not expletive and not reported:
        return None
    sent = art.sent_of(t.i)
    if reported and not expletive:  # "des cas de surdosage ont été rapportés": what was reported
        subj = next(c for c in t.children if c.dep_ == "nsubj:pass")
        a = Attribution("verb", mentions.cue_range(art, t), anonymous=True, verb=t.i)
        a.content = art.chars(subj.left_edge.i, subj.right_edge.i + 1)
        return a if a.content else None
    content, _ = verb_content(art, t, verb, sent, False)
    if content is None:
        return None
    a = Attribution("verb", mentions.cue_range(art, t), anonymous=True, verb=t.i)
    a.content = content
    return a


def is_passive(art: Article, t: Token) -> bool:
    """ "a été annoncé", "sont invités à" (labelled a compound past: "être" with the participle of a cue
    verb, which all take "avoir"), "les mesures annoncées par X"; not a reflexive verb, whatever its label
    ("s'est engagée à", "s'en est pris à", "se sont félicités")."""
    aux = [c for c in t.children if c.dep_ in ("aux:pass", "aux:tense") and c.lemma_.lower() == "être"]
    if any(c.dep_ == "aux:pass" for c in t.children) or (aux and "Part" in t.morph.get("VerbForm")):
        return not (aux and has_reflexive(art, t))
    if subjects.finite_by_ending(t):
        return False  # "L'OMS avertit que ...": a finite form the tagger read as a participle
    agent = any(mentions.is_par(art, c) for c in t.children)
    # a participle alone (no "a", no "est"), set off by commas: "Le coût, estimé à 2 milliards par X, ..."
    bare = not any(c.dep_.startswith("aux") for c in t.children)
    if t.dep_ in ("advcl", "ROOT") and agent and bare:
        return "Part" in t.morph.get("VerbForm") and "Past" in t.morph.get("Tense")
    if t.dep_ == "amod":  # a participle tagged an adjective, with its agent: "une thèse jugée ... par X"
        return agent
    if t.dep_ != "acl":
        return False
    # a participle with its "par" agent, whatever the morphologizer says ("prônée" tagged Mood=Ind)
    return ("Past" in t.morph.get("Tense") and "Part" in t.morph.get("VerbForm")) or agent


def announcement(art: Article, t: Token) -> Attribution | None:
    """ "L'annonce en a été faite par X": a reporting noun made by an agent covers the sentence before."""
    if not is_passive(art, t):
        return None
    subj = next((c for c in t.children if c.dep_ == "nsubj:pass"), None)
    if subj is None or subj.lemma_.lower() not in art.lex.grammar.announcement:
        return None
    a = passive(art, t)
    if a is None:
        return None
    a.cue = (subj.left_edge.idx, a.cue[1])
    si = art.sent_index(t.i)
    sent = art.sents[si]
    prev = art.sents[si - 1] if si > 0 else None
    starts = subj.left_edge.i <= art.first_content_token(sent)
    a.content = art.chars(prev.start, prev.end) if prev is not None and starts else None
    return a if a.content else None


def faire_of(t: Token) -> Token | None:
    """The "faire" of "a fait savoir": the verb ``t`` depends on, or (as the parser also reads it) an
    auxiliary-like child right before it ("ont fait savoir": "fait" dep of "savoir")."""
    if t.dep_ == "xcomp" and t.head.lemma_ == "faire":
        return t.head
    return next((c for c in t.children if c.i == t.i - 1 and c.lemma_ == "faire"), None)


def faire_verb(art: Article, t: Token, verb: Verb) -> Attribution | None:
    """ "L'Élysée a fait savoir que ...": the subject of "faire", the clause of the verb after it."""
    faire = faire_of(t)
    sent = art.sent_of(t.i)
    content, _ = verb_content(art, t, verb, sent, False)
    if content is None:  # the clause is often attached to "faire"
        content, _ = verb_content(art, faire, verb, sent, False)
    subj = subjects.subject(art, faire) or subjects.subject(art, t)
    for v in (faire, t):  # "a défendu son texte en faisant valoir que ..." (the gerund on either verb)
        if subj is None and content is not None and v.dep_ in ("advcl", "conj"):
            subj = subjects.inherited_subject(art, v)
    # "..., a fait savoir son entourage": the inverted subject parsed as an object, or no clause after
    if subj is None or content is None:
        return faire_incise(art, faire, t)
    a = make(art, faire, subj, content)
    if a is not None:
        start = min(mentions.cue_range(art, faire)[0], mentions.cue_range(art, t)[0])  # "ont fait savoir"
        a.cue = (start, t.idx + len(t.text))
    return a


def faire_incise(art: Article, faire: Token, t: Token) -> Attribution | None:
    """ "La hausse atteint 3 %, a fait savoir son entourage": after a comma, the noun phrase after the verb
    is its inverted subject; what is said is the quotation or the words before the comma (the auxiliary on
    either verb: "a" is often hung on "savoir")."""
    first = min(mentions.first_token(art, faire), mentions.first_token(art, t))
    subj = subjects.post_subject(art, t, True)
    if subj is None or first < 1 or art.doc[first - 1].text != ",":
        return None
    q = art.quote_at_close(first - 2) if first >= 2 else None
    sent = art.sent_of(t.i)
    content = (
        (q.inner_start, q.inner_end) if q is not None else art.chars(art.first_content_token(sent), first - 1)
    )
    a = make(art, t, subj, content, inverted=True) if content is not None else None
    if a is not None:
        a.cue = (min(mentions.cue_range(art, faire)[0], mentions.cue_range(art, t)[0]), t.idx + len(t.text))
    return a


def inverted_incise(art: Article, t: Token) -> Attribution | None:
    """ "« C'est fini », sourit-elle": a word followed by an inverted subject clitic is a verb, whatever its
    tag ("sourit" tagged an adjective); after a quotation it reports it."""
    doc = art.doc
    if t.i + 1 >= len(doc) or not doc[t.i + 1].text.startswith("-"):
        return None
    subj = subjects.clitic_subject(art, t)
    q = incise_quote(art, t) if subj is not None else None
    return make(art, t, subj, (q.inner_start, q.inner_end), inverted=True) if q is not None else None


def misparsed(art: Article, t: Token) -> Attribution | None:
    """A reporting verb tagged as a noun ("juge", "analyse"): in incise after a quotation, or between
    its subject and "que"."""
    if subjects.misread_present(art, t) is None:
        return None
    q = incise_quote(art, t)
    if q is not None:
        after = t.i + 1
        while after < len(art.doc) and art.doc[after].pos_ == "ADV":
            after += 1  # "», nuance toutefois un hydrologue"
        subj = subjects.clitic_subject(art, t) or mentions.np_head(art, after, art.sent_of(t.i))
        return make(art, t, subj, (q.inner_start, q.inner_end), inverted=True) if subj is not None else None
    found = structural_incise(art, t) or set_off_subject(art, t)
    if found is not None:
        return found
    doc, sent = art.doc, art.sent_of(t.i)
    que = set_off_complementizer(art, t, sent)
    if que is None or t.i == sent.start:
        return None
    if doc[t.i - 1].pos_ == "DET" or (t.i >= 2 and doc[t.i - 2].pos_ == "ADP" and doc[t.i - 1].pos_ == "ADJ"):
        return None  # a noun indeed: "a précisé dans une note que ..."
    start = t.i - 1
    while start > sent.start and doc[start - 1].text not in (",", ":", ";", "»", "«", "(", ")"):
        start -= 1
    mention = art.chars(start, t.i)
    head = mentions.np_head(art, start, sent)
    if mention is None or head is None or head.i >= t.i:
        return None
    a = Attribution("verb", (t.idx, t.idx + len(t.text)), mention, head.i, verb=t.i)
    a.content = art.chars(que + 1, sent.end)
    return a if a.content else None


def set_off_complementizer(art: Article, t: Token, sent: Span) -> int | None:
    """The "que" after ``t``, right after it or after a phrase set off by commas with no verb in it ("raconte,
    sous couvert d'anonymat, que ..."); its index, or None."""
    doc, after = art.doc, t.i + 1
    if after < sent.end and doc[after].text == ",":
        close = next((x.i for x in doc[after + 1 : min(after + 10, sent.end)] if x.text == ","), None)
        if close is None or any(x.pos_ in ("VERB", "AUX") for x in doc[after + 1 : close]):
            return None
        after = close + 1
    if after + 1 >= sent.end or doc[after].lower_ not in art.lex.grammar.complementizer:
        return None
    return after


def set_off_subject(art: Article, t: Token) -> Attribution | None:
    """ "La direction, de son côté, juge ces demandes « irréalistes »", "Leur chef de file, Martine Claudel,
    juge le projet « trop ambitieux »": a cue verb read as a noun right after the comma that closes its
    subject's incise, before the determiner of its object; no finite verb before it in the sentence."""
    doc, sent = art.doc, art.sent_of(t.i)
    if t.i + 1 >= sent.end or t.i < 2 or doc[t.i - 1].text != "," or doc[t.i + 1].pos_ != "DET":
        return None
    verb = subjects.misread_present(art, t)
    if verb is None or not verb.np:
        return None
    start = art.first_content_token(sent)
    if any(x.pos_ in ("VERB", "AUX") and "Fin" in x.morph.get("VerbForm") for x in doc[start : t.i]):
        return None
    head = mentions.np_head(art, start, sent)
    if head is None or head.i >= t.i - 1 or not mentions.animate(art, head):
        return None
    end = sent.end - 1 if doc[sent.end - 1].is_punct else sent.end
    a = make(art, t, head, art.chars(t.i + 1, end))
    comma = next((x for x in doc[head.i + 1 : t.i - 1] if x.text == ","), None)
    if a is not None and comma is not None and doc[comma.i + 1].pos_ != "PROPN":
        a.mention = art.chars(art.token_at(a.mention[0]), comma.i)  # not ", de son côté", ", lui"
    return a if a is not None and a.mention else None


def relative_clause(c: Token) -> bool:
    """A clause whose subject is a relative pronoun set off by a comma ("..., qui s'inquiète de ...")."""
    return any(
        g.dep_ in SUBJECTS and "Rel" in g.morph.get("PronType") and g.i > 0 and g.doc[g.i - 1].text == ","
        for g in c.children
    )


def verb_content(
    art: Article, t: Token, verb: Verb, sent: Span, may_invert: bool
) -> tuple[tuple[int, int] | None, bool]:
    """(content, inverted) of a reporting verb, in the order the sentence uses."""
    doc = art.doc
    if t.dep_.startswith("aux") and t.head.i > t.i and t.head.pos_ == "VERB":
        # "tout en affirmant n'avoir commis aucune faute": the parser made the cue verb the auxiliary of
        # the infinitive it introduces
        return art.chars(t.i + 1, t.head.right_edge.i + 1), False
    if verb.obl_only:  # "appelle à la grève", "invite les élus à voter", not "l'appelait « le roi »"
        for c in t.children:
            if c.i > t.i and (
                c.dep_ == "xcomp" or (c.dep_ in OBLIQUES and has_case(art, c)) or infinitive_under(art, c)
            ):
                return art.chars(c.left_edge.i, max(c.right_edge.i, t.right_edge.i) + 1), False
        return None, False
    nxt = doc[t.i + 1] if t.i + 1 < sent.end else None
    if (
        nxt is not None
        and nxt.lower_ in art.lex.grammar.complementizer
        and nxt.dep_ == "mark"
        and nxt.head.i > nxt.i
        and not any(c.dep_ == "ccomp" and c.i > t.i for c in t.children)
    ):  # "L'OMS avertit que ...": a clause opening right after the verb, however the parser hangs it
        return art.chars(nxt.i + 1, min(nxt.head.right_edge.i + 1, sent.end)), False
    for c in t.children:
        # (not ", qui s'inquiète de ...": a relative clause of the inverted subject the parser hung here)
        if c.dep_ == "ccomp" and c.i > t.i and not relative_clause(c):
            start = c.left_edge.i
            while start < c.i and (
                doc[start].lower_ in art.lex.grammar.complementizer or doc[start].text in (":", ",")
            ):
                start += 1
            return art.chars(start, c.right_edge.i + 1), False
    for c in t.children:
        # "a précisé dans un communiqué que ...": the parser hangs the clause on the medium's noun
        if c.dep_ in OBLIQUES and c.i > t.i and c.lemma_.lower() in art.lex.grammar.medium:
            clause = next(
                (
                    g
                    for g in c.children
                    if g.dep_ in ("acl", "acl:relcl") and g.i > c.i and said_by_que(art, g)
                ),
                None,
            )
            if clause is not None:
                start = clause.left_edge.i + 1
                return art.chars(start, clause.right_edge.i + 1), False
    q = quote_after(art, t, sent)
    if q is not None:
        return (q.inner_start, q.inner_end), False
    # "..., a indiqué X": the clause before
    first = mentions.first_token(art, t)
    if may_invert and first > sent.start and (doc[first - 1].text == "," or named_right_after(art, t)):
        start = art.first_content_token(sent)
        while start < first and (doc[start].pos_ == "CCONJ" or doc[start].is_punct):
            start += 1
        before = doc[start : first - 1]
        after = subjects.post_subject(art, t, True)
        # a clause before (its verb, or a phrase the tagger read without one: "Le club compte 120 licenciés",
        # "compte" a noun, when the subject after the verb ends the sentence: ", a souligné son président.")
        ends = after is not None and all(x.is_punct for x in doc[after.right_edge.i + 1 : sent.end])
        clause = any(x.pos_ in ("VERB", "AUX") for x in before) or (ends and len(before) > 2)
        if after is not None and clause:
            return art.chars(start, first - 1), True
        # "Dès demain, a-t-il indiqué, nous ouvrirons deux centres": an incise set off by commas inside
        # the sentence covers the sentence around it
        end = max(t.i, after.i if after is not None else t.i) + 1
        if after is not None and after.lower_.startswith("-") and end < sent.end and doc[end].text == ",":
            rest = doc[end + 1 : sent.end]
            if any(x.pos_ in ("VERB", "AUX") and "Fin" in x.morph.get("VerbForm") for x in rest):
                return art.chars(start, sent.end), True
    for c in t.children:
        if c.i < t.i:
            continue
        if c.lemma_.lower() in art.lex.grammar.time and verb.np:
            # "a annoncé jeudi la suppression de ...": the object the parser hangs on "jeudi"
            c = next((g for g in c.children if g.dep_ == "obj" and g.i > c.i), c)
        if states_content(art, t, verb, c):
            return art.chars(c.left_edge.i, max(c.right_edge.i, t.right_edge.i) + 1), False
    q = quote_next(art, t, sent)
    if q is not None:
        return (q.inner_start, q.inner_end), False
    return None, False


def states_content(art: Article, t: Token, verb: Verb, c: Token) -> bool:
    """The phrase of child ``c``, after cue verb ``t``, is what ``t`` says."""
    # an infinitive or attribute ("demande de partir", "a qualifié cela d'infraction"); a bare noun the
    # parser calls xcomp is an object ("maintient le cap")
    bare = c.pos_ in ("NOUN", "PROPN") and not any(g.dep_ == "case" for g in c.children)
    if c.dep_ == "xcomp" and (verb.np or not bare):
        return True
    if (
        c.dep_ == "advcl"
        and "Inf" in c.morph.get("VerbForm")
        and not any(g.dep_ == "mark" for g in c.children)
        and c.left_edge.i > t.i + 1
        and art.doc[c.left_edge.i - 1].text == ","
    ):
        return True  # "assure, dans un courrier, ne pas connaître le montant": its infinitive after an incise
    if c.dep_ == "obj" and (verb.np or art.has_quote(c)):
        return True
    if c.pos_ == "ADJ" and c.dep_ == "advmod" and has_reflexive(art, t):
        return True  # "s'est dit favorable à un référendum": the attribute the parser calls an adverb
    if not verb.obl:
        return False
    # its à/de phrase; "s'étonne des tarifs" ("de" and the article, read as a partitive object); "a accusé
    # les médias de mentir" (the charge hung on the accused)
    partitive = c.dep_ == "obj" and c.left_edge.lower_ in ("des", "du") and c.left_edge.dep_ == "det"
    return (c.dep_ in OBLIQUES and has_case(art, c)) or partitive or infinitive_under(art, c)


def said_by_que(art: Article, clause: Token) -> bool:
    """The clause opens on the complementizer "que" (not a relative "que" the clause's verb takes as object:
    "le communiqué que la mairie a publié") and has a subject of its own."""
    first = art.doc[clause.left_edge.i]
    own_subject = any(g.dep_ in SUBJECTS and g.i > first.i for g in clause.children)
    return first.lower_ in art.lex.grammar.complementizer and first.dep_ == "mark" and own_subject


def named_right_after(art: Article, t: Token) -> bool:
    """ "... de rénovation confirme André Kaufmann, adjoint au maire": an inverted verb with no comma
    before it, recognised by the person or organisation named right after it."""
    j = t.i + 1
    return j < len(art.doc) and art.doc[j].ent_type_ in ("PER", "ORG") and art.doc[j].ent_iob_ == "B"


def quote_after(art: Article, t: Token, sent: Span) -> Quote | None:
    """A quotation introduced by the verb and a colon: "précisa : « ... »"."""
    for q in art.quotes_opening_in(t.i + 1, min(sent.end, t.i + 40) + 1):
        between = art.text[t.idx + len(t.text) : art.doc[q.open_tok].idx].strip()
        if between.endswith(":") and not any(
            x.pos_ == "VERB" and "Fin" in x.morph.get("VerbForm") for x in art.doc[t.i + 1 : q.open_tok]
        ):
            return q
        if between == "":
            return q
    return None


def quote_next(art: Article, t: Token, sent: Span) -> Quote | None:
    """The verb closes its sentence and the next sentence is a quotation: "X confirme. « ... »"."""
    doc = art.doc
    if any(not x.is_punct and not x.is_space for x in doc[t.i + 1 : sent.end]):
        return None
    nxt = sent.end
    while nxt < len(doc) and doc[nxt].is_space:
        nxt += 1
    return art.quote_opening_at(nxt) if nxt < len(doc) else None


def prior_in_sentence(art: Article, t: Token, earlier: dict[int, list[Attribution]]) -> Attribution | None:
    """The attribution just before a participle in its sentence: "souligne-t-il, estimant ..."."""
    prior = [a for a in earlier.get(art.sent_index(t.i), ()) if a.cue[0] < t.idx]
    return prior[-1] if prior else None


def copy(art: Article, t: Token, prior: Attribution, content: tuple[int, int]) -> Attribution:
    a = Attribution("verb", mentions.cue_range(art, t), prior.mention, prior.head, content, prior.relay)
    a.anonymous, a.verb = prior.anonymous, t.i
    return a


def make(
    art: Article, t: Token, subj: Token, content: tuple[int, int], inverted: bool = False, cue=None
) -> Attribution | None:
    if (
        subj.lower_ in art.lex.grammar.not_subject
        or (subj.like_num and subj.pos_ != "PRON")  # "l'un d'eux" is a source
        or subj.pos_ == "NUM"
        or subj.text in ("%", "pour cent")
        or (subj.lower_ in art.lex.grammar.first_person and art.quote_around(subj.i) is None)
    ):
        return None
    verb = art.lex.verbs.get(t.lemma_.lower())
    around = art.quote_around(t.i)
    if (
        verb is not None
        and verb.klass != "saying"
        and around is not None
        and art.quote_around(subj.i) is around
    ):
        return None  # a speaker's words inside a quotation: « ils croient que ... » is the quoted speaker's
    a = Attribution("verb", cue or mentions.cue_range(art, t), verb=t.i)
    if subj.lower_.lstrip("-") in art.lex.grammar.anonymous:
        a.anonymous = True
        found = subjects.aupres(art, t)
        if found is not None:
            source, start = found
            a.anonymous = False
            s, e, a.relay = mentions.np_extent(art, source, start, art.sent_of(source.i))
            a.mention, a.head = art.chars(s, e), source.i
    elif subj.lower_.startswith("-") and subj.lower_.lstrip("-") in art.lex.grammar.clitic_subject:
        a.mention, a.head = (subj.idx + 1, subj.idx + len(subj.text)), subj.i
    elif (focus := subjects.cleft_focus(art, subj)) is not None and subj.i < t.i:
        a.mention, a.head = art.chars(*focus), subj.i
    elif (rel := subjects.relative_subject(art, t, subj)) is not None and (
        art.quote_around(rel.i) is None or art.quote_around(subj.i) is not None
    ):  # (the antecedent stays the mention when the quotation opens on the pronoun: "l'Otan « qui ...")
        a.mention, a.head = (rel.idx, rel.idx + len(rel.text)), rel.i
        a.extra["antecedent"] = subj.i
    else:
        sent = art.sent_of(subj.i)
        if subj.i > t.i:
            s, e, a.relay = mentions.np_extent(art, subj, t.i + 1, sent)
            while e > subj.i + 1 and art.doc[e - 1].lemma_.lower() in art.lex.grammar.time:
                e -= 1  # "a annoncé la direction jeudi"
            s, told = told_medium(art, s, e)
            a.relay = a.relay or told
        else:
            left = subj.left_edge
            if left.i < subj.i and left.dep_ == "case" and left.lower_ not in ("des", "du"):  # (articles)
                left = art.doc[left.i + 1]  # "comme la préfète l'a annoncé", "(le cas) de discours niant"
            s, e, a.relay = mentions.np_extent(art, subj, left.i, sent)
            both = [c for c in t.children if c.dep_ == "nsubj" and subj.i <= c.i < t.i]
            if len(both) > 1 and any(x.dep_ == "cc" for x in art.doc[subj.i : both[-1].i]):
                e = max(e, both[-1].right_edge.i + 1)  # "Le maire et le préfet ont annoncé"
            first = mentions.first_token(art, t)
            while e < first and art.doc[e].text[:1].isupper() and art.doc[e - 1].text[:1].isupper():
                e += 1  # the rest of a body's name ("L'association Doubs Nature Environnement")
            e = min(e, first)
            while e > subj.i + 1 and art.doc[e - 1].lower_ in art.lex.grammar.clitic_object:
                e -= 1  # "un appel téléphonique les informant que"
            if s == subj.i > sent.start and subj.lower_ in art.lex.grammar.indefinite:
                if art.doc[s - 1].pos_ == "DET":
                    s -= 1  # "Une autre raconte": the article the parser hung on the verb
        a.mention, a.head = art.chars(s, e), subj.i
        if a.mention is None or a.mention[0] >= a.mention[1]:
            return None
    if around is not None and around.inner_start <= content[0] < around.inner_end < content[1]:
        content = (content[0], around.inner_end)  # the quoted speaker's report ends with the quotation
    a.content = content
    a.relay = a.relay or media_relay(art, t, content) or opening_relay(art, t)
    return a


def opening_relay(art: Article, t: Token) -> str | None:
    """ "Interrogé par la BBC, le ministre a nié ...": a relay participle opening the sentence, with its
    "par" agent, names who passed the words on."""
    first = art.first_content_token(art.sent_of(t.i))
    for c in t.children:
        if c.dep_ in ("advcl", "obl:mod") and c.i == first and art.lex.is_relay(c):  # ("Cité": a noun)
            agent = mentions.par_agent(art, c)
            if agent is not None:
                return mentions.subtree_text(art, agent)
    return None


def told_medium(art: Article, s: int, e: int) -> tuple[int, str | None]:
    """ "a déclaré à l'AFP Christian Pous": an inverted mention opening on the medium the words were given
    to starts at the name after it; the medium is the relay."""
    doc = art.doc
    if s >= e or doc[s].lower_ not in art.lex.grammar.content_case or doc[s].pos_ != "ADP":
        return s, None
    names = [x for x in art.ents_in(s + 1, e) if x.label_ == "PER"]
    if not names:
        return s, None
    m = art.lex.relay_re.search(art.text, doc[s].idx, names[0].start_char)
    relay = art.lex.media_bare.get(fold(m.group(1)), m.group(1)) if m is not None else None
    return names[0].start, relay


def media_relay(art: Article, t: Token, content: tuple[int, int] | None = None) -> str | None:
    """A media the words were given to ("a déclaré au Monde", "a confié à France Info")."""
    for c in t.children:
        if c.dep_ in SUBJECTS and not subjects.prepositional(c):
            continue
        r = art.chars(c.left_edge.i, c.right_edge.i + 1)
        if r is None or (content is not None and r[0] < content[1] and content[0] < r[1]):
            continue
        m = art.lex.relay_re.search(art.text, max(r[0] - 4, 0), r[1] + 40)
        if m is not None and m.start(1) <= r[1]:
            return art.lex.media_bare.get(m.group(1).lower().replace("’", "'"), m.group(1))
    return None


def incise_reach(art: Article) -> set[int] | None:
    """The tokens ``incise_quote`` can find a quotation for: inside one, or 2 to 7 tokens after its close
    (the first token of a verb's cue is at most 5 before it). None when token offsets are not strictly
    increasing (then the cue's first token is not known from its offset)."""
    if not art.strict_offsets:
        return None
    if art._incise_reach is None:
        reach: set[int] = set()
        for q in art.quotes:
            reach.update(range(q.open_tok + 1, q.close_tok))
            reach.update(range(q.close_tok + 1, q.close_tok + 8))
        art._incise_reach = reach
    return art._incise_reach


def incise_quote(art: Article, t: Token) -> Quote | None:
    """The quotation a verb is set in or after: "« ... », explique X", "« ..., dit-il, ... »"."""
    reach = incise_reach(art)
    if reach is not None and t.i not in reach:
        return None
    doc = art.doc
    first = mentions.first_token(art, t)
    if first >= 1 and (q := art.quote_at_close(first - 1)) is not None and q.close_char < len(art.text):
        # no comma: "« ... » explique X" (the verb right after the closing mark, its subject after it)
        if subjects.post_subject(art, t, subjects.is_finite(art, t), closing=False) is not None:
            return q
    if first < 2 or doc[first - 1].text != ",":
        return None
    q = art.quote_at_close(first - 2)
    if q is not None:
        # the quotation must be what is said, not a phrase quoted inside a clause
        before = q.open_tok - 1
        sent = art.sent_of(q.open_tok)
        if before < sent.start or doc[before].text in (",", ":", ";", "-", "–", "—") or doc[before].is_space:
            return q
        return None
    inside = art.quote_around(t.i)
    if inside is not None:
        after = t.i + 1
        while after < inside.close_tok and doc[after].text != "," and after - t.i < 6:
            after += 1
        if doc[after].text == ",":
            return inside
    return None


def incise(art: Article, t: Token) -> Attribution | None:
    """A verb set after a quotation with its subject after it reports it, listed or not:
    "« ... », soupire-t-elle", "« ... », a commenté Ritsma", "« ... », conseille la Poste"."""
    q = incise_quote(art, t)
    if q is None:
        return None
    if any(
        c.dep_ in SUBJECTS
        and c.i < t.i
        and not c.lower_.startswith("-")
        and not q.open_tok < c.i < q.close_tok
        for c in t.children
    ):
        return None
    subj = subjects.clitic_subject(art, t)
    if subj is None:
        after = subjects.later_subjects(t)
        subj = after[0] if after else None
    # (a word the tagger left untagged, "a tweeté", is finite with its auxiliary)
    untagged = t.pos_ == "X" and any(c.dep_.startswith("aux") and c.i < t.i for c in t.children)
    if subj is None and (subjects.is_finite(art, t) or untagged):
        subj = subjects.post_subject(art, t, True, closing=False)
        if (
            subj is not None
            and t.lemma_.lower() not in art.lex.verbs
            and not mentions.plausible_agent(art, subj)
        ):
            subj = None
    if subj is None:
        return None
    a = make(art, t, subj, (q.inner_start, q.inner_end), inverted=True)
    if a is not None and q.close_tok < t.i:
        resumed = resumed_quote(art, t)
        if resumed is not None:  # « A », dit-il, « B »: one attribution
            a.content = (q.inner_start, resumed.inner_end)
    return a


def gapped_counts(art: Article, found: list[Attribution]) -> list[Attribution]:
    """ "La préfecture a recensé 3 500 participants, les organisateurs 10 000": a clause that keeps only a
    source and a figure after a comma repeats the verb before it with another source. It is an attribution
    of its own (its cue the comma that stands for the verb), and the first one's content stops before it."""
    doc, out = art.doc, []
    for a in found:
        if a.kind != "verb" or a.verb is None or a.mention is None or a.content is None:
            continue
        verb = art.lex.verbs.get(doc[a.verb].lemma_.lower())
        if verb is None or verb.klass not in ("counting", "saying"):
            continue
        sent = art.sent_of(a.verb)
        end = sent.end
        while end > a.verb and (doc[end - 1].text in (".", "!", "?", ";", "…") or doc[end - 1].is_space):
            end -= 1
        commas = [k for k in range(a.verb + 1, end) if doc[k].text == ","]
        if not commas:
            continue
        k = commas[-1]
        tail = doc[k + 1 : end]
        nums = [x.i for x in tail if x.like_num]
        if not nums or any(x.pos_ in ("VERB", "AUX") or x.text in (",", ":", "(", "«", '"') for x in tail):
            continue
        head = mentions.np_head(art, k + 1, sent)
        if head is None or head.i >= nums[0] or head.pos_ not in ("NOUN", "PROPN"):
            continue
        if any(x.pos_ == "CCONJ" for x in doc[k + 1 : nums[0]]):
            continue  # "3 recrues, le gardien et deux attaquants": a list, not a second source
        if not mentions.animate(art, head):
            continue
        if not any(x.like_num for x in doc[a.verb + 1 : k]):
            continue  # the first clause counts something too
        said = nums[0]
        while said > k + 1 and doc[said - 1].pos_ in ("ADV", "ADP"):  # "les organisateurs plus de 10 000"
            said -= 1
        mention, content = art.chars(k + 1, said), art.chars(said, end)
        if mention is None or content is None:
            continue
        b = Attribution("verb", (doc[k].idx, doc[k].idx + 1), mention, head.i)
        b.content = content
        out.append(b)
        a.content = (a.content[0], min(a.content[1], doc[k].idx))
    return out


def surface_incises(art: Article, found: list[Attribution]) -> list[Attribution]:
    """ "« ... », a-t-elle lâché", "« ... », estime-t-on": a verb with its inverted clitic subject right after
    a quotation's closing mark and a comma reports the quotation, whatever the parser made of the words (it
    reads "-elle" as a name, "estime" as an adverb); found from the tokens when no attribution holds them."""
    doc, words = art.doc, art.lex.grammar
    taken = [a.cue for a in found]
    out: list[Attribution] = []
    for q in art.quotes:
        v = q.close_tok + 2
        if not q.closed:
            continue
        if v + 1 >= len(doc) or doc[v - 1].text != "," or not doc[v].is_alpha:
            continue
        clitic = subjects.clitic_subject(art, doc[v])
        if clitic is None or clitic.i <= v:  # right after the verb ("a-t-elle"), not before it
            continue
        k, verb = clitic.i, v
        if doc[v].lemma_.lower() in words.auxiliary and k + 1 < len(doc) and doc[k + 1].is_alpha:
            verb = k + 1  # "a-t-elle lâché"
        cue = (doc[v].idx, doc[verb].idx + len(doc[verb].text))
        if any(a < cue[1] and cue[0] < b for a, b in taken):
            continue
        a = make(art, doc[verb], doc[k], (q.inner_start, q.inner_end), inverted=True, cue=cue)
        if a is not None:
            out.append(a)
    return out


def resumed_quote(art: Article, t: Token) -> Quote | None:
    """The quotation resuming after an incise: "« ... », a-t-il ajouté, « ... »"."""
    doc, sent = art.doc, art.sent_of(t.i)
    for j in range(t.i + 1, min(t.i + 12, len(doc))):
        q = art.quote_opening_at(j)
        if q is not None:
            return q if doc[j - 1].text == "," else None
        if doc[j].text in (".", "!", "?", ";", ":") or (j >= sent.end and not doc[j].is_space):
            return None
    return None
