"""Rules of table 2, 主动公开政府信息情况 (domain.md §4.2, T2-1…T2-6): counts, the fee amount in 万元 and its
unit against last year, documents in force, the 规章 row of bodies without rule-making power, and the figures
section 一 quotes. Each with its lesson."""
from __future__ import annotations

import re

from ..form import address, official as form
from ..model.report import ACTIVE_ROWS, DOC_COLUMNS, SECTION_HEADINGS, CellNote, active_paths, cell_label
from .engine import Context, fmt, narrative, rule
from .lesson import Lesson, put, rewrite

_ONE = SECTION_HEADINGS[1]


def _fee_in_yuan(r):
    r.put("active.fees", 35.5)
    r.cells["active.fees"] = CellNote(raw="355000元", kind="number", unit="元")


def _problem(r, kind: str, table: int, row: str | None = None) -> bool:
    """Whether the parser reported this structural problem (typed evidence, assistant/model/problems.py)."""
    return any(p.kind == kind and p.table == table and (row is None or p.row == row) for p in r.problems)


_COUNT_PATHS = [p for p in active_paths() if p != "active.fees"]


@rule("T2-1", "error", "表二件数为非负整数", "表二各件数栏应填写非负整数；无规章制定权的机关“规章”行可填“/”。空白为警告，负数或非数字为错误。",
      _COUNT_PATHS,
      lesson=Lesson("行政强制件数留空", put("active.coercion", None)))
def _t21(ctx: Context):
    r = ctx.report
    if _problem(r, "missing_table", 2):
        return  # S-2 reports the missing table; no point listing its cells
    for path in _COUNT_PATHS:
        v = r.value(path)
        note = r.cells.get(path)
        if note is None:
            if v is not None:
                note = CellNote(raw=str(v), kind="number")
            elif _problem(r, "missing_row", 2, address.parse(path).row):
                continue
            else:
                note = CellNote(raw="", kind="blank")  # cleared in the editor, or never entered
        label = cell_label(path)
        if note.kind == "blank":
            yield f"表二“{label}”未填写（没有发生应填 0）", path, [path], "warning"
        elif note.kind == "na" and not path.startswith("active.regulations"):
            yield f"表二“{label}”填写了“{note.raw.strip()}”，应填写件数（没有发生应填 0）", path, [path], "warning"
        elif note.kind == "invalid":
            yield f"表二“{label}”填写的“{note.raw.strip()}”不是数字", path, [path]
        elif isinstance(v, (int, float)) and v < 0:
            yield f"表二“{label}”为负数（{fmt(v)}）", path, [path]
        elif isinstance(v, float) and not v.is_integer():
            yield f"表二“{label}”应为整数件数，实际填写 {note.raw.strip()}", path, [path]


@rule("T2-2", "error", "收费金额以万元填写", f"“{form.FEE_AMOUNT}”应为非负数，单位万元，最多保留4位小数；写成“元”或带千分位的要换算并提示。",
      ["active.fees"],
      lesson=Lesson("收费金额按元填成“355000元”", _fee_in_yuan))
def _t22(ctx: Context):
    r = ctx.report
    note = r.cells.get("active.fees")
    v = r.tables.active.fees
    if note is None:
        if _problem(r, "missing_table", 2) or any(p.table == 2 and p.row == "fees" for p in r.problems):
            return
        note = CellNote(raw="" if v is None else str(v), kind="blank" if v is None else "number")
    path = "active.fees"
    if note.kind == "blank":
        yield "表二“行政事业性收费 · 本年收费金额”未填写（没有收费应填 0）", path, [path], "warning"
    elif note.kind == "na":
        yield f"表二“行政事业性收费 · 本年收费金额”填写了“{note.raw.strip()}”，应填写金额（没有收费应填 0）", path, [path], "warning"
    elif note.kind == "invalid":
        yield f"表二“行政事业性收费 · 本年收费金额”填写的“{note.raw.strip()}”不是数字", path, [path]
    elif isinstance(v, (int, float)) and v < 0:
        yield f"表二收费金额为负数（{fmt(v)}）", path, [path]
    else:
        if note.unit == "元":
            yield (f"收费金额写成了“{note.raw.strip()}”，本栏单位为万元，已按 {fmt(v)} 万元读取，请核实并改写为万元"), \
                path, [path], "warning"
        elif note.unit == "千分位":
            yield f"收费金额“{note.raw.strip()}”带千分位分隔符，请直接填写数字（单位万元）", path, [path], "warning"
        raw = re.sub(r"[^\d.]", "", note.raw)
        if "." in raw and len(raw.split(".")[1]) > ctx.settings.fee_decimals and note.unit != "元":
            yield f"收费金额“{note.raw.strip()}”小数位超过 {ctx.settings.fee_decimals} 位（0.0001万元即1元）", \
                path, [path], "warning"


