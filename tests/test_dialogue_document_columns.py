"""The document columns alone ("发了1个，废止0，有效的一共11个") from a body that cannot make 规章 are its
规范性文件's, whatever the assistant asked last (officials answer the question before, or the next one)."""
import pytest

from assistant.drafting import add_notes, new_draft, tables_report
from assistant.settings import Settings

FIRST = "依申请今年收到6件，去年没有结转。公开了4件，有1件我们不掌握，还有1件还没答复。"
DOCS = "active.normative_documents"


def after(*messages: str, agency: str = "沭川县民政局", level: str = "部门"):
    d = new_draft(agency, 2025, level)
    for m in messages:
        d, _ = add_notes(d, m, Settings(llm_model=None))
    return tables_report(d)


@pytest.mark.parametrize("reply, issued, repealed, in_force", [
    ("发了1个，废止0，有效的一共11个", 1, 0, 11),
    ("制发2件 废止1件 现行有效15件", 2, 1, 15),
    ("新发3个，废了1个，有效的20个", 3, 1, 20),
])
def test_the_document_columns_alone_are_the_normative_documents(reply, issued, repealed, in_force):
    r = after(FIRST, "都是个人", reply)  # the assistant asked about 复议/诉讼 by then
    assert (r.value(f"{DOCS}.issued"), r.value(f"{DOCS}.repealed"), r.value(f"{DOCS}.in_force")) == \
        (issued, repealed, in_force)


def test_a_body_that_can_make_regulations_is_not_guessed_for():
    r = after(FIRST, "都是个人", "发了1个，废止0，有效的一共11个", agency="某省人民政府", level="省")
    assert r.value(f"{DOCS}.issued") is None and r.value("active.regulations.issued") is None


def test_a_sentence_naming_something_else_is_not_a_document_answer():
    r = after(FIRST, "都是个人", "许可发了12个，处罚3个")
    assert r.value(f"{DOCS}.issued") is None


def test_the_document_columns_opening_a_message_that_goes_on_with_their_list():
    listing = "今年制发2件，废止1件，现行有效12件。清单我贴给你：\n1.某县就业补贴资金管理办法（某人社〔2021〕15号）\n" \
              "2.某县人力资源市场管理暂行办法（某人社〔2021〕22号）"
    r = after(FIRST, "都是个人", listing)
    assert (r.value(f"{DOCS}.issued"), r.value(f"{DOCS}.repealed"), r.value(f"{DOCS}.in_force")) == (2, 1, 12)


@pytest.mark.parametrize("reply, cell, value", [
    ("许可（人力资源服务许可、劳务派遣经营许可这些）47件，处罚5件", "active.licensing", 47),
    ("处罚（含简易程序处罚、一般程序处罚）120件", "active.punishment", 120),
    ("强制（查封扣押、冻结存款这些）8件", "active.coercion", 8),
])
def test_a_figure_the_reader_finds_twice_in_one_message_stays_in_the_table(reply, cell, value):
    # Read once from the row word and once from the kinds in brackets: one figure, said once, kept.
    assert after(FIRST, reply).value(cell) == value
