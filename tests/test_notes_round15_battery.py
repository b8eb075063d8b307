"""Round 15: ways of writing that the blind sentence battery e showed the reader missing or misreading. Each rule is
tested with phrasings of my own and a near sentence it must leave alone."""
from __future__ import annotations

from tests.conftest import notes_tables, readings, said

A = "applications."


def test_a_spoken_decimal_of_wan_before_a_count_unit_is_thousands():
    assert said("行政许可办了三点五万件")["active.licensing"] == 35000
    assert said("今年处罚两点一万起")["active.punishment"] == 21000
    assert said("许可事项一点八万个")["active.licensing"] == 18000
    # not "二万件" read off the end, nor money: an amount in 万元 stays 万元, a whole 万 stays whole
    assert readings("行政许可一点二万件")["active.licensing"] == {12000}
    assert said("收费一点二万元")["active.fees"] == 1.2
    assert said("行政许可二万件")["active.licensing"] == 20000


def test_two_rows_added_up_with_two_sum_words_are_one_sum():
    t = notes_tables("处罚和强制加起来一共90件，其中强制20件")
    assert t.value("active.punishment") == 70 and t.value("active.coercion") == 20
    t = notes_tables("许可和处罚加在一起共计300件，其中处罚120件")
    assert t.value("active.licensing") == 180 and t.value("active.punishment") == 120
    t = notes_tables("予以公开和部分公开合起来总共15件，部分公开的有4件")
    assert t.value(A + "granted[6]") == 11 and t.value(A + "partially_granted[6]") == 4
    # each row said on its own keeps its figure
    t = notes_tables("予以公开12件，部分公开加起来一共3件")
    assert t.value(A + "granted[6]") == 12 and t.value(A + "partially_granted[6]") == 3
    # "一起" after 在 is "together", no case counted
    assert "active.licensing" not in said("许可和处罚放在一起报")


def test_a_reply_saying_the_figure_before_was_wrong_puts_right_the_one_figure_given():
    assert notes_tables("行政许可报了128件", "不对，应该是182").value("active.licensing") == 182
    assert notes_tables("行政处罚填了47", "跟台账对了一下，是74，我填反了").value("active.punishment") == 74
    assert notes_tables("上年结转4件", "记错了，4件是前年的，实际是5件").value(A + "carried_over[6]") == 5
    # a final figure after what changed it
    assert notes_tables("结转下年度3件", "今天又办结了一件，最终是2件").value(A + "carried_forward[6]") == 2
    # which of two figures is meant is not guessed; without a word that it was wrong, or with a row named, the
    # figure before stays
    got = said("行政许可20件，行政处罚30件", "不对，应该是25")
    assert got["active.licensing"] == 20 and got["active.punishment"] == 30
    assert said("行政处罚填56", "是65")["active.punishment"] == 56
    assert said("行政处罚填56", "不对，许可是65")["active.punishment"] == 56


def test_a_reply_that_the_bare_fee_before_was_in_yuan_turns_it_into_wan_yuan():
    assert notes_tables("收费2400", "刚才那个是按元算的").value("active.fees") == 0.24
    assert notes_tables("收费金额填了1200", "那个数是元，不是万元").value("active.fees") == 0.12
    assert notes_tables("收费金额填了1200", "是按元算的").value("active.fees") == 0.12
    # a fee given with its unit, or said to be in 万元, stays as read
    assert notes_tables("收费5000元", "单位是元").value("active.fees") == 0.5
    assert said("收费金额填300", "单位是万元")["active.fees"] == 300


def test_some_of_the_one_applicant_figure_said_to_be_really_of_another_kind_move_to_it():
    t = notes_tables("个人申请5件", "其中2件其实是律所的")
    assert t.value(A + "new_received[0]") == 3 and t.value(A + "new_received[4]") == 2
    t = notes_tables("企业的写了6件", "里面有1件应该算社会公益组织的")
    assert t.value(A + "new_received[1]") == 5 and t.value(A + "new_received[3]") == 1
    t = notes_tables("上年结转企业2件", "这2件里有1件其实是个人的")
    assert t.value(A + "carried_over[1]") == 1 and t.value(A + "carried_over[0]") == 1
    # without a cue that they are really of the other kind, or after two kinds' figures, nothing moves
    assert said("企业申请4件", "其中1件是研究院的")[A + "new_received[1]"] == 4
    assert said("企业4件，个人3件", "其中1件其实是研究院的")[A + "new_received[1]"] == 4


R = "review_litigation."


def test_a_reply_of_the_outcome_alone_is_the_outcome_of_the_cases_counted_before():
    t = notes_tables("复议2件", "都维持了")
    assert [t.value(f"{R}review[{c}]") for c in range(4)] == [2, 0, 0, 0]
    t = notes_tables("行政诉讼1件", "法院判的驳回")
    assert [t.value(f"{R}litigation_direct[{c}]") for c in range(4)] == [1, 0, 0, 0]
    t = notes_tables("被申请行政复议1件", "结果是撤销重做")
    assert [t.value(f"{R}review[{c}]") for c in range(4)] == [0, 1, 0, 0]
    # a question back, or an outcome after a row of table 2, is no outcome of cases
    assert notes_tables("复议1件", "维持吗？").value(R + "review[0]") is None
    assert notes_tables("行政处罚20件", "维持").value(R + "review[0]") is None


def test_a_case_on_appeal_or_with_no_outcome_yet_is_pending():
    t = notes_tables("行政诉讼3件，2件驳回，1件对方上诉了，现在二审中")
    assert [t.value(f"{R}litigation_direct[{c}]") for c in range(4)] == [2, 0, 0, 1]
    t = notes_tables("复议1件，至今未有结果")
    assert [t.value(f"{R}review[{c}]") for c in range(4)] == [0, 0, 0, 1]
    t = notes_tables("直接起诉2件，1件判决驳回，另1件正在二审")
    assert t.value(R + "litigation_direct[3]") == 1
    # a judgment of the second instance is an outcome
    t = notes_tables("诉讼1件，二审维持")
    assert [t.value(f"{R}litigation_direct[{c}]") for c in range(4)] == [1, 0, 0, 0]
