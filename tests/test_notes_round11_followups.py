"""Round 11: a message that only makes sense after the one before it ("哦不对，是9件", "公开的应该是7件")."""
from tests.conftest import notes_tables

NEW, GRANTED = "applications.new_received[6]", "applications.granted[6]"


def test_a_spoken_correction_opening_the_next_message_replaces_the_last_figure_given():
    t = notes_tables("新收8件，都公开了，上年无结转，年底无在办", "哦不对，是9件")
    assert t.value(NEW) == 9 and t.value(GRANTED) == 9
    # after two figures, which one the 7 replaces is a guess: both stay as given
    t = notes_tables("新收8件，公开6件", "不对，是7件")
    assert t.value(GRANTED) == 6 and t.value(NEW) == 8


def test_a_correction_with_no_figure_changes_nothing():
    t = notes_tables("新收8件，公开6件", "不对不对，我再看看")
    assert t.value(NEW) == 8 and t.value(GRANTED) == 6


def test_a_bare_result_in_the_next_message_is_table_threes_after_table_three():
    t = notes_tables("新收8件，公开6件", "公开的应该是7件")
    assert t.value(GRANTED) == 7
    assert notes_tables("今年新收8件，上年无结转", "公开7件").value(GRANTED) == 7


def test_a_bare_result_after_proactive_disclosure_is_no_application_result():
    t = notes_tables("主动公开信息200条", "公开7件")
    assert t.value(GRANTED) is None


def test_a_section_named_in_the_next_message_is_no_result():
    # "第六部分…未收取" after the results: no 部分公开 of none (it was read as 部分公开 0 over the stated 8)
    t = notes_tables("新收10件，予以公开2件，部分公开8件", "第六部分信息处理费写“本年度未收取信息处理费”")
    assert t.value("applications.partially_granted[6]") == 8
