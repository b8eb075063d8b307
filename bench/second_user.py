"""A second user's page loads on a running server while one client attacks it (issue 27).

Starts the real app (`streamlit run app.py`, as `make run` does) with an LLM configured at the loopback fake of
tests/llm_server.py, and two drafts in its store: the visitor's (notes read, sections drafted) and the attacker's.
A visitor process loads the visitor's draft page again and again (0.3 s apart) while headless Chromium runs each
hostile-input class of issue 27 against the server through the app's own pages: notes, a section of numerals, a
revision instruction, hostile files on 校验 (PDF bombs, a huge .docx, a span page, a .doc through LibreOffice)
and long or endless LLM answers. Per attack: the visitor's load times (median / p95 / max), how many loads, and
the 1-minute load average of the machine.

A page load, `--visitor ws` (default): GET the page (index.html), open Streamlit's websocket, ask for a run of
the page and read every message until the run is over (`script_finished`) — all the server does for a page load;
`--visitor browser`: headless Chromium opens the URL (its cache warm) until the page is drawn and settled.

    .venv/bin/python bench/second_user.py [--visitor ws|browser] [--only WORD] [--app DIR]
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.browser_kit import CHROMIUM, FLAGS, NOTE_BOX, NOTES, WIDTH, settled  # noqa: E402
from tests.llm_server import LoopbackLLM, Reply, free_port  # noqa: E402

THINK = 0.3  # seconds between the visitor's loads


# --- the visitor: its own process, so that the attacker's browser driver shares no interpreter with it ---------

def visit_ws(url: str, query: str) -> None:
    import asyncio

    import websockets
    from streamlit.proto.BackMsg_pb2 import BackMsg
    from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

    urllib.request.urlopen(f"{url}/?{query}", timeout=300).read()  # the page itself (its scripts are cached)

    async def session() -> None:
        ws_url = url.replace("http://", "ws://") + "/_stcore/stream"
        async with websockets.connect(ws_url, subprotocols=["streamlit"], max_size=2**28) as ws:
            rerun = BackMsg()
            rerun.rerun_script.query_string = query
            rerun.rerun_script.page_script_hash = ""
            await ws.send(rerun.SerializeToString())
            while True:
                msg = ForwardMsg()
                msg.ParseFromString(await asyncio.wait_for(ws.recv(), 300))
                if msg.WhichOneof("type") == "script_finished":
                    return

    asyncio.run(session())


def visitor(url: str, query: str, out: Path, mode: str, title: str) -> None:
    """Load the page until killed; one JSON line per load: start, end (epoch seconds), error."""
    with out.open("a") as f:
        if mode == "ws":
            load = lambda: visit_ws(url, query)  # noqa: E731
            browser = None
        else:
            from playwright.sync_api import sync_playwright
            p = sync_playwright().start()
            browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS, headless=True)
            page = browser.new_context(viewport={"width": WIDTH, "height": 900}, locale="zh-CN").new_page()
            page.set_default_timeout(300_000)

            def load():
                page.goto(f"{url}/?{query}")
                page.get_by_role("heading", name=title).wait_for()
                settled(page, 300_000)
        while True:
            t0 = time.time()
            error = ""
            try:
                load()
            except Exception as e:  # noqa: BLE001 — a failed load is a result
                error = f"{type(e).__name__}: {e}"[:200]
            f.write(json.dumps({"start": t0, "end": time.time(), "error": error}) + "\n")
            f.flush()
            time.sleep(THINK)


# --- the server ------------------------------------------------------------------------------------------------

def prepare(data: Path, app: Path) -> dict[str, str]:
    """The drafts the run needs, written to the app's store before it starts (in a child: the app's code)."""
    code = """
import json, sys
from pathlib import Path
from assistant.drafting import add_notes, new_draft, draft_section
from assistant.drafting.state import SectionDraft
from assistant.store.drafts import Store
store = Store(Path(sys.argv[1]) / "drafts.sqlite3")
mine = new_draft("东城县教育局", 2025)
mine, _ = add_notes(mine, sys.argv[2])
for n in (1, 5, 6):
    mine = draft_section(mine, n)
