"""The statutory tables pasted into the chat as they are printed: read by the report reader, not the grammar.

A clerk copies last year's tables from Word (one cell per line), a web page or a PDF and overwrites the
figures. Those lines are the form's own labels and columns: the template-aligned report parser reads them
cell by cell, so the notes path uses it (one reader of tables, not a second one). Only a block that prints
several of the form's full row labels is taken; what stands before and after it is read as notes.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from ..form import official as form
from ..form.address import parse
from ..form.official import cell_label
from ..parse import parse_text
from ..readers.blocks import Unreadable
from .lexicon import BLANKS_ARE_ZERO, fold, lookup, tokens
from .solver import Statement

# A pasted table prints this many of the form's long labels (a note names a row in a few words).
_MIN_LABELS = 3
_MIN_CELLS = 6


@lru_cache(maxsize=1)
def _printed() -> re.Pattern:
    """The form's printed labels that no clerk writes in a sentence: long row labels, headers, 第二十条 items."""
    words = {re.sub(r"^[一二三四（）()\d.、]+", "", r.label) for r in form.APPLICATION_ROWS_DEF}
    words |= {g.label for g in form.REVIEW_GROUPS_DEF} | {r.label for r in form.ACTIVE}
    words |= {c.label for c in form.DOC_COLUMNS} | {form.DECISIONS}
    words = {w[:10] for w in words if len(w) >= 6}
    # Table 4's headers are short, but no sentence prints them one per column.
    words |= {w for w in [g.header for g in form.REVIEW_GROUPS_DEF[1:]] + [o.label for o in form.REVIEW_OUTCOMES[:4]]}
    words |= {sec.title for sec in form.SECTIONS if sec.number in (2, 3, 4)}  # the tables' own headings
    words.add("第二十条第")
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))


_ANSWERED = re.compile(r"[:：][ \t]*(?:\d[\d,.]*[ \t]*(?:件|个|项|万元|元)?[ \t]*)?$")


# After its last long label a table goes on with figures, short header words ("结果", "维持"), wrapped label
# ends and page furniture; a sentence ends it.
_CELL_LINE = re.compile(r"[\d.,\s/—\-－|｜]*|[^\d，,。；;：:]{1,12}|第\s*\d+\s*页\s*共\s*\d+\s*页")


@dataclass
class Pasted:
    statements: list[Statement] = field(default_factory=list)
    lines: set[int] = field(default_factory=set)     # the block's lines, not read again as notes


def read_pasted(text: str, message: int = 0) -> Pasted:
    lines = text.split("\n")
    # A table's lines are labels and figures; a sentence that names rows ("行政复议9件，结果维持6件…") is a note.
    # "本年新收政府信息公开申请数量（件）：4" is a question and its answer (a survey, a template filled in): a note.
    marked = [i for i, line in enumerate(lines) if _printed().search(line.replace(" ", ""))
              and not re.search(r"[，。；,;]", line) and not _ANSWERED.search(line)]
    if not marked:
        return Pasted()
    if len({w for i in marked for w in _printed().findall(lines[i].replace(" ", ""))}) < _MIN_LABELS:
        return Pasted()
    # A section's heading after the table opens what follows ("三、收到和处理政府信息公开申请情况" and its paragraph):
    # it ends the block, it is no part of it.
    titles = tuple(sec.title for sec in form.SECTIONS)
    while len(marked) > 1 and re.sub(r"^[\s一二三四五六七八九十、.．（）()\d]+", "", lines[marked[-1]]).strip() in titles:
        marked.pop()
    first = marked[0]
    last = marked[-1]
    # The block runs on through the figures after its last label.
    while last + 1 < len(lines) and _CELL_LINE.fullmatch(lines[last + 1].strip()):
        last += 1
    block = "\n".join(lines[first:last + 1])
    try:
        report = parse_text(block)
    except Unreadable:
        return Pasted()  # not something the report reader takes: the lines are read as notes
    out = Pasted()
    for path in form.ACTIVE_PATHS + form.APPLICATION_PATHS + form.REVIEW_PATHS:
        v = report.value(path)
        if isinstance(v, (int, float)):
            out.statements.append(Statement(((1.0, path),), float(v), quote="（粘贴的统计表）" + cell_label(path),
                                            label=cell_label(path), message=message))
    if len(out.statements) < _MIN_CELLS:
        return Pasted()
    out.statements = _one_column(out.statements, "\n".join(lines[max(0, first - 4):last + 1]))
    # A sentence between two pasted tables ("（这个表太大我没复制，直接说：今年收到4件…）") is a note.
    out.lines = {i for i in range(first, last + 1) if not _SENTENCE.search(lines[i])}
    # A table of the block the report reader gave no figure of (a web form's 表二 laid out its own way beside a
    # 表三 it did read) is left to the notes' readers: its lines are not taken.
    read = {s.terms[0][1].split(".")[0] for s in out.statements}
    out.lines = {i for i in out.lines if _table_of(lines[i]) in read | {None}}
    return out


