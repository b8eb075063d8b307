"""Reports published as web pages: the statutory tables with rowspan/colspan, anywhere in a whole page.

Read with lxml directly (no BeautifulSoup tree) in walks linear in the page: one pass finds which tables
hold other tables (layout tables are walked into, data tables read as grids), one pass reads the blocks.
Span expansion is budgeted per table, so a few hundred bytes of spans cannot become gigabytes.
When the page has no statistical table in text, its `<img>` pictures (data: URIs, or files beside the page;
never a URL, which is never fetched) are read by OCR in their places (scan.py).
"""
from __future__ import annotations

import base64
import binascii
import re
from pathlib import Path
from urllib.parse import unquote

from lxml import etree

from .blocks import Block, Paragraph, Table, Unreadable, clean

_DROP = {"script", "style", "noscript", "template", "head", "iframe", "select", "button", "svg", "object", "title"}
_BLOCK = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "section", "article", "table",
          "tbody", "thead", "tfoot", "tr", "td", "th", "center", "blockquote", "pre", "dd", "dt", "dl",
          "header", "footer", "nav", "main", "form", "aside", "figure", "caption", "address", "hr"}
_NEWLINE_SPACE = re.compile(r"\s*\n\s*")
_SPACES = re.compile(r"[ \t\r\f\v]+")
MAX_SPAN = 200
MAX_TABLE_CELLS = 50_000   # cells of one table after its spans are expanded
MAX_CELL_CHARS = 5_000
MAX_PICTURE_BYTES = 20 * 1024 * 1024


def _line(parts: list[str]) -> str:
    # Chinese text wrapped over source lines must not gain spaces.
    s = "".join(parts)
    if not s.isprintable():     # line breaks, tabs, odd spaces: most cells have none
        s = _SPACES.sub(" ", _NEWLINE_SPACE.sub("", s))
    elif "  " in s:
        s = _SPACES.sub(" ", s)
    return clean(s)


def _tag(node) -> str | None:
    t = node.tag
    return t.lower() if isinstance(t, str) else None


# A filing system's preview prints each figure in a readonly text box: its value is what the page shows.
_SHOWN_INPUTS = {"", "text", "number"}


def _input_value(node) -> str:
    if (node.get("type") or "").strip().lower() in _SHOWN_INPUTS:
        return node.get("value") or ""
    return ""


def _text(cell) -> str:
    if not len(cell):
        return _line([cell.text]) if cell.text else ""
    parts: list[str] = []
    stack = [(cell, False)]
    while stack:
        node, done = stack.pop()
        if done:
            if node is not cell and node.tail:
                parts.append(node.tail)
            continue
        tag = _tag(node)
        if tag is None or tag in _DROP:
            if node is not cell and node.tail:
                parts.append(node.tail)
            continue
        if node.text:
            parts.append(node.text)
        if tag == "input":
            parts.append(_input_value(node))
        stack.append((node, True))
        stack.extend((c, False) for c in reversed(node))
    return _line(parts)[:MAX_CELL_CHARS]


# --- Cards: a mobile page prints each table row as a box, its name on top and a list of "column: figure" ---

_FIGURE = re.compile(r"^[+\-−]?[\d０-９][\d０-９,，.．]*\s*(?:件|个|项|次|万元|元)?$|^(?:无|/|—|－|-)$")
_CARD_NODES = 20
_KEY_VALUE = re.compile(r"^(.+?)\s*[:：]\s*(\S+)$")


def _pairs(node) -> list[tuple[str, str]] | None:
    """A list whose every item is a column's name and one figure ("自然人 45", "自然人：45"), else None."""
    items = [c for c in node if _tag(c) in ("li", "dt", "dd")]
    if not items or len(items) != sum(1 for c in node if _tag(c) is not None):
        return None
    if _tag(items[0]) in ("dt", "dd"):
        texts = [_text(c) for c in items]
        if len(texts) % 2 or not all(_tag(c) == t for c, t in zip(items, ["dt", "dd"] * len(items))):
            return None
        pairs = list(zip(texts[::2], texts[1::2]))
    else:
        pairs = []
        for li in items:
            parts = [t for t in (_text(c) for c in li if _tag(c) is not None) if t]
            if len(parts) < 2:
                m = _KEY_VALUE.match(_text(li))
                parts = [m.group(1), m.group(2)] if m else []
            if len(parts) < 2:
                return None
            pairs.append((" ".join(parts[:-1]), parts[-1]))
    return pairs if all(_FIGURE.match(v.strip()) for _, v in pairs) else None


