"""Review of the round-8 reading rules: phrasings from other clerks that the new rules over-read."""
from __future__ import annotations

from assistant.form.official import application_path as ap
from assistant.notes import read_messages


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
    from tests.test_notes import tables as drafted
    t, _ = drafted("今年新收申请18件，都是个人。", "2件是个人申请的，复议了。", agency="青山县自然资源局")
    assert t.value("applications.new_received[0]") == 18


def test_who_applied_with_no_reviews_is_still_read():
    from tests.test_notes import tables as drafted
    t, _ = drafted("3件是个人申请的，复议没有。", agency="青山县自然资源局")
    assert t.value("applications.new_received[0]") == 3
