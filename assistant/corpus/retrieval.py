"""Past reports as a searchable corpus of section pieces: Chroma (dense) + BM25 over jieba tokens,
fused by reciprocal rank.

Reports are parsed with the core parser and split by section and sub-section (一（一）主动公开 …,
五 问题 / 改进 …). Every chunk carries agency, administrative level, year, section, sub-section heading
and source file. Ingest is idempotent by content hash and incremental: an unchanged file is skipped,
a changed one replaces its chunks.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import threading
import time
import uuid
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Iterable

import numpy as np

from ..readers.document import Unreadable
from ..readers.registry import report_files
from ..model.report import SECTION_HEADINGS, Report
from ..settings import Settings, get_settings

# --- Chunks ---------------------------------------------------------------------------------------

_SUB = re.compile(r"^\s*[（(]([一二三四五六七八九十])[)）]\s*")
_PART5 = re.compile(r"^(?:\d[.、．]?\s*)?(存在的?主要?问题|主要问题|存在问题|改进情况|改进措施|改进举措|整改措施|下一步)")
MAX_CHUNK = 600


@dataclass
class Piece:
    """Where a piece of a past report comes from: what both stored chunks and search hits carry."""
    source: str
    agency: str
    level: str
    year: int
    section: int
    heading: str


@dataclass
class Chunk(Piece):
    id: str
    text: str
    file_hash: str

    def index_text(self) -> str:
        """What is embedded and tokenised: the piece under its section and sub-section headings, so a
        query in the words of one section lands on pieces of that section."""
        return f"{SECTION_HEADINGS.get(self.section, '')[2:]}\n{self.heading}\n{self.text}"

    def metadata(self) -> dict:
        d = asdict(self)
        d.pop("id")
        d.pop("text")
        return d


def _heading_of(line: str) -> str:
    """'（一）主动公开情况。坚持…' -> '（一）主动公开情况'."""
    head = re.split(r"[。：:]", line, maxsplit=1)[0]
    return head[:30]


def split_section(number: int, heading: str, text: str) -> list[tuple[str, str]]:
    """(sub-heading, text) pieces of one section: by （一）（二）… sub-headings, or for 五 by its
    问题 / 改进 parts; long pieces are cut at paragraph ends."""
    lines = [l for l in text.split("\n") if l.strip()]
    pieces: list[tuple[str, list[str]]] = []
    for line in lines:
        if _SUB.match(line) or (number == 5 and _PART5.match(line)):
            pieces.append((_heading_of(line), [line]))
        elif pieces:
            pieces[-1][1].append(line)
        else:
            pieces.append((heading, [line]))
    out: list[tuple[str, str]] = []
    for head, body in pieces:
        buf = ""
        for line in body:
            if buf and len(buf) + len(line) > MAX_CHUNK:
                out.append((head, buf))
                buf = ""
            buf = f"{buf}\n{line}" if buf else line
        if buf:
            out.append((head, buf))
    return [(h, t) for h, t in out if len(re.sub(r"\s", "", t)) >= 20]


def chunk_report(report: Report, source: str, file_hash: str) -> list[Chunk]:
    chunks: list[Chunk] = []
    for s in report.sections:
        for i, (head, text) in enumerate(split_section(s.number, s.heading, s.text)):
            cid = hashlib.sha1(f"{file_hash}:{s.number}:{i}".encode()).hexdigest()[:20]
            chunks.append(Chunk(source=source, agency=report.meta.agency or "", level=report.meta.level or "",
                                year=report.meta.year or 0, section=s.number, heading=head, id=cid, text=text,
                                file_hash=file_hash))
    return chunks


# --- Tokens for BM25 ----------------------------------------------------------------------------------

STOPWORDS = frozenset("""的 了 和 与 及 以及 或 等 是 在 对 为 将 把 被 由 从 向 于 以 按 按照 根据 通过 进行 开展 加强 进一步 不断
持续 切实 全面 有关 相关 工作 情况 方面 我 我们 本 该 其 之 中 上 下 年 月 日 年度 一是 二是 三是 四是 五是 一 二 三 四 五
六 七 八 九 十 个 件 条 项 次 并 也 都 还 又 就 而 但 如 所 这 那 此 各 每 共 其中 同时 已 已经 要 应 应当 可以 能 使 让""".split())
_TOKEN = re.compile(r"[\u4e00-\u9fff]|[A-Za-z]")


def tokenize(text: str) -> list[str]:
    import rjieba
    return [t for t in rjieba.cut_for_search(text) if _TOKEN.search(t) and t not in STOPWORDS]


# --- Search results -------------------------------------------------------------------------------

@dataclass
class Hit(Piece):
    text: str
    score: float
    id: str = ""

    def public(self) -> dict:
        d = asdict(self)
        d.pop("id")
        return d


@dataclass
class IngestResult:
    added: list[str] = field(default_factory=list)      # files indexed (new or changed)
    unchanged: list[str] = field(default_factory=list)  # files already indexed with the same content
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (file, Chinese reason)
    chunks: int = 0


# --- Clients --------------------------------------------------------------------------------------

_CLIENTS: dict[str, object] = {}
_LOCK = threading.Lock()


def chroma_client(settings: Settings):
    """One client per process and location (Chroma allows a single PersistentClient per path)."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings
    chroma_settings = ChromaSettings(anonymized_telemetry=False)
    if settings.chroma_host:
        key = f"http://{settings.chroma_host}:{settings.chroma_port}"
    else:
        key = str((settings.data_dir / "chroma").resolve())
    with _LOCK:
        if key not in _CLIENTS:
            if settings.chroma_host:
                _CLIENTS[key] = chromadb.HttpClient(host=settings.chroma_host, port=settings.chroma_port,
                                                    settings=chroma_settings)
            else:
                Path(key).mkdir(parents=True, exist_ok=True)
                _CLIENTS[key] = chromadb.PersistentClient(path=key, settings=chroma_settings)
        return _CLIENTS[key]


