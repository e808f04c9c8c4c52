"""The same extraction on a Dask cluster: partitions of records in, one Parquet dataset per table out.

    pipeline extract INPUT... --out DIR --engine dask [--scheduler tcp://HOST:8786] [--partitions N]
    python -m pipeline.engines.dask extract INPUT... --out DIR [--scheduler ...] [--partitions N]

Without a scheduler address a ``LocalCluster`` is started on this machine (one single-threaded worker
process per core, or ``--workers N``); with one, the user's cluster is used. Inputs and ``--out`` are local
paths (on a filesystem every worker sees) or fsspec URLs the workers can read and write.

The driver lists the files and plans partitions (``plan``); the workers scan the JSON files for ids and
line numbers, then each task reads one whole partition itself, runs it through the pipeline (loaded once
per worker by ``PipelinePlugin``) and writes one Parquet part per table into ``DIR/.staging`` (``parts``).
The driver only receives counts: never a text or a row. When every partition is done the tables are
published (``DIR/<table>/part-*.parquet``, then ``DIR/run.json`` with ``status: complete``).

Guarantees, as on one machine: every input record once in ``articles`` or ``errors`` (checked against the
plan's count before publishing); a partition whose worker dies is run again by Dask (its files are written
under the same names, so it is published once); a partition that fails every time has its records listed
in ``errors`` (``PartitionFailed``); ``--resume`` after an interruption skips the partitions done.
"""

from __future__ import annotations

import argparse
import hashlib
import math
import os
import platform
import signal
import sys
import time
import uuid
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path

from distributed import WorkerPlugin

from .. import __version__
from ..readers import InputError, ReadError, Record, readable
from ..schema import TABLES
from . import add_arguments
from .parts import Output
from .plan import (
    Partition,
    cut,
    fingerprints,
    list_files,
    needs_scan,
    read_partition,
    resolve,
    scan,
)

PLUGIN = "pipeline"
PARTITION_BYTES = 4 * 2**20  # about 1,300 news articles of 3 KB: ~25 s of one core
PROGRESS = "pipeline-progress"
FLUSH = 256  # records between two row groups of a part file (bounds a worker's memory)

# Exit statuses, as ``pipeline.cli`` (README, "Exit status").
OK, SOME_FAILED, USAGE, BUSY, OUTPUT_FAILED = 0, 1, 2, 3, 4


class RunFailed(Exception):
    """The run could not complete (a partition failed even when only listing its records as errors)."""


class Interrupted(Exception):
    def __init__(self, signum: int):
        super().__init__(signal.Signals(signum).name)
        self.signum = signum


# --- on the workers -------------------------------------------------------------------------------------


class PipelinePlugin(WorkerPlugin):
    """Loads the pipeline once per worker process, when it joins (a worker that replaces a dead one too),
    and stops the worker's statistical profiler (every 10 ms it samples the thread running spaCy).

    ``die_with_parent``: for the workers of our own LocalCluster, ask Linux to end the worker when the
    process that started it dies, however it dies (no orphaned 1 GB workers after a ``kill -9``).
    """

    def __init__(self, config: str | None = None, die_with_parent: bool = False):
        self.config = config
        self.die_with_parent = die_with_parent
        self.nlp = None

    def setup(self, worker) -> None:
        if self.die_with_parent:
            _die_with_parent()
        for name in ("profile", "profile-cycle"):  # Dask's sampler of the task thread: it slows spaCy
            callback = worker.periodic_callbacks.pop(name, None)
            if callback is not None:
                callback.stop()
        from ..nlp import load

        self.nlp = load(self.config)


def _die_with_parent() -> None:
    import ctypes
    import ctypes.util

    parent = os.getppid()
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        libc.prctl(1, signal.SIGKILL, 0, 0, 0)  # 1 = PR_SET_PDEATHSIG
    except (OSError, AttributeError):  # not Linux
        return
    if os.getppid() != parent:
        os._exit(1)


def _worker_nlp(worker=None):
    from distributed import get_worker

    plugin = (worker or get_worker()).plugins.get(PLUGIN)
    if plugin is None or plugin.nlp is None:
        raise RuntimeError("the pipeline worker plugin is not loaded on this worker")
    return plugin.nlp


