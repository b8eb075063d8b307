"""The Streamlit app driven by AppTest (AppTest's default 3 s timeout is too short for a cold start)."""
from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "corpus").glob("*.txt"))


@pytest.fixture()
def app(tmp_path, monkeypatch):
    monkeypatch.setenv("NIANBAO_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.chdir(ROOT)
    from assistant.settings import get_settings
    get_settings.cache_clear()
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.run()
    at.switch_page("ui/check.py").run()
    yield at
    get_settings.cache_clear()


def checked(at: AppTest) -> AppTest:
    """校验 checks in the background (ui/jobs.py): wait for its job to be over (a state, not a time), then the
    run that draws the results."""
    if "check_job" in at.session_state and at.session_state["check_job"] in at.session_state:
        at.session_state[at.session_state["check_job"]].future.result(timeout=600)
        at.run()
    return at


def texts(at) -> str:
    parts = [e.value for e in at.markdown] + [e.value for e in at.error] + [e.value for e in at.warning] + \
            [e.value for e in at.info] + [e.value for e in at.success]
    parts += [str(m.value) for m in at.metric]
    return "\n".join(str(p) for p in parts)


def test_check_page_starts_empty(app):
    assert not app.exception
    assert "请上传或粘贴一份报告" in texts(app)


def test_pasted_report_shows_findings_meta_and_marked_tables(app):
    checked(app.text_area(key="check_text").input(SEEDS[4].read_text(encoding="utf-8")).run())
    assert not app.exception
    body = texts(app)
    assert "R3-6" in body and "和田地区" in body and "2024" in body
    assert "<table>" in body and "background:#fbe3a6" in body  # the R3-6 cells are marked


def test_blank_cell_is_flagged(app):
    checked(app.text_area(key="check_text").input(SEEDS[2].read_text(encoding="utf-8")).run())
    assert "T2-1" in texts(app) and not app.exception


@pytest.mark.parametrize("text", ["今天天气很好。" * 30, "\x00\x01garbage" * 10, "  "])
def test_bad_input_gives_a_chinese_error_not_a_traceback(app, text):
    checked(app.text_area(key="check_text").input(text).run())
    assert not app.exception
    body = texts(app)
    if text.strip():
        assert app.error and any("\u4e00" <= ch <= "\u9fff" for ch in app.error[0].value)
    else:
        assert "请上传或粘贴一份报告" in body


def _pages(tmp_path, monkeypatch, page):
    monkeypatch.setenv("NIANBAO_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.chdir(ROOT)
    from assistant.settings import get_settings
    get_settings.cache_clear()
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=90)
    at.run()
    at.switch_page(page).run()
    assert not at.exception
    return at


def test_review_page_compares_two_corpus_reports(tmp_path, monkeypatch):
    at = _pages(tmp_path, monkeypatch, "ui/review.py")
    assert "请选择本年和上年两份报告" in texts(at)
    picker = at.selectbox(key="this_pick")
    assert "和田地区 2024年度" in picker.options and not [o for o in picker.options if ".txt" in o or "README" in o]
    picker.set_value("和田地区 2024年度")
    at.selectbox(key="last_pick").set_value("和田地区 2024年度")
    at.run()
    assert not at.exception
    body = texts(at)
    assert "X-3" in body and "X-6" in body  # the same report twice: copied, and not last year's
    assert "同一份报告" in body and "只作提示" in body
    assert not [e for e in at.error if "X-" in e.value]  # notices, not errors
    assert any("照抄" in e.label for e in at.expander)
    assert len(at.get("vega_lite_chart")) == 0  # nothing changed: no empty chart
    at.selectbox(key="last_pick").set_value("乌鲁木齐县人民政府办公室 2023年度").run()
    assert not at.exception
    assert len(at.get("vega_lite_chart")) == 2  # the figures that changed: 件 and 万元 on their own axes


def test_review_page_opens_a_saved_draft_with_its_own_last_year(tmp_path, monkeypatch):
    """A reviewer picks a saved draft directly; its last year's report comes with it; one chart per unit."""
    from assistant.drafting import add_notes, new_draft
    from assistant.parse import parse_text
    from assistant.settings import Settings
    from assistant.store.drafts import Store
    last = parse_text(SEEDS[4].read_text(encoding="utf-8"))
    d, _ = add_notes(new_draft("和田地区", 2025, None, last),
                     "共收到政府信息公开申请30件，均为自然人。本年度收取信息处理费0.5万元。", Settings())
    Store(tmp_path / "data" / "drafts.sqlite3").save(d, None, "新建")
    at = _pages(tmp_path, monkeypatch, "ui/review.py")
    picker = at.selectbox(key="this_pick")
    label = next(o for o in picker.options if o.startswith("草稿：和田地区 2025年度"))
    picker.set_value(label).run()
    assert not at.exception
    assert at.selectbox(key="last_pick").value == "草稿中选定的上年报告"
    assert "新收" in texts(at) or at.dataframe
    charts = at.get("vega_lite_chart")
    assert 1 <= len(charts) <= 2  # 件 and 万元 never on one axis


def test_training_page_lists_every_rule(tmp_path, monkeypatch):
    at = _pages(tmp_path, monkeypatch, "ui/training.py")
    labels = [e.label for e in at.expander]
    from assistant.checks.rules import RULES
    assert all(any(label.startswith(rid + " ") for label in labels) for rid in RULES)
    assert "埋入错误 **3** 类" in texts(at)
    # The exercise is in the URL: the same seed gives the same exercise after a refresh.
    assert str(at.query_params["exercise"][0] if isinstance(at.query_params["exercise"], list)
               else at.query_params["exercise"]).isdigit()


def test_script_in_an_uploaded_report_renders_as_text(app):
    hostile = SEEDS[4].read_text(encoding="utf-8").replace("（一）予以公开", "（一）予以公开<img src=x onerror=alert(1)>")
    hostile = hostile.replace("一、总体情况\n", "一、总体情况\n<script>alert('xss')</script>\n")
    checked(app.text_area(key="check_text").input(hostile).run())
    assert not app.exception
    html_parts = [e.value for e in app.markdown if "<table>" in e.value]
    assert html_parts and all("<img src=x" not in h and "<script>" not in h for h in html_parts)
    # The deviating label reaches the page only inside a finding, rendered as markdown without HTML.
    assert any("onerror=alert(1)" in w.value for w in app.warning)
    assert all("onerror" not in m.value for m in app.markdown if m.allow_html)
