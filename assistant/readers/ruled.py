"""Tables drawn with characters in plain text: box drawing (┌─┬─┐ │ ├─┼─┤) and pandoc grid tables
(+---+ | +===+). A row is everything between two rules; a cell's text wrapped over several lines inside its
column is joined back, so "（二）部分公" over "开" reads as one label, as a reader sees it."""
from __future__ import annotations

import re

from .blocks import Block, Table, clean

_RULE = re.compile(r"^\s*[+┌├└╞╘╒╟┍┝┕╓╔╠╚][-=─━═+┬┼┴┐┤┘╤╪╧╡╛╕╢╥╫╨╗╣╝:┯┿┷┥┑┙┳╋┻┫┓┛]+\s*$")
_BAR = "|│┃║"
_CONTENT = re.compile(r"^\s*[|│┃║].*[|│┃║]\s*$")
MAX_CELLS = 400


def is_rule(line: str) -> bool:
    return bool(_RULE.match(line)) and any(c in line for c in "-─━═=")


def is_content(line: str) -> bool:
    return bool(_CONTENT.match(line))


def _cells(line: str) -> list[str]:
    s = line.strip()
    for bar in _BAR[1:]:
        s = s.replace(bar, "|")
    return s[1:-1].split("|")[:MAX_CELLS]


def _table(lines: list[str]) -> Table:
    rows: list[list[str]] = []
    parts: list[list[str]] = []

    def close():
        if parts:
            width = max(len(p) for p in parts)
            cols = [[] for _ in range(width)]
            for p in parts:
                for i, c in enumerate(p):
                    if c.strip():
                        cols[i].append(c.strip())
            rows.append([clean("".join(c)) for c in cols])
            parts.clear()

    for line in lines:
        if is_rule(line):
            close()
        else:
            parts.append(_cells(line))
    close()
    return Table(rows)


def with_ruled_tables(lines: list[str], rest) -> list[Block] | None:
    """The text's blocks with each ruled table read as a Table and the lines between read by `rest`
    (lines -> blocks); None when the text has no ruled table (a cheap test first: this runs on every text)."""
    if not any(is_rule(x) for x in lines[:5000]):
        return None
    out: list[Block] = []
    i, n, plain = 0, len(lines), 0
    found = False
    while i < n:
        if is_rule(lines[i]) and i + 1 < n and is_content(lines[i + 1]):
            j = i
            while j < n and (is_rule(lines[j]) or is_content(lines[j])):
                j += 1
            out += rest(lines[plain:i])
            out.append(_table(lines[i:j]))
            plain = i = j
            found = True
            continue
        i += 1
    if not found:
        return None
    return out + rest(lines[plain:])
