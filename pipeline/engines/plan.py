"""Plan a run over many workers: the input files, cut into partitions that any worker can read alone.

The driver lists the files (local paths or fsspec URLs) in the order ``read_inputs`` reads them and cuts
them into partitions of about equal size in bytes; a large JSONL file is cut into byte ranges (a line
belongs to the range it starts in). Workers *scan* the JSON units (their records' ids, the lines of each
range); the driver then *resolves* what only the whole input knows: the line number a range starts at,
whether a split file is empty or binary, and which ids repeat across partitions (the first in input order
wins). A worker *reading* a partition then gets the Records and ReadErrors that ``read_inputs`` gives for
those files, in the same order, with the same doc ids, line numbers and errors.

While planning, the driver keeps a 16-byte hash of each record's id (160 MB for 10 million records) and
the file list; never a text or a row.
"""

from __future__ import annotations

import hashlib
import os
import posixpath
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np

from .. import readers
from ..readers import InputError, ReadError, Record, iter_files, looks_binary, read_file


@dataclass(frozen=True)
class File:
    """An input file: where the workers read it (a local path or an fsspec URL) and its name in the tables."""

    url: str
    rel: str
    size: int
    index: int  # position in input order (a file given twice is read twice, as by read_inputs)
    wide: bool = False  # UTF-16/32 (a byte order mark): its lines are not cut at b"\n", never split

    @property
    def splittable(self) -> bool:
        return self.suffix == ".jsonl" and self.size > 0 and not self.wide

    @property
    def suffix(self) -> str:
        return posixpath.splitext(self.rel)[1].lower()

    @property
    def local(self) -> bool:
        return "://" not in self.url


@dataclass(frozen=True)
class Unit:
    """A whole file (``end`` None: ``readers.read_file`` reads it) or a byte range of a JSONL file."""

    file: File
    start: int = 0
    end: int | None = None
    first_line: int = 1  # the line number of the range's first line (set when resolved)
    whole_file_error: bool = False  # a split file that is binary or has no records: one error, from read_file
    drop: frozenset[int] = frozenset()  # positions among the unit's Records whose id was seen before

    @property
    def whole(self) -> bool:
        return self.end is None


@dataclass(frozen=True)
class Partition:
    """What one task reads and processes: units of files, or records given in memory (the Python API)."""

    index: int
    units: tuple[Unit, ...] = ()
    items: tuple = ()  # Records and ReadErrors given in memory
    records: int = 0  # input records it holds (articles + errors), for the progress bar


@dataclass
class Scan:
    """What a worker found in a JSON unit: ids of its Records in order (a 16-byte hash, or for a range,
    the local line number of a record whose id will be its line), lines starting in a range, records."""

    ids: list = field(default_factory=list)
    lines: int = 0
    items: int = 0
    binary: bool = False


def id_hash(doc_id: str) -> bytes:
    return hashlib.blake2b(doc_id.encode("utf-8", "surrogatepass"), digest_size=16).digest()


# --- listing and cutting (driver) -----------------------------------------------------------------------


def _walk_key(parts: list[str]) -> tuple:
    """Sort key giving ``os.walk`` top-down order (a folder's files, then its subfolders), names sorted."""
    return tuple((1, p) for p in parts[:-1]) + ((0, parts[-1]),)


def list_files(inputs: Iterable[str | Path]) -> list[File]:
    """The input files, in the order and with the names ``readers.read_inputs`` gives them.

    Local inputs are walked by ``readers.iter_files`` itself; fsspec URLs (``s3://``, ``gs://``,
    ``file://``...) are listed with ``find`` in the same order, hidden files and folders skipped.
    Raises InputError naming every input that does not exist.
    """
    import fsspec

    roots, missing = [], []
    for inp in map(str, inputs):
        if "://" in inp:
            fs, root = fsspec.core.url_to_fs(inp)
            ok = fs.exists(root)
        else:
            fs, root, ok = None, os.path.abspath(inp), os.path.exists(inp)
        (roots if ok else missing).append((fs, root) if ok else inp)
    if missing:
        raise InputError(f"no such input: {', '.join(missing)}")
    files: list[File] = []

    def add(url: str, rel: str, size: int) -> None:
        wide = False
        if posixpath.splitext(rel)[1].lower() == ".jsonl" and size:  # the first bytes: a UTF-16 mark?
            try:
                with fsspec.open(url, "rb") as f:
                    wide = readers.wide_encoding(f.read(4)) is not None
            except OSError:
                pass  # read_file says why, as one error row
        files.append(File(url, rel, size, len(files), wide))

    for fs, root in roots:
        if fs is None:
            path = Path(root)
            base = path.parent
            for p in iter_files(path) if path.is_dir() else [path]:
                size = p.stat().st_size if p.is_file() else 0
                add(str(p), p.relative_to(base).as_posix(), size)
        elif fs.isdir(root):
            root = root.rstrip("/")
            base = posixpath.dirname(root)
            found = []
            for path, info in fs.find(root, detail=True).items():
                inner = posixpath.relpath(path, root).split("/")
                if not any(p.startswith(".") for p in inner):
                    found.append((_walk_key(inner), path, info.get("size") or 0))
            for _, path, size in sorted(found):
                add(fs.unstrip_protocol(path), posixpath.relpath(path, base), size)
        else:
            add(fs.unstrip_protocol(root), posixpath.basename(root), fs.size(root) or 0)
    return files


