"""Drafting from notes: facts into tables, the offline composer, the LLM path, revision, number guard."""
from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

import pytest

from assistant.drafting import (
    add_notes, conflicts, draft_all, draft_section, fact, full_report, guard, new_draft, placeholders, questions,
    revise_section, section_flags, set_cell, set_section_text, tables_report,
)
from assistant.parse import parse_bytes, parse_file
from assistant.export import export
from assistant.model.report import application_path
from assistant.checks.rules import check
from assistant.settings import Settings
from tests.llm_server import LoopbackLLM, Reply

ROOT = Path(__file__).resolve().parents[1]
NO_DATA = Path(tempfile.mkdtemp(prefix="nianbao-draft-"))  # an empty data dir: no corpus index

NOTES = {
    "township": ("青石镇人民政府", 2024, """
        今年没有收到政府信息公开申请，未发生行政复议和行政诉讼。
        通过政务公开栏和微信群公开信息，政府网站发布信息86条。
        没有制发规范性文件，现行有效规范性文件2件。行政许可0件，行政处罚3件，行政强制0件，收费0元。
        落实信息发布保密审查。开展培训2次，将政务公开纳入年度考核，组织群众开展社会评议，未发生责任追究。
        本年度未收取信息处理费。存在问题：公开栏更新不及时。下一步将建立公开栏定期更新制度。"""),
    "county": ("永安县人民政府", 2024, """
        2024年共收到政府信息公开申请45件，均为自然人。上年结转3件。予以公开30件，部分公开5件，本机关不掌握6件，
        重复申请2件，结转下年度5件。
        行政许可12000件，行政处罚860件，行政强制41件，行政事业性收费326.5万元。
        制发规范性文件12件，废止4件，现行有效88件。政府网站发布信息5200条，政务新媒体发布1800条，发布政策解读60篇。
        落实保密审查和“三审三校”制度，开展规范性文件清理。优化政府网站政务公开专栏。
        开展业务培训4次，政务公开纳入年度绩效考核，通过网站问卷开展社会评议，全年未发生责任追究。
        本年度未收取信息处理费。存在问题：部分部门主动公开不够及时。下一步将加强督促检查。"""),
    "department": ("平阳市生态环境局", 2024, """
        收到政府信息公开申请8件，均为自然人。予以公开5件，本机关不掌握2件，重复申请1件。
        未发生行政复议，未发生行政诉讼。
        制发行政规范性文件1件，现行有效6件，废止0件。行政许可230件，行政处罚57件，行政强制9件，收费0万元。
        门户网站发布环境信息640条。落实信息公开保密审查。
        培训1次。本年度未收取信息处理费。存在问题：政策解读形式单一。下一步将增加图解解读。"""),
    "reconsideration": ("新丰区人民政府", 2024, """
        共收到政府信息公开申请20件，均为自然人。予以公开12件，部分公开3件，本机关不掌握4件，另行制作1件。
        行政复议3件，维持2件，纠正1件，纠正原因是答复超过法定期限，已完成整改并加强时限管理。
        行政诉讼1件，维持1件。
        行政许可300件，行政处罚40件，行政强制2件，收费15万元。没有制发规范性文件，现行有效规范性文件10件。
        政府网站发布信息900条。落实保密审查。优化网站专栏。开展培训2次，纳入绩效考核，开展社会评议，未发生责任追究。
        本年度未收取信息处理费。存在问题：依申请公开答复时限管理不严。下一步将建立办理时限提醒机制。"""),
    "with_last_year": ("和田地区", 2025, """
        2025年全地区收到政府信息公开申请60件，均为自然人。予以公开40件，部分公开5件，本机关不掌握12件，
        信访举报投诉类申请3件。未发生行政复议和行政诉讼。
        制发规范性文件10件，废止8件，现行有效77件。行政许可200000件，行政处罚210000件，行政强制380件，行政事业性收费20500万元。
        地县两级政府网站和政务新媒体发布信息2.6万条。落实保密审查机制。加强政府网站集约化平台建设。
        开展培训6次，将政务公开纳入年度绩效考核，通过问卷开展社会评议，全年未发生责任追究。本年度未收取信息处理费。
        存在问题：部分县市依申请公开答复质量不高。下一步将加强业务指导。"""),
}