def pipeline_info(dask_worker) -> dict:
    """What this worker runs (for run.json; called by ``Client.run``)."""
    import spacy

    nlp = _worker_nlp(dask_worker)
    return {
        "version": __version__,
        "python": platform.python_version(),
        "spacy": spacy.__version__,
        "model": f"{nlp.meta.get('lang')}_{nlp.meta.get('name')}-{nlp.meta.get('version')}",
        "pipeline": list(nlp.pipe_names),
    }


def _not_processed(items: Iterable, reason: str) -> Iterator[ReadError]:
    for item in items:
        if isinstance(item, Record):
            item = ReadError(item.path, item.record, "PartitionFailed", f"not processed: {reason}", "process")
        yield item


def run_partition(part: Partition, out_url: str, batch_size: int, failed: str | None = None) -> dict:
    """Read, process and write one partition; its marker (counts) is returned and written last.

    ``failed``: the reason the partition failed every time; its records are then listed as errors.
    """
    from ..run import process

    started = time.perf_counter()
    out = Output(out_url)
    writer = out.writer(part.index)
    errors, components = Counter(), Counter()
    pending: dict[str, list[dict]] = {name: [] for name in TABLES}
    records = 0
    reporter = _Reporter(part.index)
    items = read_partition(part)
    stream = _not_processed(items, failed) if failed else process(items, _worker_nlp(), batch_size)
    try:
        for item in stream:
            records += 1
            if isinstance(item, ReadError):
                pending["errors"].append(item.row())
                errors[item.error] += 1
                if item.component:
                    components[item.component] += 1
            else:
                for table, rows in item[1].items():
                    pending[table].extend(rows)
            if records % FLUSH == 0:
                writer.write(pending)
                pending = {name: [] for name in TABLES}
            reporter.update(records)
        writer.write(pending)
        marker = {
            "partition": part.index,
            "records": records,
            "counts": dict(writer.written),
            "errors": dict(errors),
            "failed_components": dict(components),
            "failed": failed,
            "worker": reporter.address,
            "seconds": round(time.perf_counter() - started, 3),
        }
        writer.commit(marker)
    except BaseException:
        writer.abort()
        raise
    return marker


class _Reporter:
    """Progress events from the worker to the driver's bar (at most a few a second)."""

    def __init__(self, index: int):
        from distributed import get_worker

        try:
            self.worker = get_worker()
            self.address = self.worker.address
        except ValueError:  # run outside a worker (tests)
            self.worker, self.address = None, None
        self.index, self.last = index, 0.0

    def update(self, records: int) -> None:
        now = time.monotonic()
        if self.worker is not None and now - self.last > 0.5:
            self.last = now
            self.worker.log_event(PROGRESS, {"partition": self.index, "records": records})


# --- on the driver --------------------------------------------------------------------------------------


@contextmanager
def connect(client=None, scheduler: str | None = None, workers: int | None = None):
    """A client: the one given, one to ``scheduler``, or one to a new LocalCluster (closed afterwards).
    Yields ``(client, ours)``, ``ours`` true for the LocalCluster started here."""
    if client is not None:
        yield client, False
        return
    import logging
    import warnings

    from distributed import Client, LocalCluster

    if scheduler:
        with Client(scheduler) as c:
            yield c, False
        return
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", "Port .* is already in use", UserWarning)  # another port is used
        cluster = LocalCluster(
            n_workers=workers or os.cpu_count() or 1,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address="127.0.0.1:8787",
            silence_logs=logging.CRITICAL,  # a worker's lost heartbeat at shutdown is no news
        )
    with cluster, Client(cluster) as c:
        yield c, True


def _threads(client) -> int:
    workers = client.scheduler_info(n_workers=-1)["workers"].values()
    return sum(w.get("nthreads", 1) for w in workers) or 1


