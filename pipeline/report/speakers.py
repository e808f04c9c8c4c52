"""The report's "Who is quoted" page (``speakers.html``: speakers by statements and by figures, the share of
each type and, among persons, of each gender) and one page per speaker (``speakers/*.html``: what they said,
in time order, each statement linking to its article's page). Built from the speakers, statements and
figures tables."""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from pathlib import Path

from . import charts
from .data import Run

GENDERS = ("female", "male", "unknown")
TOP = 15


def speaker_page(key: str) -> str:
    """A file name for the speaker's page: readable, unique (a hash of the key)."""
    slug = re.sub(r"[^A-Za-z0-9._-]+", "_", key).strip("._")[:50]
    return f"{slug}-{hashlib.sha1(key.encode()).hexdigest()[:8]}.html"


def shares(counts: Counter, order: tuple[str, ...] = ()) -> list[dict]:
    """Each value with its count and share (a percentage, rounded), in ``order`` then by count."""
    total = sum(counts.values())
    keys = [k for k in order if counts.get(k)] + [k for k, _ in counts.most_common() if k not in order]
    return [{"label": k, "n": counts[k], "pct": round(100 * counts[k] / total) if total else 0} for k in keys]


def views(run: Run, pages: dict[str, str]) -> tuple[dict, dict[str, dict]]:
    """The index page's view, and each speaker's page view by key."""
    titles = {a["doc_id"]: a.get("title") or a["doc_id"] for a in run.articles}
    published = {a["doc_id"]: (a.get("published") or "")[:10] for a in run.articles}
    figures = {(f["doc_id"], f["id"]): f for f in run.figures}
    said: dict[str, list[dict]] = {}
    for s in run.statements:
        if s.get("speaker_key"):
            ids = [(s["doc_id"], int(x)) for x in (s.get("fig_ids") or "").split()]
            said.setdefault(s["speaker_key"], []).append(
                {
                    **s,
                    "published": published.get(s["doc_id"]) or "",
                    "title": titles.get(s["doc_id"], s["doc_id"]),
                    "page": pages.get(s["doc_id"]),
                    "figures": [
                        figures[(s["doc_id"], i)]["reads"] for i in ids if (s["doc_id"], i) in figures
                    ],
                }
            )
    speakers = run.speakers
    for sp in speakers:
        sp["page"] = speaker_page(sp["key"])
    persons = [sp for sp in speakers if sp["type"] == "person"]
    by_gender_statements = Counter()
    for sp in persons:
        by_gender_statements[sp["gender"] or "unknown"] += sp["n_statements"] or 0
    index = {
        "speakers": speakers,
        "chart_statements": charts.bars([(sp["name"], sp["n_statements"]) for sp in speakers[:TOP]]),
        "chart_figures": charts.bars(
            [
                (sp["name"], sp["n_figures"])
                for sp in sorted(speakers, key=lambda x: -(x["n_figures"] or 0))[:TOP]
                if sp["n_figures"]
            ]
        ),
        "type_share": shares(Counter(sp["type"] or "unknown" for sp in speakers)),
        "gender_share": shares(Counter(sp["gender"] or "unknown" for sp in persons), GENDERS),
        "gender_statements": shares(by_gender_statements, GENDERS),
    }
    pages_of = {}
    for sp in speakers:
        rows = sorted(said.get(sp["key"], []), key=lambda s: (s["published"], s["doc_id"], s["start"] or 0))
        pages_of[sp["key"]] = {"speaker": sp, "said": rows}
    return index, pages_of


def write(run: Run, report: Path, pages: dict[str, str], env) -> None:
    """Write ``speakers.html`` and ``speakers/*.html`` into the report folder (pages of an earlier run
    removed)."""
    index, pages_of = views(run, pages)
    from ..output import real_folder, write_new

    real_folder(report / "speakers")
    write_new(report / "speakers.html", env.get_template("speakers.html").render(static="static", **index))
    tpl = env.get_template("speaker.html")
    written = set()
    for view in pages_of.values():
        name = view["speaker"]["page"]
        written.add(name)
        write_new(
            report / "speakers" / name,
            tpl.render(static="../static", index="../index.html", who="../speakers.html", **view),
        )
    for old in (report / "speakers").glob("*.html"):
        if old.name not in written:
            old.unlink()
