"""Round 15: ways of writing that the blind sentence battery e showed the reader missing or misreading. Each rule is
tested with phrasings of my own and a near sentence it must leave alone."""
from __future__ import annotations

from tests.conftest import notes_tables, readings, said

A = "applications."


def test_a_spoken_decimal_of_wan_before_a_count_unit_is_thousands():
    assert said("行政许可办了三点五万件")["active.licensing"] == 35000
    assert said("今年处罚两点一万起")["active.punishment"] == 21000
    assert said("许可事项一点八万个")["active.licensing"] == 18000
    # not "二万件" read off the end, nor money: an amount in 万元 stays 万元, a whole 万 stays whole
    assert readings("行政许可一点二万件")["active.licensing"] == {12000}
    assert said("收费一点二万元")["active.fees"] == 1.2
    assert said("行政许可二万件")["active.licensing"] == 20000