def plan_inputs(client, files: list, partitions: int | None) -> list[Partition]:
    """Cut the input files, scan the JSON units on the cluster, resolve: the partitions to run."""
    total = sum(max(f.size, 1) for f in files)
    n = partitions or max(math.ceil(total / PARTITION_BYTES), 4 * _threads(client))
    runs = cut(files, n)
    where = [(r, u) for r, run in enumerate(runs) for u, unit in enumerate(run) if needs_scan(unit)]
    token = uuid.uuid4().hex[:8]  # keys of this run only: never a result of another run's scan
    futures = client.map(
        scan, [runs[r][u] for r, u in where], key=[f"pipeline-scan-{token}-{i}" for i in range(len(where))]
    )
    scans = dict(zip(where, client.gather(futures), strict=True))
    return resolve(runs, scans)


def input_listing(client, files: list, name) -> dict:
    """Each input file's fingerprint (size, mtime, SHA-256), hashed on the workers (the driver reads no
    input), keyed by its name in the tables (``name(file)`` for one whose name another file has):
    ``.staging/inputs.json``, what ``--resume`` compares."""
    size = max(64, math.ceil(len(files) / (16 * _threads(client))))  # tasks: a few per thread, not per file
    batches = [files[i : i + size] for i in range(0, len(files), size)]
    token = uuid.uuid4().hex[:8]
    futures = client.map(
        fingerprints, batches, key=[f"pipeline-inputs-{token}-{i}" for i in range(len(batches))]
    )
    listing: dict = {}
    for batch, prints in zip(batches, client.gather(futures), strict=True):
        for file, fp in zip(batch, prints, strict=True):
            listing[readable(file.rel if file.rel not in listing else name(file))] = fp
    return listing


def plan_items(client, items: list, partitions: int | None) -> list[Partition]:
    """Records given in memory (the Python API), in partitions."""
    n = max(1, min(len(items), partitions or 4 * _threads(client)))
    size = math.ceil(len(items) / n) if items else 1
    chunks = [items[i : i + size] for i in range(0, len(items), size)] or [[]]
    return [Partition(i, items=tuple(c), records=len(c)) for i, c in enumerate(chunks)]


def _fingerprint(parts: list[Partition]) -> str:
    h = hashlib.sha256()
    for p in parts:
        h.update(
            repr(
                (
                    p.index,
                    p.records,
                    [(u.file.url, u.file.rel, u.start, u.end, sorted(u.drop)) for u in p.units],
                )
            ).encode()
        )
        for item in p.items:
            h.update(repr(item).encode())
    return h.hexdigest()


