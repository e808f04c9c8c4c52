"""The output folder of a run: a lock, a staging area, checkpoints for ``--resume``, an atomic publication.

What a reader of ``DIR`` can rely on: the tables at the top of ``DIR`` and ``DIR/run.json`` are always one
complete run, published together (``run.json`` last, ``status: complete``). A run in progress, interrupted
or failed lives in ``DIR/.staging/`` with its own ``run.json`` (``status`` running, interrupted or failed,
and ``reason``); the previous publication stays untouched until the new one replaces it.

The pieces, usable by any engine (the local pool here, a cluster later):

- ``lock(out)``: one run per output folder (``OutputBusy`` otherwise), an OS lock released when the process
  dies, however it dies.
- ``Staging``: table files in ``.staging/`` (CSV appended, Parquet as one part file per checkpoint) and an
  append-only manifest, ``.staging/manifest.jsonl``. ``checkpoint(keys, stats)`` makes the rows written
  so far durable with the keys of the records they came from: one JSON line holding those keys, the tables'
  sizes and the caller's cumulative ``stats``. Reopening with ``resume=True`` truncates every table to the
  last complete checkpoint (rows written after it are dropped, so a row is whole or absent) and gives
  ``done``, the keys already processed, and ``stats``.
- ``publish(out, staging, run)``: moves the staged tables to ``DIR`` (``os.replace``, atomic per file),
  removes the tables of the other format, then writes ``run.json``; safe to repeat after a crash midway.
- ``write_json(path, obj)``: write a temporary file, fsync, rename: a JSON file is old or new, never cut.
- ``interruptible()`` and ``held()`` / ``hold()``: SIGTERM and SIGINT as an ``Interrupted`` exception,
  except while held (publishing, reporting).

Rows are flushed (not fsynced) at each checkpoint, which survives the death of the process; the files are
fsynced before publication, which survives a power cut.
"""

from __future__ import annotations

import fcntl
import json
import os
import re
import shutil
import signal
import stat
import tempfile
from contextlib import contextmanager
from pathlib import Path

from .readers import readable
from .schema import ALL_TABLES, TABLES
from .writers import CsvAppender, ParquetParts

STAGING = ".staging"
LOCK = ".lock"
MANIFEST = "manifest.jsonl"
JOB = "job.json"
FORMATS = ("csv", "parquet")


class Interrupted(BaseException):
    """SIGTERM or SIGINT received (see ``interruptible``). A BaseException, like KeyboardInterrupt, so that no
    ``except Exception`` on the way takes it for the failure of one record (spaCy's error handlers)."""

    def __init__(self, signum: int):
        super().__init__(signal.Signals(signum).name)
        self.signum = signum


class _Held:
    on = False


def _raise_interrupted(signum, frame):
    if not _Held.on:
        raise Interrupted(signum)


@contextmanager
def interruptible():
    """Within it, SIGTERM and SIGINT raise ``Interrupted`` in the main thread (except while ``held``)."""
    handlers = {s: signal.signal(s, _raise_interrupted) for s in (signal.SIGTERM, signal.SIGINT)}
    try:
        yield
    finally:
        for s, h in handlers.items():
            signal.signal(s, h)


def hold(on: bool = True) -> bool:
    """While on, SIGTERM and SIGINT are ignored by ``interruptible``: a publication or the report of a
    failure is not cut midway. Returns the previous state. (A flag, not a signal mask: a mask holds only
    the calling thread, and a signal taken by another thread of the process, a pool's or a client's, still
    runs the Python handler in the main thread.)"""
    before, _Held.on = _Held.on, on
    return before


@contextmanager
def held():
    """``hold()`` for the duration of a block."""
    before = hold(True)
    try:
        yield
    finally:
        hold(before)


class OutputBusy(Exception):
    """Another run holds the output folder."""


class OutputFailure(Exception):
    """The tables could not be written (disk full, folder unwritable, I/O error)."""


def failure(e: OSError, what: str) -> OutputFailure:
    """An OSError as a one-line OutputFailure."""
    return OutputFailure(f"{what}: {e.strerror or e}")


