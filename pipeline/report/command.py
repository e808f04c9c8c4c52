"""The ``pipeline report`` subcommand (registered by ``pipeline.cli``)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def add_parser(sub) -> argparse.ArgumentParser:
    r = sub.add_parser(
        "report",
        help="static HTML report of a run: OUT_DIR/report/index.html, a page per article, figure_groups.csv",
        description="Build OUT_DIR/report/ from the tables of a run (CSV or Parquet) and the articles' texts "
        "(OUT_DIR/texts.jsonl, else the inputs listed in run.json). Opens offline, no server.",
        epilog="example: pipeline extract seeds --out out && pipeline report out --open",
    )
    r.add_argument("out_dir", metavar="OUT_DIR", help="the output folder of `pipeline extract`")
    r.add_argument("--open", action="store_true", help="open the index in the default browser")
    r.add_argument(
        "--inputs",
        nargs="+",
        metavar="INPUT",
        default=None,
        help="read the articles' texts from these files or folders instead of run.json's inputs",
    )
    r.set_defaults(func=run)
    return r


def run(args: argparse.Namespace) -> int:
    from . import build

    out = Path(args.out_dir)
    if not (out / "run.json").exists() and not any(out.glob("articles.*")):
        print(f"pipeline: error: no run in {out} (no run.json nor articles table)", file=sys.stderr)
        return 2
    from .data import RunError

    try:
        index = build(out, open_browser=args.open, inputs=args.inputs)
    except RunError as e:  # run.json or a table unreadable, missing or cut: one line, no partial report
        print(f"pipeline: error: {out}: {e}", file=sys.stderr)
        return 2
    print(f"pipeline: report -> {index}", file=sys.stderr)
    return 0
