"""Round-13 plain notes (notes_fresh12, tuned half): ways clerks write that the reader missed, each with a phrasing
of our own and a similar sentence the rule must not fire on."""
from tests.conftest import readings


def test_kinds_of_one_thing_listed_with_their_counts_are_summed():
    # "许可：食品经营许可证9件、药品零售许可4件": two kinds of licence, each named with 许可 — the parts of 行政许可,
    # not two figures for it that clash
    got = readings("行政许可办了食品经营许可证9件、药品零售许可4件，处罚2件。")
    assert got["active.licensing"] == {13.0}
    assert got["active.punishment"] == {2.0}
    # not: this year's and last year's figures listed side by side
    got = readings("行政许可：今年办了11件、去年是7件。")
    assert got["active.licensing"] == {11.0}


def test_things_asked_about_counted_after_the_asking_verb_are_no_applications():
    # "来问三项补贴的标准": 三项 counts the subsidies the villager asked about; the applications were told before
    got = readings("依申请今年3件，有个村民来问三项补贴的标准。")
    assert got == {"applications.new_received[6]": {3.0}}
    # not: a count of applications that were about something ("有2项是问低保的")
    got = readings("依申请今年4件，有2项是问低保的，公开了；另外2项不掌握。")
    assert got["applications.granted[6]"] == {2.0}


def test_table_two_rows_run_together_then_all_none():
    # "许可处罚都是0": two rows of table 2 written without a 、, then 都/也 and a zero — none of either
    got = readings("规范性文件没发，许可处罚都是0。")
    assert got["active.licensing"] == {0.0}
    assert got["active.punishment"] == {0.0}
    # not: one thing named by two heads' words, with its figure ("强制执行" of penalties)
    got = readings("行政处罚强制执行0件。")
    assert "active.punishment" not in got


def test_colon_after_an_applicants_count_opens_its_results():
    # "公司申请的6件：公开2件，…": the results after the colon are that applicant's, not the year's
    got = readings("今年新收15件。公司申请的6件：公开2件，4件不掌握。")
    assert got["applications.granted[1]"] == {2.0}
    assert "applications.granted[6]" not in got
    # not: a comma after the count, the results not adding up to it (whose they are is not said)
    got = readings("今年新收15件。公司申请的6件，公开2件，1件不掌握。")
    assert got["applications.granted[6]"] == {2.0}
    assert "applications.granted[1]" not in got


def test_an_applicants_count_in_brackets_after_it_is_its_figure():
    # "设计企业（9件）和科研院所（5件）": who applied, each with its count in brackets right after the word
    got = readings("全年受理申请12件，主要是建筑企业（8件）和科研院所（3件），个人1件。")
    assert got["applications.new_received[1]"] == {8.0}
    assert got["applications.new_received[2]"] == {3.0}
    assert got["applications.new_received[6]"] == {12.0}
    # not: a result named between the applicant and the brackets — the count is that result's
    got = readings("予以公开5件，企业部分公开（2件）。")
    assert "applications.new_received[1]" not in got
    assert "applications.partially_granted[1]" not in got
    # nor a line headed by the applicant, its count in passing ("企业（3件）：公开2，不掌握1")
    got = readings("新收5件。\n企业（3件）：予以公开 2，本机关不掌握 1\n个人（2件）：予以公开 2")
    assert got["applications.granted[1]"] == {2.0}


def test_material_already_in_print_or_to_be_compiled_afresh():
    # "要的是已出版的年鉴": 已出版 is a publication (不予处理·公开出版物); "要求…整编加工": made for the applicant
    got = readings("全年收到申请5件，有1件要的是已出版的年鉴，告知其购买途径；"
                   "要求把十年的监测数据整编加工的2件，告诉他没有现成的。")
    assert got["applications.rejected_publication[6]"] == {1.0}
    assert got["applications.unavailable_needs_creation[6]"] == {2.0}
    # not: a draft not yet in print (过程性信息)
    got = readings("全年收到申请5件，有1件要的是还没出版的年鉴初稿，属于过程性信息，不予公开。")
    assert "applications.rejected_publication[6]" not in got


def test_last_years_one_case_pointed_at_and_answered_this_year_is_carried_over():
    # "去年12月收的那件（一家公司要的…）今年1月才答复": that one case, no numeral, came in last year — 上年结转 1,
    # the company's
    got = readings("今年新收3件，都是个人申请的。去年12月收的那件（一家公司要的统计数据）今年1月才答复，公开了。")
    assert got["applications.carried_over[6]"] == {1.0}
    assert got["applications.carried_over[1]"] == {1.0}
    # not: last year's case answered last year
    got = readings("今年新收3件。去年12月收的那件，我们当月就答复了。")
    assert "applications.carried_over[6]" not in got


