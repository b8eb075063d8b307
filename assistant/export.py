"""A report in the official layout: Markdown, HTML and Word (.docx).

The three tables are described once, as grids of cells with their row/column spans and the cell
paths they show (`official_tables`), and every renderer draws from that description. Everything
exported can be read back by `parse.py` (tests round-trip it).
"""
from __future__ import annotations

import html
import io
from dataclasses import dataclass

from .report import (
    APPLICATION_KEYS, APPLICATION_ROWS, APPLICATIONS_HEADER, REVIEW_COLUMNS, SECTION_HEADINGS, Report,
    application_path, review_path,
)


@dataclass
class Cell:
    text: str = ""
    rowspan: int = 1
    colspan: int = 1
    path: str | None = None  # the data cell shown here
    header: bool = False


def _value(report: Report, path: str) -> str:
    v = report.value(path)
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer() and not path.endswith("fees"):
        return str(int(v))
    return str(v)


def official_tables(report: Report) -> dict[str, list[list[Cell]]]:
    """The three statutory tables as rows of cells, only the cells that start at each position
    (HTML semantics: a spanned cell appears once, in its top-left row)."""
    v = lambda p: Cell(_value(report, p), path=p)  # noqa: E731
    h = lambda t, rs=1, cs=1: Cell(t, rs, cs, header=True)  # noqa: E731
    t2: list[list[Cell]] = [
        [h("第二十条第（一）项", cs=4)],
        [h("信息内容"), h("本年制发件数"), h("本年废止件数"), h("现行有效件数")],
        [h("规章")] + [v(f"active.regulations.{c}") for c in ("issued", "repealed", "in_force")],
        [h("行政规范性文件")] + [v(f"active.normative_documents.{c}") for c in ("issued", "repealed", "in_force")],
        [h("第二十条第（五）项", cs=4)],
        [h("信息内容"), h("本年处理决定数量", cs=3)],
        [h("行政许可"), Cell(_value(report, "active.licensing"), colspan=3, path="active.licensing")],
        [h("第二十条第（六）项", cs=4)],
        [h("信息内容"), h("本年处理决定数量", cs=3)],
        [h("行政处罚"), Cell(_value(report, "active.punishment"), colspan=3, path="active.punishment")],
        [h("行政强制"), Cell(_value(report, "active.coercion"), colspan=3, path="active.coercion")],
        [h("第二十条第（八）项", cs=4)],
        [h("信息内容"), h("本年收费金额（单位：万元）", cs=3)],
        [h("行政事业性收费"), Cell(_value(report, "active.fees"), colspan=3, path="active.fees")],
    ]
    t3: list[list[Cell]] = [
        [h(APPLICATIONS_HEADER, rs=3, cs=3), h("申请人情况", cs=7)],
        [h("自然人", rs=2), h("法人或其他组织", cs=5), h("总计", rs=2)],
        [h("商业企业"), h("科研机构"), h("社会公益组织"), h("法律服务机构"), h("其他")],
    ]
    group_span = {"三、本年度办理结果": 22, "（三）不予公开": 8, "（四）无法提供": 3, "（五）不予处理": 5, "（六）其他处理": 3}
    opened: set[str] = set()
    for key in APPLICATION_KEYS:
        group, label = APPLICATION_ROWS[key]
        values = [v(application_path(key, c)) for c in range(7)]
        row: list[Cell] = []
        if group is None:
            row.append(h(label, cs=3))
        else:
            if "三、本年度办理结果" not in opened:
                opened.add("三、本年度办理结果")
                row.append(h("三、本年度办理结果", rs=group_span["三、本年度办理结果"]))
            if group == "三、本年度办理结果":
                row.append(h(label, cs=2))
            else:
                if group not in opened:
                    opened.add(group)
                    row.append(h(group, rs=group_span[group]))
                row.append(h(label))
        t3.append(row + values)
    t4: list[list[Cell]] = [
        [h("行政复议", cs=5), h("行政诉讼", cs=10)],
        [h(c, rs=2) for c in REVIEW_COLUMNS] + [h("未经复议直接起诉", cs=5), h("复议后起诉", cs=5)],
        [h(c) for c in REVIEW_COLUMNS] * 2,
        [v(review_path(g, c)) for g in ("review", "litigation_direct", "litigation_after_review") for c in range(5)],
    ]
    return {"active": t2, "applications": t3, "review_litigation": t4}


