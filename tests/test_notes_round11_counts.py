"""Round 11: counts of applications, cases and documents are whole numbers.

A number with a fraction next to a table head is something else (a date after a masked name, a version, a
figure in 万): it never becomes a count, so the table keeps asking instead of showing "1.1 件".
"""
from tests.conftest import notes_draft, notes_tables

LIT = "review_litigation.litigation_direct[4]"


def test_a_date_after_a_name_is_no_count_of_suits():
    t = notes_tables("复议1件，维持。诉讼 经办人王** 1.10")
    assert t.value(LIT) is None
    assert t.value("review_litigation.review[4]") == 1


def test_the_question_for_the_suits_is_still_asked():
    from assistant.drafting import open_questions
    _, draft = notes_draft("复议1件，维持。诉讼 经办人王** 1.10")
    assert any("直接起诉" in q.text for q in open_questions(draft))


def test_a_whole_count_written_with_a_decimal_point_zero_still_counts():
    # "3.0件" is 3 (a sheet exported with one decimal place)
    assert notes_tables("本年新收申请3.0件，全部予以公开").value("applications.new_received[6]") == 3


def test_a_fee_keeps_its_fraction():
    assert notes_tables("行政事业性收费1.25万元").value("active.fees") == 1.25


# "今年发了2个规范性文件": the column's verb, then the count, then the document kind — the way people say it,
# where the form puts the kind first ("规范性文件制发2件").
def test_a_document_count_said_verb_first_fills_its_column():
    t = notes_tables("今年我们局发了1个规范性文件（关于做好安置工作的通知），没有废止的，现行有效的4个。")
    assert [t.value(f"active.normative_documents.{c}") for c in ("issued", "repealed", "in_force")] == [1, 0, 4]
    t = notes_tables("本年度新制定1部规章，废止了2件规章。")
    assert [t.value(f"active.regulations.{c}") for c in ("issued", "repealed")] == [1, 2]


def test_the_kind_right_after_the_count_wins_over_the_kind_named_before():
    t = notes_tables("规章我们没有，今年出台了3个规范性文件。")
    assert t.value("active.regulations.issued") == 0 and t.value("active.normative_documents.issued") == 3


def test_a_count_of_documents_of_no_named_kind_is_no_figure_of_table_two():
    t = notes_tables("今年发了2个文件，都是内部通知。")
    assert t.value("active.normative_documents.issued") is None and t.value("active.regulations.issued") is None


def test_applications_carried_into_this_year_and_part_given_in_everyday_words():
    t = notes_tables("新收6件，去年有2件转到今年办理。2件只公开了一部分，其余全部公开，年底没有在办的")
    row = lambda k: t.value(f"applications.{k}[6]")  # noqa: E731
    assert [row(k) for k in ("new_received", "carried_over", "partially_granted", "granted", "carried_forward")] == \
        [6, 2, 2, 6, 0]
    # carried on into next year is not carried into this one
    assert notes_tables("新收6件，年底有1件转到明年").value("applications.carried_over[6]") is None


def test_last_years_year_end_count_is_carried_into_this_year():
    # "去年年底还有2件没办完" was read as this year's 结转下年 (a wrong number)
    for notes in ("去年年底还有2件没办完，今年都办了。新收5件。", "上年底有2件没办完。新收5件。", "去年底有2件转到今年。新收5件。"):
        t = notes_tables(notes)
        assert t.value("applications.carried_over[6]") == 2 and t.value("applications.carried_forward[6]") != 2, notes
    # this year's year end stays this year's
    t = notes_tables("新收5件，年底还有2件没办完")
    assert t.value("applications.carried_forward[6]") == 2 and t.value("applications.carried_over[6]") is None


# "A、B、C分别为x、y、z": every head took the first figure (three wrong numbers from one sentence).
def test_figures_said_respectively_go_to_their_heads_in_order():
    t = notes_tables("行政许可、行政处罚、行政强制分别为20件、5件和1件")
    assert [t.value(f"active.{k}") for k in ("licensing", "punishment", "coercion")] == [20, 5, 1]
    t = notes_tables("规范性文件制发、废止、现行有效分别是2、1、9件")
    assert [t.value(f"active.normative_documents.{k}") for k in ("issued", "repealed", "in_force")] == [2, 1, 9]
    t = notes_tables("新收8件，自然人和企业分别申请了6件和2件；予以公开、部分公开、不予公开分别为5件、2件、1件")
    assert [t.value(f"applications.new_received[{c}]") for c in (0, 1, 6)] == [6, 2, 8]
    assert [t.value(f"applications.{k}[6]") for k in ("granted", "partially_granted")] == [5, 2]


def test_respectively_with_a_different_count_of_figures_binds_nothing_by_position():
    # two heads, three figures: no pairing is sure
    t = notes_tables("行政许可、行政处罚分别为20件、5件、1件")
    assert t.value("active.punishment") != 20


def test_a_correction_not_made_as_asked_and_an_answer_period_still_running():
    t = notes_tables("新收5件，4件公开，1件申请人未按要求补正，视为放弃。上年无结转")
    assert t.value("applications.other_no_correction[6]") == 1 and t.value("applications.carried_forward[6]") == 0
    t = notes_tables("新收5件，4件公开，1件还在答复期，转下年办理。上年无结转")
    assert t.value("applications.carried_forward[6]") == 1
    # answered within the period is no pending case
    t = notes_tables("新收5件，全部在答复期内办结，均予以公开，上年无结转")
    assert t.value("applications.carried_forward[6]") == 0 and t.value("applications.granted[6]") == 5


def test_spoken_results_handed_over_in_part_withheld_and_still_unfinished():
    t = notes_tables("新收7件，上年无结转。7件里有5件是全部给的，2件是给了一部分，年底没有没办完的")
    assert [t.value(f"applications.{k}[6]") for k in ("granted", "partially_granted")] == [5, 2]
    t = notes_tables("新收3件，上年无结转。1件公开，有2件不给公开，涉及别人隐私")
    assert t.value("applications.withheld_third_party[6]") == 2
    t = notes_tables("新收3件，上年无结转。2件公开，年底还有一件没弄完")
    assert t.value("applications.carried_forward[6]") == 1
    # handed over in full is no part
    t = notes_tables("新收3件，上年无结转，3件都是全部给的，年底没有在办的")
    assert t.value("applications.granted[6]") == 3 and t.value("applications.partially_granted[6]") == 0


def test_money_said_in_kuai_is_yuan():
    # "8000块" was 8000 万元 (a wrong number by four orders of magnitude)
    assert notes_tables("行政事业性收费今年收了8000块").value("active.fees") == 0.8
    assert notes_tables("收费两万块钱").value("active.fees") == 2
    # boards are counted in 块 too: no fee, and the applications still read
    t = notes_tables("公开栏有2块，新收3件")
    assert t.value("active.fees") is None and t.value("applications.new_received[6]") == 3


def test_an_information_fee_in_kuai_is_a_fact_in_yuan():
    from assistant.notes.facts import narrative
    assert [(f.label, f.value, f.unit) for f in narrative(["处理费收了300块钱，行政事业性收费没有"])] == \
        [("信息处理费", 300, "元")]
