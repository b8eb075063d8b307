"""Retrieval at scale: ingest a synthetic corpus of N reports, then time searches.

The corpus recombines the real corpus: each synthetic report takes the skeleton and tables of one seed
and the section texts of others (paragraphs shuffled), under a new agency name and year. Measures ingest
rate, index size on disk and search latency p50/p95, embedded (PersistentClient) and, with --server,
against a real `chroma run` on loopback.

    .venv/bin/python bench/retrieval.py --reports 10000 [--server] [--queries 300]
"""
from __future__ import annotations

import argparse
import random
import re
import shutil
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from assistant.parse import find_headings, parse_file  # noqa: E402
from assistant.readers.registry import read_path  # noqa: E402
from assistant.corpus.retrieval import CorpusIndex  # noqa: E402
from assistant.settings import Settings  # noqa: E402

PLACES = ["东城", "西山", "南湖", "北岭", "清河", "白沙", "青石", "柳林", "长乐", "永安", "平阳", "新丰", "安宁", "兴隆", "太平"]
KINDS = [("县人民政府", "县"), ("市人民政府", "市"), ("乡人民政府", "乡镇"), ("镇人民政府", "乡镇"), ("县教育局", "部门"),
         ("市生态环境局", "部门"), ("区人力资源和社会保障局", "部门"), ("县自然资源局", "部门")]


def seed_parts():
    """For each seed: its raw lines split at the section headings, and each section's body lines."""
    out = []
    for path in sorted((ROOT / "corpus").glob("*.txt")):
        lines = path.read_text(encoding="utf-8").split("\n")
        blocks = read_path(path)
        heads = find_headings(blocks)
        texts = {n: blocks[i].text for n, (i, _, _) in heads.items()}
        idx = {}
        for n, text in texts.items():
            idx[n] = next(k for k, l in enumerate(lines) if l.strip().endswith(text.strip()[-8:]) and text[:4] in l)
        report = parse_file(path)
        bodies = {s.number: [l for l in s.text.split("\n") if l.strip()] for s in report.sections}
        out.append({"lines": lines, "heads": idx, "bodies": bodies, "year": report.meta.year,
                    "agency": report.meta.agency or ""})
    return out


def synthesize(n: int, out_dir: Path, seed: int = 7) -> list[Path]:
    rng = random.Random(seed)
    parts = seed_parts()
    out_dir.mkdir(parents=True, exist_ok=True)
    files = []
    for i in range(n):
        base = rng.choice(parts)
        lines, heads = base["lines"], base["heads"]
        agency_suffix, _ = rng.choice(KINDS)
        agency = f"{rng.choice(PLACES)}{rng.choice(PLACES)}{agency_suffix}"
        year = rng.randint(2021, 2025)
        new: list[str] = [f"{agency}{year}年政府信息公开工作年度报告"]
        order = sorted(heads.items(), key=lambda kv: kv[1])
        new += [l for l in lines[1:order[0][1]] if l.strip()][1:2]
        for k, (num, start) in enumerate(order):
            end = order[k + 1][1] if k + 1 < len(order) else len(lines)
            heading = lines[start]
            if num in (1, 5, 6):
                donor = rng.choice(parts)["bodies"].get(num) or base["bodies"].get(num, [])
                body = list(donor)
                head, rest = body[:1], body[1:]
                rng.shuffle(rest)
                new += [heading] + head + rest
            else:
                new += lines[start:end]
        text = "\n".join(new)
        text = re.sub(r"20(2[0-9])年", lambda m: f"{year if m.group(1) in ('23', '24') else year - 1}年", text)
        f = out_dir / f"r{i:05d}.txt"
        f.write_text(text.replace(base["agency"], agency) if base["agency"] else text, encoding="utf-8")
        files.append(f)
    return files


def du(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def run(label: str, settings: Settings, files: list[Path], queries: list[tuple[str, int]], data_for_size: Path,
        reuse: bool = False):
    ix = CorpusIndex(settings)
    t0 = time.perf_counter()
    res = ix.ingest(files) if not reuse else None
    ingest_s = time.perf_counter() - t0
    # Warm the lexical side once (a fresh process loads it from disk).
    ix.search("政府信息公开", k=5)
    lat_any, lat_sec = [], []
    for q, section in queries:
        t = time.perf_counter()
        ix.search(q, k=5)
        lat_any.append((time.perf_counter() - t) * 1000)
        t = time.perf_counter()
        ix.search(q, section=section, k=5)
        lat_sec.append((time.perf_counter() - t) * 1000)

    def pct(v, p):
        return sorted(v)[min(len(v) - 1, int(len(v) * p))]

    print(f"\n[{label}]")
    if res is not None:
        print(f"reports ingested      {len(res.added)} ({len(res.skipped)} skipped), chunks {res.chunks}")
        print(f"ingest                {ingest_s:.1f} s = {len(res.added) / ingest_s:.0f} reports/s, "
              f"{res.chunks / ingest_s:.0f} chunks/s")
    else:
        print(f"index reused          {ix.count()} chunks")
    print(f"index size on disk    {du(data_for_size) / 1e6:.1f} MB")
    print(f"search (no filter)    p50 {statistics.median(lat_any):.1f} ms, p95 {pct(lat_any, 0.95):.1f} ms")
    print(f"search (section=N)    p50 {statistics.median(lat_sec):.1f} ms, p95 {pct(lat_sec, 0.95):.1f} ms")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--reports", type=int, default=10000)
    ap.add_argument("--queries", type=int, default=300)
    ap.add_argument("--server", action="store_true", help="also measure against a real chroma server")
    ap.add_argument("--out", default=str(ROOT / "bench" / "out" / "retrieval"))
    ap.add_argument("--reuse", action="store_true", help="search the indexes a previous run built")
    o = ap.parse_args()
    out = Path(o.out)
    if o.reuse:
        files = sorted((out / "corpus").glob("*.txt"))
    else:
        shutil.rmtree(out, ignore_errors=True)
        t = time.perf_counter()
        files = synthesize(o.reports, out / "corpus")
        print(f"synthesized {len(files)} reports in {time.perf_counter() - t:.1f} s")
    rng = random.Random(11)
    pool = [(b, n) for p in seed_parts() for n, body in p["bodies"].items() if n in (1, 5, 6) for b in body if len(b) > 30]
    queries = [(text[:rng.randint(15, 60)], n) for text, n in (rng.choice(pool) for _ in range(o.queries))]

    run("embedded PersistentClient", Settings(data_dir=out / "data-embedded", collection="bench"), files, queries,
        out / "data-embedded", o.reuse)
    if o.server:
        port = free_port()
        path = out / "chroma-server"
        exe = Path(sys.executable).parent / "chroma"
        proc = subprocess.Popen([str(exe), "run", "--path", str(path), "--host", "127.0.0.1", "--port", str(port)],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            for _ in range(300):
                try:
                    urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v2/heartbeat", timeout=1)
                    break
                except OSError:
                    time.sleep(0.2)
            run("chroma server (HttpClient, loopback)",
                Settings(data_dir=out / "data-server", chroma_host="127.0.0.1", chroma_port=port, collection="bench"),
                files, queries, path, o.reuse)
        finally:
            proc.terminate()
            proc.wait(timeout=30)


if __name__ == "__main__":
    main()
