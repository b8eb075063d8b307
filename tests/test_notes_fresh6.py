"""Notes as clerks send them (round 7): one test per reading rule, with new phrasings and a near miss that must
not trigger it. Values are read through the public API, as the tables show them."""
from __future__ import annotations

from assistant.form.official import application_path as ap, review_path as rp
from tests.test_notes import tables as drafted_tables


def tables(*messages: str):
    return drafted_tables(*messages, agency="青山县自然资源局")[0]


# Table 3's 25 rows, one column: 新收, 结转, 8 withheld, 3 unavailable, 5 rejected, 3 other, （七）, 结转下年.
_COLUMN = [12, 1, 6, 2, 0, 0, 0, 1, 0, 0, 0, 0, 2, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 12, 1]


def test_a_bare_column_in_the_forms_order_is_read_row_by_row():
    t = tables("个人那一列的数依次如下（从上到下）：\n" + "\n".join(map(str, _COLUMN)) + "\n其他几列回头再发。")
    assert t.value(ap("new_received", 0)) == 12
    assert t.value(ap("granted", 0)) == 6
    assert t.value(ap("withheld_third_party", 0)) == 1
    assert t.value(ap("unavailable_not_held", 0)) == 2
    assert t.value(ap("rejected_duplicate", 0)) == 1
    assert t.value(ap("total_processed", 0)) == 12
    assert t.value(ap("carried_forward", 0)) == 1


def test_a_bare_column_without_its_order_said_or_not_adding_up_is_not_placed():
    no_order = tables("个人那一列：\n" + "\n".join(map(str, _COLUMN)))
    assert no_order.value(ap("granted", 0)) is None
    wrong_sum = list(_COLUMN)
    wrong_sum[23] = 20  # the results do not add up to （七）总计: not the form's order
    t = tables("个人那一列按表上顺序：\n" + "\n".join(map(str, wrong_sum)))
    assert t.value(ap("granted", 0)) is None


def test_a_legend_of_circled_indices_places_the_figures_of_each_column():
    t = tables("扫描件识别的，空着的格子都算0。\n①本年新收\n②上年结转\n③予以公开\n④本机关不掌握\n⑤结转下年\n\n"
               "自然人\n①4 ③3 ④1\n\n合计\n①4 ③3 ④1\n\n⑤那一行都空着。")
    assert t.value(ap("new_received", 0)) == 4
    assert t.value(ap("granted", 0)) == 3
    assert t.value(ap("unavailable_not_held", 6)) == 1
    assert t.value(ap("carried_over", 0)) == 0
    assert t.value(ap("carried_forward", 6)) == 0


def test_circled_items_that_are_no_legend_stay_a_numbered_list():
    t = tables("①行政许可35件\n②行政处罚8件\n③行政强制0件")
    assert t.value("active.licensing") == 35
    assert t.value("active.punishment") == 8


def test_a_suit_brought_after_the_review_in_other_words_is_after_review():
    t = tables("行政复议1件，维持。行政诉讼1件，是申请人复议之后再告到法院的，判决驳回，结果维持。")
    assert t.value(rp("litigation_after_review", 4)) == 1
    assert t.value(rp("litigation_direct", 4)) in (None, 0)


def test_a_suit_brought_without_review_stays_direct():
    t = tables("行政诉讼1件，申请人没有申请复议，直接起诉，结果维持。")
    assert t.value(rp("litigation_direct", 4)) == 1


def test_a_quoted_list_keeps_its_item_numbers():
    t = tables("领导，数据见下，请审：\n> 1. 今年新收申请7件\n> 2. 公开5件，不掌握2件\n> 3. 复议没有")
    assert t.value(ap("new_received", 6)) == 7
    assert t.value(ap("carried_over", 6)) is None  # the item number 2 is no figure
    assert t.value(ap("granted", 6)) == 5


def test_lines_opened_by_a_greater_than_sign_as_bullets_read_as_before():
    t = tables(">行政许可86件\n>行政处罚12件\n>强制没有")
    assert t.value("active.licensing") == 86
    assert t.value("active.punishment") == 12
    assert t.value("active.coercion") == 0


def test_a_reviewers_bracketed_note_replaces_the_figure_it_annotates():
    t = tables("1. 行政处罚40件\n【应该是42件，以执法系统导出的为准】\n2. 行政强制3件\n【对】")
    assert t.value("active.punishment") == 42
    assert t.value("active.coercion") == 3


def test_a_bracketed_heading_corrects_nothing():
    t = tables("【主动公开】行政处罚40件，行政强制3件。\n【依申请】新收5件，都公开了。")
    assert t.value("active.punishment") == 40
    assert t.value(ap("new_received", 6)) == 5


def test_a_charge_for_a_service_sold_is_no_administrative_fee():
    t = tables("检测中心的检测费属于经营性收费，全年12万元；局里的行政事业性收费3.5万元。")
    assert t.value("active.fees") == 3.5
    alone = tables("档案馆复印服务收入按经营服务性收费管理，2.4万元。")
    assert alone.value("active.fees") is None


