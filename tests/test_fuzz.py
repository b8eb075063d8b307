"""Hostile input never crashes the parser or the checker: every failure is an `Unreadable` with a Chinese
message. Bounded here; `bench/fuzz.py` runs the same properties for as long as you like."""
from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings, strategies as st

from assistant.readers.document import Unreadable
from assistant.parse import parse_bytes, parse_text
from assistant.checks.rules import check

SEEDS = [p.read_text(encoding="utf-8") for p in sorted((Path(__file__).resolve().parents[1] / "corpus").glob("*.txt"))]
SUFFIXES = [".txt", ".md", ".html", ".docx"]
FAST = settings(max_examples=120, deadline=None, suppress_health_check=list(HealthCheck))


def survives(data: bytes, suffix: str) -> None:
    try:
        report = parse_bytes(data, suffix)
    except Unreadable as e:
        assert any("\u4e00" <= ch <= "\u9fff" for ch in str(e))
        return
    check(report)


@FAST
@given(st.binary(max_size=4000), st.sampled_from(SUFFIXES))
def test_random_bytes(data, suffix):
    survives(data, suffix)


@FAST
@given(st.sampled_from(SEEDS), st.lists(st.tuples(st.integers(0, 500), st.sampled_from(
    ["", "\t", "\t-1", "\tabc", "\t1e9", "\t三", "五、", "<table><tr><td rowspan=99999>", "|---|", "\t" * 50,
     "一、总体情况", "\t（七）总计", "\t0.5", "2024年13月45日", "\x00"])), max_size=12))
def test_seed_with_lines_replaced(seed, edits):
    lines = seed.split("\n")
    for at, new in edits:
        if lines:
            lines[at % len(lines)] = new
    survives("\n".join(lines).encode("utf-8"), ".txt")


@FAST
@given(st.text(alphabet=st.sampled_from(list("一二三四五六、（）总计第二十条项本年新收上年结转0123456789|\t\n <>/td"
                                              "行政复议诉讼维持纠正规章许可收费万元")), max_size=3000),
       st.sampled_from(SUFFIXES[:3]))
def test_report_like_noise(text, suffix):
    survives(text.encode("utf-8"), suffix)


def test_huge_spans_and_deep_nesting_do_not_explode():
    html = "<table>" + "<tr><td rowspan='100000' colspan='100000'>一、本年新收政府信息公开申请数量</td></tr>" * 3 + "</table>"
    html = "<div>" * 2000 + "政府信息公开工作年度报告" * 3 + html + "</div>" * 2000
    survives(html.encode("utf-8"), ".html")
    survives(("\t0\n" * 200000).encode("utf-8"), ".txt")
    report = parse_text(SEEDS[0].replace("\t3249", "\t" + "9" * 400))
    check(report)
