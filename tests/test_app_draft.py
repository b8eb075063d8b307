"""The 起草 page in AppTest: notes → tables → findings → sections → export; the draft survives a new
session (refresh/restart) through the URL and SQLite; a failing LLM leaves the draft intact."""
from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from assistant.drafting import tables_report
from assistant.settings import get_settings
from assistant.store.drafts import Store
from tests.llm_server import LoopbackLLM, Reply

ROOT = Path(__file__).resolve().parents[1]
NOTES = ("2024年共收到政府信息公开申请12件，均为自然人。予以公开8件，本机关不掌握4件。"
         "未发生行政复议和行政诉讼。行政许可300件，行政处罚20件，行政强制0件，收费0元。"
         "没有制发规范性文件，现行有效规范性文件5件。本年度未收取信息处理费。存在问题：栏目更新不及时。下一步将建立更新台账。")


@pytest.fixture()
def env(tmp_path, monkeypatch):
    monkeypatch.setenv("NIANBAO_DATA_DIR", str(tmp_path / "data"))
    for k in ("NIANBAO_LLM_MODEL", "NIANBAO_LLM_BASE_URL"):
        monkeypatch.delenv(k, raising=False)
    monkeypatch.chdir(ROOT)
    get_settings.cache_clear()
    yield tmp_path
    get_settings.cache_clear()


def start(query=None) -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    if query:
        at.query_params.update(query)
    at.run()
    assert not at.exception, at.exception
    return at


def new_draft(at: AppTest) -> AppTest:
    at.sidebar.text_input[0].input("东城县教育局")
    at.sidebar.number_input[0].set_value(2024)
    at.sidebar.button[0].click().run()
    assert not at.exception, at.exception
    return at


def all_text(at) -> str:
    parts = [e.value for e in at.markdown] + [e.value for e in at.caption] + [e.value for e in at.title]
    parts += [e.value for k in ("error", "warning", "info", "success") for e in getattr(at, k)]
    parts += [t.value for t in at.text_area]
    return "\n".join(map(str, parts))


def test_main_flow_notes_tables_findings_sections_export(env):
    at = new_draft(start())
    draft_id = at.query_params["draft"]
    draft_id = draft_id[0] if isinstance(draft_id, list) else draft_id
    assert "东城县教育局 2024年度报告" in all_text(at)
    at.chat_input[0].set_value(NOTES).run()
    assert not at.exception
    body = all_text(at)
    assert "已填入" in body and "本年新收 12" in body
    assert '<td class="num" data-path="applications.new_received[6]">12</td>' in body.replace(' style="background:#d7e8fa"', "")
    # Draft section 一 with the offline composer.
    at.button(key="draft_1").click().run()
    assert not at.exception
    text_1 = next(t.value for t in at.text_area if t.key.startswith("text_1_"))
    assert "全年共收到政府信息公开申请12件" in text_1
    downloads = at.get("download_button")
    assert len(downloads) == 3
    # The draft is in SQLite: a brand-new session with the draft id in the URL shows it all again.
    again = start({"draft": draft_id})
    body2 = all_text(again)
    assert "东城县教育局 2024年度报告" in body2 and "全年共收到政府信息公开申请12件" in body2
    assert Store(env / "data" / "drafts.sqlite3").load(draft_id)[1] >= 3


def test_drafting_all_sections_twice_saves_no_second_version(env):
    at = new_draft(start())
    draft_id = at.query_params["draft"]
    draft_id = draft_id[0] if isinstance(draft_id, list) else draft_id
    at.button(key="draft_all").click().run()
    store = Store(env / "data" / "drafts.sqlite3")
    drafted = store.load(draft_id)[1]
    assert [h.note for h in store.history(draft_id)][0] == "起草全部正文"
    at.button(key="draft_all").click().run()
    assert not at.exception
    assert store.load(draft_id)[1] == drafted and "没有需要起草的部分" in all_text(at)


def test_table_edit_through_the_editor_state_is_saved(env):
    at = new_draft(start())
    at.chat_input[0].set_value(NOTES).run()
    draft_id = at.query_params["draft"]
    draft_id = draft_id[0] if isinstance(draft_id, list) else draft_id
    store = Store(env / "data" / "drafts.sqlite3")
    version = store.load(draft_id)[1]
    # AppTest cannot type into a data_editor: seed its state the way the widget records an edit.
    at.session_state[f"ed_applications_{draft_id}_{version}"] = {"edited_rows": {2: {"总计": 9}}, "added_rows": [],
                                                                  "deleted_rows": []}
    at.run()
    assert not at.exception
    draft, new_version = store.load(draft_id)
    assert new_version == version + 1
    assert draft.entered["applications.granted[6]"] == 9 and draft.entered_by["applications.granted[6]"] == "user"
    assert "R3-2" in all_text(at) or "R3-3" in all_text(at) or "（七）总计" in all_text(at)


