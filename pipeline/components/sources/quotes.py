"""Direct quotations of an article: « ... », “ ... ” and "...", possibly over several sentences; and the
quotations whose other mark is not in the text: one opened where speech opens (a paragraph's or sentence's
start, a colon) and never closed runs to the end of its paragraph (a quotation continued in the next
paragraph, a sentence cut from its text); one closed and never opened starts with its paragraph.

A straight mark (") looks the same at both ends: it opens where a word follows it and closes where one
comes before it ("mot", « mot" »); a mark with spaces on both sides closes before punctuation and opens
after a colon or a sentence's end. Marks are paired in order within a paragraph, so a closing mark with
nothing open (the end of a quotation cut from its start) never opens the next one."""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.tokens import Doc

from .models import Quote

PAIRED = re.compile(r"«[^«»]*»|“[^“”]*”")
LONE = re.compile(r"[«»“”]")
STRAIGHT = re.compile(r"\"")
OPENING = "«“"
SPEECH_OPENS = ":.!?…"  # the character before a quotation left open, when not a paragraph's start
CLOSES_BEFORE = ".,;:!?…)]"  # after a spaced straight mark: it closes


def find_quotes(doc: Doc, text: str | None = None, tok_starts: list[int] | None = None) -> list[Quote]:
    """Every quotation whose marks are tokens of their own (in text order). ``text`` and ``tok_starts``
    (each token's ``idx``) may be passed when the caller already has them."""
    if text is None:
        text = doc.text
    if tok_starts is None:
        tok_starts = [t.idx for t in doc]

    def token_at(char: int) -> int | None:
        """The (last) token starting at ``char``: offsets never decrease."""
        k = bisect_right(tok_starts, char) - 1
        return k if k >= 0 and tok_starts[k] == char else None

    pairs: list[tuple[int, int]] = [(m.start(), m.end() - 1) for m in PAIRED.finditer(text)]
    marks = {c for pair in pairs for c in pair}
    lone: list[tuple[int | None, int | None]] = []
    for m in LONE.finditer(text):
        if m.start() not in marks:
            lone.append((m.start(), None) if m.group() in OPENING else (None, m.start()))
    starts = [a for a, _ in pairs]  # disjoint and in order: a mark inside one is found by bisection

    def inside(char: int) -> bool:
        k = bisect_right(starts, char) - 1
        return k >= 0 and pairs[k][0] < char < pairs[k][1]

    straight = [m.start() for m in STRAIGHT.finditer(text) if not inside(m.start())]
    for pair in straight_pairs(text, straight):
        (pairs if None not in pair else lone).append(pair)

    out = []
    for open_char, close_char in sorted(pairs):
        open_tok, close_tok = token_at(open_char), token_at(close_char)
        if open_tok is None or close_tok is None:
            continue
        inner_start, inner_end = trimmed(text, open_char + 1, close_char)
        if inner_start < inner_end:
            out.append(Quote(open_char, close_char, inner_start, inner_end, open_tok, close_tok))
    if lone:
        paired = Paired(text, out)
        for open_char, close_char in lone:
            char = open_char if open_char is not None else close_char
            tok = token_at(char)
            if tok is None:
                continue
            q = (left_open if open_char is not None else closed_only)(text, tok_starts, paired, char, tok)
            if q is not None:
                out.append(q)
    kept: list[Quote] = []
    for q in sorted(out, key=lambda q: (q.open_char, -q.close_char)):
        if not kept or q.open_char > kept[-1].close_char:  # disjoint: not one inside another
            kept.append(q)
    return kept


def straight_pairs(text: str, marks: list[int]) -> list[tuple[int | None, int | None]]:
    """The straight marks paired in order within each paragraph: (open, close), with None for the mark a
    quotation cut from its text lacks."""
    out: list[tuple[int | None, int | None]] = []
    opened: int | None = None
    for char in marks:
        if opened is not None and "\n" in text[opened:char]:
            out.append((opened, None))
            opened = None
        if opened is None:
            if straight_role(text, char) == "close":
                out.append((None, char))
            else:
                opened = char
        else:
            out.append((opened, char))
            opened = None
    if opened is not None:
        out.append((opened, None))
    return out


def straight_role(text: str, char: int) -> str:
    """ "open", "close" or "either" for a straight mark, from the characters around it."""
    before = text[char - 1] if char > 0 else "\n"
    after = text[char + 1] if char + 1 < len(text) else "\n"
    if before.isdigit() or after in CLOSES_BEFORE or after == "\n":
        return "close"  # 'grave ".', 'grave", dit-il'; inches ('un écran 12"') never open
    if not before.isspace() and after.isspace():
        return "close"
    if before.isspace() and not after.isspace():
        return "open"
    if before.isspace() and after.isspace():
        nxt = text[char + 1 :].lstrip()[:1]
        prev = text[:char].rstrip()[-1:]
        if not nxt or nxt in CLOSES_BEFORE:
            return "close"
        if not prev or prev in SPEECH_OPENS or prev == "\n":
            return "open"
    return "either"


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """[start, end) without the spaces at its edges."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


class Paired:
    """The paired quotations and the paragraph breaks of a text, looked up by bisection."""

    def __init__(self, text: str, quotes: list[Quote]):
        self.opens = sorted(q.open_char for q in quotes)
        self.closes = sorted(q.close_char for q in quotes)
        self.breaks = [m.start() for m in re.finditer("\n", text)]
        self.size = len(text)

    def paragraph(self, char: int) -> tuple[int, int]:
        k = bisect_right(self.breaks, char)
        start = self.breaks[k - 1] + 1 if k else 0
        return start, self.breaks[k] if k < len(self.breaks) else self.size

    def next_open(self, char: int, limit: int) -> int:
        """The first paired quotation opening after ``char``, or ``limit``."""
        k = bisect_right(self.opens, char)
        return min(self.opens[k], limit) if k < len(self.opens) else limit

    def last_close(self, char: int, floor: int) -> int:
        """Just after the last paired quotation closing before ``char``, or ``floor``."""
        k = bisect_right(self.closes, char - 1) - 1
        return max(self.closes[k] + 1, floor) if k >= 0 else floor


def left_open(text: str, tok_starts: list[int], paired: Paired, char: int, tok: int) -> Quote | None:
    """A quotation opened where speech opens and never closed: to the end of its paragraph, or to the next
    quotation there. Not a term in quotes mid-sentence ("une « citation")."""
    par_start, par_end = paired.paragraph(char)
    j = char - 1
    while j >= par_start and text[j].isspace():
        j -= 1
    if j >= par_start and text[j] not in SPEECH_OPENS:
        return None
    end = paired.next_open(char, par_end)
    start, stop = trimmed(text, char + 1, end)
    close_tok = bisect_right(tok_starts, end - 1)
    if start >= stop or close_tok - 1 <= tok:
        return None
    return Quote(char, end, start, stop, tok, close_tok, closed=False)


def closed_only(text: str, tok_starts: list[int], paired: Paired, char: int, tok: int) -> Quote | None:
    """A quotation closed and never opened: from its paragraph's start, or the last quotation there."""
    begin = paired.last_close(char, paired.paragraph(char)[0])
    start, stop = trimmed(text, begin, char)
    if start >= stop or text[char] == '"' and text[char - 1].isdigit():
        return None
    return Quote(start, char, start, stop, bisect_right(tok_starts, start - 1) - 1, tok, opened=False)
