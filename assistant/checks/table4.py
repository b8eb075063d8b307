"""Rules of table 4, 政府信息公开行政复议、行政诉讼情况 (domain.md §4.4, R4-1…R4-5): each group's total,
whole non-negative counts, corrected cases explained in section 五, suits after a review without one, and the
figures the prose quotes ("均获维持" included). Each with its lesson."""
from __future__ import annotations

import re

from ..model.report import CORRECTED, REVIEW_GROUPS, SECTION_HEADINGS, cell_label, review_path
from .engine import Context, blank_cells, fmt, integers, mentions, narrative, rule, section_where, sum_check
from .lesson import Lesson, many, put, rewrite

_FIVE = SECTION_HEADINGS[5]


_T4_PATHS = [review_path(g, c) for g in REVIEW_GROUPS for c in range(5)]


@rule("R4-1", "error", "表四总计等于各结果之和",
      "表四行政复议、未经复议直接起诉、复议后起诉三组，各组总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结。", _T4_PATHS,
      lesson=Lesson("行政复议总计写成 3，各结果合计只有 2", put(review_path("review", 4), 3)))
def _r41(ctx: Context):
    for g, name in REVIEW_GROUPS.items():
        parts = [review_path(g, c) for c in range(4)]
        res = sum_check(ctx, review_path(g, 4), parts)
        if res and not res[0]:
            holds, total, s, blanks = res
            yield (f"{name}总计 {fmt(total)} 不等于结果维持、结果纠正、其他结果、尚未审结之和 {fmt(s)}"
                   f"{'（其中有空白单元格按0计）' if blanks else ''}"), review_path(g, 4), [review_path(g, 4)] + parts, \
                "warning" if blanks else "error"


@rule("R4-2", "error", "表四单元格为非负整数", "表四 15 个单元格都应是非负整数；没有案件应填 0。", _T4_PATHS,
      lesson=Lesson("行政诉讼“其他结果”留空", put(review_path("litigation_direct", 2), None)))
def _r42(ctx: Context):
    yield from integers(ctx, _T4_PATHS, "表四")
    empty = blank_cells(ctx, _T4_PATHS)
    if empty:
        yield (f"表四有 {len(empty)} 个单元格空白或填“/”（如 {cell_label(empty[0])}），没有案件应填 0"), \
            empty[0], empty, "warning"


@rule("R4-3", "warning", "纠错案件须在第五部分说明",
      f"复议或诉讼结果被纠正的，应在“{_FIVE}”中分析原因并说明整改情况。",
      [review_path(g, CORRECTED) for g in REVIEW_GROUPS],
      lesson=Lesson("复议纠正 1 件，第五部分却不分析原因",
                    rewrite(5, lambda t: t.replace("针对行政复议纠正的1件案件，已分析原因并整改。", ""))))
def _r43(ctx: Context):
    r = ctx.report
    cells = [review_path(g, CORRECTED) for g in REVIEW_GROUPS]
    corrected = [(p, r.value(p)) for p in cells if isinstance(r.value(p), (int, float)) and r.value(p) > 0]
    if corrected and not mentions(r.section_text(5), "纠正", "复议", "诉讼", "败诉", "撤销", "确认违法"):
        n = sum(v for _, v in corrected)
        yield (f"表四有 {fmt(n)} 件复议或诉讼结果被纠正，但“{_FIVE}”未分析原因、说明整改"), \
            section_where(r, 5), [p for p, _ in corrected]


@rule("R4-4", "info", "复议后起诉而无复议", "有“复议后起诉”案件而本年和上年都没有行政复议，可能是由其他机关复议，仅作提示。",
      [review_path("litigation_after_review", 4), review_path("review", 4)],
      lesson=Lesson("有复议后起诉 1 件，但本年和上年都没有行政复议",
                    many(put(review_path("review", 0), 0), put(review_path("review", 1), 0),
                         put(review_path("review", 4), 0), put(review_path("litigation_after_review", 3), 1),
                         put(review_path("litigation_after_review", 4), 1))))
def _r44(ctx: Context):
    after = ctx.v(review_path("litigation_after_review", 4))
    review = ctx.v(review_path("review", 4))
    last_review = ctx.last.value(review_path("review", 4)) if ctx.last else 0
    if isinstance(after, (int, float)) and after > 0 and review == 0 and not last_review:
        yield (f"有 {fmt(after)} 件复议后起诉的案件，但本年{'和上年' if ctx.last else ''}行政复议总计为 0，"
               f"请确认复议是否由其他机关办理"), review_path("litigation_after_review", 4), \
            [review_path("litigation_after_review", 4), review_path("review", 4)]


@rule("R4-5", "warning", "正文数字与表四一致", "正文中写的行政复议、行政诉讼件数应与表四一致。",
      [review_path(g, 4) for g in REVIEW_GROUPS],
      lesson=Lesson("正文写“发生行政复议3件”，表中是 2 件", rewrite(1, lambda t: t + "全年发生行政复议3件。")))
def _r45(ctx: Context):
    yield from narrative(ctx, {"review.total": review_path("review", 4),
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
                yield (f"正文称“{sentence.strip()[:40]}”，但表四中这些案件有 {fmt(other)} 件为结果纠正、其他结果或尚未审结"), \
                    section_where(r, n), [p for p in cells if ctx.v(p)]
                return
