"""From a document's blocks to a Report: sections, meta, and the three statutory tables.

Everything is found by structure and by the official labels, never by position in a particular file:
headings by their numbering and keywords, table rows by their label (right-most label cell of a row),
values as the cells after the label. What cannot be read is null, and the reason is kept on the
report (cells, labels, structure) for the rules to turn into findings.
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .document import Block, Paragraph, Table, Unreadable, read_bytes, read_path
from .report import (
    ACTIVE_ROWS, APPLICATION_KEYS, APPLICATION_ROWS, DOC_COLUMN_LABELS, DOC_COLUMNS, SECTION_HEADINGS,
    CellNote, LabelNote, Report, Section, application_path, infer_level, is_government, review_path,
)


@lru_cache(maxsize=4096)
def norm(s: str) -> str:
    """Compare labels modulo full/half width, spaces, quotes and line breaks."""
    s = unicodedata.normalize("NFKC", s)
    return re.sub(r"[\s“”\"‘’'「」『』]", "", s).replace("．", ".")


# --- Cell values ------------------------------------------------------------------------------

_NA = {"/", "／", "\\", "—", "——", "–", "-", "－", "―", "─", "×", "无", "空", "N/A", "n/a", "NA", "/件"}
_UNIT = re.compile(r"(万元|元整|元|件|个|项|次|条|宗|份)$")
_NUMBER = re.compile(r"^[+\-−]?\d+(?:\.\d+)?$")
_THOUSANDS = re.compile(r"^[+\-−]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$")


def parse_value(raw: str) -> tuple[int | float | None, CellNote]:
    value, kind, unit = _parse_value(raw)
    # model_construct: the fields are already valid, and this runs for every cell of every report.
    return value, CellNote.model_construct(raw=raw, kind=kind, unit=unit)


@lru_cache(maxsize=8192)
def _parse_value(raw: str) -> tuple[int | float | None, str, str | None]:
    value, note = _read_value(raw)
    return value, note.kind, note.unit


def _read_value(raw: str) -> tuple[int | float | None, CellNote]:
    s = unicodedata.normalize("NFKC", raw).strip().replace(" ", "")
    if s == "":
        return None, CellNote(raw=raw, kind="blank")
    if s in _NA:
        return None, CellNote(raw=raw, kind="na")
    unit = None
    m = _UNIT.search(s)
    if m and len(s) > len(m.group(1)):
        unit = m.group(1)
        s = s[: m.start()]
    separators = False
    if _THOUSANDS.match(s):
        s, separators = s.replace(",", ""), True
    s = s.replace("−", "-")
    if not _NUMBER.match(s):
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


# --- Sections and meta ------------------------------------------------------------------------

_NUMBERING = re.compile(r"^\s*(?:第([一二三四五六七八九十])部分|([一二三四五六七八九十])\s*[、.．，,:：]|"
                        r"([1-9１-９])\s*[、.．，,:：\s])\s*")
_SUBNUMBER = re.compile(r"^\s*[（(]")
HEADING_KEYS = {
    1: re.compile(r"总体情况|总体概况|基本情况"),
    2: re.compile(r"主动公开"),
    3: re.compile(r"收到和处理.*申请|依申请公开"),
    4: re.compile(r"行政复议.*行政诉讼|复议.*诉讼"),
    5: re.compile(r"问题.*改进|存在的主要问题|存在问题|问题及.*(措施|举措|情况)"),
    6: re.compile(r"其他需要报告|其他需报告|其他事项"),
}
_CN_DIGIT = {c: i + 1 for i, c in enumerate("一二三四五六七八九")} | {"十": 10}
_TABLE_LABEL = re.compile(r"结转下年|本年度办理|上年结转|本年新收")


def _numbering(text: str) -> tuple[str, int | None]:
    m = _NUMBERING.match(text)
    if not m:
        return "", None
    written = m.group(0).strip()
    d = m.group(1) or m.group(2) or m.group(3)
    n = _CN_DIGIT.get(d) or int(unicodedata.normalize("NFKC", d))
    return written, n


def _heading_candidate(text: str) -> tuple[int | None, int | None, str]:
    """(section by keywords, section by numbering, numbering as written) for a heading-like line."""
    if len(text) > 40 or _SUBNUMBER.match(text) or text.endswith(("。", "；", "，", ";")):
        return None, None, ""
    written, by_number = _numbering(text)
    body = text[len(_NUMBERING.match(text).group(0)):] if written else text
    by_key = None
    for n, pat in HEADING_KEYS.items():
        if pat.search(body):
            by_key = n
            break
    if by_key and not written and not body.endswith(("情况", "事项", "问题", "措施")):
        by_key = None  # an unnumbered sentence fragment, not a heading
    if by_key == 1 and len(body) > 12:
        by_key = None
    if by_key == 2 and ("申请" in body or len(body) > 20):
        by_key = None
    return by_key, by_number, written


def find_headings(blocks: list[Block]) -> dict[int, tuple[int, str, str]]:
    """Section number -> (block index, heading text, numbering as written), in document order."""
    paras = [(i, b.text) for i, b in enumerate(blocks) if isinstance(b, Paragraph)]
    found: dict[int, tuple[int, str, str]] = {}
    last_pos, last_n = -1, 0
    cands = [(i, t, *_heading_candidate(t)) for i, t in paras]
    for i, text, by_key, by_number, written in cands:
        if by_key and by_key > last_n and i > last_pos:
            found[by_key] = (i, text, written)
            last_pos, last_n = i, by_key
    # Headings in the report's own words: numbered in sequence between two known neighbours.
    for i, text, by_key, by_number, written in cands:
        if by_key or not by_number or by_number in found or not 1 <= by_number <= 6 or _TABLE_LABEL.search(text):
            continue
        if re.search(r"\d", text[len(written):]):
            continue
        if _between(found, by_number, i, len(blocks)):
            found[by_number] = (i, text, written)
    # A top-level heading wrongly numbered like a sub-heading, "（五）存在的主要问题及改进情况": only
    # the official wording counts, and only where that section is missing between its neighbours.
    for i, text in paras:
        m = re.match(r"^\s*[（(]([一二三四五六])[)）]\s*", text)
        if not m:
            continue
        body = norm(text[m.end():])
        for n, heading in SECTION_HEADINGS.items():
            if n not in found and body == norm(heading[2:]) and _between(found, n, i, len(blocks)):
                found[n] = (i, text, m.group(0).strip())
    return dict(sorted(found.items(), key=lambda kv: kv[1][0]))


def _between(found: dict, n: int, i: int, end: int) -> bool:
    before = max((found[k][0] for k in found if k < n), default=-1)
    after = min((found[k][0] for k in found if k > n), default=end)
    return before < i < after


_DATE = re.compile(r"^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$")
_CN_DATE = re.compile(r"^([〇○零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日$")
_CN_NUM = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"〇": 0, "○": 0}


def _cn_int(s: str) -> int:
    if "十" in s:
        tens, _, ones = s.partition("十")
        return (_CN_NUM[tens] if tens else 1) * 10 + (_CN_NUM[ones] if ones else 0)
    return int("".join(str(_CN_NUM[c]) for c in s))


def parse_date(text: str) -> dt.date | None:
    s = re.sub(r"\s", "", unicodedata.normalize("NFKC", text))
    try:
        if m := _DATE.match(s):
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        if m := _CN_DATE.match(s):
            return dt.date(_cn_int(m[1]), _cn_int(m[2]), _cn_int(m[3]))
    except ValueError:
        return None
    return None


_YEAR = re.compile(r"(20\d{2})\s*年")
_CN_YEAR = re.compile(r"([二][〇○零][一二三四五六七八九〇○零]{2})年")
PERIOD = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:起)?\s*(?:至|到|—|－|-|~|～)\s*"
                    r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")


_CRUMB = re.compile(r"当前位置|您的位置|首页|>|»|›|发布日期|发布时间|来源[:：]|浏览次数|字号")


def _title(paras_before: list[str]) -> tuple[str | None, list[str]]:
    """The title (possibly over two lines) among the paragraphs before the first section.

    Web pages put breadcrumbs and page furniture before it, so a line naming the year and 年度报告
    wins over the first line that merely says 报告."""
    def ok(text: str) -> bool:
        return "报告" in text and len(text) <= 60 and not _CRUMB.search(text) and not re.search(r"根据|依据|按照", text)

    best = next((k for k, t in enumerate(paras_before) if ok(t) and re.search(r"(20\d{2}|[二][〇○零]..)\s*年", t)
                 and "政府信息公开" in t), None)
    if best is None:
        best = next((k for k, t in enumerate(paras_before) if ok(t)), None)
    if best is not None:
        k, text = best, paras_before[best]
        start = k
        prev = paras_before[k - 1] if k > 0 else ""
        # A title broken over two lines: "XX县2023年政府信息公开工作" + "年度报告", or agency + "2023年…".
        if prev and len(prev) <= 30 and not prev.endswith(("。", "；")) and not _CRUMB.search(prev) and (
                re.match(r"^(20\d{2}|年度报告|工作|[二][〇○零])", text) or len(text) <= 6):
            start = k - 1
        return "".join(paras_before[start:k + 1]), paras_before[k + 1:]
    if paras_before and len(paras_before[0]) <= 40:
        return paras_before[0], paras_before[1:]
    return None, paras_before


_AGENCY_END = re.compile(r"(人民政府|政府|办公室|办公厅|委员会|局|厅|办|中心|街道办事处|街道|乡|镇|院|署|委|部|处|所|站|队|"
                         r"馆|会|区|县|市|州|盟|旗)$")


def _agency_from_title(title: str | None) -> str | None:
    if not title:
        return None
    t = re.sub(r"^(关于)?[《〈]?", "", title)
    m = re.search(r"(20\d{2}|[二][〇○零]..)\s*年", t)
    head = t[: m.start()] if m else ""
    if not head:
        m2 = re.search(r"年度?(.+?)政府信息公开", t)
        head = m2.group(1) if m2 else ""
    if not head:
        head = t.split("政府信息公开")[0]
    head = head.strip(" 《〈（(")
    return head or None


_NUMERIC_DATE = re.compile(r"^(\d{4})[-./](\d{1,2})[-./](\d{1,2})$")
_TRAILING_DATE = re.compile(r"^(.{2,30}?)\s+((?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年.{1,6}月.{1,6}日)$")


def _signature(paras: list[str]) -> tuple[str | None, dt.date | None]:
    """The agency and date that close the report: the last date-only line (or "机关  日期")."""
    def agency_like(text: str) -> bool:
        return len(text) <= 30 and not re.search(r"[，。：:；;（）()\d]", text) and bool(_AGENCY_END.search(text))

    for k in range(len(paras) - 1, -1, -1):
        line = paras[k].strip()
        date = parse_date(line)
        if date:
            prev = paras[k - 1].strip() if k > 0 else ""
            return (prev if agency_like(prev) else None), date
        m = _TRAILING_DATE.match(line)
        if m and agency_like(m.group(1).strip()) and (date := parse_date(m.group(2))):
            return m.group(1).strip(), date
        # "2024-01-29" / "2024.1.29" counts only right under the agency's name: pages end with other dates too.
        if (m := _NUMERIC_DATE.match(line)) and k > 0 and agency_like(paras[k - 1].strip()):
            try:
                return paras[k - 1].strip(), dt.date(int(m[1]), int(m[2]), int(m[3]))
            except ValueError:
                pass
    return None, None


def _year_of(title: str | None, preamble: str, text: str) -> int | None:
    for source in (title or "", preamble):
        if m := _YEAR.search(source):
            return int(m.group(1))
        if m := _CN_YEAR.search(source):
            return _cn_int(m.group(1))
    if m := PERIOD.search(text):
        return int(m.group(1))
    years = _YEAR.findall(text[:5000])
    return int(max(set(years), key=years.count)) if years else None


# --- Tables -----------------------------------------------------------------------------------

@dataclass
class Row:
    cells: list[str]
    block: int  # index of the block it came from


def _rows(blocks: list[Block]) -> list[Row]:
    """All table rows in document order; plain text (PDF) lines become rows of tokens when the
    document has no real tables."""
    rows = [Row(r, i) for i, b in enumerate(blocks) if isinstance(b, Table) for r in b.rows]
    joined = " ".join("".join(r.cells) for r in rows)
    if "本年新收" in joined or "第二十条" in joined:
        return rows
    out = []
    for i, b in enumerate(blocks):
        if isinstance(b, Paragraph):
            out.append(Row([t for t in re.split(r"[\s|｜]+", b.text) if t], i))
        else:
            out.extend(Row(r, i) for r in b.rows)
    return out


def _find(rows: list[Row], start: int, pred) -> int | None:
    for k in range(start, len(rows)):
        if pred(rows[k]):
            return k
    return None


def _has(row: Row, *words: str) -> bool:
    text = norm("".join(row.cells))
    return any(norm(w) in text for w in words)


_ART20 = re.compile(r"第二十条第\(([一二三四五六七八九十])\)项")


def _t2_block(row: Row) -> str | None:
    for c in row.cells:
        if len(c) <= 20 and (m := _ART20.search(norm(c))):
            return m.group(1)
    return None


T2_LABELS = {  # row key -> accepted label variants (normalised)
    "regulations": ("规章",),
    "normative_documents": ("行政规范性文件", "规范性文件"),
    "licensing": ("行政许可",),
    "punishment": ("行政处罚",),
    "coercion": ("行政强制",),
    "fees": ("行政事业性收费",),
}
T2_BLOCK_ROWS = {"一": ["regulations", "normative_documents"], "五": ["licensing"],
                 "六": ["punishment", "coercion"], "八": ["fees"]}
FORMAT_2019 = ("本年新制作数量", "本年新公开数量", "对外公开总数量", "上一年项目数量", "本年增/减", "本年增减",
               "其他对外管理服务事项", "政府集中采购", "采购项目数量", "采购总金额")


def _t2_label(cell: str) -> str | None:
    c = norm(cell)
    c = re.sub(r"^\d+[.、]", "", c)
    for key, variants in T2_LABELS.items():
        if c in variants:
            return key
    return None


class _Parser:
    def __init__(self, blocks: list[Block]):
        self.blocks = blocks
        self.report = Report()

    # cells ------------------------------------------------------------------------------
    def put(self, path: str, raw: str | None, *, money: bool = False):
        if raw is None:
            return
        value, note = parse_value(raw)
        if isinstance(value, float) and not money and value.is_integer() and "." not in raw:
            value = int(value)
        if note.unit == "元" and not money:
            note.unit = None  # "元" on a count cell is junk, the rule engine reports it as such
        self.report.put(path, value)
        self.report.cells[path] = note

    def label(self, where: str, found: str, expected: str):
        if norm(found) != norm(expected):
            self.report.labels.append(LabelNote(where=where, found=found, expected=expected))

    # table 2 ----------------------------------------------------------------------------
    def table2(self, rows: list[Row]):
        r = self.report
        block = None
        columns: dict[str, list[str]] = {}
        pending: dict[str, list[str]] = {b: list(keys) for b, keys in T2_BLOCK_ROWS.items()}
        done: set[str] = set()
        k = 0
        while k < len(rows):
            row = rows[k]
            cells = row.cells
            k += 1
            if (b := _t2_block(row)) is not None:
                block = b
                if b == "九":
                    r.format_markers.append("第二十条第（九）项")
                if b == "一":
                    self.label("第二十条第（一）项", next(c for c in cells if _ART20.search(norm(c))),
                               "第二十条第（一）项")
                continue
            for marker in FORMAT_2019:
                if any(norm(marker) in norm(c) for c in cells) and marker not in r.format_markers:
                    r.format_markers.append(marker)
            if any(norm(c) == "信息内容" for c in cells):
                i = next(i for i, c in enumerate(cells) if norm(c) == "信息内容")
                columns[block or "?"] = [c for c in cells[i + 1:] if c]
                continue
            label_at = next((i for i in range(len(cells) - 1, -1, -1) if _t2_label(cells[i])), None)
            if label_at is not None:
                key = _t2_label(cells[label_at])
                label, values = cells[label_at], cells[label_at + 1:]
            else:
                # A data row whose label was lost: it takes the next expected row of its block.
                if block not in pending or not pending[block] or not any(c.strip() for c in cells):
                    continue
                key = pending[block][0]
                width = 4 if key in ("regulations", "normative_documents") else 2
                # Only a row of the block's full width (label + values) can be a row whose label was lost.
                if len(cells) != width or not all(is_value(c) for c in cells[1:]):
                    continue
                label, values = cells[0], cells[1:]
            if key in done:
                continue
            want = 3 if key in ("regulations", "normative_documents") else 1
            # Rows broken over lines (PDF): take value-only rows that follow.
            while len([v for v in values if v.strip() or want == 1]) < want and k < len(rows) and \
                    _t2_block(rows[k]) is None and all(is_value(c) for c in rows[k].cells) and \
                    not any(_t2_label(c) for c in rows[k].cells):
                values = values + rows[k].cells
                k += 1
            done.add(key)
            for b, keys in pending.items():
                if key in keys:
                    keys.remove(key)
            expected = ACTIVE_ROWS[key][1]
            self.label(f"active.{key}", label or "（空）", expected)
            cols = columns.get(block or "?", [])
            if want == 3:
                self._doc_row(key, values, cols)
            else:
                self._single(key, values, cols)
        for key in T2_LABELS:
            if key not in done:
                r.structure.append(f"表二缺少“{ACTIVE_ROWS[key][1]}”行")

    def _doc_row(self, key: str, values: list[str], cols: list[str]):
        r = self.report
        if any(norm(c) in ("本年新制作数量", "本年新公开数量") for c in cols):  # 2019 layout
            idx = {"issued": 0, "repealed": None, "in_force": 2}
        else:
            idx = {"issued": 0, "repealed": 1, "in_force": 2}
            for col, c in zip(DOC_COLUMNS, cols[:3]):
                self.label(f"active.{key}.{col}", c, DOC_COLUMN_LABELS[col])
        for col in DOC_COLUMNS:
            i = idx[col]
            path = f"active.{key}.{col}"
            if i is not None and i < len(values):
                self.put(path, values[i])
            elif i is not None:
                r.cells[path] = CellNote(raw="", kind="blank")
                r.structure.append(f"表二“{ACTIVE_ROWS[key][1]}”行缺少“{DOC_COLUMN_LABELS[col]}”单元格")

    def _single(self, key: str, values: list[str], cols: list[str]):
        path = f"active.{key}"
        col_label = ACTIVE_ROWS[key][2]
        i = 0
        if cols:
            self.label(f"active.{key}", cols[0] if len(cols) == 1 else cols[-1], col_label)
            # 2019 layout: 上一年项目数量 / 本年增减 / 处理决定数量 — take the decision count.
            hits = [j for j, c in enumerate(cols) if "处理决定" in c or "收费金额" in c]
            if len(cols) > 1:
                i = hits[0] if hits else None
        if i is not None and i < len(values):
            self.put(path, values[i], money=key == "fees")
        else:
            self.report.cells[path] = CellNote(raw="", kind="blank")
            if i is not None:
                self.report.structure.append(f"表二“{ACTIVE_ROWS[key][1]}”行缺少数值单元格")

    # table 3 ----------------------------------------------------------------------------
    def table3(self, rows: list[Row]):
        r = self.report
        last = -1
        found: set[str] = set()
        k = 0
        while k < len(rows):
            cells = rows[k].cells
            k += 1
            at, key = None, None
            for i in range(len(cells) - 1, -1, -1):
                key = _t3_key(cells[i], last)
                if key:
                    at = i
                    break
            if key is None:
                if last >= 0 and any(norm(c) in ("小计", "合计") for c in cells):
                    r.structure.append("表三含有官方格式没有的小计/合计行")
                continue
            if key == "group6":
                # 2019 试行: （六）其他处理 was one row with its own values.
                if not any(re.search(r"\d", c) for c in cells[at + 1:]):
                    continue
                r.format_markers.append("（六）其他处理为单独一行")
                key = "other_other"
            if key in found:
                continue
            values = list(cells[at + 1:])
            while len(values) < 7 and k < len(rows) and all(is_value(c) for c in rows[k].cells) and \
                    not _row_t3_key(rows[k].cells, last):
                values += rows[k].cells
                k += 1
            if len(values) < 7 and k < len(rows) and len(values) == 0:
                # A label that ran over two lines in a PDF: its values follow its tail.
                tail = rows[k].cells
                j = next((j for j, c in enumerate(tail) if is_value(c) and c.strip()), None)
                if j is not None and not _row_t3_key(tail, last):
                    values += tail[j:]
                    k += 1
            found.add(key)
            last = APPLICATION_KEYS.index(key)
            group, expected = APPLICATION_ROWS[key]
            self.label(application_path(key, 6).replace("[6]", ""), cells[at], expected)
            if group:
                for c in cells[:at]:
                    g = _t3_group(c)
                    if g:
                        self.label(f"applications.{key}", c, g)
            values = self._fit(values, 7, f"表三“{expected}”行")
            for col in range(7):
                path = application_path(key, col)
                if col < len(values):
                    self.put(path, values[col])
                else:
                    r.cells[path] = CellNote(raw="", kind="blank")
        for key in APPLICATION_KEYS:
            if key not in found:
                r.structure.append(f"表三缺少“{APPLICATION_ROWS[key][1]}”行")

    def _fit(self, values: list[str], n: int, what: str) -> list[str]:
        if len(values) > n:
            nums = [parse_value(v)[0] for v in values]
            extra = len(values) - n
            # A 法人或其他组织 subtotal column (not in the official format) sits before 商业企业.
            if n == 7 and extra == 1 and all(isinstance(x, (int, float)) for x in nums) and \
                    nums[1] == sum(nums[2:7]):
                values = values[:1] + values[2:]
                self.report.structure.append(f"{what}多出“法人或其他组织”小计列")
            else:
                values = values[:n]
                self.report.structure.append(f"{what}有 {len(values) + extra} 个数值单元格，应为 {n} 个")
        elif len(values) < n:
            self.report.structure.append(f"{what}只有 {len(values)} 个数值单元格，应为 {n} 个")
        return values

    # table 4 ----------------------------------------------------------------------------
    def table4(self, rows: list[Row]):
        r = self.report
        values: list[str] = []
        for k, row in enumerate(rows):
            cells = row.cells
            if not any(re.search(r"\d", c) for c in cells):
                if values:
                    break
                continue
            vals_at = max((i for i, c in enumerate(cells) if not is_value(c)), default=-1)
            tail = cells[vals_at + 1:]
            if vals_at >= 0 and not values and len(tail) < 5:
                continue  # a header row that happens to hold a digit
            values += tail
            if len(values) >= 15:
                break
        if len(values) > 15:
            lead = len(values) - 15
            if all(not v.strip() for v in values[:lead]):
                values = values[lead:]
        values = self._fit(values, 15, "表四数据行")
        groups = ("review", "litigation_direct", "litigation_after_review")
        for i in range(15):
            path = review_path(groups[i // 5], i % 5)
            if i < len(values):
                self.put(path, values[i])
            else:
                r.cells[path] = CellNote(raw="", kind="blank")

    # whole document -------------------------------------------------------------------------
    def run(self) -> Report:
        r = self.report
        blocks = self.blocks
        headings = find_headings(blocks)
        paras = [(i, b.text) for i, b in enumerate(blocks) if isinstance(b, Paragraph)]
        first = min((h[0] for h in headings.values()), default=len(blocks))
        before = [t for i, t in paras if i < first]
        title, preamble = _title(before)
        r.meta.title = title
        r.preamble = "\n".join(preamble)
        order = sorted(headings.items(), key=lambda kv: kv[1][0])
        for n, (idx, heading, written) in order:
            nxt = min((h[0] for h in headings.values() if h[0] > idx), default=len(blocks))
            text = "\n".join(t for i, t in paras if idx < i < nxt)
            r.sections.append(Section(number=n, heading=heading, text=text, numbering=written))

        tail = [t for i, t in paras if i > (order[-1][1][0] if order else -1)]
        sig_agency, r.meta.published = _signature(tail or [t for _, t in paras])
        if r.sections and r.meta.published:
            # The closing agency and date are the signature, not part of the last section's text.
            lines = r.sections[-1].text.split("\n")
            while lines and (parse_date(lines[-1]) or _TRAILING_DATE.match(lines[-1].strip()) or
                             (sig_agency and lines[-1].strip() == sig_agency)):
                lines.pop()
            r.sections[-1].text = "\n".join(lines)
        r.meta.agency = sig_agency or _agency_from_title(title)
        all_text = "\n".join(t for _, t in paras)
        r.meta.year = _year_of(title, r.preamble, all_text)
        if m := PERIOD.search(r.preamble) or PERIOD.search(all_text[:3000]):
            r.meta.period = m.group(0)
        subject = _agency_from_title(title)
        # A government report may cover only its own body (本级) or the whole region (本行政区域).
        region = re.search(r"全(?:省|市|区|县|州|盟|旗|地区|乡|镇)(?:各级|各部门|[^，。]{0,6}(?:收到|办理|受理|政府网站))", all_text)
        r.meta.scope = "本行政区域" if region else "本级"
        r.meta.level = infer_level(r.meta.agency) or infer_level(subject)
        r.meta.is_government = is_government(subject) or is_government(r.meta.agency)

        rows = _rows(blocks)
        t2 = _find(rows, 0, lambda row: _t2_block(row) is not None)
        t3 = _find(rows, t2 or 0, lambda row: _has(row, "勾稽关系", "申请人情况") or
                   _row_t3_key(row.cells, -1) == "new_received")
        t4 = _find(rows, t3 or t2 or 0, lambda row: any(norm(c) in ("行政复议", "结果维持") for c in row.cells)
                   and (t3 is None or row.block >= rows[t3].block))
        if t3 is not None and t4 is not None and t4 < t3:
            t4 = None
        if t2 is None and t3 is None and t4 is None:
            r.structure += ["未找到表二（主动公开政府信息情况）", "未找到表三（收到和处理政府信息公开申请情况）",
                            "未找到表四（政府信息公开行政复议、行政诉讼情况）"]
            return r
        end2 = t3 if t3 is not None else (t4 if t4 is not None else len(rows))
        if t2 is not None:
            self.table2(rows[t2:end2])
        else:
            r.structure.append("未找到表二（主动公开政府信息情况）")
        if t3 is not None:
            self.table3(rows[t3:t4 if t4 is not None else len(rows)])
        else:
            r.structure.append("未找到表三（收到和处理政府信息公开申请情况）")
        if t4 is not None:
            self.table4(rows[t4:t4 + 60])  # a generous window: one-cell-per-line text needs 36 rows
        else:
            r.structure.append("未找到表四（政府信息公开行政复议、行政诉讼情况）")
        if r.format_markers:
            r.format = "2019"
        return r


# table-3 row keys -------------------------------------------------------------------------

_T3_PATTERNS: list[tuple[str, re.Pattern]] = [
    ("new_received", re.compile(r"本年新收|新收.*申请")),
    ("carried_over", re.compile(r"上年结转|上年度结转")),
    ("carried_forward", re.compile(r"结转下年|下年度继续")),
    ("granted", re.compile(r"予以公开")),
    ("partially_granted", re.compile(r"部分公开")),
    ("withheld_state_secret", re.compile(r"国家秘密")),
    ("withheld_law_prohibited", re.compile(r"禁止公开")),
    ("withheld_three_safety", re.compile(r"三安全一稳定|危及")),
    ("withheld_third_party", re.compile(r"第三方")),
    ("withheld_internal_affairs", re.compile(r"内部事务")),
    ("withheld_process_info", re.compile(r"过程性")),
    ("withheld_enforcement_file", re.compile(r"执法案卷")),
    ("withheld_query_matter", re.compile(r"行政查询|查询事项")),
    ("unavailable_not_held", re.compile(r"不掌握")),
    ("unavailable_needs_creation", re.compile(r"另行制作|现成信息")),
    ("unavailable_unclear", re.compile(r"仍不明确|内容不明确")),
    ("rejected_petition", re.compile(r"信访|举报投诉")),
    ("rejected_duplicate", re.compile(r"重复申请")),
    ("rejected_publication", re.compile(r"出版物")),
    ("rejected_excessive", re.compile(r"大量反复")),
    ("rejected_confirmation", re.compile(r"确认|重新出具")),
    ("other_no_correction", re.compile(r"不补正")),
    ("other_no_fee", re.compile(r"缴纳费用|收费通知")),
]
_OTHER = re.compile(r"^(?:\d[.、]?|\([一二三四五六七]\))?其他$")
_TOTAL = re.compile(r"^(?:\(七\))?总计$")
_GROUPS = [(re.compile(r"本年度办理"), "三、本年度办理结果"), (re.compile(r"不予公开"), "（三）不予公开"),
           (re.compile(r"无法提供"), "（四）无法提供"), (re.compile(r"不予处理"), "（五）不予处理"),
           (re.compile(r"其他处理"), "（六）其他处理")]
_IDX = {k: i for i, k in enumerate(APPLICATION_KEYS)}


@lru_cache(maxsize=8192)
def _t3_key(cell: str, last: int) -> str | None:
    c = norm(cell)
    if not c or len(c) > 60 or is_value(cell):
        return None
    if c.startswith("(本列数据") or "勾稽" in c:
        return None
    for key, pat in _T3_PATTERNS:
        if pat.search(c):
            return key
    if _OTHER.match(c) and last >= _IDX["rejected_petition"]:
        return "other_other"
    if c.startswith("(七)") or (_TOTAL.match(c) and last >= _IDX["rejected_petition"]):
        return "total_processed"
    if re.match(r"^(\(六\))?其他处理$", c):
        return "group6"
    return None


def _row_t3_key(cells: list[str], last: int) -> str | None:
    for c in reversed(cells):
        if (k := _t3_key(c, last)) and k != "group6":
            return k
    return None


def _t3_group(cell: str) -> str | None:
    c = norm(cell)
    if not c or len(c) > 20:
        return None
    for pat, label in _GROUPS:
        if pat.search(c):
            return label
    return None


# --- Entry points -----------------------------------------------------------------------------

_RUN_TOGETHER = [(norm(h), h) for h in SECTION_HEADINGS.values()]


def split_run_together_headings(blocks: list[Block]) -> list[Block]:
    """Web pages often put a heading and its first paragraph in one <p>: "一、总体情况　2023年，…".
    Only the official heading wording is split off, so ordinary sentences are never cut."""
    out: list[Block] = []
    for b in blocks:
        if isinstance(b, Paragraph) and len(b.text) > 20:
            head = norm(b.text[:40])
            for nh, heading in _RUN_TOGETHER:
                if head.startswith(nh) and len(norm(b.text)) > len(nh) + 8:
                    # find where the heading ends in the original text
                    count, cut = 0, 0
                    for cut, ch in enumerate(b.text):
                        if norm(ch):
                            count += len(norm(ch))
                        if count >= len(nh):
                            cut += 1
                            break
                    # Run together means separated by a space or a colon, not followed by more words.
                    if cut >= len(b.text) or b.text[cut] not in " 　:：\t":
                        continue
                    rest = b.text[cut:].lstrip(" 　:：。\t")
                    if rest:
                        out += [Paragraph(b.text[:cut].strip()), Paragraph(rest)]
                        break
            else:
                out.append(b)
            continue
        out.append(b)
    return out


def parse_blocks(blocks: list[Block], source: str | None = None) -> Report:
    report = _Parser(split_run_together_headings(blocks)).run()
    report.source = source
    return report


def parse_bytes(data: bytes, suffix: str = ".txt", source: str | None = None,
                max_bytes: int | None = None) -> Report:
    return parse_blocks(read_bytes(data, suffix, max_bytes=max_bytes), source)


def parse_text(text: str, suffix: str = ".txt", source: str | None = None) -> Report:
    return parse_bytes(text.encode("utf-8"), suffix, source)


def has_no_tables(report: Report) -> bool:
    return sum(s.startswith("未找到表") for s in report.structure) == 3


def require_tables(report: Report) -> Report:
    """A document with none of the three statutory tables is not a report that can be checked."""
    if has_no_tables(report):
        raise Unreadable("没有找到任何统计表（表二、表三、表四），这不像是政府信息公开工作年度报告")
    return report


def parse_file(path: str | Path, max_bytes: int | None = None) -> Report:
    path = Path(path)
    return parse_blocks(read_path(path, max_bytes=max_bytes), str(path))
