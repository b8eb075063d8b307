"""范例库: an admin adds past reports (any supported format), sees them by agency / year / level with how
their tables were read, removes them; the index follows one file at a time. The page in AppTest; signing in
required when a proxy header is configured and none arrives."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from assistant.readers.document import Unreadable
from assistant.corpus.library import add, catalogue, remove
from assistant.corpus.retrieval import CorpusIndex
from assistant.settings import Settings, get_settings

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "corpus").glob("0*.txt"))


@pytest.fixture()
def lib(tmp_path):
    import chromadb
    from chromadb.config import Settings as ChromaSettings
    s = Settings(data_dir=tmp_path / "data", corpus_dir=tmp_path / "corpus", collection="t_lib")
    client = chromadb.EphemeralClient(settings=ChromaSettings(anonymized_telemetry=False))
    return s, CorpusIndex(s, client=client)


def test_upload_list_and_remove_with_the_index_following(lib):
    s, index = lib
    first = add("report.txt", SEEDS[0].read_bytes(), s, index)
    assert first.agency == "泽普县人民政府" and first.year == 2023 and first.level == "县"
    assert first.file == "泽普县人民政府2023年度报告.txt" and (s.corpus_dir / first.file).exists()
    assert first.confidence in ("高", "中") and "表三：175 格按栏目名称读出" in first.reading
    second = add("b.txt", SEEDS[1].read_bytes(), s, index)
    assert [e.agency for e in catalogue(s)] == ["乌鲁木齐县人民政府办公室", "泽普县人民政府"]
    sources = {m["source"] for m in index._all(["metadatas"])["metadatas"]}
    assert sources == {first.file, second.file}
    with pytest.raises(Unreadable) as e:
        add("again.txt", SEEDS[0].read_bytes(), s, index)
    assert "已在范例库中" in str(e.value)
    with pytest.raises(Unreadable):
        add("note.txt", "今天开会。".encode(), s, index)
    with pytest.raises(Unreadable) as e:
        add("x.exe", b"MZ", s, index)
    assert "不支持的文件格式" in str(e.value)
    assert len(catalogue(s)) == 2 and sorted(p.name for p in s.corpus_dir.iterdir()) == sorted([first.file, second.file])
    remove(first.file, s, index)
    assert [e.file for e in catalogue(s)] == [second.file]
    assert {m["source"] for m in index._all(["metadatas"])["metadatas"]} == {second.file}
    assert all(h.source == second.file for h in index.search("主动公开", k=5))


@pytest.fixture()
def env(tmp_path, monkeypatch):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for f in SEEDS[:3]:
        shutil.copy(f, corpus / f.name)
    monkeypatch.setenv("NIANBAO_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("NIANBAO_CORPUS_DIR", str(corpus))
    monkeypatch.chdir(ROOT)
    get_settings.cache_clear()
    yield tmp_path
    get_settings.cache_clear()


def listed(at):
    """The 范例库 list (a table indexed by 机关) as rows; empty when nothing is listed."""
    import pandas as pd
    return at.table[0].value.reset_index() if at.table else pd.DataFrame()


def test_corpus_page_lists_by_agency_year_level_and_removes(env):
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=90)
    at.run()
    at.switch_page("ui/corpus.py").run()
    assert not at.exception, at.exception
    table = listed(at)
    assert list(table["机关"]) == sorted(["泽普县人民政府", "乌鲁木齐县人民政府办公室", "汾西县人民政府办公室"])
    assert list(table["年度"]) == ["2023"] * 3 and set(table["读取可信度"]) <= {"高", "中"}
    assert all("表三" in r for r in table["表格读取情况"])
    at.selectbox(key="corpus_level").set_value("县").run()
    assert list(listed(at)["机关"]) == ["泽普县人民政府"]
    at.selectbox(key="corpus_remove_pick").set_value(SEEDS[0].name).run()
    at.button(key="corpus_remove").click().run()
    assert not at.exception, at.exception
    assert not (env / "corpus" / SEEDS[0].name).exists()
    assert "泽普县人民政府" not in list(listed(at).get("机关", []))


def test_with_a_proxy_header_configured_an_unsigned_request_sees_no_page(env, monkeypatch):
    monkeypatch.setenv("NIANBAO_AUTH_HEADER", "X-Remote-User")
    get_settings.cache_clear()
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.run()
    assert not at.exception, at.exception
    # (AppTest reports no real peer address, so it is refused as not coming from the proxy)
    assert any("登录" in e.value for e in at.error)
    assert not at.dataframe and not at.chat_input  # no page ran


# --- in Chromium ------------------------------------------------------------------------------------------

from tests.browser_kit import assert_clean, needs_chromium, retried, shot  # noqa: E402


@needs_chromium
@retried
def test_corpus_page_in_chromium_upload_list_remove(corpus_app, browser):
    url, corpus = corpus_app
    page = browser.page()  # a tab of the session's chromium (conftest)
    try:
        page.goto(url)
        page.get_by_role("link", name="范例库").click()
        page.get_by_text("共 1 份报告").wait_for(timeout=120000)
        page.locator("[data-testid=stFileUploader] input[type=file]").set_input_files(str(SEEDS[0]))
        page.get_by_role("button", name="加入范例库").click()
        page.get_by_text("已加入：泽普县人民政府 2023年").wait_for(timeout=90000)
        page.get_by_text("共 2 份报告").wait_for(timeout=90000)
        assert (corpus / "泽普县人民政府2023年度报告.txt").exists()
        listed = page.locator("[data-testid=stTable]").first
        listed.wait_for()
        assert "表格读取情况" in listed.inner_text() and "按栏目名称读出" in listed.inner_text()  # whole, wrapped
        shot(page, "corpus_page")
        assert_clean(page, "范例库")
        page.get_by_role("button", name="从范例库移除").click()
        page.get_by_text("共 1 份报告").wait_for(timeout=120000)
        assert len([f for f in corpus.iterdir() if f.suffix == ".txt"]) == 1
        assert browser.off_loopback() == []
    finally:
        page.close()


@pytest.mark.parametrize("page", ["ui/draft.py", "ui/corpus.py", "ui/admin.py", "ui/rollup.py",
                                  "ui/settings.py"])
def test_a_page_opened_by_its_own_url_still_requires_sign_in(env, monkeypatch, page):
    """A page file run by itself (without app.py) still asks for sign-in."""
    from assistant.drafting import new_draft
    from assistant.store.drafts import Store
    Store(env / "data" / "drafts.sqlite3").save(new_draft("东城县教育局", 2024), None, "新建")
    monkeypatch.setenv("NIANBAO_AUTH_HEADER", "X-Remote-User")
    get_settings.cache_clear()
    at = AppTest.from_file(str(ROOT / page), default_timeout=60)
    at.run()
    assert not at.exception, at.exception
    assert any("登录" in e.value for e in at.error)
    assert "东城县教育局" not in " ".join(str(e.value) for e in [*at.markdown, *at.button, *at.caption])
