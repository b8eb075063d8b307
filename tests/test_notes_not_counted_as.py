"""A count the official says is not of a column or row ("失效的7件不是废止，不要算进废止") leaves it; the count stays in
the chat and the rest of the message is read as before."""
import pytest

from assistant.notes import read_messages


def said(text: str) -> dict[frozenset, float]:
    return {frozenset(s.cells): s.value for s in read_messages([text]).statements}


@pytest.mark.parametrize("text", [
    "规范性文件：今年制发3件，宣布7件文件失效。现行有效22件。注：失效的7件不是废止，不要算进废止。",
    "规范性文件制发3件，清理后7件失效，现行有效22件。这7件不算废止",
    "规范性文件制发3件，7件宣布失效（这7件并非废止），现行有效22件",
])
def test_a_count_said_not_to_be_repealed_is_not_read_as_repealed(text):
    got = said(text)
    assert got[frozenset({"active.normative_documents.issued"})] == 3
    assert got[frozenset({"active.normative_documents.in_force"})] == 22
    assert frozenset({"active.normative_documents.repealed"}) not in got


def test_a_group_the_cases_are_not_of_loses_them():
    got = said("今年收到5件，公开3件，不予处理2件。撤回的2件不算不予处理，算其他处理")
    assert got[frozenset({"applications.other_other[6]"})] == 2
    assert not any(k for k in got if any("rejected" in p for p in k))


@pytest.mark.parametrize("text", ["规范性文件今年废止7件。", "规范性文件今年废止7件，不是制发的"])
def test_a_count_that_is_of_the_column_stays(text):
    assert said(text)[frozenset({"active.normative_documents.repealed"})] == 7
