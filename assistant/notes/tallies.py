"""Counts kept as tally marks: a register where each case adds one stroke of 正 (一 丅 下 止 正 = 1–5), copied as
it stands ("个人 正一", "处罚：正正正下"). Read only when the message says it counts that way ("正=5", "划正字"):
正 and 一 are ordinary characters everywhere else."""
from __future__ import annotations

import re

# The message says its counts are tally marks: a legend ("正=5", "丅=2") or the practice named ("划正字").
_GATE = re.compile(r"正\s*[=＝]\s*5")
_LEGEND = re.compile(r"[正一丅下止]\s*[=＝]\s*[1-5]")
_PRACTICE = re.compile(r"(?:划|画|写|记|数)(?:的)?正字|正字(?:计数|记数|统计)")

# One tally: whole 正 then at most one unfinished character, standing alone as a figure (after a space or a
# colon, before a space, a punctuation mark, a bracket or the line's end): "正" inside a word (正常, 改正) is no tally.
_TALLY = re.compile(r"(?:(?<=[\s:：])|^)(正*[一丅下止]?)(?=[ \t]*(?:[，,。；;、（(\n]|$)|[ \t])", re.M)
_STROKES = {"正": 5, "一": 1, "丅": 2, "下": 3, "止": 4}


def _value(marks: str) -> int:
    return sum(_STROKES[ch] for ch in marks)


def tally_marks(text: str) -> str:
    """Each tally becomes its count in digits, padded with spaces (a tally is never shorter than its digits, so
    offsets stay); the legend itself is blanked, its figures are no counts."""
    if not (_GATE.search(text) or _PRACTICE.search(text)):
        return text
    text = _LEGEND.sub(lambda m: " " * len(m.group(0)), text)

    def count(m: re.Match) -> str:
        marks = m.group(1)
        if not marks:
            return marks
        digits = str(_value(marks))
        return digits + " " * (len(marks) - len(digits))
    return _TALLY.sub(count, text)
