"""Heavy work off the script run (the PDF export, a batch check): started in a thread of a pool the server
shares, kept in the session under a key, and shown by a small fragment that polls it — a progress line at
once, the rest of the page usable meanwhile, the result drawn when it is there. The work itself already runs
where it is bounded (LibreOffice in its sandbox, reports in worker processes); the thread only waits for it."""
from __future__ import annotations

import threading
import time
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import Callable

import streamlit as st

POLL = 1.0  # seconds between two looks at a running job: each look costs the browser a redraw of it
RUNNING = 2  # jobs running at once on the server; the others wait their turn


class Pool:
    """At most `size` jobs at once, each on a daemon thread. A ThreadPoolExecutor's threads are joined when the
    interpreter exits, so stopping the server (Ctrl-C, a restart) waited for every running export or check — up
    to a worker's time limit; the work here is only waited for (it runs in worker processes, which end with the
    server), so nothing is lost by not waiting."""

    def __init__(self, size: int):
        self._slots = threading.BoundedSemaphore(size)

    def submit(self, work: Callable, *args) -> Future:
        future: Future = Future()

        def run():
            with self._slots:
                if not future.set_running_or_notify_cancel():
                    return
                try:
                    future.set_result(work(*args))
                except BaseException as e:  # noqa: BLE001 — the page shows it (Job.outcome)
                    future.set_exception(e)

        threading.Thread(target=run, daemon=True, name="nianbao-job").start()
        return future


@st.cache_resource
def _pool() -> Pool:
    return Pool(RUNNING)


@dataclass
class Job:
    future: Future
    started: float = field(default_factory=time.monotonic)
    progress: dict = field(default_factory=dict)  # written by the work: {"done": k, "total": n}

    @property
    def running(self) -> bool:
        return not self.future.done()

    def seconds(self) -> int:
        return int(time.monotonic() - self.started)

    def outcome(self):
        """(value, None) or (None, the exception the work raised)."""
        e = self.future.exception()
        return (None, e) if e is not None else (self.future.result(), None)


def start(key: str, work: Callable[[dict], object]) -> Job:
    """Run work(progress) in the pool unless a job under this key exists; the job stays in the session."""
    ss = st.session_state
    if isinstance(ss.get(key), Job):
        return ss[key]
    progress: dict = {}
    job = Job(_pool().submit(work, progress), progress=progress)
    ss[key] = job
    return job


def get(key: str) -> Job | None:
    job = st.session_state.get(key)
    return job if isinstance(job, Job) else None


def forget(key: str) -> None:
    st.session_state.pop(key, None)


def watch(key: str, show: Callable[[Job], None]) -> None:
    """While the job under `key` runs: show(job) now and every POLL seconds in a fragment of its own (nothing
    else on the page reruns); once it is over, one run of the whole page draws the result."""
    def poll():
        job = get(key)
        if job is None:
            return
        if not job.running:
            st.rerun()  # the page draws the result (its own run, as for any saved change)
        show(job)

    st.fragment(poll, run_every=POLL)()


def pdf_bytes(report, unfinished: bool) -> bytes | str:
    """In a worker process: the PDF, or the Chinese reason LibreOffice could not make it (a worker reports
    only the type of an exception)."""
    from assistant.export import ExportUnavailable, export
    try:
        return export(report, "pdf", unfinished=unfinished)
    except ExportUnavailable as e:
        return str(e)
