"""The sources lexicons, read once from ``models/<resources>/`` into the lookups the component uses."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...resources import read_lexicon, read_words

APOSTROPHES = "'’"


def _words_pattern(phrases: list[str]) -> str:
    """One alternation of phrases, longest first, apostrophes and spaces matched loosely."""
    alts = []
    for phrase in sorted(set(phrases), key=len, reverse=True):
        parts = []
        for ch in phrase:
            if ch in APOSTROPHES:
                parts.append("['’]")
            elif ch == " ":
                parts.append(r"\s+")
            else:
                parts.append(re.escape(ch))
        alts.append("".join(parts))
    return "|".join(alts)


def _strip_reflexive(lemma: str) -> str:
    for prefix in ("s'", "s’", "se "):
        if lemma.startswith(prefix):
            return lemma[len(prefix) :]
    return lemma


@dataclass(frozen=True)
class Verb:
    np: bool
    doc_subject_only: bool
    on_only: bool = False


class SourcesLexicon:
    def __init__(self, resources: str):
        self.verbs: dict[str, Verb] = {}
        self.faire_verbs: dict[str, Verb] = {}  # "faire savoir que" -> savoir
        for lemma, np_, subjects in read_lexicon(f"{resources}/reporting_verbs.tsv"):
            verb = Verb(np_ == "np", subjects == "doc", subjects == "on")
            lemma = _strip_reflexive(lemma.lower())
            if lemma.startswith("faire "):
                self.faire_verbs[lemma.split(" ", 1)[1]] = verb
            else:
                self.verbs[lemma] = verb
        self.cue_kinds: dict[str, str] = {}
        for phrase, kind in read_lexicon(f"{resources}/selon_cues.tsv"):
            self.cue_kinds[phrase.lower().replace("’", "'")] = kind
        self.cue_re = re.compile(
            r"(?<![\w-])(" + _words_pattern(list(self.cue_kinds)) + r")(?![\w-])", re.IGNORECASE
        )
        self.not_sources = read_words(f"{resources}/not_sources.tsv")
        self.nouns = {row[0].lower(): row[1] for row in read_lexicon(f"{resources}/source_nouns.tsv")}
        names = read_lexicon(f"{resources}/names.tsv")
        self.name_types = {n.lower().replace("’", "'"): kind for n, kind in names}
        self.names_re = re.compile(
            r"(?<![\w-])(" + _words_pattern([n for n, _ in names]) + r")(?![\w-])", re.IGNORECASE
        )
        bare = {}
        for n, kind in names:
            if kind == "media":
                stripped = re.sub(r"^(?:le |la |les |l['’])", "", n, flags=re.IGNORECASE)
                bare[stripped.lower().replace("’", "'")] = n
        self.media_bare = bare
        self.relay_re = re.compile(
            r"(?<![\w-])(?:au|aux|à|dans|sur)\s+(?:(?:le|la|les)\s+|l['’])?("
            + _words_pattern(list(bare))
            + r")(?![\w-])",
            re.IGNORECASE,
        )
        hedges = read_lexicon(f"{resources}/hedges.tsv")
        self.hedge_words = frozenset(w.lower() for w, kind in hedges if kind == "word")
        self.hedge_verbs = frozenset(w.lower() for w, kind in hedges if kind == "verb")
        self.unnamed = frozenset(w.lower() for w, kind in hedges if kind == "unnamed")
        self.hedge_re = re.compile(
            r"(?<![\w-])(" + _words_pattern([w for w, kind in hedges if kind == "phrase"]) + r")(?![\w-])",
            re.IGNORECASE,
        )
        self.stems = {lemma: stem for lemma, stem in read_lexicon(f"{resources}/conditional_stems.tsv")}
        relays = read_lexicon(f"{resources}/relay_verbs.tsv")
        self.relay_verbs = frozenset(lemma.lower() for lemma, _ in relays)
        self.relay_participles = frozenset(
            part.lower() + ending
            for _, part in relays
            for ending in (("", "e", "es") if part.endswith("s") else ("", "e", "s", "es"))
        )
        self.cue_memo: dict = {}  # DocView.cue_kind by (POS, LEMMA, LOWER, IS_LOWER)

    def is_relay(self, token) -> bool:
        """A relay participle: "relayées", "cité" (whatever its tag)."""
        return token.lemma_.lower() in self.relay_verbs or token.lower_ in self.relay_participles

    def name_type(self, text: str) -> str | None:
        return self.name_types.get(text.lower().replace("’", "'"))

    def future_stem(self, lemma: str) -> str:
        """The future/conditional stem of a verb: "reposer" -> "reposer", "prendre" -> "prendr",
        "devenir" -> "deviendr"."""
        if lemma in self.stems:
            return self.stems[lemma]
        for base, stem in self.stems.items():
            if lemma.endswith(base) and len(lemma) > len(base) + 1:
                return lemma[: -len(base)] + stem
        return lemma[:-1] if lemma.endswith("re") else lemma