def _card(node) -> list[Block] | None:
    """A box holding a few lines of text (the row's name first, then where it belongs) and one list of
    column/figure pairs: the places as paragraphs, then the row as a table row [name, figures…]."""
    children = [c for c in node if _tag(c) is not None and _tag(c) not in _DROP]
    lists = [c for c in children if _tag(c) in ("ul", "ol", "dl")]
    if len(lists) != 1 or len(children) > 6 or (node.text or "").strip():
        return None
    texts = []
    for c in children:
        if c is lists[0]:
            continue
        # A card's name is a few words: a larger or nested box is a page's layout (and is never walked twice).
        for n, d in enumerate(c.iter()):
            if n > _CARD_NODES or _tag(d) in ("table", "ul", "ol", "dl", "li"):
                return None
        if t := _text(c):
            texts.append(t)
    if not texts or (pairs := _pairs(lists[0])) is None:
        return None
    return [Paragraph(t) for t in texts[1:]] + [Table([[texts[0]] + [v for _, v in pairs]])]


def _span(cell, attr: str) -> int:
    v = cell.get(attr)
    if v is None:
        return 1
    try:
        return max(1, min(int(str(v).strip() or 1), MAX_SPAN))
    except ValueError:
        return 1


def table_rows(table) -> list[list[str]]:
    """Rows of a table with spans resolved: a colspan cell appears once, a rowspan cell appears in its
    first row and as an empty cell in the rows below (as Word does for vertically merged cells)."""
    rows = [tr for tr in table.iter("tr")]
    grid: list[dict[int, int]] = [{} for _ in rows]
    texts: list[str] = []
    origin: list[int] = []
    budget = MAX_TABLE_CELLS
    for r, tr in enumerate(rows):
        c = 0
        here = grid[r]
        for cell in tr:
            if _tag(cell) not in ("td", "th"):
                continue
            while c in here:
                c += 1
            cid = len(texts)
            texts.append(_text(cell))
            origin.append(r)
            rs = min(_span(cell, "rowspan"), len(rows) - r)
            cs = _span(cell, "colspan")
            budget -= rs * cs
            if budget < 0:
                raise Unreadable(f"网页中的表格过大：展开合并单元格后超过 {MAX_TABLE_CELLS} 个单元格，不像是年度报告的统计表")
            for dr in range(rs):
                row = grid[r + dr]
                for dc in range(cs):
                    row[c + dc] = cid
            c += cs
    out: list[list[str]] = []
    for r, here in enumerate(grid):
        row, last = [], None
        for c in sorted(here):
            cid = here[c]
            if cid == last:
                continue
            last = cid
            row.append(texts[cid] if origin[cid] == r else "")
        if row:
            out.append(row)
    return out


def _nested(root) -> set:
    """Tables that contain another table (layout tables), found in one walk."""
    holders = set()
    stack = [(root, None)]
    while stack:
        node, table = stack.pop()
        tag = _tag(node)
        if tag is None or tag in _DROP:
            continue
        if tag == "table":
            if table is not None:
                holders.add(table)
            table = node
        stack.extend((c, table) for c in node)
    return holders


# A quoted attribute value never closed (style="border:none>二、…</td>, as hand-edited spreadsheet exports
# have it) would swallow the rows up to the next quote: it ends at the tag's ">" when text and a closing
# tag follow on the same line.
_UNCLOSED = re.compile(r"""(=\s*"[^"<>\n]*)>(?=[^"<>\n]*</)""")


