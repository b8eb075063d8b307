"""Figures whose rows are told by position, not by the words next to them.

Two ways a sheet reaches the chat without its labels beside the figures:
- one column of table 3 copied from a sheet as bare numbers, one per line, "in the order of the form" (the
  message says so, and names the column): as many numbers as table 3 has rows, the results adding up to （七）总计;
- a scanned sheet read column by column: a legend of circled indices ("①本年新收", "③予以公开" …), then under each
  column's name its figures by index ("个人" / "①6 ②1 ③4"). With "空白的都是0" an index missing from a column is 0.
Both yield statements and the lines they used (not read again as notes).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..form import official as form
from ..form.official import application_path, cell_label
from .lexicon import BLANKS_ARE_ZERO, fold, lookup
from .solver import Statement


@dataclass
class Positional:
    statements: list[Statement] = field(default_factory=list)
    lines: set[int] = field(default_factory=set)       # line numbers consumed
    blanked: list[tuple[int, int]] = field(default_factory=list)  # spans of text pointing at an index (not read)


_BARE = re.compile(r"^[ \t]*(\d{1,6})(?:[ \t]*件)?[ \t]*$")
# The message says the figures follow the form's rows in order.
_IN_ORDER = re.compile(r"(?:按|照|依)[^。\n]{0,12}?(?:顺序|次序|行序|排列|排的)|从上(?:往|到|至)下|自上而下|依次|逐行")
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_LEGEND = re.compile(rf"^[ \t]*([{_CIRCLED}])[ \t]*([^\d\n{_CIRCLED}]{{2,24}}?)[ \t]*$")
_KEYED = re.compile(rf"([{_CIRCLED}])[ \t]*(\d{{1,6}})")
_KEYED_LINE = re.compile(rf"^[ \t]*(?:[{_CIRCLED}][ \t]*\d{{1,6}}[ \t，,、；;]*)+$")


def read_positions(text: str, message: int = 0) -> Positional:
    out = Positional()
    lines = text.split("\n")
    _bare_column(lines, message, out)
    _circled(text, lines, message, out)
    return out


def _column(words: str) -> int | None:
    """The one column the words name ("总计那一列", "个人的"), or None."""
    from .lexicon import tokens
    cols = {t.target for t in tokens(fold(words)) if t.kind == "applicant"}
    return cols.pop() if len(cols) == 1 else None


def _bare_column(lines: list[str], message: int, out: Positional) -> None:
    keys = form.APPLICATION_KEYS
    i = 0
    while i < len(lines):
        if not _BARE.match(lines[i]):
            i += 1
            continue
        j = i
        while j < len(lines) and _BARE.match(lines[j]):
            j += 1
        run, start = lines[i:j], i
        i = j
        if len(run) != len(keys):
            continue
        intro = "\n".join(lines[max(0, start - 4):start])
        col = _column(intro)
        if col is None or not _IN_ORDER.search(intro):
            continue
        values = [float(_BARE.match(x).group(1)) for x in run]
        by_key = dict(zip(keys, values))
        # The results add up to （七）总计: the order is the form's, not some other list of 25 figures.
        if sum(by_key[k] for k in form.RESULT_KEYS) != by_key["total_processed"]:
            continue
        for n, (k, v) in enumerate(by_key.items()):
            path = application_path(k, col)
            out.statements.append(Statement(((1.0, path),), v, quote=f"{run[n].strip()}（第{n + 1}个数：{cell_label(path)}）",
                                            label=cell_label(path), message=message))
        out.lines |= set(range(start, j))


def _circled(text: str, lines: list[str], message: int, out: Positional) -> None:
    legend: dict[str, str] = {}
    legend_lines = []
    for n, line in enumerate(lines):
        m = _LEGEND.match(fold(line))
        if not m:
            continue
        t = lookup(m.group(2))
        if t is not None and t.kind == "row" and t.target in form.APP_BY_KEY:
            legend[m.group(1)] = t.target
            legend_lines.append(n)
    if len(legend) < 3:
        return
    zero = bool(BLANKS_ARE_ZERO.search(text))
    used = set(legend_lines)
    cells: dict[str, float] = {}
    for n, line in enumerate(lines):
        if not _KEYED_LINE.match(fold(line)) or n == 0:
            continue
        head = next((k for k in range(n - 1, -1, -1) if lines[k].strip()), None)
        if head is None or len(lines[head].strip()) > 8:
            continue
        col = _column(lines[head])
        got = {m.group(1): float(m.group(2)) for m in _KEYED.finditer(fold(line))}
        if col is None or not set(got) <= set(legend):
            continue
        used |= {n, head}
        for mark, key in legend.items():
            if mark in got or zero:
                path = application_path(key, col)
                cells[path] = got.get(mark, 0.0)
                out.statements.append(Statement(((1.0, path),), got.get(mark, 0.0),
                                                quote=f"{lines[head].strip()} {line.strip()}",
                                                label=cell_label(path), message=message))
    if not cells:
        return
    out.lines |= used
    # A sentence elsewhere that points at an index ("⑦那行都是空的") says nothing the grammar could place.
    for m in re.finditer(rf"[^。；;\n]*[{_CIRCLED}][^。；;\n]*", text):
        if any(c in legend for c in m.group(0)):
            out.blanked.append((m.start(), m.end()))
