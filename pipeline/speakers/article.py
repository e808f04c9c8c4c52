"""Within one article, each attribution's speaker resolved to one entity, from the rows alone.

The sources component already names what a pronoun, "qui" or a possessive stands for when the text makes it
clear (``name``); here the rest is joined to the named speaker it refers to:

- a short form to the full name the article gives: "M. Klein", "Klein" -> "Mathieu Klein", "J.-L. Mélenchon"
  -> "Jean-Luc Mélenchon" (only when one full name fits: "M. Martin" beside Pierre and Jean Martin stays);
- a description to the named speaker with that role: "le maire" -> "Le maire de Nancy, Mathieu Klein" (the
  nearest before, else the only one after), "l'élue" -> "l'élu" by the role's lemma (``roles.tsv``).

A speaker the article does not name keeps a key of its article only (``doc_id#person:porte-parole de la
police``, ``doc_id#anonymous:...``); a pronoun nothing names has no speaker.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from typing import NamedTuple

from .lexicon import kinship, roles, titles
from .names import (
    BODY_TYPES,
    POSSESSIVES,
    fold,
    gender_in_text,
    gender_of_first_name,
    is_person,
    key,
    person_tokens,
    words,
)
from .names import bare_mention as bare

LABEL_TYPES = {"PER": "person", "ORG": "organisation"}


def role_lemma(role: str | None) -> str | None:
    """The role's head noun as a lemma ("ministre de la Santé" -> ministre, "élue" -> élu)."""
    if not role:
        return None
    ws = [w.lower().strip(",") for w in words(role)]
    ws = [w for w in ws if w not in titles() and w.rstrip(".") not in ("m", "mme")]
    for w in ws:
        if w in roles():
            return roles()[w][0]
    return fold(ws[0]) if ws else None


def compatible(short: list[str], full: list[str]) -> bool:
    """``short`` is ``full`` written shorter: its last words, or initials for the first names."""
    if len(short) > len(full) or not short or short == full:
        return len(short) == len(full) and short == full
    if full[-len(short) :] == short:
        return True
    if short[-1] != full[-1]:
        return False
    firsts, full_firsts = short[:-1], full[:-1]
    return len(firsts) == len(full_firsts) and all(
        a == b or (len(a) == 1 and b.startswith(a)) for a, b in zip(firsts, full_firsts, strict=True)
    )


CAPS_AFTER = re.compile(r"\s+((?:[A-ZÀ-Ý][A-ZÀ-Ý'’\-]+)(?:\s+[A-ZÀ-Ý][A-ZÀ-Ý'’\-]+)*)\b")


def with_surname(name: str, mention: str | None) -> str:
    """The name with the surname in capitals the mention writes after it, which the entity recogniser
    leaves out ("Mme Catherine VAUTRIN": "Catherine" -> "Catherine VAUTRIN")."""
    if not name or not mention:
        return name
    at = mention.find(name)
    if at < 0:
        return name
    m = CAPS_AFTER.match(mention, at + len(name))
    return f"{name} {m.group(1)}" if m and len(m.group(1)) > 1 else name


