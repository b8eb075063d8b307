"""Round 16 (r16b): readings added in this session, each a way clerks write, with phrasings of its own and a
negative."""
from assistant.drafting import conflicts
from tests.conftest import notes_draft, notes_tables, readings


def test_table_three_kept_by_applicant_rows_is_read_on_its_side():
    # A sheet with a row an applicant and a column a row of table 3; a merged header cell ("办结情况") comes as
    # its name and empty cells, the names under it on the next line.
    t = notes_tables("申请人\t新收\t上年结转数\t办结情况\t\t\t\t\t\t年底未办结\n"
                     "\t\t\t公开\t部分公开\t不予公开\t无法提供\t不予处理\t其他处理\t\n"
                     "个人\t9\t1\t5\t1\t0\t3\t0\t0\t1\n"
                     "企业\t3\t0\t2\t0\t1\t0\t0\t0\t0\n"
                     "合计\t12\t1\t7\t1\t1\t3\t0\t0\t1")
    assert t.value("applications.new_received[0]") == 9 and t.value("applications.new_received[1]") == 3
    assert t.value("applications.granted[0]") == 5 and t.value("applications.granted[6]") == 7
    assert t.value("applications.carried_forward[0]") == 1 and t.value("applications.carried_over[6]") == 1
    # A one-line header, the form's words for the columns, one a tab.
    t = notes_tables("类型\t新收申请\t予以公开\t不予公开\t无法提供\t结转下年度\n"
                     "自然人\t6\t4\t0\t1\t1\n"
                     "律所\t2\t1\t1\t0\t0\n"
                     "总计\t8\t5\t1\t1\t1")
    assert t.value("applications.new_received[4]") == 2 and t.value("applications.granted[4]") == 1
    assert t.value("applications.new_received[6]") == 8 and t.value("applications.carried_forward[0]") == 1
    # The 法人或其他组织 merged cell heading the first of its rows, the others' first cell empty.
    t = notes_tables("\t\t本年新收\t予以公开\t部分公开\t不予处理\t本年办结\n"
                     "自然人\t\t4\t3\t1\t0\t4\n"
                     "法人或其他组织\t商业企业\t2\t1\t0\t1\t2\n"
                     "\t公益组织\t1\t1\t0\t0\t1\n"
                     "合计\t\t7\t5\t1\t1\t7")
    assert t.value("applications.new_received[1]") == 2 and t.value("applications.new_received[3]") == 1
    assert t.value("applications.partially_granted[0]") == 1 and t.value("applications.total_processed[6]") == 7
    # "办理结果" over empty cells, the line with the names under it missing: its figures are no 办结.
    got = readings("类型\t新收\t上年结转\t办理结果\t\t\t结转下年\n"
                   "自然人\t6\t1\t4\t1\t1\t1\n"
                   "合计\t6\t1\t4\t1\t1\t1")
    assert got.get("applications.total_processed[0]") in (None, {6.0})
    assert got.get("applications.total_processed[6]") in (None, {6.0})


_BY_APPLICANT = "申请人\t新收\t予以公开\t不予公开\t不予处理\n个人\t3\t2\t1\t0\n律所\t2\t1\t1\t0\n合计\t5\t3\t2\t0\n"


def test_an_applicants_case_among_a_group_just_counted_is_that_case_only():
    # "不予公开2件，律所那件是内部事务信息": the law firm's withheld case, not every application the firm made.
    for text in (_BY_APPLICANT + "不予公开共2件，其中律所那件是内部事务信息，个人那件是他人的个人隐私。",
                 _BY_APPLICANT + "附：不予公开的两件，个人那一件是涉及第三方的，律所那一件是内部事务信息。",
                 "自然人申请3件：公开2件、不予公开1件；律所申请2件：公开1件、不予公开1件。均已办结。"
                 "不予公开2件，律所那件是内部事务信息，自然人那件涉及第三方。"):
        draft = notes_draft(text)
        t = draft[0]
        assert t.value("applications.withheld_internal_affairs[4]") == 1, text
        assert t.value("applications.withheld_third_party[0]") == 1, text
        assert not conflicts(draft[1]), text
    # A result outside the group named before stays all of that applicant's ("律所那两件都公开了").
    draft = notes_draft("申请人\t新收\t予以公开\t不予公开\t本年办结\n个人\t3\t2\t1\t3\n律所\t2\t2\t0\t2\n"
                        "合计\t5\t4\t1\t5\n不予公开1件，律所那两件都公开了，个人那件是内部事务信息。")
    assert draft[0].value("applications.granted[4]") == 2 and not conflicts(draft[1])
    assert draft[0].value("applications.withheld_internal_affairs[0]") == 1
