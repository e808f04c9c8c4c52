"""Render a processed Doc with displaCy: entities, figures, dates and sources as coloured spans."""

from __future__ import annotations

from spacy import displacy
from spacy.tokens import Doc, Span

COLOURS = {"ENTITY": "#d7e3fc", "FIGURE": "#ffd6a5", "DATE": "#caffbf", "SOURCE": "#ffadad"}


def _label(group: str, span: Span) -> str:
    if group == "figures" and span._.figure:
        f = span._.figure
        value = f.get("value") if f.get("value") is not None else f"{f.get('low')}..{f.get('high')}"
        extra = f" src {f['source_id']}" if f.get("source_id") is not None else ""
        return f"FIGURE {value} {f.get('unit') or ''}{extra}".strip()
    if group == "dates" and span._.date:
        return f"DATE {span._.date.get('type')} {span._.date.get('value')}"
    if group == "sources" and span._.source:
        return f"SOURCE {span._.source.get('source_id', '')} {span._.source.get('source_type') or ''}".strip()
    return group.upper()


def show(doc: Doc, jupyter: bool | None = None):
    """Display the extractions (one colour per table); returns the HTML outside a notebook."""
    spans = [{"start_token": e.start, "end_token": e.end, "label": f"ENTITY {e.label_}"} for e in doc.ents]
    for group in ("figures", "dates", "sources"):
        for span in doc.spans.get(group, []):
            spans.append({"start_token": span.start, "end_token": span.end, "label": _label(group, span)})
    data = {"text": doc.text, "spans": spans, "tokens": [t.text for t in doc]}
    colours = {s["label"]: COLOURS[s["label"].split()[0]] for s in spans}
    return displacy.render(data, style="span", manual=True, jupyter=jupyter, options={"colors": colours})
