"""Rules of table 3, 收到和处理政府信息公开申请情况 (domain.md §4.3, R3-1…R3-8): its identities, whole
non-negative counts without blanks, the figures section 一 quotes, the fee statement a 逾期未缴费 row calls for,
and an unusual share carried forward. Each with its lesson."""
from __future__ import annotations

from ..form import official as form
from ..model.report import (
    APPLICANT_COLUMNS, APPLICATION_KEYS, APPLICATION_ROWS, RESULT_KEYS, SECTION_HEADINGS, TOTAL, application_path,
    cell_label,
)
from .engine import Context, blank_cells, fmt, integers, mentions, narrative, rule, section_where, sum_check
from .lesson import Lesson, many, put, rewrite

_ONE, _SIX = SECTION_HEADINGS[1], SECTION_HEADINGS[6]
_TOTAL_ROW = form.APP_BY_KEY["total_processed"].label


def _t3(key: str, col: int) -> str:
    return application_path(key, col)


@rule("R3-1", "error", "表三勾稽关系：一+二=三+四",
      f"表三每一列：本年新收 + 上年结转 = 本年度办理结果{_TOTAL_ROW} + 结转下年度继续办理（表内注明的勾稽关系）。",
      [_t3(k, c) for k in ("new_received", "carried_over", "total_processed", "carried_forward") for c in range(7)],
      lesson=Lesson("上年结转写成 3 件，但办结和结转没有相应变化",
                    many(put(_t3("carried_over", 0), 3), put(_t3("carried_over", 6), 3))))
def _r31(ctx: Context):
    for c in range(7):
        cells = [_t3(k, c) for k in ("new_received", "carried_over", "total_processed", "carried_forward")]
        a, b, t, f = (ctx.v(p) for p in cells)
        if None in (t, f) or (a is None and b is None):
            continue
        left, right = (a or 0) + (b or 0), t + f
        if left != right:
            blank = a is None or b is None
            yield (f"第一项加第二项之和不等于第三项加第四项之和（{APPLICANT_COLUMNS[c]}列：{fmt(a)}+{fmt(b)}={fmt(left)}"
                   f" ≠ {fmt(t)}+{fmt(f)}={fmt(right)}）"), cells[3], cells, "warning" if blank else "error"


@rule("R3-2", "error", f"表三{_TOTAL_ROW}等于各办理结果之和",
      f"表三每一列：{_TOTAL_ROW} = 予以公开 + 部分公开 + 不予公开8项 + 无法提供3项 + 不予处理5项 + 其他处理3项；每件申请只计一种结果。",
      [_t3(k, c) for k in RESULT_KEYS + ("total_processed",) for c in range(7)],
      lesson=Lesson(f"{_TOTAL_ROW}写成 21，各项结果只有 20",
                    many(put(_t3("total_processed", 6), 21), put(_t3("carried_forward", 6), 1))))
def _r32(ctx: Context):
    for c in range(7):
        parts = [_t3(k, c) for k in RESULT_KEYS]
        res = sum_check(ctx, _t3("total_processed", c), parts)
        if res and not res[0]:
            holds, total, s, blanks = res
            yield (f"{_TOTAL_ROW}与各办理结果之和不一致（{APPLICANT_COLUMNS[c]}列：总计 {fmt(total)}，各项合计 {fmt(s)}"
                   f"{'，其中有空白单元格按0计' if blanks else ''}）"), _t3("total_processed", c), \
                [_t3("total_processed", c)] + [p for p in parts if ctx.v(p)], "warning" if blanks else "error"


@rule("R3-3", "error", "表三总计列等于各类申请人之和",
      "表三每一行：总计 = 自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他。",
      [_t3(k, c) for k in APPLICATION_KEYS for c in range(7)],
      lesson=Lesson("“予以公开”总计写成 15，各类申请人合计只有 14", put(_t3("granted", 6), 15)))
def _r33(ctx: Context):
    for key in APPLICATION_KEYS:
        parts = [_t3(key, c) for c in range(6)]
        res = sum_check(ctx, _t3(key, TOTAL), parts)
        if res and not res[0]:
            holds, total, s, blanks = res
            label = APPLICATION_ROWS[key][1]
            yield (f"“{label}”行的总计 {fmt(total)} 不等于各类申请人之和 {fmt(s)}"
                   f"{'（其中有空白单元格按0计）' if blanks else ''}"), _t3(key, TOTAL), [_t3(key, TOTAL)] + parts, \
                "warning" if blanks else "error"