def last_year_report():
    return parse_file(ROOT / "corpus" / "004_a80d00d8d16235a9.txt")


def draft_from(key: str, last_year=None, **settings):
    agency, year, notes = NOTES[key]
    if key == "with_last_year" and last_year is None:
        last_year = last_year_report()
    d = new_draft(agency, year, last_year=last_year)
    d, reply = add_notes(d, textwrap.dedent(notes).strip())
    d.zero_confirmed = True
    d = draft_all(d, Settings(data_dir=NO_DATA, **settings))
    return d, reply


@pytest.mark.parametrize("key", list(NOTES))
def test_offline_draft_passes_check_and_the_number_guard(key):
    d, _ = draft_from(key)
    report = full_report(d)
    errors = [f for f in check(report) if f.severity == "error"]
    assert errors == [], [f.message for f in errors]
    assert all(not section_flags(d, n) for n in d.sections), {n: section_flags(d, n) for n in d.sections}
    assert [s.number for s in report.sections] == [1, 2, 3, 4, 5, 6]
    assert all(s.origin == "composer" for s in d.sections.values())
    # The written draft reads back as the same report.
    back = parse_bytes(export(report, "md"), ".md")
    assert back.canonical()["tables"] == report.canonical()["tables"]


def test_county_tables_come_from_notes_and_derivations():
    d, reply = draft_from("county")
    t = tables_report(d)
    assert t.tables.applications.new_received == [45, 0, 0, 0, 0, 0, 45]
    assert t.tables.applications.total_processed[6] == 43  # derived: 45 + 3 − 5
    assert t.tables.active.fees == 326.5
    assert "本年新收 45" in reply and "已填入" in reply  # the figures read, grouped by table; quotes in an expander


def test_mixed_applicants_without_a_split_are_asked_for_not_invented():
    d = new_draft("永安县人民政府", 2024)
    d, reply = add_notes(d, "收到政府信息公开申请12件，其中自然人10件，企业2件。予以公开12件。")
    t = tables_report(d)
    assert t.value(application_path("granted", 0)) is None and t.value(application_path("granted", 1)) is None
    # asked in its turn (one question at a time), never filled in by guesswork
    assert any("“予以公开”的 12 件分别来自哪类申请人" in q for q in questions(d)) and "还有" in reply


def test_draft_with_last_years_report_addresses_its_problems():
    d, _ = draft_from("with_last_year")
    report = full_report(d)
    assert not [f for f in check(report, d.last_year) if f.severity == "error"]
    assert "部分重点领域主动公开内容还不够细致深入" in report.section_text(5)
    assert not [f for f in check(report, d.last_year) if f.rule == "X-4"]


def test_department_single_applicant_column_is_derived():
    d, _ = draft_from("department")
    t = tables_report(d)
    assert t.tables.applications.granted == [5, 0, 0, 0, 0, 0, 5]
    assert t.tables.applications.total_processed == [8, 0, 0, 0, 0, 0, 8]
    assert application_path("total_processed", 6) in t.derived


def test_reconsideration_case_is_discussed_in_section_5():
    d, _ = draft_from("reconsideration")
    report = full_report(d)
    assert report.tables.review_litigation.review == [2, 1, 0, 0, 3]
    assert report.tables.review_litigation.litigation_direct == [1, 0, 0, 0, 1]
    assert "纠正" in report.section_text(5)
    assert not [f for f in check(report) if f.rule == "R4-3"]


def test_government_draft_covers_assessment_or_asks_for_it():
    d, _ = draft_from("county")
    assert not [f for f in check(full_report(d)) if f.rule == "S-7"]
    d2 = new_draft("柳林县人民政府", 2024)
    d2, _ = add_notes(d2, "政府网站发布信息100条。")
    report = full_report(draft_all(d2, Settings(data_dir=NO_DATA)))
    assert any("工作考核" in p for p in placeholders(report.section_text(1)))
    rules = {f.rule for f in check(report)}
    assert "S-7" in rules and "S-10" in rules  # a placeholder never satisfies the rule


