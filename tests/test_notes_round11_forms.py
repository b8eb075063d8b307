"""Round 11: forms pasted as they are filed (statistical report forms, …), with the helper's own phrasings and
negatives."""
from __future__ import annotations

from assistant.form.official import application_path as ap
from tests.conftest import readings as cells


_FORM = ("项目\t行次\t单位\t本期\t上年同期\n"
         "子\t丑\t寅\t1\t2\n"
         "依申请公开情况\t—\t—\t—\t—\n"
         "收到申请\t1\t件\t17\t9\n"
         "上年结转\t2\t件\t3\t1\n"
         "结转下年度\t3\t件\t5\t3\n"
         "行政处罚\t4\t件\t41\t56\n")


def test_a_statistical_form_is_read_in_its_current_period_column():
    got = cells(_FORM)
    assert got[ap("new_received", 6)] == {17}            # not the row number 1, not last year's 9
    assert got[ap("carried_over", 6)] == {3}
    assert got[ap("carried_forward", 6)] == {5}
    assert got["active.punishment"] == {41}
    every = {v for vs in got.values() for v in vs}
    assert 9 not in every and 56 not in every             # last year's figures are no counts


def test_the_period_columns_in_another_order_and_with_spaces():
    text = ("指标名称    计量单位    上年    本年\n"
            "本年新收申请    件    12    20\n"
            "行政许可    件    300    280\n")
    got = cells(text)
    assert got[ap("new_received", 6)] == {20} and got["active.licensing"] == {280}


def test_a_sheet_without_a_current_period_column_is_not_taken_for_one():
    # Two periods neither of which is this one ("上年  前年"): nothing says which is the report's, so no column
    # is chosen for the clerk; and a plain two-column sheet is read as before.
    assert cells("项目\t行次\t数量\n本年新收\t1\t6\n")[ap("new_received", 6)] != {1}
    from assistant.notes.periods import column_numbers, period_columns
    assert period_columns("项目\t上年\t前年") is None
    assert period_columns("本年新收\t01\t件\t29\t24") is None
    assert column_numbers("甲\t乙\t1\t2\t3") and not column_numbers("上年结转\t1\t2")


_TWO_BODIES = ("项目｜文旅局｜图书馆\n"
               "本年新收｜6｜2\n"
               "予以公开｜5｜2\n"
               "行政处罚｜12｜0\n")


def test_a_sheet_of_two_bodies_is_read_in_the_column_asked_for():
    got = cells("这张表两家的都在上面，这回只填文旅局的，图书馆那列不用管。\n" + _TWO_BODIES)
    assert got[ap("new_received", 6)] == {6} and got[ap("granted", 6)] == {5} and got["active.punishment"] == {12}
    # said the other way round: the body left out is named, the one to fill is what remains
    got = cells(_TWO_BODIES + "图书馆的我自己报。")
    assert got[ap("new_received", 6)] == {6}


def test_a_sheet_of_two_bodies_without_a_choice_keeps_both_figures():
    # Nothing says which column is this report's: no column is chosen for the clerk.
    got = cells("两家的数都在这：\n" + _TWO_BODIES)
    assert got.get(ap("new_received", 6), set()) != {6}
    from assistant.notes.bodies import one_body
    assert one_body(["项目｜个人｜企业", "新收｜3｜1", "只填个人的"]) == {}   # applicant columns are no bodies


def test_together_before_a_verb_counts_no_case():
    assert ap("new_received", 1) not in cells("两个单位的数据一起报给你，新收4件。")
    # …but a case counted with 起 still is one
    assert cells("行政诉讼一起，还没判。")["review_litigation.litigation_direct[4]"] == {1}


_LEGEND = ("按模板的格子报：第3行是本年新收，第4行是上年结转，第5行起是办理结果，一行一项，顺序同年报，"
           "第26行是总计，第27行结转下年；B至D列依次是自然人、商业企业、总计。")


def test_cell_addresses_are_placed_by_the_legend_of_another_message():
    got = cells(_LEGEND, "B3=6 C3=1 D3=7\nB5=4 D5=4\nB26=6 C26=1 D26=7\nC27=1 D27=1")
    assert got[ap("new_received", 0)] == {6} and got[ap("new_received", 1)] == {1} and got[ap("new_received", 6)] == {7}
    assert got[ap("granted", 0)] == {4} and got[ap("granted", 6)] == {4}      # row 5 is the first result row
    assert got[ap("total_processed", 6)] == {7} and got[ap("carried_forward", 1)] == {1}
    every = {v for vs in got.values() for v in vs}
    assert 3 not in every and 26 not in every and 27 not in every            # row numbers are no figures


