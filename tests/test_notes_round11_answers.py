"""Round 11, natural short answers in a conversation: a case pointed at by its place in the answer before, a part
of a two-part question pointed at by its place, some of a group's cases told by reason, an earlier answer taken
back without saying which figure, not holding "our" information (phrasings of our own, with negatives)."""
from __future__ import annotations

from assistant.drafting.answers import bind
from assistant.drafting.state import Turn
from assistant.form.official import application_path as ap
from assistant.notes import read_messages
from tests.conftest import notes_draft, notes_tables, said


def test_cases_pointed_at_by_their_place_in_the_answer_before():
    got = said("不予公开2件。", "一件是过程性信息；另一件是内部事务", "前一个是律师事务所要的，后一个是村民")
    assert got[ap("withheld_process_info", 4)] == 1 and got[ap("withheld_internal_affairs", 0)] == 1
    t = notes_tables("新收2件，都办结了：不予公开2件。", "一个涉及第三方的隐私；另一个要的是执法案卷",
                     "第一个是公司的，第二个是个人")
    assert t.value(ap("withheld_third_party", 1)) == 1 and t.value(ap("withheld_enforcement_file", 0)) == 1
    # A place word with no applicant, or more places than cases told, is no order to follow.
    got = said("不予公开2件。", "一件是过程性信息；另一件是内部事务", "第一个是律所的，第二个我再问问")
    assert ap("withheld_process_info", 4) not in got
    got = said("不予公开2件。", "一件是过程性信息；另一件是内部事务", "第一个是律所的，第二个是个人，第三个是企业")
    assert ap("withheld_process_info", 4) not in got and ap("withheld_internal_affairs", 0) not in got


def _bound(cells, asked, text):
    return {p: s.value for s in bind(text, Turn(kinds=["answer"], subject=cells, asked=asked), 1)
            for _, p in s.terms}


_REVIEW = ["review_litigation.review[4]", "review_litigation.litigation_direct[4]",
           "review_litigation.litigation_after_review[4]"]


def test_a_part_of_a_two_part_question_pointed_at_by_its_place():
    got = _bound(_REVIEW, "有没有被申请行政复议？有没有被提起行政诉讼？", "前面那个有2件，后面那个没有")
    assert got == {"review_litigation.review[4]": 2, "review_litigation.litigation_direct[4]": 0,
                   "review_litigation.litigation_after_review[4]": 0}
    cells = [ap("carried_forward", 6), ap("carried_over", 6)]
    got = _bound(cells, "年底还有没办完的吗？上年结转过来的有几件？", "全办结了。第二个是1件")
    assert got == {ap("carried_over", 6): 1}
    # A question of one part has no "latter": nothing is guessed.
    assert _bound([ap("carried_over", 6)], "上年结转过来的申请有几件？", "后面那个0") == {}
    # Nor has a question of three parts: "后面那个" might be either of two.
    cells = ["active.licensing", "active.punishment", "active.coercion"]
    assert _bound(cells, "许可、处罚、强制各有多少？", "后面那个0") == {}
    # Parts the question names by one word (规章's three columns) have no order to point into.
    cells = ["active.regulations.issued", "active.regulations.repealed", "active.regulations.in_force"]
    assert _bound(cells, "规章本年制发、废止和现行有效各多少件？", "第二个是0") == {}


def test_some_of_a_groups_cases_told_by_reason_are_not_its_count():
    got = said("不予公开3件，无法提供1件。", "不予公开里有2件属于过程性信息，另外1件是内部事务")
    assert got[ap("withheld_process_info", 6)] == 2 and got[ap("withheld_internal_affairs", 6)] == 1
    reading = read_messages(["不予公开3件。", "不予公开的1件是第三方隐私，2件是执法案卷"], year=2025)
    assert not reading.corrections  # the group's 3 stands
    # When the count told is the whole group, it is all of one reason as before.
    t = notes_tables("新收2件，办结2件：不予公开2件。", "不予公开的2件是第三方商业秘密")
    assert t.value(ap("withheld_third_party", 6)) == 2 and t.value(ap("withheld_process_info", 6)) == 0
    # A smaller count said to be the right one is a correction.
    reading = read_messages(["不予公开3件。", "不予公开的应该是2件，都是第三方"], year=2025)
    assert reading.corrections


