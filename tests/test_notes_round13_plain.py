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


