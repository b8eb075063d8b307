"""Reports as .docx files: paragraphs and tables in body order, merged cells read once.

Only the one part a report needs (word/document.xml) is decompressed, and never more than
MAX_PART_BYTES of it, whatever the zip directory claims. Pictures (word/media) are read only when the text
has no statistical table — the tables were pasted as pictures — and then by OCR (scan.py), each within
MAX_PICTURE_BYTES.
"""
from __future__ import annotations

import io
import re
import zipfile
import zlib

from lxml import etree

from .blocks import Block, Paragraph, Table, Unreadable, clean

MAX_PART_BYTES = 16 * 1024 * 1024    # uncompressed word/document.xml (a long report is a few MB)
MAX_TABLE_CELLS = 200_000            # cells over all tables of a document
MAX_PARAGRAPHS = 30_000              # paragraphs of a document (a long report has ~2 000)
MAX_PICTURE_BYTES = 20 * 1024 * 1024  # one embedded picture, as stored
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_BLIP = "{http://schemas.openxmlformats.org/drawingml/2006/main}blip"
_VML_IMAGE = "{urn:schemas-microsoft-com:vml}imagedata"
_RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
                          remove_comments=True, remove_pis=True)


def _document_xml(data: bytes) -> bytes:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            names = z.namelist()
            name = "word/document.xml"
            if name not in names:
                # Some writers use another name; [Content_Types].xml would say, but the main part is the one
                # that has "document" in its name under word/.
                name = next((n for n in names if n.startswith("word/") and n.endswith(".xml") and "document" in n), None)
                if name is None:
                    raise Unreadable("不是有效的 Word (.docx) 文件，可能已损坏或是其他格式改了扩展名")
            info = z.getinfo(name)
            limit = MAX_PART_BYTES // 1048576
            if info.file_size > MAX_PART_BYTES:
                raise Unreadable(f"Word 文件正文解压后超过 {limit} MB 上限，无法读取")
            with z.open(info) as f:
                xml = f.read(MAX_PART_BYTES + 1)
            if len(xml) > MAX_PART_BYTES:
                raise Unreadable(f"Word 文件正文解压后超过 {limit} MB 上限，无法读取")
            return xml
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, EOFError, KeyError, ValueError, OSError,
            zlib.error) as e:  # zlib.error: a corrupt deflate stream (found by the fuzzer)
        raise Unreadable("不是有效的 Word (.docx) 文件，可能已损坏或是其他格式改了扩展名") from e
    except RuntimeError as e:  # encrypted members
        raise Unreadable("Word 文件已加密，无法读取") from e


def _text(node) -> str:
    parts = []
    for el in node.iter(f"{_W}t", f"{_W}tab", f"{_W}br", f"{_W}cr"):
        if el.tag == f"{_W}t":
            parts.append(el.text or "")
        elif el.tag == f"{_W}tab":
            parts.append("\t")
        else:
            parts.append("\n")
    return "".join(parts)


def _cell_text(tc) -> str:
    parts = []
    for node in tc.iter(f"{_W}t", f"{_W}tab"):
        parts.append(node.text or "" if node.tag == f"{_W}t" else " ")
    return clean("".join(parts))


_PARAGRAPH_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?p[\s/>]")


def _too_many_paragraphs() -> Unreadable:
    return Unreadable(f"Word 文件中的段落过多（超过 {MAX_PARAGRAPHS} 段），不像是年度报告")


def read_docx(data: bytes) -> list[Block]:
    xml = _document_xml(data)
    # Counted in the bytes first: a 50 KB file can hold 350 000 paragraphs, which lxml would build in a second.
    if sum(1 for _ in zip(range(MAX_PARAGRAPHS + 1), _PARAGRAPH_TAG.finditer(xml))) > MAX_PARAGRAPHS:
        raise _too_many_paragraphs()
    try:
        root = etree.fromstring(xml, _PARSER)
    except etree.XMLSyntaxError as e:
        raise Unreadable("Word 文件内容损坏，无法读取") from e
    body = root.find(f"{_W}body")
    if body is None:
        raise Unreadable("Word 文件中没有正文")
    blocks: list[Block] = []
    pictures: list[tuple[int, str]] = []  # (where in the blocks, relationship id)
    budget = [MAX_TABLE_CELLS]
    paragraphs = 0
    stack = [iter(body)]
    while stack:
        child = next(stack[-1], None)
        if child is None:
            stack.pop()
            continue
        tag = child.tag.rsplit("}", 1)[-1] if isinstance(child.tag, str) else ""
        if tag == "p":
            paragraphs += 1
            if paragraphs > MAX_PARAGRAPHS:
                raise _too_many_paragraphs()
            text = clean(_text(child))
            if text:
                blocks.append(Paragraph(text))
            pictures += [(len(blocks), rid) for el in child.iter(_BLIP, _VML_IMAGE)
                         if (rid := el.get(f"{_R}embed") or el.get(f"{_R}id"))]
        elif tag == "tbl":
            blocks.append(Table(_rows(child, budget)))
        elif tag in ("sdt", "sdtContent", "customXml") and len(stack) < 50:
            stack.append(iter(child))
    from .scan import needs_ocr
    if pictures and needs_ocr(blocks):
        return _with_pictures_read(data, blocks, pictures)
    return blocks


def _with_pictures_read(data: bytes, blocks: list[Block], pictures: list[tuple[int, str]]) -> list[Block]:
    """The blocks with each embedded picture's OCR in its place."""
    from .scan import MAX_PAGES, Budget, image_kind, picture_blocks
    if len(pictures) > MAX_PAGES:
        pictures = pictures[:MAX_PAGES]
    budget = Budget()
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            rels = etree.fromstring(z.read("word/_rels/document.xml.rels"), _PARSER)
            targets = {r.get("Id"): r.get("Target", "") for r in rels.iter(_RELS)}
            images = {}
            for _, rid in pictures:
                target = targets.get(rid, "")
                name = "word/" + target.lstrip("/") if not target.startswith("/") else target.lstrip("/")
                if name in z.namelist() and z.getinfo(name).file_size <= MAX_PICTURE_BYTES:
                    images[rid] = z.read(name)
    except (zipfile.BadZipFile, KeyError, OSError, zlib.error, etree.XMLSyntaxError, RuntimeError):
        return blocks
    out, at = [], 0
    for k, (pos, rid) in enumerate(pictures):
        out += blocks[at:pos]
        at = pos
        picture = images.get(rid)
        if picture and image_kind(picture):
            budget.check(k, len(pictures))
            out += picture_blocks(picture, k + 1, "Word 文件中的图片", len(pictures))
    return out + blocks[at:]


def _rows(tbl, budget: list[int]) -> list[list[str]]:
    """Rows read from the table XML: a horizontally merged cell (gridSpan) once, the continuation of a
    vertical merge (vMerge) as an empty cell, as Word's own text export does."""
    rows = []
    for tr in tbl.iterchildren(f"{_W}tr"):
        cells = []
        for tc in tr.iterchildren(f"{_W}tc"):
            budget[0] -= 1
            if budget[0] < 0:
                raise Unreadable(f"Word 文件中的表格过大（超过 {MAX_TABLE_CELLS} 个单元格），不像是年度报告的统计表")
            tcpr = tc.find(f"{_W}tcPr")
            vmerge = tcpr.find(f"{_W}vMerge") if tcpr is not None else None
            if vmerge is not None and vmerge.get(f"{_W}val", "continue") == "continue":
                cells.append("")
            else:
                cells.append(_cell_text(tc))
        rows.append(cells)
    return rows
