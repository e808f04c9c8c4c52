"""``pipeline evaluate data/speakers/gold.txt``: who is quoted (issue 24), scored on a gold file of articles
written and annotated for it (format in the file's header).

- resolution: among the gold attributions made through a pronoun, a relative, a possessive, a description
  or a short form, the share whose predicted ``speaker_key`` is the key of the named speaker, the qualifier
  of a namesake aside (``person:thomas roux (depute)``: that is the merge's measure; an attribution
  the pipeline misses counts as wrong), and among those news_sources finds (what this step resolves); the
  same for those naming the speaker, for reference;
- merges across articles, pairwise over (article, speaker) pairs: two count as merged when their predicted
  keys are equal, as the same speaker when their gold names are (namesakes carry a qualifier in the gold:
  "Thomas Roux (député)"); precision and recall;
- failed: the articles the pipeline could not process (named in the details; their attributions missed);
- display: gold attributions of a named speaker whose predicted speaker shows a pronoun, "qui" or a bare
  role as its name (should be none);
- display faults: ``display_faults`` over the whole run (a pronoun or bare role shown for a named speaker);
- gender: among persons whose gender some article makes clear, the share the speakers table gets right
  (for the key most of their attributions have);
  among the others, the share it leaves unknown.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import combinations
from pathlib import Path

from ..speakers.article import role_lemma
from ..speakers.lexicon import roles
from ..speakers.names import PRONOUNS, key, words
from ..speakers.registry import base

HEADER = "# Speakers gold"
INDIRECT = ("pronoun", "relative", "possessive", "description", "short")


def is_speakers_gold(path: str | Path) -> bool:
    with open(path, "rb") as f:
        return f.readline().startswith(HEADER.encode())


def read(path: str | Path) -> list[dict]:
    """The gold articles: id, published, outlet, text, attributions (cue, nth, speaker, type, how),
    genders. GoldError naming the file and line for a line not in the format above, or a cue not in its
    article's text."""
    from . import GoldError

    def bad(n: int, why: str) -> GoldError:
        return GoldError(f"{path}: line {n}: {why}")

    def fields(n: int, line: str, form: str, count: int) -> list[str]:
        got = [x.strip() for x in line.split("|")]
        if len(got) != count:
            raise bad(n, f'"{form}" has {len(got)} fields, not {count}')
        return got

    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except UnicodeDecodeError:
        raise GoldError(f"{path}: not UTF-8 text") from None
    articles, cur = [], None
    for n, line in enumerate(lines, 1):
        if line.startswith("#") or (not line.strip() and cur is None):
            continue
        if line.startswith("=== "):
            doc_id, published, outlet = fields(n, line[4:], "=== id | published | outlet", 3)
            cur = {"id": doc_id, "published": published, "outlet": outlet, "text": [], "attributions": []}
            cur["genders"] = {}
            articles.append(cur)
        elif cur is None:
            raise bad(n, 'before any "=== id | published | outlet"')
        elif line.startswith("@ "):
            cue, speaker, type_, how = fields(n, line[2:], "@ cue | speaker | type | how", 4)
            if how not in (*INDIRECT, "name", "skip"):
                raise bad(n, f"how {how!r} is not one of {', '.join((*INDIRECT, 'name', 'skip'))}")
            cue_text, _, nth = cue.partition("#")
            if nth and not nth.isdigit():
                raise bad(n, f"{cue!r}: the occurrence is not a number")
            cur["attributions"].append(
                {
                    "cue": cue_text,
                    "nth": int(nth or 1),
                    "speaker": speaker,
                    "type": type_,
                    "how": how,
                    "line": n,
                }
            )
        elif line.startswith("gender: "):
            who, sep, g = line[8:].rpartition(" = ")
            if not sep:
                raise bad(n, '"gender: Speaker = female|male|unclear" has no " = "')
            cur["genders"][who.strip()] = g.strip()
        elif line.strip():
            cur["text"].append(line.strip())
    if not articles:
        raise GoldError(f"{path}: no gold article")
    for a in articles:
        a["text"] = " ".join(a["text"])
        for g in a["attributions"]:
            try:
                _cue_span(a["text"], g["cue"], g["nth"])
            except ValueError:
                times = (
                    "in the article's text" if g["nth"] == 1 else f"{g['nth']} times in the article's text"
                )
                raise bad(g.pop("line"), f"cue {g['cue']!r} is not {times}") from None
            g.pop("line")
    return articles


