"""Round 15 conversations (conversations_fresh14): readings added in this session, each with phrasings of its own
and a negative."""
from tests.conftest import notes_tables, said


def test_all_of_two_applicant_kinds_joined_by_he_or_dun_leaves_both_open():
    # "都是X和Y的": both kinds named are who applied — neither is 0, the others are.
    for text, named, others in (("新收申请25件，全是群众和律师事务所提的", {0, 4}, {1, 2, 3, 5}),
                                ("今年收到申请8件，均为企业、社会组织申请", {1, 3}, {0, 2, 4, 5}),
                                ("本年新收17件 都是村民或者公司提出的", {0, 1}, {2, 3, 4, 5})):
        got = said(text)
        assert all(f"applications.new_received[{c}]" not in got for c in named), (text, got)
        assert all(got.get(f"applications.new_received[{c}]") == 0 for c in others), (text, got)
    # Told who the rest were afterwards, the split is read with the total.
    t = notes_tables("今年新收申请25件，全是群众和律师事务所提的", "律师事务所4件，其余群众")
    assert t.value("applications.new_received[0]") == 21 and t.value("applications.new_received[4]") == 4
    # Negative: one kind named, the others (the kind named before in another clause included) are 0.
    got = said("新收申请25件，律所没有，都是群众")
    assert got.get("applications.new_received[4]") == 0 and "applications.new_received[0]" not in got


def test_a_quantifier_after_a_negation_says_not_all():
    # "不能说都公开了", "并不都是…", "没有都…": not every case had that result — no "all granted".
    for text in ("办结8件，并不都是公开的，有1件部分公开", "今年办结11件。不能说都给公开了，有2件部分公开",
                 "办结了6件，不是都公开，部分公开1件"):
        t = notes_tables(text)
        assert t.value("applications.granted[6]") is None, text
        assert t.value("applications.partially_granted[6]") in (1, 2), text
    # Negative: without the negation it is all of them.
    t = notes_tables("办结8件，都公开了")
    assert t.value("applications.granted[6]") == 8


def test_a_result_denied_with_bushi_and_the_one_said_instead_takes_the_count():
    # "不是A，(而/就/其实)是B": the count said before 不是 is B's, not A's.
    t = notes_tables("办结6件，公开5件，有1件不是国家秘密，是第三方的商业秘密")
    assert t.value("applications.withheld_third_party[6]") == 1 and t.value("applications.withheld_state_secret[6]") == 0
    t = notes_tables("办结7件，公开5件，无法提供2件，这两件不是我们不掌握，其实是没有现成的数据")
    assert t.value("applications.unavailable_needs_creation[6]") == 2 and t.value("applications.unavailable_not_held[6]") == 0
    t = notes_tables("办结4件：予以公开3件；还有1件呢不是不掌握，而是需要另行制作")
    assert t.value("applications.unavailable_needs_creation[6]") == 1 and t.value("applications.unavailable_not_held[6]") == 0
    # Negatives: a denial with no row said instead, and a group's figure then its rows told apart, read as before.
    t = notes_tables("办结3件，不掌握的2件，不是没有现成的")
    assert t.value("applications.unavailable_not_held[6]") == 2
    t = notes_tables("不予公开1件，不是国家秘密，而是涉及商业秘密")
    assert t.value("applications.withheld_third_party[6]") == 1
    # Nor is a word of another group said instead ("涉及举报人…": no 信访举报 row).
    t = notes_tables("办结5件，公开3件，不予公开2件，有1件不是执法案卷，是涉及举报人个人信息的，算保护第三方；执法案卷1件")
    assert t.value("applications.rejected_petition[6]") in (None, 0)


def test_a_suit_after_the_review_with_the_reviews_outcome_between_fuyi_and_hou():
    # "复议维持后又起诉", "复议被驳回之后再告": filed after the review, whatever its outcome said in between.
    t = notes_tables("复议2件，维持1件，纠正1件。诉讼1件，是复议维持后又起诉的，还没判")
    assert t.value("review_litigation.litigation_after_review[4]") == 1
    assert t.value("review_litigation.litigation_after_review[3]") == 1
    assert t.value("review_litigation.litigation_direct[4]") == 0
    t = notes_tables("复议3件，都维持了。有2件复议被驳回之后再告到法院，1件判了维持，1件还在审")
    assert t.value("review_litigation.litigation_after_review[4]") == 2
    t = notes_tables("行政复议1件（维持）；复议维持以后才提起诉讼的1件，尚未审结")
    assert t.value("review_litigation.litigation_after_review[3]") == 1
    # Negative: the outcome of the review and a suit filed directly stay apart.
    t = notes_tables("复议维持2件，直接起诉1件，尚未审结")
    assert t.value("review_litigation.review[0]") == 2 and t.value("review_litigation.litigation_direct[4]") == 1


def test_a_suit_appealed_after_its_first_instance_is_pending():
    # "一审…，上诉了，二审还没判": the first instance's result is not the year's outcome; the suit is pending.
    for text in ("直接起诉1件，一审判决驳回诉讼请求，对方上诉了，二审还没判",
                 "未经复议直接起诉2件，一审都判我们赢了，原告上诉，目前二审中",
                 "行政诉讼（直接起诉）1件：一审维持；原告不服提起上诉，尚未审结"):
        t = notes_tables(text)
        n = t.value("review_litigation.litigation_direct[4]")
        assert t.value("review_litigation.litigation_direct[3]") == n and t.value("review_litigation.litigation_direct[0]") == 0, text
    # Negative: two suits, one upheld and the other appealed, keep the upheld one.
    t = notes_tables("直接起诉2件，1件维持，另1件原告上诉了还没判")
    assert t.value("review_litigation.litigation_direct[0]") == 1 and t.value("review_litigation.litigation_direct[3]") == 1


def test_tongshang_after_a_none_answer_is_none_again_to_the_next_question():
    # "没有" to one question, then "同上" / "一样" / "跟上面一样" to the next ones: none again, each time.
    def table2_and_4(t):
        return [t.value(p) for p in ("active.regulations.in_force", "active.fees", "review_litigation.review[4]")]
    assert table2_and_4(notes_tables("新收3件，都公开了，都是个人", "没有", "同上", "一样")) == [0, 0, 0]
    assert table2_and_4(notes_tables("新收3件，都公开了，都是个人", "无。", "也一样吧", "跟上面一样")) == [0, 0, 0]
    # Negatives: a yes is not repeated, nor is "同上" with no answer before it.
    assert table2_and_4(notes_tables("新收3件，都公开了，都是个人", "是的", "同上")) == [None, None, None]
    assert notes_tables("同上").value("applications.carried_over[6]") is None


def test_a_copy_brought_to_be_stamped_is_asking_to_confirm_information_already_obtained():
    # "拿着复印件要我们盖章确认": 要求行政机关确认或重新出具已获取信息, in the words of the counter.
    for text in ("办结5件：公开3件，不掌握1件，还有1件是拿着以前的批复复印件要我们盖章确认的",
                 "办结5件，予以公开3，本机关不掌握1，申请人要求加盖公章确认材料的1",
                 "办结5件。公开了3件；1件没有这个信息；1件请我局盖个章确认真实性"):
        t = notes_tables(text)
        assert t.value("applications.rejected_confirmation[6]") == 1 and t.value("applications.unavailable_not_held[6]") == 1, text
    # Negative: a stamp on what was given is no such request.
    t = notes_tables("办结2件，都公开了，答复书都盖章了")
    assert t.value("applications.granted[6]") == 2 and t.value("applications.rejected_confirmation[6]") == 0
