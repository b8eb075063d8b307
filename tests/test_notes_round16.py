"""Round 16: readings moved or added from the tuned conversations, each with phrasings of its own and a negative."""
from tests.test_notes import tables


def test_a_bare_queren_in_a_list_of_the_rejected_rows_is_the_confirmation_row():
    for text in ("不予处理5件：信访类2 重复1 出版物1 大量反复0 确认1", "不予处理5件，信访2件、重复申请1件、公开出版物1件、确认1件",
                 "不予处理：信访类3 重复1 确认 1"):
        t, _ = tables(text)
        assert t.value("applications.rejected_confirmation[6]") == 1, text
    # Anywhere else 确认 is the verb: the figure stays where it was said.
    t, _ = tables("不予处理1件，是重复申请，请确认1件无误")
    assert t.value("applications.rejected_duplicate[6]") == 1 and t.value("applications.rejected_confirmation[6]") in (None, 0)


def test_the_carried_rows_pointed_at_by_their_year():
    for first, reply, row, col in (("上年结转1件，结转下年3件", "上年那件是环保组织的", "carried_over", 3),
                                   ("上年结转2件，新收5件", "去年的那2件都是个人", "carried_over", 0),
                                   ("新收5件，结转下年1件", "下年的1件是律所的", "carried_forward", 4),
                                   ("上年结转2件，新收9件", "转过来的两件一个是律所一个是个人", "carried_over", 0)):
        t, _ = tables(first, reply)
        assert t.value(f"applications.{row}[{col}]") in (1, 2), (first, reply)
    # A bare 上年 or 下年 with no case pointed at stays the past or the plan.
    t, _ = tables("新收5件，上年那会儿收了8件")
    assert t.value("applications.carried_over[6]") != 8
    t, _ = tables("新收5件，下年的工作计划3项")
    assert t.value("applications.carried_forward[6]") != 3
    # Passed on by a body named before 转过来: new this year.
    t, _ = tables("市局转过来的2件，都公开了")
    assert t.value("applications.carried_over[6]") != 2


def test_a_reason_named_alone_goes_to_its_own_group_wherever_it_stood_in_the_line_before():
    for first, reply, row in (("公开10 部分公开2 不予公开1 无法提供3 其他处理1", "涉及企业的商业秘密 征求了企业意见 企业不同意公开",
                               "withheld_third_party"),
                              ("予以公开3件，无法提供1件，不予处理2件", "是本机关不掌握的", "unavailable_not_held"),
                              ("不予公开1件，部分公开2件", "是国家秘密", "withheld_state_secret")):
        t, _ = tables(first, reply)
        assert t.value(f"applications.{row}[6]") == 1, (first, reply)
    # A reason whose group the line before did not count binds nowhere.
    t, _ = tables("公开10 部分公开2 无法提供3 其他处理1", "涉及企业的商业秘密 征求了企业意见 企业不同意公开")
    assert t.value("applications.withheld_third_party[6]") in (None, 0)


def test_a_withdrawn_review_or_suit_is_its_other_outcome_not_a_second_case():
    t, _ = tables("复议2件 1件维持 1件申请人撤回了复议申请 诉讼0")
    assert [t.value(f"review_litigation.review[{k}]") for k in range(5)] == [1, 0, 1, 0, 2]
    t, _ = tables("行政复议3件，2件维持，1件对方撤回了行政复议")
    assert t.value("review_litigation.review[2]") == 1 and t.value("review_litigation.review[4]") == 3
    # A count with its outcome, then more cases: the count is the outcome's ("复议2件维持，还有1件撤回" is 3 reviews).
    t, _ = tables("复议2件维持，还有1件申请人撤回了复议申请")
    assert t.value("review_litigation.review[0]") == 2 and t.value("review_litigation.review[2]") == 1
    assert t.value("review_litigation.review[4]") in (None, 3)  # (never 2: that was the first count)
    t, _ = tables("行政诉讼2件判决维持，另有1件尚未审结")
    assert t.value("review_litigation.litigation_direct[0]") == 2 and t.value("review_litigation.litigation_direct[3]") == 1
    # Said alone, the count is the group's, all of that outcome.
    t, _ = tables("复议2件维持")
    assert t.value("review_litigation.review[4]") == 2 and t.value("review_litigation.review[0]") == 2
    # A withdrawn application stays table 3's 其他处理.
    t, _ = tables("申请人撤回申请2件，予以公开5件")
    assert t.value("applications.other_other[6]") == 2


