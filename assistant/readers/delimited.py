"""A spreadsheet saved as CSV (an export of the statistics tables): quoted fields, CRLF, merged cells written
once and followed by empty fields. Rows of figures become tables; a row with a single field (a title) is a
paragraph; an empty row ends a table."""
from __future__ import annotations

import csv
import re

from .blocks import Block, Paragraph, Table, clean

MAX_FIELDS = 400
# A field separator, not a thousands separator ("1,234" in a PDF text row is one figure).
_SEPARATOR = re.compile(r",(?!\d{3}(?:\D|$))")


def _fields(line: str) -> list[str]:
    try:
        return next(csv.reader([line]))[:MAX_FIELDS]
    except (csv.Error, StopIteration):
        return [line]


def read_csv(lines: list[str]) -> list[Block] | None:
    """None unless most lines are comma-separated rows of several fields (prose uses "，", never ",")."""
    nonblank = [x for x in lines if x.strip()]
    if len(nonblank) < 5 or sum(len(_SEPARATOR.findall(x)) >= 3 for x in nonblank[:400]) < 0.6 * min(len(nonblank), 400):
        return None
    blocks: list[Block] = []
    table: Table | None = None
    for line in nonblank:
        cells = [clean(c) for c in _fields(line)]
        filled = [c for c in cells if c]
        if len(filled) <= 1 and (not filled or cells[0]):
            # A title or an empty row: the table (if any) ends here.
            if table is not None:
                blocks.append(table)
                table = None
            if filled:
                blocks.append(Paragraph(filled[0]))
            continue
        if table is None:
            table = Table()
        table.rows.append(cells)
    if table is not None:
        blocks.append(table)
    return blocks
