"""Turn a processed Doc into table rows (plain dicts keyed by the schema's column names).

The only place that reads spaCy objects for output; writers and DataFrames take these rows. It only reads
what the components wrote (span groups and extensions, see ``pipeline.extensions``); it does no NLP.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from spacy.tokens import Doc, Span

from .components.common.text import doc_text
from .schema import TABLES
from .speakers.article import resolve as resolve_speakers
from .speakers.names import bare_mention

# (table, span group, span extension, id column, key column and its letter)
SPAN_TABLES = (
    ("figures", "figures", "figure", "fig_id", "figure_key", "f"),
    ("dates", "dates", "date", "date_id", "date_key", "d"),
    ("sources", "sources", "source", "source_id", "source_key", "s"),
)
# news_sources' names for what the sources table calls cue_kind and mention
SOURCE_RENAMES = {"kind": "cue_kind", "text": "mention"}
HEDGE_REASONS = {
    "conditional": "conditional",
    "word": "hedge word",
    "verb": "hedge verb",
    "phrase": "hedge phrase",
}
QUOTES = {"«": "»", "“": "”", '"': '"'}


def key(doc_id: str, letter: str, n: int) -> str:
    """A row's key, unique in the run: ``doc_id#fN``."""
    return f"{doc_id}#{letter}{n}"


def display_name(source: dict) -> str | None:
    """Who an attribution names: the proper name, else the role, else the mention."""
    return source.get("name") or source.get("role") or source.get("mention")


class Sentences:
    """The article's sentences (``doc.spans["sentences"]``, from news_sentences) and the sentence index of
    a character offset."""

    def __init__(self, doc: Doc):
        self.doc = doc
        if "sentences" in doc.spans:
            self.sents = list(doc.spans["sentences"])
        else:  # a pipeline without news_sentences: the parser's, or one sentence
            self.sents = list(doc.sents) if doc.has_annotation("SENT_START") else [doc[:]] if len(doc) else []
        self.starts = [s.start_char for s in self.sents]
        self.text = doc_text(doc)  # read once (Doc.text joins every token on each access)

    def index(self, char: int) -> int:
        return max(bisect_right(self.starts, char) - 1, 0)


def _span_row(doc_id: str, sents: Sentences, span: Span) -> dict:
    return {
        "doc_id": doc_id,
        "sent_id": sents.index(span.start_char),
        "start_char": span.start_char,
        "end_char": span.end_char,
        "text": sents.text[span.start_char : span.end_char],
    }


def span_table_rows(doc: Doc, doc_id: str, sents: Sentences, table: str) -> list[dict]:
    """The rows of figures, dates or sources, before their links to sources are filled in."""
    _, group, attr, id_col, key_col, letter = next(t for t in SPAN_TABLES if t[0] == table)
    spans = sorted(doc.spans[group], key=lambda s: (s.start_char, s.end_char)) if group in doc.spans else []
    rows = []
    for i, span in enumerate(spans):
        row = _span_row(doc_id, sents, span)
        row[id_col] = i
        row.update(getattr(span._, attr) or {})
        if table == "sources":
            for old, new in SOURCE_RENAMES.items():
                row[new] = row.pop(old, None)
            row["source_name"] = display_name(row)
        else:
            row["source_id"] = span._.source_id
        row[key_col] = key(doc_id, letter, row[id_col])
        row["hedged"] = span._.hedged
        rows.append(row)
    return rows


def entity_rows(doc: Doc, doc_id: str, sents: Sentences) -> list[dict]:
    rows = []
    for i, ent in enumerate(doc.ents):
        row = _span_row(doc_id, sents, ent)
        row.update(entity_key=key(doc_id, "e", i), ent_id=i, label=ent.label_, norm=ent._.norm)
        rows.append(row)
    return rows


def link_sources(rows: list[dict], sources: dict[int, dict]) -> None:
    """Fill a figure's or date's source columns from the attribution it is linked to."""
    for row in rows:
        source = sources.get(row.pop("source_id"))
        row["source_key"] = source["source_key"] if source else None
        row["source_name"] = source["source_name"] if source else None
        row["source_type"] = source["source_type"] if source else None


class HedgeCues:
    """The hedge cues (``doc.spans["hedges"]``, from news_hedging) by position."""

    def __init__(self, doc: Doc):
        cues = sorted(doc.spans["hedges"], key=lambda s: s.start_char) if "hedges" in doc.spans else []
        self.starts = [c.start_char for c in cues]
        self.cues = [(c.start_char, c.end_char, c.label_) for c in cues]

    def reasons(self, start: int, end: int) -> list[str]:
        """The kinds of the cues within characters [start, end), in a fixed order."""
        k = bisect_right(self.starts, start - 1)
        labels = set()
        while k < len(self.cues) and self.cues[k][0] < end:
            if self.cues[k][1] <= end:
                labels.add(self.cues[k][2])
            k += 1
        return [reason for label, reason in HEDGE_REASONS.items() if label in labels]


class Intervals:
    """Whether a range overlaps any of a set of ranges, in log time."""

    def __init__(self, ranges: list[tuple[int, int]]):
        ranges = sorted(ranges)
        self.starts = [a for a, _ in ranges]
        self.max_end, top = [], -1
        for _, b in ranges:
            top = max(top, b)
            self.max_end.append(top)

    def overlaps(self, start: int, end: int) -> bool:
        k = bisect_left(self.starts, end)  # the ranges starting before ``end``
        return k > 0 and self.max_end[k - 1] > start


