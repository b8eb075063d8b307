"""Issue 23, round 2: layouts a person reads without a second thought are read cell for cell. Each test draws
one layout from a consistent report (every applicant column a different figure, so a column read in the wrong
place shows) and reads it back: an export as CSV, a table drawn with box characters or as a pandoc grid, a
filing system's preview with the figures in readonly text boxes, table 3 turned on its side or with its
applicant columns in another order, a mobile page of cards, table 2 out of the form's order or one line per
cell, 小计 rows, "无" for none, and a 解读 page that states figures in sentences only."""
from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest

from assistant.checks.rules import check
from assistant.export import grid, official_tables, to_html
from assistant.form.official import (ALL_PATHS, APPLICANTS, APPLICATION_KEYS, APPLICATION_ROWS_DEF, LEGAL_PERSONS,
                                     application_path)
from assistant.parse import parse_bytes, parse_file, parse_text

SEED = sorted((Path(__file__).resolve().parents[1] / "corpus").glob("*.txt"))[4]
ARITH = {"R3-1", "R3-2", "R3-3", "R4-1"}


@pytest.fixture(scope="module")
def report():
    """A published report whose table 3 has a different figure in every applicant column."""
    r = parse_file(SEED)
    per_column = {"granted": 10, "partially_granted": 1, "withheld_third_party": 1, "unavailable_not_held": 2}
    totals = {k: 0 for k in APPLICATION_KEYS}
    for c in range(6):
        cells = {k: 0 for k in APPLICATION_KEYS}
        cells.update({k: v + c for k, v in per_column.items()})
        cells["total_processed"] = sum(v for k, v in cells.items() if k != "total_processed")
        cells["carried_forward"], cells["carried_over"] = c, 1
        cells["new_received"] = cells["total_processed"] + cells["carried_forward"] - cells["carried_over"]
        for k, v in cells.items():
            r.put(application_path(k, c), v)
            totals[k] += v
    for k, v in totals.items():
        r.put(application_path(k, 6), v)
    assert not [f for f in check(r) if f.rule in ARITH]
    return r


def rows(report, table: str) -> list[list[str]]:
    """The official table on a full grid, a covered cell as ""."""
    return [[c.text if c is not None else "" for c in row] for row in grid(official_tables(report)[table])]


def same(got, want, tables=("active", "applications", "review_litigation")):
    paths = [p for p in ALL_PATHS if p.split(".")[0] in tables]
    assert [(p, got.value(p), want.value(p)) for p in paths if got.value(p) != want.value(p)] == []
    assert [f.message for f in check(got) if f.rule in ARITH and f.severity == "error"] == []


def with_headings(parts: dict[str, str]) -> str:
    titles = {"active": "二、主动公开政府信息情况", "applications": "三、收到和处理政府信息公开申请情况",
              "review_litigation": "四、政府信息公开行政复议、行政诉讼情况"}
    return "\n\n".join(f"{titles[k]}\n\n{v}" for k, v in parts.items())


def test_csv_export_with_crlf_and_merged_cells_written_once(report):
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")
    for table in ("applications", "review_litigation"):
        w.writerow([f"表{3 if table == 'applications' else 4}"] + [""] * 9)
        w.writerows(rows(report, table))
        w.writerow([""] * 10)
    got = parse_text(out.getvalue())
    same(got, report, ("applications", "review_litigation"))


def _drawn(table: list[list[str]], box: bool, width: int = 6) -> str:
    """A text table with rules between rows and each cell's text wrapped at `width` characters."""
    bar, cross, rule = ("│", "┼", "─") if box else ("|", "+", "-")
    n = len(table[0])
    line = ("├" if box else "+") + cross.join([rule * (2 * width + 2)] * n) + ("┤" if box else "+")
    out = [line]
    for row in table:
        pieces = [[c[i:i + width] for i in range(0, len(c), width)] or [""] for c in row]
        for k in range(max(len(p) for p in pieces)):
            out.append(bar + bar.join(f" {p[k] if k < len(p) else '':<{2 * width}} " for p in pieces) + bar)
        out.append(line)
    return "\n".join(out)


@pytest.mark.parametrize("box", [True, False], ids=["box-drawing", "pandoc-grid"])
def test_tables_drawn_with_characters_and_labels_wrapped_in_their_cells(report, box):
    text = with_headings({t: _drawn(rows(report, t), box) for t in ("active", "applications", "review_litigation")})
    same(parse_text(text, ".md" if not box else ".txt"), report)


