"""Every report of tests/data/reports/ scored cell by cell against its gold: ≥ 98 % overall, shortfalls listed;
no correct fixture gets a false arithmetic error."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.form.official import ALL_PATHS
from assistant.parse import parse_file
from assistant.model.report import get_path, Tables
from assistant.checks.rules import check

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


NEW_STYLES = ["33_html_th_spans_province_dept.html", "34_pdf_colmajor_county_gov.txt", "35_wps_heji_street.txt",
              "36_prose_t2_city_bureau.txt", "38_trad_pdf_text_county_gov.txt", "39_pdf_subtotal_county_bureau.txt",
              "40_html_gb18030_fullwidth_town.html"]


@pytest.mark.parametrize("name", NEW_STYLES)
def test_other_sites_and_converters_read_cell_for_cell(name):
    # <th> headers with nested spans, a table 3 written column by column, 合计 for 总计, table 2 as prose rows,
    # 繁體 PDF text, a 小计 column in PDF text, GB18030 with full-width digits: every cell, no false error.
    f = DATA / name
    gold = json.loads((DATA / "gold" / f"{name}.json").read_text(encoding="utf-8"))
    report = parse_file(f)
    want = Tables.model_validate(gold["tables"])
    assert [p for p in ALL_PATHS if get_path(want, p) != report.value(p)] == []
    assert report.meta.year == gold["meta"]["year"]
    assert [x.message for x in check(report) if x.rule in ARITH] == []


def test_column_major_reading_only_when_the_identities_need_it():
    # The same figures one per line in row order are read row by row (no transposition of a correct table).
    from assistant.parse import parse_text
    text = (DATA / "34_pdf_colmajor_county_gov.txt").read_text(encoding="utf-8")
    gold = json.loads((DATA / "gold" / "34_pdf_colmajor_county_gov.txt.json").read_text(encoding="utf-8"))
    rows = gold["tables"]["applications"]
    lines = text.split("\n")
    start = next(i for i, ln in enumerate(lines) if ln == "四、结转下年度继续办理") + 1
    by_row = [str(x) for k in rows for x in rows[k]]
    text2 = "\n".join(lines[:start] + by_row + lines[start + len(by_row):])
    report = parse_text(text2)
    assert report.value("applications.new_received[6]") == rows["new_received"][6]
    assert report.value("applications.granted[0]") == rows["granted"][0]
    assert [x.message for x in check(report) if x.rule in ARITH] == []


def test_tables_published_as_pictures_are_refused_with_the_reason():
    from assistant.readers.document import Unreadable
    from assistant.parse import require_tables
    report = parse_file(DATA / "37_html_tables_as_images_county_gov.html")
    assert len(report.sections) == 6
    with pytest.raises(Unreadable, match="图片"):
        require_tables(report)


def test_reading_confidence_shown_on_the_check_page(tmp_path, monkeypatch):
    # A PDF text that lost cells: 校验 says which cells the identities fixed and which were left unread.
    from streamlit.testing.v1 import AppTest
    from assistant.settings import get_settings
    from tests.test_app import checked
    root = DATA.parents[2]
    monkeypatch.setenv("NIANBAO_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.chdir(root)
    get_settings.cache_clear()
    at = AppTest.from_file(str(root / "app.py"), default_timeout=60)
    at.run()
    at.switch_page("ui/check.py").run()
    checked(at.text_area(key="check_text").input((DATA / "05_lostcell_pdf_town.txt").read_text(encoding="utf-8")).run())
    get_settings.cache_clear()
    assert not at.exception
    captions = "\n".join(c.value for c in at.caption)
    assert "表三：168 格按栏目名称读出，7 格由勾稽关系推算" in captions
    assert "表四：11 格由勾稽关系推算，4 格有歧义未读取" in captions
