"""The engine of the rule catalogue (domain.md §4–§5): what a rule is, what a finding is, and the decorator
that registers a rule with its lesson. The rules themselves live one module per family beside this one
(structure, register, table2, table3, table4, cross_year); rules.py runs them all.

Each rule is data: an id that never changes meaning, a default severity, a Chinese title and explanation,
the cell paths it touches (so a UI can highlight them) and the lesson that teaches it (lesson.py). Its check
function yields findings that name the exact cells involved, as typed addresses (form/address.py).
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Callable, Iterable, Literal

from pydantic import BaseModel, Field

from ..form import address, official as form
from ..form.address import CellLocation, Location
from ..model.figures import find_figures
from ..model.report import APPLICATION_ROWS, SECTION_HEADINGS, Report, cell_label
from ..settings import Settings
from .lesson import Lesson

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
    lesson: Lesson | None = field(default=None, compare=False)


RULES: dict[str, Rule] = {}


def rule(id: str, severity: Severity, title: str, description: str, paths: Iterable[str] = (),
         cross_year: bool = False, lesson: Lesson | None = None):
    """Register the decorated function as rule `id`. It yields (message, where, cells[, severity]);
    `lesson` is the smallest change to the clean example that breaks the rule (training)."""
    def register(fn):
        def run(ctx: Context) -> Iterable[Finding]:
            for hit in fn(ctx) or ():
                message, where, cells, *sev = hit
                yield Finding(rule=id, severity=sev[0] if sev else severity, message=message, where=where,
                              paths=list(cells))
        taught = replace(lesson, rule=id, cross_year=cross_year) if lesson else None
        RULES[id] = Rule(id, severity, title, description, tuple(paths), cross_year, run, taught)
        return fn
    return register


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


# --- helpers the families share ----------------------------------------------------------------

def section_where(report: Report, number: int) -> str | None:
    for i, s in enumerate(report.sections):
        if s.number == number:
            return f"sections[{i}]"
    return None


def fmt(x) -> str:
    if x is None:
        return "空"
    if isinstance(x, float) and x.is_integer():
        return str(int(x))
    return str(x)


def sum_check(ctx: Context, total_path: str, part_paths: list[str]):
    """(holds, total, parts-sum, any-blank) treating blank parts as 0; None when the total is blank."""
    total = ctx.v(total_path)
    if total is None or not isinstance(total, (int, float)):
        return None
    parts = [ctx.v(p) for p in part_paths]
    blanks = any(p is None for p in parts)
    s = sum(p for p in parts if isinstance(p, (int, float)))
    return total == s, total, s, blanks


def mentions(text: str, *words: str) -> bool:
    return any(w in text for w in words)


def narrative(ctx: Context, mapping: dict[str, str | tuple[str, ...]], hint=None):
    """Figures quoted in section 一 (model/figures.py) against the table cells `mapping` names."""
    r = ctx.report
    where = section_where(r, 1)
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
            yield (f"正文“{fig.text}”与表格不一致：表中“{label}”为 {fmt(table)}{extra}"), where, list(paths)


def integers(ctx: Context, paths: list[str], table: str):
    """Cells of a count table that are junk, negative or fractional."""
    r = ctx.report
    for path in paths:
        note = r.cells.get(path)
        v = r.value(path)
        if note is not None and note.kind == "invalid":
            yield f"{table}“{cell_label(path)}”填写的“{note.raw.strip()}”不是数字", path, [path]
        elif isinstance(v, (int, float)) and v < 0:
            yield f"{table}“{cell_label(path)}”为负数（{fmt(v)}）", path, [path]
        elif isinstance(v, float) and not v.is_integer():
            yield f"{table}“{cell_label(path)}”应为整数件数，实际为 {fmt(v)}", path, [path]


def blank_cells(ctx: Context, paths: list[str]) -> list[str]:
    """Cells with no value that are not junk text: left blank, written "/", or never entered."""
    r = ctx.report
    return [p for p in paths if r.value(p) is None and ((n := r.cells.get(p)) is None or n.kind in ("blank", "na"))]
