"""Reports as PDF (pdfplumber) and as old Word/WPS files (LibreOffice, when installed).

A PDF page gives its ruled tables as cells (pdfplumber finds them by their lines) and the rest as text
lines, in reading order; a table drawn without lines comes out as text lines of tokens, which the
parser's line stream reads by content. A page without a usable text layer (a scan) is rendered and read
by OCR (scan.py); text is always preferred where it exists.
"""
from __future__ import annotations

import io

from .blocks import Block, Paragraph, Table, Unreadable, clean

MIN_PAGE_CHARS = 20  # fewer characters than this on a page with a picture: a scanned page (a stamp, a page number)
CONVERT_TIMEOUT = 60  # seconds for LibreOffice to turn a .doc/.wps into .docx


def read_pdf(data: bytes) -> list[Block]:
    from .pdflimits import budget
    with budget():  # every stream decoded within the limits, the file's total too
        return _read_pdf(data)


def _read_pdf(data: bytes) -> list[Block]:
    try:
        import pdfplumber
        from pdfminer.pdfparser import PDFSyntaxError
    except ImportError:  # pragma: no cover - declared dependency
        raise Unreadable("缺少 PDF 读取组件（pdfplumber），无法读取 PDF 文件") from None
    from .pdflimits import check_document, check_page
    try:
        pdf = pdfplumber.open(io.BytesIO(data))
    except PDFSyntaxError as e:
        raise Unreadable("不是有效的 PDF 文件，可能已损坏或是其他格式改了扩展名") from e
    except Exception as e:  # pdfminer raises many kinds of errors on broken or encrypted files
        _reraise_limit(e)
        name = type(e).__name__
        if "Password" in name or "Encrypt" in name:
            raise Unreadable("PDF 文件已加密，无法读取") from e
        raise Unreadable("不是有效的 PDF 文件，可能已损坏或是其他格式改了扩展名") from e
    try:  # objects and pages, before pdfplumber builds a page (closing the PDF would build them all)
        check_document(pdf.doc)
    except Unreadable:
        raise
    except Exception as e:  # a broken page tree
        raise Unreadable("PDF 文件的页面结构损坏，无法读取") from e
    per_page: list[list[Block]] = []
    scanned: list[int] = []  # pages with no usable text layer but a picture: read by OCR
    with pdf:
        chars = 0
        for page in pdf.pages:
            try:
                check_page(page)  # what the page draws, counted before pdfplumber lays it out
                per_page.append(_page(page))
                if len(page.chars) < MIN_PAGE_CHARS and page.images:
                    scanned.append(page.page_number - 1)
            except Unreadable:
                raise
            except Exception as e:  # a broken page: say so rather than guess
                _reraise_limit(e)
                raise Unreadable(f"PDF 第 {page.page_number} 页无法读取（{type(e).__name__}）") from e
            chars += len(page.chars)
    if chars == 0:
        scanned = list(range(len(per_page)))
    if scanned:
        from .scan import read_scanned_pdf
        for i, page_blocks in read_scanned_pdf(data, scanned).items():
            per_page[i] = page_blocks
    blocks = [b for page_blocks in per_page for b in page_blocks]
    if not blocks:
        raise Unreadable("PDF 中没有文字层，扫描图像中也没有识别出文字；请提供文字版 PDF 或 Word 文件")
    return blocks


def _reraise_limit(e: Exception) -> None:
    """A limit reached inside pdfminer comes out wrapped in pdfplumber's own error: its message is the one to give."""
    inner = e.__cause__ or e.__context__
    if isinstance(inner, Unreadable):
        raise inner from None


def _page(page) -> list[Block]:
    tables = page.find_tables()
    boxes = [t.bbox for t in tables]

    def outside(obj) -> bool:
        if obj.get("object_type") != "char":
            return True
        x, y = (obj["x0"] + obj["x1"]) / 2, (obj["top"] + obj["bottom"]) / 2
        return not any(x0 <= x <= x1 and top <= y <= bottom for x0, top, x1, bottom in boxes)

    items: list[tuple[float, Block]] = []
    text_page = page.filter(outside) if boxes else page
    for line in text_page.extract_text_lines(return_chars=False):
        text = clean(line["text"])
        if text:
            items.append((line["top"], Paragraph(text)))
    for t in tables:
        rows = [[clean((c or "").replace("\n", "")) for c in row] for row in t.extract()]
        rows = [r for r in rows if any(r)]
        if rows:
            items.append((t.bbox[1], Table(rows)))
    items.sort(key=lambda it: it[0])
    return [b for _, b in items]


def read_legacy_word(data: bytes, suffix: str, kind: str = "Word 97-2003 (.doc)") -> list[Block]:
    """.doc / .wps through LibreOffice in its sandbox (office.py), then as .docx; `kind` names the format in
    the messages."""
    from .office import OfficeFailed, OfficeMissing, convert
    try:
        converted = convert(data, suffix, "docx:MS Word 2007 XML", CONVERT_TIMEOUT)  # a web page saved as .doc too
    except TimeoutError:
        raise Unreadable(f"{kind} 文件转换超时（{CONVERT_TIMEOUT} 秒），请另存为 .docx 后再上传") from None
    except OfficeMissing:
        raise Unreadable(f"无法读取 {kind} 文件：本机未安装 LibreOffice；请在 Word/WPS 中另存为 .docx 后再上传") from None
    except OfficeFailed:
        raise Unreadable(f"{kind} 文件无法转换，可能已损坏或已加密；请另存为 .docx 后再上传") from None
    from .docx import read_docx
    return read_docx(converted)
