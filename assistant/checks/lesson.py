"""What a rule's lesson is made of: a clean example report in which every rule holds (and last year's, for the
cross-year rules), and the small changes ("breakers") a lesson applies to it to show the rule firing. Each
family module states its rules' lessons beside the rules; training.py turns them into examples and practice."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Callable

from ..model.report import APPLICATION_KEYS, SECTION_HEADINGS, Report, Section

Breaker = Callable[[Report], None]


@dataclass(frozen=True)
class Lesson:
    change: str           # what the wrong version does, in Chinese
    breaks: Breaker
    rule: str = ""        # filled in when the rule registers (engine.rule)
    cross_year: bool = False


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

# What a good report adds when last year's report named a problem (the cross-year lessons).
FOLLOW_UP = "针对上年提出的办事指南更新不及时问题，已完成全部办事指南更新。"


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


# --- breakers -----------------------------------------------------------------------------------------

def put(path: str, value) -> Breaker:
    return lambda r: r.put(path, value)


def rewrite(n: int, fn: Callable[[str], str]) -> Breaker:
    def b(r: Report):
        r.section(n).text = fn(r.section(n).text)
    return b


def set_meta(**kw) -> Breaker:
    def b(r: Report):
        for k, v in kw.items():
            setattr(r.meta, k, v)
    return b


def many(*bs: Breaker) -> Breaker:
    def b(r: Report):
        for x in bs:
            x(r)
    return b
