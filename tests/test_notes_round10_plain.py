"""Round 10, plain notes: reasons, pending cases and exceptions as ordinary clerks word them (phrasings of our
own, each with a near phrasing that must not be read so)."""
from __future__ import annotations

from assistant.form.official import application_path as ap, review_path as rp
from assistant.notes import read_messages
from tests.test_notes import tables


def said(*messages: str) -> dict[str, float]:
    """Single-cell readings, the later winning (what the notes state a cell is)."""
    return {next(iter(s.cells)): s.value for s in read_messages(list(messages), year=2025).statements
            if len(s.cells) == 1 and s.strength >= 0.9}


def test_another_partys_data_withheld_is_the_third_party_row():
    t, _ = tables("新收4件，予以公开3件；1件要的是另一家公司的投标报价，涉及人家的经营信息，没给。")
    assert t.value(ap("withheld_third_party", 6)) == 1 and t.value(ap("withheld_third_party", 1)) is None
    t, _ = tables("新收3件，予以公开2件；1件对方不同意公开，没有提供。")
    assert t.value(ap("withheld_third_party", 6)) == 1
    assert ap("withheld_third_party", 6) not in said("新收3件，公开3件，涉及征地的2件。")  # what was asked


def test_worked_up_figures_are_information_to_be_made():
    t, _ = tables("无法提供2件，都是要我们把各乡镇的数据统计加工成一张表的。")
    assert t.value(ap("unavailable_needs_creation", 6)) == 2
    t, _ = tables("无法提供1件，申请人要分街道的明细，我们需要另外整理，按无法提供答复。")
    assert t.value(ap("unavailable_needs_creation", 6)) == 1
    got = said("我们重新统计了一下，全年收到9件。")  # the clerk's own recount
    assert got[ap("new_received", 6)] == 9 and ap("unavailable_needs_creation", 6) not in got


def test_a_book_on_sale_is_a_publication_and_a_bookshop_asked_about_is_not():
    t, _ = tables("不予处理1件，要的是本市的年鉴，让他到书店买。")
    assert t.value(ap("rejected_publication", 6)) == 1
    assert ap("rejected_publication", 6) not in said("公开3件，其中1件要的是某书店的营业执照信息。")


def test_reasons_told_in_own_words_stability_drafts_no_archive():
    got = said("不予公开2件：1件是还在讨论研究中的规划方案，1件公开后可能影响社会稳定。")
    assert got[ap("withheld_process_info", 6)] == 1 and got[ap("withheld_three_safety", 6)] == 1
    t, _ = tables("无法提供3件，都是十几年前的老资料，局里没有存档。")
    assert t.value(ap("unavailable_not_held", 6)) == 3
    # "还在研究怎么答复" is a case still open, not a draft withheld
    assert ap("withheld_process_info", 6) not in said("新收5件，还在研究怎么答复的1件，转到明年。")


def test_the_same_request_again_is_a_duplicate_not_a_corrected_one():
    t, _ = tables("不予处理1件，是同一个申请人拿同样的内容又来申请，没再处理。")
    assert t.value(ap("rejected_duplicate", 6)) == 1
    assert ap("rejected_duplicate", 6) not in said("新收5件，公开4件，1件申请人补正后又申请了一次，已公开。")


def test_blacked_out_then_given_is_partial():
    t, _ = tables("办结5件：公开了3件；1件里面有别人的电话号码，打码后给的；1件是我们这边没有的信息。")
    assert t.value(ap("partially_granted", 6)) == 1 and t.value(ap("unavailable_not_held", 6)) == 1
    assert ap("partially_granted", 6) not in said("办结12件，12件里有3件公开。")


def test_a_case_dated_late_in_december_and_still_open_is_carried_forward():
    got = said("今年收到8件。还有1件12月28号收到的，还在答复期限内，转到下一年。")
    assert got[ap("new_received", 6)] == 8 and got[ap("carried_forward", 6)] == 1
    got = said("今年收到8件。另1件12月30日才收到，到年底还没办完。")
    assert got[ap("carried_forward", 6)] == 1
    got = said("今年收到8件，有1件12月20号收到的，已经答复了，年底没有结转。")  # answered: no pending case
    assert got.get(ap("carried_forward", 6)) in (None, 0)


def test_an_exception_right_after_all_of_one_kind():
    t, _ = tables("新收7件，申请人都是个人，有1件是公司申请的。")
    assert t.value(ap("new_received", 1)) == 1 and t.value(ap("new_received", 0)) == 6
    got = said("新收7件，申请人都是个人，有1件是投诉一家公司的。")  # the company complained of applied for nothing
    assert got[ap("new_received", 1)] == 0


def test_an_applicants_count_then_its_cases_a_clause_each():
    got = said("新收6件。企业申请了3件，2件公开了，1件是我们不掌握的。")
    assert got[ap("granted", 1)] == 2 and got[ap("unavailable_not_held", 1)] == 1
    got = said("新收6件。个人申请了3件，企业3件，公开5件，不掌握1件。")  # a list of applicants, then results
    assert got[ap("granted", 6)] == 5 and ap("granted", 0) not in got


def test_rejected_claims_name_no_group_of_suits():
    t, _ = tables("行政诉讼2件，都是直接起诉的，1件法院驳回了原告的诉讼请求，1件原告撤诉。")
    assert t.value(rp("litigation_direct", 4)) == 2
    assert t.value(rp("litigation_direct", 0)) == 1 and t.value(rp("litigation_direct", 2)) == 1
    assert said("行政诉讼1件。")  # the group's own count is still read


def test_money_spared_is_no_fee_collected():
    got = said("行政事业性收费没有。全年为企业减税降费3.1亿元。")
    assert got[f"active.fees"] == 0
    assert said("行政事业性收费8.5万元。")["active.fees"] == 8.5


def test_a_licence_altered_is_no_review_outcome():
    got = said("行政许可新办和变更共76件，行政处罚12件。")
    assert got["active.licensing"] == 76
    got = said("行政许可30件。复议2件，变更1件，维持1件。")
    assert got[rp("review", 1)] == 1 and got[rp("review", 0)] == 1
