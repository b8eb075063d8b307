"""Cell values and label normalisation: what a cell says, whatever script, width or spacing it uses."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from ..model.report import CellNote

MAX_DIGITS = 15  # a count or an amount with more digits is not a figure of a report (and is never int()'d)


# Characters OCR reads in place of the form's own (玫府 for 政府, 结杲 for 结果, 总汁 for 总计): none of them
# is a word of a report, so labels are compared with them folded back.
_OCR_LOOKALIKES = str.maketrans({"玫": "政", "杲": "果", "汁": "计"})


@lru_cache(maxsize=4096)
def norm(s: str) -> str:
    """Compare labels modulo full/half width, spaces, quotes, line breaks and OCR look-alike characters."""
    s = unicodedata.normalize("NFKC", s).translate(_OCR_LOOKALIKES)
    return re.sub(r"[\s“”\"‘’'「」『』]", "", s).replace("．", ".")

# --- Cell values ------------------------------------------------------------------------------

_NA = {"/", "／", "\\", "—", "——", "–", "-", "－", "―", "─", "×", "无", "空", "N/A", "n/a", "NA", "/件"}
_UNIT = re.compile(r"(万元|元整|元|件|个|项|次|条|宗|份)$")
_LOOKALIKE = re.compile(r"^[\dOolIS][\dOolIS,.]{0,14}$")
_TO_DIGITS = str.maketrans("OolIS", "00115")
_NUMBER = re.compile(r"^[+\-−]?\d+(?:\.\d+)?$")
_THOUSANDS = re.compile(r"^[+\-−]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$")


@lru_cache(maxsize=8192)
def parse_value(raw: str) -> tuple[int | float | None, CellNote]:
    """The value and the note of what the cell said. The note is shared between equal cells (this runs for
    every cell of every report): never change it in place, replace it (model_copy)."""
    value, kind, unit = _parse_value(raw)
    # model_construct: the fields are already valid.
    return value, CellNote.model_construct(raw=raw, kind=kind, unit=unit)


@lru_cache(maxsize=8192)
def _parse_value(raw: str) -> tuple[int | float | None, str, str | None]:
    value, note = _read_value(raw)
    return value, note.kind, note.unit


def _read_value(raw: str) -> tuple[int | float | None, CellNote]:
    if len(raw) > 200:
        return None, CellNote(raw=raw[:200], kind="invalid")
    s = unicodedata.normalize("NFKC", raw).strip().replace(" ", "")
    if s == "":
        return None, CellNote(raw=raw, kind="blank")
    if s == "无":
        # "无" in a count cell says none happened: a reader takes it as 0 (the rules still ask for "0").
        return 0, CellNote(raw=raw, kind="na")
    if s in _NA:
        return None, CellNote(raw=raw, kind="na")
    if _LOOKALIKE.match(s) and (any(ch.isdigit() or ch in "Ool" for ch in s)):
        s = s.translate(_TO_DIGITS)  # OCR: O for 0, l/I for 1, S for 5 — in a token that is otherwise a figure
    unit = None
    m = _UNIT.search(s)
    if m and len(s) > len(m.group(1)):
        unit = m.group(1)
        s = s[: m.start()]
    separators = False
    if _THOUSANDS.match(s):
        s, separators = s.replace(",", ""), True
    s = s.replace("−", "-")
    if not _NUMBER.match(s) or sum(ch.isdigit() for ch in s) > MAX_DIGITS:
        return None, CellNote(raw=raw, kind="invalid")
    value: int | float = float(s) if "." in s else int(s)
    if unit in ("元", "元整"):
        value = round(value / 10000, 6)  # the statutory unit is 万元
        unit = "元"
    elif unit == "万元":
        unit = None
    note = CellNote(raw=raw, kind="number", unit=unit or ("千分位" if separators else None))
    return value, note


def is_value(cell: str) -> bool:
    return _parse_value(cell)[1] != "invalid"

