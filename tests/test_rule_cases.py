"""Every rule of the catalogue: a case where it fires (with its severity and cells) and one where it does not."""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from assistant.parse import parse_file, parse_text
from assistant.model.report import all_cell_paths, application_path, review_path
from assistant.checks.rules import RULES, check

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "corpus" / "004_a80d00d8d16235a9.txt"   # 和田地区 2024: clean arithmetic
COUNTY = ROOT / "corpus" / "000_93135b5bed1bd1eb.txt"  # 泽普县人民政府 2023
DEPT = ROOT / "corpus" / "002_fbb51525c9b5bd86.txt"    # 汾西县人民政府办公室 2023


def base():
    r = parse_file(SEED)
    # Make the narrative agree with the tables so R3-6 and R4-3 are quiet in the base case.
    s1 = r.sections[0]
    s1.text = s1.text.replace("收到政府信息公开申请85件", "收到政府信息公开申请84件").replace("自然人申请84件", "自然人申请83件")
    r.sections[4].text += "\n针对行政复议纠正的3件案件，已逐件分析原因并完成整改。"
    return r


def text_case(old: str, new: str, path=SEED):
    text = path.read_text(encoding="utf-8")
    assert old in text
    return parse_text(text.replace(old, new, 1))


def last_year():
    r = base()
    r.meta.year = 2023
    return r


def fired(report, rule, last=None):
    return [f for f in check(report, last) if f.rule == rule]


def test_base_is_clean_of_errors_and_the_rules_below():
    findings = check(base())
    assert not [f for f in findings if f.severity == "error"], [f.message for f in findings]


def test_catalogue_is_data():
    assert len(RULES) >= 35
    for rid, r in RULES.items():
        assert re.fullmatch(r"(S|T2|R3|R4|X)-\d+", rid)
        assert r.severity in ("error", "warning", "info")
        assert re.search(r"[\u4e00-\u9fff]", r.title) and re.search(r"[\u4e00-\u9fff]", r.description)
        assert all(p in all_cell_paths() for p in r.paths), rid
    assert all(RULES[x].cross_year for x in RULES if x.startswith("X-"))


# Each case: (rule, severity, make a report that breaks it) — and the base must not fire the rule.
def _drop_section_4():
    r = base()
    r.sections = [s for s in r.sections if s.number != 4]
    return r


def _heading_variant():
    r = base()
    r.sections[3].heading = r.sections[3].numbering + "政府信息公开行政复议及行政诉讼情况"
    return r


def _text_section(n, transform):
    def make():
        r = base()
        s = r.section(n)
        s.text = transform(s.text)
        return r
    return make


def _put(*pairs, source=base):
    def make():
        r = source()
        for path, value in pairs:
            r.put(path, value)
        return r
    return make


def _meta(**kw):
    def make():
        r = base()
        for k, v in kw.items():
            setattr(r.meta, k, v)
        return r
    return make


CASES = [
    ("S-1", "error", _drop_section_4),
    ("S-1", "warning", _heading_variant),
    ("S-2", "error", lambda: text_case("\t2.重复申请", "\t2.重复的申请记录被删除了", SEED)),
    ("S-3", "error", lambda: text_case("\t本年制发件数", "\t本年新制作数量")),
    ("S-4", "warning", lambda: text_case("\t行政许可\n", "\t行政许可事项\n")),
    ("S-5", "error", _meta(period="2024年1月1日至2024年12月30日")),
    ("S-6", "warning", _text_section(1, lambda t: t.replace("平台", "阵地"))),
    ("S-7", "error", _text_section(1, lambda t: re.sub("考核|评议|责任追究", "工作", t))),
    ("S-8", "warning", _text_section(6, lambda t: "本年度无其他需要报告的事项。")),
    ("S-9", "error", _meta(published=dt.date(2025, 4, 30))),
    ("S-10", "warning", _text_section(5, lambda t: t + "〔待补充：整改成效〕")),
    ("S-11", "warning", _text_section(5, lambda t: t + "问题的话就是人少事多，有时候更新不及时。")),
    ("T2-1", "warning", _put(("active.coercion", None))),
    ("T2-2", "warning", lambda: text_case("\t21613.91\n", "\t216,139,100\n")),
    ("T2-4", "warning", _put(("active.normative_documents.in_force", 10))),
    ("T2-6", "warning", _text_section(1, lambda t: t + "全年制发行政规范性文件14件。")),
    ("R3-1", "error", _put((application_path("carried_over", 6), 2))),
    ("R3-2", "error", _put((application_path("total_processed", 0), 85))),
    ("R3-3", "error", _put((application_path("granted", 6), 49))),
    ("R3-4", "error", _put((application_path("withheld_third_party", 2), -1), (application_path("withheld_third_party", 6), -1))),
    ("R3-5", "warning", _put((application_path("rejected_publication", 3), None))),
    ("R3-6", "warning", lambda: parse_file(SEED)),
    ("R3-7", "warning", _put((application_path("other_no_fee", 0), 1), (application_path("other_no_fee", 6), 1),
                             (application_path("other_no_correction", 0), 0), (application_path("other_no_correction", 6), 0),
                             source=lambda: _text_section(6, lambda t: "无其他事项。")())),
    ("R3-8", "info", _put((application_path("total_processed", 6), 40), (application_path("carried_forward", 6), 45))),
    ("R4-1", "error", _put((review_path("review", 4), 4))),
    ("R4-2", "warning", _put((review_path("litigation_direct", 2), None))),
    ("R4-3", "warning", lambda: parse_file(SEED)),
    ("R4-4", "info", _put((review_path("litigation_after_review", 0), 1), (review_path("litigation_after_review", 4), 1),
                          (review_path("review", 1), 0), (review_path("review", 4), 0))),
    ("R4-5", "warning", _text_section(1, lambda t: t + "全年共发生行政复议5件。")),
]


