"""The report's pages: the run's tables -> ``OUT_DIR/report/`` (index.html, one page per article,
figure_groups.csv), static files that open offline."""

from __future__ import annotations

import hashlib
import re
import time
import webbrowser
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup, escape

from ..output import real_folder, write_new
from . import charts, groups, speakers
from .article import Mark, render
from .data import Run, RunError, from_frames, load
from .texts import load_texts
from .values import period as period_reads

HERE = Path(__file__).parent
STATIC = HERE / "static"
SOURCE_TYPES = ("person", "organisation", "media", "government", "document", "anonymous")
_env: Environment | None = None


def env() -> Environment:
    global _env
    if _env is None:
        _env = Environment(
            loader=FileSystemLoader(HERE / "templates"),
            autoescape=select_autoescape(["html"]),
            trim_blocks=True,
            lstrip_blocks=True,
        )
        _env.filters["yesno"] = lambda v: "" if v is None else ("yes" if v else "no")
        _env.filters["counted"] = counted
        _env.filters["web_link"] = web_link
    return _env


def web_link(url) -> str | None:
    """The URL to link to when it is a web page's (http or https with a host), else None: an article's
    ``url`` comes from its input, and a ``javascript:`` or ``data:`` one would run script when clicked."""
    if not isinstance(url, str):
        return None
    parts = urlsplit(url.strip())
    return parts.geturl() if parts.scheme.lower() in ("http", "https") and parts.netloc else None


SINGULAR = {"entities": "entity", "notes or warnings": "note or warning"}


def counted(word: str, n) -> str:
    """A plural noun as the count ``n`` wants it: "errors" for 0 or 2, "error" for 1."""
    if n != 1:
        return word
    if word in SINGULAR:
        return SINGULAR[word]
    head, _, rest = word.partition(" ")  # "figure groups" -> "figure group"
    return word[:-1] if rest == "" and word.endswith("s") else f"{head} {counted(rest, 1)}"


def page_name(doc_id: str) -> str:
    """A file name for the article's page: readable, unique (a hash of the doc_id), safe everywhere."""
    slug = re.sub(r"[^A-Za-z0-9._-]+", "_", doc_id).strip("._")[:60]
    return f"{slug}-{hashlib.sha1(doc_id.encode()).hexdigest()[:8]}.html"


def _dl(pairs: list[tuple[str, object]]) -> str:
    """Label/value lines of a card, in phrasing elements only (a card sits inside a paragraph)."""
    return "".join(f'<span class="k">{escape(k)}</span><span class="v">{v}</span>' for k, v in pairs)


def _snippet(text: str | None, start, end, limit: int = 240) -> Markup:
    if not text or start is None or end is None:
        return Markup('<span class="none">not stated</span>')
    s = text[start:end].strip()
    if len(s) > limit:
        s = s[: limit - 1] + "…"
    return Markup(f"« {escape(s)} »")


def source_card(src: dict | None, text: str | None, hedged) -> list[tuple[str, object]]:
    """The source lines of a figure's or a date's card."""
    hedge = Markup('<b class="hedged">yes</b>') if hedged else "no"
    if not src:
        return [("source", Markup('<span class="none">no source</span>')), ("hedged", hedge)]
    lines = [
        ("source", Markup(f'<span class="src-name">{escape(src.get("display") or "unnamed")}</span>')),
        ("role", escape(src.get("role") or "—")),
        ("type", escape(src.get("type") or "—")),
        ("cue", escape(src.get("cue") or "—")),
    ]
    if src.get("relayed_by"):
        lines.append(("relayed by", escape(src["relayed_by"])))
    lines += [
        ("statement", _snippet(text, src.get("content_start"), src.get("content_end"))),
        ("hedged", hedge),
    ]
    return lines


