"""A draft copied out of Word or WPS with track changes on: "[删除的内容: 38][插入的内容: 46]" and comment
anchors "批注 [王局1]:". The deleted text is what the reviser struck out; the inserted text stands; the number in a
comment's tag counts comments, not cases. Blanked with spaces, so offsets and quotes stay aligned."""
from __future__ import annotations

import re

_DELETED = re.compile(r"[\[【]\s*(?:删除的内容|已删除|删除)\s*[:：][^\]】\n]*[\]】]")
_INSERTED = re.compile(r"([\[【]\s*(?:插入的内容|已插入|插入)\s*[:：]\s*)([^\]】\n]*?)(\s*[\]】])")
# "批注 [王局1]:" heads a comment; the same tag marks its anchor in the text.
_COMMENT = re.compile(r"批注\s*([\[【][\u4e00-\u9fffA-Za-z]{1,8}\s*\d{1,3}[\]】])")


def blanked(m: re.Match) -> str:
    """A match replaced by as many spaces (the text's offsets stay)."""
    return " " * len(m.group(0))


def track_changes(text: str) -> str:
    text = _DELETED.sub(blanked, text)
    text = _INSERTED.sub(lambda m: " " * len(m.group(1)) + m.group(2) + " " * len(m.group(3)), text)
    for tag in {m.group(1) for m in _COMMENT.finditer(text)}:
        text = text.replace(tag, " " * len(tag))
    return text