@pytest.mark.parametrize("rule,severity,make", CASES, ids=[f"{c[0]}-{c[1]}-{i}" for i, c in enumerate(CASES)])
def test_rule_fires(rule, severity, make):
    assert not fired(base(), rule), f"{rule} fires on the clean base"
    hits = fired(make(), rule)
    assert hits and severity in {h.severity for h in hits}, [h.message for h in hits]
    for h in hits:
        assert re.search(r"[\u4e00-\u9fff]", h.message)
        assert all(p in all_cell_paths() for p in h.paths)


def test_t2_2_junk_fee_is_an_error_and_decimals_warn():
    assert [f.severity for f in fired(text_case("\t21613.91\n", "\t约两万元\n"), "T2-2")] == ["error"]
    hits = fired(text_case("\t21613.91\n", "\t21613.912345\n"), "T2-2")
    assert hits and "小数位" in hits[0].message


def test_t2_3_fee_unit_against_last_year():
    this = base()
    this.tables.active.fees = 216139100.0
    assert fired(this, "T2-3", last_year())[0].paths == ["active.fees"]
    assert not fired(base(), "T2-3", last_year())


def test_t2_5_regulations_in_a_county_report():
    county = parse_file(COUNTY)
    assert county.meta.level == "县" and fired(county, "T2-5")
    assert not fired(base(), "T2-5")  # 和田地区 is a prefecture


def test_s9_department_deadline_is_january_31():
    dept = parse_file(DEPT)
    assert not dept.meta.is_government and not fired(dept, "S-9")
    dept.meta.published = dt.date(2024, 2, 5)
    assert fired(dept, "S-9")[0].severity == "error"


def test_x1_carry_over_error_on_total_warning_on_columns():
    last = last_year()
    last.put(application_path("carried_forward", 0), 2)
    last.put(application_path("carried_forward", 6), 2)
    hits = fired(base(), "X-1", last)
    assert {(h.severity, h.paths[0]) for h in hits} == {("warning", application_path("carried_over", 0)),
                                                       ("error", application_path("carried_over", 6))}
    ok = last_year()
    ok.put(application_path("carried_forward", 0), 1)
    ok.put(application_path("carried_forward", 6), 1)
    assert not fired(base(), "X-1", ok)


def test_x2_in_force_continuity():
    last = last_year()
    last.tables.active.normative_documents.in_force = 73  # 73 + 15 − 13 = 75: consistent
    assert not fired(base(), "X-2", last)
    last.tables.active.normative_documents.in_force = 80
    assert fired(base(), "X-2", last)[0].severity == "warning"


def test_x3_copied_sections():
    assert fired(base(), "X-3", last_year())  # identical text: near-verbatim copy
    last = last_year()
    last.sections[4].text = "（一）主要问题。网站栏目设置不合理。（二）改进情况。优化栏目设置，规范信息发布流程，加强人员培训。"
    last.sections[0].text = "本年度工作平稳推进。" * 5
    assert not fired(base(), "X-3", last)


def test_x4_last_years_problems_must_be_followed_up():
    last = last_year()
    last.sections[4].text = "（一）存在问题。一是依申请公开答复文书格式不统一；二是公开目录长期未更新。（二）改进情况。将加强管理。"
    hits = fired(base(), "X-4", last)
    assert len(hits) == 2 and "答复文书格式不统一" in hits[0].message
    this = base()
    this.sections[4].text += "\n针对依申请公开答复文书格式不统一问题，已统一答复文书格式。针对公开目录长期未更新问题，已完成目录更新。"
    assert not fired(this, "X-4", last)


def test_x5_sudden_changes():
    last = last_year()
    last.tables.active.licensing = 5000
    last.tables.active.punishment = 2000
    this = base()
    this.tables.active.punishment = 0
    msgs = [h.message for h in fired(this, "X-5", last)]
    assert any("行政许可" in m for m in msgs) and any("降为 0" in m for m in msgs)
    assert not fired(base(), "X-5", last_year())


def test_x6_mismatched_last_year():
    last = last_year()
    last.meta.year = 2021
    assert fired(base(), "X-6", last)[0].severity == "info"
    assert not fired(base(), "X-6", last_year())
