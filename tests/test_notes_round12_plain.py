"""Round-12 plain notes (notes_fresh11, tuned half): ways clerks write that the reader missed, each with a phrasing
of our own and a similar sentence the rule must not fire on."""
from tests.conftest import readings, said


def test_disclosure_as_what_a_review_was_about_is_no_result():
    # "因信息公开而产生的行政诉讼": 信息公开 names the review's or suit's subject, not 予以公开 0 (a false clash)
    got = readings("今年依申请公开收到6件，公开4件。本年度没有因信息公开而产生的行政诉讼。")
    assert got["applications.granted[6]"] == {4.0}
    got = readings("收到依申请公开6件，公开4件。涉及信息公开方面的复议今年没有。")
    assert got["applications.granted[6]"] == {4.0}
    # not: the information itself disclosed, with a review told after
    got = readings("依申请6件，申请的信息公开了4件，行政复议1件。")
    assert got["applications.granted[6]"] == {4.0}


def test_blacked_out_then_given_is_partial():
    # "把电话号码遮了再给的": what could not be given was blacked out and the rest handed over (部分公开)
    got = readings("依申请公开收到2件。一件是商户要隔壁店的检查结果，把电话号码遮了再给的。另一件给了。")
    assert got["applications.partially_granted[6]"] == {1.0}
    assert "applications.withheld_third_party[6]" not in got
    # not: withheld for someone's personal information and nothing given
    got = readings("依申请公开收到2件。一件是企业要别人的合同，涉及个人信息，没给。另一件给了。")
    assert got["applications.withheld_third_party[6]"] == {1.0}
    assert "applications.partially_granted[6]" not in got


def test_parties_named_together_whose_information_is_no_applicant():
    # "里面有物业公司和业主的信息": the case held a company's and owners' details; a person applied
    got = readings("依申请公开收到2件，都是个人申请的。1件要采购合同，里面有物业公司和业主的信息，打了码给的，"
                   "算部分公开；1件给了。")
    assert got["applications.partially_granted[6]"] == {1.0}
    assert "applications.partially_granted[1]" not in got
    # not: two parties named together as who applied ("…的申请")
    got = readings("依申请公开收到2件：1件是物业公司和业委会的申请，部分公开；1件是个人的，给了。")
    assert got["applications.partially_granted[1]"] == {1.0}


def test_received_last_december_and_handled_across_the_new_year_is_carried_over():
    # "去年12月收到、跨年处理的1件": came in last year, done this year — 上年结转, not 结转下年
    got = readings("今年共受理申请9件，另有去年12月收到、跨年处理的1件。")
    assert got["applications.carried_over[6]"] == {1.0}
    assert got["applications.new_received[6]"] == {9.0}
    assert "applications.carried_forward[6]" not in got
    # not: this year's December case that runs into next year
    got = readings("今年共受理申请9件，其中12月受理、跨年办理的1件。")
    assert "applications.carried_over[6]" not in got
    assert got["applications.carried_forward[6]"] == {1.0}


def test_within_the_time_limit_is_no_head_of_its_own():
    # "尚有2件在规定期限内处理中": 期限内 says when; the figure is the cases still being dealt with
    got = readings("全年新收申请12件。截至12月31日，尚有2件在规定期限内处理中。")
    assert got["applications.carried_forward[6]"] == {2.0}
    # not: the time limit itself, or cases past it, are no row
    got = readings("全年新收申请12件，2件超过期限，答复期限是15个工作日。")
    assert "applications.carried_forward[6]" not in got


def test_people_named_by_their_work_on_land_or_water_are_natural_persons():
    # "是一个渔民申请的": a fisherman, herder or grower applied as a person
    got = readings("依申请收到1件，是一个渔民申请的，给了。")
    assert got["applications.new_received[1]"] == {0.0}
    assert "applications.new_received[0]" not in got or got["applications.new_received[0]"] == {1.0}
    # not: the fishermen's cooperative (其他) or a fishery company applying
    got = readings("依申请收到1件，是渔民专业合作社申请的，给了。")
    assert got["applications.new_received[0]"] == {0.0}


