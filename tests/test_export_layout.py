"""The Word export rendered the way a reader sees it: LibreOffice turns the .docx into a PDF, pdftoppm
into PNG pages (kept in test-artifacts/ to look at). Page size, margins, page numbers, table pages,
repeated header rows, table 4's headers, fonts and the 落款 are checked on the file and the rendering."""
from __future__ import annotations

import datetime as dt
import io
import shutil
import subprocess
import zipfile
from pathlib import Path

import docx
import pdfplumber
import pytest
from docx.oxml.ns import qn

from assistant.form import official as form
from assistant.export import export
from assistant.export.pdf import docx_to_pdf
from assistant.parse import parse_file

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "test-artifacts"
SEED = sorted((ROOT / "corpus").glob("*.txt"))[4]  # all three tables filled, a long section 一
MM = 72 / 25.4  # PDF points per millimetre

needs_office = pytest.mark.skipif(not (shutil.which("soffice") and shutil.which("pdftoppm")),
                                  reason="LibreOffice/pdftoppm missing: run `make system-deps` as root")


def _report():
    report = parse_file(SEED)
    report.meta.agency = "和田地区行政公署办公室"
    report.meta.published = dt.date(2025, 1, 20)
    report.sections[0].text += "\n复制自PDF的文字\x0c带换页符\x00和空字符。"
    return report


@pytest.fixture(scope="module")
def word() -> bytes:
    return export(_report(), "docx")


@pytest.fixture(scope="module")
def rendered(word):
    """The PDF LibreOffice makes of the Word file, and its pages as PNG files in test-artifacts/."""
    if not (shutil.which("soffice") and shutil.which("pdftoppm")):
        pytest.skip("LibreOffice/pdftoppm missing: run `make system-deps` as root")
    pdf = docx_to_pdf(word)
    ARTIFACTS.mkdir(exist_ok=True)
    for old in ARTIFACTS.glob("export-page-*.png"):
        old.unlink()
    (ARTIFACTS / "export.docx").write_bytes(word)
    (ARTIFACTS / "export.pdf").write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", "60", "-png", str(ARTIFACTS / "export.pdf"), str(ARTIFACTS / "export-page")],
                   check=True, timeout=120)
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        pages = [(p.width, p.height, p.extract_words(), p.extract_text(), p.find_tables()) for p in doc.pages]
    return pdf, pages


# --- the .docx itself ------------------------------------------------------------------------------

def test_docx_page_is_a4_with_the_gbt_9704_margins_and_outer_page_numbers(word):
    document = docx.Document(io.BytesIO(word))
    s = document.sections[0]
    mm = lambda length: round(length.mm, 1)  # noqa: E731
    assert (mm(s.page_width), mm(s.page_height)) == (210, 297)
    assert (mm(s.top_margin), mm(s.bottom_margin), mm(s.left_margin), mm(s.right_margin)) == (37, 35, 28, 26)
    assert document.settings.odd_and_even_pages_header_footer
    odd, even = s.footer.paragraphs[0], s.even_page_footer.paragraphs[0]
    assert odd.alignment == 2 and even.alignment == 0  # right, left
    for p in (odd, even):
        xml = p._p.xml
        assert "PAGE" in xml and p.text.startswith("— ") and p.text.endswith(" —")
        assert p.runs[0].font.size.pt == 14 and p.runs[0]._element.rPr.rFonts.get(qn("w:eastAsia")) == "宋体"


def _fonts(run) -> set[str]:
    f = run._element.rPr.rFonts
    return {f.get(qn(f"w:{slot}")) for slot in ("ascii", "hAnsi", "eastAsia", "cs")}


def test_docx_fonts_sizes_and_fixed_line_spacing(word):
    document = docx.Document(io.BytesIO(word))
    paras = [p for p in document.paragraphs if p.text.strip()]
    title = paras[0]
    assert _fonts(title.runs[0]) == {"方正小标宋简体"} and title.runs[0].font.size.pt == 22
    heading = next(p for p in paras if p.text == form.SECTION_HEADINGS[1])
    assert _fonts(heading.runs[0]) == {"黑体"} and heading.runs[0].font.size.pt == 16
    sub = next(p for p in paras if p.text.startswith("（一）"))
    assert _fonts(sub.runs[0]) == {"楷体_GB2312"} and _fonts(sub.runs[1]) == {"仿宋_GB2312"}
    assert sub.runs[0].text.endswith("。") and len(sub.runs[0].text) < 20
    body = next(p for p in paras if p.text.startswith("2024年，"))
    assert _fonts(body.runs[0]) == {"仿宋_GB2312"} and body.runs[0].font.size.pt == 16
    assert body.paragraph_format.line_spacing.pt == 28 and body.paragraph_format.first_line_indent.pt == 32
    for p in paras:  # every run names its font in all four slots
        assert all(len(_fonts(r)) == 1 and None not in _fonts(r) for r in p.runs if r.text)


def test_docx_signature_is_right_aligned_agency_then_date(word):
    paras = [p for p in docx.Document(io.BytesIO(word)).paragraphs if p.text.strip()]
    agency, date = paras[-2], paras[-1]
    assert (agency.text, date.text) == ("和田地区行政公署办公室", "2025年1月20日")
    assert agency.alignment == date.alignment == 2


