"""PDF through LibreOffice: the Word export converted by `soffice --headless`, so both have one layout.

Each conversion runs in LibreOffice's sandbox (readers/office.py): its own temporary directory, HOME and profile
(conversions in parallel never share a locked profile), no network, a clean environment, a time limit.
"""
from __future__ import annotations

from ..model.report import Report
from ..readers.office import OfficeFailed, OfficeMissing, convert, soffice

TIMEOUT = 180  # seconds; a cold start with a new profile takes a few


class ExportUnavailable(RuntimeError):
    """The tool an export needs is not installed or failed; the message is for the user."""


def available() -> bool:
    return soffice() is not None


MISSING = ("未找到 LibreOffice，无法导出 PDF。请安装 LibreOffice（Debian/Ubuntu：sudo apt-get install "
           "libreoffice-writer，或在项目目录运行 sudo make system-deps），或先导出 Word 文件再另存为 PDF。")


def docx_to_pdf(data: bytes, timeout: float = TIMEOUT) -> bytes:
    try:
        return convert(data, ".docx", "pdf:writer_pdf_Export", timeout)
    except OfficeMissing:
        raise ExportUnavailable(MISSING) from None
    except TimeoutError:
        raise ExportUnavailable(f"LibreOffice 在 {timeout:g} 秒内未完成 PDF 转换，请稍后重试或导出 Word 文件。") from None
    except OfficeFailed as e:
        raise ExportUnavailable(f"LibreOffice 未能生成 PDF（{e}）") from None


def to_pdf(report: Report, *, unfinished: bool = False) -> bytes:
    from .docx import to_docx
    return docx_to_pdf(to_docx(report, unfinished=unfinished))
