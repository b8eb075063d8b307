"""Round 16 conversations (conversations_fresh15, r16c): readings added in this session, each with phrasings of
its own and a negative."""
from assistant.drafting import conflicts, open_questions
from tests.conftest import notes_draft, notes_tables, said

G = "applications.{}[{}]"


def test_a_count_not_given_out_is_no_granted_figure():
    # "2件没公开", "未公开2件": not granted, but which group is not said — no 予以公开 figure, no clash with it.
    for text, granted in (("今年收到6件，公开4件，未公开2件", 4), ("受理申请8件，给公开了5件，3件没有公开", 5),
                          ("依申请7件，公开了6件，剩下1件没能公开", 6)):
        t, d = notes_draft(text)
        assert t.value(G.format("granted", 6)) == granted, text
        assert not conflicts(d), text
        assert not any("是否为公开" in q.text for q in open_questions(d)), text
    # Negative: a group word with its negation ("不公开2件") is still that group's count.
    t = notes_tables("收到5件，公开3件，不公开2件，都是涉及第三方的")
    assert t.value(G.format("withheld_third_party", 6)) == 2


def test_a_bare_neibu_de_closing_a_refused_case_is_internal_affairs():
    # "…的会议纪要 内部的", "是内部的东西": the body's own matter, said in two words at the end of its clause.
    for msgs in (("办结3件，公开1件，不予公开2件。", "一件涉及商业秘密。另一件要的是局里的会议纪要，内部的"),
                 ("不予公开1件，要的是单位的考勤表，是内部的东西",),
                 ("收到2件，公开1件，不予公开1件。", "没给的那件问的是我们股室的分工 属于内部的")):
        t = notes_tables(*msgs)
        assert t.value(G.format("withheld_internal_affairs", 6)) == 1, msgs
    # Negative: the reason of another result said in the same clause ("评级是内部的，没给，算部分公开").
    t = notes_tables("两件都是个人申请的：一件是要名单和评级，名单给了，评级是内部的，没给，算部分公开")
    assert t.value(G.format("withheld_internal_affairs", 6)) in (None, 0)
    assert t.value(G.format("partially_granted", 6)) == 1


def test_one_case_each_run_together_without_a_comma():
    # "一个是企业一个是律所": each article opens a case of its own, no comma needed between them.
    for msgs, cells in ((("新收7件。", "个人4个，课题组1件，还有一个是企业一个是律所"), {1: 1, 4: 1, 2: 1}),
                        (("新收4件。", "两件个人的，另外一个是公司一个是协会"), {1: 1, 3: 1}),
                        (("新收3件。", "1件是群众申请的1件是律所申请的1件是村委会申请的"), {4: 1, 5: 1})):
        got = said(*msgs)
        for c, v in cells.items():
            assert got.get(G.format("new_received", c)) == v, (msgs, got)
    # Negative: 不是 right before a figure still denies it ("是9件 不是8件").
    assert said("处罚是9件 不是8件").get("active.punishment") == 9


def test_a_no_answered_before_a_break_does_not_deny_the_figure_after_it():
    # "不是 有一个是公司": the 不是 answers the question; the figure after the break stands.
    for text, col in (("不是，有一个是公司，其他都是个人", 1), ("不是。有一个是律所 其他都是村民", 4),
                      ("不是 有一个是协会 其余都是村民", 3)):
        got = said("新收5件。", text)
        assert got.get(G.format("new_received", col)) == 1, (text, got)
    # Negative: "不是8件" right before the figure is still the figure denied.
    assert "applications.new_received[6]" not in said("新收不是8件")


def test_the_one_cases_applicant_answered_with_what_became_of_it():
    # To "“上年结转”的 1 件分别来自哪类申请人？": one kind named, with the case's result, is that kind's one case.
    first = "新收5件，个人3件、企业2件；上年结转1件，办结6件，公开6件"
    for answer, col in (("是一家律所，给他公开了", 4), ("协会申请的 已经公开了", 3), ("村委会那边的，公开了", 5)):
        t, d = notes_draft(first, answer)
        assert t.value(G.format("carried_over", col)) == 1, answer
        assert not conflicts(d), answer
    # Negative: two cases named ("两家公司") are not the one case asked about.
    t = notes_tables(first, "两家公司的，都公开了")
    assert t.value(G.format("carried_over", 1)) in (None, 0)