store.save(mine, None, "新建")
theirs = new_draft("西城县卫生健康委员会", 2025)
theirs, _ = add_notes(theirs, sys.argv[2])
theirs.sections[1] = SectionDraft(text="本年度主动公开政府信息情况如下。", origin="user")
store.save(theirs, None, "新建")
numerals = new_draft("南城县民政局", 2025)
numerals.sections[1] = SectionDraft(text="二" * 2000, origin="llm")  # 6 KB of Chinese numerals by an LLM
store.save(numerals, None, "新建")
print(json.dumps({"visitor": mine.id, "attacker": theirs.id, "numerals": numerals.id}))
"""
    env = {k: v for k, v in os.environ.items() if not k.startswith("NIANBAO_")}
    done = subprocess.run([sys.executable, "-c", code, str(data), NOTES], cwd=app, env=env, capture_output=True,
                          text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def start(app: Path, data: Path, llm: LoopbackLLM) -> tuple[subprocess.Popen, str]:
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("NIANBAO_")}
    env |= {"NIANBAO_DATA_DIR": str(data), "NIANBAO_LLM_MODEL": "fake", "NIANBAO_LLM_BASE_URL": llm.base_url,
            "NIANBAO_LLM_API_KEY": "sk-bench", "NIANBAO_LLM_DEADLINE": "30", "NIANBAO_LLM_RETRIES": "0"}
    proc = subprocess.Popen([str(Path(sys.executable).parent / "streamlit"), "run", "app.py", "--server.port",
                             str(port), "--server.headless", "true"], cwd=app, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    for _ in range(2400):
        try:
            urllib.request.urlopen(url + "/_stcore/health", timeout=1).close()
            return proc, url
        except OSError:
            time.sleep(0.05)
    proc.kill()
    raise SystemExit("the app did not start")


# --- the attacks -----------------------------------------------------------------------------------------------

def files() -> dict[str, tuple[str, bytes]]:
    from bench.hostile_files import cases
    from tests.test_hostile_office import hostile_page
    out = {f"校验: {k}": v for k, v in cases().items()}
    cells = "".join('<td rowspan="500" colspan="500">1</td>' for _ in range(200))
    row = f"<tr>{cells}</tr>"
    span = "<html><body><p>政府信息公开工作年度报告</p><table>" + row * (25 * 2**20 // len(row)) + "</table></body></html>"
    out["校验: a 25 MB page of huge row/colspans"] = (".html", span.encode())
    out["校验: a .doc naming 6 URLs (LibreOffice)"] = (".doc", hostile_page("http://127.0.0.1:9"))
    big = ("<html><body>" + "<p>政府信息公开工作年度报告。主动公开政府信息情况。</p>" * 60_000 + "</body></html>").encode()
    out["校验: a 2.6 MB .doc (LibreOffice converts it)"] = (".doc", big)
    return out


def wait_run(page) -> None:
    """The run a click or a key started, over: its start seen (or already over), then settled."""
    try:
        page.wait_for_function("() => document.querySelector('[data-testid=stApp]')"
                               "?.getAttribute('data-test-script-state') === 'running'", timeout=3000)
    except Exception:  # noqa: BLE001 — a run that was over before we looked
        pass
    settled(page, 240_000)


def open_draft(page, url: str, draft: str) -> None:
    page.goto(f"{url}/?draft={draft}")
    page.get_by_placeholder(NOTE_BOX).wait_for()
    settled(page, 240_000)


def attacks(url: str, ids: dict, llm: LoopbackLLM, tmp: Path) -> list[tuple[str, callable]]:
    def notes(text: str):
        def run(page):
            open_draft(page, url, ids["attacker"])
            box = page.get_by_placeholder(NOTE_BOX)
            box.fill(text)
            box.press("Enter")
            wait_run(page)
        return run

    def numerals(page):
        open_draft(page, url, ids["numerals"])  # the guard reads the section on every run of the page
        page.get_by_role("tab", name="正文").first.click()
        wait_run(page)

    def revise(page):
        open_draft(page, url, ids["attacker"])
        page.get_by_role("tab", name="正文").first.click()
        form = page.locator("[data-testid=stForm]").filter(has=page.get_by_role("button", name="按意见修改")).first
        form.locator("textarea").first.fill("把" + "的改为" * 48_700)
        form.get_by_role("button", name="按意见修改").click()
        wait_run(page)

    def upload(suffix: str, data: bytes):
        def run(page):
            path = tmp / f"attack{suffix}"
            path.write_bytes(data)
            page.goto(url)
            page.get_by_role("link", name="校验").first.click()
            page.get_by_text("上传报告（可一次选择多份）").wait_for()
            settled(page)
            page.locator("[data-testid=stFileUploaderDropzoneInput]").first.set_input_files(str(path))
            wait_run(page)
        return run

    def llm_answer(reply: Reply):
        def run(page):
            llm.default = reply
            try:
                open_draft(page, url, ids["attacker"])
                page.get_by_role("tab", name="正文").first.click()
                settled(page)
                page.locator("[class*='st-key-draft_5']").get_by_role("button").click()
                wait_run(page)
            finally:
                llm.default = Reply()
        return run

    image = "![x](http://127.0.0.1:9/beacon.png)\x1b[31m"
    out = [
        ("notes: 16 000 chars of 二十件，", notes("二十件，" * 4_000)),
        ("notes: 4 000 numbers, no clause", notes(" ".join(str(i * 7 % 997 + 1) for i in range(4_000)))),
        ("notes: one 1 500-clause sentence", notes("，".join(f"收到申请{i}件" for i in range(1_500)))),
        ("notes: 20 000 quotation marks", notes("“" * 20_000)),
        ("notes: 200 KB (over the limit)", notes("收到申请5件。" * 28_000)),
        ("guard: a draft whose section is 2 000 Chinese numerals, opened", numerals),
        ("revise: a 146 KB instruction", revise),
    ]
    out += [(name, upload(suffix, data)) for name, (suffix, data) in files().items()]
    out += [
        ("LLM: a 2 MB answer streamed (images, escapes)", llm_answer(Reply(content=("政府信息公开" + image) * 60_000))),
        ("LLM: keep-alive comments for ever (30 s deadline)", llm_answer(Reply(pings=100_000, ping_every=0.05))),
        ("LLM: 500 MB of filler in the stream", llm_answer(Reply(padding=500 * 2**20))),
    ]
    return out


# --- the run ---------------------------------------------------------------------------------------------------

def cpu_of(pid: int) -> float:
    """CPU seconds of one process (its own threads: the app's, not its workers')."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def loads_in(log: Path, t0: float, t1: float) -> list[dict]:
    """The visitor's loads that overlapped [t0, t1]."""
    rows = [json.loads(line) for line in log.read_text().splitlines() if line.strip()]
    return [r for r in rows if r["end"] >= t0 and r["start"] <= t1]