def test_an_answer_taken_back_without_saying_which_figure_is_set_aside():
    reading = read_messages(["予以公开6件，不予公开2件。", "不予公开的是1件过程性信息、1件执法案卷",
                             "等下，刚才发的那个有问题，我再核对一下"], year=2025)
    assert not any(s.message == 1 for s in reading.statements)
    assert any(s.cells == {ap("granted", 6)} for s in reading.statements)  # the message before that stands
    assert reading.withdrawn and reading.withdrawn[0][0] == 2
    # Said again later, the figures come back.
    got = said("不予公开2件。", "1件过程性信息、1件执法案卷", "上面说的不对，我再翻一下", "过程性信息1件，执法案卷1件")
    assert got[ap("withheld_process_info", 6)] == 1
    # A message that says which figure, or gives the right one, is a correction of its own.
    reading = read_messages(["不予公开2件。", "1件过程性信息、1件执法案卷", "上面说的那个不对，执法案卷应该是0"], year=2025)
    assert any(s.message == 1 and s.cells == {ap("withheld_process_info", 6)} for s in reading.statements)
    reading = read_messages(["不予公开2件。", "1件过程性信息、1件执法案卷", "刚才说的不予公开那个不对"], year=2025)
    assert any(s.message == 1 for s in reading.statements)
    # In the chat: the cells stay open, the tables keep what came before.
    t = notes_tables("新收5件，办结5件：予以公开3件，不予公开2件。", "一件是内部事务，一件是过程性信息",
                     "哎上面说的那个不对，我再翻一下")
    assert t.value(ap("withheld_internal_affairs", 6)) is None and t.value(ap("granted", 6)) == 3


def test_information_that_is_not_ours_is_not_held():
    got = said("收到申请5件，4件公开了，1件不是我们单位的信息，告知他去问住建局。")
    assert got[ap("unavailable_not_held", 6)] == 1
    # The cases of a group told one kind each: not held, and data to be compiled anew for the applicant.
    got = said("无法提供5件：3件不是我们单位的信息，2件要我们按他的要求重新汇总数据。")
    assert got[ap("unavailable_not_held", 6)] == 3 and got[ap("unavailable_needs_creation", 6)] == 2
    # The clerk's own recount is no result.
    got = said("数据我重新汇总了一下：新收8件，办结8件。")
    assert ap("unavailable_needs_creation", 6) not in got and got[ap("new_received", 6)] == 8
    # "不是我们的信息公开申请" says what kind of request it was, not what became of it.
    got = said("收到申请5件，有1件不是我们的信息公开申请，是咨询。")
    assert ap("unavailable_not_held", 6) not in got


def test_none_issued_for_years_and_nothing_happened():
    got = said("规范性文件这些年都没发过，现行有效的2件")
    assert got["active.normative_documents.issued"] == 0 and got["active.normative_documents.in_force"] == 2
    got = said("规章都没有废，现行有效1件")
    assert got["active.regulations.repealed"] == 0
    # "都没发生过" is nothing happened, said of any row — not the 制发 column.
    got = said("行政强制都没发生过")
    assert got["active.coercion"] == 0 and "active.normative_documents.issued" not in got
    assert "active.regulations.issued" not in said("规章没发生变化")


def test_information_provided_is_granted():
    got = said("收到4件，均已答复：3件为个人申请查他家的补贴发放情况，已提供；1件不掌握。")
    assert got[ap("granted", 6)] == 3 and got[ap("granted", 0)] == 3
    # The applicant providing a paper is no result.
    got = said("收到1件，申请人补正后提供了身份证明，已公开。")
    assert got.get(ap("granted", 6)) in (None, 1) and ap("total_processed", 1) not in got


def test_last_years_figure_then_this_years_in_one_breath():
    t = notes_tables("处罚有的，去年是9件今年15件，许可没有")
    assert t.value("active.punishment") == 15 and t.value("active.licensing") == 0
    t = notes_tables("行政强制上年4件本年7件")
    assert t.value("active.coercion") == 7
    # Last year's figure alone, or a change from it, is no figure of this year.
    assert notes_tables("处罚去年是9件").value("active.punishment") is None
    assert notes_tables("处罚比去年9件多了一些").value("active.punishment") is None


