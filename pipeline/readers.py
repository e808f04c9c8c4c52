"""Read articles from files and folders: one ``Record`` per article, one ``ReadError`` per record that fails.

Readers know nothing of spaCy. Every record of every input ends up as exactly one Record or one ReadError.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

TEXT_EXTENSIONS = {".txt", ".md"}
JSON_EXTENSIONS = {".json", ".jsonl"}
HTML_EXTENSIONS = {".html", ".htm"}
SUPPORTED = TEXT_EXTENSIONS | JSON_EXTENSIONS | HTML_EXTENSIONS
META_FIELDS = ("title", "published", "url", "source")


@dataclass
class Record:
    """One article as read: its text and metadata."""

    doc_id: str
    text: str
    path: str | None = None
    record: int | None = None
    title: str | None = None
    published: str | None = None
    url: str | None = None
    source: str | None = None

    def meta(self) -> dict:
        return {
            "doc_id": self.doc_id,
            "path": self.path,
            "title": self.title,
            "published": self.published,
            "url": self.url,
            "source": self.source,
        }


@dataclass
class ReadError:
    """An input record that could not be read; becomes one row of errors.csv."""

    path: str | None
    record: int | None
    error: str
    message: str
    stage: str = field(default="read")
    component: str | None = None  # the pipeline component that failed (stage "process")

    def row(self) -> dict:
        return {
            "path": self.path,
            "record": self.record,
            "stage": self.stage,
            "component": self.component,
            "error": self.error,
            "message": self.message,
        }


class InputError(Exception):
    """A usage error: an input that does not exist (exit status 2)."""


# --- decoding -------------------------------------------------------------------------------------------


def looks_binary(data: bytes) -> bool:
    """NUL bytes, or many control characters, in the first 8 KiB."""
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return bool(head) and controls / len(head) > 0.05


def decode(data: bytes) -> str:
    """UTF-8 (with or without BOM), else the legacy French encodings cp1252, then latin-1.

    UTF-8 is tried first because a cp1252 text that decodes as valid UTF-8 is vanishingly rare in French
    (accented letters in cp1252 are lone high bytes, which are invalid UTF-8).
    """
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


# --- metadata -------------------------------------------------------------------------------------------


def normalise_published(value) -> str | None:
    """An ISO date or datetime string, or None; raises ValueError for anything else."""
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise ValueError(f"`published` must be an ISO date string, got {type(value).__name__}")
    text = value.strip()
    try:
        if len(text) == 10:
            return date.fromisoformat(text).isoformat()
        return datetime.fromisoformat(text.replace("Z", "+00:00")).isoformat()
    except ValueError:
        raise ValueError(f"`published` is not an ISO date or datetime: {value!r}") from None


def _str_or_none(value) -> str | None:
    if value is None:
        return None
    return str(value).strip() or None


FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)
MAX_TITLE = 250
HEADLINE = re.compile(r"\A([^\n.!?]{10,250}[?!])[ \t]+(?=[A-ZÀ-Ý«\"])")


def split_plain(text: str) -> tuple[dict, str]:
    """Front matter (``---`` block of ``key: value``) and title of a plain-text article, and its body.

    Without front matter the title is a headline ending in "?" or "!" run into the first paragraph (as
    scraped articles often are), else the first line when it is short and a blank line follows it. The body
    keeps the title line, so offsets stay those of the file as read.
    """
    meta: dict = {}
    m = FRONT_MATTER.match(text)
    if m:
        for line in m.group(1).splitlines():
            key, sep, value = line.partition(":")
            if sep and key.strip().lower() in META_FIELDS:
                meta[key.strip().lower()] = value.strip().strip("\"'")
        text = text[m.end() :]
    if "title" not in meta:
        first, _, rest = text.partition("\n")
        h = HEADLINE.match(first)
        if h:
            meta["title"] = h.group(1).strip()
        elif first.strip() and len(first) <= MAX_TITLE and rest.partition("\n")[0].strip() == "":
            meta["title"] = first.strip().lstrip("# ").strip()
    return meta, text


# --- files ----------------------------------------------------------------------------------------------


def iter_files(root: Path) -> Iterator[Path]:
    """Files under a folder, recursively, in a stable order (hidden files and folders skipped)."""
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if not name.startswith("."):
                yield Path(dirpath) / name


def _error(path: str, record: int | None, error: str, message: str) -> ReadError:
    return ReadError(path=path, record=record, error=error, message=message)


def record_from_object(obj, rel: str, index: int | None) -> Record | ReadError:
    """Validate one JSON object as an article."""
    if not isinstance(obj, dict):
        return _error(rel, index, "NotAnObject", f"expected a JSON object, got {type(obj).__name__}")
    text = obj.get("text")
    if text is None:
        return _error(rel, index, "MissingText", "record has no `text` field")
    if not isinstance(text, str):
        return _error(rel, index, "BadText", f"`text` must be a string, got {type(text).__name__}")
    if not text.strip():
        return _error(rel, index, "EmptyText", "`text` is empty")
    try:
        published = normalise_published(obj.get("published"))
    except ValueError as e:
        return _error(rel, index, "BadPublished", str(e))
    default_id = str(index) if rel is None else (rel if index is None else f"{rel}:{index}")
    doc_id = _str_or_none(obj.get("id")) or default_id
    return Record(
        doc_id=doc_id,
        text=text,
        path=rel,
        record=index,
        title=_str_or_none(obj.get("title")),
        published=published,
        url=_str_or_none(obj.get("url")),
        source=_str_or_none(obj.get("source")),
    )


def read_json(text: str, rel: str, lines: bool) -> Iterator[Record | ReadError]:
    if lines:
        n = 0
        for lineno, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            n += 1
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                yield _error(rel, lineno, "BadJSON", f"line {lineno}: {e.msg} (column {e.colno})")
                continue
            yield record_from_object(obj, rel, lineno)
        if n == 0:
            yield _error(rel, None, "EmptyFile", "file has no records")
        return
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        yield _error(rel, None, "BadJSON", f"{e.msg} (line {e.lineno}, column {e.colno})")
        return
    if isinstance(data, list):
        if not data:
            yield _error(rel, None, "EmptyFile", "JSON list is empty")
        for i, obj in enumerate(data, start=1):
            yield record_from_object(obj, rel, i)
    else:
        yield record_from_object(data, rel, None)


def read_html(text: str, rel: str) -> Record | ReadError:
    import trafilatura  # imported here: it is slow to import and only HTML needs it

    doc = trafilatura.bare_extraction(text, with_metadata=True, include_comments=False)
    if doc is None or not (doc.text or "").strip():
        return _error(rel, None, "NoMainText", "trafilatura found no main text in the page")
    try:
        published = normalise_published(doc.date)
    except ValueError:
        published = None
    return Record(
        doc_id=rel,
        text=doc.text,
        path=rel,
        title=_str_or_none(doc.title),
        published=published,
        url=_str_or_none(doc.url),
        source=_str_or_none(doc.sitename),
    )


def read_file(path: Path, rel: str) -> Iterator[Record | ReadError]:
    """Every record of one file, or one error for the whole file."""
    ext = path.suffix.lower()
    if ext not in SUPPORTED:
        yield _error(
            rel,
            None,
            "UnsupportedFormat",
            f"unsupported extension {ext or '(none)'!r}; expected one of {', '.join(sorted(SUPPORTED))}",
        )
        return
    try:
        data = path.read_bytes()
    except OSError as e:
        yield _error(rel, None, "Unreadable", f"cannot read file: {e.strerror or e}")
        return
    if not data.strip():
        yield _error(rel, None, "EmptyFile", "file is empty")
        return
    if looks_binary(data):
        yield _error(rel, None, "BinaryFile", "file looks binary (NUL or control bytes), not text")
        return
    text = decode(data)
    if ext in JSON_EXTENSIONS:
        yield from read_json(text, rel, lines=ext == ".jsonl")
    elif ext in HTML_EXTENSIONS:
        yield read_html(text, rel)
    else:
        meta, body = split_plain(text)
        if not body.strip():
            yield _error(rel, None, "EmptyText", "file has front matter but no text")
            return
        try:
            published = normalise_published(meta.get("published"))
        except ValueError as e:
            yield _error(rel, None, "BadPublished", str(e))
            return
        yield Record(
            doc_id=rel,
            text=body,
            path=rel,
            title=meta.get("title"),
            published=published,
            url=meta.get("url"),
            source=meta.get("source"),
        )


def read_inputs(inputs: Iterable[str | Path]) -> Iterator[Record | ReadError]:
    """Records from files and folders (recursive), in order; duplicate ids become errors.

    Paths are reported relative to the input's parent for a folder (so ``seeds/x.txt``), and as the file
    name for a file given directly. Raises InputError before reading anything if an input does not exist.
    """
    roots = [Path(p) for p in inputs]
    missing = [str(p) for p in roots if not p.exists()]
    if missing:
        raise InputError(f"no such input: {', '.join(missing)}")
    seen: set[str] = set()
    for root in roots:
        files = iter_files(root) if root.is_dir() else [root]
        base = root.parent
        for path in files:
            rel = path.relative_to(base).as_posix() if path.is_relative_to(base) else path.as_posix()
            for item in read_file(path, rel):
                if isinstance(item, Record):
                    if item.doc_id in seen:
                        item = _error(rel, item.record, "DuplicateId", f"id {item.doc_id!r} already seen")
                    else:
                        seen.add(item.doc_id)
                yield item


def records_from(items: Iterable) -> Iterator[Record | ReadError]:
    """Records from in-memory inputs for the Python API: texts, dicts, or Records."""
    seen: set[str] = set()
    for i, item in enumerate(items):
        if isinstance(item, Record):
            rec = item
        elif isinstance(item, str):
            rec = Record(doc_id=str(i), text=item, record=i)
        else:
            rec = record_from_object(item, None, i)
        if isinstance(rec, Record):
            if rec.doc_id in seen:
                rec = _error(None, i, "DuplicateId", f"id {rec.doc_id!r} already seen")
            else:
                seen.add(rec.doc_id)
        yield rec
