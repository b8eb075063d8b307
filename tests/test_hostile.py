"""Hostile input outside the file readers: bounded time for similarity and diffs, values that cannot be
stored, neutralised outputs, bounded LLM calls, atomic sidecars, uploads checked in a worker process."""
from __future__ import annotations

import json
import os
import re
import time
from pathlib import Path

import pytest

from assistant.parse import parse_bytes
from assistant.checks.rules import similarity
from tests.bounded import assert_within, bounded
from tests.test_app_draft import env  # noqa: F401  (fixture: a fresh data dir, offline)

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "corpus" / "004_a80d00d8d16235a9.txt"


def _long_report(year: int, size: int = 290_000) -> bytes:
    """The seed report with 一、总体情况 grown to `size` bytes of ordinary prose."""
    text = SEED.read_text(encoding="utf-8").replace("2024", str(year))
    start = text.index("一、总体情况")
    end = text.index("\n", text.index("\n", start) + 1)
    filler = text[start:text.index("二、主动公开政府信息情况")].split("\n", 1)[1]
    body = (filler * (size // len(filler.encode()) + 1))[: size // 3]
    return (text[:end] + "\n" + body + text[end:]).encode("utf-8")


def test_two_290kb_reports_compare_within_two_cpu_seconds():
    p = bounded("""
        c = compare(this, last)
        assert {s.number for s in c.sections} >= {1, 5}
    """, setup="""
        from assistant.parse import parse_bytes
        from assistant.review.diff import compare
        from tests.test_hostile import _long_report
        this, last = parse_bytes(_long_report(2024), ".txt"), parse_bytes(_long_report(2023), ".txt")
        assert len(this.section_text(1)) > 90_000
    """, cpu_seconds=2)
    assert_within(p, 2)


def test_similarity_is_bounded_on_repetitive_text():
    assert similarity("的政府信息" * 400, "是公开申请" * 400) < 0.2
    p = bounded("""
        a, b = "的政府信息" * 40_000, "是公开申请" * 40_000
        assert similarity(a, b) < 0.2
        assert len(word_diff(a, b)) > len(a)  # the whole text still shown, the tail as one change
    """, setup="""
        from assistant.checks.rules import similarity
        from assistant.review.diff import word_diff
    """, cpu_seconds=2)
    assert_within(p, 2)


def test_similarity_reads_like_the_character_ratio_on_normal_text():
    text = parse_bytes(SEED.read_bytes(), ".txt").section_text(1)
    assert similarity(text, text) == 1.0
    assert similarity(text, text.replace("2024", "2023")) >= 0.95
    assert similarity(text, "网站栏目设置不合理，部分栏目长期未更新。" * 3) < 0.3


# --- values -----------------------------------------------------------------------------------------

def test_a_22_digit_value_is_refused_not_stored(tmp_path):
    from assistant.drafting import new_draft, set_cell
    from assistant.store.drafts import Refused, Store
    store = Store(tmp_path / "d.sqlite3")
    d = new_draft("东城县教育局", 2024)
    v = store.save(d, None, "新建")
    for value in (10**21, 1e30, float("inf")):
        with pytest.raises(Refused) as e:
            store.save(set_cell(d, "applications.new_received[0]", value), v, "修改统计表")
        assert "超出合理范围" in str(e.value) and "本年新收" in str(e.value)
    assert store.load(d.id)[1] == v and len(store.history(d.id)) == 1


def test_a_draft_stored_by_an_older_release_with_a_huge_value_still_opens_its_history(tmp_path):
    from assistant.drafting import add_notes, new_draft
    from assistant.store.drafts import Damaged, Store
    store = Store(tmp_path / "d.sqlite3")
    d = new_draft("东城县教育局", 2024)
    store.save(d, None, "新建")
    d2, _ = add_notes(d, "收到政府信息公开申请5件。")
    store.save(d2, 1, "笔记")
    # what an older release wrote: the same draft with a 22-digit count
    body = d2.model_dump_json().replace('"entered":{', '"entered":{"applications.new_received[1]":1234567890123456789012,', 1)
    with store._db() as db:
        db.execute("UPDATE drafts SET body = ?, version = 3 WHERE id = ?", (body, d.id))
        db.execute("INSERT INTO versions (draft_id, version, saved, note, body) VALUES (?, 3, '2024-01-01T00:00:00', '笔记', ?)", (d.id, body))
    with pytest.raises(Damaged) as e:
        store.load(d.id)
    assert e.value.version == 3 and "历史版本" in str(e.value)
    assert [v.version for v in store.history(d.id)] == [3, 2, 1]
    assert store.restore(d.id, 2, e.value.version) == 4
    loaded, version = store.load(d.id)
    assert version == 4 and loaded.notes == ["收到政府信息公开申请5件。"]


def test_disk_full_while_saving_is_a_chinese_error_and_keeps_the_last_version(tmp_path):
    import errno
    from assistant.drafting import add_notes, new_draft
    from assistant.store.drafts import DiskFull, Store
    store = Store(tmp_path / "d.sqlite3")
    d = new_draft("东城县教育局", 2024)
    store.save(d, None, "新建")
    import sqlalchemy as sa

    def full(conn, cursor, statement, *args):  # the write path fails the way a full disk does
        if statement.startswith(("INSERT", "UPDATE")):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    sa.event.listen(store.engine, "before_cursor_execute", full)
    d2, _ = add_notes(d, "收到政府信息公开申请5件。")
    with pytest.raises(DiskFull) as e:
        store.save(d2, 1, "笔记")
    assert "磁盘空间不足" in str(e.value) and "仍在页面上" in str(e.value)
    sa.event.remove(store.engine, "before_cursor_execute", full)
    assert store.load(d.id)[1] == 1  # nothing half-written
    assert store.save(d2, 1, "笔记") == 2


# --- the pages ----------------------------------------------------------------------------------------

def _draft_id(at) -> str:
    d = at.query_params["draft"]
    return d[0] if isinstance(d, list) else d


def test_page_refuses_an_editor_value_of_1e30_and_keeps_the_draft(env):
    from assistant.store.drafts import Store
    from tests.test_app_draft import NOTES, all_text, new_draft, start
    at = new_draft(start())
    at.chat_input[0].set_value(NOTES).run()
    store = Store(env / "data" / "drafts.sqlite3")
    version = store.load(_draft_id(at))[1]
    at.session_state[f"ed_applications_{_draft_id(at)}_{version}"] = {
        "edited_rows": {2: {"总计": 1e30}}, "added_rows": [], "deleted_rows": []}
    at.run()
    assert not at.exception
    assert "超出合理范围" in all_text(at)
    assert store.load(_draft_id(at))[1] == version


def test_page_opens_the_history_of_a_draft_that_cannot_load_and_restores(env):
    from assistant.store.drafts import Store
    from tests.test_app_draft import NOTES, all_text, new_draft, start
    at = new_draft(start())
    at.chat_input[0].set_value(NOTES).run()
    draft_id = _draft_id(at)
    store = Store(env / "data" / "drafts.sqlite3")
    draft, version = store.load(draft_id)
    body = draft.model_dump_json().replace('"entered":{', '"entered":{"active.licensing":1234567890123456789012,', 1)
    with store._db() as db:
        db.execute("UPDATE drafts SET body = ?, version = ? WHERE id = ?", (body, version + 1, draft_id))
        db.execute("INSERT INTO versions (draft_id, version, saved, note, body) VALUES (?, ?, '2024-01-01T00:00:00', '笔记', ?)", (draft_id, version + 1, body))
    again = start({"draft": draft_id})
    assert "无法打开" in all_text(again) and "历史版本" in all_text(again)
    again.button(key=f"restore_damaged_{version}").click().run()
    assert not again.exception
    restored, v = store.load(draft_id)
    assert v == version + 2 and restored.notes == [NOTES]
    assert "东城县教育局 2024年度报告" in all_text(again)


def test_page_keeps_the_note_when_the_disk_is_full(env, monkeypatch):
    import errno
    from assistant.store.drafts import Store
    from tests.test_app_draft import NOTES, all_text, new_draft, start
    at = new_draft(start())
    version = Store(env / "data" / "drafts.sqlite3").load(_draft_id(at))[1]

    def full(*args, **kw):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(Store, "_save", full)
    at.chat_input[0].set_value(NOTES).run()
    assert not at.exception
    assert "磁盘空间不足" in all_text(at)
    assert any(t.value == NOTES for t in at.text_area)  # what was sent is still on the page
    monkeypatch.undo()
    assert Store(env / "data" / "drafts.sqlite3").load(_draft_id(at))[1] == version


def test_untrusted_names_are_shown_as_text_with_overrides_visible():
    from ui.common import name, plain
    evil = "![x](https://evil.example/p.png)[官方通知](https://evil.example)某某县\u202e局政府\u2066"
    shown = name(evil)
    assert not re.search(r"(?<!\\)[\[\]]", shown)  # every bracket escaped: no link, no image
    assert "\u202e" not in shown and "\u2066" not in shown
    assert "[U+202E]" in shown.replace("\\", "") and "某某县" in shown
    assert plain("某某县\u202e局政府") == "某某县[U+202E]局政府"


def test_markdown_in_a_finding_is_escaped(env):
    from streamlit.testing.v1 import AppTest

    def page():
        from assistant.checks.rules import Finding
        from ui.common import render_findings
        render_findings([Finding(rule="S-5", severity="error",
                                 message="标签“![x](https://evil.example/p.png)”与[链接](https://evil.example)不符")])

    at = AppTest.from_function(page).run()
    assert not at.exception
    line = at.error[0].value
    assert "![x](" not in line and "[链接](" not in line and "evil" in line and "不符" in line


def test_csv_download_neutralises_formulas_and_speaks_chinese():
    from assistant.review.batch import Result, findings_csv
    from assistant.model.report import Report
    from assistant.checks.rules import Finding
    r = Report()
    r.meta.agency = "=HYPERLINK(\"http://evil\",\"点击\")"
    f = Finding(rule="R3-1", severity="error", message="+1 总计不符", where="applications.new_received[6]",
                paths=["applications.new_received[6]", "applications.new_received[0]"])
    rows = findings_csv([Result("@cmd.txt", r, [f]), Result("-2.docx", error="\t无法读取")]).decode("utf-8-sig")
    import csv
    import io
    table = list(csv.reader(io.StringIO(rows)))
    assert table[1][:2] == ["'@cmd.txt", "'=HYPERLINK(\"http://evil\",\"点击\")"]
    assert table[1][4] == "错误" and table[1][5] == "'+1 总计不符"
    assert "applications." not in rows and "本年新收" in table[1][6] and "自然人" in table[1][7]
    assert table[2][0] == "'-2.docx" and table[2][5] == "'\t无法读取"
    assert not any(c.startswith(("=", "+", "-", "@", "\t", "\r")) for row in table for c in row)


# --- the terminal ---------------------------------------------------------------------------------------

def test_check_prints_no_escape_sequences_from_a_report(tmp_path):
    import subprocess
    import sys
    text = SEED.read_text(encoding="utf-8")
    start = text.index("五、存在的主要问题及改进情况")
    hostile = (text[:start] + "\x1b]0;被篡改的标题\x07\x1b[2J\x1b[31m假冒的结论：未发现问题\x1b[0m\u202e\n" + text[start:])
    hostile = hostile.replace(text.split("\n", 1)[0], "\x1b[1;32m" + text.split("\n", 1)[0] + "\x1b[0m", 1)
    p = tmp_path / "r.txt"
    p.write_text(hostile, encoding="utf-8")
    nianbao = str(Path(sys.executable).parent / "nianbao")
    for args in (["check", str(p)], ["parse", str(p)]):
        out = subprocess.run([nianbao, *args], capture_output=True, text=True, timeout=60)
        assert "Traceback" not in out.stderr
        assert "\x1b" not in out.stdout + out.stderr and "\x07" not in out.stdout and "\u202e" not in out.stdout


def test_terminal_text_is_stripped_of_escapes_and_controls():
    from assistant.safetext import terminal, visible_bidi
    assert terminal("a\x1b[31mb\x1b[0m\x1b]8;;http://x\x1b\\c\x1b]8;;\x1b\\d\x07e\x00f\r\n") == "abcd\ufffde\ufffdf\ufffd\n"
    assert visible_bidi("局\u202e政府\u2069") == "局[U+202E]政府[U+2069]"


def test_a_key_in_the_base_url_is_masked_on_settings(env, monkeypatch):
    from assistant.safetext import mask_secrets, mask_url
    from assistant.settings import get_settings
    from tests.test_app_draft import all_text, start
    monkeypatch.setenv("NIANBAO_LLM_MODEL", "deepseek-chat")
    monkeypatch.setenv("NIANBAO_LLM_BASE_URL", "https://acct:sk-live-SECRET-77@llm.example.cn/v1")
    get_settings.cache_clear()
    at = start()
    at.switch_page("ui/settings.py").run()
    assert not at.exception
    body = all_text(at) + "".join(str(e.value) for e in at.get("markdown"))
    assert "SECRET" not in body and "acct" not in body and "llm" in body
    assert mask_url("https://u:p@h.cn:8443/v1?x=1") == "https://***@h.cn:8443/v1?x=1"
    assert mask_url("http://localhost:8000/v1") == "http://localhost:8000/v1"
    assert mask_secrets("连接 https://u:k@h/v1 失败") == "连接 https://***@h/v1 失败"


# --- durability ------------------------------------------------------------------------------------------

def test_a_torn_bm25_sidecar_is_rebuilt_on_the_next_search_and_ingest(tmp_path):
    import chromadb
    from chromadb.config import Settings as ChromaSettings
    from assistant.corpus.retrieval import CorpusIndex
    from assistant.settings import Settings
    settings = Settings(data_dir=tmp_path, collection="t_torn")
    client = chromadb.EphemeralClient(settings=ChromaSettings(anonymized_telemetry=False))
    ix = CorpusIndex(settings, client=client)
    ix.ingest([ROOT / "corpus"], base=ROOT / "corpus")
    want = [h.id for h in ix.search("依申请公开 办理 答复", k=5)]
    meta = ix.bm25_dir / "meta.json"
    for tear in ("meta", "index"):
        if tear == "meta":
            meta.write_bytes(meta.read_bytes()[:100])  # a crash half-way through the old non-atomic write
        else:
            index = ix.bm25_dir / json.loads(meta.read_text())["index"]
            for f in index.iterdir():
                f.write_bytes(f.read_bytes()[: max(1, f.stat().st_size // 3)])
        fresh = CorpusIndex(settings, client=client)
        assert [h.id for h in fresh.search("依申请公开 办理 答复", k=5)] == want
        json.loads(meta.read_text())  # whole again
    meta.write_bytes(b"{")
    again = CorpusIndex(settings, client=client)
    res = again.ingest([ROOT / "corpus"], base=ROOT / "corpus")
    assert not res.added and json.loads(meta.read_text())["ids"]


def test_atomic_write_leaves_the_old_file_when_the_write_fails(tmp_path, monkeypatch):
    import errno
    from assistant.corpus.retrieval import atomic_write
    target = tmp_path / "meta.json"
    atomic_write(target, b'{"ids": [1]}')

    def full(*args, **kw):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(OSError):
        atomic_write(target, b'{"ids": [1, 2, 3]}')
    assert target.read_bytes() == b'{"ids": [1]}' and [p.name for p in tmp_path.iterdir()] == ["meta.json"]


# --- uploads in worker processes --------------------------------------------------------------------------

def test_a_stuck_parser_times_out_in_its_worker_while_the_app_stays_responsive():
    import threading
    from assistant.review.batch import check_many
    from assistant.settings import Settings
    from tests.hostile_tasks import check_or_misbehave
    seed = SEED.read_bytes()
    files = [("a.txt", seed), ("loop.txt", seed), ("memory.txt", seed), ("crash.txt", seed), ("b.txt", seed)]
    # Generous for a good file on a loaded machine (a seed parses in well under a CPU second); the stuck
    # regex is stopped at this many seconds.
    settings = Settings(worker_seconds=10, worker_memory_mb=1024)
    out: list = []
    cpu = time.process_time()  # this process's CPU (all its threads), not the clock
    worker = threading.Thread(target=lambda: out.extend(check_many(files, settings=settings, task=check_or_misbehave)))
    worker.start()
    spins = 0
    while worker.is_alive():  # the "other users": this thread keeps getting the GIL
        worker.join(0.01)
        spins += 1
    # The stuck regex, the memory hog and the crash ran in worker processes: the app's process did next to
    # no work meanwhile (a regex holding the GIL here would be seconds of this process's CPU), and this
    # thread ran all along.
    assert time.process_time() - cpu < 5 and spins > 1
    by_name = {r.name: r for r in out}
    assert [r.name for r in out] == [n for n, _ in files]
    assert by_name["a.txt"].error is None and by_name["b.txt"].error is None and by_name["b.txt"].report
    assert "超过 10 秒" in by_name["loop.txt"].error
    assert "内存" in by_name["memory.txt"].error and "1024 MB" in by_name["memory.txt"].error
    assert "意外退出" in by_name["crash.txt"].error
    for name in ("loop.txt", "memory.txt", "crash.txt"):
        assert by_name[name].row()["状态"] == by_name[name].error  # failed, never 通过


def test_a_last_year_report_is_read_in_a_worker_too():
    from assistant.review.batch import read_report_isolated
    from assistant.readers.document import Unreadable
    assert read_report_isolated("r.txt", SEED.read_bytes()).meta.year == 2024
    with pytest.raises(Unreadable):
        read_report_isolated("bad.docx", b"\x00\xff" * 100)


def test_a_worker_does_not_run_the_page_script_again(tmp_path, monkeypatch):
    """Under Streamlit the page script is `__main__` while it runs; multiprocessing would run it again in every
    worker before the job (a page in bare mode: 0.55 s of every notes message, cell edit and upload)."""
    import sys
    import types
    from assistant.review import isolate
    ran = tmp_path / "ran"
    page = tmp_path / "page.py"
    page.write_text(f"open({str(ran)!r}, 'w').close()\n", encoding="utf-8")
    main = types.ModuleType("__main__")
    main.__file__ = str(page)
    monkeypatch.setitem(sys.modules, "__main__", main)
    assert isolate.call(len, "三个字") == 3
    assert not ran.exists()


def test_a_workers_job_yields_the_cpu_to_the_page_every_user_shares():
    # A parse or a PDF for one user must not hold up another user's page on a two-core machine.
    import os
    from assistant.review import isolate
    assert isolate.call(os.nice, 0) > os.nice(0)
