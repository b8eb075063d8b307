"""Cross-year rules (domain.md §5, X-1…X-6): this year's report against last year's — the carry-over, documents
in force, copied sections, last year's problems followed up, sudden changes, a mismatched pair — and how a
mismatched pair turns their findings into notices. Each with its lesson."""
from __future__ import annotations

import re

from ..form import official as form
from ..model.report import ACTIVE_ROWS, APPLICANT_COLUMNS, DOC_COLUMNS, SECTION_HEADINGS, TOTAL, Report, application_path
from ..parse import norm
from .engine import RULES, Context, Finding, fmt, rule, section_where
from .lesson import FOLLOW_UP, Lesson, last_year_example, many, put, rewrite, set_meta
from .textsim import similarity as _bounded_similarity

_ONE, _FIVE = SECTION_HEADINGS[1], SECTION_HEADINGS[5]


@rule("X-1", "error", "上年结转与上年报告衔接",
      f"本年“{form.APP_BY_KEY['carried_over'].label}”应等于上年报告“{form.APP_BY_KEY['carried_forward'].label}”，"
      "逐列相等（总计列不等为错误，其他列为警告）。",
      [application_path("carried_over", c) for c in range(7)], cross_year=True,
      lesson=Lesson("上年结转写 3 件，但上年报告结转下年度是 2 件",
                    many(put(application_path("carried_over", 0), 3), put(application_path("carried_over", 6), 3),
                         put(application_path("carried_forward", 0), 3), put(application_path("carried_forward", 6), 3))))
def _x1(ctx: Context):
    for c in range(7):
        this = ctx.v(application_path("carried_over", c))
        last = ctx.last.value(application_path("carried_forward", c))
        if this is None or last is None or this == last:
            continue
        yield (f"上年结转（{APPLICANT_COLUMNS[c]}列）为 {fmt(this)}，但上年报告的结转下年度继续办理为 {fmt(last)}，"
               f"跨年度结转数据不衔接"), application_path("carried_over", c), [application_path("carried_over", c)], \
            "error" if c == TOTAL else "warning"


@rule("X-2", "warning", "现行有效件数跨年衔接",
      "现行有效件数 ≈ 上年现行有效件数 + 本年制发 − 本年废止；文件清理、到期失效、机构改革可能造成差异，请说明。",
      [f"active.{r}.{c}" for r in ("regulations", "normative_documents") for c in DOC_COLUMNS], cross_year=True,
      lesson=Lesson("现行有效件数与“上年 + 制发 − 废止”对不上", put("active.normative_documents.in_force", 40)))
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
            yield (f"“{label}”现行有效 {fmt(now)} 件，按上年 {fmt(before)} + 本年制发 {fmt(issued)} − 本年废止 {fmt(repealed)}"
                   f" 应为 {fmt(expected)} 件，相差 {fmt(now - expected)} 件，请说明原因（文件清理、到期失效等）"), \
                f"active.{row}.in_force", [f"active.{row}.{c}" for c in DOC_COLUMNS]


def similarity(a: str, b: str) -> float:
    """Word-level and bounded in time (textsim): two long reports must not take a minute."""
    return _bounded_similarity(a, b)


@rule("X-3", "warning", "内容不与上年雷同",
      f"“{_FIVE}”和“{_ONE}”与上年报告相似度达 80% 以上为内容雷同，95% 以上为近乎照抄（30号文“内容雷同、敷衍塞责”）。",
      cross_year=True,
      lesson=Lesson("第五部分照抄上年", lambda r: setattr(r.section(5), "text", last_year_example().section_text(5))))
def _x3(ctx: Context):
    for n in (5, 1):
        this, last = ctx.report.section_text(n), ctx.last.section_text(n)
        if len(this) < 30 or len(last) < 30:
            continue
        s = similarity(this, last)
        name = SECTION_HEADINGS[n]
        if s >= ctx.settings.similarity_high:
            yield f"“{name}”与上年报告相似度 {s:.0%}，近乎照抄上年内容，请按本年实际重写", section_where(ctx.report, n), []
        elif s >= ctx.settings.similarity_warn:
            yield f"“{name}”与上年报告相似度 {s:.0%}，内容雷同，请结合本年实际修改", section_where(ctx.report, n), []


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
      f"本年“{_FIVE}”应回应上年报告提出的每个问题的整改情况，避免避重就轻。", cross_year=True,
      lesson=Lesson("没有回应上年提出的“办事指南更新不及时”问题", rewrite(5, lambda t: t.replace(FOLLOW_UP, ""))))
def _x4(ctx: Context):
    this = _bigrams(ctx.report.section_text(5))
    if not this:
        return
    for p in problems(ctx.last.section_text(5)):
        grams = _bigrams(p)
        if grams and len(grams & this) / len(grams) < 0.3:
            yield f"上年报告提出的问题“{p}”在本年“{_FIVE}”中未见整改情况", section_where(ctx.report, 5), []


_X5 = {"active.fees": "行政事业性收费金额", "active.licensing": "行政许可处理决定数量",
       "active.punishment": "行政处罚处理决定数量", "active.coercion": "行政强制处理决定数量"}


@rule("X-5", "warning", "主动公开数据跨年突变", "收费金额、许可、处罚、强制数量与上年相比变化超过 10 倍或从较大数值降为 0，可能是单位错误或统计口径变化。",
      list(_X5), cross_year=True,
      lesson=Lesson("行政许可从上年 1500 件骤降为 0", put("active.licensing", 0)))
def _x5(ctx: Context):
    k = ctx.settings.change_ratio_warn
    for path, name in _X5.items():
        this, last = ctx.v(path), ctx.last.value(path)
        if not isinstance(this, (int, float)) or not isinstance(last, (int, float)):
            continue
        if this == 0 and last >= ctx.settings.change_floor:
            yield f"{name}由上年 {fmt(last)} 降为 0，请核实是否漏填或统计口径变化", path, [path]
        elif this > 0 and last > 0 and (this / last > k or last / this > k):
            yield f"{name}由上年 {fmt(last)} 变为 {fmt(this)}，变化超过 {k:.0f} 倍，请核实单位或统计口径", path, [path]


@rule("X-6", "info", "上年报告匹配", "跨年度核对需要同一机关上一年度的报告；年份或机关不符时跨年结果仅供参考。", cross_year=True,
      lesson=Lesson("年度弄错：本报告写成 2026 年度，与上年报告（2023 年度）不衔接", set_meta(year=2026)))
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
