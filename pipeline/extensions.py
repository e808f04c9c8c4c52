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
    # On doc.spans["figures"]: value, low, high, qualifier, unit, per, kind, source_id, hedged.
    "figure": None,
    # On doc.spans["dates"]: type, value, mod, bound, period_start, period_end, anchor, source_id, hedged.
    "date": None,
    # On doc.spans["sources"]: the sources.csv columns of the attribution.
    "source": None,
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
