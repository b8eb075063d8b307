"""Two edits of one section, made from the same version, merged per sentence: a stale tab's edit applied on
the newest version keeps the other tab's sentences. Where both touched the same sentence there is no merge:
the caller shows both versions for the user to choose, never drops either."""
from __future__ import annotations

import difflib
import re

# A sentence with its closing marks; a run of marks alone; line breaks (kept as their own tokens, so joining
# the tokens gives back the text exactly).
_SENTENCE = re.compile(r"[^。！？；!?;\n]+[。！？；!?;]*|[。！？；!?;]+|\n+")


def sentences(text: str) -> list[str]:
    return _SENTENCE.findall(text)


def _hunks(base: list[str], other: list[str]) -> list[tuple[int, int, list[str]]]:
    """(start, end, replacement) over base for every change base → other."""
    sm = difflib.SequenceMatcher(None, base, other, autojunk=False)
    return [(i1, i2, other[j1:j2]) for tag, i1, i2, j1, j2 in sm.get_opcodes() if tag != "equal"]


def _clash(a: tuple[int, int, list[str]], b: tuple[int, int, list[str]]) -> bool:
    (a1, a2, _), (b1, b2, _) = a, b
    if a1 == a2 and b1 == b2:            # two insertions at one place: which first is the user's call
        return a1 == b1
    if a1 == a2:                         # an insertion inside the other's changed sentences
        return b1 < a1 < b2
    if b1 == b2:
        return a1 < b1 < a2
    return a1 < b2 and b1 < a2           # both changed a sentence in common


def merge(base: str, mine: str, theirs: str) -> str | None:
    """`base` edited into `mine` here and into `theirs` elsewhere: both edits, or None when they touch the same
    sentence (identical changes on both sides are one change)."""
    if mine == theirs or theirs == base:
        return mine
    if mine == base:
        return theirs
    b = sentences(base)
    ours, other = _hunks(b, sentences(mine)), _hunks(b, sentences(theirs))
    same = [h for h in ours if h in other]
    ours = [h for h in ours if h not in same]
    other = [h for h in other if h not in same]
    if any(_clash(x, y) for x in ours for y in other):
        return None
    # Apply from the end so earlier positions stay valid; at one position an insertion goes before a change.
    out = list(b)
    for i1, i2, rep in sorted(ours + other + same, key=lambda h: (h[0], h[1]), reverse=True):
        out[i1:i2] = rep
    return "".join(out)