def gold_key(speaker: str, type_: str) -> str:
    """The key the pipeline should give: the name without the gold's qualifier of namesakes."""
    return key(re.sub(r"\s*\(.*\)$", "", speaker), type_)


def _cue_span(text: str, cue: str, nth: int) -> tuple[int, int]:
    at = -1
    for _ in range(nth):
        at = text.find(cue, at + 1)
        if at < 0:
            raise ValueError(f"cue {cue!r} not in the gold text {text[:60]!r}")
    return at, at + len(cue)


def _rows_at(rows: list[dict], text: str, start: int, end: int) -> list[dict]:
    """The rows of the attribution whose cue is text[start:end]: those whose cue overlaps it, else a
    quotation's row ("«" as its cue) that ends right before the cue of its incise ("« ... », a-t-elle
    reconnu"), the same attribution keyed on its quotation mark."""
    hits = [r for r in rows if r["cue_start_char"] < end and start < r["cue_end_char"]]
    if hits:
        return hits
    return [
        r
        for r in rows
        if r["cue_kind"] == "quote"
        and r["content_end_char"] is not None
        and r["content_end_char"] <= start
        and not text[r["content_end_char"] : start].strip(" ,»\u00a0\u202f")
    ]


def evaluate(path: str | Path, config: str | None = None) -> dict:
    import pipeline

    gold = read(path)
    records = [
        {"id": a["id"], "text": a["text"], "published": a["published"], "source": a["outlet"]} for a in gold
    ]
    tables = pipeline.extract(records)
    sources = tables.sources.astype(object).where(tables.sources.notna(), None)
    speakers = tables.speakers.astype(object).where(tables.speakers.notna(), None)
    by_key = {r["speaker_key"]: r for r in speakers.to_dict("records")}
    rows_of: dict[str, list[dict]] = {}
    for r in sources.to_dict("records"):
        rows_of.setdefault(r["doc_id"], []).append(r)
    resolution = {how: Counter() for how in (*INDIRECT, "name")}
    found, indirect_found = Counter(), Counter()  # indirect_found: among those news_sources finds
    display_bad, details = 0, []
    for e in tables.errors.to_dict("records"):  # an article the pipeline failed on: named, never dropped
        doc = gold[e["record"]]["id"] if isinstance(e.get("record"), int) else e.get("record")
        details.append(f"failed\t{doc}\t{e.get('component')}\t{e.get('message')}")
    article_speakers: dict[tuple[str, str], Counter] = {}  # (doc, gold speaker) -> predicted keys
    for a in gold:
        for g in a["attributions"]:
            if g["how"] == "skip":
                continue
            start, end = _cue_span(a["text"], g["cue"], g["nth"])
            hits = _rows_at(rows_of.get(a["id"], []), a["text"], start, end)
            predicted = hits[0]["speaker_key"] if hits else None
            found[bool(hits)] += 1
            right = predicted is not None and base(predicted) == gold_key(g["speaker"], g["type"])
            resolution[g["how"]][right] += 1
            if hits and g["how"] in INDIRECT:
                indirect_found[right] += 1
            if not right:
                details.append(f"{a['id']}\t{g['how']}\t{g['cue']}\t{g['speaker']}\t{predicted}")
            if predicted:
                article_speakers.setdefault((a["id"], g["speaker"]), Counter())[predicted] += 1
                shown = by_key.get(predicted, {}).get("name") or ""
                if shown.lower() in PRONOUNS or "#" in predicted:
                    display_bad += 1
    pairs = [(doc, who, keys.most_common(1)[0][0]) for (doc, who), keys in article_speakers.items()]
    tp = fp = fn = 0
    for (d1, w1, k1), (d2, w2, k2) in combinations(pairs, 2):
        if d1 == d2:
            continue
        same, merged = w1 == w2, k1 == k2
        tp += same and merged
        fp += merged and not same
        fn += same and not merged
        if merged != same:
            details.append(f"{'merged' if merged else 'split'}\t{d1} {w1}: {k1}\t{d2} {w2}: {k2}")
    genders: dict[str, set] = {}
    types = {g["speaker"]: g["type"] for a in gold for g in a["attributions"]}
    for a in gold:
        for who, g in a["genders"].items():
            genders.setdefault(who, set()).add(g)
    clear = right_gender = unclear = left_unknown = 0
    for who, seen in genders.items():
        marked = seen - {"unclear"}
        keys = sum((c for (_, w), c in article_speakers.items() if w == who), Counter())
        k = keys.most_common(1)[0][0] if keys else gold_key(who, types.get(who, "person"))
        got = by_key.get(k, {}).get("gender")
        if len(marked) == 1:
            clear += 1
            right_gender += got == marked.pop()
            if got != next(iter(seen - {"unclear"})):
                details.append(f"gender\t{who}\t{seen}\t{got}")
        else:
            unclear += 1
            left_unknown += got == "unknown"

    faults = display_faults(sources.to_dict("records"), speakers.to_dict("records"))
    details += [f"display\t{f}" for f in faults]

    def share(c: Counter) -> tuple[int, int]:
        return c[True], c[True] + c[False]

    indirect = sum((resolution[h] for h in INDIRECT), Counter())
    return {
        "articles": len(gold),
        "articles_failed": len(tables.errors),
        "attributions": found[True] + found[False],
        "attributions_found": found[True],
        "resolution_indirect": share(indirect),
        "resolution_indirect_found": share(indirect_found),
        **{f"resolution_{h}": share(resolution[h]) for h in (*INDIRECT, "name")},
        "merge_precision": (tp, tp + fp),
        "merge_recall": (tp, tp + fn),
        "display_pronoun_or_role": display_bad,
        "display_faults": len(faults),
        "gender_clear_right": (right_gender, clear),
        "gender_unclear_unknown": (left_unknown, unclear),
        "details": details,
    }