def test_subtotal_rows_of_each_group_are_not_rows_of_the_form(report):
    table = rows(report, "applications")
    at = next(i for i, r in enumerate(table) if r[2].startswith("1.本机关不掌握"))
    withheld = [r for r in table if r[2].startswith(("1.属于", "2.其他法律", "3.危及", "4.", "5.属于", "6.", "7.", "8."))]
    sums = [str(sum(int(r[c]) for r in withheld)) for c in range(3, 10)]
    table.insert(at, ["", "（三）不予公开小计", ""] + sums)
    text = "\n".join(" ".join(c for c in r if c) for r in table)
    got = parse_text(with_headings({"applications": text}))
    same(got, report, ("applications",))
    # The reading record says a 小计 row was left out, not that a row could not be placed.
    kinds = {p.kind for p in got.problems}
    assert "subtotal_row" in kinds and "unplaced_rows" not in kinds


def test_figures_in_readonly_text_boxes_of_a_filing_preview(report):
    page = re.sub(r"<td([^>]*)>(\d+(?:\.\d+)?)</td>",
                  r'<td\1><input type="text" class="num" value="\2" readonly="readonly"></td>', to_html(report))
    assert "<input" in page and not re.search(r"<td[^>]*>\d+</td>", page)
    same(parse_bytes(page.encode(), ".html"), report)


def test_table_3_turned_on_its_side(report):
    heads = "".join(f"<th>{r.label}</th>" for r in APPLICATION_ROWS_DEF)
    body = "".join(f"<tr><td>{a.label}</td>" + "".join(f"<td>{report.value(application_path(k, a.index))}</td>"
                                                      for k in APPLICATION_KEYS) + "</tr>" for a in APPLICANTS)
    page = (f"<html><body><h3>三、收到和处理政府信息公开申请情况</h3><table><tr><th>申请人情况</th>{heads}</tr>"
            f"{body}</table></body></html>")
    same(parse_bytes(page.encode(), ".html"), report, ("applications",))


@pytest.mark.parametrize("flattened", [False, True], ids=["two-header-lines", "flattened-header"])
def test_applicant_columns_in_another_order(report, flattened):
    order = [0, 4, 1, 2, 3, 5, 6]  # 法律服务机构 second
    names = [APPLICANTS[i].label for i in order]
    if flattened:
        header = ["申请人情况"] + [n if i in (0, 6) else f"{LEGAL_PERSONS}-{n}" for i, n in zip(order, names)]
        head = ["\t".join(header)]
    else:
        head = [f"申请人情况\t自然人\t{LEGAL_PERSONS}\t\t\t\t\t总计", "\t\t" + "\t".join(names[1:6]) + "\t"]
    lines = [r.label + "\t" + "\t".join(str(report.value(application_path(r.key, i))) for i in order)
             for r in APPLICATION_ROWS_DEF]
    got = parse_text(with_headings({"applications": "\n".join(head + lines)}))
    same(got, report, ("applications",))


def test_a_header_out_of_order_in_the_text_does_not_move_the_figures(report):
    # PDF text may print the header words in another order than the figures stand: when the rows then stop
    # adding up to their 总计, the header is not believed.
    head = ["申请人情况 总计 自然人 " + LEGAL_PERSONS, "商业企业 科研机构 社会公益组织 法律服务机构 其他"]
    lines = [r.label + " " + " ".join(str(report.value(application_path(r.key, i))) for i in range(7))
             for r in APPLICATION_ROWS_DEF]
    got = parse_text(with_headings({"applications": "\n".join(head + lines)}))
    same(got, report, ("applications",))


def test_mobile_cards_one_per_row(report):
    cards = []
    for table, names in (("applications", [a.label for a in APPLICANTS]),):
        for r in APPLICATION_ROWS_DEF:
            items = "".join(f'<li><span class="k">{n}</span><span class="v">{report.value(application_path(r.key, i))}'
                            f"</span></li>" for i, n in enumerate(names))
            sub = f'<div class="card-sub">{r.group.label}</div>' if r.group else ""
            cards.append(f'<div class="card"><div class="card-hd">{r.label}</div>{sub}<ul>{items}</ul></div>')
    page = "<html><body><h2>三、收到和处理政府信息公开申请情况</h2>" + "".join(cards) + "</body></html>"
    same(parse_bytes(page.encode(), ".html"), report, ("applications",))


