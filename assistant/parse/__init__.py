"""From a document's blocks to a Report: sections, meta, and the three statutory tables.

Everything is found by structure and by the official form, never by position in a particular file:
headings by their numbering and keywords; each table as a stream of lines aligned with the form's
template (assistant/parse/align.py). What cannot be read is null, and the reason is kept on the report
as typed problems (assistant/model/problems.py) for the rules to turn into findings.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from ..form import official as form
from ..readers.document import Block, Paragraph, Table, Unreadable, read_bytes, read_path
from ..model.report import Report, Section, infer_level, is_government, SECTION_HEADINGS
from .meta import (  # noqa: F401  (re-exported)
    HEADING_KEYS, PERIOD, _agency_from_title, _signature, _title, _TRAILING_DATE, _year_of, find_headings, parse_date,
)
from ..model.problems import Problem  # noqa: F401
from ..model.ocrfix import settle as settle_ocr
from .flat import unflatten
from .prose import read_prose
from .stream import Line, has_figure, lines as stream_lines
from .tables import TableReader, art20_block, t3_row_key
from .values import is_value, norm, parse_value  # noqa: F401

# --- 繁體 ------------------------------------------------------------------------------------------

_TRADITIONAL = re.compile(r"[資訊開與會處請務關實個們辦議訴結維總據條應報機門縣區來時為從這對發國當經現進檢構際]")


@lru_cache(maxsize=1)
def _converter():
    """繁體 → 简体 for matching: characters by OpenCC (t2s), then the Taiwan wordings of the form's own
    vocabulary (資訊 for 信息, 檔案 for 文件, …) mapped back. The wordings are derived by converting the form's
    labels with OpenCC's s2twp, so a page converted by characters (文件 stays 文件) and one converted by
    phrases (文件 → 檔案) both fold to the form's words; a general Taiwan-phrase fold (tw2sp) would turn a
    character-converted 文件 into 文档 and 查询 into 查找."""
    import difflib

    import opencc
    t2s = opencc.OpenCC("t2s").convert
    s2twp = opencc.OpenCC("s2twp").convert
    pairs: dict[str, str] = {}
    for word in _vocabulary():
        tw = t2s(s2twp(word))
        if tw == word or len(tw) != len(word):
            continue
        for op, a1, a2, b1, b2 in difflib.SequenceMatcher(None, tw, word, autojunk=False).get_opcodes():
            if op == "replace" and a2 - a1 == b2 - b1 and a2 - a1 >= 2:
                pairs.setdefault(tw[a1:a2], word[b1:b2])
    if not pairs:
        return t2s
    pattern = re.compile("|".join(sorted(map(re.escape, pairs), key=len, reverse=True)))
    return lambda text: pattern.sub(lambda m: pairs[m.group(0)], t2s(text))


def _vocabulary() -> list[str]:
    from ..form import official as form
    words = list(form.SECTION_HEADINGS.values()) + list(form.FORMAT_2019_MARKERS) + ["信息内容", "政府信息公开"]
    for r in form.ACTIVE:
        words += [r.block, r.label, *r.synonyms] + [w for c in r.columns for w in (c.label, *c.synonyms)]
    for r in form.APPLICATION_ROWS_DEF:
        words += [r.label, r.short, *r.synonyms]
    for g in (form.RESULTS, *form.T3_GROUPS):
        words += [g.label, *g.synonyms]
    for a in form.APPLICANTS:
        words += [a.label, *a.synonyms]
    for c in form.REVIEW_OUTCOMES:
        words += [c.label, *c.synonyms]
    for g in form.REVIEW_GROUPS_DEF:
        words += [g.label, g.header, *g.synonyms]
    return words


def to_simplified(text: str) -> str:
    """繁體 text folded to the form's simplified wording (the same fold published reports go through)."""
    return _converter()(text)