@rule("R3-4", "error", "表三单元格为非负整数", "表三每个单元格都应是非负整数（件数）。", [_t3(k, c) for k in APPLICATION_KEYS for c in range(7)],
      lesson=Lesson("把不掌握的件数写成负数",
                    many(put(_t3("unavailable_not_held", 0), -6), put(_t3("unavailable_not_held", 6), -6))))
def _r34(ctx: Context):
    yield from integers(ctx, [_t3(k, c) for k in APPLICATION_KEYS for c in range(7)], "表三")


@rule("R3-5", "warning", "表三不留空白", "表三没有发生的情形应填 0，不要留空或填“/”；空白按缺失数据处理。",
      [_t3(k, c) for k in APPLICATION_KEYS for c in range(7)],
      lesson=Lesson("没有发生的情形留空不填 0", put(_t3("rejected_duplicate", 3), None)))
def _r35(ctx: Context):
    empty = blank_cells(ctx, [_t3(k, c) for k in APPLICATION_KEYS for c in range(7)])
    if empty:
        sample = "、".join(cell_label(p) for p in empty[:3])
        yield (f"表三有 {len(empty)} 个单元格空白或填“/”（如 {sample}），没有发生的应填 0；"
               f"确认后可自动补 0"), empty[0], empty


@rule("R3-6", "warning", "正文数字与表三一致",
      f"“{_ONE}（二）依申请公开”中写的收到、办结、结转申请件数应与表三一致。",
      [_t3("new_received", c) for c in range(7)] + [_t3("total_processed", TOTAL), _t3("carried_forward", TOTAL)],
      lesson=Lesson("正文写“收到政府信息公开申请22件”（把上年结转也算进去了）",
                    rewrite(1, lambda t: t.replace("收到政府信息公开申请20件", "收到政府信息公开申请22件"))))
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
                return f"；正文数字 {fmt(fig.value)} 等于本年新收与上年结转（{fmt(carried)}）之和，应只写本年新收"
        return ""
    yield from narrative(ctx, mapping, hint)


@rule("R3-7", "warning", "逾期未缴费须说明信息处理费",
      f"表三“申请人逾期未按收费通知要求缴纳费用”大于 0，说明本年发出过收费通知，“{_SIX}”应说明信息处理费情况。",
      [_t3("other_no_fee", TOTAL)],
      lesson=Lesson("有 1 件因逾期未缴费不再处理，第六部分却不提信息处理费",
                    many(put(_t3("other_no_fee", 0), 1), put(_t3("other_no_fee", 6), 1),
                         put(_t3("unavailable_not_held", 0), 5), put(_t3("unavailable_not_held", 6), 5),
                         rewrite(6, lambda t: "本年度无其他需要报告的事项。"))))
def _r37(ctx: Context):
    n = ctx.v(_t3("other_no_fee", TOTAL))
    r = ctx.report
    if isinstance(n, (int, float)) and n > 0 and not mentions(r.section_text(6), "处理费"):
        yield (f"表三有 {fmt(n)} 件因逾期未缴纳费用不再处理的申请，但“{_SIX}”未说明信息处理费收取情况"), \
            section_where(r, 6) or _t3("other_no_fee", TOTAL), [_t3("other_no_fee", TOTAL)]


@rule("R3-8", "info", "结转比例异常", "结转下年度继续办理的申请超过本年应办理申请（新收+上年结转）的一半，请核实。",
      [_t3("carried_forward", TOTAL)],
      lesson=Lesson("结转下年度 15 件，超过应办理申请的一半",
                    many(put(_t3("carried_forward", 6), 15), put(_t3("total_processed", 6), 7))))
def _r38(ctx: Context):
    a, b, f = (ctx.v(_t3(k, TOTAL)) for k in ("new_received", "carried_over", "carried_forward"))
    if isinstance(f, (int, float)) and f > 0:
        base = (a or 0) + (b or 0)
        if base and f > ctx.settings.carried_forward_share_info * base:
            yield (f"结转下年度继续办理 {fmt(f)} 件，占本年应办理申请 {fmt(base)} 件的 {f / base:.0%}，结转比例异常，请核实"), \
                _t3("carried_forward", TOTAL), [_t3("carried_forward", TOTAL)]
