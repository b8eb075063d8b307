"""A report in the official layout: Markdown, HTML, Word (GB/T 9704) and PDF, plus the canonical JSON.

`official_tables` describes the three statutory tables once (layout.py); each format is a module with
one function, chosen by `export(report, fmt)`. Text is cleaned of control characters first, whatever
the format. Everything exported (but PDF) can be read back by `parse.py` (tests round-trip it).

`readiness` counts what stands between a draft and a publishable file: errors found by the rules,
〔待补充…〕 placeholders and numbers of the text the number guard could not account for. An unfinished report is exported only on request, marked 征求意见稿.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Callable

from ..model.report import Report
from .docx import to_docx
from .html import html_table, to_html
from .layout import (  # noqa: F401  (the package's public names)
    TABLE_SECTIONS, UNFINISHED_MARK, Cell, clean_data, clean_report, clean_text, grid, official_tables,
)
from .markdown import to_markdown
from .pdf import ExportUnavailable, available as pdf_available, to_pdf  # noqa: F401


def to_json(report: Report, *, unfinished: bool = False) -> str:
    data = clean_data(report.canonical())
    if unfinished:
        data = {"status": UNFINISHED_MARK} | data
    return json.dumps(data, ensure_ascii=False, indent=1)


def _text(render: Callable[..., str]) -> Callable[..., bytes]:
    return lambda report, **kw: render(report, **kw).encode("utf-8")


# suffix -> (renderer to bytes, MIME type, what a user calls it)
FORMATS: dict[str, tuple[Callable[..., bytes], str, str]] = {
    "docx": (to_docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word"),
    "pdf": (to_pdf, "application/pdf", "PDF"),
    "html": (_text(to_html), "text/html", "HTML"),
    "md": (_text(to_markdown), "text/markdown", "Markdown"),
    "json": (_text(to_json), "application/json", "JSON"),
}
ALIASES = {"markdown": "md", "htm": "html"}


def normalise_format(fmt: str) -> str:
    fmt = fmt.lower().lstrip(".")
    fmt = ALIASES.get(fmt, fmt)
    if fmt not in FORMATS:
        raise ValueError(f"不支持的导出格式：{fmt}（可选 {'、'.join(FORMATS)}）")
    return fmt


def export(report: Report, fmt: str, *, unfinished: bool = False) -> bytes:
    """The report as a file of the given format; `unfinished` marks it 征求意见稿 at the top.
    Raises ValueError for an unknown format, ExportUnavailable when PDF cannot be made here."""
    render = FORMATS[normalise_format(fmt)][0]
    return render(clean_report(report), unfinished=unfinished)


@dataclass
class Readiness:
    errors: int
    placeholders: int
    numbers: int = 0  # numbers in the text that the number guard flagged and nobody confirmed
    register: int = 0  # sentences in spoken language (rule S-11): a report is not published with chat in it

    @property
    def finished(self) -> bool:
        return not self.errors and not self.placeholders and not self.numbers and not self.register

    def message(self) -> str:
        if self.finished:
            return "校验无错误，无待补充内容，可以导出正式文件。"
        return (f"报告尚未完成：校验错误 {self.errors} 处，待补充 {self.placeholders} 处，"
                f"未核实的数字 {self.numbers} 处，口语化表述 {self.register} 处。"
                f"如仍需导出，文件首页将标注“{UNFINISHED_MARK}”。")


def readiness(report: Report, findings=None, last_year: Report | None = None, settings=None,
              numbers: int = 0) -> Readiness:
    """Errors by the rules (pass `findings` when they are already computed), placeholders in the text,
    `numbers`, the draft's unconfirmed number flags (drafting.number_flags), and the sentences rule S-11
    finds in spoken language (a warning on 校验, but not text to publish)."""
    from ..drafting import placeholders
    from ..checks.rules import check
    if findings is None:
        findings = check(report, last_year, settings)
    texts = [report.preamble or ""] + [s.text for s in report.sections]
    return Readiness(errors=sum(f.severity == "error" for f in findings),
                     placeholders=sum(len(placeholders(t)) for t in texts), numbers=numbers,
                     register=sum(f.rule == "S-11" for f in findings))
