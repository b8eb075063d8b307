"""Teaching material generated from the rule catalogue itself, so it never drifts from the checker:
a clean example report, and for every rule the smallest change that breaks it (wrong) next to the
clean version (right). Practice mode plants several such errors for a trainee to fix."""
from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from typing import Callable

from ..form import official as form
from ..model.problems import Problem
from ..model.report import APPLICATION_KEYS, SECTION_HEADINGS, Report, Section, application_path, review_path
from .rules import Finding, check

SECTIONS = {
    1: ("2024年，示例县人民政府认真贯彻落实《中华人民共和国政府信息公开条例》。\n"
        "（一）主动公开。全年通过政府网站主动公开政府信息1200条，制发行政规范性文件4件。\n"
        "（二）依申请公开。全年共收到政府信息公开申请20件，上年结转2件；办结20件，结转下年度继续办理2件。\n"
        "（三）政府信息管理。落实公开前保密审查，规范发布流程。\n"
        "（四）政府信息公开平台建设。优化政府网站政务公开专栏。\n"
        "（五）监督保障。将政务公开纳入年度绩效考核，通过网站问卷开展社会评议，全年未发生责任追究情况。"),
    5: ("（一）存在的主要问题。部分部门政策文件解读发布滞后。\n"
        "（二）改进情况。建立文件与解读同步审核、同步发布机制；针对行政复议纠正的1件案件，已分析原因并整改。"),
    6: "本机关依据《政府信息公开信息处理费管理办法》，本年度未收取信息处理费。",
}


def clean_example() -> Report:
    """A small county report in which every rule holds."""
    r = Report()
    r.meta.agency, r.meta.year, r.meta.level, r.meta.is_government = "示例县人民政府", 2024, "县", True
    r.meta.title = "示例县人民政府2024年政府信息公开工作年度报告"
    r.meta.period = "2024年1月1日至2024年12月31日"
    r.meta.published = dt.date(2025, 1, 20)
    r.sections = [Section(number=n, heading=h, text=SECTIONS.get(n, ""), numbering=h[:2])
                  for n, h in SECTION_HEADINGS.items()]
    a = r.tables.active
    a.regulations.issued, a.regulations.repealed, a.regulations.in_force = 0, 0, 0
    a.normative_documents.issued, a.normative_documents.repealed, a.normative_documents.in_force = 4, 1, 30
    a.licensing, a.punishment, a.coercion, a.fees = 1500, 120, 6, 35.5
    t = r.tables.applications
    for k in APPLICATION_KEYS:
        setattr(t, k, [0] * 7)
    t.new_received = [18, 2, 0, 0, 0, 0, 20]
    t.carried_over = [2, 0, 0, 0, 0, 0, 2]
    t.granted = [12, 2, 0, 0, 0, 0, 14]
    t.unavailable_not_held = [6, 0, 0, 0, 0, 0, 6]
    t.total_processed = [18, 2, 0, 0, 0, 0, 20]
    t.carried_forward = [2, 0, 0, 0, 0, 0, 2]
    rl = r.tables.review_litigation
    rl.review, rl.litigation_direct, rl.litigation_after_review = [1, 1, 0, 0, 2], [0, 0, 0, 1, 1], [0] * 5
    return r


def last_year_example() -> Report:
    r = clean_example()
    r.meta.year, r.meta.published = 2023, dt.date(2024, 1, 18)
    r.meta.title = "示例县人民政府2023年政府信息公开工作年度报告"
    r.meta.period = "2023年1月1日至2023年12月31日"
    r.tables.active.normative_documents.in_force = 27  # 27 + 4 − 1 = 30
    r.section(5).text = "（一）存在的主要问题。办事指南更新不及时。（二）改进情况。建立办事指南定期核查制度。"
    r.section(1).text = "2023年，示例县按照条例要求推进政府信息公开工作，群众获取信息更加便捷。" * 2
    return r


Breaker = Callable[[Report], None]


@dataclass
class Lesson:
    rule: str
    change: str           # what the wrong version does, in Chinese
    breaks: Breaker
    cross_year: bool = False


def _cell(path: str, value) -> Breaker:
    return lambda r: r.put(path, value)


def _text(n: int, fn: Callable[[str], str]) -> Breaker:
    def b(r: Report):
        r.section(n).text = fn(r.section(n).text)
    return b


def _drop_section(n: int) -> Breaker:
    def b(r: Report):
        r.sections = [s for s in r.sections if s.number != n]
    return b


def _numbering(r: Report):
    r.section(5).numbering, r.section(5).heading = "5、", "5、存在的主要问题及改进情况"


def _structure(r: Report):
    r.problems.append(Problem("subtotal_row", 3))


def _format(r: Report):
    r.format_markers.append(form.FORMAT_2019_MARKERS[0])  # 本年新制作数量
    r.format = "2019"


def _label(r: Report):
    from ..model.report import LabelNote
    r.labels.append(LabelNote(where="active.normative_documents", found="规范性文件",
                            expected=form.ACTIVE_BY_KEY["normative_documents"].label))


