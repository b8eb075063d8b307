"""App cold start: from `streamlit run` to the health check, and to the first page rendered in headless
Chromium (Debian's); then the server's resident memory.

    .venv/bin/python bench/app_start.py [--runs 3]
"""
from __future__ import annotations

import argparse
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", "--no-first-run", "--disable-quic"]


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def once(browser) -> tuple[float, float, float]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**os.environ, "NIANBAO_DATA_DIR": tempfile.mkdtemp()}
    t0 = time.perf_counter()
    proc = subprocess.Popen([str(Path(sys.executable).parent / "streamlit"), "run", "app.py", "--server.port", str(port)],
                            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while True:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=1)
                break
            except OSError:
                time.sleep(0.05)
        healthy = time.perf_counter() - t0
        page = browser.new_page()
        page.goto(f"http://127.0.0.1:{port}/")
        page.get_by_text("起草年度报告").wait_for(timeout=60000)
        rendered = time.perf_counter() - t0
        page.close()
        return healthy, rendered, rss_mb(proc.pid)
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    o = ap.parse_args()
    from playwright.sync_api import sync_playwright
    chromium = shutil.which("chromium") or "/usr/bin/chromium"
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=FLAGS, headless=True)
        results = [once(browser) for _ in range(o.runs)]
        browser.close()
    print(f"app cold start over {o.runs} runs: health check {statistics.median(r[0] for r in results):.2f} s, "
          f"first page rendered {statistics.median(r[1] for r in results):.2f} s (median); "
          f"server RSS after first render {max(r[2] for r in results):.0f} MB")


if __name__ == "__main__":
    main()