def test_review_about_something_other_than_disclosure_is_not_counted():
    # "行政复议有1起，是许可被驳回去复议的，不是信息公开的案子": not a review of the report
    got = readings("行政复议有1起，是许可被驳回去复议的，不是信息公开的案子。")
    assert "review_litigation.review[4]" not in got
    got = readings("今年被起诉2次，都是征收补偿的，跟信息公开无关。")
    assert not any(k.startswith("review_litigation.litigation") for k in got)
    # not: a review said to be about disclosure
    got = readings("行政复议1件，是信息公开的事，维持了。")
    assert got["review_litigation.review[4]"] == {1.0}


def test_a_body_that_makes_no_documents_has_none():
    # "规章和规范性文件我中心均不制定": none issued, repealed or in force
    got = readings("规章和规范性文件我中心均不制定；行政许可20件。")
    for cell in ("active.regulations.in_force", "active.normative_documents.issued",
                 "active.normative_documents.in_force"):
        assert got[cell] == {0.0}
    # not: none made this year, while older ones are in force
    got = readings("规范性文件本年度不制发，现行有效的还有4件。")
    assert got["active.normative_documents.issued"] == {0.0}
    assert got["active.normative_documents.in_force"] == {4.0}


def test_a_named_charge_then_what_was_collected_is_the_fee():
    # "排污费今年共收取12.5万元": the charge named first, then the amount collected (行政事业性收费, 万元)
    assert readings("排污费今年共收取12.5万元。")["active.fees"] == {12.5}
    assert readings("河道采砂管理费全年征收1,250,000元。")["active.fees"] == {125.0}
    # not: the charge for answering applications, or a copying charge
    assert "active.fees" not in readings("信息处理费全年征收300元。")
    assert "active.fees" not in readings("复印费收取了50元。")


def test_none_left_undone_at_the_year_end_is_no_carry_forward():
    # "年底也没有没办的": nothing still undone when the year closed (结转下年 0); "还有1件没办的": one
    got = readings("今年收了4件申请。上一年没有转过来的，年底也没有没办的。")
    assert got["applications.carried_forward[6]"] == {0.0}
    assert readings("今年收了4件申请，年底还有1件没办的。")["applications.carried_forward[6]"] == {1.0}
    # not: "没办法提供" (no way to provide it) is no case left undone
    got = readings("今年收了4件申请，其中1件没办法提供。")
    assert "applications.carried_forward[6]" not in got


def test_a_figure_set_right_after_its_row_said_wrong_is_the_figure():
    # "强制那个写反了，是31件，不是13": the row named, said to be wrong, then its right figure
    first = "主动公开：许可20件；处罚8件；强制13件。"
    assert said(first, "强制那个写反了，是31件，不是13。")["active.coercion"] == 31.0
    assert said(first, "刚才处罚写错了，是18件。")["active.punishment"] == 18.0
    # not: a figure after the row with no word that the earlier one was wrong stays a guess
    assert said(first, "处罚，等一下，是18件。")["active.punishment"] == 8.0


def test_the_whole_count_said_as_one_kind_of_applicant_is_the_total():
    # "今年共收到学生和家长提出的申请6件": the year's count, all of them persons'
    got = readings("今年共收到学生和家长提出的申请6件，都公开了。")
    assert got["applications.new_received[6]"] == {6.0}
    assert got["applications.new_received[1]"] == {0.0}
    # not: one kind's count beside another kind's
    got = readings("今年共收到个人申请5件。企业申请2件。")
    assert "applications.new_received[6]" not in got
    assert got["applications.new_received[1]"] == {2.0}


def test_what_the_body_charges_said_to_be_no_administrative_fee_is_no_fee():
    # "我们收的讲解费不属于行政事业性收费": the body charges, but no administrative fee (收费 0)
    assert readings("我馆收的讲解费不属于行政事业性收费。")["active.fees"] == {0.0}
    # not: beside an administrative fee collected, it only sets one charge apart
    assert readings("行政事业性收费8万元，另有讲解费不属于行政事业性收费。")["active.fees"] == {8.0}
