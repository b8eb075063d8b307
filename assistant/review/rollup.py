"""Roll-up for reviewers: a government's report for its whole region (本行政区域) checked cell by cell against
the sum of the reports of the bodies under it, every difference named with each body's figure.

All cells of the three tables add up across bodies (counts, carried-over cases, fees in 万元). A blank cell
of a subordinate is not a zero: it is named, and the sum is shown as incomplete rather than compared as if
it were complete.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..form import official as form
from ..model.numbers import fmt
from ..model.report import Report, get_path

MONEY_TOLERANCE = 0.00005  # fees are in 万元 with four decimals


@dataclass
class Difference:
    path: str
    label: str
    parent: float | int | None
    total: float | int
    parts: list[tuple[str, float | int]]      # (body, figure) of the subordinates that filled the cell
    blank: list[str] = field(default_factory=list)  # subordinates that left it blank

    @property
    def gap(self) -> float | int:
        return (self.parent or 0) - self.total

    def message(self) -> str:
        parts = "、".join(f"{name} {fmt(v)}" for name, v in self.parts if v) or "均为 0"
        parent = "未填" if self.parent is None else fmt(self.parent)
        text = (f"{self.label}：本级政府报告（本行政区域）为 {parent}，下属单位合计 {fmt(self.total)}（{parts}）")
        if not self.blank:
            return text + f"，相差 {fmt(self.gap)}。"
        return text + f"；{'、'.join(self.blank)} 未填此项，合计不完整。"


@dataclass
class Rollup:
    parent: str
    children: list[str]
    differences: list[Difference]
    cells: int
    note: str = ""

    @property
    def ok(self) -> bool:
        return not self.differences


def _close(a, b, path) -> bool:
    return abs(a - b) <= (MONEY_TOLERANCE if path == form.FEE_PATH else 0)


def rollup(parent: Report, children: list[tuple[str, Report]], parent_name: str | None = None) -> Rollup:
    """Compare every cell of `parent` with the sum of `children` (name, report)."""
    name = parent_name or parent.meta.agency or "本级政府"
    note = ""
    if parent.meta.scope == "本级":
        note = "该报告注明其数据仅为本级（不含下属单位），汇总核对仅供参考。"
    differences, compared = [], 0
    for path in form.ALL_PATHS:
        pv = get_path(parent.tables, path)
        values = [(n, get_path(r.tables, path)) for n, r in children]
        filled = [(n, v) for n, v in values if v is not None]
        blank = [n for n, v in values if v is None]
        if pv is None and not filled:
            continue
        compared += 1
        total = sum(v for _, v in filled)
        if isinstance(total, float):
            total = round(total, 4)
        if blank and filled or blank and pv:
            differences.append(Difference(path, form.cell_label(path), pv, total, filled, blank))
        elif not _close(pv or 0, total, path):
            differences.append(Difference(path, form.cell_label(path), pv, total, filled))
    return Rollup(name, [n for n, _ in children], differences, compared, note)
