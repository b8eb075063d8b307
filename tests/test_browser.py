"""The app in a real headless Chromium (Debian's, never a downloaded browser), driven by Playwright.
Screenshots of each page go to test-artifacts/ to be looked at: Chinese renders, nothing overlaps."""
from __future__ import annotations


import pytest

from tests.browser_kit import NOTES, ROOT, in_chromium, new_draft, send_notes, settled, shot  # noqa: F401

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
    page.get_by_label(label).click()
    page.get_by_role("option", name=option).click()


def test_review_and_training_pages_render(page, app_url):
    page.goto(app_url + "/review")
    page.get_by_text("与上年报告比对").wait_for()
    _choose(page, "或从范文库选择（本年报告）", "和田地区 2024年度")
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
