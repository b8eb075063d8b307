"""A report file as a sequence of blocks: paragraphs and tables of cell texts.

Every input format (Word text dump, plain/PDF text, markdown, HTML, .docx) is read into this one
form; `parse.py` then finds the sections and the statutory tables in it by structure.
"""
from __future__ import annotations

import codecs
import re
import stat
from pathlib import Path

from .blocks import Block, Paragraph, Table, Unreadable, clean

SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".docx", ".pdf", ".doc", ".wps", ".png", ".jpg", ".jpeg")
UPLOAD_TYPES = [s[1:] for s in SUFFIXES]  # for file uploaders


def report_files(inputs) -> list[Path]:
    """The one folder walk (check, ingest, batch): files as given; a folder means every report file in it,
    recursively, in name order — never its README or hidden files, which are not reports."""
    out: list[Path] = []
    for p in map(Path, inputs):
        if p.is_dir():
            out.extend(sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUFFIXES
                              and not f.name.upper().startswith("README") and not f.name.startswith(".")))
        else:
            out.append(p)
    return out


_CJK_20 = re.compile(r"(?:[^\u4e00-\u9fff]*[\u4e00-\u9fff]){20}")  # at least 20 Chinese characters, stops there
_COMMON = re.compile(r"政府|信息|公开|报告|申请")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


# --- Decoding -----------------------------------------------------------------------------

_META_CHARSET = re.compile(rb"""charset\s*=\s*["']?([A-Za-z0-9_\-]+)""", re.I)


