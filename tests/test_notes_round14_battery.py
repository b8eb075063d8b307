"""Round 14: ways of writing that two blind sentence batteries showed the reader missing or misreading. Each rule is
tested with a phrasing of my own and a near sentence it must leave alone."""
from __future__ import annotations

from tests.conftest import notes_tables, readings, said

A = "applications."
R = "review_litigation."


def test_a_reply_naming_the_decisions_count_puts_right_the_row_given_before():
    t = notes_tables("行政处罚报了318", "318是立案的数，处理决定数是305")
    assert t.value("active.punishment") == 305
    # with two rows given before, which one is meant is not guessed
    got = readings("行政处罚318件，行政许可20件", "处理决定数是305")
    assert 305 not in got.get("active.punishment", set()) | got.get("active.licensing", set())


def test_the_count_of_the_rows_listed_before_their_total_is_no_figure_of_the_last():
    t = notes_tables("处罚和强制两项合计90件", "处罚70件，其余的是强制")
    assert t.value("active.coercion") == 20
    assert 2 not in readings("处罚和强制两项合计90件").get("active.coercion", set())
    # a count of one row in 项 is that row's figure
    assert notes_tables("行政处罚3项，行政强制2件。").value("active.punishment") == 3


def test_a_figure_said_later_to_count_the_carried_over_too_is_the_two_together():
    t = notes_tables("新收申请15件", "这15件包括去年转过来的在内，去年转过来2件")
    assert t.value(A + "new_received[6]") == 13 and t.value(A + "carried_over[6]") == 2
    # a figure said not to include them stays the new ones
    t = notes_tables("新收申请15件", "这15件不含去年转过来的，去年转过来2件")
    assert t.value(A + "new_received[6]") == 15


def test_who_applied_in_their_own_name_is_the_kind_named_not_the_persons_trade():
    got = said("企业申请3件", "另外有1个企业老板以个人名义申请的")
    assert got[A + "new_received[1]"] == 3 and got[A + "new_received[0]"] == 1
    # the kind of another clause is left alone
    t = notes_tables("律所1件，个人以自己名义申请2件。")
    assert t.value(A + "new_received[4]") == 1 and t.value(A + "new_received[0]") == 2


def test_a_case_said_not_to_be_of_a_result_is_no_count_of_it():
    t = notes_tables("本机关不掌握2件。另有1件是要我们汇总做个表的，那个不算不掌握。")
    assert t.value(A + "unavailable_not_held[6]") == 2
    # said to be of it, it is
    assert 1 in readings("另有1件是要我们汇总做个表的，那个算不掌握。").get(A + "unavailable_not_held[6]", set())


def test_licences_granted_and_refused_are_the_rows_decisions_together():
    assert notes_tables("全年批准行政许可120件，不予许可5件。").value("active.licensing") == 125
    # refused ones said to be among the figure are not added again
    assert notes_tables("行政许可120件，其中不予许可5件。").value("active.licensing") == 120
    # two figures of the row told neither way stay as read
    assert readings("行政许可120件。许可5件。")["active.licensing"] == {120, 5}


def test_kinds_of_a_table_two_row_after_of_which_are_no_figure_of_the_row():
    assert notes_tables("行政强制共9件，其中扣押物品6件，查封场所3件。").value("active.coercion") == 9
    # in a sentence of its own the kind's figure still stands against the row's (the official's to settle)
    assert readings("行政强制9件。扣押3件。")["active.coercion"] == {9, 3}


def test_a_reason_told_in_the_clause_before_a_groups_figure_is_the_figures_reason():
    t = notes_tables("有人要的是局里往来的请示稿，属于过程性信息，不予公开3件。")
    assert t.value(A + "withheld_process_info[6]") == 3
    # two reasons named: which one holds how many is not guessed
    got = readings("有人要的是局里的请示稿和别家的标书，涉及过程性信息和第三方，不予公开3件。")
    assert 3 not in got.get(A + "withheld_process_info[6]", set()) | got.get(A + "withheld_third_party[6]", set())
