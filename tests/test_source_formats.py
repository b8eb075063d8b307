"""Reports as they really arrive: a whole government web page in GBK with layout tables, markdown from a
PDF converter with broken rows, pdftotext output. Each must read back to the same 200 cells."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from assistant.export import grid, official_tables, to_html, to_markdown
from assistant.parse import parse_bytes, parse_file
from assistant.model.report import SECTION_HEADINGS

SEEDS = sorted((Path(__file__).resolve().parents[1] / "corpus").glob("*.txt"))
GOLD = [parse_file(p) for p in (SEEDS[4], SEEDS[2])]  # non-zero table 3 and a decimal fee; a blank cell


def same_tables(a, b):
    ta, tb = a.canonical()["tables"], b.canonical()["tables"]
    diff = [(t, k) for t in ta for k in ta[t] if ta[t][k] != tb[t][k]]
    assert diff == [], diff


def website(report) -> str:
    """The report's own HTML body inside a 2010s government site: nav, breadcrumb, sidebar, footer, and
    the whole content in nested layout tables."""
    body = re.search(r"<body>(.*)</body>", to_html(report), re.S).group(1)
    return f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>{report.meta.title} - 某某县人民政府门户网站</title><style>.nav{{color:red}}</style>
<script>var _hmt = _hmt || []; document.write("<p>统计代码</p>");</script></head><body>
<table width="1000" align="center"><tr><td><div class="nav"><a href="/">首页</a> | <a>政务公开</a> | <a>政府信息公开年度报告</a></div></td></tr>
<tr><td><table width="100%"><tr><td width="200" valign="top"><ul><li>政府信息公开指南</li><li>政府信息公开制度</li>
<li>政府信息公开年报</li></ul></td><td valign="top">
<div class="crumb">当前位置：首页 &gt; 政府信息公开 &gt; 政府信息公开年度报告</div>
<div class="info">发布日期：2025-01-20　来源：县政府办　浏览次数：1024　字号：[大 中 小]</div>
{body}
<div class="share">分享到：微信 微博</div></td></tr></table></td></tr>
<tr><td><div class="footer">主办单位：某某县人民政府办公室　版权所有　ICP备12345678号　技术支持：某某科技</div></td></tr></table>
</body></html>"""


@pytest.mark.parametrize("gold", GOLD, ids=["004", "002"])
@pytest.mark.parametrize("encoding", ["gbk", "gb18030", "utf-8"])
def test_whole_web_page_with_layout_tables(gold, encoding):
    page = website(gold)
    data = page.replace("charset=gb2312", f"charset={encoding}").encode(encoding, errors="xmlcharrefreplace")
    report = parse_bytes(data, ".html")
    same_tables(gold, report)
    assert [s.number for s in report.sections] == [1, 2, 3, 4, 5, 6]
    assert report.meta.title == gold.meta.title and report.meta.year == gold.meta.year
    assert report.meta.published == gold.meta.published
    assert "版权所有" not in report.section_text(1)


def broken_markdown(report) -> str:
    """Markdown as a PDF converter writes it: some label cells wrapped onto their own line, some rows
    split in two, bold headings."""
    md = to_markdown(report)
    out = []
    for line in md.split("\n"):
        if line.startswith("## "):
            out.append("**" + line[3:] + "**")
        elif line.startswith("|") and "部分公开（区分处理的" in line:
            head, tail = line.split("（区分处理的", 1)
            out += [head, "（区分处理的" + tail]  # label wrapped: the rest of the row on the next line
        elif line.startswith("|") and "另行制作" in line:
            cells = line.split("|")
            out += ["|".join(cells[:7]), "|".join(cells[7:])]  # a row split in two
        elif line.startswith("|") and "行政处罚" in line:
            out += ["| 行政", "处罚 |" + line.split("行政处罚 |", 1)[1]]
        else:
            out.append(line)
    return "\n".join(out)