def table(report: dict) -> str:
    lines = []
    for k, v in report.items():
        if k == "details":
            continue
        if isinstance(v, tuple):
            n, d = v
            lines.append(f"{k:<28} {n / d if d else 0:.3f}  ({n}/{d})")
        else:
            lines.append(f"{k:<28} {v}")
    lines += [f"  {d}" for d in report["details"] if d.startswith("failed\t")]
    return "\n".join(lines)


def _bare_role(name: str | None) -> bool:
    """A role noun alone, with or without its determiner ("maire", "la ministre"), naming no one."""
    ws = [w.lower() for w in words(name or "")]
    while ws and ws[0] in ("le", "la", "les") or (ws and ws[0][:2] in ("l'", "l’") and len(ws[0]) > 2):
        if ws[0] in ("le", "la", "les"):
            ws = ws[1:]
        else:
            ws[0] = ws[0][2:]
    return len(ws) == 1 and ws[0] in roles()


def display_faults(sources: list[dict], speakers: list[dict]) -> list[str]:
    """Where a pronoun, a relative or a bare role is shown for a speaker an article names (issue 24): a
    named key (``person:``, ``org:``) whose display name is one, a source row of a named speaker whose
    ``source_name`` is a pronoun, and a bare role left as its article's own speaker in an article that
    names a speaker of that role ("le maire" beside "le maire de Thionville, Pierre Cuny")."""
    faults = []
    for r in speakers:
        named = r["speaker_key"].startswith(("person:", "org:"))
        if named and ((r["name"] or "").strip().lower() in PRONOUNS or _bare_role(r["name"])):
            faults.append(f"speaker {r['speaker_key']} shown as {r['name']!r}")
    named_roles: dict[str, dict[str, str]] = {}  # doc -> role lemma -> a named speaker with that role
    for r in sources:
        k = r["speaker_key"] or ""
        if k.startswith(("person:", "org:")) and r["role"] and not _bare_role(r["mention"]):
            named_roles.setdefault(r["doc_id"], {}).setdefault(role_lemma(r["role"]), k)
    for r in sources:
        k = r["speaker_key"] or ""
        if k.startswith(("person:", "org:")) and (r["source_name"] or "").strip().lower() in PRONOUNS:
            faults.append(f"{r['doc_id']}: {r['mention']!r} of {k} shown as {r['source_name']!r}")
        elif k.startswith(f"{r['doc_id']}#") and _bare_role(r["mention"]):
            other = named_roles.get(r["doc_id"], {}).get(role_lemma(r["role"]))
            if other:
                faults.append(
                    f"{r['doc_id']}: {r['mention']!r} left as {k} beside a named "
                    f"{role_lemma(r['role'])} ({other})"
                )
    return faults
