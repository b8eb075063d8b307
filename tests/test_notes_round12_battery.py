"""Session 17: a battery of ordinary spoken sentences (written for the purpose, not taken from any case), each
reading with a negative beside it."""
from __future__ import annotations

from assistant.form.official import application_path as ap, review_path as rp
from tests.conftest import notes_tables, readings, said


def _flow(t):
    return [t.value(ap(r, 6)) for r in ("new_received", "carried_over", "granted", "total_processed", "carried_forward")]


def test_all_granted_after_a_count_leaves_nothing_for_next_year():
    # "全部公开" carries its own quantifier: every case concluded was granted, and the ones counted were answered.
    assert _flow(notes_tables("今年收到申请5件，全部公开。上年没有结转。")) == [5, 0, 5, 5, 0]
    # A case carried over and answered the same way later keeps its figure (the weak reading is no count of 2).
    t = notes_tables("依申请今年就2件，都是村民问征地补偿标准的，给他们公开了。", "有一件，去年12月底收的，今年元旦过了才答复，也是公开")
    assert _flow(t) == [2, 1, 3, 3, 0]
    # One still open, said outright, wins over what "全部公开" implies.
    assert _flow(notes_tables("今年收到申请5件，全部公开。上年没有结转。还有1件没办完。"))[4] == 1
    # "全部公开5件" is a figure, not a quantifier.
    assert readings("全部公开5件。")[ap("granted", 6)] == {5}


def test_a_lone_result_after_the_count_is_all_of_them_unless_deferred_or_partial():
    t = notes_tables("今年申请2件，都是老百姓问补贴的，当场就给了。去年没有转过来的。")
    assert t.value(ap("granted", 6)) == 2 and t.value(ap("carried_forward", 6)) == 0
    # "下周再报" defers the answer; "绝大多数…这类有15件" counts some of them after.
    assert notes_tables("新收申请 正常受理 3件，予以公开 下 周再报，都是自然人").value(ap("granted", 6)) is None
    got = readings("依申请全年收到23件，绝大多数是参保人查自己的缴费记录，我们按查询告知了，这类有15件。")
    assert got[ap("withheld_query_matter", 6)] == {15}


def test_all_of_a_list_of_applicants_is_every_one():
    t = notes_tables("申请就2件，一个是个人一个是律师事务所的，都公开了。去年没有结转的。")
    assert t.value(ap("granted", 6)) == 2 and t.value(ap("granted", 4)) == 1 and t.value(ap("granted", 0)) == 1
    assert ap("granted", 4) not in readings("申请就2件，一个是个人一个是律师事务所的，都公开了。")  # not 律所's alone


def test_spoken_zeros_and_suits():
    got = said("没人告我们，也没人申请复议。收费一分没收。")
    assert got[rp("review", 4)] == 0 and got["active.fees"] == 0
    t = notes_tables("没人告我们。")  # both kinds of suit: none
    assert t.value(rp("litigation_direct", 4)) == 0 and t.value(rp("litigation_after_review", 4)) == 0
    assert not readings("告知申请人去找住建局。")  # 告知 is no suit
    assert "active.fees" not in readings("今年没收过一分钱的信息处理费。")  # section 六's fee, not table 2's


def test_times_are_cases_only_where_the_clause_is_about_results_reviews_or_suits():
    got = said("被复议了2次，1次维持，1次被纠正了。")
    assert got[rp("review", 4)] == 2 and got[rp("review", 0)] == 1 and got[rp("review", 1)] == 1
    assert readings("今年收到申请6件，后面2次按重复申请处理。")[ap("rejected_duplicate", 6)] == {2}
    assert said("被人起诉了一次，法院还没判。")[rp("litigation_direct", 4)] == 1
    # One person's tries, a phone enquiry, a training: no figure of the tables.
    assert 3 not in readings("新收18件。有个人前后申请了三次一样的内容。").get(ap("new_received", 0), set())
    assert not readings("电话咨询了5次。")
    assert not readings("组织培训3次。")


