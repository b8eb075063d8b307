"""Round 16 (r16a): readings added for plain clerks' notes, each a class of phrasing with phrasings of its own and
a negative."""
from assistant.drafting import conflicts
from tests.conftest import notes_draft, notes_tables

A = "applications."
R = "review_litigation."


def test_people_who_applied_for_a_review_count_reviews_not_applications():
    # Class: "有N个居民申请了复议" — 申请 is the review's verb; the people are the reviews, no disclosure application.
    for text, n in (("收到申请8件，个人8件。有1个居民申请了复议，区政府维持了。", 1),
                    ("收到申请8件，个人8件。两名村民对答复不服提起行政复议，都维持了。", 2),
                    ("收到申请8件，个人8件。今年有3位群众向市政府申请复议，均维持。", 3)):
        t, d = notes_draft(text)
        # (several people may have made one review together: counted only when one person is said — second read)
        assert t.value(R + "review[4]") == (n if n == 1 else None), text
        assert t.value(A + "new_received[0]") == 8 and not conflicts(d), text
    # Negative: people who applied for information are applications (a review named later is no part of it).
    t = notes_tables("有3位居民申请公开征收补偿方案，都公开了。")
    assert t.value(A + "new_received[0]") == 3 and t.value(R + "review[4]") is None


def test_a_case_of_late_december_answered_after_new_year_is_carried_forward():
    # Class: received in the year's last days (来的/递交/送来) and answered after 元旦 or in the next year named so.
    for text in ("收到申请5件，公开4件，还有1件12月29号来的，元旦后答复。",
                 "收到申请5件，公开4件，另外1件12月30日递交的，明年1月才回复。",
                 "收到申请5件，公开4件，剩下1件12月31号送来的，元旦过后答复。"):
        t = notes_tables(text)
        assert t.value(A + "carried_forward[6]") == 1 and t.value(A + "granted[6]") == 4, text
    # Negative: answered within December, or a later year named by its digits, is not read so.
    assert notes_tables("收到申请5件，公开5件，其中1件12月20日收到的，12月28日答复。").value(A + "carried_forward[6]") in (None, 0)


def test_the_regulations_words_not_handled_as_an_application_are_the_petition_row():
    # Class: 条例第三十九条 — a complaint or report made as an application "不作为政府信息公开申请处理".
    for text, n in (("收到申请6件，公开4件，有2件是反映噪音扰民的，告知其不作为政府信息公开申请处理。", 2),
                    ("收到申请6件，公开5件，其中1件实际是投诉物业，按规定不作为信息公开申请处理，告诉他打12345。", 1),
                    ("收到申请6件，公开4件，2件是反映拆迁补偿问题的，不按政府信息公开申请办理，转了信访办。", 2)):
        t = notes_tables(text)
        assert t.value(A + "rejected_petition[6]") == n, text
    # Negative: the hotline's work orders said so are no applications.
    t = notes_tables("收到申请6件，公开6件。12345热线工单4812件不作为信息公开申请处理。")
    assert t.value(A + "rejected_petition[6]") in (None, 0) and t.value(A + "granted[6]") == 6


def test_a_case_the_clerk_says_is_not_the_bodys_in_a_shared_office_is_left_out():
    # Class: two bodies in one office ("部局合署"); the other body's case is said not to be this one's, the
    # marker clauses after the figure.
    for text in ("今年局里收到申请3件，公开3件。部里今年也收到过1件，问经费的，按党务公开答复的，不算局里的。",
                 "委里收到申请3件，公开3件。办里还收了2件，是问党建的，不是委里的。",
                 "中心收到申请3件，公开3件。另外院里收过1件，那件是院里答复的，不属于中心这边的。"):
        t, d = notes_draft(text)
        assert t.value(A + "new_received[6]") == 3 and t.value(A + "granted[6]") == 3 and not conflicts(d), text
    # Negative: a case of the body's own, said of what was asked, stays; a marker of figures left out reaches no
    # further back than before ("…这个不用写进去" at the end of a long run).
    t = notes_tables("今年收到申请4件，3件公开，1件问的不是我们的事，告知找民政局。")
    assert t.value(A + "new_received[6]") == 4
    t = notes_tables("今年收到申请4件，3件公开，还有1件，问的是养老金，问的不是局里的事，告知找社保中心。")
    assert t.value(A + "new_received[6]") == 4
    t = notes_tables("行政许可三百八十七件处罚四十五件强制没有，收费也没有，网站全年发布信息五百六十二条，培训搞了三期一百五十"
                     "人次，一季度到四季度分别是一百二十几条……算了这个不用写进去")
    assert t.value("active.licensing") == 387 and t.value("active.punishment") == 45


