"""Round 14, conversations: ways officials answer in a chat (rules drawn from conversations_fresh13, each test in
phrasings of its own with a negative beside it)."""
from __future__ import annotations

from assistant.form.official import application_path as ap
from tests.conftest import notes_tables, readings


def test_emoji_typed_for_none_and_for_yes():
    # 🈚 (folds to 無) is typed for 无/没有, 👌 👍 🆗 for 对: the chat's answers read as the words they stand for.
    assert readings("行政处罚🈚️，行政强制也🈚")["active.punishment"] == {0}
    assert readings("规范性文件今年🈚")  # any reading at all: the line was unread before
    first = "今年收到申请5件，都是个人的，公开了5件。"
    for reply in ("🆗 上年结转🈚️", "👍，上年结转的🈚", "上年结转：🈚️👌"):
        t = notes_tables(first, reply)
        assert t.value(ap("carried_over", 6)) == 0, reply
    # Negative: a traditional 有 (🈶) is no none, and a thumbs-up alone states no figure.
    assert readings("行政处罚🈶3件")["active.punishment"] == {3}
    assert readings("收到了👍") == {}


def test_figures_struck_through_in_markdown_are_taken_back():
    # "新收~~18~~ 19件": the chat's strikethrough marks what the official takes back; the figure after it stands.
    assert readings("今年受理申请~~12~~ 13件，予以公开~~5~~ 6件") == {
        ap("new_received", 6): {13}, ap("granted", 6): {6}}
    assert readings("上年结转~~三~~两件，办结 ~~20~~ 21件")[ap("carried_over", 6)] == {2}
    got = readings("不予公开1件，~~本机关不掌握2件~~本机关不掌握3件")
    assert got[ap("unavailable_not_held", 6)] == {3}
    t = notes_tables("新收申请10件，予以公开7件，不掌握3件。", "更正：予以公开~~7~~ 6件，部分公开1件")
    assert t.value(ap("granted", 6)) == 6 and t.value(ap("partially_granted", 6)) == 1
    # Negative: single tildes (a range, a separator) take nothing back.
    assert readings("新收申请12件~予以公开9件~不掌握3件") == {
        ap("new_received", 6): {12}, ap("granted", 6): {9}, ap("unavailable_not_held", 6): {3}}


def test_a_result_row_after_an_or_zuowei_says_how_they_were_answered():
    # "按行政查询事项答复了12件": the row after 按/作为/以 is the result; the 答复/办结 word after it is the verb.
    assert readings("按查询事项答复了7件，另外公开4件") == {
        ap("withheld_query_matter", 6): {7}, ap("granted", 6): {4}}
    assert readings("作为信访件答复的有两件") == {ap("rejected_petition", 6): {2}}
    assert readings("其中3件以重复申请的方式办结")[ap("rejected_duplicate", 6)] == {3}
    # Negative: 按 with no row after it (按时, 按规定) leaves 答复 the 办结 row.
    assert readings("按规定答复了15件，其中公开9件") == {ap("total_processed", 6): {15}, ap("granted", 6): {9}}


def test_a_reason_described_with_information_words_then_withheld():
    # "涉及别的企业经营信息不予公开2件": the reason names the row though a noun (信息, 商业信息) stands between it and
    # 不予公开; another firm named as whose information it is is the third party.
    assert readings("涉及其他公司经营信息不予公开2件") == {ap("withheld_third_party", 6): {2}}
    assert readings("因为涉及第三方商业信息不予公开的有3件") == {ap("withheld_third_party", 6): {3}}
    got = readings("予以公开4件，其中涉及第三方商业信息的不予公开1件")
    assert got[ap("withheld_third_party", 6)] == {1} and got[ap("granted", 6)] == {4}
    # Negative: information of another firm that was given out is no refusal.
    assert readings("申请人要其他公司的信息，公开了1件") == {ap("granted", 6): {1}}


def test_reviews_and_suits_told_by_their_place_in_the_list():
    # "复议3件…第一件维持；…第三件市政府责令我们重新答复": each ordinal with its outcome right after is one case of it.
    got = readings("行政诉讼两起：第一起法院驳回，第二起确认违法")
    assert got["review_litigation.litigation_direct[0]"] == {1} and got["review_litigation.litigation_direct[1]"] == {1}
    got = readings("今年被申请复议3件。第一件被维持；第二件被撤销了；第三件还没出结果")
    assert got["review_litigation.review[0]"] == {1} and got["review_litigation.review[1]"] == {1}
    got = readings("复议两件，其中第一个维持，第二个纠正")
    assert got["review_litigation.review[0]"] == {1} and got["review_litigation.review[1]"] == {1}
    # Negative: an ordinal naming a case already counted, no outcome after it, counts nothing.
    assert readings("复议2件，第二件的申请人后来又去找了市政府") == {"review_litigation.review[4]": {2}}


def test_received_and_pending_in_a_sentence_about_a_table_two_item():
    # "许可这块：受理2341件，准予2296件，还有25件在办": the item's own steps, no applications to the body (table 3).
    for text in ("行政许可这一块：系统受理1,250件，准予1,180件，还有30件在办",
                 "行政强制方面受理了9件，办结了9件",
                 "许可：窗口受理86件，办结80件"):
        assert not any(k.startswith("applications.") for k in readings(text)), text
    # Negative: applications named after the item (a new sentence, or 申请 in the clause) stay in table 3.
    got = readings("许可12件，处罚3件。受理申请5件，办结5件")
    assert got[ap("new_received", 6)] == {5} and got[ap("total_processed", 6)] == {5}
    assert readings("行政许可12件，受理信息公开申请5件")[ap("new_received", 6)] == {5}


def test_a_bare_fa_after_a_document_row_is_issued():
    # "规范性文件发2件": 发 right after a document row and before its figure is 制发.
    assert readings("行政规范性文件发3件，废止1件")["active.normative_documents.issued"] == {3}
    got = readings("规章发一件，规范性文件发两个")
    assert got["active.regulations.issued"] == {1} and got["active.normative_documents.issued"] == {2}
    assert readings("规章：发0件；规范性文件：发5件")["active.normative_documents.issued"] == {5}
    # Negative: 发 of licences, or 发 to somewhere before the figure, is no 制发.
    assert readings("许可发证12件") == {"active.licensing": {12}}
    assert "active.normative_documents.issued" not in readings("规范性文件发到各村2份")
