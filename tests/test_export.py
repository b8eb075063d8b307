"""Export in the official layout, read back by our own parser; Word merged headers and fonts; escaping."""
from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from assistant.export import export, grid, official_tables, to_html
from assistant.parse import parse_bytes, parse_file
from assistant.checks.rules import check

SEEDS = sorted((Path(__file__).resolve().parents[1] / "corpus").glob("*.txt"))


@pytest.mark.parametrize("fmt", ["md", "html", "docx"])
@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem[:3])
def test_round_trip_keeps_every_cell_section_and_date(seed, fmt):
    report = parse_file(seed)
    back = parse_bytes(export(report, fmt), "." + fmt)
    assert back.canonical()["tables"] == report.canonical()["tables"]
    assert [s.number for s in back.sections] == [1, 2, 3, 4, 5, 6]
    assert back.meta.year == report.meta.year and back.meta.published == report.meta.published
    for n in (1, 5, 6):
        assert back.section_text(n).replace("\n", "") == report.section_text(n).replace("\n", "")


def test_exported_headings_are_canonical_so_s1_is_quiet():
    report = parse_file(SEEDS[0])  # its section 五 is numbered "5、"
    assert any(f.rule == "S-1" for f in check(report))
    back = parse_bytes(export(report, "docx"), ".docx")
    assert not [f for f in check(back) if f.rule == "S-1"]


def _merged(table) -> dict[tuple[int, int], tuple[int, int]]:
    """(row, col) of each distinct cell -> (rows, cols) it covers, from the grid python-docx reads."""
    spans: dict[int, list[tuple[int, int]]] = {}
    keep = []
    for r, row in enumerate(table.rows):
        for c, cell in enumerate(row.cells):
            keep.append(cell._tc)
            spans.setdefault(id(cell._tc), []).append((r, c))
    out = {}
    for positions in spans.values():
        rows = {p[0] for p in positions}
        cols = {p[1] for p in positions}
        out[min(positions)] = (len(rows), len(cols))
    return out


def test_docx_application_table_has_the_official_merged_header():
    report = parse_file(SEEDS[4])
    document = docx.Document(io.BytesIO(export(report, "docx")))
    t2, t3, t4 = document.tables
    assert len(t3.rows) == 28 and len(t3.columns) == 10  # 3 header rows + 25 rows; 3 label + 7 data columns
    spans = _merged(t3)
    assert spans[(0, 0)] == (3, 3)      # 勾稽关系 note: 3 rows × 3 columns
    assert spans[(0, 3)] == (1, 7)      # 申请人情况
    assert spans[(1, 4)] == (1, 5)      # 法人或其他组织 over its five kinds
    assert spans[(5, 0)] == (22, 1)     # 三、本年度办理结果 down 22 rows
    assert spans[(7, 1)] == (8, 1)      # （三）不予公开 down 8 rows
    assert t3.cell(3, 0).text.startswith("一、本年新收")
    values = [t3.cell(3, c).text for c in range(3, 10)]
    assert values == ["83", "1", "0", "0", "0", "0", "84"]
    assert [t3.cell(27, c).text for c in range(3, 10)] == ["0"] * 7
    assert _merged(t4)[(0, 5)] == (1, 10) and len(t4.columns) == 15
    assert [t4.cell(3, c).text for c in range(5)] == ["0", "3", "0", "0", "3"]
    assert _merged(t2)[(6, 1)] == (1, 3)  # 行政许可 value spans three columns


def test_docx_sets_chinese_fonts_through_east_asia():
    document = docx.Document(io.BytesIO(export(parse_file(SEEDS[1]), "docx")))
    runs = [r for p in document.paragraphs for r in p.runs if r.text]
    assert runs and all(r._element.rPr.rFonts.get(qn("w:eastAsia")) for r in runs)
    assert runs[0]._element.rPr.rFonts.get(qn("w:eastAsia")) == "方正小标宋简体"


def test_html_escapes_user_text_and_marks_cells():
    report = parse_file(SEEDS[2])
    report.sections[0].text = "<script>alert('x')</script>正文"
    report.meta.title = "<img src=x onerror=alert(1)>报告"
    page = to_html(report, highlight={"active.coercion": "#fdd"})
    assert "<script>alert" not in page and "&lt;script&gt;" in page
    assert "<img src=x" not in page
    assert 'style="background:#fdd" data-path="active.coercion"' in page


def test_no_fee_is_written_0_not_0_0_on_the_web_page_and_in_word():
    report = parse_file(SEEDS[0])
    report.put("active.fees", 0.0)
    page = to_html(report)
    assert "active.fees" in page and ">0.0<" not in page
    cells = [c.text for t in docx.Document(io.BytesIO(export(report, "docx"))).tables for r in t.rows for c in r.cells]
    assert "0.0" not in cells and "0" in cells


