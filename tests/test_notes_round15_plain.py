"""Round 15, plain notes of ordinary clerks: readings moved or added, each with phrasings of its own and a
negative."""
from tests.conftest import readings, said


def test_a_figure_of_a_year_before_the_reports_is_no_cell_of_this_year():
    # Class: a clerk sets this year's none beside an earlier year's count, the year written out as digits.
    for text, cell, figure in (
            ("行政复议本年度未发生，2021年曾有复议2件。", "review_litigation.review[4]", 2),
            ("诉讼今年一件也没有（2023年度有过3起行政诉讼）", "review_litigation.litigation_direct[4]", 3),
            ("今年无复议；2020年复议1件，已维持。", "review_litigation.review[4]", 1)):
        assert figure not in readings(text).get(cell, set()), text
    # Negative: the report's own year is this year's figure (readings read a 2025 report) …
    assert said("2025年共收到政府信息公开申请7件。").get("applications.new_received[6]") == 7
    # … and last December's cases answered this year stay the carried-over ones.
    assert said("2024年12月收到的1件今年1月才答复").get("applications.carried_over[6]") == 1
    # … and years added up with the earlier one's figure to take off keep that figure (the years compared).
    assert 6 in readings("两年合计个人11件企业4件，2024年那6件是个人5件企业1件")["applications.new_received[0]"]


def test_a_line_opening_on_other_work_counts_that_work_not_applications():
    # Class: a note of many jobs gives the hotline's, the mailbox's, the deputies' proposals' counts beside the
    # report's, on a line of their own, with the same verbs 受理/办结.
    for text in ("一、市民热线工单 本季度受理305件、办结300件\n二、依申请公开：新收申请6件",
                 "市长信箱：全年受理87件，均已办结。\n信息公开申请今年新收6件",
                 "3. 人大代表建议和政协提案共办结21件\n4. 公开申请新收6件"):
        r = readings(text)
        assert r.get("applications.new_received[6]") == {6}, text
        assert not ({305, 300, 87, 21} & r.get("applications.total_processed[6]", set())), text
    # Negative: an application that came by the hotline is an application.
    r = readings("热线转过来的政府信息公开申请4件，已全部办结4件")
    assert r.get("applications.new_received[6]") == {4} and r.get("applications.total_processed[6]") == {4}


def test_complaints_the_body_receives_as_its_own_work_are_no_petition_applications():
    # Class: an enforcing body's work figures — complaints or reports it takes in and deals with — sit in the
    # same notes as the report's; 信访举报投诉类 is an application answered so, not the body's complaint desk.
    for text in ("今年受理噪声扰民投诉57起，全部办结。", "全年接到群众举报19件，均已查处", "共处理消费者投诉130宗，挽回损失"):
        assert not readings(text).get("applications.rejected_petition[6]"), text
    # Negative: applications answered as petitions or complaints keep the row.
    assert said("收到申请9件，其中属于信访举报的3件不予处理").get("applications.rejected_petition[6]") == 3
    assert said("不予处理的：投诉类2件").get("applications.rejected_petition[6]") == 2
    # … and a result's 处理 before the complaint is no handling verb: "不予处理只剩举报那1件".
    assert said("不予处理3件。改一下，不予处理只剩举报那1件").get("applications.rejected_petition[6]") == 1


def test_a_review_or_suit_not_yet_concluded_told_by_the_short_jie():
    # Class: clerks shorten 审结/结案 to 结 for the review or suit still open ("没结", "未结", "还没结").
    for text, row in (("复议6件，维持4件，纠正1件，剩下1件没结", "review"),
                      ("行政复议3件：2件维持，1件至今还没结。", "review"),
                      ("诉讼2件，1件驳回，另1件尚未结", "litigation_direct")):
        assert said(text).get(f"review_litigation.{row}[3]") == 1, text
    # Negative: applications still open at the year's end are no suit pending.
    r = readings("新收7件，办结5件，2件没结")
    assert not any(k.startswith("review_litigation.") for k in r)


def test_an_applicant_filed_under_the_other_column_by_a_verb_of_filing():
    # Class: a kind of applicant confirmed by the clerk as filed under 其他 with 算/归入/算作 … 其他 right after its
    # count (the kind and the verb's 其他 are one column, no rest).
    for text, n in (("个人8件，合作社1件（算其他）", 1), ("个人8件，居委会2件(归入其他)", 2),
                    ("个人8件，事业单位1件 算作其他", 1)):
        assert said(text).get("applications.new_received[5]") == n, text
    # Negative: 其他处理 after the same verb stays a result, no applicant.
    assert "applications.new_received[5]" not in said("个人8件，其中1件逾期不补正，算其他处理")
    # Nor is a case told before, filed as 其他 with no count before the verb: that is the result 其他处理.
    assert "applications.new_received[5]" not in said("还有1件申请人自己撤回了，那就算其他吧")


def test_a_noun_opening_on_wu_is_no_none():
    # Class: 无人机, 无线电, 无障碍 … name a trade; its 无 says no "none" of the applicant beside it.
    for text in ("申请3件，都是企业（一个物流公司、一个无线电公司、一个建筑公司）",
                 "新收2件 都是企业(一个无纺布厂 一个无人机公司)",
                 "申请两件，都是企业：一个快递公司，一个无人驾驶公司。"):
        assert 0 not in readings(text).get("applications.new_received[1]", set()), text
    # Negative: 无 after the kind is its none.
    assert said("企业无，个人3件").get("applications.new_received[1]") == 0