def test_a_space_after_a_zero_word_ends_its_clause_when_its_part_names_what_is_none():
    for text in ("许可412件。收费我们没有 排污费早就改环保税了", "处罚15件，收费没有 税务收的", "规范性文件也没有🙏 对了"):
        t, _ = tables(text)
        told = [t.value("active.fees"), t.value("active.normative_documents.issued")]
        assert 0 in told, text
    # "…产权档案 我们没有 在不动产中心": where it is held, no none of a group.
    t, _ = tables("无法提供1件", "无法提供的要的是房子的产权档案 我们没有 在不动产中心")
    assert t.value("applications.unavailable_not_held[6]") != 0


def test_counts_of_channels_people_and_times_are_no_table_figures():
    t, _ = tables("今年依申请受理12件，上年转过来2件，答复完了13件", "都是网上申请的，就2件是邮寄来的")
    assert t.value("applications.granted[6]") is None and t.value("applications.new_received[6]") == 12
    t, _ = tables("新收11件。个人10件 其实就6个人 有个大爷一个人申了4回 还有1件是律所的")
    assert t.value("applications.new_received[0]") == 10 and t.value("applications.new_received[4]") == 1
    # A kind counted with 个 is still a count of applications.
    t, _ = tables("新收8件。个人就6个，企业2个")
    assert t.value("applications.new_received[0]") == 6


def test_the_one_case_pointed_at_with_nage_and_who_it_was():
    t, _ = tables("还有1件在办", "在办那个是个人的")
    assert t.value("applications.carried_forward[0]") == 1
    t, _ = tables("不予处理1件", "哦对那个投诉排污的是个人")
    assert t.value("applications.rejected_petition[0]") == 1
    # Two cases in the row: 那个 says nothing of both.
    t, _ = tables("还有2件在办", "在办那个是个人的")
    assert t.value("applications.carried_forward[0]") != 2


def test_the_firm_complained_of_is_not_who_applied_and_a_person_by_how_the_office_calls_them():
    t, _ = tables("不予处理1件，是投诉那个企业排污的事情")
    assert t.value("applications.rejected_petition[1]") != 1
    t, _ = tables("不予处理1件，举报一家公司违规的，按信访转走了")
    assert t.value("applications.rejected_petition[1]") != 1
    t, _ = tables("重复申请1件，是那个大爷申请的")
    assert t.value("applications.rejected_duplicate[0]") == 1
    # A firm that complained is the applicant.
    t, _ = tables("不予处理1件，是企业投诉的，都是企业")
    assert t.value("applications.rejected_petition[1]") == 1


def test_documents_told_to_another_question_with_one_column_put_off():
    from assistant.drafting import add_notes, new_draft, tables_report
    from tests.test_notes import OFFLINE
    d = new_draft("襄江经开区管委会", 2024, "县")
    for m in ("依申请今年新收9件，全部公开", "发了两个 废了一个 现行有效 我得回办公室看 📋"):
        d, _ = add_notes(d, m, OFFLINE)
    t = tables_report(d)
    assert t.value("active.normative_documents.issued") == 2 and t.value("active.normative_documents.repealed") == 1
    assert t.value("active.normative_documents.in_force") is None


def test_meiqu_gao_after_a_zero_word_is_no_suit():
    t, _ = tables("复议诉讼的情况：都没去复议 也没告")
    assert t.value("review_litigation.litigation_direct[4]") == 0 and t.value("review_litigation.review[4]") == 0
    t, _ = tables("行政复议没有，也没有告我们的")
    assert t.value("review_litigation.litigation_direct[4]") == 0
    # 没告知 is an answer not given, no suit.
    t, _ = tables("予以公开3件，有1件没告知申请人")
    assert t.value("review_litigation.litigation_direct[4]") is None


