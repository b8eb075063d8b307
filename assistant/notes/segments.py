"""A long SMS the carrier cut into segments, each opening (or closing) with its place, "【1/3】" … "【3/3】": one
message cut anywhere, even inside a figure ("新收1" | "2件" is 12件), so the segments are read joined."""
from __future__ import annotations

import re

_OPEN = re.compile(r"^\s*[【\[（(]\s*(\d{1,2})\s*/\s*(\d{1,2})\s*[】\]）)]")
_CLOSE = re.compile(r"[【\[（(]\s*(\d{1,2})\s*/\s*(\d{1,2})\s*[】\]）)]\s*$")


def _place(text: str) -> tuple[int, int, str] | None:
    """(k, n, the text without its marker), or None when the message carries no segment marker."""
    for pat in (_OPEN, _CLOSE):
        if (m := pat.search(text)) and 1 <= int(m.group(1)) <= int(m.group(2)) >= 2:
            return int(m.group(1)), int(m.group(2)), (text[:m.start()] + text[m.end():]).strip()
    return None


def joined_segments(messages: list[str]) -> list[str]:
    """Consecutive segments 1/n, 2/n … of one SMS become one message, in the place of its last segment; the places
    of the others are left empty, so every later message keeps its number."""
    out = list(messages)
    places = [_place(m) for m in messages]
    k = 0
    while k < len(messages):
        j = k
        while j < len(messages) and places[j] and places[j][1] == places[k][1] and places[j][0] == places[k][0] + j - k:
            j += 1
        if j - k >= 2:
            out[k:j] = [""] * (j - k - 1) + ["".join(p[2] for p in places[k:j])]
        k = max(j, k + 1)
    return out
