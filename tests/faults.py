"""Fault injection: kill ``pipeline extract`` at random points, resume it, compare with a clean run.

The pipeline is loaded once, in this process; every run is a forked child calling ``pipeline.cli.main``
(the exact code of the command line, without loading the model again), so a trial costs the work, not
the 4 s of a model load. This process is made a child subreaper, so a worker orphaned by a killed run
would become its child: ``orphans()`` counts those still alive.

A trial: a run with ``--batch-size 2`` (a checkpoint every two records) is killed at a random point with
SIGKILL, SIGTERM or SIGINT: once its manifest holds a random number of lines, after a random jitter (a
point in progress, not in time: a shared machine's speed varies too much for a delay to land mid-run).
What it left in ``--out`` is checked (tables at the top only with a complete ``run.json``, and then equal
to the clean ones); ``--resume`` then finishes it, and its tables must equal the clean run's byte for
byte, with the records done before the kill not processed again.

    python tests/faults.py --trials 24        # prints one line per trial and a summary

Then ``--changed`` trials (``changed_campaign``): a run killed the same way, its inputs changed (a line
added on top of a JSONL file, a file edited to the same size and mtime, removed, added, renamed), resumed:
``--resume`` must refuse, exit 2 with one line naming the file (the folder as the kill left it), or, when
nothing was staged yet, give the tables of a clean run of the changed inputs; never old and new rows mixed.
"""

from __future__ import annotations

import argparse
import ctypes
import json
import os
import random
import signal
import sys
import time
import traceback
from pathlib import Path

SIGNALS = (signal.SIGKILL, signal.SIGTERM, signal.SIGINT)
TEXTS = [
    "Le maire de Metz a inauguré lundi une école de 300 élèves.",
    "Selon la préfecture, 3 000 personnes ont manifesté samedi à Nancy.",
    "La ville a investi 2 millions d'euros dans la rénovation du stade.",
    "Environ 40 000 visiteurs sont attendus au festival d'Épinal en mai 2025.",
    "Le conseil départemental a voté un budget de 1,2 milliard d'euros, a indiqué son président.",
    "D'après les pompiers, l'incendie a détruit 12 hectares de forêt mardi soir.",
    "Les inondations de janvier 2024 ont touché 150 communes de Moselle.",
    "Plus de 500 salariés seraient concernés par le plan social, selon la CGT.",
]


def make_corpus(folder: Path) -> int:
    """A small corpus with good and bad records of every format; returns the number of records."""
    folder.mkdir(parents=True, exist_ok=True)
    for i, text in enumerate(TEXTS[:5]):
        (folder / f"{i:02d}.txt").write_text(
            f"---\npublished: 2025-05-0{i + 1}\n---\n{text}\n", encoding="utf-8"
        )
    lines = [
        json.dumps({"id": f"j{i}", "text": t, "published": "2025-06-01"}) for i, t in enumerate(TEXTS[5:])
    ]
    lines.insert(1, "{not json")
    lines.append(json.dumps({"id": "j0", "text": "Doublon."}))
    (folder / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "empty.txt").write_text("")
    return 5 + len(lines) + 1


def accounting(out: Path, articles: list[str], errors: list[tuple[str, str, str]], fmt: str = "csv") -> None:
    """Assert the exact accounting of a run in ``out``: ``articles`` (doc ids) each once in the articles
    table, ``errors`` (path, record or "", error class) each once in the errors table, nothing else; every
    other table holds rows of those articles only, as many as the article's ``n_<table>`` says."""
    import pandas as pd

    from pipeline.schema import TABLES

    def read(name):
        path = out / f"{name}.{fmt}"
        if fmt == "csv":
            return pd.read_csv(path, keep_default_na=False, dtype=str)
        return pd.read_parquet(path).astype(object).where(lambda df: df.notna(), "").astype(str)

    got = read("articles")
    assert sorted(got["doc_id"]) == sorted(articles), "articles"
    err = read("errors")
    assert sorted(zip(err["path"], err["record"], err["error"], strict=True)) == sorted(errors), "errors"
    for name in TABLES:
        if name in ("articles", "errors"):
            continue
        rows = read(name)
        assert set(rows["doc_id"]) <= set(got["doc_id"]), name
        if f"n_{name}" in got:
            per_doc = rows["doc_id"].value_counts()
            for doc_id, n in zip(got["doc_id"], got[f"n_{name}"], strict=True):
                assert per_doc.get(doc_id, 0) == int(n), (name, doc_id)


