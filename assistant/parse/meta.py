"""Sections, title, agency, year and signature: found by numbering, keywords and position."""
from __future__ import annotations

import datetime as dt
import re
import unicodedata

from ..form import recognize
from ..readers.document import Block, Paragraph
from ..model.report import SECTION_HEADINGS
from .values import norm

# --- Sections and meta ------------------------------------------------------------------------

_NUMBERING = re.compile(r"^\s*(?:第([一二三四五六七八九十])部分|([一二三四五六七八九十])\s*[、.．，,:：]|"
                        r"([1-9１-９])\s*[、.．，,:：\s])\s*")
_SUBNUMBER = re.compile(r"^\s*[（(]")
HEADING_KEYS = recognize.HEADINGS  # section number -> the pattern of its heading (from the form)
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


def _names_a_row(text: str) -> bool:
    """A line that is a table row's label in the form's grammar (table 3 rows and groups)."""
    t = norm(text)
    return any(p.search(t) for _, p in recognize.T3_ROWS) or any(p.search(t) for p, _ in recognize.T3_GROUP_LABELS)


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
        if _names_a_row(text):
            continue  # "4.保护第三方合法权益" on a line of its own is a table row, not section 四
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


