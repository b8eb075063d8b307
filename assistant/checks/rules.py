"""The rule catalogue of domain.md §4–§5 and the engine that runs it.

Each rule is data: an id that never changes meaning, a default severity, a Chinese title and
explanation, and the cell paths it touches (so a UI can highlight them). Its check function yields
findings that name the exact cells involved.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Callable, Iterable, Literal

from pydantic import BaseModel, Field

from ..form import address, official as form
from ..form.address import CellLocation, Location
from ..model.figures import find_figures
from ..parse import PERIOD, norm, simplified
from ..model.report import (
    ACTIVE_ROWS, APPLICANT_COLUMNS, CellNote, APPLICATION_KEYS, APPLICATION_ROWS, CN_NUMERALS, CORRECTED,
    DOC_COLUMNS, REVIEW_GROUPS, RESULT_KEYS, SECTION_HEADINGS, TOTAL, Report, active_paths,
    application_path, cell_label, review_path,
)
from ..settings import Settings, get_settings
from .register import hits, sentences
from .textsim import similarity as _bounded_similarity

# Headings and rows the messages quote, from the form.
_ONE, _FIVE, _SIX = (SECTION_HEADINGS[n] for n in (1, 5, 6))
_TOTAL_ROW = form.APP_BY_KEY["total_processed"].label
_TOPICS = "、".join(name for name, _ in form.OVERVIEW_TOPICS)
_DUTIES = "、".join(name for name, _ in form.GOVERNMENT_DUTIES[:-1]) + "和" + form.GOVERNMENT_DUTIES[-1][0]

Severity = Literal["error", "warning", "info"]
SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}
SEVERITY_ZH = {"error": "错误", "warning": "警告", "info": "提示"}


class Finding(BaseModel):
    """A rule's finding: where it is (a section, a table, a row or a cell — form/address.py) and every cell it
    involves, typed; as JSON both are the canonical path strings, read back into addresses."""
    rule: str
    severity: Severity
    message: str
    where: Location | None = None
    paths: list[CellLocation] = Field(default_factory=list)  # every cell the finding involves

    def public(self) -> dict:
        return {"rule": self.rule, "severity": self.severity, "message": self.message, "where": self.where,
                "cells": self.paths}


@dataclass
class Context:
    report: Report
    last: Report | None
    settings: Settings

    def v(self, path: str, report: Report | None = None):
        return (report or self.report).value(path)


@dataclass(frozen=True)
class Rule:
    id: str
    severity: Severity
    title: str
    description: str
    paths: tuple[str, ...] = ()
    cross_year: bool = False
    check: Callable[[Context], Iterable[Finding]] = field(default=lambda ctx: (), compare=False)


RULES: dict[str, Rule] = {}


def rule(id: str, severity: Severity, title: str, description: str, paths: Iterable[str] = (),
         cross_year: bool = False):
    def register(fn):
        def run(ctx: Context) -> Iterable[Finding]:
            for hit in fn(ctx) or ():
                message, where, cells, *sev = hit
                yield Finding(rule=id, severity=sev[0] if sev else severity, message=message, where=where,
                              paths=list(cells))
        RULES[id] = Rule(id, severity, title, description, tuple(paths), cross_year, run)
        return fn
    return register


def check(report: Report, last_year: Report | None = None, settings: Settings | None = None) -> list[Finding]:
    """Run every rule; the cross-year rules only when last year's report is given."""
    # Script folded before any rule: 繁體 headings and prose are read as the official wording.
    ctx = Context(simplified(report), simplified(last_year) if last_year else None, settings or get_settings())
    order = {rid: i for i, rid in enumerate(RULES)}
    findings: list[Finding] = []
    for r in RULES.values():
        if r.cross_year and last_year is None:
            continue
        findings.extend(r.check(ctx))
    return sorted(findings, key=lambda f: (SEVERITY_ORDER[f.severity], order[f.rule]))


def where_label(report: Report | None, where: str | None) -> str:
    """A finding's location in words an official understands: the section heading or the cell."""
    if not where:
        return ""
    try:
        a = address.parse(where)
    except ValueError:
        return where
    if isinstance(a, address.Section):
        if report is not None and a.index < len(report.sections):
            return SECTION_HEADINGS[report.sections[a.index].number]
        return f"第{a.index + 1}部分"
    if isinstance(a, address.Table):
        return next((t.heading for t in form.TABLES if t.key == a.table), where)
    if isinstance(a, address.Row) and a.table == "applications" and a.row in APPLICATION_ROWS:  # label findings
        return APPLICATION_ROWS[a.row][1]
    try:
        return cell_label(where)
    except (KeyError, ValueError, IndexError, TypeError):
        return where


def summary(findings: list[Finding]) -> dict:
    return {"errors": sum(f.severity == "error" for f in findings),
            "warnings": sum(f.severity == "warning" for f in findings),
            "info": sum(f.severity == "info" for f in findings)}


# --- helpers ---------------------------------------------------------------------------------

def _section_where(report: Report, number: int) -> str | None:
    for i, s in enumerate(report.sections):
        if s.number == number:
            return f"sections[{i}]"
    return None


def _fmt(x) -> str:
    if x is None:
        return "空"
    if isinstance(x, float) and x.is_integer():
        return str(int(x))
    return str(x)


