"""Command line: ``pipeline extract`` (articles -> tables) and ``pipeline evaluate`` (scores on gold data)."""

from __future__ import annotations

import argparse
import json
import platform
import sys
import time
from collections import Counter
from pathlib import Path

from . import __version__
from .schema import markdown


def _fail(message: str) -> int:
    print(f"pipeline: error: {message}", file=sys.stderr)
    return 2


def estimate_records(inputs: list[str]) -> int:
    """A cheap count of the records to come, for the progress bar's ETA (JSONL lines, one per other file)."""
    from .readers import iter_files

    total = 0
    for root in map(Path, inputs):
        for path in iter_files(root) if root.is_dir() else [root]:
            if path.suffix.lower() == ".jsonl":
                try:
                    with open(path, "rb") as f:
                        total += sum(1 for line in f if line.strip())
                except OSError:
                    total += 1
            else:
                total += 1
    return total


def extract_command(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from .nlp import config_path, load
    from .readers import InputError, ReadError, read_inputs
    from .writers import TableWriters

    missing = [p for p in args.inputs if not Path(p).exists()]
    if missing:
        return _fail(f"no such input: {', '.join(missing)}")
    out = Path(args.out)
    try:
        out.mkdir(parents=True, exist_ok=True)
        probe = out / ".pipeline-write-test"
        probe.write_text("")
        probe.unlink()
    except OSError as e:
        return _fail(f"cannot write to {out}: {e.strerror or e}")
    if args.batch_size < 1 or args.n_process < 1:
        return _fail("--batch-size and --n-process must be at least 1")

    started = time.time()
    cfg = config_path(args.config)
    nlp = load(cfg)
    from .run import process

    show = not args.quiet and sys.stderr.isatty()
    bar = tqdm(
        total=estimate_records(args.inputs) if show else None,
        unit="article",
        disable=not show,
        file=sys.stderr,
        dynamic_ncols=True,
    )
    error_kinds: Counter = Counter()
    failed_components: Counter = Counter()  # articles dropped because one of our components failed
    try:
        with TableWriters(out, args.format) as writers:
            for item in process(read_inputs(args.inputs), nlp, args.batch_size, args.n_process):
                if isinstance(item, ReadError):
                    writers.write("errors", [item.row()])
                    error_kinds[item.error] += 1
                    if item.component:
                        failed_components[item.component] += 1
                else:
                    for table, rows in item[1].items():
                        writers.write(table, rows)
                bar.update(1)
            counts = dict(writers.counts)
    except InputError as e:
        return _fail(str(e))
    finally:
        bar.close()
    import spacy

    run = {
        "tool": "pipeline",
        "version": __version__,
        "python": platform.python_version(),
        "spacy": spacy.__version__,
        "model": f"{nlp.meta.get('lang')}_{nlp.meta.get('name')}-{nlp.meta.get('version')}",
        "pipeline": nlp.pipe_names,
        "config_path": str(cfg),
        "config": cfg.read_text(encoding="utf-8"),
        "inputs": args.inputs,
        "format": args.format,
        "batch_size": args.batch_size,
        "n_process": args.n_process,
        "counts": counts,
        "errors": dict(error_kinds),
        "failed_components": dict(failed_components),
        "seconds": round(time.time() - started, 3),
    }
    (out / "run.json").write_text(json.dumps(run, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    if not args.quiet:
        print(
            f"pipeline: {counts['articles']} articles, {counts['errors']} errors -> {out}/ "
            f"({run['seconds']} s)",
            file=sys.stderr,
        )
    return 1 if counts["errors"] else 0


def evaluate_command(args: argparse.Namespace) -> int:
    from .evaluate import main as evaluate_main

    if not Path(args.gold).exists():
        return _fail(f"no such gold file: {args.gold}")
    return evaluate_main(args)


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="pipeline", description="French news articles in, documented tables out."
    )
    p.add_argument("--version", action="version", version=f"pipeline {__version__}")
    sub = p.add_subparsers(dest="command", required=True)
    e = sub.add_parser("extract", help="extract tables from files and folders of articles")
    e.add_argument("inputs", nargs="+", metavar="INPUT", help="files or folders (recursive)")
    e.add_argument("--out", required=True, help="output folder for the tables")
    e.add_argument("--format", choices=("csv", "parquet"), default="csv")
    e.add_argument("--batch-size", type=int, default=64)
    e.add_argument("--n-process", type=int, default=1)
    e.add_argument("--config", default=None, help="pipeline config (default: the bundled models/config.cfg)")
    e.add_argument("--quiet", action="store_true", help="no progress bar or summary")
    e.set_defaults(func=extract_command)
    v = sub.add_parser("evaluate", help="score the pipeline on gold articles (GUIDELINES.md format)")
    v.add_argument("gold", help="gold JSONL file")
    v.add_argument("--details", metavar="FILE", default=None, help="write every miss and false alarm to FILE")
    v.add_argument("--json", action="store_true", help="print the scores as JSON")
    v.add_argument("--config", default=None)
    v.set_defaults(func=evaluate_command)
    s = sub.add_parser("schema", help="print the tables' columns as Markdown (the README's schema section)")
    s.set_defaults(func=lambda args: print(markdown(), end="") or 0)
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
