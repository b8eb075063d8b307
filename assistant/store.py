"""Drafts in SQLite under the data dir: every save is a new version, so a refresh, a restart or a failing
LLM never loses work, and any earlier version can be restored.

Saves carry the version they started from; a save against a newer version (another tab, another user)
is refused with a Chinese message instead of silently overwriting it.
"""
from __future__ import annotations

import datetime as dt
import json
import math
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


class NotSaved(Exception):
    """A save that did not happen, with the reason in Chinese; the caller keeps the user's input."""


class Conflict(NotSaved):
    """The draft changed elsewhere since it was opened."""


class Refused(NotSaved):
    """The draft holds a value no report can have (a 22-digit count): it is never stored."""


class DiskFull(NotSaved):
    """The database could not be written (disk full, read-only, I/O error)."""


class Damaged(Exception):
    """The current version cannot be opened (e.g. a value from an older release); its history can."""

    def __init__(self, message: str, draft_id: str, version: int):
        super().__init__(message)
        self.draft_id, self.version = draft_id, version


MAX_VALUE = 10**9  # no count or amount (万元) in a report comes near this


def insane_numbers(body: str) -> list[str]:
    """Numeric literals in a draft's JSON beyond MAX_VALUE (or not finite)."""
    bad: list[str] = []

    def number(text: str, kind):
        try:
            v = kind(text)
        except (ValueError, OverflowError):
            bad.append(text)
            return 0
        if not math.isfinite(v) or abs(v) > MAX_VALUE:
            bad.append(text)
        return v

    json.loads(body, parse_int=lambda t: number(t, int) if len(t) < 30 else bad.append(t[:30] + "…") or 0,
               parse_float=lambda t: number(t, float), parse_constant=lambda t: bad.append(t) or 0)
    return bad


def check_values(draft: Draft) -> None:
    """Refuse a draft with a number out of range, naming the cell when it is a table value."""
    from .rules import where_label
    for path, value in draft.entered.items():
        if isinstance(value, (int, float)) and not isinstance(value, bool) and \
                (not math.isfinite(value) or abs(value) > MAX_VALUE):
            shown = str(value) if len(str(value)) <= 24 else str(value)[:24] + "…"
            raise Refused(f"“{where_label(None, path)}”的数值 {shown} 超出合理范围（不超过 {MAX_VALUE:,}），"
                          "未保存。请检查是否多输了位数。")
    if bad := insane_numbers(draft.model_dump_json()):
        shown = bad[0] if len(bad[0]) <= 24 else bad[0][:24] + "…"
        raise Refused(f"草稿中有超出合理范围的数字（{shown}），未保存。请检查笔记或表格中是否多输了位数。")


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
        caller loaded (None for a new draft): anything else in the database means a conflict. A value out
        of range raises Refused; a disk that cannot be written raises DiskFull (nothing half-written)."""
        check_values(draft)
        body = draft.model_dump_json()
        now = dt.datetime.now().isoformat(timespec="seconds")
        try:
            return self._save(draft, body, now, expected_version, note)
        except (OSError, sqlite3.OperationalError, sqlite3.DatabaseError) as e:
            if isinstance(e, sqlite3.OperationalError) and "locked" in str(e):
                raise DiskFull("草稿库正忙（其他用户正在保存），本次修改未保存，请稍后重试。") from e
            raise DiskFull("草稿未能保存：磁盘空间不足或无法写入数据目录"
                           f"（{getattr(e, 'strerror', None) or e}）。您的输入仍在页面上，请腾出空间后重试。") from e

    def _save(self, draft: Draft, body: str, now: str, expected_version: int | None, note: str) -> int:
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
        """The current version; Damaged when it cannot be opened (its history still can, see restore)."""
        with self._db() as db:
            row = db.execute("SELECT body, version FROM drafts WHERE id = ?", (draft_id,)).fetchone()
        if row is None:
            return None
        body, version = row
        try:
            bad = insane_numbers(body)
            draft = None if bad else Draft.model_validate_json(body)
        except (ValueError, TypeError, RecursionError) as e:  # pydantic's ValidationError is a ValueError
            bad = [type(e).__name__]
        if bad:
            shown = bad[0] if len(bad[0]) <= 24 else bad[0][:24] + "…"
            raise Damaged(f"这份草稿的当前版本（版本 {version}）无法打开：含有超出合理范围的数字或无法识别的内容"
                          f"（{shown}）。请在下方历史版本中恢复到一个较早的版本。", draft_id, version)
        return draft, version

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
