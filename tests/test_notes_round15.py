"""Round 15: readings moved or added in this session, each with phrasings of its own and a negative."""
from tests.test_notes import tables


def test_a_figure_said_afterwards_to_include_the_carried_over_cases_replaces_the_new_cases_figure():
    t, _ = tables("今年新收申请28件", "28件是连上年结转的一起算的，上年结转3件")
    assert t.value("applications.new_received[6]") == 25 and t.value("applications.carried_over[6]") == 3
    # Said together in one message, the same.
    t, _ = tables("今年新收申请28件，这28件包括去年转过来的在内，去年转来的3件")
    assert t.value("applications.new_received[6]") == 25
    # "不含上年结转" is not this: the figure stays the new cases.
    t, _ = tables("今年新收申请28件", "28件不含上年结转，上年结转3件")
    assert t.value("applications.new_received[6]") == 28 and t.value("applications.carried_over[6]") == 3


def test_a_row_named_after_buhan_is_what_the_figure_leaves_out_not_its_row():
    for text in ("今年新收申请28件，28件不含上年结转，上年结转3件", "今年新收15件(不含上年结转)，上年结转3件",
                 "新收申请15件，不包括去年结转的3件"):
        t, _ = tables(text)
        assert t.value("applications.carried_over[6]") == 3 and t.value("applications.new_received[6]") in (28, 15)
    # A figure with its row before 不含 still binds: "上年结转2件（不含已撤回的）".
    t, _ = tables("上年结转2件（不含已撤回的），新收5件")
    assert t.value("applications.carried_over[6]") == 2


def test_a_reply_naming_only_a_reason_is_the_reason_of_the_group_just_counted():
    for first, reply, row, n in (("不予公开填2件", "是保护第三方权益的那种", "withheld_third_party", 2),
                                 ("不予公开2件", "是国家秘密", "withheld_state_secret", 2),
                                 ("无法提供3件", "理由是本机关不掌握", "unavailable_not_held", 3),
                                 ("不予处理有1件", "属于信访举报投诉类的", "rejected_petition", 1)):
        t, _ = tables(first, reply)
        assert t.value(f"applications.{row}[6]") == n, (first, reply)
    # A reason of another group says nothing of the count before; neither does a reply after a single row.
    t, _ = tables("无法提供3件", "是国家秘密")
    assert t.value("applications.withheld_state_secret[6]") in (None, 0) and \
        t.value("applications.unavailable_not_held[6]") is None
    t, _ = tables("予以公开2件", "是国家秘密")
    assert t.value("applications.granted[6]") == 2 and t.value("applications.withheld_state_secret[6]") != 2


def test_rows_joined_by_spoken_or_jotted_and_are_a_list():
    for text in ("予以公开跟部分公开一共12件，部分公开3件", "予以公开同部分公开共12件，部分公开3件",
                 "予以公开+部分公开共12件，部分公开3件"):
        t, _ = tables(text)
        assert t.value("applications.granted[6]") == 9, text
    t, _ = tables("许可跟处罚都是0")
    assert t.value("active.licensing") == 0 and t.value("active.punishment") == 0
    # 同 in 同比 joins nothing: the figure stays the row's own.
    t, _ = tables("予以公开12件，同比增加2件，部分公开3件")
    assert t.value("applications.granted[6]") == 12


def test_second_read_the_session_s_new_rules_leave_stated_figures_alone():
    # A year naming the carried-over cases' year is no past figure.
    t, _ = tables("上年结转（2024年）3件，今年新收20件")
    assert t.value("applications.carried_over[6]") == 3
    # "年度行政许可为2046" is a count, not the year a date condition was written as.
    t, _ = tables("年度行政许可为2046")
    assert t.value("active.licensing") == 2046
    # 报数据 names no radio practice, and "两三件" is "about three", never 23.
    t, _ = tables("按要求报数据：依申请公开新收 两三 件")
    assert t.value("applications.new_received[6]") != 23
    # A line that tells applications first is no other work's line, and 便民服务中心 is where they came in.
    t, _ = tables("便民服务中心收到3件，都已答复")
    assert t.value("applications.new_received[6]") == 3
    # "在二审中维持原判": decided on appeal, not pending.
    t, _ = tables("行政诉讼1件，在二审中维持原判")
    assert t.value("review_litigation.litigation_direct[0]") == 1
    # A question back is no outcome or reason told.
    t, _ = tables("不予公开2件", "是国家秘密吗？")
    assert t.value("applications.withheld_third_party[6]") is None
    t, _ = tables("复议有1件", "结果是维持吗")
    assert t.value("review_litigation.review[0]") is None
    # "存在一起行政诉讼": one case.
    t, _ = tables("存在一起行政诉讼，判决维持")
    assert t.value("review_litigation.litigation_direct[4]") == 1
    # A formula right after its label is blanked, its result kept.
    t, _ = tables("新收=SUM(C3:C7) 14")
    assert t.value("applications.new_received[6]") == 14
