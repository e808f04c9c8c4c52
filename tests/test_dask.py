"""The Dask engine: every record once, the same rows as one process, on a real scheduler and two workers.

The planning test needs no cluster and no model: whatever the number of partitions, reading them gives the
Records and ReadErrors of ``read_inputs``, in the same order. The cluster tests start ``dask scheduler``
and two ``dask worker`` processes on 127.0.0.1 (each loads the model once, ~5 s), kill a worker in the
middle of a run, interrupt and resume another, and compare every table with the single-process run.
"""

import json
import os
import signal
import subprocess
import sys
import threading
import time

import pandas as pd
import pytest
from conftest import ROOT

import pipeline
from pipeline.engines import dask as engine
from pipeline.engines.parts import DONE, Output
from pipeline.engines.plan import local_plan, read_partition
from pipeline.readers import Record, read_inputs
from pipeline.schema import TABLES


def write_corpus(root, n=60):
    """A folder holding what the readers must get right, around one JSONL file that will be cut."""
    texts = [r for r in read_inputs([ROOT / "seeds", ROOT / "data" / "articles"]) if isinstance(r, Record)]
    wire = root / "wire"
    (wire / "sub").mkdir(parents=True)
    lines = []
    for i in range(n):
        t = texts[i % len(texts)]
        rec = {"text": t.text, "published": t.published, "title": t.title}
        if i % 5:
            rec["id"] = f"wire-{i}"
        if i % 17 == 3:
            rec["id"] = "wire-1"  # a duplicate id, far from the first one
        lines.append(json.dumps(rec, ensure_ascii=False))
        if i % 13 == 7:
            lines += ["", '{"text": "coupé', json.dumps({"id": f"notext-{i}"})]
    lines.append(json.dumps({"id": "sub/a.txt", "text": "Un article qui reprend le nom d'un fichier."}))
    (wire / "big.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (wire / "sub" / "a.txt").write_text("Titre\n\nSelon la préfecture, 3 000 personnes ont défilé.\n")
    (wire / "sub" / "list.json").write_text(
        json.dumps([{"id": "wire-2", "text": "Doublon."}, {"text": "Deux."}])
    )
    (wire / "sub" / "empty.txt").write_text("")
    (wire / "sub" / "blank.jsonl").write_text("\n \n" * 3000)
    (wire / "sub" / "junk.jsonl").write_bytes(b"\x00\x01\x02" * 3000)
    (wire / "sub" / "cp1252.jsonl").write_bytes(
        "\n".join(
            json.dumps({"text": f"Réunion à Noël, {i} élus."}, ensure_ascii=False) for i in range(30)
        ).encode("cp1252")
    )
    (wire / ".hidden.txt").write_text("jamais lu")
    (wire / "sub" / "table.csv").write_text('id,text\nwire-3,"Doublon, en CSV."\ncsv-1,Un article.\n')
    (wire / "sub" / "notes.xml").write_text("<a/>")
    return [wire, ROOT / "seeds", ROOT / "data" / "articles"]


def test_partitions_read_what_read_inputs_reads(tmp_path):
    inputs = write_corpus(tmp_path)
    expected = list(read_inputs(inputs))
    for n in (1, 2, 3, 7, 16, 60, 400):
        parts = local_plan(inputs, n)
        assert sum(not u.whole for p in parts for u in p.units) >= (n > 2), "the JSONL file is cut"
        got = [item for p in parts for item in read_partition(p)]
        assert got == expected, n
        assert sum(p.records for p in parts) == len(expected)


def test_urls_are_read_as_paths(tmp_path):
    inputs = write_corpus(tmp_path)
    expected = list(read_inputs(inputs))
    for n in (1, 7):
        parts = local_plan([f"file://{p}" for p in inputs], n)
        assert [item for p in parts for item in read_partition(p)] == expected


def test_tables_written_through_fsspec():
    import fsspec

    out = Output("memory://pipeline-test/out")
    out.check_writable()
    out.start({"job": 1}, resume=False)
    for i in range(2):
        writer = out.writer(i)
        writer.write({"articles": [{"doc_id": f"a{i}", "n_chars": 3}]})
        writer.commit({"partition": i, "records": 1})
    assert sorted(out.start({"job": 1}, resume=True)) == [0, 1]
    out.publish({"counts": {}})
    fs = fsspec.filesystem("memory")
    assert json.loads(fs.cat_file("/pipeline-test/out/run.json"))["status"] == "complete"
    assert not fs.exists("/pipeline-test/out/.staging")
    assert list(pd.read_parquet("memory://pipeline-test/out/articles").doc_id) == ["a0", "a1"]
    fs.rm("/pipeline-test", recursive=True)


def test_a_publication_cut_short_is_finished_by_resuming(tmp_path):
    out = Output(str(tmp_path / "out"))
    out.check_writable()
    (tmp_path / "out" / "articles.csv").write_text("doc_id\r\n")  # a one-machine run's table
    assert out.start({"job": 1}, resume=False) == {}
    for i in range(2):
        writer = out.writer(i)
        writer.write({"articles": [{"doc_id": f"a{i}", "n_chars": 3}]})
        writer.commit({"partition": i, "records": 1})
    first, second = list(TABLES)[:2]
    for name in (first, second):  # what a publication killed after two tables leaves
        os.replace(os.path.join(out.staging, name), out.path(name))
    done = out.start({"job": 1}, resume=True)
    assert sorted(done) == [0, 1]
    out.publish({"counts": {}})
    assert json.loads((tmp_path / "out" / "run.json").read_text(encoding="utf-8"))["status"] == "complete"
    assert not (tmp_path / "out" / ".staging").exists() and not (tmp_path / "out" / "articles.csv").exists()
    for name in TABLES:
        assert sorted(os.listdir(out.path(name))) == ["part-00000.parquet", "part-00001.parquet"]
    assert list(pd.read_parquet(out.path("articles")).doc_id) == ["a0", "a1"]


def test_resume_never_replaces_a_finished_job_of_another_kind(tmp_path):
    """A complete one-machine CSV job in DIR, then ``--engine dask --resume`` on it: refused (exit 2), the
    tables kept."""
    (tmp_path / "out").mkdir()
    local = {"inputs": ["/in"], "config_sha256": "x", "format": "csv", "text_column": "text"}
    run = {"status": "complete", "format": "csv", "job": local, "counts": {"articles": 0}}
    (tmp_path / "out" / "run.json").write_text(json.dumps(run), encoding="utf-8")
    (tmp_path / "out" / "articles.csv").write_text("doc_id\r\n")
    out = Output(str(tmp_path / "out"))
    dask_job = {"engine": "dask", "inputs": ["/in"], "config_sha256": "x", "format": "parquet"}
    with pytest.raises(ValueError, match=r"holds a complete job of another kind \(engine, format, "):
        out.start(dask_job, resume=True)
    assert sorted(os.listdir(tmp_path / "out")) == ["articles.csv", "run.json"]
    run["job"] = dask_job  # the same job, complete: nothing to refuse
    (tmp_path / "out" / "run.json").write_text(json.dumps(run), encoding="utf-8")
    assert out.start(dask_job, resume=True) == {}


# --- on a real cluster ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    """``dask scheduler`` and two ``dask worker`` processes (each with its nanny) on 127.0.0.1."""
    from distributed import Client

    tmp = tmp_path_factory.mktemp("cluster")
    file = tmp / "scheduler.json"
    dask = [sys.executable, "-m", "dask"]
    logs = open(tmp / "cluster.log", "w")
    procs = [
        subprocess.Popen(
            [
                *dask,
                "scheduler",
                "--host",
                "127.0.0.1",
                "--port",
                "0",
                "--no-dashboard",
                "--scheduler-file",
                file,
            ],
            stdout=logs,
            stderr=logs,
        )
    ]
    try:
        for _ in range(300):
            if file.exists():
                break
            time.sleep(0.1)
        for i in range(2):
            procs.append(
                subprocess.Popen(
                    [*dask, "worker", "--scheduler-file", file, "--nthreads", "1", "--host", "127.0.0.1"]
                    + ["--no-dashboard", "--name", f"w{i}", "--death-timeout", "60"],
                    stdout=logs,
                    stderr=logs,
                )
            )
        client = Client(scheduler_file=str(file), timeout=60)
        client.wait_for_workers(2, timeout=120)
        yield client
        client.close()
    finally:
        for p in reversed(procs):
            p.terminate()
        for p in reversed(procs):
            try:
                p.wait(timeout=20)
            except subprocess.TimeoutExpired:
                p.kill()
        logs.close()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    inputs = write_corpus(tmp_path_factory.mktemp("corpus"))
    return inputs, pipeline.extract(inputs)  # the single-process run


def assert_same_tables(out, reference):
    for name in TABLES:
        got = pd.read_parquet(os.path.join(out, name))
        pd.testing.assert_frame_equal(got, reference[name].reset_index(drop=True), obj=name)


def markers(out) -> list[str]:
    return os.listdir(os.path.join(Output(str(out)).staging, DONE))


@pytest.mark.model
def test_a_worker_killed_mid_run_loses_and_doubles_nothing(cluster, corpus, tmp_path):
    inputs, reference = corpus
    out = tmp_path / "out"
    pids = cluster.run(os.getpid)
    killed = {}

    def kill_one_busy_worker(client, parts):
        def killer():
            deadline = time.monotonic() + 120
            while time.monotonic() < deadline and not killed:
                busy = {a: keys for a, keys in client.processing().items() if keys}
                done = len(markers(out))
                if done and busy and done < len(parts) - 2:
                    address, keys = next(iter(busy.items()))
                    killed.update(address=address, keys=list(keys), done=done, of=len(parts))
                    os.kill(pids[address], signal.SIGKILL)
                time.sleep(0.02)

        threading.Thread(target=killer, daemon=True).start()

    run = engine.run(inputs, str(out), client=cluster, partitions=12, on_start=kill_one_busy_worker)
    assert killed, "no worker was killed mid-run"
    assert 0 < killed["done"] < killed["of"]
    assert killed["address"] not in cluster.scheduler_info()["workers"]
    assert run["status"] == "complete"
    on_disk = json.loads((out / "run.json").read_text(encoding="utf-8"))
    assert on_disk["status"] == "complete" and on_disk["counts"] == run["counts"]
    # every record once, in articles or errors, exactly as one process accounts them
    records = list(read_inputs(inputs))
    assert run["records"] == len(records) == len(reference.articles) + len(reference.errors)
    assert run["counts"] == {name: len(reference[name]) for name in TABLES}
    assert run["partitions_failed"] == []
    assert_same_tables(out, reference)
    assert pd.read_parquet(out / "articles").doc_id.is_unique
    assert not (out / ".staging").exists()
    for name in TABLES:  # one part per partition and table, nothing else
        assert sorted(os.listdir(out / name)) == [f"part-{i:05d}.parquet" for i in range(run["partitions"])]


@pytest.mark.model
def test_an_interrupted_run_resumes_to_the_same_tables(cluster, corpus, tmp_path):
    inputs, reference = corpus
    out = tmp_path / "out"

    def interrupt_after_first_partition(client, parts):
        def interrupter():
            while not markers(out):
                time.sleep(0.02)
            os.kill(os.getpid(), signal.SIGINT)

        threading.Thread(target=interrupter, daemon=True).start()

    with pytest.raises(KeyboardInterrupt):
        engine.run(inputs, str(out), client=cluster, partitions=12, on_start=interrupt_after_first_partition)
    state = json.loads((out / ".staging" / "run.json").read_text(encoding="utf-8"))
    assert state["status"] == "interrupted"
    assert not (out / "run.json").exists()
    done = len(markers(out))
    assert 0 < done
    with pytest.raises(ValueError, match="job differs"):
        engine.run(inputs[:1], str(out), client=cluster, partitions=12, resume=True)
    run = engine.run(inputs, str(out), client=cluster, partitions=12, resume=True, progress=True)
    assert run["resumed"]["partitions_already_done"] >= done
    assert run["counts"] == {name: len(reference[name]) for name in TABLES}
    assert_same_tables(out, reference)


@pytest.mark.model
def test_python_api_on_the_cluster(cluster):
    texts = [
        "Selon la préfecture, 3 000 personnes ont défilé hier à Nancy.",
        {
            "id": "b",
            "text": "Le budget atteindrait 2,5 millions d'euros, a indiqué le maire.",
            "published": "2024-05-02",
        },
        {"id": "b", "text": "Doublon."},
        {"title": "sans texte"},
    ]
    tables = pipeline.extract(texts, engine="dask", client=cluster)  # the API's hook to the engine
    reference = pipeline.extract(texts)
    for name in TABLES:
        pd.testing.assert_frame_equal(tables[name], reference[name].reset_index(drop=True), obj=name)
    lazy = engine.extract(texts, client=cluster, lazy=True)
    pd.testing.assert_frame_equal(
        lazy.figures.compute().reset_index(drop=True), reference.figures.reset_index(drop=True)
    )