def is_traditional(text: str) -> bool:
    """Written in 繁體: ten marks of it, or fewer in a short text (a chat message of a line or two has 3–6)."""
    sample = text[:20000]
    return len(_TRADITIONAL.findall(sample)) >= min(10, max(3, len(sample) // 50))


def fold_script(blocks: list[Block]) -> list[Block]:
    """The same blocks in simplified script, for matching only; the report keeps its own text."""
    conv = _converter()
    out: list[Block] = []
    for b in blocks:
        if isinstance(b, Paragraph):
            out.append(Paragraph(conv(b.text), b.cell))
        else:
            out.append(Table([[conv(c) for c in row] for row in b.rows]))
    return out


def simplified(report: Report) -> Report:
    """The report with its prose and headings in simplified script, for the rules: a 繁體 rendering of the
    official wording is the official wording. The report itself keeps what it wrote."""
    sample = "".join(s.heading for s in report.sections) + report.preamble[:2000] + \
        "".join(s.text[:2000] for s in report.sections[:2])
    if not is_traditional(sample):
        return report
    conv = _converter()
    copy = report.model_copy()
    copy.preamble = conv(report.preamble)
    copy.sections = [s.model_copy(update={"heading": conv(s.heading), "text": conv(s.text),
                                          "numbering": conv(s.numbering)}) for s in report.sections]
    return copy


def _paragraph_text(b: Block) -> str | None:
    if not isinstance(b, Paragraph):
        return None
    t = b.text
    # Prose is not part of a table: long sentences never become table lines.
    if len(t) > 160 or (len(t) > 40 and t.endswith(("。", "；", ";"))):
        return ""
    return t


class _Parser:
    def __init__(self, blocks: list[Block]):
        self.original = blocks
        # Tables count too: a page may be little more than its tables.
        joined = "".join(b.text if isinstance(b, Paragraph) else "".join("".join(r) for r in b.rows[:40])
                         for b in blocks[:400])
        self.traditional = is_traditional(joined)
        self.blocks = fold_script(blocks) if self.traditional else blocks
        self.report = Report()

    def run(self) -> Report:
        r = self.report
        blocks = self.blocks
        found = find_headings(blocks)
        # Headings found on the folded script, kept as the report wrote them.
        headings = {n: (i, self.original[i].text, w) for n, (i, _, w) in found.items()}
        paras = [(i, b.text) for i, b in enumerate(self.original) if isinstance(b, Paragraph) and b.text]
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

        self.tables(headings)
        if r.format_markers:
            r.format = "2019"
        return r

    def tables(self, headings: dict[int, tuple[int, str, str]]):
        r = self.report
        reader = TableReader(r)
        lines = stream_lines(self.blocks, [_paragraph_text(b) for b in self.blocks])

        def find(start: int, pred) -> int | None:
            return next((k for k in range(start, len(lines)) if pred(lines[k])), None)

        t2 = find(0, lambda ln: art20_block(ln) is not None)
        t3 = find(t2 or 0, lambda ln: any(w in norm(ln.text) for w in ("勾稽关系", "申请人情况")) or
                  t3_row_key(ln.cells) == "new_received")
        if t3 is None:
            # A page that starts inside table 3 (its upper rows on an earlier page): the first row it names.
            t3 = find(t2 or 0, lambda ln: t3_row_key(ln.cells) is not None and has_figure(ln.cells[1:]) and
                      len(norm(ln.text)) <= 120)
        after3 = t3 if t3 is not None else (t2 or 0)
        t4 = find(after3 + 1 if t3 is not None else after3,
                  lambda ln: "行政复议" in norm(ln.text) and t3_row_key(ln.cells) is None and len(norm(ln.text)) <= 60)
        if t2 is None and t3 is None and t4 is None:
            for n in (2, 3, 4):
                reader.problem("missing_table", n)
            # A 解读 page: the figures its sentences state for sure, in their cells.
            read_prose(r, "\n".join(b.text for b in self.blocks if isinstance(b, Paragraph)))
            return
        end2 = t3 if t3 is not None else (t4 if t4 is not None else len(lines))
        if t2 is not None:
            reader.table2(lines[t2:end2])
        else:
            reader.problem("missing_table", 2)
        if t3 is not None:
            reader.table3(lines[t3:t4 if t4 is not None else len(lines)])
        else:
            reader.problem("missing_table", 3)
        if t4 is not None:
            stop = headings.get(5, (len(self.blocks),))[0]
            if stop <= lines[t4].block:
                stop = len(self.blocks)
            end4 = next((k for k in range(t4, len(lines)) if lines[k].block >= stop), len(lines))
            reader.table4(lines[t4:min(end4, t4 + 80)])
        else:
            reader.problem("missing_table", 4)
        r.reading = reader.reading


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


def _parse_blocks(blocks: list[Block]) -> Report:
    return _Parser(split_run_together_headings(unflatten(blocks))).run()


def parse_blocks(blocks: list[Block], source: str | None = None) -> Report:
    report = settle_ocr(_parse_blocks(blocks), blocks, _parse_blocks)  # a scan: the identities settle unsure digits
    report.source = source
    return report


def parse_bytes(data: bytes, suffix: str = ".txt", source: str | None = None,
                max_bytes: int | None = None) -> Report:
    return parse_blocks(read_bytes(data, suffix, max_bytes=max_bytes), source)


def parse_text(text: str, suffix: str = ".txt", source: str | None = None) -> Report:
    return parse_bytes(text.encode("utf-8"), suffix, source)


def has_no_tables(report: Report) -> bool:
    return sum(isinstance(p, Problem) and p.kind == "missing_table" for p in report.problems) == 3


def require_tables(report: Report) -> Report:
    """A document with none of the three statutory tables is not a report that can be checked."""
    if has_no_tables(report):
        if len(report.sections) >= 3:
            # The report's sections are there, its tables are not: published as pictures, most often.
            raise Unreadable("找到了报告的各部分，但没有找到任何统计表（表二、表三、表四）：表格可能是以图片发布的，"
                             "其中的数字无法读取，请使用表格为文字的版本（如网页正文表格、Word 或可复制文字的 PDF）")
        raise Unreadable("没有找到任何统计表（表二、表三、表四），这不像是政府信息公开工作年度报告")
    return report


_TABLE_NAMES = tuple((t.key, t.name) for t in form.TABLES)


def reading_confidence(report: Report) -> str:
    """How the table cells were read, one part per table: by their row labels (sure), by the form's row
    order (no label), fixed by the identities (a lost cell), or left unread — and then which rows and why."""
    parts = []
    for key, name in _TABLE_NAMES:
        t = (report.reading or {}).get(key)
        if not t:
            continue
        bits = [f"{t['ocr']} 格从图片中识别"] if t.get("ocr") else []
        if t.get("ocr_corrected"):
            bits.append(f"{len(t['ocr_corrected'])} 格图片识别的数字由勾稽关系校正")
        # In an official's words: read by the row's name, by its place in the table, worked out from the sums.
        for how, say in (("by_label", "按栏目名称读出"), ("by_order", "按表格行的顺序读出"), ("by_identity", "由勾稽关系推算")):
            if t.get(how):
                bits.append(f"{t[how]} 格{say}")
        if t.get("ambiguous"):
            bits.append(f"{len(t['ambiguous'])} 格有歧义未读取")
        if t.get("why"):
            bits[-1:] = [bits[-1] + "（" + "；".join(t["why"]) + "）"] if bits else ["；".join(t["why"])]
        if bits:
            parts.append(f"{name}：" + "，".join(bits))
    return "表格读取情况：" + "；".join(parts) if parts else ""


def parse_file(path: str | Path, max_bytes: int | None = None) -> Report:
    path = Path(path)
    return parse_blocks(read_path(path, max_bytes=max_bytes), str(path))
