"""The checker as a user meets it: every broken sum is caught, bad files get one Chinese line and exit 2
while the rest of the batch is still checked, and the JSON contract holds."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.parse import parse_file, parse_text
from assistant.model.report import APPLICATION_KEYS, REVIEW_GROUPS, application_path, review_path
from assistant.checks.rules import check

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "corpus").glob("*.txt"))
NIANBAO = str(Path(sys.executable).parent / "nianbao")
ARITHMETIC = {"R3-1", "R3-2", "R3-3", "R4-1"}


def run(*args, **kw):
    return subprocess.run([NIANBAO, *map(str, args)], capture_output=True, text=True, timeout=120, **kw)


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem[:3])
def test_every_single_cell_mutation_of_tables_3_and_4_is_an_arithmetic_error(seed):
    report = parse_file(seed)
    assert not [f for f in check(report) if f.rule in ARITHMETIC and f.severity == "error"]
    paths = [application_path(k, c) for k in APPLICATION_KEYS for c in range(7)]
    paths += [review_path(g, c) for g in REVIEW_GROUPS for c in range(5)]
    missed = []
    for path in paths:
        for delta in (1, 7):
            mutated = report.model_copy(deep=True)
            mutated.put(path, report.value(path) + delta)
            if not any(f.rule in ARITHMETIC and f.severity == "error" and path in f.paths for f in check(mutated)):
                missed.append((path, delta))
    assert missed == []


def test_a_mutation_in_the_text_is_caught_after_parsing():
    text = SEEDS[4].read_text(encoding="utf-8")
    # 予以公开 · 自然人 47 -> 46 in the file itself
    lines = text.split("\n")
    i = next(k for k, line in enumerate(lines) if "（一）予以公开" in line)
    assert lines[i + 1].strip() == "47"
    lines[i + 1] = "\t46"
    report = parse_text("\n".join(lines))
    assert report.tables.applications.granted[0] == 46
    rules = {f.rule for f in check(report) if f.severity == "error"}
    assert {"R3-2", "R3-3"} <= rules


@pytest.mark.parametrize("raw,severity", [("-3", "error"), ("abc", "error"), ("3.5", "error"), ("", "warning"),
                                          ("/", "warning")])
def test_table_2_count_cells(raw, severity):
    text = SEEDS[4].read_text(encoding="utf-8")
    lines = text.split("\n")
    i = next(k for k, line in enumerate(lines) if line.strip() == "行政强制")
    lines[i + 1] = "\t" + raw
    findings = [f for f in check(parse_text("\n".join(lines))) if f.rule == "T2-1"]
    assert [(f.severity, f.paths) for f in findings] == [(severity, ["active.coercion"])]


def test_slash_is_fine_in_the_regulations_row():
    text = SEEDS[4].read_text(encoding="utf-8")
    lines = text.split("\n")
    i = next(k for k, line in enumerate(lines) if line.strip() == "规章")
    lines[i + 1:i + 4] = ["\t/", "\t/", "\t/"]
    report = parse_text("\n".join(lines))
    assert report.tables.active.regulations.issued is None
    assert not [f for f in check(report) if f.rule == "T2-1"]


def test_fee_written_in_yuan_is_converted_and_warned():
    text = SEEDS[4].read_text(encoding="utf-8").replace("\t21613.91\n", "\t251000元\n")
    report = parse_text(text)
    assert report.tables.active.fees == 25.1
    assert [f.severity for f in check(report) if f.rule == "T2-2"] == ["warning"]


# --- command line ---------------------------------------------------------------------------------

def test_parse_json_is_the_canonical_form():
    p = run("parse", SEEDS[2], "--json")
    assert p.returncode == 0
    data = json.loads(p.stdout)
    assert set(data) >= {"meta", "format", "sections", "tables"}
    assert data["tables"]["active"]["coercion"] is None  # blank, not 0
    assert data["meta"]["published"] == "2024-01-29"
    assert len(data["tables"]["applications"]) == 25


def test_check_json_shape_and_exit_codes(tmp_path):
    ok = run("check", SEEDS[4], "--json")
    assert ok.returncode == 0, ok.stdout
    report = json.loads(ok.stdout)["reports"][0]
    assert {"file", "findings", "summary"} <= set(report)
    assert set(report["summary"]) == {"errors", "warnings", "info"}
    f = report["findings"][0]
    assert {"rule", "severity", "message", "where"} <= set(f)
    broken = tmp_path / "broken.txt"
    broken.write_text(SEEDS[4].read_text(encoding="utf-8").replace("\t84\n", "\t85\n", 1), encoding="utf-8")
    bad = run("check", broken, "--json")
    assert bad.returncode == 1
    assert "R3-1" in {f["rule"] for f in json.loads(bad.stdout)["reports"][0]["findings"]}


def test_human_output_is_chinese_with_rule_ids():
    p = run("check", SEEDS[0])
    assert "S-1" in p.stdout and "错误" in p.stdout and "警告" in p.stdout


def test_directory_input_checks_every_report(tmp_path):
    for s in SEEDS:
        (tmp_path / s.name).write_bytes(s.read_bytes())
    (tmp_path / "README.md").write_text("# 说明", encoding="utf-8")
    p = run("check", tmp_path, "--json")
    files = {Path(r["file"]).name for r in json.loads(p.stdout)["reports"]}
    assert {s.name for s in SEEDS} <= files


def test_last_year_enables_cross_year_rules(tmp_path):
    last = tmp_path / "last.txt"
    text = SEEDS[4].read_text(encoding="utf-8").replace("2024", "2023")
    # last year's 结转下年度 (总计) was 2, but this year's 上年结转 is 1
    lines = text.split("\n")
    i = next(k for k, line in enumerate(lines) if "四、结转下年度继续办理" in line)
    lines[i + 1], lines[i + 7] = "\t2", "\t2"
    last.write_text("\n".join(lines), encoding="utf-8")
    without = json.loads(run("check", SEEDS[4], "--json").stdout)
    assert not [f for f in without["reports"][0]["findings"] if f["rule"].startswith("X-")]
    p = run("check", SEEDS[4], "--last-year", last, "--json")
    findings = json.loads(p.stdout)["reports"][0]["findings"]
    x1 = [f for f in findings if f["rule"] == "X-1"]
    assert {f["severity"] for f in x1} == {"error", "warning"} and p.returncode == 1


BAD = {
    "empty.txt": b"",
    "junk.txt": os.urandom(4096),
    "junk.docx": os.urandom(4096),
    "fakezip.docx": b"PK\x03\x04" + os.urandom(200),
    "article.txt": ("政府信息公开是建设法治政府的重要内容。" * 40).encode("utf-8"),
    "utf16.txt": None,  # filled below: a report in UTF-16 without BOM
    "big5.txt": None,
}


@pytest.fixture()
def bad_dir(tmp_path):
    text = SEEDS[4].read_text(encoding="utf-8")
    BAD["utf16.txt"] = text.encode("utf-16-le")
    BAD["big5.txt"] = text.encode("big5", errors="replace")
    for name, data in BAD.items():
        (tmp_path / name).write_bytes(data)
    big = tmp_path / "huge.txt"
    with open(big, "wb") as f:
        f.truncate(50 * 1024 * 1024)  # a sparse 50 MB file
    return tmp_path


def test_bad_inputs_each_get_one_chinese_line_and_exit_2(bad_dir):
    files = sorted(p for p in bad_dir.iterdir())
    p = run("check", *files, SEEDS[4], "--json")
    assert p.returncode == 2
    assert "Traceback" not in p.stderr
    lines = [l for l in p.stderr.splitlines() if l.strip()]
    named = {Path(l.split(":")[0]).name for l in lines}
    assert named == {f.name for f in files}
    for line in lines:
        assert any("\u4e00" <= ch <= "\u9fff" for ch in line), line
    assert any("过大" in l for l in lines if "huge" in l)
    checked = [Path(r["file"]).name for r in json.loads(p.stdout)["reports"]]
    assert checked == [SEEDS[4].name]


def test_missing_file_and_gbk_report(tmp_path):
    p = run("check", tmp_path / "nope.txt")
    assert p.returncode == 2 and "找不到文件" in p.stderr and "Traceback" not in p.stderr
    gbk = tmp_path / "gbk.txt"
    gbk.write_bytes(SEEDS[3].read_text(encoding="utf-8").encode("gb18030"))
    a = json.loads(run("parse", gbk, "--json").stdout)
    b = json.loads(run("parse", SEEDS[3], "--json").stdout)
    assert a["tables"] == b["tables"] and a["meta"] == b["meta"]
