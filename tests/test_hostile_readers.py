"""Hostile files against the readers (issue 15): each generated small in the test, read in a subprocess with
an address-space and CPU limit; the outcome is a Chinese refusal naming the limit or a correct parse."""
from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

import pytest

from tests.bounded import assert_within, bounded

ROOT = Path(__file__).resolve().parents[1]


def run(path: Path, cpu_seconds: float = 15) -> str:
    """Read a file in a child with 1.5 GB of address space and `cpu_seconds` of CPU for the reading: past either
    limit the kernel stops it and the test fails; what it printed otherwise."""
    p = bounded("""
        try:
            r = parse_file(sys.argv[1])
            print("OK", r.tables.applications.new_received[6])
        except Unreadable as e:
            print("REFUSED", e)
    """, str(path), setup="""
        from assistant.parse import parse_file
        from assistant.readers.document import Unreadable
    """, cpu_seconds=cpu_seconds, memory_mb=1536)
    return assert_within(p, cpu_seconds).strip()


def docx_with(document_xml: bytes, extra: dict[str, bytes] | None = None) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", document_xml)
        for k, v in (extra or {}).items():
            z.writestr(k, v)
    return buf.getvalue()


W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def test_docx_bomb_part_is_refused(tmp_path):
    # A document part that expands to 100 MB from ~100 KB.
    body = b"<w:document " + W.encode() + b"><w:body><w:p><w:r><w:t>" + b"A" * (100 * 2**20) + b"</w:t></w:r></w:p></w:body></w:document>"
    f = tmp_path / "bomb.docx"
    f.write_bytes(docx_with(body))
    assert f.stat().st_size < 1_000_000
    out = run(f)
    assert out.startswith("REFUSED") and "MB" in out


def test_docx_media_is_never_decompressed(tmp_path):
    body = ("<w:document " + W + "><w:body><w:p><w:r><w:t>政府信息公开工作年度报告</w:t></w:r></w:p>"
            "</w:body></w:document>").encode()
    f = tmp_path / "media.docx"
    f.write_bytes(docx_with(body, {"word/media/image1.png": b"\0" * (300 * 2**20)}))
    out = run(f)
    assert out.startswith(("OK", "REFUSED"))


def test_docx_huge_table_is_refused(tmp_path):
    row = "<w:tr>" + "<w:tc><w:p><w:r><w:t>0</w:t></w:r></w:p></w:tc>" * 10 + "</w:tr>"
    body = ("<w:document " + W + "><w:body><w:tbl>" + row * 30000 + "</w:tbl></w:body></w:document>").encode()
    f = tmp_path / "rows.docx"
    f.write_bytes(docx_with(body))
    out = run(f)
    assert out.startswith("REFUSED") and ("单元格" in out or "段落" in out)  # 300 000 cells hold as many paragraphs


def test_html_span_amplification_is_refused(tmp_path):
    cells = "".join('<td rowspan="200" colspan="200">1</td>' for _ in range(300))
    page = "<html><body><p>政府信息公开工作年度报告" + "政府信息公开" * 10 + "</p><table>" + \
        f"<tr>{cells}</tr>" + "<tr><td>x</td></tr>" * 300 + "</table></body></html>"
    f = tmp_path / "spans.html"
    f.write_text(page, encoding="utf-8")
    out = run(f)
    assert out.startswith("REFUSED") and "单元格" in out


def test_unclosed_table_in_markdown(tmp_path):
    text = "# 政府信息公开工作年度报告\n" + "政府信息公开申请情况\n" * 20 + "<table" + "x" * 150_000 + "\n<table>\n" * 2000
    f = tmp_path / "unclosed.md"
    f.write_text(text, encoding="utf-8")
    out = run(f)
    assert out.startswith(("OK", "REFUSED"))


def test_deeply_nested_tables(tmp_path):
    page = "<html><body><p>" + "政府信息公开工作年度报告" * 5 + "</p>" + "<table><tr><td>" * 3000 + "申请" + \
        "</td></tr></table>" * 3000 + "</body></html>"
    f = tmp_path / "nested.html"
    f.write_text(page, encoding="utf-8")
    out = run(f)
    assert out.startswith(("OK", "REFUSED"))


def test_a_5000_digit_cell_is_invalid_not_a_number():
    from assistant.parse import parse_value
    value, note = parse_value("9" * 5000)
    assert value is None and note.kind == "invalid"


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
def test_symlink_to_a_device_is_refused(tmp_path):
    from assistant.readers.document import Unreadable
    from assistant.parse import parse_file
    link = tmp_path / "report.txt"
    os.symlink("/dev/zero", link)
    with pytest.raises(Unreadable, match="普通文件"):
        parse_file(link)


@pytest.mark.parametrize("declared", ["utf-16", "latin-1", "cp037"])
def test_a_lying_meta_charset_is_not_trusted(declared):
    from assistant.parse import parse_bytes
    from assistant.export import to_html
    from assistant.parse import parse_file
    gold = parse_file(ROOT / "corpus" / "004_a80d00d8d16235a9.txt")
    page = to_html(gold).replace("<head>", f'<head><meta charset="{declared}">', 1)
    report = parse_bytes(page.encode("utf-8"), ".html")
    assert report.tables.applications.model_dump() == gold.tables.applications.model_dump()


def test_a_docx_with_a_corrupt_deflate_stream_is_a_chinese_refusal():
    """Found by bench/fuzz.py: flipped bytes inside the compressed main part raised zlib.error."""
    import io
    import zipfile

    from assistant.readers.document import Unreadable
    from assistant.readers.registry import read_bytes
    buf = io.BytesIO()
    body = ("<w:document xmlns:w='http://schemas.openxmlformats.org/wordprocessingml/2006/main'><w:body>"
            + "<w:p><w:r><w:t>一、总体情况</w:t></w:r></w:p>" * 400 + "</w:body></w:document>").encode()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", body)
    data = bytearray(buf.getvalue())
    start = data.find(b"word/document.xml") + len("word/document.xml")
    for k in range(start + 20, start + 60):  # inside the compressed stream
        data[k] ^= 0x5A
    with pytest.raises(Unreadable) as e:
        read_bytes(bytes(data), ".docx")
    assert "Word" in str(e.value)
