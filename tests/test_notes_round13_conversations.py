"""Round 13, conversations: ways officials answer in a chat (rules drawn from conversations_fresh12, each test in
phrasings of its own with a negative beside it)."""
from __future__ import annotations

from assistant.form.official import application_path as ap
from assistant.drafting import open_questions
from tests.conftest import notes_draft, notes_tables, readings


def test_the_body_saying_it_is_a_public_institution_is_no_applicant():
    # "我们是事业单位，…" tells what the body is: the reply answers the question shown (上年结转), not the
    # question of who applied for the 予以公开 cases (其他 would take all of them).
    first = "今年收到申请6件，全是群众个人申请。予以公开4件，不掌握2件。"
    for reply in ("本中心是事业单位，这些都没有", "我们属于事业单位，都没有"):
        t, d = notes_draft(first, reply, agency="某市公积金管理中心")
        assert t.value(ap("granted", 0)) == 4 and t.value(ap("granted", 5)) == 0
        assert t.value(ap("carried_over", 6)) == 0
    # Negative: applicants who are 事业单位 still are the 其他 column.
    assert readings("有2件是事业单位申请的，全年受理申请5件")[ap("new_received", 5)] == {2}


def test_a_figure_alone_in_its_clause_then_how_it_was_answered():
    # "多半是问进度的，有五件，属于行政查询事项": the count stands alone, the next clause says what it was.
    assert readings("多半是问进度的，有五件，属于行政查询事项")[ap("withheld_query_matter", 6)] == {5}
    got = readings("收到申请10件，多数是问补贴的，6件，按查询告知的")
    assert got[ap("withheld_query_matter", 6)] == {6} and got[ap("new_received", 6)] == {10}
    # Negative: a clause with a head of its own keeps its figure ("新收5件，按时办结" is no 办结 of 5).
    assert readings("新收5件，按时办结") == {ap("new_received", 6): {5}}


def test_asked_for_more_papers_and_never_brought_them():
    # "补充资料一直没补": the applicant did not supplement — 逾期不补正.
    assert readings("有个老人补充资料一直没补，算1件")[ap("other_no_correction", 6)] == {1}
    # Negative: papers asked for and brought.
    assert ap("other_no_correction", 6) not in readings("让补材料的有2件，后来都补了，予以公开")


def test_all_but_one_result_row_of_the_concluded_are_one_kind():
    # "办结…，除了公开的2件是公司申请的，其余都是自然人": the row after 除 is the exception, 其余 is the rest of 办结
    # (not of the 公开 row): the company's 2 cases are in both rows, every other kind of 办结 is 0.
    got = readings("今年办结8件，除了公开的2件是公司申请的，其余都是自然人")
    assert got[ap("granted", 1)] == {2} and got[ap("total_processed", 1)] == {2}
    assert all(got[ap("total_processed", c)] == {0} for c in (2, 3, 4, 5))
    # The kind pointed at after its name, inside the row's own clause: "…里除了律所那件".
    got = readings("办结的6件里除了律所那件，其余都是个人")
    assert got[ap("total_processed", 4)] == {1} and got[ap("total_processed", 1)] == {0}
    # Negative: an exception named without a count says nothing of its column.
    assert ap("new_received", 1) not in readings("新收9件，除企业外其余都是个人")


def test_a_count_closing_the_answer_is_the_count_asked_for():
    # To "本年新收…共多少件？": how the cases were handled, then "这样算的话，总共7件" — the count asked for.
    first = "区档案馆这边的年报，麻烦帮忙弄一下。"
    t = notes_tables(first, "都是走的依申请程序答复的，发了告知书。这样算的话，总共7件")
    assert t.value(ap("new_received", 6)) == 7
    # Negative: a count with its own row ("一共办结7件") is that row's, not the one asked for.
    t = notes_tables(first, "都出了告知书，一共办结7件")
    assert t.value(ap("new_received", 6)) is None and t.value(ap("total_processed", 6)) == 7


def test_the_others_told_by_a_plain_verb_are_the_rest():
    # "就1个是公司，其他是个人": 其他 + 是 is the rest of the applicants (as 其余是), not the 其他 column.
    got = readings("收到申请9件。申请人有1个是律所，其他就是群众")
    assert got[ap("new_received", 4)] == {1} and all(got[ap("new_received", c)] == {0} for c in (1, 2, 3, 5))
    # "其他全是个人" is no "all are individuals": the 律所 keeps its one case (no clash with a 0).
    assert readings("收到申请9件。申请人有1个是律所，其他全是个人")[ap("new_received", 4)] == {1}
    # Negative: "其他是1件" is the 其他 column's figure.
    assert readings("收到申请8件，自然人5件，企业2件，其他是1件")[ap("new_received", 5)] == {1}