def test_table_2_blocks_in_another_order_and_one_line_per_cell(report):
    t = report.tables.active
    reordered = "\n".join([
        "| 第二十条第（六）项 | | | |", "|---|---|---|---|", "| 信息内容 | 本年处理决定数量 | | |",
        f"| 行政强制 | {t.coercion} | | |", f"| 行政处罚 | {t.punishment} | | |",
        "| 第二十条第（一）项 | | | |", "| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |",
        f"| 行政规范性文件 | {t.normative_documents.issued} | {t.normative_documents.repealed} | "
        f"{t.normative_documents.in_force} |", "| 规章 | 0 | 0 | 0 |",
        "| 第二十条第（五）项 | | | |", f"| 行政许可 | {t.licensing} | | |",
        "| 第二十条第（八）项 | | | |", f"| 行政事业性收费 | {t.fees} | | |"])
    one_per_line = "\n".join(
        ["第二十条第（一）项"] + [f"{row} {col} {getattr(getattr(t, key), c)}"
                            for row, key in (("规章", "regulations"), ("行政规范性文件", "normative_documents"))
                            for col, c in (("本年制发件数", "issued"), ("本年废止件数", "repealed"),
                                           ("现行有效件数", "in_force"))] +
        ["第二十条第（五）项", f"行政许可 本年处理决定数量 {t.licensing}", "第二十条第（六）项",
         f"行政处罚 本年处理决定数量 {t.punishment}", f"行政强制 本年处理决定数量 {t.coercion}",
         "第二十条第（八）项", f"行政事业性收费 本年收费金额（单位：万元） {t.fees}"])
    for text, suffix in ((reordered, ".md"), (one_per_line, ".txt")):
        got = parse_text(with_headings({"active": text}), suffix)
        same(got, report, ("active",))


def test_one_column_rows_with_a_single_separator():
    text = "第二十条第（五）项\n信息内容｜本年处理决定数量\n行政许可｜５２,３４１\n"
    assert parse_text(with_headings({"active": text})).tables.active.licensing == 52341


def test_none_written_as_wu_is_zero_and_still_asks_for_0(report):
    table = rows(report, "applications")
    for r in table:
        if r[2].startswith("1.属于国家秘密"):
            assert set(r[3:]) == {"0"}
            r[3:] = ["无"] * 7
    got = parse_text(with_headings({"applications": "\n".join("\t".join(r) for r in table)}))
    same(got, report, ("applications",))
    assert got.cells[application_path("withheld_state_secret", 0)].kind == "na"


def test_an_unclosed_attribute_quote_does_not_swallow_the_rows_after_it(report):
    page = to_html(report).replace('<th colspan="4">第二十条第（一）项', '<th colspan="4" style="text-align:left>第二十条第（一）项', 1)
    assert 'left>第二十条' in page
    same(parse_bytes(page.encode(), ".html"), report, ("active",))


def test_a_jiedu_page_gives_the_cells_its_sentences_state_and_no_other():
    page = """<html><body><h1>图文解读：某县人民政府2024年政府信息公开工作年度报告</h1>
<p>一、主动公开。全年制发行政规范性文件12件，废止3件，现行有效的行政规范性文件86件。公开行政许可处理决定4521件、
行政处罚决定1203件，公开行政事业性收费金额1582.6万元。</p>
<p>二、依申请公开。全年新收政府信息公开申请156件，同比下降6.6%，其中自然人提出138件，法人或其他组织提出18件；另有上年结转申请9件。
全年办结147件：予以公开62件，占42.2%；不予公开8件，其中保护第三方合法权益5件；其他处理13件。截至12月31日，结转下年度继续办理18件。</p>
<p>三、复议诉讼。被申请行政复议4件，其中结果维持3件、结果纠正0件、其他结果0件、尚未审结1件。被提起行政诉讼2件，均为未经复议直接起诉，
其中结果维持1件、结果纠正1件，其他结果、尚未审结均为0件；复议后起诉0件。</p></body></html>"""
    got = parse_bytes(page.encode(), ".html")
    want = {"active.normative_documents.issued": 12, "active.normative_documents.repealed": 3,
            "active.normative_documents.in_force": 86, "active.licensing": 4521, "active.punishment": 1203,
            "active.fees": 1582.6, "applications.new_received[6]": 156, "applications.new_received[0]": 138,
            "applications.carried_over[6]": 9, "applications.total_processed[6]": 147,
            "applications.granted[6]": 62, "applications.withheld_third_party[6]": 5,
            "applications.carried_forward[6]": 18, "review_litigation.review[0]": 3,
            "review_litigation.review[1]": 0, "review_litigation.review[2]": 0, "review_litigation.review[3]": 1,
            "review_litigation.review[4]": 4, "review_litigation.litigation_direct[0]": 1,
            "review_litigation.litigation_direct[1]": 1, "review_litigation.litigation_direct[2]": 0,
            "review_litigation.litigation_direct[3]": 0, "review_litigation.litigation_direct[4]": 2,
            "review_litigation.litigation_after_review[4]": 0}
    assert {p: got.value(p) for p in ALL_PATHS if got.value(p) is not None} == want