# --- The index ------------------------------------------------------------------------------------

class CorpusIndex:
    """The corpus: a Chroma collection for dense search and a BM25 index kept beside it."""

    def __init__(self, settings: Settings | None = None, client=None):
        from .embedding import make_embedding
        self.settings = settings or get_settings()
        self.client = client if client is not None else chroma_client(self.settings)
        self.embedding = make_embedding(self.settings)
        # Always pass our embedding function, also when the collection exists: Chroma must never fall
        # back to its default one (it downloads a model).
        self.collection = self.client.get_or_create_collection(
            self.settings.collection, embedding_function=self.embedding,
            configuration={"hnsw": {"space": "cosine"}})
        where = self.settings.chroma_host or "embedded"
        tag = hashlib.sha1(f"{where}:{self.settings.chroma_port}:{self.settings.collection}".encode()).hexdigest()[:8]
        self.bm25_dir = self.settings.data_dir / f"bm25-{tag}"
        self._bm25 = None
        self._ids: list[str] = []
        self._pos: dict[str, int] = {}
        self._meta: dict[str, np.ndarray] = {}
        self._section_counts: dict[str, dict[str, int]] = {}

    # ingest -----------------------------------------------------------------------------------------
    def _all(self, include: list[str], page: int = 5000) -> dict[str, list]:
        """Everything in the collection, fetched in pages (one huge get exceeds SQLite's variable limit)."""
        out: dict[str, list] = {"ids": [], **{k: [] for k in include}}
        offset = 0
        while True:
            got = self.collection.get(include=include, limit=page, offset=offset)
            if not got["ids"]:
                return out
            out["ids"] += got["ids"]
            for k in include:
                out[k] += list(got[k] or [])
            offset += len(got["ids"])

    def known_hashes(self) -> dict[str, str]:
        """source -> file hash of what is indexed."""
        return {m["source"]: m["file_hash"] for m in self._all(["metadatas"])["metadatas"]}

    def ingest(self, paths: Iterable[str | Path], base: Path | None = None, batch: int = 2000) -> IngestResult:
        from ..parse import parse_file
        res = IngestResult()
        pending: list[Chunk] = []
        known = self.known_hashes()
        for path in expand(paths):
            source = str(path.relative_to(base)) if base and path.is_relative_to(base) else path.name
            try:
                data = path.read_bytes()
            except OSError as e:
                res.skipped.append((str(path), f"无法读取：{e.strerror or e}"))
                continue
            digest = hashlib.sha1(data).hexdigest()
            if known.get(source) == digest:
                res.unchanged.append(str(path))
                continue
            try:
                report = parse_file(path, max_bytes=self.settings.max_input_bytes)
            except Unreadable as e:
                res.skipped.append((str(path), str(e)))
                continue
            except Exception as e:  # one bad file never stops an ingest
                res.skipped.append((str(path), f"解析失败（{type(e).__name__}）"))
                continue
            if len(report.sections) < 2:
                res.skipped.append((str(path), "没有识别出年度报告的章节，不像是政府信息公开工作年度报告"))
                continue
            chunks = chunk_report(report, source, digest)
            if source in known:
                self.collection.delete(where={"source": source})
            pending.extend(chunks)
            if len(pending) >= batch:  # one upsert per batch, not per file: Chroma calls are costly
                self.add_chunks(pending)
                pending.clear()
            known[source] = digest
            res.added.append(str(path))
            res.chunks += len(chunks)
        self.add_chunks(pending)
        if res.added:
            self.rebuild_lexical()
        else:
            self._bm25 = None
            self._lexical()  # nothing new, but a torn sidecar is found and rebuilt here
        return res

    def add_chunks(self, chunks: list[Chunk], batch: int = 2000) -> None:
        for i in range(0, len(chunks), batch):
            part = chunks[i:i + batch]
            if part:
                self.collection.upsert(ids=[c.id for c in part], documents=[c.text for c in part],
                                       embeddings=self.embedding([c.index_text() for c in part]),
                                       metadatas=[c.metadata() for c in part])

    def count(self) -> int:
        return self.collection.count()

    # lexical side -----------------------------------------------------------------------------------
    def rebuild_lexical(self) -> None:
        import bm25s
        got = self._all(["documents", "metadatas"])
        ids, docs, metas = got["ids"], got["documents"], got["metadatas"]
        retriever = bm25s.BM25()
        if ids:
            texts = [f"{SECTION_HEADINGS.get(m['section'], '')[2:]}\n{m['heading']}\n{d}" for d, m in zip(docs, metas)]
            token_lists = [tokenize(t) or ["∅"] for t in texts]
            retriever.index(token_lists, show_progress=False)
        self.bm25_dir.mkdir(parents=True, exist_ok=True)
        # Atomic: the index goes into a directory of its own, then meta.json (written to a temporary file,
        # fsynced, renamed) points at it. A crash leaves the old pair or the new one, never a mix.
        index_name = f"index-{os.getpid()}-{uuid.uuid4().hex[:8]}"
        if ids:
            retriever.save(str(self.bm25_dir / index_name))
            _fsync_tree(self.bm25_dir / index_name)
        meta = {"ids": ids, "section": [m["section"] for m in metas], "level": [m["level"] for m in metas],
                "year": [m["year"] for m in metas], "index": index_name if ids else None,
                "sections": self._section_model(token_lists, [m["section"] for m in metas]) if ids else {}}
        atomic_write(self.bm25_dir / "meta.json", json.dumps(meta, ensure_ascii=False).encode("utf-8"))
        self._load_meta(meta)
        self._bm25 = retriever if ids else None
        self._sweep(index_name)

    def _sweep(self, keep: str) -> None:
        """Remove index directories meta.json no longer points at (older than a minute: another process
        may be about to point at its own)."""
        now = time.time()
        for d in self.bm25_dir.glob("index*"):
            if d.name != keep and d.is_dir() and now - d.stat().st_mtime > 60:
                shutil.rmtree(d, ignore_errors=True)

    @staticmethod
    def _section_model(tokens: list[list[str]], sections: list[int]) -> dict:
        """Token counts per section: a naive Bayes model of how each section is worded."""
        counts: dict[int, dict[str, int]] = {}
        for toks, sec in zip(tokens, sections):
            c = counts.setdefault(int(sec), {})
            for t in toks:
                c[t] = c.get(t, 0) + 1
        return {str(k): v for k, v in counts.items()}

    def predict_section(self, query: str) -> int | None:
        """The section whose wording the query is most like (uniform prior: section 一 has far more
        pieces than the others and must not win by number)."""
        self._lexical()
        model = self._section_counts
        if len(model) < 2:
            return None
        vocab = len(set().union(*model.values()))
        best, best_score = None, -np.inf
        tokens = tokenize(query)
        for sec, counts in model.items():
            total = sum(counts.values()) + vocab
            score = sum(np.log((counts.get(t, 0) + 1) / total) for t in tokens)
            if score > best_score:
                best, best_score = int(sec), score
        return best

    def _load_meta(self, meta: dict) -> None:
        self._section_counts = meta.get("sections", {})
        self._ids = meta["ids"]
        self._pos = {cid: i for i, cid in enumerate(self._ids)}
        self._meta = {"section": np.asarray(meta["section"], dtype=np.int64),
                      "level": np.asarray(meta["level"], dtype=object),
                      "year": np.asarray(meta["year"], dtype=np.int64)}

    def _lexical(self):
        if self._bm25 is not None:
            return self._bm25
        meta_file = self.bm25_dir / "meta.json"
        if meta_file.exists():
            try:
                meta = json.loads(meta_file.read_text(encoding="utf-8"))
                index = self.bm25_dir / (meta.get("index") or "index")  # "index": the layout before atomic saves
                if len(meta["ids"]) == self.count() and index.is_dir():
                    import bm25s
                    bm25 = bm25s.BM25.load(str(index))
                    if bm25.scores.get("num_docs") not in (None, len(meta["ids"])):
                        raise ValueError("index and meta.json disagree")
                    self._load_meta(meta)
                    self._bm25 = bm25
                    return self._bm25
            except Exception:  # a torn or foreign sidecar (crash, full disk, older release): rebuilt below
                self._bm25 = None
        if self.count():
            self.rebuild_lexical()  # out of date (e.g. another user ingested into the shared server)
        return self._bm25

    # search -----------------------------------------------------------------------------------------
    def search(self, query: str, section: int | None = None, level: str | None = None,
               year: int | None = None, k: int = 5) -> list[Hit]:
        total = self.count()  # one round trip per search: it is not free on a large collection
        if not query.strip() or total == 0:
            return []
        if self._bm25 is not None and len(self._ids) != total:
            self._bm25 = None  # someone else ingested (a shared server): reload the lexical side
        self._lexical()  # loads the metadata arrays the filters and the section prior use
        pool = max(k * 4, 20)
        ranked: dict[str, float] = {}
        for ids in (self._dense_ids(query, section, level, year, pool, total),
                    self._lexical_ids(query, section, level, year, pool)):
            for rank, cid in enumerate(ids):
                ranked[cid] = ranked.get(cid, 0.0) + 1.0 / (self.settings.rrf_k + rank + 1)
        if section is None and self.settings.section_prior:
            # Phrasing examples are section-bound: prefer the section the query reads like.
            prior = self.predict_section(query)
            for cid in ranked:
                if self._field(cid, "section") == prior:
                    ranked[cid] += 1.0 / (self.settings.rrf_k + 1)
        best = sorted(ranked, key=lambda c: -ranked[c])[:k]
        if not best:
            return []
        # Text and metadata only for the pieces shown: fetching them for every candidate is what costs.
        got = self.collection.get(ids=best, include=["documents", "metadatas"])
        rows = {cid: (doc, meta) for cid, doc, meta in zip(got["ids"], got["documents"], got["metadatas"])}
        return [Hit(m["source"], m["agency"], m["level"], m["year"], m["section"], m["heading"], d,
                    round(ranked[c], 6), c) for c in best if c in rows for d, m in [rows[c]]]

    def _field(self, cid: str, name: str):
        i = self._pos.get(cid)
        return None if i is None else self._meta[name][i]

    def _mask(self, section, level, year) -> np.ndarray:
        mask = np.ones(len(self._ids), dtype=bool)
        for key, value in (("section", section), ("level", level), ("year", year)):
            if value:
                mask &= self._meta[key] == value
        return mask

    def _dense_ids(self, query: str, section, level, year, pool: int, total: int) -> list[str]:
        """Nearest pieces. Chroma's `where` pre-filter is slow on a large collection, so a filter that keeps
        a fair share of the corpus is applied after an unfiltered query sized by that share."""
        filtered = bool(section or level or year)
        in_sync = len(self._ids) == total and total > 0
        share = float(self._mask(section, level, year).mean()) if filtered and in_sync else 1.0
        if not filtered or (in_sync and share >= 0.05):
            n = min(total, int(2 * pool / share) + 1)  # 2× oversampling: falling back to `where` is the slow path
            ids = self.collection.query(query_texts=[query], n_results=n, include=[])["ids"][0]
            if filtered:
                ids = [c for c in ids if _matches({k: self._field(c, k) for k in ("section", "level", "year")},
                                                  section, level, year)]
            if not filtered or len(ids) >= min(pool, int(share * total)):
                return ids[:pool]
        filters = [c for c in ({"section": section} if section else None, {"level": level} if level else None,
                               {"year": year} if year else None) if c]
        where = filters[0] if len(filters) == 1 else {"$and": filters}
        return self.collection.query(query_texts=[query], n_results=min(pool, total), where=where, include=[])["ids"][0]

    def _lexical_ids(self, query: str, section, level, year, pool: int) -> list[str]:
        retriever = self._lexical()
        tokens = tokenize(query)
        if retriever is None or not tokens or not self._ids:
            return []
        mask = self._mask(section, level, year).astype(np.float32)
        n = int(mask.sum())
        if n == 0:
            return []
        docs, scores = retriever.retrieve([tokens], k=min(pool, n), weight_mask=mask, show_progress=False)
        return [self._ids[int(i)] for i, s in zip(docs[0], scores[0]) if s > 0]

    def examples(self, section: int, query: str, k: int = 3, level: str | None = None,
                 exclude_source: str | None = None) -> list[Hit]:
        """Phrasing examples for the drafter: pieces of the same section of other reports."""
        hits = self.search(query, section=section, level=level, k=k + 3)
        if level and len(hits) < k:
            hits += [h for h in self.search(query, section=section, k=k + 3) if h.id not in {x.id for x in hits}]
        return [h for h in hits if h.source != exclude_source][:k]


def _matches(meta: dict, section, level, year) -> bool:
    return (not section or meta.get("section") == section) and (not level or meta.get("level") == level) and \
        (not year or meta.get("year") == year)


def expand(paths: Iterable[str | Path]) -> list[Path]:
    return report_files(paths)


def atomic_write(path: Path, data: bytes) -> None:
    """Write a file so that readers see the old content or the new, never a torn one: a temporary file
    in the same directory, fsync, rename over the target, fsync the directory."""
    path = Path(path)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        with open(tmp, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    _fsync_dir(path.parent)


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems cannot sync a directory
    finally:
        os.close(fd)


def _fsync_tree(path: Path) -> None:
    for f in path.rglob("*"):
        if f.is_file():
            with open(f, "rb+") as h:
                os.fsync(h.fileno())
    _fsync_dir(path)
