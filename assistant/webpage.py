"""Reports published as web pages: the statutory tables with rowspan/colspan, anywhere in a whole page."""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Comment, NavigableString, Tag

from .document import Block, Paragraph, Table, clean

_DROP = ("script", "style", "noscript", "template", "head", "iframe", "select", "button", "svg")
_BLOCK = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "section", "article", "table",
          "tbody", "thead", "tfoot", "tr", "td", "th", "center", "blockquote", "pre", "dd", "dt", "dl",
          "header", "footer", "nav", "main", "form", "aside", "figure", "caption", "address", "hr"}
_NEWLINE_SPACE = re.compile(r"\s*\n\s*")
_SPACES = re.compile(r"[ \t\r\f\v]+")


def _text(node: Tag) -> str:
    parts = []
    for s in node.descendants:
        if isinstance(s, NavigableString) and not isinstance(s, Comment):
            parts.append(s)
        elif isinstance(s, Tag) and s.name in ("br", "p", "div") and parts:
            parts.append("")
    # Chinese text wrapped over source lines must not gain spaces.
    return clean(_SPACES.sub(" ", _NEWLINE_SPACE.sub("", "".join(parts))))


def _span(cell: Tag, attr: str) -> int:
    try:
        return max(1, min(int(str(cell.get(attr, "1")).strip() or 1), 200))
    except ValueError:
        return 1


def table_rows(table: Tag) -> list[list[str]]:
    """Rows of a table with spans resolved: a colspan cell appears once, a rowspan cell appears in its
    first row and as an empty cell in the rows below (as Word does for vertically merged cells)."""
    grid: dict[tuple[int, int], int] = {}
    texts: list[str] = []
    rows = [tr for tr in table.find_all("tr") if tr.find_parent("table") is table]
    width = 0
    for r, tr in enumerate(rows):
        c = 0
        for cell in tr.find_all(("td", "th"), recursive=False):
            while (r, c) in grid:
                c += 1
            cid = len(texts)
            texts.append(_text(cell))
            rs, cs = _span(cell, "rowspan"), _span(cell, "colspan")
            for dr in range(rs):
                for dc in range(cs):
                    grid[(r + dr, c + dc)] = cid
            c += cs
            width = max(width, c)
    out: list[list[str]] = []
    seen: set[int] = set()
    for r in range(len(rows)):
        row, last = [], None
        for c in range(width):
            cid = grid.get((r, c))
            if cid is None or cid == last:
                continue
            last = cid
            row.append("" if cid in seen else texts[cid])
        seen.update(cid for (rr, _), cid in grid.items() if rr == r)
        if row:
            out.append(row)
    return out


def read_html(text: str) -> list[Block]:
    soup = BeautifulSoup(text, "lxml")
    for tag in soup(_DROP):
        tag.decompose()
    blocks: list[Block] = []
    buf: list[str] = []

    def flush():
        line = clean(_SPACES.sub(" ", _NEWLINE_SPACE.sub("", "".join(buf))))
        buf.clear()
        if line:
            blocks.append(Paragraph(line))

    # An explicit stack, not recursion: real pages nest thousands of layout elements deep.
    root = soup.body or soup
    stack: list[tuple] = [(iter(root.children), False)]
    while stack:
        children, is_block = stack[-1]
        child = next(children, None)
        if child is None:
            stack.pop()
            if is_block:
                flush()
            continue
        if isinstance(child, Comment):
            continue
        if isinstance(child, NavigableString):
            buf.append(str(child))
        elif not isinstance(child, Tag):
            continue
        elif child.name == "table" and child.find("table") is None:
            flush()
            rows = table_rows(child)
            if rows:
                blocks.append(Table(rows))
        elif child.name == "br":
            flush()
        elif child.name in _BLOCK:
            flush()
            stack.append((iter(child.children), True))
        else:
            stack.append((iter(child.children), False))

    flush()
    return blocks
