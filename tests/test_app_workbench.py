"""The workbench's rules without a browser: what the grids accept ("/", "12件", 元 in the 万元 cell), a
stale tab's edit refused with the store's message and applied on the newest version, a revision that
changes nothing saving no version, last year's report of another agency giving notices, not errors."""
from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from assistant.settings import get_settings
from assistant.store.drafts import Store
from assistant.model.grids import editor_edits, frame, parse_cell
from assistant.checks.training import clean_example
from tests.test_app_draft import env, start  # noqa: F401  (one app fixture and starter for the AppTest files)

ROOT = Path(__file__).resolve().parents[1]
NOTES = "2024年共收到政府信息公开申请12件，均为自然人。予以公开8件，本机关不掌握4件。未发生行政复议和行政诉讼。"


@pytest.mark.parametrize("raw,path,value,note", [
    ("12件", "active.licensing", 12, ""),
    ("1,200", "active.licensing", 1200, ""),
    ("十二件", "active.licensing", 12, "按 12 记入"),
    ("/", "active.regulations.issued", 0, "不适用"),
    ("无", "active.regulations.issued", 0, "不适用"),
    ("12000元", "active.fees", 1.2, "12000元 = 1.2万元"),
    ("1.5万元", "active.fees", 1.5, ""),
    ("３５.５", "active.fees", 35.5, ""),
    ("", "active.fees", None, ""),
])
def test_grid_cells_read_as_officials_write_them(raw, path, value, note):
    p = parse_cell(raw, path)
    assert not p.error and p.value == value and note in p.note


@pytest.mark.parametrize("raw,path", [("abc", "active.licensing"), ("12000元", "active.licensing")])
def test_unreadable_cells_are_refused_with_a_reason(raw, path):
    p = parse_cell(raw, path)
    assert p.value is None and p.error


def test_grids_show_blank_not_none_and_no_trailing_zero():
    r = clean_example()
    r.put("active.coercion", None)
    df = frame(r, "active_other")
    values = df["数值"].tolist()
    assert values == ["1500", "120", "", "35.5"]
    edits = editor_edits("active_other", df, {"edited_rows": {2: {"数值": "6件"}, 3: {"数值": "355000元"}}})
    assert [(e.path, e.value) for e in edits] == [("active.coercion", 6), ("active.fees", 35.5)]
    assert "355000元 = 35.5万元" in edits[1].note




def draft_of(at) -> str:
    d = at.query_params["draft"]
    return d[0] if isinstance(d, list) else d


def new_draft(agency="东城县教育局", pick=None) -> AppTest:
    at = start()
    at.sidebar.text_input[0].input(agency)
    at.sidebar.number_input[0].set_value(2025)
    if pick:
        at.sidebar.selectbox(key="new_pick").set_value(pick)
    at.sidebar.button[0].click().run()
    assert not at.exception, at.exception
    return at


def texts(at) -> str:
    parts = [e.value for e in at.markdown] + [e.value for e in at.caption]
    parts += [e.value for k in ("error", "warning", "info", "success") for e in getattr(at, k)]
    return "\n".join(map(str, parts))


def store_of(env) -> Store:
    return Store(get_settings().database_url or env / "data" / "drafts.sqlite3")


def test_a_stale_tabs_table_edit_is_refused_kept_and_applied_on_the_newest_version(env):
    at = new_draft()
    at.chat_input[0].set_value(NOTES).run()
    did = draft_of(at)
    store = store_of(env)
    draft, v = store.load(did)
    # Another tab saves in between.
    from assistant.drafting import set_cell
    store.save(set_cell(draft, "active.licensing", 300), v, "另一窗口")
    at.session_state[f"ed_active_other_{did}_{v}"] = {"edited_rows": {1: {"数值": "20件"}}, "added_rows": [],
                                                      "deleted_rows": []}
    at.run()
    assert not at.exception, at.exception
    body = texts(at)
    assert "为避免覆盖，本次修改未保存" in body and "行政处罚" in body
    assert store.load(did)[1] == v + 1  # nothing overwritten
    at.button(key=f"apply_pending_{did}").click().run()
    assert not at.exception, at.exception
    final, fv = store.load(did)
    assert fv == v + 2 and final.entered["active.punishment"] == 20 and final.entered["active.licensing"] == 300


def test_a_revision_that_changes_nothing_saves_no_version(env):
    at = new_draft()
    at.chat_input[0].set_value(NOTES).run()
    did = draft_of(at)
    v = store_of(env).load(did)[1]
    at.text_input(key="instr_5").input("写得更生动一些")
    next(b for b in at.button if b.label == "按意见修改" and "revise_5" in str(b.form_id)).click().run()
    assert not at.exception, at.exception
    assert "未修改" in texts(at)
    assert store_of(env).load(did)[1] == v


def test_last_year_of_another_agency_gives_notices_not_errors(env):
    at = new_draft("东城县教育局", pick="和田地区 2024年度")
    body = texts(at)
    assert "和田地区" in body and "跨年度校验只作提示" in body
    cross = [e.value for e in at.error if any(x in e.value for x in ("X-1", "X-2", "X-5"))]
    assert not cross