def _sum_check(ctx: Context, total_path: str, part_paths: list[str]):
    """(holds, total, parts-sum, any-blank) treating blank parts as 0; None when the total is blank."""
    total = ctx.v(total_path)
    if total is None or not isinstance(total, (int, float)):
        return None
    parts = [ctx.v(p) for p in part_paths]
    blanks = any(p is None for p in parts)
    s = sum(p for p in parts if isinstance(p, (int, float)))
    return total == s, total, s, blanks


def _mentions(text: str, *words: str) -> bool:
    return any(w in text for w in words)


# ============================ 4.1 Structure / format ============================================

@rule("S-1", "error", "六个部分齐全且标题规范",
      f"报告应依次包含“{_ONE}”至“{_SIX}”六个部分，缺少任何部分为错误；标题编号或措辞与官方格式不一致为警告。")
def _s1(ctx: Context):
    r = ctx.report
    for n, heading in SECTION_HEADINGS.items():
        if r.section(n) is None:
            yield f"缺少第{CN_NUMERALS[n - 1]}部分“{heading}”", None, [], "error"
    for i, s in enumerate(r.sections):
        canonical = SECTION_HEADINGS[s.number]
        want_num = CN_NUMERALS[s.number - 1] + "、"
        body = s.heading[len(s.numbering):].strip() if s.numbering else s.heading.strip()
        if not s.numbering:
            yield f"第{CN_NUMERALS[s.number - 1]}部分标题“{s.heading}”缺少编号，应为“{canonical}”", f"sections[{i}]", [], "warning"
        elif norm(s.numbering) != norm(want_num):
            yield (f"第{CN_NUMERALS[s.number - 1]}部分标题编号“{s.numbering}”不规范，应为“{want_num}”"
                   f"（标题应为“{canonical}”）"), f"sections[{i}]", [], "warning"
        elif norm(body) != norm(canonical[2:]):
            yield f"第{CN_NUMERALS[s.number - 1]}部分标题“{s.heading}”与官方格式不一致，应为“{canonical}”", \
                f"sections[{i}]", [], "warning"


@rule("S-2", "error", "统计表行列完整",
      "表二、表三、表四必须与 2021 年格式的行列完全一致：不得缺行缺列，也不得增加小计行或“法人或其他组织”小计列。")
def _s2(ctx: Context):
    for problem in ctx.report.problems:
        yield problem.message, problem.location, problem.cells


@rule("S-3", "error", "使用现行（2021）格式",
      "2021 年及以后的报告必须使用国办公开办函〔2021〕30号的格式；出现“本年新制作数量”“政府集中采购”等 2019 试行格式的栏目即为错误。")
def _s3(ctx: Context):
    r = ctx.report
    if r.format_markers and (r.meta.year is None or r.meta.year >= 2021):
        yield ("未使用现行（2021）格式：表格含有 2019 试行格式的栏目（" + "、".join(r.format_markers[:5]) +
               "），应按国办公开办函〔2021〕30号的格式填报"), "tables.active", []


@rule("S-4", "warning", "表格标签与官方一致",
      "表格的行名、列名应与官方格式逐字一致（全角括号、引号、“1.”序号）；改动措辞容易造成统计口径混乱。")
def _s4(ctx: Context):
    seen = set()
    for note in ctx.report.labels:
        key = (note.found, note.expected)
        if key in seen:
            continue
        seen.add(key)
        found = note.found if note.found.strip() else "（空）"
        yield f"表格标签“{found}”与官方格式不一致，应为“{note.expected}”", note.where, _label_cells(note.where)


def _label_cells(where: str) -> list[str]:
    """The cells a label governs: a table-3 row's seven cells, a table-4 group's five, the table-2 cell(s)."""
    a = address.parse(where)
    return list(form.row_cells(a)) if isinstance(a, (address.Row, address.Cell)) else []


@rule("S-5", "error", "年度与统计期限一致",
      "标题年份、统计期限年份与报告年度应一致，统计期限应为该年1月1日至12月31日。")
def _s5(ctx: Context):
    r = ctx.report
    title_year = None
    if r.meta.title and (m := re.search(r"(20\d{2})\s*年", r.meta.title)):
        title_year = int(m.group(1))
    if r.meta.period and (m := PERIOD.search(r.meta.period)):
        y1, m1, d1, y2, m2, d2 = (int(x) for x in m.groups())
        if (m1, d1, m2, d2) != (1, 1, 12, 31) or y1 != y2:
            yield f"统计期限“{r.meta.period}”不规范，应为同一年的1月1日至12月31日", None, []
        if title_year is not None and y1 != title_year:
            yield f"标题年份（{title_year}年）与统计期限年份（{y1}年）不一致", None, []


@rule("S-6", "warning", "总体情况五个方面齐全",
      f"“{_ONE}”应涵盖{_TOPICS}五个方面。")
def _s6(ctx: Context):
    text = ctx.report.section_text(1)
    if ctx.report.section(1) is None:
        return
    missing = [name for name, words in form.OVERVIEW_TOPICS if not _mentions(text, *words)]
    if missing:
        yield f"“{_ONE}”未涉及：" + "、".join(missing) + f"（应涵盖{_TOPICS}五个方面）", \
            _section_where(ctx.report, 1), []


