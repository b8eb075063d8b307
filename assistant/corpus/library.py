"""The managed corpus (范例库): past reports an admin uploads in any supported format, listed by agency, year
and level with how their tables were read, removable; the index (embedded Chroma or a Chroma server, plus
the BM25 sidecar) is updated incrementally — only the file added or removed is (re)indexed.

The catalogue (data_dir/corpus-catalogue.json, keyed by file name and content hash) keeps what parsing found,
so listing hundreds of reports does not parse them again; a file changed or added by hand is read on the
next listing.
"""
from __future__ import annotations

import hashlib
import json
import re
from dataclasses import asdict, dataclass
from pathlib import Path

from ..readers.document import Unreadable
from ..readers.registry import SUFFIXES, is_report_file, suffix_of
from ..settings import Settings, get_settings

CATALOGUE = "corpus-catalogue.json"


@dataclass
class Entry:
    file: str
    agency: str
    year: int | None
    level: str
    confidence: str     # 高 / 中 / 低 / 无表格
    reading: str        # parse.reading_confidence: per table, how its cells were read
    digest: str
    problem: str = ""   # why it cannot be used (unreadable), in Chinese


def _grade(reading: dict) -> str:
    if not reading:
        return "无表格"
    if any(t.get("ambiguous") for t in reading.values()):
        return "低"
    if any(t.get("by_order") or t.get("by_identity") for t in reading.values()):
        return "中"
    return "高"


def read_entry(path: Path, digest: str, settings: Settings) -> Entry:
    from ..parse import parse_file, reading_confidence, require_tables
    try:
        report = require_tables(parse_file(path, max_bytes=settings.max_input_bytes))
    except Unreadable as e:
        return Entry(path.name, "", None, "", "无表格", "", digest, str(e))
    except Exception as e:  # one bad file never breaks the list
        return Entry(path.name, "", None, "", "无表格", "", digest, f"解析失败（{type(e).__name__}）")
    m = report.meta
    return Entry(path.name, m.agency or "", m.year, m.level or "", _grade(report.reading or {}),
                 reading_confidence(report), digest)


def _files(settings: Settings) -> list[Path]:
    d = settings.corpus_dir
    return sorted(p for p in d.glob("*") if p.is_file() and is_report_file(p)) if d.is_dir() else []


def catalogue(settings: Settings | None = None) -> list[Entry]:
    """Every report of the corpus, sorted by agency, year (newest first)."""
    settings = settings or get_settings()
    path = settings.data_dir / CATALOGUE
    try:
        known = {e["file"]: Entry(**e) for e in json.loads(path.read_text("utf-8"))}
    except (OSError, ValueError, TypeError):
        known = {}
    entries, changed = [], False
    for f in _files(settings):
        digest = hashlib.sha1(f.read_bytes()).hexdigest()
        e = known.get(f.name)
        if e is None or e.digest != digest:
            e, changed = read_entry(f, digest, settings), True
        entries.append(e)
    if changed or len(entries) != len(known):
        _write(settings, entries)
    return sorted(entries, key=lambda e: (e.agency or "~", -(e.year or 0), e.file))


def _write(settings: Settings, entries: list[Entry]) -> None:
    from .retrieval import atomic_write
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    atomic_write(settings.data_dir / CATALOGUE,
                 json.dumps([asdict(e) for e in entries], ensure_ascii=False).encode("utf-8"))


def _file_name(entry: Entry, suffix: str, settings: Settings) -> str:
    stem = re.sub(r"[\\/:*?\"<>|\s]+", "", f"{entry.agency or '未知机关'}{entry.year or ''}年度报告")[:60]
    name, n = f"{stem}{suffix}", 2
    while (settings.corpus_dir / name).exists():
        name, n = f"{stem}_{n}{suffix}", n + 1
    return name


def add(name: str, data: bytes, settings: Settings | None = None, index=None) -> Entry:
    """Add one uploaded report: checked as a report first (a refusal raises Unreadable with the reason),
    stored under a readable name (agency + year), indexed on its own."""
    settings = settings or get_settings()
    suffix = suffix_of(name)
    if suffix not in SUFFIXES:
        raise Unreadable(f"不支持的文件格式：{suffix or '无扩展名'}（支持 {'、'.join(SUFFIXES)}）")
    if len(data) > settings.max_input_bytes:
        raise Unreadable(f"文件超过 {settings.max_input_mb:g} MB。")
    digest = hashlib.sha1(data).hexdigest()
    same = [e for e in catalogue(settings) if e.digest == digest]
    if same:
        raise Unreadable(f"这份报告已在范例库中（{same[0].file}）。")
    settings.corpus_dir.mkdir(parents=True, exist_ok=True)
    probe = settings.corpus_dir / f".upload-{digest[:12]}{suffix}"
    probe.write_bytes(data)
    try:
        entry = read_entry(probe, digest, settings)
        if entry.problem:
            raise Unreadable(entry.problem)
        target = settings.corpus_dir / _file_name(entry, suffix, settings)
        probe.rename(target)
    finally:
        probe.unlink(missing_ok=True)
    entry.file = target.name
    result = (index or _index(settings)).ingest([target], base=settings.corpus_dir)
    if result.skipped:
        target.unlink(missing_ok=True)
        raise Unreadable(result.skipped[0][1])
    catalogue(settings)
    return entry


def remove(file: str, settings: Settings | None = None, index=None) -> None:
    """Remove one report from the corpus and from the index."""
    settings = settings or get_settings()
    path = settings.corpus_dir / Path(file).name
    idx = index or _index(settings)
    idx.collection.delete(where={"source": path.name})
    idx.rebuild_lexical()
    path.unlink(missing_ok=True)
    catalogue(settings)


def _index(settings: Settings):
    from .retrieval import CorpusIndex
    return CorpusIndex(settings)
