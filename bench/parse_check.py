"""Parse+check throughput on one core over a synthetic corpus of report files.

The corpus recombines the real corpus (bench/retrieval.py's generator): each report is a seed's
skeleton and tables with other seeds' section texts, a new agency and year; a share is written as
Markdown, HTML and Word through the exporter, so every reader is exercised.

    .venv/bin/python bench/parse_check.py [--files 3000] [--keep] [--pdf 20]

PDF is measured apart (--pdf N): the three reports tests/data/reports/make_pdfs.py renders (ruled tables,
CID font), each parsed and checked N times.
"""
from __future__ import annotations

import argparse
import random
import resource
import shutil
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from assistant.export import export  # noqa: E402
from assistant.parse import parse_file  # noqa: E402
from assistant.checks.rules import check  # noqa: E402
from retrieval import synthesize  # noqa: E402


def build(n: int, out: Path, seed: int = 3) -> list[Path]:
    files = synthesize(n, out / "txt", seed=seed)
    rng = random.Random(seed)
    result = []
    for f in files:
        r = rng.random()
        if r < 0.7:
            result.append(f)
            continue
        fmt = "md" if r < 0.8 else "html" if r < 0.9 else "docx"
        target = out / fmt / (f.stem + "." + fmt)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(export(parse_file(f), fmt))
        result.append(target)
    return result


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--files", type=int, default=3000)
    ap.add_argument("--keep", action="store_true", help="keep the generated files")
    ap.add_argument("--pdf", type=int, default=20, help="rounds over the generated PDFs (0: none)")
    o = ap.parse_args()
    out = ROOT / "bench" / "out" / "parse_check"
    shutil.rmtree(out, ignore_errors=True)
    t = time.perf_counter()
    files = build(o.files, out)
    print(f"generated {len(files)} reports in {time.perf_counter() - t:.1f} s")
    by_kind: dict[str, list[float]] = {}
    errors = 0
    start = time.perf_counter()
    for f in files:
        t0 = time.perf_counter()
        findings = check(parse_file(f))
        by_kind.setdefault(f.suffix, []).append((time.perf_counter() - t0) * 1000)
        errors += any(x.severity == "error" for x in findings)
    total = time.perf_counter() - start
    all_ms = [x for v in by_kind.values() for x in v]
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print("\nparse+check, one process (one core)")
    print(f"reports            {len(files)} ({errors} with an error finding)")
    print(f"throughput         {len(files) / total:.0f} reports/s")
    print(f"per report         mean {statistics.mean(all_ms):.2f} ms, p95 {sorted(all_ms)[int(len(all_ms) * .95)]:.2f} ms")
    for kind, v in sorted(by_kind.items()):
        print(f"  {kind:<6} {len(v):>5} files  mean {statistics.mean(v):.2f} ms")
    print(f"peak RSS           {rss:.0f} MB")
    if o.pdf:
        pdf_bench(out / "pdf", o.pdf)
    if not o.keep:
        shutil.rmtree(out, ignore_errors=True)


def pdf_bench(out: Path, rounds: int):
    import subprocess
    out.mkdir(parents=True, exist_ok=True)
    maker = ROOT / "tests" / "data" / "reports" / "make_pdfs.py"
    done = subprocess.run([sys.executable, str(maker), str(out)], capture_output=True, text=True)
    pdfs = sorted(out.glob("*.pdf"))
    if done.returncode or not pdfs:
        print(f"PDF: not measured ({(done.stderr or 'no PDF written').strip().splitlines()[-1]})")
        return
    for f in pdfs:
        check(parse_file(f))  # warm
    ms = []
    for _ in range(rounds):
        for f in pdfs:
            t0 = time.perf_counter()
            check(parse_file(f))
            ms.append((time.perf_counter() - t0) * 1000)
    pages = sum(f.read_bytes().count(b"/Type /Page") - f.read_bytes().count(b"/Type /Pages") for f in pdfs)
    print(f"  .pdf   {len(pdfs)} files x {rounds}  mean {statistics.mean(ms):.1f} ms, "
          f"p95 {sorted(ms)[int(len(ms) * .95)]:.1f} ms ({1000 / statistics.mean(ms):.1f} reports/s; "
          f"{pages} pages in all)")


if __name__ == "__main__":
    main()
