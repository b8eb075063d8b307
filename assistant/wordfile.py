"""Reports as .docx files: paragraphs and tables in body order, merged cells read once."""
from __future__ import annotations

import io
import zipfile

from .document import Block, Paragraph, Table, Unreadable, clean


def read_docx(data: bytes) -> list[Block]:
    try:
        import docx
        from docx.table import Table as DocxTable
        from docx.text.paragraph import Paragraph as DocxParagraph
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as e:
        raise Unreadable("不是有效的 Word (.docx) 文件，可能已损坏或是其他格式改了扩展名") from e
    except Exception as e:  # python-docx raises a variety of errors on malformed packages
        raise Unreadable(f"无法打开 Word 文件：{type(e).__name__}") from e

    blocks: list[Block] = []

    def visit(parent):
        for child in parent.iterchildren():
            tag = child.tag.rsplit("}", 1)[-1]
            if tag == "p":
                text = clean(DocxParagraph(child, document).text)
                if text:
                    blocks.append(Paragraph(text))
            elif tag == "tbl":
                blocks.append(Table(_rows(DocxTable(child, document))))
            elif tag in ("sdt", "sdtContent", "customXml"):
                visit(child)

    visit(document.element.body)
    return blocks


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _cell_text(tc) -> str:
    parts = []
    for node in tc.iter(f"{_W}t", f"{_W}tab", f"{_W}br", f"{_W}p"):
        if node.tag == f"{_W}t":
            parts.append(node.text or "")
        elif node.tag == f"{_W}tab":
            parts.append(" ")
    return clean("".join(parts))


def _rows(table) -> list[list[str]]:
    """Rows read from the table XML: a horizontally merged cell (gridSpan) once, the continuation of a
    vertical merge (vMerge) as an empty cell, as Word's own text export does. Reading w:tc directly
    avoids python-docx rebuilding the whole grid for every row."""
    rows = []
    for tr in table._tbl.iterchildren(f"{_W}tr"):
        cells = []
        for tc in tr.iterchildren(f"{_W}tc"):
            tcpr = tc.find(f"{_W}tcPr")
            vmerge = tcpr.find(f"{_W}vMerge") if tcpr is not None else None
            if vmerge is not None and vmerge.get(f"{_W}val", "continue") == "continue":
                cells.append("")
            else:
                cells.append(_cell_text(tc))
        rows.append(cells)
    return rows
