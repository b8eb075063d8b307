"""Teaching material generated from the rule catalogue itself, so it never drifts from the checker:
a clean example report (lesson.py), and for every rule the smallest change that breaks it (wrong, stated
beside the rule in its family's module) next to the clean version (right). Practice mode plants several
such errors for a trainee to fix."""
from __future__ import annotations

import random
from dataclasses import dataclass

from ..model.report import Report
from .lesson import FOLLOW_UP, Lesson, clean_example, last_year_example
from .rules import RULES, Finding, check

__all__ = ["LESSONS", "Lesson", "clean_example", "last_year_example", "example", "practice", "practice_done",
           "exercise", "grade"]

LESSONS: dict[str, Lesson] = {rid: r.lesson for rid, r in RULES.items() if r.lesson}


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