def cut(files: list[File], n: int) -> list[tuple[Unit, ...]]:
    """``n`` runs of units of about equal bytes, in input order; a JSONL file is cut where a run ends.
    A file that cannot be cut goes whole to the run it starts in; runs left empty are dropped."""
    weights = [max(f.size, 1) for f in files]
    total = sum(weights)
    n = max(1, min(n, total))
    target = total / n
    runs: list[list[Unit]] = [[] for _ in range(n)]
    pos = 0
    for f, w in zip(files, weights, strict=True):
        first = min(int(pos // target), n - 1)
        last = min(int((pos + f.size - 1) // target), n - 1) if f.splittable else first
        if last == first:
            runs[first].append(Unit(f))
        else:
            start = 0
            for k in range(first, last + 1):
                end = f.size if k == last else min(f.size, int((k + 1) * target - pos))
                if end > start:
                    runs[k].append(Unit(f, start, end))
                    start = end
        pos += w
    return [tuple(r) for r in runs if r]


# --- reading (workers) ----------------------------------------------------------------------------------


def _local_copy(file: File) -> Iterator[Path]:
    """The file as a local path for ``read_file``: itself, or a temporary copy of a remote file."""
    if file.local:
        yield Path(file.url)
        return
    import fsspec

    with tempfile.TemporaryDirectory(prefix="pipeline-") as tmp:
        path = Path(tmp) / posixpath.basename(file.rel)
        try:
            fsspec.filesystem(fsspec.utils.get_protocol(file.url)).get_file(file.url, str(path))
        except OSError:
            pass  # read_file reports the file as unreadable
        yield path


def _whole(file: File) -> Iterator[Record | ReadError]:
    for path in _local_copy(file):
        yield from read_file(path, file.rel)


def _range_lines(unit: Unit) -> Iterator[bytes]:
    """The lines (with their "\\n") that start in the unit's byte range."""
    import fsspec

    with fsspec.open(unit.file.url, "rb") as f:
        if unit.start:
            f.seek(unit.start - 1)
            f.readline()  # the end of the line that started before the range (or just its "\n")
        while f.tell() < unit.end:
            line = f.readline()
            if not line:
                return
            yield line


def _range(unit: Unit, lines: Iterable[bytes], first_line: int) -> Iterator[Record | ReadError]:
    """The records of JSONL lines numbered from ``first_line``, read by the readers' own JSONL code:
    blank lines stand for the lines before the range (they number lines and are skipped)."""
    padded = _padded(lines, first_line - 1)
    if hasattr(readers, "read_jsonl"):
        items = readers.read_jsonl(padded, unit.file.rel, None)
    else:  # readers without a streaming JSONL reader
        items = readers.read_json(readers.decode(b"".join(padded)), unit.file.rel, lines=True)
    for item in items:
        if isinstance(item, ReadError) and item.record is None:
            continue  # "no records" in this range: a whole file's emptiness is resolved by the driver
        yield item


def _padded(lines: Iterable[bytes], blank: int) -> Iterator[bytes]:
    for _ in range(blank):
        yield b"\n"
    yield from lines


def read_unit(unit: Unit) -> Iterator[Record | ReadError]:
    if unit.whole:
        yield from _whole(unit.file)
    elif unit.whole_file_error:
        if unit.start == 0:
            yield from _whole(unit.file)
    else:
        yield from _range(unit, _range_lines(unit), unit.first_line)


def read_partition(part: Partition) -> Iterator[Record | ReadError]:
    """Every input record of the partition, once, as ``read_inputs`` gives it."""
    yield from part.items
    for unit in part.units:
        i = 0
        for item in read_unit(unit):
            if isinstance(item, Record):
                if i in unit.drop:
                    item = ReadError(
                        item.path, item.record, "DuplicateId", f"id {item.doc_id!r} already seen"
                    )
                i += 1
            yield item


def scan(unit: Unit) -> Scan:
    """The ids of a JSON unit's records (a range's records numbered from 1), its lines and records."""
    out = Scan()
    if unit.whole:
        for item in _whole(unit.file):
            out.items += 1
            if isinstance(item, Record):
                out.ids.append(id_hash(item.doc_id))
        return out
    if unit.start == 0:
        out.binary = _binary_head(unit.file)

    def counted() -> Iterator[bytes]:
        for line in _range_lines(unit):
            out.lines += 1
            out.items += bool(line.strip())
            yield line

    # read under a name no id has, so that a default id ("name:line") is told from a given one
    marked = replace(unit, file=replace(unit.file, rel="\0" + unit.file.rel))
    for item in _range(marked, counted(), 1):
        if isinstance(item, Record):
            default = item.doc_id == f"{marked.file.rel}:{item.record}"
            out.ids.append(item.record if default else id_hash(item.doc_id))
    return out


def _binary_head(file: File) -> bool:
    import fsspec

    with fsspec.open(file.url, "rb") as f:
        return looks_binary(f.read(8192))


def fingerprint(file: File) -> list | None:
    """What ``--resume`` compares of an input file (``output.fingerprint``): ``[size, mtime, sha256]``;
    through fsspec the mtime is what the store gives (its text: a date or an ETag), None if it cannot be
    read (an error row of the run, compared as such)."""
    if file.local:
        from ..output import fingerprint as local_fingerprint

        return local_fingerprint(Path(file.url))
    import fsspec

    h = hashlib.sha256()
    try:
        fs, path = fsspec.core.url_to_fs(file.url)
        info = fs.info(path)
        with fs.open(path, "rb") as f:
            while chunk := f.read(1 << 20):
                h.update(chunk)
    except OSError:
        return None
    mtime = next(
        (info[k] for k in ("mtime", "LastModified", "last_modified", "created", "ETag") if k in info), None
    )
    return [info.get("size"), None if mtime is None else str(mtime), h.hexdigest()]


def fingerprints(files: list[File]) -> list[list | None]:
    """``fingerprint`` of each file (one task of the cluster hashes a batch of files)."""
    return [fingerprint(f) for f in files]


# --- resolving (driver) ---------------------------------------------------------------------------------


def needs_scan(unit: Unit) -> bool:
    """Every file but those that are one record named after their path (text, HTML): JSON, JSONL, CSV..."""
    return unit.file.suffix not in readers.TEXT_EXTENSIONS | readers.HTML_EXTENSIONS


def resolve(runs: list[tuple[Unit, ...]], scans: dict[tuple[int, int], Scan]) -> list[Partition]:
    """Partitions ready to read: ranges numbered, split files' whole-file errors placed, repeated ids
    dropped (the first occurrence in input order is kept). ``scans`` is keyed by (run, unit) position."""
    # line numbers and whole-file errors of split files
    split: dict[int, list[tuple[int, int]]] = {}
    for r, run in enumerate(runs):
        for u, unit in enumerate(run):
            if not unit.whole:
                split.setdefault(unit.file.index, []).append((r, u))
    firsts: dict[tuple[int, int], int] = {}
    broken: set[int] = set()
    for index, where in split.items():
        line = 1
        for r, u in where:
            firsts[r, u] = line
            line += scans[r, u].lines
        if scans[where[0]].binary or not sum(scans[w].items for w in where):
            broken.add(index)
    resolved = [
        [
            unit
            if unit.whole
            else replace(unit, first_line=firsts[r, u], whole_file_error=unit.file.index in broken)
            for u, unit in enumerate(run)
        ]
        for r, run in enumerate(runs)
    ]
    # ids, in input order, as one array of 16-byte hashes; and each unit's record count
    chunks, owners, counts = [], [], {}
    for r, run in enumerate(resolved):
        for u, unit in enumerate(run):
            if unit.whole_file_error:
                counts[r, u] = int(unit.start == 0)
                continue
            if not needs_scan(unit):
                ids, counts[r, u] = [id_hash(unit.file.rel)], 1
            else:
                s = scans[r, u]
                counts[r, u] = s.items
                ids = [
                    x if isinstance(x, bytes) else id_hash(f"{unit.file.rel}:{unit.first_line + x - 1}")
                    for x in s.ids
                ]
            if ids:
                chunks.append(b"".join(ids))
                owners.append(((r, u), len(ids)))
    drops = _repeated(chunks, owners)
    return [
        Partition(
            index=r,
            units=tuple(replace(unit, drop=frozenset(drops.get((r, u), ()))) for u, unit in enumerate(run)),
            records=sum(counts[r, u] for u in range(len(run))),
        )
        for r, run in enumerate(resolved)
    ]


def _repeated(chunks: list[bytes], owners: list) -> dict[tuple[int, int], set[int]]:
    """Which records repeat an earlier id: {(run, unit): {positions}}."""
    if not chunks:
        return {}
    keys = np.frombuffer(b"".join(chunks), dtype=[("hi", "<u8"), ("lo", "<u8")])
    order = np.argsort(keys, kind="stable")
    ranked = keys[order]
    repeats = np.sort(order[1:][ranked[1:] == ranked[:-1]])
    if not len(repeats):
        return {}
    sizes = np.array([n for _, n in owners])
    starts = np.concatenate([[0], np.cumsum(sizes)[:-1]])
    which = np.searchsorted(starts, repeats, side="right") - 1
    out: dict[tuple[int, int], set[int]] = {}
    for g, w in zip(repeats.tolist(), which.tolist(), strict=True):
        out.setdefault(owners[w][0], set()).add(g - int(starts[w]))
    return out


def local_plan(inputs: Iterable[str | Path], n: int) -> list[Partition]:
    """The whole plan in this process (scans included): for tests and small runs."""
    runs = cut(list_files(inputs), n)
    scans = {
        (r, u): scan(unit) for r, run in enumerate(runs) for u, unit in enumerate(run) if needs_scan(unit)
    }
    return resolve(runs, scans)