@rule("S-7", "error", "人民政府报告含考核、评议、追责情况",
      f"各级人民政府的年度报告还应当包括{_DUTIES}结果情况（条例第五十条第四项）。")
def _s7(ctx: Context):
    r = ctx.report
    if not r.meta.is_government:
        return
    # A 〔待补充：…〕 placeholder names the topic but reports nothing.
    text = re.sub(r"〔待补充[:：][^〕]*〕", "", r.section_text(1) + r.section_text(5) + r.section_text(6))
    missing = [k for k, words in form.GOVERNMENT_DUTIES if not _mentions(text, *words)]
    if missing:
        yield ("人民政府的年度报告未写明" + "、".join(missing) + f"结果情况（条例第五十条第四项要求写明{_DUTIES}结果）"), \
            _section_where(r, 1), []


@rule("S-8", "warning", "说明信息处理费收取情况",
      f"“{_SIX}”应说明本年度信息处理费的收取情况（未收取也应写明）。")
def _s8(ctx: Context):
    r = ctx.report
    if r.section(6) is None:
        return
    if not _mentions(r.section_text(6), "处理费", "收费", "收取费用"):
        yield f"“{_SIX}”未说明信息处理费收取情况（未收取也应写明“本年度未收取信息处理费”）", \
            _section_where(r, 6), []


@rule("S-9", "error", "按时发布",
      "部门报告应于每年1月31日前、县级以上地方人民政府本级报告应于3月31日前发布（条例第四十九条；地方可设更早期限）。")
def _s9(ctx: Context):
    r = ctx.report
    if r.meta.published is None or r.meta.year is None:
        return
    md = ctx.settings.deadline_government if r.meta.is_government else ctx.settings.deadline_department
    month, day = (int(x) for x in md.split("-"))
    deadline = dt.date(r.meta.year + 1, month, day)
    if r.meta.published > deadline:
        kind = "人民政府本级" if r.meta.is_government else "部门"
        yield (f"落款日期 {r.meta.published:%Y年%-m月%-d日} 晚于{kind}年度报告的发布期限 {deadline:%Y年%-m月%-d日}"), None, []


@rule("S-10", "warning", "没有未完成的待补充内容",
      "起草助手用“〔待补充：…〕”标出缺少的信息；发布前应全部补写，不能留在正文中。")
def _s10(ctx: Context):
    r = ctx.report
    for i, s in enumerate(r.sections):
        marks = re.findall(r"〔待补充[:：][^〕]*〕", s.text)
        if marks:
            yield (f"“{SECTION_HEADINGS[s.number]}”还有 {len(marks)} 处待补充内容（如 {marks[0]}），发布前应补写完整"), \
                f"sections[{i}]", []


@rule("S-11", "warning", "口语化表述",
      "正文应使用公文语体：不用第一、第二人称的聊天语气，不用语气词、表情符号、省略号，不留模板空白、人名代称、"
      "致歉或给同事的话，不重复标签，金额按“0”“35.68”的写法。")
def _s11(ctx: Context):
    r = ctx.report
    for i, s in enumerate(r.sections):
        for sentence in sentences(s.text):
            found = hits(sentence)
            if found:
                kinds = "、".join(dict.fromkeys(f"{mk.name}（{words}）" for mk, words in found))
                quoted = sentence if len(sentence) <= 60 else sentence[:60] + "…"
                yield f"“{SECTION_HEADINGS[s.number]}”中“{quoted}”有口语化表述：{kinds}", f"sections[{i}]", []


# ============================ 4.2 Table 2 =======================================================


def _problem(r, kind: str, table: int, row: str | None = None) -> bool:
    """Whether the parser reported this structural problem (typed evidence, assistant/model/problems.py)."""
    return any(p.kind == kind and p.table == table and (row is None or p.row == row) for p in r.problems)


_COUNT_PATHS = [p for p in active_paths() if p != "active.fees"]


@rule("T2-1", "error", "表二件数为非负整数", "表二各件数栏应填写非负整数；无规章制定权的机关“规章”行可填“/”。空白为警告，负数或非数字为错误。",
      _COUNT_PATHS)
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
            yield f"表二“{label}”为负数（{_fmt(v)}）", path, [path]
        elif isinstance(v, float) and not v.is_integer():
            yield f"表二“{label}”应为整数件数，实际填写 {note.raw.strip()}", path, [path]


@rule("T2-2", "error", "收费金额以万元填写", f"“{form.FEE_AMOUNT}”应为非负数，单位万元，最多保留4位小数；写成“元”或带千分位的要换算并提示。",
      ["active.fees"])
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
        yield f"表二收费金额为负数（{_fmt(v)}）", path, [path]
    else:
        if note.unit == "元":
            yield (f"收费金额写成了“{note.raw.strip()}”，本栏单位为万元，已按 {_fmt(v)} 万元读取，请核实并改写为万元"), \
                path, [path], "warning"
        elif note.unit == "千分位":
            yield f"收费金额“{note.raw.strip()}”带千分位分隔符，请直接填写数字（单位万元）", path, [path], "warning"
        raw = re.sub(r"[^\d.]", "", note.raw)
        if "." in raw and len(raw.split(".")[1]) > ctx.settings.fee_decimals and note.unit != "元":
            yield f"收费金额“{note.raw.strip()}”小数位超过 {ctx.settings.fee_decimals} 位（0.0001万元即1元）", \
                path, [path], "warning"