def resolve(sources: list[dict], entities: list[dict], doc_id: str) -> list[dict]:
    """Set ``speaker_key``, ``speaker_name`` and ``speaker_type`` on each of one article's source rows (in
    text order) and return them."""
    persons: dict[str, str | None] = {}  # the full names of persons the article gives (each once) -> gender
    by_tokens: dict[tuple[str, ...], str] = {}  # a full name's tokens -> the full name as first written
    by_surname: dict[str, list[str]] = {}  # the last token -> the full names ending with it
    for name, label, mention in [
        (with_surname(r["name"] or "", r["mention"]), r["name_label"], r["mention"]) for r in sources
    ] + [(e["norm"] or e["text"], e["label"], None) for e in entities]:
        if name and label == "PER" and len(person_tokens(name)) > 1:
            tokens = tuple(person_tokens(name))
            gender = gender_in_text(mention) if mention and not bare(mention) else None
            if tokens not in by_tokens:
                by_tokens[tokens] = name
                by_surname.setdefault(tokens[-1], []).append(name)
                persons[name] = gender or gender_of_first_name(name)
            elif gender:
                persons[by_tokens[tokens]] = gender

    def full_name(name: str, mention: str | None = None) -> str:
        """The one full name the short form fits ("M. Klein" -> "Mathieu Klein"), of the gender its title
        marks when it has one ("Mme Martin" beside Pierre and Camille Martin, she a "conseillère")."""
        short = person_tokens(name)
        fits = {
            " ".join(person_tokens(p)): p
            for p in by_surname.get(short[-1] if short else "", [])
            if person_tokens(p) != short and compatible(short, person_tokens(p))
        }
        fuller = [p for t, p in fits.items() if not any(len(w) == 1 for w in t.split())]
        titled = gender_in_text(mention) if mention and not bare(mention) else None
        if len(fuller) > 1 and titled in ("female", "male"):
            fuller = [p for p in fuller if persons[p] == titled] or fuller
        if len(fuller) == 1:
            return fuller[0]
        return _strip(name)

    types: dict[str, str] = {}  # a named speaker's type, from a mention that names it
    for r in sources:
        if r["name"] and not bare(r["mention"]) and r["source_type"] not in (None, "document", "anonymous"):
            types.setdefault(fold(r["name"]), r["source_type"])

    named: list[tuple[int, str | None, str, str, str]] = []  # (row, role lemma, key, name, type) of named
    anchors: list[Anchor] = []  # the speakers the article names, where it names them
    for i, r in enumerate(sources):
        r["speaker_key"] = r["speaker_name"] = r["speaker_type"] = None
        name = r["name"]
        if name and r["name_label"] == "ORG" and r["source_type"] == "person" and r["role"]:
            name = None  # "la secrétaire générale de la CGT": a person described, not the organisation
        elif name and (name == name.lower() or _role_written(name)):
            name = None  # a common noun ("l'institut", "ministre de l'Agriculture"): a description
        if not name and r["source_type"] in BODY_TYPES and not bare(r["mention"]):
            name = _body_in_lower_case(r["name"] or r["role"], r["mention"], r["source_type"])
        if name:
            type_ = types.get(fold(name)) or r["source_type"]
            if type_ in (None, "document", "anonymous"):
                type_ = LABEL_TYPES.get(r["name_label"], type_ or "organisation")
            if is_person(type_) and r["name_label"] in ("PER", None):
                name = full_name(with_surname(name, r["mention"]), r["mention"])
                name = _with_family_name(name, r, named)
            type_ = type_ if type_ in BODY_TYPES or type_ == "person" else "person"
            r["speaker_key"], r["speaker_name"], r["speaker_type"] = key(name, type_), name, type_
            lemma = None if bare(r["mention"]) else role_lemma(r["role"])
            named.append((i, lemma, r["speaker_key"], name, type_))
            if r.get("start_char") is not None and not bare(r["mention"]):
                hint = gender_in_text(r["mention"]) or gender_of_first_name(name)
                anchors.append(_anchor(r, r["speaker_key"], name, type_, hint))
    for e in entities:
        if e.get("start_char") is not None and e["label"] in LABEL_TYPES:
            type_ = LABEL_TYPES[e["label"]]
            name = e["norm"] or e["text"]
            name = full_name(name) if type_ == "person" else name
            anchors.append(_anchor(e, key(name, type_), name, type_, gender_of_first_name(name)))
    anchors.sort(key=lambda x: x.start)
    starts = [a.start for a in anchors]
    by_lemma: dict[str | None, list[tuple]] = {}  # the named speakers of each role, in text order
    for n in named:
        by_lemma.setdefault(n[1], []).append(n)
    for i, r in enumerate(sources):
        if r["speaker_key"] or bare(r["mention"]):
            continue
        found, lemma = None, role_lemma(r["role"] or r["name"])
        if lemma and r["source_type"] != "anonymous":
            same = by_lemma.get(lemma, [])
            at = bisect_left(same, (i,))
            before, after = same[:at], {n[2]: n[1:] for n in same[at:]}
            found = before[-1][1:] if before else next(iter(after.values())) if len(after) == 1 else None
        if not found and lemma and r["source_type"] != "anonymous":
            found = _nearest_before(r, anchors, starts)
        if found:
            r["speaker_key"], r["speaker_name"], r["speaker_type"] = found[1:]
        elif r["role"] or r["name"] or (r["source_type"] == "anonymous" and r["mention"]):
            type_ = r["source_type"] or "person"
            label = r["role"] or r["name"] or r["mention"]
            r["speaker_key"] = f"{doc_id}#{type_}:{fold(label)}"
            r["speaker_name"], r["speaker_type"] = label, type_
    _pointers(sources, anchors, starts, doc_id)
    return sources


