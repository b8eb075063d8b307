"""Round 12 and 13, prose facts: a body's own site called 官网, a website's count told in a later clause, a fee
after the count of cases it was charged for."""
from __future__ import annotations

from assistant.notes.facts import narrative


def _site(text: str):
    return [(f.value, f.unit) for f in narrative([text]) if f.label == "政府网站发布信息"]


def test_the_official_site_and_a_count_in_a_later_clause():
    assert _site("院务公开栏更新42期，医院官网全年发布各类信息205条。") == [(205, "条")]
    assert _site("主动公开主要靠镇政府网站上我们那个栏目，今年栏目里发了48条。") == [(48, "条")]
    # A count of something else on the site is no count of items published.
    assert _site("官网今年访问量3万人次。") == []


def _fee(text: str):
    return [(f.value, f.unit) for f in narrative([text]) if f.label == "信息处理费"]


def test_a_fee_told_after_the_count_of_cases_it_was_charged_for():
    assert _fee("今年收取信息处理费2件，计460元，均按标准收取。") == [(460, "元")]
    assert _fee("依申请公开中收了处理费1件，共计85元。") == [(85, "元")]
    # A count of cases with no amount after it is no fee.
    assert _fee("涉及信息处理费的申请3件，已全部退回。") == []


def test_a_corrected_case_told_while_table_4_is_open_reaches_its_part_of_section_five_without_a_count():
    from assistant.drafting import add_notes, full_report, new_draft
    from assistant.settings import Settings
    d = new_draft("南坪县市场监督管理局", 2025, "部门")
    d, _ = add_notes(d, "收到申请3件，都公开了。今年有个申请人对答复不服申请了复议，市政府责令我们重新答复。", Settings(llm_model=None))
    five = full_report(d).section_text(5)
    assert "（三）行政复议、行政诉讼被纠正案件的整改情况" in five and "责令重新答复" in five
    assert "本年度有政府信息公开行政复议" in five   # no count the table does not hold
    d, _ = add_notes(new_draft("南坪县市场监督管理局", 2025, "部门"), "收到申请3件，都公开了。复议1件，维持。",
                     Settings(llm_model=None))
    assert "被纠正案件的整改情况" not in full_report(d).section_text(5)
