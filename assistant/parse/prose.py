"""A page that states the tables' figures in sentences only (a 解读 of the report): each figure that a sentence
names for sure — a row of the form by its printed words, a column by its own words — is read into its cell;
a figure of a group (不予公开 8件, 法人或其他组织 18件) is no cell of the form and is left alone, and so is
any figure whose cell the words do not fix. Used only when the page has none of the three tables."""
from __future__ import annotations

import re

from ..form.official import (ACTIVE, APPLICANTS, APPLICATION_ROWS_DEF, LEGAL_PERSONS, REVIEW_GROUPS_DEF,
                             REVIEW_OUTCOMES, REVIEW_TOTAL, T3_GROUPS, TOTAL, application_path, review_path)
from ..model.report import CellNote, Report
from .values import norm

_FIGURE = re.compile(r"(\d+(?:\.\d+)?)\s*(件|万元)")
_SENTENCE = re.compile(r"[^。；;！!\n]+")
_CLAUSE = "，,：:（("
_GROUP_WORDS = {w for g in T3_GROUPS for w in (g.label, *g.synonyms)}
# Table 3 rows by their printed words; a row without them by how a sentence names it, unless that is a
# group's name too (（六）3.其他 is "其他处理" in a sentence, the group's own name).
_T3_ROWS = [(r.key, re.compile(r.printed) if r.printed else re.compile(re.escape(r.short)))
            for r in APPLICATION_ROWS_DEF if r.printed or r.short not in _GROUP_WORDS]
_T3_ROWS.sort(key=lambda kr: kr[0] == "total_processed")  # "办结" last: other rows' words come first
# Table 4 groups by their header words, the litigation groups first ("复议后起诉" also says 复议).
_T4_GROUPS = sorted(((g.key, g.header) for g in REVIEW_GROUPS_DEF), key=lambda kg: kg[0] == "review")
_TABLE4 = re.compile(r"复议|诉讼|起诉")


def _doc_column(words: str) -> str | None:
    from .tables import _doc_column as column
    return column(words)


def read_prose(report: Report, text: str) -> int:
    """Put every figure the sentences fix into its cell; how many were read."""
    read = 0
    for sentence in _SENTENCE.findall(text):
        read += _sentence(report, sentence)
    return read


def _put(report: Report, path: str, raw: str, value) -> int:
    if report.value(path) is not None:
        return 0  # a figure stated twice: the first statement stands
    report.put(path, value)
    report.cells[path] = CellNote(raw=raw, kind="number")
    return 1


def _sentence(report: Report, s: str) -> int:
    read = 0
    row2 = row3 = group4 = None
    last4 = None  # the last litigation figure, for "均为未经复议直接起诉"
    at = 0
    for m in _FIGURE.finditer(s):
        head = s[at:m.start()]
        whole = s[:m.start()]
        at = m.end()
        # The words of this figure: since the last figure or the last clause mark.
        cut = max(head.rfind(c) for c in _CLAUSE)
        words = norm(head[cut + 1:] if cut >= 0 else head)
        raw, unit = m.group(0), m.group(2)
        value = float(m.group(1)) if "." in m.group(1) else int(m.group(1))
        if unit == "万元":
            if any(norm(r.label) in norm(whole) and r.key == "fees" for r in ACTIVE):
                read += _put(report, "active.fees", raw, value)
            continue
        if _TABLE4.search(whole):
            since = norm(head)
            g = next((k for k, h in _T4_GROUPS if h in since), None)
            if g is not None and last4 is not None and "均为" + dict(_T4_GROUPS)[g] in since:
                # "被提起行政诉讼2件，均为未经复议直接起诉": the whole litigation figure is that group's total.
                read += _put(report, review_path(g, REVIEW_TOTAL), str(last4), last4)
            group4 = g or group4
            if "诉讼" in words and g is None:
                group4, last4 = None, value  # litigation as a whole is no cell of the form
                continue
            if group4 is None:
                continue
            cols = [c for c, col in enumerate(REVIEW_OUTCOMES) if col.label in since]
            if len(cols) > 1 and "均" not in words:
                continue
            for c in cols or ([REVIEW_TOTAL] if g is not None else []):
                read += _put(report, review_path(group4, c), raw, value)
            continue
        row = next((r for r in ACTIVE if norm(r.label) in words), None)
        if row is not None or (row2 is not None and _doc_column(words)):
            row2 = row or row2
            if len(row2.columns) == 3:
                if (col := _doc_column(words)) is not None:
                    read += _put(report, f"active.{row2.key}.{col}", raw, value)
            else:
                read += _put(report, f"active.{row2.key}", raw, value)
            continue
        if norm(LEGAL_PERSONS) in words or any(g in words for g in _GROUP_WORDS):
            continue  # a group's figure, no cell of the form
        key = next((k for k, p in _T3_ROWS if p.search(words)), None)
        party = next((a.index for a in APPLICANTS[:TOTAL] if a.label in words), None)
        if key is None and party is None:
            continue
        row3 = key or row3
        if row3 is not None:
            read += _put(report, application_path(row3, TOTAL if party is None else party), raw, value)
    return read
