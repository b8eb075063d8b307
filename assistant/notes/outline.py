"""Table 3 copied by its row numbers only: "一、 4", "（一） 2", "（四）1.\n1", "（七） 4", "四、 0".

A clerk who copies the printed form (or an OCR of it) often keeps the numbering and drops the labels. The
numbering is the form's own (一、…四、 for the rows, （一）…（七） inside 三、, 1. 2. … inside a group), so it
is read from the form's labels, never written down here. A figure stands right after its codes, or alone at
the start of the next line (OCR puts a cell's value under its label). Only lines whose codes are followed by
a figure count, and only when at least three do: a numbered outline of prose is left to the grammar.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..form import official as form

_TOP = re.compile(r"^\s*([一二三四])\s*[、.．]\s*")
_GROUP = re.compile(r"\s*[（(]\s*([一二三四五六七])\s*[)）]\s*")
_SUB = re.compile(r"\s*(\d)\s*[.．、](?!\d)\s*")
# A figure as OCR reads it: O for 0 and l/I for 1 stand alone in a cell.
_VALUE = re.compile(r"^\s*[:：=＝]?\s*(\d+|[OolI])(?![\w.．])")
_NEXT_VALUE = re.compile(r"^\s*(\d+|[OolI])\s*(?:$|[（(])")


@dataclass(frozen=True)
class Coded:
    rows: tuple[str, ...]      # the cells' row keys (a group's rows when a group total is given)
    value: float
    start: int                 # the figure's span in the text
    end: int
    line_end: int
    code: str


@lru_cache(maxsize=1)
def _codes() -> tuple[dict[str, str], dict[str, tuple[str, ...]], dict[tuple[str, str], str]]:
    """From the form's labels: top codes → row, （N） → row or group rows, (（N）, "k") → sub-row."""
    top: dict[str, str] = {}
    paren: dict[str, tuple[str, ...]] = {}
    sub: dict[tuple[str, str], str] = {}
    for row in form.APPLICATION_ROWS_DEF:
        if m := re.match(r"([一二三四])、", row.label):
            top[m.group(1)] = row.key
        elif m := re.match(r"[（(]([一二三四五六七])[)）]", row.label):
            paren[m.group(1)] = (row.key,)
        elif (m := re.match(r"(\d)\.", row.label)) and row.group is not None:
            g = re.match(r"[（(]([一二三四五六七])[)）]", row.group.label).group(1)
            sub[(g, m.group(1))] = row.key
    for g in form.T3_GROUPS:
        code = re.match(r"[（(]([一二三四五六七])[)）]", g.label).group(1)
        paren[code] = form.GROUP_KEYS[g.key]
    return top, paren, sub


def _number(s: str) -> float:
    return 0.0 if s in "Oo" else 1.0 if s in "lI" else float(s)


def read_outline(text: str) -> list[Coded]:
    top_codes, paren_codes, sub_codes = _codes()
    out: list[Coded] = []
    group: str | None = None
    in_results = False
    lines = text.split("\n")
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line) + 1)
    for i, line in enumerate(lines):
        pos, rows, code = 0, None, ""
        if m := _TOP.match(line):
            key = m.group(1)
            in_results, group = key == "三", None
            rows = (top_codes[key],) if key in top_codes else None
            pos, code = m.end(), m.group(0).strip()
        m = _GROUP.match(line, pos)
        if m and not line[m.end():m.end() + 1] == "项":  # "（一）项" numbers table 2's items
            group = m.group(1)
            rows = paren_codes.get(group)
            pos, code = m.end(), code + m.group(0).strip()
        if group is not None and (m := _SUB.match(line, pos)):
            key = sub_codes.get((group, m.group(1)))
            rows = (key,) if key else None
            pos, code = m.end(), code + m.group(0).strip()
        if not code or rows is None:
            continue
        v = _VALUE.match(line[pos:])
        if v:
            start = offsets[i] + pos + v.start(1)
            out.append(Coded(rows, _number(v.group(1)), start, start + len(v.group(1)), offsets[i] + len(line), code))
        elif not line[pos:].strip() and i + 1 < len(lines) and (v := _NEXT_VALUE.match(lines[i + 1])):
            start = offsets[i + 1] + v.start(1)
            out.append(Coded(rows, _number(v.group(1)), start, start + len(v.group(1)),
                             offsets[i + 1] + len(lines[i + 1]), code))
    return out if len(out) >= 3 else []
