"""Hostile input on the notes path and in what an LLM writes (issue 27, part A): size limits with Chinese
messages, large inputs worked on in the worker process (the app's process stays free), a number guard that is
linear and reads every numeral form, LLM text shown and exported as text, answers cut at a byte limit.
Each attack runs under CPU and memory limits (tests/bounded.py); no clock decides a test."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from assistant.drafting import add_notes, guard, new_draft, number_flags, section_flags, set_section_text, tables_report
from assistant.drafting.limits import INSTRUCTION_MAX_CHARS, NOTE_MAX_CHARS, SECTION_MAX_CHARS, TooLong
from assistant.drafting.state import SectionDraft
from assistant.safetext import inert, md_text
from tests.bounded import assert_within, bounded
from tests.llm_server import Reply
from tests.test_app_draft import NOTES, all_text, env, new_draft as new_page_draft, start  # noqa: F401

ROOT = Path(__file__).resolve().parents[1]
NIANBAO = str(Path(sys.executable).parent / "nianbao")
HOSTILE_MD = ("![x](https://evil.example/beacon.png) <img src=https://evil.example/i.png> <script>alert(1)</script>"
              "[官方通知](javascript:alert(1)) <https://evil.example/a> https://evil.example/b www.evil.example")


def _rendered(markdown: str) -> str:
    """What a CommonMark renderer (raw HTML allowed, as a browser page would) makes of it."""
    return MarkdownIt("commonmark").enable("table").render(markdown)


def _inert(html: str) -> bool:
    return not any(tag in html for tag in ("<img", "<script", "<a ", "javascript:alert(1)\">"))


# --- the notes path: limits, and large inputs in the worker ----------------------------------------------------

def test_a_note_over_the_limit_is_refused_in_chinese_and_nothing_changes():
    d = new_draft("东城县教育局", 2024)
    with pytest.raises(TooLong) as e:
        add_notes(d, "收到申请" + "九" * NOTE_MAX_CHARS)
    assert "上限" in str(e.value) and "分成几条" in str(e.value)
    assert d.notes == [] and d.messages == []


def test_notes_attacks_in_the_worker_leave_the_app_process_free():
    # In the app's process each of these took seconds (issue 27: 6 KB of numerals held the GIL 11.5 s, a
    # clause-less run of numbers grew quadratically, 20 000 quotation marks take the message classifier 3.6 s,
    # contradictory figures the solver minutes); with the worker the process that asked does next to no
    # work: its 3 CPU seconds (RLIMIT_CPU) are far less than reading them here takes.
    p = bounded("""
        for text in attacks:
            try:
                d, reply = add_notes(base, text)
            except Failed as e:  # over the worker's own limits: a Chinese reason, the draft unchanged
                assert "秒" in str(e) or "内存" in str(e), e
            else:
                assert d.notes == [text] and reply
        print("ok")
    """, setup="""
        import random
        from assistant.drafting import add_notes, new_draft
        from assistant.review.isolate import Failed, offload_drafting
        from assistant.settings import Settings
        offload_drafting(Settings(worker_seconds=5, worker_memory_mb=1024))
        random.seed(27)
        base = new_draft("东城县教育局", 2024)
        attacks = ["二十件，" * 4_000, " ".join(str(random.randint(1, 999)) for _ in range(4_000)),
                   "，".join(f"收到申请{i}件" for i in range(1_500)) + "。", "“" * 20_000]
    """, cpu_seconds=3, memory_mb=1500)
    assert assert_within(p, 3).strip().endswith("ok")


def test_a_long_revision_instruction_is_refused_at_once():
    p = bounded("""
        try:
            revise_section(d, 1, "把" + "的改为" * 50_000)
        except TooLong as e:
            assert "修改意见" in str(e) and str(INSTRUCTION_MAX_CHARS) in str(e)
        else:
            raise AssertionError("a 146 KB instruction was carried out")
        d2 = revise_section(d, 1, "把的改为" + "的" * (INSTRUCTION_MAX_CHARS - 10))
        assert len(d2.sections[1].text) <= SECTION_MAX_CHARS and "上限" in d2.sections[1].note
    """, setup="""
        from assistant.drafting import new_draft, revise_section
        from assistant.drafting.limits import INSTRUCTION_MAX_CHARS, SECTION_MAX_CHARS, TooLong
        from assistant.drafting.state import SectionDraft
        d = new_draft("东城县教育局", 2024)
        d.sections[1] = SectionDraft(text="的" * 15_000, origin="user")
    """, cpu_seconds=2, memory_mb=1024)
    assert_within(p, 2)


def test_a_section_edit_over_the_limit_is_refused():
    d = new_draft("东城县教育局", 2024)
    with pytest.raises(TooLong) as e:
        set_section_text(d, 1, "的" * (SECTION_MAX_CHARS + 1))
    assert "上限" in str(e.value)


@pytest.mark.parametrize("kind", ["zero", "fifo", "sparse"])
def test_draft_refuses_a_device_a_fifo_and_a_30_mb_notes_file(tmp_path, kind):
    path = {"zero": Path("/dev/zero"), "fifo": tmp_path / "notes.fifo", "sparse": tmp_path / "notes.txt"}[kind]
    if kind == "fifo":
        os.mkfifo(path)  # no writer: opening it would block for ever
    if kind == "sparse":
        with open(path, "wb") as f:
            f.truncate(30 * 2**20)
    p = bounded("""
        r = CliRunner().invoke(main, ["draft", sys.argv[1], "--agency", "东城县教育局", "--year", "2024"])
        assert r.exit_code == 2, (r.exit_code, r.output)
        print(r.output)
    """, str(path), setup="""
        import sys
        from click.testing import CliRunner
        from assistant.cli import main
    """, cpu_seconds=3, memory_mb=1024)
    out = assert_within(p, 3)
    assert ("不是普通文件" if kind != "sparse" else "文件过大") in out and "Traceback" not in out


# --- the number guard ---------------------------------------------------------------------------------------

def test_the_guard_flags_invented_numbers_in_every_form_and_accepts_the_known_ones():
    d, _ = add_notes(new_draft("东城县教育局", 2024), NOTES)
    invented = {"九十九件": 99, "玖拾玖件": 99, "九百九十九": 999, "百分之九十九": 99, "十一件": 11, "１７件": 17,
                "1,234件": 1234, "二〇一九年": 2019}
    for written, value in invented.items():
        flags = guard(f"本年度共办理{written}，工作有序推进。", d)
        assert [f.number for f in flags] == [value], written
    known = ("共收到申请十二件，予以公开捌件，行政许可三百件、行政处罚二十件，现行有效规范性文件5件，"
             "二〇二四年度，2025年1月15日，一是加强组织领导，二是完善制度，深入学习党的二十大精神，落实“十四五”规划，"
             "进一步统一标准，十分重视，第三季度。")
    assert guard(known, d) == []


def test_the_guard_reads_wan_as_the_same_number_both_ways():
    # Issue 22: "1.2万条" in the notes and "12000条" in the text (or the reverse) is one figure, not a flag;
    # a figure in 万 is checked at its value ("3万条" is 30000, not the 3 件 of a table cell).
    notes = NOTES.replace("收费0元", "收费3.5万元") + "\n政府网站发布信息1.2万条，政务新媒体发布信息35000条。"
    d, _ = add_notes(new_draft("东城县教育局", 2024), notes)
    assert d.sections == {} and tables_report(d).value("active.fees") == 3.5  # the table's amount is in 万元
    d.sections[1] = SectionDraft(text="通过政府网站发布信息12000条，通过政务新媒体发布信息3.5万条，"
                                      "行政事业性收费35000元。", origin="llm")
    assert section_flags(d, 1) == []
    d.sections[1] = SectionDraft(text="通过政府网站发布信息1.3万条，通过政务新媒体发布信息3万条。", origin="llm")
    assert [(f.value, f.number) for f in section_flags(d, 1)] == [("1.3万", 13000), ("3万", 30000)]


def test_the_guard_is_linear_on_any_run_of_numerals():
    # The old pattern backtracked cubically: 1 000 numerals in a row took 4.8 CPU seconds, 6 KB 11.5 s.
    p = bounded("""
        for text in ("二" * 60_000, "九十九件" * 15_000, "百分之" * 20_000, "1," * 30_000, "1.1." * 15_000):
            guard(text, d)
    """, setup="""
        from assistant.drafting import guard, new_draft
        d = new_draft("东城县教育局", 2024)
        guard("一件", d)  # the draft's view, built once
    """, cpu_seconds=6, memory_mb=1024)
    # 150 000 characters take 2.2 CPU seconds here: a linear pass. The old cubic one would take hours, so the bound
    # keeps a wide margin (at 3 it failed on a fresh CI clone twice, where the run took over 3 s).
    assert_within(p, 6)


def test_the_message_classifier_is_linear_in_quotation_marks():
    # Quotes were matched from every opening mark to the end of the sentence: 20 000 “ took 5.2 CPU seconds
    # (1.3 s for 10 000), so these 120 000 marks would take minutes; a quote still marks an instruction.
    p = bounded("""
        for text in ("“" * 120_000, "「" * 120_000, "“的" * 60_000, "“二十件”" * 20_000 + "删掉“"):
            assert "".join(part.text for part in classify(text).parts) == text
        assert classify("把“栏目更新不够及时”删掉").kinds == ["instruction"]
        assert classify("“栏目更新不够及时”这一句是对的，收到申请5件").kinds == ["notes"]
    """, setup="from assistant.drafting.intent import classify", cpu_seconds=2, memory_mb=1024)
    assert_within(p, 2)


def test_the_export_gate_counts_the_guards_flags():
    from assistant.export import readiness
    from assistant.drafting import full_report
    d, _ = add_notes(new_draft("东城县教育局", 2024), NOTES)
    d.sections[1] = SectionDraft(text="本年度共收到政府信息公开申请玖拾玖件。", origin="llm")
    assert number_flags(d) == 1
    ready = readiness(full_report(d), [], numbers=number_flags(d))
    assert not ready.finished and "未核实的数字 1 处" in ready.message()


# --- what the LLM writes is text -------------------------------------------------------------------------------

def test_streamed_text_is_escaped_piece_by_piece():
    text = "第一段。\n" + HOSTILE_MD + "\n\x1b[31m第二段\x1b]0;标题\x07"
    for cut in range(0, len(text), 7):  # however the pieces fall, nothing active is formed
        shown = md_text(text[:cut]) + md_text(text[cut:])
        html = _rendered(shown)
        assert _inert(html), (cut, html)
        assert "\x1b" not in shown and "第二段" in html and "beacon.png" in html
    assert _rendered(md_text("一段\n二段")).count("<p>") == 2  # line breaks kept


def test_a_reply_quoting_a_markdown_image_is_rendered_as_text():
    reply = f"请核对：大模型从“{HOSTILE_MD}”读出 本年新收 5，已填入。\n\n| 项目 | 数字 | 原话 |\n|---|---|---|\n| a | 5 | b |"
    html = _rendered(inert(reply))
    assert _inert(html) and "<table>" in html and "evil.example/beacon.png" in html


def test_markdown_and_html_exports_carry_no_html_image_or_script_link_and_read_back():
    from assistant.drafting import full_report
    from assistant.export import export
    from assistant.parse import parse_bytes
    d, _ = add_notes(new_draft("东城县教育局", 2024), NOTES)
    d.sections[5] = SectionDraft(text="存在问题：栏目更新不及时。" + HOSTILE_MD, origin="llm")
    md = export(full_report(d), "md").decode()
    assert _inert(_rendered(md))
    page = export(full_report(d), "html").decode()
    assert _inert(page) and "evil.example/beacon.png" in page
    back = parse_bytes(md.encode(), ".md")
    assert HOSTILE_MD in back.section_text(5).replace("\n", "")  # what was written, as written


def test_an_llm_answer_with_escapes_and_an_image_reaches_neither_terminal_nor_page(env, llm_server, monkeypatch):
    # The answer is refused by vetting (not a report's prose) and kept in the section's note, quoted.
    answer = "\x1b]0;被篡改\x07\x1b[2J" + HOSTILE_MD + "好的"
    llm_server.default = Reply(content=answer)
    monkeypatch.setenv("NIANBAO_LLM_MODEL", "m")
    monkeypatch.setenv("NIANBAO_LLM_BASE_URL", llm_server.base_url)
    monkeypatch.setenv("NIANBAO_LLM_RETRIES", "0")
    from assistant.settings import get_settings
    get_settings.cache_clear()
    notes = env / "notes.txt"
    notes.write_text(NOTES, encoding="utf-8")
    import subprocess
    p = subprocess.run([NIANBAO, "draft", str(notes), "--agency", "东城县教育局", "--year", "2024"],
                       capture_output=True, text=True, timeout=600, env=os.environ)
    assert p.returncode == 0, p.stderr
    assert "\x1b" not in p.stdout + p.stderr and "\x07" not in p.stdout + p.stderr
    assert "evil.example" in p.stderr  # quoted in the note, not obeyed
    at = new_page_draft(start())
    at.chat_input[0].set_value(NOTES).run()
    at.button(key="draft_5").click().run()
    assert not at.exception
    shown = [w.value for w in at.warning]
    assert any("evil.example" in w for w in shown)
    for w in shown:
        assert _inert(_rendered(w)), w



def test_the_page_refuses_a_note_over_the_limit_and_keeps_it(env):
    at = new_page_draft(start())
    long_note = "收到申请5件。" * (NOTE_MAX_CHARS // 7 + 1)
    at.chat_input[0].set_value(long_note).run()
    assert not at.exception
    assert "上限" in all_text(at) and any(t.value == long_note for t in at.text_area)  # nothing lost
    assert "收到申请5件" not in "".join(m.value for m in at.markdown)  # not read, not saved


def test_a_fact_the_llm_left_out_is_listed_to_the_official(env, llm_server, monkeypatch):
    # Issue 22: the section is accepted (a report's prose, no invented figure), but the notes' measure
    # ("下一步将建立更新台账") is in no sentence of it: the 正文 tab says which fact is missing.
    llm_server.default = Reply(content="（一）存在的主要问题。部分栏目信息更新不够及时，信息发布的时效性有待提高。\n"
                                       "（二）改进情况。下一步，将进一步加强政务公开工作，提升信息发布质量。")
    monkeypatch.setenv("NIANBAO_LLM_MODEL", "m")
    monkeypatch.setenv("NIANBAO_LLM_BASE_URL", llm_server.base_url)
    monkeypatch.setenv("NIANBAO_LLM_RETRIES", "0")
    from assistant.settings import get_settings
    get_settings.cache_clear()
    at = new_page_draft(start())
    at.chat_input[0].set_value(NOTES).run(timeout=600)  # only a hang guard: the LLM path's runs are slow on 2 cores
    at.button(key="draft_5").click().run(timeout=600)
    assert not at.exception
    assert "部分栏目信息更新不够及时" in at.text_area[1].value  # the LLM's text was kept (section 五's box)
    missing = [w.value for w in at.warning if "没有写到" in w.value]
    assert len(missing) == 1 and "改进措施：建立更新台账" in missing[0] and "栏目" not in missing[0]
