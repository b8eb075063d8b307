"""Jobs for the worker-process tests (module level: a worker imports them by name)."""
from __future__ import annotations

import os
import re
import signal

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
