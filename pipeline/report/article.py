"""The article view: the text as written, in blocks (title, paragraphs), with the figures, dates, entities and
sources marked, one colour each, and a card on each figure and date (source, role, type, cue, statement,
hedged).

Input is plain view dicts (see ``pipeline.report.data``); output is an HTML fragment. Overlapping spans nest:
a span that crosses another is closed and reopened around it, and every span is cut at block boundaries.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from markupsafe import Markup, escape

# inner spans come last among spans that start at the same offset with the same end
RANK = {"stmt": -1, "src": 0, "cue": 1, "ent": 2, "date": 3, "fig": 4}
PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v\u00a0]*\n\s*")


@dataclass
class Mark:
    start: int
    end: int
    cls: str  # fig, date, ent, src (mention), cue, stmt (what the source is said to have said)
    attrs: dict = field(default_factory=dict)  # data-* attributes, title, id
    card: str = ""  # HTML shown on hover / selection (figures and dates)


def blocks(text: str, title: str | None) -> list[tuple[int, int, str]]:
    """(start, end, kind) of the title (when the text starts with it) and of the paragraphs."""
    out = []
    pos = 0
    lead = len(text) - len(text.lstrip())
    if title and text[lead:].startswith(title.strip()):
        end = lead + len(title.strip())
        out.append((lead, end, "title"))
        pos = end
    for m in PARAGRAPH_BREAK.finditer(text + "\n\n", pos):
        start, stop = pos, m.start()
        while start < stop and text[start].isspace():
            start += 1
        if start < stop:
            out.append((start, min(stop, len(text)), "p"))
        pos = m.end()
    return out


def _open(mark: Mark, first: bool) -> str:
    attrs = {"class": mark.cls if first else f"{mark.cls} cont"}
    for k, v in mark.attrs.items():
        if first or k.startswith("data-"):
            attrs[k] = v
    return "<mark" + "".join(f' {k}="{escape(v)}"' for k, v in attrs.items()) + ">"


def _text(s: str) -> str:
    return str(escape(s)).replace("\n", "<br>")


def render_block(text: str, start: int, end: int, marks: list[Mark]) -> str:
    """The HTML of text[start:end] with the marks (clipped to the block) properly nested."""
    inside = [
        (max(m.start, start), min(m.end, end), m)
        for m in marks
        if m.start < end and m.end > start and m.end > m.start
    ]
    inside.sort(key=lambda x: (x[0], -x[1], RANK.get(x[2].cls, 9)))
    bounds = sorted({start, end, *(s for s, _, _ in inside), *(e for _, e, _ in inside)})
    opening: dict[int, list] = {}
    for s, e, m in inside:
        opening.setdefault(s, []).append((s, e, m))
    out: list[str] = []
    stack: list[tuple[int, Mark]] = []  # (end, mark)
    opened: set[int] = set()
    for i, b in enumerate(bounds):
        # close the spans ending here, reopening those above them that go on
        if any(e == b for e, _ in stack):
            reopen = []
            while stack and any(e == b for e, _ in stack):
                e, m = stack.pop()
                out.append("</mark>")
                _card(out, m, opened)
                if e != b:
                    reopen.append((e, m))
            for e, m in reversed(reopen):
                out.append(_open(m, False))
                stack.append((e, m))
        if b == end:
            break
        for _s, e, m in opening.get(b, []):
            out.append(_open(m, id(m) not in opened))
            stack.append((e, m))
        out.append(_text(text[b : bounds[i + 1]]))
    while stack:
        _e, m = stack.pop()
        out.append("</mark>")
        _card(out, m, opened)
    return "".join(out)


def _card(out: list[str], mark: Mark, opened: set[int]) -> None:
    """A card follows the first piece of its mark (CSS shows it on the mark's hover, focus or selection)."""
    if id(mark) in opened:
        return
    opened.add(id(mark))
    if mark.card:
        out.append(f'<span class="card" role="tooltip">{mark.card}</span>')


def render(text: str, title: str | None, marks: list[Mark]) -> Markup:
    """The article body: ``<h1 class="a-title">`` for a leading title, ``<p>`` per paragraph."""
    html = []
    for start, end, kind in blocks(text, title):
        body = render_block(text, start, end, marks)
        html.append(f'<h1 class="a-title">{body}</h1>' if kind == "title" else f"<p>{body}</p>")
    return Markup("\n".join(html))
