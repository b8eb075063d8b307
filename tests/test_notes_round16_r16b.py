"""Round 16 (r16b): readings added in this session, each a way clerks write, with phrasings of its own and a
negative."""
from assistant.drafting import conflicts
from tests.conftest import notes_draft, notes_tables, readings


def test_table_three_kept_by_applicant_rows_is_read_on_its_side():
    # A sheet with a row an applicant and a column a row of table 3; a merged header cell ("办结情况") comes as
    # its name and empty cells, the names under it on the next line.
    t = notes_tables("申请人\t新收\t上年结转数\t办结情况\t\t\t\t\t\t年底未办结\n"
                     "\t\t\t公开\t部分公开\t不予公开\t无法提供\t不予处理\t其他处理\t\n"
                     "个人\t9\t1\t5\t1\t0\t3\t0\t0\t1\n"
                     "企业\t3\t0\t2\t0\t1\t0\t0\t0\t0\n"
                     "合计\t12\t1\t7\t1\t1\t3\t0\t0\t1")
    assert t.value("applications.new_received[0]") == 9 and t.value("applications.new_received[1]") == 3
    assert t.value("applications.granted[0]") == 5 and t.value("applications.granted[6]") == 7
    assert t.value("applications.carried_forward[0]") == 1 and t.value("applications.carried_over[6]") == 1
    # A one-line header, the form's words for the columns, one a tab.
    t = notes_tables("类型\t新收申请\t予以公开\t不予公开\t无法提供\t结转下年度\n"
                     "自然人\t6\t4\t0\t1\t1\n"
                     "律所\t2\t1\t1\t0\t0\n"
                     "总计\t8\t5\t1\t1\t1")
    assert t.value("applications.new_received[4]") == 2 and t.value("applications.granted[4]") == 1
    assert t.value("applications.new_received[6]") == 8 and t.value("applications.carried_forward[0]") == 1
    # The 法人或其他组织 merged cell heading the first of its rows, the others' first cell empty.
    t = notes_tables("\t\t本年新收\t予以公开\t部分公开\t不予处理\t本年办结\n"
                     "自然人\t\t4\t3\t1\t0\t4\n"
                     "法人或其他组织\t商业企业\t2\t1\t0\t1\t2\n"
                     "\t公益组织\t1\t1\t0\t0\t1\n"
                     "合计\t\t7\t5\t1\t1\t7")
    assert t.value("applications.new_received[1]") == 2 and t.value("applications.new_received[3]") == 1
    assert t.value("applications.partially_granted[0]") == 1 and t.value("applications.total_processed[6]") == 7
    # "办理结果" over empty cells, the line with the names under it missing: its figures are no 办结.
    got = readings("类型\t新收\t上年结转\t办理结果\t\t\t结转下年\n"
                   "自然人\t6\t1\t4\t1\t1\t1\n"
                   "合计\t6\t1\t4\t1\t1\t1")
    assert got.get("applications.total_processed[0]") in (None, {6.0})
    assert got.get("applications.total_processed[6]") in (None, {6.0})


_BY_APPLICANT = "申请人\t新收\t予以公开\t不予公开\t不予处理\n个人\t3\t2\t1\t0\n律所\t2\t1\t1\t0\n合计\t5\t3\t2\t0\n"


