"""Chat answers as officials type them (round 11, conversations): one test per reading rule, each with a
phrasing of its own and a near miss that must not trigger it. Values are read through the public API."""
from __future__ import annotations

from assistant.drafting import add_notes, conflicts, new_draft, tables_report
from assistant.form.official import application_path as ap
from assistant.settings import Settings
from tests.test_notes import row, tables as drafted_tables

OFFLINE = Settings(llm_model=None)


def tables(*messages: str):
    return drafted_tables(*messages, agency="青山县生态环境局")[0]


def chat(*messages: str):
    d = new_draft("青山县生态环境局", 2025)
    for m in messages:
        d, _ = add_notes(d, m, OFFLINE)
    return d, tables_report(d)


# --- a zero word that closes an aside ------------------------------------------------------------------------

def test_a_zero_word_closing_brackets_says_the_row_had_none():
    t = tables("本年新收申请7件（上年结转过来的没有），年底都办完了。")
    assert t.value(ap("new_received", 6)) == 7
    assert t.value(ap("carried_over", 6)) == 0


def test_last_years_none_in_brackets_is_no_zero_of_this_year():
    t = tables("行政复议3件（去年没有），都维持了。")
    assert t.value("review_litigation.review[4]") == 3


# --- "2个人": a count of natural persons ----------------------------------------------------------------------

def test_n_ge_ren_counts_natural_persons_and_a_bare_figure_glued_to_an_applicant_is_theirs():
    t = tables("新收5件，上年结转0件。结转下年4件，3个人 1公司。")
    assert t.value(ap("carried_forward", 0)) == 3
    assert t.value(ap("carried_forward", 1)) == 1
    assert t.value(ap("carried_forward", 6)) == 4


def test_staff_counted_in_persons_is_no_applicant_figure():
    t = tables("信息公开工作只有2个人负责，新收5件。")
    assert t.value(ap("new_received", 0)) is None
    assert t.value(ap("new_received", 6)) == 5


# --- the measures of 行政强制, environmental and charity organisations ---------------------------------------

def test_sealing_and_seizure_are_administrative_coercion():
    t = tables("许可 40件；处罚 12件；扣押车辆 5起。")
    assert t.value("active.coercion") == 5
    assert t.value("active.punishment") == 12


def test_an_application_about_a_seizure_is_no_coercion_figure():
    t = tables("新收6件，其中1件是要冻结账户的文书，已公开。处罚9件。")
    assert t.value("active.coercion") is None
    assert t.value(ap("new_received", 6)) == 6


def test_charity_and_environmental_groups_are_social_welfare_organisations():
    t = tables("新收9件：个人6，慈善组织2（一个助学会），律所1。")
    assert t.value(ap("new_received", 3)) == 2
    assert t.value(ap("new_received", 4)) == 1
    assert t.value(ap("new_received", 0)) == 6


# --- the third party consulted is not the applicant -----------------------------------------------------------

def test_a_company_whose_opinion_is_sought_is_not_who_applied():
    t = tables("新收10件，还有2件没办完（都在征询相关公司意见）。")
    assert t.value(ap("carried_forward", 6)) == 2
    assert t.value(ap("carried_forward", 1)) is None


def test_a_company_that_applied_stays_the_applicant():
    t = tables("新收10件，还有1件没办完（是一家公司申请的）。")
    assert t.value(ap("carried_forward", 1)) == 1


# --- numbered answers --------------------------------------------------------------------------------------

def test_inline_item_numbers_are_no_figures():
    t = tables("表二情况：1. 没有 2. 行政处罚有5件 3. 没有")
    assert t.value("active.punishment") == 5


def test_figures_after_item_numbers_bind_to_no_guessed_row():
    d, t = chat("今年依申请9件，上年结转2件，全部办结。", "1. 4件\n2. 5件")
    assert all(t.value(ap(k, 6)) not in (4, 5) for k in ("carried_over", "carried_forward", "new_received"))
    assert not conflicts(d)


