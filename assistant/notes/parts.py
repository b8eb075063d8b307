"""Sub-reports of one body in one message: 科室/股室/社区 replies forwarded unsummed, months, quarters.

A clerk forwards what three 科室 sent, or a sheet with one block per month; each block reads like a small
note of its own and the body's year is their sum. `split(text)` finds the blocks by their headings (two or
more headings of one kind, each followed by figures); `combine` adds the blocks' statements cell by cell.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .solver import Statement, solve
from .lexicon import tokens

_HEADS = {"row", "group", "apps", "applicant", "legal", "rgroup", "litigation", "outcome", "t2row", "t2col", "other",
          "ignore"}

_CN = "一二三四五六七八九十"
_HEADINGS: tuple[tuple[str, re.Pattern], ...] = (
    ("月", re.compile(rf"^[ \t【\[（(]*(?:\d{{1,2}}|[{_CN}]{{1,3}})\s*月份?[】\])）]?\s*(?:[:：]|\s|$)", re.M)),
    ("季度", re.compile(rf"^[ \t【\[（(]*(?:第?[1-4{_CN[:4]}]\s*季度|Q[1-4])[】\])）]?\s*(?:[:：]|\s|$)", re.M)),
    ("科室", re.compile(r"^[ \t]*(?:\d{1,2}[.、．]\s*|[（(][一二三四五六七八九十\d]{1,2}[)）]\s*|[一二三四五六七八九十]{1,2}、\s*)?"
                      r"[【\[]?([\u4e00-\u9fff]{1,12}?(?:科|室|股|所|队|站|中心|社区|村|居委会|大队|中队|分局|办公室|办|处|组|部))"
                      r"[】\]]?\s*(?:[:：]|报|上报|报来|反馈|\n|$)", re.M)),
)
@dataclass(frozen=True)
class Part:
    kind: str        # 月 | 季度 | 科室
    name: str
    start: int       # the block's text, after its heading
    end: int


def split(text: str) -> list[Part]:
    """The blocks of a message that are parts of the body's year (empty when it is one note)."""
    for kind, pat in _HEADINGS:
        heads = list(pat.finditer(text))
        if len(heads) < 2:
            continue
        names = [m.group(0).strip(" \t：:【】[]()（）\n") for m in heads]
        if len(set(names)) < len(names):
            continue  # the same heading twice is a list of items, not a set of parts
        if kind == "月" and len(heads) < 12 or kind == "季度" and len(heads) < 4:
            continue  # some months are not the year: their figures stay out (the grammar's periods)
        if kind == "科室" and any(t.kind in _HEADS for m in heads for t in tokens(m.group(1))):
            continue  # "律所：1件", "其他处理：" are rows and applicants, not 科室
        if kind == "科室":
            keep = [(m, n) for m, n in zip(heads, names) if not re.match(r"[各全本我以下面总]", m.group(1))]
            if len(keep) < 2:
                continue
            heads, names = [m for m, _ in keep], [n for _, n in keep]
        parts = []
        for k, m in enumerate(heads):
            end = heads[k + 1].start() if k + 1 < len(heads) else _block_end(text, m.end())
            parts.append(Part(kind, names[k], m.end(), end))
        # Each block must carry figures of its own; a list of 科室 names in one line is not a split.
        if sum(bool(re.search(r"\d|[零〇一二两三四五六七八九十]\s*件", text[p.start:p.end])) for p in parts) < 2:
            continue
        return parts
    return []


def _block_end(text: str, start: int) -> int:
    """The last block ends at a blank line followed by text that is no longer part of it, or the end."""
    m = re.search(r"\n\s*\n(?=[^\n]*(?:合计|汇总|以上|另外|补充|其他情况|复议|诉讼|主动公开|网站))", text[start:])
    return start + m.start() if m else len(text)


def combine(blocks: list[list[Statement]]) -> list[Statement]:
    """The body's year: figures of the same cells added up across blocks (a block that does not name a
    row had none). A statement that ties cells together ("不予公开1件（第三方隐私）") is first settled
    inside its block, so what it says reaches the sum as figures."""
    blocks = [_settled(b) for b in blocks]
    out: list[Statement] = []
    by_key: dict[tuple, list[Statement]] = {}
    order: list[tuple] = []
    for stmts in blocks:
        for s in stmts:
            if s.key not in by_key:
                order.append(s.key)
            by_key.setdefault(s.key, []).append(s)
    for key in order:
        got = by_key[key]
        plain = all(c > 0 for c, _ in got[0].terms)
        if not plain and (len(got) < len(blocks) or any(s.value for s in got)):
            continue
        first = got[0]
        out.append(replace(first, value=sum(s.value for s in got) if plain else 0.0,
                           quote="；".join(dict.fromkeys(s.quote for s in got)),
                           label=first.label + (f"（{len(got)}部分合计）" if len(got) > 1 else ""),
                           strength=min(s.strength for s in got)))
    return out


def _settled(stmts: list[Statement]) -> list[Statement]:
    tied = [s for s in stmts if not all(c > 0 for c, _ in s.terms)]
    if not tied:
        return stmts
    sol = solve(stmts)
    if sol.conflicts or sol.dropped:
        return stmts
    cells = {p for s in tied for p in s.cells}
    plain = [s for s in stmts if s not in tied]
    have = {s.key for s in plain}
    for s in tied:
        for p in sorted(s.cells):
            if p in sol.values and ((1.0, p),) not in have:
                plain.append(replace(s, terms=((1.0, p),), value=sol.values[p]))
                have.add(((1.0, p),))
    return plain