def grid(rows: list[list[Cell]]) -> list[list[Cell | None]]:
    """Place spanned cells on a full grid: the top-left position holds the cell, covered ones None."""
    placed: dict[tuple[int, int], Cell | None] = {}
    width = 0
    for r, row in enumerate(rows):
        c = 0
        for cell in row:
            while (r, c) in placed:
                c += 1
            for dr in range(cell.rowspan):
                for dc in range(cell.colspan):
                    placed[(r + dr, c + dc)] = cell if (dr, dc) == (0, 0) else None
            c += cell.colspan
            width = max(width, c)
    return [[placed.get((r, c)) for c in range(width)] for r in range(len(rows))]


TABLE_SECTIONS = {2: "active", 3: "applications", 4: "review_litigation"}


def _paragraphs(text: str) -> list[str]:
    return [p.strip() for p in text.split("\n") if p.strip()]


# --- Markdown -------------------------------------------------------------------------------------

def _md_cell(text: str) -> str:
    return text.replace("|", "｜").replace("\n", " ")


def to_markdown(report: Report) -> str:
    out = [f"# {report.meta.title or ''}", ""]
    if report.preamble:
        out += [report.preamble, ""]
    tables = official_tables(report)
    for n, heading in SECTION_HEADINGS.items():
        section = report.section(n)
        out += [f"## {heading}", ""]
        if n in TABLE_SECTIONS:
            out += _md_table(tables[TABLE_SECTIONS[n]], spacer_first=n == 3) + [""]
        for p in _paragraphs(section.text if section else ""):
            out += [p, ""]
    out += _signature(report)
    return "\n".join(out).rstrip() + "\n"


def _md_table(rows: list[list[Cell]], spacer_first: bool) -> list[str]:
    # Markdown has no spans: a label stands in the last column it covers (empty cells before it), so
    # each row reads "labels…, values…" as the official table does.
    g = grid(rows)
    lines = []
    for r, row in enumerate(g):
        cells = []
        for c, cell in enumerate(row):
            cells.append(_md_cell(cell.text) if cell is not None else "")
        if spacer_first and r >= 3:
            labels = [x for x in cells[:3] if x]
            cells[:3] = [""] * (3 - len(labels)) + labels if labels else cells[:3]
        lines.append("| " + " | ".join(cells) + " |")
        if r == 0:
            lines.append("|" + "---|" * len(cells))
    return lines


def _signature(report: Report) -> list[str]:
    """The closing agency and date, when the report is dated (an undated report has no signature)."""
    if not report.meta.published:
        return []
    d = report.meta.published
    return (["", report.meta.agency] if report.meta.agency else []) + ["", f"{d.year}年{d.month}月{d.day}日"]


# --- HTML -----------------------------------------------------------------------------------------

CSS = """
body{font-family:"FangSong","仿宋_GB2312","仿宋","Noto Serif CJK SC","WenQuanYi Micro Hei",serif;max-width:960px;margin:2em auto;line-height:1.8;color:#222}
h1{font-family:"SimHei","黑体","WenQuanYi Micro Hei",sans-serif;text-align:center;font-size:1.6em}
h2{font-family:"SimHei","黑体","WenQuanYi Micro Hei",sans-serif;font-size:1.2em;margin-top:1.5em}
p{text-indent:2em;margin:.4em 0}
table{border-collapse:collapse;width:100%;margin:.8em 0;font-size:.9em}
td,th{border:1px solid #333;padding:4px 6px;text-align:center}
th{font-weight:normal;background:#f6f6f6}
td.num{font-family:"Times New Roman",serif}
.sign{text-align:right;text-indent:0}
"""


def to_html(report: Report, *, highlight: dict[str, str] | None = None) -> str:
    """A standalone page; every piece of user text is escaped. `highlight` maps cell paths to a CSS
    colour (used to mark the cells a finding names)."""
    e = html.escape
    title = e(report.meta.title or "政府信息公开工作年度报告")
    out = [f"<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>{title}</title>"
           f"<style>{CSS}</style></head><body>", f"<h1>{title}</h1>"]
    if report.preamble:
        out += [f"<p>{e(p)}</p>" for p in _paragraphs(report.preamble)]
    tables = official_tables(report)
    for n, heading in SECTION_HEADINGS.items():
        section = report.section(n)
        out.append(f"<h2>{e(heading)}</h2>")
        if n in TABLE_SECTIONS:
            out.append(html_table(tables[TABLE_SECTIONS[n]], highlight))
        out += [f"<p>{e(p)}</p>" for p in _paragraphs(section.text if section else "")]
    for line in _signature(report):
        if line:
            out.append(f"<p class=\"sign\">{e(line)}</p>")
    out.append("</body></html>")
    return "\n".join(out)


