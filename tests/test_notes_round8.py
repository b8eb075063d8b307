"""Session 13: a later message that takes back an earlier "none of these", and cases moved between result rows
when only some of a row's cases move."""
from __future__ import annotations

from assistant.drafting import conflicts
from assistant.form.official import application_path as ap
from tests.conftest import notes_draft as drafted

FIRST = "今年收到申请4件，都是自然人，予以公开2件，部分公开1件，不予处理1件。"


def test_a_later_figure_takes_back_an_earlier_all_of_them():
    t, draft = drafted("新收13件，都是自然人，无法提供13件。", "无法提供都是不掌握的",
                       "刚刚又核了一下，无法提供13件里有2件是要我们另行制作的，不掌握是11件")
    assert t.value(ap("unavailable_not_held", 6)) == 11
    assert t.value(ap("unavailable_needs_creation", 6)) == 2
    assert not conflicts(draft)


def test_all_of_them_said_in_the_same_message_as_a_clashing_figure_is_still_a_clash():
    t, draft = drafted("新收13件，都是自然人，无法提供13件，都是不掌握的，其中2件需要另行制作。")
    assert conflicts(draft)


def test_some_of_a_rows_cases_move_to_another_row():
    for later in ("公开的那2件里有1件应该算部分公开", "予以公开的有1件应该算部分公开", "有1件予以公开的应归到部分公开"):
        t, draft = drafted(FIRST, later)
        assert (t.value(ap("granted", 6)), t.value(ap("partially_granted", 6))) == (1, 2), later
        assert not conflicts(draft)


def test_the_cases_pointed_at_move_whole_when_no_part_is_named():
    t, _ = drafted("今年收到申请4件，都是自然人，予以公开2件，部分公开1件，本机关不掌握1件。",
                   "不掌握的那件其实应该算部分公开")
    assert (t.value(ap("unavailable_not_held", 6)), t.value(ap("partially_granted", 6))) == (0, 2)


def test_a_first_message_saying_how_many_were_granted_moves_nothing():
    t, _ = drafted("今年收到申请5件，都是自然人，予以公开的有3件，部分公开2件。")
    assert (t.value(ap("granted", 6)), t.value(ap("partially_granted", 6))) == (3, 2)


# Reading off the blank form (conversations_fresh7/1614's class, in words of our own)
FORM_RESULTS = """（一）予以公开 20
（二）部分公开（区分处理的，只计这一情形，不计其他情形） 3
（三）不予公开
1.属于国家秘密 0
2.其他法律行政法规禁止公开 0
4.保护第三方合法权益 2
6.属于四类过程性信息 1
（四）无法提供
1.本机关不掌握相关政府信息 5
2.没有现成信息需要另行制作 1
（五）不予处理
1.信访举报投诉类申请 2
（六）其他处理
3.其他 1"""


def test_the_forms_result_rows_with_one_figure_each_are_the_total_column():
    t, _ = drafted("新收35件，上年结转0件，结转下年0件。", FORM_RESULTS)
    assert t.value(ap("granted", 6)) == 20
    assert t.value(ap("withheld_third_party", 6)) == 2
    assert t.value(ap("unavailable_not_held", 6)) == 5
    assert t.value(ap("granted", 0)) is None  # who applied was never said


def test_the_same_rows_under_an_applicant_header_keep_their_column():
    t, _ = drafted("新收35件，都是自然人。", "自然人\n" + FORM_RESULTS)
    assert t.value(ap("withheld_third_party", 0)) == 2


def test_the_rest_after_a_rows_applicants_is_that_rows_other_applicants():
    t, _ = drafted("本年新收：自然人 9，商业企业 2，其余 0\n予以公开11件")
    assert [t.value(ap("new_received", c)) for c in range(2, 6)] == [0, 0, 0, 0]
    assert t.value(ap("granted", 6)) == 11
    assert t.value(ap("partially_granted", 6)) in (None, 0) and t.value(ap("withheld_state_secret", 6)) is None


def test_the_rest_of_the_results_is_still_the_results():
    t, _ = drafted("新收5件，都是自然人。予以公开3件，不予处理2件，其余办理结果项：0")
    assert t.value(ap("partially_granted", 6)) == 0


LEDGER = """商业企业（3件）：（一）予以公开 2，（四）1.本机关不掌握相关政府信息 1
法律服务机构（1件）：（一）予以公开 1
其他（2件）：（一）予以公开 1，（五）2.重复申请 1
科研机构、社会公益组织没有。其余的都是自然人。"""


def test_results_by_applicant_a_line_each_with_other_as_an_applicant():
    t, draft = drafted("新收10件：自然人4，商业企业3，法律服务机构1，其他2。予以公开6件，本机关不掌握3件，重复申请1件。",
                       LEDGER)
    assert t.value(ap("granted", 5)) == 1 and t.value(ap("rejected_duplicate", 5)) == 1
    assert t.value(ap("granted", 1)) == 2 and t.value(ap("granted", 4)) == 1
    assert t.value(ap("granted", 0)) == 2 and t.value(ap("unavailable_not_held", 0)) == 2
    assert t.value(ap("rejected_duplicate", 6)) == 1  # "（2件）" is that applicant's count, no row's
    assert not conflicts(draft)


