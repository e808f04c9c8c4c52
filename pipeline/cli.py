"""Command line: ``pipeline extract`` (articles -> tables) and ``pipeline evaluate`` (scores on gold data)."""

from __future__ import annotations

import argparse
import hashlib
import json
import platform
import shutil
import signal
import sys
import time
from collections import Counter
from datetime import datetime, timezone
from pathlib import Path

from . import __version__
from .schema import TABLES, markdown


def _fail(message: str, status: int = 2) -> int:
    print(f"pipeline: error: {message}", file=sys.stderr)
    return status


# Exit statuses (README, "Exit status").
OK, SOME_FAILED, USAGE, BUSY, OUTPUT_FAILED = 0, 1, 2, 3, 4


def estimate_records(inputs: list[str]) -> int:
    """A cheap count of the records to come, for the progress bar's ETA (JSONL lines, one per other file)."""
    from .readers import is_regular, iter_files

    total = 0
    for root in map(Path, inputs):
        for path in iter_files(root) if root.is_dir() else [root]:
            if path.suffix.lower() == ".jsonl" and is_regular(path):
                try:
                    with open(path, "rb") as f:
                        total += sum(1 for line in f if line.strip())
                except OSError:
                    total += 1
            else:
                total += 1
    return total


EXTRACT_EPILOG = """\
inputs:
  .txt, .md      plain text; optional front matter (--- lines: title, date or published, url, source);
                 .md read as CommonMark: the text without its markup, offsets the file's
  .json, .jsonl  an object, a list, or one object per line: text, id, title, published (or date,
                 datePublished, pubDate: ISO, '5 août 2025', '05/08/2025', RFC 2822), url, source
  .csv           a header line; the text in --text-column, the other columns as in JSON
  .html, .htm    main text and metadata extracted with trafilatura

tables written to --out (columns: `pipeline schema`):
  articles, entities, figures, dates, sources, statements, errors (one row per record that failed),
  and run.json (versions, counts, notes, status; written last)

example:
  pipeline extract seeds data/articles --out out
  pipeline extract archive.csv --text-column contenu --out out --format parquet --n-process 2

exit status: 0 done, 1 some records failed (errors.csv), 2 usage, 3 folder in use, 4 output failed,
130/143 interrupted (resume with --resume)
"""


def job_of(args: argparse.Namespace, cfg: Path, out: Path) -> dict:
    """What identifies a job for ``--resume``: the same inputs, config and format give the same tables
    (inputs relative to the output folder, as run.json records them)."""
    from .output import shared_path

    return {
        "inputs": [shared_path(p, out) for p in args.inputs],
        "config_sha256": hashlib.sha256(cfg.read_bytes()).hexdigest(),
        "format": args.format,
        "text_column": args.text_column,
    }


def out_overlaps(out: str, inputs: list[str]) -> str:
    """Why ``--out`` cannot be where it is ('' when it can): an input folder or a folder holding one (its
    files would be skipped as the output's, the tables written into the corpus), or a folder inside an
    input folder (the tables land in the corpus, and the next run of that folder reads them as articles).
    Links are followed; URLs are not compared."""
    if "://" in str(out):
        return ""
    where = Path(out).resolve()
    for p in inputs:
        if "://" in str(p):
            continue
        root = Path(p).resolve()
        if where == root or where in root.parents:
            return f"--out {out} holds the input {p}: choose another folder"
        if root in where.parents and root.is_dir():
            return (
                f"--out {out} is inside the input {p}: the next run would read its tables as articles; "
                "choose a folder outside it"
            )
    return ""


def extract_command(args: argparse.Namespace) -> int:
    from .output import Interrupted, OutputBusy, OutputRefused, interruptible, lock, writable

    if getattr(args, "engine", "local") == "dask":  # the same job on a Dask cluster (pipeline.engines.dask)
        from .engines.dask import extract_command as extract_on_dask

        return extract_on_dask(args)
    missing = [p for p in args.inputs if not Path(p).exists()]
    if missing:
        return _fail(f"no such input: {', '.join(missing)}")
    if args.batch_size < 1 or args.n_process < 1:
        return _fail("--batch-size and --n-process must be at least 1")
    if args.config is not None and not Path(args.config).is_file():
        return _fail(f"no such config: {args.config}")
    out = Path(args.out)
    if overlap := out_overlaps(args.out, args.inputs):
        return _fail(overlap)
    try:
        writable(out)
    except OSError as e:
        return _fail(f"cannot write to {out}: {e.strerror or e}")
    try:
        with interruptible(), lock(out):
            return _extract(args, out)
    except OutputBusy as e:
        return _fail(str(e), BUSY)
    except OutputRefused as e:
        return _fail(str(e))
    except (Interrupted, KeyboardInterrupt) as e:  # while loading the model: nothing was written
        signum = e.signum if isinstance(e, Interrupted) else signal.SIGINT
        print(f"pipeline: interrupted ({signal.Signals(signum).name}) {STARTING}", file=sys.stderr)
        return 128 + signum


