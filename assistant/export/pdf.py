"""PDF through LibreOffice: the Word export converted by `soffice --headless`, so both have one layout.

Each conversion runs in its own temporary directory with its own HOME and LibreOffice profile
(-env:UserInstallation), so conversions in parallel never share a locked profile, and under a time limit.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from functools import lru_cache
from pathlib import Path

from ..model.report import Report

TIMEOUT = 180  # seconds; a cold start with a new profile takes a few


class ExportUnavailable(RuntimeError):
    """The tool an export needs is not installed or failed; the message is for the user."""


def soffice() -> str | None:
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    return None


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
    exe = soffice()
    if exe is None:
        raise ExportUnavailable(MISSING)
    with tempfile.TemporaryDirectory(prefix="nianbao-pdf-") as tmp:
        work = Path(tmp)
        (work / "home").mkdir()
        source = work / "report.docx"
        source.write_bytes(data)
        env = dict(os.environ, HOME=str(work / "home"))
        cmd = [exe, f"-env:UserInstallation={(work / 'profile').as_uri()}", "--headless", "--norestore",
               "--nolockcheck", "--convert-to", "pdf:writer_pdf_Export", "--outdir", str(work), str(source)]
        try:
            done = subprocess.run(cmd, cwd=work, env=env, capture_output=True, timeout=timeout,
                                  stdin=subprocess.DEVNULL, start_new_session=True)
        except subprocess.TimeoutExpired as e:
            raise ExportUnavailable(f"LibreOffice 在 {timeout:g} 秒内未完成 PDF 转换，请稍后重试或导出 Word 文件。") from e
        pdf = work / "report.pdf"
        if not pdf.exists():
            detail = (done.stderr or done.stdout).decode("utf-8", "replace").strip()[-300:]
            raise ExportUnavailable(f"LibreOffice 未能生成 PDF（退出码 {done.returncode}）：{detail or '无输出'}")
        return pdf.read_bytes()


def to_pdf(report: Report, *, unfinished: bool = False) -> bytes:
    from .docx import to_docx
    return docx_to_pdf(to_docx(report, unfinished=unfinished))
