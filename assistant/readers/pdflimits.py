"""Limits on a PDF checked before pdfplumber builds its objects: streams decoded, objects, pages, and what
each page draws.

pdfminer decodes a stream whole (a 30 KB flate stream can expand to 2 GB) and pdfplumber keeps about 1 KB per
character of a page, so neither may meet a hostile file unchecked. Every stream pdfminer decodes — content,
fonts, object and cross-reference streams, encrypted or not — is first inflated here without keeping the
output, against a per-stream and a per-file limit; each page is first interpreted by a device that only counts
what it draws. A file past a limit is refused with a Chinese message naming it.
"""
from __future__ import annotations

import contextvars
import zlib
from contextlib import contextmanager

from .blocks import Unreadable

MAX_PAGES = 300
MAX_OBJECTS = 500_000                    # indirect objects in the cross-reference tables (a report has < 20 000)
MAX_STREAM_BYTES = 64 * 1024 * 1024      # one stream decoded (an embedded full CJK font is ~20 MB)
MAX_DECODED_BYTES = 256 * 1024 * 1024    # all the streams of one file decoded
MAX_PAGE_CONTENT_BYTES = 8 * 1024 * 1024  # one page's content streams decoded (a dense table page: < 1 MB)
MAX_PAGE_CHARS = 100_000                 # characters on one page (a dense A4 page has < 5 000)
MAX_PAGE_OBJECTS = 300_000               # characters, path segments and images drawn on one page
_CORRUPT_TAIL = 4 * 1024 * 1024          # a corrupt flate stream pdfminer would re-read byte by byte

_budget: contextvars.ContextVar[list[int] | None] = contextvars.ContextVar("pdf_decoded_budget", default=None)


def _mb(n: int) -> str:
    return f"{n // 1048576} MB"


def _inflate(data: bytes, limit: int, keep: bool) -> tuple[int, bytes, bool]:
    """(decoded size, the output when `keep`, whether the stream was corrupt), never more than `limit` bytes
    out: past it Unreadable."""
    d = zlib.decompressobj()
    size, parts, corrupt, buf = 0, [], False, data
    try:
        while buf:
            piece = d.decompress(buf, 1 << 20)
            size += len(piece)
            if size > limit:
                raise Unreadable(f"PDF 中的一个数据流解压后超过 {_mb(limit)} 上限（压缩炸弹或异常文件），无法读取")
            if keep:
                parts.append(piece)
            buf = d.unconsumed_tail
            if d.eof:
                break
        if not d.eof:
            tail = d.flush()
            size += len(tail)
            if keep:
                parts.append(tail)
    except zlib.error:
        corrupt = True
    return size, b"".join(parts), corrupt


def decoded_size(stream, limit: int = MAX_STREAM_BYTES) -> int:
    """The size of a pdfminer stream once decoded, found with bounded memory; Unreadable past `limit`."""
    from pdfminer.pdftypes import (LITERALS_ASCII85_DECODE, LITERALS_ASCIIHEX_DECODE, LITERALS_FLATE_DECODE,
                                   LITERALS_LZW_DECODE, LITERALS_RUNLENGTH_DECODE)
    data = stream.rawdata
    if stream.decipher:
        data = stream.decipher(stream.objid, stream.genno, data, stream.attrs)
    filters = stream.get_filters()
    for k, (f, _params) in enumerate(filters):
        more = k + 1 < len(filters)
        if f in LITERALS_FLATE_DECODE:
            size, out, corrupt = _inflate(data, limit, more)
            if corrupt and size > _CORRUPT_TAIL:
                raise Unreadable("PDF 中的压缩数据已损坏，无法读取；请重新导出 PDF 或提供 Word 文件")
            if not more:
                return size
            data = out
        elif f in LITERALS_LZW_DECODE or f in LITERALS_RUNLENGTH_DECODE:
            # LZW expands at most ~1400 times (a code's string grows by one byte per code), run-length 64 times.
            ratio = 1400 if f in LITERALS_LZW_DECODE else 64
            if len(data) * ratio > limit:
                raise Unreadable(f"PDF 中的一个数据流可能解压到 {_mb(limit)} 以上，无法读取")
            from pdfminer.lzw import lzwdecode
            from pdfminer.runlength import rldecode
            data = lzwdecode(data) if f in LITERALS_LZW_DECODE else rldecode(data)
        elif f in LITERALS_ASCII85_DECODE or f in LITERALS_ASCIIHEX_DECODE:
            from pdfminer.ascii85 import ascii85decode, asciihexdecode
            data = ascii85decode(data) if f in LITERALS_ASCII85_DECODE else asciihexdecode(data)
        else:
            break  # pictures (DCT, JPX, JBIG2, CCITT): pdfminer passes them through
    if len(data) > limit:
        raise Unreadable(f"PDF 中的一个数据流解压后超过 {_mb(limit)} 上限，无法读取")
    return len(data)


_installed = False


def install() -> None:
    """Make pdfminer check every stream before decoding it (once per process)."""
    global _installed
    if _installed:
        return
    from pdfminer.pdftypes import PDFStream
    original = PDFStream.decode

    def decode(self) -> None:
        if self.rawdata is not None:
            size = decoded_size(self)
            left = _budget.get()
            if left is not None:
                left[0] -= size
                if left[0] < 0:
                    raise Unreadable(f"PDF 中的数据流解压后合计超过 {_mb(MAX_DECODED_BYTES)} 上限，无法读取")
        original(self)

    PDFStream.decode = decode
    _installed = True