@rule("T2-3", "warning", "收费金额单位合理", "收费金额与上年相比相差百倍以上，多半是把“元”当成“万元”填写（或相反）。",
      ["active.fees"], cross_year=True)
def _t23(ctx: Context):
    this, last = ctx.report.tables.active.fees, ctx.last.tables.active.fees
    if isinstance(this, (int, float)) and isinstance(last, (int, float)) and this > 0 and last > 0:
        ratio = this / last
        k = ctx.settings.fee_ratio_warn
        if ratio > k or ratio < 1 / k:
            yield (f"收费金额 {_fmt(this)} 万元与上年 {_fmt(last)} 万元相差 {max(ratio, 1 / ratio):.0f} 倍，"
                   f"可能单位误用（元/万元）"), "active.fees", ["active.fees"]


@rule("T2-4", "warning", "现行有效件数不少于本年制发件数", "本年制发的文件通常仍然有效，现行有效件数一般不应少于本年制发件数。",
      [f"active.{r}.{c}" for r in ("regulations", "normative_documents") for c in ("issued", "in_force")])
def _t24(ctx: Context):
    for row in ("regulations", "normative_documents"):
        issued = ctx.v(f"active.{row}.issued")
        in_force = ctx.v(f"active.{row}.in_force")
        if isinstance(issued, (int, float)) and isinstance(in_force, (int, float)) and in_force < issued:
            label = ACTIVE_ROWS[row][1]
            yield (f"“{label}”现行有效件数（{_fmt(in_force)}）少于本年制发件数（{_fmt(issued)}），请核实"), \
                f"active.{row}.in_force", [f"active.{row}.issued", f"active.{row}.in_force"]


@rule("T2-5", "warning", "无规章制定权的机关规章行", "县级、乡镇政府和一般部门没有规章制定权，“规章”行通常应为 0 或“/”。",
      [f"active.regulations.{c}" for c in DOC_COLUMNS])
def _t25(ctx: Context):
    r = ctx.report
    if r.meta.level not in ("县", "乡镇", "部门"):
        return
    cells = [f"active.regulations.{c}" for c in DOC_COLUMNS]
    nonzero = [p for p in cells if isinstance(r.value(p), (int, float)) and r.value(p) > 0]
    if nonzero:
        yield (f"“规章”行有非零数字（{'、'.join(cell_label(p) + '=' + _fmt(r.value(p)) for p in nonzero)}），"
               f"但{r.meta.agency or '本机关'}没有规章制定权，请确认是否误填了规范性文件"), nonzero[0], nonzero


_T2_FIGURES = {"normative.issued": "active.normative_documents.issued",
               "normative.repealed": "active.normative_documents.repealed",
               "normative.in_force": "active.normative_documents.in_force"}


@rule("T2-6", "warning", "正文数字与表二一致", f"“{_ONE}”中引用的制发、废止、现行有效规范性文件件数应与表二一致。",
      list(_T2_FIGURES.values()))
def _t26(ctx: Context):
    yield from _narrative(ctx, _T2_FIGURES)


def _narrative(ctx: Context, mapping: dict[str, str | tuple[str, ...]], hint=None):
    r = ctx.report
    where = _section_where(r, 1)
    for fig in find_figures(r.section_text(1)):
        paths = mapping.get(fig.key)
        if not paths:
            continue
        paths = (paths,) if isinstance(paths, str) else paths
        values = [r.value(p) for p in paths]
        if any(v is None for v in values):
            continue
        table = sum(values)
        if fig.value != table:
            extra = hint(fig, table) if hint else ""
            label = "、".join(cell_label(p) for p in paths) if len(paths) <= 2 else cell_label(paths[0]).split(" · ")[0]
            yield (f"正文“{fig.text}”与表格不一致：表中“{label}”为 {_fmt(table)}{extra}"), where, list(paths)


# ============================ 4.3 Table 3 =======================================================

def _t3(key: str, col: int) -> str:
    return application_path(key, col)


@rule("R3-1", "error", "表三勾稽关系：一+二=三+四",
      f"表三每一列：本年新收 + 上年结转 = 本年度办理结果{_TOTAL_ROW} + 结转下年度继续办理（表内注明的勾稽关系）。",
      [_t3(k, c) for k in ("new_received", "carried_over", "total_processed", "carried_forward") for c in range(7)])
def _r31(ctx: Context):
    for c in range(7):
        cells = [_t3(k, c) for k in ("new_received", "carried_over", "total_processed", "carried_forward")]
        a, b, t, f = (ctx.v(p) for p in cells)
        if None in (t, f) or (a is None and b is None):
            continue
        left, right = (a or 0) + (b or 0), t + f
        if left != right:
            blank = a is None or b is None
            yield (f"第一项加第二项之和不等于第三项加第四项之和（{APPLICANT_COLUMNS[c]}列：{_fmt(a)}+{_fmt(b)}={_fmt(left)}"
                   f" ≠ {_fmt(t)}+{_fmt(f)}={_fmt(right)}）"), cells[3], cells, "warning" if blank else "error"


