"""``pipeline.show``: the report's article view of one article, in a notebook or as HTML.

Of a processed Doc (``pipeline.parse``): the Doc goes through the same rows as the tables
(``pipeline.rows``). Of one article of a ``Tables`` (``pipeline.extract``): its rows and its text
(``tables.texts``). Either way the rows go through the report's article view (``pipeline.report``): the text
as written with its paragraphs, figures, dates, entities and sources marked one colour each, and a card per
figure and date with its source, role, type, cue, statement and whether it is hedged.
"""

from __future__ import annotations

from spacy.tokens import Doc


def html(doc: Doc, title: str | None = None) -> str:
    """The article view of a Doc as a self-contained HTML fragment (styles and script inline)."""
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


def tables_html(tables, doc_id: str) -> str:
    """The article view of the article ``doc_id`` of a ``pipeline.Tables`` (KeyError when it has none)."""
    from .report.pages import frames_fragment

    if not (tables.articles["doc_id"] == doc_id).any():
        raise KeyError(f"no article {doc_id!r} in these tables")
    frames = {name: df[df["doc_id"] == doc_id] for name, df in tables.items() if name != "errors"}
    return frames_fragment(frames, tables.texts.get(doc_id))


def show(obj, doc_id: str | None = None, jupyter: bool | None = None, title: str | None = None):
    """Display the article view in a notebook; outside one (or with ``jupyter=False``), return its HTML.

    ``obj``: a processed Doc (``pipeline.parse``), or a ``pipeline.Tables`` with the ``doc_id`` of one of
    its articles: ``pipeline.show(tables, "seeds/000.txt")``."""
    if isinstance(obj, Doc):
        fragment = html(obj, title)
    elif doc_id is None:
        raise TypeError("show(tables, doc_id): name the article to show")
    else:
        fragment = tables_html(obj, doc_id)
    if jupyter is None:
        from spacy.util import is_in_jupyter

        jupyter = is_in_jupyter()
    if jupyter:
        from IPython.display import HTML, display

        display(HTML(fragment))
        return None
    return fragment
