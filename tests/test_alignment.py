"""Reading tables by aligning them with the official template: one fixture per class of real-world damage
(issue 12), each read right, and ambiguous cases null with a finding that says why."""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.export import grid, official_tables, to_html, to_markdown
from assistant.form.official import ALL_PATHS
from assistant.parse import parse_bytes, parse_file, parse_text
from assistant.model.report import SECTION_HEADINGS
from assistant.checks.rules import check

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "corpus").glob("*.txt"))
GOLD = parse_file(SEEDS[4])        # non-zero table 3, a decimal fee, a non-zero table 4
BLANK = parse_file(SEEDS[2])       # a blank cell in table 2
ARITH = {"R3-1", "R3-2", "R3-3", "R4-1"}


def cells(report) -> dict:
    return {p: report.value(p) for p in ALL_PATHS}


def assert_same(gold, report, skip=()):
    a, b = cells(gold), cells(report)
    wrong = {p: (a[p], b[p]) for p in ALL_PATHS if p not in skip and a[p] != b[p]}
    assert wrong == {}


def no_false_arithmetic(report):
    assert [f.message for f in check(report) if f.rule in ARITH] == []


def rows_of(report, key):
    for row in grid(official_tables(report)[key]):
        yield [c.text if c is not None else "" for c in row]


def pdf_text(report, *, table2=None, table3=None, table4=None) -> str:
    """Plain text the way PDF extraction writes it; each table may be written by its own function."""
    lines = [report.meta.title or "", report.preamble]
    writers = {2: table2 or plain_rows, 3: table3 or plain_rows, 4: table4 or plain_rows}
    for n, heading in SECTION_HEADINGS.items():
        lines.append(heading)
        if n in writers and n in (2, 3, 4):
            key = {2: "active", 3: "applications", 4: "review_litigation"}[n]
            lines += writers[n](list(rows_of(report, key)))
        section = report.section(n)
        lines += [p for p in (section.text if section else "").split("\n") if p]
    return "\n".join(lines)


def plain_rows(rows):
    return [" ".join(c for c in row if c) for row in rows if any(rows)]


def is_num(c: str) -> bool:
    return c.replace(".", "").isdigit()


# --- Labels separated from their numbers ---------------------------------------------------------

def labels_then_numbers(rows):
    """Table 3 as some PDFs give it: a block of labels (wrapped mid-word), then the block of their figures."""
    out, labels, numbers = [], [], []
    for row in rows:
        label = " ".join(c for c in row if c and not is_num(c))
        values = [c for c in row if is_num(c)]
        if not values:
            out.append(label)
            continue
        if len(label) > 8:
            cut = len(label) // 2
            while not label[cut - 1].isalpha() or not label[cut].isalpha():  # wrapped between two characters
                cut += 1
            labels += [label[:cut], label[cut:]]  # "禁" / "止公开"
        else:
            labels.append(label)
        numbers.append(" ".join(values))
        if len(numbers) == 4:
            out += labels + numbers
            labels, numbers = [], []
    return out + labels + numbers


def test_wrapped_labels_with_their_figures_after_a_block_of_labels():
    report = parse_text(pdf_text(GOLD, table3=labels_then_numbers))
    assert_same(GOLD, report)
    no_false_arithmetic(report)


# --- Pipe tables in a .txt ------------------------------------------------------------------------

def test_pipe_tables_in_a_txt_keep_blank_cells_in_place():
    md = to_markdown(BLANK)
    assert "|  |" in md or "| |" in md
    report = parse_bytes(md.encode("utf-8"), ".txt")
    assert_same(BLANK, report)
    assert [s.number for s in report.sections] == [1, 2, 3, 4, 5, 6]
    gold_md = parse_bytes(to_markdown(GOLD).encode("utf-8"), ".txt")
    assert_same(GOLD, gold_md)


def test_tab_grid_in_a_txt():
    text = pdf_text(GOLD, table3=lambda rows: ["\t".join(r) for r in rows])
    assert_same(GOLD, parse_text(text))


# --- Table 4 broken headers, split in three --------------------------------------------------------

