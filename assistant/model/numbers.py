"""Numbers as officials write them: Arabic (full or half width, thousands separators), Chinese
numerals (十二, 两, 一百零三, 1.2万), capital numerals (玖拾玖), percent words (百分之九十九), and how the tool
prints them back."""
from __future__ import annotations

import re
from dataclasses import dataclass

_CN_DIGITS = {"零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
              "八": 8, "九": 9}
_CN_UNITS = {"十": 10, "百": 100, "千": 1000}
CN_NUMERAL = "零〇○一二两三四五六七八九十百千万"
NUM = r"(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千]+)"
MAX_DIGITS = 12  # a count or an amount longer than this is not a figure of a report

# Financial (capital) numerals and full-width forms, one character for one (offsets stay aligned).
CAPITALS = str.maketrans("壹贰貳叁參肆伍陆陸柒捌玖拾佰仟", "一二二三三四五六六七八九十百千")
_WIDE = str.maketrans("０１２３４５６７８９％．", "0123456789%.")


def cn_number(s: str) -> float | int | None:
    """'85' -> 85, '二十三' -> 23, '一百零三' -> 103, '3.5' -> 3.5, '1.2万' -> 12000; None when not a number."""
    s = s.replace(",", "").replace("，", "").replace("廿", "二十").replace("卅", "三十")  # "廿件": twenty, as written
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


# Every run that may be a figure, each found once left to right (maximal runs: linear on any input).
_RUN = re.compile(r"百分之[零〇○一二两三四五六七八九十百千万点]+|\d{1,3}(?:,\d{3})+(?:\.\d+)?%?|\d+(?:\.\d+)?%?"
                  r"|[零〇○一二两三四五六七八九十百千万点]+")
# A well-formed Chinese numeral (checked on runs of at most MAX_DIGITS + 4 characters only): 十五, 九十九,
# 一百零三, 两千, 三万五千; or digits read in place (二〇二四).
_D = "[一二两三四五六七八九]"
_SECTION = f"(?:{_D}千)?(?:[零〇○]?{_D}百)?(?:[零〇○]?{_D}?十)?(?:[零〇○]?[一二三四五六七八九])?"
_WELL_FORMED = re.compile(f"(?=[^万])({_SECTION})(?:万({_SECTION}))?|[〇○零一二三四五六七八九]{{3,}}")
_PLACE = {"〇": 0, "○": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


@dataclass(frozen=True)
class Figure:
    """A number in a text: where it stands, as written, its value; `percent` for 5% and 百分之五,
    `chinese` for numerals written in characters (which need a measure word to be a count when alone)."""
    start: int
    end: int
    raw: str
    value: float
    percent: bool = False
    chinese: bool = False


def cn_strict(s: str) -> float | None:
    """A Chinese numeral only when it is well formed (九十九, 二〇二四); '十四五', '九九' and words are None."""
    if not s or len(s) > MAX_DIGITS + 4:
        return None
    whole, dot, frac = s.partition("点")
    if not whole or (dot and not re.fullmatch("[〇○零一二三四五六七八九]+", frac)) or not _WELL_FORMED.fullmatch(whole):
        return None
    if re.fullmatch("[〇○零一二三四五六七八九]{3,}", whole):
        v = float("".join(str(_PLACE[c]) for c in whole))
    else:
        v = float(cn_number(whole) or 0)
    if frac:
        v = float(f"{int(v)}." + "".join(str(_PLACE[c]) for c in frac))
    return v


def figures(text: str) -> list[Figure]:
    """Every figure of a text in every form above, in order; linear in the text's length."""
    folded = text.translate(CAPITALS).translate(_WIDE)
    out = []
    for m in _RUN.finditer(folded):
        raw, a, b = m.group(0), m.start(), m.end()
        if raw[0].isdigit():
            percent = raw.endswith("%")
            digits = raw.rstrip("%").replace(",", "")
            if len(digits.partition(".")[0]) > MAX_DIGITS:
                continue
            out.append(Figure(a, b, text[a:b], float(digits), percent))
            continue
        percent = raw.startswith("百分之")
        start = a if percent else a + len(raw) - len(raw.lstrip("点"))  # "重点": a run may start or end with 点
        body = raw[3:].rstrip("点") if percent else raw.strip("点")
        value = 100.0 if percent and body == "百" else cn_strict(body)
        if value is None:
            continue
        end = start + (3 if percent else 0) + len(body)
        out.append(Figure(start, end, text[start:end], value, percent, chinese=True))
    return out
