"""Session 13: a later message that takes back an earlier "none of these", and cases moved between result rows
when only some of a row's cases move."""
from __future__ import annotations

from assistant.drafting import conflicts
from assistant.form.official import application_path as ap
from tests.test_notes import tables as drafted_tables

FIRST = "今年收到申请4件，都是自然人，予以公开2件，部分公开1件，不予处理1件。"


def drafted(*messages: str):
    return drafted_tables(*messages, agency="青山县自然资源局")


def test_a_later_figure_takes_back_an_earlier_all_of_them():
    t, draft = drafted("新收13件，都是自然人，无法提供13件。", "无法提供都是不掌握的",
                       "刚刚又核了一下，无法提供13件里有2件是要我们另行制作的，不掌握是11件")
    assert t.value(ap("unavailable_not_held", 6)) == 11
    assert t.value(ap("unavailable_needs_creation", 6)) == 2
    assert not conflicts(draft)


def test_all_of_them_said_in_the_same_message_as_a_clashing_figure_is_still_a_clash():
    t, draft = drafted("新收13件，都是自然人，无法提供13件，都是不掌握的，其中2件需要另行制作。")
    assert conflicts(draft)


def test_some_of_a_rows_cases_move_to_another_row():
    for later in ("公开的那2件里有1件应该算部分公开", "予以公开的有1件应该算部分公开", "有1件予以公开的应归到部分公开"):
        t, draft = drafted(FIRST, later)
        assert (t.value(ap("granted", 6)), t.value(ap("partially_granted", 6))) == (1, 2), later
        assert not conflicts(draft)


def test_the_cases_pointed_at_move_whole_when_no_part_is_named():
    t, _ = drafted("今年收到申请4件，都是自然人，予以公开2件，部分公开1件，本机关不掌握1件。",
                   "不掌握的那件其实应该算部分公开")
    assert (t.value(ap("unavailable_not_held", 6)), t.value(ap("partially_granted", 6))) == (0, 2)


def test_a_first_message_saying_how_many_were_granted_moves_nothing():
    t, _ = drafted("今年收到申请5件，都是自然人，予以公开的有3件，部分公开2件。")
    assert (t.value(ap("granted", 6)), t.value(ap("partially_granted", 6))) == (3, 2)