def test_cases_dated_with_spaces_or_from_a_day_on_still_open():
    # "3 件是 12 月中旬以后收到的，还在办": the day typed with spaces, "以后" — dated cases, still open
    got = readings("新收 30 件，公开 20 件。另外有 4 件是 12 月下旬以后收到的，还在办。")
    assert got["applications.carried_forward[6]"] == {4.0}
    # not: the dated cases already answered
    got = readings("新收 30 件，公开 20 件。另外有 4 件是 12 月下旬以后收到的，已答复。")
    assert "applications.carried_forward[6]" not in got


def test_what_was_asked_told_before_the_figure_then_what_it_was():
    # "查自己审批进度的 6 件，按行政查询事项答复": the request described before the count, its row in the next clause
    got = readings("新收 23 件，公开 10 件。查自己低保审核进度的 5 件，属于行政查询事项，告知了查询渠道。")
    assert got["applications.withheld_query_matter[6]"] == {5.0}
    assert got["applications.granted[6]"] == {10.0}
    # not: who applied, counted, then something said of them that is no row
    got = readings("新收 23 件。企业申请的 6 件，属于正常经营需要。")
    assert got["applications.new_received[1]"] == {6.0}
    assert "applications.withheld_query_matter[6]" not in got


def test_a_suit_brought_again_after_a_review_in_the_same_sentence():
    # "复议维持了，他又去法院起诉": the same applicant went to court after the review — 复议后起诉
    got = readings("复议维持1件，申请人不服又向法院起诉，尚未判决。")
    assert got["review_litigation.review[0]"] == {1.0}
    assert not any(k.startswith("review_litigation.litigation_direct") for k in got)
    # not: a review and a suit told apart, the suit in a sentence of its own
    got = readings("复议1件，维持了。诉讼1件，还没判。")
    assert got["review_litigation.litigation_direct[4]"] == {1.0}


def test_an_applicant_in_brackets_after_a_word_glosses_the_word():
    # "培训机构（公司）": the bracket says what the institution counts as, not that every application was a company's
    got = readings("全年收到申请30件，有1件是培训学校（公司）申请的。")
    assert "applications.new_received[0]" not in got
    # not: the applicant in brackets right after a row's count — all of that row
    got = readings("新收10件，上年结转1件（自然人）。")
    assert got["applications.carried_over[1]"] == {0.0}


def test_most_of_one_kind_and_the_others_counted_one_by_one():
    # "绝大部分是个人，有2件是公司、1件是律所": most are one kind, the others told by count — the kinds named by
    # neither are 0
    got = readings("今年一共收了40件，大部分是村民，有3件是企业、1件是律所。")
    assert got["applications.new_received[1]"] == {3.0}
    assert got["applications.new_received[4]"] == {1.0}
    assert got["applications.new_received[2]"] == {0.0}
    assert got["applications.new_received[5]"] == {0.0}
    assert "applications.new_received[0]" not in got
    # not: most of one kind, the rest left vague
    got = readings("今年一共收了40件，大部分是村民，还有一些是企业。")
    assert "applications.new_received[2]" not in got


def test_one_more_applicants_cases_after_results_told_per_applicant():
    # "还有2件是律所申请的，都公开了" after 个人's results: the 律所 column's, not 予以公开 总计 = 2 (a false clash
    # with the individuals' 5)
    got = readings("新收10件，个人8件：公开了5件，3件不掌握。还有2件是律所申请的，都公开了。")
    assert got["applications.granted[4]"] == {2.0}
    assert "applications.granted[6]" not in got
    # not: cases told one by one with no results per applicant before — they add up to the row's total
    got = readings("新收3件。1件是个人申请的，公开了；2件是企业申请的，公开了。")
    assert got["applications.granted[6]"] == {3.0}


def test_a_bare_figure_answering_a_question_about_a_table_two_row():
    # "…不算行政许可吧？我先按0报了": the clerk asks about 行政许可, then gives a bare figure — that row's, not the
    # table-3 row named before
    got = readings("依申请就1件，给了。年底无在办。盲人证办理应该不算行政许可吧？我先按0报了。")
    assert got["active.licensing"] == {0.0}
    # not: a row named in a plain statement, then a bare figure in the next sentence
    got = readings("依申请就1件，给了。年底无在办。行政许可有3件。我先按0报了。")
    assert got["active.licensing"] == {3.0}
