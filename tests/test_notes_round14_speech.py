"""Round 14, my own fixes from the tuned battery (battery_c): ways of speech the reader missed."""
from tests.test_notes import tables


def test_a_bare_no_takes_the_figure_just_said_back_in_the_same_message_or_the_next():
    t, _ = tables("予以公开4件，不，是5件。")
    assert t.value("applications.granted[6]") == 5
    t, _ = tables("上年结转1件", "不，应该是2件")
    assert t.value("applications.carried_over[6]") == 2
    # "不是个人的，是企业的" corrects who, not the figure: the count stands.
    t, _ = tables("上年结转1件", "不是个人的，是企业的")
    assert t.value("applications.carried_over[6]") == 1