def parse_html(text: str):
    text = _UNCLOSED.sub(r'\1">', text)
    parser = etree.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True, no_network=True)
    try:
        root = etree.fromstring(text.encode("utf-8", "surrogatepass"), parser)
    except (etree.ParserError, ValueError):
        root = None
    return root


def read_html(text: str, base: Path | None = None) -> list[Block]:
    """`base`: the page's folder, where pictures given by a relative path are looked up."""
    root = parse_html(text)
    if root is None:
        return []
    body = next(root.iter("body"), root)
    holders = _nested(body)
    blocks: list[Block] = []
    pictures: list[tuple[int, str]] = []  # (where in the blocks, src)
    buf: list[str] = []

    def flush():
        line = _line(buf)
        buf.clear()
        if line:
            blocks.append(Paragraph(line))

    # An explicit stack, not recursion: real pages nest thousands of layout elements deep.
    stack = [(body, False)]
    while stack:
        node, done = stack.pop()
        tag = _tag(node)
        if done:
            if tag in _BLOCK:
                flush()
            if node is not body and node.tail:
                buf.append(node.tail)
            continue
        if tag is None or tag in _DROP:
            if node is not body and node.tail:
                buf.append(node.tail)
            continue
        if tag == "table" and node not in holders:
            flush()
            # A caption heads its table (a portal's "第二十条第（一）项" above each piece of table 2).
            for cap in node.iterchildren("caption", "CAPTION"):
                if text := _text(cap):
                    blocks.append(Paragraph(text))
            rows = table_rows(node)
            if rows:
                blocks.append(Table(rows))
            if node.tail:
                buf.append(node.tail)
            continue
        if tag in ("div", "section", "article", "li") and (card := _card(node)) is not None:
            flush()
            blocks += card
            if node.tail:
                buf.append(node.tail)
            continue
        if tag == "img":
            flush()
            if src := (node.get("src") or "").strip():
                pictures.append((len(blocks), src))
            if node.tail:
                buf.append(node.tail)
            continue
        if tag == "input":
            buf.append(_input_value(node))
        if tag == "br":
            flush()
            if node.tail:
                buf.append(node.tail)
            continue
        if tag in _BLOCK:
            flush()
        if node.text:
            buf.append(node.text)
        stack.append((node, True))
        stack.extend((c, False) for c in reversed(node))
    flush()
    from .scan import needs_ocr
    if pictures and needs_ocr(blocks):
        return _with_pictures_read(blocks, pictures, base)
    return blocks


def _picture(src: str, base: Path | None) -> bytes | None:
    """A picture's bytes from a data: URI or a file in the page's own folder; None for anything else (a URL)."""
    if src.lower().startswith("data:"):
        head, _, payload = src.partition(",")
        if ";base64" not in head.lower() or len(payload) > MAX_PICTURE_BYTES * 4 // 3 + 4:
            return None
        try:
            return base64.b64decode(payload, validate=False)
        except (binascii.Error, ValueError):
            return None
    if base is None or re.match(r"^[a-z][a-z0-9+.-]*:|^//", src, re.I):
        return None
    try:
        root = base.resolve()
        path = (root / unquote(src.split("?", 1)[0].split("#", 1)[0])).resolve()
        if not path.is_relative_to(root) or not path.is_file() or path.stat().st_size > MAX_PICTURE_BYTES:
            return None
        return path.read_bytes()
    except (OSError, ValueError):
        return None


def _with_pictures_read(blocks: list[Block], pictures: list[tuple[int, str]], base: Path | None) -> list[Block]:
    from .scan import MAX_PAGES, Budget, image_kind, picture_blocks
    budget = Budget()
    out, at, read = [], 0, 0
    for pos, src in pictures:
        out += blocks[at:pos]
        at = pos
        data = _picture(src, base)
        if data and image_kind(data) and read < MAX_PAGES:
            budget.check(read, len(pictures))
            read += 1
            out += picture_blocks(data, read, "网页中的图片", min(len(pictures), MAX_PAGES))
    return out + blocks[at:]
