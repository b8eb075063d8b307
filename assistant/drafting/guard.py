"""The number guard: every number in a section's text must be a table cell, a fact of the notes, a
figure the official confirmed, or a date / year / ordinal / document number; anything else is flagged
with its position. Flags are computed from the current draft, never stored, so they cannot go stale."""
from __future__ import annotations

import re

from ..form import official as form
from ..model.numbers import cn_number
from ..model.report import Report
from .state import Draft, NumberFlag
from .view import facts, tables_report

_NUMBER = re.compile(r"\d+(?:\.\d+)?%?|[零〇两二三四五六七八九十百千万]+[一二三四五六七八九十百千万零〇两]*(?=[件条次项个场篇家名期份宗起批轮])"
                     r"|一[十百千万][一二三四五六七八九十百千万零〇]*(?=[件条次项个场篇家名期份宗起批轮])")


def allowed_numbers(draft: Draft, tables: Report | None = None) -> set[float]:
    t = tables or tables_report(draft)
    nums = {float(v) for p in form.ALL_PATHS if isinstance(v := t.value(p), (int, float))}
    nums |= {float(f.value) for f in facts(draft)}
    nums |= {float(v) for v in draft.confirmed_numbers}
    for m in re.finditer(r"\d+(?:\.\d+)?", draft.notes_text().replace(",", "")):
        nums.add(float(m.group(0)))
    if draft.last_year:
        nums |= {float(v) for p in form.ALL_PATHS if isinstance(v := draft.last_year.value(p), (int, float))}
    return nums


def guard(text: str, draft: Draft, tables: Report | None = None) -> list[NumberFlag]:
    allowed = allowed_numbers(draft, tables)
    flags = []
    for m in _NUMBER.finditer(text):
        raw = m.group(0)
        a, b = m.start(), m.end()
        before, after = text[max(0, a - 2):a], text[b:b + 2]
        if before.endswith(("第", "〔", "[", "【", "（", "(")) or after.startswith(("号", "〕", "]", "】", "月", "日", "）", ")",
                                                                                   "是", "部分", "届", "次会议", "条第")):
            continue
        if after.startswith(("年",)) and re.fullmatch(r"(19|20)\d{2}", raw):
            if abs(int(raw) - draft.year) <= 1 or float(raw) in draft.confirmed_numbers:
                continue  # this year, last year's report, next year's plans
            # another year: text copied from an example or an old report
            flags.append(NumberFlag(value=raw, start=a, end=b, context=text[max(0, a - 12):b + 8].replace("\n", " ")))
            continue
        if re.fullmatch(r"\d", raw) and after[:1] in (".", "、", "．") and (a == 0 or text[a - 1] in "\n。；：:（("):
            continue  # an enumeration "1."
        if raw.endswith("%"):
            value = float(raw[:-1])
        else:
            value = float(raw) if raw[0].isdigit() else cn_number(raw)
        if value is None or float(value) in allowed:
            continue
        flags.append(NumberFlag(value=raw, start=a, end=b, context=text[max(0, a - 12):b + 8].replace("\n", " ")))
    return flags


def section_flags(draft: Draft, n: int, tables: Report | None = None) -> list[NumberFlag]:
    """The flags of a section's current text (written by anyone) against the current facts."""
    s = draft.sections.get(n)
    return guard(s.text, draft, tables) if s and s.text else []
