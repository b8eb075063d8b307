"""A WeChat 接龙 chain pasted into the chat: one numbered line per body ("3. 县自然资源局 27/3/28/2 复议2 诉讼1"),
the clerk's own among them, and a word on which it is ("上面第4条是我们局的"). The other bodies' lines are no
figures of this report: they go. The clerk's line, with its figures joined by slashes in the order the chain's
legend names ("格式：单位 新收/上年结转/办结/结转下年"), is read as those rows' figures. Without a word on which
line is the clerk's, no line of the chain is read (whose figures they are is a guess)."""
from __future__ import annotations

import re

from .lexicon import fold, tokens

_CHAIN = re.compile(r"接龙")
_LINE = re.compile(r"(?m)^[ \t]*(\d{1,2})[.、．][ \t]*([^\n]*)$")
# "上面第4条是我们局的", "第3个是我们单位", "4号是咱们的".
# The claim ends there: "第2个是我们局的上级单位" is another body's line.
_CLAIM_END = r"(?:单位|局)?(?:的)?(?:数据|数|那条|这条)?(?=\s*(?:[，,。；;！!\n]|$))"
_OURS = re.compile(r"第\s*(\d{1,2})\s*(?:条|个|行|项|位)[^。\n，,]{0,4}?(?:是|为|就是)\s*(?:我们|我局|本局|我单位|本单位|咱们|我们单位|我们局)" +
                   _CLAIM_END + r"|(\d{1,2})\s*号[^。\n，,]{0,4}?(?:是|为|就是)\s*(?:我们|我局|本局|咱们)" + _CLAIM_END)
_LEGEND = re.compile(r"[\u4e00-\u9fff]{1,6}(?:[ \t]*/[ \t]*[\u4e00-\u9fff]{1,6})+")
_SLASHED = re.compile(r"\d+(?:[ \t]*/[ \t]*\d+)+")


def _legend(text: str) -> list[str] | None:
    """The row names the chain's legend joins by slashes, when each names a row of the form."""
    for m in _LEGEND.finditer(fold(text)):
        words = [w.strip() for w in m.group(0).split("/")]
        if all(any(t.kind in ("row", "group", "apps") for t in tokens(w)) for w in words):
            return words
    return None


def _spelled(line: str, names: list[str]) -> str:
    """"6/0/6/0" as "新收6件，上年结转0件，办结6件，结转下年0件" by the legend's names."""
    def spell(m: re.Match) -> str:
        values = [v.strip() for v in m.group(0).split("/")]
        if len(values) != len(names):
            return m.group(0)
        return "，".join(f"{n}{v}件" for n, v in zip(names, values)) + "，"
    return _SLASHED.sub(spell, line)


def chain_lines(messages: list[str]) -> list[str]:
    """The messages with the chain's other lines removed and the clerk's own spelled out."""
    if not any(_CHAIN.search(m) for m in messages):
        return messages
    ours = next((int(m.group(1) or m.group(2)) for t in messages for m in _OURS.finditer(fold(t))), None)
    out = []
    for text in messages:
        lines = list(_LINE.finditer(text))
        if len(lines) < 3 or not _CHAIN.search(text):
            out.append(text)
            continue
        names = _legend(text)
        for m in reversed(lines):
            if ours is not None and int(m.group(1)) == ours:
                new = _spelled(m.group(2), names) if names else m.group(2)
            else:
                new = ""
            text = text[:m.start()] + new + text[m.end():]
        out.append(text)
    return out
