"""Retrieval over past reports: Chroma (ephemeral, persistent, a real server) + BM25, offline."""
from __future__ import annotations

import collections
import json
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import chromadb
import pytest

from tests.llm_server import free_port, serve
from chromadb.config import Settings as ChromaSettings

from assistant.parse import parse_file
from assistant.corpus.retrieval import CorpusIndex, chunk_report, split_section
from assistant.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
SEEDS = sorted(CORPUS.glob("*.txt"))


def ephemeral():
    return chromadb.EphemeralClient(settings=ChromaSettings(anonymized_telemetry=False))


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    ix = CorpusIndex(Settings(data_dir=tmp_path_factory.mktemp("data"), collection="t_module"), client=ephemeral())
    result = ix.ingest([CORPUS], base=CORPUS)
    assert len(result.added) == len(SEEDS)
    return ix


def test_chunks_follow_sections_and_subsections():
    report = parse_file(CORPUS / "001_b769a7315a435301.txt")
    chunks = chunk_report(report, "001.txt", "h")
    by_section = collections.Counter(c.section for c in chunks)
    assert by_section[1] >= 5 and by_section[5] == 2 and by_section[6] == 1
    headings = [c.heading for c in chunks if c.section == 5]
    assert headings == ["（一）存在的主要问题", "（二）改进情况"]
    assert all(c.agency == "乌鲁木齐县人民政府办公室" and c.year == 2023 and c.level == "部门" for c in chunks)
    assert len({c.id for c in chunks}) == len(chunks)


def test_long_subsection_is_cut_at_paragraph_ends():
    text = "\n".join(f"第{i}段。" + "加强政务公开平台建设" * 8 for i in range(12))
    pieces = split_section(1, "一、总体情况", text)
    assert len(pieces) > 1 and all(len(t) <= 700 for _, t in pieces)
    assert "".join(t.replace("\n", "") for _, t in pieces) == text.replace("\n", "")


def test_search_returns_the_contract_fields_and_respects_filters(index):
    hits = index.search("本年度没有产生信息处理费", k=3)
    assert hits and hits[0].section == 6
    assert set(hits[0].public()) == {"source", "agency", "level", "year", "section", "heading", "text", "score"}
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
    only5 = index.search("政策解读", section=5, k=10)
    assert only5 and all(h.section == 5 for h in only5)
    towns = index.search("信息公开", level="乡镇", k=10)
    assert towns and all(h.level == "乡镇" for h in towns)
    y2024 = index.search("信息公开", year=2024, k=10)
    assert y2024 and all(h.year == 2024 for h in y2024)
    assert index.search("信息公开", year=1999) == []
    assert len(index.search("信息公开", k=2)) == 2


def test_examples_exclude_the_report_being_drafted(index):
    hits = index.examples(5, "存在的问题和改进措施", k=3, exclude_source="001_b769a7315a435301.txt")
    assert len(hits) == 3 and all(h.section == 5 and not h.source.startswith("001") for h in hits)


def test_collection_is_configured_with_our_embedding_function(index):
    config = index.collection.configuration_json
    assert config["embedding_function"]["name"] == "nianbao_hashed_ngrams"


