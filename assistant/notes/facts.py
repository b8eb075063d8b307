"""Narrative facts from an official's notes: the figures a report's prose quotes that are not table
cells (网站发布信息1520条, 培训3次, 信息处理费 收取1200元 / 未收取), each with the words it came from.

Table cells are read by the notes grammar (assistant/notes) and settled by the solver; this module reads
only the prose figures. A later message's figure for the same fact replaces the earlier one, and a
figure for one month or quarter is never taken as the year's.
"""
from __future__ import annotations

import re

from pydantic import BaseModel

from .lexicon import PERIOD, fold
from ..model.numbers import NUM, cn_number


class Fact(BaseModel):
    label: str                  # Chinese description, e.g. "本年新收申请（总计）"
    value: float | int
    unit: str                   # 件 / 条 / 次 / 万元 …
    path: str | None = None     # the table cell it fills, when it is one
    span: tuple[int, int] = (0, 0)
    quote: str = ""             # the words of the note


# --- patterns ------------------------------------------------------------------------------------

_N = NUM + r"\s*"

NARRATIVE = [  # (pattern with the number, label, unit)
    (r"(?:网站|门户网站|政府网站)[^，。；\d]{0,12}?(?:发布|公开)[^，。；\d]{0,8}?" + _N + r"(条|篇)", "政府网站发布信息", None),
    (r"(?:新媒体|微信公众号|政务微博|公众号)[^，。；\d]{0,12}?(?:发布|推送)[^，。；\d]{0,8}?" + _N + r"(条|篇)", "政务新媒体发布信息", None),
    (r"(?:主动)?公开[^，。；\d]{0,8}?信息[^，。；\d]{0,4}?" + _N + r"(条|篇)", "主动公开信息", None),
    (r"(?:政策)?解读[^，。；\d]{0,6}?" + _N + r"(篇|件|条|期)", "政策解读", None),
    (r"培训[^，。；\d]{0,8}?" + _N + r"(次|场|期)", "业务培训", None),
    (r"(?:新闻发布会|发布会)[^，。；\d]{0,6}?" + _N + r"(场|次)", "新闻发布会", None),
    (r"(?:信息)?处理费[^，。；\d]{0,6}?" + _N + r"(元|万元)", "信息处理费", None),
    (r"(?:人大代表建议|代表建议)[^，。；\d]{0,6}?" + _N + r"(件|条)", "人大代表建议", None),
    (r"(?:政协提案|提案)[^，。；\d]{0,6}?" + _N + r"(件|条)", "政协提案", None),
]

_CLAUSE = re.compile(r"[^，,。；;！!？?\n]+")
# "信息处理费未收取", "没收处理费", "我们不收费", "处理费：无", "收取信息处理费0元".
_NO_FEE = re.compile(r"(?:未|没有|没|不|无|免)(?:收取|收|产生|征收)?[^，。；\d]{0,6}?(?:信息)?处理费|处理费[^，。；\d]{0,6}?"
                     r"(?:未收取|没收|没有收|不收|无|为0|是0|为零|0元|零元|免收)|(?:^|[，。；\s])(?:我们|本单位|我局|我镇)?"
                     r"(?:不收费|没有收费|未收费|没收费)")


def narrative(messages: list[str]) -> list[Fact]:
    """The prose facts of all messages; a later figure for the same fact replaces the earlier one."""
    facts: dict[str, Fact] = {}
    for text in messages:
        for f in _message_facts(text):
            facts.pop(f.label, None)
            facts[f.label] = f
    return list(facts.values())


def _message_facts(notes: str) -> list[Fact]:
    text = fold(notes)
    out: list[Fact] = []
    for cm in _CLAUSE.finditer(text):
        clause = cm.group(0)
        if PERIOD.search(clause) and not re.search(r"全年|本年|今年|年度", clause):
            continue
        for pat, label, _ in NARRATIVE:
            for m in re.finditer(pat, clause):
                value = cn_number(m.group(1).replace(",", ""))
                if value is None or re.search(r"(不是|而非)\s*$", clause[:m.start(1)]):
                    continue
                a, b = cm.start() + m.start(), cm.start() + m.end()
                out.append(Fact(label=label, value=value, unit=m.group(2), span=(a, b), quote=notes[a:b]))
        if _NO_FEE.search(clause) and not any(f.label == "信息处理费" for f in out):
            out.append(Fact(label="信息处理费", value=0, unit="元", span=(cm.start(), cm.end()),
                            quote=notes[cm.start():cm.end()].strip()))
    return out
