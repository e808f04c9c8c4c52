"""Annotations kept as offsets, joined with the raw texts they annotate (``data/annotations/attributions/``).

An annotation file holds one JSON object a line, ``{"id", "figures", "attributions"}``, keyed by the
sentence ``id`` of a corpus file in ``../shared/corpora/`` (no copied text). Offsets are into that sentence.
An attribution whose speaker is named in an earlier sentence carries ``source_sentence`` (and
``source_name_sentence``; without it, the name is in the source's sentence) with the offsets in that
sentence; a figure inside the content of an attribution recorded on another sentence has ``source =
[sentence_id, index]``.

``documents`` turns the sentences into gold documents in the ``GUIDELINES.md`` format: consecutive sentences
of one text (the same id prefix, consecutive numbers) are joined with a space into blocks of about
``block_size`` sentences, never cut between a sentence and the earlier sentence its annotations point to, so
that speakers in earlier sentences can be found; sentences of a corpus whose sentences stand alone (GSD) are
one document each.

TIMEX3 annotations (``data/annotations/timex/``) hold ``{"id", "timex"}`` lines, offsets into the sentence;
the ``batches.json`` beside them gives each batch (file) the publication date its expressions were resolved
against (``dct``), which becomes the ``dct`` of its documents; their consecutive sentences make one document
per text, never across two batches."""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable
from pathlib import Path

SPAN_KEYS = ("cue", "source", "source_name", "relayed_by", "content")
STANDALONE = ("fr-ud-",)  # corpora whose sentences stand alone (GSD): never joined


class CorpusError(ValueError):
    """An annotation that cannot be joined with its text (unknown id, offsets outside the sentence)."""


def default_corpora_dir() -> Path | None:
    """``$PIPELINE_CORPORA``, else ``../shared/corpora`` from the working folder or from the repository."""
    candidates = [os.environ.get("PIPELINE_CORPORA")]
    candidates += [Path.cwd().parent / "shared" / "corpora"]
    candidates += [Path(__file__).resolve().parents[3] / "shared" / "corpora"]
    for c in candidates:
        if c and Path(c).is_dir():
            return Path(c)
    return None


def is_annotation_file(path: str | Path) -> bool:
    """Annotation lines have no ``text``: they must be joined with a corpus."""
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                return "text" not in json.loads(line)
    return False


def read_texts(corpora_dir: str | Path) -> dict[str, str]:
    texts = {}
    for path in sorted(Path(corpora_dir).glob("*.jsonl")):
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    row = json.loads(line)
                    texts[row["id"]] = row["text"]
    return texts