class Anchor(NamedTuple):
    """Where the article names a speaker (a source's mention or a PER/ORG entity)."""

    start: int
    end: int | None
    sent: int | None
    key: str
    name: str
    type: str
    gender: str | None


def _anchor(row: dict, k: str, name: str, type_: str, gender: str | None) -> Anchor:
    return Anchor(row["start_char"], row.get("end_char"), row.get("sent_id"), k, name, type_, gender)


SUBJECT_PRONOUNS = {"il", "elle"}
RELATIVES = {"qui", "lequel", "laquelle"}
PRONOUN_REACH = 2  # sentences back where an unnamed subject pronoun looks for its person


def _pointers(sources: list[dict], anchors: list[Anchor], starts: list[int], doc_id: str) -> None:
    """The speakers of pronouns, relatives and possessives, in text order, where news_sources named none or
    a less likely one:

    - "qui" or "lequel" left unnamed: the name that ends just before it ("Vélo Rouen, qui réclamait");
    - "il" or "elle" left unnamed: the nearest person named in the sentences before whose gender the
      pronoun does not contradict;
    - "il" or "elle" named as a body when a person of that gender was named after the body's last mention:
      that person ("Selon l'Insee, ... L'économiste Camille Besson juge ... Elle a précisé");
    - a possessive of what is not a role ("ses calculs", not "sa porte-parole"): its owner is the speaker of
      the attribution just before, in that sentence or the one before.
    """
    for i, r in enumerate(sources):
        mention, at = (r["mention"] or "").strip(), r.get("start_char")
        if not mention or at is None or not bare(mention):
            continue
        low, found = mention.lower(), None
        before = range(bisect_left(starts, at) - 1, -1, -1)  # the anchors before it, nearest first
        if low in RELATIVES and not r["speaker_key"]:
            near = (anchors[j] for j in before if at - anchors[j].start <= MAX_NAME)
            found = next((a for a in near if a.end is not None and 0 <= at - a.end <= 2), None)
        elif low in SUBJECT_PRONOUNS and (not r["speaker_key"] or r["speaker_type"] in BODY_TYPES):
            found = _person_before(r, (anchors[j] for j in before), gender_in_text(low))
        elif low.split()[0] in POSSESSIVES and not _is_role(mention):
            found = _last_speaker_before(sources, i, doc_id)
        if found:
            r["speaker_key"], r["speaker_name"], r["speaker_type"] = found.key, found.name, found.type


MAX_NAME = 200  # characters: no name that ends just before a "qui" starts further back


def _person_before(r: dict, before: Iterable[Anchor], gender: str | None) -> Anchor | None:
    """The nearest person in ``before`` (nearest first) within PRONOUN_REACH sentences whose gender does
    not contradict ``gender``, named after the body the pronoun was named as, if any."""
    for a in before:
        if a.key == r["speaker_key"] or (
            a.sent is not None and r.get("sent_id") is not None and r["sent_id"] - a.sent > PRONOUN_REACH
        ):
            return None
        if a.type == "person" and not (gender and a.gender in ("female", "male") and a.gender != gender):
            return a
    return None


def _last_speaker_before(sources: list[dict], i: int, doc_id: str) -> Anchor | None:
    r = sources[i]
    for prev in reversed(sources[:i]):
        if prev.get("sent_id") is None or r.get("sent_id") is None or r["sent_id"] - prev["sent_id"] > 1:
            return None
        if prev["speaker_key"] and not prev["speaker_key"].startswith(f"{doc_id}#"):
            return Anchor(
                0, None, None, prev["speaker_key"], prev["speaker_name"], prev["speaker_type"], None
            )
    return None


