"""Read articles from files and folders: one ``Record`` per article, one ``ReadError`` per record that fails.

Readers know nothing of spaCy. Every record of every input ends up as exactly one Record or one ReadError.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import os
import re
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .markdown import to_plain
from .published import parse_published

TEXT_EXTENSIONS = {".txt", ".md"}
JSON_EXTENSIONS = {".json", ".jsonl"}
HTML_EXTENSIONS = {".html", ".htm"}
CSV_EXTENSIONS = {".csv"}
SUPPORTED = TEXT_EXTENSIONS | JSON_EXTENSIONS | HTML_EXTENSIONS | CSV_EXTENSIONS
META_FIELDS = ("title", "published", "url", "source")
# where records and front matter give the publication date, first found wins (RSS: pubDate; schema.org:
# datePublished)
PUBLISHED_FIELDS = ("published", "date", "datePublished", "pubDate")


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
    # a Markdown file: ``text`` is its plain text (what the pipeline reads), ``raw`` the file as read
    # (what the tables' offsets point into) and ``offsets[i]`` the offset in ``raw`` of ``text[i]``
    raw: str | None = field(default=None, repr=False)
    offsets: list[int] | None = field(default=None, repr=False)

    @property
    def as_read(self) -> str:
        """The text the tables' offsets point into: the file's (``raw``) when it was converted."""
        return self.text if self.raw is None else self.raw

    def meta(self) -> dict:
        """The article's metadata (the articles row), and ``record``, its position in the file."""
        return {
            "doc_id": self.doc_id,
            "path": self.path,
            "record": self.record,
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
            "path": None if self.path is None else readable(self.path),
            "record": self.record,
            "stage": self.stage,
            "component": self.component,
            "error": self.error,
            "message": readable(self.message),
        }


SURROGATE = re.compile(r"[\ud800-\udfff]")


def readable(s: str) -> str:
    """``s`` as any file can store it: a lone surrogate, which no encoding writes, as an escape (``\\xe9``
    for a byte of a file name that is not UTF-8, which Python keeps as U+DCE9; ``\\udc00`` otherwise)."""
    if not SURROGATE.search(s):
        return s
    return SURROGATE.sub(
        lambda m: f"\\x{ord(m[0]) - 0xDC00:02x}" if 0xDC80 <= ord(m[0]) <= 0xDCFF else f"\\u{ord(m[0]):04x}",
        s,
    )


def unicode_problem(record: Record) -> ReadError | None:
    """A record holding a lone surrogate (a JSON ``"\\udc00"``, a Python string) as one error row: no file can
    store it, so it would stop the run when its rows are written."""
    for name in ("doc_id", "text", "title", "url", "source"):
        value = getattr(record, name)
        if isinstance(value, str) and (m := SURROGATE.search(value)):
            what = "id" if name == "doc_id" else name
            return ReadError(
                record.path,
                record.record,
                "BadUnicode",
                f"`{what}` holds a lone surrogate ({readable(m[0])}), which no file can store",
            )
    return None


class InputError(Exception):
    """A usage error: an input that does not exist (exit status 2)."""


