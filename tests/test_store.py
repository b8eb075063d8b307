"""Drafts in SQLite and in a real PostgreSQL (started by tests/conftest.py), the same tests on both:
versions, restore, no silent overwrite between two tabs or two replicas, nothing lost on SIGKILL, who saved
each version; migrations from an empty database and from the single-user release's SQLite file."""
from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest
import sqlalchemy as sa

from assistant.drafting import add_notes, new_draft, set_cell
from assistant.store.identity import User
from assistant.store.drafts import Conflict, Store

ROOT = Path(__file__).resolve().parents[1]


def test_save_load_list_history_restore_delete(database):
    store = Store(database)
    d = new_draft("东城县教育局", 2024)
    v1 = store.save(d, None, "新建")
    d2, _ = add_notes(d, "收到政府信息公开申请5件。")
    v2 = store.save(d2, v1, "笔记")
    loaded, version = store.load(d.id)
    assert version == v2 == 2 and loaded.notes == ["收到政府信息公开申请5件。"]
    assert [s.id for s in store.list()] == [d.id]
    assert [(v.version, v.note) for v in store.history(d.id)] == [(2, "笔记"), (1, "新建")]
    assert store.load_version(d.id, 1).notes == []
    v3 = store.restore(d.id, 1, 2)
    assert v3 == 3 and store.load(d.id)[0].notes == [] and store.history(d.id)[0].note == "恢复到版本 1"
    store.trash(d.id)
    assert store.list() == [] and [s.id for s in store.trashed()] == [d.id] and store.is_trashed(d.id)
    store.untrash(d.id)
    assert [s.id for s in store.list()] == [d.id]
    store.delete(d.id)
    assert store.load(d.id) is None and store.list() == [] and store.history(d.id) == []


def test_two_tabs_never_silently_overwrite_each_other(database):
    store = Store(database)
    d = new_draft("东城县教育局", 2024)
    v = store.save(d, None)
    tab_a, _ = add_notes(d, "收到政府信息公开申请5件。")
    tab_b, _ = add_notes(d, "收到政府信息公开申请7件。")
    store.save(tab_a, v)
    with pytest.raises(Conflict) as e:
        store.save(tab_b, v)
    assert "其他窗口" in str(e.value) and "当前版本 2" in str(e.value)
    assert store.load(d.id)[0].notes == ["收到政府信息公开申请5件。"]
    with pytest.raises(Conflict):  # a second "new" draft with the same id never replaces the first
        store.save(tab_b, None)


def test_two_replicas_racing_on_one_draft_lose_nothing(database):
    """Eight writers (two stores = two replicas' pools) save the same draft against the version they read:
    every save that returned is in the history once, every other save was refused as a conflict."""
    replicas = [Store(database), Store(database)]
    d = new_draft("东城县教育局", 2024)
    replicas[0].save(d, None)
    won, lost, errors = [], [], []

    def writer(n):
        store = replicas[n % 2]
        for k in range(12):
            loaded, version = store.load(d.id)
            try:
                won.append((store.save(set_cell(loaded, "applications.new_received[0]", n * 100 + k), version), n * 100 + k))
            except Conflict:
                lost.append(n)
            except Exception as e:  # collected and asserted below
                errors.append(e)

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert len(won) + len(lost) == 96 and len(won) >= 12
    versions = sorted(v for v, _ in won)
    assert versions == list(range(2, 2 + len(won)))  # no version given twice, none skipped
    history = replicas[1].history(d.id)
    assert len(history) == len(won) + 1
    for version, value in won:  # each returned save is stored as that version, with its value
        assert replicas[1].load_version(d.id, version).entered["applications.new_received[0]"] == value


def test_several_users_editing_different_drafts_at_once(database):
    store = Store(database)
    drafts = [new_draft(f"第{i}局", 2024) for i in range(6)]
    errors = []

    def user(d):
        try:
            version = store.save(d, None)
            for k in range(15):
                d = set_cell(d, "applications.new_received[0]", k)
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


def test_every_version_records_who_saved_it(database):
    store = Store(database)
    directory = store.directory
    body = directory.add_body("东城县教育局", "部门")
    alice = directory.set_user("alice", "张三", body.id)
    bob = directory.set_user("bob", "李四", body.id)
    d = new_draft("东城县教育局", 2024)
    v = store.as_user(alice).save(d, None, "新建")
    store.as_user(bob).save(set_cell(d, "applications.new_received[0]", 3), v, "修改统计表")
    assert [(h.version, h.saved_by) for h in store.as_user(alice).history(d.id)] == [(2, "bob"), (1, "alice")]


def test_unsaved_input_is_kept_per_user_and_draft_until_saved_or_discarded(database):
    """What a user typed and did not save survives a restart (a new Store on the same database), is theirs
    alone, and goes when discarded or when the draft is deleted."""
    store = Store(database)
    directory = store.directory
    body = directory.add_body("东城县教育局", "部门")
    other = directory.add_body("西城县教育局", "部门")
    alice = directory.set_user("alice", "张三", body.id)
    bob = directory.set_user("bob", "李四", body.id)
    carol = directory.set_user("carol", "王五", other.id)
    d = new_draft("东城县教育局", 2024)
    v = store.as_user(alice).save(d, None, "新建")
    store.as_user(alice).keep(d.id, "text:2", "本年度主动公开信息120条。", v)
    store.as_user(alice).keep(d.id, "chat", "行政复议1件", v)
    store.as_user(bob).keep(d.id, "text:2", "李四的修改。", v)
    restarted = Store(database).as_user(alice)
    kept = restarted.unsaved(d.id)
    assert {f: (u.text, u.version) for f, u in kept.items()} == {
        "text:2": ("本年度主动公开信息120条。", v), "chat": ("行政复议1件", v)}
    assert store.as_user(bob).unsaved(d.id)["text:2"].text == "李四的修改。"
    restarted.keep(d.id, "text:2", "改了又改。", v)  # a later keystroke replaces the kept text
    assert restarted.unsaved(d.id)["text:2"].text == "改了又改。"
    assert store.as_user(carol).unsaved(d.id) == {}  # another body's draft: nothing to read, nothing to keep
    with pytest.raises(Exception):
        store.as_user(carol).keep(d.id, "chat", "x", v)
    restarted.discard(d.id, ["chat"])
    assert list(restarted.unsaved(d.id)) == ["text:2"]
    restarted.keep(d.id, "text:2", "", v)  # typed back to nothing: nothing kept
    assert restarted.unsaved(d.id) == {} and store.as_user(bob).unsaved(d.id)
    store.as_user(alice).delete(d.id)
    with store._db() as db:
        assert db.execute("SELECT count(*) FROM unsaved").scalar() == 0


