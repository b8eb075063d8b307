"""Reports as markdown, including PDF conversions whose table rows broke over lines."""
from __future__ import annotations

import re

from .blocks import Block, Paragraph, Table, clean

_SEPARATOR = re.compile(r"^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?$")
_MARKUP = re.compile(r"(\*\*|__|`|~~)")
_LEAD = re.compile(r"^(#{1,6}\s+|>\s*|[-*+]\s+(?=\S))")
_BR = re.compile(r"<br\s*/?>", re.I)
_NUM = re.compile(r"^[-+]?\d+(\.\d+)?$")
_ESCAPED = re.compile(r"\\([\\`*_\[\]<>~|$:.#!()+\-=/{}&])")  # a backslash escape: the character itself


def _cells(line: str) -> list[str]:
    s = line.strip()
    if s.startswith("|"):
        s = s[1:]
    if s.endswith("|") and not s.endswith("\\|"):
        s = s[:-1]
    return [clean(_ESCAPED.sub(r"\1", _MARKUP.sub("", _BR.sub("", c)))) for c in re.split(r"(?<!\\)\|", s)]


def read_markdown(text: str) -> list[Block]:
    if re.search(r"<table[\s>]", text, re.I):
        return _with_html_tables(text)
    return _read_lines(text)


def _read_lines(text: str) -> list[Block]:
    lines = text.replace("\r\n", "\n").split("\n")
    from .ruled import with_ruled_tables  # pandoc grid tables (+---+)
    if (ruled := with_ruled_tables(lines, lambda part: _pipe_lines(part))) is not None:
        return ruled
    return _pipe_lines(lines)


def _pipe_lines(lines: list[str]) -> list[Block]:
    blocks: list[Block] = []
    table: Table | None = None

    def close():
        nonlocal table
        if table is not None and table.rows:
            blocks.append(table)
        table = None

    for i, line in enumerate(lines):
        s = line.strip()
        if _SEPARATOR.match(s) and "-" in s:
            continue
        if s.startswith("|"):
            if table is None:
                table = Table()
            table.rows.append(_cells(s))
            continue
        if table is not None and s:
            nxt = next((l.strip() for l in lines[i + 1:i + 3] if l.strip()), "")
            if "|" in s:  # a row broken by the converter: the tail of the previous row
                cells = _cells(s)
                last = table.rows[-1][-1] if table.rows[-1] else ""
                # Broken mid-cell the two halves join; broken between two numbers they are two cells.
                if _NUM.match(last) and _NUM.match(cells[0]):
                    table.rows[-1].extend(cells)
                else:
                    table.rows[-1][-1] = last + cells[0]
                    table.rows[-1].extend(cells[1:])
                continue
            prev = lines[i - 1].strip() if i else ""
            # A cell's text ran onto its own line: only directly between two table lines, never a heading.
            if len(s) <= 40 and nxt.startswith("|") and prev.startswith("|") and not s.startswith("#") and \
                    i + 1 < len(lines) and lines[i + 1].strip().startswith("|"):
                table.rows[-1][-1] += clean(s)
                continue
        if not s:
            continue
        close()
        para = clean(_ESCAPED.sub(r"\1", _MARKUP.sub("", _LEAD.sub("", s))))
        if para:
            blocks.append(Paragraph(para))
    close()
    return blocks


_TABLE_OPEN = re.compile(r"<table[\s>]", re.I)


def _with_html_tables(text: str) -> list[Block]:
    """Markdown with HTML tables in it, in one pass: each <table …</table> goes to the HTML reader, the text
    between to the markdown reader; an unclosed <table takes the rest of the text (never a rescan)."""
    from .html import read_html
    lower = text.lower()
    blocks: list[Block] = []
    pos = 0
    while pos < len(text):
        m = _TABLE_OPEN.search(text, pos)
        if m is None:
            blocks.extend(_read_lines(text[pos:]))
            break
        if m.start() > pos:
            blocks.extend(_read_lines(text[pos:m.start()]))
        end = lower.find("</table>", m.start())
        end = len(text) if end < 0 else end + len("</table>")
        blocks.extend(read_html(text[m.start():end]))
        pos = end
    return blocks