def test_last_years_report_prefills_carried_over_and_asks_for_follow_up():
    last = parse_file(ROOT / "corpus" / "004_a80d00d8d16235a9.txt")
    last.tables.applications.carried_forward = [2, 1, 0, 0, 0, 0, 3]
    last.meta.year = 2023
    d = new_draft("和田地区", 2024, last_year=last)
    d, _ = add_notes(d, "收到政府信息公开申请10件，自然人9件，企业1件。")
    t = tables_report(d)
    assert t.tables.applications.carried_over == [2, 1, 0, 0, 0, 0, 3]
    assert application_path("carried_over", 6) in t.derived
    d = draft_section(d, 5, Settings(data_dir=NO_DATA))
    text = d.sections[5].text
    assert "上年度报告提出的" in text and "部分重点领域主动公开内容还不够细致深入" in text


def test_later_notes_correct_earlier_ones_but_not_the_users_edit():
    d = new_draft("东城县教育局", 2024)
    d, _ = add_notes(d, "收到政府信息公开申请5件，予以公开3件。")
    d, reply = add_notes(d, "更正：予以公开4件。")
    assert "由 3 改为 4" in reply
    d = set_cell(d, application_path("granted", 6), 2)
    d, reply = add_notes(d, "予以公开4件。")
    assert tables_report(d).value(application_path("granted", 6)) == 2
    assert "手工填写" in reply


def test_conflicting_figures_in_one_note_are_shown_not_settled():
    d, reply = add_notes(new_draft("东城县教育局", 2024), "收到申请12件。收到政府信息公开申请13件。")
    assert tables_report(d).value(application_path("new_received", 6)) is None  # neither figure is chosen
    lines = conflicts(d)
    assert lines and "12" in lines[0] and "13" in lines[0] and "矛盾" in reply


def test_number_flags_follow_the_facts_not_the_moment_they_were_written():
    """Bug: a flag stored with the section stayed after the notes gave the same figure."""
    d = new_draft("东城县教育局", 2024)
    d = set_section_text(d, 6, "本年度收取信息处理费120元。")
    assert [f.value for f in section_flags(d, 6)] == ["120"]
    d, _ = add_notes(d, "信息处理费收了120元。")
    assert section_flags(d, 6) == []


def test_a_corrected_narrative_fact_reaches_the_composer():
    """Bug: a correction in a later message changed the tables path but the composer kept the first value."""
    d = new_draft("东城县教育局", 2024)
    d, _ = add_notes(d, "网站发布信息100条。")
    d, _ = add_notes(d, "更正：网站发布信息120条。")
    assert fact(d, "政府网站发布信息").value == 120
    assert "120条" in full_report(d).section_text(1) and "100条" not in full_report(d).section_text(1)


def test_number_guard_accepts_dates_years_ordinals_and_flags_invented_numbers():
    d = new_draft("东城县教育局", 2024)
    d, _ = add_notes(d, "收到政府信息公开申请5件。政府网站发布信息300条。")
    ok = ("2024年，根据国办公开办函〔2021〕30号和条例第二十条，1月1日至12月31日，收到申请5件，发布信息300条。"
          "一是加强管理；二是优化平台。（一）主动公开。1.完善制度。")
    assert guard(ok, d) == []
    flags = guard("全年发布信息350条，满意度达98%，举办培训三次。", d)
    assert [f.value for f in flags] == ["350", "98%", "三"]
    assert flags[0].context and "350" in flags[0].context


