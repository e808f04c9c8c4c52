"""Every custom attribute the pipeline sets, registered in one place.

Values are plain dicts of str/float/int/bool/None, never Span objects, so that docs
cross process boundaries in ``nlp.pipe(n_process=...)`` (msgpack-serialisable).
"""

from spacy.tokens import Doc, Span

DOC_EXTENSIONS = {
    # ISO date or datetime the article was published; relative dates resolve against it.
    "published": None,
}

SPAN_EXTENSIONS = {
    # news_entities, on doc.ents: the canonical form shared by the mentions of one entity.
    "norm": None,
    # news_figures, on doc.spans["figures"]: value, low, high, qualifier, unit, per, kind.
    "figure": None,
    # news_dates, on doc.spans["dates"]: type, value, mod, bound, period_start, period_end, anchor.
    "date": None,
    # news_sources, on doc.spans["sources"]: the sources.csv columns of the attribution, plus verb_char (the
    # reporting verb's offset) and hedge_cue (the cue names no source: "selon des informations").
    "source": None,
    # news_links, on figures and dates: the source_id of the attribution it is reported under, or None.
    "source_id": None,
    # news_hedging, on figures, dates and sources: whether it is only reported as possible.
    "hedged": None,
}


def register() -> None:
    """Register the extensions once; safe to call many times."""
    for name, default in DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    for name, default in SPAN_EXTENSIONS.items():
        if not Span.has_extension(name):
            Span.set_extension(name, default=default)


register()
