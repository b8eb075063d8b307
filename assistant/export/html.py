"""A standalone HTML page in the official layout; every piece of user text is escaped."""
from __future__ import annotations

import html

from ..model.report import SECTION_HEADINGS, Report
from .layout import TABLE_SECTIONS, UNFINISHED_MARK, Cell, official_tables, paragraphs, signature

CSS = """
body{font-family:"FangSong","仿宋_GB2312","仿宋","Noto Serif CJK SC","WenQuanYi Micro Hei",serif;max-width:960px;margin:2em auto;line-height:1.8;color:#222}
h1{font-family:"SimHei","黑体","WenQuanYi Micro Hei",sans-serif;text-align:center;font-size:1.6em}
h2{font-family:"SimHei","黑体","WenQuanYi Micro Hei",sans-serif;font-size:1.2em;margin-top:1.5em}
p{text-indent:2em;margin:.4em 0}
p.mark{text-indent:0;font-family:"SimHei","黑体","WenQuanYi Micro Hei",sans-serif;font-size:1.2em}
table{border-collapse:collapse;width:100%;margin:.8em 0;font-size:.9em}
td,th{border:1px solid #333;padding:4px 6px;text-align:center}
th{font-weight:normal;background:#f6f6f6}
td.num{font-family:"Times New Roman",serif}
.sign{text-align:right;text-indent:0}
"""


def to_html(report: Report, *, highlight: dict[str, str] | None = None, unfinished: bool = False) -> str:
    """`highlight` maps cell paths to a CSS colour (used to mark the cells a finding names)."""
    e = html.escape
    title = e(report.meta.title or "政府信息公开工作年度报告")
    out = [f"<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>{title}</title>"
           f"<style>{CSS}</style></head><body>"]
    if unfinished:
        out.append(f"<p class=\"mark\">{UNFINISHED_MARK}</p>")
    out.append(f"<h1>{title}</h1>")
    if report.preamble:
        out += [f"<p>{e(p)}</p>" for p in paragraphs(report.preamble)]
    tables = official_tables(report)
    for n, heading in SECTION_HEADINGS.items():
        section = report.section(n)
        out.append(f"<h2>{e(heading)}</h2>")
        if n in TABLE_SECTIONS:
            out.append(html_table(tables[TABLE_SECTIONS[n]], highlight))
        out += [f"<p>{e(p)}</p>" for p in paragraphs(section.text if section else "")]
    out += [f"<p class=\"sign\">{e(line)}</p>" for line in signature(report)]
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