WRITER = textwrap.dedent("""
    import sys
    from assistant.drafting import add_notes, new_draft
    from assistant.store.drafts import Store
    store = Store(sys.argv[1])
    d = new_draft("东城县教育局", 2024)
    d.id = "killme"
    version = None
    for k in range(100000):
        d, _ = add_notes(d, f"第{k}条笔记：收到政府信息公开申请{k}件。") if k < 3 else (d, None)
        version = store.save(d, version)
        print(version, flush=True)
""")


def test_sigkill_in_the_middle_of_saving_loses_nothing_committed(database):
    p = subprocess.Popen([sys.executable, "-c", WRITER, database], stdout=subprocess.PIPE, text=True, cwd=ROOT)
    last = 0
    while last < 40:  # the writer reports each committed save; it stops only when killed (or it crashed)
        line = p.stdout.readline()
        if not line:
            break
        if line.strip():
            last = int(line)
    os.kill(p.pid, signal.SIGKILL)
    p.wait()
    assert last >= 40
    draft, version = Store(database).load("killme")
    assert version >= last  # every save it reported as done is there
    assert len(draft.notes) == 3
    history = [v.version for v in Store(database).history("killme")]
    assert history[0] == version and history == list(range(version, 0, -1))  # none half-written


def _tables(url_or_path) -> set[str]:
    url = url_or_path if "://" in str(url_or_path) else f"sqlite:///{url_or_path}"
    engine = sa.create_engine(url)
    try:
        return set(sa.inspect(engine).get_table_names())
    finally:
        engine.dispose()


def test_migrations_from_an_empty_database(database):
    assert _tables(database) == set()
    Store(database)
    assert {"drafts", "versions", "trash", "bodies", "users", "comments", "unsaved", "alembic_version"} <= \
        _tables(database)
    Store(database)  # a second start (another replica) changes nothing


OLD_SCHEMA = """
CREATE TABLE drafts (id TEXT PRIMARY KEY, agency TEXT NOT NULL, year INTEGER NOT NULL, version INTEGER NOT NULL,
                     updated TEXT NOT NULL, body TEXT NOT NULL);
CREATE TABLE versions (draft_id TEXT NOT NULL, version INTEGER NOT NULL, saved TEXT NOT NULL, note TEXT NOT NULL,
                       body TEXT NOT NULL, PRIMARY KEY (draft_id, version));
CREATE TABLE trash (draft_id TEXT PRIMARY KEY, deleted TEXT NOT NULL);
"""


def test_migration_from_the_single_user_sqlite_file(tmp_path):
    """The file the single-user release wrote (no migration table) opens with its drafts, history and 回收站;
    new saves record who saved them; an admin can give the old drafts to a body."""
    path = tmp_path / "drafts.sqlite3"
    d = new_draft("东城县教育局", 2024)
    d2, _ = add_notes(d, "收到政府信息公开申请5件。")
    gone = new_draft("西城县教育局", 2023)
    with sqlite3.connect(path) as db:
        db.executescript(OLD_SCHEMA)
        for draft, version in ((d, 1), (d2, 2)):
            db.execute("INSERT INTO versions VALUES (?, ?, '2025-01-05T10:00:00', '笔记', ?)",
                       (d.id, version, draft.model_dump_json()))
        db.execute("INSERT INTO drafts VALUES (?, ?, 2024, 2, '2025-01-05T10:00:00', ?)",
                   (d.id, d.agency, d2.model_dump_json()))
        db.execute("INSERT INTO drafts VALUES (?, ?, 2023, 1, '2025-01-04T10:00:00', ?)",
                   (gone.id, gone.agency, gone.model_dump_json()))
        db.execute("INSERT INTO trash VALUES (?, '2025-01-06T10:00:00')", (gone.id,))
    store = Store(path)
    assert "alembic_version" in _tables(path)
    assert [s.id for s in store.list()] == [d.id] and [s.id for s in store.trashed()] == [gone.id]
    loaded, version = store.load(d.id)
    assert version == 2 and loaded.notes == ["收到政府信息公开申请5件。"]
    assert [(v.version, v.saved_by) for v in store.history(d.id)] == [(2, ""), (1, "")]
    admin = User("root", role="admin")
    body = store.as_user(admin).directory.add_body("东城县教育局", "部门")
    store.as_user(admin).assign(d.id, body.id)
    editor = store.as_user(store.as_user(admin).directory.set_user("alice", "张三", body.id))
    assert editor.save(set_cell(loaded, "applications.new_received[0]", 5), 2, "修改统计表") == 3
    assert editor.history(d.id)[0].saved_by == "alice"
