"""Filled application registration forms (申请登记表) pasted one after another.

A small office keeps no ledger: it pastes each request's form as filled — 编号, the applicant type ticked
among printed options ("申请人类型：☑公民　□法人或者其他组织"), 受理日期, 答复日期, 答复结果 — one form after
another, between dashed lines or each under its title. Each form is one application: received in the report's
year it is 新收, before it 上年结转; answered before the report's year it is none of this year's; its result is
the row its 答复结果 names (办理中: 结转下年). The ticked option is the applicant's column; a ticked group
(法人或者其他组织) names no column, so only the row's total counts it. The unticked options and the form's
other fields (the subject, names, dates) are no figures: the lines are not read again as notes.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..form import official as form
from ..form.official import application_path
from .grids import ANSWERED, RECEIVED, RESULT, dated, result_row, year_of
from .lexicon import fold, this_year, tokens
from .solver import Statement

_TICKED = "☑■√✔✓☒▣"
_FIELD = re.compile(r"^\s*([\u4e00-\u9fff/（）()]{2,14})\s*[:：]\s*(.*)$")
_SEPARATOR = re.compile(r"^\s*[-—=＝_~～*＊·.…━─]{6,}\s*$")
_KIND = re.compile(r"申请人(?:类型|类别|身份)|申请主体")
_TITLE = ("登记表", "申请表", "登记单", "受理单", "处理单", "办理单")


@dataclass
class Records:
    statements: list
    lines: set


@dataclass
class _Form:
    lines: list[int]
    fields: dict[str, str]


def _forms(lines: list[str]) -> list[_Form]:
    out: list[_Form] = []
    cur = _Form([], {})
    for i, raw in enumerate(lines):
        line = raw.strip()
        if _SEPARATOR.match(line) or (line.endswith(_TITLE) and cur.fields):
            if cur.fields:
                out.append(cur)
            cur = _Form([i] if _SEPARATOR.match(line) else [], {})
            if not _SEPARATOR.match(line):
                cur.lines.append(i)
            continue
        if line.endswith(_TITLE) and not cur.fields:
            cur.lines.append(i)
            continue
        # A line may hold two fields ("受理日期：…　　答复日期：…").
        parts = [p for p in re.split(r"[ \t\u3000]+(?=[\u4e00-\u9fff/（）()]{2,14}\s*[:：])", line) if p]
        named = [(m.group(1), m.group(2).strip()) for p in parts if (m := _FIELD.match(p))]
        if named:
            cur.fields.update({k: v for k, v in named})
            cur.lines.append(i)
        elif cur.fields and line:
            out.append(cur)  # a line of prose ends the form
            cur = _Form([], {})
    if cur.fields:
        out.append(cur)
    return [f for f in out if _filled(f)]


def _filled(f: _Form) -> bool:
    keys = list(f.fields)
    return any(RESULT.search(k) for k in keys) and any(_KIND.search(k) for k in keys) and \
        any(dated(k) and (RECEIVED.search(k) or ANSWERED.search(k)) for k in keys)


def _field(f: _Form, pat: re.Pattern, date: bool = False) -> str | None:
    return next((v for k, v in f.fields.items() if pat.search(k) and (dated(k) or not date)), None)


def _applicant(text: str) -> int | None | bool:
    """The ticked option's column; None for a group ticked (法人或者其他组织); False when nothing is ticked."""
    m = re.search(rf"[{_TICKED}]\s*([^\s{_TICKED}□☐○◯]+)", text)
    # The notes' cleaner may have kept only the ticked option already ("申请人类型： 公民　 "), the boxes gone.
    ticked = m.group(1) if m else (None if re.search("[□☐○◯]", text) else text.strip())
    if not ticked:
        return False
    toks = tokens(fold(ticked))
    if any(t.kind == "legal" for t in toks):
        return None
    kinds = {t.target for t in toks if t.kind == "applicant"}
    return kinds.pop() if len(kinds) == 1 else None


def _result(text: str) -> str | None:
    text = fold(text)
    outside = re.sub(r"[(（][^)）]*[)）]", "", text).strip()
    return result_row(outside or text)


def read_records(text: str, message: int = 0) -> Records:
    out = Records([], set())
    if not (RESULT.search(text) and _KIND.search(text)):
        return out
    lines = text.split("\n")
    forms = _forms(lines)
    if not forms:
        return out
    year = this_year()
    for f in forms:
        who = _applicant(_field(f, _KIND) or "")
        got = year_of(_field(f, RECEIVED, date=True) or "")
        ans = year_of(_field(f, ANSWERED, date=True) or "")
        if who is False:
            return Records([], set())  # a form without its applicant ticked is not read as one
        out.lines |= set(f.lines)
        if year is not None and ans and ans < year:
            continue  # answered before the report's year
        row = _result(_field(f, RESULT) or "")
        rows = [row] if row else []
        if year is not None and got:
            rows.append("new_received" if got >= year else "carried_over")
        cols = [form.TOTAL] + ([who] if who is not None else [])
        quote = " ".join(lines[i].strip() for i in f.lines[:3])[:60]
        for r in rows:
            out.statements += [Statement(((1.0, application_path(r, c)),), 1.0, quote=quote,
                                         label=form.APP_BY_KEY[r].short, message=message, source="each")
                               for c in cols]
    return out
