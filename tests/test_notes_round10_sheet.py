"""Round 10: a spreadsheet pasted with its formulas left in (lead's own phrasings, with negatives)."""
from __future__ import annotations

from assistant.form.official import application_path as ap
from tests.conftest import readings as cells


def test_a_formulas_cell_references_are_no_figures():
    got = cells("表是从WPS里拷的，公式没转成数值：\n项目\t数量\t备注\n上年结转\t3\t\n本年新收\t=SUM(C3:C6)\t25\n"
                "结转下年\t=C2+C7-C9\t1")
    assert got[ap("carried_forward", 6)] == {1}          # not the 2 of C2, the 7 of C7 or the 9 of C9
    assert 3 not in got.get(ap("new_received", 6), set()) and 6 not in got.get(ap("new_received", 6), set())
    assert ap("carried_forward", 6) in cells("结转下年 2")  # a plain figure still binds


def test_not_converted_is_no_carry_over():
    # "没转成数值" speaks of the sheet's formulas; "去年的没转过来" still says nothing was carried over.
    got = cells("从Excel里复制的，公式没转成数值，你凑合看。新收5件，公开4件。")
    assert ap("carried_over", 6) not in got and ap("carried_forward", 6) not in got
    assert cells("去年的没转过来，新收5件。")[ap("carried_over", 6)] == {0}


def test_a_body_that_assesses_its_units_says_whom_and_how_often():
    from assistant.notes.facts import points
    said = [f for f in points(["今年组织政务公开考核2次，对15个乡镇和部门进行了考核。"]) if f.kind == "assessment"]
    assert said and "对15个乡镇和部门开展政务公开工作考核2次" in said[0].text
    # Being assessed is not assessing: "市里对我们进行了考核" names no units of ours.
    said = [f for f in points(["市里对我们进行了考核，得了95分。"]) if f.kind == "assessment"]
    assert not any("对我们" in f.text or "开展政务公开工作考核2次" in f.text for f in said)


def test_the_years_items_with_no_platform_named_are_the_items_published():
    from assistant.notes.facts import narrative
    got = {f.label: f.value for f in narrative(["全年发布统计公报、分析等信息86条；"])}
    assert got == {"主动公开信息": 86}
    # a platform named keeps its own fact, counted once
    assert {f.label: f.value for f in narrative(["今年公众号发布信息40条"])} == {"政务新媒体发布信息": 40}


def test_one_company_is_an_article_not_a_count():
    # "一家公司" names who applied; it is no figure, so the exception before "其余都是个人" stands.
    got = cells("今年新收6件，只有1件是一家公司申请的，其余都是个人。")
    assert got[ap("new_received", 1)] == {1} and got[ap("new_received", 6)] == {6}
    # organisations counted beside their applications: the applications are the figure
    got = cells("新收5件，3家企业申请了4件，1件是个人。")
    assert got[ap("new_received", 1)] == {4} and got[ap("new_received", 0)] == {1}
