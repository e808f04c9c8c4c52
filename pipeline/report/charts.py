"""Small inline SVG charts (no library, no script): the report stays one folder of static files that opens
offline, and a chart costs microseconds to build. Every bar carries a <title> (the browser's tooltip)."""

from __future__ import annotations

from markupsafe import Markup, escape


def bars(items: list[tuple[str, int]], width: int = 460, bar: int = 18, label_width: int = 170) -> Markup:
    """Horizontal bars, one per (label, count), in the order given."""
    if not items:
        return Markup('<p class="empty">nothing to show</p>')
    top = max(n for _, n in items) or 1
    span = width - label_width - 40
    height = len(items) * (bar + 6) + 4
    out = [f'<svg class="chart" role="img" viewBox="0 0 {width} {height}" width="{width}" height="{height}">']
    for i, (label, n) in enumerate(items):
        y = 2 + i * (bar + 6)
        w = max(1, round(span * n / top))
        short = label if len(label) <= 26 else label[:25] + "…"
        out.append(
            f"<g><title>{escape(label)}: {n}</title>"
            f'<text x="{label_width - 6}" y="{y + bar - 5}" text-anchor="end">{escape(short)}</text>'
            f'<rect x="{label_width}" y="{y}" width="{w}" height="{bar}" rx="2"></rect>'
            f'<text x="{label_width + w + 4}" y="{y + bar - 5}">{n}</text></g>'
        )
    out.append("</svg>")
    return Markup("".join(out))


def timeline(counts: list[tuple[str, int]], width: int = 940, height: int = 150) -> Markup:
    """Columns over consecutive periods (months or years, labels as given), the count on each column."""
    if not counts:
        return Markup('<p class="empty">no dated period in this run</p>')
    top = max(n for _, n in counts) or 1
    plot = height - 34
    step = (width - 20) / len(counts)
    out = [f'<svg class="chart timeline" role="img" viewBox="0 0 {width} {height}" width="{width}" '
           f'height="{height}">']  # fmt: skip
    every = max(1, round(len(counts) / 12))
    for i, (label, n) in enumerate(counts):
        x = 10 + i * step
        h = round(plot * n / top) if n else 0
        out.append(
            f"<g><title>{escape(label)}: {n}</title>"
            f'<rect x="{x + 1:.1f}" y="{4 + plot - h}" width="{max(step - 2, 1):.1f}" '
            f'height="{h}"></rect></g>'
        )
        if i % every == 0:
            out.append(f'<text x="{x:.1f}" y="{height - 12}">{escape(label)}</text>')
    out.append(f'<line x1="10" x2="{width - 10}" y1="{4 + plot}" y2="{4 + plot}"></line></svg>')
    return Markup("".join(out))
