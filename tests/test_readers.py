"""Every report of tests/data/reports/ scored cell by cell against its gold: ≥ 98 % overall, shortfalls listed;
no correct fixture gets a false arithmetic error."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.form import ALL_PATHS
from assistant.parse import parse_file
from assistant.report import get_path, Tables
from assistant.rules import check

DATA = Path(__file__).resolve().parent / "data" / "reports"
GOLDS = sorted((DATA / "gold").glob("*.json")) if (DATA / "gold").exists() else []
ARITH = {"R3-1", "R3-2", "R3-3", "R4-1"}


def _cases():
    out = []
    for g in GOLDS:
        f = DATA / g.name[:-len(".json")]
        if f.exists():
            out.append((f, json.loads(g.read_text(encoding="utf-8"))))
    return out


CASES = _cases()


@pytest.mark.skipif(not CASES, reason="no report corpus with gold")
def test_corpus_cell_accuracy():
    right = total = 0
    shortfalls = []
    for f, gold in CASES:
        report = parse_file(f)
        want = Tables.model_validate(gold["tables"])
        wrong = [p for p in ALL_PATHS if get_path(want, p) != report.value(p)]
        right += len(ALL_PATHS) - len(wrong)
        total += len(ALL_PATHS)
        if wrong:
            shortfalls.append(f"{f.name}: {len(wrong)} cells, e.g. {wrong[:3]}")
    assert right / total >= 0.995, f"{right}/{total}\n" + "\n".join(shortfalls)


@pytest.mark.skipif(not CASES, reason="no report corpus with gold")
def test_no_false_arithmetic_error_on_a_correct_report():
    false = []
    for f, gold in CASES:
        # The gold lists the arithmetic findings a correct reading must not produce (a file that lost cells
        # for good may rightly show blanks counted as 0).
        forbid = set(gold.get("forbid_findings") or []) & ARITH
        hits = [x for x in check(parse_file(f)) if x.rule in forbid]
        false += [f"{f.name}: {x.rule} {x.message}" for x in hits]
    assert false == []
