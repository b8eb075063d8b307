"""Round 11 prose: an account's count with no verb ("公众号63条"), a website's count that is not also the year's
items, and problems the official quotes for section 五 ("问题和措施写“…”那些就行")."""
from __future__ import annotations

from assistant.drafting import add_notes, full_report, new_draft
from assistant.drafting.evaluate import note_copies
from assistant.notes.facts import narrative
from assistant.settings import Settings

OFFLINE = Settings(llm_model=None)


def _report(*messages: str):
    d = new_draft("南坪县市场监督管理局", 2025, "部门")
    for m in messages:
        d, _ = add_notes(d, m, OFFLINE)
    return full_report(d)


def test_an_accounts_count_right_after_its_name_reaches_section_one():
    report = _report("今年收到申请2件，都公开了。门户网站更新了412条，微信公众号95条，都是日常动态。")
    first = report.section_text(1)
    assert "412条" in first and "95条" in first and "待补充：政府网站" not in first


def test_an_accounts_other_counts_are_no_items():
    # followers and reads are no items published
    assert not [f for f in narrative(["公众号粉丝2.3万人，阅读量15万次"]) if f.label == "政务新媒体发布信息"]


def test_a_websites_count_is_not_the_years_items_as_well():
    labels = [f.label for f in narrative(["网站今年发布信息860条。"])]
    assert labels == ["政府网站发布信息"]
    # a total with the website's part stays two facts
    labels = [f.label for f in narrative(["全年主动公开信息300条，其中网站发布200条。"])]
    assert sorted(labels) == ["主动公开信息", "政府网站发布信息"]


def test_problems_quoted_for_section_five_are_written_in_the_register():
    messages = ["依申请今年3件，都公开了。",
                "五那块问题和措施写“专栏更新不及时、政策解读偏少”这些就行，跟去年差不多，你润色一下"]
    report = _report(*messages)
    problems, measures = report.section_text(5).split("（二）")[:2]
    assert "更新不够及时" in problems and "待补充" not in problems
    assert "更新维护" in measures and "待补充" not in measures
    assert not note_copies(report.section_text(5), messages, [])


def test_a_problem_word_without_quoted_material_is_no_instruction():
    report = _report("依申请今年3件，都公开了。问题写好了发你")
    assert "待补充" in report.section_text(5).split("（二）")[0]


def test_what_the_reviewing_body_found_is_the_cause_of_the_corrected_case_and_the_new_answer_its_fix():
    report = _report("依申请新收3件，均予以公开。复议2件，维持1件，纠正1件：市政府认为我局答复依据引用不准确，"
                     "决定撤销原答复、责令重新答复，我局已重新作出答复。诉讼没有。")
    five = report.section_text(5)
    assert "依据引用不准确" in five and "待补充：被纠正的原因" not in five
    assert "重新作出答复" in five.split("（三）")[1]


def test_a_view_that_is_no_reviewing_bodys_finding_is_no_cause():
    from assistant.notes.facts import points
    assert not [p for p in points(["复议1件，维持。群众认为答复很及时。"]) if p.kind == "correction_cause"]
