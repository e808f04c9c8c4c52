"""The output folder of a cluster run: one Parquet dataset per table, written part by part by the workers.

``DIR`` is a local path or an fsspec URL the workers can write. During a run everything lives in
``DIR/.staging/``: ``<table>/part-NNNNN.parquet`` (one file per partition and table, empty tables
included, so every dataset has its schema), ``_done/part-NNNNN.json`` (the partition's counts, written
after its parts: a partition is done when its marker exists), ``job.json`` and ``inputs.json`` (each
input file's size, mtime and SHA-256: what ``--resume`` compares) and ``run.json`` (status running,
interrupted or failed). A retried partition writes the same names with the same rows, each file renamed
into place whole, so it is published once whichever attempt wins.
Publishing moves each ``<table>/`` folder to ``DIR/<table>/`` and writes ``DIR/run.json`` last
(``status: complete``), as ``pipeline.output.publish`` does for one machine's files.
"""

from __future__ import annotations

import json
import os
import posixpath
import shutil
import tempfile
import uuid
from pathlib import Path

from ..output import INPUTS, STAGING, changed_input, other_kind, writable, write_json
from ..schema import ALL_TABLES, TABLES
from ..writers import arrow_schema, frame

DONE = "_done"


def part_name(index: int) -> str:
    return f"part-{index:05d}"


class Output:
    """``DIR`` and its staging area, on the local filesystem or through fsspec."""

    def __init__(self, url: str):
        self.url = str(url)
        self.local = "://" not in self.url or self.url.startswith("file://")
        if self.local:
            self.root = os.path.abspath(self.url.removeprefix("file://"))
            self.fs = None
        else:
            import fsspec

            self.fs, self.root = fsspec.core.url_to_fs(self.url)
            self.root = self.root.rstrip("/")
        self.staging = posixpath.join(self.root, STAGING)

    def path(self, *parts: str) -> str:
        return posixpath.join(self.root, *parts)

    # --- files, whichever the filesystem -----------------------------------------------------------------

    def exists(self, path: str) -> bool:
        return os.path.exists(path) if self.local else self.fs.exists(path)

    def makedirs(self, path: str) -> None:
        if self.local:
            os.makedirs(path, exist_ok=True)
        else:
            self.fs.makedirs(path, exist_ok=True)

    def remove(self, path: str) -> None:
        if self.local:
            if os.path.isdir(path) and not os.path.islink(path):
                shutil.rmtree(path)
            elif os.path.lexists(path):
                os.unlink(path)
        elif self.fs.exists(path):
            self.fs.rm(path, recursive=True)

    def put(self, local: str, path: str) -> None:
        """Move a finished local file to ``path`` whole: a reader sees the old file or the new one."""
        if self.local:
            os.replace(local, path)
        else:  # an object store makes an object visible when its upload completes
            self.fs.put_file(local, path)
            os.unlink(local)

    def write_json(self, path: str, obj: dict) -> None:
        if self.local:
            write_json(Path(path), obj)
        else:
            self.fs.pipe_file(path, (json.dumps(obj, ensure_ascii=False, indent=2) + "\n").encode())

    def read_json(self, path: str) -> dict | None:
        try:
            if self.local:
                with open(path, encoding="utf-8") as f:
                    return json.load(f)
            return json.loads(self.fs.cat_file(path))
        except (OSError, ValueError):
            return None

    def listdir(self, path: str) -> list[str]:
        try:
            if self.local:
                return sorted(os.listdir(path))
            return sorted(posixpath.basename(p) for p in self.fs.ls(path, detail=False))
        except (OSError, FileNotFoundError):
            return []

    def check_writable(self) -> None:
        """Create ``DIR`` and write a probe file there (OSError if it cannot)."""
        if self.local:
            writable(Path(self.root))
        else:
            self.makedirs(self.root)
            probe = self.path(".pipeline-write-test")
            self.fs.pipe_file(probe, b"")
            self.fs.rm(probe)

    # --- the driver's side -------------------------------------------------------------------------------

    def start(self, job: dict, resume: bool, inputs: dict | None = None) -> dict[int, dict]:
        """Open the staging area for ``job``: the markers of the partitions already done when resuming the
        same job, else a fresh area. ``inputs``: each input file's fingerprint (``.staging/inputs.json``).
        Raises ValueError when resuming a different job or inputs changed since (naming the file)."""
        if resume:
            old = self.read_json(posixpath.join(self.staging, "job.json"))
            if old is not None:
                changed = sorted(k for k in set(old) | set(job) if old.get(k) != job.get(k))
                if inputs is not None and changed in ([], ["plan_sha256"]):  # the same command: which file?
                    before = self.read_json(posixpath.join(self.staging, INPUTS))
                    if what := changed_input(before, inputs):
                        raise ValueError(f"cannot resume: {what}")
                if changed:
                    raise ValueError(
                        f"cannot resume: the job differs from the interrupted one ({', '.join(changed)})"
                    )
                done = {}
                for name in self.listdir(posixpath.join(self.staging, DONE)):
                    if name.startswith("part-") and name.endswith(".json"):
                        marker = self.read_json(posixpath.join(self.staging, DONE, name))
                        if marker is not None:
                            done[marker["partition"]] = marker
                return done
            other = other_kind(self.read_json(self.path("run.json")), job)
            if other:  # nothing staged: starting afresh would replace a complete job of another kind
                raise ValueError(f"cannot resume: {self.url} holds a complete job of another kind ({other})")
        self.remove(self.staging)
        for name in (*TABLES, DONE):
            self.makedirs(posixpath.join(self.staging, name))
        self.write_json(posixpath.join(self.staging, "job.json"), job)
        if inputs is not None:
            self.write_json(posixpath.join(self.staging, INPUTS), inputs)
        return {}

    def status(self, run: dict) -> None:
        """The run's state in ``.staging/run.json``, for a person to read (resume reads the markers)."""
        try:
            self.write_json(posixpath.join(self.staging, "run.json"), run)
        except OSError:
            pass

    def publish(self, run: dict) -> None:
        """Each staged table folder to ``DIR/<table>/``, the one-machine engine's table files of the same
        name removed, then ``DIR/run.json`` (status complete), then the staging area removed. A crash
        midway leaves no ``run.json`` at the top; ``--resume`` publishes again (its partitions are done)."""
        self.remove(self.path("run.json"))
        for name in ALL_TABLES:  # speakers too, reduced into the staging area (one machine's output)
            staged = posixpath.join(self.staging, name)
            if self.exists(staged):  # else moved by a publication cut short: publishing again finishes it
                self._move_in(staged, self.path(name))
            for ext in ("csv", "parquet"):
                self.remove(self.path(f"{name}.{ext}"))
        self.write_json(self.path("run.json"), dict(run, status="complete"))
        self.remove(self.staging)

    def _move_in(self, staged: str, target: str) -> None:
        for leftover in self.listdir(staged):  # a temporary file of an attempt that died
            if not leftover.startswith("part-"):
                self.remove(posixpath.join(staged, leftover))
        if self.local:
            old = posixpath.join(self.staging, f"old-{posixpath.basename(target)}")
            if os.path.lexists(target):
                os.replace(target, old)
            os.replace(staged, target)
            self.remove(old)
        else:
            self.remove(target)
            self.fs.mv(staged, target, recursive=True)

    # --- the workers' side -------------------------------------------------------------------------------

    def writer(self, index: int) -> PartWriter:
        return PartWriter(self, index)


