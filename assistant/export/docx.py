"""Word (.docx) in the layout of GB/T 9704-2012 《党政机关公文格式》.

A4, margins 37/35/28/26 mm, 3号仿宋 body on a fixed 28 pt line, 2号小标宋 title, 3号黑体 first-level and
3号楷体 second-level headings, page numbers "— 1 —" in 4号宋体 at the outer side (odd pages right, even
left), the 落款 at the right. Fonts are named with all four Word attributes (ascii, hAnsi, eastAsia, cs);
fonts absent on a machine are substituted when it renders the file. The statutory tables get column
widths computed from their labels, repeated header rows and rows that never split across pages.
"""
from __future__ import annotations

import io
import math
import re

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.shared import Mm, Pt

from ..model.report import SECTION_HEADINGS, Report
from .ooxml import field_char, field_text, fixed_layout, keep_row_whole, set_default_fonts, set_fonts
from .layout import TABLE_SECTIONS, UNFINISHED_MARK, Cell, grid, header_rows, official_tables, paragraphs, signature

# GB/T 9704-2012 §5.2 (page), §7 (fonts: 2号 22 pt, 3号 16 pt, 4号 14 pt).
PAGE_WIDTH, PAGE_HEIGHT = Mm(210), Mm(297)
MARGIN_TOP, MARGIN_BOTTOM, MARGIN_LEFT, MARGIN_RIGHT = Mm(37), Mm(35), Mm(28), Mm(26)
FOOTER_DISTANCE = Mm(23)  # the page number's line starts about 7 mm below the type area (§7.5)
LINE = Pt(28)             # 22 lines to the page
TITLE_FONT, H1_FONT, H2_FONT, BODY_FONT, PAGE_FONT = "方正小标宋简体", "黑体", "楷体_GB2312", "仿宋_GB2312", "宋体"
TITLE_SIZE, BODY_SIZE, PAGE_SIZE = Pt(22), Pt(16), Pt(14)
TABLE_FONT, TABLE_SIZE, TABLE_LINE = BODY_FONT, Pt(10.5), Pt(14)  # 五号 in the tables
CELL_MARGIN = Mm(1)
MAX_LABEL_LINES = 3
MIN_COLUMN_EM = 2  # room for a four-digit figure and a two-character header line
TITLE_CHARS = int((PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT) / TITLE_SIZE)  # characters on a title line

# A second-level heading opens a paragraph: "（一）主动公开。" or a line of its own.
SUBHEADING = re.compile(r"^（[一二三四五六七八九十]+）(?:[^。；：:]{1,24}[。：:]|[^。；：:]{1,24}$)")


def _run(paragraph, text: str, font: str, size, bold: bool = False):
    run = paragraph.add_run(text)
    run.font.size = size
    run.font.bold = bold
    set_fonts(run._element, font)
    return run


def _fixed(paragraph, line=LINE, indent: bool = True, align=None):
    fmt = paragraph.paragraph_format
    fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    fmt.line_spacing = line
    fmt.space_before = fmt.space_after = Pt(0)
    fmt.first_line_indent = BODY_SIZE * 2 if indent else Pt(0)
    if align is not None:
        paragraph.alignment = align
    return paragraph


