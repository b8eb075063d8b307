"""Short natural replies to the assistant's own questions (round 9, conversations): one test per class of
answer, each with a phrasing of its own and a near miss that must not be read that way. The question the
assistant asks is checked first, so each answer is read against the question it really answers."""
from __future__ import annotations

from functools import partial

from assistant.drafting import add_notes, new_draft, tables_report
from assistant.drafting.view import open_questions
from assistant.form.official import application_path as ap, review_path as rp
from assistant.settings import Settings
from tests.conftest import notes_tables
from tests.test_notes import row

OFFLINE = Settings(llm_model=None)


notes = partial(notes_tables, agency="青山县林业局")


def asked(*messages: str, agency: str = "青山县林业局", level: str | None = None):
    """The draft after the messages, and the question the assistant asks next."""
    d = new_draft(agency, 2025, level)
    for m in messages:
        d, _ = add_notes(d, m, OFFLINE)
    return d, open_questions(d)[0].text


def answer(d, text: str):
    d, _ = add_notes(d, text, OFFLINE)
    return tables_report(d)


# --- "5个个人，1个是企业": a count with 个 glued to who applied ---------------------------------------------

FIRST = "今年依申请共收到7件，去年没有结转，年底全部办结。公开4件，不掌握3件。"


def test_a_count_glued_to_an_applicant_answers_who_applied():
    d, q = asked(FIRST)
    assert "本年新收" in q and "哪类申请人" in q
    t = answer(d, "6个个人，1个是公司")
    assert row(t, "new_received") == [6, 1, 0, 0, 0, 0, 7]  # never "本年新收 由 7 改为 6"


def test_a_count_set_off_by_a_comma_is_still_the_rows_figure():
    t = notes("问：本年新收多少件？\n答：8个，个人的多")
    assert t.value(ap("new_received", 6)) == 8
    assert t.value(ap("new_received", 0)) is None


# --- "两个都没有": the things asked, counted, each none ---------------------------------------------------------

def test_both_none_is_no_figure_two():
    t = notes("行政复议、行政诉讼两个都没有。")
    assert t.value(rp("review", 4)) == 0
    assert t.value(rp("litigation_direct", 4)) == 0


def test_a_count_before_a_comma_and_a_none_is_still_a_count():
    t = notes("行政复议两个，都没有纠正。")
    assert t.value(rp("review", 4)) == 2


def test_both_none_answers_the_waiting_question_about_two_things():
    d, q = asked("今年依申请共收到3件，都公开了，上年没有结转，年底也都办完了，都是个人申请的。",
                 "规范性文件发了1件，没废止，现行有效5件。许可没有，处罚4件，强制没有，不收费。",
                 agency="青山镇人民政府", level="乡镇")
    assert q.startswith("表二还缺：规章")  # one thing shown; 复议 and 诉讼 still wait
    t = answer(d, "俩都没有")
    assert t.value(rp("review", 4)) == 0 and t.value(rp("litigation_after_review", 4)) == 0
    assert t.value("active.regulations.issued") is None


def test_a_plain_none_answers_the_question_shown():
    d, q = asked("今年依申请共收到3件，都公开了，上年没有结转，年底也都办完了，都是个人申请的。",
                 "规范性文件发了1件，没废止，现行有效5件。许可没有，处罚4件，强制没有，不收费。",
                 agency="青山镇人民政府", level="乡镇")
    assert q.startswith("表二还缺：规章")
    t = answer(d, "没有")
    assert t.value("active.regulations.in_force") == 0
    assert t.value(rp("review", 4)) is None


# --- "上年没有，年底也没有": the carried rows by their time words ---------------------------------------------

def test_last_years_none_beside_the_year_ends_is_the_carried_pair():
    t = notes("依申请收到4件，去年的没有，年末也没有。")
    assert t.value(ap("carried_over", 6)) == 0
    assert t.value(ap("carried_forward", 6)) == 0


def test_last_years_none_said_of_reviews_is_no_carried_figure():
    t = notes("依申请收到4件。行政复议去年没有，今年1件。")
    assert t.value(rp("review", 4)) == 1
    assert t.value(ap("carried_over", 6)) is None


# --- "公司那件是公开的": an applicant's case pointed at, and what became of it ---------------------------------

SPLIT = "收到3件，2个个人1个企业，上年没有结转，年底都办完了。予以公开2件，不掌握1件。"


def test_an_applicants_case_pointed_at_tells_its_result_not_the_whole_row():
    d, q = asked(SPLIT)
    assert "予以公开" in q and "哪类申请人" in q
    t = answer(d, "企业那件是公开的")
    assert row(t, "granted") == [1, 1, 0, 0, 0, 0, 2]
    assert row(t, "unavailable_not_held") == [1, 0, 0, 0, 0, 0, 1]


