"""Turn a processed Doc into table rows (plain dicts keyed by the schema's column names).

The only place that reads spaCy objects for output; writers and DataFrames take these rows. It only reads
what the components wrote (span groups and extensions, see ``pipeline.extensions``); it does no NLP.
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc, Span

from .components.common.text import doc_text
from .schema import TABLES

# (table, span group, span extension, id column, qualifier extensions)
SPAN_TABLES = (
    ("figures", "figures", "figure", "fig_id", ("source_id", "hedged")),
    ("dates", "dates", "date", "date_id", ("source_id", "hedged")),
    ("sources", "sources", "source", "source_id", ("hedged",)),
)


class Sentences:
    """Sentence index of a character offset."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.sents = list(doc.sents) if doc.has_annotation("SENT_START") or len(doc) == 0 else [doc[:]]
        self.starts = [s.start_char for s in self.sents]
        self._text: str | None = None

    @property
    def text(self) -> str:
        """``doc.text``, read once (Doc.text joins every token on each access)."""
        if self._text is None:
            self._text = doc_text(self.doc)
        return self._text

    def hedged(self) -> list[bool]:
        """Whether each sentence holds a hedge cue (``doc.spans["hedges"]``, from news_hedging)."""
        out = [False] * len(self.sents)
        for cue in self.doc.spans["hedges"] if "hedges" in self.doc.spans else ():
            out[self.index(cue.start_char)] = True
        return out

    def index(self, char: int) -> int:
        return max(bisect_right(self.starts, char) - 1, 0)


def _span_row(doc_id: str, sents: Sentences, span: Span) -> dict:
    return {
        "doc_id": doc_id,
        "sent_id": sents.index(span.start_char),
        "start_char": span.start_char,
        "end_char": span.end_char,
        "text": span.text,
    }


def span_table_rows(
    doc: Doc, doc_id: str, sents: Sentences, table: str, group: str, attr: str, id_col: str, qualifiers=()
) -> list[dict]:
    columns = TABLES[table].names
    spans = sorted(doc.spans[group], key=lambda s: (s.start_char, s.end_char)) if group in doc.spans else []
    rows = []
    for i, span in enumerate(spans):
        row = _span_row(doc_id, sents, span)
        row[id_col] = i
        row.update(getattr(span._, attr) or {})
        for name in qualifiers:
            row[name] = getattr(span._, name)
        rows.append({c: row.get(c) for c in columns})
    return rows


def entity_rows(doc: Doc, doc_id: str, sents: Sentences) -> list[dict]:
    rows = []
    for i, ent in enumerate(doc.ents):
        row = _span_row(doc_id, sents, ent)
        row.update(ent_id=i, label=ent.label_, norm=ent._.norm)
        rows.append(row)
    return rows


def claim_rows(doc_id: str, sents: Sentences, tables: dict[str, list[dict]]) -> list[dict]:
    """One row per sentence that carries a figure, a date, an attribution or a hedge (a claim made in the
    conditional, "ne reposerait plus sur...", is a claim even with no figure in it)."""
    by_sent: dict[int, dict] = {}
    for table in ("figures", "dates", "sources"):
        for row in tables[table]:
            by_sent.setdefault(row["sent_id"], {"figures": [], "dates": [], "sources": []})[table].append(row)
    sources = {r["source_id"]: r for r in tables["sources"]}
    sents_hedged = sents.hedged()
    text = sents.text
    rows = []
    for i, sent in enumerate(sents.sents):
        got = by_sent.get(i)
        if got is None:
            if not sents_hedged[i]:
                continue
            got = {"figures": [], "dates": [], "sources": []}
        linked = [r["source_id"] for r in got["figures"] + got["dates"] if r.get("source_id") is not None]
        if not linked:
            linked = [r["source_id"] for r in got["sources"]]
        source_id = linked[0] if linked else None
        source = sources.get(source_id, {})
        # hedged when the sentence is (a conditional, a hedge word), even with no figure in it
        hedged = sents_hedged[i] or any(
            bool(r.get("hedged")) for r in got["figures"] + got["dates"] + got["sources"]
        )
        start_char, end_char = sent.start_char, sent.end_char
        rows.append(
            {
                "doc_id": doc_id,
                "sent_id": i,
                "start_char": start_char,
                "end_char": end_char,
                "text": text[start_char:end_char],  # sent.text
                "source_id": source_id,
                "source_name": source.get("name") or source.get("text"),
                "hedged": hedged,
                "n_figures": len(got["figures"]),
                "n_dates": len(got["dates"]),
            }
        )
    return rows


def doc_rows(doc: Doc, meta: dict) -> dict[str, list[dict]]:
    """All rows of one article: ``{"articles": [row], "entities": [...], "figures": [...], ...}``."""
    doc_id = meta["doc_id"]
    sents = Sentences(doc)
    tables: dict[str, list[dict]] = {"entities": entity_rows(doc, doc_id, sents)}
    for table, group, attr, id_col, qualifiers in SPAN_TABLES:
        tables[table] = span_table_rows(doc, doc_id, sents, table, group, attr, id_col, qualifiers)
    tables["claims"] = claim_rows(doc_id, sents, tables)
    article = {**meta, "n_chars": len(sents.text), "n_tokens": len(doc), "n_sentences": len(sents.sents)}
    article.update({f"n_{name}": len(rows) for name, rows in tables.items()})
    tables["articles"] = [{c: article.get(c) for c in TABLES["articles"].names}]
    return tables