@contextmanager
def budget():
    """The per-file total of decoded bytes, for one reading of one file."""
    install()
    token = _budget.set([MAX_DECODED_BYTES])
    try:
        yield
    finally:
        _budget.reset(token)


def check_document(doc) -> None:
    """Objects and pages of a pdfminer document, counted without building the pages."""
    objects = 0
    for xref in doc.xrefs:
        ranges = getattr(xref, "ranges", None)
        objects += sum(n for _, n in ranges) if ranges is not None else len(getattr(xref, "offsets", ()))
    if objects > MAX_OBJECTS:
        raise Unreadable(f"PDF 文件中的对象过多（{objects} 个，上限 {MAX_OBJECTS} 个），不像是年度报告")
    pages = _pages(doc)
    if pages > MAX_PAGES:
        from pdfminer.pdftypes import resolve1
        claimed = resolve1((resolve1(doc.catalog.get("Pages")) or {}).get("Count"))  # what the file says, to show
        shown = f"{claimed} 页" if isinstance(claimed, int) and claimed > MAX_PAGES else f"超过 {MAX_PAGES} 页"
        raise Unreadable(f"PDF 文件页数过多（{shown}，上限 {MAX_PAGES} 页），不像是年度报告")
    if pages == 0 and objects > _FALLBACK_OBJECTS:
        # pdfminer would look for pages among all the objects, parsing each (~0.25 ms apiece)
        raise Unreadable("PDF 文件的页面目录缺失或损坏，无法读取")


_FALLBACK_OBJECTS = 20_000


def _pages(doc) -> int:
    """The pages of the page tree as pdfminer walks it (a node with Kids is a branch, any other a page), counted
    up to one past the limit; cycles and repeated nodes are counted once."""
    from pdfminer.pdftypes import PDFObjRef, resolve1
    todo, seen, n = [doc.catalog.get("Pages")], set(), 0
    while todo and n <= MAX_PAGES:
        ref = todo.pop()
        key = ref.objid if isinstance(ref, PDFObjRef) else id(ref)
        if key in seen:
            continue
        seen.add(key)
        node = resolve1(ref)
        if not isinstance(node, dict):
            continue
        if "Kids" in node:
            kids = resolve1(node["Kids"])
            if isinstance(kids, list):
                todo.extend(reversed(kids))
        else:
            n += 1
    return n


def _draws_forms(page_obj) -> bool:
    """Whether the page can draw a form XObject (content of its own, drawn as often as the page says)."""
    from pdfminer.pdftypes import PDFStream, resolve1
    xobjects = resolve1((resolve1(page_obj.resources) or {}).get("XObject")) or {}
    if not isinstance(xobjects, dict):
        return False
    for ref in xobjects.values():
        x = resolve1(ref)
        if isinstance(x, PDFStream) and getattr(x.get("Subtype"), "name", None) == "Form":
            return True
    return False


class _TooMuch(Exception):
    pass


def check_page(page) -> None:
    """What a pdfplumber page draws, counted by a device that keeps nothing, before pdfplumber lays it out."""
    from pdfminer.pdfdevice import PDFDevice
    from pdfminer.pdfinterp import PDFPageInterpreter

    class Census(PDFDevice):
        chars = objects = 0

        def _count(self, chars: int, objects: int) -> None:
            self.chars += chars
            self.objects += objects
            if self.chars > MAX_PAGE_CHARS or self.objects > MAX_PAGE_OBJECTS:
                raise _TooMuch

        def render_string(self, textstate, seq, ncs, graphicstate) -> None:
            font = textstate.font
            n = sum(len(tuple(font.decode(s))) if font is not None else len(s) for s in seq if isinstance(s, bytes))
            self._count(n, n)

        def paint_path(self, graphicstate, stroke, fill, evenodd, path) -> None:
            self._count(0, len(path))

        def render_image(self, name, stream) -> None:
            self._count(0, 1)

    from pdfminer.pdftypes import resolve1, stream_value
    contents = resolve1(page.page_obj.attrs.get("Contents")) or []
    size = sum(len(stream_value(s).get_data()) for s in (contents if isinstance(contents, list) else [contents]))
    if size > MAX_PAGE_CONTENT_BYTES:
        raise Unreadable(f"PDF 第 {page.page_number} 页的内容流超过 {_mb(MAX_PAGE_CONTENT_BYTES)} 上限，"
                         "不像是年度报告的页面")
    if size <= MAX_PAGE_CHARS and not _draws_forms(page.page_obj):
        return  # every character costs a byte of content, every path segment two: this page is within the limits
    census = Census(page.pdf.rsrcmgr)
    try:
        PDFPageInterpreter(page.pdf.rsrcmgr, census).process_page(page.page_obj)
    except _TooMuch:
        raise Unreadable(f"PDF 第 {page.page_number} 页内容过多（超过 {MAX_PAGE_CHARS} 个字符或 {MAX_PAGE_OBJECTS} "
                         "个图形），不像是年度报告的页面") from None
