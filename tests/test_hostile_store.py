"""The store and sign-in under attack or damage (issue 27): a corrupt SQLite file (garbage, truncated, damaged
pages) opened at start, a PostgreSQL that refuses, settings that make no sense, an editor probing other bodies,
and a forged X-Forwarded-For against the trusted-proxy check."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.drafting import add_notes, new_draft
from assistant.store.identity import User
from tests.bounded import assert_within, bounded
from tests.test_identity import county  # noqa: F401  (fixture: one county's bodies, users and drafts)

ROOT = Path(__file__).resolve().parents[1]


def _healthy(db: Path) -> str:
    """A drafts file with one draft of two versions and today's daily copy; the draft's id."""
    from assistant.store.drafts import Store
    store = Store(db)
    d = new_draft("东城县教育局", 2024)
    store.save(d, None, "新建")
    store.save(add_notes(d, "收到政府信息公开申请5件。")[0], 1, "笔记")
    store.engine.dispose()  # the last connection closed: the WAL checkpointed into the file, as after a stop
    assert not Path(f"{db}-wal").exists()
    from assistant.store import backup
    backup.daily_copy(db)  # as the next start makes it
    return d.id


def _garbage(db: Path) -> None:
    db.write_bytes(os.urandom(64 * 1024))


def _truncated(db: Path) -> None:
    data = db.read_bytes()
    db.write_bytes(data[: len(data) // 2 + 100])


def _damaged_pages(db: Path) -> None:
    data = bytearray(db.read_bytes())
    for page in range(1, len(data) // 4096):  # every page but the header's: b-tree headers overwritten
        data[page * 4096: page * 4096 + 64] = os.urandom(64)
    db.write_bytes(bytes(data))


@pytest.mark.parametrize("spoil", [_garbage, _truncated, _damaged_pages])
def test_a_corrupt_sqlite_file_is_set_aside_and_a_fresh_store_opens(tmp_path, spoil):
    data = tmp_path / "data"
    data.mkdir()
    db = data / "drafts.sqlite3"
    draft_id = _healthy(db)
    spoil(db)
    # A new process, as at the app's start: bounded, and no traceback.
    p = bounded("""
        store = Store(sys.argv[1])
        print(store.recovered)
        assert store.list() == []
        store.save(new_draft("西城县教育局", 2024), None, "新建")
        print("SAVED", len(store.list()))
    """, str(db), setup="""
        from assistant.drafting import new_draft
        from assistant.store.drafts import Store
    """, cpu_seconds=5, memory_mb=1024)
    out = assert_within(p, 5)
    assert "草稿库文件已损坏" in out and "已改名保留为 drafts.sqlite3.damaged-" in out and "SAVED 1" in out
    assert "nianbao restore-drafts" in out  # today's copy of the healthy file is the way back
    kept = list(data.glob("drafts.sqlite3.damaged-*"))
    assert kept and kept[0].stat().st_size > 0  # nothing deleted

    # The way back: the newest good daily copy in place of the file, the current one kept.
    env = {**os.environ, "NIANBAO_DATA_DIR": str(data)}
    env.pop("NIANBAO_DATABASE_URL", None)
    done = subprocess.run([str(Path(sys.executable).parent / "nianbao"), "restore-drafts"], env=env,
                          capture_output=True, text=True, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "已用备份" in done.stdout and "改名为 drafts.sqlite3.replaced-" in done.stdout
    p = bounded("""
        store = Store(sys.argv[1])
        loaded, version = store.load(sys.argv[2])
        print(store.recovered, version, loaded.notes)
    """, str(db), draft_id, setup="from assistant.store.drafts import Store", cpu_seconds=5, memory_mb=1024)
    assert assert_within(p, 5).split() == ["None", "2", "['收到政府信息公开申请5件。']"]


def test_restore_without_a_backup_says_so_in_chinese(tmp_path):
    from assistant.store import backup
    with pytest.raises(ValueError, match="没有找到可用的草稿库备份"):
        backup.restore(tmp_path / "drafts.sqlite3")


def test_a_start_on_a_healthy_file_makes_todays_copy(tmp_path):
    from assistant.store import backup
    from assistant.store.drafts import Store
    db = tmp_path / "drafts.sqlite3"
    Store(db).save(new_draft("东城县教育局", 2024), None, "新建")
    assert backup.copies(db) == []  # a new file: nothing to keep yet
    p = bounded("Store(sys.argv[1])", str(db), setup="from assistant.store.drafts import Store", cpu_seconds=5)
    assert_within(p, 5)
    assert len(backup.copies(db)) == 1 and backup.damaged(backup.copies(db)[0]) is None


def test_daily_copies_are_one_a_day_and_the_last_seven_kept(tmp_path):
    import datetime as dt

    from assistant.store import backup
    db = tmp_path / "drafts.sqlite3"
    _healthy(db)
    for old in backup.copies(db):
        old.unlink()
    start = dt.date(2026, 1, 1)
    for k in range(10):
        backup.daily_copy(db, start + dt.timedelta(days=k))
        assert backup.daily_copy(db, start + dt.timedelta(days=k)) is None  # once a day
    names = [c.name for c in backup.copies(db)]
    assert len(names) == backup.KEEP and names[0].endswith("2026-01-10.sqlite3")
    assert backup.last_good(db) == backup.copies(db)[0]


def test_a_postgresql_that_refuses_is_a_chinese_message(postgres_server):
    from assistant.store.drafts import Store, Unavailable
    for url in (f"{postgres_server}/no_such_database", "postgresql://nianbao@127.0.0.1:9/drafts"):
        with pytest.raises(Unavailable) as e:
            Store(url)
        assert "无法连接草稿数据库" in str(e.value) and "NIANBAO_DATABASE_URL" in str(e.value)


# --- settings ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("variable,value,words", [
    ("NIANBAO_WORKER_MEMORY_MB", "0", "不能小于 256"),
    ("NIANBAO_WORKER_SECONDS", "-1", "应大于 0"),
    ("NIANBAO_LLM_DEADLINE", "-5", "应大于 0"),
    ("NIANBAO_TRUSTED_PROXIES", "[127.0.0.1", "不是有效的 JSON"),
    ("NIANBAO_TRUSTED_PROXIES", '["everyone"]', "不是 IP 地址或网段"),
    ("NIANBAO_MAX_INPUT_MB", "abc", "应为数字"),
    ("NIANBAO_DEADLINE_GOVERNMENT", "13-45", "不是一个日期"),
])
def test_nonsense_settings_stop_the_command_line_with_a_chinese_line(tmp_path, variable, value, words):
    env = {k: v for k, v in os.environ.items() if not k.startswith("NIANBAO_")} | {variable: value}
    done = subprocess.run([str(Path(sys.executable).parent / "nianbao"), "rules"], env=env, capture_output=True,
                          text=True, cwd=tmp_path)
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert variable in done.stderr and words in done.stderr and "配置有误" in done.stderr


def test_a_secret_is_never_echoed_in_a_settings_message():
    from assistant.settings import SettingsInvalid, load_settings
    with pytest.raises(SettingsInvalid) as e:
        load_settings(llm_api_key=["sk-very-secret"], worker_memory_mb=0)
    assert "sk-very-secret" not in str(e.value) and "NIANBAO_WORKER_MEMORY_MB" in str(e.value)


@pytest.fixture()
def app_env(tmp_path, monkeypatch):
    from assistant.settings import get_settings
    monkeypatch.setenv("NIANBAO_DATA_DIR", str(tmp_path / "data"))
    for k in ("NIANBAO_LLM_MODEL", "NIANBAO_LLM_BASE_URL", "NIANBAO_AUTH_HEADER", "NIANBAO_DATABASE_URL"):
        monkeypatch.delenv(k, raising=False)
    monkeypatch.chdir(ROOT)
    get_settings.cache_clear()
    yield tmp_path
    get_settings.cache_clear()


def _app():
    from streamlit.testing.v1 import AppTest
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.run()
    assert not at.exception, at.exception
    return at


def test_the_app_stops_on_nonsense_settings_with_the_chinese_message(app_env, monkeypatch):
    monkeypatch.setenv("NIANBAO_WORKER_MEMORY_MB", "0")
    at = _app()
    assert any("NIANBAO_WORKER_MEMORY_MB" in e.value and "不能小于 256" in e.value for e in at.error)


def test_the_app_says_a_damaged_drafts_file_was_set_aside(app_env):
    data = app_env / "data"
    data.mkdir()
    _garbage(data / "drafts.sqlite3")
    at = _app()
    assert any("草稿库文件已损坏" in w.value for w in at.warning)
    assert list(data.glob("drafts.sqlite3.damaged-*"))


def test_the_app_says_the_postgresql_is_unreachable(app_env, monkeypatch):
    monkeypatch.setenv("NIANBAO_DATABASE_URL", "postgresql://nianbao@127.0.0.1:9/drafts")
    at = _app()
    assert any("无法连接草稿数据库" in e.value for e in at.error)


# --- what an editor can learn about other bodies ---------------------------------------------------------------

def _answers(store, draft_id: str) -> list:
    """Everything the store answers about one id, errors included (type and message)."""
    from assistant.drafting import set_cell
    probe = set_cell(new_draft("某单位", 2024), "applications.new_received[0]", 1).model_copy(update={"id": draft_id})
    out = []
    for call in (lambda: store.load(draft_id), lambda: store.is_trashed(draft_id), lambda: store.history(draft_id),
                 lambda: store.comments(draft_id), lambda: store.load_version(draft_id, 1),
                 lambda: store.owner(draft_id), lambda: store.restore(draft_id, 1, 1),
                 lambda: store.comment(draft_id, 1, "看看"), lambda: store.save(probe, 1, "试探"),
                 lambda: store.save(probe, 2, "试探"), lambda: store.trash(draft_id), lambda: store.untrash(draft_id),
                 lambda: store.delete(draft_id)):
        try:
            out.append(("ok", call()))
        except Exception as e:  # noqa: BLE001 — the answer itself is compared
            out.append((type(e).__name__, str(e).replace(draft_id, "<id>")))
    return out


def test_another_bodys_drafts_answer_as_if_they_did_not_exist(county):
    """Live or in the 回收站, another body's draft gives an editor the very answers a made-up id gives — no
    probing whether an id is trashed — and stays as it was."""
    store, users, drafts = county
    alice = store.as_user(users["edu"])
    bob = store.as_user(users["health"])
    live, trashed = drafts["health"].id, drafts["town"].id
    store.as_user(users["town"]).trash(trashed)
    nobody = "0" * len(live)
    assert _answers(alice, live) == _answers(alice, nobody)
    assert _answers(alice, trashed) == _answers(alice, nobody)
    assert bob.load(live)[1] == 1 and not bob.is_trashed(live) and len(bob.history(live)) == 1
    assert store.as_user(users["town"]).is_trashed(trashed)


def test_an_editor_does_not_list_other_bodies_users(county):
    store, users, _ = county
    assert {u.login for u in store.as_user(users["edu"]).directory.users()} == {"alice"}
    assert store.as_user(users["edu"]).directory.user("dave") is None
    reviewer = {u.login for u in store.as_user(users["office"]).directory.users()}
    assert reviewer == {"alice", "bob", "carol", "erin"}  # the bodies under the office, and itself
    assert {u.login for u in store.as_user(User("root", role="admin")).directory.users()} >= {"dave", "frank"}


# --- identity from the TCP peer, against a running server -------------------------------------------------------

PROXY = "127.0.0.3"  # the authenticating proxy: an address of its own on the loopback network


@pytest.fixture(scope="module")
def proxied_app(tmp_path_factory):
    """A real app server behind a (pretend) proxy at PROXY, admin `boss`; started the way `make run` starts it,
    so its server (uvicorn) takes X-Forwarded-For from loopback peers, as by default."""
    from tests.llm_server import free_port, serve
    data = tmp_path_factory.mktemp("proxied")
    env = {k: v for k, v in os.environ.items() if not k.startswith("NIANBAO_") and k != "FORWARDED_ALLOW_IPS"}
    env |= {"NIANBAO_DATA_DIR": str(data), "NIANBAO_AUTH_HEADER": "X-Remote-User",
            "NIANBAO_TRUSTED_PROXIES": f'["{PROXY}/32"]', "NIANBAO_ADMINS": "boss"}
    port = free_port()
    cmd = [str(Path(sys.executable).parent / "streamlit"), "run", "app.py", "--server.port", str(port),
           "--server.address", "127.0.0.1", "--server.headless", "true"]
    for _ in serve(cmd, f"http://127.0.0.1:{port}/_stcore/health", "streamlit", seconds=90, cwd=ROOT, env=env):
        yield port


def visit(port: int, source: str, headers: dict[str, str]) -> str:
    """Open a session over Streamlit's websocket from the address `source`, sending `headers`, run the app once;
    the text it showed (headings, alerts, captions, markdown)."""
    import asyncio

    import websockets
    from streamlit.proto.BackMsg_pb2 import BackMsg
    from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

    async def session() -> str:
        shown = []
        async with websockets.connect(f"ws://127.0.0.1:{port}/_stcore/stream", subprotocols=["streamlit"],
                                      additional_headers=headers, local_addr=(source, 0), max_size=2**26) as ws:
            rerun = BackMsg()
            rerun.rerun_script.query_string = ""
            rerun.rerun_script.page_script_hash = ""
            await ws.send(rerun.SerializeToString())
            while True:
                msg = ForwardMsg()
                msg.ParseFromString(await asyncio.wait_for(ws.recv(), 120))  # only a hung server waits this long
                if msg.WhichOneof("type") == "script_finished":
                    return "\n".join(shown)
                if msg.WhichOneof("type") == "delta" and msg.delta.WhichOneof("type") == "new_element":
                    element = msg.delta.new_element
                    kind = element.WhichOneof("type")
                    if kind in ("alert", "markdown", "heading"):
                        shown.append(getattr(element, kind).body)

    # In a thread of its own: a session-wide Playwright browser (sync API) keeps an event loop marked running on
    # this thread, where asyncio.run() refuses to start.
    from concurrent.futures import ThreadPoolExecutor
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, session()).result()


def test_the_proxy_itself_signs_in(proxied_app):
    """The control: the same request from the proxy's own address is believed."""
    shown = visit(proxied_app, PROXY, {"X-Remote-User": "boss"})
    assert "当前用户：boss" in shown
    shown = visit(proxied_app, PROXY, {"X-Remote-User": "boss", "X-Forwarded-For": "203.0.113.7"})
    assert "当前用户：boss" in shown  # a proxy that appends the client's address is still itself


@pytest.mark.parametrize("source", ["127.0.0.1", "127.0.0.2"], ids=["loopback peer", "untrusted peer"])
def test_a_forged_x_forwarded_for_naming_the_proxy_does_not_sign_in(proxied_app, source):
    for forged in (PROXY, f"198.51.100.1, {PROXY}", f"{PROXY}:4431"):
        shown = visit(proxied_app, source, {"X-Remote-User": "boss", "X-Forwarded-For": forged})
        assert "当前用户" not in shown and ("受信任的认证代理" in shown), shown


def test_with_the_servers_forwarding_off_x_forwarded_for_changes_nothing(monkeypatch):
    from assistant.store.identity import peer_is_forwarded
    monkeypatch.delenv("FORWARDED_ALLOW_IPS", raising=False)
    assert peer_is_forwarded(None, {"X-Forwarded-For": "127.0.0.1"})  # uvicorn's default: may be the header's
    assert not peer_is_forwarded("10.0.0.5", {"x-forwarded-for": "203.0.113.7"})  # not named: the peer itself
    monkeypatch.setenv("FORWARDED_ALLOW_IPS", "")
    assert not peer_is_forwarded(None, {"X-Forwarded-For": "127.0.0.1"})  # the server ignores the header
