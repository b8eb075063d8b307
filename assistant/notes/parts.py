"""Sub-reports of one body in one message: 科室/股室/社区 replies forwarded unsummed, months, quarters.

A clerk forwards what three 科室 sent, or a sheet with one block per month; each block reads like a small
note of its own and the body's year is their sum. `split(text)` finds the blocks by their headings (two or
more headings of one kind, each followed by figures); `combine` adds the blocks' statements cell by cell.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..form import address
from ..form.official import application_path
from .solver import Statement, solve
from .lexicon import tokens

_HEADS = {"row", "group", "apps", "applicant", "legal", "rgroup", "litigation", "outcome", "t2row", "t2col", "other",
          "ignore"}

_CN = "一二三四五六七八九十"
_HEADINGS: tuple[tuple[str, re.Pattern], ...] = (
    ("月", re.compile(rf"^[ \t【\[（(]*(?:\d{{1,2}}|[{_CN}]{{1,3}})\s*月份?[】\])）]?\s*(?:[:：]|\s|$)", re.M)),
    ("季度", re.compile(rf"^[ \t【\[（(]*(?:第?[1-4{_CN[:4]}]\s*季度|Q[1-4])[】\])）]?\s*(?:[:：]|\s|$)", re.M)),
    ("科室", re.compile(r"^[ \t]*(?:\d{1,2}[.、．]\s*|[（(][一二三四五六七八九十\d]{1,2}[)）]\s*|[一二三四五六七八九十]{1,2}、\s*)?"
                      r"[【\[]?([\u4e00-\u9fff]{1,12}?(?:科|室|股|所|院|馆|队|站|中心|社区|村|居委会|大队|中队|分局|办公室|办|处|组|部|机关|本级))"
                      r"[】\]]?\s*(?:[（(][^）)\n]{0,30}[)）])?\s*(?:[:：]|报|上报|报来|反馈|\n|$)", re.M)),
)
# Who handled them: "小陈 18件：公开9，…", "老周 15件：…", "我 17件：…" — one handler's cases a line, the body's are
# their sum (a name or "我", with the count of the handler's cases, then a colon).
_HEADINGS += (("经办人", re.compile(r"^[ \t]*(?:\d{1,2}[.、．]\s*)?((?:小|老|大)[\u4e00-\u9fff]|[\u4e00-\u9fff]某{1,2}|我|"
                                   r"[\u4e00-\u9fff]{2,3}(?=\s*(?:经办|办了|办理)?\s*\d+\s*件))"
                                   r"\s*(?:(?:经办|办了|办理|负责)?\s*\d+\s*件)?\s*[:：]", re.M)),)
# "一季度\t4\t3\t1": a heading followed by a run of bare figures is a sheet's row, not a block of notes.
_SHEET_ROW = re.compile(r"[ \t:：|｜,，]*\d+(?:[ \t]*[\t|｜,，][ \t]*|[ \t]{2,}|[ \t])\d+(?:[ \t]*[\t|｜,，][ \t]*|[ \t]+)\d+")


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
        names = [re.sub(r"[（(][^）)]*[)）]", "", m.group(0)).strip(" \t：:【】[]()（）\n") for m in heads]
        if len(set(names)) < len(names):
            continue  # the same heading twice is a list of items, not a set of parts
        rows = sum(bool(_SHEET_ROW.match(text, m.end())) for m in heads)
        if rows * 2 >= len(heads):
            continue  # "一季度\t4\t3\t1…": rows of a sheet, read by the grids with their header
        if kind == "月" and len(heads) < 12 or kind == "季度" and len(heads) < 4:
            continue  # some months are not the year: their figures stay out (the grammar's periods)
        if kind in ("科室", "经办人") and any(t.kind in _HEADS for m in heads for t in tokens(m.group(1))):
            continue  # "律所：1件", "其他处理：" are rows and applicants, not 科室
        if kind == "科室":
            keep = [(m, n) for m, n in zip(heads, names) if not re.match(r"[各全本我以下面总]", m.group(1)) and
                    not re.match(r"\s*(?:您好|你好|领导好|各位好)", text[m.end():]) and  # "省政务公开办：您好！": the addressee
                    # a letter's addressee ("市政务公开办：\n根据…通知要求，现将…") and its signature ("县政府办公室\n2026年1月15日")
                    not re.match(r"\s*(?:根据|按照|依据|现将|兹将|为做好)", text[m.end():]) and
                    not re.match(r"[ \t]*(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日[ \t]*(?:\n|$)", text[m.end():])]
            if len(keep) < 2:
                continue
            heads, names = [m for m, _ in keep], [n for _, n in keep]
        parts = []
        for k, m in enumerate(heads):
            end = heads[k + 1].start() if k + 1 < len(heads) else _block_end(text, m.end(), names)
            parts.append(Part(kind, names[k], m.end(), end))
        # Each block must carry figures of its own; a list of 科室 names in one line is not a split.
        if sum(bool(re.search(r"\d|[零〇一二两三四五六七八九十]\s*件", text[p.start:p.end])) for p in parts) < 2:
            continue
        return parts
    return []


def _block_end(text: str, start: int, names: list[str] = ()) -> int:
    """The last block ends at a blank line followed by text that is no longer part of it (a paragraph about the
    whole, or one naming another part again: "局机关的收费也没有，两边都没有结转"), or the end."""
    others = "|".join(re.escape(n) for n in names[:-1] if n)
    m = re.search(r"\n\s*\n(?=[^\n]*(?:合计|汇总|以上|另外|补充|其他情况|复议|诉讼|主动公开|网站|两边|两家|两个单位|各单位"
                  + (f"|{others}" if others else "") + "))", text[start:])
    return start + m.start() if m else len(text)


def combine(blocks: list[list[Statement]]) -> list[Statement]:
    """The body's year: each block is solved as a small report of its own, and a cell is the sum of the
    blocks' figures — where every block that names the cell's row determines it (a block silent about a
    row had none; a block that names it without settling the cell leaves the sum open)."""
    named = {row_of(p) for b in blocks for s in b for p in s.cells}
    settled = [_determined(b + _silent(b, named)) for b in blocks]
    out: list[Statement] = []
    cells = list(dict.fromkeys(p for values, _ in settled for p in values))
    for p in cells:
        row = row_of(p)
        naming = [(values, quotes) for values, quotes in settled if row in quotes]
        if not all(p in values for values, _ in naming):
            continue
        got = [values[p] for values, _ in naming]
        quotes = [q for _, qs in naming for q in qs[row]]
        first = next(s for b in blocks for s in b if row in _named(s))
        out.append(replace(first, terms=((1.0, p),), value=float(sum(got)),
                           quote="；".join(dict.fromkeys(quotes)),
                           label=first.label + (f"（{len(got)}部分合计）" if len(got) > 1 else ""),
                           strength=min(s.strength for b in blocks for s in b if row in _named(s))))
    return out


# Rows a part may leave unsaid when it had none: what it received is always said, what it carried is not.
_SILENT_ZERO = ("carried_over", "carried_forward")


def _silent(block: list[Statement], named: set[str]) -> list[Statement]:
    """A part silent about a carried row that another part names had none (as `combine` counts it), so the
    part's own identities close: "2件，一件给了，一件不掌握" is 2 concluded when nothing was carried."""
    mine = {row_of(p) for s in block for p in s.cells}
    out = []
    for key in _SILENT_ZERO:
        row = f"applications.{key}"
        if row in named and row not in mine and block:
            out += [replace(block[0], terms=((1.0, application_path(key, c)),), value=0.0, quote="",
                            label=f"{key}（未提及）", strength=0.5) for c in range(7)]
    return out


