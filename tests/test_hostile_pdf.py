"""Hostile PDFs and Word files against the readers (issue 27): a flate bomb, a page of millions of characters, a
page tree of thousands of pages, a file of a million objects, a .docx of 350 000 paragraphs. Each is generated
small in the test and read in a child process with an address-space and a CPU limit (tests/bounded.py); the
outcome is a Chinese refusal naming the limit, never a MemoryError or a stopped child."""
from __future__ import annotations

import struct
import zlib
from pathlib import Path

from tests.bounded import assert_within, bounded
from tests.test_hostile_readers import W, docx_with


def read(path: Path, cpu_seconds: float = 10, memory_mb: int = 1024) -> str:
    p = bounded("""
        try:
            read_path(sys.argv[1])
            print("OK")
        except Unreadable as e:
            print("REFUSED", e)
    """, str(path), setup="""
        from assistant.readers.document import Unreadable
        from assistant.readers.registry import read_path
    """, cpu_seconds=cpu_seconds, memory_mb=memory_mb)
    return assert_within(p, cpu_seconds).strip()


def flate_bomb(mb: int) -> bytes:
    """A zlib stream of `mb` MB of zeros, built from one compressed 16 MB unit repeated (in well under a second)."""
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    unit = c.compress(b"\0" * (16 << 20)) + c.flush(zlib.Z_FULL_FLUSH)
    zeros, adler = b"\0" * (16 << 20), 1
    for _ in range(mb // 16):
        adler = zlib.adler32(zeros, adler)
    return b"\x78\xda" + unit * (mb // 16) + b"\x03\x00" + struct.pack(">I", adler)


def pdf(objects: list[bytes]) -> bytes:
    """A PDF of these objects (1-based; 1 is the catalog) with a correct cross-reference table."""
    out, offsets = bytearray(b"%PDF-1.7\n"), []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def stream(data: bytes, attrs: bytes = b"/Filter /FlateDecode") -> bytes:
    return b"<< /Length %d %s >>\nstream\n" % (len(data), attrs) + data + b"\nendstream"


def one_page(content_stream: bytes) -> bytes:
    return pdf([b"<< /Type /Catalog /Pages 2 0 R >>",
                b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
                content_stream,
                b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"])


def test_a_flate_stream_expanding_to_2_gb_is_refused_in_bounded_memory(tmp_path):
    f = tmp_path / "bomb.pdf"
    f.write_bytes(one_page(stream(flate_bomb(2048))))
    assert f.stat().st_size < 3_000_000
    out = read(f, memory_mb=768)
    assert out.startswith("REFUSED") and "解压后超过" in out and "MB" in out


def test_a_double_flate_bomb_is_refused(tmp_path):
    """The outer layer is small; only the inner one expands."""
    f = tmp_path / "double.pdf"
    f.write_bytes(one_page(stream(zlib.compress(flate_bomb(1024), 1), b"/Filter [/FlateDecode /FlateDecode]")))
    out = read(f, memory_mb=768)
    assert out.startswith("REFUSED") and "解压后超过" in out


def test_many_streams_below_the_stream_limit_are_refused_by_the_file_total(tmp_path):
    forty = zlib.compress(b"\0" * (40 << 20), 1)
    fonts = b" ".join(b"/F%d %d 0 R" % (k, 5 + k) for k in range(8))
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << %s >> >> "
               b"/Contents [%s] >>" % (fonts, b" ".join(b"%d 0 R" % (13 + k) for k in range(8))),
               stream(zlib.compress(b"BT /F1 12 Tf 72 720 Td (x) Tj ET")),
               *[b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"] * 8,
               *[stream(forty)] * 8]
    f = tmp_path / "total.pdf"
    f.write_bytes(pdf(objects))
    out = read(f, cpu_seconds=15)
    assert out.startswith("REFUSED") and ("合计超过" in out or "内容流超过" in out)


def test_a_page_of_3_million_characters_is_refused_before_pdfplumber_lays_it_out(tmp_path):
    content = b"BT /F1 1 Tf 10 10 Td (" + b"a" * 3_000_000 + b") Tj ET"
    f = tmp_path / "chars.pdf"
    f.write_bytes(one_page(stream(zlib.compress(content, 9))))
    out = read(f, memory_mb=768)
    assert out.startswith("REFUSED") and "第 1 页内容过多" in out


def test_a_page_drawn_by_one_form_called_many_times_is_refused(tmp_path):
    """Amplification: a form of 5 000 characters drawn 100 times; every drawing counts."""
    form = stream(zlib.compress(b"BT /F1 1 Tf (" + b"a" * 5000 + b") Tj ET"),
                  b"/Filter /FlateDecode /Type /XObject /Subtype /Form /BBox [0 0 595 842] "
                  b"/Resources << /Font << /F1 5 0 R >> >>")
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
               b"/Resources << /Font << /F1 5 0 R >> /XObject << /X1 6 0 R >> >> /Contents 4 0 R >>",
               stream(zlib.compress(b"/X1 Do " * 100)),
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
               form]
    f = tmp_path / "forms.pdf"
    f.write_bytes(pdf(objects))
    out = read(f, memory_mb=768)
    assert out.startswith("REFUSED") and "内容过多" in out


def test_a_page_tree_of_5000_pages_is_refused_before_the_pages_are_built(tmp_path):
    n = 5000
    kids = b" ".join(b"%d 0 R" % (4 + k) for k in range(n))
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, n),
               stream(zlib.compress(b"BT /F1 12 Tf 72 720 Td (x) Tj ET")),
               *[b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 3 0 R >>"] * n]
    f = tmp_path / "pages.pdf"
    f.write_bytes(pdf(objects))
    out = read(f)
    assert out.startswith("REFUSED") and "页数过多" in out


def test_a_file_of_600_000_objects_is_refused(tmp_path):
    n = 600_000
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>", *[b"0"] * n]
    f = tmp_path / "objects.pdf"
    f.write_bytes(pdf(objects))
    assert f.stat().st_size < 30 * 2**20
    out = read(f, cpu_seconds=20)
    assert out.startswith("REFUSED") and "对象过多" in out


def test_350_000_paragraphs_in_a_50_kb_docx_are_refused(tmp_path):
    body = ("<w:document " + W + "><w:body>" + "<w:p><w:r><w:t>一</w:t></w:r></w:p>" * 350_000
            + "</w:body></w:document>").encode()
    f = tmp_path / "paragraphs.docx"
    f.write_bytes(docx_with(body))
    assert f.stat().st_size < 100_000
    out = read(f, cpu_seconds=3)
    assert out.startswith("REFUSED") and "段落" in out


def test_an_ordinary_flate_page_still_reads(tmp_path):
    """The limits leave a normal text page alone: what the page says is read."""
    content = b"BT /F1 12 Tf 72 720 Td (Annual report 2024) Tj ET"
    f = tmp_path / "plain.pdf"
    f.write_bytes(one_page(stream(zlib.compress(content))))
    from assistant.readers.pdf import read_pdf
    blocks = read_pdf(f.read_bytes())
    assert [b.text for b in blocks] == ["Annual report 2024"]
