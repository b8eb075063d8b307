"""The server's background jobs (ui/jobs.py): a PDF export or a 校验 batch runs off the page script, at most
two at once, and stopping the server never waits for one."""
from __future__ import annotations

import queue
import subprocess
import sys
import threading
from pathlib import Path

from ui.jobs import Pool

ROOT = Path(__file__).resolve().parents[1]


def test_stopping_the_server_does_not_wait_for_a_running_job():
    # A job waiting on its worker (here: for ever) must not keep the interpreter from exiting: with a
    # ThreadPoolExecutor, Ctrl-C on `make run` after a 校验 upload hung until the worker's time limit.
    script = (
        "import threading, sys\n"
        f"sys.path.insert(0, {str(ROOT)!r})\n"
        "from ui.jobs import Pool\n"
        "started, never = threading.Event(), threading.Event()\n"
        "Pool(2).submit(lambda: (started.set(), never.wait()))\n"
        "started.wait()\n"
        "print('running', flush=True)\n"
    )
    # The timeout only stops a hang (the failure); nothing here measures speed.
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "running"


def test_at_most_two_jobs_run_at_once_and_each_gives_its_result_or_error():
    pool = Pool(2)
    release = threading.Event()
    started: queue.Queue = queue.Queue()

    def job(i):
        started.put(i)
        release.wait()
        if i == 2:
            raise ValueError("第三份文件无法读取")
        return i

    futures = [pool.submit(job, i) for i in range(3)]
    first_two = {started.get(), started.get()}
    assert started.empty()  # both slots are held until release: the third has not begun
    release.set()
    third = ({0, 1, 2} - first_two).pop()
    assert started.get() == third
    results = {}
    for i, f in enumerate(futures):
        try:
            results[i] = f.result()
        except ValueError as e:
            results[i] = str(e)
    assert results == {0: 0, 1: 1, 2: "第三份文件无法读取"}