def test_an_applicants_case_among_a_group_just_counted_is_that_case_only():
    # "不予公开2件，律所那件是内部事务信息": the law firm's withheld case, not every application the firm made.
    for text in (_BY_APPLICANT + "不予公开共2件，其中律所那件是内部事务信息，个人那件是他人的个人隐私。",
                 _BY_APPLICANT + "附：不予公开的两件，个人那一件是涉及第三方的，律所那一件是内部事务信息。",
                 "自然人申请3件：公开2件、不予公开1件；律所申请2件：公开1件、不予公开1件。均已办结。"
                 "不予公开2件，律所那件是内部事务信息，自然人那件涉及第三方。"):
        draft = notes_draft(text)
        t = draft[0]
        assert t.value("applications.withheld_internal_affairs[4]") == 1, text
        assert t.value("applications.withheld_third_party[0]") == 1, text
        assert not conflicts(draft[1]), text
    # A result outside the group named before stays all of that applicant's ("律所那两件都公开了").
    draft = notes_draft("申请人\t新收\t予以公开\t不予公开\t本年办结\n个人\t3\t2\t1\t3\n律所\t2\t2\t0\t2\n"
                        "合计\t5\t4\t1\t5\n不予公开1件，律所那两件都公开了，个人那件是内部事务信息。")
    assert draft[0].value("applications.granted[4]") == 2 and not conflicts(draft[1])
    assert draft[0].value("applications.withheld_internal_affairs[0]") == 1


def test_a_figure_set_aside_for_another_is_not_read():
    # "用A，不要用B": B is named only to be set aside; the count of the difference explained after it goes too.
    for text in ("行政许可用窗口台账的 856 件，不要用省平台导出的 871 件，平台里有15件是测试数据。",
                 "处罚以执法大队核定的214件为准，别用系统里的226件，系统里有12件是撤销后重新作出的。",
                 "强制按法制科统计的37件填，不采用业务系统的40件。"):
        got = readings(text)
        assert all(len(v) == 1 for v in got.values()), (text, got)
        assert not any(v & {871.0, 226.0, 40.0, 15.0, 12.0} for v in got.values()), (text, got)
    assert readings("行政许可用窗口台账的 856 件，不要用省平台导出的 871 件。").get("active.licensing") == {856.0}
    # Without the figure to use, "不用…" is no setting aside: "不用报的3件" still says 3.
    got = readings("处罚32件，其中不用报省里的3件也算在内")
    assert got.get("active.punishment") == {32.0}


def test_a_figure_reported_at_the_years_end_is_no_case_left_open():
    # "年底报的" says when a figure was reported, not cases still open at the year's end.
    for text, path, v in (("处罚数用执法科年底报的1,093", "active.punishment", 1093.0),
                          ("行政许可按审批股年底上报的412件", "active.licensing", 412.0),
                          ("强制用支队年末报的26件", "active.coercion", 26.0)):
        got = readings(text)
        assert got.get(path) == {v} and "applications.carried_forward[6]" not in got, (text, got)
    # "年底还有2件没办完" is cases left open.
    assert readings("年底还有2件没办完").get("applications.carried_forward[6]") == {2.0}


def test_a_colleague_surnamed_zhou_is_no_week():
    # 周 before a colleague's title ("周科：", "周主任说") names a person, not a week's figure.
    for text, path, v in (("周科：处罚1,093件", "active.punishment", 1093.0),
                          ("周主任说行政许可是215件", "active.licensing", 215.0),
                          ("周局意见：强制按18件报", "active.coercion", 18.0)):
        assert readings(text).get(path) == {v}, text
    # "上周处罚12件" is one week's.
    assert "active.punishment" not in readings("上周处罚12件")


def test_an_outcome_word_in_a_sentence_about_a_table_two_row_is_no_suits_outcome():
    # After the suits, a sentence on 处罚 that says decisions were revoked ("撤销") tells of the decisions.
    for text in ("行政诉讼1件，尚未审结。\n处罚用执法科的数，系统里重复算的那些是撤销后重作的。",
                 "复议2件。\n许可以窗口为准，平台里多出来的是撤回后重新提交的。",
                 "行政诉讼2件，直接起诉。\n处罚数以台账为准，有的决定被撤销后重新作出，不重复计算。"):
        got = readings(text)
        t = notes_tables(text)
        assert t.value("review_litigation.litigation_direct[1]") in (None, 0), text
        assert t.value("review_litigation.review[1]") in (None, 0), text
        assert t.value("review_litigation.litigation_direct[3]") != 0 or "尚未审结" not in text, (text, got)
    # Right after the suits it is theirs: "诉讼1件，撤销".
    t = notes_tables("行政诉讼1件，直接起诉，撤销")
    assert t.value("review_litigation.litigation_direct[1]") == 1


