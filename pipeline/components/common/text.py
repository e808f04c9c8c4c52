"""The article text of a Doc, read fast: shared by every component that scans ``doc.text``.

``Doc.text`` builds a Token object for each token on every access; this joins the token strings from the
token arrays instead (same result: each token's text, then a space when it has one). Retokenizing does not
change a Doc's text, so every component may call it on its own.
"""

from __future__ import annotations

from spacy.attrs import ORTH, SPACY
from spacy.tokens import Doc

MEMO_SIZE = 200_000  # token strings remembered across documents, by ORTH id
_ORTH_TEXT: dict[int, str] = {}
_WHITESPACE = ("", " ")


def doc_text(doc: Doc) -> str:
    """``doc.text``, built from the token arrays."""
    if len(doc) == 0:
        return doc.text
    arr = doc.to_array([ORTH, SPACY])
    orths = arr[:, 0].tolist()
    texts = list(map(_ORTH_TEXT.get, orths))
    if None in texts:
        strings = doc.vocab.strings
        texts = [strings[h] for h in orths]
        if len(_ORTH_TEXT) > MEMO_SIZE:
            _ORTH_TEXT.clear()
        _ORTH_TEXT.update(zip(orths, texts, strict=True))
    parts = [""] * (2 * len(texts))
    parts[0::2] = texts
    parts[1::2] = map(_WHITESPACE.__getitem__, arr[:, 1].tolist())
    return "".join(parts)
