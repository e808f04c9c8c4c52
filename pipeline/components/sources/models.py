"""The value objects of ``news_sources``: plain data, no spaCy objects (token indices and character
offsets only), so that they can be compared, copied and sent across processes."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Quote:
    """A direct quotation whose marks are tokens of their own. A quotation left open runs to the end of its
    paragraph (``closed`` false: ``close_char`` is that end, ``close_tok`` the first token after it); one
    whose opening mark is before the text starts with its paragraph (``opened`` false: ``open_char`` is the
    paragraph's first character, ``open_tok`` the token before it)."""

    open_char: int  # the opening mark
    close_char: int  # the closing mark
    inner_start: int  # the quoted words, without the marks and the spaces inside them
    inner_end: int
    open_tok: int
    close_tok: int
    opened: bool = True
    closed: bool = True


@dataclass
class Attribution:
    """One attribution: who (the mention) says what (the content) through which cue; character offsets,
    except ``head`` and ``verb`` (token indices)."""

    kind: str  # selon, verb or quote
    cue: tuple[int, int]
    mention: tuple[int, int] | None = None
    head: int | None = None  # token index of the mention's head
    content: tuple[int, int] | None = None
    relay: str | None = None
    anonymous: bool = False
    hedge_cue: bool = False  # the cue names no source ("selon des informations"): what it covers is hedged
    verb: int | None = None  # token index of the reporting verb
    name: str | None = None
    name_label: str | None = None
    role: str | None = None
    source_type: str | None = None
    extra: dict = field(default_factory=dict)
