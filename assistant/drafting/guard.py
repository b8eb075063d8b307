"""The number guard: every number in a section's text must be a table cell, a fact of the notes, a
figure the official confirmed, or a date / year / ordinal / document number; anything else is flagged
with its position. Flags are computed from the current draft, never stored, so they cannot go stale."""
from __future__ import annotations

import re

from ..form import official as form
from ..model.numbers import figures
from ..model.report import Report
from .limits import bounded
from .state import Draft, NumberFlag
from .view import facts, tables_report, view

# A numeral in characters standing alone is a count only before a measure word ("九件"); two or more
# characters that form a number ("九十九") are one anywhere. "一" alone is an article ("一件事").
_MEASURE = tuple("件条次项个场篇家名期份宗起批轮人位户所天元")
_NOT_AFTER = ("号", "〕", "]", "】", "月", "日", "）", ")", "是", "部分", "届", "次会议", "条第", "大", "周年")
_NOT_BEFORE = ("第", "〔", "[", "【", "（", "(")


def wan(f, text: str) -> float:
    """A figure's value, 万 included: "1.2万条" is 12000 (a Chinese numeral reads its 万 itself)."""
    return f.value * 10_000 if not f.chinese and not f.percent and text.startswith("万", f.end) else f.value


def allowed_numbers(draft: Draft, tables: Report | None = None) -> set[float]:
    t = tables or tables_report(draft)
    nums = {float(v) for p in form.ALL_PATHS if isinstance(v := t.value(p), (int, float))}
    if isinstance(fee := t.value(form.FEE_PATH), (int, float)):
        nums.add(float(fee) * 10_000)  # the table's amount in 万元, written in 元 ("35000元" or "3.5万元")
    nums |= {float(f.value) * k for f in facts(draft) for k in ((1, 10_000) if f.unit.startswith("万") else (1,))}
    nums |= {float(v) for v in draft.confirmed_numbers}
    nums |= view(draft).notes_numbers
    notes = draft.notes_text()
    nums |= {wan(f, notes) for f in figures(notes)}  # "网站发布1.2万条" in the notes is 12000
    if draft.last_year:
        nums |= {float(v) for p in form.ALL_PATHS if isinstance(v := draft.last_year.value(p), (int, float))}
    return nums


def guard(text: str, draft: Draft, tables: Report | None = None) -> list[NumberFlag]:
    """Flags for the numbers of `text` (Arabic, Chinese or capital numerals, percent words) that nothing
    known accounts for; a long text is scanned in the worker, and each result is kept for the next rerun."""
    allowed = frozenset(allowed_numbers(draft, tables))
    key = (text, allowed, draft.year, tuple(draft.confirmed_numbers))
    if key not in _FLAGS:
        if len(_FLAGS) > 64:
            _FLAGS.clear()
        _FLAGS[key] = bounded(scan, text, allowed, draft.year, tuple(draft.confirmed_numbers), size=len(text))
    return [f.model_copy() for f in _FLAGS[key]]


_FLAGS: dict[tuple, list[NumberFlag]] = {}


def scan(text: str, allowed: frozenset[float], year: int, confirmed: tuple[float, ...]) -> list[NumberFlag]:
    """The guard's pass over a text: one pass of `figures`, constant work per figure (linear)."""
    flags = []
    for f in figures(text):
        raw, a, b = f.raw, f.start, f.end
        before, after = text[max(0, a - 2):a], text[b:b + 3]
        if before.endswith(_NOT_BEFORE) or after.startswith(_NOT_AFTER):
            continue
        if f.chinese and not f.percent and (raw == "一" or len(raw) == 1 and not after.startswith(_MEASURE)):
            continue
        context = text[max(0, a - 12):b + 8].replace("\n", " ")
        if after.startswith("年") and f.value.is_integer() and 1900 <= f.value < 2100 and not f.percent:
            if abs(f.value - year) <= 1 or f.value in confirmed:
                continue  # this year, last year's report, next year's plans
            # another year: text copied from an example or an old report
            flags.append(NumberFlag.model_construct(value=raw, start=a, end=b, context=context, number=f.value))
            continue
        if len(raw) == 1 and raw.isdigit() and after[:1] in (".", "、", "．") and (a == 0 or text[a - 1] in "\n。；：:（("):
            continue  # an enumeration "1."
        value = wan(f, text)  # "1.2万条" and "12000条" are one number: it is checked as 12000
        if value in allowed:
            continue
        # built unvalidated: every field is this function's own, of its type (a long text has tens of thousands)
        flags.append(NumberFlag.model_construct(value=text[a:b + (value != f.value)], start=a,
                                                end=b + (value != f.value), context=context, number=value))
    return flags


def section_flags(draft: Draft, n: int, tables: Report | None = None) -> list[NumberFlag]:
    """The flags of a section's current text (written by anyone) against the current facts."""
    s = draft.sections.get(n)
    return guard(s.text, draft, tables) if s and s.text else []


def number_flags(draft: Draft, tables: Report | None = None) -> int:
    """How many numbers of all the sections nothing accounts for (the export gate counts them)."""
    return sum(len(section_flags(draft, n, tables)) for n in form.NARRATIVE_SECTIONS)
