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

from .lexicon import roles, titles
from .names import (
    BODY_TYPES,
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
    persons = []  # the full names of persons the article gives, each once (fold)
    for name, label in [(with_surname(r["name"] or "", r["mention"]), r["name_label"]) for r in sources] + [
        (e["norm"] or e["text"], e["label"]) for e in entities
    ]:
        if name and label == "PER" and len(person_tokens(name)) > 1:
            if all(person_tokens(name) != person_tokens(p) for p in persons):
                persons.append(name)

    def full_name(name: str) -> str:
        short = person_tokens(name)
        fits = {
            " ".join(person_tokens(p)): p
            for p in persons
            if person_tokens(p) != short and compatible(short, person_tokens(p))
        }
        fuller = [p for t, p in fits.items() if not any(len(w) == 1 for w in t.split())]
        if len(fuller) == 1:
            return fuller[0]
        return _strip(name)

    types: dict[str, str] = {}  # a named speaker's type, from a mention that names it
    for r in sources:
        if r["name"] and not bare(r["mention"]) and r["source_type"] not in (None, "document", "anonymous"):
            types.setdefault(fold(r["name"]), r["source_type"])

    named: list[tuple[int, str | None, str, str, str]] = []  # (row, role lemma, key, name, type) of named
    anchors: list[tuple[int, str, str, str, str | None]] = []  # (offset, key, name, type, gender) named
    for i, r in enumerate(sources):
        r["speaker_key"] = r["speaker_name"] = r["speaker_type"] = None
        name = r["name"]
        if name and r["name_label"] == "ORG" and r["source_type"] == "person" and r["role"]:
            name = None  # "la secrétaire générale de la CGT": a person described, not the organisation
        elif name and name == name.lower():
            name = None  # a common noun ("l'institut"): a description
        if name:
            type_ = types.get(fold(name)) or r["source_type"]
            if type_ in (None, "document", "anonymous"):
                type_ = LABEL_TYPES.get(r["name_label"], type_ or "organisation")
            if is_person(type_) and r["name_label"] in ("PER", None):
                name = full_name(with_surname(name, r["mention"]))
            type_ = type_ if type_ in BODY_TYPES or type_ == "person" else "person"
            r["speaker_key"], r["speaker_name"], r["speaker_type"] = key(name, type_), name, type_
            lemma = None if bare(r["mention"]) else role_lemma(r["role"])
            named.append((i, lemma, r["speaker_key"], name, type_))
            if r.get("start_char") is not None and not bare(r["mention"]):
                hint = gender_in_text(r["mention"]) or gender_of_first_name(name)
                anchors.append((r["start_char"], r["speaker_key"], name, type_, hint))
    for e in entities:
        if e.get("start_char") is not None and e["label"] in LABEL_TYPES:
            type_ = LABEL_TYPES[e["label"]]
            name = e["norm"] or e["text"]
            name = full_name(name) if type_ == "person" else name
            anchors.append((e["start_char"], key(name, type_), name, type_, gender_of_first_name(name)))
    anchors.sort(key=lambda x: x[0])
    for i, r in enumerate(sources):
        if r["speaker_key"] or bare(r["mention"]):
            continue
        found, lemma = None, role_lemma(r["role"] or r["name"])
        if lemma and r["source_type"] != "anonymous":
            before = [n[1:] for n in named if n[0] < i and n[1] == lemma]
            after = {n[2]: n[1:] for n in named if n[0] > i and n[1] == lemma}
            found = before[-1] if before else next(iter(after.values())) if len(after) == 1 else None
        if not found and lemma and r["source_type"] != "anonymous":
            found = _nearest_before(r, anchors)
        if found:
            r["speaker_key"], r["speaker_name"], r["speaker_type"] = found[1:]
        elif r["role"] or r["name"] or (r["source_type"] == "anonymous" and r["mention"]):
            type_ = r["source_type"] or "person"
            label = r["role"] or r["name"] or r["mention"]
            r["speaker_key"] = f"{doc_id}#{type_}:{fold(label)}"
            r["speaker_name"], r["speaker_type"] = label, type_
    return sources


PLURAL = {"les", "des", "ces", "leurs", "plusieurs", "certains", "certaines", "de", "d'"}


def _nearest_before(r: dict, anchors: list) -> tuple | None:
    """A description ("la ministre", "le syndicat") of the nearest speaker named before it in the article, of
    its kind (person or body) and of a gender the description does not contradict; None for a plural."""
    if r.get("start_char") is None or words(r["mention"])[0].lower() in PLURAL:
        return None
    person = r["source_type"] in (None, "person")
    wanted = gender_in_text(r["mention"])
    for pos, k, name, type_, hint in reversed(anchors):
        if pos >= r["start_char"] or (type_ == "person") != person:
            continue
        if wanted and hint in ("female", "male") and hint != wanted:
            continue
        return (None, k, name, type_)
    return None


def _strip(name: str) -> str:
    ws = words(name)
    while len(ws) > 1 and ws[0] in titles():
        ws = ws[1:]
    return " ".join(ws)
