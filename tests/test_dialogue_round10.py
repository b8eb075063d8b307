"""Round 10, conversations: an official's short answers read against the assistant's OWN next question, and the
notes phrasings those conversations showed. One test per class, each with a phrasing of its own and a near miss
that must not be read so."""
from __future__ import annotations

from assistant.drafting import add_notes, conflicts, new_draft, tables_report
from assistant.drafting.view import open_questions
from assistant.form.official import application_path as ap
from assistant.notes import read_messages
from assistant.settings import Settings
from tests.test_notes import row

OFFLINE = Settings(llm_model=None)


def said(*messages: str) -> dict[str, float]:
    """The single-cell statements read from the messages (the last one's wins)."""
    return {s.terms[0][1]: s.value for s in read_messages(list(messages)).statements if len(s.terms) == 1}


def talk(*messages: str, agency: str = "青山县自然资源局"):
    d = new_draft(agency, 2025)
    for m in messages:
        d, _ = add_notes(d, m, OFFLINE)
    return d


# --- "三个处室分别报的": a count of offices is no count of applications -------------------------------------

def test_a_count_of_offices_is_not_the_applications():
    assert ap("new_received", 6) not in said("依申请是两个业务处分别统计的，我汇总一下")


def test_a_count_of_applications_with_ge_is_still_read():
    assert said("依申请3个，都是个人")[ap("new_received", 6)] == 3


# --- "4个个人1个律所": each figure followed by the kind it counts ------------------------------------------------

def test_figures_each_followed_by_their_kind():
    got = said("本年新收的5个个人2个企业")
    assert got[ap("new_received", 0)] == 5 and got[ap("new_received", 1)] == 2
    assert ap("new_received", 6) not in got  # never "本年新收 5"


def test_kinds_before_their_figures_keep_the_total():
    got = said("本年新收7件个人5件企业2件")
    assert got[ap("new_received", 6)] == 7
    assert got[ap("new_received", 0)] == 5 and got[ap("new_received", 1)] == 2


# --- "你自己算一下": parts of one figure, left to the assistant to add -----------------------------------------

def test_parts_left_to_add_are_summed():
    assert said("许可一科40件，二科18件，你帮我加一下")["active.licensing"] == 58


def test_a_figure_said_twice_with_look_at_it_is_no_sum():
    s = [x for x in read_messages(["处罚13件，又说是15件，你自己看一下"]).statements if x.cells == {"active.punishment"}]
    assert 28 not in [x.value for x in s]


# --- "要我们做统计表的": information the body would have to make -------------------------------------------------

def test_asked_to_make_a_table_is_needs_creation():
    assert said("无法提供2件：不掌握1件，另1件是让我们整理名单的")[ap("unavailable_needs_creation", 6)] == 1


def test_told_to_do_the_work_well_is_no_reason():
    assert ap("unavailable_needs_creation", 6) not in said("上级要我们做好公开工作，全年公开信息30条")


# --- "去年12月底有1件是今年1月答复的": applied for last year, answered this year -----------------------------------

def test_last_years_case_answered_this_year_is_carried_over():
    got = said("今年没有新收的。去年年底收到2件，今年才办结")
    assert got[ap("carried_over", 6)] == 2


def test_a_month_of_last_year_and_new_cases_is_no_carry_over():
    got = said("去年12月有3件，今年1月新收2件")
    assert ap("carried_over", 6) not in got and 12 not in got.values()


# --- "结转的是个人，没办完的同上" / "结转那件也是个人": the carried rows' one case each -------------------------------

def test_carried_rows_pointed_at_and_same_as_above():
    d = talk("今年依申请收了8件，上年转来1件，年底1件没办完", "结转的是企业，没办完的同上")
    t = tables_report(d)
    assert t.value(ap("carried_over", 1)) == 1 and t.value(ap("carried_forward", 1)) == 1


def test_a_bare_carried_word_is_not_read_when_both_rows_had_one():
    got = read_messages(["依申请新收5件，上年结转1件，结转下年1件。", "结转那件是企业的"]).statements
    assert not [s for s in got if s.message == 1]  # which of the two: unknown, left open


def test_that_one_carried_case_is_also_a_person():
    got = read_messages(["依申请新收3件，上年结转1件，全部办结。", "新收的都是个人。结转那件也是个人"]).statements
    assert any(s.cells == {ap("carried_over", 1)} and s.value == 0 for s in got if s.message == 1)


# --- "甲科和乙科的都是企业申请的": the offices' parts of one kind -------------------------------------------------

PARTS = "依申请是三个科室分别报的，你帮我加一下：\n规划科：收到3件，公开3件\n测绘科：收到5件，公开5件\n执法大队：收到1件，公开1件"


def test_named_parts_all_of_one_kind_are_their_sum():
    got = read_messages([PARTS, "规划科和测绘科的都是企业申请的，执法大队的1件是个人"]).statements
    mine = {s.terms[0][1]: s.value for s in got if s.message == 1 and len(s.terms) == 1}
    assert mine[ap("new_received", 1)] == 8 and mine[ap("new_received", 0)] == 1
    assert not conflicts(talk(PARTS, "规划科和测绘科的都是企业申请的，执法大队的1件是个人"))


def test_all_of_one_kind_without_parts_is_the_whole_row():
    got = read_messages(["依申请收到9件，公开9件", "都是企业申请的"]).statements
    assert not [s for s in got if s.message == 1 and "科" in s.label]


# --- a bare kind the tables cannot hold ---------------------------------------------------------------------

NOTES = "依申请新收6件（个人5件，企业1件），没有上年结转，办结5件：公开3件，不掌握2件，年底在办1件"


def test_a_bare_kind_that_fits_the_question_shown_is_read():
    d = talk(NOTES)
    q = open_questions(d)[0].text
    assert "予以公开" in q and "3 件" in q
    t = tables_report(talk(NOTES, "都是个人"))
    assert row(t, "granted") == [3, 0, 0, 0, 0, 0, 3]


def test_a_bare_kind_the_tables_cannot_hold_is_left_open():
    d = talk("依申请新收5件（个人4件，企业1件），没有上年结转，全部办结：公开3件，不掌握2件")
    assert "不掌握" in open_questions(d)[0].text or "予以公开" in open_questions(d)[0].text
    d = talk("依申请新收5件（个人4件，企业1件），没有上年结转，全部办结：公开3件，不掌握2件", "企业")
    assert not conflicts(d)
    t = tables_report(d)
    assert t.value(ap("granted", 1)) is None or t.value(ap("granted", 1)) <= 1
    assert t.value(ap("unavailable_not_held", 1)) is None or t.value(ap("unavailable_not_held", 1)) <= 1
