"""Text to the terminal's width: sentences wrapped, never a word broken in the middle.

The width is the terminal's (COLUMNS when set), 80 when the output is not a terminal, and
at most MAX_WIDTH: prose much wider than that is hard to follow from one line to the next.
"""

from __future__ import annotations

import re
import shutil
import textwrap

DEFAULT_WIDTH = 80  # not a terminal
MAX_WIDTH = 100
MIN_WIDTH = 40  # a narrower terminal still gets lines this long rather than a word a line
_BULLET = re.compile(r"(?:[-*]|\d+[.)]) ")
_CODE_SPAN = re.compile(r"`[^`\n]*`")
_NO_BREAK = "\x00"  # stands for a space inside `code` while wrapping: code stays whole


def width() -> int:
    columns = shutil.get_terminal_size((DEFAULT_WIDTH, 24)).columns
    return max(MIN_WIDTH, min(columns or DEFAULT_WIDTH, MAX_WIDTH))


def wrap(text: str, indent: str = "", first: str | None = None,
         columns: int | None = None) -> str:
    """One paragraph (its line breaks are spaces) wrapped to the width: the first line
    starts with `first` (default `indent`), the others with `indent`. Spaces between words
    are kept, but none is left at a line's end."""
    wide = columns or width()
    shielded = _CODE_SPAN.sub(lambda match: match.group().replace(" ", _NO_BREAK), text)
    lines = textwrap.wrap(shielded.strip(), width=wide,
                          initial_indent=indent if first is None else first,
                          subsequent_indent=indent, break_long_words=False,
                          break_on_hyphens=False)
    return "\n".join(lines).replace(_NO_BREAK, " ") or (first or indent).rstrip()


def reflow(text: str, columns: int | None = None) -> str:
    """A statement written with its own line breaks, re-wrapped to the width: paragraphs
    and list items (`- `, `1. `, continued by indented lines) flow again; a line indented
    by four spaces or more, and anything between ``` fences, is code and stays as it is."""
    out: list[str] = []
    block: list[str] = []  # the lines of the paragraph or list item being read
    first = indent = ""
    fenced = False

    def flush() -> None:
        if block:
            out.append(wrap(" ".join(block), indent, first, columns))
            block.clear()

    for line in text.splitlines():
        stripped = line.strip()
        if stripped.startswith("```") or fenced:
            flush()
            out.append(line)
            fenced = fenced != stripped.startswith("```")
        elif not stripped:
            flush()
            out.append("")
        elif line.startswith("    ") and not block:
            out.append(line)
        elif (bullet := _BULLET.match(line.lstrip())) is not None:
            flush()
            lead = line[:len(line) - len(line.lstrip())]
            first, indent = lead + bullet.group(), " " * (len(lead) + len(bullet.group()))
            block.append(line.lstrip()[bullet.end():])
        elif line.startswith(" ") and block:
            block.append(stripped)  # a list item or paragraph goes on
        else:
            if block and first != indent:  # a list item ended: a paragraph starts
                flush()
            if not block:
                first = indent = ""
            block.append(stripped)
    flush()
    return "\n".join(out)
