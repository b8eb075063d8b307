"""The rule catalogue of domain.md §4–§5: every family's rules (one module per family, each rule with its
lesson: structure, register, table2, table3, table4, cross_year), listed in a fixed order, and `check`, which
runs them. A new rule is one edit: its family's module."""
from __future__ import annotations

from ..model.report import Report
from ..parse import simplified
from ..settings import Settings, get_settings
from . import cross_year, register, structure, table2, table3, table4  # noqa: F401  (each registers its rules)
from .cross_year import as_notices, cross_year_mismatch, problems, similarity
from .engine import RULES, SEVERITY_ORDER, SEVERITY_ZH, Context, Finding, Rule, summary, where_label

__all__ = ["RULES", "SEVERITY_ZH", "Finding", "Rule", "as_notices", "check", "cross_year_mismatch", "problems",
           "similarity", "summary", "where_label"]

FAMILIES = ("S", "T2", "R3", "R4", "X")


def _position(rule_id: str) -> tuple[int, int]:
    family, number = rule_id.rsplit("-", 1)
    return FAMILIES.index(family), int(number)


# The catalogue's order (S-1 … X-6) whatever order the family modules were first imported in: findings of one
# severity are listed in it, and so are the rules in `nianbao rules` and the training page.
for _id in sorted(RULES, key=_position):
    RULES[_id] = RULES.pop(_id)


def check(report: Report, last_year: Report | None = None, settings: Settings | None = None) -> list[Finding]:
    """Run every rule; the cross-year rules only when last year's report is given."""
    # Script folded before any rule: 繁體 headings and prose are read as the official wording.
    ctx = Context(simplified(report), simplified(last_year) if last_year else None, settings or get_settings())
    order = {rid: i for i, rid in enumerate(RULES)}
    findings: list[Finding] = []
    for r in RULES.values():
        if r.cross_year and last_year is None:
            continue
        findings.extend(r.check(ctx))
    return sorted(findings, key=lambda f: (SEVERITY_ORDER[f.severity], order[f.rule]))