def run(
    inputs: list[str] | None,
    out: str,
    *,
    items: list | None = None,
    client=None,
    scheduler: str | None = None,
    workers: int | None = None,
    partitions: int | None = None,
    batch_size: int = 64,
    config: str | None = None,
    resume: bool = False,
    quiet: bool = True,
    progress: bool = False,
    on_start=None,
) -> dict:
    """Run the extraction of ``inputs`` (paths or URLs) or ``items`` (records in memory) into ``out``;
    returns the published run.json. Raises InputError, OutputBusy, ValueError (resume of another job),
    RunFailed, or OSError for an output that cannot be written."""
    from ..cli import BUNDLED
    from ..nlp import config_path
    from ..output import lock, shared_path

    started = time.time()
    files = list_files(inputs) if items is None else None  # a missing input: before any cluster
    output = Output(out)
    output.check_writable()
    cfg = config_path(config)
    with (
        lock(Path(output.root)) if output.local else nullcontext(),
        connect(client, scheduler, workers) as (c, ours),
    ):
        say = (lambda m: None) if quiet else (lambda m: print(f"pipeline: {m}", file=sys.stderr))
        say(f"Dask dashboard: {c.dashboard_link}")
        c.wait_for_workers(1)
        if any(w.get("nthreads", 1) > 1 for w in c.scheduler_info(n_workers=-1)["workers"].values()):
            say("warning: workers with several threads share one pipeline; start them with --nthreads 1")
        timings = {"connect": time.time() - started}
        parts = plan_items(c, items, partitions) if items is not None else plan_inputs(c, files, partitions)
        timings["plan"] = time.time() - started - sum(timings.values())
        info = _load_pipeline(c, PipelinePlugin(str(cfg), die_with_parent=ours))
        timings["load"] = time.time() - started - sum(timings.values())
        # paths relative to a local output folder, as run.json records them (URLs as given)
        where = (lambda p: shared_path(p, output.root)) if output.local else os.path.abspath
        shared = [str(p) if "://" in str(p) else where(p) for p in inputs or ()]
        job = {
            "engine": "dask",
            "inputs": shared,
            "config_sha256": hashlib.sha256(cfg.read_bytes()).hexdigest(),
            "format": "parquet",
            "plan_sha256": _fingerprint(parts),
        }
        listing = (
            None
            if files is None
            else input_listing(c, files, lambda f: f.url if not f.local else where(f.url))
        )
        done = output.start(job, resume, listing)
        run_info = {
            "tool": "pipeline",
            **info,
            "config_path": BUNDLED if config is None else where(cfg),
            "config": cfg.read_text(encoding="utf-8"),
            "inputs": shared,
            "format": "parquet",
            "engine": "dask",
            "scheduler": c.scheduler.address,
            "workers": len(c.scheduler_info(n_workers=-1)["workers"]),
            "dashboard": c.dashboard_link,
            "partitions": len(parts),
            "batch_size": batch_size,
            "status": "running",
            "resumed": {"partitions_already_done": len(done)} if resume else None,
        }
        output.status(run_info)
        if on_start is not None:
            on_start(c, parts)
        try:
            markers = _execute(c, parts, done, output, batch_size, progress)
            timings["process"] = time.time() - started - sum(timings.values())
        except (Interrupted, KeyboardInterrupt) as e:
            name = signal.Signals(e.signum if isinstance(e, Interrupted) else signal.SIGINT).name
            output.status(dict(run_info, status="interrupted", reason=name))
            raise
        except Exception as e:
            output.status(dict(run_info, status="failed", reason=f"{type(e).__name__}: {e}"))
            raise
        totals = _totals(markers)
        planned = sum(p.records for p in parts)
        accounted = totals["counts"]["articles"] + totals["counts"]["errors"]
        if accounted != planned or len(markers) != len(parts):
            reason = f"accounting: {planned} input records planned, {accounted} in articles and errors"
            output.status(dict(run_info, **totals, status="failed", reason=reason))
            raise RunFailed(reason)
        timings = {k: round(v, 3) for k, v in timings.items()}
        run_info.update(totals, records=planned, seconds=round(time.time() - started, 3), timings=timings)
        run_info.pop("status")
        if output.local:  # who is quoted: one pass over the staged datasets (elsewhere, Tables.read reduces)
            from ..speakers.registry import rekey_files
            from ..speakers.tables import write as write_speakers

            staging = Path(output.staging)
            rekey_files(staging, "parquet")  # the run's speaker keys, in the staged datasets
            write_speakers(staging, "parquet", staging / "speakers" / "part-00000.parquet")
        with _signals_held():
            output.publish(run_info)
        return dict(run_info, status="complete")


@contextmanager
def _signals_held():
    """SIGINT and SIGTERM do not stop a publication midway: while it runs they are ignored (handlers run in
    the main thread, whichever thread the signal reached, so a mask would not do); the run is complete."""
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return
    held = (signal.SIGINT, signal.SIGTERM)
    old = {s: signal.signal(s, lambda signum, frame: None) for s in held}
    try:
        yield
    finally:
        for s, h in old.items():
            signal.signal(s, h)


def _load_pipeline(client, plugin: PipelinePlugin) -> dict:
    """Register the plugin (every worker loads the pipeline, now and when it joins later); what the
    workers run. A worker still starting (one that replaces a dead one) may not answer yet."""
    for attempt in range(3):
        try:
            client.register_plugin(plugin, name=PLUGIN)
            answers = client.run(pipeline_info, on_error="return")
        except Exception as e:  # a worker that cannot load the pipeline (not installed, bad config...)
            error = e
        else:
            infos = [a for a in answers.values() if not isinstance(a, BaseException)]
            if infos:
                return infos[0]
            error = next(iter(answers.values()), RuntimeError("no worker"))
        time.sleep(2 * (attempt + 1))
    raise RunFailed(f"the workers could not load the pipeline: {type(error).__name__}: {error}")


