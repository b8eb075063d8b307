"""Figures whose rows are told by position, not by the words next to them.

Two ways a sheet reaches the chat without its labels beside the figures:
- one column of table 3 copied from a sheet as bare numbers, one per line, "in the order of the form" (the
  message says so, and names the column): as many numbers as table 3 has rows, the results adding up to （七）总计;
- a scanned sheet read column by column: a legend of circled indices ("①本年新收", "③予以公开" …), then under each
  column's name its figures by index ("个人" / "①6 ②1 ③4"). With "空白的都是0" an index missing from a column is 0.
- a sheet's cells told by their addresses ("B6=9 C6=3 H6=12"), with a legend in any message that says which
  row number is which row of table 3 ("第6行是新收", "第9行开始是办理结果，一行一个小项") and which column
  letters are which applicants ("B到H列依次是自然人、…、总计"). With "没说的格子都是0" every legend cell not
  given is 0.
All yield statements and the lines they used (not read again as notes).
"""
from __future__ import annotations

import contextlib
import contextvars
import re
from dataclasses import dataclass, field

from ..form import official as form
from ..form.official import application_path, cell_label
from .lexicon import BLANKS_ARE_ZERO, fold, lookup, tokens
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


# --- cells told by their sheet addresses ------------------------------------------------------------------------

@dataclass(frozen=True)
class CellLegend:
    rows: dict      # sheet row number → table-3 row key
    columns: dict   # column letter → applicant column
    zero: bool      # the notes say cells not given are 0


_LEGEND_VAR: contextvars.ContextVar[CellLegend | None] = contextvars.ContextVar("cell_legend", default=None)
_ROW_SAID = re.compile(r"第\s*(\d{1,3})\s*行\s*(开始|起|以下|往下)?\s*(?:是|为|放|填|对应)?\s*([^，,；;。\n]{1,24})")
_COLS_SAID = re.compile(r"(?<![A-Za-z])([A-Z])\s*(?:列)?\s*(?:到|至|-|~|～|—)\s*([A-Z])\s*列\s*(?:依次|分别|按顺序)?\s*(?:是|为|对应)?"
                        r"\s*([^。；;\n]{2,60})")
_COL_SAID = re.compile(r"(?<![A-Za-z])([A-Z])\s*列\s*(?:是|为|对应|填)\s*([\u4e00-\u9fff]{2,8})")
_ADDRESS = re.compile(r"(?<![A-Za-z0-9])([A-Z])\s*(\d{1,3})\s*[=＝:：]\s*(\d{1,6})(?![\d.])")
_ADDRESS_LINE = re.compile(r"^[ \t]*(?:[A-Z]\s*\d{1,3}\s*[=＝:：]\s*\d{1,6}[ \t，,、；;]*)+$")
_ONE_A_ROW = re.compile(r"一行一\s*(?:个|条)?\s*(?:小)?(?:项|行|类)")
# "第8行是标题行": a heading row of the sheet, no figures.
_HEADING_ROW = re.compile(r"标题|表头|栏目名")


def _legend_of(text: str) -> CellLegend | None:
    text = fold(text)
    rows: dict[int, str] = {}
    run_from = None
    for m in _ROW_SAID.finditer(text):
        n, start, words = int(m.group(1)), m.group(2), m.group(3)
        if _HEADING_ROW.search(words):
            continue
        heads = [t for t in tokens(words) if t.kind == "row" and t.target in form.APP_BY_KEY]
        if not heads and re.fullmatch(r"[(（]?七?[)）]?\s*(?:总计|合计)(?:行)?", words.strip()):
            heads = [t for t in tokens("办理结果总计") if t.kind == "row"][:1]  # a sheet of table 3: its total row
        if start and heads and heads[0].target == "total_processed" and "总计" not in words:
            run_from = n  # "第9行开始是办理结果，一行一个小项": the result rows, one a row, in the form's order
        elif len({t.target for t in heads}) == 1:
            rows[n] = heads[0].target
    if run_from is not None:
        run = {run_from + k: key for k, key in enumerate(form.RESULT_KEYS)}
        # The run must end where the total row is said to be, and clash with no row said by number.
        end = next((n for n, key in rows.items() if key == "total_processed"), None)
        if (end is None or end == run_from + len(form.RESULT_KEYS)) and not set(run) & set(rows):
            rows.update(run)
    columns: dict[str, int] = {}
    for m in _COLS_SAID.finditer(text):
        a, b = ord(m.group(1)), ord(m.group(2))
        names = [w for w in re.split(r"[、，,/\s]+", m.group(3)) if w]
        kinds = []
        for w in names:
            t = lookup(w)
            if t is not None and t.kind == "applicant":
                kinds.append(t.target)
            elif t is not None and t.kind == "other":
                kinds.append(5)
            else:
                break
        if b > a and len(kinds) == b - a + 1:
            columns.update({chr(a + k): c for k, c in enumerate(kinds)})
    for m in _COL_SAID.finditer(text):
        t = lookup(m.group(2))
        if t is not None and t.kind == "applicant":
            columns.setdefault(m.group(1), t.target)
    if len(rows) < 2 or not columns:
        return None
    return CellLegend(rows, columns, bool(BLANKS_ARE_ZERO.search(text)))


@contextlib.contextmanager
def cell_legend(messages: list[str]):
    """Read the notes with the sheet legend one of them gives (addresses in another message use it)."""
    token = _LEGEND_VAR.set(_legend_of("\n".join(messages)))
    try:
        yield
    finally:
        _LEGEND_VAR.reset(token)


def read_addresses(text: str, message: int = 0) -> Positional:
    """The message's cell addresses placed by the legend of the notes (read before any list or cleaner sees the
    lines: "B6=9" is neither a list item nor a formula)."""
    out = Positional()
    legend = _LEGEND_VAR.get()
    if legend is None:
        return out
    if _ADDRESS.search(text):
        _addressed(text.split("\n"), legend, message, out)
    # The legend's own clauses ("第9行开始是办理结果，一行一个小项") name rows by number: no figures to read.
    for m in re.finditer(r"[^，,；;。\n]+", text):
        if _ROW_SAID.search(m.group(0)) or _COLS_SAID.search(m.group(0)) or _ONE_A_ROW.search(m.group(0)):
            out.blanked.append((m.start(), m.end()))
    return out


def _addressed(lines: list[str], legend: CellLegend, message: int, out: Positional) -> None:
    used, got = set(), {}
    for n, line in enumerate(lines):
        if not _ADDRESS_LINE.match(fold(line)):
            continue
        for m in _ADDRESS.finditer(fold(line)):
            key, col = legend.rows.get(int(m.group(2))), legend.columns.get(m.group(1))
            if key is None or col is None:
                return  # an address the legend does not place: not this sheet, leave the message to the grammar
            got[application_path(key, col)] = (float(m.group(3)), m.group(0))
        used.add(n)
    if not got:
        return
    out.lines |= used
    for path, (v, quote) in got.items():
        out.statements.append(Statement(((1.0, path),), v, quote=quote, label=cell_label(path), message=message))
    if legend.zero:
        for key in dict.fromkeys(legend.rows.values()):
            for col in dict.fromkeys(legend.columns.values()):
                path = application_path(key, col)
                if path not in got:
                    out.statements.append(Statement(((1.0, path),), 0.0, quote="没说的格子都是0",
                                                    label=cell_label(path), message=message))
