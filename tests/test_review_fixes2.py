"""Over-reads a second review found in round-7 reading rules (findings 8-14): each probe, a phrasing of our own
of the same class, and the near phrasing the rule was added for, which must still read its way."""
from __future__ import annotations

from assistant.form.official import application_path as ap
from tests.conftest import notes_tables as tables


def _docs(t):
    return [t.value(f"active.normative_documents.{k}") for k in ("issued", "repealed", "in_force")]


# 8. applicant + 的材料/资料/数据 as a heading is who applied
def test_an_applicants_files_as_a_heading_name_who_applied():
    assert tables("公司的材料：新收2件，公开2件").value(ap("new_received", 1)) == 2
    assert tables("个人的资料我整理了：新收4件，都公开了。").value(ap("new_received", 0)) == 4


def test_an_applicants_data_as_a_reason_is_still_whose_information():
    t = tables("新收6件，公开4件，不予公开2件：第三方权益2（都是企业的数据）。")
    assert t.value(ap("withheld_third_party", 6)) == 2
    assert t.value(ap("withheld_third_party", 1)) is None


# 9. the party consulted is who applied when the same kind applied in that sentence
def test_the_consulted_party_that_also_applied_keeps_its_column():
    assert tables("新收企业申请3件，征求了企业意见后予以公开3件。").value(ap("granted", 1)) == 3
    assert tables("新收公司申请4件，听取公司意见后予以公开4件。").value(ap("granted", 1)) == 4


def test_a_consulted_party_of_another_kind_is_no_applicant():
    t = tables("新收个人申请3件，征求了企业意见后予以公开3件。")
    assert t.value(ap("granted", 1)) is None


# 10. a recount, or "没有现成的" said before another reason, is no 需另行制作
def test_the_clerks_recount_is_no_information_to_make_anew():
    t = tables("本年新收6件。予以公开的我重新统计了一下，是4件，不予公开2件。")
    assert t.value(ap("granted", 6)) == 4
    assert t.value(ap("unavailable_needs_creation", 6)) is None
    t = tables("新收5件，核对台账重新统计后，公开5件。")
    assert t.value(ap("unavailable_needs_creation", 6)) is None


def test_nothing_ready_said_of_information_not_held_is_not_held():
    t = tables("本年新收4件，予以公开2件，2件我们没有现成的，属于本机关不掌握。")
    assert t.value(ap("unavailable_not_held", 6)) == 2
    assert t.value(ap("unavailable_needs_creation", 6)) is None
    assert tables("办结3件：公开1件，没有现成信息需另行制作的2件。").value(ap("unavailable_needs_creation", 6)) == 2


# 11. "在用的模板/系统…": what is in use is not the documents
def test_something_else_in_use_is_no_document_in_force():
    assert _docs(tables("规范性文件制发3件，废止1件，在用的模板有2个。")) == [3, 1, None]
    assert _docs(tables("规范性文件印发4件，在用的系统里登记着6件草稿。"))[2] is None


def test_documents_in_use_are_still_in_force():
    assert _docs(tables("规范性文件发了2件，在用的有14件。"))[2] == 14
    assert _docs(tables("规范性文件：新发2件，在用的文件11件。"))[2] == 11


# 12. "还没决定" of an application after a review sentence is no review pending
def test_an_undecided_application_after_a_review_is_no_pending_review():
    t = tables("行政复议1件，维持。本年新收3件，予以公开2件，剩下1件怎么答复还没决定。")
    assert t.value("review_litigation.review[3]") == 0
    t = tables("复议2件，维持1件。依申请新收4件，公开3件，另外1件领导还没有决定给不给。")
    assert t.value("review_litigation.review[3]") in (None, 0)


def test_a_review_body_undecided_after_applications_is_still_pending():
    t = tables("依申请新收4件，公开4件。行政复议2件，维持1件，另1件复议机关尚未决定。")
    assert t.value("review_litigation.review[3]") == 1


# 13. 配 is a one-to-one rule only with its count
def test_cooperating_applicant_is_no_one_to_one_rule():
    t = tables("本年新收申请3件，其中一件经申请人配合补正后予以公开，其余2件不予公开。")
    assert t.value(ap("granted", 6)) == 1
    t = tables("本年新收申请4件，一件申请人配合补充材料后予以公开，3件不予公开。")
    assert t.value(ap("granted", 6)) == 1


def test_one_number_to_each_case_is_still_a_rule():
    t = tables("每件申请配一个答复文号，今年共收到5件，全部公开。")
    assert t.value(ap("new_received", 6)) == 5


# 14. inline item numbers count 1, 2, 3… from the line's start or a colon
def test_figures_ended_by_a_stop_are_no_item_numbers():
    t = tables("新收 3. 公开 5. 不予公开 2.")
    assert t.value(ap("new_received", 6)) == 3
    assert t.value(ap("granted", 6)) == 5
    t = tables("本年新收申请 8. 其中个人 6. 企业 2.")
    assert t.value(ap("new_received", 6)) == 8
    assert t.value(ap("new_received", 0)) == 6


def test_answers_numbered_in_one_line_stay_item_numbers():
    t = tables("表二：1. 没有 2. 行政处罚有7件 3. 没有")
    assert t.value("active.punishment") == 7
