"""The SQLite drafts file kept safe: checked at start, set aside when damaged, copied once a day, restored on
request (`nianbao restore-drafts`).

A damaged file (garbage, truncated, broken pages) is never opened as the store: it is renamed with a timestamp
beside the data (nothing is deleted), a fresh store is opened, and the message says where the file went and
which daily copy can bring the drafts back.
"""
from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
from pathlib import Path

KEEP = 7  # daily copies kept


def folder(db: Path) -> Path:
    return db.parent / "backups"


def damaged(db: Path) -> str | None:
    """Why the SQLite file cannot be trusted (None: healthy, or no file yet)."""
    if not db.exists() or db.stat().st_size == 0:
        return None
    try:
        con = sqlite3.connect(db, timeout=30)
        try:
            rows = con.execute("PRAGMA quick_check").fetchall()
        finally:
            con.close()
    except sqlite3.DatabaseError as e:
        return str(e)
    if rows != [("ok",)]:
        return "；".join(str(r[0]) for r in rows[:3])
    return None


def _stamp() -> str:
    return dt.datetime.now().strftime("%Y%m%d-%H%M%S")


def set_aside(db: Path, why: str = "damaged") -> Path:
    """Rename the file (and its -wal/-shm) with a timestamp; returns the new name."""
    dest = db.with_name(f"{db.name}.{why}-{_stamp()}")
    for tail in ("", "-wal", "-shm"):
        src = Path(f"{db}{tail}")
        if src.exists():
            os.replace(src, Path(f"{dest}{tail}"))
    return dest


def daily_copy(db: Path, today: dt.date | None = None) -> Path | None:
    """A consistent copy of a healthy file, once a day (SQLite's online backup); the last KEEP are kept."""
    if not db.exists() or db.stat().st_size == 0:
        return None
    day = today or dt.date.today()
    target = folder(db) / f"{db.stem}-{day:%Y-%m-%d}.sqlite3"
    if target.exists():
        return None
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(".partial")
    src, dst = sqlite3.connect(db, timeout=30), sqlite3.connect(tmp)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    os.replace(tmp, target)
    for old in copies(db)[KEEP:]:
        old.unlink(missing_ok=True)
    return target


def copies(db: Path) -> list[Path]:
    """The daily copies, newest first."""
    return sorted(folder(db).glob(f"{db.stem}-????-??-??.sqlite3"), reverse=True)


def last_good(db: Path) -> Path | None:
    return next((c for c in copies(db) if damaged(c) is None), None)


def restore(db: Path, source: Path | None = None) -> tuple[Path, Path | None]:
    """Put a daily copy (the newest good one unless `source`) in place of the drafts file, the current file set
    aside first. Returns (the copy used, where the current file went). ValueError, in Chinese, when there is
    no good copy."""
    source = source or last_good(db)
    if source is None:
        raise ValueError(f"没有找到可用的草稿库备份（{folder(db)}）。")
    if (why := damaged(source)) is not None:
        raise ValueError(f"备份文件 {source.name} 也已损坏（{why}），不能用来恢复。")
    moved = set_aside(db, "replaced") if db.exists() else None
    tmp = db.with_name(db.name + ".restoring")
    shutil.copyfile(source, tmp)
    os.replace(tmp, db)
    return source, moved


def recovered_message(why: str, moved: Path, db: Path) -> str:
    good = last_good(db)
    back = (f"最近一份完好的每日备份是 {good.name}：停止本应用后运行 `nianbao restore-drafts` 即可恢复到该备份"
            "（恢复前的草稿库也会先改名保留）。" if good else f"没有找到可用的每日备份（{folder(db)}）。")
    return (f"草稿库文件已损坏，无法打开（{why[:200]}）。原文件已改名保留为 {moved.name}，"
            f"现已新建一个空的草稿库，可以继续工作。{back}")