def record_key(path: str | None, record: int | None) -> str:
    """The identity of an input record for the manifest: its file and position (doc ids may repeat)."""
    return f"{readable(path or '')}\t{'' if record is None else record}"


def other_kind(run: dict | None, job: dict) -> str:
    """What makes the complete run published in a folder (its ``run.json``) another job than ``job``
    (``"engine, format"``; ``"not a pipeline extract run"`` for tables saved otherwise); '' when it is the
    same job or no complete run is there. ``--resume`` refuses to replace such a run."""
    if not isinstance(run, dict) or run.get("status") != "complete":
        return ""
    done = run.get("job")
    if not isinstance(done, dict):
        return "not a pipeline extract run"
    return ", ".join(sorted(k for k in set(done) | set(job) if done.get(k) != job.get(k)))


def nofollow(path, flags: int) -> int:
    """``open``'s opener for the files of an output folder: a symbolic link planted there is not followed
    (OSError ELOOP), so a run never writes to or truncates a file outside the folder."""
    return os.open(path, flags | os.O_NOFOLLOW, 0o644)


def create_new(path, flags: int) -> int:
    """``open``'s opener for a file the run makes anew: whatever is at ``path`` (a file, a planted link) is
    removed, then the file is created exclusively (never through a link)."""
    try:
        os.unlink(path)
    except FileNotFoundError:
        pass
    return os.open(path, flags | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o644)


def write_new(path: Path, data: str | bytes) -> None:
    """Write a file of ours anew (``create_new``): a link planted in its place is replaced, not followed."""
    mode = "wb" if isinstance(data, bytes) else "w"
    with open(path, mode, encoding=None if isinstance(data, bytes) else "utf-8", opener=create_new) as f:
        f.write(data)


def real_folder(path: Path) -> Path:
    """``path`` as a folder of ours: a link planted in its place removed (never followed), then made."""
    no_link(path)
    path.mkdir(parents=True, exist_ok=True)
    return path


def no_link(path: Path) -> None:
    """Remove ``path`` when it is a symbolic link (a folder of ours planted as a link to elsewhere)."""
    if path.is_symlink():
        path.unlink()


def writable(out: Path) -> None:
    """Create ``out`` and check that a file can be written there (OSError if not): a probe of a name no one
    can plant in advance (``.pipeline-write-test-*``, created exclusively), then removed."""
    out.mkdir(parents=True, exist_ok=True)
    fd, probe = tempfile.mkstemp(prefix=".pipeline-write-test-", dir=out)
    os.close(fd)
    os.unlink(probe)


class OutputRefused(Exception):
    """The output folder cannot be used as it is (a planted link, a lock file we may not open): exit 2."""


def shared_path(path, out) -> str:
    """A path as ``run.json`` records it: relative to the output folder, so that a run folder shared with
    others tells nothing of the machine it was made on (and the report finds the inputs from it, wherever
    both are moved together). URLs are kept as given."""
    if "://" in str(path):
        return str(path)
    return Path(os.path.relpath(Path(path).resolve(), Path(out).resolve())).as_posix()


def write_json(path: Path, obj: dict) -> None:
    """Write JSON atomically: a temporary file beside ``path`` (made anew, never through a link), fsynced,
    then renamed over it."""
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "w", encoding="utf-8", opener=create_new) as f:
        f.write(json.dumps(obj, ensure_ascii=False, indent=2) + "\n")
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


