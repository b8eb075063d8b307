"""Bounds that do not depend on the machine's load.

A snippet runs in a fresh interpreter under resource limits that the kernel enforces: CPU seconds
(RLIMIT_CPU, counted from the end of the snippet's set-up) and, when asked, address space (RLIMIT_AS). Past
either the process is stopped, and the test fails with the reason. CPU time is what the code itself does, so
two other CPU-bound jobs on the machine do not change it; wall-clock time only guards against a hang (a
generous subprocess timeout) and never decides a test. Timings belong to bench/.
"""
from __future__ import annotations

import signal
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HANG = 900  # seconds: only a hung child ever reaches this

_PRELUDE = """\
import resource, sys
_MEMORY = {memory!r}
if _MEMORY:
    resource.setrlimit(resource.RLIMIT_AS, (_MEMORY * 2**20, _MEMORY * 2**20))
{setup}
_used = sum(resource.getrusage(resource.RUSAGE_SELF)[:2])
_limit = int(_used + {cpu!r}) + 1
resource.setrlimit(resource.RLIMIT_CPU, (_limit, _limit + 5))
{code}
"""


def bounded(code: str, *args: str, cpu_seconds: float, memory_mb: int | None = None, setup: str = "",
            cwd: Path = ROOT) -> subprocess.CompletedProcess:
    """Run `setup` (unbounded: imports, fixtures) then `code` with `cpu_seconds` of CPU (whole seconds, rounded
    up) in a new Python process; `args` are its sys.argv[1:]."""
    script = _PRELUDE.format(memory=memory_mb, cpu=cpu_seconds, setup=textwrap.dedent(setup).strip(),
                             code=textwrap.dedent(code).strip())
    return subprocess.run([sys.executable, "-c", script, *args], cwd=cwd, capture_output=True, text=True,
                          timeout=HANG)


def why(p: subprocess.CompletedProcess, cpu_seconds: float | None = None) -> str:
    """The reason a bounded run failed, for the assertion message."""
    if p.returncode == -signal.SIGXCPU:
        return f"used more than its {cpu_seconds} CPU seconds (stopped by RLIMIT_CPU)"
    return f"exit {p.returncode}: {p.stderr[-2000:]}"


def assert_within(p: subprocess.CompletedProcess, cpu_seconds: float | None = None) -> str:
    assert p.returncode == 0, why(p, cpu_seconds)
    return p.stdout
