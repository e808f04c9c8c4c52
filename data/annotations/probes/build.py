"""Build each probe file NAME.jsonl (GUIDELINES.md format) from the inline markup in NAME.md, with the builder
of data/annotations/build.py.

python data/annotations/probes/build.py
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("annotations_build", HERE.parent / "build.py")
_build = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_build)


def outputs() -> dict[Path, str]:
    """Each NAME.md of this folder and the jsonl text it builds."""
    return {
        md.with_suffix(".jsonl"): _build.render(_build.build(md))
        for md in sorted(HERE.glob("*.md"))
        if md.name != "README.md"
    }


if __name__ == "__main__":
    for path, text in outputs().items():
        path.write_text(text, encoding="utf-8")
