"""A non-editable install works: the wheel ships every module and the pipeline definition, and its `pipeline`
command extracts the seed article from outside the checkout (issue 20: a hand-written package list once missed
``pipeline.components.dates.rules`` while every test passed on the editable install)."""

import csv
import shutil
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest
from conftest import ROOT, SEED

WHERE = "import pipeline, pipeline.resources as r; print(pipeline.__file__, r.models_dir())"


def _modules_on_disk() -> set[str]:
    return {
        str(p.relative_to(ROOT).with_suffix("")).replace("/", ".") for p in (ROOT / "pipeline").rglob("*.py")
    }


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """Built from a copy of the tree without build leftovers (a stale ``build/`` hides a missing package)."""
    src = tmp_path_factory.mktemp("src") / "pipeline"
    junk = shutil.ignore_patterns(
        "build", "dist", ".venv", "*.egg-info", "__pycache__", ".git", "out", ".*cache"
    )
    shutil.copytree(ROOT, src, ignore=junk)
    out = tmp_path_factory.mktemp("wheel")
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(out), str(src)],
        capture_output=True,
        text=True,
    )
    assert build.returncode == 0, build.stderr[-3000:]
    (whl,) = out.glob("pipeline-*.whl")
    return whl


def test_wheel_ships_every_module_and_resource(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    shipped = {n[: -len(".py")].replace("/", ".") for n in names if n.endswith(".py")}
    assert _modules_on_disk() - shipped == set()
    resources = {str(p.relative_to(ROOT)) for p in (ROOT / "models").rglob("*") if p.is_file()}
    assert {"pipeline/" + r for r in resources} - names == set()
    assert "pipeline/report/templates/index.html" in names and "pipeline/report/static/report.css" in names


@pytest.mark.model
def test_wheel_installed_in_a_fresh_venv_extracts_the_seed(wheel, tmp_path):
    """The wheel in a new venv (its dependencies reached through a path file pointing at this environment's
    site-packages, so no download; the editable finder there is not loaded) runs `pipeline extract`."""
    env = tmp_path / "venv"
    venv.create(env, with_pip=True)
    python = env / "bin" / "python"
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    (Path(site) / "_deps_from_test_env.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    install = subprocess.run(
        [str(python), "-m", "pip", "install", "-q", "--no-deps", "--no-index", str(wheel)],
        capture_output=True,
        text=True,
    )
    assert install.returncode == 0, install.stderr[-3000:]
    where = subprocess.run(
        [str(python), "-c", WHERE],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert where.returncode == 0, where.stderr[-3000:]
    module, models = where.stdout.split()
    assert module.startswith(site) and models == str(Path(site) / "pipeline" / "models")

    out = tmp_path / "out"
    run = subprocess.run(
        [str(env / "bin" / "pipeline"), "extract", str(ROOT / "seeds"), "--out", str(out), "--quiet"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    with open(out / "articles.csv", encoding="utf-8") as f:
        articles = list(csv.DictReader(f))
    assert [a["doc_id"] for a in articles] == [f"seeds/{SEED.name}"]
    with open(out / "errors.csv", encoding="utf-8") as f:
        assert list(csv.DictReader(f)) == []
    with open(out / "figures.csv", encoding="utf-8") as f:
        assert len(list(csv.DictReader(f))) > 5