def _totals(markers: dict[int, dict]) -> dict:
    counts, errors, components = Counter(dict.fromkeys(TABLES, 0)), Counter(), Counter()
    for m in markers.values():
        counts.update(m["counts"])
        errors.update(m["errors"])
        components.update(m["failed_components"])
    return {
        "counts": dict(counts),
        "errors": dict(errors),
        "failed_components": dict(components),
        "partitions_failed": sorted(i for i, m in markers.items() if m.get("failed")),
    }


def _execute(client, parts: list[Partition], done: dict, output: Output, batch_size: int, progress: bool):
    """Run the partitions not done; returns every partition's marker. A partition whose task fails (its
    worker died more than Dask allows, or an exception, retried once) is run again listing its records
    as errors."""
    from distributed import as_completed
    from tqdm import tqdm

    markers = dict(done)
    todo = [p for p in parts if p.index not in done]
    bar = tqdm(
        total=sum(p.records for p in parts),
        initial=sum(m["records"] for m in done.values()),
        unit="article",
        disable=not progress,
        file=sys.stderr,
        dynamic_ncols=True,
    )
    seen: dict[int, int] = {}

    def advance(index: int, records: int) -> None:
        if records > seen.get(index, 0):
            bar.update(records - seen.get(index, 0))
            seen[index] = records

    def on_event(event) -> None:
        _, msg = event
        if msg["partition"] not in markers:
            advance(msg["partition"], msg["records"])

    token = uuid.uuid4().hex[:8]
    subscribed = progress
    if subscribed:
        client.subscribe_topic(PROGRESS, on_event)
    by_key, live = {}, {}  # the partition of each future; the futures not done (cancelled if interrupted)
    pending = as_completed()

    def submit(p: Partition, *failed: str) -> None:
        key = f"pipeline-partition-{p.index:05d}-{token}" + ("-failed" if failed else "")
        f = client.submit(run_partition, p, output.url, batch_size, *failed, key=key, retries=1)
        by_key[f.key], live[f.key] = p, f
        pending.add(f)

    for p in todo:
        submit(p)
    try:
        for f in pending:
            p = by_key.pop(f.key)
            live.pop(f.key)
            if f.status == "finished":
                marker = f.result()
                markers[p.index] = marker
                advance(p.index, marker["records"])
            elif f.key.endswith("-failed"):
                raise RunFailed(f"partition {p.index} could not even be listed as errors: {f.exception()}")
            else:
                exc = f.exception()
                submit(p, f"{type(exc).__name__}: {exc}")
            f.release()
    except BaseException:
        client.cancel(list(live.values()))
        raise
    finally:
        if subscribed:
            client.unsubscribe_topic(PROGRESS)
        bar.close()
    return markers


# --- the Python API and the command line ----------------------------------------------------------------


def _is_paths(items: list) -> bool:
    return bool(items) and all(
        isinstance(x, Path)
        or (isinstance(x, str) and "\n" not in x and len(x) < 4096 and ("://" in x or Path(x).exists()))
        for x in items
    )


def extract(
    inputs,
    client=None,
    lazy: bool = False,
    out: str | None = None,
    partitions: int | None = None,
    batch_size: int = 64,
    config: str | None = None,
):
    """``pipeline.extract`` on a Dask cluster: the same ``Tables`` (or, with ``lazy=True``, one
    ``dask.dataframe`` per table, read from the Parquet datasets in ``out``).

    ``inputs``: paths or fsspec URLs the workers can read, or texts / records (dicts) in memory.
    ``client``: a ``distributed.Client``; without one a LocalCluster is started for the call.
    ``out``: where the workers write the tables (a temporary folder by default: kept when ``lazy``).
    """
    import shutil
    import tempfile

    import pandas as pd

    from ..api import Tables
    from ..readers import records_from

    items = [inputs] if isinstance(inputs, (str, Path, dict, Record)) else list(inputs)
    temporary = out is None
    out = out or tempfile.mkdtemp(prefix="pipeline-dask-")
    try:
        if _is_paths(items):
            run(
                [str(x) for x in items],
                out,
                client=client,
                partitions=partitions,
                batch_size=batch_size,
                config=config,
            )
        else:
            run(
                None,
                out,
                items=list(records_from(items)),
                client=client,
                partitions=partitions,
                batch_size=batch_size,
                config=config,
            )
        output = Output(out)
        if lazy:
            import dask.dataframe as dd

            return Tables(**{name: dd.read_parquet(output.path(name)) for name in TABLES})
        opts = {} if output.local else {"filesystem": output.fs}
        return Tables(
            **{name: pd.read_parquet(output.path(name), **opts).reset_index(drop=True) for name in TABLES}
        )
    finally:
        if temporary and not lazy:
            shutil.rmtree(out, ignore_errors=True)