def test_a_numbered_line_that_names_its_row_is_read():
    t = tables("1. 新收5件\n2. 上年结转1件")
    assert t.value(ap("new_received", 6)) == 5
    assert t.value(ap("carried_over", 6)) == 1


# --- a chat app's quote-reply ------------------------------------------------------------------------------

def test_a_quote_reply_answers_the_question_it_quotes_and_the_quote_is_not_read():
    d, t = chat("区医保局依申请：新收12件（个人9 企业3），上年结转2件，办结10件，结转下年4件。",
                "「年报助手：结转下年的4件分别来自哪类申请人？」\n- - - - - - - -\n3个人 1企业")
    assert t.value(ap("carried_forward", 0)) == 3
    assert t.value(ap("carried_forward", 1)) == 1
    assert "answer" in d.turns[-1].kinds and "quote" not in d.turns[-1].kinds
    assert not conflicts(d)


def test_a_quotation_in_brackets_without_the_dashed_line_is_read_as_written():
    d, t = chat("区医保局依申请：新收12件，上年结转2件。",
                "「处罚18件」这句是科长写的\n许可20件")
    assert t.value("active.punishment") == 18
    assert t.value("active.licensing") == 20


# --- ledger rows pasted over several messages ----------------------------------------------------------------

_ROW_LAST_YEAR = "2024-07 | 2024.12.30 | 周** | 个人 | 某小区规划许可 | 2025.01.10 | 予以公开 | 已办结"
_ROWS_THIS_YEAR = ("2025-01 | 02.11 | 吴** | 个人 | 道路改造方案 | 02.20 | 予以公开 | 已办结\n"
                   "2025-02 | 06.05 | 某物流公司 | 企业 | 罚款依据 | 06.18 | 予以公开 | 已办结\n"
                   "2025-03 | 12.28 | 郑** | 个人 | 公交线路 |  | 办理中 | 未办结")


def test_a_ledger_row_received_the_year_before_is_carried_over_in_the_reports_year():
    d, t = chat("县住建局依申请新收3件，上年结转1件。", _ROW_LAST_YEAR)
    assert t.value(ap("carried_over", 0)) == 1
    assert t.value(ap("new_received", 6)) == 3  # no correction of the year's count by one row
    assert not conflicts(d)


def test_ledger_rows_of_several_messages_add_up_and_rows_dated_without_a_year_are_read():
    d, t = chat("县住建局依申请新收3件，上年结转1件。", _ROW_LAST_YEAR, _ROWS_THIS_YEAR)
    assert t.value(ap("granted", 6)) == 3
    assert t.value(ap("granted", 0)) == 2
    assert t.value(ap("carried_forward", 0)) == 1
    assert not conflicts(d)


def test_the_same_ledger_row_pasted_twice_is_counted_once():
    d, t = chat("县住建局依申请新收3件，上年结转1件。", _ROW_LAST_YEAR, _ROW_LAST_YEAR)
    assert t.value(ap("carried_over", 0)) == 1
    assert t.value(ap("granted", 0)) == 1
    assert not conflicts(d)


def test_figures_with_dots_in_a_sentence_are_no_ledger_dates():
    t = tables("公开 2 | 部分公开 1 | 不掌握 1 | 新收 4")
    assert t.value(ap("granted", 6)) == 2


# --- whose information, not who applied -----------------------------------------------------------------

def test_companies_whose_documents_were_withheld_are_no_applicant():
    d, t = chat("省局依申请：新收20件（个人12 企业8），上年结转0，办结20件：公开12，不予公开8。",
                "不予公开的8件：第三方权益6（都是企业的经营数据），过程性2")
    assert t.value(ap("withheld_third_party", 6)) == 6
    assert t.value(ap("withheld_third_party", 1)) is None


# --- bare figures in the question's order --------------------------------------------------------------------

def test_bare_figures_answer_the_items_of_the_question_in_order():
    d, t = chat("今年收到依申请9件，上年结转0件，年底没有在办的。", "5，1，0，3，0，0")
    assert t.value(ap("granted", 6)) == 5
    assert t.value(ap("partially_granted", 6)) == 1
    assert t.value(ap("unavailable_not_held", 6)) is None  # the group's 3 is known, not its reasons
    assert t.value(ap("other_other", 6)) == 0
    assert not conflicts(d)