def test_a_count_heading_its_breakdown_after_a_colon_is_the_total_not_a_case():
    # Class: "N件都答复了：" opens the breakdown that follows, the figures each before their result.
    for text, total, granted in (("3件都答复了：2件公开，1件不予公开。", 3, 2),
                                 ("5件都办结了：4件公开，1件部分公开。", 5, 4),
                                 ("6件全部答复了：3件予以公开，3件不掌握。", 6, 3)):
        t = notes_tables("今年收到申请%d件。" % total + text)
        assert t.value(A + "total_processed[6]") == total and t.value(A + "granted[6]") == granted, text
    # Negative: one case told in the clause after its count keeps its result.
    assert notes_tables("今年收到申请2件。1件公开，另1件是问别人的，涉及个人隐私不予公开。").value(A + "granted[6]") == 1


def test_one_case_pointed_at_after_a_count_of_several_is_another_case():
    # Class: "2件公开，公司那件…不予公开" — the one case pointed at is not of the several counted before it.
    for text, granted, row in (
            ("收了4件，个人3件，公司1件，去年没有结转，都办结了。2件公开，公司那件涉及商业秘密，不予公开，还有1件不掌握。",
             2, "withheld_third_party"),
            ("收了4件，个人3件，公司1件，去年没有结转，都办结了。2件公开了，公司那件要的是别家企业的材料，对方不同意，"
             "不予公开；另1件我们不掌握。", 2, "withheld_third_party"),
            ("收了5件，个人4件，律所1件，去年没有结转，都办结了。3件公开，律所那件涉及第三方，不予公开，还有1件是重复申请。",
             3, "withheld_third_party")):
        t, d = notes_draft(text)
        assert t.value(A + "granted[6]") == granted and t.value(A + f"{row}[6]") == 1 and not conflicts(d), text
    # Negative: the one case counted, pointed at again, is that case.
    t = notes_tables("收了2件，去年没有结转，都办结了。1件是公司申请的，公司那件公开了，另1件不掌握。")
    assert t.value(A + "granted[6]") == 1 and t.value(A + "unavailable_not_held[6]") == 1


def test_a_consultation_still_under_way_at_the_years_end_is_carried_forward():
    # Class: "还在征求第三方意见" — the case is open (no 保护第三方 result yet).
    for text in ("收到4件，去年没有结转。办结3件，公开3件；还有1件12月下旬收到，还在征求第三方意见。",
                 "收到4件，去年没有结转。公开3件，另外1件正在书面征求权利人意见，年底没办完。",
                 "收到4件，去年没有结转。公开3件；1件12月中旬收到，目前在征询第三方的意见。"):
        t, d = notes_draft(text)
        assert t.value(A + "carried_forward[6]") == 1 and t.value(A + "new_received[6]") == 4, text
        assert t.value(A + "withheld_third_party[6]") in (None, 0) and not conflicts(d), text
    # Negative: the consultation done and the third party refusing is the 保护第三方 result.
    t = notes_tables("收到4件，去年没有结转。公开2件，1件征求第三方意见后对方不同意，不予公开，1件不掌握。")
    assert t.value(A + "withheld_third_party[6]") == 1 and t.value(A + "carried_forward[6]") == 0


