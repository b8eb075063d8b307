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
    return out


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