def test_a_result_run_that_does_not_end_at_the_total_row_is_not_placed():
    # The run from row 5 has 21 rows, so the total would be row 26; a legend saying row 30 does not add up
    # and no result row is guessed.
    bad = _LEGEND.replace("第26行是总计", "第30行是总计")
    got = cells(bad, "B5=4 D5=4")
    assert ap("granted", 0) not in got
    from assistant.notes.positions import _legend_of
    assert _legend_of("第3行是新收，B到C列是自然人、企业") is None  # one row named: no legend of a sheet


_SLIP = ("信息公开申请表\n编号：{n}\n申请人类型：{who}\n申请内容：{what}\n"
         "收到日期：{got}　答复日期：{ans}\n办理结果：{res}\n")


def _slips(*rows) -> str:
    return "\n＝＝＝＝＝＝＝＝＝＝\n".join(_SLIP.format(n=f"A-{k}", who=w, what=x, got=g, ans=a, res=r)
                                       for k, (w, x, g, a, r) in enumerate(rows, 1))


def test_registration_forms_pasted_one_by_one_count_one_application_each():
    text = _slips(("☑个人　□企业　□其他", "2023年的拆迁补偿名单", "2025-04-02", "2025-04-20", "同意公开"),
                  ("□个人　☑企业　□其他", "2024年12项招标文件", "2025-08-11", "2025-09-01", "本机关不掌握"),
                  ("☑个人　□企业　□其他", "路灯维修合同", "2024-12-28", "2025-01-10", "部分公开"),
                  ("☑个人　□企业　□其他", "绿化方案", "2025-12-29", "", "在办"))
    got = cells(text)
    assert got[ap("new_received", 6)] == {3} and got[ap("new_received", 0)] == {2} and got[ap("new_received", 1)] == {1}
    assert got[ap("carried_over", 0)] == {1}                     # received the year before
    assert got[ap("unavailable_not_held", 1)] == {1} and got[ap("carried_forward", 0)] == {1}
    every = {v for vs in got.values() for v in vs}
    assert 12 not in every and 2023 not in every                 # the subject's figures are no counts


def test_a_ticked_group_counts_in_the_total_only():
    # "法人或者其他组织" names no column of the form: the row's total counts it, no applicant cell is guessed.
    got = cells(_slips(("□公民　☑法人或者其他组织", "补贴明细", "2025年5月6日", "2025年5月20日", "予以公开")))
    assert got[ap("granted", 6)] == {1}
    assert not any(ap("granted", c) in got for c in range(6))


def test_fields_in_prose_are_no_registration_form():
    # A sentence that names an applicant type and a result is read by the grammar, not as a form.
    from assistant.notes.records import read_records
    assert not read_records("申请人类型：个人居多。办理结果：大部分公开了。").lines


def test_an_applicant_word_that_modifies_a_noun_is_not_who_applied():
    # "个人独资企业" is an enterprise, "农民专业合作社" a co-operative: the compound's last word applied.
    got = cells("新收9件，其中个人独资企业3件，其余都是个人。")
    assert got[ap("new_received", 1)] == {3} and 3 not in got.get(ap("new_received", 0), set())
    # …but two kinds side by side with nothing between are a list, each its own
    got = cells("新收2件，个人企业各1件。")
    assert got[ap("new_received", 0)] == {1} and got[ap("new_received", 1)] == {1}


def test_an_exception_with_a_bracket_inside_is_still_the_exception():
    got = cells("新收的10件，除了3件是村里的专业合作社（算其他组织）以外都是个人。")
    assert got[ap("new_received", 5)] == {3}                      # not also 0 by "都是个人"
    assert got[ap("new_received", 1)] == {0}
    # without 除…以外 the kind in brackets is no exception: "都是个人" zeroes the others
    assert cells("新收10件（没有合作社），都是个人。")[ap("new_received", 5)] == {0}


def test_a_case_told_by_the_day_it_came_then_still_open_is_carried_forward():
    got = cells("3件公开了，1件不予公开，另有1件12月30号收的还在办")
    assert got[ap("carried_forward", 6)] == {1} and got[ap("granted", 6)] == {3}
    assert 2 not in {v for vs in got.values() for v in vs}        # the open case is no second 不予公开
    # dated but said to be answered: no carried-forward case
    got = cells("3件公开了，另有1件12月30号收的，已经答复了")
    assert ap("carried_forward", 6) not in got or got[ap("carried_forward", 6)] != {1}


