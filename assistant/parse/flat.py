"""A report flattened onto one line (a crawler, a copy from a page, a JSON field): its paragraphs and table
cells joined by spaces. It is still a report: the line is cut back into paragraphs and table rows at the
form's anchors — section headings, 第二十条 blocks, row labels — and where a row's figures end and the next
label begins."""
from __future__ import annotations

import re

from ..form import official as form
from ..model.report import SECTION_HEADINGS
from ..readers.blocks import Block, Paragraph
from .values import is_value, norm

_HEADINGS = {norm(h): n for n, h in SECTION_HEADINGS.items()}
_ART20 = re.compile(r"^第二十条第[(（][一二三四五六七八九十][)）]项$")
_ROW_LABELS = frozenset(norm(r.label) for r in (*form.ACTIVE, *form.APPLICATION_ROWS_DEF))
_GROUPS = frozenset(norm(g.label) for g in (form.RESULTS, *form.T3_GROUPS))
_T4_START = norm(form.REVIEW_GROUPS_DEF[0].header)
MIN_ANCHORS = 3


def _anchors(text: str) -> int:
    t = norm(text)
    return sum(h in t for h in _HEADINGS) + len(re.findall(r"第二十条第\([一二三四五六七八九十]\)项", t))


def is_flat(b: Block) -> bool:
    return isinstance(b, Paragraph) and not b.cell and len(b.text) > 300 and " " in b.text and \
        _anchors(b.text) >= MIN_ANCHORS


def unflatten(blocks: list[Block]) -> list[Block]:
    if not any(is_flat(b) for b in blocks):
        return blocks
    out: list[Block] = []
    for b in blocks:
        out += [Paragraph(t) for t in cut(b.text)] if is_flat(b) else [b]
    return out


def cut(text: str) -> list[str]:
    """Prose: every space-separated piece is a paragraph (Chinese prose has no spaces inside a paragraph).
    Tables (from section 二 to section 五): a line per row, its label and its figures together."""
    lines: list[list[str]] = []
    tables = review = False
    prev: str | None = None
    for tok in (t for t in text.split(" ") if t):
        n = norm(tok)
        heading = _HEADINGS.get(n)
        if heading is not None:
            tables, review = 2 <= heading <= 4, False
            lines.append([tok])
            prev = None
            continue
        if not tables:
            lines.append([tok])
            prev = None
            continue
        value = is_value(tok)
        new = (prev is None or _ART20.match(n) or _ART20.match(norm(prev)) or n == "信息内容" or len(n) > 40
               or (is_value(prev) and not value)
               or (n in _ROW_LABELS and not is_value(prev) and norm(prev) not in _GROUPS))
        if n == _T4_START and not value:
            new, review = True, True
        elif review and value and not is_value(prev):
            new = True  # table 4: the header words, then one run of 15 figures
        if new:
            lines.append([tok])
        else:
            lines[-1].append(tok)
        prev = tok
    return [" ".join(x) for x in lines]
