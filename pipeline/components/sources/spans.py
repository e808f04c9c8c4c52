"""The output: one span per attribution in ``doc.spans["sources"]``, its row on ``span._.source``."""

from __future__ import annotations

from spacy.tokens import Span

from .document import Article
from .models import Attribution


def spans(art: Article, attributions: list[Attribution]) -> list[Span]:
    """One span per attribution: its source mention, or its cue when there is none. Extension data is
    keyed by offsets, so a mention shared by two attributions ("il" says two things) stands once; the
    second is represented by its cue (its row still holds the mention's offsets)."""
    doc = art.doc
    out, used = [], set()
    for i, a in enumerate(attributions):
        span = None
        for where in (a.mention, a.cue):
            if where is None:
                continue
            found = doc.char_span(where[0], where[1], alignment_mode="expand")
            if found is not None and (found.start_char, found.end_char) not in used:
                span = Span(doc, found.start, found.end, label=a.kind)
                break
        if span is None:
            continue
        used.add((span.start_char, span.end_char))
        mention = a.mention
        span._.source = {
            "source_id": i,
            "sent_id": art.doc_sent_index(art.token_at(a.cue[0])),
            "kind": a.kind,
            "cue": art.text[a.cue[0] : a.cue[1]],
            "cue_start_char": a.cue[0],
            "cue_end_char": a.cue[1],
            "start_char": mention[0] if mention else None,
            "end_char": mention[1] if mention else None,
            "text": art.text[mention[0] : mention[1]] if mention else None,
            "name": a.name,
            "name_label": a.name_label,
            "role": a.role,
            "source_type": a.source_type,
            "relayed_by": a.relay,
            "content_start_char": a.content[0] if a.content else None,
            "content_end_char": a.content[1] if a.content else None,
            "verb_char": art.tok_starts[a.verb] if a.verb is not None else None,
            "hedge_cue": a.hedge_cue,
        }
        out.append(span)
    return out
