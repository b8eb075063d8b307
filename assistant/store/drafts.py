"""Drafts in a database — SQLite under the data dir by default, PostgreSQL when NIANBAO_DATABASE_URL names
one (several app replicas then share the drafts). Every save is a new version, so a refresh, a restart or a
failing LLM never loses work, and any earlier version can be restored; each version records who saved it.

Saves carry the version they started from; a save against a newer version (another tab, another user,
another replica) is refused with a Chinese message instead of silently overwriting it. A save is one
transaction: the draft row moves from the expected version to the next only if it is still at the expected
version (a conditional UPDATE, so two writers racing on any backend cannot both win), and its version row
goes in with it or not at all; a committed save survives SIGKILL (SQLite WAL, PostgreSQL's WAL).

The schema is migrated at start by Alembic (assistant/migrations): from an empty database and from the
single-user release's SQLite file, which had no migration table.

Access: `Store.as_user(user)` gives the same store seen by one signed-in user (assistant.identity): they list,
open, export, restore and delete only the drafts of their own body; a reviewer also reads (and comments on)
the drafts of the bodies under its own; an admin sees everything. The unscoped store is the single-user
local mode (and the command line).
"""
from __future__ import annotations

import copy
import datetime as dt
import json
import math
import sqlite3
import threading
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy import exc as sa_exc

from ..drafting import Draft
from .identity import Directory, readable_bodies, require_admin, writable_bodies
from ..settings import Settings, get_settings

from .schema import (  # noqa: F401  (the errors are part of the store's API)
    Conflict, Damaged, DiskFull, Forbidden, NotSaved, Refused, Unavailable, bodies_t, comments_t, drafts_t, metadata,
    trash_t, users_t, versions_t,
)


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
    from ..checks.rules import where_label
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
    body_id: str | None = None


@dataclass
class Version:
    version: int
    saved: str
    note: str
    saved_by: str = ""


@dataclass
class Comment:
    version: int
    author: str
    created: str
    text: str


def database_url(where: Path | str | None, settings: Settings) -> str:
    """A path is an SQLite file; a string with '://' is a database URL; nothing is the configured URL or
    drafts.sqlite3 under the data dir."""
    if where is None:
        if settings.database_url:
            where = settings.database_url
        else:
            where = settings.data_dir / "drafts.sqlite3"
    text = str(where)
    if "://" in text:
        if text.startswith(("postgresql://", "postgres://")):  # the URL libpq users write: use psycopg 3
            text = "postgresql+psycopg://" + text.split("://", 1)[1]
        return text
    path = Path(text)
    path.parent.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{path}"


_engines: dict[str, sa.Engine] = {}
_engines_lock = threading.Lock()
_recovered: dict[str, str] = {}  # url -> what happened to a damaged SQLite file at start, for the user


def engine_for(url: str) -> sa.Engine:
    """One engine (connection pool) per database per process, checked and migrated once. A damaged SQLite file
    is set aside for a fresh one (backup.py); a database that cannot be opened raises Unavailable."""
    with _engines_lock:
        engine = _engines.get(url)
        if engine is None:
            engine = _open(url)
            _engines[url] = engine
        return engine


def sqlite_file(url: str) -> Path | None:
    return Path(url.split(":///", 1)[1]) if url.startswith("sqlite:///") else None


def _open(url: str) -> sa.Engine:
    from . import backup
    db = sqlite_file(url)
    if db is not None:
        if (why := backup.damaged(db)) is not None:
            moved = backup.set_aside(db)
            _recovered[url] = backup.recovered_message(why, moved, db)
        else:
            try:
                backup.daily_copy(db)
            except (OSError, sqlite3.Error):
                pass  # a full disk must not keep the drafts from opening; yesterday's copy stays
    engine = _make_engine(url)
    try:
        migrate(engine)
    except (sa_exc.DBAPIError, OSError) as e:
        engine.dispose()
        text = str(getattr(e, "orig", None) or e).strip().splitlines()
        detail = (text[0] if text else type(e).__name__)[:200]
        if db is not None:
            raise Unavailable(f"无法打开草稿库文件 {db}（{detail}）。请检查磁盘空间和文件权限。") from None
        raise Unavailable(f"无法连接草稿数据库（PostgreSQL：{detail}）。请检查 NIANBAO_DATABASE_URL、数据库服务"
                          "是否在运行、数据库是否存在以及账号权限；草稿在数据库恢复后仍在。") from None
    return engine


