"""Runs that survive faults: killed at random points and resumed, dead workers, a full disk.

The kill-and-resume campaign forks runs of ``pipeline extract`` from this process (``tests/faults.py``), so
the model is loaded once for all of them.
"""

import json
import os
import shutil
import signal
import subprocess
from pathlib import Path

import pytest
from faults import SIGNALS, accounting, campaign, make_corpus

from pipeline.cli import main

pytestmark = pytest.mark.model

GOOD = "Le maire de Metz a inauguré lundi une école de 300 élèves."


def test_killed_runs_resume_to_the_clean_tables(nlp, tmp_path):
    results = campaign(tmp_path, trials=21, seed=13)
    problems = [r for r in results if r["problems"]]
    assert problems == [], json.dumps(problems, indent=1)
    seen = {(r["signal"], r["n_process"]) for r in results}
    assert seen == {(signal.Signals(s).name, n) for s in SIGNALS for n in (1, 2)}
    # How many kills land mid-run depends on the machine's speed (a fast one may finish the small corpus
    # first): the campaign must have interrupted some run, whatever the machine. That resume skips what was
    # done is checked without timing in test_resume_reports_what_it_skipped.
    interrupted = [r for r in results if r["state_left"] in ("running", "interrupted")]
    assert interrupted, json.dumps(results, indent=1)


def test_resume_reports_what_it_skipped(nlp, tmp_path):
    corpus, out = tmp_path / "in", tmp_path / "out"
    total = make_corpus(corpus)
    argv = ["extract", str(corpus), "--out", str(out), "--quiet", "--batch-size", "2"]
    assert main(argv) == 1
    clean = {p.name: p.read_bytes() for p in out.glob("*.csv")}
    # a run interrupted after 6 records: its staging area holds 3 checkpoints
    calls = {"n": 0}
    from pipeline import output

    real = output.Staging.done_record

    def stop_after_six(self, key, stats):
        real(self, key, stats)
        calls["n"] += 1
        if calls["n"] == 6:
            raise KeyboardInterrupt

    shutil.rmtree(out)
    output.Staging.done_record = stop_after_six
    try:
        assert main(argv) == 128 + signal.SIGINT
    finally:
        output.Staging.done_record = real
    assert not (out / "run.json").exists() and not list(out.glob("*.csv"))
    staged = json.loads((out / ".staging" / "run.json").read_text())
    assert (staged["status"], staged["reason"]) == ("interrupted", "SIGINT")
    assert main(argv + ["--resume"]) == 1
    run = json.loads((out / "run.json").read_text())
    assert run["status"] == "complete"
    assert run["resumed"] == {"records_already_done": 6, "records_this_run": total - 6}
    assert {p.name: p.read_bytes() for p in out.glob("*.csv")} == clean
    # resuming a complete job does nothing
    assert main(argv + ["--resume"]) == 1
    assert {p.name: p.read_bytes() for p in out.glob("*.csv")} == clean


def _kill_in_worker(monkeypatch, tmp_path):
    """A component that kills its worker process on "TUER" (always) and on "FRAGILE" (the first time)."""
    from pipeline.components.entities import NewsEntities

    original, parent, marker = NewsEntities.__call__, os.getpid(), tmp_path / "fragile-once"

    def deadly(self, doc):
        if os.getpid() != parent:
            if "TUER" in doc.text or ("FRAGILE" in doc.text and not marker.exists()):
                marker.touch()
                os.kill(os.getpid(), signal.SIGKILL)
        return original(self, doc)

    monkeypatch.setattr(NewsEntities, "__call__", deadly)


def test_dead_worker_records_retried_once_then_reported(nlp, tmp_path, monkeypatch):
    _kill_in_worker(monkeypatch, tmp_path)
    feed = tmp_path / "in" / "feed.jsonl"
    feed.parent.mkdir()
    texts = [GOOD, "FRAGILE. " + GOOD, GOOD, "TUER. " + GOOD, GOOD, GOOD, GOOD]
    feed.write_text("\n".join(json.dumps({"id": f"a{i}", "text": t}) for i, t in enumerate(texts)) + "\n")
    out = tmp_path / "out"
    status = main(
        ["extract", str(feed.parent), "--out", str(out), "--quiet", "--n-process", "2", "--batch-size", "2"]
    )
    assert status == 1
    accounting(out, [f"a{i}" for i in range(7) if i != 3], [("in/feed.jsonl", "4", "WorkerLost")])
    run = json.loads((out / "run.json").read_text())
    assert run["status"] == "complete" and run["errors"] == {"WorkerLost": 1}


def _mount_tmpfs(folder: Path, size: str) -> bool:
    folder.mkdir()
    r = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)], capture_output=True
    )
    return r.returncode == 0


def test_full_disk_one_line_no_cut_row_then_resume(nlp, tmp_path, capsys):
    disk = tmp_path / "disk"
    if not _mount_tmpfs(disk, "512k"):
        pytest.skip("cannot mount a tmpfs here (not root); test_writers simulates ENOSPC instead")
    try:
        corpus = tmp_path / "in"
        make_corpus(corpus)
        for i in range(12):  # about 100 KB of tables in all: they outgrow the 80 KB left
            sentences = (
                f"Selon la préfecture, {i * 10 + j} 000 personnes ont manifesté le {j + 1} mai 2025 à Metz."
                for j in range(12)
            )
            (corpus / f"more{i:02d}.txt").write_text(" ".join(sentences) + "\n")
        out = disk / "out"
        out.mkdir()
        filler = disk / "filler"
        free = shutil.disk_usage(disk).free
        filler.write_bytes(b"x" * (free - 80_000))
        argv = ["extract", str(corpus), "--out", str(out), "--batch-size", "2"]
        capsys.readouterr()
        assert main(argv + ["--quiet"]) == 4
        err = capsys.readouterr().err
        assert len(err.strip().splitlines()) == 1 and "No space left on device" in err, err
        assert err.startswith("pipeline: error: output failed:")
        assert not (out / "run.json").exists() and not list(out.glob("*.csv"))
        manifest = (out / ".staging" / "manifest.jsonl").read_bytes().splitlines()
        assert len(manifest) > 2  # it failed mid-run, after some checkpoints
        for staged in (out / ".staging").glob("*.csv"):  # staged rows are whole: rolled back to a row end
            assert staged.read_bytes().endswith(b"\r\n"), staged.name
        filler.unlink()
        assert main(argv + ["--quiet", "--resume"]) == 1
        run = json.loads((out / "run.json").read_text())
        assert run["status"] == "complete"
        articles = [f"0{i}.txt" for i in range(5)] + [f"more{i:02d}.txt" for i in range(12)]
        accounting(
            out,
            [f"in/{a}" for a in articles] + ["j0", "j1", "j2"],
            [
                ("in/empty.txt", "", "EmptyFile"),
                ("in/feed.jsonl", "2", "BadJSON"),
                ("in/feed.jsonl", "5", "DuplicateId"),
            ],
        )
    finally:
        subprocess.run(["umount", str(disk)], capture_output=True)