@pytest.mark.parametrize("gold", GOLD, ids=["004", "002"])
def test_markdown_broken_by_a_pdf_converter(gold):
    md = broken_markdown(gold)
    assert "\n（区分处理的" in md
    report = parse_bytes(md.encode("utf-8"), ".md")
    same_tables(gold, report)
    assert [s.number for s in report.sections] == [1, 2, 3, 4, 5, 6]


def pdftotext(report, one_cell_per_line=False) -> str:
    """Plain text as pdftotext writes it: table rows as space-separated tokens; long labels wrapped."""
    lines = [report.meta.title or "", report.preamble]
    tables = official_tables(report)
    for n, heading in SECTION_HEADINGS.items():
        lines.append(heading)
        if n in (2, 3, 4):
            key = {2: "active", 3: "applications", 4: "review_litigation"}[n]
            for row in grid(tables[key]):
                cells = [c.text if c is not None and c.path else (c.text if c is not None else "") for c in row]
                cells = [c for c in cells if c != ""] if not one_cell_per_line else [c for c in cells if c]
                if not cells:
                    continue
                if one_cell_per_line:
                    lines += cells
                    continue
                label = [c for c in cells if not re.fullmatch(r"[\d.]+", c)]
                values = [c for c in cells if re.fullmatch(r"[\d.]+", c)]
                if label and len(label[-1]) > 24:  # a long label wraps: values after its tail
                    head, tail = label[-1][:20], label[-1][20:]
                    lines.append(" ".join(label[:-1] + [head]))
                    lines.append(" ".join([tail] + values))
                else:
                    lines.append(" ".join(label + values))
        section = report.section(n)
        lines += [p for p in (section.text if section else "").split("\n") if p]
    return "\n".join(lines)


@pytest.mark.parametrize("one_cell_per_line", [False, True])
def test_pdftotext_output(one_cell_per_line):
    gold = GOLD[0]
    text = pdftotext(gold, one_cell_per_line)
    report = parse_bytes(text.encode("utf-8"), ".txt")
    same_tables(gold, report)
    assert [s.number for s in report.sections] == [1, 2, 3, 4, 5, 6]


def test_heading_run_together_with_its_paragraph_and_a_numeric_signature_date():
    import datetime as dt
    text = SEEDS[4].read_text(encoding="utf-8")
    text = text.replace("一、总体情况\n", "一、总体情况　").replace("六、其他需要报告的事项\n\n", "六、其他需要报告的事项：")
    text = text.rstrip() + "\n和田地区行政公署办公室\n2025-01-20\n"
    report = parse_bytes(text.encode("utf-8"), ".txt")
    assert [s.number for s in report.sections] == [1, 2, 3, 4, 5, 6]
    assert report.section_text(1).startswith("2024年，和田地区")
    assert report.meta.published == dt.date(2025, 1, 20) and report.meta.agency == "和田地区行政公署办公室"
    # An ordinary sentence that merely starts like a heading is not split.
    plain = parse_bytes(SEEDS[4].read_text(encoding="utf-8").replace("一、总体情况\n", "一、总体情况良好，主要原因是领导重视、制度健全、人员到位、经费保障。\n")
                        .encode("utf-8"), ".txt")
    assert plain.section(1) is None or plain.section(1).heading != "一、总体情况"


def test_the_registry_reads_by_content_then_name_then_mime():
    """One dispatch table (readers/registry.py): a web page named .txt or with no name is still read as a web
    page when the browser says text/html; a renamed Word file by its bytes."""
    from assistant.parse import parse_blocks
    from assistant.readers.registry import format_of, read_bytes
    page = (Path(__file__).resolve().parent / "data" / "reports" / "09_t4_three_html_city_gov.html").read_bytes()
    by_mime = parse_blocks(read_bytes(page, "upload", mime="text/html; charset=utf-8"))
    by_name = parse_blocks(read_bytes(page, "report.HTM"))
    assert by_mime.canonical() == by_name.canonical() and by_name.value("review_litigation.review[4]") is not None
    assert format_of(b"PK\x03\x04rest", "report.txt").kind == "docx"
    assert format_of(b"%PDF-1.7", "report.docx").kind == "pdf"
    assert format_of("二〇二四年报告".encode(), "notes", "application/octet-stream").kind == "text"
