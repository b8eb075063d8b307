"""Round 15, prose facts (issue 22): an assessment told after the problems, a score and rank said plainly, and
责令 that is no review's finding."""
from __future__ import annotations

from assistant.notes.facts import points


def _facts(text: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for p in points([text]):
        out.setdefault(p.kind, []).append(p.text)
    return out


def test_an_assessment_told_after_the_problems_is_the_assessment_not_one_more_problem():
    for text in ("问题的话主要是公开栏更新不及时。考核我们在全县排第8，良好等次，追责没有。",
                 "存在问题：人手不够，解读偏少。考评：全市第5名。",
                 "问题嘛就是栏目更新慢。年度考核得了91分，责任追究无。"):
        f = _facts(text)
        assert f.get("assessment") and not any("第" in p or "分" in p or "等次" in p for p in f.get("problem", [])), f
    assert _facts("问题嘛就是栏目更新慢。年度考核得了91分，责任追究无。")["problem"] == ["栏目信息更新不够及时"]
    f = _facts("问题的话主要是公开栏更新不及时。考核我们在全县排第8，良好等次，追责没有。")
    assert f["assessment"] == ["本年度考核在全县排名第8，等次为良好"] and "accountability" in f
    # A problem that is about the assessment stays a problem.
    f = _facts("问题：考核排名靠后，栏目更新不及时")
    assert "考核排名靠后" in f["problem"] and "assessment" not in f


def test_a_score_and_a_rank_said_plainly_are_the_assessment_result():
    f = _facts("考核：市里年度政务公开考核我们92.5分，全市第3。")
    assert f["assessment"] == ["在市年度政务公开考核中获得92.5分，在全市排名第3"]
    f = _facts("县里考核我们排第8，良好等次")
    assert "等次为良好" in f["assessment"][0] and "排名第8" in f["assessment"][0]
    # 分值 is the weight of the work in the assessment, not a score.
    f = _facts("政务公开纳入县年度目标考核，分值占5分")
    assert "得分" not in f["assessment"][0]


def test_zeling_alone_is_no_review_finding():
    for text in ("受理投诉23起，其中立案处罚4起，其余为责令整改。", "对3家单位责令限期改正", "责令停产停业1家"):
        assert "correction" not in _facts(text)
    for text in ("复议1件，市政府责令我们重新答复", "复议被纠正1件，责令限期重新作出答复", "行政复议决定责令我局重新处理"):
        assert _facts(text).get("correction") == ["复议机关责令重新答复"], text


def test_zeling_chuli_is_a_review_finding_only_with_a_review_or_suit_named():
    assert "correction" not in _facts("处罚案件中责令依法处理")
    assert _facts("复议机关责令我局依法重新处理") .get("correction") == ["复议机关责令重新答复"]
