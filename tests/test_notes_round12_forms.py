"""Round 12: notes in new forms (system dumps, ledgers grouped by section, boards …), with the helper's own
phrasings and negatives."""
from __future__ import annotations

from assistant.form.official import application_path as ap
from tests.conftest import notes_tables, readings


def ap_rl(group: str, col: int) -> str:
    return f"review_litigation.{group}[{col}]"


def test_a_total_said_to_include_last_years_cases_is_new_and_carried_over_together():
    # "全年办理申请20件（含去年转过来的2件）": the 20 holds the 2 carried over — 18 new ones, not 20
    t = notes_tables("全年办理依申请公开20件（含去年转过来的2件），都予以公开。")
    assert t.value(ap("new_received", 6)) == 18 and t.value(ap("carried_over", 6)) == 2
    # after a bare total word, with no row named: the same sum ("总计：9件（含上年度结转1件）")
    t = notes_tables("依申请公开按科室排了一下。\n总计：9件（含上年度结转1件），全部予以公开。")
    assert t.value(ap("new_received", 6)) == 8 and t.value(ap("carried_over", 6)) == 1


def test_a_total_said_to_leave_out_last_years_cases_is_the_new_ones():
    # negative: "不含" says the figure is the new ones alone
    t = notes_tables("全年新收依申请公开20件（不含去年转过来的2件），都予以公开。")
    assert t.value(ap("new_received", 6)) == 20 and t.value(ap("carried_over", 6)) == 2


def test_a_records_own_number_is_no_figure():
    # a ledger's ids, letters then digits ("GK-2024-017", "YSQ2024017"): before, the digits were read as a
    # granted count of 2024 (or of 17)
    got = readings("编号GK-2024-017 个人 要拆迁补偿方案 予以公开\n编号YSQ2024018 企业 要检测报告 予以公开\n共2件，都予以公开。")
    every = {v for vs in got.values() for v in vs}
    assert not every & {2024, 17, 18, 2024017, 2024018}
    assert got[ap("granted", 6)] == {2}


def test_a_figure_after_a_short_letter_label_is_still_read():
    # negative: a quarter or sheet label glued to a letter ("Q3", "B6") is no record number
    got = readings("Q3收到申请12件，都予以公开。")
    assert got[ap("new_received", 6)] == {12}


def test_a_reason_marked_wrong_by_the_clerks_bracket_gives_way_to_the_brackets():
    # a summary marked up by the clerk: "（…）【有误，实际是…】" — the bracket's reason, not the summary's
    got = readings("今年新收申请4件，办结4件：予以公开2件，不予公开2件（属于内部事务信息）【有误，实际是过程性信息】。")
    assert got[ap("withheld_process_info", 6)] == {2}
    assert ap("withheld_internal_affairs", 6) not in got


def test_a_bracket_that_approves_or_corrects_nothing_leaves_the_reading():
    # negative: "【对】" approves it; a bare "【错】" names nothing in its place
    for mark in ("【对】", "【错】"):
        got = readings(f"今年新收申请4件，办结4件：予以公开2件，不予公开2件（属于内部事务信息）{mark}。")
        assert got[ap("withheld_internal_affairs", 6)] == {2}


def test_a_run_of_counts_each_with_its_outcome_right_after_the_review_word():
    # "复议2件维持、1件在审": the group word, then its parts — not a total of 2 followed by a 维持 of 1
    got = readings("备注：复议2件维持、1件在审")
    assert got[ap_rl("review", 0)] == {2} and got[ap_rl("review", 3)] == {1}
    assert got.get(ap_rl("review", 4), set()) != {2}


def test_one_count_with_its_outcome_after_the_review_word_stays_the_groups():
    # negative: "复议2件维持" alone is the two reviews, both maintained
    got = readings("复议2件维持。")
    assert got[ap_rl("review", 4)] == {2}


def test_powers_the_body_does_not_exercise_are_none():
    # "本级不直接实施行政许可、行政处罚" said of the body itself: those figures are 0
    got = readings("我们中心不实施行政许可和行政处罚，行政强制也没有。")
    assert got["active.licensing"] == {0} and got["active.punishment"] == {0}


def test_a_figure_with_a_not_exercised_aside_keeps_its_figure():
    # negative: a count whose bracket mentions 不实施 is still the count
    got = readings("行政许可41件（其中不实施现场核查的6件）。")
    assert got["active.licensing"] == {41}


def test_a_run_of_counts_each_with_its_outcome_right_after_the_suit_word():
    # the same run after 诉讼: "诉讼3件驳回、1件未判" — parts, not a total of 3
    got = readings("诉讼3件驳回、1件未判。")
    assert got[ap_rl("litigation_direct", 0)] == {3} and got[ap_rl("litigation_direct", 3)] == {1}


def test_one_count_with_its_outcome_after_the_suit_word_stays_the_groups():
    # negative: "诉讼3件驳回" alone is the three suits, all dismissed
    got = readings("诉讼3件驳回。")
    assert got[ap_rl("litigation_direct", 4)] == {3}
