"""Session 14: formats of notes the reader missed on the round-9 blind corpus: tally marks copied from a register,
an SMS cut by the carrier into numbered segments, written Cantonese words, an Excel pivot table, a register copied
with ditto marks, a case pointed at as received the year before, a survey tool's answer sheet, a label's unit in
brackets, rows of figures joined by slashes in a stated column order, reasons in own words, the semi-classical
register."""
from __future__ import annotations

from assistant.drafting import conflicts
from assistant.form.official import application_path as ap
from assistant.notes import cantonese, read_messages
from assistant.notes.formats import classical
from tests.conftest import notes_draft as drafted


# Tally marks (正 = 5 strokes) copied from a paper register
def test_tally_marks_are_counted_when_the_message_says_it_counts_that_way():
    t, draft = drafted("我们登记簿是画正字的：\n新收 自然人 正正下 ，公司 止\n答复：予以公开 正正 ；部分公开 一 ；"
                       "本机关不掌握 正一 ，都办完了，上年无结转\n行政处罚：正正正正正正正丅")
    assert t.value(ap("new_received", 0)) == 13 and t.value(ap("new_received", 1)) == 4
    assert t.value(ap("granted", 6)) == 10 and t.value(ap("partially_granted", 6)) == 1
    assert t.value(ap("unavailable_not_held", 6)) == 6
    assert t.value("active.punishment") == 37
    assert not conflicts(draft)


def test_the_tally_legend_is_no_figure():
    t, _ = drafted("按正字记（正＝5）。\n新收：自然人 正 \n予以公开 正")
    assert t.value(ap("new_received", 0)) == 5 and t.value(ap("granted", 6)) == 5


def test_zheng_in_ordinary_notes_is_no_tally():
    t, _ = drafted("新收申请 正常受理 3件，予以公开 下 周再报，都是自然人")
    assert t.value(ap("new_received", 6)) == 3
    assert t.value(ap("granted", 6)) is None


# A long SMS cut by the carrier into segments "(1/2)" "(2/2)", even inside a figure
def test_sms_segments_are_read_as_one_message():
    t, draft = drafted("(1/2)王科长您好，今年收到政府信息公开申请共2", "(2/2)3件，都是自然人，予以公开20件，部分公开3件。")
    assert t.value(ap("new_received", 0)) == 23 and t.value(ap("granted", 6)) == 20
    assert not conflicts(draft)


def test_segment_markers_at_the_end_of_each_message():
    t, _ = drafted("新收申请11件，均为自然人，予以公开1【1/2】", "0件，部分公开1件，上年无结转。【2/2】")
    assert t.value(ap("granted", 6)) == 10


def test_messages_numbered_by_the_official_are_not_joined():
    t, draft = drafted("1/2 今年新收申请5件，都是自然人", "2/2 予以公开3件")
    assert t.value(ap("new_received", 0)) == 5 and t.value(ap("granted", 6)) == 3


# Written Cantonese: the words of a street office's chat, one character for one
def test_cantonese_residents_things_not_held_withdrawn_and_moved_to_next_year():
    t, draft = drafted("我哋今年收咗5单，3单系街坊嘅，2单系公司嘅。2单已经公开咗；1单我哋冇嗰啲资料；1单佢撤咗；"
                       "仲有1单未搞掂，转落明年。旧年冇转落嚟嘅。")
    assert t.value(ap("new_received", 0)) == 3 and t.value(ap("new_received", 1)) == 2
    assert t.value(ap("unavailable_not_held", 6)) == 1
    assert t.value(ap("other_other", 6)) == 1
    assert t.value(ap("carried_forward", 6)) == 1 and t.value(ap("carried_over", 6)) == 0
    assert not conflicts(draft)


def test_cantonese_none_is_did_not_before_a_verb():
    t, _ = drafted("规范性文件今年冇发过，而家有效嘅得4份；许可冇，收费都冇。")
    assert t.value("active.normative_documents.issued") == 0
    assert t.value("active.normative_documents.in_force") == 4
    assert t.value("active.licensing") == 0 and t.value("active.fees") == 0


def test_mandarin_words_are_not_read_as_cantonese():
    text = "街坊反映的问题年尾转落实，没收费用"  # no Cantonese-only character: Mandarin, read as it stands
    assert cantonese(text) == text