def decode(data: bytes, *, html: bool = False) -> str:
    """Decode bytes as UTF-8 / UTF-16 / GB18030 (a superset of GBK and GB2312)."""
    for bom, enc in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                     (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(enc)
            except UnicodeDecodeError:
                break
    candidates = ["utf-8", "gb18030"]
    if html:
        m = _META_CHARSET.search(data[:4096])
        if m:
            declared = m.group(1).decode("ascii").lower()
            declared = "gb18030" if declared in {"gbk", "gb2312", "gb18030", "x-gbk"} else declared
            # A declared charset is trusted only when the bytes decode cleanly with it and read as Chinese:
            # pages lie (utf-16, latin-1, cp037 on a UTF-8 page).
            try:
                text = data.decode(declared)
                if _CJK_20.match(text, 0, 20000) and _COMMON.search(text, 0, 20000):
                    return text
            except (UnicodeDecodeError, LookupError):
                pass
    for enc in candidates:
        try:
            return data.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
    raise Unreadable("无法识别文件编码（不是 UTF-8 或 GBK/GB18030 编码的文本）")


def _check_text(text: str) -> None:
    if not text.strip():
        raise Unreadable("文件为空，没有可读取的内容")
    sample = text[:20000]
    if sample.count("\x00") or len(_CONTROL.findall(sample)) > len(sample) * 0.01:
        raise Unreadable("文件内容是二进制数据，不是文本格式的年度报告")
    if not _CJK_20.match(sample):
        raise Unreadable("文件中几乎没有中文内容：编码可能有误，或这不是政府信息公开工作年度报告")
    if not _COMMON.search(sample):
        # Text in another encoding (Big5, UTF-16 without BOM …) decodes into CJK noise without the
        # words every report has.
        raise Unreadable("文件内容无法识别：可能不是 UTF-8/GBK 编码（如 Big5），或不是政府信息公开工作年度报告")


# --- Plain text and Word text dumps ---------------------------------------------------------

def _is_cell(line: str) -> bool:
    # A Word text dump puts one cell per line after one tab; a line with more tabs is a row of a tab grid.
    return line.startswith("\t") and "\t" not in line[1:].rstrip("\t")


_CELL_LINE = re.compile(r"^(?:(.*?\S)\s+\||\|{2,})$")


def _cell_lines(lines: list[str]) -> list[Block] | None:
    """A CMS page's text extraction: every paragraph and table cell on its own line followed by " |", an
    empty span as "|||". Most lines look like that, or it is not this layout."""
    if sum(x.rstrip().endswith("|") for x in lines) < 10:
        return None  # cheap refusal first: this runs on every text file
    nonblank = [s for s in (clean(x) for x in lines) if s]
    marked = [_CELL_LINE.match(s) for s in nonblank]
    if len(nonblank) < 10 or sum(m is not None for m in marked) < 0.6 * len(nonblank):
        return None
    return [Paragraph(m.group(1) or "", cell=True) if m else Paragraph(s) for s, m in zip(nonblank, marked)]


def read_text(text: str) -> list[Block]:
    """Read a Word text dump (one table cell per tab-prefixed line, rows separated by blank lines)
    or plain text (one paragraph per line; PDF tables come out as lines of tokens)."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if (cells := _cell_lines(lines)) is not None:
        return cells
    from .delimited import read_csv
    if (rows := read_csv(lines)) is not None:
        return rows
    from .ruled import with_ruled_tables
    if (ruled := with_ruled_tables(lines, _read_lines)) is not None:
        return ruled
    return _read_lines(lines)


def _read_lines(lines: list[str]) -> list[Block]:
    blocks: list[Block] = []
    table: Table | None = None
    row: list[str] | None = None
    n = len(lines)

    def next_nonblank(i: int) -> str | None:
        for j in range(i, min(n, i + 3)):
            if lines[j].strip():
                return lines[j]
        return None

    def close_table():
        nonlocal table, row
        if row:
            table.rows.append(row)
        if table is not None and table.rows:
            blocks.append(table)
        table, row = None, None

    prev_cell = False
    for i, line in enumerate(lines):
        if _is_cell(line):
            if table is None:
                table, row = Table(), []
            if row is None:
                row = []
            row.append(clean(line))
            prev_cell = True
            continue
        stripped = clean(line)
        if not stripped:
            if table is not None and row:
                table.rows.append(row)
                row = None
            prev_cell = False
            continue
        if table is not None and prev_cell and row:
            nxt = next_nonblank(i + 1)
            # A cell whose text ran over several lines: the continuation has no leading tab.
            if nxt is not None and _is_cell(nxt) and len(stripped) <= 40:
                row[-1] = row[-1] + stripped
                continue
        close_table()
        blocks.append(Paragraph(stripped))
        prev_cell = False
    close_table()
    return blocks


# --- Dispatch -------------------------------------------------------------------------------

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def sniff(data: bytes, suffix: str) -> str:
    """The format by content first (a PDF or Word file renamed is still read as what it is), else by suffix:
    pdf | docx | legacy (.doc/.wps) | image | text."""
    head = data[:1024].lstrip()
    if head.startswith(b"%PDF-"):
        return "pdf"
    from .scan import IMAGE_SUFFIXES, image_kind
    if image_kind(data) or suffix in IMAGE_SUFFIXES:
        return "image"
    if data.startswith(b"PK\x03\x04"):
        return "docx"
    if data.startswith(_OLE):
        return "legacy"
    if suffix == ".pdf":
        return "pdf"
    if suffix == ".docx":
        return "docx"
    if suffix in (".doc", ".wps"):
        return "legacy"
    return "text"


def read_bytes(data: bytes, suffix: str, *, max_bytes: int | None = None, base: Path | None = None) -> list[Block]:
    """`base`: the file's folder, where a web page's pictures given by a relative path are looked up."""
    suffix = suffix.lower()
    if max_bytes is not None and len(data) > max_bytes:
        raise Unreadable(f"文件过大（{len(data) / 1048576:.1f} MB），超过上限 {max_bytes / 1048576:.0f} MB")
    if not data.strip():
        raise Unreadable("文件为空，没有可读取的内容")
    kind = sniff(data, suffix)
    if kind == "pdf":
        from .pdf import read_pdf
        return read_pdf(data)
    if kind == "image":
        from .scan import read_image
        return read_image(data)
    if kind == "legacy":
        from .pdf import read_legacy_word
        return read_legacy_word(data, suffix if suffix in (".doc", ".wps") else ".doc")
    if kind == "docx":
        from .docx import read_docx
        return read_docx(data)
    if suffix in (".html", ".htm"):
        from .html import read_html
        text = decode(data, html=True)
        _check_text(text)
        return read_html(text, base)
    text = decode(data)
    _check_text(text)
    if suffix in (".md", ".markdown"):
        from .markdown import read_markdown
        return read_markdown(text)
    if re.search(r"<table[\s>]", text[:200000], re.I) and re.search(r"</t[dr]>", text, re.I):
        from .html import read_html  # an HTML page saved as .txt
        return read_html(text)
    return read_text(text)


def read_limited(path: str | Path, max_bytes: int | None = None) -> bytes:
    """A regular file's bytes, at most `max_bytes` (a device, a FIFO or a directory is refused before it is
    opened, so /dev/zero and a pipe neither fill the memory nor hang)."""
    path = Path(path)
    if not path.exists():
        raise Unreadable(f"找不到文件：{path}")
    if path.is_dir():
        raise Unreadable(f"这是一个目录，不是文件：{path}")
    try:
        st = path.stat()  # follows a symlink: what counts is what it points to
        if not stat.S_ISREG(st.st_mode):
            raise Unreadable(f"不是普通文件（设备、管道或指向它们的链接），拒绝读取：{path.name}")
        if max_bytes is not None and st.st_size > max_bytes:
            raise Unreadable(f"文件过大（{_size(st.st_size)}），超过上限 {_size(max_bytes)}")
        with open(path, "rb") as f:
            data = f.read() if max_bytes is None else f.read(max_bytes + 1)  # it may have grown since
    except OSError as e:
        raise Unreadable(f"无法读取文件：{e.strerror or e}") from None
    if max_bytes is not None and len(data) > max_bytes:
        raise Unreadable(f"文件过大，超过上限 {_size(max_bytes)}")
    return data


def _size(n: int) -> str:
    return f"{n / 1048576:.1f} MB" if n >= 1048576 else f"{n / 1024:.0f} KB"


def read_path(path: str | Path, *, max_bytes: int | None = None) -> list[Block]:
    path = Path(path)
    data = read_limited(path, max_bytes)
    return read_bytes(data, path.suffix or ".txt", max_bytes=max_bytes, base=path.parent)
