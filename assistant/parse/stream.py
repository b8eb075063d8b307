"""A document's blocks as one stream of lines of cells, the same whatever the format.

A real table row is a line of real cells (blank cells kept in place). A paragraph inside a table
region is split by content: a pipe row, a tab grid, or a run of space-separated tokens (PDF text),
where a label glued to its figures ("规章000") is cut from them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..readers.document import Block, Paragraph, Table
from .values import is_value

MAX_LINE_CELLS = 400


@dataclass
class Line:
    cells: list[str]
    block: int
    structured: bool  # real cells (a table row, a pipe or tab row): blanks are cells
    heads: list[str] | None = None  # a prose row: the words naming each figure ("本年制发", "现行有效")
    page_end: bool = False  # a page number or stamp follows: a row here may be cut, its cells in order

    @property
    def text(self) -> str:
        return "".join(self.cells)


_PIPE_SEPARATOR = re.compile(r"^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?$")
_GLUED = re.compile(r"^(.*?[^\d\s.,，、．:：(（\-－/])(\d+)$")
# A date or a time on a line of its own (a page's publication stamp) is not a figure of any table.
_STAMP = re.compile(r"^\d{4}\s*[-－/.年]\s*\d{1,2}\s*[-－/.月]\s*\d{1,2}\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$")
_PAGE_NUMBER = re.compile(r"^(?:[—\-－–]\s*\d{1,3}\s*[—\-－–]|第\s*\d{1,3}\s*页(?:\s*[,，/]?\s*共\s*\d{1,3}\s*页)?|\d{1,3}\s*/\s*\d{1,3})$")
_SPACES = re.compile(r"[ \t\u3000\xa0]+")
_DIGIT = re.compile(r"\d")


def _pipe_cells(s: str) -> list[str]:
    s = s.strip()
    if s.startswith("|"):
        s = s[1:]
    if s.endswith("|"):
        s = s[:-1]
    return [c.strip().replace("**", "") for c in s.split("|")][:MAX_LINE_CELLS]


_PROSE_ROW = re.compile(r"^([^:：，,；;。\d]{2,24})[:：]\s*(.+?)[。；;]?$")
_PROSE_CELL = re.compile(r"^([^\d]{0,16}?)\s*(\d[\d,]*(?:\.\d+)?\s*(?:万元|元|件|个|项|次)?)$")


def prose_row(s: str, block: int) -> Line | None:
    """A table row written as a sentence: "规章：本年制发0件，本年废止0件，现行有效0件" — the label, then each
    figure with the words that name its column."""
    m = _PROSE_ROW.match(s)
    if not m:
        return None
    heads, values = [], []
    for piece in re.split(r"[，,；;、]", m.group(2)):
        if not (c := _PROSE_CELL.match(piece.strip())):
            return None
        heads.append(c.group(1).strip())
        values.append(c.group(2).replace(" ", ""))
    return Line([m.group(1).strip()] + values, block, False, heads)


def is_page_break(text: str) -> bool:
    s = text.strip()
    return bool(s) and bool(_PAGE_NUMBER.match(s) or _STAMP.match(s))


def paragraph_line(text: str, block: int) -> Line | None:
    s = text.strip()
    if not s or is_page_break(s):
        return None
    if ("：" in s or ":" in s) and (line := prose_row(s, block)) is not None:
        return line
    bars = s.count("|") + s.count("｜")
    # "行政许可｜52,341": a one-column row keeps a single separator between its label and its figure.
    if bars >= 2 or (bars == 1 and is_value(re.split(r"[|｜]", s)[1]) and re.split(r"[|｜]", s)[0].strip()):
        s = s.replace("｜", "|")
        if _PIPE_SEPARATOR.match(s):
            return None
        return Line(_pipe_cells(s), block, True)
    if "\t" in s:
        return Line([c.strip() for c in s.split("\t")][:MAX_LINE_CELLS], block, True)
    tokens = [t for t in _SPACES.split(s) if t][:MAX_LINE_CELLS]
    out: list[str] = []
    for t in tokens:
        m = _GLUED.match(t)
        # "规章000": a label glued to its figures. Never a year ("2023年") or a numbered label ("1.属于").
        if m and not is_value(t) and len(m.group(1)) >= 2 and not m.group(1).endswith(("第", "年", "月")):
            out += [m.group(1), m.group(2)]
        else:
            out.append(t)
    return Line(out, block, False)


def lines(blocks: list[Block], texts: list[str | None]) -> list[Line]:
    """`texts[i]` is block i's paragraph text (script-folded), None for a table."""
    out: list[Line] = []
    row: list[str] = []   # cells printed one per line: a label, then its figures and empty spans
    start = 0

    def flush():
        if len(row) > 1 or (row and is_value(row[0])):
            out.append(Line(list(row), start, True))
        elif row and (line := paragraph_line(row[0], start)) is not None:
            out.append(line)
        row.clear()

    for i, b in enumerate(blocks):
        if isinstance(b, Paragraph) and b.cell:
            t = texts[i] or ""
            if b.text and not t:
                flush()  # prose
            elif not t or is_value(t):
                if not row:
                    start = i
                row.append(t)
            else:
                flush()
                start = i
                row.append(t)
            continue
        flush()
        if isinstance(b, Table):
            out.extend(Line(list(r), i, True) for r in b.rows)
        elif (line := paragraph_line(texts[i] or "", i)) is not None:
            out.append(line)
        elif out and is_page_break(texts[i] or ""):
            out[-1].page_end = True
    flush()
    return out


# A comparison printed beside the figures ("+12.5%", "-3", "↑8.1%"): a figure of no cell, never a row's label.
_PERCENT = re.compile(r"^[+\-−－↑↓]?\s*\d+(?:\.\d+)?\s*[%％]$|^[↑↓]\s*\d+(?:\.\d+)?$|^持平$")


def split_label(cells: list[str]) -> tuple[int, list[str]]:
    """(index of the right-most text cell or -1, the cells after it)."""
    for i in range(len(cells) - 1, -1, -1):
        c = cells[i]
        if c.strip() and not is_value(c) and not _PERCENT.match(c.strip()):
            return i, cells[i + 1:]
    return -1, list(cells)


def has_figure(cells: list[str]) -> bool:
    return any(_DIGIT.search(c) or (c.strip() and is_value(c)) for c in cells)