def speech(text: str, start: int, end: int, cue_kind: str) -> str:
    """direct when the statement is the source's own words in quotation marks, else indirect."""
    if cue_kind == "quote":
        return "direct"
    inner = text[start:end].strip()
    before = text[max(start - 2, 0) : start].strip()
    after = text[end : end + 2].strip()
    for open_, close in QUOTES.items():
        if (inner[:1] == open_ and inner[-1:] == close) or (before[-1:] == open_ and after[:1] == close):
            return "direct"
    return "indirect"


def statement_rows(doc: Doc, doc_id: str, sents: Sentences, tables: dict[str, list[dict]]) -> list[dict]:
    """One row per attribution, and one per hedged sentence that no attribution covers (holding the figures
    and dates its hedge reaches, those whose own ``hedged`` is true)."""
    text, cues = sents.text, HedgeCues(doc)
    by_source: dict[str, dict[str, list[int]]] = {}
    for table, id_col in (("figures", "fig_id"), ("dates", "date_id")):
        for row in tables[table]:
            if row["source_key"] is not None:
                by_source.setdefault(row["source_key"], {"figures": [], "dates": []})[table].append(
                    row[id_col]
                )
    rows = []
    for s in tables["sources"]:
        start = s["content_start_char"] if s["content_start_char"] is not None else s["cue_start_char"]
        end = s["content_end_char"] if s["content_end_char"] is not None else s["cue_end_char"]
        reasons = ["unnamed source"] if s["hedge_cue"] else []
        if s["hedged"]:
            verb = s["verb_char"]
            around = cues.reasons(verb, verb + 1) if verb is not None else []
            reasons += [r for r in around + cues.reasons(start, end) if r not in reasons]
        held = by_source.get(s["source_key"], {"figures": [], "dates": []})
        rows.append(
            {
                "start_char": start,
                "end_char": end,
                "source_key": s["source_key"],
                "source_name": s["source_name"],
                "source_type": s["source_type"],
                "speaker_key": s["speaker_key"],
                "source_role": s["role"],
                "cue": s["cue"],
                "cue_kind": s["cue_kind"],
                "speech": speech(text, start, end, s["cue_kind"]),
                "hedged": s["hedged"],
                "hedge_reason": "; ".join(reasons) or None,
                "figures": held["figures"],
                "dates": held["dates"],
            }
        )
    covered = Intervals([(r["start_char"], r["end_char"]) for r in rows])
    starts = {table: [r["start_char"] for r in tables[table]] for table in ("figures", "dates")}  # sorted
    for sent in sents.sents:
        reasons = cues.reasons(sent.start_char, sent.end_char)
        if not reasons or covered.overlaps(sent.start_char, sent.end_char):
            continue
        inside = {}  # the figures and dates the hedge reaches: a conditional hedges its own clause only
        for table, id_col in (("figures", "fig_id"), ("dates", "date_id")):
            a, b = (bisect_left(starts[table], x) for x in (sent.start_char, sent.end_char))
            inside[table] = [r[id_col] for r in tables[table][a:b] if r["hedged"]]
        rows.append(
            {"start_char": sent.start_char, "end_char": sent.end_char, "hedged": True, **inside}
            | {"hedge_reason": "; ".join(reasons)}
        )
    rows.sort(key=lambda r: (r["start_char"], r["end_char"]))
    out = []
    for i, r in enumerate(rows):
        figures, dates = r.pop("figures"), r.pop("dates")
        r.update(
            doc_id=doc_id,
            statement_key=key(doc_id, "t", i),
            statement_id=i,
            sent_id=sents.index(r["start_char"]),
            text=text[r["start_char"] : r["end_char"]],
            n_figures=len(figures),
            n_dates=len(dates),
            fig_ids=" ".join(map(str, figures)) or None,
            date_ids=" ".join(map(str, dates)) or None,
        )
        out.append(r)
    return out


def doc_rows(doc: Doc, meta: dict) -> dict[str, list[dict]]:
    """All rows of one article: ``{"articles": [row], "entities": [...], "figures": [...], ...}``."""
    doc_id = meta["doc_id"]
    sents = Sentences(doc)
    tables: dict[str, list[dict]] = {"entities": entity_rows(doc, doc_id, sents)}
    for table, *_ in SPAN_TABLES:
        tables[table] = span_table_rows(doc, doc_id, sents, table)
    resolve_speakers(tables["sources"], tables["entities"], doc_id)
    for row in tables["sources"]:  # "qui", "il", "ses prévisions": the named speaker they stand for
        if (
            row["mention"]
            and bare_mention(row["mention"])  # a pronoun, "qui", a possessive: not a description
            and row["speaker_key"]
            and not row["speaker_key"].startswith(f"{doc_id}#")
        ):
            row["source_name"] = row["speaker_name"]
    sources = {row["source_id"]: row for row in tables["sources"]}
    link_sources(tables["figures"], sources)
    link_sources(tables["dates"], sources)
    tables["statements"] = statement_rows(doc, doc_id, sents, tables)
    article = {
        **meta,
        "outlet": meta.get("source"),
        "n_chars": len(sents.text),
        "n_tokens": len(doc),
        "n_sentences": len(sents.sents),
    }
    article.update({f"n_{name}": len(rows) for name, rows in tables.items()})
    tables["articles"] = [article]
    return {
        name: [{c: row.get(c) for c in TABLES[name].names} for row in rows] for name, rows in tables.items()
    }
