"""Shared fixtures. `postgres_server`: a real PostgreSQL from Debian's package, initialised in a temp dir and
started on a free loopback port for the test session (as the `postgres` user when the tests run as root,
since PostgreSQL refuses to run as root), stopped at the end. `database` gives each test a fresh database:
an SQLite file or a new PostgreSQL database, by parameter."""
from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid

import pytest


@pytest.fixture(autouse=True)
def _drafting_in_process():
    """The 起草 page and the CLI hand large drafting inputs to the worker (drafting/limits.py) for the
    whole process; a test after one of them starts with the work done in process again."""
    yield
    from assistant.drafting.limits import offload_with
    offload_with(None)


def _pg_bin(name: str) -> str | None:
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    return found[-1] if found else shutil.which(name)


def _as_postgres(cmd: list[str]) -> list[str]:
    return ["runuser", "-u", "postgres", "--", *cmd] if os.geteuid() == 0 else cmd


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def postgres_server():
    """The base URL (without database) of a PostgreSQL server of the test session."""
    initdb, pg_ctl = _pg_bin("initdb"), _pg_bin("pg_ctl")
    if not initdb or not pg_ctl:
        pytest.skip("PostgreSQL is not installed (make system-deps installs it)")
    root = tempfile.mkdtemp(prefix="nianbao-pg-")
    os.chmod(root, 0o755)
    if os.geteuid() == 0:
        shutil.chown(root, "postgres", "postgres")
    data, port = os.path.join(root, "data"), _free_port()
    subprocess.run(_as_postgres([initdb, "-D", data, "-U", "nianbao", "--auth=trust", "-E", "UTF8",
                                 "--locale=C", "--no-sync"]), check=True, capture_output=True, cwd=root)
    options = f"-c listen_addresses=127.0.0.1 -p {port} -k {root} -c max_connections=300 -c fsync=on"
    subprocess.run(_as_postgres([pg_ctl, "-D", data, "-o", options, "-l", os.path.join(root, "log"), "-w",
                                 "start"]), check=True, capture_output=True, cwd=root)
    try:
        yield f"postgresql+psycopg://nianbao@127.0.0.1:{port}"
    finally:
        subprocess.run(_as_postgres([pg_ctl, "-D", data, "-m", "immediate", "stop"]), capture_output=True,
                       cwd=root)
        shutil.rmtree(root, ignore_errors=True)


def new_postgres_database(base: str) -> str:
    import psycopg
    name = "t_" + uuid.uuid4().hex[:12]
    with psycopg.connect(base.replace("postgresql+psycopg", "postgresql") + "/postgres", autocommit=True) as c:
        c.execute(f"CREATE DATABASE {name}")
    return f"{base}/{name}"


@pytest.fixture(params=["sqlite", "postgresql"])
def database(request, tmp_path):
    """Where a Store keeps its drafts: an SQLite file path, or the URL of a fresh PostgreSQL database."""
    if request.param == "sqlite":
        return str(tmp_path / "d.sqlite3")
    return new_postgres_database(request.getfixturevalue("postgres_server"))


# --- shared by the drafting, LLM and notes tests -------------------------------------------------------

# shared/data/seeds beside the checkout, or beside a parent of it (a git worktree under /work/wt/NAME)
SEEDS = next((found for up in range(2, 5) if (found := sorted(glob.glob(os.path.join(
    os.path.dirname(os.path.abspath(__file__)), *[".."] * up, "shared", "data", "seeds", "*.txt"))))), [])


# The reading round tests (test_notes_round*, test_dialogue_round*, test_review_fixes*) import these plain helpers
# (not fixtures: `drafted` is the browser tests' fixture below).
ROUND_AGENCY = "青山县自然资源局"


def notes_draft(*messages: str, agency: str = ROUND_AGENCY):
    """The tables and the draft after the messages, told one by one offline (an agency's notes)."""
    from tests.test_notes import tables
    return tables(*messages, agency=agency)


def notes_tables(*messages: str, agency: str = ROUND_AGENCY):
    """The tables after the messages (see notes_draft)."""
    return notes_draft(*messages, agency=agency)[0]


def readings(*messages: str) -> dict[str, set[float]]:
    """Every figure read for each cell, weak readings included (what a clash would be made of)."""
    from assistant.notes import read_messages
    out: dict[str, set[float]] = {}
    for s in read_messages(list(messages), year=2025).statements:
        if len(s.cells) == 1:
            out.setdefault(next(iter(s.cells)), set()).add(s.value)
    return out


def said(*messages: str) -> dict[str, float]:
    """Single-cell readings, the later winning (what the notes state a cell is)."""
    from assistant.notes import read_messages
    return {next(iter(s.cells)): s.value for s in read_messages(list(messages), year=2025).statements
            if len(s.cells) == 1 and s.strength >= 0.9}


@pytest.fixture()
def llm_server():
    """A loopback server speaking the chat-completions protocol; the real openai client talks to it."""
    from tests.llm_server import LoopbackLLM
    server = LoopbackLLM().start()
    yield server
    server.stop()


@pytest.fixture()
def offline(tmp_path):
    """Settings with no LLM and an empty data dir (no corpus index): the offline path."""
    from assistant.settings import Settings
    return Settings(llm_model=None, data_dir=tmp_path)


@pytest.fixture(scope="session")
def seed_paths() -> list[str]:
    """The five real reports of shared/data/seeds."""
    return SEEDS


# --- the real-browser tests: one app server and one Debian chromium for the session, a tab per module -------
# Each start costs seconds of two loaded cores; the modules do not depend on an empty store (each makes its own
# drafts and finds them by id). A module that restarts its server (test_browser_unsaved) has its own.

@pytest.fixture(scope="session")
def app_url(tmp_path_factory):
    from tests.browser_kit import start_app
    yield from start_app(tmp_path_factory)


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    from tests.browser_kit import Browser
    with sync_playwright() as p:
        b = Browser(p)
        yield b
        b.close()


@pytest.fixture(scope="module")
def page(browser):
    tab = browser.page()
    yield tab
    tab.close()  # a tab left open keeps talking to its (maybe stopped) server


@pytest.fixture(scope="module")
def drafted(page, app_url):
    """One draft with notes and section 一 drafted, shared by a module's browser tests (they run in order)."""
    from tests.browser_kit import new_draft, send_notes
    did = new_draft(page, app_url, "东城县教育局")
    send_notes(page)
    page.get_by_role("tab", name="正文").first.click()
    page.locator(".st-key-draft_1 button").click()
    page.get_by_text("已保存：起草第1部分").first.wait_for()
    return did


@pytest.fixture()
def corpus_app(tmp_path):
    """An app server whose example corpus is a folder of its own holding one report: (url, that folder)."""
    import sys
    from pathlib import Path

    from tests.llm_server import free_port, serve
    root = Path(__file__).resolve().parents[1]
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    seed = sorted((root / "corpus").glob("0*.txt"))[1]
    shutil.copy(seed, corpus / seed.name)
    env = {**os.environ, "NIANBAO_DATA_DIR": str(tmp_path / "data"), "NIANBAO_CORPUS_DIR": str(corpus)}
    for k in ("NIANBAO_LLM_MODEL", "NIANBAO_LLM_BASE_URL", "NIANBAO_AUTH_HEADER"):
        env.pop(k, None)
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    cmd = [str(Path(sys.executable).parent / "streamlit"), "run", "app.py", "--server.port", str(port),
           "--server.headless", "true"]
    for _ in serve(cmd, url + "/_stcore/health", "streamlit", seconds=90, cwd=root, env=env):
        yield url, corpus