class PartWriter:
    """The part files of one partition: rows streamed into local temporary Parquet files (a row group per
    ``write``), then each moved whole to ``.staging/<table>/part-NNNNN.parquet``; the marker last."""

    def __init__(self, out: Output, index: int):
        import pyarrow.parquet as pq

        self.out, self.index = out, index
        self.name = part_name(index)
        self.tmp = tempfile.mkdtemp(prefix=f"pipeline-{self.name}-")
        self.schemas = {name: arrow_schema(t) for name, t in TABLES.items()}
        self.files = {name: os.path.join(self.tmp, f"{name}.parquet") for name in TABLES}
        self.writers = {name: pq.ParquetWriter(self.files[name], s) for name, s in self.schemas.items()}
        self.written = dict.fromkeys(TABLES, 0)

    def write(self, rows: dict[str, list[dict]]) -> None:
        import pyarrow as pa

        for name, table_rows in rows.items():
            if table_rows:
                df = frame(TABLES[name], table_rows)
                self.writers[name].write_table(
                    pa.Table.from_pandas(df, schema=self.schemas[name], preserve_index=False)
                )
                self.written[name] += len(table_rows)

    def commit(self, marker: dict) -> None:
        """Close the files, move them into the staging area, then write the partition's marker."""
        for w in self.writers.values():
            w.close()
        try:
            for name, local in self.files.items():
                if self.out.local:  # renamed within the staging folder: the same filesystem
                    staged = posixpath.join(self.out.staging, name, f".{self.name}.{uuid.uuid4().hex}.tmp")
                    shutil.move(local, staged)
                    local = staged
                self.out.put(local, posixpath.join(self.out.staging, name, f"{self.name}.parquet"))
            self.out.write_json(posixpath.join(self.out.staging, DONE, f"{self.name}.json"), marker)
        finally:
            shutil.rmtree(self.tmp, ignore_errors=True)

    def abort(self) -> None:
        for w in self.writers.values():
            try:
                w.close()
            except Exception:  # closing after a failed write: nothing more to keep
                pass
        shutil.rmtree(self.tmp, ignore_errors=True)