def _t3_lines(report, columns: list[int], sep: str = "\t") -> list[str]:
    return [r.label + sep + sep.join(str(report.value(application_path(r.key, i))) for i in columns)
            for r in APPLICATION_ROWS_DEF]


def test_last_year_and_a_comparison_beside_this_years_figures(report):
    year = report.meta.year
    head = [f"申请人情况\t自然人\t{LEGAL_PERSONS}\t\t\t\t\t{year}年总计\t{year - 1}年总计\t同比",
            "\t\t" + "\t".join(a.label for a in APPLICANTS[1:6]) + "\t\t\t"]
    lines = [line + f"\t{report.value(application_path(r.key, 6)) + 3}\t+12.5%"
             for line, r in zip(_t3_lines(report, list(range(7))), APPLICATION_ROWS_DEF)]
    t4 = rows(report, "review_litigation")
    t4_text = "\n".join(["\t".join(r) for r in t4[:3]] + [f"{year - 1}年\t" + "\t".join(["1"] * 15),
                                                           f"{year}年\t" + "\t".join(t4[3])])
    text = report.meta.title + "\n" + with_headings({"applications": "\n".join(head + lines),
                                                     "review_litigation": t4_text})
    got = parse_text(text)
    same(got, report, ("applications", "review_litigation"))


def test_table_3_split_by_columns_over_two_pages(report):
    first, second = [0, 1, 2], [3, 4, 5, 6]
    page1 = ["申请人情况\t自然人\t" + LEGAL_PERSONS, "\t\t商业企业\t科研机构"] + _t3_lines(report, first)
    page2 = ["— 7 —", "续表", f"申请人情况\t{LEGAL_PERSONS}\t\t\t总计", "\t社会公益组织\t法律服务机构\t其他\t"] + \
        _t3_lines(report, second)
    got = parse_text(report.meta.title + "\n" + with_headings({"applications": "\n".join(page1 + page2)}))
    same(got, report, ("applications",))


def test_tables_2_and_4_as_vertical_item_and_count_tables_with_spanning_group_names(report):
    t = report.tables.active
    t2 = ['<tr><th colspan="3">项目</th><th>数量</th></tr>']
    for block, rows_ in (("第二十条第（一）项", [("规章", "regulations"), ("行政规范性文件", "normative_documents")]),):
        for j, (name, key) in enumerate(rows_):
            for k, (col, c) in enumerate((("本年制发件数", "issued"), ("本年废止件数", "repealed"),
                                          ("现行有效件数", "in_force"))):
                lead = (f'<td rowspan="6">{block}</td>' if j == k == 0 else "") + \
                    (f'<td rowspan="3">{name}</td>' if k == 0 else "")
                t2.append(f"<tr>{lead}<td>{col}</td><td>{getattr(getattr(t, key), c)}</td></tr>")
    for block, name, key in (("第二十条第（五）项", "行政许可", "licensing"), ("第二十条第（六）项", "行政处罚", "punishment"),
                             ("第二十条第（六）项", "行政强制", "coercion"),
                             ("第二十条第（八）项", "行政事业性收费", "fees")):
        col = "本年收费金额（单位：万元）" if key == "fees" else "本年处理决定数量"
        t2.append(f"<tr><td>{block}</td><td>{name}</td><td>{col}</td><td>{getattr(t, key)}</td></tr>")
    r4 = report.tables.review_litigation
    t4 = ['<tr><th colspan="3">项目</th><th>数量</th></tr>']
    outcomes = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
    for group, sub, key in (("行政复议", "", "review"), ("行政诉讼", "未经复议直接起诉", "litigation_direct"),
                            ("行政诉讼", "复议后起诉", "litigation_after_review")):
        for c, o in enumerate(outcomes):
            lead = (f'<td rowspan="{5 if not sub else 10}">{group}</td>' if c == 0 and key != "litigation_after_review"
                    else "") + (f'<td rowspan="5">{sub}</td>' if c == 0 and sub else "")
            t4.append(f"<tr>{lead}<td>{o}</td><td>{getattr(r4, key)[c]}</td></tr>")
    page = (f"<html><body><h2>二、主动公开政府信息情况</h2><table>{''.join(t2)}</table>"
            f"<h2>四、政府信息公开行政复议、行政诉讼情况</h2><table>{''.join(t4)}</table></body></html>")
    same(parse_bytes(page.encode(), ".html"), report, ("active", "review_litigation"))