def test_no_such_information_with_a_demonstrative():
    t, _ = drafted("新收2件，都是自然人，1件予以公开，另1件我们没那些资料。")
    assert t.value(ap("unavailable_not_held", 6)) == 1
    said = read_messages(["没那个信息公开的必要，予以公开2件"]).statements
    assert not any("applications.unavailable_not_held[6]" in s.cells for s in said)


# An Excel pivot table of the ledger (行标签 / (空白) / 总计), its empty cells left empty
PIVOT = ("计数项:登记号\t列标签\t\t\n"
         "行标签\t个人\t社会组织\t总计\n"
         "予以公开\t7\t1\t8\n"
         "不予处理-信访\t\t2\t2\n"
         "(空白)\t1\t\t1\n"
         "总计\t8\t3\t11\n"
         "注：(空白)那行是还在办理的。")


def test_a_pivot_tables_cells_stay_in_their_columns_and_its_total_is_no_new_figure():
    t, draft = drafted(PIVOT)
    assert t.value(ap("rejected_petition", 3)) == 2 and t.value(ap("rejected_petition", 0)) == 0
    assert t.value(ap("granted", 0)) == 7 and t.value(ap("granted", 3)) == 1
    assert t.value(ap("carried_forward", 0)) == 1
    assert t.value(ap("new_received", 6)) is None or t.value(ap("new_received", 6)) != 11
    assert not conflicts(draft)


def test_a_pivot_table_lists_every_result_that_occurs():
    t, _ = drafted(PIVOT)
    assert t.value(ap("partially_granted", 6)) == 0 and t.value(ap("unavailable_not_held", 6)) == 0
    assert t.value(ap("granted", 1)) == 0  # no company column: no company's case


def test_a_plain_sheet_lists_only_what_it_has():
    t, _ = drafted("项目\t个人\t社会组织\t总计\n予以公开\t7\t1\t8\n不予处理-信访\t\t2\t2\n总计\t7\t3\t10")
    assert t.value(ap("rejected_petition", 3)) == 2
    assert t.value(ap("partially_granted", 6)) is None  # not a pivot table: rows it does not have are unknown


# A register copied by hand, 〃 for "same as above"
def test_ditto_marks_repeat_the_cell_above():
    t, draft = drafted("登记簿（〃=同上）：\n序号  申请人    收件日期  办理结果\n1   村民      2月3日    予以公开\n"
                       "2   〃        3月9日    〃\n3   〃        5月20日   本机关不掌握\n4   合作社    8月1日    〃\n"
                       "5   〃        12月28日  在办\n一共5件，去年没有结转的。")
    assert t.value(ap("granted", 0)) == 2 and t.value(ap("unavailable_not_held", 0)) == 1
    assert t.value(ap("unavailable_not_held", 5)) == 1 and t.value(ap("carried_forward", 5)) == 1
    assert t.value(ap("carried_forward", 6)) == 1
    assert not conflicts(draft)


def test_a_ditto_mark_in_prose_is_no_register():
    t, _ = drafted("今年新收申请4件，都是自然人，〃予以公开4件。")
    assert t.value(ap("granted", 6)) == 4


# A case pointed at by the day it came in, the year before the report's
def test_a_case_received_in_december_of_last_year_is_carried_over():
    said = read_messages(["有2件个人的是2024年12月下旬收的，今年1月才答复。"], year=2025).statements
    assert [(sorted(s.cells), s.value) for s in said] == [(["applications.carried_over[0]"], 2.0)]


def test_last_years_yearly_count_is_no_carried_case():
    said = read_messages(["去年收到申请15件，今年收到20件。"], year=2025).statements
    assert not any(any("carried_over" in c for c in s.cells) for s in said)
    said = read_messages(["有1件是2025年12月收的，还在办。"], year=2025).statements
    assert not any(any("carried_over" in c for c in s.cells) for s in said)