def become_subreaper() -> None:
    """Orphaned descendants are re-parented to this process (Linux prctl PR_SET_CHILD_SUBREAPER)."""
    ctypes.CDLL(None, use_errno=True).prctl(36, 1, 0, 0, 0)


def fork_extract(argv: list[str], log: Path) -> int:
    """Start ``pipeline <argv>`` in a forked child; returns its pid."""
    pid = os.fork()
    if pid:
        return pid
    code = 99
    try:
        signal.signal(signal.SIGINT, signal.default_int_handler)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        sys.stdout = sys.stderr = open(log, "a", encoding="utf-8")  # noqa: SIM115
        from pipeline.cli import main

        code = main(argv)
    except BaseException:
        traceback.print_exc()
    finally:
        try:
            sys.stderr.flush()
        finally:
            os._exit(code)


def running(pid: int) -> bool:
    """The child has not exited (it is not a zombie); it is not reaped."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def wait(pid: int) -> int:
    """The child's exit status, as the shell shows it (128 + signal when killed)."""
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status) if os.WIFEXITED(status) else 128 + os.WTERMSIG(status)


def children(known: set[int] | None = None) -> set[int]:
    """Our live child processes; with ``known``, zombies not in it are reaped (others' are theirs)."""
    me, alive = str(os.getpid()), set()
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            fields = dict(line.split(":\t", 1) for line in status.read_text().splitlines() if ":\t" in line)
        except OSError:
            continue
        if fields.get("PPid", "").strip() != me:
            continue
        pid = int(status.parent.name)
        if not fields.get("State", "").startswith("Z"):
            alive.add(pid)
        elif known is not None and pid not in known:
            try:
                os.waitpid(pid, os.WNOHANG)
            except ChildProcessError:
                pass
    return alive


def orphans(known: set[int], grace: float = 3.0) -> int:
    """Processes re-parented to us (children not in ``known``) still alive after ``grace`` seconds. Those
    found are then killed, so that one failed trial does not hold the next one's output folder."""
    deadline = time.time() + grace
    while (alive := children(known) - known) and time.time() < deadline:
        time.sleep(0.1)
    for pid in alive:
        try:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
        except (ProcessLookupError, ChildProcessError):
            pass
    return len(alive)


def published(out: Path) -> dict[str, bytes]:
    """The CSV tables at the top of ``out``."""
    return {p.name: p.read_bytes() for p in sorted(out.glob("*.csv"))}