def _make_engine(url: str) -> sa.Engine:
    if url.startswith("sqlite"):
        # WAL lets readers go on while one writer commits, and a commit is all-or-nothing even if the process
        # is killed; a writer takes the lock at BEGIN (IMMEDIATE), so writers wait for each other, never
        # interleave. pysqlite's own transaction handling is switched off so these BEGINs are ours.
        engine = sa.create_engine(url, connect_args={"timeout": 30, "check_same_thread": False},
                                  pool_size=8, max_overflow=32)

        @sa.event.listens_for(engine, "connect")
        def _connect(dbapi_conn, _record):
            dbapi_conn.isolation_level = None
            dbapi_conn.execute("PRAGMA journal_mode=WAL")
            dbapi_conn.execute("PRAGMA synchronous=NORMAL")
            dbapi_conn.execute("PRAGMA busy_timeout=30000")

        @sa.event.listens_for(engine, "begin")
        def _begin(conn):
            conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("write") else "BEGIN")
        return engine
    # PostgreSQL (or another server): READ COMMITTED; the conditional UPDATE takes the row lock, so a second
    # writer on the same draft waits, then finds the version moved and is refused.
    return sa.create_engine(url, pool_size=10, max_overflow=40, pool_pre_ping=True)


MIGRATION_LOCK = 0x6E6962  # PostgreSQL advisory lock: replicas starting together migrate one at a time


def migrate(engine: sa.Engine) -> None:
    """Bring the schema to the newest revision (Alembic), from empty or from the single-user release."""
    from alembic import command
    from alembic.config import Config
    cfg = Config()
    cfg.set_main_option("script_location", str(Path(__file__).with_name("migrations")))
    with engine.execution_options(write=True).connect() as conn:  # SQLite: BEGIN IMMEDIATE, one at a time
        if conn.dialect.name == "postgresql":
            conn.exec_driver_sql(f"SELECT pg_advisory_lock({MIGRATION_LOCK})")
            conn.commit()
        try:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
            conn.commit()
        finally:
            if conn.dialect.name == "postgresql":
                conn.exec_driver_sql(f"SELECT pg_advisory_unlock({MIGRATION_LOCK})")
                conn.commit()


def now() -> str:
    return dt.datetime.now().isoformat(timespec="seconds")