def test_bare_figures_of_another_count_than_the_items_asked_are_not_placed():
    d, t = chat("今年收到依申请9件，上年结转0件，年底没有在办的。", "0，0，3")
    assert t.value(ap("granted", 6)) is None
    assert t.value(ap("partially_granted", 6)) is None
    assert not conflicts(d)


# --- a breakdown by applicant that moves on to the next applicant --------------------------------------------

def test_the_next_applicants_count_after_a_breakdown_is_theirs_and_their_cases_follow():
    t = tables("新收10件。按申请人：公司的6件（含上年结转1件）：公开4、不掌握2；协会2件，一件公开一件部分公开；其余是个人的。")
    assert t.value(ap("granted", 3)) == 1
    assert t.value(ap("partially_granted", 3)) == 1
    assert t.value(ap("unavailable_not_held", 3)) in (None, 0)


def test_an_applicant_in_brackets_saying_who_the_counted_ones_were_keeps_the_split():
    t = tables("新收10件：个人4件，社会公益组织6件（均为慈善组织）。")
    assert t.value(ap("new_received", 0)) == 4
    assert t.value(ap("new_received", 3)) == 6


# --- answers numbered as the question listed its items ----------------------------------------------------

def test_numbered_answers_follow_the_order_the_results_were_asked_in():
    d, t = chat("今年收到依申请10件，上年结转0件，年底没有在办的。",
                "1. 5\n2. 1\n3.这个还得问问\n4. 3，都是不掌握的\n5. 0\n6. 1")
    assert t.value(ap("granted", 6)) == 5
    assert t.value(ap("partially_granted", 6)) == 1
    assert t.value(ap("unavailable_not_held", 6)) == 3
    assert t.value(ap("unavailable_unclear", 6)) == 0
    assert t.value(ap("rejected_duplicate", 6)) == 0
    assert not conflicts(d)


def test_numbered_answers_to_a_question_about_one_count_are_not_placed():
    d, t = chat("今年依申请9件，上年结转2件。", "1. 4\n2. 5\n3. 2")
    assert t.value(ap("carried_forward", 6)) is None
    assert not conflicts(d)


def test_more_data_words_for_information_that_must_be_made_anew():
    t = tables("办结6件：公开4件，没有现成数据需另外加工的2件。")
    assert t.value(ap("unavailable_needs_creation", 6)) == 2


def test_no_ready_made_template_is_no_reason_of_table_three():
    t = tables("新收5件，都公开了，没有现成的答复模板，是现写的。")
    assert t.value(ap("unavailable_needs_creation", 6)) in (None, 0)


# --- brackets at the end of a sentence close there -------------------------------------------------------------

def test_brackets_ending_a_sentence_do_not_hold_over_the_next_ones_other():
    t = tables("今年新收20件（去年同期17件）。办结20件：公开15件，其他处理：逾期不补正2、其他3。")
    assert t.value(ap("other_other", 6)) == 3
    assert t.value(ap("other_no_correction", 6)) == 2


def test_other_inside_brackets_after_an_applicant_list_stays_the_applicant_column():
    t = tables("新收12件（个人9件、企业2件、其他1件）。")
    assert t.value(ap("new_received", 5)) == 1


# --- a figure doubted aloud, looked up and said again ----------------------------------------------------------

def test_a_doubted_figure_looked_up_is_replaced_by_the_one_said_after():
    d, t = chat("区水务局依申请新收6件，办结6件。", "许可 取水那些 88件；强制 1,204件？我查一下……应该是1,024件；处罚 12件")
    assert t.value("active.coercion") == 1024
    assert t.value("active.licensing") == 88
    assert t.value("active.punishment") == 12
    assert not conflicts(d)