def test_llm_draft_streams_and_an_invented_figure_sends_it_back_to_the_composer():
    server = LoopbackLLM().start()
    try:
        server.script(Reply(content="（一）主动公开。全年通过政府网站发布信息5200条，群众满意度达到97%。\n（二）依申请公开。"
                                    "收到申请45件，均按时答复。\n（三）政府信息管理。落实发布审查制度，坚持先审后发。\n"
                                    "（四）政府信息公开平台建设。优化政府网站信息公开专栏。\n（五）监督保障。加强组织领导和业务培训。"))
        d, _ = draft_from("county")
        pieces = []
        d = draft_section(d, 1, Settings(data_dir=NO_DATA, llm_base_url=server.base_url,
                                         llm_model="qwen-plus", llm_retries=0), on_text=pieces.append)
        s = d.sections[1]
        assert len(pieces) > 3 and "".join(pieces).startswith("（一）主动公开")  # streamed as it came
        # 97% is in no table nor note: the section is the composer's, and the official is told why
        assert s.origin == "composer" and s.fallback == "figures" and "97%" in s.note and "97%" not in s.text
        assert section_flags(d, 1) == []
        body = server.requests[-1]["body"]
        assert "5200" in body["messages"][1]["content"]  # the facts went into the prompt
        assert "只能使用" in body["messages"][0]["content"] or "只能使用" in body["messages"][1]["content"]
    finally:
        server.stop()


def test_failing_llm_falls_back_to_the_composer_and_keeps_partial_text():
    server = LoopbackLLM().start()
    try:
        server.script(Reply(content="（一）主动公开。全年通过政府网站发布" * 3, cut_after=2, chunk_delay=0.02))
        d, _ = draft_from("township")
        before = d.model_copy(deep=True)
        d = draft_section(d, 1, Settings(data_dir=NO_DATA, llm_base_url=server.base_url,
                                         llm_model="m", llm_retries=0))
        s = d.sections[1]
        assert s.origin == "composer" and "中途断开" in s.note and "已收到的部分内容：（一）主动公开。" in s.note
        assert d.entered == before.entered and d.notes == before.notes
        server.script(Reply(status=500), Reply(status=500))
        d = draft_section(d, 6, Settings(data_dir=NO_DATA, llm_base_url=server.base_url,
                                         llm_model="m", llm_retries=1))
        assert d.sections[6].origin == "composer" and "5xx" in d.sections[6].note
    finally:
        server.stop()


def test_revise_one_section_leaves_the_others():
    d, _ = draft_from("department")
    before = {n: s.text for n, s in d.sections.items()}
    d2 = revise_section(d, 6, "把本年度改为2024年度", Settings(data_dir=NO_DATA))
    assert "2024年度未收取信息处理费" in d2.sections[6].text
    assert d2.sections[1].text == before[1] and d2.sections[5].text == before[5]
    d3 = revise_section(d, 5, "写得更具体一些", Settings(data_dir=NO_DATA))
    assert d3.sections[5].text == before[5] and "离线模式" in d3.sections[5].note
    server = LoopbackLLM().start()
    try:
        server.script(Reply(content="（一）存在的主要问题。政策解读以文字为主，图解、视频解读不足。\n（二）改进情况。下一步将增加图解解读。"))
        d4 = revise_section(d, 5, "写得更具体", Settings(data_dir=NO_DATA, llm_base_url=server.base_url,
                                                         llm_model="m", llm_retries=0))
        assert "图解、视频解读不足" in d4.sections[5].text and d4.sections[1].text == before[1]
        assert "写得更具体" in server.requests[-1]["body"]["messages"][1]["content"]
    finally:
        server.stop()


def test_users_own_section_text_is_guarded_too():
    d, _ = draft_from("department")
    d = set_section_text(d, 6, "本年度收取信息处理费120元。")
    assert d.sections[6].origin == "user" and [f.value for f in section_flags(d, 6)] == ["120"]


def test_draft_cli_writes_a_checkable_docx(tmp_path):
    # Dated: an undated draft is signed with today's date, which is late for a 2024 report (S-9).
    notes = tmp_path / "notes.txt"
    notes.write_text(textwrap.dedent(NOTES["reconsideration"][2]), encoding="gbk")
    out = tmp_path / "report.docx"
    exe = Path(sys.executable).parent / "nianbao"
    p = subprocess.run([str(exe), "draft", str(notes), "--agency", "新丰区人民政府", "--year", "2024", "--zero-blanks",
                        "--date", "2025-01-20", "--out", str(out)], capture_output=True, text=True, timeout=120,
                       env={"PATH": "/usr/bin:/bin", "NIANBAO_DATA_DIR": str(tmp_path / "data")})
    assert p.returncode == 0, p.stderr
    assert "错误 0" in p.stderr
    c = subprocess.run([str(exe), "check", str(out), "--json"], capture_output=True, text=True, timeout=120)
    assert c.returncode == 0, c.stdout
    assert json.loads(c.stdout)["reports"][0]["summary"]["errors"] == 0