def table4_in_three(rows):
    groups = ["行政复议", "行政诉讼（未经复议直接起诉）", "行政诉讼（复议后起诉）"]
    values = rows[-1]
    out = []
    for g, k in zip(groups, range(3)):
        out += [g, "结果", "维持", "结果", "纠正", "其他", "结果", "尚未", "审结", "总计"]
        out.append(" ".join(values[5 * k:5 * k + 5]))
    return out


def test_table_4_split_in_three_with_broken_headers():
    report = parse_text(pdf_text(GOLD, table4=table4_in_three))
    assert_same(GOLD, report)
    assert report.reading["review_litigation"]["ambiguous"] == []


# --- Spaces inside labels, glued cells --------------------------------------------------------------

def spaced_and_glued(rows):
    out = []
    for row in rows:
        line = " ".join(c for c in row if c)
        line = line.replace("第二十条第", "第二十条  第").replace("行政规范性文件", "行政 规范性文件")
        if line.startswith("规章 "):
            line = "规章" + "".join(line.split()[1:])   # "规章000"
        out.append(line)
    return out


def test_spaces_inside_labels_and_glued_cells():
    assert GOLD.tables.active.regulations.model_dump() == {"issued": 0, "repealed": 0, "in_force": 0}
    text = pdf_text(GOLD, table2=spaced_and_glued)
    assert "规章000" in text and "第二十条  第" in text
    report = parse_text(text)
    assert_same(GOLD, report)


# --- A lost cell ----------------------------------------------------------------------------------

def lose(label: str, position: int):
    def write(rows):
        out = []
        for row in rows:
            cells = [c for c in row if c]
            if any(label in c for c in cells):
                values = [c for c in cells if is_num(c)]
                head = [c for c in cells if not is_num(c)]
                del values[position]
                cells = head + values
            out.append(" ".join(cells))
        return out
    return write


def test_a_lost_cell_placed_by_the_identities():
    # 予以公开: 47 1 0 0 0 0 48 — the 商业企业 figure "1" is lost; only one place keeps R3-2 and R3-3 true, and
    # the column identity then gives the lost figure itself.
    report = parse_text(pdf_text(GOLD, table3=lose("予以公开", 1)))
    assert_same(GOLD, report)
    assert report.reading["applications"]["by_identity"] == 7
    assert report.reading["applications"]["ambiguous"] == []
    no_false_arithmetic(report)


def test_a_lost_zero_among_zeros_is_certain_wherever_it_was():
    # 重复申请: 2 0 0 0 0 0 2 — a "0" lost from any of five columns gives the same row once the identities fill it.
    report = parse_text(pdf_text(GOLD, table3=lose("重复申请", 2)))
    assert_same(GOLD, report)
    assert report.reading["applications"]["ambiguous"] == []
    no_false_arithmetic(report)


def test_two_rows_that_lost_a_cell_each_are_read_together():
    # Two rows of the same columns each lost their first figure ("2" of 2 0 0 0 0 0 2). Row by row each lost
    # figure could be in any column; together, the column identities leave one reading, as a human sees.
    def both(rows):
        return lose("重复申请", 0)([r.split(" ") for r in lose("信访", 0)(rows)])
    report = parse_text(pdf_text(GOLD, table3=both))
    assert_same(GOLD, report)
    assert report.reading["applications"]["by_identity"] == 14
    assert report.reading["applications"]["ambiguous"] == []
    no_false_arithmetic(report)


def test_an_ambiguous_lost_cell_is_null_with_a_finding():
    # 行政规范性文件 15 13 75 printed as "15 75": no identity says which of the three columns lost its figure.
    report = parse_text(pdf_text(GOLD, table2=lose("行政规范性文件", 1)))
    open_ = [f"active.normative_documents.{c}" for c in ("issued", "repealed", "in_force")]
    assert all(report.value(p) is None for p in open_)
    assert_same(GOLD, report, set(open_))
    assert report.reading["active"]["ambiguous"] == open_
    s2 = [f for f in check(report) if f.rule == "S-2"]
    assert any("行政规范性文件" in f.message and "歧义" in f.message for f in s2)


# --- 繁體 ------------------------------------------------------------------------------------------