@rule("R3-2", "error", f"表三{_TOTAL_ROW}等于各办理结果之和",
      f"表三每一列：{_TOTAL_ROW} = 予以公开 + 部分公开 + 不予公开8项 + 无法提供3项 + 不予处理5项 + 其他处理3项；每件申请只计一种结果。",
      [_t3(k, c) for k in RESULT_KEYS + ("total_processed",) for c in range(7)])
def _r32(ctx: Context):
    for c in range(7):
        parts = [_t3(k, c) for k in RESULT_KEYS]
        res = _sum_check(ctx, _t3("total_processed", c), parts)
        if res and not res[0]:
            holds, total, s, blanks = res
            yield (f"{_TOTAL_ROW}与各办理结果之和不一致（{APPLICANT_COLUMNS[c]}列：总计 {_fmt(total)}，各项合计 {_fmt(s)}"
                   f"{'，其中有空白单元格按0计' if blanks else ''}）"), _t3("total_processed", c), \
                [_t3("total_processed", c)] + [p for p in parts if ctx.v(p)], "warning" if blanks else "error"


@rule("R3-3", "error", "表三总计列等于各类申请人之和",
      "表三每一行：总计 = 自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他。",
      [_t3(k, c) for k in APPLICATION_KEYS for c in range(7)])
def _r33(ctx: Context):
    for key in APPLICATION_KEYS:
        parts = [_t3(key, c) for c in range(6)]
        res = _sum_check(ctx, _t3(key, TOTAL), parts)
        if res and not res[0]:
            holds, total, s, blanks = res
            label = APPLICATION_ROWS[key][1]
            yield (f"“{label}”行的总计 {_fmt(total)} 不等于各类申请人之和 {_fmt(s)}"
                   f"{'（其中有空白单元格按0计）' if blanks else ''}"), _t3(key, TOTAL), [_t3(key, TOTAL)] + parts, \
                "warning" if blanks else "error"


@rule("R3-4", "error", "表三单元格为非负整数", "表三每个单元格都应是非负整数（件数）。", [_t3(k, c) for k in APPLICATION_KEYS for c in range(7)])
def _r34(ctx: Context):
    yield from _integers(ctx, [_t3(k, c) for k in APPLICATION_KEYS for c in range(7)], "表三")


def _integers(ctx: Context, paths: list[str], table: str):
    r = ctx.report
    for path in paths:
        note = r.cells.get(path)
        v = r.value(path)
        if note is not None and note.kind == "invalid":
            yield f"{table}“{cell_label(path)}”填写的“{note.raw.strip()}”不是数字", path, [path]
        elif isinstance(v, (int, float)) and v < 0:
            yield f"{table}“{cell_label(path)}”为负数（{_fmt(v)}）", path, [path]
        elif isinstance(v, float) and not v.is_integer():
            yield f"{table}“{cell_label(path)}”应为整数件数，实际为 {_fmt(v)}", path, [path]


def _blanks(ctx: Context, paths: list[str]) -> list[str]:
    """Cells with no value that are not junk text: left blank, written "/", or never entered."""
    r = ctx.report
    return [p for p in paths if r.value(p) is None and ((n := r.cells.get(p)) is None or n.kind in ("blank", "na"))]


@rule("R3-5", "warning", "表三不留空白", "表三没有发生的情形应填 0，不要留空或填“/”；空白按缺失数据处理。",
      [_t3(k, c) for k in APPLICATION_KEYS for c in range(7)])
def _r35(ctx: Context):
    blanks = _blanks(ctx, [_t3(k, c) for k in APPLICATION_KEYS for c in range(7)])
    if blanks:
        sample = "、".join(cell_label(p) for p in blanks[:3])
        yield (f"表三有 {len(blanks)} 个单元格空白或填“/”（如 {sample}），没有发生的应填 0；"
               f"确认后可自动补 0"), blanks[0], blanks


@rule("R3-6", "warning", "正文数字与表三一致",
      f"“{_ONE}（二）依申请公开”中写的收到、办结、结转申请件数应与表三一致。",
      [_t3("new_received", c) for c in range(7)] + [_t3("total_processed", TOTAL), _t3("carried_forward", TOTAL)])
def _r36(ctx: Context):
    r = ctx.report
    mapping = {
        "applications.received": _t3("new_received", TOTAL),
        "applications.received.natural": _t3("new_received", 0),
        "applications.received.legal": tuple(_t3("new_received", c) for c in range(1, 6)),
        "applications.processed": _t3("total_processed", TOTAL),
        "applications.carried_forward": _t3("carried_forward", TOTAL),
        "applications.granted": _t3("granted", TOTAL),
    }

    def hint(fig, table):
        if fig.key.startswith("applications.received"):
            col = 0 if fig.key.endswith("natural") else TOTAL
            if fig.key.endswith("legal"):
                return ""
            carried = r.value(_t3("carried_over", col))
            if isinstance(carried, int) and carried and fig.value == table + carried:
                return f"；正文数字 {_fmt(fig.value)} 等于本年新收与上年结转（{_fmt(carried)}）之和，应只写本年新收"
        return ""
    yield from _narrative(ctx, mapping, hint)