_TABLE_OF_KIND = {"t2row": "active", "rgroup": "review_litigation", "litigation": "review_litigation",
                  "row": "applications", "group": "applications"}


def _table_of(line: str) -> str | None:
    """The table a pasted line's first row word belongs to, or None when it names none."""
    first = next((t for t in tokens(fold(line)) if t.kind in _TABLE_OF_KIND), None)
    return _TABLE_OF_KIND[first.kind] if first is not None else None


def _one_column(statements: list[Statement], block: str) -> list[Statement]:
    """Table 3's row labels with one figure each and no applicant header ("（一）予以公开 92 … 以上是总计列"):
    a clerk reading off the form gives the row's 总计, not its 自然人 cell (where a printed report's lone
    column would sit). With the header in the block, its column is the one printed."""
    apps = [s for s in statements if s.terms[0][1].startswith("applications.")]
    if not apps or any(not s.terms[0][1].endswith("[0]") for s in apps) or \
            any(w in block for w in (*form.APPLICANT_COLUMNS[:5], form.LEGAL_PERSONS)):  # (其他 is a row word too)
        return statements
    out = []
    for s in statements:
        if s in apps:
            path = form.application_path(parse(s.terms[0][1]).row, form.TOTAL)
            s = replace(s, terms=((1.0, path),), quote="（粘贴的统计表）" + cell_label(path), label=cell_label(path))
        out.append(s)
    return out


_SENTENCE = re.compile(r"[\u4e00-\u9fff][，。；][^\n]*[\u4e00-\u9fff]")


# Table 3 copied column by column, one line a column: "自然人列：新收 19，上年结转 1，予以公开 8…", "企业那一栏：…",
# "总计列：…"; "科研机构、社会公益组织这两列全空", "其他列：空" (every row of the column 0).
_COLUMN_LINE = re.compile(r"^[ \t]*([\u4e00-\u9fff、和及]{2,24}?)(?:这|那)?(?:两|几|三)?(?:一)?(?:列|栏)(?:的)?[ \t]*"
                          r"(?:[:：][ \t]*(.*?)|(?:全|都|均)(?:是)?(?:空|0|零|没有)[^\n]*?)[ \t]*$", re.M)
_PAIR = re.compile(r"([^\d，,、；;。:：\s][^\d，,、；;。:：]{0,11}?)[ \t]*[:：]?[ \t]*(\d+)(?:[ \t]*(?:件|个))?")
_EMPTY = re.compile(r"^(?:空|空着|全空|都空|没有|无|都是0|全是0|0)?[。.]?$")


def _columns_named(words: str) -> list[int]:
    """The applicant columns a column line names ("科研机构、社会公益组织", "总计"), or [] when it names none."""
    out = []
    for t in tokens(fold(words)):
        if t.kind == "applicant":
            out.append(t.target)
        elif t.kind == "other":
            out.append(5)
        elif t.kind not in ("quant", "zero"):
            return []
    return list(dict.fromkeys(out))


def _row_named(label: str) -> str | None:
    """The row of table 3 a label inside a column names; its 总计/合计 is the row （七）总计."""
    t = lookup(label)
    if t is None:
        return None
    if t.kind == "applicant" and t.target == form.TOTAL:
        return "total_processed"
    return t.target if t.kind == "row" and t.target in form.APPLICATION_KEYS else None


def read_columns(text: str, message: int = 0) -> Pasted:
    """The column lines of a table copied column by column (two at least): each figure is its row's cell in the
    line's column. A column said to be empty, or a cell left out where the notes say empty cells are 0, is 0 in
    every row the copied columns name."""
    found = []
    for m in _COLUMN_LINE.finditer(text):
        cols = _columns_named(m.group(1))
        if not cols:
            continue
        body = m.group(2)
        pairs = [] if body is None or _EMPTY.match(body.strip()) else \
            [(r, float(p.group(2))) for p in _PAIR.finditer(body) if (r := _row_named(p.group(1).strip()))]
        if body is not None and not pairs and not _EMPTY.match(body.strip()):
            continue
        found.append((m, cols, pairs))
    if len(found) < 2 or sum(bool(p) for _, _, p in found) < 2:
        return Pasted()
    rows = list(dict.fromkeys(r for _, _, pairs in found for r, _ in pairs))
    blanks_zero = bool(BLANKS_ARE_ZERO.search(text))
    out = Pasted()
    starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]
    for m, cols, pairs in found:
        quote = m.group(0).strip()
        given = dict(pairs)
        for col in cols:
            for row in rows:
                if row in given and len(cols) == 1:
                    v = given[row]
                elif not pairs or blanks_zero:
                    v = 0.0
                else:
                    continue
                path = form.application_path(row, col)
                out.statements.append(Statement(((1.0, path),), v, quote=quote, label=cell_label(path),
                                                message=message, span=(m.start(), m.end())))
        out.lines.add(max(i for i, s in enumerate(starts) if s <= m.start()))
    return out