def test_a_question_about_a_figure_stays_a_question():
    d, t = chat("区水务局依申请新收6件，办结6件。", "强制 12件？")
    assert "question" in d.turns[-1].kinds
    assert t.value("active.coercion") is None


# --- cases found to have been received the year before --------------------------------------------------------

def test_cases_received_the_year_before_move_to_carried_over():
    d, t = chat("区民政局依申请：新收 个人6件 社会组织2件，上年结转0。",
                "刚翻了登记簿，个人那6件里有2件是去年12月下旬来的，应该算上年结转吧？")
    assert t.value(ap("carried_over", 0)) == 2
    assert t.value(ap("carried_over", 6)) == 2
    assert t.value(ap("new_received", 0)) == 4
    assert t.value(ap("new_received", 6)) == 6
    assert not conflicts(d)


def test_a_case_received_the_year_before_and_counted_there_already_moves_nothing():
    d, t = chat("区民政局依申请：新收 个人6件 社会组织2件，上年结转1件。",
                "上年结转那件是去年12月下旬来的，个人申请。")
    assert t.value(ap("carried_over", 6)) == 1
    assert t.value(ap("new_received", 0)) == 6


# --- a question quoted back with its blanks filled in -----------------------------------------------------------

def test_a_blank_left_empty_in_a_filled_in_question_takes_no_figure_of_the_next():
    t = tables("行政许可（   ）、行政处罚（7）、行政强制（2）、行政事业性收费（0）")
    assert t.value("active.licensing") is None
    assert t.value("active.punishment") == 7
    assert t.value("active.coercion") == 2


def test_heads_listed_before_one_figure_still_share_it():
    t = tables("行政许可、行政处罚、行政强制均为0。")
    assert t.value("active.licensing") == 0
    assert t.value("active.coercion") == 0


# --- the assistant's proposal accepted in words ---------------------------------------------------------------

def test_accepting_the_assistants_proposal_in_words_is_a_yes():
    d, t = chat("新收4件，都是个人。上年结转2件，年底没有在办的，6件都公开了。", "那就照您说的填吧")
    assert t.value(ap("carried_over", 0)) == 2
    assert "answer" in d.turns[-1].kinds


def test_saying_the_assistant_was_wrong_is_no_yes():
    d, t = chat("新收4件，都是个人。上年结转2件，年底没有在办的，6件都公开了。", "不是按你说的，有1件是企业的")
    assert t.value(ap("carried_over", 0)) != 2


# --- "see the table" ------------------------------------------------------------------------------------------

def test_an_answer_pointing_at_a_table_is_an_answer_with_nothing_read():
    d, t = chat("新收10件，上年结转2件，办结11件：公开8件，不掌握3件。", "见附表")
    assert d.turns[-1].kinds == ["answer"]
    assert t.value(ap("new_received", 0)) is None


def test_a_sentence_about_the_tables_figures_is_still_read():
    d, t = chat("新收10件，上年结转2件，办结11件：公开8件，不掌握3件。", "表上的数跟去年不一样，处罚今年是12件")
    assert t.value("active.punishment") == 12


def test_none_in_a_templates_brackets_is_zero():
    t = tables("新收3件，上年结转0件。行政复议（无）、行政诉讼（没有）")
    assert t.value("review_litigation.review[4]") == 0
    assert t.value("review_litigation.litigation_direct[4]") == 0
    assert t.value("review_litigation.litigation_after_review[4]") == 0


def test_none_in_brackets_after_a_figure_leaves_the_figure():
    t = tables("行政处罚12件（无）")
    assert t.value("active.punishment") == 12


def test_no_applications_of_one_kind_is_that_column_not_the_row():
    t = tables("新收6件，没有科研机构的申请，个人4件，企业2件。")
    assert t.value(ap("new_received", 6)) == 6
    assert t.value(ap("new_received", 2)) == 0


def test_an_aside_after_a_zero_word_ends_its_clause():
    t = tables("许可30件，收费 本级没有（代收的是市里的）")
    assert t.value("active.fees") == 0
    assert t.value("active.licensing") == 30


