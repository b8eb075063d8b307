"""Training material is generated from the rules: every rule has a lesson that fires on the wrong version
and is silent on the right one; practice plants errors that editing the cells can fix."""
from __future__ import annotations

import pytest

from assistant.checks.rules import RULES, check
from assistant.checks.training import LESSONS, clean_example, example, practice, practice_done


def test_clean_example_is_clean():
    assert check(clean_example()) == []


@pytest.mark.parametrize("rule", list(RULES))
def test_every_rule_has_a_lesson_that_fires_only_on_the_wrong_version(rule):
    assert rule in LESSONS and LESSONS[rule].change
    wrong, right, found, last = example(rule)
    assert found, f"{rule}: the wrong example does not trigger the rule"
    assert not [f for f in check(right, last) if f.rule == rule]


def test_practice_plants_errors_and_fixing_the_cells_passes():
    report, planted = practice(seed=42, n=3)
    assert len(planted) == 3 and not practice_done(report)
    right = clean_example()
    fixed = report.model_copy(deep=True)
    from assistant.model.report import all_cell_paths
    for p in all_cell_paths():
        fixed.put(p, right.value(p))
    assert practice_done(fixed)


def test_practice_is_scored_by_the_rules():
    """Right when the planted finding is gone and no new one appears: any figure satisfying the rule will do;
    making one finding go by breaking another cell is not right; revealing the answers leaves no score."""
    from assistant.form.official import application_path
    from assistant.checks.training import exercise, grade
    seed = next(s for s in range(500) if {"R3-3", "T2-4"} <= set(exercise(s).rules))
    ex = exercise(seed)
    assert not grade(ex, {}).done and grade(ex, {}).score == 0 and len(grade(ex, {}).left) >= 2
    right = {p: ok for p, (_, ok) in ex.answers.items()}
    g = grade(ex, right)
    assert g.done and g.score == 100 and not g.new
    # 现行有效 3 < 制发 4 was planted over 30: 4 or 12 satisfy the rule as well as 30 does.
    in_force = "active.normative_documents.in_force"
    assert ex.answers[in_force][1] == 30
    for other in (4, 12):
        assert grade(ex, right | {in_force: other}).done
    assert not grade(ex, right | {in_force: 2}).done
    # R3-3's row made to add up by changing a right cell (自然人 12 → 13): the column no longer adds up.
    granted = application_path("granted", 0)
    g = grade(ex, right | {granted: right.get(granted, ex.report.value(granted)) + 1,
                           application_path("granted", 6): ex.answers[application_path("granted", 6)][0]})
    assert not g.done and g.new and g.score < 100
    g = grade(ex, right, revealed=True)
    assert g.revealed and g.score == 0


def test_exercise_is_the_same_for_the_same_seed():
    from assistant.checks.training import exercise
    a, b = exercise(7), exercise(7)
    assert a.rules == b.rules and a.answers == b.answers