def _is_role(mention: str) -> bool:
    """A possessive phrase naming a role ("sa porte-parole", "son président"): someone else than its owner."""
    ws = [w.lower().strip(",") for w in words(mention)]
    return len(ws) > 1 and ws[1] in roles()


COMPLEMENT = re.compile(r"\w\s+(?:de|du|des|d'|d’)\s*\w", re.IGNORECASE)


def _body_in_lower_case(label: str | None, mention: str | None, type_: str | None) -> str | None:
    """A body named in lower case with its complement after the definite article ("la chambre
    d'agriculture"), which is its name; a bare noun ("l'institut", "le syndicat"), a plural or an indefinite
    ("les services de l'État", "un rapport de gendarmerie"), a phrase without an article or with a comma, and
    a document ("l'enquête de gendarmerie") describe one."""
    if type_ not in ("organisation", "government") or not label or not mention:
        return None
    if label != label.lower() or "," in label or not COMPLEMENT.search(label):
        return None
    first = words(mention)[0].lower()
    return label if first in DEFINITE or first[:2] in ("l'", "l’") and len(first) > 2 else None


DEFINITE = {"le", "la", "l'", "l’"}
# the determiners of a description that refers back to someone named before ("la ministre", "ce dernier");
# "un journal", "tous les intervenants", "services de sécurité" introduce someone new
ANAPHORIC = DEFINITE | {"ce", "cet", "cette"}
# what a description may refer back to: a person to a person, a body to a body, a medium ("le journal") to a
# medium; a document ("l'enquête", "le rapport") to no one named: it is its own source
KINDS = {"person": "person", "organisation": "body", "government": "body", "media": "media"}


def _nearest_before(r: dict, anchors: list[Anchor], starts: list[int]) -> tuple | None:
    """A description ("la ministre", "le syndicat") of the nearest speaker named before it in the article, of
    its kind (a person, a body, a medium) and of a gender the description does not contradict; None for a
    plural, an indefinite or no determiner ("un journal", "services de sécurité"), and for a document
    ("l'enquête": no one named said it)."""
    first = words(r["mention"])[0].lower() if r["mention"] else ""
    if r.get("start_char") is None or not (first in ANAPHORIC or first[:2] in ("l'", "l’")):
        return None
    kind = KINDS.get(r["source_type"] or "person")
    if kind is None:
        return None
    wanted = gender_in_text(r["mention"])
    for j in range(bisect_left(starts, r["start_char"]) - 1, -1, -1):
        a = anchors[j]
        if KINDS.get(a.type) != kind:
            continue
        if wanted and a.gender in ("female", "male") and a.gender != wanted:
            continue
        return (None, a.key, a.name, a.type)
    return None


def _role_written(name: str) -> bool:
    """A name the entity recogniser took from a role with a capital complement ("ministre de l'Agriculture",
    "président de la République"): a role noun in lower case first."""
    ws = words(name)
    first = ws[0][2:] if ws[0][:2].lower() in ("l'", "l’") else ws[0]
    if first.lower() in ("le", "la") and len(ws) > 1:
        first = ws[1]
    return first == first.lower() and first in roles()


def _with_family_name(name: str, r: dict, named: list[tuple]) -> str:
    """A lone first name after a possessive and a kinship noun ("Son frère Hugo") with the family name of the
    last person named in full before it (whom the possessive points to)."""
    ws = [w.lower() for w in words(r["mention"] or "")]
    if len(words(name)) != 1 or len(ws) < 3 or ws[0] not in POSSESSIVES or ws[1] not in kinship():
        return name
    full = next((n[3] for n in reversed(named) if n[4] == "person" and len(words(n[3])) > 1), None)
    return f"{name} {words(full)[-1]}" if full else name


def _strip(name: str) -> str:
    ws = words(name)
    while len(ws) > 1 and ws[0] in titles():
        ws = ws[1:]
    return " ".join(ws)
