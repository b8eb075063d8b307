"""Second read of the round-9 reading rules: phrasings from other clerks that the new rules over-read."""
from __future__ import annotations

from assistant.form.official import application_path as ap
from assistant.notes import read_messages


def said(*messages: str) -> dict[str, float]:
    """Single-cell readings, the later winning (what the notes state a cell is)."""
    return {next(iter(s.cells)): s.value for s in read_messages(list(messages), year=2025).statements
            if len(s.cells) == 1 and s.strength >= 0.9}


def test_a_penalty_revoked_is_no_application_withdrawn():
    assert ap("other_other", 6) not in said("今年行政处罚撤了2件。")
    assert said("申请人撤了1件。")[ap("other_other", 6)] == 1
