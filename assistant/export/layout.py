"""The official layout, shared by every export format.

The three tables are described once, as grids of cells with their row/column spans and the cell
paths they show (`official_tables`), derived from the form (assistant/form.py); every renderer draws
from that description. Text is cleaned of control characters before any format sees it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from pydantic import BaseModel

from ..form import official as form
from ..model.report import APPLICATION_KEYS, APPLICATION_ROWS, APPLICATIONS_HEADER, REVIEW_COLUMNS, Report, application_path, \
    review_path

# Grid labels of the official tables that are not data rows or columns of the form.
CONTENT = "信息内容"
APPLICANTS = "申请人情况"
UNFINISHED_MARK = "征求意见稿"


@dataclass
class Cell:
    text: str = ""
    rowspan: int = 1
    colspan: int = 1
    path: str | None = None  # the data cell shown here
    header: bool = False


def _value(report: Report, path: str) -> str:
    v = report.value(path)
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():  # 0 and 12, never 0.0 (also the fee in 万元)
        return str(int(v))
    return str(v)


def _active_table(report: Report) -> list[list[Cell]]:
    """Table 2: per 第二十条 item a header row over the grid, a row of column labels, its data rows."""
    width = max(len(r.columns) for r in form.ACTIVE) + 1
    rows: list[list[Cell]] = []
    for block in form.ACTIVE_BLOCKS:
        members = [r for r in form.ACTIVE if r.block == block]
        rows.append([Cell(block, colspan=width, header=True)])
        columns = members[0].columns
        span = (width - 1) // len(columns)
        rows.append([Cell(CONTENT, header=True)] + [Cell(c.label, colspan=span, header=True) for c in columns])
        for r in members:
            rows.append([Cell(r.label, header=True)] + [Cell(_value(report, p), colspan=span, path=p) for p in r.paths])
    return rows


def _applications_table(report: Report) -> list[list[Cell]]:
    h = lambda t, rs=1, cs=1: Cell(t, rs, cs, header=True)  # noqa: E731
    kinds = [a.label for a in form.APPLICANTS[1:form.TOTAL]]
    rows: list[list[Cell]] = [
        [h(APPLICATIONS_HEADER, rs=3, cs=3), h(APPLICANTS, cs=len(form.APPLICANTS))],
        [h(form.APPLICANT_COLUMNS[0], rs=2), h(form.LEGAL_PERSONS, cs=len(kinds)), h(form.APPLICANT_COLUMNS[form.TOTAL], rs=2)],
        [h(k) for k in kinds],
    ]
    results = form.RESULTS.label
    span = {results: form.RESULT_BLOCK_ROWS} | {g.label: len(form.GROUP_KEYS[g.key]) for g in form.T3_GROUPS}
    opened: set[str] = set()
    for key in APPLICATION_KEYS:
        group, label = APPLICATION_ROWS[key]
        row: list[Cell] = []
        if group is None:
            row.append(h(label, cs=3))
        else:
            if results not in opened:
                opened.add(results)
                row.append(h(results, rs=span[results]))
            if group == results:
                row.append(h(label, cs=2))
            else:
                if group not in opened:
                    opened.add(group)
                    row.append(h(group, rs=span[group]))
                row.append(h(label))
        rows.append(row + [Cell(_value(report, application_path(key, c)), path=application_path(key, c))
                           for c in range(len(form.APPLICANTS))])
    return rows


def _review_table(report: Report) -> list[list[Cell]]:
    h = lambda t, rs=1, cs=1: Cell(t, rs, cs, header=True)  # noqa: E731
    n = len(REVIEW_COLUMNS)
    review, *litigation = form.REVIEW_GROUPS_DEF
    return [
        [h(review.header, cs=n), h(form.LITIGATION, cs=n * len(litigation))],
        [h(c, rs=2) for c in REVIEW_COLUMNS] + [h(g.header, cs=n) for g in litigation],
        # a distinct cell per position: the Word renderer draws each cell object once
        [h(c) for _ in litigation for c in REVIEW_COLUMNS],
        [Cell(_value(report, review_path(g.key, c)), path=review_path(g.key, c))
         for g in form.REVIEW_GROUPS_DEF for c in range(n)],
    ]


def official_tables(report: Report) -> dict[str, list[list[Cell]]]:
    """The three statutory tables as rows of cells, only the cells that start at each position
    (HTML semantics: a spanned cell appears once, in its top-left row)."""
    return {"active": _active_table(report), "applications": _applications_table(report),
            "review_litigation": _review_table(report)}


def grid(rows: list[list[Cell]]) -> list[list[Cell | None]]:
    """Place spanned cells on a full grid: the top-left position holds the cell, covered ones None."""
    placed: dict[tuple[int, int], Cell | None] = {}
    width = 0
    for r, row in enumerate(rows):
        c = 0
        for cell in row:
            while (r, c) in placed:
                c += 1
            for dr in range(cell.rowspan):
                for dc in range(cell.colspan):
                    placed[(r + dr, c + dc)] = cell if (dr, dc) == (0, 0) else None
            c += cell.colspan
            width = max(width, c)
    return [[placed.get((r, c)) for c in range(width)] for r in range(len(rows))]


def header_rows(rows: list[list[Cell]]) -> int:
    """How many leading rows form the column header that a page break should repeat: the rows before
    the first data cell, unless header-only rows come again later (table 2's blocks each have their own)."""
    lead = next((i for i, row in enumerate(rows) if any(not c.header for c in row)), len(rows))
    later = any(all(c.header for c in row) for row in rows[lead:])
    return 0 if later else lead


TABLE_SECTIONS = {2: "active", 3: "applications", 4: "review_litigation"}


def paragraphs(text: str) -> list[str]:
    return [p.strip() for p in text.split("\n") if p.strip()]


def signature(report: Report) -> list[str]:
    """The closing agency and date, when the report is dated (a draft is always dated when exported:
    drafting/composer.signed_report)."""
    if not report.meta.published:
        return []
    d = report.meta.published
    agency = report.meta.agency or _title_agency(report.meta.title or "")
    return ([agency] if agency else []) + [f"{d.year}年{d.month}月{d.day}日"]


def _title_agency(title: str) -> str:
    m = re.match(r"(.+?)\s*20\d{2}\s*年度?政府信息公开", title)
    return m.group(1).strip("《》 ") if m else ""


# --- Cleaning -------------------------------------------------------------------------------------

# C0 controls but tab and newline (form feeds and NULs come with text copied out of PDFs), DEL, C1
# controls, lone surrogates and the two non-characters XML refuses.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def clean_text(text: str) -> str:
    return _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def clean_data(value):
    """Every string inside JSON-like data (dicts, lists) cleaned, keys included."""
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, dict):
        return {clean_data(k): clean_data(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [clean_data(v) for v in value]
    return value


def clean_report(report: Report) -> Report:
    """A copy of the report whose every text field is free of control characters."""
    out = report.model_copy(deep=True)

    def walk(model: BaseModel) -> None:
        for name in type(model).model_fields:
            v = getattr(model, name)
            if isinstance(v, str):
                setattr(model, name, clean_text(v))
            elif isinstance(v, BaseModel):
                walk(v)
            elif isinstance(v, list):
                for item in v:
                    if isinstance(item, BaseModel):
                        walk(item)
                if any(isinstance(item, str) for item in v):
                    setattr(model, name, [clean_text(i) if isinstance(i, str) else i for i in v])
    walk(out)
    return out
