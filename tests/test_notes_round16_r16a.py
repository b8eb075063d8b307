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
        assert t.value(R + "review[4]") == n and t.value(R + "review[0]") == n, text
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
