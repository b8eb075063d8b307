"""Which reader reads a file: one dispatch table, as python-docx's part factory maps a content type to a part
class. Each format names its suffixes, its MIME types, the first bytes that give it away and its reader; a
file is read by its content first (a PDF or Word file renamed is still read as what it is), else by its name,
else by the MIME type a browser gave. The CLI, the pages and the batch workers all come here: no other module
decides by a file's suffix what it is.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path, PurePath
from typing import Callable

from .blocks import Block, Unreadable
from .document import check_text, decode, read_limited, read_text


def _pdf(data: bytes, suffix: str, base: Path | None) -> list[Block]:
    from .pdf import read_pdf
    return read_pdf(data)


def _image(data: bytes, suffix: str, base: Path | None) -> list[Block]:
    from .scan import read_image
    return read_image(data)


def _docx(data: bytes, suffix: str, base: Path | None) -> list[Block]:
    from .docx import read_docx
    return read_docx(data)


def _legacy(data: bytes, suffix: str, base: Path | None) -> list[Block]:
    from .pdf import read_legacy_word
    if suffix == ".wps":
        return read_legacy_word(data, suffix, "WPS")
    return read_legacy_word(data, ".doc")  # an OLE file by any other name is read as .doc


def _html(data: bytes, suffix: str, base: Path | None) -> list[Block]:
    from .html import read_html
    text = decode(data, html=True)
    check_text(text)
    return read_html(text, base)


def _markdown(data: bytes, suffix: str, base: Path | None) -> list[Block]:
    from .markdown import read_markdown
    text = decode(data)
    check_text(text)
    return read_markdown(text)


def _text(data: bytes, suffix: str, base: Path | None) -> list[Block]:
    text = decode(data)
    check_text(text)
    if re.search(r"<table[\s>]", text[:200000], re.I) and re.search(r"</t[dr]>", text, re.I):
        from .html import read_html  # an HTML page saved as .txt
        return read_html(text)
    return read_text(text)


def _pdf_head(data: bytes) -> bool:
    return data[:1024].lstrip().startswith(b"%PDF-")


def _picture(data: bytes) -> bool:
    from .scan import image_kind
    return image_kind(data) is not None


@dataclass(frozen=True)
class Format:
    kind: str
    suffixes: tuple[str, ...]   # the first is the one a file of this kind is given when it has none
    mimes: tuple[str, ...]
    read: Callable[[bytes, str, Path | None], list[Block]]
    magic: Callable[[bytes], bool] | None = None  # its content gives it away, whatever its name
    quick: bool = True  # read in process at once: no OCR, no LibreOffice


PDF = Format("pdf", (".pdf",), ("application/pdf",), _pdf, _pdf_head, quick=False)  # a scan is read by OCR
IMAGE = Format("image", (".png", ".jpg", ".jpeg"), ("image/png", "image/jpeg"), _image, _picture, quick=False)
DOCX = Format("docx", (".docx",), ("application/vnd.openxmlformats-officedocument.wordprocessingml.document",),
              _docx, lambda data: data.startswith(b"PK\x03\x04"))
LEGACY = Format("legacy", (".doc", ".wps"), ("application/msword", "application/vnd.ms-works", "application/kswps"),
                _legacy, lambda data: data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"), quick=False)  # OLE
HTML = Format("html", (".html", ".htm"), ("text/html",), _html)
MARKDOWN = Format("markdown", (".md", ".markdown"), ("text/markdown", "text/x-markdown"), _markdown)
TEXT = Format("text", (".txt",), ("text/plain",), _text)

# In this order the content is tried (the image before the zip: a picture is never a Word file), then the name.
FORMATS = (PDF, IMAGE, DOCX, LEGACY, HTML, MARKDOWN, TEXT)
SUFFIXES = tuple(s for f in (TEXT, MARKDOWN, HTML, DOCX, PDF, LEGACY, IMAGE) for s in f.suffixes)
UPLOAD_TYPES = [s[1:] for s in SUFFIXES]  # for file uploaders
TYPED_TEXT = TEXT.suffixes + MARKDOWN.suffixes  # text as typed (notes files), read as it is


def suffix_of(name: str | PurePath) -> str:
    """The suffix of a file name, lower case; a bare suffix (".docx") is its own."""
    base = PurePath(name).name
    return (base if base.startswith(".") and base.count(".") == 1 else PurePath(base).suffix).lower()


def is_report_file(name: str | PurePath) -> bool:
    """A name that says it is a report in a format the readers read (not a README, not a hidden file)."""
    p = PurePath(name)
    return suffix_of(p) in SUFFIXES and not p.name.upper().startswith("README") and not p.name.startswith(".")


def quick_to_read(name: str | PurePath) -> bool:
    """A report file whose name says it is read at once (no OCR, no LibreOffice): for pages that read many."""
    return is_report_file(name) and any(suffix_of(name) in f.suffixes for f in FORMATS if f.quick)


def format_of(data: bytes, name: str | PurePath = "", mime: str | None = None) -> Format:
    """The format of a file's bytes: by content, else by the suffix of `name`, else by `mime`, else text."""
    for f in FORMATS:
        if f.magic is not None and f.magic(data):
            return f
    suffix = suffix_of(name)
    by_name = next((f for f in FORMATS if suffix in f.suffixes), None)
    if by_name is not None:
        return by_name
    base_mime = (mime or "").split(";")[0].strip().lower()
    return next((f for f in FORMATS if base_mime in f.mimes), TEXT)


def read_bytes(data: bytes, name: str | PurePath = "", *, mime: str | None = None, max_bytes: int | None = None,
               base: Path | None = None) -> list[Block]:
    """A file's blocks. `name` is the file's name or just its suffix (".docx"); `base`: the file's folder,
    where a web page's pictures given by a relative path are looked up."""
    if max_bytes is not None and len(data) > max_bytes:
        raise Unreadable(f"文件过大（{len(data) / 1048576:.1f} MB），超过上限 {max_bytes / 1048576:.0f} MB")
    if not data.strip():
        raise Unreadable("文件为空，没有可读取的内容")
    return format_of(data, name, mime).read(data, suffix_of(name), base)


def read_path(path: str | Path, *, max_bytes: int | None = None) -> list[Block]:
    path = Path(path)
    return read_bytes(read_limited(path, max_bytes), path.name, max_bytes=max_bytes, base=path.parent)


def report_files(inputs) -> list[Path]:
    """The one folder walk (check, ingest, batch): files as given; a folder means every report file in it,
    recursively, in name order — never its README or hidden files, which are not reports."""
    out: list[Path] = []
    for p in map(Path, inputs):
        if p.is_dir():
            out.extend(sorted(f for f in p.rglob("*") if f.is_file() and is_report_file(f)))
        else:
            out.append(p)
    return out
