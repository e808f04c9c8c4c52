"""Issue 22, changed inputs on resume: every change to the inputs since an interrupted (or complete) run is
refused by ``--resume`` with exit 2 and one line naming the file, on one machine and on the Dask engine;
never tables mixing old and new rows without a word. Written before the fix (the renamed file, the complete
job, the publication cut short and the Dask engine failed then)."""

from __future__ import annotations

import json
import os
import signal

import pandas as pd
import pytest
from test_trust import GOOD, _extract, _interrupted_run

from pipeline.writers import read_table

pytestmark = pytest.mark.model


def _corpus(src):
    src.mkdir()
    lines = [json.dumps({"id": f"j{i}", "text": f"{GOOD} ({i})"}) for i in range(6)]
    (src / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (src / "a.txt").write_text(GOOD, encoding="utf-8")
    (src / "b.txt").write_text(GOOD.replace("Metz", "Toul"), encoding="utf-8")


def _same_stat_edit(path, old: str, new: str) -> None:
    """Replace ``old`` by ``new`` (same length) keeping the file's size and mtime: only its content tells."""
    st = os.stat(path)
    path.write_text(path.read_text(encoding="utf-8").replace(old, new, 1), encoding="utf-8")
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert os.stat(path).st_size == st.st_size


CHANGES = {
    "first line edited": (
        lambda src: _same_stat_edit(src / "feed.jsonl", '"j0"', '"k0"'),
        "in/feed.jsonl changed since the interrupted run (content)",
    ),
    "renamed": (
        lambda src: os.rename(src / "a.txt", src / "c.txt"),
        "in/a.txt was renamed in/c.txt since the interrupted run",
    ),
}


@pytest.mark.parametrize("change", list(CHANGES))
def test_resume_refuses_a_renamed_or_edited_input(tmp_path, nlp, monkeypatch, capsys, change):
    src, out = tmp_path / "in", tmp_path / "out"
    _corpus(src)
    argv = [str(src), "--out", str(out), "--batch-size", "2"]
    _interrupted_run(monkeypatch, argv, after=4)
    spoil, says = CHANGES[change]
    spoil(src)
    capsys.readouterr()
    assert _extract(argv + ["--resume"]) == 2
    assert capsys.readouterr().err == (
        f"pipeline: error: cannot resume: {says}; run without --resume to start again\n"
    )
    assert not (out / "run.json").exists() and (out / ".staging" / "manifest.jsonl").exists()


def test_resume_of_a_complete_job_whose_inputs_changed_is_refused(tmp_path, nlp, capsys):
    src, out = tmp_path / "in", tmp_path / "out"
    _corpus(src)
    argv = [str(src), "--out", str(out)]
    assert _extract(argv) == 0
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    assert _extract(argv + ["--resume"]) == 0  # unchanged: nothing to do
    _same_stat_edit(src / "b.txt", "Toul", "Gray")
    capsys.readouterr()
    assert _extract(argv + ["--resume"]) == 2
    assert capsys.readouterr().err == (
        "pipeline: error: cannot resume: in/b.txt changed since the complete run (content); "
        "run without --resume to start again\n"
    )
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == before  # nothing replaced
    assert _extract(argv) == 0
    assert "Gray" in read_table(out, "entities")["text"].tolist()


def test_a_publication_cut_short_is_not_finished_over_changed_inputs(tmp_path, nlp, monkeypatch, capsys):
    """A crash while publishing (a table moved, run.json not yet written), then an input removed: resuming
    would publish the tables of a file that is gone."""
    from pipeline import output

    src, out = tmp_path / "in", tmp_path / "out"
    _corpus(src)
    argv = [str(src), "--out", str(out)]
    real = os.replace

    def crash_after_one_table(a, b):
        real(a, b)
        if str(b).endswith(".csv") and ".staging" not in str(b):
            raise KeyboardInterrupt

    with monkeypatch.context() as m:
        m.setattr(output.os, "replace", crash_after_one_table)
        assert _extract(argv) == 128 + signal.SIGINT
    assert (out / ".staging" / "publish.json").exists() and not (out / "run.json").exists()
    (src / "a.txt").unlink()
    capsys.readouterr()
    assert _extract(argv + ["--resume"]) == 2
    assert capsys.readouterr().err == (
        "pipeline: error: cannot resume: in/a.txt was removed since the interrupted run; "
        "run without --resume to start again\n"
    )
    assert not (out / "run.json").exists()
    assert _extract(argv) == 0
    assert "in/a.txt" not in read_table(out, "articles")["doc_id"].tolist()


def test_killed_runs_resumed_over_changed_inputs(nlp, tmp_path):
    """The fault campaign's changed-input trials (``tests/faults.py``): killed by SIGKILL, SIGTERM or SIGINT
    at random points, the inputs changed in each of five ways, resumed: refused naming the file, or (nothing
    staged yet) the tables of the changed inputs; then a run without --resume gives those."""
    from faults import CHANGES, changed_campaign

    results = changed_campaign(tmp_path, trials=10, seed=5)
    problems = [r for r in results if r["problems"]]
    assert problems == [], json.dumps(problems, indent=1)
    assert {r["change"] for r in results} == set(CHANGES)
    assert [r for r in results if r["resume_status"] == 2], json.dumps(results, indent=1)


# --- the Dask engine fingerprints its inputs too ------------------------------------------------------------

from test_dask import cluster  # noqa: E402, F401  (a scheduler and two workers on 127.0.0.1)


def test_dask_resume_refuses_changed_inputs(cluster, nlp, tmp_path, monkeypatch):  # noqa: F811
    """Every partition done, the publication interrupted; then a text file edited (same size and mtime: the
    plan is the same), or removed: the resume refuses naming it. Put back as it was, the resume finishes to
    the tables of one process."""
    import pipeline
    from pipeline.engines import dask as engine
    from pipeline.engines.parts import Output
    from pipeline.schema import TABLES

    src, out = tmp_path / "in", tmp_path / "out"
    _corpus(src)
    with monkeypatch.context() as m:
        m.setattr(Output, "publish", lambda self, run: (_ for _ in ()).throw(KeyboardInterrupt()))
        with pytest.raises(KeyboardInterrupt):
            engine.run([str(src)], str(out), client=cluster, partitions=3)
    assert (out / ".staging" / "inputs.json").exists()
    text = (src / "b.txt").read_bytes()
    st = os.stat(src / "b.txt")
    _same_stat_edit(src / "b.txt", "Toul", "Gray")
    with pytest.raises(ValueError) as e:
        engine.run([str(src)], str(out), client=cluster, partitions=3, resume=True)
    assert str(e.value) == "cannot resume: in/b.txt changed since the interrupted run (content)"
    (src / "b.txt").rename(tmp_path / "b.txt")
    with pytest.raises(ValueError, match=r"^cannot resume: in/b.txt was removed since the interrupted run$"):
        engine.run([str(src)], str(out), client=cluster, partitions=3, resume=True)
    (tmp_path / "b.txt").write_bytes(text)
    (tmp_path / "b.txt").rename(src / "b.txt")
    os.utime(src / "b.txt", ns=(st.st_atime_ns, st.st_mtime_ns))
    run = engine.run([str(src)], str(out), client=cluster, partitions=3, resume=True)
    assert run["resumed"] == {"partitions_already_done": run["partitions"]}
    reference = pipeline.extract([src])
    for name in TABLES:
        got = pd.read_parquet(out / name)
        pd.testing.assert_frame_equal(got, reference[name].reset_index(drop=True), obj=name)


def test_a_kill_while_the_staging_area_goes_leaves_the_tables_whole(tmp_path, nlp, monkeypatch, capsys):
    """Killed while removing the staging area after publishing (run.json written): what rmtree had not yet
    removed (the job and its manifest, say) is no job to resume; the complete run is kept, and its inputs
    are still compared."""
    import shutil

    from pipeline import output

    src, out = tmp_path / "in", tmp_path / "out"
    _corpus(src)
    argv = [str(src), "--out", str(out)]

    def killed_midway(path, ignore_errors=False):  # the tables' files and publish.json gone, the rest left
        for p in sorted(os.listdir(path)):
            if p not in (output.JOB, output.MANIFEST, output.INPUTS):
                q = os.path.join(path, p)
                shutil.rmtree(q) if os.path.isdir(q) else os.unlink(q)
        raise KeyboardInterrupt

    with monkeypatch.context() as m:
        m.setattr(output.shutil, "rmtree", killed_midway)
        assert _extract(argv) == 128 + signal.SIGINT
    tables = {p.name: p.read_bytes() for p in out.glob("*.csv")}
    assert json.loads((out / "run.json").read_text(encoding="utf-8"))["status"] == "complete"
    assert _extract(argv + ["--resume"]) == 0
    assert {p.name: p.read_bytes() for p in out.glob("*.csv")} == tables
    assert not (out / ".staging").exists()  # cleared
    (src / "b.txt").unlink()
    capsys.readouterr()
    assert _extract(argv + ["--resume"]) == 2
    assert "cannot resume: in/b.txt was removed since the complete run" in capsys.readouterr().err
