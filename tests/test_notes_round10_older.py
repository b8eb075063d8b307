"""Round 10, the lowest tuned corpora: classes of misreads that recur (phrasings of our own, with negatives)."""
from __future__ import annotations

from assistant.form.official import application_path as ap
from assistant.notes import read_messages
from tests.test_notes import tables


def said(*messages: str) -> dict[str, float]:
    """Single-cell readings, the later winning (what the notes state a cell is)."""
    return {next(iter(s.cells)): s.value for s in read_messages(list(messages), year=2025).statements
            if len(s.cells) == 1 and s.strength >= 0.9}


def test_the_received_cases_said_again_as_all_done_leave_none_not_a_count_of_done():
    got = said("新收6件，都是群众申请的。今年受理的6件年底前均已办结。")
    assert got[ap("carried_forward", 6)] == 0 and ap("total_processed", 6) not in got
    t, _ = tables("上年结转1件，新收4件。新收的4件到年底都办完了，结转那件也答复了。")
    assert t.value(ap("total_processed", 6)) != 4  # the 4 are the received ones, the carried one is done too


def test_received_cases_all_done_say_nothing_of_carried_ones_still_open():
    got = said("本年受理的4件均已答复完毕，上年结转1件还在办。")
    assert ap("carried_forward", 6) not in got and got[ap("new_received", 6)] == 4
    part = said("新收9件。今年收的9件里有7件办完了。")
    assert ap("carried_forward", 6) not in part  # only some are done
    assert ap("new_received", 6) not in said("去年收的2件都办完了。")  # last year's cases


def test_a_case_dated_last_year_and_counted_is_carried_over():
    got = said("新收8件。还有去年11月下旬收的1件（一家企业申请的），今年年初答复了。")
    assert got[ap("carried_over", 6)] == 1 and got[ap("new_received", 6)] == 8
    assert ap("carried_over", 6) not in said("去年11月收到4件，今年新收8件。")  # a month's count, no cases


def test_a_clause_opening_with_gongkai_and_its_count_is_the_result_row():
    got = said("上年结转1件，今年新收9件。公开6件，个人的4件，企业的2件。")
    assert got[ap("granted", 6)] == 6 and (got[ap("granted", 0)], got[ap("granted", 1)]) == (4, 2)
    assert ap("carried_over", 0) not in got and ap("new_received", 0) not in got
    mid = said("新收9件，公开6件，个人的4件，企业的2件。")
    assert mid[ap("granted", 0)] == 4 and ap("new_received", 0) not in mid
    assert ap("granted", 6) not in said("新收9件，上年结转1件。公开12条，都在网站上。")  # not a count of cases


def test_last_year_pointing_at_as_many_cases_as_were_carried_over():
    got = said("新收10件，去年结转2件。去年那2件都是个人的。")
    assert got[ap("carried_over", 1)] == 0 and ap("new_received", 1) not in got
    # 去年那2件 points at last year's cases even when as many were left at the year's end (round 16: "上年那件",
    # "下年的3件" name their rows by the year); a bare 结转 there stays unclear.
    again = said("新收10件，去年结转2件，年底结转2件。去年那2件都是个人的。")
    assert again[ap("carried_over", 1)] == 0 and ap("carried_forward", 1) not in again
    assert ap("carried_over", 1) not in said("新收10件，去年结转2件，年底结转2件。结转那2件都是个人的。")
    assert ap("carried_over", 1) not in said("新收10件，去年结转2件。去年的3件都是个人的。")
