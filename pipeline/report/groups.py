"""Figures tracked across articles: ``figure_groups.csv``.

Two figures are about **the same thing** when they have the same kind, the same counted noun (lemma, after
``units.tsv``; a figure with none takes the noun of the figure before it in its sentence: "8 500 personnes
selon la police, 25 000 selon les syndicats"), the same rate base (``per``), times that overlap when both
are known (the period of the DATE of their sentence nearest to the figure, else of its nearest TIME), and
share an anchor: a word of a named entity of their sentences (their own source's mention left out), or of
their articles when a sentence has none. A sum, a percentage, a measure or an age names no thing by its
unit: those must also share a context word (one of the four lower-case content words nearest on each side of
the figure in its sentence: "budget", "voix", "participation"), so they are grouped only when the texts are
known.

A **group** holds the figures about the same thing that state the same quantity (low and high equal; the
qualifier "environ" does not count). Two groups **conflict** when figures about the same thing state
different quantities (an open bound such as "plus de 300" holding the other's value is no conflict) in two
articles, or in one sentence through two sources ("8 500 selon la police, 25 000 selon l'intersyndicale"):
``sources differ`` when both have a source and the sources differ, else ``changed between articles``.
"""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

from ..schema import Column, Table
from .values import figure as reads_figure

HERE = Path(__file__).parent
STOP = {"de", "du", "des", "la", "le", "les", "l'", "d'", "et", "en", "au", "aux", "sur", "pour", "par"}
# words around a figure that say nothing of what it measures
CONTEXT_STOP = {
    "million", "millions", "milliard", "milliards", "euro", "euros", "dollars", "environ", "selon", "entre",
    "contre", "depuis", "cette", "celle", "leurs", "avait", "avaient", "était", "étaient", "serait",
    "seraient", "aurait", "auraient", "encore", "toujours", "moins", "quelque", "plusieurs", "après", "avant",
    "pendant", "dans", "pour", "avec", "sont", "plus", "mais", "elle", "elles", "leur", "tout", "tous",
    "fait", "être", "sera", "avoir", "chez", "sans", "sous", "vers", "dont", "même", "très", "bien", "deux",
    "trois", "quatre", "cinq", "cent", "cents", "mille", "fois", "aussi", "comme", "ainsi", "alors", "donc",
}  # fmt: skip
WORD = re.compile(r"\w[\w-]*", re.UNICODE)
SENTENCE_END = re.compile(r"[.!?;]\s|\n")


def _col(name: str, dtype: str, meaning: str, example: str) -> Column:
    return Column(name, dtype, meaning, example)


FIGURE_GROUPS = Table(
    "figure_groups",
    "Figures across the articles of a run stating the same quantity of the same thing (pipeline report).",
    (
        _col("group_id", "Int64", "Index of the group in the run (0-based, by first publication).", "0"),
        _col("kind", "string", "count, money, percent, measure or age.", "count"),
        _col("unit", "string", "The counted noun the figures share (lemma, after units.tsv).", "travailleur"),
        _col("per", "string", "The rate base they share.", "mois"),
        _col("low", "Float64", "Lower bound of the quantity.", "25000.0"),
        _col("high", "Float64", "Upper bound of the quantity.", "25000.0"),
        _col("reads", "string", "The quantity as people read it.", "25 000 travailleurs"),
        _col("period_start", "string", "Earliest time the figures refer to, when known.", "2025-03-06"),
        _col("period_end", "string", "Latest time the figures refer to, when known.", "2025-03-06"),
        _col("n_figures", "Int64", "Figures in the group.", "3"),
        _col("n_articles", "Int64", "Articles stating it.", "2"),
        _col("sources", "string", "The sources stating it (display names, ` | `; `no source` for none).",
             "NHK World"),
        _col("doc_ids", "string", "The articles stating it, ` | ` between them, first published first.",
             "nk-1 | nk-2"),
        _col("figures", "string", "Its figures' `figure_key` (figures.csv), ` | ` between them.",
             "nk-1#f0 | nk-2#f0"),
        _col("first_published", "string", "The earliest publication date among its articles.", "2025-06-10"),
        _col("first_doc_id", "string", "The article that published it first.", "nk-1"),
        _col("conflict", "boolean", "True when another group states a different quantity of the same thing.",
             "True"),
        _col("conflict_kind", "string", "sources differ, changed between articles, or both (`; `).",
             "changed between articles"),
        _col("conflicts_with", "string", "The group_ids it conflicts with, ` | ` between them.", "2"),
    ),
)  # fmt: skip


