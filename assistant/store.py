"""Drafts in SQLite under the data dir: every save is a new version, so a refresh, a restart or a failing
LLM never loses work, and any earlier version can be restored.

Saves carry the version they started from; a save against a newer version (another tab, another user)
is refused with a Chinese message instead of silently overwriting it.
"""
from __future__ import annotations

import datetime as dt
import json
import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path

from .drafting import Draft
from .settings import Settings, get_settings

SCHEMA = """
CREATE TABLE IF NOT EXISTS drafts (
    id TEXT PRIMARY KEY,
    agency TEXT NOT NULL,
    year INTEGER NOT NULL,
    version INTEGER NOT NULL,
    updated TEXT NOT NULL,
    body TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS versions (
    draft_id TEXT NOT NULL,
    version INTEGER NOT NULL,
    saved TEXT NOT NULL,
    note TEXT NOT NULL,
    body TEXT NOT NULL,
    PRIMARY KEY (draft_id, version)
);
"""


class Conflict(Exception):
    """The draft changed elsewhere since it was opened."""


@dataclass
class Summary:
    id: str
    agency: str
    year: int
    version: int
    updated: str


@dataclass
class Version:
    version: int
    saved: str
    note: str


class Store:
    def __init__(self, path: Path | str | None = None, settings: Settings | None = None):
        settings = settings or get_settings()
        self.path = Path(path) if path else settings.data_dir / "drafts.sqlite3"
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._local = threading.local()
        self._db()  # opens the connection
        self._local.conn.executescript(SCHEMA)  # executescript manages its own transaction

    def _db(self) -> sqlite3.Connection:
        # One connection per thread (Streamlit runs sessions in threads); WAL lets readers go on while
        # one writer commits, and a commit is all-or-nothing even if the process is killed.
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(self.path, timeout=10, isolation_level=None)
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            self._local.conn = conn
        return _Tx(conn)

    def save(self, draft: Draft, expected_version: int | None = None, note: str = "") -> int:
        """Store the draft as a new version; returns that version. `expected_version` is the version the
        caller loaded (None for a new draft): anything else in the database means a conflict."""
        body = draft.model_dump_json()
        now = dt.datetime.now().isoformat(timespec="seconds")
        with self._db() as db:
            row = db.execute("SELECT version FROM drafts WHERE id = ?", (draft.id,)).fetchone()
            current = row[0] if row else None
            if current != expected_version:
                raise Conflict("这份草稿已在其他窗口或由其他人修改（当前版本 "
                               f"{current}，您打开的是版本 {expected_version}），为避免覆盖，本次修改未保存。请刷新后再改。")
            version = (current or 0) + 1
            db.execute("INSERT OR REPLACE INTO drafts (id, agency, year, version, updated, body) VALUES (?,?,?,?,?,?)",
                       (draft.id, draft.agency, draft.year, version, now, body))
            db.execute("INSERT INTO versions (draft_id, version, saved, note, body) VALUES (?,?,?,?,?)",
                       (draft.id, version, now, note, body))
        return version

    def load(self, draft_id: str) -> tuple[Draft, int] | None:
        with self._db() as db:
            row = db.execute("SELECT body, version FROM drafts WHERE id = ?", (draft_id,)).fetchone()
        if row is None:
            return None
        return Draft.model_validate_json(row[0]), row[1]

    def list(self) -> list[Summary]:
        with self._db() as db:
            rows = db.execute("SELECT id, agency, year, version, updated FROM drafts ORDER BY updated DESC").fetchall()
        return [Summary(*r) for r in rows]

    def delete(self, draft_id: str) -> None:
        with self._db() as db:
            db.execute("DELETE FROM drafts WHERE id = ?", (draft_id,))
            db.execute("DELETE FROM versions WHERE draft_id = ?", (draft_id,))

    def history(self, draft_id: str) -> list[Version]:
        with self._db() as db:
            rows = db.execute("SELECT version, saved, note FROM versions WHERE draft_id = ? ORDER BY version DESC",
                              (draft_id,)).fetchall()
        return [Version(*r) for r in rows]

    def restore(self, draft_id: str, version: int, expected_version: int) -> int:
        """Make an old version the current one (as a new version: history is never rewritten)."""
        with self._db() as db:
            row = db.execute("SELECT body FROM versions WHERE draft_id = ? AND version = ?",
                             (draft_id, version)).fetchone()
        if row is None:
            raise KeyError(version)
        return self.save(Draft.model_validate_json(row[0]), expected_version, note=f"恢复到版本 {version}")


class _Tx:
    """`with` block = one transaction (BEGIN IMMEDIATE: a writer waits for another, never interleaves)."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def __enter__(self) -> sqlite3.Connection:
        self.conn.execute("BEGIN IMMEDIATE")
        return self.conn

    def __exit__(self, exc_type, exc, tb) -> None:
        self.conn.execute("COMMIT" if exc_type is None else "ROLLBACK")


def dumps(draft: Draft) -> str:
    return json.dumps(json.loads(draft.model_dump_json()), ensure_ascii=False, indent=1)
