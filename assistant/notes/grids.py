"""Rows pasted from a sheet: tab- or multi-space-separated lines, markdown/pipe tables.

A header line names columns (applicants, table-4 outcomes, table-2 columns) by the lexicon; each data
line names its row by its first cells. Lines that look like a grid but cannot be mapped are returned so
the reply can name them and offer the table editor.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from ..form import official as form
from ..form.official import application_path, review_path
from .solver import Statement
from .lexicon import fold, lookup, report_year, this_year, tokens  # noqa: F401 (report_year: the notes' entry)
from .bodies import one_body
from .periods import Periods, column_numbers, period_columns

_SPLIT = re.compile(r"\t+|\s*[|｜]\s*|\s{2,}|(?<=\d)\s+(?=\d)|(?<=[\u4e00-\u9fff）)])\s+(?=\d)")
_CELL_NUM = re.compile(r"^[+]?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s*(件|个|万元|元)?$")
_SIGNED = re.compile(r"^[+\-−]\d+$")
_ZERO_CELL = {"-", "—", "－", "–", "无", "0"}


@dataclass
class GridResult:
    statements: list[Statement] = field(default_factory=list)
    lines: set[int] = field(default_factory=set)       # line numbers consumed
    unmapped: list[str] = field(default_factory=list)  # grid lines that named no row
    rewritten: dict[int, str] = field(default_factory=dict)  # lines the grammar reads with some cells blanked


def _cells(line: str) -> list[str]:
    line = line.strip().strip("|｜").strip()
    return [c.strip() for c in _SPLIT.split(line)]


def _tab_cells(raw: str) -> list[str] | None:
    """The cells of a line copied from a spreadsheet, one a tab, empty ones kept (a sheet leaves a 0 or a pivot
    table's missing count empty: "部分公开\t\t2\t\t2"); None for a line without tabs."""
    line = fold(raw).rstrip()
    return [c.strip() for c in line.split("\t")] if "\t" in line else None


def _filled(cells: list[str], header: list[tuple[str, object]]) -> list[str]:
    """A row of figures under its header, cell for cell: an empty cell under a named column is a 0."""
    if not any(_value(c) is not None for c in cells):
        return cells
    return [c if c or kind in ("label", "skip") else "0" for c, (kind, _) in zip(cells, header)]


# A pivot table's row of cases with the field empty, "(空白)", and the official's word on what they are: "行标签里的
# (空白)是年底还没答复的2件" (the column's "(空白)" is an empty column: no row named, nothing read).
_BLANK_LABEL = re.compile(r"^[（(]\s*空白\s*[)）]$")
_BLANK_SAID = re.compile(r"[（(]\s*空白\s*[)）][^，,。；;\n]{0,4}?(?:是|为|指|即|=)([^，,。；;\n]{1,24})")
_TOTAL_LABEL = re.compile(r"^(?:总计|合计|共计|总数)$")


def _blank_row(text: str):
    """The row the notes say a pivot table's "(空白)" row counts, or None."""
    for m in _BLANK_SAID.finditer(fold(text)):
        rows = [t for t in tokens(m.group(1)) if t.kind == "row"]
        if rows:
            return rows[0]
    return None


# "每行顺序是 自然人/企业/科研/公益/律所/其他/合计": the columns of rows typed as figures joined by slashes, named in
# the notes ("新收 8/2/0/0/3/0/13"; "?" is a cell left for the reader to work out).
_SLASH_NAMES = re.compile(r"[\u4e00-\u9fff]{1,6}(?:[ \t]*/[ \t]*[\u4e00-\u9fff]{1,6}){3,}")
_SLASH_ROW = re.compile(r"^[ \t]*([^\d/\n:：]{1,16}?)[ \t]*[:：]?[ \t]*((?:\d+|[?？])(?:[ \t]*/[ \t]*(?:\d+|[?？])){3,})[ \t]*$")


def _slash_columns(text: str) -> list[tuple[str, object]] | None:
    """The columns a list of the form's column words joined by slashes names, each of them a column, or None."""
    for m in _SLASH_NAMES.finditer(fold(text)):
        cols = _header([w.strip() for w in m.group(0).split("/")])
        if cols is not None and all(k != "label" for k, _ in cols):
            return cols
    return None


def _slash_row(line: str, cols: list[tuple[str, object]]) -> list[str] | None:
    """A row typed as "label a/b/c/…" under slash columns: its cells (label first; "?" left empty), or None."""
    m = _SLASH_ROW.match(line)
    if not m:
        return None
    items = [c.strip() for c in m.group(2).split("/")]
    return [m.group(1).strip()] + [c if c.isdigit() else "" for c in items] if len(items) == len(cols) else None


_PIVOT_HEAD = re.compile(r"^(?:行标签|row\s*labels)$", re.I)


def _pivot_rest(rows: list[str], header: list[tuple[str, object]], quote: str, message: int) -> list[Statement]:
    """A pivot table of the ledger by result lists every result that occurs, and as columns every kind of
    applicant that occurs: down to its grand total, a result it does not list is 0, and so is a kind it does not
    show in the rows it lists. Only when two results or more are its rows (the row field is the result)."""
    results = [r for r in rows if r in form.RESULT_KEYS]
    if len(set(results)) < 2:
        return []
    shown = {v for k, v in header if k == "applicant"}
    zeros = [application_path(r, form.TOTAL) for r in form.RESULT_KEYS if r not in rows]
    zeros += [application_path(r, c) for r in dict.fromkeys(rows) for c in form.PARTIES if c not in shown]
    return [Statement(((1.0, p),), 0.0, quote=quote, label="数据透视表未列出", message=message) for p in zeros]


def _is_grid_line(line: str) -> bool:
    if "\t" in line or re.search(r"[|｜].*[|｜]", line):
        return True
    # A gap right after a sentence's punctuation separates no cells: it is what a cleaner blanked there (an item's
    # number, struck-out words) or a clerk's spacing ("复议：    无").
    return len(re.findall(r"[^\s：:；;，,。]\s{2,}\S", line)) >= 2


def _value(cell: str) -> float | None:
    c = fold(cell).replace(" ", "")
    if c in _ZERO_CELL:
        return 0.0
    if _SIGNED.match(c):
        return 0.0 if c[1:] == "0" else float(c.replace("−", "-"))  # a change (本年增/减), read as a value to skip
    m = _CELL_NUM.match(c)
    if not m:
        return None
    v = float(m.group(1).replace(",", "") + (m.group(2) or ""))
    if m.group(3) == "元":
        v = round(v / 10000, 6)
    return v


_STATED = re.compile(r"\d\s*(?:件|个|项|万元|元)\s*[,，;；。]")


def _header(cells: list[str]) -> list[tuple[str, object]] | None:
    """Column meanings of a header line, or None when it is not one."""
    cols: list[tuple[str, object]] = []
    named = 0
    for c in cells:
        c = re.split(r"[-—－–]", c)[-1].strip() if re.search(r"[\u4e00-\u9fff][-—－–][\u4e00-\u9fff]", c) else c
        t = lookup(c) if c and c not in ("小计", "法人小计", "合计（法人）") else None
        # "23 件,其中自然人": a figure with its unit and words after it is a clause of a sentence (a line whose
        # struck-out words were blanked), no column's name.
        if t is None or c in ("项目", "类别", "名称", "事项", "内容", "指标") or _STATED.search(c):
            cols.append(("label", None))
        elif t.kind == "applicant":
            cols.append(("applicant", t.target))
            named += 1
        elif t.kind == "legal":
            cols.append(("legal", None))
            named += 1
        elif t.kind == "other" or c.strip() in ("其他", "其它"):
            cols.append(("applicant", 5))
            named += 1
        elif t.kind == "outcome":
            cols.append(("outcome", t.target))
            named += 1
        elif t.kind == "t2col":
            cols.append(("t2col", t.target))
            named += 1
        elif t.kind == "past":  # 2019 sheets: 上一年项目数量, 本年增/减 are not this year's cells
            cols.append(("skip", None))
            named += 1
        elif t.kind in ("row", "group") and t.target in ("total_processed",):
            cols.append(("applicant", form.TOTAL))
            named += 1
        else:
            cols.append(("label", None))
    if named >= 2 and not any(_value(c) is not None and c.strip() not in ("-", "—", "无") for c in cells):
        # A total column header written as 合计/总计 is an applicant column 6 or outcome 4 by its neighbours.
        kinds = {k for k, _ in cols if k != "label"}
        if "outcome" in kinds:
            cols = [("outcome", 4) if k == "applicant" and v == form.TOTAL else (k, v) for k, v in cols]
        return cols
    return None


_SKIP = ("past", "ignore", "not", "subject", "rest", "quant", "zero")


# Table 3 kept on its side ("按申请人类型"): a row an applicant, a column a row or a group of the form's table 3
# ("申请人类型 | 本年新收 | 上年结转 | 予以公开 | 不予公开 | … | 结转下年"). A sheet's merged header cell ("办理结果"
# over six result columns) comes pasted as the cell's name and empty cells, the names under it on the next line.
_TOTAL_ROW = re.compile(r"^(?:总计|合计|共计|总数|全部)$")


def _t3_column(cell: str):
    """The table-3 cells a transposed header's cell names, as the keys of its rows (a group: all of its rows),
    or None."""
    t = lookup(cell) if cell else None
    if t is None or t.end - t.start < len(cell) - 2:
        return None  # a word inside a longer name ("办结合计" is 办结; "申请人类型" names no row)
    if t.kind in ("row", "open") and t.target in form.APPLICATION_KEYS:
        return (t.target,)  # ("公开" beside 部分公开 and 不予公开 is 予以公开)
    if t.kind == "group":
        return form.GROUP_KEYS[t.target]
    if t.kind == "apps":
        return ("new_received",)
    return None


def transposed_header(first: list[str], second: list[str] | None) -> tuple[list[tuple[str, ...] | None], bool] | None:
    """The columns of a transposed table 3's header (one tab a cell; `second`: the line under it, the names of a
    merged cell's columns) and whether `second` was of it; None when it is none: three columns or more named,
    none of them an applicant."""
    if any(_value(c) is not None for c in first):
        return None
    cells = list(first)
    if second is not None:
        named = [(j, c) for j, c in enumerate(second) if c]
        if len(named) >= 2 and all(_t3_column(c) is not None for _, c in named) and \
                not any(_value(c) is not None for c in second):
            cells += [""] * (len(second) - len(cells))
            for j, c in named:
                cells[j] = c
        else:
            second = None
    cols: list[tuple[str, ...] | None] = []
    for j, c in enumerate(cells):
        t = lookup(c) if c else None
        if t is not None and t.kind in ("applicant", "legal", "outcome", "t2col", "t2row", "rgroup"):
            return None  # a header of applicants (the form's own way), or not table 3's
        # A merged cell's name over empty cells no second line filled names no single column.
        span = second is None and j + 1 < len(cells) and not cells[j + 1] and j > 0
        cols.append(None if span else _t3_column(c))
    if sum(c is not None for c in cols) < 3 or len({c for c in cols if c}) < sum(c is not None for c in cols):
        return None
    return cols, second is not None


def _transposed_row(cells: list[str], cols: list[tuple[str, ...] | None], quote: str,
                    message: int) -> list[Statement] | None:
    """One applicant's row under a transposed header, cell for cell; None when its label names no applicant
    (a 小计 of 法人, a row of something else) or its figures do not sit under the named columns."""
    labels = [c for c in cells if c and _value(c) is None]
    if not labels or len(cells) > len(cols):
        return None
    last = labels[-1]
    if _TOTAL_ROW.match(last):
        col = form.TOTAL
    else:
        t = lookup(last)
        if t is None or t.end - t.start < len(last) - 2:
            return None
        if t.kind == "other" or last in ("其他", "其它"):
            col = 5
        elif t.kind == "applicant" and t.target != form.TOTAL:
            col = t.target
        else:
            return None
    figures = [(j, _value(c)) for j, c in enumerate(cells) if c and _value(c) is not None]
    if not figures or any(cols[j] is None for j, _ in figures):
        return None
    out = []
    for j, keys in enumerate(cols):
        if keys is None:
            continue
        if j >= len(cells) or not cells[j].strip():
            continue  # a cell not given (a short row, an empty cell) is unknown, not none
        v = _value(cells[j])
        if v is None:
            return None
        out.append(Statement(tuple((1.0, application_path(k, col)) for k in keys), v, quote=quote,
                             label=last, message=message))
    return out


def _row_of(labels: list[str]):
    """The row a line's label cells name: the right-most part that names a row ("三、本年度办理结果 | （一）予以公开",
    "不予公开-第三方"); "其他处理-其他" is that group's third row."""
    parts = [p for c in labels for p in re.split(r"[-—－–·/:：|]+", c) if p.strip()]
    for k in range(len(parts) - 1, -1, -1):
        t = lookup(parts[k])
        if t is None or t.kind in _SKIP or t.kind in ("t2col", "applicant", "legal", "outcome"):
            continue  # a column's word ("制发", "自然人") in a row's label cell names no row
        if t.kind == "other" and k > 0 and (g := lookup(parts[k - 1])) is not None and g.kind == "group":
            return type(t)("row", form.GROUP_KEYS[g.target][-1], t.start, t.end, t.text)
        if t.kind != "other":
            return t
    return lookup("".join(labels))


# A field's name, a colon and words (not a figure): "字幕：新收申请", "旁白：另有…".
_FIELD = re.compile(r"[\u4e00-\u9fff]{1,6}\s*[:：]\s*[\u4e00-\u9fff]")
_GLUED = re.compile(r"[\u4e00-\u9fff]\s*[:：]?\s*\d+(?:\.\d+)?\s*(?:件|个)?$")
_DATE = re.compile(r"^(\d{4})[-./年](\d{1,2})[-./月](\d{1,2})日?$")
# A date without its year in a ledger row ("01.20", "12月29日"): the ledger's year is meant.
_SHORT_DATE = re.compile(r"^(0?[1-9]|1[0-2])[./月-](0?[1-9]|[12]\d|3[01])日?$")
# A ledger's columns, or the fields of a registration form (records.py): when the application came in, when it
# was answered (each a date or time), how it ended.
RECEIVED = re.compile(r"收到|受理|收件|来件|接收|登记|申请日期|申请时间")
ANSWERED = re.compile(r"答复|办结|回复|告知|完成")
RESULT = re.compile(r"结果|状态|办理情况|答复情况|处理情况|答复类型")
# A full date anywhere in a field ("2025 年 3 月 2 日", "2024.12.27"): its year.
_DAY = re.compile(r"((?:19|20)\d{2})\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}\s*日?")


def dated(name: str) -> bool:
    """Whether a column or field name is of a date."""
    return "日期" in name or "时间" in name


def year_of(text: str) -> int | None:
    """The year of the first full date in `text`."""
    m = _DAY.search(text)
    return int(m.group(1)) if m else None
# (a row dated without its year is a ledger's only when a cell says how the application ended)
_RESULT_WORD = re.compile(r"公开|不掌握|办结|办理中|在办|未办结|不予|重复|撤回|答复|告知|补正|信访|出版物")


def ledger_line(raw: str) -> bool:
    """Whether a line as written is a row of an application ledger."""
    line = fold(raw)
    return _is_grid_line(line) and _ledger_line(_cells(line))


def _ledger_line(cells: list[str], headed: bool = False) -> bool:
    """A row of an application ledger: an index or a file number, a date, the applicant, the subject, the
    result ("3\t2024-01-15\t王某…", "ZJ2023-004 | 2023.5.6 | 孙某 …"). `headed`: under a ledger's header
    ("编号  申请人  收件日期  结果"), where a short row with a month and day is one too."""
    first = cells[0] if cells else ""
    index = first.isdigit() and len(first) <= 4 or (
        bool(re.search(r"\d", first)) and not re.search(r"[\u4e00-\u9fff]", first) and len(first) <= 20
        and not _DATE.match(first))
    return len(cells) >= 4 and index and (any(_DATE.match(c) for c in cells) or
                                          (len(cells) >= 6 or headed) and
                                          sum(bool(_SHORT_DATE.match(c)) for c in cells[1:]) >= 1 and
                                          any(_RESULT_WORD.search(c) for c in cells[2:]))


# "〃" (or 同上) in a hand-kept register: the cell above, in the same column.
_DITTO = frozenset(("〃", "″", "同上", '"', "“", "”", "ditto"))


def _dittoed(cells: list[str], above: list[str]) -> list[str]:
    if len(cells) != len(above) or not any(c in _DITTO for c in cells):
        return cells
    return [above[j] if c in _DITTO else c for j, c in enumerate(cells)]


@dataclass
class _Ledger:
    """The columns of a ledger, from its header when there is one."""
    received: int | None = None
    answered: int | None = None
    result: list[int] = field(default_factory=list)

    @classmethod
    def of(cls, cells: list[str]) -> "_Ledger | None":
        if not any(dated(c) for c in cells):
            return None
        out = cls()
        for j, c in enumerate(cells):
            if dated(c) and RECEIVED.search(c) and out.received is None:
                out.received = j
            elif dated(c) and ANSWERED.search(c) and out.answered is None:
                out.answered = j
            elif RESULT.search(c):
                out.result.append(j)
        return out


def _dates(cells: list[str], layout: "_Ledger | None") -> tuple[int | None, int | None]:
    """(year received, year answered) of one ledger row: by the header, else the first and second date."""
    years = [(j, int(m.group(1))) for j, c in enumerate(cells) if (m := _DATE.match(c))]
    by_col = dict(years)
    if layout is not None and layout.received is not None and layout.received in by_col:
        got = by_col[layout.received]
        ans = by_col.get(layout.answered) if layout.answered is not None else \
            next((y for j, y in years if j != layout.received), None)
        return got, ans
    return (years[0][1] if years else None), (years[1][1] if len(years) > 1 else None)


def _ledger(rows: list[tuple[list[str], str, _Ledger | None]], message: int) -> list[Statement]:
    """One application a row: its result row (or 结转下年 while still open) and its applicant, counted;
    received in the ledger's year it is 新收, received the year before 上年结转; answered before the
    ledger's year it is not this year's at all. The ledger's year is the year most rows were received."""
    received = [_dates(cells, layout)[0] for cells, _, layout in rows]
    known = [y for y in received if y is not None]
    year = max(set(known), key=lambda y: (known.count(y), y)) if known else None
    touched = set(known) | {_dates(cells, layout)[1] for cells, _, layout in rows}
    if this_year() in touched:
        year = this_year()  # "2024.12.27收 | 2025.01.15答复" in a 2025 report: carried over, whatever the majority
    out = []
    for (cells, quote, layout), got in zip(rows, received):
        ans = _dates(cells, layout)[1]
        if year is not None and ans is not None and ans < year:
            continue  # concluded before the year the ledger reports
        where = [c for j, c in enumerate(cells) if layout is not None and j in layout.result] or \
            [c for c in cells[1:] if not _DATE.match(c)]
        row = result_row(fold(" ".join(where)))
        appl = next((t.target for t in tokens(fold(" ".join(c for c in cells[1:] if not _DATE.match(c))))
                     if t.kind == "applicant"), None)
        cols = [form.TOTAL] + ([appl] if appl is not None else [])
        rows_of = [row] if row else []
        if year is not None and got is not None:
            rows_of.append("new_received" if got >= year else "carried_over")
        for r in rows_of:
            out += [Statement(((1.0, application_path(r, c)),), 1.0, quote=quote, label=form.APP_BY_KEY[r].short,
                              message=message, source="each") for c in cols]
    return out


def result_row(text: str) -> str | None:
    """The table-3 row a ledger's result cell (or a form's result field) names; None when it names none."""
    toks = tokens(text)
    if any(t.kind == "row" and t.target == "carried_forward" for t in toks):
        return "carried_forward"
    results = [t.target for t in toks if t.kind == "row" and t.target in form.RESULT_KEYS]
    if "partially_granted" in results:
        return "partially_granted"
    if [r for r in results if r != "granted"]:
        return [r for r in results if r != "granted"][0]
    if results:
        return results[0]
    if opened := [t.target for t in toks if t.kind == "open"]:
        return opened[0]  # "公开" alone in a result column
    return None  # a group without its reason, or nothing: the reply asks


_CSV_LINE = re.compile(r"^[^,\n]*(?:,[^,\n]*){3,}$")


def _csv(lines: list[str]) -> bool:
    """A sheet exported as CSV: several lines of four or more comma-separated fields."""
    return sum(bool(_CSV_LINE.match(line)) for line in lines) >= 3


_PERIOD = re.compile(r"^(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月份?$|^(?:第?[1-4一二三四]\s*季度|[Qq][1-4])$")


def _column_cell(cell: str) -> list[str] | None:
    """The cells a flattened sheet header names ("新收申请_自然人", "办结情况_不予公开", "新收_小计")."""
    parts = [p for p in re.split(r"[_\-—－–/]+", fold(cell)) if p.strip()]
    if len(parts) < 2:
        return None
    row, col = lookup(parts[0]), lookup(parts[-1])
    if row is None or col is None:
        return None
    if row.kind in ("row", "group", "apps") and col.kind in ("row", "group") and \
            (row.kind != "row" or row.target in ("total_processed",)) and col.target != "new_received":
        row = col  # "办结情况_予以公开": the row is the second word
        col = None
    keys = [row.target] if row.kind == "row" else list(form.GROUP_KEYS[row.target]) if row.kind == "group" else \
        ["new_received"] if row.kind == "apps" else None
    if not keys:
        return None
    if col is None or parts[-1] in ("小计", "合计", "总计"):
        cols = [form.TOTAL]
    elif col.kind == "applicant":
        cols = [col.target]
    elif col.kind == "legal":
        cols = list(range(1, 6))
    else:
        return None
    return [application_path(k, c) for k in keys for c in cols]


def _plain_columns(cells: list[str]) -> list[list[str] | None]:
    """A sheet header of the form's words ("季度 | 新收 | 其中：自然人 | 企业 | 予以公开 | 不予公开 | 备注"): a row's
    column is its total (a group's, the sum of its rows); an applicant after a row is that row's column."""
    out: list[list[str] | None] = []
    last_row: str | None = None
    for c in cells:
        t = lookup(re.sub(r"^(?:其中|含)[：:]?", "", fold(c)))
        paths = None
        if t is not None and t.kind == "row":
            last_row, paths = t.target, [application_path(t.target, form.TOTAL)]
        elif t is not None and t.kind == "group":
            last_row, paths = None, [application_path(k, form.TOTAL) for k in form.GROUP_KEYS[t.target]]
        elif t is not None and t.kind == "apps":
            last_row, paths = "new_received", [application_path("new_received", form.TOTAL)]
        elif t is not None and t.kind == "applicant" and last_row is not None and t.target != form.TOTAL:
            paths = [application_path(last_row, t.target)]
        out.append(paths)
    return out


def _period_sheet(lines: list[str], message: int, out: GridResult) -> bool:
    """A sheet with one row a month or a quarter and the form's cells as columns: the year is the sum of
    the rows (the total row was not exported)."""
    for h, raw in enumerate(lines):
        cells = [c.strip().strip('"') for c in re.split(r",|\t|\s*[|｜]\s*", raw.strip().strip("|"))]
        named = [_column_cell(c) for c in cells]
        if sum(x is not None for x in named) < 3:
            named = _plain_columns(cells)
        if sum(x is not None for x in named) < 3:
            continue
        rows = []
        for i in range(h + 1, len(lines)):
            data = [c.strip().strip('"') for c in re.split(r",|\t|\s*[|｜]\s*", lines[i].strip().strip("|"))]
            if not data or not _PERIOD.match(fold(data[0]).replace(" ", "")):
                break
            rows.append((i, data))
        if len(rows) < 3:
            return False
        remarks = [j for j, paths in enumerate(named) if paths is None and j > 0 and
                   any(j < len(d) and _value(d[j]) is None and re.search(r"[\u4e00-\u9fff]", d[j]) for _, d in rows)]
        for j, paths in enumerate(named):
            if paths is None:
                continue
            values = [_value(d[j]) if j < len(d) and d[j] else 0.0 for _, d in rows]
            if any(v is None for v in values):
                continue
            label = f"{cells[j]}（{len(rows)}个{'月' if '月' in rows[0][1][0] else '季度'}合计）"
            out.statements.append(Statement(tuple((1.0, p) for p in paths), float(sum(values)),
                                            quote=f"{cells[j]}：" + "+".join(f"{v:g}" for v in values),
                                            label=label, message=message))
        if remarks:
            out.statements += _with_remarks(cells, named, rows, remarks, message)
        end = rows[-1][0] + 1
        if end < len(lines) and re.match(r"\s*(?:合\s*计|总\s*计|小\s*计|全年)", fold(lines[end])):
            end += 1  # the sheet's own total row: the sum of the rows above it
        out.lines |= {h} | {i for i, _ in rows} | set(range(rows[-1][0], end))
        return True
    return False


def _with_remarks(cells, named, rows, remarks, message) -> list[Statement]:
    """A sheet whose 备注 column says what a row's figures were ("无法提供为不掌握", "另有2件在办"): each row is
    read as a small note of its own — its figures and its remark — and the year is the sum of the rows
    (`parts.combine`, the same as 科室 replies forwarded unsummed)."""
    from .grammar import MessageReader
    from .parts import combine, row_of  # a cell's row through the form's typed address
    blocks, said_rows = [], set()
    for i, d in rows:
        block = []
        for j, paths in enumerate(named):
            v = _value(d[j]) if paths is not None and j < len(d) and d[j] else (0.0 if paths is not None else None)
            if v is not None:
                block.append(Statement(tuple((1.0, p) for p in paths), float(v), quote=f"{d[0]}{cells[j]}{v:g}",
                                       label=cells[j], message=message))
        for j in remarks:
            if j < len(d) and d[j].strip():
                note = "，".join(f"{cells[k]}{_value(d[k]):g}件" for k, p in enumerate(named)
                                if p is not None and k < len(d) and _value(d[k]) is not None)
                said = MessageReader(note + "。" + d[j], message).read()
                added = [s for s in said if s.span[0] > len(note)]  # what the remark adds
                said_rows |= {row_of(p) for s in added for _, p in s.terms}
                block += added
        blocks.append(block)
    # The columns' sums stand as they are; the remarks settle the rows they name ("无法提供为不掌握").
    return [replace(s, label=s.label.replace("部分合计", "行合计")) for s in combine(blocks)
            if all(row_of(p) in said_rows for p in s.cells)]



def read_grids(text: str, message: int = 0) -> GridResult:
    out = GridResult()
    lines = text.split("\n")
    if (chosen := one_body(lines)):
        # One body's column of a sheet of several: the others' cells are blanked for every reader after this.
        out.rewritten.update(chosen)
        lines = [chosen.get(i, line) for i, line in enumerate(lines)]
        text = "\n".join(lines)
    if _period_sheet(lines, message, out):
        lines = ["" if i in out.lines else line for i, line in enumerate(lines)]
    csv = _csv(lines)
    header: list[tuple[str, object]] | None = None
    tabbed_header = False  # the header's cells are a sheet's, one a tab: the rows under it align cell for cell
    under: list[str] = []  # the rows bound under the current header
    pivot = False  # the header is a pivot table's ("行标签 | 个人 | 企业 | 总计")
    layout: _Ledger | None = None
    years: list[int] | None = None  # a sheet with a column a year: which of them is which
    periods: Periods | None = None  # a statistical form with 本年 / 上年 columns and indicator codes
    ledger: list[tuple[list[str], str, _Ledger | None]] = []
    slashed = _slash_columns(text) if "/" in text else None
    transposed: list[tuple[str, ...] | None] | None = None  # table 3 on its side: a header of its rows
    skip = -1  # the line under a transposed header that named its merged cells' columns
    for i, raw in enumerate(lines):
        if slashed is not None and (cells := _slash_row(fold(raw), slashed)) is not None:
            head = _row_of(cells[:1])
            bound = _bind(head, cells, [(j, _value(c)) for j, c in enumerate(cells)], [("label", None)] + slashed) \
                if head is not None and head.kind in ("row", "apps", "rgroup") else []
            if bound:
                out.lines.add(i)
                out.statements += [Statement(((1.0, path),), v, quote=raw.strip(), label=head.text, message=message)
                                   for path, v in bound]
                continue
        if csv and _CSV_LINE.match(raw):
            # Exported cells are comma-separated; merged headers come flattened ("申请人情况-自然人") and an
            # empty cell in a row of figures is a 0, as the export leaves it.
            cells = [c.strip().strip('"') for c in raw.split(",")]
            if not any(c for c in cells[1:]):
                continue
            if (h := _header(cells)) is not None:
                header = h
                out.lines.add(i)
                continue
            has_figures = sum(_value(c) is not None for c in cells[2:]) >= 1
            if has_figures:
                cells = [c if c or j < 2 else "0" for j, c in enumerate(cells)]
            raw = "\t".join(cells)
        if (pc := period_columns(raw)) is not None:
            periods, header, years = pc, None, None
            out.lines.add(i)
            continue
        if periods is not None:
            if column_numbers(raw):
                out.lines.add(i)
                continue
            if (kept := periods.rewrite(raw)) is not None:
                _year_row(i, raw, kept, out, message)
                continue
            periods = None
        line = fold(raw)
        if re.fullmatch(r"\s*[|｜]?\s*:?-{2,}.*", line):
            out.lines.add(i)
            continue
        if years is not None and re.search(r"\S\s{2,}\S", line):
            # Under year columns a line of one-digit figures ("规范性文件制发    1    0") is a row too.
            if (kept := _this_year(raw, years)) is not None:
                _year_row(i, raw, kept, out, message)
            continue
        if not _is_grid_line(line):
            transposed = None
            header = None if not line.strip() else header
            years = None if not line.strip() else years
            continue
        cells = _cells(line)
        if sum(bool(_GLUED.search(c)) for c in cells) >= 2 and sum(_value(c) is not None for c in cells) == 0:
            continue  # "新发2｜废止1｜有效9": label-figure pairs with bars between them, a sentence to read
        if sum(bool(_FIELD.match(c)) for c in cells) >= 2:
            continue  # "画面：信封｜字幕：新收申请 40件｜旁白：另有结转的2件": named fields of prose, sentences to read
        if ledger:
            cells = _dittoed(cells, ledger[-1][0])
        if _ledger_line(cells, layout is not None):
            out.lines.add(i)
            ledger.append((cells, raw.strip(), layout))
            continue
        if (lh := _Ledger.of(cells)) is not None and not any(_value(c) is not None for c in cells):
            layout = lh
            out.lines.add(i)
            continue
        if (yc := _year_columns(cells)) is not None:
            years, header = yc, None
            out.lines.add(i)
            continue
        if i == skip:
            continue
        tabbed = _tab_cells(raw)
        if tabbed is not None and (tcols := transposed_header(
                tabbed, _tab_cells(lines[i + 1]) if i + 1 < len(lines) else None)) is not None:
            (transposed, merged), header = tcols, None
            out.lines.add(i)
            if merged:
                out.lines.add(i + 1)  # the merged cells' names
                skip = i + 1
            continue
        if transposed is not None and tabbed is not None and \
                (got := _transposed_row(tabbed, transposed, raw.strip(), message)) is not None:
            out.lines.add(i)
            out.statements += got
            continue
        if (h := _header(cells)) is not None:
            header = h
            tabbed_header = tabbed is not None and (h := _header(tabbed)) is not None and len(h) == len(tabbed)
            header = h if tabbed_header else header
            under, pivot = [], _PIVOT_HEAD.match(fold(cells[0])) is not None
            out.lines.add(i)
            continue
        if header is not None and tabbed_header and tabbed is not None and len(tabbed) == len(header):
            cells = _filled(tabbed, header)
        labels = [c for c in cells if c and _value(c) is None]
        values = [(j, _value(c)) for j, c in enumerate(cells)]
        nums = [(j, v) for j, v in values if v is not None and cells[j] and lookup(cells[j]) is None]
        if not labels or not nums:
            continue
        if len(nums) == 1 and nums[0][0] == 0 and len(labels) >= 2:
            continue  # "7｜上年结转填报为0件…｜逐件核对｜办公室": a register's serial number, its text the grammar's
        if header is not None and len(labels) == 1 and _TOTAL_LABEL.match(labels[0]) and under and \
                all(r in form.RESULT_KEYS or r == "carried_forward" for r in under):
            out.lines.add(i)  # a sheet's grand total under its result rows: their sum, nothing of its own
            if pivot:
                out.statements += _pivot_rest(under, header, raw.strip(), message)
            continue
        head = _blank_row(text) if len(labels) == 1 and _BLANK_LABEL.match(labels[0]) else _row_of(labels)
        if head is None or head.kind in ("past", "ignore", "not", "subject", "rest"):
            if len(nums) >= 2:
                out.unmapped.append(raw.strip())
            continue
        bound = _bind(head, cells, values, header)
        if not bound:
            continue  # nothing a grid can say: the grammar reads the line
        out.lines.add(i)
        if head.kind == "row":
            under.append(head.target)
        quote = raw.strip()
        for path, v in bound:
            out.statements.append(Statement(((1.0, path),), v, quote=quote, label=head.text, message=message))
    if ledger:
        out.statements += _ledger(ledger, message)
    return out


_YEAR_CELL = re.compile(r"((?:19|20)\d{2})\s*年?度?(?:数据|数|情况)?")


def _year_columns(cells: list[str]) -> list[int] | None:
    """"项目  2024年  2025年": a header of one column a year (the label column aside), or None."""
    years = [int(m.group(1)) for c in cells if (m := _YEAR_CELL.fullmatch(c))]
    others = [c for c in cells if c and not _YEAR_CELL.fullmatch(c)]
    if len(years) >= 2 and len(set(years)) == len(years) and len(others) <= 1 and \
            all(_value(c) is None for c in others):
        return years
    return None


def _this_year(raw: str, years: list[int]) -> str | None:
    """A line under year columns as the grammar should read it: the latest year's figure (the year the notes
    report; an earlier year stands beside it to compare) with the other years' cells blanked, offsets kept.
    None when its figures do not line up with the columns."""
    found = [m for m in re.finditer(r"[^\s|｜]+", raw) if _value(m.group(0)) is not None]
    if len(found) != len(years):
        return None
    keep = years.index(max(years))
    out = raw
    for k, m in enumerate(found):
        if k != keep:
            out = out[:m.start()] + " " * (m.end() - m.start()) + out[m.end():]
    return out


# A review's or a suit's outcomes and a row's applicants follow it indented or after 其中: the grammar reads
# those lines in the context of the line above, so neither is bound alone.
_SUB_LINES = re.compile(r"^(?:\s+|\s*其中)")


def _year_row(i: int, raw: str, kept: str, out: GridResult, message: int) -> None:
    """A row under year columns, its other years blanked: bound as a one-figure row when its label names a
    row, else left to the grammar as blanked (a sub-line "其中：自然人  51", "维持  1" reads in its context)."""
    cells = _cells(fold(kept))
    labels = [c for c in cells if c and _value(c) is None]
    head = _row_of(labels) if labels else None
    bound = _bind(head, cells, [(j, _value(c)) for j, c in enumerate(cells)], None) \
        if head is not None and head.kind not in ("past", "ignore", "not", "subject", "rest", "rgroup", "litigation") \
        and not _SUB_LINES.match(raw) else []
    if not bound:
        out.rewritten[i] = kept
        return
    out.lines.add(i)
    for path, v in bound:
        out.statements.append(Statement(((1.0, path),), v, quote=raw.strip(), label=head.text, message=message))


def _bind(head, cells, values, header) -> list[tuple[str, float]]:
    """(cell, value) pairs of one data line."""
    nums = [(j, v) for j, v in values if v is not None and lookup(cells[j] or "x") is None]
    if header is not None and len(header) >= len(cells) - 1:
        # Align by position from the right when the label column is missing from the header.
        offset = len(header) - len(cells)
        pairs = []
        for j, v in nums:
            k = j + offset
            if 0 <= k < len(header):
                pairs.append((header[k], v))
    else:
        pairs = []
        width = len(nums)
        if head.kind in ("row", "apps") and width in (7, 8):
            kinds = [("applicant", c) for c in range(7)] if width == 7 else \
                [("applicant", 0), ("legal", None)] + [("applicant", c) for c in range(1, 7)]
        elif head.kind in ("rgroup", "litigation") and width == 5:
            kinds = [("outcome", c) for c in range(5)]
        elif head.kind == "t2row" and width == 3 and len(form.ACTIVE_BY_KEY[head.target].paths) == 3:
            kinds = [("t2col", c.key) for c in form.DOC_COLUMNS]
        elif width == 1:
            kinds = [("total", None)]
        else:
            return []
        pairs = list(zip(kinds, [v for _, v in nums]))
    out = []
    for (kind, target), v in pairs:
        if kind in ("label", "legal", "skip"):
            continue
        if head.kind == "row" and kind in ("applicant", "total"):
            out.append((application_path(head.target, form.TOTAL if target is None else target), v))
        elif head.kind == "apps" and kind in ("applicant", "total"):
            out.append((application_path("new_received", form.TOTAL if target is None else target), v))
        elif head.kind == "rgroup" and kind in ("outcome", "total", "applicant"):
            k = form.REVIEW_TOTAL if target is None or kind == "applicant" else target
            out.append((review_path(head.target, k), v))
        elif head.kind == "t2row":
            row = form.ACTIVE_BY_KEY[head.target]
            if len(row.paths) == 1 and (kind == "total" or target == "value" or len(pairs) == 1):
                out.append((row.paths[0], v))
            elif len(row.paths) == 3 and kind == "t2col" and target != "value":
                out.append((f"active.{head.target}.{target}", v))
    return out
