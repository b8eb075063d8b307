"""Untrusted work (parsing and checking an upload) in worker processes with a memory and a time limit,
so that one hostile file can never stall or exhaust the process every user of the app shares.

A small pool of its own rather than ProcessPoolExecutor: a job that overruns must be killed together
with its worker (an executor can only abandon it), and a worker that dies takes only its own job down.
Workers come from a fork server (fresh, single-threaded, with the parser preloaded), never by forking the
multi-threaded app process.
"""
from __future__ import annotations

import multiprocessing as mp
import time
from collections import deque
from multiprocessing.connection import Connection, wait
from typing import Callable

_CTX = None
WORKER = "nianbao-worker"
# One user's heavy job (a parse, a PDF, an OCR page) yields the CPU to the app process that serves every
# user's pages: on two cores a second user's page waited behind another's upload.
NICE = 5


def _without_main(prepare: Callable) -> Callable:
    """multiprocessing's preparation data for a new process, without the parent's main module for ours.
    A child normally runs the parent's `__main__` file again (as `__mp_main__`); under Streamlit that is the
    app's page script (the server swaps it in as `__main__` for every run), so each worker ran the whole page
    in bare mode before its job: 0.55 s of every notes message, cell edit, upload and PDF. Our jobs are
    module-level functions of this package and need nothing from `__main__`."""
    def data(name):
        d = prepare(name)
        if name == WORKER:
            d.pop("init_main_from_path", None)
            d.pop("init_main_from_name", None)
        return d
    data.__wrapped__ = prepare
    return data


def _context():
    global _CTX
    if _CTX is None:
        from multiprocessing import spawn
        if not hasattr(spawn.get_preparation_data, "__wrapped__"):
            spawn.get_preparation_data = _without_main(spawn.get_preparation_data)
        method = "forkserver" if "forkserver" in mp.get_all_start_methods() else "spawn"
        _CTX = mp.get_context(method)
        if method == "forkserver":
            _CTX.set_forkserver_preload(["assistant.review.preload"])
    return _CTX


def _serve(conn: Connection, memory_mb: int) -> None:
    """A worker: limits first, then jobs (task, args) until told to stop."""
    import os
    import resource
    os.nice(NICE)
    if memory_mb:
        limit = memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    from ..readers.scan import set_progress
    # A scan's pages as they are recognised go to the app at once (its progress bar), ahead of the result.
    set_progress(lambda page, pages: conn.send(("progress", (page, pages))))
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        task, args = job
        try:
            out = ("ok", task(*args))
        except MemoryError:
            out = ("error", f"处理这份文件所需内存超过上限（{memory_mb} MB），已停止")
        except BaseException as e:  # noqa: BLE001 — one job's failure is reported, the worker goes on
            out = ("error", f"处理时发生内部错误（{type(e).__name__}）")
        try:
            conn.send(out)
        except MemoryError:
            conn.send(("error", f"处理结果所需内存超过上限（{memory_mb} MB），已停止"))


class _Worker:
    def __init__(self, memory_mb: int):
        ctx = _context()
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_serve, args=(child, memory_mb), daemon=True, name=WORKER)
        self.proc.start()
        child.close()
        self.job: int | None = None
        self.seconds = 0.0
        self.deadline = 0.0

    def kill(self) -> None:
        self.proc.kill()
        self.proc.join(timeout=5)
        self.conn.close()
        from ..readers.office import reap
        reap(self.proc.pid)  # a LibreOffice it started dies with it; its files go too

    def stop(self) -> None:
        try:
            self.conn.send(None)
        except OSError:
            pass
        self.proc.join(timeout=2)
        if self.proc.is_alive():
            self.proc.kill()
            self.proc.join(timeout=5)
        self.conn.close()


def run(task: Callable, jobs: list[tuple], *, workers: int = 2, seconds: float = 60.0,
        memory_mb: int = 2048, seconds_for: Callable[[tuple], float] | None = None,
        progress: Callable[[int, tuple], None] | None = None) -> list[tuple[str, object]]:
    """task(*args) for every args in jobs, each in a worker with the limits; in order, one
    ("ok", value) or ("error", Chinese reason) per job. `task` must be a module-level function;
    `seconds_for(args)`, when given, is a job's own time limit (a scan needs longer than a text);
    `progress(job, (page, pages))` is called here as a job's worker starts recognising each scanned page."""
    results: list[tuple[str, object] | None] = [None] * len(jobs)
    pending = deque(range(len(jobs)))
    idle = [_Worker(memory_mb) for _ in range(min(workers, len(jobs)))]
    busy: dict[Connection, _Worker] = {}

    def lost(w: _Worker, why: str) -> None:
        results[w.job] = ("error", why)
        w.kill()
        if pending:
            idle.append(_Worker(memory_mb))

    try:
        while pending or busy:
            while idle and pending:
                w, i = idle.pop(), pending.popleft()
                w.job = i
                w.seconds = seconds_for(jobs[i]) if seconds_for else seconds
                w.deadline = time.monotonic() + w.seconds
                try:
                    w.conn.send((task, jobs[i]))
                except OSError:
                    lost(w, "处理这份文件的工作进程意外退出")
                    continue
                busy[w.conn] = w
            if not busy:
                continue
            timeout = max(0.0, min(w.deadline for w in busy.values()) - time.monotonic())
            for conn in wait(list(busy), timeout):
                w = busy.pop(conn)
                try:
                    message = conn.recv()
                except (EOFError, OSError):
                    lost(w, "处理这份文件的工作进程意外退出（可能占用内存过多），已跳过")
                    continue
                if message[0] == "progress":
                    busy[conn] = w
                    if progress:
                        progress(w.job, message[1])
                    continue
                results[w.job] = message
                idle.append(w)
            now = time.monotonic()
            for conn, w in list(busy.items()):
                if now >= w.deadline:
                    del busy[conn]
                    lost(w, f"处理这份文件超过 {w.seconds:g} 秒仍未完成，已中止（文件可能过大或结构异常）")
    finally:
        for w in busy.values():
            w.kill()
        for w in idle:
            w.stop()
    return results  # type: ignore[return-value]


class Failed(RuntimeError):
    """The worker could not finish a job (over its time or memory, or died); the Chinese reason."""


def call(task: Callable, *args, seconds: float = 60.0, memory_mb: int = 2048):
    """task(*args) in a worker with the limits: its value, or Failed with the reason."""
    status, value = run(task, [args], workers=1, seconds=seconds, memory_mb=memory_mb)[0]
    if status == "error":
        raise Failed(str(value).replace("这份文件", "这段文字").replace("文件", "文字"))
    return value


def offload_drafting(settings=None) -> None:
    """Large drafting inputs (reading the notes, the number guard, a revision) go to a worker with the
    settings' limits (drafting/limits.py says which)."""
    from functools import partial
    from ..drafting.limits import offload_with
    from ..settings import get_settings
    s = settings or get_settings()
    offload_with(partial(call, seconds=s.worker_seconds, memory_mb=s.worker_memory_mb))
