"""Direct quotations of an article: « ... », “ ... ” and "...", possibly over several sentences."""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.tokens import Doc

from .models import Quote

QUOTE = re.compile(r"«([^«»]*)»|“([^“”]*)”|\"([^\"\n]*)\"")


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

    out = []
    for m in QUOTE.finditer(text):
        open_char, close_char = m.start(), m.end() - 1
        open_tok, close_tok = token_at(open_char), token_at(close_char)
        if open_tok is None or close_tok is None:
            continue
        inner_start, inner_end = open_char + 1, close_char
        while inner_start < inner_end and text[inner_start].isspace():
            inner_start += 1
        while inner_end > inner_start and text[inner_end - 1].isspace():
            inner_end -= 1
        if inner_start >= inner_end:
            continue
        out.append(Quote(open_char, close_char, inner_start, inner_end, open_tok, close_tok))
    return out