@rule("R3-7", "warning", "逾期未缴费须说明信息处理费",
      f"表三“申请人逾期未按收费通知要求缴纳费用”大于 0，说明本年发出过收费通知，“{_SIX}”应说明信息处理费情况。",
      [_t3("other_no_fee", TOTAL)])
def _r37(ctx: Context):
    n = ctx.v(_t3("other_no_fee", TOTAL))
    r = ctx.report
    if isinstance(n, (int, float)) and n > 0 and not _mentions(r.section_text(6), "处理费"):
        yield (f"表三有 {_fmt(n)} 件因逾期未缴纳费用不再处理的申请，但“{_SIX}”未说明信息处理费收取情况"), \
            _section_where(r, 6) or _t3("other_no_fee", TOTAL), [_t3("other_no_fee", TOTAL)]


@rule("R3-8", "info", "结转比例异常", "结转下年度继续办理的申请超过本年应办理申请（新收+上年结转）的一半，请核实。",
      [_t3("carried_forward", TOTAL)])
def _r38(ctx: Context):
    a, b, f = (ctx.v(_t3(k, TOTAL)) for k in ("new_received", "carried_over", "carried_forward"))
    if isinstance(f, (int, float)) and f > 0:
        base = (a or 0) + (b or 0)
        if base and f > ctx.settings.carried_forward_share_info * base:
            yield (f"结转下年度继续办理 {_fmt(f)} 件，占本年应办理申请 {_fmt(base)} 件的 {f / base:.0%}，结转比例异常，请核实"), \
                _t3("carried_forward", TOTAL), [_t3("carried_forward", TOTAL)]


# ============================ 4.4 Table 4 =======================================================

_T4_PATHS = [review_path(g, c) for g in REVIEW_GROUPS for c in range(5)]


@rule("R4-1", "error", "表四总计等于各结果之和",
      "表四行政复议、未经复议直接起诉、复议后起诉三组，各组总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结。", _T4_PATHS)
def _r41(ctx: Context):
    for g, name in REVIEW_GROUPS.items():
        parts = [review_path(g, c) for c in range(4)]
        res = _sum_check(ctx, review_path(g, 4), parts)
        if res and not res[0]:
            holds, total, s, blanks = res
            yield (f"{name}总计 {_fmt(total)} 不等于结果维持、结果纠正、其他结果、尚未审结之和 {_fmt(s)}"
                   f"{'（其中有空白单元格按0计）' if blanks else ''}"), review_path(g, 4), [review_path(g, 4)] + parts, \
                "warning" if blanks else "error"


@rule("R4-2", "error", "表四单元格为非负整数", "表四 15 个单元格都应是非负整数；没有案件应填 0。", _T4_PATHS)
def _r42(ctx: Context):
    yield from _integers(ctx, _T4_PATHS, "表四")
    blanks = _blanks(ctx, _T4_PATHS)
    if blanks:
        yield (f"表四有 {len(blanks)} 个单元格空白或填“/”（如 {cell_label(blanks[0])}），没有案件应填 0"), \
            blanks[0], blanks, "warning"


@rule("R4-3", "warning", "纠错案件须在第五部分说明",
      f"复议或诉讼结果被纠正的，应在“{_FIVE}”中分析原因并说明整改情况。",
      [review_path(g, CORRECTED) for g in REVIEW_GROUPS])
def _r43(ctx: Context):
    r = ctx.report
    cells = [review_path(g, CORRECTED) for g in REVIEW_GROUPS]
    corrected = [(p, r.value(p)) for p in cells if isinstance(r.value(p), (int, float)) and r.value(p) > 0]
    if corrected and not _mentions(r.section_text(5), "纠正", "复议", "诉讼", "败诉", "撤销", "确认违法"):
        n = sum(v for _, v in corrected)
        yield (f"表四有 {_fmt(n)} 件复议或诉讼结果被纠正，但“{_FIVE}”未分析原因、说明整改"), \
            _section_where(r, 5), [p for p, _ in corrected]


@rule("R4-4", "info", "复议后起诉而无复议", "有“复议后起诉”案件而本年和上年都没有行政复议，可能是由其他机关复议，仅作提示。",
      [review_path("litigation_after_review", 4), review_path("review", 4)])
def _r44(ctx: Context):
    after = ctx.v(review_path("litigation_after_review", 4))
    review = ctx.v(review_path("review", 4))
    last_review = ctx.last.value(review_path("review", 4)) if ctx.last else 0
    if isinstance(after, (int, float)) and after > 0 and review == 0 and not last_review:
        yield (f"有 {_fmt(after)} 件复议后起诉的案件，但本年{'和上年' if ctx.last else ''}行政复议总计为 0，"
               f"请确认复议是否由其他机关办理"), review_path("litigation_after_review", 4), \
            [review_path("litigation_after_review", 4), review_path("review", 4)]


@rule("R4-5", "warning", "正文数字与表四一致", "正文中写的行政复议、行政诉讼件数应与表四一致。",
      [review_path(g, 4) for g in REVIEW_GROUPS])
