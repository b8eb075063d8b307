"""Shared pieces of the browser tests: one app server and one Debian chromium per test session (a tab per
module), every request recorded, whole-page screenshots at 1 366 px, and checks for English words and None/nan."""
from __future__ import annotations

import os
import re
import shutil
import sys
from pathlib import Path
from urllib.parse import urlparse

import pytest

from tests.llm_server import free_port, serve

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", "--no-first-run", "--disable-quic"]
WIDTH = 1366
NOTES = ("2024年共收到政府信息公开申请12件，均为自然人。予以公开8件，本机关不掌握4件。未发生行政复议和行政诉讼。\n"
         "政府网站发布信息1520条。本年度未收取信息处理费。\n存在问题：栏目更新不及时。下一步将建立更新台账。")
NOTE_BOX = "粘贴或输入工作笔记（数字、做法、问题、改进措施）"

needs_chromium = pytest.mark.skipif(not Path(CHROMIUM).exists(),
                                    reason="Debian chromium not installed (.ci/run installs it: make browser-deps)")
# A real browser against a real server on 2 shared cores: a wait that times out under load is retried (twice)
# before it counts as a failure; a test that fails three times is a real failure.
retried = pytest.mark.flaky(reruns=2, reruns_delay=3)
in_chromium = [needs_chromium, retried]

# Words that are Chinese usage, not untranslated UI: formats, units, product and standard names.
ALLOWED_WORDS = {"PDF", "Word", "HTML", "Markdown", "MB", "KB", "B", "LibreOffice", "GB", "T", "CSV", "JSON", "docx", "html",
                 "md", "pdf", "txt", "doc", "wps", "htm", "LLM", "API", "Key", "URL", "R", "S", "X", "v", "AI",
                 # file types a scan comes in, named as the uploader names them
                 "jpg", "jpeg", "png", "tif", "tiff", "bmp", "webp"}


def start_app(tmp_path_factory):
    port = free_port()
    env = {**os.environ, "NIANBAO_DATA_DIR": str(tmp_path_factory.mktemp("data"))}
    for k in ("NIANBAO_LLM_MODEL", "NIANBAO_LLM_BASE_URL"):
        env.pop(k, None)
    url = f"http://127.0.0.1:{port}"
    cmd = [str(Path(sys.executable).parent / "streamlit"), "run", "app.py", "--server.port", str(port),
           "--server.headless", "true"]
    yield from (url for _ in serve(cmd, url + "/_stcore/health", "streamlit", cwd=ROOT, env=env))


class Browser:
    """One chromium, one context; every request any page makes is recorded."""

    def __init__(self, playwright):
        self.browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS, headless=True)
        self.context = self.browser.new_context(viewport={"width": WIDTH, "height": 900}, locale="zh-CN",
                                                accept_downloads=True)
        self.context.set_default_timeout(60000)  # 2 shared cores: a slow run is not a failure
        from playwright.sync_api import expect
        expect.set_options(timeout=60000)  # the same for expect(), whose own default is 5 s
        self.requests: list[str] = []
        self.context.on("request", lambda r: self.requests.append(r.url))

    def page(self):
        """A new tab. The leave-page prompt (shown while typed text is unsaved) is answered "leave" and counted in
        `page.prompts`: tests navigate on purpose, and one checks that the prompt came."""
        page = self.context.new_page()
        page.prompts = []

        def answer(dialog):
            page.prompts.append(dialog.type)
            dialog.accept() if dialog.type == "beforeunload" else dialog.dismiss()
        page.on("dialog", answer)
        return page

    def off_loopback(self) -> list[str]:
        out = []
        for u in self.requests:
            p = urlparse(u)
            if p.scheme in ("data", "blob", "about") or (p.hostname or "") in ("127.0.0.1", "localhost", "::1"):
                continue
            out.append(u)
        return out

    def close(self):
        self.browser.close()


# The app has finished its run: Streamlit marks its root with the script's state, and every element of the
# previous run that is not redrawn yet with data-stale=true.
_SETTLED = """() => {
  const app = document.querySelector('[data-testid=stApp]');
  return !!app && app.getAttribute('data-test-script-state') === 'notRunning'
      && !document.querySelector('[data-stale=true]');
}"""
_PAINTED = "() => document.fonts.ready.then(() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r))))"


def settled(page, timeout: float = 60000) -> None:
    """Wait for a state, never for a time: the app's run is over, nothing on the page is stale, the fonts are
    loaded and the browser has painted twice since (layout applied)."""
    page.wait_for_function(_SETTLED, timeout=timeout)
    page.evaluate(_PAINTED)


def shot(page, name: str) -> Path:
    """The whole app page at 1 366 px (Streamlit scrolls inside its own container, so the window grows)."""
    ARTIFACTS.mkdir(exist_ok=True)
    settled(page)
    h = page.evaluate("() => Math.max(...[...document.querySelectorAll("
                      "'[data-testid=stMain], [data-testid=stAppViewContainer], [data-testid=stSidebarContent]')]"
                      ".map(e => e.scrollHeight), 900)")
    page.set_viewport_size({"width": WIDTH, "height": min(h + 40, 9000)})
    settled(page)  # the resize lays the page out again
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path))
    page.set_viewport_size({"width": WIDTH, "height": 900})
    return path