def test_reingest_is_idempotent_and_incremental(tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    ix = CorpusIndex(Settings(data_dir=tmp_path / "data", collection="t_incr"), client=ephemeral())
    first = ix.ingest([corpus], base=corpus)
    n = ix.count()
    again = ix.ingest([corpus], base=corpus)
    assert again.added == [] and len(again.unchanged) == len(SEEDS) and ix.count() == n
    f = corpus / "003_a59350496f5eca4a.txt"
    f.write_text(f.read_text(encoding="utf-8").replace("二是政务公开渠道单一。", "二是政务公开渠道单一，群众获取信息不便。"),
                 encoding="utf-8")
    changed = ix.ingest([corpus], base=corpus)
    assert [Path(p).name for p in changed.added] == [f.name] and ix.count() == n
    hits = ix.search("群众获取信息不便", section=5, k=1)
    assert "群众获取信息不便" in hits[0].text
    assert first.chunks == n


def test_bad_files_in_the_corpus_are_skipped_with_a_reason(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(SEEDS[0], corpus)
    (corpus / "junk.txt").write_bytes(bytes(range(256)) * 50)
    (corpus / "empty.md").write_text("", encoding="utf-8")
    (corpus / "article.txt").write_text("今天天气很好，我们去公园散步。" * 20, encoding="utf-8")
    (corpus / "broken.docx").write_bytes(b"PK\x03\x04 not really a zip")
    ix = CorpusIndex(Settings(data_dir=tmp_path / "data", collection="t_bad"), client=ephemeral())
    res = ix.ingest([corpus], base=corpus)
    assert [Path(p).name for p in res.added] == [SEEDS[0].name]
    reasons = {Path(p).name: why for p, why in res.skipped}
    assert set(reasons) == {"junk.txt", "empty.md", "article.txt", "broken.docx"}
    assert all(any("\u4e00" <= ch <= "\u9fff" for ch in why) for why in reasons.values())


def test_leave_one_report_out_precision_at_5():
    """Each section text of a held-out report, as the query, finds pieces of the same section."""
    client = ephemeral()
    precision = collections.defaultdict(list)
    for i, held in enumerate(SEEDS):
        ix = CorpusIndex(Settings(data_dir=Path("/tmp") / "nianbao-loo", collection=f"loo_{i}"), client=client)
        ix.ingest([p for p in SEEDS if p != held])
        for section in parse_file(held).sections:
            if len(section.text) < 20:
                continue
            hits = ix.search(section.text, k=5)
            precision[section.number].append(sum(h.section == section.number for h in hits) / 5)
    overall = sum(sum(v) for v in precision.values()) / sum(len(v) for v in precision.values())
    print({k: round(sum(v) / len(v), 3) for k, v in sorted(precision.items())}, round(overall, 3))
    assert overall >= 0.8


def test_persistent_index_reopens_in_a_new_process(tmp_path):
    settings = Settings(data_dir=tmp_path / "data", collection="t_persist")
    script = textwrap.dedent(f"""
        import json, sys
        from assistant.corpus.retrieval import CorpusIndex
        from assistant.settings import Settings
        ix = CorpusIndex(Settings(data_dir={str(settings.data_dir)!r}, collection="t_persist"))
        if sys.argv[1] == "ingest":
            r = ix.ingest([{str(CORPUS)!r}])
            print(json.dumps({{"added": len(r.added), "count": ix.count()}}))
        else:
            print(json.dumps([h.public() for h in ix.search("信息处理费", section=6, k=2)], ensure_ascii=False))
    """)
    run = lambda arg: subprocess.run([sys.executable, "-c", script, arg], capture_output=True, text=True,
                                     cwd=ROOT, timeout=120)
    first = run("ingest")
    assert first.returncode == 0, first.stderr
    assert json.loads(first.stdout.strip().splitlines()[-1])["added"] == len(SEEDS)
    second = run("search")
    assert second.returncode == 0, second.stderr
    hits = json.loads(second.stdout.strip().splitlines()[-1])
    assert len(hits) == 2 and all(h["section"] == 6 and "处理费" in h["text"] for h in hits)


@pytest.fixture(scope="module")
def chroma_server(tmp_path_factory):
    """A real `chroma run` on a free loopback port (the server ships with chromadb)."""
    port = free_port()
    path = tmp_path_factory.mktemp("chroma-server")
    exe = Path(sys.executable).parent / "chroma"
    cmd = [str(exe), "run", "--path", str(path), "--host", "127.0.0.1", "--port", str(port)]
    for _ in serve(cmd, f"http://127.0.0.1:{port}/api/v2/heartbeat", "chroma server"):
        yield port


def test_against_a_real_chroma_server(chroma_server, tmp_path):
    settings = Settings(data_dir=tmp_path / "data", chroma_host="127.0.0.1", chroma_port=chroma_server,
                        collection="t_server")
    ix = CorpusIndex(settings)
    res = ix.ingest([CORPUS], base=CORPUS)
    assert len(res.added) == len(SEEDS) and ix.count() == res.chunks
    hits = ix.search("政策解读形式不够丰富", section=5, k=3)
    assert hits and all(h.section == 5 for h in hits)
    # A second user of the same server, with an empty local cache, sees the same corpus.
    other = CorpusIndex(Settings(data_dir=tmp_path / "other", chroma_host="127.0.0.1", chroma_port=chroma_server,
                                 collection="t_server"))
    assert [h.id for h in other.search("政策解读形式不够丰富", section=5, k=3)] == [h.id for h in hits]
    assert other.ingest([CORPUS], base=CORPUS).added == []


NO_NETWORK = textwrap.dedent("""
    import socket, sys
    def refuse(*a, **k):
        raise RuntimeError(f"network access attempted: {a[:2]}")
    socket.socket.connect = refuse
    socket.socket.connect_ex = refuse
    socket.create_connection = refuse
    socket.getaddrinfo = refuse
    from assistant.corpus.retrieval import CorpusIndex
    from assistant.settings import Settings
    ix = CorpusIndex(Settings(data_dir=sys.argv[1], collection="t_offline"))
    r = ix.ingest([sys.argv[2]])
    hits = ix.search("依申请公开办理", k=3)
    assert len(r.added) == 5 and len(hits) == 3, (r, hits)
    print("offline ok")
""")


def test_ingest_and_search_work_with_the_network_disabled(tmp_path):
    p = subprocess.run([sys.executable, "-c", NO_NETWORK, str(tmp_path / "data"), str(CORPUS)],
                       capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert p.returncode == 0 and "offline ok" in p.stdout, p.stderr[-2000:]


def test_openai_compatible_embedding_backend(tmp_path, monkeypatch):
    from tests.llm_server import LoopbackLLM
    server = LoopbackLLM().start()
    try:
        monkeypatch.setenv("NIANBAO_EMBEDDING_API_KEY", "sk-test-embed")
        settings = Settings(data_dir=tmp_path / "data", collection="t_openai", embedding_backend="openai",
                            embedding_base_url=server.base_url, embedding_model="bge-m3")
        ix = CorpusIndex(settings, client=ephemeral())
        ix.ingest([CORPUS])
        assert ix.collection.configuration_json["embedding_function"]["name"] == "nianbao_openai"
        assert "sk-test-embed" not in json.dumps(ix.collection.configuration_json)
        hits = ix.search("信息处理费", section=6, k=2)
        assert len(hits) == 2
        calls = [r for r in server.requests if r["path"].endswith("/embeddings")]
        assert calls and all(r["body"]["model"] == "bge-m3" for r in calls)
        assert calls[0]["authorization"] == "Bearer sk-test-embed"
    finally:
        server.stop()


def test_cli_ingest_and_search(tmp_path):
    env = {**__import__("os").environ, "NIANBAO_DATA_DIR": str(tmp_path / "data"), "NIANBAO_CORPUS_DIR": str(CORPUS)}
    exe = str(Path(sys.executable).parent / "nianbao")
    first = subprocess.run([exe, "ingest"], capture_output=True, text=True, env=env, timeout=120)
    assert first.returncode == 0, first.stderr
    assert f"新加入 {len(SEEDS)} 份" in first.stdout and "README" not in first.stdout + first.stderr
    again = subprocess.run([exe, "ingest", "-q"], capture_output=True, text=True, env=env, timeout=120)
    assert f"未变化 {len(SEEDS)} 份" in again.stdout
    found = subprocess.run([exe, "search", "政务公开渠道单一", "--section", "5", "--k", "2", "--json"],
                           capture_output=True, text=True, env=env, timeout=120)
    hits = json.loads(found.stdout)
    assert len(hits) == 2 and all(h["section"] == 5 for h in hits)
    assert "渠道单一" in hits[0]["text"]
    bad = subprocess.run([exe, "search", "x", "--section", "9"], capture_output=True, text=True, env=env)
    assert bad.returncode == 2 and "Traceback" not in bad.stderr