@rule("T2-3", "warning", "收费金额单位合理", "收费金额与上年相比相差百倍以上，多半是把“元”当成“万元”填写（或相反）。",
      ["active.fees"], cross_year=True,
      lesson=Lesson("收费金额误按元填写（355000），与上年 35.5 万元相差万倍", put("active.fees", 355000.0)))
def _t23(ctx: Context):
    this, last = ctx.report.tables.active.fees, ctx.last.tables.active.fees
    if isinstance(this, (int, float)) and isinstance(last, (int, float)) and this > 0 and last > 0:
        ratio = this / last
        k = ctx.settings.fee_ratio_warn
        if ratio > k or ratio < 1 / k:
            yield (f"收费金额 {fmt(this)} 万元与上年 {fmt(last)} 万元相差 {max(ratio, 1 / ratio):.0f} 倍，"
                   f"可能单位误用（元/万元）"), "active.fees", ["active.fees"]


@rule("T2-4", "warning", "现行有效件数不少于本年制发件数", "本年制发的文件通常仍然有效，现行有效件数一般不应少于本年制发件数。",
      [f"active.{r}.{c}" for r in ("regulations", "normative_documents") for c in ("issued", "in_force")],
      lesson=Lesson("现行有效件数（3）少于本年制发件数（4）", put("active.normative_documents.in_force", 3)))
def _t24(ctx: Context):
    for row in ("regulations", "normative_documents"):
        issued = ctx.v(f"active.{row}.issued")
        in_force = ctx.v(f"active.{row}.in_force")
        if isinstance(issued, (int, float)) and isinstance(in_force, (int, float)) and in_force < issued:
            label = ACTIVE_ROWS[row][1]
            yield (f"“{label}”现行有效件数（{fmt(in_force)}）少于本年制发件数（{fmt(issued)}），请核实"), \
                f"active.{row}.in_force", [f"active.{row}.issued", f"active.{row}.in_force"]


@rule("T2-5", "warning", "无规章制定权的机关规章行", "县级、乡镇政府和一般部门没有规章制定权，“规章”行通常应为 0 或“/”。",
      [f"active.regulations.{c}" for c in DOC_COLUMNS],
      lesson=Lesson("县政府在“规章”行填了 2 件", put("active.regulations.in_force", 2)))
def _t25(ctx: Context):
    r = ctx.report
    if r.meta.level not in ("县", "乡镇", "部门"):
        return
    cells = [f"active.regulations.{c}" for c in DOC_COLUMNS]
    nonzero = [p for p in cells if isinstance(r.value(p), (int, float)) and r.value(p) > 0]
    if nonzero:
        yield (f"“规章”行有非零数字（{'、'.join(cell_label(p) + '=' + fmt(r.value(p)) for p in nonzero)}），"
               f"但{r.meta.agency or '本机关'}没有规章制定权，请确认是否误填了规范性文件"), nonzero[0], nonzero


_T2_FIGURES = {"normative.issued": "active.normative_documents.issued",
               "normative.repealed": "active.normative_documents.repealed",
               "normative.in_force": "active.normative_documents.in_force"}


@rule("T2-6", "warning", "正文数字与表二一致", f"“{_ONE}”中引用的制发、废止、现行有效规范性文件件数应与表二一致。",
      list(_T2_FIGURES.values()),
      lesson=Lesson("正文写“制发行政规范性文件5件”，表中是 4 件", rewrite(1, lambda t: t.replace("规范性文件4件", "规范性文件5件"))))
def _t26(ctx: Context):
    yield from narrative(ctx, _T2_FIGURES)
