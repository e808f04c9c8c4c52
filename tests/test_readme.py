"""The README schema section is the schema module's; its quick-start test command is the one CI runs."""

import re

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
