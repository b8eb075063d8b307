"""PDF through LibreOffice: the Word export converted by `soffice --headless`, so both have one layout.

Each conversion runs in LibreOffice's sandbox (readers/office.py): its own temporary directory, HOME and profile
(conversions in parallel never share a locked profile), no network, a clean environment, a time limit.
"""
from __future__ import annotations

import shutil
import subprocess
from functools import lru_cache

from ..model.report import Report
from ..readers.office import OfficeFailed, OfficeMissing, convert, soffice

TIMEOUT = 180  # seconds; a cold start with a new profile takes a few


class ExportUnavailable(RuntimeError):
    """The tool an export needs is not installed or failed; the message is for the user."""


def available() -> bool:
    return soffice() is not None


MISSING = ("未找到 LibreOffice，无法导出 PDF。请安装 LibreOffice（Debian/Ubuntu：sudo apt-get install "
           "libreoffice-writer，或在项目目录运行 sudo make system-deps），或先导出 Word 文件再另存为 PDF。")


# The GB/T 9704 fonts the Word file names (export/docx.py), with names the same face goes by on other systems.
# LibreOffice renders with what the server has: without them the PDF silently uses another face.
GBT_FONTS = {"方正小标宋简体": ("小标宋",), "仿宋_GB2312": ("仿宋", "FangSong"), "楷体_GB2312": ("楷体", "KaiTi"),
             "黑体": ("SimHei",)}


@lru_cache(maxsize=1)
def missing_fonts() -> tuple[str, ...]:
    """The GB/T 9704 fonts the server's fontconfig does not have (empty when it cannot tell)."""
    exe = shutil.which("fc-list")
    if exe is None:
        return ()
    try:
        listed = subprocess.run([exe, ":", "family"], capture_output=True, timeout=20, stdin=subprocess.DEVNULL)
    except (OSError, subprocess.TimeoutExpired):
        return ()
    families = listed.stdout.decode("utf-8", "replace")
    return tuple(font for font, aliases in GBT_FONTS.items()
                 if not any(name.lower() in families.lower() for name in (font, *aliases)))


def font_warning() -> str:
    """A Chinese warning when the PDF will be set in substitute fonts ("" when all are there)."""
    missing = missing_fonts()
    if not missing:
        return ""
    return (f"服务器上没有公文字体{'、'.join(missing)}，生成的 PDF 会用其他字体代替，字形与正式公文不同。"
            "需要正式版式时，请下载 Word 文件在装有这些字体的电脑上打开或另存为 PDF；"
            "或请管理员在服务器上安装这些字体（安装说明见项目说明文件的“PDF 字体”一节）。")


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
