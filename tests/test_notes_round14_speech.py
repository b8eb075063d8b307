"""Round 14, my own fixes from the tuned battery (battery_c): ways of speech the reader missed."""
from tests.test_notes import tables


def test_a_bare_no_takes_the_figure_just_said_back_in_the_same_message_or_the_next():
    t, _ = tables("予以公开4件，不，是5件。")
    assert t.value("applications.granted[6]") == 5
    t, _ = tables("上年结转1件", "不，应该是2件")
    assert t.value("applications.carried_over[6]") == 2
    # "不是个人的，是企业的" corrects who, not the figure: the count stands.
    t, _ = tables("上年结转1件", "不是个人的，是企业的")
    assert t.value("applications.carried_over[6]") == 1


def test_a_total_of_results_listed_with_a_reason_group_is_one_sum_not_each_ones_figure():
    for text in ("予以公开、部分公开、不予公开合计15件，其中不予公开1件，部分公开2件。",
                 "公开、不予公开两类共计9件，其中不予公开2件，部分公开0件。",
                 "部分公开、不予公开一共6件，部分公开4件"):
        t, _ = tables(text)
        assert t.value("applications.granted[6]") != 15 and t.value("applications.partially_granted[6]") not in (15, 9, 6)
    t, _ = tables("予以公开、部分公开、不予公开合计15件，其中不予公开1件，部分公开2件。")
    assert t.value("applications.granted[6]") == 12
    # "均为0" still gives each its own zero.
    t, _ = tables("不予公开、无法提供均为0。")
    assert t.value("applications.withheld_state_secret[6]") == 0 and t.value("applications.unavailable_not_held[6]") == 0


def test_a_message_naming_no_row_before_its_figures_goes_on_with_the_one_before_it():
    lit = "review_litigation.litigation_direct"
    t, _ = tables("直接起诉的2件", "1件驳回了诉讼请求，1件还在审")
    assert [t.value(f"{lit}[{c}]") for c in (0, 3, 4)] == [1, 1, 2]
    t, _ = tables("今年复议共3件", "两件维持，一件被撤销")
    assert [t.value(f"review_litigation.review[{c}]") for c in (0, 1)] == [2, 1]
    t, _ = tables("规范性文件今年发了3件", "废止1件，现行有效20件")
    assert t.value("active.normative_documents.repealed") == 1 and t.value("active.normative_documents.in_force") == 20
    t, _ = tables("上年结转4件", "其中律所1件，其余是个人")
    assert t.value("applications.carried_over[4]") == 1 and t.value("applications.carried_over[0]") == 3
    # A message that names its own row is read by its own words; one after no figure goes on with nothing.
    t, _ = tables("上年结转4件", "予以公开3件")
    assert t.value("applications.granted[6]") == 3 and t.value("applications.carried_over[6]") == 4
    t, _ = tables("好的", "其中律所1件")
    assert t.value("applications.carried_over[4]") is None


def test_a_row_named_alone_in_its_clause_takes_the_total_column_of_the_next():
    for text, row, v in (("予以公开那行，总计是7", "granted", 7), ("部分公开这一栏，合计为2件", "partially_granted", 2),
                         ("上年结转，总计：3", "carried_over", 3)):
        t, _ = tables(text)
        assert t.value(f"applications.{row}[6]") == v
    # A 合计 after figures of their own adds them up; it names no row.
    t, _ = tables("新收18件，上年结转2件，合计20件")
    assert t.value("applications.new_received[6]") == 18 and t.value("applications.carried_over[6]") == 2


def test_who_asked_most_then_their_count_is_that_applicants_count():
    for text, col, v in (("今年新收申请20件，企业申请占多数，有14件", 1, 14), ("收到的申请里头个人占了大头，16件，总共19件。", 0, 16),
                         ("本年新收9件，以自然人为主，有7件", 0, 7)):
        t, _ = tables(text)
        assert t.value(f"applications.new_received[{col}]") == v, text
    t, _ = tables("收到的申请里头个人占了大头，16件，总共19件。")
    assert t.value("applications.new_received[6]") == 19
    # A share said of no applicant ("占多数" after a result) binds nothing new.
    t, _ = tables("本年新收9件，予以公开占多数，有7件")
    assert t.value("applications.new_received[0]") is None and t.value("applications.new_received[1]") is None


def test_duties_told_by_their_verdict_the_units_covered_and_the_other_two_none():
    from assistant.notes.facts import points
    for text, want in (("考核市里评了个合格，其余两项没有", "考核结果为合格"),
                       ("年度政务公开考核覆盖18个区直单位和6个街道", "对18个区直单位和6个街道开展政务公开工作考核"),
                       ("政务公开考评涵盖各乡镇、县直部门", "对各乡镇、县直部门开展政务公开工作考核")):
        said = {f.kind: f.text for f in points([text])}
        assert want in said.get("assessment", ""), (text, said)
    said = {f.kind: f.text for f in points(["考核县里评的达标，另外两项🈚️"])}
    assert said.get("appraisal") and said.get("accountability") and "达标" in said["assessment"]
    # "不合格" is no verdict of 合格; being covered by someone else's assessment is not assessing.
    said = {f.kind: f.text for f in points(["考核不合格"])}
    assert "合格" not in said.get("assessment", "").replace("不合格", "")
    said = {f.kind: f.text for f in points(["市政府考核覆盖各县直部门"])}
    assert "开展政务公开工作考核" not in said.get("assessment", "")


def test_cases_said_concluded_are_those_with_an_outcome_not_the_groups_total():
    r = "review_litigation."
    for text, group, want in (("行政复议5件，已审结4件（维持3件、纠正1件），尚未审结1件。", "review", [3, 1, 0, 1, 5]),
                              ("行政诉讼2件，已结案1件，判决维持，还有1件在审", "litigation_direct", [1, 0, 0, 1, 2]),
                              ("复议共3件，已经审结2件，都维持了，1件未审结", "review", [2, 0, 0, 1, 3])):
        t, d = tables(text)
        assert [t.value(f"{r}{group}[{c}]") for c in range(5)] == want, text
    # Not yet concluded is the pending column; 办结 of applications is table 3's.
    t, _ = tables("复议2件，尚未审结1件")
    assert t.value(f"{r}review[3]") == 1 and t.value(f"{r}review[4]") == 2
    t, _ = tables("新收10件，已办结9件")
    assert t.value("applications.total_processed[6]") == 9