def test_a_zero_word_inside_a_longer_sentence_before_brackets_stays_unread():
    t = tables("许可30件，没有（详见附件二）提到的那些收费项目我们不收，处罚2件")
    assert t.value("active.licensing") == 30
    assert t.value("active.punishment") == 2


def test_a_review_body_that_has_not_decided_yet_is_pending():
    t = tables("行政复议3件：维持1件，纠正1件，另1件市政府还没有决定。")
    assert t.value("review_litigation.review[3]") == 1


def test_an_application_not_yet_decided_is_no_review_outcome():
    t = tables("新收5件，还有1件还没决定怎么答复。复议0件。")
    assert t.value("review_litigation.review[3]") == 0


# --- document columns from a body that cannot make 规章 ---------------------------------------------------------

def _ask_table_two(agency: str):
    d = new_draft(agency, 2025)
    for m in ("依申请新收3件，上年结转0件，年底没有在办的，3件都公开了，都是个人。复议诉讼都没有。",
              "新发3 废止2 现行有效15"):
        d, _ = add_notes(d, m, OFFLINE)
    return d, tables_report(d)


def test_document_columns_of_a_local_department_are_its_normative_documents():
    d, t = _ask_table_two("青山县医疗保障局")
    assert t.value("active.normative_documents.issued") == 3
    assert t.value("active.normative_documents.in_force") == 15
    assert t.value("active.regulations.issued") is None


def test_document_columns_of_a_provincial_government_stay_unplaced():
    d, t = _ask_table_two("某某省人民政府")
    assert t.value("active.normative_documents.issued") is None
    assert t.value("active.regulations.issued") is None


# --- the assistant's question pasted back with its blanks filled in -----------------------------------------

def test_a_question_pasted_back_with_figures_filled_in_is_no_question():
    d, t = chat("社区今年依申请5件，都是居民，都答复了，去年没有剩下的。",
                "5件的办理结果分别是？（予以公开 3 /部分公开 1 /不予公开 0 /无法提供 1 /不予处理 0 /其他处理 0）")
    assert "question" not in d.turns[-1].kinds
    assert t.value(ap("granted", 6)) == 3
    assert t.value(ap("partially_granted", 6)) == 1


def test_a_question_with_one_figure_aside_stays_a_question():
    d, t = chat("社区今年依申请5件。", "撤回的算哪一类？（我们有1件）")
    assert "question" in d.turns[-1].kinds


# --- a case pointed at by the reason it was put under, moved to another -----------------------------------------

def test_the_case_pointed_at_moves_to_the_reason_named():
    d, t = chat("市局依申请：新收15件，上年结转0，办结15件：公开9，不予公开6（第三方3、过程性2、行政查询事项1）。",
                "刚想起来，查询事项那件实际上应该算第三方")
    assert t.value(ap("withheld_query_matter", 6)) == 0
    assert t.value(ap("withheld_third_party", 6)) == 4
    assert not conflicts(d)


def test_the_cases_pointed_at_with_their_count_move_by_that_count():
    d, t = chat("市局依申请：新收15件，上年结转0，办结15件：公开9，不予公开6（第三方3、过程性2、行政查询事项1）。",
                "第三方那2件应该归到过程性信息")
    assert t.value(ap("withheld_third_party", 6)) == 1
    assert t.value(ap("withheld_process_info", 6)) == 4
    assert not conflicts(d)


def test_a_case_pointed_at_without_a_new_reason_moves_nothing():
    d, t = chat("市局依申请：新收15件，上年结转0，办结15件：公开9，不予公开6（第三方3、过程性2、行政查询事项1）。",
                "查询事项那件是个人申请的")
    assert t.value(ap("withheld_query_matter", 6)) == 1
    assert t.value(ap("withheld_third_party", 6)) == 3


def test_a_doubted_figure_left_in_doubt_stays_unread():
    d, t = chat("区水务局依申请新收6件，办结6件。", "强制 12件？我查一下再告诉你。处罚3件")
    assert t.value("active.coercion") is None
    assert t.value("active.punishment") == 3
