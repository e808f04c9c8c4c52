"""Regex pieces built from lexicon entries, shared by every component."""

from __future__ import annotations

import re

APOSTROPHE = "['’]"
_SPACES = re.compile(r"(?:\\ )+")
_APOSTROPHES = re.compile("['’]")


def alternation(forms, *, loose: bool = True, flags: str = "") -> str:
    """A regex alternation of literal forms, longest first (so that "millions" wins over "million").

    ``loose``: a space in a form matches any run of whitespace, and either apostrophe (' or ’) matches
    both, as written news mixes them. ``flags``: inline flags scoped to the group ("i")."""
    parts = []
    for form in sorted(set(forms), key=len, reverse=True):
        piece = re.escape(form)
        if loose:
            piece = _SPACES.sub(lambda _: r"\s+", _APOSTROPHES.sub(lambda _: APOSTROPHE, piece))
        parts.append(piece)
    body = "|".join(parts)
    return f"(?{flags}:{body})" if flags else f"(?:{body})"


def word_pattern(forms, *, loose: bool = True) -> str:
    """Forms that must stand as whole words (no letter, digit or hyphen joined to them)."""
    return rf"(?<![\w-]){alternation(forms, loose=loose)}(?![\w-])"


def ends_with(words) -> re.Pattern:
    """A text (lower case) ending with one of ``words``, at its start or after a non-word character: what
    precedes a match ("... il y a" before a duration)."""
    return re.compile(rf"(?:^|\W){alternation(words, loose=False)}$")


SPACES = re.compile(r"\s+")


def fold(word: str) -> str:
    """Lower case with typographic apostrophes and spaces normalised, for lexicon look-ups."""
    return SPACES.sub(" ", word.lower().replace("’", "'"))