def test_an_informants_identity_is_a_third_party_and_no_decision_yet_is_pending():
    for text in ("不予公开1件（涉及举报人信息）", "不予公开1件，因为涉及投诉人的信息", "不予公开1件，里面有举报人身份"):
        t, _ = tables(text)
        assert t.value("applications.withheld_third_party[6]") == 1, text
    # A complaint is still a 信访 application.
    t, _ = tables("不予处理1件，是举报的")
    assert t.value("applications.rejected_petition[6]") == 1
    for text in ("行政复议2件，维持1件，还有1件区政府还没做出决定", "复议2件，1件纠正，1件市政府尚未做出决定"):
        t, _ = tables(text)
        assert t.value("review_litigation.review[3]") == 1, text
    # A review said to count 2 with three outcomes listed is the official's own inconsistency: reported, kept.
    t, d = tables("行政复议2件，维持1件，纠正1件，还有1件区政府还没做出决定")
    from assistant.drafting import conflicts
    assert conflicts(d)


def test_each_none_after_a_joined_review_and_suit_and_two_more_reasons_in_plain_words():
    for text in ("复议诉讼：各0件。", "复议诉讼各0件", "行政复议行政诉讼：各0件"):
        t, _ = tables(text)
        assert t.value("review_litigation.review[4]") == 0 and t.value("review_litigation.litigation_direct[4]") == 0, text
    # A count above none needs the suit's channel: "复议诉讼各1件" stays unread for the suit.
    t, _ = tables("复议诉讼各1件")
    assert t.value("review_litigation.litigation_direct[4]") is None
    t, _ = tables("无法提供2件，不掌握1件，要求把多年的数据汇总成表的1件")
    assert t.value("applications.unavailable_needs_creation[6]") == 1
    t, _ = tables("不予处理1件，是要求我们确认他手里一份批复是不是真的")
    assert t.value("applications.rejected_confirmation[6]") == 1


def test_a_pasted_table_ends_before_the_next_sections_heading():
    table = ("二、主动公开政府信息情况\n第二十条第（一）项\n信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n规章\t0\t0\t0\n"
             "行政规范性文件\t2\t1\t9\n第二十条第（五）项\n信息内容\t本年处理决定数量\n行政许可\t1,306\n第二十条第（六）项\n"
             "信息内容\t本年处理决定数量\n行政处罚\t4\n行政强制\t0\n第二十条第（八）项\n信息内容\t本年收费金额（单位：万元）\n"
             "行政事业性收费\t{fee}\n\n三、收到和处理政府信息公开申请情况\n今年共收到政府信息公开申请17件，均为自然人申请。")
    for fee in ("0", "3.5"):
        t, _ = tables(table.format(fee=fee))
        assert t.value("active.fees") == float(fee) and t.value("applications.new_received[6]") == 17, fee
        assert t.value("active.licensing") == 1306


def test_second_read_the_round_s_readings_leave_stated_figures_alone():
    A, R = "applications.", "review_litigation."
    # A count of all the cases, however they came, stays the count; only a part picked out is a channel's.
    for text, cell, n in (("今年一共收到3件都是网上提交的，都公开了", "new_received[6]", 3), ("收到申请2件都是邮寄来的", "new_received[6]", 2),
                          ("予以公开2件是当面来的", "granted[6]", 2), ("予以公开2 回复都在时限内", "granted[6]", 2),
                          ("予以公开3 回函已寄出", "granted[6]", 3)):
        t, _ = tables(text)
        assert t.value(A + cell) == n, text
    # People said alone may be all the clerk counted; right after a count in 件 they restate it.
    t, _ = tables("今年申请的只有2个人")
    assert t.value(A + "new_received[6]") == 2
    # Who applied right after 申请公开/要求公开 is who applied, not what was asked for.
    for text, n in (("申请公开的个人3件，企业2件", 5), ("申请公开个人3件、企业1件，都公开了", 4), ("要求公开：个人3件，法人1件", None)):
        t, _ = tables(text)
        assert t.value(A + "new_received[0]") == 3 and (n is None or t.value(A + "new_received[6]") == n), text
    # "不是局里的职责/数据/业务": what was asked is not ours — the answer, not another body's case.
    for text, cell, n in (("新收4件。本机关不掌握1件，是问社保的，不是局里的职责，告知他找人社局", "unavailable_not_held[6]", 1),
                          ("不予处理2件，都是投诉类的，不是局里的业务，转给了市场监管局", "rejected_petition[6]", 2)):
        t, _ = tables(text)
        assert t.value(A + cell) == n, text
    # People who asked for a review: one this year is one review; several, last year's, or beside a count, none.
    t, d = tables("行政复议1件，有2个人申请了复议，是一起提的")
    from assistant.drafting import conflicts
    assert t.value(R + "review[4]") == 1 and not conflicts(d)
    t, _ = tables("两名村民对答复不服申请了行政复议，是同一件")
    assert t.value(A + "new_received[6]") is None
    # A consultation told as the case's story, then done: nothing carried forward.
    t, _ = tables("公开5件，其中1件当时还在征求第三方意见，12月底公开了")
    assert t.value(A + "carried_forward[6]") is None
    # "不作为信息公开申请处理" beside another reason: that reason is the row.
    t, d = tables("不予处理2件，都是重复申请，不作为信息公开申请处理")
    assert t.value(A + "rejected_duplicate[6]") == 2 and not conflicts(d)
    # Cases passed on by another body, work planned, last year's reviews: no carried rows.
    t, _ = tables("区政府办转来2件申请，转过来的2件都公开了")
    assert t.value(A + "carried_over[6]") is None and t.value(A + "granted[6]") == 2
    for text in ("今年新收6件，明年的2件重点工作是规范性文件清理", "行政复议2件，去年那2件复议都是维持"):
        t, _ = tables(text)
        assert t.value(A + "carried_forward[6]") is None and t.value(A + "carried_over[6]") is None, text
    # More cases of another group after a count with its outcome: the count stays the total.
    t, _ = tables("行政诉讼2件判决维持，另有1件是复议")
    assert t.value(R + "litigation_direct[4]") == 2
    # A table made and given is a granted case, not one that needs making.
    t, _ = tables("公开3件，其中1件我们把数据做成表格给他了")
    assert t.value(A + "unavailable_needs_creation[6]") is None


