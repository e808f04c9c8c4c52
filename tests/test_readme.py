"""The README schema section is the schema module's; its quick-start test command is the one CI runs."""

import re
import subprocess

import pandas
import pytest
from conftest import ROOT

from pipeline.schema import markdown


def test_readme_schema_in_sync():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = re.search(r"<!-- schema:start -->\n(.*)<!-- schema:end -->", readme, re.S)
    assert section, "README has no schema section"
    assert section.group(1) == markdown(), "README schema is stale: regenerate it with `pipeline schema`"


def test_ci_runs_the_readme_commands_literally():
    """.ci/run reads the two Quick start commands from the README (its readme_command function) and runs
    them: the first in a fresh clone, the second here."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    quick = readme[readme.index("## Quick start") :]
    commands = re.findall(r"```bash\n(.*?)\n```", quick, re.S)[:2]
    assert "pip install . " in commands[0] and "pipeline extract seeds data/articles" in commands[0]
    assert "pytest" in commands[1]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    function = re.search(r"^readme_command\(\) \{\n.*?^\}\n", ci, re.S | re.M).group(0)
    for k, command in enumerate(commands):
        out = subprocess.run(
            ["bash", "-c", f"{function}\nreadme_command {k}"], cwd=ROOT, capture_output=True, text=True
        )
        assert out.stdout.strip() == command.strip(), out.stderr
    assert 'bash -euo pipefail -c "$first"' in ci and 'bash -euo pipefail -c "$second"' in ci


@pytest.mark.model
def test_the_notebook_example_runs_and_answers_who_said_each_figure(tmp_path, monkeypatch):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    (example,) = re.findall(r"## Python API \(notebooks\)\n\n```python\n(.*?)\n```", readme, re.S)
    for folder in ("seeds", "data"):
        (tmp_path / folder).symlink_to(ROOT / folder)
    monkeypatch.chdir(tmp_path)  # the example's relative paths, and its "out" folder, live here
    scope: dict = {}
    exec(compile(example, "README.md", "exec"), scope)
    figures = pandas.read_parquet(tmp_path / "out" / "figures.parquet")
    seed = figures[figures["doc_id"].str.startswith("seeds/")].set_index("text")
    assert seed.loc["25 000", ["source_name", "source_type"]].tolist() == ["NHK World", "media"]
    assert not any("annotations" in d for d in figures["doc_id"])  # gold files are not articles
    last = scope["tables"].figures  # the example's extract_text
    assert last[["text", "source_name"]].values.tolist() == [["3 000", "préfecture"]]
    assert scope["doc"].spans["figures"][0].text == "3 000"