def article_marks(tables: dict[str, list[dict]], text: str | None) -> list[Mark]:
    marks = []
    for e in tables.get("entities", []):
        norm = f" · {e['norm']}" if e.get("norm") and e["norm"] != e["text"] else ""
        marks.append(Mark(e["start"], e["end"], "ent", {"title": f"ENTITY {e['label']}{norm}"}))
    for s in tables.get("sources", []):
        title = " · ".join(x for x in (s.get("display"), s.get("role"), s.get("type")) if x)
        sid = str(s["id"])
        if s.get("start") is not None:
            marks.append(Mark(s["start"], s["end"], "src", {"data-src": sid, "title": f"source: {title}"}))
        if s.get("cue_start") is not None:
            marks.append(
                Mark(s["cue_start"], s["cue_end"], "cue", {"data-src": sid, "title": f"cue: {title}"})
            )
        if s.get("content_start") is not None and s.get("content_end") is not None:
            marks.append(Mark(s["content_start"], s["content_end"], "stmt", {"data-src": sid}))
    for d in tables.get("dates", []):
        lines = [("date", escape(d["reads"])), ("TIMEX3", escape(f"{d['type']} {d['value'] or ''}"))]
        if d.get("anchor"):
            lines.append(("anchor", escape(d["anchor"])))
        card = f'<b class="reads">{escape(d["text"])}</b>' + _dl(
            lines + source_card(d["source"], text, d["hedged"])
        )
        attrs = {"id": f"date-{d['id']}", "tabindex": "0"}
        if d["source_id"] is not None:
            attrs["data-src"] = str(d["source_id"])
        marks.append(Mark(d["start"], d["end"], "date", attrs, card))
    for f in tables.get("figures", []):
        lines = [("kind", escape(f["kind"] or "—"))] + source_card(f["source"], text, f["hedged"])
        card = f'<b class="reads">{escape(f["reads"])}</b>' + _dl(lines)
        attrs = {"id": f"fig-{f['id']}", "tabindex": "0", "data-reads": f["reads"]}
        if f["source_id"] is not None:
            attrs["data-src"] = str(f["source_id"])
        if f["hedged"]:
            attrs["data-hedged"] = "true"
        marks.append(Mark(f["start"], f["end"], "fig", attrs, card))
    return marks


def same_words(written: str, text: str | None) -> bool:
    """The span as written in the file is the row's text, or the same words around Markdown markup (a span
    across "**1 200** hectares" reads "1 200 hectares")."""
    if written == text:
        return True
    return text is not None and re.sub(r"[\W_]+", "", written) == re.sub(r"[\W_]+", "", text)


def check_spans(tables: dict[str, list[dict]], text: str) -> list[str]:
    """Spans whose offsets do not give back their text: the input changed since the run."""
    bad = []
    for name in ("figures", "dates", "entities"):
        for r in tables.get(name, []):
            if r["start"] is None or not same_words(text[r["start"] : r["end"]], r["text"]):
                bad.append(f"{name[:-1]} {r['id']} «{r['text']}» is not at {r['start']}..{r['end']}")
    return bad


def article_view(article: dict, tables: dict[str, list[dict]], text: str | None) -> dict:
    """Everything the article template shows (also used by ``pipeline.show``)."""
    notes = []
    body = None
    if text is None:
        notes.append("The article's text was not found (no texts.jsonl, inputs not readable): tables only.")
    else:
        bad = check_spans(tables, text)
        if bad:
            notes.append(
                f"{len(bad)} spans do not match the text (it changed since the run): " + "; ".join(bad[:5])
            )
        body = render(text, article.get("title"), article_marks(tables, text))
    title_in_text = bool(text and article.get("title") and text.lstrip().startswith(article["title"].strip()))
    return {"article": article, "body": body, "notes": notes, "title_in_text": title_in_text, **tables}


def month_counts(dates: list[dict]) -> list[tuple[str, int]]:
    """Resolved dates per month (per year over more than four years), every period in between."""
    starts = [
        d["period_start"][:7] for d in dates if d.get("period_start") and d.get("type") in ("DATE", "TIME")
    ]
    starts = [s for s in starts if re.fullmatch(r"\d{4}-\d{2}", s)]
    if not starts:
        return []
    lo, hi = min(starts), max(starts)
    if int(hi[:4]) - int(lo[:4]) > 4:
        c = Counter(s[:4] for s in starts)
        return [(str(y), c.get(str(y), 0)) for y in range(int(lo[:4]), int(hi[:4]) + 1)]
    c = Counter(starts)
    out, (y, m) = [], map(int, lo.split("-"))
    while f"{y:04d}-{m:02d}" <= hi:
        key = f"{y:04d}-{m:02d}"
        out.append((key, c.get(key, 0)))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def index_view(run: Run, pages: dict[str, str], figure_groups: list[dict]) -> dict:
    by_type = Counter(f["source_type"] or "no source" for f in run.figures)
    type_items = [(t, by_type[t]) for t in (*SOURCE_TYPES, "no source") if by_type.get(t)]
    type_items += [(t, n) for t, n in by_type.items() if t not in SOURCE_TYPES and t != "no source"]
    cited = Counter()
    cited_docs: dict[str, set] = {}
    for s in run.sources:
        name = s.get("display")
        if name:
            cited[name] += 1
            cited_docs.setdefault(name, set()).add(s["doc_id"])
    top = [(f"{n} ({len(cited_docs[n])} art.)", c) for n, c in cited.most_common(15)]
    counts = dict(run.meta.get("counts") or {})
    if not counts:
        names = ("articles", "entities", "figures", "dates", "sources", "statements", "errors")
        counts = {name: len(getattr(run, name)) for name in names}
    titles = {a["doc_id"]: a.get("title") or a["doc_id"] for a in run.articles}
    statements = run.statements
    for c in statements:
        c["page"] = pages.get(c["doc_id"])
    return {
        "run": run.meta,
        "counts": counts,
        "warnings": run.warnings,
        "articles": run.articles,
        "figures": run.figures,
        "statements": statements,
        "errors": run.errors,
        "groups": figure_groups,
        "n_conflicts": sum(1 for g in figure_groups if g.get("conflict")),
        "pages": pages,
        "titles": titles,
        "chart_types": charts.bars(type_items),
        "chart_sources": charts.bars(top),
        "chart_dates": charts.timeline(month_counts(run.dates)),
    }