def to_docx(report: Report, *, unfinished: bool = False) -> bytes:
    document = docx.Document()
    _styles(document)
    section = document.sections[0]
    _page(section)
    _page_numbers(document, section)

    if unfinished:
        _run(_fixed(document.add_paragraph(), indent=False), UNFINISHED_MARK, H1_FONT, BODY_SIZE)
    for line in _title_lines(report.meta.title or "政府信息公开工作年度报告"):
        p = _fixed(document.add_paragraph(), line=Pt(35), indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
        _run(p, line, TITLE_FONT, TITLE_SIZE)
    _fixed(document.add_paragraph())  # GB/T 9704: one empty line under the title

    for line in paragraphs(report.preamble):
        _body(document, line)
    tables = official_tables(report)
    for n, heading in SECTION_HEADINGS.items():
        hp = _fixed(document.add_paragraph())
        hp.paragraph_format.keep_with_next = True
        _run(hp, heading, H1_FONT, BODY_SIZE)
        if n in TABLE_SECTIONS:
            _table(document, tables[TABLE_SECTIONS[n]])
        s = report.section(n)
        for line in paragraphs(s.text if s else ""):
            _body(document, line)
    _signature(document, signature(report))
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def _styles(document) -> None:
    normal = document.styles["Normal"]
    normal.font.size = BODY_SIZE
    set_fonts(normal.element, BODY_FONT)
    _fixed(normal)  # a style's paragraph format has the same attributes as a paragraph's
    normal.paragraph_format.widow_control = True
    set_default_fonts(document.styles.element, BODY_FONT)  # else theme fonts come back through the defaults


def _page(section) -> None:
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = PAGE_WIDTH, PAGE_HEIGHT
    section.top_margin, section.bottom_margin = MARGIN_TOP, MARGIN_BOTTOM
    section.left_margin, section.right_margin = MARGIN_LEFT, MARGIN_RIGHT
    section.footer_distance = FOOTER_DISTANCE
    section.header_distance = Mm(15)


def _page_numbers(document, section) -> None:
    """"— 1 —" in 4号宋体, one character in from the outer edge: odd pages right, even pages left."""
    document.settings.odd_and_even_pages_header_footer = True
    for footer, align in ((section.footer, WD_ALIGN_PARAGRAPH.RIGHT), (section.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT)):
        footer.is_linked_to_previous = False
        p = footer.paragraphs[0]
        fmt = p.paragraph_format
        p.alignment = align
        fmt.first_line_indent = Pt(0)
        fmt.line_spacing_rule = WD_LINE_SPACING.SINGLE
        fmt.space_before = fmt.space_after = Pt(0)
        if align == WD_ALIGN_PARAGRAPH.RIGHT:
            fmt.right_indent = PAGE_SIZE
        else:
            fmt.left_indent = PAGE_SIZE
        _run(p, "— ", PAGE_FONT, PAGE_SIZE)
        _field(p, "PAGE", "1")
        _run(p, " —", PAGE_FONT, PAGE_SIZE)


def _field(paragraph, instruction: str, shown: str) -> None:
    """A Word field (begin, instruction, separate, result, end), each part a run in the page font."""
    def part(kind: str | None = None, text: str | None = None, instr: bool = False):
        run = _run(paragraph, "", PAGE_FONT, PAGE_SIZE)
        if kind:
            field_char(run._element, kind)
        if text is not None:
            field_text(run._element, text, instr)
    part("begin")
    part(text=f" {instruction} ", instr=True)
    part("separate")
    part(text=shown)
    part("end")


def _title_lines(title: str) -> list[str]:
    """A title too long for one line breaks after the agency, the rest ("2025年政府信息公开工作年度报告")
    on the second line (GB/T 9704 §7.3.3: break where the meaning allows)."""
    if len(title) <= TITLE_CHARS:
        return [title]
    m = re.search(r"(20\d{2}|[二][〇○零].{2})年", title)
    if m and 0 < m.start() and len(title) - m.start() <= TITLE_CHARS:
        return [title[:m.start()], title[m.start():]]
    return [title]


def _body(document, text: str) -> None:
    p = _fixed(document.add_paragraph(), align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    m = SUBHEADING.match(text)
    if m:
        _run(p, m.group(0), H2_FONT, BODY_SIZE)
        rest = text[m.end():]
        if rest:
            _run(p, rest, BODY_FONT, BODY_SIZE)
        else:
            p.paragraph_format.keep_with_next = True
    else:
        _run(p, text, BODY_FONT, BODY_SIZE)


def _signature(document, lines: list[str]) -> None:
    """The 落款: an empty line, the agency two characters in from the right, the date under it starting
    two characters further right than the agency (GB/T 9704 §7.3.5.2), or two in when it is longer."""
    if not lines:
        return
    if document.paragraphs:  # never a 落款 alone on its last page: the last paragraph comes with it
        document.paragraphs[-1].paragraph_format.keep_with_next = True
    _fixed(document.add_paragraph()).paragraph_format.keep_with_next = True
    agency, date = (lines[0], lines[1]) if len(lines) == 2 else (None, lines[0])
    a, d = _chars(agency or ""), _chars(date)
    date_right = max(2.0, a - d)           # in characters from the right margin
    agency_right = date_right + d + 2 - a  # its first character two to the left of the date's
    for text, right in (((agency, agency_right),) if agency else ()) + ((date, date_right),):
        p = _fixed(document.add_paragraph(), indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
        p.paragraph_format.right_indent = int(BODY_SIZE * right)
        p.paragraph_format.keep_with_next = text is agency
        _run(p, text, BODY_FONT, BODY_SIZE)


# --- Tables ------------------------------------------------------------------------------------------

def _chars(text: str) -> float:
    """Width in em: CJK and full-width characters 1, ASCII ½."""
    return sum(0.5 if ch.isascii() else 1 for ch in text)


def column_widths(rows: list[list[Cell]], total_em: float, max_lines: int = MAX_LABEL_LINES) -> list[float]:
    """Column widths in em of the table font that fit `total_em` and keep every label within
    `max_lines` lines (a label down several rows may use that many lines per row), then give the
    remaining width where it saves the most lines of table height."""
    g = grid(rows)
    ncols = len(g[0])
    placed = [(r, c, cell) for r, row in enumerate(g) for c, cell in enumerate(row) if cell is not None]
    width = [float(MIN_COLUMN_EM)] * ncols

    def lines(cell: Cell, c: int, w: list[float]) -> int:
        room = max(1, math.floor(sum(w[c:c + cell.colspan]) + 1e-9))
        return max(1, math.ceil(_chars(cell.text) / room))

    def too_long(w: list[float]) -> list[tuple[int, Cell]]:
        # a figure one line, a label down several rows one line per row, a label in one row `max_lines`
        return [(c, cell) for _, c, cell in placed
                if lines(cell, c, w) > (1 if cell.path else cell.rowspan if cell.rowspan > 1 else max_lines)]

    # 1. The minimum: widen the (last) column of every label that wraps too often, one em at a time.
    for _ in range(200):
        bad = too_long(width)
        if not bad:
            break
        c, cell = bad[0]
        width[c + cell.colspan - 1] += 1

    def height(w: list[float]) -> int:
        per_row: dict[int, int] = {}
        for r, c, cell in placed:
            if cell.rowspan == 1:
                per_row[r] = max(per_row.get(r, 1), lines(cell, c, w))
        return sum(per_row.values())

    # 2. The rest, one em at a time, where it shortens the table most.
    while sum(width) + 1 <= total_em:
        now = height(width)
        gains = [(now - height(width[:c] + [width[c] + 1] + width[c + 1:]), c) for c in range(ncols)]
        gain, best = max(gains, key=lambda x: (x[0], -width[x[1]]))
        if gain <= 0:
            break
        width[best] += 1
    # 3. Any width left is shared in proportion.
    spare = total_em - sum(width)
    if spare > 0:
        width = [w + spare * w / sum(width) for w in width]
    return width


def _table(document, rows: list[list[Cell]]) -> None:
    g = grid(rows)
    nrows, ncols = len(g), len(g[0])
    text_width = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT
    padding = 2 * CELL_MARGIN + Mm(0.4)  # the cell margins and a little slack for the renderer's rounding
    em = TABLE_SIZE
    total_em = (text_width - ncols * padding) / em
    widths = [int(w * em + padding) for w in column_widths(rows, total_em)]
    table = document.add_table(rows=nrows, cols=ncols)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    fixed_layout(table, int(CELL_MARGIN.twips))
    for c, w in enumerate(widths):
        table.columns[c].width = w
    heads = header_rows(rows)
    seen: set[int] = set()
    for r, row in enumerate(g):
        keep_row_whole(table.rows[r], header=r < heads)
        for c, cell in enumerate(row):
            if cell is None or id(cell) in seen:
                continue
            seen.add(id(cell))
            target = table.cell(r, c)
            if cell.rowspan > 1 or cell.colspan > 1:
                target = target.merge(table.cell(r + cell.rowspan - 1, c + cell.colspan - 1))
            target.width = sum(widths[c:c + cell.colspan])
            target.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            target.text = ""
            par = target.paragraphs[0]
            # a row label (in a row of figures) reads from the left; column headers are centred
            label = cell.header and cell.rowspan == 1 and any(not x.header for x in rows[r])
            _fixed(par, line=TABLE_LINE, indent=False,
                   align=WD_ALIGN_PARAGRAPH.LEFT if label else WD_ALIGN_PARAGRAPH.CENTER)
            _run(par, cell.text, TABLE_FONT, TABLE_SIZE)
