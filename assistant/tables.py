"""The three tables as editable grids (pandas DataFrames) and back to cell paths, for the draft editor.

Pure data: the page shows these with st.data_editor and turns the editor's changes into cell edits.
"""
from __future__ import annotations

import math

import pandas as pd

from .report import (
    APPLICANT_COLUMNS, APPLICATION_KEYS, APPLICATION_ROWS, REVIEW_COLUMNS, REVIEW_GROUPS, Report, application_path,
    review_path,
)

DOC_ROWS = {"规章": "regulations", "行政规范性文件": "normative_documents"}
DOC_COLS = {"本年制发件数": "issued", "本年废止件数": "repealed", "现行有效件数": "in_force"}
OTHER_ROWS = {"行政许可（本年处理决定数量）": "active.licensing", "行政处罚（本年处理决定数量）": "active.punishment",
              "行政强制（本年处理决定数量）": "active.coercion", "行政事业性收费（本年收费金额，万元）": "active.fees"}


def _row_label(key: str) -> str:
    group, label = APPLICATION_ROWS[key]
    if group and group.startswith("（") and not label.startswith("（"):
        return f"{group[:3]}{label}"
    return label


def grids() -> dict[str, tuple[list[str], list[str], list[list[str]]]]:
    """name -> (row labels, column labels, cell paths by row and column)."""
    return {
        "active_docs": (list(DOC_ROWS), list(DOC_COLS),
                        [[f"active.{r}.{c}" for c in DOC_COLS.values()] for r in DOC_ROWS.values()]),
        "active_other": (list(OTHER_ROWS), ["数值"], [[p] for p in OTHER_ROWS.values()]),
        "applications": ([_row_label(k) for k in APPLICATION_KEYS], list(APPLICANT_COLUMNS),
                         [[application_path(k, c) for c in range(7)] for k in APPLICATION_KEYS]),
        "review": (list(REVIEW_GROUPS.values()), list(REVIEW_COLUMNS),
                   [[review_path(g, c) for c in range(5)] for g in REVIEW_GROUPS]),
    }


def frame(report: Report, name: str) -> pd.DataFrame:
    rows, cols, paths = grids()[name]
    data = {col: [report.value(paths[i][j]) for i in range(len(rows))] for j, col in enumerate(cols)}
    df = pd.DataFrame(data, index=rows)
    dtype = "Float64" if name == "active_other" else "Int64"
    return df.astype(dtype)


def changes(name: str, before: pd.DataFrame, after: pd.DataFrame) -> list[tuple[str, float | int | None]]:
    """(path, new value) for every cell the user changed; an emptied cell is None."""
    rows, cols, paths = grids()[name]
    out = []
    for i, row in enumerate(rows):
        for j, col in enumerate(cols):
            a, b = _plain(before.loc[row, col]), _plain(after.loc[row, col])
            if a != b:
                out.append((paths[i][j], b))
    return out


def _plain(v):
    if v is None or v is pd.NA or (isinstance(v, float) and math.isnan(v)):
        return None
    f = float(v)
    return int(f) if f.is_integer() else f


def apply_editor_state(name: str, base: pd.DataFrame, state: dict) -> list[tuple[str, float | int | None]]:
    """The changes recorded in a data_editor's session-state entry ({"edited_rows": {i: {col: v}}})."""
    rows, cols, paths = grids()[name]
    out = []
    for i, edits in (state or {}).get("edited_rows", {}).items():
        for col, value in edits.items():
            j = cols.index(col)
            new = _plain(value)
            if new != _plain(base.iloc[int(i)][col]):
                out.append((paths[int(i)][j], new))
    return out
