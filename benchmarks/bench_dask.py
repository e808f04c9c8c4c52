"""The Dask engine against the local pool, on the same corpus, in the same run.

    python benchmarks/bench_dask.py --articles 2000              # throughput: 2 Dask workers vs 2 processes
    python benchmarks/bench_dask.py --articles 2000 --memory     # + driver peak RSS at 1,000 and 10,000

Starts ``dask scheduler`` and two ``dask worker --nthreads 1`` on 127.0.0.1 (as the README's "Scaling out"
says), runs ``python -m pipeline.engines.dask extract CORPUS --scheduler ADDR`` once to warm the workers up
(each loads the model once, as a long-lived cluster has), then alternates, ``--repeat`` times each:

- local pool: ``pipeline extract CORPUS --format parquet --n-process 2`` (model loading included);
- dask: the same corpus against the running cluster (planning, the plugin's check of the loaded pipeline,
  processing and publishing included), with the processing phase from its run.json.

Peak RSS is that of the driver alone (the scheduler and workers are other processes). The corpus is
``bench.py``'s (articles cycled from seeds/, data/articles/ and the dev texts). A script, never a test.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench import ROOT, build_corpus  # noqa: E402

MEASURED = (
    "import resource, sys; from {module} import main; code = main(sys.argv[1:]); "
    "print('RSS', resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, file=sys.stderr); sys.exit(code)"
)


def measured(module: str, args: list[str]) -> tuple[float, float, str]:
    """Wall seconds and peak RSS (MB) of ``module.main(args)`` in a fresh interpreter; and its stderr."""
    cmd = [sys.executable, "-c", MEASURED.format(module=module), *args]
    start = time.perf_counter()
    r = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
    seconds = time.perf_counter() - start
    if r.returncode not in (0, 1):
        raise RuntimeError(r.stderr[-3000:])
    rss = next(float(line.split()[1]) for line in reversed(r.stderr.splitlines()) if line.startswith("RSS "))
    return seconds, rss, r.stderr


class Cluster:
    """``dask scheduler`` and ``n`` single-threaded ``dask worker`` processes on 127.0.0.1."""

    def __init__(self, n: int, tmp: Path):
        file = tmp / "scheduler.json"
        self.log = open(tmp / "cluster.log", "w")
        dask = [sys.executable, "-m", "dask"]
        self.procs = [
            subprocess.Popen(
                [*dask, "scheduler", "--host", "127.0.0.1", "--port", "0", "--scheduler-file", str(file)],
                stdout=self.log,
                stderr=self.log,
            )
        ]
        while not file.exists():
            time.sleep(0.1)
        self.address = json.loads(file.read_text())["address"]
        for i in range(n):
            self.procs.append(
                subprocess.Popen(
                    [
                        *dask,
                        "worker",
                        self.address,
                        "--nthreads",
                        "1",
                        "--host",
                        "127.0.0.1",
                        "--name",
                        f"w{i}",
                    ],
                    stdout=self.log,
                    stderr=self.log,
                )
            )
        from distributed import Client

        with Client(self.address, timeout=60) as c:
            c.wait_for_workers(n, timeout=120)

    def close(self) -> None:
        for p in reversed(self.procs):
            p.terminate()
        for p in reversed(self.procs):
            p.wait(timeout=30)
        self.log.close()


def local_pool(corpus: Path, batch_size: int) -> dict:
    with tempfile.TemporaryDirectory() as out:
        args = ["extract", str(corpus), "--out", out, "--format", "parquet", "--n-process", "2", "--quiet"]
        seconds, rss, _ = measured("pipeline.cli", [*args, "--batch-size", str(batch_size)])
        run = json.loads((Path(out) / "run.json").read_text(encoding="utf-8"))
    return {"seconds": seconds, "rss_mb": rss, "articles": run["counts"]["articles"]}


def on_dask(corpus: Path, address: str, batch_size: int, partitions: int | None) -> dict:
    with tempfile.TemporaryDirectory() as out:
        args = ["extract", str(corpus), "--out", out, "--scheduler", address, "--quiet"]
        args += ["--batch-size", str(batch_size)] + (["--partitions", str(partitions)] if partitions else [])
        seconds, rss, _ = measured("pipeline.engines.dask", args)
        run = json.loads((Path(out) / "run.json").read_text(encoding="utf-8"))
        size = sum(f.stat().st_size for f in Path(out).rglob("*.parquet"))
    return {
        "seconds": seconds,
        "parquet_bytes": size,
        "rss_mb": rss,
        "articles": run["counts"]["articles"],
        "partitions": run["partitions"],
        "timings": run["timings"],
    }


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--articles", type=int, default=2000)
    p.add_argument("--batch-size", type=int, default=64)
    p.add_argument("--partitions", type=int, default=None, help="default: the engine's")
    p.add_argument("--repeat", type=int, default=2, help="runs of each, alternated")
    p.add_argument("--memory", action="store_true", help="also the driver's peak RSS at 1,000 and 10,000")
    p.add_argument("--json", metavar="FILE", help="also write the results as JSON")
    args = p.parse_args()

    corpora = ROOT / "benchmarks" / "corpus"
    corpus = corpora / f"corpus_{args.articles}.jsonl"
    records = build_corpus(args.articles, corpus)
    words = sum(len(r["text"].split()) for r in records)
    print(
        f"corpus: {len(records)} articles, {words} words; {os.cpu_count()} cores; "
        f"batch size {args.batch_size}"
    )
    results: dict = {"articles": len(records), "words": words, "local": [], "dask": []}
    with tempfile.TemporaryDirectory() as tmp:
        cluster = Cluster(2, Path(tmp))
        try:
            warm = corpora / "corpus_40.jsonl"
            build_corpus(40, warm)
            on_dask(warm, cluster.address, args.batch_size, None)  # the workers load the model once
            for _ in range(args.repeat):
                results["local"].append(local_pool(corpus, args.batch_size))
                results["dask"].append(on_dask(corpus, cluster.address, args.batch_size, args.partitions))
            if args.memory:
                results["driver_rss_mb"] = {}
                for n in (1000, 10000):
                    path = corpora / f"corpus_{n}.jsonl"
                    build_corpus(n, path)
                    run = on_dask(path, cluster.address, args.batch_size, None)
                    results["driver_rss_mb"][n] = round(run["rss_mb"])
                    results[f"dask_{n}"] = run
                    print(
                        f"dask, {n} articles: driver peak RSS {run['rss_mb']:.0f} MB, {run['seconds']:.1f} s"
                    )
        finally:
            cluster.close()

    n = len(records)
    best_local = min(results["local"], key=lambda r: r["seconds"])
    best_dask = min(results["dask"], key=lambda r: r["seconds"])
    processing = min(r["timings"]["process"] for r in results["dask"])
    print(f"\n{'run':52}{'seconds':>9}{'articles/s':>12}{'words/s':>10}")
    rows = [
        ("local pool, 2 processes, CLI to Parquet (model load incl.)", best_local["seconds"]),
        ("dask, 2 workers, whole command (warm workers)", best_dask["seconds"]),
        ("dask, 2 workers, processing phase only", processing),
    ]
    for label, s in rows:
        print(f"{label:52}{s:9.2f}{n / s:12.1f}{words / s:10.0f}")
    results["ratio_dask_local"] = round(best_local["seconds"] / best_dask["seconds"], 3)
    print(f"\ndask / local pool (whole commands): {results['ratio_dask_local']:.3f}")
    print(f"dask partitions: {best_dask['partitions']}; timings of the best dask run: {best_dask['timings']}")
    print(f"Parquet written: {best_dask['parquet_bytes'] / n / 1024:.1f} KB per article")
    print(
        f"driver peak RSS: dask {best_dask['rss_mb']:.0f} MB; "
        f"local pool main process {best_local['rss_mb']:.0f} MB"
    )
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