def html_table(rows: list[list[Cell]], highlight: dict[str, str] | None = None) -> str:
    e = html.escape
    parts = ["<table>"]
    for row in rows:
        parts.append("<tr>")
        for cell in row:
            attrs = ""
            if cell.rowspan > 1:
                attrs += f" rowspan=\"{cell.rowspan}\""
            if cell.colspan > 1:
                attrs += f" colspan=\"{cell.colspan}\""
            if cell.header:
                parts.append(f"<th{attrs}>{e(cell.text)}</th>")
            else:
                style = ""
                if highlight and cell.path in highlight:
                    style = f" style=\"background:{e(highlight[cell.path])}\""
                parts.append(f"<td class=\"num\"{attrs}{style} data-path=\"{e(cell.path or '')}\">{e(cell.text)}</td>")
        parts.append("</tr>")
    parts.append("</table>")
    return "".join(parts)


# --- Word -----------------------------------------------------------------------------------------

BODY_FONT, HEAD_FONT, TITLE_FONT = "仿宋_GB2312", "黑体", "方正小标宋简体"


def _font(run, name: str, size_pt: float, bold: bool = False):
    from docx.oxml.ns import qn
    from docx.shared import Pt
    run.font.name = name
    run.font.size = Pt(size_pt)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    fonts = rpr.get_or_add_rFonts()
    fonts.set(qn("w:eastAsia"), name)  # without this Word ignores the Chinese font


def to_docx(report: Report) -> bytes:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Pt

    document = docx.Document()
    normal = document.styles["Normal"]
    normal.font.name = BODY_FONT
    normal.font.size = Pt(16)
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), BODY_FONT)

    p = document.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _font(p.add_run(report.meta.title or "政府信息公开工作年度报告"), TITLE_FONT, 22)

    def para(text: str, indent: bool = True, align=None):
        par = document.add_paragraph()
        if indent:
            par.paragraph_format.first_line_indent = Pt(32)
        if align is not None:
            par.alignment = align
        _font(par.add_run(text), BODY_FONT, 16)

    for line in _paragraphs(report.preamble):
        para(line)
    tables = official_tables(report)
    for n, heading in SECTION_HEADINGS.items():
        hp = document.add_paragraph()
        _font(hp.add_run(heading), HEAD_FONT, 16)
        if n in TABLE_SECTIONS:
            _docx_table(document, tables[TABLE_SECTIONS[n]])
        section = report.section(n)
        for line in _paragraphs(section.text if section else ""):
            para(line)
    for line in _signature(report):
        if line:
            para(line, indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def _docx_table(document, rows: list[list[Cell]]) -> None:
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    g = grid(rows)
    table = document.add_table(rows=len(g), cols=len(g[0]))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    seen = set()
    for r, row in enumerate(g):
        for c, cell in enumerate(row):
            if cell is None or id(cell) in seen:
                continue
            seen.add(id(cell))
            target = table.cell(r, c)
            if cell.rowspan > 1 or cell.colspan > 1:
                target = target.merge(table.cell(r + cell.rowspan - 1, c + cell.colspan - 1))
            target.text = ""
            par = target.paragraphs[0]
            par.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _font(par.add_run(cell.text), BODY_FONT, 10.5)


def export(report: Report, fmt: str) -> bytes:
    fmt = fmt.lower().lstrip(".")
    if fmt in ("md", "markdown"):
        return to_markdown(report).encode("utf-8")
    if fmt in ("html", "htm"):
        return to_html(report).encode("utf-8")
    if fmt == "docx":
        return to_docx(report)
    if fmt == "json":
        import json
        return json.dumps(report.canonical(), ensure_ascii=False, indent=1).encode("utf-8")
    raise ValueError(f"不支持的导出格式：{fmt}（可选 md、html、docx、json）")
