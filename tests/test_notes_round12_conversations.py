"""Round 12, conversations: answers with thanks, people counted as they came, cases pointed at by what they
asked, a handler's share of the cases a line, figures told again as a change (phrasings of our own, with
negatives)."""
from __future__ import annotations

from assistant.drafting import add_notes, new_draft
from assistant.form.official import application_path as ap
from assistant.settings import Settings
from tests.conftest import notes_draft, notes_tables, readings, said

OFFLINE = Settings(llm_model=None)


def test_an_answer_followed_by_thanks_is_still_the_answer():
    d, _ = add_notes(new_draft("商南县水利局", 2024), "今年依申请公开一共收到5件，都已经答复了，4件公开，1件不掌握。", OFFLINE)
    d, reply = add_notes(d, "都没有，谢谢", OFFLINE)  # to "上年结转过来的申请有几件？"
    assert "上年结转 0" in reply
    d, _ = add_notes(new_draft("商南县水利局", 2024), "今年依申请公开一共收到5件，都已经答复了，4件公开，1件不掌握。", OFFLINE)
    d, reply = add_notes(d, "谢谢", OFFLINE)  # thanks alone answers nothing
    assert "上年结转 0" not in reply


def test_people_who_came_to_apply_are_natural_persons_one_case_each():
    got = readings("我们乡今年只有两个人来申请过信息公开，一个问低保的，一个问修路占地补偿的。")
    assert got[ap("new_received", 0)] == {2}
    assert not readings("今年依申请是我和小陈、老周三个人分着办的。")  # the staff, not the applicants
    assert ap("new_received", 0) not in readings("有两个人申请，共3件。")  # the cases are counted there


def test_last_year_none_said_of_the_applications():
    t = notes_tables("只有两个人来申请过信息公开。", "去年没有。都答完了")
    assert t.value(ap("carried_over", 6)) == 0 and t.value(ap("carried_forward", 6)) == 0
    assert not readings("去年没有。")  # nothing of the applications said: no row to put it in


def test_cases_pointed_at_by_what_they_asked_for():
    got = readings("只有两个人来申请过信息公开。低保那个给他看了名单，公开了。占地那个是县里征收办管的，我们乡里没有，告诉他去县里问了")
    assert got[ap("granted", 6)] == {1} and got[ap("unavailable_not_held", 6)] == {1}
    # "它那件" points at the company just named: its case, in its column (the year's 8 stand).
    t = notes_tables("今年收到申请11件，上年结转0，都办完了。其中8件公开了，还有3件申请人自己撤回了。",
                     "个人10个，还有1个是劳务派遣公司，它那件是公开了的")
    assert t.value(ap("granted", 6)) == 8 and t.value(ap("granted", 1)) == 1


def test_each_handlers_cases_a_line_are_added_up():
    text = ("我各自报一下，你帮我合起来：\n小陈 18件：公开9，部分公开3，不掌握5，重复申请1\n"
            "老周 15件：公开6，部分公开2，不予公开2（过程性信息），需另行制作1，不掌握4\n"
            "我 17件：公开8，部分公开1，不掌握5，信访类2，逾期不补正1")
    t, d = notes_draft("新收一共52件，上年结转4件，年底还有6件在办。", text)
    assert [t.value(ap(r, 6)) for r in ("granted", "partially_granted", "unavailable_not_held")] == [23, 6, 14]
    d, reply = add_notes(new_draft("某区规划资源局", 2025), text, OFFLINE)
    assert "已按3位经办人合计" in reply


def test_a_count_then_its_applicant_is_that_applicants_count():
    got = said("新收的19件个人，3件企业（民营医院），1件律所")
    assert got[ap("new_received", 0)] == 19 and ap("new_received", 6) not in got


def test_a_figure_told_as_a_change_of_the_one_before():
    got = said("依申请：新收27件，上年结转1件，办结26件，年底2件在办。公开15，部分公开2，不予公开1，无法提供6，不予处理2。",
               "刚才依申请的数对了一下台账，有出入：公开要加1件，无法提供减1件。")
    assert got[ap("granted", 6)] == 16
    t = notes_tables("规范性文件发了5件，许可412件，处罚19件，强制0，收费0。", "复议没有。另外处罚也少算了，再加3件。")
    assert t.value("active.punishment") == 22
    assert not readings("再加3件。")  # no earlier figure to change: nothing to read


def test_none_carried_over_and_all_done_is_nothing_left():
    assert said("今年收到申请11件，上年结转0，都办完了。")[ap("carried_forward", 6)] == 0
    assert ap("carried_forward", 6) not in said("今年收到申请11件，上年结转2件，均已办结。")  # those two
