"""Build heldout.jsonl (GUIDELINES.md format) from the inline markup in heldout.md.

python data/annotations/build.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent / "tests"))

from markup import parse  # noqa: E402


def _num(x):
    return None if x is None else float(x)


def _value(x) -> str:
    """A TIMEX3 value as written ("2024", not the float the markup reader made of it)."""
    return str(int(x)) if isinstance(x, float) and x.is_integer() else str(x)


def figure(span) -> dict:
    a = span.attrs
    v = _num(a.get("v"))
    return {
        "start": span.start,
        "end": span.end,
        "value": v,
        "low": _num(a.get("lo", v)),
        "high": _num(a.get("hi", v)),
        "qualifier": a.get("q"),
        "unit": a.get("u"),
        "per": a.get("per"),
        "source": None if a.get("src") is None else int(a["src"]),
    }


def article(doc_id: str, dct: str, marked: str) -> dict:
    text, spans = parse(marked)
    timex = [
        {
            "start": s.start,
            "end": s.end,
            "type": s.attrs["type"],
            "value": _value(s.attrs["value"]),
            "mod": s.attrs.get("mod"),
            "text": s.text,
        }
        for s in spans
        if s.tag == "t"
    ]
    figures = [figure(s) for s in spans if s.tag == "f"]
    parts: dict[int, dict] = {}
    for s in spans:
        if "a" in s.attrs and s.tag in ("cue", "s", "n", "r", "c"):
            slot = parts.setdefault(int(s.attrs["a"]), {})
            slot[s.tag] = [s.start, s.end]
            if s.tag == "cue":
                slot["kind"] = s.attrs["kind"]
    attributions = [
        {
            "cue": p["cue"],
            "source": p.get("s"),
            "source_name": p.get("n"),
            "relayed_by": p.get("r"),
            "content": p.get("c"),
            "kind": p["kind"],
        }
        for _, p in sorted(parts.items())
    ]
    return {
        "id": doc_id,
        "dct": dct,
        "text": text,
        "timex": timex,
        "figures": figures,
        "attributions": attributions,
    }


def build(source: Path) -> list[dict]:
    docs, header, lines = [], None, []
    for line in source.read_text(encoding="utf-8").splitlines() + ["## end | end"]:
        if line.startswith("## "):
            if header:
                docs.append(article(*header, "\n".join(lines).strip()))
            header, lines = [x.strip() for x in line[3:].split("|")], []
        elif header and not line.startswith("#"):
            lines.append(line)
    return docs


def render(docs: list[dict]) -> str:
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


if __name__ == "__main__":
    (HERE / "heldout.jsonl").write_text(render(build(HERE / "heldout.md")), encoding="utf-8")