def _units() -> dict[str, str]:
    out = {}
    for line in (HERE / "units.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            a, b = line.split("\t")[:2]
            out[a.strip()] = b.strip()
    return out


def _words(text: str | None) -> set[str]:
    return {w for w in WORD.findall((text or "").lower()) if len(w) > 2 and w not in STOP}


def _key(source: dict | None) -> str | None:
    name = (source or {}).get("display")
    return re.sub(r"^(l'|la |le |les |l’)", "", name.lower()).strip() if name else None


def _overlap(a, b) -> bool:
    """Periods (start, end) overlap; unknown on either side is no objection."""
    if a is None or b is None:
        return True
    return a[0][:10] <= b[1][:10] and b[0][:10] <= a[1][:10]


def _contains(a: tuple, b: tuple) -> bool:
    """An open interval a = (low, None) or (None, high) holding b's bounds."""
    lo, hi = a
    if lo is not None and hi is None:
        return b[0] is not None and b[0] >= lo
    if hi is not None and lo is None:
        return b[1] is not None and b[1] <= hi
    return False


def context_words(text: str | None, start: int, end: int, n: int = 4) -> set[str] | None:
    """The ``n`` content words nearest before and after a figure in its sentence (four letters or more, in
    lower case: proper names, multipliers, currencies and function words left out): what a sum, a rate or a
    measure is of ("budget", "voix", "participation")."""
    if text is None or start is None:
        return None
    before = SENTENCE_END.split(text[max(0, start - 150) : start])[-1]
    after = SENTENCE_END.split(text[end : end + 150])[0]

    def content(s: str) -> list[str]:
        return [
            w
            for w in WORD.findall(s)
            if len(w) >= 4 and w.islower() and not w.isdigit() and w not in CONTEXT_STOP
        ]

    return set(content(before)[-n:] + content(after)[:n])


def figure_facts(run, texts: dict[str, str] | None = None) -> list[dict]:
    """Per figure: the thing key, quantity, period, anchors, context words, source key, the article's date."""
    units = _units()
    published = {a["doc_id"]: a.get("published") for a in run.articles}
    facts = []
    for doc_id, tables in run.by_doc.items():
        sent_words: dict[int, set] = defaultdict(set)
        article_words: set = set()
        for e in tables.get("entities", []):
            w = _words(e.get("norm") or e.get("text"))
            sent_words[e["sent_id"]] |= w
            article_words |= w
        dated: dict[int, list] = defaultdict(list)
        for d in tables.get("dates", []):
            if d.get("period_start") and d.get("type") in ("DATE", "TIME") and d["start"] is not None:
                dated[d["sent_id"]].append(d)
        last_unit: dict[tuple, str] = {}
        for f in sorted(tables.get("figures", []), key=lambda f: f["start"] or 0):
            unit = units.get(f["unit"], f["unit"]) if f["unit"] else last_unit.get((f["sent_id"], f["kind"]))
            if unit:
                last_unit[(f["sent_id"], f["kind"])] = unit
            src = f.get("source") or {}
            own = _words(src.get("text")) | _words(src.get("display")) | _words(src.get("relayed_by"))
            sentence = (sent_words.get(f["sent_id"]) or set()) - own
            facts.append(
                {
                    "figure": f,
                    "doc_id": doc_id,
                    "sent_id": f["sent_id"],
                    "thing": (f["kind"], unit, f["per"]),
                    "unit": unit,
                    "quantity": (_round(f["low"]), _round(f["high"])),
                    "period": _nearest_period(f, dated.get(f["sent_id"], [])),
                    "anchors": sentence,
                    "article_anchors": article_words - own,
                    "context": None
                    if f["kind"] == "count"
                    else context_words((texts or {}).get(doc_id), f["start"], f["end"]),
                    "source": _key(f.get("source")),
                    "published": published.get(doc_id) or "",
                }
            )
    return facts


def _nearest_period(f: dict, dates: list[dict]):
    """The period of the sentence's DATE nearest to the figure (else its nearest TIME), when there is one."""
    if not dates or f["start"] is None:
        return None
    d = min(
        dates,
        key=lambda d: (d["type"] != "DATE", min(abs(d["start"] - f["end"]), abs(f["start"] - d["end"]))),
    )
    return (d["period_start"], d.get("period_end") or d["period_start"])


def _round(x):
    return None if x is None else float(f"{x:.6g}")


def same_thing(a: dict, b: dict) -> bool:
    """Same key, overlapping times, a shared anchor (of the sentences, else of the articles)."""
    if a["thing"] != b["thing"] or not _overlap(a["period"], b["period"]):
        return False
    if a["figure"]["kind"] != "count" and not (a["context"] and b["context"] and a["context"] & b["context"]):
        return False  # a sum, a rate, a measure or an age: also what it is of, from the words around it
    if a["anchors"] and b["anchors"]:
        return bool(a["anchors"] & b["anchors"])
    return bool(a["article_anchors"] & b["article_anchors"])


class _Union:
    def __init__(self, n: int):
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, i: int, j: int) -> None:
        self.parent[self.find(i)] = self.find(j)