def _read_lines(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def batch_dcts(folder: Path) -> dict[str, str]:
    """The publication date of each batch that ``batches.json`` in ``folder`` dates (``{name: {"dct"}}``)."""
    path = folder / "batches.json"
    if not path.exists():
        return {}
    batches = json.loads(path.read_text(encoding="utf-8"))
    return {name: b["dct"] for name, b in batches.items() if isinstance(b, dict) and b.get("dct")}


def read_annotations(paths: Iterable[str | Path]) -> list[dict]:
    """The lines of each file, those of ``settled/<same name>`` beside it (disagreements settled) replacing
    the lines with the same id; the lines of a dated batch carry its name and ``dct``."""
    rows = []
    for path in map(Path, paths):
        settled = path.parent / "settled" / path.name
        replace = {r["id"]: r for r in _read_lines(settled)} if settled.exists() else {}
        lines = [replace.get(r["id"], r) for r in _read_lines(path)]
        dct = batch_dcts(path.parent).get(path.stem)
        rows += [{**r, "batch": path.stem, "dct": dct} for r in lines] if dct else lines
    return rows


def _text_key(sentence_id: str) -> tuple[str, int] | None:
    m = re.fullmatch(r"(.*?)_?(\d+)", sentence_id)
    return (m.group(1), int(m.group(2))) if m else None


def _references(row: dict) -> set[str]:
    refs = set()
    for a in row.get("attributions", []):
        refs.update(a[k] for k in ("source_sentence", "source_name_sentence") if a.get(k))
    for f in row.get("figures", []):
        if isinstance(f.get("source"), list):
            refs.add(f["source"][0])
    return refs - {row["id"]}


def blocks(rows: list[dict], block_size: int = 10) -> list[list[dict]]:
    """Consecutive sentences of one text, about ``block_size`` at a time, never cut before a sentence that
    points back into the block; the sentences of a dated batch (TIMEX3) make one document per text: its dates
    lean on all the narrative before them, as its annotators read it."""
    out: list[list[dict]] = []
    for row in rows:
        key = _text_key(row["id"])
        block = out[-1] if out else None
        prev = _text_key(block[-1]["id"]) if block else None
        joins = (
            block is not None
            and not row["id"].startswith(STANDALONE)
            and key is not None
            and prev is not None
            and key[0] == prev[0]
            and key[1] == prev[1] + 1
            and row.get("batch") == block[-1].get("batch")
            and (row.get("dct") or len(block) < block_size or _references(row) & {r["id"] for r in block})
        )
        if joins:
            block.append(row)
        else:
            out.append([row])
    return out


def _shift(span, offset: int) -> list[int] | None:
    return None if span is None else [span[0] + offset, span[1] + offset]


def document(block: list[dict], texts: dict[str, str]) -> dict:
    """One gold document (``GUIDELINES.md`` format) from a block of annotated sentences."""
    offsets, parts, pos = {}, [], 0
    for row in block:
        if row["id"] not in texts:
            raise CorpusError(f"annotation {row['id']}: no such sentence in the corpora")
        offsets[row["id"]] = pos
        parts.append(texts[row["id"]])
        pos += len(texts[row["id"]]) + 1
    attributions, first_index = [], {}
    for row in block:
        first_index[row["id"]] = len(attributions)
        here, n = offsets[row["id"]], len(texts[row["id"]])
        for a in row.get("attributions", []):
            new = {k: v for k, v in a.items() if k not in SPAN_KEYS and not k.endswith("_sentence")}
            for k in SPAN_KEYS:
                span = a.get(k)
                where = a.get(f"{k}_sentence") or row["id"]
                if k == "source_name" and not a.get("source_name_sentence"):
                    where = a.get("source_sentence") or row["id"]  # a name inside a source mention elsewhere
                if span is not None and not 0 <= span[0] <= span[1] <= len(texts.get(where, "")):
                    raise CorpusError(f"annotation {row['id']}: {k} {span} outside sentence {where}")
                new[k] = _shift(span, offsets[where]) if where in offsets else None
            if new["cue"] is None or not 0 <= a["cue"][0] < a["cue"][1] <= n:
                raise CorpusError(f"annotation {row['id']}: cue {a.get('cue')} outside the sentence")
            attributions.append(new)
    figures = []
    for row in block:
        here = offsets[row["id"]]
        for f in row.get("figures", []):
            if not 0 <= f["start"] < f["end"] <= len(texts[row["id"]]):
                raise CorpusError(f"annotation {row['id']}: figure {f['start']}-{f['end']} outside")
            src = f.get("source")
            if isinstance(src, list):
                src = first_index[src[0]] + src[1] if src[0] in first_index else None
            elif src is not None:
                src = first_index[row["id"]] + src
            figures.append({**f, "start": f["start"] + here, "end": f["end"] + here, "source": src})
    doc = {
        "id": block[0]["id"] if len(block) == 1 else f"{block[0]['id']}..{block[-1]['id']}",
        "sentences": [r["id"] for r in block],
        "text": " ".join(parts),
        "figures": figures,
        "attributions": attributions,
    }
    if any("timex" in row for row in block):
        doc["timex"] = _timex(block, texts, offsets)
        for name in ("figures", "attributions"):  # a TIMEX3 batch annotates dates only
            if not any(name in row for row in block):
                del doc[name]
    if block[0].get("dct"):
        doc["dct"], doc["batch"] = block[0]["dct"], block[0]["batch"]
    return doc


def _timex(block: list[dict], texts: dict[str, str], offsets: dict[str, int]) -> list[dict]:
    out = []
    for row in block:
        for t in row.get("timex", []):
            if not 0 <= t["start"] < t["end"] <= len(texts[row["id"]]):
                raise CorpusError(f"annotation {row['id']}: timex {t['start']}-{t['end']} outside")
            here = offsets[row["id"]]
            out.append({**t, "start": t["start"] + here, "end": t["end"] + here})
    return out


def documents(rows: list[dict], texts: dict[str, str], block_size: int = 10) -> list[dict]:
    return [document(b, texts) for b in blocks(rows, block_size)]


def fold_documents(
    n_folds: int,
    corpora: Path,
    annotations: Path,
    eval_dir: Path | None = None,
    batches: list[str] | None = None,
) -> dict[str, list[dict]]:
    """The annotated corpus as folds of consecutive text: each batch (file) cut into ``n_folds`` runs of
    consecutive documents, run k of every batch forming fold k (no text split between folds); then each dev
    file of ``eval_dir`` (``ftb_dev``, ``gsd_dev``) as one more fold."""
    out: dict[str, list[dict]] = {f"fold{k + 1}": [] for k in range(n_folds)}
    texts = read_texts(corpora)
    for path in sorted(Path(annotations).glob("*.jsonl")):
        if batches and path.stem not in batches:
            continue
        docs = documents(read_annotations([path]), texts)
        for k in range(n_folds):
            out[f"fold{k + 1}"] += docs[k * len(docs) // n_folds : (k + 1) * len(docs) // n_folds]
    for name in ("ftb_dev", "gsd_dev"):
        path = Path(eval_dir) / f"{name}.jsonl" if eval_dir else None
        if path is not None and path.exists():
            from . import read_gold  # (the package imports this module lazily)

            out[name] = read_gold(path)
    return out