def summary(rows: list[dict]) -> str:
    times = sorted(r["end"] - r["start"] for r in rows)
    errors = sum(1 for r in rows if r["error"])
    if not times:
        return "| — | — | — | 0 |"
    p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
    return f"| {statistics.median(times):.2f} | {p95:.2f} | {max(times):.2f} | {len(times)}" + \
        (f" ({errors} failed)" if errors else "") + " |"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--visitor", choices=["ws", "browser"], default="ws")
    ap.add_argument("--only", default="", help="run only the attacks whose name contains this")
    ap.add_argument("--app", type=Path, default=ROOT)
    ap.add_argument("--idle", type=float, default=20, help="seconds of loads with no attack, first")
    ap.add_argument("--visit", nargs=5, metavar=("URL", "QUERY", "OUT", "MODE", "TITLE"), help=argparse.SUPPRESS)
    o = ap.parse_args()
    if o.visit:
        url, query, out, mode, title = o.visit
        return visitor(url, query, Path(out), mode, title)

    from playwright.sync_api import sync_playwright
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))  # stopped: the server and the visitor go too
    tmp = Path(tempfile.mkdtemp(prefix="nianbao-second-user-"))
    data = tmp / "data"
    data.mkdir()
    llm = LoopbackLLM().start()
    ids = prepare(data, o.app)
    proc, url = start(o.app, data, llm)
    log = tmp / "visits.jsonl"
    log.touch()
    guest = None
    results = []
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS, headless=True)
            context = browser.new_context(viewport={"width": WIDTH, "height": 900}, locale="zh-CN")
            context.set_default_timeout(240_000)
            page = context.new_page()
            open_draft(page, url, ids["attacker"])  # the server's imports and the worker's fork server: warm
            guest = subprocess.Popen([sys.executable, __file__, "--visit", url, f"draft={ids['visitor']}", str(log),
                                      o.visitor, "东城县教育局 2025年度报告"], cwd=ROOT)
            while not log.read_text().strip():  # the visitor's first load (its browser's cold start) is not counted
                time.sleep(0.2)
            t0, cpu, load = time.time(), cpu_of(proc.pid), os.getloadavg()[0]
            time.sleep(o.idle)
            results.append(("no attack (idle server)", loads_in(log, t0 + 0.01, time.time()), load,
                            os.getloadavg()[0], "", time.time() - t0, cpu_of(proc.pid) - cpu))
            for name, run in attacks(url, ids, llm, tmp):
                if o.only and o.only not in name:
                    continue
                page.close()
                page = context.new_page()
                page.on("dialog", lambda d: d.accept())
                load, t0, cpu = os.getloadavg()[0], time.time(), cpu_of(proc.pid)
                outcome = "ok"
                try:
                    run(page)
                except Exception as e:  # noqa: BLE001 — reported with the figures
                    outcome = f"{type(e).__name__}: {str(e)[:80]}"
                t1, cpu = time.time(), cpu_of(proc.pid) - cpu
                time.sleep(THINK * 2)  # the load under way when the attack ended is still counted
                results.append((name, loads_in(log, t0, t1), load, os.getloadavg()[0], outcome, t1 - t0, cpu))
                print(f"{name}: {t1 - t0:.1f} s, app CPU {cpu:.1f} s {summary(results[-1][1])} {outcome}", flush=True)
            browser.close()
    finally:
        if guest is not None:
            guest.kill()
            guest.wait()
        proc.terminate()
        proc.wait(timeout=30)
        llm.stop()
    print(f"\napp: {o.app} · visitor: {o.visitor} · {os.cpu_count()} cores")
    print("| attack | attack s | app CPU s | visitor's load: median s | p95 s | max s | loads | load average (1 min) |")
    print("|---|---:|---:|---:|---:|---:|---:|---|")
    for name, rows, before, after, outcome, seconds, cpu in results:
        print(f"| {name}{' — ' + outcome if outcome not in ('', 'ok') else ''} | {seconds:.1f} | {cpu:.1f} "
              f"{summary(rows)} {before:.1f}–{after:.1f} |")
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
