"""Roll-up: a county government's 本行政区域 report against the sum of its departments' and townships'
reports, on constructed reports: equal sums pass; each difference is named with the cell, both figures and
each body's part; a blank subordinate cell is named, not read as 0; fees compare to the 万元 decimal."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from assistant.export.html import to_html
from assistant.form.official import ALL_PATHS, FEE_PATH, application_path, review_path
from assistant.model.report import Report
from assistant.review.rollup import rollup

ROOT = Path(__file__).resolve().parents[1]


def report(agency: str, seed: int) -> Report:
    r = Report()
    r.meta.agency = agency
    for i, path in enumerate(ALL_PATHS):
        r.put(path, round((seed * (i + 3)) % 7 * 0.0125, 4) if path == FEE_PATH else (seed * (i + 3)) % 11)
    return r


def county(children: list[Report]) -> Report:
    r = Report()
    r.meta.agency, r.meta.scope = "东城县人民政府", "本行政区域"
    for path in ALL_PATHS:
        values = [c.value(path) for c in children]
        r.put(path, round(sum(values), 4) if path == FEE_PATH else sum(values))
    return r


def parts():
    return [report("东城县教育局", 1), report("东城县卫生健康委员会", 2), report("东城县城关镇人民政府", 5)]


def test_a_region_report_equal_to_its_bodies_sum_passes():
    children = parts()
    result = rollup(county(children), [(c.meta.agency, c) for c in children])
    assert result.ok and result.cells == len(ALL_PATHS)


def test_each_difference_is_named_with_both_figures_and_every_bodys_part():
    children = parts()
    parent = county(children)
    cell = application_path("granted", 0)
    parent.put(cell, parent.value(cell) + 3)
    litigation = review_path("litigation_direct", 4) if "litigation_direct" in str(ALL_PATHS) else \
        [p for p in ALL_PATHS if p.startswith("review_litigation")][-1]
    parent.put(litigation, parent.value(litigation) - 1)
    result = rollup(parent, [(c.meta.agency, c) for c in children])
    assert [d.path for d in result.differences] == [cell, litigation]
    first = result.differences[0]
    assert first.gap == 3
    text = first.message()
    assert "予以公开" in text and "自然人" in text and f"为 {parent.value(cell)}" in text and "相差 3" in text
    for c in children:
        if c.value(cell):
            assert f"{c.meta.agency} {c.value(cell)}" in text
    assert result.differences[1].gap == -1 and "相差 -1" in result.differences[1].message()


def test_a_blank_subordinate_cell_is_named_not_taken_as_zero():
    children = parts()
    parent = county(children)
    cell = application_path("granted", 0)
    children[1].put(cell, None)
    result = rollup(parent, [(c.meta.agency, c) for c in children])
    assert [d.path for d in result.differences] == [cell]
    assert "东城县卫生健康委员会 未填此项" in result.differences[0].message()


def test_fees_compare_to_four_decimals():
    children = parts()
    parent = county(children)
    parent.put(FEE_PATH, parent.value(FEE_PATH) + 0.00001)
    assert rollup(parent, [(c.meta.agency, c) for c in children]).ok
    parent.put(FEE_PATH, parent.value(FEE_PATH) + 0.01)
    assert [d.path for d in rollup(parent, [(c.meta.agency, c) for c in children]).differences] == [FEE_PATH]


def test_cli_rollup_names_differences_and_exits_1(tmp_path):
    children = parts()
    parent = county(children)
    parent.put(application_path("granted", 0), parent.value(application_path("granted", 0)) + 2)
    files = []
    for i, r in enumerate([parent, *children]):
        f = tmp_path / f"r{i}.html"
        f.write_text(to_html(r), encoding="utf-8")
        files.append(str(f))
    p = subprocess.run([sys.executable, "-m", "assistant.cli", "rollup", *files], capture_output=True, text=True,
                       cwd=ROOT)
    assert p.returncode == 1, p.stderr
    assert "予以公开" in p.stdout and "相差 2" in p.stdout
    files[0] = files[0].replace("r0", "ok")
    Path(files[0]).write_text(to_html(county(children)), encoding="utf-8")
    ok = subprocess.run([sys.executable, "-m", "assistant.cli", "rollup", *files], capture_output=True, text=True,
                        cwd=ROOT)
    assert ok.returncode == 0 and "一致" in ok.stdout