def test_a_reviewers_bracket_that_moves_a_figures_case_puts_the_figure_right():
    # "执法案卷 1 【周科：执法案卷那件…算部分公开】": the figure drops by the case moved; the bracket's own figures stand.
    t = notes_tables("办结10件：公开5，部分公开2，不予公开3：第三方 2，过程性信息 1 【李科：过程性信息那件后来给了一部分，算部分公开。"
                     "不予公开改2，部分公开改3】")
    assert t.value("applications.withheld_process_info[6]") == 0 and t.value("applications.partially_granted[6]") == 3
    t = notes_tables("复议 3件：维持2，纠正1 【王主任：纠正那件是土地征收的复议，不是信息公开的，剔除。复议改为2件，都维持】")
    assert t.value("review_litigation.review[1]") == 0 and t.value("review_litigation.review[4]") == 2
    t = notes_tables("办结6件：公开4，不予处理2：重复申请 2 [审核：重复申请那2件其实是信访，不算重复]\n不予处理：信访 2")
    assert t.value("applications.rejected_duplicate[6]") == 0
    # A bracket that only tells about the case ("那件是律所申请的") moves nothing.
    t = notes_tables("办结4件：公开3，不予公开1：第三方 1 【李科：第三方那件是律所申请的】")
    assert t.value("applications.withheld_third_party[6]") == 1


def test_a_suit_after_the_review_with_who_sued_said_between():
    for text in ("复议1件，维持；诉讼1件，就是这件复议后他又起诉的，法院驳回了",
                 "行政复议1件维持了。行政诉讼1件，是复议之后申请人再告的，驳回诉讼请求",
                 "复议1件（维持），诉讼1件：复议完对方又起诉，一审驳回"):
        t = notes_tables(text)
        assert t.value("review_litigation.litigation_after_review[4]") == 1, text
        assert t.value("review_litigation.litigation_direct[4]") == 0, text
    # Sued without a review before it is a direct suit.
    t = notes_tables("复议0件。诉讼1件，他直接起诉的，还没判")
    assert t.value("review_litigation.litigation_direct[4]") == 1


def test_a_groups_figure_after_its_reason_in_a_list_of_results_is_that_reasons():
    # Results listed one by one, one reason of the group already counted: "因…另行加工，告知无法提供1件" counts
    # the cases of that reason, not the whole group.
    for text, path in (("办结4件，其中予以公开2件，本机关不掌握1件，因需对原始资料另行加工汇总，告知无法提供1件。",
                        "applications.unavailable_needs_creation[6]"),
                       ("办结5件：公开3件，本单位没有这个信息的1件，因申请内容需要另行制作，无法提供1件。",
                        "applications.unavailable_needs_creation[6]"),
                       ("办结6件，予以公开4件，重复申请不予处理1件，由于要求提供公开出版物，不予处理1件。",
                        "applications.rejected_publication[6]")):
        t = notes_tables(text)
        assert t.value(path) == 1, text
    t = notes_tables("办结4件，其中予以公开2件，本机关不掌握1件，因需对原始资料另行加工汇总，告知无法提供1件。")
    assert t.value("applications.unavailable_not_held[6]") == 1
    # Alone, the group's figure after its reason is the group's, all of that reason.
    t = notes_tables("因需要另行加工，无法提供2件。")
    assert t.value("applications.unavailable_needs_creation[6]") in (None, 2)


def test_a_quoted_zero_word_ends_its_clause():
    # "复议诉讼还是“全年未发生”": the template's words in quotes, a zero like any other.
    for text in ("复议诉讼那段还是“全年未发生”，我没动。", "行政复议、行政诉讼照旧写“无”。",
                 "复议和诉讼那一句沿用「均未发生」。"):
        t = notes_tables(text)
        assert t.value("review_litigation.review[4]") == 0, text
        assert t.value("review_litigation.litigation_direct[4]") == 0, text
    # A quoted word that is no zero ("“无”字删掉") says nothing of the figures... nor does a quote not ending there.
    t = notes_tables("复议写的“无异议”，诉讼1件直接起诉")
    assert t.value("review_litigation.review[4]") is None


