"""Notes as clerks send them (issue #20, round 6): one test per reading rule, with new phrasings and a near
miss that must not trigger it. Values are read through the public API, as the tables show them."""
from __future__ import annotations

from assistant.drafting import conflicts
from assistant.form.official import application_path as ap, review_path as rp
from tests.test_notes import row, tables as drafted_tables  # one reading helper for the notes tests


def tables(*messages: str):
    return drafted_tables(*messages, agency="青山县市场监督管理局")[0]


def test_track_changes_keep_the_inserted_figure_and_drop_the_deleted_one():
    t = tables("稿子带修订痕迹：本年行政许可[删除的内容: 120][插入的内容: 126]件，行政强制【删除: 9】【插入: 7】件。")
    assert t.value("active.licensing") == 126
    assert t.value("active.coercion") == 7


def test_a_comment_tag_counts_comments_not_cases():
    t = tables("全年行政处罚85件。\n批注 [李科3]: 行政许可数请再核一下台账。\n行政许可[李科3]待核。")
    assert t.value("active.punishment") == 85
    assert t.value("active.licensing") is None  # the 3 of the tag is no figure


def test_square_brackets_that_are_no_revision_stay_as_they_are():
    t = tables("行政处罚[执法大队报]85件。")
    assert t.value("active.punishment") == 85


def test_a_number_named_as_an_earlier_months_count_is_not_the_years():
    t = tables("行政许可以12月底台账为准，共142件，之前报的130件为截至10月底的数据。")
    assert t.value("active.licensing") == 142


def test_a_number_named_as_the_december_count_still_is_the_years():
    t = tables("行政许可142件是12月底的数。")
    assert t.value("active.licensing") == 142


def test_the_rest_of_table_two_is_zero_only_where_no_figure_was_given():
    t = tables("罚款这块今年作出行政处罚19件。", "表二其余的都没有。")
    assert t.value("active.punishment") == 19
    assert t.value("active.licensing") == 0


def test_the_whole_of_table_two_zero_still_replaces_an_earlier_figure():
    t = tables("行政处罚19件。", "表二都没有，刚才说错了。")
    assert t.value("active.punishment") == 0


def test_a_figure_named_as_misfiled_is_not_read():
    t = tables("上报时行政复议数错填成5件，实际是2件。")
    assert t.value(rp("review", 4)) == 2


def test_a_figure_said_to_be_filled_in_is_read():
    t = tables("行政复议填了5件。")
    assert t.value(rp("review", 4)) == 5


def test_a_breakdown_in_brackets_does_not_name_the_number_before_it():
    t = tables("行政复议已与复议机关核对，实际为4件（纠正1件、维持3件）。")
    assert [t.value(rp("review", k)) for k in (0, 1, 4)] == [3, 1, 4]


def test_a_single_outcome_in_brackets_still_names_the_number():
    t = tables("行政复议：2件（维持）。")
    assert [t.value(rp("review", k)) for k in (0, 4)] == [2, 2]


def test_year_end_as_the_time_cases_were_done_is_not_the_carried_forward_row():
    t = tables("今年共受理9件，9件年底前均已办结。")
    assert t.value(ap("carried_forward", 6)) in (None, 0)
    assert t.value(ap("total_processed", 6)) == 9


def test_year_end_with_cases_still_open_is_the_carried_forward_row():
    t = tables("今年共受理9件，3件年底没办完。")
    assert t.value(ap("carried_forward", 6)) == 3


def test_applicants_after_a_carried_row_said_to_be_none_are_this_years():
    t = tables("今年收到6件申请，上年没有结转的。5件是个人，1件是公司。")
    assert row(t, "new_received") == [5, 1, 0, 0, 0, 0, 6]
    assert t.value(ap("carried_over", 0)) == 0


def test_applicants_after_a_carried_row_with_cases_stay_with_that_row():
    t = tables("今年收到6件申请，上年结转2件。1件是个人，1件是公司。")
    assert t.value(ap("carried_over", 0)) == 1
    assert t.value(ap("carried_over", 1)) == 1


def test_a_section_headed_by_the_earlier_year_is_last_years_table():
    t = tables("2024年：\n行政处罚12件，行政许可30件\n2025年：\n行政处罚15件")
    assert t.value("active.punishment") == 15
    assert t.value("active.licensing") is None


def test_a_single_year_heading_keeps_its_figures():
    t = tables("【2025年度】\n行政处罚15件，行政许可30件")
    assert t.value("active.punishment") == 15
    assert t.value("active.licensing") == 30


def test_a_change_written_with_an_arrow_keeps_the_new_figure():
    t = tables("和上次报的比，行政许可 40→44，其他没动。")
    assert t.value("active.licensing") == 44


def test_an_addend_of_the_topics_figure_is_not_the_figure():
    t = tables("·规范性文件：今年制发1件；现行有效的，原有4件加今年新发1件，合计5件。")
    assert t.value("active.normative_documents.issued") == 1
    assert t.value("active.normative_documents.in_force") in (None, 5)


def test_an_applicants_addends_keep_their_columns():
    t = tables("新收8件，其中个人5件加企业3件。")
    assert row(t, "new_received")[:2] == [5, 3]


def test_a_table_two_column_with_its_own_figure_does_not_take_the_number_before_it():
    t = tables("规范性文件：今年制发1件；调入3件撤了2件。")
    assert t.value("active.normative_documents.repealed") in (None, 2)


def test_cases_listed_head_after_number_still_bind():
    t = tables("新收3件，2件公开1件部分公开。")
    assert t.value(ap("granted", 6)) == 2
    assert t.value(ap("partially_granted", 6)) == 1


