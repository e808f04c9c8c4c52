"""Build wire.jsonl (GUIDELINES.md format) from the inline markup in wire.md, with the builder of
data/annotations/build.py.

python data/annotations/wire/build.py
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("annotations_build", HERE.parent / "build.py")
_build = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_build)

if __name__ == "__main__":
    (HERE / "wire.jsonl").write_text(_build.render(_build.build(HERE / "wire.md")), encoding="utf-8")