def build(out_dir: str | Path, open_browser: bool = False, inputs: list[str] | None = None) -> Path:
    """Build ``OUT_DIR/report/`` from the run in ``OUT_DIR``; returns the index's path."""
    started = time.perf_counter()
    out_dir = Path(out_dir)
    run = load(out_dir)
    report = out_dir / "report"
    if report.is_symlink():  # planted, or the user's: never written through (a file of ours inside is)
        raise RunError("report is a symbolic link: not followed; remove it")
    real_folder(report / "articles")  # every file and folder of the report made anew, no link followed
    for f in STATIC.iterdir():
        write_new(real_folder(report / "static") / f.name, f.read_bytes())
    wanted = {a["doc_id"] for a in run.articles}
    text_column = (run.meta.get("job") or {}).get("text_column") or "text"
    texts, texts_from = load_texts(
        out_dir, inputs if inputs is not None else run.meta.get("inputs"), wanted, text_column
    )
    pages = {a["doc_id"]: page_name(a["doc_id"]) for a in run.articles}
    for a in run.articles:
        a["page"] = pages[a["doc_id"]]
    for f in run.figures + run.dates:
        f["page"] = pages.get(f["doc_id"])

    figure_groups = groups.group_figures(run, texts)
    groups.write(figure_groups, report / groups.FIGURE_GROUPS.filename)
    groups_of: dict[str, list[dict]] = {}
    for g in figure_groups:
        docs = g["doc_ids"].split(" | ") if g.get("doc_ids") else []
        g["pages"] = [(d, pages.get(d)) for d in docs]
        g["period_reads"] = period_reads(g.get("period_start"), g.get("period_end"))
        for d in docs:
            groups_of.setdefault(d, []).append(g)

    notes_of: dict[str, list[dict]] = {}
    for w in run.warnings:
        notes_of.setdefault(w.get("path"), []).append(w)
    article_tpl = env().get_template("article.html")
    written = set(pages.values())
    for a in run.articles:
        doc_id = a["doc_id"]
        text = texts.get(doc_id)
        if text is not None and a.get("n_chars") is not None and len(text) != a["n_chars"]:
            text_note = f"text length {len(text)} differs from the run's n_chars {a['n_chars']}"
        else:
            text_note = None
        view = article_view(a, run.by_doc.get(doc_id, {}), text)
        if text_note:
            view["notes"].append(text_note)
        view["notes"] += [f"{w['level']}: {w['message']}" for w in notes_of.get(a.get("path"), [])]
        view["groups"] = groups_of.get(doc_id, [])
        write_new(
            report / "articles" / pages[doc_id],
            article_tpl.render(static="../static", index="../index.html", **view),
        )
    for old in (report / "articles").glob("*.html"):  # pages of an earlier run in this folder
        if old.name not in written:
            old.unlink()
    speakers.write(run, report, pages, env())
    view = index_view(run, pages, figure_groups)
    view["texts_from"] = texts_from
    view["build_seconds"] = round(time.perf_counter() - started, 3)
    index = report / "index.html"
    write_new(index, env().get_template("index.html").render(static="static", **view))
    if open_browser:
        webbrowser.open(index.resolve().as_uri())
    return index


def article_fragment(rows: dict[str, list[dict]], text: str | None) -> str:
    """One article's view from its rows (``pipeline.rows.doc_rows``), with the styles and the script inline:
    what ``pipeline.show(doc)`` displays in a notebook."""
    from ..schema import TABLES
    from ..writers import frame

    return frames_fragment({name: frame(TABLES[name], r) for name, r in rows.items() if name in TABLES}, text)


def frames_fragment(frames: dict, text: str | None) -> str:
    """One article's view from its tables' rows as DataFrames (``pipeline.show(tables, doc_id)``)."""
    run = from_frames(frames)
    article = run.articles[0] if run.articles else {"doc_id": "doc"}
    view = article_view(article, run.by_doc.get(article["doc_id"], {}), text)
    body = env().get_template("_article_body.html").render(**view)
    css = (STATIC / "report.css").read_text(encoding="utf-8")
    js = (STATIC / "report.js").read_text(encoding="utf-8")
    return f'<div class="pr"><style>{css}</style>{body}<script>{js}</script></div>'
