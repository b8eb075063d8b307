"""Round 9, plain notes: how ordinary clerks word what the reader missed (phrasings of our own, with negatives)."""
from __future__ import annotations

from assistant.form.official import application_path as ap, review_path as rp
from tests.conftest import said
from tests.test_notes import tables


def test_a_case_received_late_and_still_open_is_carried_forward():
    got = said("今年收到14件。另外有1件11月28日收到的还没答复完，转到明年。")
    assert got[ap("new_received", 6)] == 14 and got[ap("carried_forward", 6)] == 1
    assert ap("carried_forward", 6) not in said("今年收到14件，有2件是12月收到的。")


def test_a_suit_not_via_review_is_the_direct_kind_and_no_zero():
    t, _ = tables("复议1件，维持。诉讼1件，没有经过复议直接起诉的，还在审。")
    assert t.value(rp("review", 4)) == 1 and t.value(rp("litigation_direct", 4)) == 1
    assert t.value(rp("litigation_direct", 3)) == 1


def test_an_applicant_word_sent_to_or_complained_of_is_not_who_applied():
    got = said("新收3件，都是个人。有1件我们不掌握，告知他去找街道办事处；投诉物业公司的1件按信访处理。")
    assert ap("rejected_petition", 1) not in got and ap("unavailable_not_held", 5) not in got
    assert any(p.endswith("[1]") for p in said("新收3件。物业公司申请的1件按信访处理。"))  # who applied


def test_the_last_item_of_a_list_of_applicants_is_read():
    got = said("个人的9件，公司的3件。")
    assert (got[ap("new_received", 0)], got[ap("new_received", 1)]) == (9, 3)
    t, _ = tables("新收5件，个人3件，公司2件，上年和年底都没有结转。公司的2件都公开了。")
    assert t.value(ap("granted", 1)) == 2 and t.value(ap("granted", 6)) is None  # theirs, not everyone's


def test_the_kind_the_clerk_files_an_unlisted_applicant_under():
    got = said("个人10件，另外一个行业协会申请了1件，我们算社会公益组织。公开6件，我们不掌握的2件。")
    assert got[ap("new_received", 3)] == 1
    assert ap("unavailable_not_held", 3) not in got  # "我们" is no applicant word after "我们算…"


def test_asking_for_a_copy_again_and_the_one_left_over():
    got = said("公开5件，1件是要我们把之前给过的复函再出一份的。剩下的那件是申请人自己撤回的。")
    assert got[ap("rejected_confirmation", 6)] == 1 and got[ap("other_other", 6)] == 1
    assert said("他自己撤了1件。")[ap("other_other", 6)] == 1


def test_an_applicants_count_then_its_breakdown_after_qizhong():
    got = said("新收9件。个人6件，其中公开4件，不掌握2件；企业3件（都是开发商），其中部分公开1件，不予公开2件。")
    assert got[ap("granted", 0)] == 4 and got[ap("unavailable_not_held", 0)] == 2
    assert got[ap("partially_granted", 1)] == 1 and ap("granted", 6) not in got
    inside = said("新收9件（个人6件，其中公开4件）。")
    assert inside.get(ap("new_received", 0)) == 6  # in brackets: no scope, the 4 is not who applied


def test_one_more_case_also_counted_under_a_row_adds_to_it():
    t, _ = tables("新收8件，办结8件。公开4件，重复申请3件，另外有1件内容跟之前一样的，也算重复申请。")
    assert t.value(ap("rejected_duplicate", 6)) == 4


def test_documents_put_out_and_a_charge_collected_elsewhere():
    got = said("今年出了规范性文件2件，废止1件。收费这块，停车费已经划到城投公司收了，我们今年不收费。")
    assert got["active.normative_documents.issued"] == 2 and ap("new_received", 6) not in got
    got = said("行政事业性收费0（停车服务费是经营性收费，不算在这里）。")
    assert got["active.fees"] == 0
    assert not any(p.startswith("review_litigation") for p in said("复议2件（不是我们局的）。"))


def test_mostly_of_one_kind_is_no_all_of_one_kind():
    t, draft = tables("收到申请12件，基本都是群众申请的，有1件是律师事务所申请的。")
    from assistant.drafting import conflicts
    assert not conflicts(draft) and t.value(ap("new_received", 4)) == 1
    assert said("收到申请12件，都是群众申请的。").get(ap("new_received", 4)) == 0


def test_carried_from_the_end_of_last_year_and_answers_by_speed():
    assert said("去年底转过来3件。")[ap("carried_over", 6)] == 3
    got = said("当场答复2件，延期答复1件，合计办结10件。")
    assert got[ap("total_processed", 6)] == 10


def test_a_table_made_specially_is_information_to_be_created():
    got = said("无法提供3件，2件我们不掌握、1件要我们专门做一个统计表。")
    assert got[ap("unavailable_needs_creation", 6)] == 1 and got[ap("unavailable_not_held", 6)] == 2


def test_one_of_each_kind_listed_as_articles():
    got = said("上年结转2件，是一个个人一个企业的。")
    assert (got[ap("carried_over", 0)], got[ap("carried_over", 1)]) == (1, 1)
    assert said("有一个个人申请了2件。")[ap("new_received", 0)] == 2


def test_all_of_one_applicants_applications_granted():
    t, draft = tables("新收5件，3件个人、2件企业，上年和年底都没有结转。企业的申请都公开了。")
    from assistant.drafting import conflicts
    assert t.value(ap("granted", 1)) == 2 and t.value(ap("new_received", 0)) == 3 and not conflicts(draft)


def test_a_line_per_applicant_with_an_arrow_to_its_results():
    got = said("依申请按申请人：\n居民 6件 → 公开4，不掌握2\n企业 3件 → 部分公开1，不予处理2")
    assert (got[ap("new_received", 0)], got[ap("granted", 0)], got[ap("unavailable_not_held", 0)]) == (6, 4, 2)
    assert (got[ap("new_received", 1)], got[ap("partially_granted", 1)]) == (3, 1)
    assert ap("granted", 6) not in got
    assert ap("new_received", 0) not in said("公开 → 6件")  # an arrow after a result is no applicant's line