def test_his_that_thing_counts_no_case():
    # "他那个投诉": a pronoun's "那个" is his thing, no case counted — the cases told one by one stay two.
    for text in ("不予公开2件，1件涉及他人隐私，1件要的是局里研究他那个投诉时的会议讨论记录，属于过程性信息。",
                 "不予公开2件：1件是要邻居的户籍资料，涉及个人隐私；另1件要她那个项目的内部请示，属于过程性信息。",
                 "不予公开2件，1件要的是别人的合同，涉及第三方；1件是问它那个审批的讨论稿，属于过程性信息。"):
        t = notes_tables(text)
        assert t.value("applications.withheld_third_party[6]") == 1, text
        assert t.value("applications.withheld_process_info[6]") == 1, text
    # "拆迁那个…我们没有": a case pointed at by what it asked for is still one case.
    got = readings("今年就两个人申请。救助那个给他看了名单，公开了。拆迁那个是县里管的，我们没有，告诉他去县里问了")
    assert got.get("applications.unavailable_not_held[6]") == {1.0}


def test_a_bare_other_whose_cases_are_told_as_other_handling_is_that_group():
    # "其他 2：都是逾期不补正的" among the results: 其他处理, its cases of that reason.
    for text, path in (("办结10件：\n- 公开 8\n- 其他 2：都是逾期不补正的", "applications.other_no_correction[6]"),
                       ("办结6件：公开5，其他1（申请人撤回）", "applications.other_other[6]"),
                       ("办结：予以公开7件，其他3件：申请人逾期未缴纳费用", "applications.other_no_fee[6]")):
        t = notes_tables(text)
        got = t.value(path)
        assert got == (2 if "2：" in text else 1 if "其他1" in text else 3), (text, got)
    # In the applicants' list, 其他 is the applicants' column whatever its remark says.
    assert readings("新收：个人5，其他2（都是逾期不补正的）").get("applications.new_received[5]") == {2.0}
    # Among a review's outcomes, 其他 is 其他结果 whatever its remark says ("其他2（撤回终止的）").
    t = notes_tables("行政复议 9件：维持5 纠正1 其他2（撤回终止的） 尚未审结1")
    assert t.value("review_litigation.review[2]") == 2 and t.value("applications.other_other[6]") is None


def test_a_numbered_reply_answers_the_requests_item_of_its_number():
    # A liaison slip: the request's numbered items name the topic; the reply's item of the same number gives
    # the documents' columns without naming the documents again.
    for text, issued, repealed, in_force in (
            ("请提供：\n1.规范性文件制发、废止、现行有效件数；\n2.复议诉讼情况。\n回复：\n1.制发2件，废止1件，现行有效8件。\n"
             "2.复议诉讼都没有。", 2, 1, 8),
            ("事项：\n1、2025年行政规范性文件制发废止及有效情况\n2、行政许可数\n答复：\n1、制发0件，废止0件，现行有效3件\n"
             "2、许可415件", 0, 0, 3),
            ("内容：\n1.2025年制发、废止的行政规范性文件件数及目前现行有效件数；\n2.2025年行政处罚决定数量。\n"
             "反馈意见（手写）：\n1.制发1件（某规〔2025〕1号），废止0，现行有效5件。\n2.处罚12件。", 1, 0, 5)):
        t = notes_tables(text)
        assert t.value("active.normative_documents.issued") == issued, text
        assert t.value("active.normative_documents.repealed") == repealed, text
        assert t.value("active.normative_documents.in_force") == in_force, text
    # The request's item of that number names no documents: the columns stay unread.
    t = notes_tables("请提供：\n1.行政许可数；\n2.行政处罚数。\n回复：\n1.制发2件，废止1件，现行有效8件。")
    assert t.value("active.normative_documents.issued") is None
