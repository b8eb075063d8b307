"""A prefecture checks every county's report at once: 1 000 files, some unreadable, nothing crashes."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.review.batch import check_many, findings_csv, findings_json

ROOT = Path(__file__).resolve().parents[1]
SEEDS = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus").glob("*.txt"))]


@pytest.fixture(scope="module")
def thousand(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("batch")
    for i in range(990):
        text = SEEDS[i % 5]
        if i % 7 == 0:  # some with a broken sum
            text = text.replace("\t0\n", f"\t{i % 5 + 1}\n", 1)
        (d / f"r{i:04d}.txt").write_text(text, encoding="utf-8")
    for i in range(10):
        (d / f"bad{i}.{['txt', 'docx', 'md', 'html', 'txt'][i % 5]}").write_bytes(b"\x00\xff" * (i + 1) * 50)
    return d


def test_cli_checks_a_thousand_files(thousand):
    p = subprocess.run([str(Path(sys.executable).parent / "nianbao"), "check", str(thousand), "--json"],
                       capture_output=True, text=True, timeout=600)
    assert p.returncode == 2 and "Traceback" not in p.stderr
    reports = json.loads(p.stdout)["reports"]
    assert len(reports) == 990
    lines = [l for l in p.stderr.splitlines() if l.strip()]
    assert len(lines) == 10 and all("bad" in l and any("\u4e00" <= c <= "\u9fff" for c in l) for l in lines)
    assert sum(r["summary"]["errors"] > 0 for r in reports) >= 990 // 7


def test_page_core_checks_a_thousand_uploads(thousand):
    files = [(p.name, p.read_bytes()) for p in sorted(thousand.iterdir())]
    results = check_many(files)
    assert len(results) == 1000
    assert sorted(r.name for r in results if r.error) == sorted(f"bad{i}.{['txt', 'docx', 'md', 'html', 'txt'][i % 5]}"
                                                                 for i in range(10))
    csv = findings_csv(results).decode("utf-8-sig")
    assert csv.splitlines()[0].startswith("文件,机关,年度,规则") and "无法读取" in csv
    assert len(json.loads(findings_json(results))["reports"]) == 1000
