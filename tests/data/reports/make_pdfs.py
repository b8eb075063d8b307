#!/usr/bin/env python3
"""Render three of the Word-dump reports in this folder as real PDF files with ruled tables.

    python make_pdfs.py OUT_DIR

Needs reportlab (pip install reportlab). The CJK font is reportlab's built-in CID font STSong-Light,
so no font file is needed. The PDFs are generated in tests, not committed; their gold files are
gold/<name>.pdf.json (same cells as the .txt they are made from).

The Word dump format: a line starting with a tab is a table cell, a line without a tab right after a
cell continues that cell (a line break inside the cell), a blank line ends a table row, and any other
line is a paragraph. Merged cells are not marked in the dump, so the three statutory tables get the
official merges back from their known layout (see _spans_*).
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

HERE = Path(__file__).resolve().parent
REPORTS = ["24_word_town.txt", "25_word_city_gov.txt", "17_y2019_word_county_bureau.txt"]
FONT = "STSong-Light"


def read_dump(text: str) -> list:
    """[('p', text) | ('table', rows)] from a Word text dump."""
    blocks: list = []
    rows: list[list[str]] | None = None
    row: list[str] | None = None
    lines = text.replace("\r\n", "\n").split("\n")
    for i, line in enumerate(lines):
        if line.startswith("\t"):
            if rows is None:
                rows = []
            if row is None:
                row = []
            row.append(line[1:].strip())
            continue
        if not line.strip():
            if row is not None:
                rows.append(row)
                row = None
            continue
        nxt = next((l for l in lines[i + 1:i + 3] if l.strip()), "")
        if row is not None and nxt.startswith("\t") and len(line.strip()) <= 40:
            row[-1] += "\n" + line.strip()  # a line break inside a cell
            continue
        if rows is not None:
            if row is not None:
                rows.append(row)
            blocks.append(("table", rows))
            rows, row = None, None
        blocks.append(("p", line.replace("[bookmark: _GoBack]", "").strip()))
    if rows is not None:
        if row is not None:
            rows.append(row)
        blocks.append(("table", rows))
    return blocks


def _is_value(s: str) -> bool:
    return bool(re.fullmatch(r"[-+]?\d+(\.\d+)?|/|—|-|", s.strip()))


def _place_right(row: list[str], width: int, nvalues: int):
    """Label cells from the left, the last nvalues cells from the right; the last label cell spans the gap."""
    labels, values = row[:len(row) - nvalues], row[len(row) - nvalues:]
    cells, spans = [""] * width, []
    for c, t in enumerate(labels):
        cells[c] = t
    gap_end = width - nvalues - 1
    if labels and len(labels) - 1 < gap_end:
        spans.append((len(labels) - 1, gap_end))
    for k, t in enumerate(values):
        cells[width - nvalues + k] = t
    return cells, spans


def layout(rows: list[list[str]]):
    """(grid rows of equal width, SPAN commands, kind) for one of the three statutory tables."""
    first = "".join(rows[0])
    grid, cmds = [], []
    if "第二十条" in first:  # table 2: 4 columns
        width = 4
        for r, row in enumerate(rows):
            cells = (row + [""] * width)[:width]
            if len(row) == 1:
                cmds.append(("SPAN", (0, r), (3, r)))
            elif len(row) == 2:
                cmds.append(("SPAN", (1, r), (3, r)))
            elif len(row) == 3:
                cmds.append(("SPAN", (2, r), (3, r)))
            grid.append(cells)
        return grid, cmds, "t2"
    if "勾稽" in first:  # table 3: 3 label columns + 7 data columns
        width = 10
        grid.append([rows[0][0], "", "", rows[0][1]] + [""] * 6)
        cmds += [("SPAN", (0, 0), (2, 2)), ("SPAN", (3, 0), (9, 0))]
        grid.append(["", "", "", rows[1][1], rows[1][2], "", "", "", "", rows[1][3]])
        cmds += [("SPAN", (3, 1), (3, 2)), ("SPAN", (4, 1), (8, 1)), ("SPAN", (9, 1), (9, 2))]
        grid.append(["", "", "", ""] + rows[2][2:7] + [""])
        for row in rows[3:]:
            r = len(grid)
            cells, spans = _place_right(row, width, 7)
            for a, b in spans:
                cmds.append(("SPAN", (a, r), (b, r)))
            grid.append(cells)
        # vertically merged label cells: empty cells under a label in columns 0 and 1
        for c in (0, 1):
            for r in range(3, len(grid)):
                if not grid[r][c]:
                    continue
                end = r
                while end + 1 < len(grid) and all(not grid[end + 1][k] for k in range(c + 1)) and \
                        any(grid[end + 1][k] for k in range(c + 1, 3)):
                    end += 1
                if end > r:
                    cmds.append(("SPAN", (c, r), (c, end)))
        return grid, cmds, "t3"
    if rows[0] and rows[0][0].startswith("行政复议"):  # table 4: 15 columns
        grid.append([rows[0][0]] + [""] * 4 + [rows[0][1]] + [""] * 9)
        cmds += [("SPAN", (0, 0), (4, 0)), ("SPAN", (5, 0), (14, 0))]
        h = rows[1]
        grid.append(h[:5] + [h[5]] + [""] * 4 + [h[6]] + [""] * 4)
        cmds += [("SPAN", (c, 1), (c, 2)) for c in range(5)]
        cmds += [("SPAN", (5, 1), (9, 1)), ("SPAN", (10, 1), (14, 1))]
        grid.append((rows[2] + [""] * 15)[:15])
        for row in rows[3:]:
            grid.append((row + [""] * 15)[:15])
        return grid, cmds, "t4"
    width = max(len(r) for r in rows)
    return [(r + [""] * width)[:width] for r in rows], [], "other"


def build(src: Path, dst: Path) -> None:
    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    body = ParagraphStyle("body", fontName=FONT, fontSize=11, leading=18, firstLineIndent=22, alignment=TA_LEFT,
                          wordWrap="CJK")
    head = ParagraphStyle("head", parent=body, fontSize=12, firstLineIndent=22)
    title = ParagraphStyle("title", fontName=FONT, fontSize=16, leading=24, alignment=TA_CENTER, spaceAfter=8)
    right = ParagraphStyle("right", parent=body, alignment=TA_RIGHT, firstLineIndent=0)
    cell = ParagraphStyle("cell", fontName=FONT, fontSize=7.5, leading=9.5, alignment=TA_CENTER, wordWrap="CJK")
    lcell = ParagraphStyle("lcell", parent=cell, alignment=TA_LEFT)

    blocks = read_dump(src.read_text(encoding="utf-8"))
    story = []
    paras = [b for b in blocks if b[0] == "p"]
    n_title = 2 if len(paras) > 1 and len(paras[1][1]) <= 30 and not paras[1][1].startswith("根据") and \
        not paras[1][1].startswith(("本报告", "依据")) else 1
    seen = 0
    tail = {t for _, t in paras[-2:]}
    for kind, x in blocks:
        if kind == "p":
            seen += 1
            if seen <= n_title:
                story.append(Paragraph(x, title))
            elif x in tail and len(x) <= 30:
                story.append(Paragraph(x, right))
            elif re.match(r"^[一二三四五六]、", x) and len(x) <= 30:
                story.append(Paragraph(x, head))
            else:
                story.append(Paragraph(x, body))
            continue
        grid, spans, t = layout(x)
        width = len(grid[0])
        avail = A4[0] - 36 * mm
        if t == "t3":
            colw = [14 * mm, 18 * mm, 46 * mm] + [(avail - 78 * mm) / 7] * 7
        elif t == "t2":
            colw = [avail * 0.31] + [avail * 0.23] * 3
        else:
            colw = [avail / width] * width
        data = []
        for r, row in enumerate(grid):
            out = []
            for c, s in enumerate(row):
                style = lcell if (t == "t3" and c < 3 and r >= 3) else cell
                out.append(Paragraph(s.replace("\n", "<br/>"), style) if s else "")
            data.append(out)
        tbl = Table(data, colWidths=colw, repeatRows=0)
        tbl.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                 ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                 ("FONTNAME", (0, 0), (-1, -1), FONT),
                                 ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2)] + spans))
        story += [Spacer(1, 4), tbl, Spacer(1, 6)]

    def footer(canvas, doc):
        canvas.saveState()
        canvas.setFont(FONT, 10)
        canvas.drawCentredString(A4[0] / 2, 12 * mm, f"— {doc.page} —")
        canvas.restoreState()

    doc = SimpleDocTemplate(str(dst), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=20 * mm,
                            bottomMargin=22 * mm, title=src.stem)
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out_dir")
    o = ap.parse_args(argv)
    out = Path(o.out_dir)
    out.mkdir(parents=True, exist_ok=True)
    for name in REPORTS:
        dst = out / (Path(name).stem + ".pdf")
        build(HERE / name, dst)
        print(dst)
    return 0


if __name__ == "__main__":
    sys.exit(main())