def test_second_read_of_the_merged_branches_leaves_stated_figures_alone():
    A, R = "applications.", "review_litigation."
    # A figure set aside needs a reviewer's words: 予以, 不用再处理, 不按…处理 set nothing aside.
    for text, cell, n in (("新收8件，予以公开6件，重复申请不用再处理的2件。", "rejected_duplicate[6]", 2),
                          ("本年新收申请12件，都是个人申请。予以公开9件，不按信息公开申请处理的信访件3件。", "rejected_petition[6]", 3)):
        t, _ = tables(text)
        assert t.value(A + cell) == n, text
    # A bracket about something else lowers nothing ("不算错", "不统计到个人里").
    for text in ("予以公开 5，部分公开 3 【周科：部分公开那件没问题，不算错】",
                 "予以公开 5，部分公开 3件【部分公开那件是企业申请的，不统计到个人里】"):
        t, _ = tables(text)
        assert t.value(A + "partially_granted[6]") == 3, text
    # A table-3 sheet on its side: a cell not given is unknown, not 0.
    t, _ = tables("申请人类型\t本年新收\t上年结转\t予以公开\t部分公开\t结转下年\n自然人\t5\t1\t3\t1\n商业企业\t2\t0\t1\t1\t0")
    assert t.value(A + "carried_forward[0]") is None and t.value(A + "total_processed[0]") in (None, 4)
    # The applicants' 其他 on a line of its own stays the column.
    t, _ = tables("新收申请8件：自然人5件\n其他2件（村委会1件、居委会1件，居委会的后来撤回了）\n予以公开6件。")
    assert t.value(A + "new_received[5]") == 2
    # A qualifier before a space still qualifies.
    for text in ("今年新收申请约 20件，具体数还在核。", "上年结转的将近 10件。"):
        t, _ = tables(text)
        assert t.value(A + "new_received[6]") != 20 and t.value(A + "carried_over[6]") != 10, text
    # Reasons said of a group's whole, a 请示 given out, an insider applicant, last year's quoted words.
    t, _ = tables("新收10件，予以公开5件，涉及第三方1件，因属于过程性信息等原因，全年不予公开合计3件。")
    assert t.value(A + "withheld_process_info[6]") != 3
    t, _ = tables("新收5件，予以公开5件，其中2件要的是镇里给县里的请示，也公开了。")
    assert t.value(A + "withheld_process_info[6]") in (None, 0)
    t, _ = tables("新收10件，其中1件申请人是内部的，是本单位职工。")
    assert t.value(A + "withheld_internal_affairs[6]") is None
    t, _ = tables("去年报告里行政复议写的是“全年未发生”，今年有1件复议，结果维持。")
    assert t.value(R + "review[4]") == 1 and t.value(R + "review[0]") == 1
