"""The workbench's actions timed in headless Chromium (Debian's) against a real app server: from the user's
click or key to the page settled again (Streamlit's run over, nothing stale, painted) — what the user waits for.

    .venv/bin/python bench/workbench.py [--runs 5] [--app DIR]

--app runs another checkout's app.py (e.g. /work/main, for a before/after on the same machine). Prints the
median and p95 per action and the machine's load average (the machine is shared: say it with the figures).

Where the time goes (the second table): the page records, on Chromium's performance timeline, when Streamlit's script
runs start and end (the app root's `data-test-script-state`) and the main thread's long tasks (> 50 ms). Per
action: *before run* (click to the first run starting: the round trip and the server's queue), *runs* (first
start to last end, and how many runs: a save is a run plus the rerun after it), *after run* (last end to
painted: the browser drawing what the run sent) and *browser busy* (long tasks in the whole action, which
overlap the runs: the browser draws while the server still sends).
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

from tests.browser_kit import FLAGS, NOTE_BOX, NOTES, WIDTH, edit_cell, open_new_draft_form, settled, shot  # noqa: E402


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


# Installed before any page script: script-run transitions and long tasks on the performance timeline.
TIMELINE = """(() => {
  const ev = window.__nbTimeline = [];
  const watch = () => new MutationObserver((ms) => ms.forEach((m) => {
    const s = m.target.getAttribute('data-test-script-state');
    if (m.attributeName === 'data-test-script-state') ev.push([performance.now(), s]);
  })).observe(document.documentElement, {subtree: true, attributes: true,
                                          attributeFilter: ['data-test-script-state']});
  document.readyState === 'loading' ? document.addEventListener('DOMContentLoaded', watch) : watch();
  try {
    new PerformanceObserver((l) => l.getEntries().forEach((e) => ev.push([e.startTime, 'long', e.duration])))
      .observe({type: 'longtask', buffered: true});
  } catch (e) {}
})()"""


def now(page) -> float:
    return page.evaluate("() => performance.now()")


def split(page, t0: float, t1: float) -> dict[str, float]:
    """The action's time [t0, t1] on the page's clock (ms) cut into before run / runs / after run / busy (s)."""
    ev = [e for e in page.evaluate("() => window.__nbTimeline || []") if t0 <= e[0] <= t1]
    starts = [e[0] for e in ev if e[1] == "running"]
    ends = [e[0] for e in ev if e[1] == "notRunning"]
    busy = sum(min(e[0] + e[2], t1) - e[0] for e in ev if e[1] == "long")
    if not starts or not ends:
        return {"before run": (t1 - t0) / 1000, "runs": 0.0, "after run": 0.0, "busy": busy / 1000, "n": 0}
    return {"before run": (starts[0] - t0) / 1000, "runs": (ends[-1] - starts[0]) / 1000,
            "after run": (t1 - ends[-1]) / 1000, "busy": busy / 1000, "n": len(starts)}


SPLITS: dict[str, list[dict[str, float]]] = {}


def timed(times: dict, name: str, page, act, done, navigates: bool = False, progress=None) -> None:
    """act() is the user's action; done() waits for what it shows; then the page settles. A navigation starts
    a new page clock at 0. progress: (name, text) of the progress line a heavy action shows first (not counted
    when it never shows: the action was over before a progress line was needed)."""
    t0 = 0.0 if navigates else now(page)
    if progress:  # seen by the page itself (a quick action's line may be gone before a wait looks); textContent
        # forces no layout, so watching does not slow the action it times. Timed from the input event itself
        # (the user's click or key), not from the harness's call, whose actionability checks come before it.
        page.evaluate("""(text) => { window.__nbSeen = null; window.__nbInput = null; const o = new MutationObserver(() => {
            if (document.body.textContent.includes(text)) { window.__nbSeen = performance.now(); o.disconnect(); } });
            o.observe(document.body, {subtree: true, childList: true, characterData: true});
            const mark = () => { if (window.__nbInput === null) window.__nbInput = performance.now(); };
            document.addEventListener('pointerdown', mark, {capture: true, once: true});
            document.addEventListener('keydown', mark, {capture: true, once: true}); }""", progress[1])
    t = time.perf_counter()
    act()
    done()
    settled(page)
    times.setdefault(name, []).append(time.perf_counter() - t)
    if progress:
        seen, clicked = page.evaluate("() => [window.__nbSeen, window.__nbInput]")
        if seen is not None:
            times.setdefault(progress[0], []).append((seen - (t0 if clicked is None else clicked)) / 1000)
            times.setdefault(progress[0] + "（自脚本调用起）", []).append((seen - t0) / 1000)
    SPLITS.setdefault(name, []).append(split(page, t0, now(page)))


def session(page, url: str, times: dict, n: int) -> None:
    page.goto(url)
    settled(page)
    open_new_draft_form(page)
    agency = f"东城县教育局{n}"
    page.get_by_label("机关名称").first.fill(agency)
    page.get_by_label("报告年度").first.fill("2025")
    settled(page)  # a click during a rerun started by the typing can be lost (as in tests/browser_kit.new_draft)
    timed(times, "新建草稿", page, lambda: page.get_by_role("button", name="新建草稿").click(),
          lambda: page.get_by_role("heading", name=f"{agency} 2025年度报告").wait_for())
    draft = page.url
    box = page.get_by_placeholder(NOTE_BOX)
    box.fill(NOTES)
    timed(times, "发送笔记（笔记→统计表）", page, lambda: box.press("Enter"),
          lambda: page.get_by_text("已保存：笔记").first.wait_for(),
          progress=("发送笔记：出现进度提示", "正在处理笔记"))
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
          lambda: page.locator("[data-testid=legend]").wait_for(), navigates=True)
    editor = edit_cell(page, "ed_active_other_", 0, 232 + 50, "7", enter=False)  # the user's wait starts at Enter
    timed(times, "修改统计表一格", page, lambda: editor.press("Enter"),
          lambda: page.get_by_text("已保存：修改统计表").first.wait_for())
    timed(times, "切换到“全文预览”", page, lambda: page.get_by_role("tab", name="全文预览").first.click(),
          lambda: page.frame_locator("iframe").get_by_text("三、收到和处理政府信息公开申请情况").wait_for())
    page.get_by_role("tab", name="导出").first.click()
    page.get_by_text("仍然导出未完成的报告").click()
    settled(page)
    timed(times, "生成 PDF", page, lambda: page.get_by_role("button", name="生成 PDF").click(),
          lambda: page.get_by_role("button", name="下载 PDF").wait_for(),
          progress=("生成 PDF：出现进度提示", "正在用 LibreOffice 生成 PDF"))
    timed(times, "切换到“审阅”页", page, lambda: page.get_by_role("link", name="审阅").first.click(),
          lambda: page.get_by_text("与上年报告比对").wait_for())
    this = page.locator(".st-key-this_pick").get_by_role("combobox")
    if "草稿" in (this.get_attribute("aria-label") or ""):  # 审阅 of a saved draft (issue 25)
        this.click()
        option = page.get_by_role("option", name=re.compile(f"^草稿：{agency} ")).first
        timed(times, "审阅已保存的草稿（对比上年）", page,
              lambda: (option.click(), page.locator(".st-key-last_pick").get_by_role("combobox").click(),
                       page.get_by_role("option", name="和田地区 2024年度").click()),
              lambda: page.get_by_text("主要数据同比", exact=True).wait_for())


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
            context.add_init_script(TIMELINE)
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
                else:
                    SPLITS.clear()
                load.append(os.getloadavg()[0])
            browser.close()
    finally:
        proc.terminate()
        proc.wait(timeout=20)
    print(f"app: {o.app} · {o.runs} sessions · load average (1 min) {min(load):.1f}–{max(load):.1f} on "
          f"{os.cpu_count()} cores")
    print("| action | median s | p95 s | n |")
    print("|---|---|---|---|")
    for k, v in times.items():
        v = sorted(v)
        p95 = v[min(len(v) - 1, round(0.95 * (len(v) - 1)))]
        print(f"| {k} | {statistics.median(v):.2f} | {p95:.2f} | {len(v)} |")
    print()
    print("| action | before run s | runs s (n) | after run s | browser busy s |")
    print("|---|---|---|---|---|")
    for k, v in SPLITS.items():
        m = {f: statistics.median(x[f] for x in v) for f in ("before run", "runs", "after run", "busy", "n")}
        print(f"| {k} | {m['before run']:.2f} | {m['runs']:.2f} ({m['n']:.0f}) | {m['after run']:.2f} | {m['busy']:.2f} |")


if __name__ == "__main__":
    main()
