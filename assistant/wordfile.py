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


def _rows(table) -> list[list[str]]:
    # python-docx repeats a merged cell in every grid position it covers: keep the first one, and
    # show the continuation of a vertical merge as an empty cell, as Word's own text export does.
    seen: set[int] = set()
    rows = []
    for row in table.rows:
        cells, in_row = [], set()
        for cell in row.cells:
            key = id(cell._tc)
            if key in in_row:
                continue
            in_row.add(key)
            cells.append("" if key in seen else clean("".join(p.text for p in cell.paragraphs)))
        seen |= in_row
        rows.append(cells)
    return rows
