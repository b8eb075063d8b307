"""Double negatives of speech read in the direction they point, and an answer given only after the year is a case
still open at its end."""
import pytest

from assistant.drafting import add_notes, new_draft, tables_report
from assistant.notes import read_messages
from assistant.settings import Settings

FIRST = "今年依申请新收9件，另外去年转过来1件，也办完了。"


def chat(*messages: str):
    d = new_draft("辽河市城市管理综合行政执法局", 2025, "部门")
    for m in messages:
        d, _ = add_notes(d, m, Settings(llm_model=None))
    return tables_report(d)


@pytest.mark.parametrize("reply", ["没有不是个人的", "没有不是自然人申请的", "也没有不是个人的"])
def test_none_that_was_not_an_individual_s_means_all_were(reply):
    # (asked about firms: the bare answer binding cannot read it, the words must)
    said = read_messages([f"问：申请人里有企业吗？\n答：{reply}"]).statements
    assert any(s.cells == {"applications.new_received[1]"} and s.value == 0 for s in said)
    assert not any(s.value > 0 for s in said)


@pytest.mark.parametrize("text", ["复议不是没有，有一件，市政府维持了", "复议也不是没有，有一件，维持", "复议并非没有，1件，维持了"])
def test_not_none_is_some(text):
    assert not any(s.value == 0 and s.cells == {"review_litigation.review[4]"} for s in read_messages([text]).statements)
    said = {frozenset(s.cells): s.value for s in read_messages([text]).statements}
    assert said[frozenset({"review_litigation.review[4]"})] == 1
    assert all(v == 0 for k, v in said.items() if k != frozenset({"review_litigation.review[4]"}))


@pytest.mark.parametrize("reply", ["有1件，1月份才能答复", "有1件，明年1月才答复", "有一件，得年后答复"])
def test_a_case_answered_only_after_the_year_is_carried_forward(reply):
    assert chat(FIRST, reply).value("applications.carried_forward[6]") == 1


@pytest.mark.parametrize("text", ["今年收到5件，答复了4件，1件要到1月份才能答复", "今年收到5件，答复了4件，还有1件明年才答复",
                                  "今年收到5件，答复了4件，剩下1件年后才能答复"])
def test_in_notes_a_case_answered_after_the_year_is_no_reply_counted(text):
    # (without a question to bind to, the words alone must say it: 答复 used to make it a reply of the year)
    said = read_messages([text]).statements
    assert any(s.cells == {"applications.carried_forward[6]"} and s.value == 1 for s in said)
    assert not any(s.cells == {"applications.total_processed[6]"} and s.value == 1 for s in said)


@pytest.mark.parametrize("text", ["诉讼不是没有就是1件，我再问问", "复议不是没有就是一件，记不清了"])
def test_none_or_one_unsure_is_no_figure(text):
    assert not any(s.value > 0 for s in read_messages([text]).statements)


def test_a_condition_on_the_reply_is_not_a_case_left_open():
    r = chat("今年依申请新收9件，公开9件，都办结了。有1件是补正后才能答复的")
    assert r.value("applications.carried_forward[6]") == 0


def test_a_plain_none_is_still_none():
    said = read_messages(["复议没有，诉讼也没有"]).statements
    assert said and all(s.value == 0 for s in said)
