"""Typed locations (assistant/form/address.py): every path the form defines parses back to its own spelling and
kind; findings carry addresses; S-2 findings name their cells so 校验 colours them; a report and its findings
survive a JSON round-trip with their types, and check() works on a report read back from JSON."""
from __future__ import annotations

import json
import pickle
from pathlib import Path

import pytest

from assistant.checks.rules import Finding, check, where_label
from assistant.form import address
from assistant.form.address import Cell, Row, Section, Table
from assistant.form.official import ALL_PATHS, application_path, row_cells
from assistant.model.problems import Problem
from assistant.model.report import Report
from assistant.parse import parse_file
from ui.common import highlights

DATA = Path(__file__).parent / "data" / "reports"


def test_every_path_of_the_form_parses_to_its_own_spelling():
    for p in ALL_PATHS:
        a = address.parse(p)
        assert a == p and isinstance(a, (Cell, Row))
        assert address.parse(str(p)) == a and type(address.parse(str(p))) is type(a)
    assert address.parse("applications.granted[6]").col == 6
    assert address.parse("active.regulations.issued").col == "issued"
    assert isinstance(address.parse("active.fees"), Row)
    assert isinstance(address.parse("applications.granted"), Row)
    assert address.parse("sections[3]").index == 3 and isinstance(address.parse("sections[3]"), Section)
    assert isinstance(address.parse("tables.active"), Table)
    for bad in ("", "sections[x]", "applications", "第二十条第（一）项", "a.b.c.d"):
        with pytest.raises(ValueError):
            address.parse(bad)


def test_addresses_pickle_and_serialise_as_their_spelling():
    c = application_path("granted", 3)
    assert pickle.loads(pickle.dumps(c)).col == 3
    assert json.dumps({c: 1, "w": Section(2)}) == '{"applications.granted[3]": 1, "w": "sections[2]"}'


def test_a_problem_knows_its_row_and_cells():
    p = Problem("missing_row", 3, "granted")
    assert p.location == "applications.granted" and isinstance(p.location, Row)
    assert p.cells == row_cells("applications.granted") and len(p.cells) == 7
    assert Problem("missing_table", 4).location == Table("review_litigation") and Problem("missing_table", 4).cells == ()
    assert Problem("missing_cell", 2, "regulations", col="repealed").cells == (Cell("active", "regulations", "repealed"),)


def test_s2_findings_carry_their_cells_and_are_coloured():
    r = Report()
    r.problems.append(Problem("missing_row", 3, "granted"))
    s2 = [f for f in check(r) if f.rule == "S-2"]
    assert len(s2) == 1
    assert s2[0].where == "applications.granted" and isinstance(s2[0].where, Row)
    assert all(isinstance(p, Cell) for p in s2[0].paths) and len(s2[0].paths) == 7
    assert set(highlights(s2)) == {str(p) for p in s2[0].paths}
    assert where_label(r, s2[0].where) == "（一）予以公开"
    assert r.structure == [s2[0].message]


def _round_trip(report: Report) -> Report:
    return Report.model_validate_json(report.model_dump_json())


@pytest.mark.parametrize("name", sorted(p.name for p in DATA.iterdir() if p.suffix in (".txt", ".md", ".html"))[:12])
def test_a_report_read_back_from_json_checks_the_same(name):
    report = parse_file(DATA / name)
    back = _round_trip(report)
    assert all(isinstance(p, Problem) for p in back.problems)
    assert [type(n.where) for n in back.labels] == [type(n.where) for n in report.labels]
    assert back.structure == report.structure
    before, after = check(report), check(back)
    assert [f.model_dump() for f in after] == [f.model_dump() for f in before]


def test_a_report_with_problems_and_labels_survives_json():
    r = parse_file(DATA / sorted(p.name for p in DATA.iterdir() if p.suffix == ".txt")[0])
    r.problems.append(Problem("subtotal_column", 3, "granted", found=8, expected=7))
    back = _round_trip(r)
    assert back.problems[-1] == r.problems[-1] and isinstance(back.problems[-1].location, Row)
    assert [f.rule for f in check(back)] == [f.rule for f in check(r)]


def test_findings_survive_json_with_their_types():
    r = Report()
    r.problems.append(Problem("too_few_cells", 3, "granted", found=5, expected=7))
    for f in check(r):
        back = Finding.model_validate_json(f.model_dump_json())
        assert back == f
        assert back.where is None or isinstance(back.where, address.Address)
        assert all(isinstance(p, (Cell, Row)) for p in back.paths)
        assert json.loads(f.model_dump_json())["paths"] == [str(p) for p in f.paths]


def test_a_report_saved_before_typed_locations_still_loads():
    old = Report().model_dump(mode="json") | {
        "labels": [{"where": "第二十条第（一）项", "found": "第二十条第一项", "expected": "第二十条第（一）项"}],
        "structure": ["表三缺少“（一）予以公开”行"],
        "problems": [{"kind": "missing_row", "table": 3, "row": "granted"}]}
    r = Report.model_validate(old)
    assert r.labels[0].where == Table("active") and isinstance(r.problems[0], Problem)
    assert r.structure == ["表三缺少“（一）予以公开”行"]
    assert any(f.rule == "S-4" and f.where == "tables.active" for f in check(r))
