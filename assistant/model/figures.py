"""Figures quoted in prose ("共收到政府信息公开申请85件", "行政复议3件"), with where they stand.

The rules compare them with the tables (R3-6, R4-5, T2-6); drafting reuses them on notes.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .numbers import NUM, cn_number  # noqa: F401  (cn_number re-exported for older importers)

@dataclass(frozen=True)
class Figure:
    key: str      # what the number counts, e.g. "applications.received"
    value: float | int
    start: int    # span in the text it came from
    end: int
    text: str     # the phrase, e.g. "收到政府信息公开申请85件"


_GAP = r"[^，。；;,、\d]{0,%d}?"
# (key, pattern with a group named n). Order matters: the first pattern to claim a span wins.
PATTERNS: list[tuple[str, re.Pattern]] = [
    ("applications.received.natural", re.compile(r"自然人(?:提出|申请|的)*" + NUM + r"\s*(?:件|个|份)")),
    ("applications.received.legal", re.compile(r"法人(?:或|和|及)其他组织(?:提出|申请|的)*" + NUM + r"\s*(?:件|个|份)")),
    ("applications.received", re.compile(r"(?:收到|受理|接收|接到)(?P<gap>" + _GAP % 20 + ")" + NUM + r"\s*(?:件|个|份)")),
    ("applications.processed", re.compile(r"(?:办结|答复)" + _GAP % 6 + NUM + r"\s*(?:件|个|份)")),
    ("applications.carried_forward", re.compile(r"结转(?:至|到)?下(?:一)?年度?" + _GAP % 6 + NUM + r"\s*件")),
    ("applications.granted", re.compile(r"予以公开" + NUM + r"\s*件")),
    ("review.total", re.compile(r"行政复议(?:案件|申请)?(?:共|合计)?" + NUM + r"\s*(?:件|起|宗)")),
    ("litigation.total", re.compile(r"行政诉讼(?:案件)?(?:共|合计)?" + NUM + r"\s*(?:件|起|宗)")),
    ("normative.issued", re.compile(r"(?:制发|印发|出台|制定)" + _GAP % 8 + r"规范性文件(?:共)?" + NUM + r"\s*(?:件|个|份)")),
    ("normative.repealed", re.compile(r"废止" + _GAP % 8 + r"规范性文件(?:共)?" + NUM + r"\s*(?:件|个|份)")),
    ("normative.in_force", re.compile(r"现行有效" + _GAP % 8 + r"规范性文件(?:共)?" + NUM + r"\s*(?:件|个|份)")),
]


def find_figures(text: str) -> list[Figure]:
    out: list[Figure] = []
    taken: list[tuple[int, int]] = []
    for key, pat in PATTERNS:
        for m in pat.finditer(text):
            gap = m.groupdict().get("gap")
            if key == "applications.received" and (gap is None or "申请" not in gap or
                                                   re.search(r"复议|诉讼|信访|建议|提案", gap)):
                continue
            number = m.group(m.lastindex) if key != "applications.received" else m.group(2)
            value = cn_number(number)
            if value is None or any(s < m.end() and m.start() < e for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            out.append(Figure(key, value, m.start(), m.end(), m.group(0)))
    return sorted(out, key=lambda f: f.start)
