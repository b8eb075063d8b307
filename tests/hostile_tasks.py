"""Jobs for the worker-process tests (module level: a worker imports them by name)."""
from __future__ import annotations

import os
import re
import signal
import threading
import time
from pathlib import Path

from assistant.review.batch import check_one


def check_or_misbehave(name: str, data: bytes, last_year=None, settings=None):
    """check_one, except for files named after a misbehaviour: a parser stuck in a regex that holds the GIL,
    one that eats memory, one whose process dies."""
    if name.startswith("loop"):
        re.match(r"(a+)+$", "a" * 64 + "b")  # catastrophic backtracking: never returns, never releases the GIL
    if name.startswith("memory"):
        hog = bytearray(8 * 1024**3)
        return hog[:1]
    if name.startswith("crash"):
        os.kill(os.getpid(), signal.SIGKILL)
    return check_one(name, data, last_year, settings)


def convert_then_die():
    """Start a LibreOffice conversion, and die by SIGKILL once soffice runs (before it can finish or clean up)."""
    from assistant.readers import office
    mine = f"{office.PREFIX}{os.getpid()}-"
    page = "<html><body><p>" + "政府信息公开工作年度报告。" * 20000 + "</p></body></html>"
    threading.Thread(target=office.convert, args=(page.encode(), ".doc", "docx:MS Word 2007 XML", 600), daemon=True).start()
    while True:  # waits for a condition, not for a time: soffice.bin running with this worker's profile
        for pid in os.listdir("/proc"):
            try:
                cmd = Path(f"/proc/{pid}/cmdline").read_bytes()
            except OSError:
                continue
            if mine.encode() in cmd and b"soffice.bin" in cmd:
                os.kill(os.getpid(), signal.SIGKILL)
        time.sleep(0.05)
