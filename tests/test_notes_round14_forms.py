"""Round 14, notes in unusual forms (record forms, registers, inquiry records): each class of writing with
phrasings of our own and a negative."""
from __future__ import annotations

from tests.conftest import readings, said


# --- a date written as eight digits ("20240315"), as a register or a system export prints it, is no count ---------

def test_eight_digit_dates_are_no_figures():
    for text in ("序号1 王某 申请日期20240315 答复日期20240410 予以公开",
                 "收文 20241105，办结 20241128，结果：部分公开",
                 "3\t李某某\t20250102\t不予公开（第三方）"):
        got = readings(text)
        assert not any(v > 1e6 for vs in got.values() for v in vs), (text, got)


def test_eight_digit_figure_that_is_no_date_is_still_read():
    # an amount whose digits make no month and day is no date ("20231388": month 13), nor one in 元
    assert said("行政事业性收费20231388元")["active.fees"] == 2023.1388
    assert said("行政事业性收费12345678元")["active.fees"] == 1234.5678


# --- a record form's item codes ("A3 行政处罚", "B2 上年结转", "计入 B1") are which item, not a count ---------

def test_item_codes_of_a_record_form_are_no_figures():
    got = readings("A2 行政许可：办理 12 件\nA3 行政处罚：5 件　A4 行政强制：0 件")
    assert got["active.licensing"] == {12} and got["active.punishment"] == {5} and got["active.coercion"] == {0}
    got = readings("B1 本年新收：6 件（自然人 4；商业企业 2）\nB2 上年结转：0 件\nB4 结转下年度：1 件")
    assert got["applications.new_received[6]"] == {6} and got["applications.carried_over[6]"] == {0}
    assert got["applications.carried_forward[6]"] == {1}
    got = readings("依申请新收3件。说明：C2 那件按要求计入 B1 商业企业。")
    assert got.get("applications.new_received[1]", set()) <= {0} and 2 not in got.get("applications.new_received[6]", {3})


def test_a_count_glued_to_its_letter_is_still_read():
    # a figure written with its unit right after a letter-and-digit is still a count ("共3件" stays)
    assert said("依申请收到A类申请3件")["applications.new_received[6]"] == 3


# --- staff held to account ("追究个人责任") is no 自然人 applicant -------------------------------------------

def test_personal_liability_is_no_applicant():
    for text in ("年底结转2件，都是个人申请的。全年没有追究个人责任。",
                 "结转下年2件，均为个人申请。全年未追究个人责任",
                 "年底未办结2件（均为个人申请），全年无个人责任追究"):
        got = readings(text)
        assert 0 not in got.get("applications.carried_forward[0]", set()), (text, got)


def test_personal_liability_words_leave_an_individual_applicant():
    got = said("年底结转2件，1件是个人申请的。")
    assert got["applications.carried_forward[0]"] == 1
    assert said("年底结转2件。没有个人申请的。")["applications.carried_forward[0]"] == 0
    assert said("结转下年2件，均为企业申请，没有个人申请的。")["applications.carried_forward[0]"] == 0


# --- carried over, told by the two years ("2024年收到、转到2025年办理的") ------------------------------------

def test_carry_over_told_by_the_two_years():
    assert said("问：有没有2024年收到、转到2025年办理的？\n答：有两件。") == {"applications.carried_over[6]": 2}
    got = said("去年受理、转入今年办理的有3件。")
    assert got["applications.carried_over[6]"] == 3 and "applications.new_received[6]" not in got
    got = said("2024年度接收后结转至2025年度继续办理1件。")
    assert got["applications.carried_over[6]"] == 1 and "applications.carried_forward[6]" not in got
    got = said("去年底收到、拖到今年答复的2件，一件是企业的。")
    assert got["applications.carried_over[6]"] == 2 and got["applications.carried_over[1]"] == 1


def test_carry_over_of_other_years_is_not_this_reports():
    # (report year 2025) two years back, or from this year into the next: not 上年结转
    assert "applications.carried_over[6]" not in said("2023年收到、转到2024年办理的有2件。")
    assert "applications.carried_over[6]" not in said("2025年收到、转到2026年办理的1件。")


