"""Markdown: headings, the tables as pipe tables (no spans: a label stands in the last column it covers).
The report's text is escaped (it may hold what an LLM wrote or a hostile file carried): no raw HTML, image,
link or script URL survives in a renderer, and readers/markdown.py reads the escapes back."""
from __future__ import annotations

import re

from ..model.report import SECTION_HEADINGS, Report
from .layout import TABLE_SECTIONS, UNFINISHED_MARK, Cell, grid, official_tables, paragraphs, signature

# Inline markup a renderer acts on; "://" and "www." are broken up so no bare address becomes a link.
_ACTIVE = re.compile(r"([\\`*_\[\]<>~|$])")


def _text(text: str) -> str:
    return _ACTIVE.sub(r"\\\1", text).replace("://", "\\://").replace("www.", "www\\.")


def _md_cell(text: str) -> str:
    return _text(text.replace("|", "｜").replace("\n", " "))


def to_markdown(report: Report, *, unfinished: bool = False) -> str:
    out = [f"**{UNFINISHED_MARK}**", ""] if unfinished else []
    out += [f"# {_text(report.meta.title or '')}", ""]
    if report.preamble:
        out += [_text(report.preamble), ""]
    tables = official_tables(report)
    for n, heading in SECTION_HEADINGS.items():
        section = report.section(n)
        out += [f"## {heading}", ""]
        if n in TABLE_SECTIONS:
            out += _md_table(tables[TABLE_SECTIONS[n]], spacer_first=n == 3) + [""]
        for p in paragraphs(section.text if section else ""):
            out += [_text(p), ""]
    for line in signature(report):
        out += ["", _text(line)]
    return "\n".join(out).rstrip() + "\n"


def _md_table(rows: list[list[Cell]], spacer_first: bool) -> list[str]:
    # Each row reads "labels…, values…" as the official table does.
    g = grid(rows)
    lines = []
    for r, row in enumerate(g):
        cells = [_md_cell(cell.text) if cell is not None else "" for cell in row]
        if spacer_first and r >= 3:
            labels = [x for x in cells[:3] if x]
            cells[:3] = [""] * (3 - len(labels)) + labels if labels else cells[:3]
        lines.append("| " + " | ".join(cells) + " |")
        if r == 0:
            lines.append("|" + "---|" * len(cells))
    return lines