def _named(s: Statement) -> set[str]:
    return {row_of(p) for c, p in s.terms if c > 0}


def row_of(path: str) -> str:
    where = address.parse(path)
    return f"{where.table}.{where.row}"


def _determined(stmts: list[Statement]) -> tuple[dict[str, float], dict[str, list[str]]]:
    """A block's determined cells in the rows it names, and the quotes naming each row."""
    quotes: dict[str, list[str]] = {}
    for s in stmts:
        # A row is named by a statement's own figure, not by the total it is measured against ("全部公开" =
        # 予以公开 − 办理总数 names only 予以公开).
        for row in _named(s) if not s.label.endswith("（未提及）") else ():
            quotes.setdefault(row, []).append(s.quote)
    sol = solve(stmts)
    if sol.conflicts or sol.dropped:
        values = {next(iter(s.cells)): s.value for s in stmts if len(s.terms) == 1 and s.terms[0][0] == 1.0}
    else:
        values = {p: v for p, v in sol.values.items() if row_of(p) in quotes}
    return values, quotes


def heading(text: str) -> str | None:
    """The unit a message opens with ("规划科：" on one of its first three lines), or None."""
    pat = dict(_HEADINGS)["科室"]
    head = "\n".join(text.strip().split("\n")[:3])
    for m in pat.finditer(head):
        if not re.match(r"[各全本我以下面总]", m.group(1)) and not any(t.kind in _HEADS for t in tokens(m.group(1))):
            return m.group(1)
    return None