def test_after_a_bracket_of_results_the_topic_is_the_row_before_it():
    t = tables("本年新收政府信息公开申请5件，其中公司2件（1件予以公开、1件部分公开），居民3件（2件予以公开、1件不予公开）。")
    assert row(t, "new_received")[:2] == [3, 2]
    assert t.value(ap("partially_granted", 0)) in (None, 0)


def test_an_applicant_named_inside_brackets_scopes_only_the_brackets():
    t = tables("不予公开1件（就是律所那1件），无法提供2件，其中不掌握2件。")
    assert t.value(ap("unavailable_not_held", 4)) in (None, 0)
    assert t.value(ap("unavailable_not_held", 6)) == 2


def test_an_applicant_scope_outside_brackets_covers_its_cases():
    t = tables("公司那两件：1件予以公开，1件部分公开。")
    assert t.value(ap("granted", 1)) == 1
    assert t.value(ap("partially_granted", 1)) == 1


def test_table_four_written_one_line_per_outcome():
    t = tables("复议诉讼按结果列：\n纠正的：复议2件\n维持：复议1件，复议后起诉的1件\n尚未审结：直接起诉1件")
    assert [t.value(rp("review", k)) for k in (0, 1)] == [1, 2]
    assert t.value(rp("litigation_after_review", 0)) == 1
    assert t.value(rp("litigation_direct", 3)) == 1


def test_a_negated_heading_among_outcome_lines_is_the_pending_column():
    t = tables("纠正的：复议2件\n维持的：复议1件\n还在走程序的：复议1件")
    assert t.value(rp("review", 3)) == 1
    assert t.value(rp("review", 4)) in (None, 4)


def test_a_group_heading_line_is_no_outcome_line():
    t = tables("复议：2件，都维持。\n诉讼：1件")
    assert t.value(rp("review", 4)) == 2
    assert t.value(rp("review", 0)) == 2


def test_a_grid_figure_changed_in_a_comment_to_a_bare_number():
    t, d = drafted_tables("项目 | 填报数\n行政许可 | 52\n行政事业性收费（万元） | 12.5\n\n评论：收费那格不对，我们没有收费项目，这格改0。")
    assert t.value("active.fees") == 0
    assert not conflicts(d)


def test_rectification_counts_are_no_correction():
    t = tables("行政处罚7件，督查发现问题已整改3个。")
    assert t.value("active.punishment") == 7


def test_within_one_applicants_cases_a_case_without_a_result_is_not_the_result_before_it():
    t = tables("新收4件，都是个人。个人的4件里2件予以公开、1件部分公开、1件后来就没了下文。")
    assert t.value(ap("granted", 0)) == 2
    assert t.value(ap("partially_granted", 0)) == 1


def test_a_figure_given_as_the_parts_put_together_replaces_the_part():
    t = tables("本局全年新收申请9件；撤并的原档案局1月份收了2件，合起来算新收11件。")
    assert t.value(ap("new_received", 6)) == 11


def test_parts_said_to_count_together_without_a_total_are_added():
    t = tables("我局新收5件，原档案局收了2件，合起来算。")
    assert t.value(ap("new_received", 6)) == 7


def test_last_years_unfinished_cases_are_this_years_carried_over():
    t = tables("今年新收12件，另有上年年底没办结的2件也在今年答复了。")
    assert t.value(ap("carried_over", 6)) == 2
    assert t.value(ap("carried_forward", 6)) is None


def test_this_years_unfinished_cases_are_carried_forward():
    t = tables("今年新收12件，年底没办结的2件。")
    assert t.value(ap("carried_forward", 6)) == 2


def test_an_applicant_list_under_a_heading_line_gives_way_when_it_does_not_add_up():
    t, d = drafted_tables("申请总数 16  |  已答复 14  |  办理中 2  |  按期答复率 100%\n\n按申请人类型\n自然人 13\n"
                          "法人或其他组织 3\n\n按答复类型\n予以公开 9\n部分公开 5",
                          "补充两点：\n1. 总数里有去年转来的2件，都是个人的，所以今年新收是14件；\n2. 办理中的2件转明年。")
    assert not conflicts(d)
    assert t.value(ap("new_received", 6)) == 14


def test_an_earlier_years_section_says_nothing_without_figures_either():
    t = tables("【2024年】\n依申请：新收3件（全是个人）\n【2025年】\n依申请：新收4件，其中企业1件、个人3件")
    assert row(t, "new_received")[:2] == [3, 1]


def test_the_rest_are_individuals_leaves_the_kind_named_before_it():
    t = tables("新收6件，其中有1家律所申请的，其余都是群众。")
    assert t.value(ap("new_received", 4)) in (None, 1)
    assert t.value(ap("new_received", 1)) == 0


def test_issued_documents_said_as_this_year_sent_out():
    t = tables("规范性文件本年发2件，废止0件，现行有效9件。")
    assert t.value("active.normative_documents.issued") == 2


def test_this_year_sent_out_about_something_else_is_no_figure():
    t = tables("行政处罚4件。今年发1件工作简报。")
    assert t.value("active.normative_documents.issued") is None
    assert t.value("active.regulations.issued") is None


def test_one_applicants_case_described_then_its_result_in_the_next_clause():
    t = tables("新收3件：个人2件，协会1件，上年无结转，年底无结转。协会那件要的是会员名单，部分公开。")
    assert t.value(ap("partially_granted", 3)) == 1


def test_a_figure_between_the_scope_and_the_result_ends_the_scope():
    t = tables("新收3件：个人2件，协会1件。协会那件要的是会员名单，另外2件部分公开。")
    assert t.value(ap("partially_granted", 3)) is None
