"""The workbench's actions timed in headless Chromium (Debian's) against a real app server: from the user's
click or key to the page settled again (Streamlit's run over, nothing stale, painted) — what the user waits for.

    .venv/bin/python bench/workbench.py [--runs 5] [--app DIR]

--app runs another checkout's app.py (e.g. /work/main, for a before/after on the same machine). Prints the
median and p95 per action and the machine's load average (the machine is shared: say it with the figures).
"""
from __future__ import annotations

import argparse
import os
import re
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
sys.path.insert(0, str(ROOT))

from tests.browser_kit import FLAGS, NOTE_BOX, NOTES, WIDTH, open_new_draft_form, settled, shot  # noqa: E402


def start(app: Path) -> tuple[subprocess.Popen, str]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**os.environ, "NIANBAO_DATA_DIR": tempfile.mkdtemp(prefix="nianbao-bench-")}
    for k in ("NIANBAO_LLM_MODEL", "NIANBAO_LLM_BASE_URL"):
        env.pop(k, None)
    proc = subprocess.Popen([str(Path(sys.executable).parent / "streamlit"), "run", "app.py", "--server.port", str(port),
                             "--server.headless", "true"], cwd=app, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    for _ in range(1200):
        try:
            urllib.request.urlopen(url + "/_stcore/health", timeout=1).close()
            return proc, url
        except OSError:
            time.sleep(0.05)
    proc.kill()
    raise SystemExit("the app did not start")


def timed(times: dict, name: str, page, act, done) -> None:
    """act() is the user's action; done() waits for what it shows; then the page settles."""
    t = time.perf_counter()
    act()
    done()
    settled(page)
    times.setdefault(name, []).append(time.perf_counter() - t)


def session(page, url: str, times: dict, n: int) -> None:
    page.goto(url)
    settled(page)
    open_new_draft_form(page)
    agency = f"东城县教育局{n}"
    page.get_by_label("机关名称").first.fill(agency)
    page.get_by_label("报告年度").first.fill("2025")
    timed(times, "新建草稿", page, lambda: page.get_by_role("button", name="新建草稿").click(),
          lambda: page.get_by_role("heading", name=f"{agency} 2025年度报告").wait_for())
    draft = page.url
    box = page.get_by_placeholder(NOTE_BOX)
    box.fill(NOTES)
    t = time.perf_counter()
    box.press("Enter")
    page.get_by_text("正在处理笔记").first.wait_for()  # the progress the page shows while it works
    times.setdefault("发送笔记：出现进度提示", []).append(time.perf_counter() - t)
    page.get_by_text("已保存：笔记").first.wait_for()
    settled(page)
    times.setdefault("发送笔记（笔记→统计表）", []).append(time.perf_counter() - t)
    timed(times, "切换到“正文”", page, lambda: page.get_by_role("tab", name="正文").first.click(),
          lambda: page.locator("[class*='st-key-text_1_'] textarea").wait_for())
    timed(times, "起草全部正文", page, lambda: page.get_by_role("button", name="起草全部正文").click(),
          lambda: page.get_by_text("已保存：起草全部正文").first.wait_for())
    page.get_by_role("tab", name="正文").first.click()
    text = page.locator("[class*='st-key-text_6_'] textarea")
    text.fill(text.input_value() + "全年未发生泄密事件。")
    form = page.locator("[data-testid=stForm]").filter(has=text)
    timed(times, "保存手工修改", page, lambda: form.get_by_role("button", name="保存修改").click(),
          lambda: page.get_by_text("已保存：手工修改第6部分").first.wait_for())
    timed(times, "重新打开草稿页", page, lambda: page.goto(draft),
          lambda: page.locator("[data-testid=legend]").wait_for())
    timed(times, "切换到“全文预览”", page, lambda: page.get_by_role("tab", name="全文预览").first.click(),
          lambda: page.frame_locator("iframe").get_by_text("三、收到和处理政府信息公开申请情况").wait_for())
    page.get_by_role("tab", name="导出").first.click()
    page.get_by_text("仍然导出未完成的报告").click()
    settled(page)
    t = time.perf_counter()
    page.get_by_role("button", name="生成 PDF").click()
    page.get_by_text("正在用 LibreOffice 生成 PDF").first.wait_for()
    times.setdefault("生成 PDF：出现进度提示", []).append(time.perf_counter() - t)
    page.get_by_role("button", name="下载 PDF").wait_for()
    settled(page)
    times.setdefault("生成 PDF", []).append(time.perf_counter() - t)
    timed(times, "切换到“审阅”页", page, lambda: page.get_by_role("link", name="审阅").first.click(),
          lambda: page.get_by_text("与上年报告比对").wait_for())
    this = page.locator(".st-key-this_pick").get_by_role("combobox")
    if "草稿" in (this.get_attribute("aria-label") or ""):  # 审阅 of a saved draft (issue 25)
        this.click()
        option = page.get_by_role("option", name=re.compile(f"^草稿：{agency} ")).first
        timed(times, "审阅已保存的草稿（对比上年）", page,
              lambda: (option.click(), page.locator(".st-key-last_pick").get_by_role("combobox").click(),
                       page.get_by_role("option", name="和田地区 2024年度").click()),
              lambda: page.get_by_text("主要数据同比").wait_for())


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--app", type=Path, default=ROOT)
    o = ap.parse_args()
    from playwright.sync_api import sync_playwright
    chromium = shutil.which("chromium") or "/usr/bin/chromium"
    proc, url = start(o.app)
    times: dict[str, list[float]] = {}
    load = [os.getloadavg()[0]]
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=chromium, args=FLAGS, headless=True)
            context = browser.new_context(viewport={"width": WIDTH, "height": 900}, locale="zh-CN")
            context.set_default_timeout(120000)
            for n in range(o.runs + 1):
                page = context.new_page()
                page.on("dialog", lambda d: d.accept())
                run: dict[str, list[float]] = {}
                try:
                    session(page, url, run, n)
                except Exception:
                    shot(page, "bench-workbench-failed")
                    raise
                page.close()
                if n:  # the first session warms the server (imports, caches): not counted
                    for k, v in run.items():
                        times.setdefault(k, []).extend(v)
                load.append(os.getloadavg()[0])
            browser.close()
    finally:
        proc.terminate()
        proc.wait(timeout=20)
    print(f"app: {o.app} · {o.runs} sessions · load average (1 min) {min(load):.1f}–{max(load):.1f} on "
          f"{os.cpu_count()} cores")
    print("| action | median s | p95 s |")
    print("|---|---|---|")
    for k, v in times.items():
        v = sorted(v)
        p95 = v[min(len(v) - 1, round(0.95 * (len(v) - 1)))]
        print(f"| {k} | {statistics.median(v):.2f} | {p95:.2f} |")


if __name__ == "__main__":
    main()
