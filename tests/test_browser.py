"""The app in a real headless Chromium (Debian's, never a downloaded browser), driven by Playwright.
Screenshots of each page go to test-artifacts/ to be looked at: Chinese renders, nothing overlaps."""
from __future__ import annotations


import pytest

from tests.browser_kit import (  # noqa: F401
    NOTE_BOX, NOTES, ROOT, in_chromium, new_draft, pick, send_notes, settled, shot, version_of, visible_text,
)
from tests.test_dialogue import CORRECTION, PARAGRAPH

pytestmark = in_chromium


def test_draft_page_from_notes_to_a_drafted_section(page, app_url):
    new_draft(page, app_url, "东城县教育局")
    send_notes(page)
    page.get_by_text("已填入").first.wait_for()
    shot(page, "draft-chat")
    page.get_by_role("tab", name="笔记与统计表").first.click()
    page.locator("td[data-path='applications.new_received[6]']").first.wait_for()
    assert page.locator("td[data-path='applications.new_received[6]']").first.inner_text() == "12"
    page.get_by_role("tab", name="正文").first.click()
    page.get_by_role("button", name="起草").first.click()
    page.get_by_text("全年共收到政府信息公开申请12件").first.wait_for()
    shot(page, "draft-sections-drafted")
    # A refresh brings the same draft back (id in the URL, draft in SQLite).
    page.reload()
    page.get_by_role("tab", name="正文").first.click()
    page.get_by_text("全年共收到政府信息公开申请12件").first.wait_for()


def test_chat_paragraph_correction_then_natural_answers_complete_the_tables(page, app_url):
    """Issue 21 as a new user meets it: a paragraph and a correction, then one natural answer per question; the
    tables are complete and right after three answers, with no contradiction and no question asked twice."""
    new_draft(page, app_url, "青岚县人民政府")
    asked = []
    for msg in (PARAGRAPH, CORRECTION, "那2件都是自然人", "一件涉及第三方隐私，另一件属于内部事务信息", "维持了"):
        v = version_of(page)
        box = page.get_by_placeholder(NOTE_BOX)
        box.fill(msg)
        box.press("Enter")
        page.get_by_text(f"版本 {v + 1} · 更新于").first.wait_for()
        settled(page)
        q = page.locator(".st-key-questions_box").inner_text()
        assert "矛盾" not in q
        asked.append(q.split("请问：")[1].split("\n")[0] if "请问：" in q else "")
    assert "没有待确认的问题" in page.locator(".st-key-questions_box").inner_text()
    # An answered question is never asked again: each answer (messages 3–5) moves on to the next one.
    assert all(asked[k] != asked[k - 1] for k in (2, 3, 4)), asked
    assert "由 1 改为 2" in visible_text(page)
    for path, value in (("applications.carried_over[0]", "2"), ("applications.other_other[6]", "2"),
                        ("applications.withheld_third_party[0]", "1"), ("review_litigation.review[0]", "1")):
        assert page.locator(f"td[data-path='{path}']").first.inner_text() == value
    # The chat is wide enough to read at 1 366 px, and the tables stay beside it.
    chat = page.locator(".st-key-chat_box").bounding_box()
    grid = page.locator("[class*='st-key-ed_applications_']").bounding_box()
    assert chat["width"] >= 380 and chat["x"] + chat["width"] <= grid["x"] and grid["x"] < 1366
    shot(page, "draft-chat-answers")


def test_check_and_settings_pages_render(page, app_url):
    page.goto(app_url + "/check")
    page.get_by_text("校验年度报告").wait_for()
    seed = (ROOT / "corpus" / "004_a80d00d8d16235a9.txt").read_text(encoding="utf-8")
    page.get_by_placeholder("把年度报告全文（含三张统计表）粘贴到这里").fill(seed)
    page.keyboard.press("Control+Enter")
    page.get_by_text("R3-6").first.wait_for()
    page.get_by_text("和田地区").first.wait_for()
    settled(page)  # the metrics finish rendering before the picture
    shot(page, "check")
    page.goto(app_url + "/settings")
    page.get_by_text("离线起草").wait_for()
    shot(page, "settings")


def _choose(page, label: str, option: str):
    pick(page, page.get_by_label(label), option, exact=False)


def test_review_and_training_pages_render(page, app_url):
    page.goto(app_url + "/review")
    page.get_by_text("与上年报告比对").wait_for()
    _choose(page, "或选择已保存的草稿、范文库中的报告（本年报告）", "和田地区 2024年度")
    _choose(page, "或从范文库选择（上年报告）", "乌鲁木齐县人民政府办公室 2023年度")
    page.get_by_text("主要数据同比").wait_for()
    page.get_by_text("跨年度核对结果只作提示").first.wait_for()  # 和田地区 ≠ 乌鲁木齐县: notices, not errors
    page.get_by_text("正文逐段比对").wait_for()
    page.locator("ins").first.wait_for(state="attached")
    page.get_by_text("五、存在的主要问题及改进情况 — 相似度").click()
    page.locator("ins:visible").first.wait_for()
    page.locator("[data-testid=stVegaLiteChart] .marks").first.wait_for()  # the chart drawn, after its data
    settled(page)
    shot(page, "review")
    page.goto(app_url + "/training")
    page.get_by_text("常见错误").first.wait_for()
    page.get_by_role("tab", name="常见错误").first.click()
    page.get_by_text("R3-1 表三勾稽关系").first.click()
    settled(page)
    shot(page, "training-rules")


def test_a_page_source_pasted_in_the_chat_fills_table_three_and_shows_as_text(page, app_url):
    """A clerk copies table 3 from the site editor's source view (longer than a note may be in plain text) and
    pastes it into the chat: the tables show its figures and the chat shows the table's text, not its tags."""
    from assistant.drafting.limits import NOTE_MAX_CHARS
    from tests.test_notes_markup import FIGURES, STYLE, table3_source
    source = table3_source(FIGURES, style=STYLE * 2)
    assert len(source) > NOTE_MAX_CHARS
    new_draft(page, app_url, "南川县住房和城乡建设局")
    send_notes(page, source)
    page.get_by_text("已填入").first.wait_for()
    settled(page)
    page.get_by_role("tab", name="笔记与统计表").first.click()
    for path, value in (("applications.new_received[6]", "8"), ("applications.partially_granted[4]", "1"),
                        ("applications.carried_forward[1]", "1")):
        page.locator(f"td[data-path='{path}']").first.wait_for()
        assert page.locator(f"td[data-path='{path}']").first.inner_text() == value
    assert "过长" not in visible_text(page) and "border-collapse" not in visible_text(page)
    shot(page, "draft-chat-html-source")