def test_result_words_that_go_on_to_what_was_given():
    assert said("公开了一部分信息的有2件。")[ap("partially_granted", 6)] == 2
    assert said("还有1件在答复期内。")[ap("carried_forward", 6)] == 1
    assert said("今年收到的申请年底都办完了。")[ap("carried_forward", 6)] == 0
    assert said("申请人没按时补正的1件，我们不再处理了。")[ap("other_no_correction", 6)] == 1
    assert readings("收到申请3件，1件是要我们出具证明的，按确认类处理。")[ap("rejected_confirmation", 6)] == {1}


def test_an_applicants_count_not_told_before_is_theirs_a_count_told_before_is_pointed_at():
    got = said("今年收了7件申请，企业的2件，其余是个人的。")
    assert got[ap("new_received", 1)] == 2
    # "公司的2件" after "企业2件": the same two, spoken of (no second figure, no sum of four).
    got = readings("收到申请7件，企业2件，公司的2件都公开了。")
    assert got[ap("new_received", 1)] == {2}


def test_outcomes_and_suits_in_plain_words():
    t = notes_tables("行政诉讼1起，判我们赢了。")
    assert t.value(rp("litigation_direct", 0)) == 1
    t = notes_tables("今年有一件复议后又去法院起诉的，还在审。没有其他复议。")
    assert t.value(rp("litigation_after_review", 3)) == 1
    assert readings("今年有一件复议后又去法院起诉的，还在审。").get(rp("review", 4), set()) != {1}
    t = notes_tables("复议和诉讼今年各1件，复议维持，诉讼还在审理。")
    assert t.value(rp("review", 0)) == 1 and t.value(rp("litigation_direct", 3)) == 1


def test_cases_told_by_their_place_or_by_name_count_one_each():
    t = notes_tables("今年就收到3个申请。第一个是个人要拆迁补偿标准，给他了。第二个是企业要招标文件，里面有商业秘密，给了一部分。"
                     "第三个问的不是我们的事，告诉他去找住建局。")
    assert [t.value(ap(r, 6)) for r in ("granted", "partially_granted", "unavailable_not_held")] == [1, 1, 1]
    assert t.value(ap("partially_granted", 1)) == 1  # what the company's file held is no second result
    got = readings("申请4件：张某要低保名单，公开了；李某要他家的审批材料，公开了；王某要的东西我们没有；赵某后来自己撤了。")
    assert got[ap("granted", 6)] == {2} and got[ap("granted", 0)] == {2}
    assert got[ap("unavailable_not_held", 6)] == {1} and got[ap("other_other", 6)] == {1}
    # A lone pointed sentence is no account of the cases; a person named with no result is no case.
    assert not readings("第二件公开了")
    assert not readings("经办人：张某，电话0736-5821306。")


def test_not_ours_as_an_answer_and_as_no_figure_of_ours():
    assert said("收到申请2件，1件不是我们的事，告诉他去找住建局。")[ap("unavailable_not_held", 6)] == 1
    assert ap("unavailable_not_held", 6) not in said("收到申请5件，有1件不是我们的信息公开申请，是咨询。")
    # "都做保密审查" describes how items are checked before publication: no application was a state secret.
    assert not readings("发布前都做保密审查。")


def test_the_rest_after_results_of_several_blocks_is_every_other_result():
    got = said("公开3件，部分公开1件，不予公开0件，其他都没有。")
    assert got[ap("rejected_petition", 6)] == 0 and got[ap("other_other", 6)] == 0
    # After one group and one of its reasons, "其他" may be the group's other reasons: no other result is zeroed.
    assert ap("granted", 6) not in said("不予公开2件（国家秘密1件），其他都没有。")


def test_enforcement_counted_in_times_and_last_years_documents_in_force():
    assert said("强制措施：查封扣押2次。")["active.coercion"] == 2
    assert not readings("执法检查120次。")
    got = readings("规范性文件去年有效的是5个，今年新出了1个，废了2个，现在还有4个。")
    assert got["active.normative_documents.in_force"] == {4}
    assert said("还剩2件没答复。")[ap("carried_forward", 6)] == 2


def test_half_of_the_cases():
    t = notes_tables("收到8件，一半公开了，一半不掌握。上年没有结转，年底都办完了。")
    assert t.value(ap("granted", 6)) == 4 and t.value(ap("unavailable_not_held", 6)) == 4
