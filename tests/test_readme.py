"""The README schema section is the schema module's; its quick-start test command is the one CI runs."""

import re

import pandas
import pytest
from conftest import ROOT

from pipeline.schema import markdown


def test_readme_schema_in_sync():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = re.search(r"<!-- schema:start -->\n(.*)<!-- schema:end -->", readme, re.S)
    assert section, "README has no schema section"
    assert section.group(1) == markdown(), "README schema is stale: regenerate it with `pipeline schema`"


def test_ci_runs_the_readme_test_command():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = re.findall(r"```bash\n(.*?)\n```", readme, re.S)
    assert len(commands) >= 2
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert commands[1] in ci


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
