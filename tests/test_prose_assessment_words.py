"""The assessment told in everyday words reaches 五: full marks ("得了满分10分") and a year-end 考评 it is part of."""
import pytest

from assistant.notes.facts import points


def assessment(text: str) -> str:
    return "；".join(p.text for p in points([text]) if p.kind == "assessment")


@pytest.mark.parametrize("text", ["考核是县里年终考评，政务公开这块得了满分10分，评议和追责没有。",
                                  "县里年终考评，政务公开得了满分10分", "区里年度考评政务公开得满分10分"])
def test_full_marks_are_said_as_full_marks(text):
    got = assessment(text)
    assert "满分10分" in got and "考评" in got


@pytest.mark.parametrize("text, said", [("市里年度考核我们得了95分，全市第3", "得分95分"),
                                        ("市里考核满分20分，我们得了2分", "得分2分"),
                                        ("县里年终考评满分100分，政务公开得了10分", "得分10分")])
def test_a_score_that_is_not_full_marks_is_a_score(text, said):
    got = assessment(text)
    assert said in got and "满分" not in got
