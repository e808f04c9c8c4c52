"""Markdown articles: the plain text the pipeline reads, and a map of its characters back to the file.

A Markdown article (``.md``) carries links, emphasis and headings that are not words of the text. The file is
parsed by a CommonMark parser (markdown-it-py) and only its text is kept: "**1 200 hectares** ont brûlé"
reads "1 200 hectares ont brûlé", "[le préfet](https://...)" reads "le préfet", a soft line break reads as a
space, blocks (paragraphs, headings, list items) are separated by a line break, or a blank line where the file
has one. ``offsets`` maps every character of that text to its place in the file, so the tables keep the
file's offsets (``Plain.span``).

markdown-it gives the lines of each block, not the offsets of inline text: each piece of text is found in its
block's lines from where the previous one ended (whole, else character by character for what escapes and
entities changed: "\\*" reads "*", "&amp;" reads "&").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache


@dataclass
class Plain:
    """The text of a Markdown source and, for each of its characters, its offset in the source
    (``offsets[len(text)]`` is the source's length)."""

    text: str
    offsets: list[int]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The source's offsets of ``text[start:end]`` (from its first character to its last, inclusive)."""
        if end <= start:
            return self.offsets[start], self.offsets[start]
        return self.offsets[start], self.offsets[end - 1] + 1


@lru_cache(maxsize=1)
def _parser():
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark")


class _Builder:
    """The plain text and its offsets, built piece by piece while walking the tokens."""

    def __init__(self, source: str):
        self.source = source
        self.chars: list[str] = []
        self.offsets: list[int] = []
        self.cursor = 0  # where the next piece is looked for in the source
        self.limit = len(source)  # the end of the current block's lines

    def add(self, piece: str) -> None:
        """Text that is in the source (found from the cursor), as the parser read it."""
        at = self.source.find(piece, self.cursor, self.limit)
        if at >= 0:
            self.chars.extend(piece)
            self.offsets.extend(range(at, at + len(piece)))
            self.cursor = at + len(piece)
            return
        for ch in piece:  # escapes and entities: each character where it is, else where we are
            at = self.source.find(ch, self.cursor, self.limit)
            self.chars.append(ch)
            self.offsets.append(at if at >= 0 else min(self.cursor, len(self.source) - 1))
            if at >= 0:
                self.cursor = at + 1

    def add_markup(self, ch: str, at: int) -> None:
        """A space or a line break that stands for markup at ``at`` (a soft break, a block boundary)."""
        self.chars.append(ch)
        self.offsets.append(min(at, len(self.source) - 1))

    def separate(self, start: int) -> None:
        """A line break between two blocks (two where the source has a blank line between them), placed on
        the source's line breaks between the previous block's text and ``start``."""
        if not self.chars:
            return
        gap = self.source[self.cursor : start]
        breaks = [self.cursor + i for i, c in enumerate(gap) if c == "\n"] or [self.cursor]
        blank = any(not line.strip() for line in gap.split("\n")[1:-1])
        for k in range(2 if blank else 1):
            self.add_markup("\n", breaks[min(k, len(breaks) - 1)])


def _after_target(source: str, at: int, limit: int) -> int:
    """Where a link's or an image's markup ends: past the "]" from ``at`` and its "(target)" (parentheses
    balanced) or "[reference]"; ``at`` itself for an autolink ("<https://...>") or a bare reference."""
    close = source.find("]", at, limit)
    if close < 0:
        return at
    end = close + 1
    if source.startswith("(", end):
        depth = 0
        for i in range(end, limit):
            depth += {"(": 1, ")": -1}.get(source[i], 0)
            if depth == 0:
                return i + 1
    elif source.startswith("[", end):
        ref = source.find("]", end, limit)
        return ref + 1 if ref >= 0 else end
    return end


def _line_starts(source: str) -> list[int]:
    starts = [0]
    for i, c in enumerate(source):
        if c == "\n":
            starts.append(i + 1)
    starts.append(len(source))
    return starts


def to_plain(source: str) -> Plain:
    """The text of a Markdown source, with its map back to the source."""
    if not source:
        return Plain("", [0])
    lines = _line_starts(source)
    out = _Builder(source)
    for token in _parser().parse(source):
        if token.map is None or token.type not in ("inline", "code_block", "fence"):
            continue  # block openings and closings, rules, HTML blocks: markup
        start, end = lines[min(token.map[0], len(lines) - 1)], lines[min(token.map[1], len(lines) - 1)]
        out.separate(start)
        out.cursor, out.limit = max(out.cursor, start), end
        if token.type != "inline":  # code: its content as it is
            out.add(token.content.rstrip("\n"))
            continue
        for child in token.children or []:
            if child.type in ("text", "code_inline"):
                out.add(child.content)
            elif child.type in ("softbreak", "hardbreak"):
                at = source.find("\n", out.cursor, out.limit)
                out.add_markup(" " if child.type == "softbreak" else "\n", at if at >= 0 else out.cursor)
                if at >= 0:
                    out.cursor = at + 1
            elif child.type == "image" or (child.type == "link_close" and child.markup != "autolink"):
                # past "](target)": what follows is not in it
                out.cursor = _after_target(source, out.cursor, out.limit)
            # link_open, em/strong, images (their alt text is no article text), inline HTML: markup
    out.limit = len(source)
    return Plain("".join(out.chars), out.offsets + [len(source)])
