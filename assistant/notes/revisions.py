"""A draft copied out of Word or WPS with track changes on: "[删除的内容: 38][插入的内容: 46]" and comment
anchors "批注 [王局1]:". The deleted text is what the reviser struck out; the inserted text stands; the number in a
comment's tag counts comments, not cases. Blanked with spaces, so offsets and quotes stay aligned."""
from __future__ import annotations

import re
from dataclasses import replace

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


# A clerk checking a first draft against the real figures ("新收：初稿写的6件，实际是7件", "处罚原报1,203件，核了一下
# 是1,230件", "结转下年1件（初稿写的0，要改）"): a figure the clause gives as the draft's …
_DRAFT = re.compile(r"(?:初稿|原稿|草稿|底稿|初报|原报|原来报|原来写|原来填|之前报|之前写|上次报|原表)(?:里|上|中)?"
                    r"(?:写的?|报的?|填的?|是|为|写成|报成|填成)?\s*$")
# … and the line's word that the draft is being put right (without it "原报6件，另外补报1件" is two figures).
_PUT_RIGHT = re.compile(r"实际|实为|核(?:了一下|实|对|查)|应为|应该?是|改为|改成|要改|更正|其实|正确|准确|错了|有误|漏了|颠倒")
_CLAUSE_BREAK = "，,；;。！!？?\n：:（("


def drafts_replaced(said: list, text: str) -> tuple[list, list]:
    """The draft's figure goes where the same line gives the cell another figure and says the draft is put right;
    the figure it is put right with is the official's own (it stands at full strength, even when its clause
    leaves the row to the line's topic). A draft figure said to stand ("初稿3件，不变") stays. Returns (kept,
    (replaced, by) pairs)."""
    def clause(s) -> int:
        return max(text.rfind(ch, 0, s.span[0]) for ch in _CLAUSE_BREAK) + 1

    def draft(s) -> bool:
        return bool(_DRAFT.search(text[clause(s):s.span[0]]))

    def line(s) -> tuple[int, int]:
        end = text.find("\n", s.span[0])
        return text.rfind("\n", 0, s.span[0]) + 1, len(text) if end < 0 else end

    replaced: dict[int, object] = {}   # id(draft figure) → the figure it is put right with
    for d in [s for s in said if len(s.terms) == 1 and draft(s)]:
        a, b = line(d)
        if not _PUT_RIGHT.search(text[a:b]):
            continue
        others = [s for s in said if s is not d and s.key == d.key and s.value != d.value and
                  a <= s.span[0] < b and not draft(s)]
        # Of several, the one its own clause says is right ("后来又补收了1件，实际是7件": 7, not the 1 added).
        marked = [s for s in others if _PUT_RIGHT.search(text[clause(s):s.span[1]])]
        by = marked[0] if len(marked) == 1 else others[0] if len(others) == 1 else None
        if by is not None:
            replaced[id(d)] = by
    firm = {id(by): replace(by, strength=max(by.strength, 1.0), correction=True) for by in replaced.values()}
    kept = [firm.get(id(s), s) for s in said if id(s) not in replaced]
    pairs = [(d, firm[id(replaced[id(d)])]) for d in said if id(d) in replaced]
    return kept, pairs


# "上面说的那个不对，我再翻一下", "刚才发的数有问题，我核一下": an earlier figure taken back without saying which one
# nor what it should be.
_UNSAID_WRONG = re.compile(r"(?:上面|上边|前面|刚才|刚刚|之前|上一条|上条|前一条|前边)(?:我)?(?:说|讲|发|报|给|写|填)?(?:的|了的)?"
                           r"(?:那个|那条|那些|那几个|那几条|那|这个)?(?:数字?|数据|理由|情况)?(?:好像|可能|应该)?"
                           r"(?:不对|有误|错了|有错|不准|不准确|有问题|搞错了|弄错了|记错了)")


def retracted_unsaid(text: str, names_a_row: bool) -> bool:
    """Whether a message takes back what the official said before without saying which figure nor giving the
    right one: then none of that answer's figures can be trusted (a blank is better than a wrong number) until
    the official says them again. A message that names a row or gives a figure is a correction of its own."""
    return bool(_UNSAID_WRONG.search(text)) and not names_a_row and \
        not re.search(r"\d|[一二两三四五六七八九十]\s*[件个项条]|应该?是|应为|改为|改成", text)