def _meta(**kw) -> Breaker:
    def b(r: Report):
        for k, v in kw.items():
            setattr(r.meta, k, v)
    return b


def _fee_in_yuan(r: Report):
    from ..model.report import CellNote
    r.put("active.fees", 35.5)
    r.cells["active.fees"] = CellNote(raw="355000元", kind="number", unit="元")


def _many(*bs: Breaker) -> Breaker:
    def b(r: Report):
        for x in bs:
            x(r)
    return b


LESSONS: dict[str, Lesson] = {les.rule: les for les in [
    Lesson("S-1", f"漏写“{SECTION_HEADINGS[4]}”整个部分", _drop_section(4)),
    Lesson("S-2", "在表三中加了一行“小计”", _structure),
    Lesson("S-3", "表二沿用 2019 试行格式的“本年新制作数量”栏目", _format),
    Lesson("S-4", "把“行政规范性文件”写成“规范性文件”", _label),
    Lesson("S-5", "统计期限写成“2024年1月1日至2024年12月30日”", _meta(period="2024年1月1日至2024年12月30日")),
    Lesson("S-6", "“总体情况”没有写平台建设", _text(1, lambda t: t.replace("（四）政府信息公开平台建设。优化政府网站政务公开专栏。\n", "")
                                                      .replace("平台", ""))),
    Lesson("S-7", "人民政府的报告没有写考核、评议、追责结果",
           _text(1, lambda t: t.replace("将政务公开纳入年度绩效考核，通过网站问卷开展社会评议，全年未发生责任追究情况。", "加强组织领导。"))),
    Lesson("S-8", "第六部分没有说明信息处理费", _text(6, lambda t: "本年度无其他需要报告的事项。")),
    Lesson("S-9", "人民政府报告到 4 月底才发布", _meta(published=dt.date(2025, 4, 30))),
    Lesson("S-10", "正文留着“〔待补充：…〕”就发布", _text(5, lambda t: t + "〔待补充：整改成效〕")),
    Lesson("S-11", "把工作笔记的口语原样写进报告", _text(5, lambda t: t + "问题的话就是人少事多，有时候更新不及时。")),
    Lesson("T2-1", "行政强制件数留空", _cell("active.coercion", None)),
    Lesson("T2-2", "收费金额按元填成“355000元”", _fee_in_yuan),
    Lesson("T2-3", "收费金额误按元填写（355000），与上年 35.5 万元相差万倍", _cell("active.fees", 355000.0), cross_year=True),
    Lesson("T2-4", "现行有效件数（3）少于本年制发件数（4）", _cell("active.normative_documents.in_force", 3)),
    Lesson("T2-5", "县政府在“规章”行填了 2 件", _cell("active.regulations.in_force", 2)),
    Lesson("T2-6", "正文写“制发行政规范性文件5件”，表中是 4 件", _text(1, lambda t: t.replace("规范性文件4件", "规范性文件5件"))),
    Lesson("R3-1", "上年结转写成 3 件，但办结和结转没有相应变化",
           _many(_cell(application_path("carried_over", 0), 3), _cell(application_path("carried_over", 6), 3))),
    Lesson("R3-2", f"{form.APP_BY_KEY['total_processed'].label}写成 21，各项结果只有 20", _many(_cell(application_path("total_processed", 6), 21),
                                                      _cell(application_path("carried_forward", 6), 1))),
    Lesson("R3-3", "“予以公开”总计写成 15，各类申请人合计只有 14", _cell(application_path("granted", 6), 15)),
    Lesson("R3-4", "把不掌握的件数写成负数", _many(_cell(application_path("unavailable_not_held", 0), -6),
                                             _cell(application_path("unavailable_not_held", 6), -6))),
    Lesson("R3-5", "没有发生的情形留空不填 0", _cell(application_path("rejected_duplicate", 3), None)),
    Lesson("R3-6", "正文写“收到政府信息公开申请22件”（把上年结转也算进去了）",
           _text(1, lambda t: t.replace("收到政府信息公开申请20件", "收到政府信息公开申请22件"))),
    Lesson("R3-7", "有 1 件因逾期未缴费不再处理，第六部分却不提信息处理费",
           _many(_cell(application_path("other_no_fee", 0), 1), _cell(application_path("other_no_fee", 6), 1),
                 _cell(application_path("unavailable_not_held", 0), 5), _cell(application_path("unavailable_not_held", 6), 5),
                 _text(6, lambda t: "本年度无其他需要报告的事项。"))),
    Lesson("R3-8", "结转下年度 15 件，超过应办理申请的一半",
           _many(_cell(application_path("carried_forward", 6), 15), _cell(application_path("total_processed", 6), 7))),
    Lesson("R4-1", "行政复议总计写成 3，各结果合计只有 2", _cell(review_path("review", 4), 3)),
    Lesson("R4-2", "行政诉讼“其他结果”留空", _cell(review_path("litigation_direct", 2), None)),
    Lesson("R4-3", "复议纠正 1 件，第五部分却不分析原因", _text(5, lambda t: t.replace("针对行政复议纠正的1件案件，已分析原因并整改。", ""))),
    Lesson("R4-4", "有复议后起诉 1 件，但本年和上年都没有行政复议",
           _many(_cell(review_path("review", 0), 0), _cell(review_path("review", 1), 0), _cell(review_path("review", 4), 0),
                 _cell(review_path("litigation_after_review", 3), 1), _cell(review_path("litigation_after_review", 4), 1))),
    Lesson("R4-5", "正文写“发生行政复议3件”，表中是 2 件", _text(1, lambda t: t + "全年发生行政复议3件。")),
    Lesson("X-1", "上年结转写 3 件，但上年报告结转下年度是 2 件",
           _many(_cell(application_path("carried_over", 0), 3), _cell(application_path("carried_over", 6), 3),
                 _cell(application_path("carried_forward", 0), 3), _cell(application_path("carried_forward", 6), 3)),
           cross_year=True),
    Lesson("X-2", "现行有效件数与“上年 + 制发 − 废止”对不上", _cell("active.normative_documents.in_force", 40), cross_year=True),
    Lesson("X-3", "第五部分照抄上年", lambda r: setattr(r.section(5), "text", last_year_example().section_text(5)),
           cross_year=True),
    Lesson("X-4", "没有回应上年提出的“办事指南更新不及时”问题",
           _text(5, lambda t: t.replace(FOLLOW_UP, "")), cross_year=True),
    Lesson("X-5", "行政许可从上年 1500 件骤降为 0", _cell("active.licensing", 0), cross_year=True),
    Lesson("X-6", "年度弄错：本报告写成 2026 年度，与上年报告（2023 年度）不衔接", _meta(year=2026), cross_year=True),
]}