def test_a_bare_result_after_other_results_were_told_is_no_all():
    # "公开了" as a later reply, after the notes gave other results figures: one case's result (which one, the reply
    # does not say), not "every case was granted" — that reading clashed and asked a confusing question.
    t, d = notes_draft("今年收到4件申请，公开2件，不掌握1件，还有1件是信访件。", "公开了")
    assert t.value(ap("granted", 6)) == 2
    assert not any("全部公开" in q.text for q in open_questions(d))
    # Negative: alone under a count with no other result, it still is all of them.
    assert notes_tables("今年收到申请3件，上年没有结转，年底都办完了。\n公开了").value(ap("granted", 6)) == 3


def test_asked_of_us_to_confirm_is_the_confirmation_row():
    # "让我们确认他手上报关资料真实性的": the applicant asked the body to confirm — 要求行政机关确认.
    got = readings("收到3件，其中1件要我局帮他确认一份合同是不是我们盖的章")
    assert got[ap("rejected_confirmation", 6)] == {1}
    # Negative: the clerk's own checking is no application's request.
    assert ap("rejected_confirmation", 6) not in readings("领导让我们确认一下，今年申请是5件")


def test_a_document_kind_that_is_not_ours_to_make_is_none():
    # "规章也不归我们": the body makes no 规章 — its three columns are 0.
    got = readings("规章也不归我们定，规范性文件发了2件")
    assert [got[f"active.regulations.{c}"] for c in ("issued", "repealed", "in_force")] == [{0}, {0}, {0}]
    assert got["active.normative_documents.issued"] == {2}
    # Negative: an application that is not ours to answer is 不掌握 (a count, not a zero).
    assert readings("收到3件，有1件不归我们，告知他去住建局")[ap("unavailable_not_held", 6)] == {1}


def test_a_count_said_what_it_was_then_the_body_has_none():
    # "3件是区里管的事我们没有": the count, what the cases were, then the body's none — 本机关不掌握.
    got = readings("公开1件，4件是上级部门的事我们没有")
    assert got[ap("unavailable_not_held", 6)] == {4} and got[ap("granted", 6)] == {1}
    # Negative: the body's none of something named after it ("我们没有收费") is that thing's zero.
    got = readings("有2件是问收费的，我们没有收费")
    assert ap("unavailable_not_held", 6) not in got and got["active.fees"] == {0}


def test_the_rest_after_a_table_two_item_is_table_two():
    # "处罚31件，别的都没有": the sentence is about table 2 — its other items are 0, not table 3's results.
    got = readings("许可这块没有，处罚是执法中队以街道名义办的，一共40件，别的都没有")
    assert got["active.punishment"] == {40} and got["active.coercion"] == {0} and got["active.fees"] == {0}
    assert not any(p.startswith("applications.") for p in got)
    # Negative: after results of table 3, the rest are table 3's results.
    got = readings("公开3件，不掌握1件，其他都没有")
    assert got[ap("rejected_duplicate", 6)] == {0} and not any(p.startswith("active.") for p in got)


def test_last_year_none_then_this_years_case():
    # "去年没有，今年的三月份就答复了": last year left nothing over (上年结转 0), then what became of this year's case.
    got = readings("今年就收到1件，公开了。\n上年没有，今年这件五月份就答复了")
    assert got[ap("carried_over", 6)] == {0}
    # Negative: last year's none set against this year's review is no 上年结转.
    assert ap("carried_over", 6) not in readings("今年收到1件。去年没有，今年的复议1件")


def test_numerals_without_a_measure_word_after_their_heads():
    # "予以公开十七，部分公开五", "许可六十三，处罚二十八": numerals in place of digits, no 件 after them.
    got = readings("依申请办结30件，予以公开二十，部分公开四")
    assert got[ap("granted", 6)] == {20} and got[ap("partially_granted", 6)] == {4}
    got = readings("规章没有，规范性文件制发三，废止一，现行有效十二")
    assert got["active.normative_documents.repealed"] == {1} and got["active.normative_documents.in_force"] == {12}
    # Negative: a numeral that is part of a word, with no head before it, is no figure.
    assert readings("公开了一些，其余按规定统一答复") == {}
