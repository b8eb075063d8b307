"""Issue 25 in Debian chromium: typed text is never lost. Text typed into a section (not saved) is still there
after a chat message, a reload (which asks first) and a restart of the server; a chat message typed and not
sent comes back into the chat box; two tabs editing different sentences of one section both keep their edit.
The module's own app server, so the test can restart it on the same data."""
from __future__ import annotations

import os
import re
import sys
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.browser_kit import NOTE_BOX, ROOT, edit_cell, in_chromium, settled, shot, version_of
from tests.llm_server import free_port, serve

pytestmark = in_chromium

MARKER = "未保存的修改（自动暂存于"


class App:
    """A streamlit server on a fixed port and data dir that can be stopped and started again."""

    def __init__(self, data: Path):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.env = {**os.environ, "NIANBAO_DATA_DIR": str(data)}
        for k in ("NIANBAO_LLM_MODEL", "NIANBAO_LLM_BASE_URL"):
            self.env.pop(k, None)
        self.server = None

    def start(self):
        cmd = [str(Path(sys.executable).parent / "streamlit"), "run", "app.py", "--server.port", str(self.port),
               "--server.headless", "true"]
        self.server = serve(cmd, self.url + "/_stcore/health", "streamlit", cwd=ROOT, env=self.env)
        self.proc = next(self.server)

    def stop(self):
        self.proc.terminate()  # closing the generator at its yield would skip its own clean-up
        self.proc.wait(timeout=20)
        self.server.close()


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    a = App(tmp_path_factory.mktemp("data"))
    a.start()
    yield a
    a.stop()


@pytest.fixture(scope="module")
def app_url(app):  # the shared `drafted` fixture drafts on this module's server
    return app.url


def section_box(page, n: int):
    return page.locator(f"[class*='st-key-text_{n}_'] textarea")


def open_text_tab(page):
    page.get_by_role("tab", name="正文").first.click()
    # Its drafted text, not just the box: on a busy machine the box can be read before its value is set.
    expect(section_box(page, 1)).to_have_value(re.compile("主动公开"))


def type_at_end(page, n: int, words: str):
    box = section_box(page, n)
    box.click()
    box.press("Control+End")
    box.press_sequentially(words)  # keystrokes, as a user types: nothing is committed by Streamlit itself


def test_typed_section_text_survives_chat_reload_and_restart(app, page, drafted):
    page.goto(f"{app.url}/?draft={drafted}")
    open_text_tab(page)
    saved = section_box(page, 1).input_value()
    type_at_end(page, 1, "全年未发生泄密事件。")
    page.get_by_text(MARKER).first.wait_for()  # kept in the store a moment after typing stopped
    typed = saved + "全年未发生泄密事件。"
    # A chat message: a new version, the typed text still in its box.
    v = version_of(page)
    page.get_by_role("tab", name="笔记与统计表").first.click()
    box = page.get_by_placeholder(NOTE_BOX)
    box.fill("行政许可3件。")
    box.press("Enter")
    page.get_by_text("已保存：笔记").first.wait_for()
    assert version_of(page) == v + 1
    open_text_tab(page)
    expect(section_box(page, 1)).to_have_value(typed)
    page.get_by_text(MARKER).first.wait_for()
    # A reload asks first (the browser's leave-page prompt), then shows the typed text.
    page.prompts.clear()
    page.reload()
    settled(page)
    assert page.prompts == ["beforeunload"]
    open_text_tab(page)
    expect(section_box(page, 1)).to_have_value(typed)
    shot(page, "draft-unsaved-section")
    # A restart of the server: still there.
    app.stop()
    app.start()
    page.goto(f"{app.url}/?draft={drafted}")
    open_text_tab(page)
    expect(section_box(page, 1)).to_have_value(typed)
    # 放弃: the saved text is back and nothing is unsaved any more.
    page.locator(".st-key-discard_kept_1 button").click()
    open_text_tab(page)
    expect(section_box(page, 1)).to_have_value(saved)
    page.get_by_text(MARKER).first.wait_for(state="detached")
    assert page.get_by_text("未保存的修改").count() == 0


def test_chat_input_typed_but_not_sent_comes_back_after_a_reload(page, app, drafted):
    page.goto(f"{app.url}/?draft={drafted}")
    page.get_by_role("tab", name="笔记与统计表").first.click()
    page.get_by_placeholder(NOTE_BOX).press_sequentially("行政复议2件，均维持")
    page.get_by_text("对话框中尚未发送的笔记").first.wait_for()
    page.reload()
    settled(page)
    expect(page.get_by_placeholder(NOTE_BOX)).to_have_value("行政复议2件，均维持")
    page.get_by_placeholder(NOTE_BOX).press("Enter")  # sent: no longer unsaved
    page.get_by_text("已保存：笔记").first.wait_for()
    settled(page)
    assert page.get_by_text("对话框中尚未发送的笔记").count() == 0


def test_a_cell_typed_as_words_is_kept_as_typed_until_corrected_or_discarded(page, app, drafted):
    page.goto(f"{app.url}/?draft={drafted}")
    edit_cell(page, "ed_active_other_", 0, 232 + 50, "很多")  # 行政许可: not a number
    page.get_by_text("不是数字").first.wait_for()
    page.reload()
    settled(page)
    kept = page.get_by_text(re.compile("未保存的修改：.*行政许可.*填的是“很多”"))
    kept.first.wait_for()
    page.locator("[class*='st-key-discard_cell_'] button").first.click()
    kept.first.wait_for(state="detached")
    assert page.get_by_text("填的是“很多”").count() == 0


def test_two_tabs_editing_different_sentences_of_one_section_keep_both_edits(browser, page, app, drafted):
    url = f"{app.url}/?draft={drafted}"
    a, b = page, browser.page()
    for p in (a, b):
        p.goto(url)
        open_text_tab(p)
    text = section_box(a, 1).input_value()
    first = text.split("。")[0] + "。"
    assert first != text and text.count("。") >= 3
    mine_a = text.replace(first, first.replace("。", "，成效明显。"), 1)   # tab A: the first sentence
    mine_b = text.rstrip() + "全年未发生泄密事件。"                       # tab B: a sentence at the end
    for p, new in ((a, mine_a), (b, mine_b)):
        section_box(p, 1).fill(new)
    a.locator("[data-testid=stForm]").filter(has=section_box(a, 1)).get_by_role("button", name="保存修改").click()
    a.get_by_text("已保存：手工修改第1部分").first.wait_for()
    b.locator("[data-testid=stForm]").filter(has=section_box(b, 1)).get_by_role("button", name="保存修改").click()
    b.get_by_text("为避免覆盖，本次修改未保存").first.wait_for()
    b.get_by_role("button", name="在最新版本上应用我的修改").click()
    b.locator("[data-testid=stToast]").filter(has_text="应用到最新版本").first.wait_for()
    open_text_tab(b)
    both = section_box(b, 1).input_value()
    assert "成效明显" in both and both.endswith("全年未发生泄密事件。")
    assert both == mine_a.rstrip() + "全年未发生泄密事件。" or both == mine_a + "全年未发生泄密事件。"
    b.close()
