"""The solver fills exactly the cells the statements and the identities fix — whatever fixes them (a total of
0 over non-negative parts, a difference, a share) — leaves the rest open, and keeps a fee's decimals as written."""
from __future__ import annotations

from assistant.form.official import FEE_PATH, application_path as ap
from assistant.notes.solver import Statement, cell, solve


def test_a_total_of_none_fills_every_part_with_0():
    # 收到申请0件: no applicant kind is named, yet every one of them is 0 (counts are never negative).
    sol = solve([cell(ap("new_received", 6), 0)])
    assert all(sol.values[ap("new_received", c)] == 0 for c in range(6))


def test_carried_forward_follows_from_received_carried_over_and_processed():
    sol = solve([cell(ap("new_received", 6), 10), cell(ap("carried_over", 6), 2),
                 cell(ap("total_processed", 6), 9)])
    assert sol.values[ap("carried_forward", 6)] == 3
    # How the 10 split by applicant is not said: open, never guessed.
    assert ap("new_received", 0) in sol.open and ap("new_received", 0) not in sol.values


def test_a_share_of_a_stated_total_is_a_figure():
    # 收到申请10件，自然人占80%: natural persons − 0.8 × total = 0.
    share = Statement(((1.0, ap("new_received", 0)), (-0.8, ap("new_received", 6))), 0.0)
    sol = solve([cell(ap("new_received", 6), 10), share])
    assert sol.values[ap("new_received", 0)] == 8


def test_a_fee_keeps_its_decimals():
    assert solve([cell(FEE_PATH, 37.65)]).values[FEE_PATH] == 37.65


def test_the_parts_left_when_all_but_one_are_zero():
    # 收到10件，其余申请人类型都是0，只有自然人: the one kind not said to be 0 carries the total.
    stmts = [cell(ap("new_received", 6), 10)] + [cell(ap("new_received", c), 0) for c in range(1, 6)]
    assert solve(stmts).values[ap("new_received", 0)] == 10


def test_an_inconsistency_names_only_the_figures_that_clash_and_keeps_the_rest():
    # 新收10件：自然人7件、企业5件 (7 + 5 > 10) beside 行政许可3件: the conflict is the three application figures,
    # and the licences stay filled.
    clash = [cell(ap("new_received", 6), 10), cell(ap("new_received", 0), 7), cell(ap("new_received", 1), 5)]
    sol = solve(clash + [cell("active.licensing", 3)])
    assert len(sol.conflicts) == 1 and {s.terms[0][1] for s in sol.conflicts[0]} == {s.terms[0][1] for s in clash}
    assert sol.values["active.licensing"] == 3


def test_one_place_of_the_notes_read_two_ways_is_the_readers_doubt_not_an_inconsistency():
    # "直接起诉	1	0	0	1	2" read once as the row and once shifted by a column: the total given 2 and 0 by the
    # same words. The official wrote one figure there: asked about, never reported as their inconsistency.
    row = "直接起诉\t1\t0\t0\t1\t2"
    total = "review_litigation.litigation_direct[4]"
    sol = solve([cell(total, 2, quote=row, span=(13, 14)), cell(total, 0, quote=row, span=(11, 12)),
                 cell("active.licensing", 3, quote="许可3件")])
    assert not sol.conflicts and total not in sol.values and sol.values["active.licensing"] == 3
    assert {s.value for s, _ in sol.dropped} == {0, 2}
    # The same cell given two figures in two places is the official's own: reported, with both quotes.
    sol = solve([cell(total, 2, quote=row), cell(total, 0, quote="直接起诉的没有")])
    assert len(sol.conflicts) == 1 and not sol.dropped


def test_of_a_place_read_two_ways_the_reading_the_rows_other_figures_bear_out_is_kept():
    # The same row whose other figures were read once: 维持1 + 尚未审结1 leaves only 2 for the total, so the
    # shifted reading (0) is the one set aside and the row is filled.
    row = "直接起诉\t1\t0\t0\t1\t2"
    d = "review_litigation.litigation_direct"
    sol = solve([cell(f"{d}[4]", 2, quote=row, span=(13, 14)), cell(f"{d}[4]", 0, quote=row, span=(11, 12)),
                 cell(f"{d}[0]", 1, quote=row, span=(5, 6)), cell(f"{d}[1]", 0, quote=row, span=(7, 8)),
                 cell(f"{d}[2]", 0, quote=row, span=(9, 10)), cell(f"{d}[3]", 1, quote=row, span=(11, 12))])
    assert not sol.conflicts and sol.values[f"{d}[4]"] == 2
    assert [s.value for s, _ in sol.dropped] == [0]
    # The same row against the official's own figure elsewhere: neither reading fits, so theirs to see.
    sol = solve([cell(f"{d}[4]", 2, quote=row, span=(13, 14)), cell(f"{d}[4]", 0, quote=row, span=(11, 12)),
                 cell(f"{d}[0]", 1, quote=row, span=(5, 6)), cell(f"{d}[3]", 1, quote=row, span=(11, 12)),
                 cell(f"{d}[4]", 3, quote="直接起诉3件")])
    assert sol.conflicts and any(s.value == 3 for core in sol.conflicts for s in core)
