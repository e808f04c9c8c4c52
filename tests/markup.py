"""Inline markup for test cases, one case per line (after edsnlp's test style).

    "Il y a <fig value=25000 unit=travailleur>25 000</fig> travailleurs."

``parse`` returns the plain text and the expected spans, each with its tag, offsets and attributes.
Attribute values: ``null`` -> None, numbers -> float, ``true``/``false`` -> bool, quoted or bare strings.
Tags may nest and must not cross.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

TAG = re.compile(r"<(/?)([a-z_]+)((?:\s+[a-z_]+=(?:'[^']*'|\"[^\"]*\"|[^\s>]+))*)\s*>")
ATTR = re.compile(r"([a-z_]+)=('[^']*'|\"[^\"]*\"|[^\s>]+)")


@dataclass
class Expected:
    tag: str
    start: int
    end: int
    text: str
    attrs: dict = field(default_factory=dict)


def _value(raw: str):
    if raw[:1] in "'\"":
        return raw[1:-1]
    if raw == "null":
        return None
    if raw in ("true", "false"):
        return raw == "true"
    try:
        return float(raw)
    except ValueError:
        return raw


def parse(marked: str) -> tuple[str, list[Expected]]:
    text, spans, stack, pos = [], [], [], 0
    length = 0
    for m in TAG.finditer(marked):
        chunk = marked[pos : m.start()]
        text.append(chunk)
        length += len(chunk)
        pos = m.end()
        closing, tag, attrs = m.group(1), m.group(2), m.group(3)
        if closing:
            if not stack or stack[-1][0] != tag:
                raise ValueError(f"unbalanced </{tag}> in {marked!r}")
            _, start, parsed = stack.pop()
            spans.append(Expected(tag, start, length, "", parsed))
        else:
            stack.append((tag, length, {k: _value(v) for k, v in ATTR.findall(attrs)}))
    if stack:
        raise ValueError(f"unclosed <{stack[-1][0]}> in {marked!r}")
    text.append(marked[pos:])
    plain = "".join(text)
    for s in spans:
        s.text = plain[s.start : s.end]
    spans.sort(key=lambda s: (s.start, -s.end))
    return plain, spans