def test_one_kind_said_of_all_the_rows_cases_is_still_all_of_them():
    d, q = asked(SPLIT)
    assert "予以公开" in q
    t = answer(d, "都是个人")
    assert row(t, "granted") == [2, 0, 0, 0, 0, 0, 2]


# --- "一个驳回", "一个律师事务所": 一个 opening a clause is a count --------------------------------------------

def test_one_opening_a_clause_before_an_outcome_is_a_count():
    t = notes("直接起诉2件，一个驳回了，一个还在审。")
    assert t.value(rp("litigation_direct", 0)) == 1
    assert t.value(rp("litigation_direct", 3)) == 1


def test_one_opening_a_clause_before_an_applicant_is_that_applicants_case():
    t = notes("新收3件，两个群众，一个律所。")
    assert row(t, "new_received")[:5] == [2, 0, 0, 0, 1]


def test_one_after_is_stays_an_article():
    t = notes("新收3件，是一个合作社申请的，都公开了。")
    assert t.value(ap("new_received", 6)) == 3
    assert 1 not in row(t, "new_received")  # one cooperative, not one application


def test_one_applicant_with_its_own_count_gives_that_count():
    t = notes("新收4件，一个企业申请了2件。")
    assert t.value(ap("new_received", 1)) == 2


# --- 补正后还是说不清: the form's reason in officials' words -----------------------------------------------------

def test_still_unclear_after_correction_in_plain_words():
    t = notes("收到2件，1件公开，1件补正后还是不明确，按无法提供答复。")
    assert t.value(ap("unavailable_unclear", 6)) == 1


def test_a_result_still_unclear_is_no_reason_of_table_three():
    t = notes("复议1件，结果还不明确。")
    assert t.value(ap("unavailable_unclear", 6)) is None


def test_both_none_to_the_carried_question_is_both_carried_rows():
    d, q = asked("今年依申请4件，公开3件，不掌握1件，年底都办完了，都是个人申请的。")
    assert q.startswith("上年结转")
    t = answer(d, "两个都没有")
    assert t.value(ap("carried_over", 6)) == 0
    assert t.value(rp("review", 4)) is None


# --- "上年还有1件转过来": last year's cases by the year and the verb ------------------------------------------

def test_a_count_between_last_year_and_taken_over_is_carried_over():
    t = notes("今年收到5件，上年还有2件转过来，全部办完了。")
    assert t.value(ap("carried_over", 6)) == 2
    assert t.value(ap("new_received", 6)) == 5


def test_last_years_count_without_the_verb_stays_last_years():
    t = notes("今年收到5件，上年有2件。")
    assert t.value(ap("carried_over", 6)) is None


# --- "在办那件是个人", "公司那件不掌握": one case pointed at in an answer -------------------------------------

def test_the_case_still_open_pointed_at_gives_its_applicant():
    d, q = asked("今年收到依申请6件，办结5件。公开3件，部分公开1件，不掌握1件。去年没有结转过来的。")
    assert "本年新收" in q and "哪类申请人" in q
    t = answer(d, "5件个人，1件企业。没办完那件是企业的。")
    assert row(t, "carried_forward") == [0, 1, 0, 0, 0, 0, 1]


def test_an_answer_naming_its_own_result_for_an_applicants_case():
    d, q = asked(SPLIT)
    assert "予以公开" in q
    t = answer(d, "企业那件不掌握")
    assert row(t, "unavailable_not_held") == [0, 1, 0, 0, 0, 0, 1]
    assert row(t, "granted") == [2, 0, 0, 0, 0, 0, 2]


# --- "一共3个申请人": people, not applications ------------------------------------------------------------------

def test_applicants_counted_as_people_are_no_count_of_applications():
    t = notes("今年一共4个申请人，没有结转。")
    assert t.value(ap("new_received", 6)) is None


def test_applications_counted_stay_a_count():
    t = notes("今年一共4个申请，没有结转。")
    assert t.value(ap("new_received", 6)) == 4


# --- written Cantonese: 搞掂, 冇呢个资料 -----------------------------------------------------------------------

def test_cantonese_done_and_not_held():
    t = notes("今年收咗3单，全部都搞掂咗。2单公开咗，1单我哋冇呢个资料。")
    assert t.value(ap("unavailable_not_held", 6)) == 1
    assert t.value(ap("carried_forward", 6)) == 0


def test_a_mandarin_ne_is_no_cantonese_this():
    t = notes("表二呢，许可3件。")
    assert t.value("active.licensing") == 3