def test_pdf_warns_when_the_server_lacks_the_official_fonts(tmp_path, monkeypatch):
    """fc-list is asked which families the server has: a missing 仿宋/小标宋 gives a Chinese warning."""
    from assistant.export import pdf
    fake = tmp_path / "fc-list"
    for families, missing in (("WenQuanYi Micro Hei\nDejaVu Sans\n", True),
                              ("方正小标宋简体\n仿宋_GB2312\n楷体_GB2312,KaiTi\nSimHei,黑体\n", False)):
        fake.write_text("#!/bin/sh\nprintf '%s' '" + families + "'\n", encoding="utf-8")
        fake.chmod(0o755)
        monkeypatch.setenv("PATH", f"{tmp_path}:{__import__('os').environ['PATH']}")
        pdf.missing_fonts.cache_clear()
        warning = pdf.font_warning()
        assert bool(warning) == missing
        if missing:
            assert "仿宋_GB2312" in warning and "方正小标宋简体" in warning and "安装" in warning
    pdf.missing_fonts.cache_clear()


def test_layout_grid_is_rectangular():
    for rows in official_tables(parse_file(SEEDS[0])).values():
        g = grid(rows)
        assert len({len(r) for r in g}) == 1
        paths = [c.path for r in g for c in r if c is not None and c.path]
        assert len(paths) == len(set(paths))
    total = sum(len([c for r in grid(rows) for c in r if c is not None and c.path])
                for rows in official_tables(parse_file(SEEDS[0])).values())
    assert total == 200


def test_unknown_format_is_refused_in_chinese():
    with pytest.raises(ValueError, match="不支持的导出格式"):
        export(parse_file(SEEDS[0]), "rtf")


def _cli(*args, path="/usr/bin:/bin"):
    import subprocess
    import sys
    exe = Path(sys.executable).parent / "nianbao"
    return subprocess.run([str(exe), *map(str, args)], capture_output=True, text=True, timeout=120,
                          env={"PATH": path, "HOME": "/tmp"})


def test_cli_export_gate_signature_and_mark(tmp_path):
    src = tmp_path / "draft.txt"
    text = SEEDS[1].read_text(encoding="utf-8").replace("六、其他需要报告的事项", "六、其他需要报告的事项\n〔待补充：信息处理费〕", 1)
    src.write_text(text, encoding="utf-8")
    out = tmp_path / "out.docx"
    refused = _cli("export", src, "--out", out)
    assert refused.returncode == 1 and not out.exists()
    assert "待补充 1 处" in refused.stderr and "--allow-unfinished" in refused.stderr
    done = _cli("export", src, "--out", out, "--allow-unfinished", "--signature", "某某县人民政府办公室",
                "--date", "2026年1月20日")
    assert done.returncode == 0, done.stderr
    paras = [p.text for p in docx.Document(str(out)).paragraphs if p.text.strip()]
    assert paras[0] == "征求意见稿" and paras[-2:] == ["某某县人民政府办公室", "2026年1月20日"]
    bad = _cli("export", src, "--out", out, "--allow-unfinished", "--date", "2026-02-30")
    assert bad.returncode == 2 and "无法识别的日期" in bad.stderr


def test_cli_export_gate_counts_spoken_language(tmp_path):
    # Rule S-11 is a warning on 校验, but a report with chat in it is not finished: the gate counts each sentence.
    src = tmp_path / "draft.txt"
    clean = SEEDS[2].read_text(encoding="utf-8")  # a published report the rules find no error in
    src.write_text(clean, encoding="utf-8")
    out = tmp_path / "out.docx"
    assert _cli("export", src, "--out", out).returncode == 0 and out.exists()
    out.unlink()
    src.write_text(clean.replace("六、其他需要报告的事项", "六、其他需要报告的事项\n信息处理费我们没收哈。", 1), encoding="utf-8")
    refused = _cli("export", src, "--out", out)
    assert refused.returncode == 1 and not out.exists()
    assert "口语化表述 1 处" in refused.stderr and "改写口语化表述" in refused.stderr


def test_cli_pdf_without_libreoffice_says_so_in_chinese(tmp_path):
    out = tmp_path / "out.pdf"
    p = _cli("export", SEEDS[1], "--out", out, "--allow-unfinished", path=str(tmp_path))  # no soffice on PATH
    assert p.returncode == 2 and "未找到 LibreOffice" in p.stderr and not out.exists()
