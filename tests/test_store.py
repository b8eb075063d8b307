"""Drafts in SQLite: versions, restore, no silent overwrite between two tabs, nothing lost on SIGKILL."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

from assistant.drafting import add_notes, new_draft
from assistant.store import Conflict, Store

ROOT = Path(__file__).resolve().parents[1]


def test_save_load_list_history_restore_delete(tmp_path):
    store = Store(tmp_path / "d.sqlite3")
    d = new_draft("东城县教育局", 2024)
    v1 = store.save(d, None, "新建")
    d2, _ = add_notes(d, "收到政府信息公开申请5件。")
    v2 = store.save(d2, v1, "笔记")
    loaded, version = store.load(d.id)
    assert version == v2 == 2 and loaded.notes == ["收到政府信息公开申请5件。"]
    assert [s.id for s in store.list()] == [d.id]
    assert [(v.version, v.note) for v in store.history(d.id)] == [(2, "笔记"), (1, "新建")]
    v3 = store.restore(d.id, 1, 2)
    assert v3 == 3 and store.load(d.id)[0].notes == [] and store.history(d.id)[0].note == "恢复到版本 1"
    store.delete(d.id)
    assert store.load(d.id) is None and store.list() == []


def test_two_tabs_never_silently_overwrite_each_other(tmp_path):
    store = Store(tmp_path / "d.sqlite3")
    d = new_draft("东城县教育局", 2024)
    v = store.save(d, None)
    tab_a, _ = add_notes(d, "收到政府信息公开申请5件。")
    tab_b, _ = add_notes(d, "收到政府信息公开申请7件。")
    store.save(tab_a, v)
    with pytest.raises(Conflict) as e:
        store.save(tab_b, v)
    assert "其他窗口" in str(e.value)
    assert store.load(d.id)[0].notes == ["收到政府信息公开申请5件。"]


def test_several_users_editing_different_drafts_at_once(tmp_path):
    store = Store(tmp_path / "d.sqlite3")
    drafts = [new_draft(f"第{i}局", 2024) for i in range(6)]
    errors = []

    def user(d):
        try:
            version = store.save(d, None)
            for k in range(15):
                d, _ = add_notes(d, f"收到政府信息公开申请{k}件。")
                version = store.save(d, version)
        except Exception as e:  # collected and asserted below
            errors.append(e)

    threads = [threading.Thread(target=user, args=(d,)) for d in drafts]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert sorted(s.version for s in store.list()) == [16] * 6


WRITER = textwrap.dedent("""
    import sys
    from assistant.drafting import add_notes, new_draft
    from assistant.store import Store
    store = Store(sys.argv[1])
    d = new_draft("东城县教育局", 2024)
    d.id = "killme"
    version = None
    for k in range(100000):
        d, _ = add_notes(d, f"第{k}条笔记：收到政府信息公开申请{k}件。") if k < 3 else (d, None)
        version = store.save(d, version)
        print(version, flush=True)
""")


def test_sigkill_in_the_middle_of_saving_loses_nothing_committed(tmp_path):
    db = tmp_path / "d.sqlite3"
    p = subprocess.Popen([sys.executable, "-c", WRITER, str(db)], stdout=subprocess.PIPE, text=True, cwd=ROOT)
    last = 0
    deadline = time.time() + 60
    while last < 40 and time.time() < deadline:
        line = p.stdout.readline()
        if line.strip():
            last = int(line)
    os.kill(p.pid, signal.SIGKILL)
    p.wait()
    draft, version = Store(db).load("killme")
    assert version >= last  # every save it reported as done is there
    assert len(draft.notes) == 3
    assert [v.version for v in Store(db).history("killme")][0] == version