def test_an_administrative_fee_is_still_read():
    t = tables("本年收取行政事业性收费6.8万元，都是不动产登记费。")
    assert t.value("active.fees") == 6.8


def test_the_reply_a_complaint_is_about_is_no_count_of_replies():
    t = tables("今年收到4件，都公开了。复议1件：有个申请人对我局的一份答复决定不服，申请了复议，维持。")
    assert t.value(ap("total_processed", 6)) in (None, 4)  # not the one reply complained of
    assert t.value(rp("review", 4)) == 1


def test_replies_counted_before_their_result_still_count():
    t = tables("今年收到3件，3件答复都是予以公开。")
    assert t.value(ap("total_processed", 6)) == 3


def test_a_one_to_one_rule_of_the_ledger_counts_nothing():
    t = tables("每件申请对应一个收件编号，今年共收到7件，全部公开。")
    assert t.value(ap("new_received", 6)) == 7  # not 1 from "每件申请" (which clashed with it)


def test_figures_that_merely_follow_each_other_are_still_read():
    t = tables("收到3件，对应答复了3件，都公开了。")
    assert t.value(ap("new_received", 6)) == 3
    assert t.value(ap("total_processed", 6)) == 3


def test_a_bodys_own_office_and_its_unit_are_parts_to_add_up():
    t = tables("县林业局报数（含下属林业站）\n\n局机关：\n收到申请3件，都公开了。\n行政许可20件。\n\n"
               "林业站：\n收到申请1件，公开了。\n行政许可5件。\n\n两边都没有上年结转的申请，年底也都办完了。")
    assert t.value(ap("new_received", 6)) == 4
    assert t.value("active.licensing") == 25
    assert t.value(ap("carried_over", 6)) == 0


def test_one_office_alone_is_no_split():
    t = tables("局机关：\n收到申请3件，都公开了。行政许可20件。")
    assert t.value(ap("new_received", 6)) == 3
    assert t.value("active.licensing") == 20


def test_who_they_all_were_then_a_colon_and_their_results():
    t = tables("今年收到3件，均为企业：部分公开2件，另行制作1件。上年没有结转，年底都办完了。")
    assert t.value(ap("partially_granted", 6)) == 2
    assert t.value(ap("new_received", 1)) == 3


def test_a_figure_said_to_be_all_one_applicant_without_a_colon_still_is():
    t = tables("上年结转1件是合作社申请的。")
    assert t.value(ap("carried_over", 6)) == 1


def test_a_list_kept_by_applicant_does_not_carry_the_last_result_into_the_next_item():
    t = tables("按申请人说：\n1.赵某：3件，都公开了。\n2.某建筑公司：1件，不掌握。\n3.刘某：2件，1件公开，1件不掌握。")
    # '2.某建筑公司：1件' is the company's one filing, not one more 公开 (the result item 1 ended on).
    assert t.value(ap("granted", 1)) in (None, 0)
    assert t.value(ap("new_received", 1)) == 1
    assert t.value(ap("new_received", 0)) == 5  # each person's filings add up


def test_a_numbered_list_of_rows_still_carries_its_heading():
    t = tables("依申请：\n1.予以公开：5件\n2.不予公开：1件（第三方）")
    assert t.value(ap("granted", 6)) == 5


def test_cases_described_first_then_named_by_how_they_were_handled():
    t = tables("今年收到6件，4件公开了；有2件内容和他以前申请过的相同，按重复申请处理。")
    assert t.value(ap("rejected_duplicate", 6)) == 2
    assert t.value(ap("new_received", 6)) == 6


def test_applications_counted_as_applications_still_are():
    t = tables("今年一共收到申请6件，都公开了。")
    assert t.value(ap("new_received", 6)) == 6


def test_a_bare_carry_said_afterwards_to_be_last_years_is_carried_over():
    t = tables("今年收到4件。结转的1件是去年底一个企业申请的，今年1月答复了。")
    assert t.value(ap("carried_over", 6)) == 1
    assert t.value(ap("carried_forward", 6)) in (None, 0)


def test_a_bare_carry_said_to_be_this_years_is_carried_forward():
    t = tables("还有2件没办完，结转，都是今年12月下旬收的。")
    assert t.value(ap("carried_forward", 6)) == 2


def test_a_withdrawal_the_review_body_ended_is_a_review_outcome():
    t = tables("行政复议2件。\n1件维持；另1件申请人中途撤回，复议机构决定终止审查。")
    assert t.value(rp("review", 2)) == 1
    assert t.value(ap("other_other", 6)) in (None, 0)


def test_an_application_withdrawn_stays_table_threes():
    t = tables("行政复议1件，维持。依申请收到3件，公开2件，1件申请人自己撤回了。")
    assert t.value(ap("other_other", 6)) == 1
    assert t.value(rp("review", 2)) in (None, 0)


def test_a_note_under_a_line_rewrites_what_that_line_said():
    t = tables("2. 行政复议1件，结果维持。\n【应为2件：维持1件，另1件尚未审结】")
    assert t.value(rp("review", 4)) == 2
    assert t.value(rp("review", 0)) == 1
    assert t.value(rp("review", 3)) == 1