def test_all_in_brackets_after_a_results_figure_is_of_that_figure():
    t = notes_tables("新收30件，办结30件：予以公开20件，其他处理10件。其他处理：逾期不补正6，其他4（都是申请人撤回）")
    assert t.value(ap("other_other", 6)) == 4 and t.value(ap("granted", 6)) == 20
    # After the count of all concluded, the brackets' 都 is every case.
    got = read_messages(["办结6件（都是申请人撤回）"], year=2025).statements
    assert any(s.label.startswith("全部") for s in got)


def test_the_cases_still_untold_filed_under_one_result():
    t = notes_tables("收了5件，上年没有结转，年底都办完了。公开的2件，还有2件我们这没有。",
                     "那个是同一个人又交了一次，算重复申请吧")
    assert t.value(ap("rejected_duplicate", 6)) == 1 and t.value(ap("partially_granted", 6)) == 0
    t = notes_tables("收了5件，上年没有结转，年底都办完了。公开的2件，还有2件我们这没有。",
                     "他来问的是办事指南，就按其他处理报吧")
    assert t.value(ap("partially_granted", 6)) == 0 and t.value(ap("rejected_duplicate", 6)) == 0
    # Answered, the results are not asked for again; the group's reasons are, with the count left for it.
    from assistant.drafting import open_questions
    _, d = notes_draft("收了5件，上年没有结转，年底都办完了。公开的2件，还有2件我们这没有。",
                       "他来问的是办事指南，就按其他处理报吧")
    asked = [q.text for q in open_questions(d)]
    assert not any("办理结果没有说明" in q for q in asked)
    assert any(q.startswith("其他处理 1 件分别属于哪一类理由") for q in asked)
    # Two results named, or a figure given, is no one result for all the rest.
    t = notes_tables("收了5件，上年没有结转，年底都办完了。公开的2件，还有2件我们这没有。",
                     "其他处理还是不予处理我也说不准")
    assert t.value(ap("partially_granted", 6)) is None


def test_a_place_pointer_takes_no_head_from_the_clause_before():
    assert not read_messages(["办结了。后面那个0"], year=2025).statements
    got = said("予以公开3件，前面那个是2件")
    assert got == {ap("granted", 6): 3}


def test_a_question_passed_over_is_answered_a_message_later():
    from assistant.drafting import conflicts
    from tests.conftest import notes_draft
    msgs = ["依申请共6件，都是个人申请的。答复了5件：公开3件，不掌握2件。", "上年转过来1件",
            "年底的话还有2件没办完，一个是一家公司的，一个是个人"]
    t, d = notes_draft(*msgs)
    assert d.turn(2).asked.startswith("“上年结转”")  # the question the official passed over
    t, d = notes_draft(*msgs, "也是个人")
    assert d.turn(3).subject and all(p.startswith("applications.carried_over") for p in d.turn(3).subject)
    assert conflicts(d)  # 公司's column no longer adds up: reported, not resolved
    # A passed-over question about something else takes no "也是个人".
    t, d = notes_draft("依申请共6件，都是个人申请的，上年没有结转，年底都办完了。", "复议的话我得问问法制科", "也是个人")
    assert not any(p.startswith("review_litigation") for p in d.turn(2).subject) or not d.turn(2).subject


def test_a_label_line_of_no_form_thing_ends_the_topic_above():
    # A phone card copied line by line: the figure under "超期" is not 办理中's.
    got = read_messages(["受理总数\n12\n办理中\n2\n超期\n0"], year=2025).statements
    assert [s.value for s in got if s.cells == {ap("carried_forward", 6)}] == [2]
    got = read_messages(["新收12件\n网站\n30"], year=2025).statements
    assert not any(s.value == 30 for s in got)
    # A label of the form's with the word in it is still the form's.
    got = read_messages(["受理\n5\n办理中（含超期）\n2"], year=2025).statements
    assert [s.value for s in got if s.cells == {ap("carried_forward", 6)}] == [2]