# --- decoding -------------------------------------------------------------------------------------------


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters in the first 8 KiB, or mostly high bytes that are not UTF-8
    (random bytes decode as cp1252 into pseudo-text; French in cp1252 has a few percent of high bytes)."""
    head = data[:8192]
    if not head:
        return False
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    if controls / len(head) > 0.05:
        return True
    high = sum(1 for b in head if b >= 0x80)
    if high / len(head) < 0.3:
        return False
    invalid = head.decode("utf-8", errors="replace").count("\ufffd")
    return invalid > high / 4


def _legacy(part: bytes) -> str:
    """Bytes that are not UTF-8, read as cp1252 (latin-1 for the five bytes cp1252 leaves undefined)."""
    return "".join(
        chr(b) if b in (0x81, 0x8D, 0x8F, 0x90, 0x9D) else bytes([b]).decode("cp1252") for b in part
    )


_repaired = [0]  # bytes read as cp1252 by the last ``decode_parts`` (a codec error handler has no context)


def _legacy_handler(e: UnicodeDecodeError) -> tuple[str, int]:
    _repaired[0] += e.end - e.start
    return _legacy(e.object[e.start : e.end]), e.end


codecs.register_error("pipeline-cp1252", _legacy_handler)


def decode_parts(data: bytes) -> tuple[str, int, bool]:
    """Text, how many bytes were read as cp1252, and whether the rest held UTF-8 beyond ASCII.

    What is valid UTF-8 is read as UTF-8, each invalid byte as cp1252 (then latin-1): a whole cp1252 file
    comes out as cp1252, and a file mixing both (an article pasted into a UTF-8 file) is right in both parts.
    """
    try:
        return data.decode("utf-8-sig"), 0, False
    except UnicodeDecodeError:
        pass
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    _repaired[0] = 0
    text = data.decode("utf-8", errors="pipeline-cp1252")
    repaired = _repaired[0]
    utf8 = sum(1 for ch in text if ord(ch) > 127) > repaired
    return text, repaired, utf8


# A spreadsheet's "Unicode text" export: UTF-16 (or UTF-32) with its byte order mark. UTF-32's marks first:
# UTF-32-LE's starts with UTF-16-LE's.
WIDE_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def wide_encoding(head: bytes) -> str | None:
    """``utf-16`` or ``utf-32`` for bytes starting with its byte order mark, else None (such a file is full
    of NUL bytes: without this it would look binary)."""
    return next((enc for bom, enc in WIDE_BOMS if head.startswith(bom)), None)


def _not_wide(enc: str, e: UnicodeDecodeError, at: int) -> str:
    name = enc.upper()
    return f"{name} (byte order mark) but not valid {name}: {e.reason} at byte {at}"


def check_wide(f, enc: str) -> str | None:
    """Why an open binary file is not valid ``enc`` (one phrase), or None; read a MiB at a time."""
    decoder = codecs.getincrementaldecoder(enc)()
    offset = 0
    while True:
        chunk = f.read(1 << 20)
        pending = len(decoder.getstate()[0])
        try:
            decoder.decode(chunk, final=not chunk)
        except UnicodeDecodeError as e:
            return _not_wide(enc, e, offset - pending + e.start)
        if not chunk:
            return None
        offset += len(chunk)


def wide_lines(f, enc: str) -> Iterator[bytes]:
    """The lines (split on "\\n" only) of an open binary UTF-16/32 file (checked), as UTF-8 bytes."""
    for line in io.TextIOWrapper(f, encoding=enc, newline="\n"):
        yield line.encode("utf-8")


def decode(data: bytes) -> str:
    """UTF-8 (with or without BOM), else the legacy French encodings cp1252, then latin-1, part by part.

    UTF-8 is tried first because a cp1252 text that decodes as valid UTF-8 is vanishingly rare in French
    (accented letters in cp1252 are lone high bytes, which are invalid UTF-8).
    """
    return decode_parts(data)[0]


# --- metadata -------------------------------------------------------------------------------------------


def normalise_published(value, notes: list[dict] | None = None, where: tuple = (None, None)) -> str | None:
    """An ISO date or datetime string, or None; raises ValueError for what is not a date. Dates as people
    write them are read (``pipeline.published``); an ambiguous one goes to ``notes`` (``where``: path and
    record)."""
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise ValueError(f"`published` must be a date string, got {type(value).__name__}")
    iso, warning = parse_published(value)
    if warning and notes is not None:
        notes.append({"path": where[0], "record": where[1], "note": warning})
    return iso


def published_of(obj: dict):
    """The publication date field of a record or front matter: the first of PUBLISHED_FIELDS given."""
    lowered = {k.lower(): v for k, v in obj.items() if isinstance(k, str)}
    for name in PUBLISHED_FIELDS:
        value = lowered.get(name.lower())
        if value not in (None, ""):
            return value
    return None


def _str_or_none(value) -> str | None:
    if value is None:
        return None
    return str(value).strip() or None


FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)
MAX_TITLE = 250
HEADLINE = re.compile(r"\A([^\n.!?]{10,250}[?!])[ \t]+(?=[A-ZÀ-Ý«\"])")


def split_plain(text: str, title_from_body: bool = True) -> tuple[dict, str]:
    """Front matter (``---`` block of ``key: value``) and title of a plain-text article, and its body.

    Without front matter the title is a headline ending in "?" or "!" run into the first paragraph (as
    scraped articles often are), else the first line when it is short and a blank line follows it. The body
    keeps the title line, so offsets stay those of the file as read.
    """
    meta: dict = {}
    m = FRONT_MATTER.match(text)
    if m:
        fields = {f.lower(): f for f in (*META_FIELDS, *PUBLISHED_FIELDS)}
        for line in m.group(1).splitlines():
            key, sep, value = line.partition(":")
            if sep and key.strip().lower() in fields:
                meta[key.strip().lower()] = value.strip().strip("\"'")
        if (published := published_of(meta)) is not None:
            meta["published"] = published
        text = text[m.end() :]
    if "title" not in meta and title_from_body:
        first, _, rest = text.partition("\n")
        h = HEADLINE.match(first)
        if h:
            meta["title"] = h.group(1).strip()
        elif first.strip() and len(first) <= MAX_TITLE and rest.partition("\n")[0].strip() == "":
            meta["title"] = first.strip().lstrip("# ").strip()
    return meta, text


# --- files ----------------------------------------------------------------------------------------------


def iter_files(root: Path, notes: list[dict] | None = None) -> Iterator[Path]:
    """Files under a folder, recursively, in a stable order (a folder's files by name, then its folders),
    hidden files and folders skipped.

    Symbolic links to folders are followed, once: a link back to a folder being walked (a loop) or to a
    folder already walked is skipped, with a note in ``notes``. A folder that cannot be listed (no read
    permission, a name too long) is yielded itself, so that ``read_file`` reports it as one error; the walk
    keeps its own stack, so a tree of any depth is walked.
    """
    seen: set[tuple[int, int]] = set()
    stack = [Path(root)]
    while stack:
        folder = stack.pop()
        try:
            st = os.stat(folder)
            with os.scandir(folder) as it:
                entries = sorted((e.name, e) for e in it if not e.name.startswith("."))
        except OSError:
            yield folder
            continue
        if (st.st_dev, st.st_ino) in seen:  # reached twice: only through a link
            if notes is not None:
                where = Path(os.path.relpath(folder, Path(root).parent)).as_posix()
                notes.append({"path": where, "note": "symbolic link to a folder already read: skipped"})
            continue
        seen.add((st.st_dev, st.st_ino))
        folders = []
        for name, entry in entries:
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            if is_dir:
                folders.append(folder / name)
            else:
                yield folder / name
        stack.extend(reversed(folders))


def is_regular(path: Path) -> bool:
    """A regular file (after links): FIFOs, sockets and devices are never opened (a FIFO blocks forever)."""
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        return True  # let reading report why


def _error(path: str, record: int | None, error: str, message: str) -> ReadError:
    return ReadError(path=path, record=record, error=error, message=message)


def record_from_object(
    obj, rel: str, index: int | None, notes: list[dict] | None = None, text_field: str = "text"
) -> Record | ReadError:
    """Validate one JSON object (or CSV row) as an article."""
    if not isinstance(obj, dict):
        return _error(rel, index, "NotAnObject", f"expected a JSON object, got {type(obj).__name__}")
    text = obj.get(text_field)
    if text is None:
        return _error(rel, index, "MissingText", f"record has no `{text_field}` field")
    if not isinstance(text, str):
        return _error(rel, index, "BadText", f"`{text_field}` must be a string, got {type(text).__name__}")
    if not text.strip():
        return _error(rel, index, "EmptyText", f"`{text_field}` is empty")
    for name in ("id", *META_FIELDS):  # a number is taken as written; a list, an object or true is no text
        value = obj.get(name)
        if name != "published" and isinstance(value, (list, dict, bool)):
            return _error(rel, index, "BadField", f"`{name}` must be text, got {type(value).__name__}")
    try:
        published = normalise_published(published_of(obj), notes, (rel, index))
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


def _loads(text: str):
    """json.loads, with nesting too deep for the parser as a ValueError (not a RecursionError)."""
    try:
        return json.loads(text)
    except RecursionError:
        raise ValueError("JSON nested too deeply") from None


def read_jsonl(f, rel: str, notes: list[dict] | None) -> Iterator[Record | ReadError]:
    """One record per line of an open binary file, streamed: lines end at "\\n" only (U+2028 or U+0085 inside
    a text are characters, not line ends), each line decoded on its own."""
    n = repaired = 0
    for lineno, raw in enumerate(f, start=1):
        if not raw.strip():
            continue
        n += 1
        line, legacy, _ = decode_parts(raw[3:] if lineno == 1 and raw.startswith(codecs.BOM_UTF8) else raw)
        repaired += bool(legacy)
        try:
            obj = _loads(line)
        except json.JSONDecodeError as e:
            yield _error(rel, lineno, "BadJSON", f"line {lineno}: {e.msg} (column {e.colno})")
            continue
        except ValueError as e:
            yield _error(rel, lineno, "BadJSON", f"line {lineno}: {e}")
            continue
        yield record_from_object(obj, rel, lineno, notes)
    if n == 0:
        yield _error(rel, None, "EmptyFile", "file has no records")
    if repaired and notes is not None:
        notes.append({"path": rel, "note": f"{repaired} lines not UTF-8, read as cp1252"})


def read_json(
    text: str, rel: str, lines: bool = False, notes: list[dict] | None = None
) -> Iterator[Record | ReadError]:
    """The records of a JSON file (one object or a list), or of JSONL text (lines split on "\\n" only)."""
    if lines:
        yield from read_jsonl(io.BytesIO(text.encode("utf-8")), rel, notes)
        return
    try:
        data = _loads(text)
    except json.JSONDecodeError as e:
        yield _error(rel, None, "BadJSON", f"{e.msg} (line {e.lineno}, column {e.colno})")
        return
    except ValueError as e:
        yield _error(rel, None, "BadJSON", str(e))
        return
    if isinstance(data, list):
        if not data:
            yield _error(rel, None, "EmptyFile", "JSON list is empty")
        for i, obj in enumerate(data, start=1):
            yield record_from_object(obj, rel, i, notes)
    else:
        yield record_from_object(data, rel, None, notes)


def read_csv(text: str, rel: str, notes: list[dict] | None, text_column: str) -> Iterator[Record | ReadError]:
    """One record per row of a CSV file with a header: the article in ``text_column``, the other columns as
    in JSON (``id``, ``title``, ``published`` or ``date``, ``url``, ``source``). ``record`` is the row's
    number (1 for the first row after the header)."""
    reader = csv.DictReader(io.StringIO(text, newline=""))
    if reader.fieldnames is None or text_column not in reader.fieldnames:
        columns = ", ".join(reader.fieldnames or []) or "none"
        yield _error(rel, None, "MissingText", f"no `{text_column}` column (columns: {columns})")
        return
    n = 0
    rows = enumerate(reader, start=1)
    while True:
        try:
            n, row = next(rows)
        except StopIteration:
            break
        except csv.Error as e:  # the rest of the file cannot be parsed: one error for it
            yield _error(rel, n + 1, "BadCSV", f"row {n + 1} and after: {e}")
            return
        if None in row:  # more cells than header columns
            yield _error(rel, n, "BadCSV", f"row {n}: {len(reader.fieldnames) + len(row[None])} cells")
            continue
        cells = {k: v for k, v in row.items() if v != "" or k == text_column}  # an empty text is EmptyText
        yield record_from_object(cells, rel, n, notes, text_column)
    if n == 0:
        yield _error(rel, None, "EmptyFile", "CSV file has a header but no rows")


# A CSV cell may hold a whole article (the csv module's default stops at 131,072 characters); spaCy takes up
# to pipeline.nlp.MAX_CHARS, and a longer text is one error row there.
csv.field_size_limit(max(csv.field_size_limit(), 1 << 30))

# Lines of a page that are not an article: menu items (a few words, no sentence) and notices.
BOILERPLATE = re.compile(
    r"\bcookies?\b|mentions légales|politique de confidentialité|tous droits réservés|"
    r"\bnewsletter\b|abonnez-vous|javascript|plan du site",
    re.I,
)
MIN_WORDS = 8


def main_text_words(text: str) -> int:
    """Words of a page's extracted text outside menu lines and notices (cookie banners, legal lines)."""
    words = 0
    for line in text.splitlines():
        n = len(line.split())
        if BOILERPLATE.search(line) or (n <= 3 and not re.search(r"[.!?»]\s*$", line)):
            continue
        words += n
    return words


def read_html(text: str, rel: str) -> Record | ReadError:
    import trafilatura  # imported here: it is slow to import and only HTML needs it

    doc = trafilatura.bare_extraction(text, with_metadata=True, include_comments=False)
    if doc is None or not (doc.text or "").strip():
        return _error(rel, None, "NoMainText", "trafilatura found no main text in the page")
    if main_text_words(doc.text) < MIN_WORDS:
        return _error(rel, None, "NoMainText", "the page holds only menus or notices, no article text")
    try:
        published = normalise_published(doc.date)
    except ValueError:  # trafilatura's guess; the page is still an article
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


def read_file(
    path: Path, rel: str, notes: list[dict] | None = None, text_column: str = "text"
) -> Iterator[Record | ReadError]:
    """Every record of one file, or one error for the whole file. JSONL is streamed (memory stays flat
    with the file's size); other files are read whole. Decoding repairs go to ``notes``."""
    if SURROGATE.search(rel):
        yield _error(
            rel,
            None,
            "BadFileName",
            "the file name is not UTF-8 (its bytes shown as \\xNN): rename it to read it",
        )
        return
    if os.path.isdir(path):  # a folder iter_files could not list
        try:
            os.scandir(path).close()
        except OSError as e:
            yield _error(rel, None, "Unreadable", f"cannot read folder: {e.strerror or e}")
            return
    ext = path.suffix.lower()
    if ext not in SUPPORTED:
        yield _error(
            rel,
            None,
            "UnsupportedFormat",
            f"unsupported extension {ext or '(none)'!r}; expected one of {', '.join(sorted(SUPPORTED))}",
        )
        return
    if not is_regular(path):
        yield _error(rel, None, "NotRegularFile", "not a regular file (a FIFO, socket or device): not read")
        return
    try:
        if ext == ".jsonl":
            with open(path, "rb") as f:
                head = f.read(8192)
                if enc := wide_encoding(head):
                    f.seek(0)
                    if problem := check_wide(f, enc):
                        yield _error(rel, None, "BadEncoding", problem)
                        return
                    f.seek(0)
                    yield from read_jsonl(wide_lines(f, enc), rel, notes)
                    return
                if looks_binary(head):
                    yield _error(rel, None, "BinaryFile", "file looks binary (NUL, control or junk bytes)")
                    return
                f.seek(0)
                yield from read_jsonl(f, rel, notes)
            return
        data = path.read_bytes()
    except OSError as e:
        yield _error(rel, None, "Unreadable", f"cannot read file: {e.strerror or e}")
        return
    if not data.strip():
        yield _error(rel, None, "EmptyFile", "file is empty")
        return
    if enc := wide_encoding(data):
        try:
            text, legacy, utf8 = data.decode(enc), 0, False
        except UnicodeDecodeError as e:
            yield _error(rel, None, "BadEncoding", _not_wide(enc, e, e.start))
            return
    elif looks_binary(data):
        yield _error(rel, None, "BinaryFile", "file looks binary (NUL, control or junk bytes), not text")
        return
    else:
        text, legacy, utf8 = decode_parts(data)
    if legacy and utf8 and notes is not None:
        notes.append(
            {"path": rel, "note": f"mixed encodings: {legacy} bytes read as cp1252, the rest as UTF-8"}
        )
    if ext == ".json":
        yield from read_json(text, rel, notes=notes)
    elif ext in CSV_EXTENSIONS:
        yield from read_csv(text, rel, notes, text_column)
    elif ext in HTML_EXTENSIONS:
        yield read_html(text, rel)
    else:
        meta, body = split_plain(text, title_from_body=ext != ".md")
        plain = to_plain(body) if ext == ".md" else None
        if plain and "title" not in meta:  # the first line of the text, not of its markup
            meta["title"] = split_plain(plain.text)[0].get("title")
        if not (plain.text if plain else body).strip():
            yield _error(rel, None, "EmptyText", "file has front matter but no text")
            return
        try:
            published = normalise_published(meta.get("published"), notes, (rel, None))
        except ValueError as e:
            yield _error(rel, None, "BadPublished", str(e))
            return
        yield Record(
            doc_id=rel,
            text=plain.text if plain else body,
            path=rel,
            title=meta.get("title"),
            published=published,
            url=meta.get("url"),
            source=meta.get("source"),
            raw=body if plain else None,
            offsets=plain.offsets if plain else None,
        )


def read_inputs(
    inputs: Iterable[str | Path],
    notes: list[dict] | None = None,
    text_column: str = "text",
    exclude: Iterable[str | Path] = (),
) -> Iterator[Record | ReadError]:
    """Records from files and folders (recursive), in order; duplicate ids become errors.

    Paths are reported relative to the input's parent for a folder (so ``seeds/x.txt``), and as the file
    name for a file given directly. Two inputs with the same name ("a/seeds", "b/seeds") would give the same
    paths: an id made from a path that is already taken is made from a longer path ("b/seeds/x.txt"); an
    ``id`` given in a record that is already taken is an error (DuplicateId). Folders in ``exclude`` (the
    output folder) are never read. Raises InputError before reading anything if an input does not exist.
    What was read but is worth knowing (encodings repaired, links skipped, ambiguous dates) is appended to
    ``notes``.
    """
    roots = [Path(p) for p in inputs]
    missing = [str(p) for p in roots if not p.exists()]
    if missing:
        raise InputError(f"no such input: {', '.join(missing)}")
    seen: set[str] = set()
    for path, base in input_files(roots, notes, exclude):
        rel = path.relative_to(base).as_posix() if path.is_relative_to(base) else path.as_posix()
        for item in read_file(path, rel, notes, text_column):
            if isinstance(item, Record) and item.doc_id in seen:
                item = _disambiguate(item, path, base, seen)
            if isinstance(item, Record):
                seen.add(item.doc_id)
            yield item


def input_files(
    inputs: Iterable[str | Path], notes: list[dict] | None = None, exclude: Iterable[str | Path] = ()
) -> Iterator[tuple[Path, Path]]:
    """The files ``read_inputs`` reads, in its order, each with the folder its name is relative to; those
    under a folder of ``exclude`` (the output folder) are left out."""
    skip = {Path(p).resolve() for p in exclude}
    for root in map(Path, inputs):
        for path in iter_files(root, notes) if root.is_dir() else [root]:
            if skip and any(parent in skip for parent in Path(os.path.realpath(path)).parents):
                continue
            yield path, root.parent


def _disambiguate(item: Record, path: Path, base: Path, seen: set[str]) -> Record | ReadError:
    """A record whose id, made from its path, is taken: the id from a longer path, else DuplicateId."""
    rel = item.path
    if rel is None or not item.doc_id.startswith(rel):
        return _error(rel, item.record, "DuplicateId", f"id {item.doc_id!r} already seen")
    suffix = item.doc_id[len(rel) :]  # ":N" for the Nth record of a JSON/JSONL file
    resolved = path.resolve()
    for parent in [base.resolve(), *base.resolve().parents][1:]:
        longer = resolved.relative_to(parent).as_posix()
        if longer + suffix not in seen:
            item.doc_id, item.path = longer + suffix, longer
            return item
    return _error(rel, item.record, "DuplicateId", f"id {item.doc_id!r} already seen")


def records_from(items: Iterable, text_field: str = "text") -> Iterator[Record | ReadError]:
    """Records from in-memory inputs for the Python API: texts, dicts (the text in ``text_field``), or
    Records."""
    seen: set[str] = set()
    for i, item in enumerate(items):
        if isinstance(item, Record):
            rec = item
        elif isinstance(item, str):
            rec = Record(doc_id=str(i), text=item, record=i)
        else:
            rec = record_from_object(item, None, i, text_field=text_field)
        if isinstance(rec, Record):
            if rec.doc_id in seen:
                rec = _error(None, i, "DuplicateId", f"id {rec.doc_id!r} already seen")
            else:
                seen.add(rec.doc_id)
        yield rec
