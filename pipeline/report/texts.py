"""The articles' texts for the report, which the tables do not hold.

Two ways, first found wins:

1. ``OUT_DIR/texts.jsonl`` (one ``{"doc_id", "text"}`` per line), written by ``write_texts`` beside the
   tables: the way for a run made elsewhere (a cluster) whose inputs the report's machine cannot read;
2. the inputs listed in ``run.json`` (or given with ``--inputs``), read again with ``pipeline.readers``
   (with the run's ``--text-column``) and matched by ``doc_id``; a relative input is looked for from the
   output folder (run.json's paths are relative to it), then from the current folder, then from the output
   folder's parent.

A text is used only when its length is the article's ``n_chars``; a figure whose span does not give back
its ``text`` is reported on the page (the input changed since the run).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from ..readers import Record, read_inputs

TEXTS = "texts.jsonl"


def write_texts(records: Iterable, out_dir: str | Path) -> int:
    """Write ``OUT_DIR/texts.jsonl`` from records (``pipeline.readers.Record``; errors are skipped)."""
    pairs = ((r.doc_id, r.as_read) for r in records if isinstance(r, Record))
    return write_text_lines(pairs, Path(out_dir) / TEXTS)


def write_text_lines(texts: Iterable[tuple[str, str]], path: Path) -> int:
    """``(doc_id, text)`` pairs as ``texts.jsonl`` lines; how many were written."""
    from ..output import create_new

    n = 0
    with open(path, "w", encoding="utf-8", opener=create_new) as f:  # a planted link is replaced
        for doc_id, text in texts:
            f.write(json.dumps({"doc_id": doc_id, "text": text}, ensure_ascii=False) + "\n")
            n += 1
    return n


def read_text_lines(path: Path, wanted: set[str] | None = None) -> dict[str, str]:
    """``{doc_id: text}`` from a ``texts.jsonl`` (only the ``wanted`` doc_ids when given)."""
    texts = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                d = json.loads(line)
                if wanted is None or d.get("doc_id") in wanted:
                    texts[d["doc_id"]] = d.get("text") or ""
    return texts


def load_texts(
    out_dir: Path, inputs: list[str] | None, wanted: set[str], text_column: str = "text"
) -> tuple[dict[str, str], str]:
    """``({doc_id: text}, where they came from)`` for the wanted doc_ids."""
    path = out_dir / TEXTS
    if path.exists():
        return read_text_lines(path, wanted), str(path)
    found = []
    for p in inputs or []:  # relative to the output folder (run.json), as given, beside the output folder
        for candidate in (out_dir / p, Path(p), out_dir.resolve().parent / p):
            if candidate.exists():
                found.append(candidate)
                break
    if not found:
        return {}, "no texts: neither texts.jsonl nor the run's inputs were found"
    texts = {}
    for r in read_inputs(found, text_column=text_column):
        if isinstance(r, Record) and r.doc_id in wanted:
            texts[r.doc_id] = r.as_read
    return texts, "inputs read again: " + ", ".join(map(str, found))