def test_a_request_to_the_level_above_not_yet_answered_is_process_information():
    for text in ("不予公开1件，要的是报给市里的请示，市里还没批下来", "不予公开1件：申请的是区里的请示件，尚未批复",
                 "不予公开的1件是要我们向省厅的请示，省厅还没有批复"):
        t = notes_tables(text)
        assert t.value(G.format("withheld_process_info", 6)) == 1, text
    # Negative: a grant not yet made that a petition complains of is no process information.
    t = notes_tables("依申请2件，1件公开了，还有1件是反映补贴没批下来的事，按信访转了")
    assert t.value(G.format("withheld_process_info", 6)) in (None, 0)
    t = notes_tables("不予公开1件，请示领导后，认定涉及第三方")
    assert t.value(G.format("withheld_process_info", 6)) in (None, 0)


def test_last_and_next_years_cases_counted_are_the_carried_rows():
    first = "依申请：新收 23，上年结转 3，办结 24，结转 2"
    got = said(first, "上年的3件：2个个人1个企业")
    assert got.get(G.format("carried_over", 0)) == 2 and got.get(G.format("carried_over", 1)) == 1
    got = said(first, "去年的3件是2个个人1个企业")
    assert got.get(G.format("carried_over", 0)) == 2
    t = notes_tables(first, "个人15 企业6 律所2", "下年的2件都是律所")
    assert t.value(G.format("carried_forward", 4)) == 2 and t.value(G.format("new_received", 4)) == 2
    t = notes_tables(first, "个人15 企业6 律所2", "明年的2件都是律所 12月底收的")
    assert t.value(G.format("carried_forward", 4)) == 2
    # Negative: last year's cases said done ("去年的3件今年都办完了") tell no applicant.
    got = said(first, "去年的3件今年都办完了")
    assert not any(p.startswith("applications.carried_over[") and not p.endswith("[6]") for p in got)


def test_some_of_a_rows_cases_all_of_one_kind_are_not_the_row():
    # "4件都是物业公司申请的" to "“本年新收”的 23 件…": those 4 are firms', not all 23.
    first = "依申请：新收 23，上年结转 3，办结 24，结转 2\n予以公开 11 部分公开 3 不予公开 4 无法提供 5 不予处理 1"
    for answer in ("4件都是物业公司申请的", "5件都是律所申请的", "6件全是公司申请的"):
        t, d = notes_draft(first, answer)
        assert t.value(G.format("new_received", 1)) != 23 and t.value(G.format("new_received", 4)) != 23, answer
        assert t.value(G.format("new_received", 0)) != 0, answer
        assert not conflicts(d), answer
    # Negative: the figure is the row's own ("新收 4" then "4件都是公司申请的"): all of that kind.
    t = notes_tables("依申请：新收 4，上年结转 0，办结 4，结转 0。予以公开 4", "4件都是公司申请的")
    assert t.value(G.format("new_received", 1)) == 4


def test_a_none_with_an_emoji_to_a_split_of_a_figure_keeps_the_figure():
    # "没 👌" to "无法提供 1 件分别属于哪一类理由？": never that the 1 件 had no reason.
    first = "新收3件，都是个人，上年没有结转，办结3件，没有结转下年。公开2件，无法提供1件"
    for answer in ("没 👌", "没有👍", "没 😂"):
        t = notes_tables(first, answer)
        rows = [t.value(G.format(r, 6)) for r in ("unavailable_not_held", "unavailable_needs_creation", "unavailable_unclear")]
        assert rows != [0, 0, 0], (answer, rows)
    # Negative: the reason named, with an emoji after it, is read.
    t = notes_tables(first, "都是不掌握 👌")
    assert t.value(G.format("unavailable_not_held", 6)) == 1


def test_all_one_kind_in_a_later_message_does_not_undo_the_kinds_told():
    # "都是个人的" naming no row, after the official told firms and law firms among the year's applications.
    for msgs in (("新收7件：个人4件，企业1件，律所2件", "都是个人的"), ("新收5件，个人3件，公司2件", "全是群众"),
                 ("新收4件。", "个人2件，一个是企业一个是律所", "都是个人")):
        t = notes_tables(*msgs)
        assert t.value(G.format("new_received", 1)) == 1 or t.value(G.format("new_received", 1)) == 2, msgs
    # Negative: nothing told of the kinds before, "都是个人的" is all of them.
    t = notes_tables("新收7件", "都是个人的")
    assert t.value(G.format("new_received", 0)) == 7