def test_failing_llm_endpoint_leaves_the_draft_intact(env, monkeypatch):
    server = LoopbackLLM().start()
    try:
        server.default = Reply(status=500)
        monkeypatch.setenv("NIANBAO_LLM_MODEL", "m")
        monkeypatch.setenv("NIANBAO_LLM_BASE_URL", server.base_url)
        monkeypatch.setenv("NIANBAO_LLM_RETRIES", "0")
        get_settings.cache_clear()
        at = new_draft(start())
        at.chat_input[0].set_value(NOTES).run()
        assert not at.exception
        at.button(key="draft_5").click().run()
        assert not at.exception
        body = all_text(at)
        assert "5xx" in body  # the reason is shown
        text_5 = next(t.value for t in at.text_area if t.key.startswith("text_5_"))
        assert "栏目信息更新不够及时" in text_5  # the offline composer took over, in the register
        draft_id = at.query_params["draft"]
        draft_id = draft_id[0] if isinstance(draft_id, list) else draft_id
        draft, _ = Store(env / "data" / "drafts.sqlite3").load(draft_id)
        assert draft.notes == [NOTES] and tables_report(draft).value("applications.new_received[6]") == 12
    finally:
        server.stop()


def test_settings_page_says_offline(env):
    at = start()
    at.switch_page("ui/settings.py").run()
    assert not at.exception
    assert "离线起草" in all_text(at)


def test_last_year_picked_from_the_corpus_prefills_carried_over(env):
    at = start()
    at.sidebar.text_input[0].input("和田地区")
    at.sidebar.number_input[0].set_value(2025)
    picker = at.sidebar.selectbox(key="new_pick")
    # Chosen by agency and year: no hash file names, no README.
    assert "和田地区 2024年度" in picker.options
    assert not [o for o in picker.options if ".txt" in o or "README" in o]
    picker.set_value("和田地区 2024年度")
    at.sidebar.button[0].click().run()
    assert not at.exception
    draft_id = at.query_params["draft"]
    draft_id = draft_id[0] if isinstance(draft_id, list) else draft_id
    draft, _ = Store(env / "data" / "drafts.sqlite3").load(draft_id)
    assert draft.last_year is not None and draft.last_year.meta.year == 2024
    body = all_text(at)
    assert 'data-path="applications.carried_over[6]">0</td>' in body.replace(' style="background:#d7e8fa"', "")


def test_api_key_never_reaches_the_page(env, monkeypatch):
    server = LoopbackLLM().start()
    try:
        server.default = Reply(status=401)
        secret = "sk-test-DO-NOT-LEAK-4242"
        monkeypatch.setenv("NIANBAO_LLM_MODEL", "m")
        monkeypatch.setenv("NIANBAO_LLM_BASE_URL", server.base_url)
        monkeypatch.setenv("NIANBAO_LLM_API_KEY", secret)
        monkeypatch.setenv("NIANBAO_LLM_RETRIES", "0")
        get_settings.cache_clear()
        at = new_draft(start())
        at.chat_input[0].set_value(NOTES).run()
        at.button(key="draft_1").click().run()
        assert "401" in all_text(at)
        assert server.requests[-1]["authorization"] == f"Bearer {secret}"  # it is used…
        at.switch_page("ui/settings.py").run()
        assert "已配置" in all_text(at)
        assert secret not in all_text(at)  # …but never shown
        draft_id = at.query_params["draft"]
        draft_id = draft_id[0] if isinstance(draft_id, list) else draft_id
        raw = (env / "data" / "drafts.sqlite3").read_bytes()
        assert secret.encode() not in raw  # nor stored with the draft
    finally:
        server.stop()


def test_with_the_tables_complete_the_page_asks_for_the_prose_the_report_lacks(env):
    at = new_draft(start())
    at.chat_input[0].set_value(NOTES + "上年结转0件，结转下年0件。规章制发0件、废止0件、现行有效0件，废止规范性文件0件。").run()
    # The tables complete, the fee, a problem and a measure given, no 考核: the box names what the chat asks next.
    box = "\n".join(m.value for m in at.markdown)
    assert "正文还缺" in box and "考核" in box.split("正文还缺")[1]
    at.chat_input[0].set_value("年度考核中政务公开占4分，未发生责任追究。").run()
    assert not at.exception
    box = "\n".join(m.value for m in at.markdown)
    assert "正文还缺" in box and "考核" not in box.split("正文还缺")[1].split("\n")[0]