class lock:
    """``with lock(out):`` holds an exclusive lock on ``out/.lock`` (flock: released when the process dies).

    Raises OutputBusy when another process holds it. Forked workers inherit the descriptor, so the folder
    stays locked while any of them lives.
    """

    def __init__(self, out: Path):
        self.path = Path(out) / LOCK
        self.fd: int | None = None

    def __enter__(self) -> lock:
        try:
            self.fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW, 0o644)
        except OSError as e:
            if self.path.is_symlink():
                raise OutputRefused(f"{self.path} is a symbolic link: not followed; remove it") from None
            raise OutputRefused(f"cannot open {self.path}: {e.strerror or e}") from None
        try:
            fcntl.flock(self.fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            try:
                pid = os.pread(self.fd, 32, 0).decode(errors="replace").strip()
            finally:
                os.close(self.fd)
                self.fd = None
            raise OutputBusy(
                f"{self.path.parent} is in use by another run" + (f" (pid {pid})" if pid else "")
            ) from None
        os.ftruncate(self.fd, 0)
        os.pwrite(self.fd, f"{os.getpid()}\n".encode(), 0)
        return self

    def __exit__(self, *exc) -> None:
        if self.fd is not None:
            os.close(self.fd)
            self.fd = None


INPUTS = "inputs.json"


def fingerprint(path: Path) -> list | None:
    """What ``--resume`` compares of an input file: ``[size, mtime_ns, sha256]`` (None if it is not a
    regular file or cannot be read: an error row of the run, compared as such)."""
    import hashlib

    try:
        st = os.stat(path)
        if not stat.S_ISREG(st.st_mode):  # a FIFO would block: never opened (its error row says so)
            return None
        h = hashlib.sha256()
        with open(path, "rb") as f:
            while chunk := f.read(1 << 20):
                h.update(chunk)
    except OSError:
        return None
    return [st.st_size, st.st_mtime_ns, h.hexdigest()]


def changed_input(before: dict | None, now: dict, since: str = "the interrupted run") -> str:
    """The first input file that differs between two ``{name: fingerprint}`` listings, and how, as one
    phrase ('in/a.txt changed since the interrupted run (size, content)'; a file gone whose content is
    now under another name: 'in/a.txt was renamed in/c.txt since ...'); '' when none does."""
    if not isinstance(before, dict):
        return f"{since} left no list of its inputs to compare them with"
    added = [n for n in now if n not in before]
    for name in list(before) + added:
        if name not in now:
            same = [n for n in added if before[name] is not None and now[n] == before[name]]
            if same:
                return f"{name} was renamed {same[0]} since {since}"
            return f"{name} was removed since {since}"
        if name not in before:
            return f"{name} was added since {since}"
        old, new = before[name], now[name]
        if old != new:
            what = [
                w
                for i, w in enumerate(("size", "mtime", "content"))
                if not old or not new or old[i] != new[i]
            ]
            return f"{name} changed since {since} ({', '.join(what)})"
    return ""


def recorded_inputs(out: Path, complete: bool = False) -> dict | None:
    """The input listing of the job staged in ``out`` (``.staging/inputs.json``), or with ``complete`` of
    the run published there (its ``run.json``'s ``input_files``); None if there is none."""
    try:
        if complete:
            listing = json.loads((Path(out) / "run.json").read_text(encoding="utf-8")).get("input_files")
        else:
            listing = json.loads((Path(out) / STAGING / INPUTS).read_text(encoding="utf-8"))
    except (OSError, ValueError, AttributeError):
        return None
    return listing if isinstance(listing, dict) else None


class Staging:
    """The staged tables of one job in ``out/.staging/`` and its manifest of checkpoints.

    ``job`` describes the job (inputs, format, config...): ``resume=True`` reopens a staging area only when
    its job is the same (else ``ValueError``), and starts afresh when there is none. ``every`` records
    between automatic checkpoints (see ``done_record``).
    """

    def __init__(
        self,
        out: Path,
        fmt: str,
        job: dict,
        resume: bool = False,
        every: int = 64,
        inputs: dict | None = None,
    ):
        if fmt not in FORMATS:
            raise ValueError(f"unknown format {fmt!r}: use csv or parquet")
        self.out = Path(out)
        self.dir = self.out / STAGING
        self.fmt = fmt
        self.job = dict(job, format=fmt)
        self.every = every
        self.done: set[str] = set()
        self.stats: dict = {}
        self.resumed = 0
        self.pending: list[str] = []
        try:
            no_link(self.dir)
        except OSError as e:
            raise failure(e, f"cannot write to {self.dir}") from None
        state = self._load() if resume else None
        if state is not None and inputs is not None:
            if changed := changed_input(recorded_inputs(self.out), inputs):
                raise ValueError(f"cannot resume: {changed}")
        try:
            if state is None:
                if self.dir.exists():
                    shutil.rmtree(self.dir)
                self.dir.mkdir(parents=True)
                write_json(self.dir / JOB, self.job)
                write_json(self.dir / INPUTS, inputs or {})
                self.manifest = open(self.dir / MANIFEST, "wb", buffering=0)
                self.tables = self._open({})
                self.n = 0
                self._append({"keys": [], "sizes": self._sizes(), "stats": {}, "n": 0})
            else:
                last, good_end = state
                with open(self.dir / MANIFEST, "r+b", opener=nofollow) as f:
                    f.truncate(good_end)
                self.manifest = open(self.dir / MANIFEST, "ab", buffering=0, opener=nofollow)
                self.n = last["n"]
                self.stats = last["stats"]
                self.tables = self._open(last["sizes"])
                self.resumed = len(self.done)
        except OSError as e:
            raise failure(e, f"cannot write to {self.dir}") from None

    def _load(self) -> tuple[dict, int] | None:
        """The last complete checkpoint and where it ends, with ``done`` filled; None if nothing to resume."""
        try:
            job = json.loads((self.dir / JOB).read_text(encoding="utf-8"))
            data = (self.dir / MANIFEST).read_bytes()
        except (OSError, ValueError):
            return None
        if job != self.job:
            changed = sorted(k for k in set(job) | set(self.job) if job.get(k) != self.job.get(k))
            raise ValueError(f"cannot resume: not the job that was interrupted ({', '.join(changed)})")
        last, end, pos = None, 0, 0
        for line in data.splitlines(keepends=True):
            pos += len(line)
            if not line.endswith(b"\n"):
                break  # cut by a crash: never committed
            try:
                entry = json.loads(line)
            except ValueError:
                break
            self.done.update(entry["keys"])
            last, end = entry, pos
        return None if last is None else (last, end)

    def _open(self, sizes: dict) -> dict:
        if self.fmt == "csv":
            return {n: CsvAppender(t, self.dir / f"{n}.csv", sizes.get(n)) for n, t in TABLES.items()}
        return {n: ParquetParts(t, self.dir / n, sizes.get(n, 0)) for n, t in TABLES.items()}

    def _sizes(self) -> dict:
        if self.fmt == "csv":
            return {n: t.flush() for n, t in self.tables.items()}
        return dict.fromkeys(self.tables, self.n)

    def _append(self, entry: dict) -> None:
        """One manifest line, written whole (unbuffered) or, on failure, truncated away."""
        data = memoryview(json.dumps(entry, ensure_ascii=False).encode() + b"\n")
        pos = self.manifest.seek(0, os.SEEK_END)
        try:
            while data:
                data = data[self.manifest.write(data) :]
        except OSError:
            os.ftruncate(self.manifest.fileno(), pos)
            raise

    def write(self, table: str, rows: list[dict]) -> None:
        """Stage rows of one table (durable at the next checkpoint)."""
        if rows:
            try:
                self.tables[table].write(rows)
            except OSError as e:
                self.rollback()
                raise failure(e, f"cannot write {table}") from None

    def done_record(self, key: str, stats: dict) -> None:
        """Note a record whose rows are all staged; checkpoints every ``every`` records."""
        self.pending.append(key)
        if len(self.pending) >= self.every:
            self.checkpoint(stats)

    def checkpoint(self, stats: dict) -> None:
        """Make the staged rows and the pending keys durable together (one manifest line)."""
        try:
            if self.fmt == "parquet":
                self.n += 1
                for t in self.tables.values():
                    t.flush_part(self.n)
            self._append({"keys": self.pending, "sizes": self._sizes(), "stats": stats, "n": self.n})
        except OSError as e:
            self.rollback()
            if self.fmt == "parquet":
                self.n -= 1
            raise failure(e, "cannot write the tables") from None
        self.done.update(self.pending)
        self.pending = []
        self.stats = stats

    def rollback(self) -> None:
        """Forget what was staged since the last checkpoint."""
        for t in self.tables.values():
            t.rollback()
        if self.fmt == "parquet":
            for t in self.tables.values():
                for p in t.folder.glob(f"part-{self.n:06d}.*"):
                    p.unlink(missing_ok=True)
        self.pending = []

    def status(self, run: dict) -> None:
        """The job's state in ``.staging/run.json`` (running, interrupted, failed...), for people to read."""
        try:
            write_json(self.dir / "run.json", run)
        except OSError:
            pass  # the state note is a courtesy; the manifest is what resume reads

    def finish(self) -> dict[str, Path]:
        """Close the staged tables (fsynced, Parquet parts merged): the files to publish."""
        try:
            paths = {n: t.finish() for n, t in self.tables.items()}
            self.manifest.close()
            return paths
        except OSError as e:
            raise failure(e, "cannot write the tables") from None

    def close(self) -> None:
        for t in self.tables.values():
            try:
                t.close()
            except OSError:
                pass
        self.manifest.close()


PUBLISHING = "publish.json"


def pending_publication(out: Path, job: dict) -> dict | None:
    """The ``run`` of a publication of this job that a crash interrupted midway (finish it with
    ``publish``), else None."""
    staging = Path(out) / STAGING
    if staging.is_symlink():
        return None
    try:
        if json.loads((staging / JOB).read_text(encoding="utf-8")) != job:
            return None
        return json.loads((staging / PUBLISHING).read_text(encoding="utf-8"))["run"]
    except (OSError, ValueError, KeyError):
        return None


def _tables_of(run_json: Path) -> set[str]:
    """The table files a published run.json describes (its ``counts``, in its ``format``)."""
    try:
        old = json.loads(run_json.read_text(encoding="utf-8"))
        fmt = old.get("format", "csv")
        names = [n for n in old.get("counts", {}) if re.fullmatch(r"[a-z_]+", n)]
        return {f"{n}.{fmt}" for n in names} if fmt in FORMATS else set()
    except (OSError, ValueError, AttributeError, TypeError):
        return set()


def publish(out: Path, fmt: str, run: dict) -> None:
    """Publish the staged tables of ``out/.staging`` into ``out``, then ``run.json`` (status complete).

    Order: ``run`` is saved in ``.staging/publish.json`` (so that a crash midway can be finished), the old
    ``run.json`` goes (no moment shows old metadata over new tables), each table is renamed into place, the
    other format's tables and those the old ``run.json`` listed but this run has not (a table renamed in a
    newer schema) are removed, then the new ``run.json`` is written and the staging area removed.
    A crash midway leaves no ``run.json`` at the top; ``publish`` again (``pending_publication``) finishes.
    """
    out = Path(out)
    staging = out / STAGING
    run = dict(run, status="complete")
    try:
        try:  # a publication cut by a crash: finish that one
            saved = json.loads((staging / PUBLISHING).read_text(encoding="utf-8"))
            run, replaces = saved["run"], set(saved["replaces"])
        except (OSError, ValueError, KeyError):
            replaces = _tables_of(out / "run.json")
            write_json(staging / PUBLISHING, {"run": run, "replaces": sorted(replaces)})
        (out / "run.json").unlink(missing_ok=True)
        published = {f"{name}.{fmt}" for name in ALL_TABLES}
        for name in ALL_TABLES:  # speakers.csv too, reduced in the staging area once every article is done
            staged = staging / f"{name}.{fmt}"
            if staged.exists():
                os.replace(staged, out / f"{name}.{fmt}")
        stale = {f"{name}.{other}" for name in ALL_TABLES for other in FORMATS} | replaces
        for file in stale - published:
            (out / file).unlink(missing_ok=True)
        fd = os.open(out, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        write_json(out / "run.json", run)
        (staging / JOB).unlink(missing_ok=True)  # first: what a kill leaves of the rest is no job to resume
        shutil.rmtree(staging, ignore_errors=True)
    except OSError as e:
        raise failure(e, f"cannot publish the tables in {out}") from None