def test_docx_tables_repeat_headers_and_table_4_is_complete(word):
    t2, t3, t4 = docx.Document(io.BytesIO(word)).tables

    def header_flags(table):
        return [tr.trPr is not None and tr.trPr.find(qn("w:tblHeader")) is not None for tr in table._tbl.tr_lst]
    assert header_flags(t3) == [True] * 3 + [False] * 25
    assert header_flags(t4) == [True] * 3 + [False]
    assert not any(header_flags(t2))  # its blocks each have their own header
    labels = [t4.cell(2, c).text for c in range(15)]
    assert labels[5:] == list(form.REVIEW_COLUMNS) * 2  # 未经复议直接起诉 and 复议后起诉, five each
    assert [t4.cell(1, c).text for c in range(5)] == list(form.REVIEW_COLUMNS)
    # Table 3 is not ten equal columns: the row labels get the room.
    widths = [t3.columns[c].width for c in range(10)]
    assert widths[2] > 3 * min(widths)


def test_control_characters_are_removed_from_every_format():
    report = _report()
    for fmt in ("docx", "html", "md", "json"):
        data = export(report, fmt)
        if fmt == "docx":
            data = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml")
        assert b"\x00" not in data and b"\\u0000" not in data and b"\x0c" not in data and b"\\f" not in data
    assert "带换页符和空字符" in export(report, "html").decode()


def test_unfinished_report_is_marked_on_the_title_page():
    report = _report()
    first = docx.Document(io.BytesIO(export(report, "docx", unfinished=True))).paragraphs[0]
    assert first.text == "征求意见稿"
    assert "征求意见稿" not in docx.Document(io.BytesIO(export(report, "docx"))).paragraphs[0].text
    assert export(report, "html", unfinished=True).decode().count("征求意见稿") == 1
    assert b'"status": "\xe5\xbe\x81' in export(report, "json", unfinished=True)


# --- the rendering ---------------------------------------------------------------------------------

@needs_office
def test_rendered_pages_are_a4_and_saved_as_png(rendered):
    _, pages = rendered
    assert 4 <= len(pages) <= 8
    for width, height, *_ in pages:
        assert abs(width / MM - 210) < 1 and abs(height / MM - 297) < 1
    assert len(list(ARTIFACTS.glob("export-page-*.png"))) == len(pages)


@needs_office
def test_rendered_text_stays_within_the_margins(rendered):
    _, pages = rendered
    for n, (width, height, words, text, _) in enumerate(pages, 1):
        body = [w for w in words if not w["text"].startswith("—") and w["text"] != "—" and w["top"] < height - 35 * MM]
        assert min(w["x0"] for w in body) >= 28 * MM - 1, n
        assert max(w["x1"] for w in body) <= width - 26 * MM + 1, n
        assert min(w["top"] for w in body) >= 37 * MM - 1, n
        assert max(w["bottom"] for w in body) <= height - 35 * MM + 1, n
    # a page of running text fills the type area from margin to margin
    width, height, words, *_ = pages[0]
    assert abs(min(w["x0"] for w in words) - 28 * MM) < 2 * MM
    assert abs(max(w["x1"] for w in words) - (width - 26 * MM)) < 6 * MM


@needs_office
def test_rendered_page_numbers_at_the_outer_side(rendered):
    _, pages = rendered
    for n, (width, height, words, text, _) in enumerate(pages, 1):
        assert f"— {n} —" in text
        footer = [w for w in words if w["top"] > height - 35 * MM]
        assert str(n) in [w["text"] for w in footer]
        assert min(w["top"] for w in footer) > height - 35 * MM + 5 * MM  # below the type area, about 7 mm
        one_char = 14  # 4号
        if n % 2:  # odd: at the right, one character in
            assert abs(max(w["x1"] for w in footer) - (width - 26 * MM - one_char)) < 4, n
        else:      # even: at the left, one character in
            assert abs(min(w["x0"] for w in footer) - (28 * MM + one_char)) < 4, n


@needs_office
def test_rendered_tables_take_at_most_three_pages_and_labels_wrap_at_most_three_lines(rendered):
    _, pages = rendered
    with_tables = [n for n, page in enumerate(pages, 1) if page[4]]
    assert 1 <= len(with_tables) <= 3 and with_tables == list(range(with_tables[0], with_tables[-1] + 1))
    tables = [[(c or "").replace("\n", "") for row in t.extract() for c in row] for p in pages for t in p[4]]
    t4 = next(cells for cells in tables if "行政复议" in cells)
    for label in form.REVIEW_COLUMNS:  # 行政复议, 直接起诉, 复议后起诉: five headers each
        assert t4.count(label) == 3, label
    assert "复议后起诉" in t4 and any("申请人情况" in cells for cells in tables)
    for _, _, _, _, tables in pages:
        for table in tables:
            row_tops = sorted({round(r.bbox[1]) for r in table.rows})
            for cell in table.cells:
                lines = _lines(table.page, cell)
                rows_spanned = sum(1 for t in row_tops if cell[1] - 1 <= t < cell[3] - 1)
                assert lines <= max(3, rows_spanned), (cell, table.page.crop(cell).extract_text())


def _lines(page, bbox) -> int:
    chars = page.crop(bbox).chars
    tops = sorted({round(c["top"]) for c in chars})
    return len([t for i, t in enumerate(tops) if i == 0 or t - tops[i - 1] > 3])
