"""The three tables as editable grids (pandas DataFrames of text) and back to cell paths, for the draft
editor and the training practice.

Pure data: the page shows these with st.data_editor and turns the editor's changes into cell edits.
Cells are text, so an official can type what the form allows and what people write: "/" (不适用),
"12件", "1,200", and in the 万元 fee cell an amount in 元 ("12000元"), converted and said so. A blank
cell shows blank, never "None".
"""
from __future__ import annotations

import functools
import math
import re
from dataclasses import dataclass

import pandas as pd

from ..form import official as form
from ..form.official import FEE_PATH
from .numbers import cn_number, fmt
from .report import (
    APPLICANT_COLUMNS, APPLICATION_KEYS, APPLICATION_ROWS, REVIEW_COLUMNS, REVIEW_GROUPS, Report, application_path,
    review_path,
)

DOC_ROWS = {r.label: r.key for r in form.ACTIVE if len(r.columns) == 3}
DOC_COLS = {c.label: c.key for c in form.DOC_COLUMNS}
OTHER_ROWS = {"行政许可（处理决定数）": "active.licensing", "行政处罚（处理决定数）": "active.punishment",
              "行政强制（处理决定数）": "active.coercion", "行政事业性收费（万元）": "active.fees"}
_T2, _T3, _T4 = form.TABLES
_OTHER_BLOCKS = [b for b in form.ACTIVE_BLOCKS if b != form.ACTIVE_BLOCKS[0]]
TITLES = {"active_docs": f"{_T2.name} {form.ACTIVE_BLOCKS[0]} {'和'.join(DOC_ROWS)}",
          # 第二十条第（五）至（八）项: the first block's article number, the items of the first and last block
          "active_other": f"{_T2.name} {_OTHER_BLOCKS[0][:-1]}至{_OTHER_BLOCKS[-1][5:]}",
          "applications": _T3.heading, "review": _T4.heading}
NA_MARKS = ("/", "／", "无", "不适用", "—", "-", "－")
HELP = "可填数字，也可填“12件”“1,200”；“/”或“无”表示不适用（按 0 记入）；清空单元格表示未知。"
FEE_HELP = "单位：万元。填“12000元”会自动换算为 1.2 万元。"


# Compact labels for the grids (the official layout below them keeps the form's full wording).
_SHORTER = {r.key: r.grid for r in form.APPLICATION_ROWS_DEF if r.grid} | {
    "total_processed": form.APP_BY_KEY["total_processed"].label,
    "carried_forward": form.APP_BY_KEY["carried_forward"].label[:7],
    "new_received": form.APP_BY_KEY["new_received"].label[:6], "carried_over": form.APP_BY_KEY["carried_over"].label[:6],
    "partially_granted": form.APP_BY_KEY["partially_granted"].label.split("（区分")[0],
    "granted": form.APP_BY_KEY["granted"].label}
APPLICANT_SHORT = tuple(a.grid or a.label for a in form.APPLICANTS)
REVIEW_SHORT = tuple(c.grid or c.label for c in form.REVIEW_OUTCOMES)
GROUP_SHORT = {g.key: g.header.replace("未经复议", "") for g in form.REVIEW_GROUPS_DEF}
FULL_COLUMNS = dict(zip(APPLICANT_SHORT, APPLICANT_COLUMNS)) | dict(zip(REVIEW_SHORT, REVIEW_COLUMNS))


def _row_label(key: str) -> str:
    group, label = APPLICATION_ROWS[key]
    short = _SHORTER.get(key, label)
    if key in ("new_received", "carried_over", "granted", "partially_granted", "total_processed", "carried_forward"):
        return short
    number = label.split(".")[0] + "." if "." in label[:3] else ""
    prefix = group[:3] if group and group.startswith("（") else ""
    return f"{prefix}{number}{short if key in _SHORTER else label[len(number):]}"


@functools.cache  # the form never changes; a page run asks for the grids many times
def grids() -> dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[tuple[str, ...], ...]]]:
    """name -> (row labels, column labels, cell paths by row and column), all immutable: one shared value."""
    return {
        "active_docs": (tuple(DOC_ROWS), tuple(DOC_COLS),
                        tuple(tuple(f"active.{r}.{c}" for c in DOC_COLS.values()) for r in DOC_ROWS.values())),
        "active_other": (tuple(OTHER_ROWS), ("数值",), tuple((p,) for p in OTHER_ROWS.values())),
        "applications": (tuple(_row_label(k) for k in APPLICATION_KEYS), tuple(APPLICANT_SHORT),
                         tuple(tuple(application_path(k, c) for c in range(7)) for k in APPLICATION_KEYS)),
        "review": (tuple(GROUP_SHORT.get(g, v) for g, v in REVIEW_GROUPS.items()), tuple(REVIEW_SHORT),
                   tuple(tuple(review_path(g, c) for c in range(5)) for g in REVIEW_GROUPS)),
    }