def _r45(ctx: Context):
    yield from _narrative(ctx, {"review.total": review_path("review", 4),
                                "litigation.total": (review_path("litigation_direct", 4),
                                                     review_path("litigation_after_review", 4))})
    yield from _all_upheld(ctx)


_ALL_UPHELD = re.compile(r"(?:均|全部|都)(?:获|被|予以|得到|已)?(?:依法)?维持")
_KINDS = {"复议": ("review",), "诉讼": ("litigation_direct", "litigation_after_review")}


def _all_upheld(ctx: Context):
    """"均获维持" in the prose while table 4 has cases corrected, otherwise closed or still pending."""
    r = ctx.report
    for n in (4, 1):
        for sentence in re.split(r"[。；;\n]", r.section_text(n)):
            if not _ALL_UPHELD.search(sentence):
                continue
            groups = [g for word, gs in _KINDS.items() if word in sentence for g in gs] or list(REVIEW_GROUPS)
            cells = [review_path(g, c) for g in groups for c in (1, 2, 3)]
            other = sum(ctx.v(p) or 0 for p in cells)
            if other:
                yield (f"正文称“{sentence.strip()[:40]}”，但表四中这些案件有 {_fmt(other)} 件为结果纠正、其他结果或尚未审结"), \
                    _section_where(r, n), [p for p in cells if ctx.v(p)]
                return


# ============================ 5. Cross-year =====================================================

@rule("X-1", "error", "上年结转与上年报告衔接",
      f"本年“{form.APP_BY_KEY['carried_over'].label}”应等于上年报告“{form.APP_BY_KEY['carried_forward'].label}”，"
      "逐列相等（总计列不等为错误，其他列为警告）。",
      [_t3("carried_over", c) for c in range(7)], cross_year=True)
def _x1(ctx: Context):
    for c in range(7):
        this = ctx.v(_t3("carried_over", c))
        last = ctx.last.value(_t3("carried_forward", c))
        if this is None or last is None or this == last:
            continue
        yield (f"上年结转（{APPLICANT_COLUMNS[c]}列）为 {_fmt(this)}，但上年报告的结转下年度继续办理为 {_fmt(last)}，"
               f"跨年度结转数据不衔接"), _t3("carried_over", c), [_t3("carried_over", c)], \
            "error" if c == TOTAL else "warning"


@rule("X-2", "warning", "现行有效件数跨年衔接",
      "现行有效件数 ≈ 上年现行有效件数 + 本年制发 − 本年废止；文件清理、到期失效、机构改革可能造成差异，请说明。",
      [f"active.{r}.{c}" for r in ("regulations", "normative_documents") for c in DOC_COLUMNS], cross_year=True)
def _x2(ctx: Context):
    for row in ("regulations", "normative_documents"):
        now = ctx.v(f"active.{row}.in_force")
        before = ctx.last.value(f"active.{row}.in_force")
        issued = ctx.v(f"active.{row}.issued")
        repealed = ctx.v(f"active.{row}.repealed")
        if None in (now, before, issued, repealed):
            continue
        expected = before + issued - repealed
        if abs(now - expected) > ctx.settings.in_force_tolerance:
            label = ACTIVE_ROWS[row][1]
            yield (f"“{label}”现行有效 {_fmt(now)} 件，按上年 {_fmt(before)} + 本年制发 {_fmt(issued)} − 本年废止 {_fmt(repealed)}"
                   f" 应为 {_fmt(expected)} 件，相差 {_fmt(now - expected)} 件，请说明原因（文件清理、到期失效等）"), \
                f"active.{row}.in_force", [f"active.{row}.{c}" for c in DOC_COLUMNS]


def similarity(a: str, b: str) -> float:
    """Word-level and bounded in time (textsim): two long reports must not take a minute."""
    return _bounded_similarity(a, b)


@rule("X-3", "warning", "内容不与上年雷同",
      f"“{_FIVE}”和“{_ONE}”与上年报告相似度达 80% 以上为内容雷同，95% 以上为近乎照抄（30号文“内容雷同、敷衍塞责”）。",
      cross_year=True)
def _x3(ctx: Context):
    for n in (5, 1):
        this, last = ctx.report.section_text(n), ctx.last.section_text(n)
        if len(this) < 30 or len(last) < 30:
            continue
        s = similarity(this, last)
        name = SECTION_HEADINGS[n]
        if s >= ctx.settings.similarity_high:
            yield f"“{name}”与上年报告相似度 {s:.0%}，近乎照抄上年内容，请按本年实际重写", _section_where(ctx.report, n), []
        elif s >= ctx.settings.similarity_warn:
            yield f"“{name}”与上年报告相似度 {s:.0%}，内容雷同，请结合本年实际修改", _section_where(ctx.report, n), []


_ITEM_SPLIT = re.compile(r"(?:[一二三四五六七八九十]是|\d+[.、．]|[（(][一二三四五六七八九十][)）])")


_PROBLEM_LABEL = re.compile(r"[（(][一二三四五六七八九十][)）]\s*(存在的?主要问题|主要问题|存在问题|问题)[。：:．.]?|"
                            r"^(存在的?主要问题|主要问题|存在问题)[。：:]")


