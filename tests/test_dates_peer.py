"""The peer-style dates probe (issue 23, sixth round): ``tests/data/dates_probe_peer.txt`` (and its second
batch, ``dates_probe_peer_second.txt``) holds short time expressions, each with its reference time, TimeML
type and value, written and annotated here before the pipeline was run on them; the ``.jsonl`` beside each
holds the same cases in the format of ``../shared/eval/duckling_fr_time.jsonl``, which ``pipeline evaluate``
scores as time cases. Regenerate the JSONL after editing a text file with ``python
tests/test_dates_peer.py``.
"""

import re
from pathlib import Path

import pytest
from test_dates_probe import as_jsonl

HERE = Path(__file__).parent / "data"
NAMES = ("dates_probe_peer", "dates_probe_peer_second")
GRAINS = (
    (r"\d{4}", "Year"),
    (r"\d{4}-\d\d", "Month"),
    (r"\d{4}-W\d\d", "Week"),
    (r"\d{4}-\d\d-\d\d", "Day"),
    (r"\d{4}-\d\d-\d\dT\d\d", "Hour"),
    (r"\d{4}-\d\d-\d\dT\d\d:\d\d", "Minute"),
)


def grain(value: str | None) -> str:
    """Duckling's grain of a point as written (a set or a duration: by its unit, else Day)."""
    for pattern, name in GRAINS:
        if value and re.fullmatch(pattern, value):
            return name
    return "Day"


def cases(name: str) -> list[dict]:
    """The cases, one per line (``REF_TIME<TAB>TYPE<TAB>VALUE<TAB>phrase``; ``#`` lines are notes)."""
    out = []
    for line in (HERE / f"{name}.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        ref, timeml, value, text = line.split("\t")
        if ".." in value:
            start, end = (v or None for v in value.split(".."))
            kind = "interval" if start and end else "open_interval"
            value, point = {"start": start, "end": end}, start or end
        else:
            kind, point = ("duration" if timeml == "DURATION" else "datetime"), value
        out.append(
            {
                "id": f"{name}-{len(out) + 1:03d}",
                "dct": ref[:10],
                "ref_time": ref + ":00",
                "text": text,
                "grain": grain(point),
                "kind": kind,
                "value": value,
                "type": timeml,
            }
        )
    return out


@pytest.mark.parametrize("name", NAMES)
def test_the_cases_file_is_the_text(name):
    assert (HERE / f"{name}.jsonl").read_text(encoding="utf-8") == as_jsonl(cases(name))


@pytest.mark.parametrize("name", NAMES)
def test_every_case_has_a_timeml_type_and_a_value_duckling_writes(name):
    from pipeline.evaluate.timecases import read

    read(HERE / f"{name}.jsonl")
    found = cases(name)
    assert len(found) >= 60
    assert {c["type"] for c in found} == {"DATE", "TIME", "DURATION", "SET"}
    for c in found:
        assert c["text"] == c["text"].strip()
        if c["kind"] == "duration":
            assert re.fullmatch(r"P(?:\d+[YMWD])*(?:T(?:\d+[HMS])+)?", c["value"])


if __name__ == "__main__":
    for name in NAMES:
        (HERE / f"{name}.jsonl").write_text(as_jsonl(cases(name)), encoding="utf-8")