def test_traditional_script_web_page():
    import opencc
    page = opencc.OpenCC("s2twp").convert(to_html(GOLD))
    assert "資訊" in page or "資" in page
    report = parse_bytes(page.encode("utf-8"), ".html")
    assert_same(GOLD, report)
    assert [s.number for s in report.sections] == [1, 2, 3, 4, 5, 6]
    assert "資" in report.section_text(1) or "開" in report.section_text(1)  # the text keeps its script
    no_false_arithmetic(report)


# --- 2019: one header per line -----------------------------------------------------------------

TABLE2_2019 = """二、主动公开政府信息情况
第二十条第（一）项
信息内容
本年新制作数量
本年新公开数量
对外公开总数量
规章
0
0
5
规范性文件
3
3
40
第二十条第（五）项
信息内容
上一年项目数量
本年增/减
处理决定数量
行政许可
12
-2
345
其他对外管理服务事项
4
0
6
第二十条第（六）项
信息内容
上一年项目数量
本年增/减
处理决定数量
行政处罚
9
1
78
行政强制
1
0
2
第二十条第（八）项
信息内容
上一年项目数量
本年增/减
行政事业性收费
3
0
"""


def test_2019_table_with_one_header_per_line():
    text = GOLD.meta.title + "\n一、总体情况\n本机关2019年依法公开政府信息。\n" + TABLE2_2019
    report = parse_text(text)
    a = report.tables.active
    assert (a.regulations.issued, a.regulations.in_force) == (0, 5)
    assert (a.normative_documents.issued, a.normative_documents.in_force) == (3, 40)
    assert (a.licensing, a.punishment, a.coercion) == (345, 78, 2)
    assert a.fees is None
    assert report.format == "2019"


# --- Lines that must not claim a row ----------------------------------------------------------

def test_header_rows_and_headings_do_not_claim_rows():
    def noisy(rows):
        out = plain_rows(rows)
        # a column-header row with 总计 and a stray label piece between data rows
        k = next(i for i, line in enumerate(out) if line.startswith("（五）不予处理"))
        return out[:k] + ["自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计", "处理"] + out[k:]
    report = parse_text(pdf_text(GOLD, table3=noisy))
    assert_same(GOLD, report)


# --- PDF -------------------------------------------------------------------------------------------

def _pdf(report, ruled: bool) -> bytes:
    import io

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph as P, SimpleDocTemplate, Table as T, TableStyle
    from reportlab.lib.styles import ParagraphStyle

    font = next((f for f in ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
                             "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc") if Path(f).exists()), None)
    if font is None:
        pytest.skip("no CJK font to render a PDF")
    pdfmetrics.registerFont(TTFont("CJK", font, subfontIndex=0))
    style = ParagraphStyle("cjk", fontName="CJK", fontSize=9, leading=12, wordWrap="CJK")
    small = ParagraphStyle("small", fontName="CJK", fontSize=6, leading=7, wordWrap="CJK")
    story = [P(report.meta.title or "", style), P(report.preamble, style)]
    for n, heading in SECTION_HEADINGS.items():
        story.append(P(heading, style))
        if n in (2, 3, 4):
            key = {2: "active", 3: "applications", 4: "review_litigation"}[n]
            rows = [[P(c, small) if len(c) > 6 else c for c in row] for row in rows_of(report, key)]
            width = max(len(r) for r in rows)
            rows = [r + [""] * (width - len(r)) for r in rows]
            t = T(rows, colWidths=[520 / width] * width)
            cmds = [("FONTNAME", (0, 0), (-1, -1), "CJK"), ("FONTSIZE", (0, 0), (-1, -1), 6)]
            if ruled:
                cmds.append(("GRID", (0, 0), (-1, -1), 0.5, (0, 0, 0)))
            t.setStyle(TableStyle(cmds))
            story.append(t)
        section = report.section(n)
        story += [P(p, style) for p in (section.text if section else "").split("\n") if p]
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4).build(story)
    return buf.getvalue()


def test_pdf_with_ruled_tables():
    report = parse_bytes(_pdf(GOLD, ruled=True), ".pdf")
    assert_same(GOLD, report)
    assert [s.number for s in report.sections] == [1, 2, 3, 4, 5, 6]
    no_false_arithmetic(report)


def test_pdf_renamed_is_still_read_as_pdf():
    report = parse_bytes(_pdf(GOLD, ruled=True), ".txt")
    assert report.tables.applications.new_received == GOLD.tables.applications.new_received