def problems(text: str) -> list[str]:
    """The problems named in a section 五 (the part before the improvement measures), one per item or
    sentence, without the sub-heading that introduces them."""
    m = re.search(r"(改进情况|改进措施|改进举措|整改措施|下一步|下年度改进)", text)
    part = text[: m.start()] if m and m.start() > 10 else text
    part = _PROBLEM_LABEL.sub("", part)
    out = []
    for item in _ITEM_SPLIT.split(part):
        for sentence in re.split(r"[。；;\n]", item):
            first = re.sub(r"^[：:，。；\s（(]+|[（(]$", "", sentence).strip()
            if 6 <= len(first) <= 80 and not re.search(r"主要问题$|仍存在一些|取得了.{0,6}成效|但.{0,4}(仍|还)存在", first):
                out.append(first)
    return out


# Pairs every section of every report repeats: sharing them says nothing about following up a problem.
_COMMON_PAIRS = {w[i:i + 2] for w in ("政府信息公开", "政务公开", "依申请", "工作", "情况", "问题", "进一步", "加强", "不断",
                                      "有待", "提高", "提升", "不够", "存在", "改进", "措施")
                 for i in range(len(w) - 1)}


def _bigrams(s: str) -> set[str]:
    s = re.sub(r"[^\u4e00-\u9fff\w]", "", s)
    return {s[i:i + 2] for i in range(len(s) - 1)} - _COMMON_PAIRS


@rule("X-4", "warning", "回应上年提出的问题",
      f"本年“{_FIVE}”应回应上年报告提出的每个问题的整改情况，避免避重就轻。", cross_year=True)
def _x4(ctx: Context):
    this = _bigrams(ctx.report.section_text(5))
    if not this:
        return
    for p in problems(ctx.last.section_text(5)):
        grams = _bigrams(p)
        if grams and len(grams & this) / len(grams) < 0.3:
            yield f"上年报告提出的问题“{p}”在本年“{_FIVE}”中未见整改情况", _section_where(ctx.report, 5), []


_X5 = {"active.fees": "行政事业性收费金额", "active.licensing": "行政许可处理决定数量",
       "active.punishment": "行政处罚处理决定数量", "active.coercion": "行政强制处理决定数量"}


@rule("X-5", "warning", "主动公开数据跨年突变", "收费金额、许可、处罚、强制数量与上年相比变化超过 10 倍或从较大数值降为 0，可能是单位错误或统计口径变化。",
      list(_X5), cross_year=True)
def _x5(ctx: Context):
    k = ctx.settings.change_ratio_warn
    for path, name in _X5.items():
        this, last = ctx.v(path), ctx.last.value(path)
        if not isinstance(this, (int, float)) or not isinstance(last, (int, float)):
            continue
        if this == 0 and last >= ctx.settings.change_floor:
            yield f"{name}由上年 {_fmt(last)} 降为 0，请核实是否漏填或统计口径变化", path, [path]
        elif this > 0 and last > 0 and (this / last > k or last / this > k):
            yield f"{name}由上年 {_fmt(last)} 变为 {_fmt(this)}，变化超过 {k:.0f} 倍，请核实单位或统计口径", path, [path]


@rule("X-6", "info", "上年报告匹配", "跨年度核对需要同一机关上一年度的报告；年份或机关不符时跨年结果仅供参考。", cross_year=True)
def _x6(ctx: Context):
    r, last = ctx.report, ctx.last
    if r.meta.year and last.meta.year and last.meta.year != r.meta.year - 1:
        yield f"提供的上年报告是 {last.meta.year} 年度的，本报告是 {r.meta.year} 年度，跨年度核对结果仅供参考", None, []
    if r.meta.agency and last.meta.agency and norm(r.meta.agency) != norm(last.meta.agency):
        yield f"上年报告的机关（{last.meta.agency}）与本报告（{r.meta.agency}）不同，跨年度核对结果仅供参考", None, []


# --- pairing this year's report with last year's ------------------------------------------------------

def cross_year_mismatch(report: Report, last: Report | None) -> str | None:
    """Why `last` cannot be this report's previous year (another year, another agency, the same text):
    the cross-year rules then only give notices (see as_notices)."""
    if last is None:
        return None
    why = []
    if report.canonical() == last.canonical() and report.sections == last.sections:
        why.append("本年和上年选择的是同一份报告")
    if report.meta.year and last.meta.year and last.meta.year != report.meta.year - 1:
        why.append(f"上年报告是 {last.meta.year} 年度，本报告是 {report.meta.year} 年度，不是相邻年度")
    elif not last.meta.year:
        why.append("上年报告的年度无法识别")
    a, b = norm(report.meta.agency or ""), norm(last.meta.agency or "")
    if a and b and a != b and a not in b and b not in a:
        why.append(f"上年报告的机关是“{last.meta.agency}”，与本报告的“{report.meta.agency}”不同")
    return "；".join(why) or None


def as_notices(findings: list[Finding], why: str | None) -> list[Finding]:
    """With a mismatched pair, every cross-year finding becomes a notice (提示), marked as such."""
    if not why:
        return findings
    return [f.model_copy(update={"severity": "info", "message": f"（仅供参考）{f.message}"})
            if RULES[f.rule].cross_year and f.severity != "info" else f for f in findings]
