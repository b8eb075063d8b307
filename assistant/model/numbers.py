"""Numbers as officials write them: Arabic (full or half width, thousands separators), Chinese
numerals (十二, 两, 一百零三, 1.2万), and how the tool prints them back."""
from __future__ import annotations

import re

_CN_DIGITS = {"零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
              "八": 8, "九": 9}
_CN_UNITS = {"十": 10, "百": 100, "千": 1000}
CN_NUMERAL = "零〇○一二两三四五六七八九十百千万"
NUM = r"(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千]+)"
MAX_DIGITS = 12  # a count or an amount longer than this is not a figure of a report


def cn_number(s: str) -> float | int | None:
    """'85' -> 85, '二十三' -> 23, '一百零三' -> 103, '3.5' -> 3.5, '1.2万' -> 12000; None when not a number."""
    s = s.replace(",", "").replace("，", "")
    if not s or len(s) > MAX_DIGITS + 4:
        return None
    if re.fullmatch(r"\d+", s):
        return int(s)
    if re.fullmatch(r"\d+\.\d+", s):
        return float(s)
    if m := re.fullmatch(r"(\d+(?:\.\d+)?)万", s):
        v = float(m.group(1)) * 10000
        return int(v) if v.is_integer() else v
    total, section, digit = 0, 0, None
    for ch in s:
        if ch in _CN_DIGITS:
            digit = _CN_DIGITS[ch]
        elif ch in _CN_UNITS:
            section += (1 if digit is None else digit) * _CN_UNITS[ch]
            digit = None
        elif ch == "万":
            total += (section + (digit or 0)) * 10000
            section, digit = 0, None
        else:
            return None
    return total + section + (digit or 0)


def fmt(v) -> str:
    """12.0 -> '12', 0.12 -> '0.12', None -> '—'."""
    if v is None:
        return "—"
    if isinstance(v, float):
        if v.is_integer():
            return str(int(v))
        return f"{v:.6f}".rstrip("0").rstrip(".")
    return str(v)