def show(value) -> str:
    """A cell value as the official reads it: blank for unknown, 12 not 12.0, 35.5 for 万元."""
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return ""
    return fmt(value)


def frame(report: Report, name: str) -> pd.DataFrame:
    rows, cols, paths = grids()[name]
    data = {col: [show(report.value(paths[i][j])) for i in range(len(rows))] for j, col in enumerate(cols)}
    return pd.DataFrame(data, index=pd.Index(rows, name="项目"), dtype="string").fillna("")


@dataclass
class Parsed:
    value: float | int | None
    note: str = ""    # e.g. "12000元 = 1.2万元"
    error: str = ""   # the input cannot be a figure: the cell is not changed


_NUM = re.compile(r"^([+-]?\d+(?:\.\d+)?)\s*(万元|元|万|件|条|次|项|个|人|家)?$")


def parse_cell(raw, path: str) -> Parsed:
    """What a typed cell means. Numbers pass through; text is read as the form and people write it."""
    if raw is None or raw is pd.NA or (isinstance(raw, float) and math.isnan(raw)):
        return Parsed(None)
    if isinstance(raw, bool):
        return Parsed(None, error="不是数字")
    if isinstance(raw, (int, float)):
        return Parsed(_plain(raw))
    text = str(raw).strip().replace(",", "").replace("，", "").replace(" ", "")
    text = text.translate(str.maketrans("０１２３４５６７８９．", "0123456789."))
    if text == "":
        return Parsed(None)
    if text in NA_MARKS:
        return Parsed(0, note=f"“{raw}”表示不适用，按 0 记入")
    m = _NUM.match(text)
    if m is None:
        n = cn_number(re.sub(r"[件条次项个人家]$", "", text))
        if n is not None and re.fullmatch(r"[零〇一二两三四五六七八九十百千万]+[件条次项个人家]?", text):
            return Parsed(_plain(n), note=f"“{raw}”按 {show(n)} 记入")
        return Parsed(None, error=f"“{raw}”不是数字（可填 12、12件、/）")
    value, unit = float(m.group(1)), m.group(2)
    if path == FEE_PATH:
        if unit == "元":
            wan = round(value / 10000, 6)
            return Parsed(_plain(wan), note=f"{show(_plain(value))}元 = {show(wan)}万元（表中单位为万元）")
        return Parsed(_plain(value))
    if unit in ("万元", "元"):
        return Parsed(None, error=f"“{raw}”是金额，这里应填件数")
    if unit == "万":
        value *= 10000
    return Parsed(_plain(value))


def _plain(v):
    if v is None or v is pd.NA or (isinstance(v, float) and math.isnan(v)):
        return None
    f = float(v)
    return int(f) if f.is_integer() else f


@dataclass
class Edit:
    path: str
    value: float | int | None
    raw: str
    note: str = ""
    error: str = ""


def editor_edits(name: str, base: pd.DataFrame, state: dict | None) -> list[Edit]:
    """Every cell changed in a data_editor's session-state entry ({"edited_rows": {i: {col: v}}}), read."""
    rows, cols, paths = grids()[name]
    out = []
    for i, edits in (state or {}).get("edited_rows", {}).items():
        for col, value in edits.items():
            if col not in cols:
                continue
            j = cols.index(col)
            path = paths[int(i)][j]
            parsed = parse_cell(value, path)
            before = parse_cell(base.iloc[int(i)][col], path).value
            if parsed.error or parsed.value != before or parsed.note:
                out.append(Edit(path, parsed.value, show(value), parsed.note, parsed.error))
    return out


def apply_editor_state(name: str, base: pd.DataFrame, state: dict | None) -> list[tuple[str, float | int | None]]:
    """(path, value) for every readable changed cell (errors left out: see editor_edits)."""
    return [(e.path, e.value) for e in editor_edits(name, base, state) if not e.error]


def changes(name: str, before: pd.DataFrame, after: pd.DataFrame) -> list[tuple[str, float | int | None]]:
    """(path, new value) for every cell the user changed; an emptied cell is None."""
    rows, cols, paths = grids()[name]
    out = []
    for i, row in enumerate(rows):
        for j, col in enumerate(cols):
            a, b = parse_cell(before.loc[row, col], paths[i][j]).value, parse_cell(after.loc[row, col], paths[i][j])
            if not b.error and a != b.value:
                out.append((paths[i][j], b.value))
    return out
