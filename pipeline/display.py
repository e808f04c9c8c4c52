"""``pipeline.show(doc)``: the report's article view of one processed Doc, in a notebook or as HTML.

The Doc goes through the same rows as the tables (``pipeline.rows``), then through the report's article
view (``pipeline.report``): the text as written with its paragraphs, figures, dates, entities and sources
marked one colour each, and a card per figure and date with its source, role, type, cue, statement and
whether it is hedged.
"""

from __future__ import annotations

from spacy.tokens import Doc


def html(doc: Doc, title: str | None = None) -> str:
    """The article view as a self-contained HTML fragment (styles and script inline)."""
    from .report.pages import article_fragment
    from .rows import doc_rows

    meta = {
        "doc_id": doc.user_data.get("doc_id") or "doc",
        "path": None,
        "title": title,
        "published": doc._.published,
        "url": None,
        "source": None,
    }
    return article_fragment(doc_rows(doc, meta), doc.text)


def show(doc: Doc, jupyter: bool | None = None, title: str | None = None):
    """Display the article view in a notebook; outside one (or with ``jupyter=False``), return its HTML."""
    fragment = html(doc, title)
    if jupyter is None:
        from spacy.util import is_in_jupyter

        jupyter = is_in_jupyter()
    if jupyter:
        from IPython.display import HTML, display

        display(HTML(fragment))
        return None
    return fragment