def test_a_note_that_agrees_changes_nothing():
    t = tables("2. 行政复议1件，结果维持。\n【对】")
    assert t.value(rp("review", 4)) == 1
    assert t.value(rp("review", 0)) == 1


_GRID = ("| 项目 | 自然人 | 商业企业 | 总计 |\n|---|---|---|---|\n| 本年新收 | 4 | 2 | 6 |\n| 上年结转 | 0 | 0 | 0 |\n"
         "| 予以公开 | 3 | 2 | 5 |\n| 本机关不掌握 | 1 | 0 | 1 |\n| 办结合计 | 4 | 2 | 6 |\n| 结转下年 | 0 | 0 | 0 |\n")


def test_a_grid_cell_corrected_takes_the_lines_total_with_it():
    t = tables(_GRID + "更正：企业的予以公开应为1件，企业的本机关不掌握应为1件。")
    assert t.value(ap("granted", 1)) == 1
    assert t.value(ap("granted", 6)) == 4  # worked out again, not the grid's 5
    assert t.value(ap("unavailable_not_held", 6)) == 2


def test_a_grid_cell_corrected_with_its_total_restated_keeps_both():
    t = tables(_GRID + "更正：企业的予以公开应为1件，予以公开总计应为4件，企业的本机关不掌握应为1件。")
    assert t.value(ap("granted", 1)) == 1
    assert t.value(ap("granted", 6)) == 4
    assert t.value(ap("granted", 0)) == 3


def test_rows_the_pasted_sheet_does_not_have_are_zero():
    t = tables("项目\t自然人\t合计\n新收\t3\t3\n上年结转\t0\t0\n予以公开\t2\t2\n无法提供-不掌握\t1\t1\n办结合计\t3\t3\n"
               "结转下年\t0\t0\n\n表中没有的行一律算0。")
    assert t.value(ap("withheld_third_party", 6)) == 0
    assert t.value(ap("rejected_duplicate", 0)) == 0


def test_no_sheet_words_no_rest_rows():
    t = tables("今年新收3件，2件公开，1件不掌握。去年没有的今年也没有。")
    assert t.value(ap("rejected_duplicate", 6)) is None


def test_what_was_typed_by_mistake_is_no_figure():
    from assistant.notes import read_messages
    said = read_messages(["新收5件，都公开了。律所那格显示出错，是因为我打成了“1件”。"]).statements
    assert [s.value for s in said if s.value == 1] == []  # the typed text is read as nothing


def test_a_figure_written_in_is_still_read():
    t = tables("行政许可我填了120件。")
    assert t.value("active.licensing") == 120


def test_none_left_from_last_year_in_other_words():
    t = tables("依申请：今年一件都没收到，上年也没剩下。")
    assert t.value(ap("carried_over", 6)) == 0
    assert t.value(ap("granted", 6)) == 0


def test_review_and_suit_written_together_with_a_zero():
    t = tables("复议诉讼：0")
    assert t.value(rp("review", 4)) == 0
    assert t.value(rp("litigation_direct", 4)) == 0


def test_review_and_suit_written_together_with_a_count_do_not_both_get_it():
    t = tables("复议诉讼：2")
    assert t.value(rp("review", 4)) is None
    assert t.value(rp("litigation_direct", 4)) is None  # not the suits' figure either
    apart = tables("复议1件，维持；诉讼2件，都是直接起诉，都维持。")
    assert apart.value(rp("litigation_direct", 4)) == 2


def test_a_case_described_then_what_we_do_not_hold():
    t = tables("今年收到4件，上年没有结转，年底都办完了。公开3件；有1件问的是外地的事，我们也没有这个信息。")
    assert t.value(ap("unavailable_not_held", 6)) == 1
    assert t.value(ap("granted", 6)) == 3


def test_a_case_described_then_something_else_we_did_names_no_row():
    t = tables("今年收到4件，公开了3件，有1件问的是外地的事，我们很快就答复了。")
    assert t.value(ap("granted", 6)) == 3
    assert t.value(ap("unavailable_not_held", 6)) is None


def test_documents_still_in_use_are_those_in_force():
    t = tables("规范性文件今年制发1件，仍在使用的共9件。")
    assert t.value("active.normative_documents.in_force") == 9
    none = tables("规范性文件今年没有发，也没有在用的。")
    assert none.value("active.normative_documents.in_force") == 0


def test_in_use_said_of_something_else_is_no_column():
    t = tables("行政许可在用的系统是省里统一的，今年办了30件。")
    assert t.value("active.licensing") == 30


def test_the_count_said_again_of_who_they_were():
    t = tables("上年结转2件，是两家企业申请的。")
    assert t.value(ap("carried_over", 1)) == 2
    assert t.value(ap("carried_over", 0)) == 0


def test_another_count_after_is_still_a_split():
    t = tables("上年结转3件是去年12月收的，2个个人1个企业。")
    assert t.value(ap("carried_over", 0)) == 2
    assert t.value(ap("carried_over", 1)) == 1
