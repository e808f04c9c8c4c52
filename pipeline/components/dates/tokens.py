"""Splitting the tokens a date boundary falls inside ("2002/2003" -> "2002", "/", "2003"), all at once.

spaCy's retokenizer splits one token at a time, each split rewriting the whole Doc (token array, tensor, parse
tree): quadratic on a long article. This builds the Doc once from the token arrays, with exactly what the
retokenizer (spaCy 3.8, ``_retokenize._split``) gives: the first piece keeps its token's annotations and head,
the others attach to it and, as the retokenizer leaves them, carry the tags, morphology, dependency label and
entity type of the tokens that followed the split one (its entity IOB, "I" after a "B"); a lemma, when set,
becomes the piece's text and the norm is left to the lexeme; heads pointing to a split token point to its
first piece; the parse tree and sentence starts are recomputed from the heads; the tensor gets zero rows for
the pieces and one more zero row at its end per split token.
"""

from __future__ import annotations

import numpy
from spacy.attrs import (
    DEP,
    ENT_ID,
    ENT_IOB,
    ENT_KB_ID,
    ENT_TYPE,
    HEAD,
    LEMMA,
    MORPH,
    NORM,
    ORTH,
    POS,
    SENT_START,
    SPACY,
    TAG,
)
from spacy.tokens import Doc

ATTRS = [LEMMA, NORM, POS, TAG, MORPH, ENT_IOB, ENT_TYPE, ENT_KB_ID, ENT_ID, DEP, HEAD, SENT_START, SPACY]
COL = {attr: i for i, attr in enumerate(ATTRS)}
B_IOB = 3  # ENT_IOB "B"; "I" is 1


def split_tokens(doc: Doc, cuts: dict[int, set[int]]) -> Doc:
    """``doc`` with token ``i`` cut at the character offsets ``cuts[i]`` (relative to the token): a new Doc,
    the same one when nothing is to cut. The span groups, extension values and other Doc data are kept."""
    pieces: dict[int, list[str]] = {}
    for i, offsets in cuts.items():
        text = doc[i].text
        bounds = [0, *sorted(o for o in offsets if 0 < o < len(text)), len(text)]
        orths = [text[a:b] for a, b in zip(bounds, bounds[1:], strict=False)]
        if len(orths) > 1:
            pieces[i] = orths
    if not pieces:
        return doc
    old = doc.to_array(ATTRS)  # uint64 (hashes); relative heads and -1 wrap around
    n = len(doc)
    extra = numpy.zeros(n, dtype=numpy.int64)  # pieces added by each token
    for i, orths in pieces.items():
        extra[i] = len(orths) - 1
    new_index = numpy.arange(n, dtype=numpy.int64) + numpy.concatenate(([0], numpy.cumsum(extra)[:-1]))
    rows = numpy.repeat(numpy.arange(n), extra + 1)  # the old token of each new one
    for i, orths in pieces.items():  # the retokenizer's pieces after the first: the next tokens' rows
        first = new_index[i]
        for k in range(1, len(orths)):
            rows[first + k] = i + k if i + k < n else i
    arr = old[rows].copy()
    strings = doc.vocab.strings
    words = [strings[h] for h in doc.to_array(ORTH).tolist()]
    new_words: list[str] = []
    for i, word in enumerate(words):
        new_words.extend(pieces.get(i, (word,)))
    has_dep = doc.has_annotation("DEP")
    # absolute heads: the first piece of the head
    heads = new_index[numpy.arange(n) + old[:, COL[HEAD]].astype(numpy.int64)][rows]
    for i, orths in pieces.items():
        first = new_index[i]
        for k, orth in enumerate(orths):
            j = first + k
            if arr[j, COL[LEMMA]]:
                arr[j, COL[LEMMA]] = doc.vocab.strings.add(orth)
            arr[j, COL[NORM]] = 0
            arr[j, COL[SPACY]] = 0 if k < len(orths) - 1 else old[i, COL[SPACY]]
            iob = old[i, COL[ENT_IOB]]
            arr[j, COL[ENT_IOB]] = 1 if k and iob == B_IOB else iob
            if k:
                heads[j] = first
    arr[:, COL[HEAD]] = (heads - numpy.arange(len(new_words))).astype(numpy.uint64)
    spaces = [bool(s) for s in arr[:, COL[SPACY]]]
    # the same user_data (extension values, a failure recorded later) and nlp.pipe's context (as_tuples): to
    # the runner, the new Doc is the one it sent
    new = Doc(doc.vocab, words=new_words, spaces=spaces, user_data=doc.user_data)
    new._context = doc._context
    attrs = [LEMMA, NORM, POS, TAG, MORPH, ENT_IOB, ENT_TYPE, ENT_KB_ID, ENT_ID]
    attrs += [DEP, HEAD] if has_dep else [SENT_START]
    new.from_array(attrs, arr[:, [COL[a] for a in attrs]])
    if doc.tensor is not None and doc.tensor.size:
        tensor = doc.tensor[rows].copy()
        for i, orths in pieces.items():
            tensor[new_index[i] : new_index[i] + len(orths)] = 0
        pad = numpy.zeros((len(pieces), tensor.shape[1]), dtype=tensor.dtype)
        new.tensor = numpy.concatenate([tensor, pad])
    new.cats = dict(doc.cats)
    for name, group in doc.spans.items():
        spans = [
            new.char_span(s.start_char, s.end_char, label=s.label_, kb_id=s.kb_id_, alignment_mode="expand")
            for s in group
        ]
        new.spans[name] = [s for s in spans if s is not None]
    return new
