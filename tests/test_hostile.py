"""Hostile input outside the file readers: bounded time for similarity and diffs, values that cannot be
stored, neutralised outputs, bounded LLM calls, atomic sidecars, uploads checked in a worker process."""
from __future__ import annotations

import time
from pathlib import Path

from assistant.diff import compare, word_diff
from assistant.parse import parse_bytes
from assistant.rules import similarity

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "corpus" / "004_a80d00d8d16235a9.txt"


def _long_report(year: int, size: int = 290_000) -> bytes:
    """The seed report with 一、总体情况 grown to `size` bytes of ordinary prose."""
    text = SEED.read_text(encoding="utf-8").replace("2024", str(year))
    start = text.index("一、总体情况")
    end = text.index("\n", text.index("\n", start) + 1)
    filler = text[start:text.index("二、主动公开政府信息情况")].split("\n", 1)[1]
    body = (filler * (size // len(filler.encode()) + 1))[: size // 3]
    return (text[:end] + "\n" + body + text[end:]).encode("utf-8")


def test_two_290kb_reports_compare_in_well_under_two_seconds():
    this = parse_bytes(_long_report(2024), ".txt")
    last = parse_bytes(_long_report(2023), ".txt")
    assert len(this.section_text(1)) > 90_000
    t = time.perf_counter()
    c = compare(this, last)
    assert time.perf_counter() - t < 2.0
    assert {s.number for s in c.sections} >= {1, 5}


def test_similarity_is_bounded_on_repetitive_text():
    a, b = "的政府信息" * 40_000, "是公开申请" * 40_000
    t = time.perf_counter()
    assert similarity(a, b) < 0.2
    assert len(word_diff(a, b)) > len(a)  # the whole text still shown, the tail as one change
    assert time.perf_counter() - t < 2.0


def test_similarity_reads_like_the_character_ratio_on_normal_text():
    text = parse_bytes(SEED.read_bytes(), ".txt").section_text(1)
    assert similarity(text, text) == 1.0
    assert similarity(text, text.replace("2024", "2023")) >= 0.95
    assert similarity(text, "网站栏目设置不合理，部分栏目长期未更新。" * 3) < 0.3
