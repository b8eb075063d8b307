"""Round 16, prose facts (issue 22): a tier as the assessment's result and who assessed, an appraisal held through an
event with its people counted, and the result phrased in the register rather than in the notes' words."""
from __future__ import annotations

from tests.test_prose_round15 import _facts


def test_a_tier_is_an_assessment_result_and_the_assessor_is_not_the_units_it_assesses():
    for text, want in (("考核：省里对各市政务公开工作考核，我市为第一等次。", "在省政务公开工作考核中被评为第一等次"),
                       ("考核：县政府对各部门政务公开工作考核，我局位列第二档。", "在县政务公开工作考核中被评为第二档"),
                       ("市里年度政务公开考核，我们是A档。", "在市年度政务公开考核中被评为A档")):
        assert _facts(text).get("assessment") == [want], (text, _facts(text))
    # A rank is no tier: "第二名" stays a rank.
    assert "等次" not in "".join(_facts("考核：市里年度政务公开考核我们排第二名。").get("assessment", []))


def test_a_score_in_an_assessment_is_said_in_the_register_not_copied():
    f = _facts("县政府在全市2025年度政务公开考核中得分88.6分，位列第二档。")
    assert f["assessment"] and "考核中得分" not in f["assessment"][0] and "88.6分" in f["assessment"][0]


def test_an_appraisal_held_through_an_event_keeps_the_event_and_its_people():
    f = _facts("社会评议：举办政务开放日活动3场，邀请群众代表86人次参加，满意度97.3%。")
    assert f["appraisal"] == ["通过举办政务开放日活动3场开展社会评议，邀请群众代表86人次参加，满意度为97.3%"]
    f = _facts("社会评议：召开政务公开座谈会2次，请了企业代表15名参加，满意率95%。")
    assert "座谈会" in f["appraisal"][0] and "15名" in f["appraisal"][0] and "95%" in f["appraisal"][0]
    # With no event or count said, the appraisal stays as it was told.
    assert _facts("社会评议：开展了满意度测评，满意度98%。")["appraisal"] == ["通过满意度测评开展社会评议，满意度为98%"]


def test_second_read_the_assessor_and_a_tier_said_of_others():
    assert _facts("考核：市里对各县区政务公开工作考核，我县被评为A类。")["assessment"] == ["在市政务公开工作考核中被评为A类"]
    assert "档" not in _facts("考核：县政府对各部门政务公开工作考核，我局得分91分，全县第一档的只有3个单位。")["assessment"][0]