class Store:
    def __init__(self, path: Path | str | None = None, settings: Settings | None = None, user=None):
        settings = settings or get_settings()
        self.url = database_url(path, settings)
        self.path = sqlite_file(self.url)
        self.engine = engine_for(self.url)
        self.recovered = _recovered.get(self.url)  # a damaged file set aside at start: say so (Chinese)
        self._write = self.engine.execution_options(write=True)
        self.user = user  # None: the single-user local mode (and the command line) sees everything

    # --- who sees what ---------------------------------------------------------------------------------

    def as_user(self, user) -> "Store":
        """This store as one signed-in user sees it (None: local mode, everything)."""
        scoped = copy.copy(self)
        scoped.user = user
        return scoped

    @property
    def directory(self):
        return Directory(self)

    def _readable(self, db) -> set[str] | None:
        """Body ids whose drafts the user reads; None for all."""
        return readable_bodies(self.user, db)

    def _writable(self) -> set[str] | None:
        return writable_bodies(self.user)

    def _can_read(self, db, body_id: str | None) -> bool:
        bodies = self._readable(db)
        return bodies is None or body_id in bodies

    def _body_of(self, db, draft_id: str) -> tuple[bool, str | None]:
        row = db.execute(sa.select(drafts_t.c.body_id).where(drafts_t.c.id == draft_id)).first()
        return (row is not None, row[0] if row else None)

    def _visible(self, db, draft_id: str) -> bool:
        exists, body_id = self._body_of(db, draft_id)
        return exists and self._can_read(db, body_id)

    def _check_write(self, body_id: str | None, what: str) -> None:
        bodies = self._writable()
        if bodies is not None and body_id not in bodies:
            raise Forbidden(f"您没有{what}这份草稿的权限：它属于其他单位，或您只能查阅。")

    @property
    def _who(self) -> str:
        return getattr(self.user, "login", "") or ""

    # --- transactions ---------------------------------------------------------------------------------

    @contextmanager
    def _tx(self, write: bool = False):
        with (self._write if write else self.engine).begin() as db:
            yield db

    @contextmanager
    def _db(self):
        """The raw connection in one write transaction, for tests and repairs (SQL in the driver's style)."""
        with self._tx(write=True) as db:
            yield _Raw(db)

    # --- drafts ---------------------------------------------------------------------------------------

    def save(self, draft: Draft, expected_version: int | None = None, note: str = "") -> int:
        """Store the draft as a new version; returns that version. `expected_version` is the version the
        caller loaded (None for a new draft): anything else in the database means a conflict. A value out
        of range raises Refused; a disk that cannot be written raises DiskFull (nothing half-written); a
        draft of another body raises Forbidden."""
        check_values(draft)
        body = draft.model_dump_json()
        try:
            return self._save(draft, body, now(), expected_version, note)
        except sa_exc.IntegrityError as e:  # two first saves of one new draft: the second loses
            raise self._conflict(None, expected_version) from e
        except (OSError, sa_exc.DBAPIError) as e:
            text = str(getattr(e, "orig", None) or e)
            if "locked" in text or "could not serialize" in text or "deadlock" in text:
                raise DiskFull("草稿库正忙（其他用户正在保存），本次修改未保存，请稍后重试。") from e
            raise DiskFull("草稿未能保存：磁盘空间不足或无法写入数据库"
                           f"（{getattr(e, 'strerror', None) or text.splitlines()[0][:200]}）。"
                           "您的输入仍在页面上，请腾出空间或恢复数据库连接后重试。") from e

    @staticmethod
    def _conflict(current, expected) -> Conflict:
        return Conflict("这份草稿已在其他窗口或由其他人修改（当前版本 "
                        f"{current}，您打开的是版本 {expected}），为避免覆盖，本次修改未保存。请刷新后再改。")

    def _save(self, draft: Draft, body: str, when: str, expected_version: int | None, note: str) -> int:
        with self._tx(write=True) as db:
            exists, body_id = self._body_of(db, draft.id)
            hidden = exists and not self._can_read(db, body_id)  # another body's: as if it did not exist
            if expected_version is None:
                if exists:
                    # An id in use cannot be created again; the message says no more than that (no version,
                    # no body) — a random id is only ever in use by someone's malice.
                    current = None if hidden else \
                        db.execute(sa.select(drafts_t.c.version).where(drafts_t.c.id == draft.id)).scalar()
                    raise self._conflict(current, expected_version)
                body_id = getattr(self.user, "body_id", None)
                self._check_write(body_id, "新建")
                version = 1
                db.execute(drafts_t.insert().values(id=draft.id, agency=draft.agency, year=draft.year,
                                                    version=version, updated=when, body=body, body_id=body_id))
            else:
                if hidden:  # what saving over a draft that does not exist says
                    raise self._conflict(None, expected_version)
                if exists:
                    self._check_write(body_id, "修改")
                version = expected_version + 1
                moved = db.execute(drafts_t.update()
                                   .where(drafts_t.c.id == draft.id, drafts_t.c.version == expected_version)
                                   .values(agency=draft.agency, year=draft.year, version=version, updated=when,
                                           body=body)).rowcount
                if moved != 1:
                    current = db.execute(sa.select(drafts_t.c.version).where(drafts_t.c.id == draft.id)).scalar()
                    raise self._conflict(current, expected_version)
            db.execute(versions_t.insert().values(draft_id=draft.id, version=version, saved=when, note=note,
                                                  body=body, saved_by=self._who or None))
        return version

    def load(self, draft_id: str) -> tuple[Draft, int] | None:
        """The current version; None when there is none or it is another body's; Damaged when it cannot be
        opened (its history still can, see restore)."""
        with self._tx() as db:
            row = db.execute(sa.select(drafts_t.c.body, drafts_t.c.version, drafts_t.c.body_id)
                             .where(drafts_t.c.id == draft_id)).first()
            if row is None or not self._can_read(db, row.body_id):
                return None
        body, version = row.body, row.version
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

    def load_version(self, draft_id: str, version: int) -> Draft:
        """One earlier version (KeyError when there is none or the draft is another body's)."""
        with self._tx() as db:
            if not self._visible(db, draft_id):
                raise KeyError(version)
            body = db.execute(sa.select(versions_t.c.body).where(versions_t.c.draft_id == draft_id,
                                                                 versions_t.c.version == version)).scalar()
        if body is None:
            raise KeyError(version)
        return Draft.model_validate_json(body)

    def _summaries(self, trashed: bool) -> list[Summary]:
        q = (sa.select(drafts_t.c.id, drafts_t.c.agency, drafts_t.c.year, drafts_t.c.version,
                       sa.func.coalesce(trash_t.c.deleted, drafts_t.c.updated), drafts_t.c.body_id)
             .select_from(drafts_t.outerjoin(trash_t, trash_t.c.draft_id == drafts_t.c.id))
             .where(trash_t.c.draft_id.is_not(None) if trashed else trash_t.c.draft_id.is_(None))
             .order_by(sa.desc(sa.func.coalesce(trash_t.c.deleted, drafts_t.c.updated))))
        with self._tx() as db:
            bodies = self._readable(db)
            if bodies is not None:
                q = q.where(drafts_t.c.body_id.in_(sorted(bodies)))
            rows = db.execute(q).all()
        return [Summary(*r) for r in rows]

    def list(self) -> list[Summary]:
        """The drafts the user may open (not in the 回收站), newest first."""
        return self._summaries(trashed=False)

    def trashed(self) -> list[Summary]:
        """Drafts in the 回收站 (their `updated` is when they were deleted)."""
        return self._summaries(trashed=True)

    def is_trashed(self, draft_id: str) -> bool:
        """Whether a draft the user may read is in the 回收站 (another body's: False, as for no draft)."""
        with self._tx() as db:
            if not self._visible(db, draft_id):
                return False
            return db.execute(sa.select(trash_t.c.draft_id).where(trash_t.c.draft_id == draft_id)).first() is not None

    def _writable_draft(self, db, draft_id: str, what: str) -> bool:
        """Whether the draft exists for this user (another body's does not: nothing happens, as for no draft);
        Forbidden when they may read it but not change it."""
        exists, body_id = self._body_of(db, draft_id)
        if exists:
            if not self._can_read(db, body_id):
                return False
            self._check_write(body_id, what)
        return exists

    def trash(self, draft_id: str) -> None:
        """Move to the 回收站 (recoverable)."""
        with self._tx(write=True) as db:
            if self._writable_draft(db, draft_id, "删除"):
                db.execute(trash_t.delete().where(trash_t.c.draft_id == draft_id))
                db.execute(trash_t.insert().values(draft_id=draft_id, deleted=now()))

    def untrash(self, draft_id: str) -> None:
        with self._tx(write=True) as db:
            if self._writable_draft(db, draft_id, "恢复"):
                db.execute(trash_t.delete().where(trash_t.c.draft_id == draft_id))

    def delete(self, draft_id: str) -> None:
        """Delete for good, with its history."""
        with self._tx(write=True) as db:
            if not self._writable_draft(db, draft_id, "删除"):
                return
            for t, col in ((drafts_t, drafts_t.c.id), (versions_t, versions_t.c.draft_id),
                           (trash_t, trash_t.c.draft_id), (comments_t, comments_t.c.draft_id)):
                db.execute(t.delete().where(col == draft_id))

    def history(self, draft_id: str) -> list[Version]:
        with self._tx() as db:
            if not self._visible(db, draft_id):
                return []
            rows = db.execute(sa.select(versions_t.c.version, versions_t.c.saved, versions_t.c.note,
                                        sa.func.coalesce(versions_t.c.saved_by, ""))
                              .where(versions_t.c.draft_id == draft_id)
                              .order_by(versions_t.c.version.desc())).all()
        return [Version(*r) for r in rows]

    def restore(self, draft_id: str, version: int, expected_version: int) -> int:
        """Make an old version the current one (as a new version: history is never rewritten)."""
        draft = self.load_version(draft_id, version)
        return self.save(draft, expected_version, note=f"恢复到版本 {version}")

    def owner(self, draft_id: str) -> str | None:
        """The body a visible draft belongs to (None: no body, the local mode's drafts)."""
        with self._tx() as db:
            exists, body_id = self._body_of(db, draft_id)
            if not exists or not self._can_read(db, body_id):
                raise KeyError(draft_id)
        return body_id

    def assign(self, draft_id: str, body_id: str | None) -> None:
        """Give a draft to a body (admin; e.g. the drafts of the single-user release)."""
        require_admin(self.user)
        with self._tx(write=True) as db:
            db.execute(drafts_t.update().where(drafts_t.c.id == draft_id).values(body_id=body_id))

    # --- reviewers' comments --------------------------------------------------------------------------

    def comment(self, draft_id: str, version: int, text: str) -> None:
        """A comment on a version: by whoever may read the draft (a reviewer of its body, its own body)."""
        text = text.strip()
        if not text:
            raise NotSaved("意见为空，未保存。")
        with self._tx(write=True) as db:
            if not self._visible(db, draft_id):
                raise Forbidden("您没有查阅这份草稿的权限，不能提出意见。")
            db.execute(comments_t.insert().values(draft_id=draft_id, version=version, author=self._who or "本机",
                                                  created=now(), text=text[:5000]))

    def comments(self, draft_id: str) -> list[Comment]:
        with self._tx() as db:
            if not self._visible(db, draft_id):
                return []
            rows = db.execute(sa.select(comments_t.c.version, comments_t.c.author, comments_t.c.created,
                                        comments_t.c.text).where(comments_t.c.draft_id == draft_id)
                              .order_by(comments_t.c.id)).all()
        return [Comment(*r) for r in rows]


class _Raw:
    """A connection that takes SQL in the driver's parameter style (`?` for SQLite, `%s` for psycopg)."""

    def __init__(self, conn: sa.Connection):
        self.conn = conn

    def execute(self, sql: str, params=()):
        return self.conn.exec_driver_sql(sql, tuple(params))


def dumps(draft: Draft) -> str:
    return json.dumps(json.loads(draft.model_dump_json()), ensure_ascii=False, indent=1)