def test_a_review_lines_total_and_a_suits_kind_named_after_the_word_suit():
    t, _ = drafted("行政复议：结果维持 3，结果纠正 1，总计 4\n行政诉讼 复议后起诉：结果维持 2，总计 2\n"
                   "行政诉讼 未经复议直接起诉：尚未审结 1，总计 1")
    assert t.value("review_litigation.review[4]") == 4
    assert t.value("review_litigation.litigation_after_review[0]") == 2
    assert t.value("review_litigation.litigation_after_review[4]") == 2
    assert t.value("review_litigation.litigation_direct[4]") == 1


def test_a_total_in_table_three_is_not_table_fours():
    t, _ = drafted("行政复议1件，维持。新收申请：自然人 3，总计 3")
    assert t.value(ap("new_received", 6)) == 3
    assert t.value("review_litigation.review[4]") == 1


def test_a_case_pointed_at_and_described_in_other_words_is_no_new_figure():
    t, _ = drafted("行政复议2件：纠正1件，维持1件；诉讼没有。纠正的那1件是责令重新答复，已重新答复。")
    assert t.value("review_litigation.review[1]") == 1
    assert t.value("review_litigation.litigation_direct[1]") in (None, 0)


def test_cases_pointed_at_and_given_their_reason_are_still_read():
    t, _ = drafted("新收2件，都是自然人，不予公开2件。不予公开的那2件是涉及第三方的。")
    assert t.value(ap("withheld_third_party", 6)) == 2


def test_a_word_with_ling_is_no_zero():
    t, _ = drafted("许可436件（零售许可证新办、延续都算上了），处罚63，强制 零")
    assert t.value("active.licensing") == 436 and t.value("active.coercion") == 0


def test_a_reply_opening_with_who_applied_splits_the_new_applications():
    t, _ = drafted("今年依申请一共收到3件，去年没有结转，年底都办完了。", "2件是个人申请的，1件是一家连锁超市公司。")
    assert (t.value(ap("new_received", 0)), t.value(ap("new_received", 1))) == (2, 1)


def test_a_case_received_last_year_is_not_a_new_application():
    t, _ = drafted("依申请公开 7 件，全部为居民个人申请。", "还有1件是去年12月底收的，也是居民申请的。")
    assert t.value(ap("new_received", 0)) in (None, 7)


def test_a_list_of_who_applied_is_no_applicants_scope():
    t, _ = drafted("今年收到3件。个人申请的2件，公司申请的1件。")
    assert (t.value(ap("new_received", 0)), t.value(ap("new_received", 1))) == (2, 1)
    t, _ = drafted("新收8件。个人的5件里，公开3件，不掌握2件。")
    assert (t.value(ap("granted", 0)), t.value(ap("unavailable_not_held", 0))) == (3, 2)


def test_the_cases_given_out_split_by_who_applied_in_a_later_reply():
    t, _ = drafted("新收4件（个人2、企业2），公开3件，不掌握1件。", "公开的3件是2个人1企业。")
    assert (t.value(ap("granted", 0)), t.value(ap("granted", 1))) == (2, 1)
    assert (t.value(ap("new_received", 0)), t.value(ap("new_received", 1))) == (2, 2)


LAST_YEARS = """许可、收费跟去年一样，我把去年年报的表二贴给你：
行政规范性文件	2	0	7
行政许可	31
行政处罚	6
行政事业性收费	0
今年规范性文件没有新发，现行有效7件。"""


def test_last_years_table_pasted_for_reference_gives_only_the_rows_said_to_be_the_same():
    t, draft = drafted(LAST_YEARS)
    assert t.value("active.licensing") == 31 and t.value("active.fees") == 0
    assert t.value("active.punishment") is None  # last year's 6, not said to be this year's
    assert t.value("active.normative_documents.issued") == 0
    assert not conflicts(draft)


def test_last_years_lines_not_read_are_shown_to_the_official():
    from assistant.drafting import add_notes, new_draft
    _, reply = add_notes(new_draft("青山县自然资源局", 2025), LAST_YEARS)
    aside = next(line for line in reply.splitlines() if "去年的数，未填入" in line)
    assert "行政处罚\t6" in aside and "行政许可" not in aside  # 许可 is said to be this year's too


def test_a_table_pasted_as_this_years_is_read_whole():
    t, _ = drafted(LAST_YEARS.replace("去年年报的表二贴给你", "今年的表二贴给你"))
    assert t.value("active.punishment") == 6