NO_NETWORK = textwrap.dedent("""
    import socket, sys
    def refuse(*a, **k):
        raise RuntimeError("network access attempted")
    socket.socket.connect = refuse
    socket.socket.connect_ex = refuse
    socket.create_connection = refuse
    socket.getaddrinfo = refuse
    from assistant.drafting import add_notes, draft_all, full_report, new_draft
    from assistant.settings import Settings
    from assistant.checks.rules import check
    d = new_draft("青石镇人民政府", 2024)
    d, _ = add_notes(d, sys.argv[2])
    d.zero_confirmed = True
    d = draft_all(d, Settings(data_dir=sys.argv[1]))
    r = full_report(d)
    assert not [f for f in check(r) if f.severity == "error"]
    print("offline ok")
""")


def test_whole_draft_runs_with_the_network_disabled(tmp_path):
    p = subprocess.run([sys.executable, "-c", NO_NETWORK, str(tmp_path / "data"), textwrap.dedent(NOTES["township"][2])],
                       capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert p.returncode == 0 and "offline ok" in p.stdout, p.stderr[-2000:]


def test_llm_proposals_are_verified_agreement_accepted_others_marked_or_asked():
    server = LoopbackLLM().start()
    try:
        notes = "收到政府信息公开申请12件，予以公开6件。另有2件因申请人逾期不缴费终止办理。行政处罚三十五件，行政许可近3200件。"
        server.script(Reply(tool_arguments={"cells": [
            {"path": "applications.new_received[6]", "value": 12, "quote": "收到政府信息公开申请12件"},  # agrees
            {"path": "applications.granted[6]", "value": 7, "quote": "予以公开6件"},  # number not in its quote
            {"path": "applications.other_no_fee[6]", "value": 2, "quote": "另有2件因申请人逾期不缴费终止办理"},
            {"path": "active.coercion", "value": 9, "quote": "行政强制9件"},  # not in the notes: dropped
            {"path": "active.licensing", "value": 35, "quote": "行政处罚三十五件"},  # the quote names another row
            {"path": "active.licensing", "value": 3200, "quote": "行政许可近3200件"},  # the grammar left it: 请核对
            {"path": "bogus.path", "value": 1, "quote": "x"},
        ]}))
        settings = Settings(data_dir=NO_DATA, llm_base_url=server.base_url, llm_model="m", llm_retries=0)
        d, reply = add_notes(new_draft("东城县教育局", 2024), notes, settings)
        t = tables_report(d)
        assert t.value(application_path("new_received", 6)) == 12 and t.value(application_path("granted", 6)) == 6
        assert t.value(application_path("other_no_fee", 6)) == 2 and "请确认" not in reply  # both read it
        assert t.value("active.punishment") == 35 and t.value("active.licensing") == 3200
        assert "请核对：大模型从“行政许可近3200件”读出" in reply
        assert t.value("active.coercion") is None
        prompt_text = server.requests[-1]["body"]["messages"][1]["content"]
        assert notes in prompt_text and "applications.granted[6]" in prompt_text
        # A disagreement with the grammar is asked about, never settled by the model.
        server.script(Reply(tool_arguments={"cells": [
            {"path": "applications.granted[6]", "value": 5, "quote": "予以公开6件，部分公开5件"}]}))
        d2, reply = add_notes(new_draft("东城县教育局", 2024), "予以公开6件，部分公开5件。", settings)
        assert tables_report(d2).value(application_path("granted", 6)) == 6 and "请确认" in reply
        # A failing endpoint falls back to the grammar with the reason.
        server.script(Reply(status=500))
        d3, reply = add_notes(new_draft("东城县教育局", 2024), "收到政府信息公开申请3件。", settings)
        assert "5xx" in reply and tables_report(d3).value(application_path("new_received", 6)) == 3
    finally:
        server.stop()


@pytest.mark.parametrize("reply,why", [
    (Reply(content="In 2024 the county government disclosed information on its website and handled requests."), "不是中文"),
    (Reply(hang=3), "超时"),
    (Reply(status=429, headers={"Retry-After": "0"}), "429"),
    (Reply(raw="{not json"), "格式不正确"),
    (Reply(content="（一）主动公开。全年发布信息" * 20, chunk_delay=0.05, cut_after=3), "中途断开"),
])
def test_llm_faults_fall_back_to_the_composer_with_a_reason(reply, why):
    server = LoopbackLLM().start()
    try:
        server.default = reply
        d, _ = draft_from("township")
        d = draft_section(d, 1, Settings(data_dir=NO_DATA, llm_base_url=server.base_url, llm_model="m", llm_retries=0,
                                         llm_timeout=1))
        s = d.sections[1]
        assert s.origin == "composer" and why in s.note, s.note
        assert "政府网站主动公开政府信息86条" in s.text
    finally:
        server.stop()


def test_slow_stream_still_arrives_whole():
    server = LoopbackLLM().start()
    try:
        text = ("（一）主动公开。全年通过政府网站主动公开政府信息86条，及时发布各类政务信息。\n"
                "（二）依申请公开。严格按照法定程序和时限办理政府信息公开申请，做到依法答复。\n"
                "（三）政府信息管理。落实信息发布审查制度，坚持先审后发。\n"
                "（四）政府信息公开平台建设。持续优化政府网站信息公开专栏。\n"
                "（五）监督保障。加强组织领导，开展业务培训。")
        server.script(Reply(content=text, chunk_delay=0.03))  # ~40 chunks: the whole is longer than a read timeout
        d, _ = draft_from("township")
        pieces = []
        d = draft_section(d, 1, Settings(data_dir=NO_DATA, llm_base_url=server.base_url, llm_model="m", llm_retries=0,
                                         llm_timeout=0.5), on_text=pieces.append)
        assert d.sections[1].origin == "llm" and "".join(pieces) == text and len(pieces) > 5, d.sections[1].note
    finally:
        server.stop()


@pytest.mark.parametrize("instruction,gone,kept", [
    ("删掉“栏目更新不及时”这句话", "栏目更新不及时", "下一步将建立更新台账"),
    ("去掉“及时”", "不及时", "栏目更新不"),
    ("把“台账”改成“清单”", "台账", "更新清单"),
])
def test_offline_revisions_in_the_usual_forms(instruction, gone, kept):
    d = set_section_text(new_draft("东城县教育局", 2024), 5, "（一）存在的主要问题。栏目更新不及时。\n（二）改进情况。下一步将建立更新台账。")
    d = revise_section(d, 5, instruction, Settings(data_dir=NO_DATA))
    assert gone not in d.sections[5].text and kept in d.sections[5].text and not d.sections[5].note


def test_offline_addition_and_what_needs_the_llm():
    d = set_section_text(new_draft("东城县教育局", 2024), 6, "本年度未收取信息处理费。")
    d2 = revise_section(d, 6, "补充一句：本年度无其他需要报告的事项", Settings(data_dir=NO_DATA))
    assert d2.sections[6].text == "本年度未收取信息处理费。本年度无其他需要报告的事项。"
    d3 = revise_section(d, 6, "精简一些", Settings(data_dir=NO_DATA))
    assert d3.sections[6].text == d.sections[6].text and "离线模式" in d3.sections[6].note


def test_a_report_that_is_not_last_years_carries_nothing_over():
    last = last_year_report()  # a 2024 report
    assert last.meta.year == 2024
    right = tables_report(new_draft("和田地区", 2025, last_year=last))
    wrong = tables_report(new_draft("和田地区", 2026, last_year=last))
    assert right.value(application_path("carried_over", 6)) is not None
    assert wrong.value(application_path("carried_over", 6)) is None
