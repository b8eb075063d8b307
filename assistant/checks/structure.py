"""Rules of a report's structure and form (domain.md §4.1, S-1…S-10): the six sections and their headings,
the tables' rows and columns, the current format, labels, the period, the overview's topics, a government's
duties, the fee statement, the publication deadline and placeholders left in. Each with its lesson."""
from __future__ import annotations

import datetime as dt
import re

from ..form import address, official as form
from ..model.problems import Problem
from ..model.report import CN_NUMERALS, SECTION_HEADINGS, LabelNote
from ..parse import PERIOD, norm
from .engine import Context, mentions, rule, section_where
from .lesson import Lesson, rewrite, set_meta

_ONE, _SIX = SECTION_HEADINGS[1], SECTION_HEADINGS[6]
_TOPICS = "、".join(name for name, _ in form.OVERVIEW_TOPICS)
_DUTIES = "、".join(name for name, _ in form.GOVERNMENT_DUTIES[:-1]) + "和" + form.GOVERNMENT_DUTIES[-1][0]


def _drop_section(n: int):
    def b(r):
        r.sections = [s for s in r.sections if s.number != n]
    return b


def _format_2019(r):
    r.format_markers.append(form.FORMAT_2019_MARKERS[0])  # 本年新制作数量
    r.format = "2019"


def _short_label(r):
    r.labels.append(LabelNote(where="active.normative_documents", found="规范性文件",
                              expected=form.ACTIVE_BY_KEY["normative_documents"].label))


@rule("S-1", "error", "六个部分齐全且标题规范",
      f"报告应依次包含“{_ONE}”至“{_SIX}”六个部分，缺少任何部分为错误；标题编号或措辞与官方格式不一致为警告。",
      lesson=Lesson(f"漏写“{SECTION_HEADINGS[4]}”整个部分", _drop_section(4)))
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
      "表二、表三、表四必须与 2021 年格式的行列完全一致：不得缺行缺列，也不得增加小计行或“法人或其他组织”小计列。",
      lesson=Lesson("在表三中加了一行“小计”", lambda r: r.problems.append(Problem("subtotal_row", 3))))
def _s2(ctx: Context):
    for problem in ctx.report.problems:
        yield problem.message, problem.location, problem.cells


@rule("S-3", "error", "使用现行（2021）格式",
      "2021 年及以后的报告必须使用国办公开办函〔2021〕30号的格式；出现“本年新制作数量”“政府集中采购”等 2019 试行格式的栏目即为错误。",
      lesson=Lesson("表二沿用 2019 试行格式的“本年新制作数量”栏目", _format_2019))
def _s3(ctx: Context):
    r = ctx.report
    if r.format_markers and (r.meta.year is None or r.meta.year >= 2021):
        yield ("未使用现行（2021）格式：表格含有 2019 试行格式的栏目（" + "、".join(r.format_markers[:5]) +
               "），应按国办公开办函〔2021〕30号的格式填报"), "tables.active", []


@rule("S-4", "warning", "表格标签与官方一致",
      "表格的行名、列名应与官方格式逐字一致（全角括号、引号、“1.”序号）；改动措辞容易造成统计口径混乱。",
      lesson=Lesson("把“行政规范性文件”写成“规范性文件”", _short_label))
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
      "标题年份、统计期限年份与报告年度应一致，统计期限应为该年1月1日至12月31日。",
      lesson=Lesson("统计期限写成“2024年1月1日至2024年12月30日”", set_meta(period="2024年1月1日至2024年12月30日")))
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
      f"“{_ONE}”应涵盖{_TOPICS}五个方面。",
      lesson=Lesson("“总体情况”没有写平台建设",
                    rewrite(1, lambda t: t.replace("（四）政府信息公开平台建设。优化政府网站政务公开专栏。\n", "").replace("平台", ""))))
def _s6(ctx: Context):
    text = ctx.report.section_text(1)
    if ctx.report.section(1) is None:
        return
    missing = [name for name, words in form.OVERVIEW_TOPICS if not mentions(text, *words)]
    if missing:
        yield f"“{_ONE}”未涉及：" + "、".join(missing) + f"（应涵盖{_TOPICS}五个方面）", \
            section_where(ctx.report, 1), []


@rule("S-7", "error", "人民政府报告含考核、评议、追责情况",
      f"各级人民政府的年度报告还应当包括{_DUTIES}结果情况（条例第五十条第四项）。",
      lesson=Lesson("人民政府的报告没有写考核、评议、追责结果",
                    rewrite(1, lambda t: t.replace("将政务公开纳入年度绩效考核，通过网站问卷开展社会评议，全年未发生责任追究情况。", "加强组织领导。"))))
def _s7(ctx: Context):
    r = ctx.report
    if not r.meta.is_government:
        return
    # A 〔待补充：…〕 placeholder names the topic but reports nothing.
    text = re.sub(r"〔待补充[:：][^〕]*〕", "", r.section_text(1) + r.section_text(5) + r.section_text(6))
    missing = [k for k, words in form.GOVERNMENT_DUTIES if not mentions(text, *words)]
    if missing:
        yield ("人民政府的年度报告未写明" + "、".join(missing) + f"结果情况（条例第五十条第四项要求写明{_DUTIES}结果）"), \
            section_where(r, 1), []


@rule("S-8", "warning", "说明信息处理费收取情况",
      f"“{_SIX}”应说明本年度信息处理费的收取情况（未收取也应写明）。",
      lesson=Lesson("第六部分没有说明信息处理费", rewrite(6, lambda t: "本年度无其他需要报告的事项。")))
def _s8(ctx: Context):
    r = ctx.report
    if r.section(6) is None:
        return
    if not mentions(r.section_text(6), "处理费", "收费", "收取费用"):
        yield f"“{_SIX}”未说明信息处理费收取情况（未收取也应写明“本年度未收取信息处理费”）", \
            section_where(r, 6), []


@rule("S-9", "error", "按时发布",
      "部门报告应于每年1月31日前、县级以上地方人民政府本级报告应于3月31日前发布（条例第四十九条；地方可设更早期限）。",
      lesson=Lesson("人民政府报告到 4 月底才发布", set_meta(published=dt.date(2025, 4, 30))))
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
      "起草助手用“〔待补充：…〕”标出缺少的信息；发布前应全部补写，不能留在正文中。",
      lesson=Lesson("正文留着“〔待补充：…〕”就发布", rewrite(5, lambda t: t + "〔待补充：整改成效〕")))
def _s10(ctx: Context):
    r = ctx.report
    for i, s in enumerate(r.sections):
        marks = re.findall(r"〔待补充[:：][^〕]*〕", s.text)
        if marks:
            yield (f"“{SECTION_HEADINGS[s.number]}”还有 {len(marks)} 处待补充内容（如 {marks[0]}），发布前应补写完整"), \
                f"sections[{i}]", []