def _extract(args: argparse.Namespace, out: Path) -> int:
    from tqdm import tqdm

    from .nlp import config_path, load
    from .output import (
        JOB,
        STAGING,
        Interrupted,
        OutputFailure,
        Staging,
        changed_input,
        fingerprint,
        held,
        hold,
        no_link,
        other_kind,
        pending_publication,
        publish,
        record_key,
        recorded_inputs,
        shared_path,
    )
    from .readers import SUPPORTED, InputError, ReadError, input_files, read_inputs, readable

    started = time.time()
    cfg = config_path(args.config)
    job = job_of(args, cfg, out)
    inputs = {}  # each input file by its name in the tables (a longer one when two inputs give the same)
    for path, base in input_files(args.inputs, exclude=[out]):
        name = path.relative_to(base).as_posix() if path.is_relative_to(base) else path.as_posix()
        inputs[readable(name if name not in inputs else shared_path(path, out))] = fingerprint(path)
    if args.resume:
        run = pending_publication(out, job)
        if run is not None and (changed := changed_input(recorded_inputs(out), inputs)):
            return _fail(f"cannot resume: {changed}; run without --resume to start again")
        if run is not None:  # the last run died while publishing: finish that
            try:
                with held():
                    publish(out, args.format, run)
            except OutputFailure as e:
                return _fail(f"output failed: {e}", OUTPUT_FAILED)
            return _summary(args, out, run)
        run = _published(out)
        if run.get("job") == job and not (out / STAGING / JOB).exists():  # nothing was left to do
            if changed := changed_input(recorded_inputs(out, complete=True), inputs, "the complete run"):
                return _fail(f"cannot resume: {changed}; run without --resume to start again")
            if (out / STAGING).exists():  # what a kill left while the staging area went: no job of it
                try:
                    no_link(out / STAGING)
                    shutil.rmtree(out / STAGING)
                except OSError as e:
                    print(
                        f"pipeline: warning: cannot remove {out / STAGING}: {e.strerror or e}",
                        file=sys.stderr,
                    )
            if not args.quiet:
                print(f"pipeline: {out}/ already holds this job, complete", file=sys.stderr)
            return _summary(args, out, run, quiet=True)
        other = "" if (out / STAGING / JOB).exists() else other_kind(run, job)
        if other:  # resuming would start afresh and replace it
            return _fail(f"cannot resume: {out} holds a complete job of another kind ({other}); {HINT}")
    if not args.quiet:
        print("pipeline: loading the model ...", file=sys.stderr, flush=True)
    try:
        nlp = load(cfg)
        config_text = cfg.read_text(encoding="utf-8")
    except Exception as e:  # a malformed or binary config (confection, spaCy or the decoder say why)
        return _fail(f"cannot load the config {cfg}: {' '.join(str(e).split())[:300]}")
    from .run import process

    try:
        staging = Staging(out, args.format, job, resume=args.resume, every=args.batch_size, inputs=inputs)
    except ValueError as e:
        return _fail(f"{e}; run without --resume to start again")
    except OutputFailure as e:
        return _fail(f"output failed: {e}", OUTPUT_FAILED)
    stats = staging.stats or {"counts": dict.fromkeys(TABLES, 0), "errors": {}, "failed_components": {}}
    counts, error_kinds = stats["counts"], Counter(stats["errors"])
    failed_components = Counter(stats["failed_components"])  # articles dropped by one of our components
    notes: list[dict] = []  # repaired encodings, skipped links (readers)
    run = {
        "tool": "pipeline",
        "version": __version__,
        "python": platform.python_version(),
        "spacy": spacy_version(),
        "model": f"{nlp.meta.get('lang')}_{nlp.meta.get('name')}-{nlp.meta.get('version')}",
        "pipeline": nlp.pipe_names,
        "config_path": BUNDLED if args.config is None else shared_path(cfg, out),
        "config": config_text,
        "command": ["pipeline", *shared_command(args, out)],
        "started_at": datetime.fromtimestamp(started, timezone.utc).isoformat(timespec="seconds"),
        "inputs": job["inputs"],
        "input_files": inputs,  # size, mtime and SHA-256 of each: what --resume of the complete job compares
        "out": ".",
        "format": args.format,
        "batch_size": args.batch_size,
        "n_process": args.n_process,
        "job": job,
        "status": "running",
        "resumed": None,
    }
    done_here = 0

    def state() -> dict:
        return {
            "counts": dict(counts),
            "errors": dict(error_kinds),
            "failed_components": dict(failed_components),
        }

    def todo(items):
        for item in items:
            if record_key(item.path, item.record) not in staging.done:
                yield item

    show = not args.quiet and sys.stderr.isatty()
    bar = tqdm(
        total=estimate_records(args.inputs) if show else None,
        initial=staging.resumed,
        unit="article",
        disable=not show,
        file=sys.stderr,
        dynamic_ncols=True,
    )
    staging.status(run)
    try:
        records = read_inputs(args.inputs, notes, text_column=args.text_column, exclude=[out])
        for item in process(todo(records), nlp, args.batch_size, args.n_process):
            if isinstance(item, ReadError):
                staging.write("errors", [item.row()])
                counts["errors"] += 1
                error_kinds[item.error] += 1
                if item.component:
                    failed_components[item.component] += 1
                key = record_key(item.path, item.record)
            else:
                meta, tables = item
                for table, rows in tables.items():
                    staging.write(table, rows)
                    counts[table] += len(rows)
                key = record_key(meta["path"], meta["record"])
            staging.done_record(key, state())
            done_here += 1
            bar.update(1)
        staging.checkpoint(state())
        if args.resume:
            run["resumed"] = {"records_already_done": staging.resumed, "records_this_run": done_here}
        hold()  # publishing is not interrupted midway
        staging.finish()
        from .speakers.registry import rekey_files
        from .speakers.tables import write as write_speakers

        rekey_files(staging.dir, args.format)  # the run's speaker keys (namesakes, surnames, acronyms)
        write_speakers(staging.dir, args.format)  # who is quoted: one pass over the staged tables
        if counts["articles"] + counts["errors"] == 0:
            empty = (
                f"no articles found in {', '.join(args.inputs)} (accepted: {', '.join(sorted(SUPPORTED))})"
            )
            notes.append({"path": None, "note": empty})
            if not args.quiet:
                print(f"pipeline: warning: {empty}", file=sys.stderr)
        ended = time.time()
        run.update(
            state(),
            notes=notes,
            ended_at=datetime.fromtimestamp(ended, timezone.utc).isoformat(timespec="seconds"),
            seconds=round(ended - started, 3),
        )
        publish(out, args.format, run)
    except InputError as e:
        hold()
        staging.status(dict(run, status="failed", reason=str(e)))
        return _fail(str(e))
    except OutputFailure as e:
        hold()
        staging.status(dict(run, status="failed", reason=f"output failed: {e}"))
        return _fail(f"output failed: {e}; the tables so far are kept for --resume", OUTPUT_FAILED)
    except (Interrupted, KeyboardInterrupt) as e:
        hold()  # a second signal does not cut this short
        signum = e.signum if isinstance(e, Interrupted) else signal.SIGINT
        name = signal.Signals(signum).name
        staging.status(dict(run, **staging.stats, status="interrupted", reason=name))
        print(
            f"pipeline: interrupted ({name}) after {len(staging.done)} records; "
            "finish with the same command and --resume",
            file=sys.stderr,
        )
        return 128 + signum
    except Exception as e:  # a bug of ours: the traceback is wanted, the staging area is kept
        staging.status(dict(run, status="failed", reason=f"{type(e).__name__}: {e}"))
        raise
    finally:
        bar.close()
        staging.close()
        hold(False)  # a signal held back meanwhile is dropped: the run is over either way
    return _summary(args, out, run)


