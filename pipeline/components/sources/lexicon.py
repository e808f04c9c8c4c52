"""The sources lexicons, read once from ``models/<resources>/`` into the lookups the component uses."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...resources import Resources
from ..common.patterns import alternation


def _strip_reflexive(lemma: str) -> str:
    for prefix in ("s'", "s’", "se "):
        if lemma.startswith(prefix):
            return lemma[len(prefix) :]
    return lemma


@dataclass(frozen=True)
class GrammarWords:
    """``grammar_words.tsv``: the function words the rules read, one set per class."""

    time: frozenset[str]
    clitic_object: frozenset[str]
    not_subject: frozenset[str]
    demonstrative: frozenset[str]
    personal: frozenset[str]
    plural: frozenset[str]
    clitic_subject: frozenset[str]
    anonymous: frozenset[str]
    opinion: frozenset[str]
    indefinite: frozenset[str]
    negation: frozenset[str]
    negation_with_ne: frozenset[str]
    perception: frozenset[str]
    ne: frozenset[str]
    first_possessive: frozenset[str]
    negatable: frozenset[str]
    speech_noun: frozenset[str]
    ne_alone: frozenset[str]
    double_negative: frozenset[str]
    auxiliary: frozenset[str]
    complementizer: frozenset[str]
    reflexive: frozenset[str]
    announcement: frozenset[str]
    publish: frozenset[str]
    content_case: frozenset[str]
    first_person: frozenset[str]
    modal: frozenset[str]
    depends: frozenset[str]
    governor: frozenset[str]
    approval: frozenset[str]
    deliberative: frozenset[str]
    ruling: frozenset[str]
    passive_act: frozenset[str]
    verdict: frozenset[str]
    reported: frozenset[str]
    as_clause: frozenset[str]
    neuter: frozenset[str]
    gerund: frozenset[str]
    not_agent: frozenset[str]
    not_reflexive: frozenset[str]
    second_person: frozenset[str]
    medium: frozenset[str]
    en_count: frozenset[str]
    quantity: frozenset[str]
    circumstance: frozenset[str]
    negative_word: frozenset[str]
    idiom: frozenset[str]
    report_noun: frozenset[str]
    hearsay: frozenset[str]
    past_modal: frozenset[str]

    @classmethod
    def read(cls, rows) -> GrammarWords:
        by_class: dict[str, set[str]] = {name: set() for name in cls.__dataclass_fields__}
        for word, kind in rows:
            by_class[kind].add(word.lower())
        return cls(**{name: frozenset(words) for name, words in by_class.items()})


@dataclass(frozen=True)
class Verb:
    """A cue verb of ``cue_verbs.tsv``: its class, the frames whose phrase is content, who may say it."""

    klass: str = "saying"
    np: bool = False  # its noun phrase object is content
    obl: bool = False  # its à/de/pour/contre/sur phrase is content
    subjects: str = "any"  # any, doc, on, authority or incise
    reflexive: bool = False  # a cue only with its reflexive ("s'opposer", not "opposer")
    obl_only: bool = False  # a cue only with its à/de phrase ("appeler à la grève", not "appeler X")

    @property
    def doc_subject_only(self) -> bool:
        return self.subjects == "doc"

    @property
    def on_only(self) -> bool:
        return self.subjects == "on"


class SourcesLexicon:
    def __init__(self, res: Resources, resources: str):
        self.verbs: dict[str, Verb] = {}
        self.faire_verbs: dict[str, Verb] = {}  # "faire savoir que" -> savoir
        for lemma, klass, frames, subjects in res.lexicon(f"{resources}/cue_verbs.tsv"):
            frames = frames.split(",")
            bare = _strip_reflexive(lemma.lower())
            verb = Verb(
                klass,
                "np" in frames,
                "obl" in frames or "obl!" in frames,
                subjects,
                reflexive=bare != lemma.lower() and not bare.startswith("faire "),
                obl_only="obl!" in frames,
            )
            if bare in self.verbs and not self.verbs[bare].reflexive:
                continue  # "dire" and "se dire" are one cue
            lemma = bare
            if lemma.startswith("faire "):
                self.faire_verbs[lemma.split(" ", 1)[1]] = verb
            else:
                self.verbs[lemma] = verb
        self.cue_kinds: dict[str, str] = {}
        for phrase, kind in res.lexicon(f"{resources}/selon_cues.tsv"):
            self.cue_kinds[phrase.lower().replace("’", "'")] = kind
        self.cue_re = re.compile(
            r"(?<![\w-])(" + alternation(list(self.cue_kinds)) + r")(?![\w-])", re.IGNORECASE
        )
        self.not_sources = res.words(f"{resources}/not_sources.tsv")
        self.nouns = {row[0].lower(): row[1] for row in res.lexicon(f"{resources}/source_nouns.tsv")}
        names = res.lexicon("shared/names.tsv")
        self.name_types = {n.lower().replace("’", "'"): kind for n, kind in names}
        self.names_re = re.compile(
            r"(?<![\w-])(" + alternation([n for n, _ in names]) + r")(?![\w-])", re.IGNORECASE
        )
        bare = {}
        for n, kind in names:
            if kind == "media":
                stripped = re.sub(r"^(?:le |la |les |l['’])", "", n, flags=re.IGNORECASE)
                bare[stripped.lower().replace("’", "'")] = n
        self.media_bare = bare
        self.relay_re = re.compile(
            r"(?<![\w-])(?:au|aux|à|dans|sur)\s+(?:(?:le|la|les)\s+|l['’])?("
            + alternation(list(bare))
            + r")(?![\w-])",
            re.IGNORECASE,
        )
        self.unnamed = res.words(f"{resources}/unnamed.tsv")
        institutions = res.lexicon(f"{resources}/institutions.tsv")
        self.institution_types = {phrase.lower(): kind for phrase, kind in institutions}
        self.institutions_re = re.compile(
            r"^(?:(?:le|la|les|l['’]|une?|des|du|cette|ces|cet)\s*)?("
            + alternation(list(self.institution_types))
            + r")(?![\w-])",
            re.IGNORECASE,
        )
        relays = res.lexicon(f"{resources}/relay_verbs.tsv")
        self.relay_verbs = frozenset(lemma.lower() for lemma, _ in relays)
        self.relay_participles = frozenset(
            part.lower() + ending
            for _, part in relays
            for ending in (("", "e", "es") if part.endswith("s") else ("", "e", "s", "es"))
        )
        self.grammar = GrammarWords.read(res.lexicon(f"{resources}/grammar_words.tsv"))
        # candidate_cues.tsv: lemma -> [(the words that must follow, Verb, "verb" or "noun")]
        self.candidate_cues: dict[str, list[tuple[tuple[str, ...], Verb, str]]] = {}
        for phrase, klass, pos in res.lexicon(f"{resources}/candidate_cues.tsv"):
            bare = _strip_reflexive(phrase.lower())
            reflexive = bare != phrase.lower()
            if reflexive and bare.startswith("en "):  # "s'en prendre à": the clitic "en" goes with "se"
                bare = bare[3:]
            lemma, *rest = bare.split()
            cue = (tuple(rest), Verb(klass, np=True, obl=True, reflexive=reflexive), pos)
            self.candidate_cues.setdefault(lemma, []).append(cue)
        self.cue_memo: dict = {}  # verbs.cue_kind by (POS, LEMMA, LOWER, IS_LOWER)

    def institution_type(self, mention: str) -> str | None:
        """The type of an institution the mention opens on ("l'agence régionale de santé": government)."""
        m = self.institutions_re.match(mention)
        return self.institution_types.get(m.group(1).lower()) if m else None

    def is_relay(self, token) -> bool:
        """A relay participle: "relayées", "cité" (whatever its tag)."""
        return token.lemma_.lower() in self.relay_verbs or token.lower_ in self.relay_participles

    def name_type(self, text: str) -> str | None:
        return self.name_types.get(text.lower().replace("’", "'"))