# A survey tool's answer sheet: numbered questions, answer types in brackets, a submission line
SURVEY = ("答卷编号：12  提交答卷时间：2026/1/5 09:12:44  所用时间：300秒  来源IP：10.1.2.xx\n"
          "1. 本年新收政府信息公开申请数量（件）：[填空题] 6\n"
          "2. 上年结转申请数量（件）：[填空题] 0\n"
          "3. 予以公开（件）：[填空题] 5\n"
          "4. 部分公开（件）：[填空题] (跳过)\n"
          "5. 结转下年度继续办理（件）：[填空题] 1\n"
          "6. 是否被申请行政复议：[单选题] 否\n"
          "7. 本年行政处罚处理决定数量（件）：[填空题] 44")


def test_a_survey_answer_sheet_reads_as_its_questions_and_answers():
    t, draft = drafted(SURVEY)
    assert t.value(ap("new_received", 6)) == 6 and t.value(ap("carried_over", 6)) == 0
    assert t.value(ap("granted", 6)) == 5 and t.value(ap("carried_forward", 6)) == 1
    assert t.value("review_litigation.review[4]") == 0
    assert t.value("active.punishment") == 44
    assert not conflicts(draft)


def test_a_skipped_question_and_the_submission_data_are_no_figures():
    said = read_messages([SURVEY]).statements
    assert not any(s.value in (12, 300, 2026) for s in said)
    assert not any("applications.partially_granted[6]" in s.cells for s in said)


def test_a_label_with_its_unit_in_brackets():
    said = read_messages(["上年结转申请数量（件）：2"]).statements
    assert [(sorted(s.cells), s.value) for s in said] == [(["applications.carried_over[6]"], 2.0)]


# Rows typed as figures joined by slashes, the column order said in words
def test_slash_rows_in_the_stated_column_order():
    t, draft = drafted("顺序：个人/公司/科研/公益/律所/其他/总计，其他行都是0\n新收 5/1/0/0/0/1/7\n"
                       "予以公开 4/1/0/0/0/0/5\n不予处理-重复 1/0/0/0/0/1/2\n上年结转 0/0/0/0/0/0/0")
    assert t.value(ap("new_received", 5)) == 7 - 6 and t.value(ap("new_received", 6)) == 7
    assert t.value(ap("rejected_duplicate", 5)) == 1 and t.value(ap("granted", 1)) == 1
    assert t.value(ap("carried_forward", 6)) == 0
    assert not conflicts(draft)


def test_dates_with_slashes_are_no_slash_rows():
    t, _ = drafted("顺序：个人/公司/科研/公益/律所/其他/总计\n新收 2025/1/3\n今年新收申请3件，都是个人")
    assert t.value(ap("new_received", 6)) == 3


# Reasons in a clerk's own words, as a mind map's leaves give them
def test_reasons_in_own_words_under_their_group():
    t, draft = drafted("新收4件，都是自然人，都办完了，上年无结转。\n不公开 1\n  内部管理的事 1\n不处理 2\n"
                       "  拿份证明来让确认真伪 1\n  信访 1\n无法提供 1\n  补正后还是说不清要查什么 1")
    assert t.value(ap("withheld_internal_affairs", 6)) == 1
    assert t.value(ap("rejected_confirmation", 6)) == 1 and t.value(ap("rejected_petition", 6)) == 1
    assert t.value(ap("unavailable_unclear", 6)) == 1
    assert not conflicts(draft)


def test_internal_management_in_a_sentence_is_no_reason():
    t, _ = drafted("今年加强内部管理，新收3件，都是自然人，予以公开3件。")
    assert t.value(ap("withheld_internal_affairs", 6)) in (None, 0)


# The semi-classical register of an old hand
def test_the_semi_classical_register():
    t, draft = drafted("本局是岁受理申请五件，皆系自然人。五件之中，予以公开者三，部分公开者二。岁末亦无未结者，上年亦无结转。"
                       "表二一项：本局无许可、处罚之权。")
    assert t.value(ap("new_received", 0)) == 5 and t.value(ap("new_received", 1)) == 0
    assert t.value(ap("granted", 6)) == 3 and t.value(ap("partially_granted", 6)) == 2
    assert t.value(ap("carried_forward", 6)) == 0 and t.value(ap("carried_over", 6)) == 0
    assert t.value("active.licensing") == 0 and t.value("active.punishment") == 0
    assert not conflicts(draft)


def test_one_classical_word_is_no_register():
    text = "申请人皆为自然人，予以公开者三件。许可一项：12件"
    assert classical(text) == text
