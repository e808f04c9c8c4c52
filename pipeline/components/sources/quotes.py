"""Direct quotations of an article: « ... », “ ... ” and "...", possibly over several sentences; and the
quotations whose other mark is not in the text: one opened where speech opens (a paragraph's or sentence's
start, a colon) and never closed runs to the end of its paragraph (a quotation continued in the next
paragraph, a sentence cut from its text); one closed and never opened starts with its paragraph."""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.tokens import Doc

from .models import Quote

QUOTE = re.compile(r"«([^«»]*)»|“([^“”]*)”|\"([^\"\n]*)\"")
MARK = re.compile(r"[«»“”\"]")
OPENING = "«“"
SPEECH_OPENS = ":.!?…"  # the character before a quotation left open, when not a paragraph's start


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

    out, marks = [], []
    for m in QUOTE.finditer(text):
        open_char, close_char = m.start(), m.end() - 1
        marks += [open_char, close_char]
        open_tok, close_tok = token_at(open_char), token_at(close_char)
        if open_tok is None or close_tok is None:
            continue
        inner_start, inner_end = trimmed(text, open_char + 1, close_char)
        if inner_start < inner_end:
            out.append(Quote(open_char, close_char, inner_start, inner_end, open_tok, close_tok))
    paired = set(marks)
    for m in MARK.finditer(text):
        char = m.start()
        if char in paired or (tok := token_at(char)) is None:
            continue
        q = unpaired(text, tok_starts, out, char, tok)
        if q is not None:
            out.append(q)
    return sorted(out, key=lambda q: q.open_char)


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """[start, end) without the spaces at its edges."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def unpaired(text: str, tok_starts: list[int], found: list[Quote], char: int, tok: int) -> Quote | None:
    """The quotation a mark with no partner opens or closes, within its paragraph and before or after the
    paired quotations there; a straight mark opens when a word follows it, closes when one is before it."""
    par_start = text.rfind("\n", 0, char) + 1
    par_end = text.find("\n", char)
    par_end = len(text) if par_end < 0 else par_end
    before = text[par_start:char].rstrip()
    after = text[char + 1 : par_end].lstrip()
    if text[char] == '"' and before[-1:].isdigit():
        return None  # inches: 'un écran 12"'
    straight_opens = (not before or text[char - 1].isspace()) and after[:1].isalnum()
    opening = text[char] in OPENING or (text[char] == '"' and straight_opens)
    if opening:
        if before and before[-1] not in SPEECH_OPENS:
            return None  # a term in quotes, not speech: "une « citation"
        end = min([q.open_char for q in found if char < q.open_char < par_end] + [par_end])
        start, stop = trimmed(text, char + 1, end)
        close_tok = bisect_right(tok_starts, end - 1)
        ok = start < stop and len(tok_starts) > close_tok - 1 > tok
        return Quote(char, end, start, stop, tok, close_tok, closed=False) if ok else None
    begin = max([q.close_char + 1 for q in found if par_start <= q.close_char < char] + [par_start])
    start, stop = trimmed(text, begin, char)
    if start >= stop:
        return None
    open_tok = bisect_right(tok_starts, start - 1) - 1
    return Quote(start, char, start, stop, open_tok, tok, opened=False)