def test_ocr_text_with_look_alike_letters_and_spaced_thousands(report):
    def ocr(figure) -> str:
        s = str(figure)
        if len(s) > 3 and "." not in s:
            s = s[:-3] + " " + s[-3:]  # thousands set apart by a space
        s = s.replace("0", "O").replace("1", "l")
        # A lone S is no figure a reader would take for 5; with a digit or an O/l beside it, it is.
        return s.replace("5", "S") if s.strip("5") else s
    t = report.tables.active
    t2 = "\n".join(["第二十条第（五）项", "信息内容 本年处理决定数量", f"行政许可 {ocr(t.licensing)}",
                    "第二十条第（六）项", "信息内容 本年处理决定数量", f"行政处罚 {ocr(t.punishment)}",
                    f"行政强制 {ocr(t.coercion)}"])
    t3 = [f"申请人情况 自然人 {LEGAL_PERSONS} 总汁", "商业企业 科研机构 社会公益组织 法律服务机构 其他"]
    t3 += [r.label + " " + " ".join(ocr(report.value(application_path(r.key, i))) for i in range(7))
           for r in APPLICATION_ROWS_DEF]
    text = with_headings({"active": t2, "applications": "\n".join(t3)})
    got = parse_text(text)
    assert (got.tables.active.licensing, got.tables.active.punishment, got.tables.active.coercion) == \
        (t.licensing, t.punishment, t.coercion)
    same(got, report, ("applications",))


def repeated(report, table: str) -> list[list[str]]:
    """The table as a Word export writes it: a merged cell's text in every cell it covers."""
    placed: dict[tuple[int, int], str] = {}
    cells = official_tables(report)[table]
    for r, row in enumerate(cells):
        c = 0
        for cell in row:
            while (r, c) in placed:
                c += 1
            for dr in range(cell.rowspan):
                for dc in range(cell.colspan):
                    placed[(r + dr, c + dc)] = cell.text
            c += cell.colspan
    width = max(c for _, c in placed) + 1
    return [[placed.get((r, c), "") for c in range(width)] for r in range(len(cells))]


@pytest.mark.parametrize("dump", [True, False], ids=["word-text-dump", "tab-rows"])
def test_word_export_repeating_merged_text_in_every_covered_cell(report, dump):
    def render(table):
        if dump:
            return "\n\n".join("\n".join("\t" + c for c in row) for row in table)
        return "\n".join("\t".join(row) for row in table)
    text = with_headings({t: render(repeated(report, t)) for t in ("active", "applications", "review_litigation")})
    same(parse_text(text), report)


def test_every_figure_with_its_measure_word(report):
    page = re.sub(r"<td([^>]*)>(\d+)</td>", r"<td\1>\2件</td>", to_html(report))
    page = re.sub(r"<td([^>]*)>(\d+\.\d+)</td>", r"<td\1>\2万元</td>", page)
    assert "件</td>" in page and "万元</td>" in page
    same(parse_bytes(page.encode(), ".html"), report)


def test_figures_with_thousands_separators_are_not_a_csv_file():
    from assistant.readers.delimited import read_csv
    lines = [f"行政规范性文件 1,{k:03d} 2,{k:03d} 3,{k:03d} 4,{k:03d}" for k in range(10)]
    assert read_csv(lines) is None
    assert read_csv([f'"一、本年新收",,,{k},0,0,0,0,0,{k}' for k in range(10)]) is not None
