"""Round-14 plain notes (notes_fresh13, tuned half): ways clerks write that the reader missed, each with phrasings
of our own and a similar sentence the rule must not fire on."""
from tests.conftest import notes_tables, readings


def test_cases_told_by_what_was_asked_take_the_answer_said_after_them():
    # "要X的N件，<what became of them>": the clause before the figure is the request (asking verb, object, 的);
    # the row is the answer after it — not 申请 before the figure, nor a topic left over from an earlier clause
    got = readings("今年收到5件申请，去年没有结转。要征地补偿标准的3件，都公开了。")
    assert got["applications.granted[6]"] == {3.0}
    assert got["applications.new_received[6]"] == {5.0}
    got = readings("本年受理申请3件。申请获取项目验收报告的1件，因报告还在修改，属于过程性信息，不予公开。")
    assert got["applications.withheld_process_info[6]"] == {1.0}
    assert got["applications.new_received[6]"] == {3.0}
    got = readings("收到申请6件，其中想看会议纪要的1件，删去个人信息后给了一部分。")
    assert got["applications.partially_granted[6]"] == {1.0}
    got = readings("共收到4件。索取本人社保缴费记录的两件按行政查询事项告知了。")
    assert got["applications.withheld_query_matter[6]"] == {2.0}
    # not: a clause with no asking verb before the figure ("新收申请的4件" is the count itself)
    got = readings("今年新收申请的4件，其中公开了3件。")
    assert got == {"applications.new_received[6]": {4.0}, "applications.granted[6]": {3.0}}
    # not: a request that names its own result ("要求重新出具确认书" is 要求确认或重新出具), whatever group follows
    got = readings("新收9件。要求我们重新出具审核确认书的两件，按不予处理。")
    assert got["applications.rejected_confirmation[6]"] == {2.0}


def test_information_said_to_be_elsewhere_is_not_held():
    # "档案在企业，不在我们这": what was asked for is held by someone else — 本机关不掌握
    got = readings("今年收到2件。查九几年征地批文的1件，批文不在我们这边，在市档案馆。")
    assert got["applications.unavailable_not_held[6]"] == {1.0}
    got = readings("有1件问的是老厂房的图纸，图纸不在我局手里。")
    assert got["applications.unavailable_not_held[6]"] == {1.0}
    got = readings("依申请2件，一件公开了，另一件要的材料不在本单位这里。")
    assert got["applications.unavailable_not_held[6]"] == {1.0}
    # not: where the body keeps its own records ("在我们这里存档")
    got = readings("依申请2件，都公开了，材料都在我们这里存档。")
    assert "applications.unavailable_not_held[6]" not in got


def test_one_case_told_step_by_step_has_the_result_said_last():
    # "就1件，…涉及个人信息，删掉后给了，算部分公开": the one application's story names a reason, what was given and
    # then the verdict — one result (the last), not three results that clash (and blank the table)
    t = notes_tables("依申请只有1件，是个村民要拆迁协议，协议里有别人的身份证号，遮掉后给了，按部分公开。没有上年结转，也没有结转下年的。")
    assert t.value("applications.partially_granted[6]") == 1 and t.value("applications.granted[6]") == 0
    t = notes_tables("申请就一件，企业要环评批复，里面有商业秘密，一开始不想给，后来算部分公开了。上年结转0，结转下年0。")
    assert t.value("applications.partially_granted[6]") == 1
    t = notes_tables("今年就收到1件申请，一个律所要处罚决定书，涉及当事人个人信息，隐去姓名后提供了，按部分公开处理。去年没有结转，年底也没有。")
    assert t.value("applications.partially_granted[6]") == 1 and t.value("applications.new_received[4]") == 1
    # not: two cases, each with its own result
    got = readings("依申请2件，一件公开了，一件涉及个人隐私没给。")
    assert got["applications.granted[6]"] == {1.0}


def test_a_document_asked_for_named_as_a_report_is_no_edit_of_ours():
    # "调查报告里涉及个人信息，删掉后给了": 报告里 after the document's kind (调查/检测/评估…) is the applicant's
    # document, and 删掉 the redaction — notes, not an instruction to edit the annual report
    from assistant.drafting.intent import classify
    for text in ("依申请1件，事故调查报告里有对方船员的信息，删掉后给了，算部分公开。",
                 "检测报告中有企业商业秘密，删去后提供，算部分公开。",
                 "有一件要评估报告，评估报告里的专家名单去掉以后给他了。"):
        assert classify(text, ()).kinds == ["notes"], text
    # not: the annual report's own text, to be edited
    for text in ("把报告里“积极推进”这句删掉", "年度报告中删去第三段的最后一句", "报告里加一句：全年无复议"):
        assert "instruction" in classify(text, ()).kinds, text


def test_cases_still_open_at_last_years_end_are_carried_over():
    # "去年12月底还有1件渔民的，今年一起办了": what was still open when last year ended (还有/还剩, whose it was, done
    # this year) is 上年结转 of that applicant — not one more new application of theirs
    got = readings("今年收到7件，个人5件，企业2件。去年12月底还有1件个人的，今年一起办了。")
    assert got["applications.carried_over[6]"] == {1.0} and got["applications.carried_over[0]"] == {1.0}
    assert got["applications.new_received[0]"] == {5.0}
    got = readings("上年结转：去年底还有2件企业的没办完，今年1月份答复了。")
    assert got["applications.carried_over[6]"] == {2.0} and got["applications.carried_over[1]"] == {2.0}
    got = readings("去年年底手上还剩一件，今年跟新收的一起答复了。")
    assert got["applications.carried_over[6]"] == {1.0}
    got = readings("新收3件。上年末还剩1件企业的没办完。")
    assert got["applications.carried_over[1]"] == {1.0}
    # not: last year's count set beside this year's ("去年有3件，今年…7件")
    assert readings("去年有3件，今年一起办了7件。") == {}


def test_together_before_a_verb_of_handling_is_no_count():
    # "今年一起办了": 一起 is "together" before 办/处理/答复, not one case (一 起)
    assert readings("信访的材料和公开申请的材料一起处理了。") == {}
    assert readings("复议和诉讼的材料一起归档了。") == {}
    assert readings("依申请3件，上年结转的那件和今年的一起答复。").get("applications.new_received[6]") == {3.0}
    # not: 一起 as the count of an event ("处罚一起")
    assert readings("今年行政处罚一起，罚款5000元。")["active.punishment"] == {1.0}
