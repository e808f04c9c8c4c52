"""A non-editable install ships the pipeline definition (models/ as pipeline.models) and finds it."""

import subprocess
import sys

import pytest
from conftest import ROOT


@pytest.mark.model
def test_installed_package_finds_its_config(tmp_path):
    target = tmp_path / "site"
    build = subprocess.run(
        [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(target), str(ROOT)],
        capture_output=True,
        text=True,
    )
    assert build.returncode == 0, build.stderr[-2000:]
    code = (
        "import sys; sys.path.insert(0, sys.argv[1]); import pipeline.resources as r; "
        "d = r.models_dir(); print(d); assert (d / 'config.cfg').exists(); "
        "assert (d / 'figures' / 'units.tsv').exists() and (d / 'shared' / 'names.tsv').exists()"
    )
    run = subprocess.run(
        [sys.executable, "-c", code, str(target)], capture_output=True, text=True, cwd=tmp_path
    )
    assert run.returncode == 0, run.stderr[-2000:]
    assert run.stdout.strip() == str(target / "pipeline" / "models")