def test_a_bare_carried_count_pointing_at_last_years_cases():
    t, _ = drafted("上年结转2件。年底还有1件没办完。", "结转的2件都是个人的，没办完那件是公司的。")
    assert t.value(ap("carried_over", 0)) == 2 and t.value(ap("carried_forward", 6)) == 1
    t, _ = drafted("本年受理七件，皆个人。上年结转一件，系个人所请。七件及结转一件俱已办结：予以公开者八。岁末无结转。")
    assert t.value(ap("carried_forward", 6)) == 0 and t.value(ap("total_processed", 6)) == 8


def test_year_end_carry_is_still_carried_forward():
    t, _ = drafted("上年结转1件，新收20件，办结20件，年底结转1件，明年1月办。")
    assert t.value(ap("carried_forward", 6)) == 1


def test_a_part_taken_out_as_not_this_bodys():
    t, _ = drafted("我们依申请平台上挂在局名下的是18件，其中3件其实是不动产登记中心以中心名义答复的，这3件你帮我去掉。")
    assert t.value(ap("new_received", 6)) == 15


def test_a_part_described_is_not_taken_out():
    t, _ = drafted("新收18件，其中3件是企业申请的，都公开了。")
    assert t.value(ap("new_received", 6)) == 18


def test_licences_concluded_are_table_twos():
    t, _ = drafted("文物行政许可办结三十七件，行政处罚四件。依申请办结8件。")
    assert t.value("active.licensing") == 37 and t.value(ap("total_processed", 6)) == 8


def test_a_split_too_large_for_the_result_above_it_is_who_applied():
    t, _ = drafted("新收4件，予以公开2件，无法提供2件\n个人3件，企业1件")
    assert (t.value(ap("new_received", 0)), t.value(ap("new_received", 1))) == (3, 1)
    assert t.value(ap("total_processed", 1)) in (None, 1)


def test_a_split_that_fits_the_result_above_it_stays_that_results():
    t, _ = drafted("新收6件，予以公开4件，无法提供2件\n个人1件，企业1件")
    assert t.value(ap("new_received", 0)) is None  # the two unavailable cases by applicant, not who applied


def test_one_months_case_described_is_not_the_years_figure():
    t, _ = drafted("市体育局：收到6件，去年转过来1件，申请人：个人4件，公司1件，体育学院1件。",
                   "年底没答完的是12月新收的一件，个人的，不是去年那件。")
    assert t.value(ap("new_received", 6)) == 6
    assert t.value(ap("new_received", 1)) == 1


def test_hurried_short_forms_of_the_carried_rows():
    t, _ = drafted("新收31 个人27\n上转2\n转下3 也都是个人\n办结30")
    assert (t.value(ap("carried_over", 6)), t.value(ap("carried_forward", 6))) == (2, 3)
    assert t.value(ap("new_received", 6)) == 31


def test_cases_told_a_sentence_each():
    t, _ = drafted("依申请公开收到2件，都办结了，去年没有结转。一件是村民申请的，问他家宅基地的批复，给他公开了。"
                   "另一件是合作社申请的，这个我们不掌握。")
    assert (t.value(ap("granted", 0)), t.value(ap("unavailable_not_held", 5))) == (1, 1)


def test_a_lone_case_sentence_is_an_ordinary_figure():
    t, _ = drafted("一件是村民申请的，给他公开了。")
    assert t.value(ap("new_received", 0)) == 1


def test_licences_issued_are_the_licensing_figure():
    t, _ = drafted("许可：今年发了27个。规范性文件今年发了1件。")
    assert t.value("active.licensing") == 27
    assert t.value("active.normative_documents.issued") == 1


def test_a_review_body_ordering_us_to_answer_again_is_a_correction():
    t, _ = drafted("复议1件，市局复议决定责令我们重新答复，已经重新答复了。诉讼没有。")
    assert t.value("review_litigation.review[1]") == 1


# Narrative points (issue 22): a heading listing the duties, problems given as an instruction, measures asked for
from assistant.notes.facts import points  # noqa: E402


def kinds(*messages):
    return {(p.kind, p.text) for p in points(list(messages))}


def test_a_heading_listing_the_duties_does_not_hide_a_later_none():
    got = kinds("4.考核评议追责：政务公开纳入全区综合绩效考核，分值2分；11月组织了社会评议，满意率96.5%；"
                "全年未发生政务公开责任追究情况。")
    assert ("accountability", "本年度未发生因政府信息公开工作被追究责任的情况") in got


def test_problems_given_as_an_instruction_and_measures_asked_to_match():
    got = kinds("另外第五部分问题那块，你就写办事指南还不够规范、网站栏目更新不及时，改进措施对应写一下。")
    assert ("problem", "办事指南还不够规范") in got
    assert ("measure", "进一步规范办事指南") in got
    assert not any("对应写" in text for _, text in got)


def test_measures_given_are_never_replaced_by_matched_ones():
    got = kinds("存在问题：人手不够。下一步加强培训。")
    assert {text for kind, text in got if kind == "measure"} == {"加强业务培训"}
