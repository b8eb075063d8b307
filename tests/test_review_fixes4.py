"""Review of the round-8 reading rules: phrasings from other clerks that the new rules over-read."""
from __future__ import annotations

from assistant.form.official import application_path as ap
from assistant.notes import read_messages
from tests.conftest import notes_draft


def read(*messages: str) -> list[tuple[set[str], float, float]]:
    return [(s.cells, s.value, s.strength) for s in read_messages(list(messages), year=2025).statements]


def test_a_case_sent_up_or_down_to_another_body_is_no_carried_row():
    # 上转/转下 short forms stand only right before their figure.
    for text, row in (("今年新收申请18件，有2件上转市局处理。", "carried_over"),
                      ("今年新收申请18件，有2件转下级单位办理了。", "carried_forward")):
        assert not any(ap(row, 6) in cells for cells, _, _ in read(text)), text


def test_cases_said_not_ours_are_a_result_not_taken_out_of_the_figure():
    said = read("今年新收申请18件，其中3件不是我们的职责，告知申请人向区住建局申请。")
    assert ({ap("new_received", 6)}, 18.0) in [(c, v) for c, v, _ in said]
    assert not any(c == {ap("new_received", 6)} and v == 15 for c, v, _ in said)


def test_documents_published_in_a_table_two_sentence_are_not_the_granted_row():
    said = read("今年新收申请10件，公开的3件是个人的。主动公开规范性文件5件，公开的5件都在网站。")
    assert not any(c == {ap("granted", 6)} and v == 5 for c, v, _ in said)
    assert any(c == {ap("granted", 6)} and v == 3 for c, v, _ in said)
    said = read("公开的3件是个人的。规范性文件制发5件，公开的4件都在网站。")
    assert not any(c == {ap("granted", 6)} and v == 4 for c, v, _ in said)


def test_a_total_of_new_applications_after_the_reviews_is_not_the_reviews_total():
    said = read("复议维持2件，纠正1件，新收申请总计15件。")
    assert not any("review_litigation.review[4]" in c for c, _, _ in said)


def test_who_applied_told_right_after_the_reviews_is_not_the_new_applications():
    said = read("复议2件，诉讼1件。", "2件是个人申请的，1件是一家公司")
    assert not any(c & {ap("new_received", k) for k in range(7)} for c, _, _ in said)


def test_who_asked_for_the_reviews_is_not_the_new_applications_split():
    # older than round 8, found by the round-8 second read
    t, _ = notes_draft("今年新收申请18件，都是个人。", "2件是个人申请的，复议了。")
    assert t.value("applications.new_received[0]") == 18


def test_who_applied_with_no_reviews_is_still_read():
    t, _ = notes_draft("3件是个人申请的，复议没有。")
    assert t.value("applications.new_received[0]") == 3


def cells_of(*messages: str) -> dict[str, float]:
    from tests.test_notes import tables
    t, _ = tables(*messages)
    return {p: t.value(p) for p in (ap("granted", 6), ap("new_received", 6), "active.fees", "active.regulations.issued",
                                      "active.normative_documents.issued", "review_litigation.review[4]")}


def test_each_of_two_document_rows_with_the_column_named_after_each():
    got = cells_of("本年规章、规范性文件各新制发2件，废止规范性文件1件。")
    assert got["active.regulations.issued"] == 2 and got["active.normative_documents.issued"] == 2
    assert cells_of("规章和规范性文件各1件。")["active.regulations.issued"] is None  # which column: not said


def test_a_charge_named_after_what_is_treated_is_an_administrative_fee():
    assert cells_of("收取污水处理费3.2万元。")["active.fees"] == 3.2
    assert cells_of("收取信息处理费200元。")["active.fees"] is None  # the disclosure charge is section 六's


def test_table_four_named_by_its_number_and_nothing_after_a_space():
    assert cells_of("表 4 无。新收3件，都公开了。")["review_litigation.review[4]"] == 0
    assert cells_of("表 4 无。新收3件，都公开了。")[ap("new_received", 6)] == 3


def test_all_of_the_carried_cases_granted_is_not_every_case_granted():
    text = "上年结转2件，新收5件，办结6件。{}都公开了。"
    assert cells_of(text.format("结转的2件都是个人的，"))[ap("granted", 6)] is None
    assert cells_of(text.format(""))[ap("granted", 6)] == 6
