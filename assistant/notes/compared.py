"""This year's figures told as differences from last year's, which the notes state first ("去年年报是：新收38件，
公开20件…" then "今年：新收比去年多了6件，部分公开跟去年一样，不掌握少了3件"): last year's list is no figure of
this year, and each difference is last year's figure moved by it. A difference whose base the notes do not give
leaves the cell open (its count is no figure of the row either)."""
from __future__ import annotations

import re

from ..form import official as form
from ..model.numbers import cn_number
from .lexicon import fold, tokens
from .solver import Statement

# "去年年报是：", "上年报的数是：", "去年的数据：": a list of last year's figures follows, to the sentence's end.
_LAST_YEAR_LIST = re.compile(r"(?:去年|上年|上一年)度?(?:的)?(?:年报|报表|数据|数字|报的数?|情况)?(?:上)?(?:是|为)?[：:]([^。\n]*)")
_N = r"(\d+|[一两二三四五六七八九十]+)"
# "比去年多了6件", "较上年减少3件", "多1件", "少了3件" right after the row's words; "跟去年一样" / "与上年持平".
# (Words between the row and the change compare with nothing else: "公开比上半年多了5件" is no change from last year.)
_MOVED = re.compile(r"^[^，,；;。\d比较跟和与同]{0,8}?(?:(?:比|较|跟|和|与|同)(?:去年|上年|上一年)度?)?(?:的)?\s*"
                    r"(多了?|增加了?|增长了?|多出|少了?|减少了?|下降了?)\s*" + _N + r"\s*(?:件|个)")
# A figure given as a change: "多了4件", "减少3件" at the end of the figure's words.
_CHANGE_COUNT = re.compile(r"(?:多了?|增加了?|增长了?|多出|少了?|减少了?|下降了?)\s*" + _N + r"\s*(?:件|个)\s*$")
_SAME = re.compile(r"^[^，,；;。\d比较跟和与同]{0,8}?(?:跟|和|与|同)(?:去年|上年|上一年)度?(?:的)?(?:一样|相同|一致|持平|差不多一样)")


def _row(t) -> str | None:
    if t.kind == "row" and t.target in form.APPLICATION_KEYS or t.kind == "open" and t.target == "granted":
        return form.application_path(t.target, form.TOTAL)
    if t.kind == "t2row" and t.target in ("licensing", "punishment", "coercion"):
        return f"active.{t.target}"
    return None


def _last_year(folded: str) -> tuple[dict[str, float], list[tuple[int, int]]]:
    """Last year's figures by cell, and the spans of the lists that give them."""
    base: dict[str, float] = {}
    spans = []
    for m in _LAST_YEAR_LIST.finditer(folded):
        spans.append((m.start(1), m.end(1)))
        for c in re.finditer(r"[^，,、；;]+", m.group(1)):
            clause = c.group(0)
            heads = [p for t in tokens(clause) if (p := _row(t))]
            n = re.search(r"(\d+)\s*(?:件|个)?", clause)
            if heads and n:
                base.setdefault(heads[0], float(n.group(1)))
    return base, spans


def compared_to_last_year(said: list[Statement], text: str, message: int) -> list[Statement]:
    folded = fold(text)
    base, spans = _last_year(folded)
    if len(base) < 2:
        return said  # ("上年：结转3件" is this year's 上年结转, no list of last year's figures)
    # Readings inside last year's list are last year's figures.
    out = [s for s in said if not any(a <= s.span[0] < b for a, b in spans)]
    moved: list[Statement] = []
    told = False
    for t in tokens(folded):
        p = _row(t)
        if p is None or any(a <= t.start < b for a, b in spans):
            continue
        after = folded[t.end:t.end + 24]
        if (m := _MOVED.match(after)) is not None:
            k = float(cn_number(m.group(2)) or 0)
            v = base.get(p)
            value = None if v is None else v + k if m.group(1)[0] in "多增" else v - k
            end = t.end + m.end()
        elif (m := _SAME.match(after)) is not None:
            value, end = base.get(p), t.end + m.end()
        else:
            continue
        # The count of the difference is no figure of the row.
        told = True
        out = [s for s in out if not (t.start <= s.span[0] < end)]
        if value is not None and value >= 0 and not any(x.span[1] == end for x in moved):
            moved.append(Statement(((1.0, p),), value, quote=text[t.start:end], label=form.short_label(p),
                                   message=message, span=(t.start, end)))
    # Without a difference told, a list after "去年…：" is read as it stands (nothing here to set it against).
    if not told:
        # … unless this year's figures follow it ("去年：新收30件，公开20件。今年：新收35件…"): then the list is
        # last year's, no figure of this report.
        return out if re.search(r"今年|本年", folded[spans[-1][1]:]) else said
    # Told as differences, a change of no row of the list ("其中个人多了4件", "不掌握少了3件" with no base) is no
    # figure either: the cell stays open.
    out = [s for s in out if not _CHANGE_COUNT.search(text[max(0, s.span[0] - 16):s.span[1]])]
    return out + moved