def extract_command(args: argparse.Namespace) -> int:
    """``pipeline extract --engine dask``: the exit statuses of the one-machine command."""
    from ..cli import out_overlaps
    from ..output import OutputBusy, OutputRefused

    if args.batch_size < 1 or (args.partitions is not None and args.partitions < 1):
        return _fail("--batch-size and --partitions must be at least 1")
    if overlap := out_overlaps(args.out, args.inputs):
        return _fail(overlap)
    try:
        Output(args.out).check_writable()
    except OSError as e:
        return _fail(f"cannot write to {args.out}: {e.strerror or e}")
    handlers = {s: signal.signal(s, _interrupt) for s in (signal.SIGTERM, signal.SIGINT)}
    try:
        result = run(
            args.inputs,
            args.out,
            scheduler=args.scheduler,
            workers=getattr(args, "workers", None),
            partitions=args.partitions,
            batch_size=args.batch_size,
            config=args.config,
            resume=getattr(args, "resume", False),
            quiet=args.quiet,
            progress=not args.quiet and sys.stderr.isatty(),
        )
    except InputError as e:
        return _fail(str(e))
    except ValueError as e:
        return _fail(f"{e}; run without --resume to start again")
    except OutputBusy as e:
        return _fail(str(e), BUSY)
    except OutputRefused as e:
        return _fail(str(e))
    except OSError as e:
        return _fail(f"output failed: {e.strerror or e}", OUTPUT_FAILED)
    except RunFailed as e:
        return _fail(f"run failed: {e}; the partitions done are kept for --resume", OUTPUT_FAILED)
    except (Interrupted, KeyboardInterrupt) as e:
        signum = e.signum if isinstance(e, Interrupted) else signal.SIGINT
        print(
            f"pipeline: interrupted ({signal.Signals(signum).name}); "
            "finish with the same command and --resume",
            file=sys.stderr,
        )
        return 128 + signum
    finally:
        for s, h in handlers.items():
            signal.signal(s, h)
    counts = result["counts"]
    if not args.quiet:
        print(
            f"pipeline: {counts['articles']} articles, {counts['errors']} errors -> {args.out}/ "
            f"({result['seconds']} s, {result['partitions']} partitions on {result['workers']} workers)",
            file=sys.stderr,
        )
    return SOME_FAILED if counts["errors"] else OK


def _interrupt(signum, frame):
    raise Interrupted(signum)


def _fail(message: str, status: int = USAGE) -> int:
    print(f"pipeline: error: {message}", file=sys.stderr)
    return status


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m pipeline.engines.dask",
        description="pipeline extract on a Dask cluster (Parquet datasets out).",
    )
    sub = p.add_subparsers(dest="command", required=True)
    e = sub.add_parser("extract", help="extract tables from files, folders or URLs of articles")
    e.add_argument("inputs", nargs="+", metavar="INPUT", help="files, folders or fsspec URLs (recursive)")
    e.add_argument("--out", required=True, help="output folder or URL for the tables")
    e.add_argument("--format", choices=("parquet",), default="parquet")
    e.add_argument("--batch-size", type=int, default=64)
    e.add_argument("--config", default=None, help="pipeline config (default: the bundled models/config.cfg)")
    e.add_argument("--quiet", action="store_true", help="no progress bar or summary")
    e.add_argument("--resume", action="store_true", help="finish an interrupted run of the same job in --out")
    add_arguments(e, engine=False)
    return p


def main(argv: list[str] | None = None) -> int:
    return extract_command(parser().parse_args(argv))


if __name__ == "__main__":  # run as a script, the functions sent to workers are those of the module
    from pipeline.engines.dask import main as _main

    sys.exit(_main())
