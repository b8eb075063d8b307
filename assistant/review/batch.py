"""Checking many uploaded reports at once: one result per file, unreadable files included, and the
findings as CSV/JSON for download."""
from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field

from . import isolate
from ..readers.document import Unreadable
from ..readers.registry import read_bytes
from ..readers.scan import OcrTable, marked_pages, may_need_ocr
from ..parse import parse_blocks, require_tables
from ..model.report import Report
from ..checks.rules import SEVERITY_ZH, Finding, check, summary, where_label
from ..safetext import csv_cell
from ..settings import Settings, get_settings


@dataclass
class Result:
    name: str
    report: Report | None = None
    findings: list[Finding] = field(default_factory=list)
    error: str | None = None  # why the file could not be read, in Chinese
    pages: dict[int, bytes] = field(default_factory=dict)  # a scan: {page: JPEG} of the pages its tables came from

    @property
    def summary(self) -> dict:
        return summary(self.findings)

    def row(self) -> dict:
        m = self.report.meta if self.report else None
        s = self.summary
        return {"文件": self.name, "机关": (m.agency if m else "") or "", "年度": (m.year if m else None),
                "错误": s["errors"], "警告": s["warnings"], "提示": s["info"],
                "状态": self.error or ("有错误" if s["errors"] else "通过")}


def read_report(name: str, data: bytes, settings: Settings | None = None, pages: dict | None = None) -> Report:
    """`pages`, when given, receives a scan's page pictures with the cells the identities settled framed."""
    settings = settings or get_settings()
    blocks = read_bytes(data, name, max_bytes=settings.max_input_bytes)
    report = require_tables(parse_blocks(blocks, name))
    if pages is not None:
        pages.update(marked_pages([b for b in blocks if isinstance(b, OcrTable)], ocr_marks(report)))
    return report


CORRECTED, OPEN = "#1f6feb", "#d1242f"  # frames on the page picture: settled by the identities / left open


def ocr_marks(report: Report) -> dict[tuple[int, tuple], str]:
    """{(page, box): colour} of the cells the identities corrected or filled (blue) and left open (red)."""
    out = {}
    for t in (report.reading or {}).values():
        for path, (page, *box) in t.get("ocr_boxes", {}).items():
            out[(page, tuple(box))] = OPEN if path in t.get("ocr_candidates", {}) else CORRECTED
    return out


def check_one(name: str, data: bytes, last_year: Report | None = None, settings: Settings | None = None) -> Result:
    pages: dict[int, bytes] = {}
    try:
        report = read_report(name, data, settings, pages)
    except Unreadable as e:
        return Result(name, error=str(e))
    except Exception as e:  # a parser bug must not take the page or the batch down
        return Result(name, error=f"解析时发生内部错误（{type(e).__name__}）")
    return Result(name, report, check(report, last_year, settings), pages=pages)


def check_many(files: list[tuple[str, bytes]], last_year: Report | None = None,
               settings: Settings | None = None, isolated: bool = True, task=None, progress=None) -> list[Result]:
    """One Result per file. Isolated (the app): each file is parsed and checked in a worker process
    with the memory and time limits of the settings; a file that overruns them or kills its worker is
    one Chinese line, the others are unaffected. `task` replaces check_one (tests); `progress(file, page,
    pages)` is called as a scan's pages are recognised."""
    settings = settings or get_settings()
    task = task or check_one
    if not isolated:
        return [task(name, data, last_year, settings) for name, data in files]
    out = isolate.run(task, [(name, data, last_year, settings) for name, data in files],
                      workers=settings.worker_processes, seconds=settings.worker_seconds,
                      memory_mb=settings.worker_memory_mb, seconds_for=lambda job: seconds_for(job[1], settings),
                      progress=progress and (lambda job, done: progress(job, *done)))
    return [value if status == "ok" else Result(name, error=value) for (name, _), (status, value) in zip(files, out)]


def seconds_for(data: bytes, settings: Settings) -> float:
    """A file's time in its worker: longer when it may need OCR (told by its first bytes, never by parsing it
    here, in the app's own process)."""
    return settings.worker_seconds + (settings.ocr_seconds if may_need_ocr(data) else 0.0)


def _read(name: str, data: bytes, settings: Settings) -> tuple[str, object]:
    try:
        return "ok", read_report(name, data, settings)
    except Unreadable as e:
        return "unreadable", str(e)
    except Exception as e:  # a parser bug
        return "unreadable", f"解析时发生内部错误（{type(e).__name__}）"


def read_report_isolated(name: str, data: bytes, settings: Settings | None = None, progress=None) -> Report:
    """read_report in a worker process with the limits of the settings; any failure is Unreadable.
    `progress(page, pages)` as a scan's pages are recognised."""
    settings = settings or get_settings()
    status, value = isolate.run(_read, [(name, data, settings)], workers=1, seconds=seconds_for(data, settings),
                                memory_mb=settings.worker_memory_mb,
                                progress=progress and (lambda job, done: progress(*done)))[0]
    if status == "ok":
        status, value = value
    if status != "ok":
        raise Unreadable(value)
    return value


def findings_csv(results: list[Result]) -> bytes:
    """One row per finding, in words: 错误/警告/提示, the place and the cells as the form names them.
    Every cell is neutralised against formula injection (file and agency names come from outside)."""
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["文件", "机关", "年度", "规则", "级别", "说明", "位置", "单元格"])

    def row(*cells):
        w.writerow([csv_cell(c) for c in cells])

    for r in results:
        m = r.report.meta if r.report else None
        if r.error:
            row(r.name, "", "", "", "无法读取", r.error, "", "")
        for f in r.findings:
            row(r.name, m.agency or "", m.year or "", f.rule, SEVERITY_ZH.get(f.severity, f.severity), f.message,
                where_label(r.report, f.where), "；".join(where_label(r.report, p) for p in f.paths))
    return ("\ufeff" + buf.getvalue()).encode("utf-8")  # BOM: Excel opens Chinese CSV correctly


def findings_json(results: list[Result]) -> bytes:
    out = {"reports": [{"file": r.name, "error": r.error,
                        "agency": r.report.meta.agency if r.report else None,
                        "year": r.report.meta.year if r.report else None,
                        "findings": [f.public() for f in r.findings], "summary": r.summary} for r in results]}
    return json.dumps(out, ensure_ascii=False, indent=1).encode("utf-8")
