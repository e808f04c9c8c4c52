"""Direct quotations of an article: « ... », “ ... ” and "...", possibly over several sentences."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

QUOTE = re.compile(r"«([^«»]*)»|“([^“”]*)”|\"([^\"\n]*)\"")


@dataclass(frozen=True)
class Quote:
    open_char: int  # the opening mark
    close_char: int  # the closing mark
    inner_start: int  # the quoted words, without the marks and the spaces inside them
    inner_end: int
    open_tok: int
    close_tok: int


def find_quotes(doc: Doc, text: str | None = None, tok_starts: list[int] | None = None) -> list[Quote]:
    """Every quotation whose marks are tokens of their own (in text order). ``text`` and ``tok_starts``
    (each token's ``idx``) may be passed when the caller already has them."""
    if text is None:
        text = doc.text
    starts = (
        {t.idx: t.i for t in doc}
        if tok_starts is None
        else dict(zip(tok_starts, range(len(doc)), strict=True))
    )
    out = []
    for m in QUOTE.finditer(text):
        open_char, close_char = m.start(), m.end() - 1
        if open_char not in starts or close_char not in starts:
            continue
        inner_start, inner_end = open_char + 1, close_char
        while inner_start < inner_end and text[inner_start].isspace():
            inner_start += 1
        while inner_end > inner_start and text[inner_end - 1].isspace():
            inner_end -= 1
        if inner_start >= inner_end:
            continue
        out.append(
            Quote(open_char, close_char, inner_start, inner_end, starts[open_char], starts[close_char])
        )
    return out
