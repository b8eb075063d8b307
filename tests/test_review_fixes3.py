"""Third review of the round-7 reading rules (s12-review): each over-read confirmed by a probe of our own phrasing,
and the phrasing the rule was tuned for, which must still read its way."""
from __future__ import annotations

from assistant.drafting import conflicts
from assistant.drafting.answers import _numbered_items
from assistant.form.official import APPLICANT_COLUMNS, application_path as ap
from tests.conftest import notes_tables as tables


# A1. a numbered line that names its row after the figure is read
def test_numbered_lines_naming_their_row_after_the_figure_are_read():
    t = tables("依申请公开：本年新收8件\n1. 5件予以公开\n2. 2件不予公开\n3. 1件本机关不掌握")
    assert t.value(ap("granted", 6)) == 5
    assert t.value(ap("unavailable_not_held", 6)) == 1


def test_bare_numbered_figures_still_bind_to_no_guessed_row():
    t = tables("新收5件。\n1. 3件\n2. 2件")
    assert t.value(ap("new_received", 6)) == 5
    assert t.value(ap("granted", 6)) is None


# A2. an application ended (终止办理) after a review sentence is no review outcome
def test_an_application_withdrawn_and_ended_is_no_review_outcome():
    t = tables("行政复议1件，维持。本年新收4件，予以公开3件，另1件申请人撤回，终止办理。")
    assert t.value(ap("other_other", 6)) == 1
    assert t.value("review_litigation.review[2]") in (None, 0)
    assert t.value("review_litigation.review[4]") == 1


def test_a_review_ended_by_the_review_body_is_still_its_outcome():
    t = tables("行政复议2件，维持1件；另1件申请人撤回申请，复议机关决定终止。")
    assert t.value("review_litigation.review[2]") == 1


# A3. 对应 is a one-to-one rule only with a count on its other side
def test_one_case_that_corresponds_to_a_reason_is_a_count():
    t = tables("本年新收5件，办结5件。不予公开2件，一件对应第三方权益，一件对应过程性信息。")
    assert t.value(ap("withheld_third_party", 6)) == 1
    assert t.value(ap("withheld_process_info", 6)) == 1


def test_one_reply_to_each_application_is_still_a_rule():
    t = tables("一件申请对应一个答复书，今年共收到6件，全部公开。")
    assert t.value(ap("new_received", 6)) == 6


# A4. 另行统计 (counted apart) is no information to be made anew
def test_counted_apart_is_no_information_to_make_anew():
    t = tables("本年新收12件，公开10件，另有2件是信访件，另行统计。")
    assert t.value(ap("unavailable_needs_creation", 6)) is None
    assert tables("办结3件：公开1件，需要另外加工的2件。").value(ap("unavailable_needs_creation", 6)) == 2


# A5. double spaces after a list mark do not split a list that shares its figure
def test_spaces_after_list_marks_keep_the_shared_zero():
    t = tables("行政许可、  行政处罚、  行政强制均为0。")
    assert [t.value(f"active.{k}") for k in ("licensing", "punishment", "coercion")] == [0, 0, 0]


def test_a_templates_empty_slot_still_keeps_the_figure_to_its_own_head():
    t = tables("行政许可（  ）、行政处罚（12）、行政强制（0）")
    assert t.value("active.licensing") is None
    assert t.value("active.punishment") == 12


# A6. a bracketed note saying what some cases were is no correction
def test_a_bracketed_note_describing_some_cases_corrects_nothing():
    t = tables("本年新收6件，予以公开5件，不予公开1件。\n【有2件是网上申请的】")
    assert t.value(ap("new_received", 6)) != 2


def test_a_bracketed_count_under_a_line_still_corrects_it():
    t = tables("行政诉讼0件。\n【有1件，申请人未经复议直接起诉，一审判决驳回，按“结果维持”报。】")
    assert t.value("review_litigation.litigation_direct[4]") == 1


# B5. numbered answers by kind of applicant: the applicant branch runs
def test_a_numbered_line_naming_another_applicant_is_no_answer_by_items():
    cells = [ap("carried_forward", c) for c in range(6)]
    asked = "结转下年的4件分别来自" + "、".join(APPLICANT_COLUMNS[:6]) + "？"
    assert _numbered_items("1. 3\n2. 1，是律师事务所的", cells, asked) is None
    got = _numbered_items("1. 3\n2. 1\n3. 0\n4. 0\n5. 0\n6. 0", cells, asked)
    assert [(i[0], v) for i, v, _ in got][:2] == [(ap("carried_forward", 0), 3), (ap("carried_forward", 1), 1)]


# B7. the count of people is not the count of applications
def test_people_who_applied_are_not_the_applications_count():
    t = tables("今年2个人申请了4件，都公开了。")
    assert t.value(ap("new_received", 0)) == 4
    assert tables("新收3件，2个人 1企业。").value(ap("new_received", 0)) == 2


# B8. a ledger row updated in a later message is the same application, no longer carried forward
def test_a_ledger_row_updated_later_is_no_longer_carried_forward():
    from tests.test_notes_conv6 import chat
    rows = ("2025-01 | 02.11 | 吴** | 个人 | 道路改造方案 | 02.20 | 予以公开 | 已办结\n"
            "2025-02 | 12.28 | 郑** | 个人 | 公交线路 |  | 办理中 | 未办结")
    update = "2025-02 | 12.28 | 郑** | 个人 | 公交线路 | 12.31 | 予以公开 | 已办结"
    d, t = chat("县住建局依申请新收2件，上年结转0件。", rows, update)
    assert t.value(ap("carried_forward", 6)) == 0
    assert t.value(ap("granted", 6)) == 2
    d, t = chat("县住建局依申请新收2件，上年结转0件。", rows)
    assert t.value(ap("carried_forward", 6)) == 1  # not updated: still in hand at the year's end


# B6. a numbered answer keeps what else it says, outside the items asked
def test_a_numbered_answer_keeps_a_review_said_besides():
    from tests.test_notes_conv6 import chat
    d, t = chat("今年收到依申请10件，上年结转0件，年底没有在办的。",
                "1. 5\n2. 1\n3. 0\n4. 3，都是不掌握的\n5. 0\n6. 1，另外复议1件，维持")
    assert t.value(ap("granted", 6)) == 5
    assert t.value(ap("unavailable_not_held", 6)) == 3
    assert t.value("review_litigation.review[0]") == 1
    assert not conflicts(d)
