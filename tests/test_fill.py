"""Derived cells: totals, 结转下年度 and 上年结转 computed from the identities, never overwriting input."""
from pathlib import Path

import pytest

from assistant.model.fill import fill, fill_zeros
from assistant.parse import parse_file
from assistant.model.report import APPLICATION_KEYS, Report, application_path, review_path
from assistant.checks.rules import check

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "data" / "seeds"


@pytest.fixture(scope="module")
def seed004() -> Report:
    return parse_file(SEEDS / "004_a80d00d8d16235a9.txt")


def blank(report: Report, *paths: str) -> Report:
    r = report.model_copy(deep=True)
    for p in paths:
        r.put(p, None)
    return r


def test_row_totals_and_grand_total_are_recomputed(seed004):
    paths = [application_path(k, 6) for k in APPLICATION_KEYS] + [application_path("total_processed", c)
                                                                  for c in range(7)]
    filled = fill(blank(seed004, *paths))
    for p in paths:
        assert filled.value(p) == seed004.value(p), p
    assert set(paths) <= filled.derived


def test_carried_forward_from_the_identity(seed004):
    paths = [application_path("carried_forward", c) for c in range(7)]
    filled = fill(blank(seed004, *paths))
    assert [filled.value(p) for p in paths] == seed004.tables.applications.carried_forward
    assert not [f for f in check(filled) if f.rule in ("R3-1", "R3-2", "R3-3")]


def test_carried_over_comes_from_last_years_carried_forward(seed004):
    last = seed004.model_copy(deep=True)
    last.tables.applications.carried_forward = [4, 1, 0, 0, 0, 0, 5]
    this = blank(seed004, *[application_path("carried_over", c) for c in range(7)])
    filled = fill(this, last)
    assert filled.tables.applications.carried_over == [4, 1, 0, 0, 0, 0, 5]
    assert application_path("carried_over", 6) in filled.derived


def test_entered_values_are_never_overwritten(seed004):
    wrong = seed004.model_copy(deep=True)
    wrong.put(application_path("total_processed", 6), 99)
    filled = fill(wrong)
    assert filled.value(application_path("total_processed", 6)) == 99
    assert not filled.derived


def test_review_total_and_a_single_missing_part(seed004):
    r = blank(seed004, review_path("review", 4), review_path("litigation_direct", 1))
    r.put(review_path("litigation_direct", 4), 2)
    r.put(review_path("litigation_direct", 0), 1)
    filled = fill(r)
    assert filled.value(review_path("review", 4)) == 3
    assert filled.value(review_path("litigation_direct", 1)) == 1


def test_contradictory_input_yields_no_negative_cell_and_the_rules_say_so(seed004):
    r = blank(seed004, application_path("carried_forward", 6))
    r.put(application_path("total_processed", 6), 1000)
    r.put(application_path("carried_forward", 0), None)
    r.put(application_path("total_processed", 0), 1000)
    filled = fill(r)
    # R3-1 would need a negative 结转下年度: nothing is filled from it.
    assert filled.value(application_path("carried_forward", 0)) is None
    assert all(v is None or v >= 0 for k in APPLICATION_KEYS for v in getattr(filled.tables.applications, k))
    findings = check(filled)
    assert any(f.rule in ("R3-2", "R3-3") and f.severity == "error" for f in findings)
    assert any(f.rule == "R3-5" and application_path("carried_forward", 0) in f.paths for f in findings)


def test_two_blanks_in_one_identity_stay_blank(seed004):
    r = blank(seed004, application_path("granted", 0), application_path("granted", 1),
              application_path("granted", 6), application_path("total_processed", 0),
              application_path("total_processed", 1), application_path("total_processed", 6))
    filled = fill(r)
    # granted[0] appears with total_processed[0] in R3-2, but R3-1 pins total_processed[0] first.
    assert filled.value(application_path("granted", 0)) == 47
    assert filled.value(application_path("granted", 6)) == 48


def test_fill_zeros_only_touches_blank_cells(seed004):
    r = blank(seed004, application_path("granted", 2))
    out = fill_zeros(r, [application_path("granted", 2), application_path("granted", 0)])
    assert out.value(application_path("granted", 2)) == 0
    assert out.value(application_path("granted", 0)) == 47
    assert out.derived == {application_path("granted", 2)}
