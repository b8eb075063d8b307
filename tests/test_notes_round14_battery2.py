"""Round 14, second battery pass: ways of writing that the blind sentence batteries showed the reader missing or
misreading. Each rule is tested with phrasings of my own and a near sentence it must leave alone."""
from __future__ import annotations

from tests.conftest import notes_tables, said

A = "applications."
R = "review_litigation."


def test_some_of_an_earlier_figure_said_to_be_another_result_move_to_it():
    # the row is pointed at only by its figure, said before by one result row
    t = notes_tables("予以公开6件", "6件之中有2件要算部分公开")
    assert t.value(A + "granted[6]") == 4 and t.value(A + "partially_granted[6]") == 2
    got = said("本机关不掌握4件", "4件当中有1件其实是需要另行制作的")
    assert got[A + "unavailable_not_held[6]"] == 3 and got[A + "unavailable_needs_creation[6]"] == 1
    got = said("予以公开12件，部分公开1件", "等等，12件中有2件实际上是部分公开")
    assert got[A + "granted[6]"] == 10 and got[A + "partially_granted[6]"] == 3
    # a figure no row was given, or two rows were, points at nothing
    assert said("予以公开9件", "10件里有1件其实是部分公开的")[A + "granted[6]"] == 9
    assert said("予以公开9件，部分公开9件", "9件里有1件其实是部分公开的")[A + "granted[6]"] == 9
    # without a cue that they are really of the other row, nothing moves
    assert said("予以公开9件", "9件里有1件是部分公开的申请人后来撤回了")[A + "granted[6]"] == 9


def test_a_case_ended_by_the_applicants_death_is_other_processing():
    assert notes_tables("一件撤回，一件是申请人已去世，终止办理").value(A + "other_other[6]") == 2
    assert said("还有1件申请人病故了，没法答复")[A + "other_other[6]"] == 1
    assert said("其他处理3件，有1件申请人已经死亡")[A + "other_other[6]"] == 1
    # a dead applicant's heirs applying are an application received, not a case ended
    got = said("申请人去世的家属又来申请了1件")
    assert A + "other_other[0]" not in got and A + "other_other[6]" not in got
