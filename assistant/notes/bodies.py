"""One sheet with a column for each of several bodies, and the clerk asks for one of them only.

A clerk who works for two bodies (a bureau and the centre it runs) sends one table, a column a body
("项目｜发改局｜粮储中心"), and says which is to be filled now ("只帮我填发改局的", "粮储中心的我自己弄").
The other body's figures are no statements of this report: every row keeps its label and the chosen
body's cell, the other cells are blanked (offsets kept) before the sheet is read. Without a sentence that
picks one column nothing is chosen for the clerk (two figures for one cell stay a conflict to report)."""
from __future__ import annotations

import re

from .lexicon import fold, lookup

_BAR = re.compile(r"[|｜\t]")
# The label column's heading ("项目", "指标", "事项" …) or nothing.
_LABEL_HEAD = re.compile(r"(?:项目|指标|事项|类别|内容|名称|统计项|单位)?")
# A body's name ends as bodies' names do (局, 中心, 委员会, 办 …).
_BODY = re.compile(r"[\u4e00-\u9fff]{1,12}(?:局|中心|委|委员会|办|办公室|院|所|站|馆|队|公司|政府|街道|乡|镇|厅|处|署|社|会)")


def _keep_or_drop(text: str, name: str) -> int:
    """+1 when the message asks to fill this body's column, -1 when it says to leave it, 0 otherwise."""
    n = re.escape(name)
    if re.search(r"(?:只|仅|先|就)[^。！\n]{0,6}?(?:填|报|弄|录|做)[^。，,！\n]{0,3}?" + n, text):
        return 1
    if re.search(n + r"的?(?:数|数据|那列|那一列)?[^。，,！\n]{0,3}?(?:我自己|自己|不用|不要|别|先不|不需要|不)", text):
        return -1
    return 0


def one_body(lines: list[str]) -> dict[int, str]:
    """The sheet's rows rewritten to the chosen body's column: {line number: line}; {} when no sheet of bodies or
    no column is picked out."""
    text = "\n".join(lines)
    for i, raw in enumerate(lines):
        if not _BAR.search(raw):
            continue
        cells = _BAR.split(raw.strip().strip("|｜"))
        names = [fold(c).strip() for c in cells[1:]]
        if len(names) < 2 or not _LABEL_HEAD.fullmatch(fold(cells[0]).strip()) or \
                not all(_BODY.fullmatch(n) and lookup(n) is None for n in names):
            continue
        votes = [_keep_or_drop(text, n) for n in names]
        keep = [k for k, v in enumerate(votes) if v > 0] or \
            ([k for k, v in enumerate(votes) if v == 0] if sum(v < 0 for v in votes) == len(names) - 1 else [])
        if len(keep) != 1:
            return {}
        return _rewrite(lines, i, len(cells), keep[0] + 1)
    return {}


def _rewrite(lines: list[str], head: int, width: int, keep: int) -> dict[int, str]:
    out = {head: " " * len(lines[head])}  # the header names bodies, no figures
    for i in range(head + 1, len(lines)):
        raw = lines[i]
        if not _BAR.search(raw):
            break
        spans, pos = [], 0
        lead = len(raw) - len(raw.lstrip())
        body = raw.strip()
        pos = lead + (1 if body[:1] in "|｜" else 0)
        for cell in _BAR.split(body.strip("|｜")):
            spans.append((pos, pos + len(cell)))
            pos += len(cell) + 1
        if len(spans) != width:
            break
        row = raw
        for k, (a, b) in enumerate(spans):
            if k not in (0, keep):
                row = row[:a] + " " * (b - a) + row[b:]
        out[i] = row
    return out
