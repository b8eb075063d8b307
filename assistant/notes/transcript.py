"""A group chat pasted as it stands, each message under its sender and time ("张科长 09:45"): a colleague's
question and the next sender's reply are the clerk's own "问：…答：…" notes, read as such (the question names
what the reply's "没有" or "有1件" is about; it says nothing itself)."""
from __future__ import annotations

import re

# A sender line: a name (no digits, no sentence punctuation) and a time, optionally after a date.
_SENDER = re.compile(r"(?m)^[ \t]*(@?[^\s\d：:，,。？?！!；;]{1,12})[ \t]+"
                     r"(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?[ \t]+)?\d{1,2}:\d{2}(?::\d{2})?[ \t]*$")
# A question among colleagues: one sentence ending in a question mark or a question particle.
_ASKS = re.compile(r"^[^。！!；;\n]+(?:[？?]|[吗吧呢嘛][？?]?)[\s]*$")
# Figures in the question itself: then it is read as it stands ("强制那2件是扣押设备吧", "对" keeps the 2).
_FIGURE = re.compile(r"\d|[一两二三四五六七八九十百]+\s*[件个起宗项]")


def senders(text: str) -> list[re.Match]:
    return list(_SENDER.finditer(text))


def is_transcript(text: str) -> bool:
    """Two sender lines or more: a pasted chat, where a question is one colleague's to another."""
    return len(senders(text)) >= 2


def questions_answered(text: str) -> str:
    """Each colleague's question without figures, and the next sender's reply, marked "问：" and "答：" in
    place of their sender lines (same length, so every offset stays; the sender line is no figure)."""
    lines = senders(text)
    if len(lines) < 2:
        return text
    chars = list(text)
    for k, head in enumerate(lines[:-1]):
        body = text[head.end():lines[k + 1].start()].strip()
        nxt = lines[k + 1]
        if not _ASKS.match(body) or _FIGURE.search(body) or head.group(1).lstrip("@") == nxt.group(1).lstrip("@"):
            continue
        _mark(chars, head, "问：")
        _mark(chars, nxt, "答：")
    return "".join(chars)


def _mark(chars: list[str], head: re.Match, word: str) -> None:
    # The sender line and its line break become blanks ending in the marker, so the marker opens the message.
    end = head.end() + 1 if head.end() < len(chars) and chars[head.end()] == "\n" else head.end()
    span = end - head.start()
    if span < len(word):
        return
    chars[head.start():end] = list(" " * (span - len(word)) + word)
