"""A statistical report form pasted as a sheet: label, indicator code, unit, then one column per period.

A 统计报表 prints beside each indicator its code ("01", "行次 3" — numbers that are no counts), its unit and
the figure of this period and of the last ("本年 | 上年", "本期 | 上年同期"), with a line of column numbers
under the header ("甲 乙 丙 1 2"). Only the current period's figure is the report's: the header names which
column that is, and every other cell of a row under it is blanked (offsets kept) so the grammar reads the
label with that one figure. Words come from the lexicon (PERIOD_THIS / PERIOD_PAST / CODE_COLUMNS /
UNIT_COLUMNS)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import CODE_COLUMNS, PERIOD_PAST, PERIOD_THIS, UNIT_COLUMNS, fold

_SEP = re.compile(r"\t|[|｜]|\s{2,}")
_FIGURE = re.compile(r"[+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|[-—－–]|无")
# The line of column numbers a statistical form prints under its header: 甲 乙 丙 … over the label columns,
# 1 2 3 … over the figure columns.
_COLUMN_MARK = re.compile(r"[甲乙丙丁戊己庚辛A-Ha-h]")


def _norm(cell: str) -> str:
    return re.sub(r"[\s　()（）:：]", "", fold(cell))


@dataclass(frozen=True)
class Periods:
    width: int          # cells of the header (a row under it has as many)
    this: int           # the current period's column
    blank: frozenset    # columns whose figures are not this period's counts (codes, units, earlier periods)
    tabbed: bool

    def spans(self, raw: str) -> list[tuple[int, int]] | None:
        """(start, end) of each cell of a row, or None when the row does not line up with the header."""
        if self.tabbed:
            if "\t" not in raw:
                return None
            out, pos = [], 0
            for cell in raw.split("\t"):
                out.append((pos, pos + len(cell)))
                pos += len(cell) + 1
        else:
            out = [(m.start(), m.end()) for m in re.finditer(r"\S+(?:[ 　]\S+)*", raw)]
            out = [s for s in out if raw[s[0]:s[1]].strip("|｜ ")]
        return out if len(out) == self.width else None

    def rewrite(self, raw: str) -> str | None:
        """The row with only the label and this period's figure; None when it does not line up."""
        spans = self.spans(raw)
        if spans is None:
            return None
        out = raw
        for k, (a, b) in enumerate(spans):
            cell = raw[a:b].strip()
            blank = k in self.blank or (k == self.this and not _FIGURE.fullmatch(fold(cell).replace(" ", "")))
            # A heading row prints a dash in every figure cell: nothing to read there, its label stays as context.
            if blank or (k == self.this and re.fullmatch(r"[-—－–]", cell) and _all_dashes(raw, spans, self)):
                out = out[:a] + " " * (b - a) + out[b:]
        return out


def _all_dashes(raw: str, spans, p: Periods) -> bool:
    cells = [raw[a:b].strip() for k, (a, b) in enumerate(spans) if k == p.this or k in p.blank]
    return all(re.fullmatch(r"[-—－–]?", c) for c in cells)


def period_columns(raw: str) -> Periods | None:
    """The header of a form with one column for this period and at least one for an earlier period, every
    other column a label, a code or a unit; None for any other line."""
    tabbed = "\t" in raw
    cells = raw.split("\t") if tabbed else [c for c in _SEP.split(raw.strip().strip("|｜")) if c is not None]
    names = [_norm(c) for c in cells]
    this = [k for k, n in enumerate(names) if n in PERIOD_THIS]
    past = [k for k, n in enumerate(names) if n in PERIOD_PAST]
    if len(this) != 1 or not past:
        return None
    codes = [k for k, n in enumerate(names) if n in CODE_COLUMNS or n in UNIT_COLUMNS]
    labels = [k for k in range(len(names)) if k not in this and k not in past and k not in codes]
    # A label column before the figures, and no cell that is a figure: a header, not a row.
    if not labels or labels[0] > this[0] or any(_FIGURE.fullmatch(n) for n in names if n):
        return None
    if not tabbed:
        cells = [c for c in cells if c.strip()]
    return Periods(len(cells), this[0], frozenset(past + codes), tabbed)


def column_numbers(raw: str) -> bool:
    """"甲  乙  丙  1  2": the line that numbers a form's columns, nothing to read."""
    cells = [c for c in (raw.split("\t") if "\t" in raw else _SEP.split(raw.strip())) if c and c.strip()]
    marks = [c.strip() for c in cells if _COLUMN_MARK.fullmatch(c.strip())]
    nums = [c.strip() for c in cells if c.strip().isdigit()]
    return len(marks) >= 1 and len(nums) >= 1 and len(marks) + len(nums) == len(cells) and \
        [int(n) for n in nums] == list(range(1, len(nums) + 1))