def test_a_bracket_after_a_result_telling_its_cases_by_the_year_they_came_is_no_row_figure():
    # Class: "公开2件（去年转来那件…，还有今年新收的1件）" — the result's cases told apart, not 新收/上年结转.
    for text, new, granted in (
            ("收到3件，去年结转1件。办结4件：公开2件（去年转来那件1月份就答复了，还有今年新收的1件），不掌握2件。", 3, 2),
            ("收到3件，上年结转1件，全部办结，公开3件（其中新收2件，上年结转1件），不掌握1件。", 3, 3),
            ("新收5件，去年结转2件。公开4件（今年收的3件、去年转过来的1件），其余3件不掌握。", 5, 4)):
        t, d = notes_draft(text)
        assert t.value(A + "new_received[6]") == new and t.value(A + "granted[6]") == granted, text
        assert not conflicts(d), text
    # Negative: a bracket after the count of cases handled, not a result, still splits new and carried.
    t = notes_tables("共5件（今年新收4件，去年转来1件），都公开了。")
    assert t.value(A + "new_received[6]") == 4 and t.value(A + "carried_over[6]") == 1


def test_a_withdrawal_said_in_the_clause_after_the_cases_story_is_its_result():
    # Class: "1件他后来打电话说不要了，撤回了" — what the applicant did, then the withdrawal (其他处理).
    for text in ("公开2件，1件他后来打电话说不要了，撤回了。",
                 "公开3件；1件申请人后来说不需要了，就撤回了。",
                 "公开3件，1件老人家说是弄错了，自己撤了。"):
        assert notes_tables(text).value(A + "other_other[6]") == 1, text
    # Negative: a story with no withdrawal word is no withdrawal.
    assert notes_tables("公开3件，1件他后来打电话说不要了。").value(A + "other_other[6]") is None


def test_a_word_of_the_tables_in_what_a_case_asked_for_is_no_head():
    # Class: "一个问的是民营医院的收费明细" — 收费 (and the hospital) name what was asked for, not 收费 or who applied.
    for text in ("不掌握2件（一个问的是民营医院的收费明细，一个是医保的事）。收费0。",
                 "不掌握2件，一个要的是某公司的处罚记录，一个是市里的事。处罚46件。",
                 "不掌握2件（一个想查的是许可证的发放名单，一个是人社的事），许可318件。"):
        t, d = notes_draft(text)
        assert t.value(A + "unavailable_not_held[6]") == 2 and not conflicts(d), text
        assert t.value(A + "unavailable_not_held[2]") is None, text  # no applicant said
    # Negative: a table-2 row named on its own keeps its figure, and 依申请公开 is no request's object.
    assert notes_tables("不掌握2件。收费，一共1万元。").value("active.fees") == 1
    assert notes_tables("依申请公开：本年受理申请七件：公民个人五件，企业二件。").value(A + "new_received[0]") == 5


def test_bare_issued_and_repealed_on_a_hurried_line_parted_by_spaces():
    # Class: "规范性文件 发0 废0 有效3" — 发/废 with a figure each, parted by spaces (read as pauses).
    for text, row, want in (("规范性文件 发0 废0 有效3", "normative_documents", (0, 0, 3)),
                            ("规章 发1 废2 有效5", "regulations", (1, 2, 5)),
                            ("规范性文件 发2 废1 现行有效7", "normative_documents", (2, 1, 7))):
        t, d = notes_draft(text)
        got = tuple(t.value(f"active.{row}.{c}") for c in ("issued", "repealed", "in_force"))
        assert got == want and not conflicts(d), text
    # Negative: 发 before a count of something else after a pause is no column.
    assert notes_tables("规范性文件，发3个通知").value("active.normative_documents.issued") is None


def test_one_case_of_a_row_pointed_at_as_na_ge_is_of_that_applicant():
    # Class: "去年转来那个也是个人" — 那个 for 那件: the row's one case is of that applicant.
    for text, cell in (("上年转来1件。去年转来那个也是个人。", "carried_over[0]"),
                       ("年底没办完1件，没办完的那个是企业申请的。", "carried_forward[1]"),
                       ("上年结转1件，结转的那个是律所的。", "carried_over[4]")):
        assert notes_tables(text).value(A + cell) == 1, text
    # Negative: a row of two cases is not said to be of one applicant by one pointed at.
    assert notes_tables("上年转来2件。去年转来那个是个人。").value(A + "carried_over[0]") is None