BUNDLED = "(bundled) models/config.cfg"


def shared_command(args: argparse.Namespace, out: Path) -> list[str]:
    """The command line as typed, its paths (inputs, ``--out``, ``--config``) relative to the output folder
    as everywhere in run.json."""
    from .output import shared_path

    paths = {p: shared_path(p, out) for p in (*args.inputs, args.out, args.config) if p}
    argv = []
    for arg in getattr(args, "argv", None) or []:
        option, eq, value = arg.partition("=")
        if eq and option.startswith("--") and value in paths:
            argv.append(f"{option}={paths[value]}")
        else:
            argv.append(paths.get(arg, arg))
    return argv


HINT = "run without --resume to replace it, or resume with the same inputs, config and options"


def _published(out: Path) -> dict:
    """The run.json of the tables published in ``out``, or {}."""
    try:
        return json.loads((out / "run.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def _summary(args: argparse.Namespace, out: Path, run: dict, quiet: bool = False) -> int:
    counts = run["counts"]
    if not (args.quiet or quiet):
        print(
            f"pipeline: {counts['articles']} articles, {counts['errors']} errors -> {out}/ "
            f"({run['seconds']} s)",
            file=sys.stderr,
        )
    return SOME_FAILED if counts["errors"] else OK


def spacy_version() -> str:
    import spacy

    return spacy.__version__


def evaluate_command(args: argparse.Namespace) -> int:
    from .evaluate import main as evaluate_main

    for gold in args.gold:
        if not Path(gold).exists():
            return _fail(f"no such gold file: {gold}")
    try:
        return evaluate_main(args)
    except (FileNotFoundError, ValueError) as e:  # no corpora for annotations; an annotation off its text
        return _fail(str(e))


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="pipeline", description="French news articles in, documented tables out."
    )
    p.add_argument("--version", action="version", version=f"pipeline {__version__}")
    sub = p.add_subparsers(dest="command", required=True)
    e = sub.add_parser(
        "extract",
        help="extract tables from files and folders of articles",
        description="Read articles from files and folders and write the tables (README: Tables).",
        epilog=EXTRACT_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    e.add_argument(
        "inputs", nargs="+", metavar="INPUT", help="files or folders (recursive; hidden files skipped)"
    )
    e.add_argument("--out", required=True, help="output folder for the tables (never read as input)")
    e.add_argument("--format", choices=("csv", "parquet"), default="csv", help="table format (default: csv)")
    e.add_argument("--batch-size", type=int, default=64, help="articles per nlp.pipe batch (default: 64)")
    e.add_argument("--n-process", type=int, default=1, help="worker processes on this machine (default: 1)")
    e.add_argument(
        "--text-column",
        default="text",
        metavar="NAME",
        help="the column (CSV) or field (JSON) holding the article's text (default: text)",
    )
    e.add_argument("--config", default=None, help="pipeline config (default: the bundled models/config.cfg)")
    e.add_argument("--quiet", action="store_true", help="no progress bar or summary")
    e.add_argument(
        "--resume",
        action="store_true",
        help="finish an interrupted run of the same job in --out (records already done are not redone)",
    )
    from .engines import add_arguments as add_engine_arguments

    add_engine_arguments(e)  # --engine local|dask, --scheduler, --partitions, --workers ("Scaling out")
    e.set_defaults(func=extract_command)
    v = sub.add_parser("evaluate", help="score the pipeline on gold articles (GUIDELINES.md format)")
    v.add_argument(
        "gold",
        nargs="+",
        help="gold JSONL files or folders of them: documents with their text (../shared/eval/), or "
        "annotations keyed by sentence id (data/annotations/attributions/), joined with the texts in "
        "--corpora",
    )
    v.add_argument(
        "--corpora",
        metavar="DIR",
        default=None,
        help="the raw texts the annotations point into (default: $PIPELINE_CORPORA, else ../shared/corpora)",
    )
    v.add_argument("--details", metavar="FILE", default=None, help="write every miss and false alarm to FILE")
    v.add_argument("--json", action="store_true", help="print the scores as JSON")
    v.add_argument("--config", default=None)
    v.set_defaults(func=evaluate_command)
    s = sub.add_parser("schema", help="print the tables' columns as Markdown (the README's schema section)")
    s.set_defaults(func=lambda args: print(markdown(), end="") or 0)
    from .report.command import add_parser as add_report_parser

    add_report_parser(sub)  # pipeline report OUT_DIR [--open]: pipeline.report.build(OUT_DIR)
    return p


class _Stopped(BaseException):
    """SIGTERM or SIGINT while the command starts, before a command of its own takes them."""

    def __init__(self, signum: int):
        super().__init__(signal.Signals(signum).name)
        self.signum = signum


def _stop(signum, frame):
    raise _Stopped(signum)


STARTING = "before the run started; nothing was written: run the same command again"


def main(argv: list[str] | None = None) -> int:
    """The command line. SIGTERM and SIGINT are taken from the first line on (the imports of the command,
    its checks): one line and 128 + the signal, as a run interrupted later, never a silent death."""
    argv = sys.argv[1:] if argv is None else list(argv)
    try:
        before = {s: signal.signal(s, _stop) for s in (signal.SIGTERM, signal.SIGINT)}
    except ValueError:  # not the main thread: signals are not ours to take
        before = {}
    try:
        args = parser().parse_args(argv)
        args.argv = argv
        return args.func(args)
    except (_Stopped, KeyboardInterrupt) as e:
        signum = e.signum if isinstance(e, _Stopped) else signal.SIGINT
        when = f" {STARTING}" if argv[:1] == ["extract"] else ""
        print(f"pipeline: interrupted ({signal.Signals(signum).name}){when}", file=sys.stderr)
        return 128 + signum
    finally:
        for s, h in before.items():
            signal.signal(s, h)


if __name__ == "__main__":
    sys.exit(main())