_PAGE = ("表二 主动公开\n"
         "ⓘ 收费金额以万元为单位，不要填0以外的文字\n"
         "行政许可\t处理决定数量 *\t[ 230 ]\n"
         "行政处罚\t处理决定数量 *\t[ 15 ]\n"
         "行政强制\t处理决定数量 *\t[ 0 ]\n"
         "行政事业性收费\t收费金额（万元）*\t[ 3.5 ]\n")


def test_a_web_forms_input_boxes_hold_the_figures():
    got = cells(_PAGE)
    assert got["active.licensing"] == {230} and got["active.punishment"] == {15} and got["active.coercion"] == {0}
    assert got["active.fees"] == {3.5}                          # the help line's "0" is no figure
    # one bracketed figure in prose is a reference mark, not a box: the cleaner leaves such text alone
    from assistant.notes.formats import input_boxes
    assert input_boxes("见文件[ 1 ]，新收3件") == "见文件[ 1 ]，新收3件"


def test_a_pasted_block_leaves_a_table_it_could_not_read_to_the_notes():
    from assistant.notes.pasted import _table_of
    assert _table_of("行政许可\t处理决定数量\t230") == "active"
    assert _table_of("行政复议\t结果维持 1\t结果纠正 0") == "review_litigation"
    assert _table_of("（一）予以公开\t8\t2") == "applications"
    assert _table_of("主办：区数据局") is None


_FORMAT = "办公室通知：请按格式回复，简称|新收|上年结转|办结|结转下年|行政许可|复议，示例：XX镇|1|0|1|0|5|0"


def test_a_reply_in_a_prescribed_format_is_read_by_its_template():
    got = cells(_FORMAT, "卫健局|9|1|8|2|64|1")
    assert got[ap("new_received", 6)] == {9} and got[ap("carried_over", 6)] == {1}
    assert got[ap("total_processed", 6)] == {8} and got[ap("carried_forward", 6)] == {2}
    assert got["active.licensing"] == {64} and got["review_litigation.review[4]"] == {1}
    assert 5 not in got.get("active.licensing", set())                 # the template's example is no data


def test_a_reply_that_does_not_balance_is_reported_not_mended():
    from assistant.notes import read_messages
    reading = read_messages([_FORMAT, "卫健局|9|1|9|2|64|1"], year=2025)
    said = {next(iter(s.cells)): s.value for s in reading.statements if len(s.cells) == 1}
    assert said[ap("total_processed", 6)] == 9 and said[ap("carried_forward", 6)] == 2   # figures kept as stated
    # without a template, a line of bars is no reply in a format
    from assistant.notes.delimited import template_of
    assert template_of("卫健局|9|1|9|2|64|1") is None


_CONSOLE = ("mysql> -- 上年转过来的（去年收、今年办完）\n"
            "mysql> SELECT COUNT(*) FROM reg WHERE d < '2025-01-01';\n"
            "+----------+\n| COUNT(*) |\n+----------+\n|        3 |\n+----------+\n1 row in set (0.00 sec)\n\n"
            "mysql> -- 年底没办完的\n"
            "mysql> SELECT COUNT(*) FROM reg WHERE closed IS NULL;\n"
            "+----------+\n| COUNT(*) |\n+----------+\n|        5 |\n+----------+\n1 row in set (0.01 sec)\n")


def test_a_console_count_is_the_row_its_comment_names():
    got = cells(_CONSOLE)
    assert got[ap("carried_over", 6)] == {3} and got[ap("carried_forward", 6)] == {5}
    # a count under a comment that names no row of the form is not placed
    from assistant.notes.console import read_console
    other = read_console("mysql> -- 窗口叫号次数\nmysql> SELECT COUNT(*) FROM q;\n+---+\n|  812 |\n+---+\n1 row in set")
    assert not other.statements


def test_kinds_counted_one_by_one_or_acting_for_another_are_no_compound():
    # "两个企业一个律所", "律所代业主委员会申请": a count or a verb between two kinds, each its own word
    from assistant.notes.lexicon import fold, tokens

    def kinds(text):
        return [t.target for t in tokens(fold(text)) if t.kind == "applicant"]
    assert kinds("两个企业一个律所") == [1, 4]
    assert 4 in kinds("某律师事务所代业主委员会申请")
    assert kinds("农民专业合作社") == [5] and kinds("个人独资企业") == [1]
