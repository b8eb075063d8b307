"""Round 11, plain notes: results told as what happened to the applicants, voice-input slips of 办结 and 复议,
an exception named with 除了 (phrasings of our own, each with a near phrasing that must not be read that way)."""
from __future__ import annotations

from assistant.form.official import application_path as ap
from assistant.notes import read_messages
from assistant.notes.lexicon import heard


def said(*messages: str, strength: float = 0.8) -> dict[str, float]:
    """Single-cell readings, the later winning."""
    return {next(iter(s.cells)): s.value for s in read_messages(list(messages), year=2025).statements
            if len(s.cells) == 1 and s.strength >= strength}


def test_a_count_told_by_what_was_asked_then_where_it_is_then_the_answer():
    got = said("办结5件：公开2件；有两个要的是九几年的土地台账，那个在国土所，我们这里没有，让他们去那边问了；"
               "还有1件里面有邻居的手机号，打了码给的。")
    assert got[ap("unavailable_not_held", 6)] == 2 and got[ap("partially_granted", 6)] == 1
    # A figure inside the story's later clause is a figure of its own: the count is not moved past it.
    got = said("公开2件；有两个要的是土地台账，后来又申请了3件，我们这里没有。")
    assert got.get(ap("unavailable_not_held", 6)) != 2


def test_the_body_saying_it_has_none_of_what_was_asked_is_not_held():
    got = said("公开3件，还有2件要的是交通局的路线批复材料我们这边没有，告诉他去交通局了。")
    assert got[ap("unavailable_not_held", 6)] == 2
    # A none of something the clause names (a fee) stays that thing's none.
    got = said("他要的材料我们没有收费。")
    assert got.get("active.fees") == 0 and ap("unavailable_not_held", 6) not in got


def test_one_case_opened_by_who_asked_counts_one_of_that_kind():
    got = said("今年就两件：一位退休教师要七十年代学校的老照片，我们没有，请他去档案馆了；"
               "一家做装修的公司要今年的招标结果，公开了。")
    assert got[ap("unavailable_not_held", 0)] == 1 and got[ap("unavailable_not_held", 6)] == 1
    assert got[ap("granted", 1)] == 1 and got[ap("granted", 6)] == 1
    # No result in the story: the article counts nothing.
    got = said("一位老人来问低保政策，我们解释了。")
    assert not any(k.startswith("applications.") for k in got)
    # The story's own figure stands ("一家企业申请了3件").
    got = said("一家企业要了3件材料，都公开了。")
    assert got.get(ap("granted", 6)) != 1


def test_the_exception_before_all_the_others_is_one_of_its_kind():
    got = said("收到8件，除了一家律所，其余都是群众。")
    assert got[ap("new_received", 4)] == 1 and got[ap("new_received", 1)] == 0
    # Named without an article, the kind is counted nowhere by it ("除律所以外" gives no count).
    got = said("收到8件，除了律所以外，其余都是群众。")
    assert got.get(ap("new_received", 4)) != 1 and got[ap("new_received", 1)] == 0


def test_an_applicant_pointed_case_described_with_a_phone_call_is_still_theirs():
    got = read_messages(["公开了4件；物业公司那件后来他们打电话说不要了，撤回了。"], year=2025).statements
    assert any({p for _, p in s.terms} == {ap("other_other", 1), ap("total_processed", 1)} for s in got)


def test_last_years_dated_case_answered_this_year_with_who_asked():
    got = said("去年12月30号收了一件，今年1月上旬才答复的，是一位老教师问学校搬迁的事。")
    assert got[ap("carried_over", 6)] == 1 and got[ap("carried_over", 0)] == 1
    got = said("去年12月30号收了一件，今年1月上旬才答复的，内容是学校搬迁。")
    assert got[ap("carried_over", 6)] == 1 and ap("carried_over", 0) not in got


def test_the_verb_before_the_figure_names_the_column_of_the_row_after_it():
    got = said("今年局里印发了2个规范性文件，现行有效的6个。")
    assert got["active.normative_documents.issued"] == 2 and got["active.normative_documents.in_force"] == 6