def run_json(out: Path) -> dict:
    try:
        return json.loads((out / "run.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def extract_argv(corpus: Path, out: Path, n_process: int, resume: bool = False) -> list[str]:
    argv = ["extract", str(corpus), "--out", str(out), "--quiet", "--batch-size", "2"]
    return argv + ["--n-process", str(n_process)] + (["--resume"] if resume else [])


def kill_at(pid: int, out: Path, sig: int, lines: int, jitter: float) -> int:
    """Send ``sig`` to the run ``pid`` once its manifest holds ``lines`` lines, after ``jitter`` seconds;
    its exit status."""
    manifest, deadline = out / ".staging" / "manifest.jsonl", time.time() + 60
    while time.time() < deadline and running(pid):
        try:
            if manifest.read_bytes().count(b"\n") >= lines:
                break
        except OSError:
            pass
        time.sleep(0.005)
    time.sleep(jitter)
    try:
        os.kill(pid, sig)
    except ProcessLookupError:
        pass
    return wait(pid)


def clean_run(corpus: Path, out: Path, log: Path) -> tuple[int, dict[str, bytes], float]:
    started = time.time()
    status = wait(fork_extract(extract_argv(corpus, out, 1), log))
    return status, published(out), time.time() - started


def trial(
    known: set[int],
    corpus: Path,
    out: Path,
    clean: dict,
    clean_status: int,
    sig: int,
    n_process: int,
    lines: int,
    jitter: float,
    log: Path,
    total: int,
) -> dict:
    """One kill-and-resume; returns what was seen, with ``problems`` (empty when all held)."""
    problems = []
    log_start = log.stat().st_size if log.exists() else 0
    killed_status = kill_at(fork_extract(extract_argv(corpus, out, n_process), log), out, sig, lines, jitter)
    left = orphans(known)
    if left:
        problems.append(f"{left} orphaned workers alive")
    top = run_json(out)
    publishing = (out / ".staging" / "publish.json").exists()
    if top:  # whatever is published must be one complete run
        if top.get("status") != "complete" or published(out) != clean:
            problems.append("published tables differ from the clean run")
    elif published(out) and not publishing:
        problems.append("tables at the top without run.json")  # allowed only while publishing (SIGKILL)
    staged = (
        json.loads((out / ".staging" / "run.json").read_text())
        if (out / ".staging" / "run.json").exists()
        else {}
    )
    status = wait(fork_extract(extract_argv(corpus, out, n_process, resume=True), log))
    orphans(known, 0.5)
    done = run_json(out)
    if status != clean_status:
        problems.append(f"resume exited {status}, clean run {clean_status}")
    if done.get("status") != "complete":
        problems.append("no complete run.json after resume")
    if published(out) != clean:
        problems.append("tables after resume differ from the clean run")
    if (out / ".staging").exists():
        problems.append("staging left after resume")
    resumed = done.get("resumed") or {}
    if resumed and resumed["records_already_done"] + resumed["records_this_run"] != total:
        problems.append(f"resume did {resumed} for {total} records")
    if problems:  # what the runs printed, to see why
        with open(log, "rb") as f:
            f.seek(log_start)
            problems.append(f.read().decode(errors="replace")[-3000:])
    return {
        "signal": signal.Signals(sig).name,
        "n_process": n_process,
        "kill_at": f"{lines} lines + {jitter:.2f} s",
        "killed_status": killed_status,
        "state_left": "complete" if top else "publishing" if publishing else staged.get("status", "nothing"),
        "already_done": resumed.get("records_already_done"),
        "resume_status": status,
        "problems": problems,
    }


def campaign(workdir: Path, trials: int = 24, seed: int = 0, verbose: bool = False) -> list[dict]:
    """A clean run, then ``trials`` kill-and-resume trials cycling through signals and 1 or 2 processes."""
    import pipeline

    pipeline.load()  # once, before any fork
    become_subreaper()
    known = children()  # other tests' helpers, if any: not ours to judge
    rng = random.Random(seed)
    corpus, log = workdir / "corpus", workdir / "runs.log"
    total = make_corpus(corpus)
    clean_status, clean, _ = clean_run(corpus, workdir / "clean", log)
    assert clean and run_json(workdir / "clean")["status"] == "complete", log.read_text()
    results = []
    for i in range(trials):
        sig, n_process = SIGNALS[i % 3], 1 + (i // 3) % 2
        lines, jitter = rng.randint(0, total // 2 + 1), rng.uniform(0, 0.05)
        r = trial(
            known,
            corpus,
            workdir / f"trial{i}",
            clean,
            clean_status,
            sig,
            n_process,
            lines,
            jitter,
            log,
            total,
        )
        results.append(r)
        if verbose:
            print(json.dumps(r, ensure_ascii=False), flush=True)
    return results


# --- changed inputs: a resume after the inputs changed is refused, naming the file, or redoes them ----------


def _same_size_edit(path: Path) -> None:
    """'Metz' -> 'Toul' keeping the file's size and mtime: only its content tells."""
    st = os.stat(path)
    path.write_text(path.read_text(encoding="utf-8").replace("Metz", "Toul"), encoding="utf-8")
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))


def _line_on_top(path: Path) -> None:
    first = json.dumps({"id": "top", "text": TEXTS[7], "published": "2025-06-02"})
    path.write_text(first + "\n" + path.read_text(encoding="utf-8"), encoding="utf-8")


# kind: (how the corpus changes, the file the refusal names, what it says of it)
CHANGES = {
    "line added on top": (lambda c: _line_on_top(c / "feed.jsonl"), "feed.jsonl", "changed"),
    "edited, same size and mtime": (lambda c: _same_size_edit(c / "00.txt"), "00.txt", "changed"),
    "removed": (lambda c: (c / "01.txt").unlink(), "01.txt", "was removed"),
    "added": (lambda c: (c / "new.txt").write_text(TEXTS[7], encoding="utf-8"), "new.txt", "was added"),
    "renamed": (lambda c: (c / "02.txt").rename(c / "99.txt"), "02.txt", "was renamed corpus/99.txt"),
}


def _files(out: Path) -> dict[str, bytes]:
    """Every file in ``out``, staging area included, but the lock (which holds the last run's pid)."""
    return {
        str(p.relative_to(out)): p.read_bytes() for p in out.rglob("*") if p.is_file() and p.name != ".lock"
    }


def changed_trial(
    known: set[int], workdir: Path, kind: str, clean: dict, sig: int, lines: int, jitter: float, log: Path
) -> dict:
    """Kill a run, change its inputs (``CHANGES[kind]``), resume: the resume must either refuse (exit 2, one
    line naming the file, the folder as the kill left it) or, when nothing was staged yet, give the tables
    of a clean run of the changed inputs (``clean``); a run without --resume must then give those."""
    problems = []
    corpus, out = workdir / "corpus", workdir / "out"
    make_corpus(corpus)
    kill_at(fork_extract(extract_argv(corpus, out, 1), log), out, sig, lines, jitter)
    orphans(known)
    left = (
        "complete"
        if run_json(out)
        else "publishing"
        if (out / ".staging" / "publish.json").exists()
        else ("staged" if (out / ".staging" / "job.json").exists() else "nothing")
    )
    change, name, says = CHANGES[kind]
    change(corpus)
    before = _files(out)
    log_start = log.stat().st_size
    status = wait(fork_extract(extract_argv(corpus, out, 1, resume=True), log))
    with open(log, "rb") as f:
        f.seek(log_start)
        said = f.read().decode(errors="replace")
    refused = status == 2
    if refused:
        expected = f"pipeline: error: cannot resume: corpus/{name} {says} since the "
        if not said.startswith(expected) or said.count("\n") != 1:
            problems.append(f"refused without naming corpus/{name} in one line: {said!r}")
        if _files(out) != before:
            problems.append("the refused resume changed the output folder")
    elif left != "nothing":
        problems.append(f"resume over changed inputs ({left} before) exited {status}: {said[-2000:]!r}")
    elif published(out) != clean:
        problems.append("resume from nothing staged: tables differ from a clean run of the changed inputs")
    if refused:
        wait(fork_extract(extract_argv(corpus, out, 1), log))
        if published(out) != clean:
            problems.append("a run without --resume: tables differ from a clean run of the changed inputs")
    return {"change": kind, "signal": signal.Signals(sig).name, "kill_at": f"{lines} lines + {jitter:.2f} s",
            "state_left": left, "resume_status": status, "problems": problems}  # fmt: skip


def changed_campaign(workdir: Path, trials: int = 10, seed: int = 0, verbose: bool = False) -> list[dict]:
    """``trials`` kill, change and resume trials cycling through ``CHANGES`` and the signals."""
    import pipeline

    pipeline.load()
    become_subreaper()
    known = children()
    rng = random.Random(seed)
    log, kinds = workdir / "runs.log", list(CHANGES)
    workdir.mkdir(parents=True, exist_ok=True)
    log.touch()
    total = make_corpus(workdir / "plain")
    cleans = {}
    for kind in kinds:  # the tables of each changed corpus, by a clean run
        corpus = workdir / f"clean-{kind.replace(' ', '-')}" / "corpus"
        make_corpus(corpus)
        CHANGES[kind][0](corpus)
        _, cleans[kind], _ = clean_run(corpus, corpus.parent / "out", log)
    results = []
    for i in range(trials):
        kind, sig = kinds[i % len(kinds)], SIGNALS[i % 3]
        lines, jitter = rng.randint(0, total // 2 + 1), rng.uniform(0, 0.05)
        r = changed_trial(known, workdir / f"changed{i}", kind, cleans[kind], sig, lines, jitter, log)
        results.append(r)
        if verbose:
            print(json.dumps(r, ensure_ascii=False), flush=True)
    return results


def main() -> int:
    import tempfile

    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--trials", type=int, default=24)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--changed", type=int, default=10, help="kill, change the inputs and resume trials")
    args = p.parse_args()
    started = time.time()
    with tempfile.TemporaryDirectory() as tmp:
        results = campaign(Path(tmp) / "kills", args.trials, args.seed, verbose=True)
        results += changed_campaign(Path(tmp) / "changed", args.changed, args.seed, verbose=True)
    bad = [r for r in results if r["problems"]]
    print(f"{len(results)} trials, {len(bad)} with problems, {time.time() - started:.1f} s", flush=True)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this checkout's pipeline
    sys.exit(main())
