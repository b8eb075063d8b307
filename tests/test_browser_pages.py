"""Issue 14 across the app in Debian chromium: a full session (every page, a draft from notes to export)
whose every request stays on loopback; every page in Chinese only, without None/nan, photographed at
1 366 px; training's practice kept in the URL, scored by the planted cells, answers revealed."""
from __future__ import annotations

import re


from tests.browser_kit import (
    ROOT, assert_clean, in_chromium, new_draft, send_notes, settled, shot, visible_text,
)

pytestmark = in_chromium


def test_batch_check_marks_an_unreadable_file_failed(page, app_url):
    # The first request to a fresh server names a page: it still goes through app.py (navigation in
    # Chinese, the uploader translated), never a page file run alone around the sign-in.
    page.goto(app_url + "/check")
    page.get_by_text("校验年度报告").wait_for()
    page.locator("[data-testid=stSidebarNav]").get_by_text("起草").wait_for()
    page.get_by_text("每个文件不超过 30 MB").first.wait_for()
    assert "common" not in page.locator("[data-testid=stSidebarNav]").inner_text()
    seed = (ROOT / "corpus" / "000_93135b5bed1bd1eb.txt").read_bytes()
    page.locator(".st-key-check_uploads input[type=file]").set_input_files(files=[
        {"name": "泽普县.txt", "mimeType": "text/plain", "buffer": seed},
        {"name": "损坏.docx", "mimeType": "application/octet-stream", "buffer": b"PK\x03\x04 broken"}])
    page.get_by_text("批量结果（2 份）").wait_for()
    page.get_by_text("损坏.docx — 未通过：无法读取").wait_for()
    assert page.get_by_text(re.compile(r"^泽普县\.txt — (未通过|通过)")).count() == 1
    settled(page)
    assert_clean(page, "校验·批量")
    shot(page, "check-batch")


def test_page_icon_is_a_local_file(page, app_url):
    page.goto(app_url)
    page.get_by_text("草稿").first.wait_for()
    icon = page.evaluate("() => [...document.querySelectorAll('link[rel*=icon]')].map(l => l.href)")
    assert icon and all(u.startswith(app_url) for u in icon), icon


def test_training_practice_in_the_url_scored_by_planted_cells_with_answers(page, app_url):
    page.goto(app_url + "/training")
    page.get_by_role("tab", name="练习").first.click()
    page.get_by_text("练习编号").first.wait_for()
    m = re.search(r"exercise=(\d+)", page.url)
    assert m
    seed = m.group(1)
    page.reload()
    page.get_by_role("tab", name="练习").first.click()
    page.get_by_text(f"练习编号 {seed}").first.wait_for()
    assert f"exercise={seed}" in page.url
    page.get_by_text(re.compile("已改正 0 / \\d+ 处埋入的问题")).wait_for()
    page.get_by_text("显示答案").click()
    page.get_by_text("埋入的错误：").first.wait_for()
    # Revealed: in the URL, and the exercise is no longer scored.
    page.get_by_text("已查看答案，本次练习不计分").first.wait_for()
    assert f"revealed={seed}" in page.url
    answers = page.locator("[data-testid=stDataFrame]").last
    answers.wait_for()
    assert_clean(page, "培训·练习")
    shot(page, "training-practice")
    # 常见错误: the fee lesson reads 355000, never 355000.0.
    page.get_by_role("tab", name="常见错误").first.click()
    page.locator("summary").filter(has_text=re.compile("T2-3 ")).click()
    page.get_by_text("355000").filter(visible=True).first.wait_for()
    assert "355000.0" not in visible_text(page)
    assert_clean(page, "培训·常见错误")
    shot(page, "training")


def test_every_page_in_chinese_without_none_and_photographed(page, app_url):
    did = new_draft(page, app_url, "南城县人民政府", last="和田地区 2024年度")
    send_notes(page)
    assert_clean(page, "起草")
    for tab, name in (("正文", "draft-sections"), ("校验", "draft-check"), ("全文预览", "draft-preview-full"),
                      ("导出", "draft-export"), ("历史版本", "draft-history-list")):
        page.get_by_role("tab", name=tab).click()
        settled(page)
        assert_clean(page, f"起草·{tab}")
        shot(page, name)
    page.goto(f"{app_url}/?draft={did}")
    page.get_by_role("tab", name="笔记与统计表").first.wait_for()
    shot(page, "draft-tables")
    page.goto(app_url + "/check")
    page.get_by_text("校验年度报告").wait_for()
    assert_clean(page, "校验（空）")
    seed = (ROOT / "corpus" / "004_a80d00d8d16235a9.txt").read_text(encoding="utf-8")
    page.locator("textarea").first.fill(seed)
    page.keyboard.press("Control+Enter")
    page.get_by_text("R3-6").first.wait_for()
    settled(page)
    assert_clean(page, "校验")
    shot(page, "check")
    page.goto(app_url + "/review")
    page.get_by_text("与上年报告比对").wait_for()
    assert_clean(page, "审阅（空）")
    shot(page, "review-empty")
    page.goto(app_url + "/settings")
    page.get_by_text("离线起草").wait_for()
    assert_clean(page, "设置", allow={"env", "Chroma", "n", "gram"})  # .env, Chroma, n-gram: names of things
    shot(page, "settings")
    page.goto(app_url + "/training")
    page.get_by_role("tab", name="范例库").first.wait_for()
    settled(page)
    assert_clean(page, "培训")
    shot(page, "training-gallery")
    # The pages issue 13 added (local mode is its own administrator).
    for path, title, name in (("/rollup", "汇总核对", "rollup"), ("/corpus", "范例库", "corpus"),
                              ("/admin", "用户与单位", "admin")):
        page.goto(app_url + path)
        page.get_by_role("heading", name=title).first.wait_for()
        settled(page)
        assert_clean(page, title, allow={"env", "Chroma", "n", "gram"})
        shot(page, name)


def test_a_full_session_never_leaves_loopback(browser, app_url):
    """All pages and a draft from notes to the exported Word file; every request any page of the session's
    chromium made so far (icons, fonts, scripts, downloads) went to an app on 127.0.0.1."""
    page = browser.page()
    new_draft(page, app_url, "北城县人民政府")
    send_notes(page)
    page.get_by_role("tab", name="正文").first.click()
    page.get_by_role("button", name="起草全部正文").click()
    page.get_by_text("已保存：起草全部正文").first.wait_for()
    page.get_by_role("tab", name="导出").first.click()
    page.get_by_text("仍然导出未完成的报告").click()
    with page.expect_download() as dl:
        page.get_by_role("button", name="下载 Word").click()
    assert dl.value.suggested_filename.endswith(".docx")
    for path in ("/review", "/check", "/training", "/rollup", "/corpus", "/admin", "/settings", "/"):
        page.goto(app_url + path)
        settled(page)
    page.close()
    assert browser.requests, "no request recorded"
    assert browser.off_loopback() == []