def test_voice_slips_of_banjie_and_fuyi():
    assert heard("还有2件没半截，半截的10件里面公开了6件") == "还有2件没办结，办结的10件里面公开了6件"
    assert heard("附议有1件，维持了") == "复议有1件，维持了"
    assert heard("材料只写了半截就交了") == "材料只写了半截就交了"  # the everyday word stays


def test_reasons_told_in_the_clerks_own_words():
    got = said("不予公开4件：2件要的是另一家公司的投标报价，问了人家，公司不同意；2件要的是还在论证的规划方案讨论稿。")
    assert got[ap("withheld_third_party", 6)] == 2 and got[ap("withheld_process_info", 6)] == 2
    assert ap("withheld_third_party", 1) not in got  # the company asked about is no applicant
    got = said("无法提供5件：3件不是我们的信息，2件要我们按他们的口径重新汇总数据。")
    assert got[ap("unavailable_not_held", 6)] == 3 and got[ap("unavailable_needs_creation", 6)] == 2
    # The clerk's own recount is no reason: "重新汇总" alone names no row, nor does 汇总数据 name a total column.
    got = said("我重新汇总了一下数据，新收9件。")
    assert got[ap("new_received", 6)] == 9 and ap("unavailable_needs_creation", 6) not in got


def test_a_count_then_the_body_saying_it_has_none():
    got = said("公开6件；3件我们没有（要的是供电公司的资料）。")
    assert got[ap("unavailable_not_held", 6)] == 3
    got = said("复议2件我们没有输。")
    assert ap("unavailable_not_held", 6) not in got


def test_a_kind_filed_under_a_column_as_the_bracket_after_its_figure_says():
    got = said("今年新收12件，其中种植户8件（种植户都是农民，我们按自然人统计），其他个人1件，公司3件。")
    assert got[ap("new_received", 0)] == 9 and got[ap("new_received", 1)] == 3
    # "其他个人" with no figure of 个人 before it is a part of nobody's figure: left out.
    got = said("今年新收5件，其他个人3件。")
    assert ap("new_received", 0) not in got


def test_who_they_were_what_they_asked_and_what_it_counts_as():
    got = said("办结9件：公开5件；3个商户是查自己的证办到哪一步了，这个属于行政查询；"
               "1个人同样的内容申请了两回，第二次按重复申请处理。")
    assert got[ap("withheld_query_matter", 6)] == 3
    assert got[ap("rejected_duplicate", 6)] == 1 and got[ap("rejected_duplicate", 0)] == 1


def test_a_suit_against_the_review_decision_is_after_review():
    got = read_messages(["诉讼1件，是那家公司对区政府的复议决定不服又告到法院的，后来撤诉了。没有直接起诉的。"],
                        year=2025).statements
    assert any(s.cells == {"review_litigation.litigation_direct[4]"} and s.value == 0 for s in got)
    from tests.test_notes import tables
    t, _ = tables("诉讼1件，是那家公司对区政府的复议决定不服又告到法院的，后来撤诉了。没有直接起诉的。")
    assert t.value("review_litigation.litigation_after_review[4]") == 1


def test_an_amount_in_the_clause_after_the_fee_named():
    got = said("行政事业性收费就是城市基础设施配套费，全年收了2,350,000元。")
    assert got["active.fees"] == 235
    # Another thing between the fee and the amount: the amount is not the fee's.
    got = said("行政事业性收费没有，网站收到留言30条，培训花了5000元。")
    assert got["active.fees"] == 0


def test_needs_working_up_said_plainly():
    got = said("公开3件；还有1件要全县历年的统计表，没有现成的表，要另外做。")
    assert got[ap("unavailable_needs_creation", 6)] == 1
    # The clerk's own table is no reason: "另外做了一张表" names no row.
    got = said("新收4件，我另外做了一张表给你。")
    assert ap("unavailable_needs_creation", 6) not in got
