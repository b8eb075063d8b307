"""Second read of the round-10 reading rules: near phrasings of our own that the new rules over-read (a wrong
number is worse than a blank), each with the rule's own reading kept."""
from __future__ import annotations

from assistant.form.official import application_path as ap
from assistant.notes import read_messages
from tests.conftest import said


def test_a_change_from_something_else_than_last_year_is_no_difference():
    got = said("去年年报是：新收38件，公开20件。今年新收40件，公开比上半年多了5件。")
    assert got[ap("new_received", 6)] == 40
    assert got.get(ap("granted", 6)) not in (20, 25)  # neither last year's figure nor last year's moved
    # (the rule's own reading stays: a change from last year moves last year's figure)
    assert said("去年年报是：新收38件，公开20件。今年新收比去年多了2件。")[ap("new_received", 6)] == 40


def test_changes_with_no_base_and_an_applicants_change_are_no_figures():
    got = said("去年：新收38件，公开20件。今年新收45件，不掌握少了3件。")
    assert got[ap("new_received", 6)] == 45 and ap("unavailable_not_held", 6) not in got
    assert ap("granted", 6) not in got  # last year's 公开20件
    got = said("去年情况：新收38件，公开20件。今年新收多了6件，其中个人多了4件。")
    assert got[ap("new_received", 6)] == 44 and ap("new_received", 0) not in got


def test_last_years_list_before_this_years_figures_is_last_years():
    got = said("去年：新收30件，公开20件。今年：新收35件，公开22件。")
    assert got[ap("new_received", 6)] == 35 and got[ap("granted", 6)] == 22


def test_a_chain_line_said_to_be_another_bodys_is_not_ours():
    chain = ("格式：单位 新收/办结 接龙\n1. 县财政局 12/12\n2. 县教育局 8/7\n3. 县自然资源局 6/6\n")
    got = said(chain + "第2个是我们局的上级单位，我们的数还在核。")
    assert not got or all(v not in (8, 7) for v in got.values())
    assert said(chain + "上面3号是咱们局的数")[ap("new_received", 6)] == 6


def test_received_cases_done_by_the_years_end_leave_open_a_carried_case_still_open():
    got = said("本年受理的4件年底前均已答复完毕，上年结转1件还在办。")
    assert got[ap("new_received", 6)] == 4 and got.get(ap("carried_forward", 6)) != 0
    got = said("上年结转2件，其中1件年底还没办完。今年受理的8件年底前均已办结。")
    assert got.get(ap("carried_forward", 6)) != 0
    assert said("新收6件。今年受理的6件年底前均已办结。")[ap("carried_forward", 6)] == 0


def test_cases_dated_last_year_and_done_that_year_are_not_carried_over():
    assert ap("carried_over", 6) not in said("2024年12月受理的3件都是去年办结的。新收5件。")
    assert ap("carried_over", 6) not in said("去年12月收的2件当年就答复了，新收5件。")
    assert ap("carried_over", 6) not in said("去年12月收的2件不算今年的。")
    # done in the report's year: carried over
    assert said("2024年12月收的1件2025年1月答复，新收5件。")[ap("carried_over", 6)] == 1


def test_merged_bodies_a_total_or_a_figure_put_right_is_no_second_part():
    got = said("两边数加在一起报。新收11件，公开6件，后来核对了一下新收应该是12件。")
    assert got[ap("new_received", 6)] == 12
    got = said("原乡农技站并入我局，两边的数合起来算。合计新收12件，公开8件，办结12件，其中新收12件都是个人。")
    assert got[ap("new_received", 6)] == 12


def test_a_draft_put_right_takes_the_figure_said_to_be_right():
    got = said("新收：初稿写的6件，后来又补收了1件，实际是7件。")
    assert got.get(ap("new_received", 6)) == 7
    assert said("新收：初稿写的6件，实际是7件。")[ap("new_received", 6)] == 7


def test_items_of_one_kind_or_documents_consulted_on_are_not_the_years_items():
    from assistant.notes.facts import narrative
    for text in ("全年发布政策解读信息15条。", "今年发了通知文件3条。", "全年公开征求意见的文件共8篇。"):
        assert "主动公开信息" not in {f.label for f in narrative([text])}, text
    assert {f.label: f.value for f in narrative(["全年发布审计结果公告等信息112条"])} == {"主动公开信息": 112}
    assert {f.label: f.value for f in narrative(["全年共发布信息200条"])} == {"主动公开信息": 200}


def test_units_assessed_by_another_body_are_not_ours_to_assess():
    from assistant.notes.facts import points
    got = [f.text for f in points(["县政府对12个部门进行了考核，我局排第3。"]) if f.kind == "assessment"]
    assert not any("对12个部门开展" in t for t in got)
    got = [f.text for f in points(["组织全县政务公开考核1次，对24个部门和街道进行了考核。"]) if f.kind == "assessment"]
    assert any("对24个部门和街道开展政务公开工作考核1次" in t for t in got)


def test_numbers_in_brackets_with_their_unit_are_figures_not_item_numbers():
    # (read at a weak strength: the brackets of a form filled in by hand)
    got = {s.terms[0][1]: s.value for s in read_messages(["予以公开：（1）件；部分公开：（2）件"], year=2025).statements
           if len(s.terms) == 1}
    assert got.get(ap("granted", 6)) == 1 and got.get(ap("partially_granted", 6)) == 2
    got = said("新收情况：（1）个人申请5件；（2）企业申请3件。")  # item numbers still go
    assert (got[ap("new_received", 0)], got[ap("new_received", 1)]) == (5, 3) and ap("new_received", 6) not in got
