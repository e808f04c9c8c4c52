"""Our held-out gold (data/annotations): the JSONL is built from the markup, and its spans are consistent."""

import importlib.util
import json

import pytest
from conftest import ROOT

HERE = ROOT / "data" / "annotations"


def load_builder():
    spec = importlib.util.spec_from_file_location("build", HERE / "build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_jsonl_is_built_from_markup():
    build = load_builder()
    expected = build.render(build.build(HERE / "heldout.md"))
    assert (HERE / "heldout.jsonl").read_text(encoding="utf-8") == expected, "run data/annotations/build.py"


PROBES = sorted((HERE / "probes").glob("*.jsonl"))


def test_probes_are_built_from_markup():
    spec = importlib.util.spec_from_file_location("probes_build", HERE / "probes" / "build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    built = module.outputs()
    sources = {m.stem for m in (HERE / "probes").glob("*.md") if m.name != "README.md"}
    assert sorted(built) == PROBES and {p.stem for p in PROBES} == sources and len(PROBES) >= 5
    for path, text in built.items():
        assert path.read_text(encoding="utf-8") == text, "run data/annotations/probes/build.py"


@pytest.mark.parametrize("path", [HERE / "heldout.jsonl", *PROBES], ids=lambda p: p.name)
def test_gold_spans_are_consistent(path):
    docs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert len(docs) >= 8
    for d in docs:
        text = d["text"]
        for t in d["timex"]:
            assert text[t["start"] : t["end"]] == t["text"] and t["type"] in {
                "DATE",
                "TIME",
                "DURATION",
                "SET",
            }
        for f in d["figures"]:
            assert text[f["start"] : f["end"]].strip() == text[f["start"] : f["end"]]
            assert f["source"] is None or 0 <= f["source"] < len(d["attributions"])
            if f["value"] is not None and f["qualifier"] in (None, "approx"):
                assert f["low"] == f["high"] == f["value"]
        for a in d["attributions"]:
            assert a["kind"] in {"selon", "verb", "quote"} and a["cue"] and a["content"]