FOLLOW_UP = "针对上年提出的办事指南更新不及时问题，已完成全部办事指南更新。"


def example(rule: str) -> tuple[Report, Report, list[Finding], Report | None]:
    """(wrong, right, the findings of this rule on the wrong one, last year's report if cross-year)."""
    lesson = LESSONS[rule]
    right = clean_example()
    last = None
    if lesson.cross_year:
        last = last_year_example()
        right.section(5).text += FOLLOW_UP  # a good report follows up last year's problems
    wrong = right.model_copy(deep=True)
    lesson.breaks(wrong)
    found = [f for f in check(wrong, last) if f.rule == rule]
    return wrong, right, found, last


# --- practice -----------------------------------------------------------------------------------------

PRACTICE_RULES = ["T2-1", "T2-4", "R3-1", "R3-2", "R3-3", "R3-4", "R4-1", "R3-5", "R4-2"]


def practice(seed: int, n: int = 3) -> tuple[Report, list[str]]:
    """A clean report with n table errors planted; the trainee fixes the cells until it checks clean."""
    rng = random.Random(seed)
    rules = rng.sample(PRACTICE_RULES, n)
    r = clean_example()
    for rule in rules:
        LESSONS[rule].breaks(r)
    return r, rules


def practice_done(report: Report) -> bool:
    return not [f for f in check(report) if f.severity in ("error", "warning")]


@dataclass
class Exercise:
    seed: int
    report: Report                              # the report with the errors planted
    rules: list[str]                            # the rules whose lessons were planted
    answers: dict[str, tuple[object, object]]   # planted cell -> (wrong value, right value)


@dataclass
class Grade:
    fixed: list[Finding]   # planted findings the answer made go away
    left: list[Finding]    # planted findings still there
    new: list[Finding]     # findings the answer brought that the planted report did not have
    score: int             # 0–100: the share of planted findings fixed, less 10 per new finding; 0 once revealed
    revealed: bool = False  # the answers were shown: the exercise is not scored

    @property
    def done(self) -> bool:
        return not self.left and not self.new


def exercise(seed: int, n: int = 3) -> Exercise:
    """A practice report and its answer key: the cells the planted errors changed, wrong and right."""
    from ..model.report import all_cell_paths
    report, rules = practice(seed, n)
    right = clean_example()
    answers = {p: (report.value(p), right.value(p)) for p in all_cell_paths() if report.value(p) != right.value(p)}
    return Exercise(seed, report, rules, answers)


def _problems(report: Report) -> list[Finding]:
    return [f for f in check(report) if f.severity in ("error", "warning")]


def _key(f: Finding) -> tuple[str, str]:
    return f.rule, str(f.where)  # where, not the message: the message quotes the figures being changed


def grade(ex: Exercise, edits: dict[str, object], revealed: bool = False) -> Grade:
    """Scored by the rules: an answer is right when the planted finding is gone and no new finding appears
    (any figure that satisfies the rule will do, not only the planted original)."""
    report = ex.report.model_copy(deep=True)
    for path, value in edits.items():
        report.put(path, value)
    planted, now = _problems(ex.report), _problems(report)
    now_keys = {_key(f) for f in now}
    planted_keys = {_key(f) for f in planted}
    fixed = [f for f in planted if _key(f) not in now_keys]
    left = [f for f in now if _key(f) in planted_keys]
    new = [f for f in now if _key(f) not in planted_keys]
    score = max(0, round(100 * len(fixed) / max(1, len(planted))) - 10 * len(new))
    return Grade(fixed, left, new, 0 if revealed else score, revealed)