def visible_text(page) -> str:
    return page.evaluate("() => document.body.innerText")


def words_text(page) -> str:
    """The text a user sees or a screen reader reads, without the Material icon ligatures ("delete")."""
    return page.evaluate("""() => {
      const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const out = []; let n;
      while ((n = w.nextNode())) {
        const el = n.parentElement;
        if (!el || el.closest('[aria-hidden=true][translate=no], [data-testid=stIconMaterial], script, style, noscript')) continue;
        if (!el.checkVisibility() && !el.closest('a')) continue;
        out.push(n.nodeValue);
      }
      document.querySelectorAll('[placeholder]').forEach(e => e.checkVisibility() && out.push(e.getAttribute('placeholder')));
      return out.join(' ');
    }""")


def english_words(text: str, allow=()) -> list[str]:
    # A file path shown to the administrator (数据目录：/srv/nianbao/data) is a name to type, not text to translate.
    text = re.sub(r"(?:[A-Za-z]:)?(?:[/\\][\w.\-]+){2,}[/\\]?", " ", text)
    return sorted({w for w in re.findall(r"[A-Za-z][A-Za-z_]*", text) if w not in ALLOWED_WORDS and w not in allow
                   and not w.startswith("NIANBAO_")})


def assert_clean(page, where: str, allow=()) -> None:
    """No untranslated English, no None/nan anywhere in the page's visible text (an administrator's
    setting names, NIANBAO_…, are identifiers to type, not text to translate)."""
    text = words_text(page)
    assert not english_words(text, allow), f"{where}: English on the page: {english_words(text, allow)}"
    assert not re.search(r"\bNone\b|\bnan\b|\bNaN\b", text), f"{where}: None/nan on the page"


def open_new_draft_form(page):
    details = page.locator("[data-testid=stSidebar] details").first
    try:
        details.wait_for()
    except Exception:
        shot(page, "failed-open-new-draft")
        raise
    if details.get_attribute("open") is None:
        details.locator("summary").click()
    page.get_by_label("机关名称").first.wait_for()


def new_draft(page, url: str, agency: str, year: int = 2025, last: str | None = None):
    page.goto(url)
    open_new_draft_form(page)
    settled(page)  # the first run over: the fields are not redrawn under the typing
    page.get_by_label("机关名称").first.fill(agency)
    page.get_by_label("报告年度").first.fill(str(year))
    if last:
        choose(page.locator(".st-key-new_pick"), last)
    settled(page)  # a click during a rerun started by the typing can be lost: click once it is over
    page.get_by_role("button", name="新建草稿").click()
    try:
        page.get_by_role("heading", name=f"{agency} {year}年度报告").wait_for()
    except Exception:
        shot(page, "failed-new-draft")
        raise
    return draft_id(page)


def draft_id(page) -> str:
    m = re.search(r"draft=([0-9a-f]+)", page.url)
    assert m, page.url
    return m.group(1)


def choose(scope, option: str):
    pick(scope.page, scope.get_by_role("combobox"), option)


def pick(page, opener, option: str, exact: bool = True, tries: int = 3):
    """Open a select box and click one option. A rerun that lands while the list is open (a field above it
    committing on blur) redraws the box and closes the list, so the list is opened again on a settled page."""
    for attempt in range(tries):
        settled(page)
        opener.click()
        try:
            page.get_by_role("option", name=option, exact=exact).click(timeout=15000)
            return
        except Exception:
            if attempt == tries - 1:
                shot(page, "failed-pick")
                raise
            page.keyboard.press("Escape")


def send_notes(page, notes: str = NOTES):
    box = page.get_by_placeholder(NOTE_BOX)
    box.fill(notes)
    box.press("Enter")
    page.get_by_text("已保存：笔记").first.wait_for()


def version_of(page) -> int:
    m = re.search(r"版本 (\d+) · 更新于", visible_text(page))
    assert m
    return int(m.group(1))


def edit_cell(page, grid: str, row: int, x: float, text: str, enter: bool = True):
    """Type into one cell of a data editor (a canvas: by position), through its overlay editor; without
    `enter`, the value is typed but not yet committed (the editor is returned: a benchmark times the key)."""
    g = page.locator(f"[class*='st-key-{grid}'] [data-testid=stDataFrame]")
    page.wait_for_function(f"() => document.querySelectorAll(\"[class*='st-key-{grid}'] [data-testid=stDataFrame]\")"
                           ".length === 1")
    settled(page)  # drawn and laid out: cells are clicked by position
    g.scroll_into_view_if_needed()  # a click outside the window reaches no cell
    box = g.bounding_box()
    page.mouse.dblclick(box["x"] + x, box["y"] + 35 + row * 35 + 17)
    editor = page.locator("textarea.gdg-input, input.gdg-input").first
    editor.wait_for()
    editor.fill(text)
    if not enter:
        return editor
    editor.press("Enter")