# --- a review or suit not yet concluded, "not yet" + "concluded" in any pairing ("还有1件没审结") -----------------

def test_pending_said_by_not_yet_and_concluded():
    got = said("行政复议4件，维持2件、纠正1件、还有1件没审结")
    assert got["review_litigation.review[3]"] == 1
    got = said("行政诉讼3件，都是直接起诉的，驳回2件，1件至今没有结案")
    assert got["review_litigation.litigation_direct[3]"] == 1
    got = said("复议2件：维持1件，另1件目前还没审理完毕。")
    assert got["review_litigation.review[3]"] == 1


def test_concluded_or_none_is_not_pending():
    got = said("行政复议2件，维持1件，另1件已结案，复议机关撤销了原答复")
    assert "review_litigation.review[3]" not in got
    got = readings("行政复议1件，维持1件；行政诉讼没有")
    assert got["review_litigation.review[0]"] == {1} and "review_litigation.review[3]" not in got
    assert "review_litigation.litigation_direct[3]" not in got


# --- a document's print run at its foot ("（共印30份）") is no figure ------------------------------------------

def test_print_run_of_a_bulletin_is_no_figure():
    for text, cell, value in (("依申请新收5件，部分公开2件。\n报：局领导\n送：各科室　　　　（共印30份）",
                               "applications.partially_granted[6]", 2),
                              ("予以公开3件\n抄送：各处室　　共印制 45 份", "applications.granted[6]", 3),
                              ("部分公开1件。印数：20", "applications.partially_granted[6]", 1)):
        assert readings(text)[cell] == {value}, text


def test_documents_printed_and_issued_are_still_counted():
    assert said("今年共印发规范性文件4份")["active.normative_documents.issued"] == 4


# --- a suit filed after the review, told with 提起 and no noun ("是纳税人在复议后提起的") ------------------------

def test_suit_filed_after_review_with_tiqi():
    got = said("行政诉讼3件，2件是复议完再提起的，1件直接起诉")
    assert got["review_litigation.litigation_after_review[4]"] == 2 and got["review_litigation.litigation_direct[4]"] == 1
    got = said("行政诉讼1件，是纳税人在复议后提起的，法院已判决驳回。")
    assert got["review_litigation.litigation_direct[4]"] == 0 and "review_litigation.review[4]" not in got
    got = said("诉讼2件，都是复议以后提起的")
    assert got["review_litigation.litigation_direct[4]"] == 0


def test_suit_filed_directly_with_tiqi_stays_direct():
    got = said("行政诉讼1件，未经复议直接提起")
    assert got["review_litigation.litigation_direct[4]"] == 1 and got["review_litigation.litigation_after_review[4]"] == 0


# --- a register's serial number in its first column ("7｜问题…｜措施…") is no figure -----------------------------

def test_serial_number_of_a_register_row_is_no_figure():
    got = readings("序号｜问题｜措施｜责任科室\n3｜上年结转数据与台账不一致｜逐件核对｜办公室\n"
                   "4｜行政处罚信息公开不及时｜建立公开机制｜执法大队")
    assert "applications.carried_over[6]" not in got and "active.punishment" not in got, got
    got = readings("No.|事项|处理结果|备注\n12|王某申请公开拆迁补偿方案|予以公开|已送达\n13|某公司申请公开招标文件|部分公开|已送达")
    assert 12 not in got.get("applications.granted[6]", set()) and 13 not in got.get("applications.partially_granted[6]", set())
    got = readings("5\t行政许可事项清单调整\t已完成\t法规科\n6\t依申请公开台账完善\t长期坚持\t办公室")
    assert "active.licensing" not in got and "applications.new_received[6]" not in got, got


def test_a_row_of_figures_or_a_label_and_its_figure_is_still_read():
    got = readings("项目｜件数\n新收｜5\n予以公开｜4")
    assert got["applications.new_received[6]"] == {5} and got["applications.granted[6]"] == {4}
    got = readings("行政处罚|12|已公开\n行政许可|30|已公开")
    assert got["active.punishment"] == {12} and got["active.licensing"] == {30}