# "7月1日起原县畜牧业发展中心并入我局…两边数加在一起": the message gives each cell as the parts of bodies merged in
# the year (or of its two halves), to be added up.
_MERGED = re.compile(r"(?:两边|两家|两个单位|双方|合并后|并入|合并前后)[^。\n]{0,24}?(?:加在一起|加起来|合起来|相加|一起算|合并计算|"
                     r"合并统计)|(?:上半年|下半年)[^。\n]{0,16}?(?:加在一起|加起来|合起来|相加)")
_HALVES = re.compile(r"上半年|下半年")


def merged_halves(text: str) -> str:
    """Under such a message, "上半年"/"下半年" name parts to add, not a period's figure to leave out: blanked."""
    if not _MERGED.search(text) or not ("上半年" in text and "下半年" in text):
        return text
    return _HALVES.sub(lambda m: " " * len(m.group(0)), text)


_WHOLE = re.compile(r"合计|总计|共计|一共|总共|累计|加起来|合起来|加在一起|合并算|应该?是|应为|实际|核对|核实|更正|改为|改成")


def _whole(s: Statement, text: str) -> bool:
    """Whether the statement's clause gives the cell whole: a total, or a figure put right."""
    a = max(text.rfind(ch, 0, s.span[0]) for ch in "，,；;。\n：:") + 1
    return s.correction or bool(_WHOLE.search(text[a:s.span[1]]))


def merged_parts(said: list[Statement], text: str) -> list[Statement]:
    """Under such a message, a clause that names a cell the part before it already named starts the next part;
    each part is solved on its own and the cells are the parts' sums (`combine`)."""
    if not _MERGED.search(text):
        return said
    blocks: list[list[Statement]] = [[]]
    for s in sorted(said, key=lambda x: x.span):
        if any(x.key == s.key and x.span != s.span for x in blocks[-1]):
            blocks.append([])
        blocks[-1].append(s)
    if len(blocks) < 2:
        return said
    # Rows one part alone names keep their statements as read (a sum over a category's rows stays a sum).
    split_rows = {r for r in {row_of(p) for b in blocks for s in b for p in s.cells}
                  if sum(any(r in _named(s) for s in b) for b in blocks) >= 2}
    # A row the message also gives whole ("合计新收12件") or puts right ("新收应该是12件") is no sum of parts.
    split_rows -= {r for s in said if _whole(s, text) for r in _named(s)}
    kept = [s for s in said if not {row_of(p) for p in s.cells} & split_rows]
    return kept + [s for s in combine(blocks) if row_of(s.terms[0][1]) in split_rows]
