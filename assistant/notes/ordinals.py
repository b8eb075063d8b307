"""Cases pointed at by their place in the answer before: "第一个是企业的，第二个是个人" after "一个是涉及商业秘密的；另
一个要的是执法案卷". The official told the cases one at a time, in an order; the next message names who applied for
each by that order. Only read when every clause is such a pointer and the message before told exactly that many
cases one by one (a row of table 3 with 1 件 each): anything else is no order the reader can follow."""
from __future__ import annotations

import re

from ..form.address import parse
from ..form.official import TOTAL, application_path, short_label
from .lexicon import fold, tokens
from .solver import Statement, cell

# The place words: first, second … and the pair's "the former / the latter / the other one".
_PLACES = {"第一": 1, "头一": 1, "前一": 1, "前面那": 1, "前边那": 1, "上面那": 1, "第二": 2, "后一": 2, "后面那": 2,
           "后边那": 2, "另一": 2, "下面那": 2, "第三": 3, "第四": 4, "第五": 5}
PLACE = "(" + "|".join(sorted(_PLACES, key=len, reverse=True)) + ")"
_CLAUSE = re.compile(r"^\s*(?:其中|那)?" + PLACE + r"\s*(?:个|件|条)\s*"
                     r"(?:申请)?\s*(?:是|也是|为|算|属于)?\s*(.{1,14}?)\s*(?:的|申请的|提的|来要的|来申请的|要的)?\s*$")


def _one_by_one(earlier: list[Statement], message: int) -> list[str]:
    """The table-3 rows of the cases the message before told one at a time, in its order (1 件 each)."""
    told = sorted((s for s in earlier if s.message == message - 1 and len(s.terms) == 1 and s.value == 1
                   and s.terms[0][1].startswith("applications.")), key=lambda s: s.span[0])
    rows = []
    for s in told:
        where = parse(s.terms[0][1])
        if where.col == TOTAL and where.row not in ("new_received", "carried_over", "total_processed",
                                                     "carried_forward"):
            rows.append(where.row)
    return rows


def applicants_by_place(text: str, message: int, earlier: list[Statement]) -> list[Statement]:
    """"第一个是企业的，第二个是个人": each case's applicant, by its place in the answer before."""
    clauses = [c for c in re.split(r"[，,；;。\n]", text) if c.strip()]
    if len(clauses) < 2:
        return []
    rows = _one_by_one(earlier, message)
    if len(rows) != len(clauses) or len(set(rows)) != len(rows):
        return []  # (two cases of one row: a figure for its column would not say which case)
    out, seen = [], set()
    for c in clauses:
        m = _CLAUSE.match(c)
        if not m:
            return []
        k = _PLACES[m.group(1)]
        who = [t for t in tokens(fold(m.group(2))) if t.kind in ("applicant", "legal")]
        if k in seen or not 1 <= k <= len(rows) or len(who) != 1 or who[0].kind != "applicant":
            return []
        seen.add(k)
        path = application_path(rows[k - 1], who[0].target)
        out.append(cell(path, 1, label=f"第{k}件（{short_label(application_path(rows[k - 1], TOTAL))}）的申请人",
                        quote=c.strip(), message=message, source="notes"))
    return out


def place(word: str) -> int:
    """The place a place word points at ("后面那" → 2)."""
    return _PLACES[word]
