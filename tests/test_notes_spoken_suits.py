"""A suit filed straight at the court, told as people tell it ("直接告到法院"), is 未经复议直接起诉 — also beside a
review, where a bare 诉讼 could have followed it."""
import pytest

from assistant.notes import read_messages


@pytest.mark.parametrize("text", ["复议1件，维持了。诉讼1件，企业直接告到法院，一审判决驳回",
                                  "复议1件，维持了。另外有1件企业直接告上法院，判决驳回",
                                  "复议1件，维持。还有1件是申请人直接去法院告的，判决驳回"])
def test_a_suit_told_as_taken_straight_to_court_is_a_direct_suit(text):
    said = {frozenset(s.cells): s.value for s in read_messages([text]).statements}
    assert said[frozenset({"review_litigation.litigation_direct[4]"})] == 1
    assert not any("litigation_after_review" in p and v > 0 for k, v in said.items() for p in k)
