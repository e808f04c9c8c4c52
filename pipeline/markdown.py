"""Markdown markup blanked out of an article's text, offsets kept.

A Markdown article (``.md``) carries links, emphasis and headings that are not words of the text: read as
they are, "[l'Insee](https://www.insee.fr)" becomes the source name "Insee](https://www.insee.fr". Each markup
character is replaced by a space instead of being removed, so the text keeps its length and every offset in
the tables still points into the file as read ("[l'Insee](https://...)" -> " l'Insee" then spaces).
"""

from __future__ import annotations

import re

# [text](url "title") and ![alt](url): the brackets and the target are markup, the text is kept
LINK = re.compile(
    r"!?\[(?P<text>[^\[\]\n]*)\]\((?P<target>[^()\s]*(?:\([^()\s]*\)[^()\s]*)*(?:\s+\"[^\"\n]*\")?)\)"
)
# **bold**, __bold__, *em*, _em_ around a word (not the _ inside snake_case words, nor "3 * 4")
EMPHASIS = re.compile(r"(?<![\w*])(\*\*|__|\*|_)(?=\S)(?P<inner>[^\n]*?\S)\1(?![\w*])")
HEADING = re.compile(r"^(?P<marks>#{1,6})[ \t]+", re.M)
QUOTE = re.compile(r"^(?P<marks>>[ \t]?)", re.M)


def _blank(text: list[str], start: int, end: int) -> None:
    for i in range(start, end):
        if text[i] != "\n":
            text[i] = " "


def blank_markdown(text: str) -> str:
    """``text`` with its Markdown markup replaced by spaces (same length, same offsets)."""
    if not any(c in text for c in "[*_#>"):
        return text
    out = list(text)
    for m in LINK.finditer(text):
        _blank(out, m.start(), m.start("text"))  # "[" or "!["
        _blank(out, m.end("text"), m.end())  # "](url)"
    for m in EMPHASIS.finditer(text):
        _blank(out, m.start(), m.start("inner"))
        _blank(out, m.end("inner"), m.end())
    for pattern in (HEADING, QUOTE):
        for m in pattern.finditer(text):
            _blank(out, m.start("marks"), m.end("marks"))
    return "".join(out)
