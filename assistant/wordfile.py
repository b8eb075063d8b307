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
    # Keep the <w:tc> elements themselves: lxml makes a new proxy on each access, so id() of one that
    # was dropped can come back for a different cell.
    seen: set = set()
    rows = []
    for row in table.rows:
        cells, in_row = [], []
        for cell in row.cells:
            tc = cell._tc
            if any(tc is x for x in in_row):
                continue
            in_row.append(tc)
            cells.append("" if tc in seen else clean("\n".join(p.text for p in cell.paragraphs).replace("\n", "")))
        seen.update(in_row)
        rows.append(cells)
    return rows