def _groupable(f: dict) -> bool:
    if f["figure"]["kind"] != "count" and not f["context"]:
        return False
    return f["unit"] is not None and f["quantity"] != (None, None) and bool(f["article_anchors"])


def classes(facts: list[dict]) -> list[list[int]]:
    """Figures whose facts are all equal (the same dispatch run by several outlets) in one class, so that a
    run's repeats are compared once: its members are the same thing and the same quantity."""
    out: dict[tuple, list[int]] = {}
    for i, f in enumerate(facts):
        key = (
            f["thing"],
            f["quantity"],
            frozenset(f["anchors"]),
            frozenset(f["article_anchors"]),
            f["period"],
            frozenset(f["context"] or ()),
        )
        out.setdefault(key + (f["source"],), []).append(i)
    return list(out.values())


def candidate_pairs(facts: list[dict], reps: list[int], limit: int = 400):
    """Pairs of figures (among ``reps``) with the same thing key sharing an anchor (an anchor shared by more
    than ``limit`` figures of one key is too common to tell things apart and is not used)."""
    by_key: dict[tuple, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    for i in reps:
        f = facts[i]
        if not _groupable(f):
            continue
        for w in f["article_anchors"]:
            by_key[f["thing"]][w].append(i)
    seen = set()
    for index in by_key.values():
        for members in index.values():
            if len(members) > limit:
                continue
            for x, i in enumerate(members):
                for j in members[x + 1 :]:
                    if (i, j) not in seen:
                        seen.add((i, j))
                        yield i, j


def group_figures(run, texts: dict[str, str] | None = None) -> list[dict]:
    """The rows of figure_groups.csv (groups of two figures or more, and every group in a conflict); each
    figure view dict gets its ``group_id`` (None when alone and in no conflict)."""
    facts = figure_facts(run, texts)
    union = _Union(len(facts))
    cls = classes(facts)
    of = {c[0]: c for c in cls}  # representative -> its class
    for c in cls:
        if _groupable(facts[c[0]]):
            for i in c[1:]:
                union.join(i, c[0])
    differing = []
    for i, j in candidate_pairs(facts, list(of)):
        a, b = facts[i], facts[j]
        if not same_thing(a, b):
            continue
        if a["quantity"] == b["quantity"]:
            union.join(i, j)
        elif not (_contains(a["quantity"], b["quantity"]) or _contains(b["quantity"], a["quantity"])):
            docs = {facts[k]["doc_id"] for k in of[i] + of[j]}
            if len(docs) > 1:  # some pair of their figures is in two articles
                kind = "sources differ" if a["source"] and b["source"] and a["source"] != b["source"] else (
                    "changed between articles")  # fmt: skip
                differing.append((i, j, kind))
            elif a["source"] != b["source"] and {facts[k]["sent_id"] for k in of[i]} & {
                facts[k]["sent_id"] for k in of[j]
            }:
                differing.append((i, j, "sources differ"))
    members: dict[int, list[int]] = defaultdict(list)
    for i in range(len(facts)):
        members[union.find(i)].append(i)
    conflicts: dict[int, dict[int, set]] = defaultdict(lambda: defaultdict(set))
    for i, j, kind in differing:
        ri, rj = union.find(i), union.find(j)
        if ri != rj:
            conflicts[ri][rj].add(kind)
            conflicts[rj][ri].add(kind)
    kept = [r for r, m in members.items() if len(m) > 1 or r in conflicts]
    first = {r: min((facts[i]["published"], facts[i]["doc_id"]) for i in members[r]) for r in kept}
    kept.sort(key=lambda r: (first[r], facts[members[r][0]]["figure"]["id"] or 0))
    ids = {r: n for n, r in enumerate(kept)}
    rows = []
    for r in kept:
        fs = sorted((facts[i] for i in members[r]), key=lambda f: (f["published"], f["doc_id"]))
        f0 = fs[0]["figure"]
        docs = list(dict.fromkeys(f["doc_id"] for f in fs))
        names = list(dict.fromkeys((f["figure"].get("source_name") or "no source") for f in fs))
        periods = [f["period"] for f in fs if f["period"]]
        kinds = sorted(set().union(*conflicts[r].values())) if r in conflicts else []
        for f in fs:
            f["figure"]["group_id"] = ids[r]
        rows.append(
            {
                "group_id": ids[r],
                "kind": f0["kind"],
                "unit": fs[0]["unit"],
                "per": f0["per"],
                "low": f0["low"],
                "high": f0["high"],
                "reads": reads_figure(
                    None if f0["low"] != f0["high"] else f0["low"],
                    f0["low"],
                    f0["high"],
                    None,
                    fs[0]["unit"],
                    f0["per"],
                    f0["kind"],
                    f0["text"],
                ),
                "period_start": min(p[0] for p in periods) if periods else None,
                "period_end": max(p[1] for p in periods) if periods else None,
                "n_figures": len(fs),
                "n_articles": len(docs),
                "sources": " | ".join(names),
                "doc_ids": " | ".join(docs),
                "figures": " | ".join(
                    f["figure"].get("key") or f"{f['doc_id']}#f{f['figure']['id']}" for f in fs
                ),
                "first_published": fs[0]["published"] or None,
                "first_doc_id": fs[0]["doc_id"],
                "conflict": r in conflicts,
                "conflict_kind": "; ".join(kinds) or None,
                "conflicts_with": " | ".join(str(ids[o]) for o in sorted(conflicts[r], key=ids.get))
                if r in conflicts
                else None,
            }
        )
    return rows


def write(rows: list[dict], path: Path) -> None:
    """figure_groups.csv, like the run's tables (UTF-8, RFC 4180, the schema's column order)."""
    from ..output import create_new
    from ..writers import cell, csv_writer

    with open(path, "w", encoding="utf-8", newline="", opener=create_new) as f:  # no link followed
        w = csv_writer(f)
        w.writerow(FIGURE_GROUPS.names)
        w.writerows([cell(r.get(c)) for c in FIGURE_GROUPS.names] for r in rows)
