"""Writes the renderings of issue 23's classes (files 41-…) from reports of this corpus, with their gold.

    python tests/data/reports/make_classes.py

Each rendering is what a site or a tool does to a report a human still reads without doubt: the figures and
the prose are those of the source report, so its gold holds (only `source` and `notes` change).
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from assistant.form import official as form  # noqa: E402


def gold_of(name: str) -> dict:
    return json.loads((HERE / "gold" / f"{name}.json").read_text(encoding="utf-8"))


def write(name: str, text: str, source: str, notes: str, **changes):
    (HERE / name).write_text(text, encoding="utf-8")
    gold = gold_of(source)
    # A human has no doubt about any of these tables: no reading problem (S-2) unless a cell was really lost.
    gold["forbid_findings"] = sorted(set(gold["forbid_findings"]) | {"S-2"})
    gold.update(source=name, notes=notes, **changes)
    (HERE / "gold" / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def cms_cells(word_dump: str) -> str:
    """A CMS page's text extraction: every paragraph and cell on its own line followed by " |", an empty cell
    as "|||"."""
    out = []
    for line in word_dump.splitlines():
        if line.strip():
            out.append(line.strip() + " |")
        elif line.startswith("\t"):
            out.append("|||")
    return "\n".join(out) + "\n"


def fmt(v) -> str:
    return "" if v is None else str(v)


def table_rows(tables: dict, table: int) -> list[tuple[list[str], list[str]]]:
    """The official table as (label cells, value cells) rows, headers included, in the form's order."""
    if table == 2:
        a, rows, block = tables["active"], [], None
        for r in form.ACTIVE:
            if r.block != block:
                block = r.block
                rows += [([block], []), (["信息内容"] + [c.label for c in r.columns], [])]
            v = a[r.key]
            rows.append(([r.label], [fmt(v[c]) for c in ("issued", "repealed", "in_force")] if len(r.columns) == 3
                         else [fmt(v)]))
        return rows
    if table == 3:
        apps = tables["applications"]
        names = [a.label for a in form.APPLICANTS]
        rows = [(["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "申请人情况"], []),
                (["自然人", form.LEGAL_PERSONS, "总计"], []), (names[1:6], [])]
        group = None
        for r in form.APPLICATION_ROWS_DEF:
            head = []
            if r.group is not None and r.group.label != group:
                group = r.group.label
                head = [] if r.group.key == "results" and r.key != "granted" else [group]
            rows.append((head + [r.label], [fmt(x) for x in apps[r.key]]))
        return rows
    rl = tables["review_litigation"]
    outcomes = [c.label for c in form.REVIEW_OUTCOMES]
    return [(["行政复议", "行政诉讼"], []), (outcomes + ["未经复议直接起诉", "复议后起诉"], []),
            (outcomes * 2, []), ([], [fmt(x) for g in ("review", "litigation_direct", "litigation_after_review")
                                      for x in rl[g]])]


HEADINGS = {2: "二、主动公开政府信息情况", 3: "三、收到和处理政府信息公开申请情况", 4: "四、政府信息公开行政复议、行政诉讼情况"}


def fragment(title: str, tables: dict, line) -> str:
    """Title, the three table sections' headings and the tables, each row written by `line`."""
    out = [title]
    for t in (2, 3, 4):
        out.append(HEADINGS[t])
        out += [x for labels, values in table_rows(tables, t) for x in line(labels, values)]
    return "\n".join(out) + "\n"


def glued(labels: list[str], values: list[str]) -> list[str]:
    # The text layer lost every cell boundary: labels and figures run together on one line.
    return ["".join(labels) + "".join(values)]


def one_line(text: str) -> str:
    """A crawler or a copy from a page flattened the whole report: every line (paragraph or cell) joined by
    one space, no line end at all."""
    return " ".join(x.strip() for x in text.replace("[bookmark: _GoBack]", "").splitlines() if x.strip())


def stacked(labels: list[str], values: list[str]) -> list[str]:
    # PDF text of a grid: each label cell on a line of its own, the row's figures on the next line.
    return labels + ([" ".join(v for v in values if v)] if any(values) else [])


FURNITURE = ["第 3 页 共 8 页", "【字体：大 中 小】 打印本页 关闭窗口", "2025-03-24 09:30",
             "浏览次数：1 来源：市人民政府办公室 发布时间：2025-03-24", "扫一扫在手机打开当前页", "分享到："]


def web_copy(word_dump: str, after: tuple[str, ...]) -> str:
    """A long web page copied as text: site furniture around the report, each table row on one line with its
    cells separated by spaces, and the page's furniture again after the rows named in `after` (where the
    printed page broke)."""
    out = ["首页 > 政务公开 > 政府信息公开 > 政府信息公开年报", "【字体：大 中 小】 打印本页 关闭窗口"]
    row: list[str] = []
    for line in word_dump.replace("[bookmark: _GoBack]", "").splitlines() + [""]:
        if line.startswith("\t"):
            row.append(line.strip())
            continue
        if row:
            out.append(" ".join(c for c in row if c))
            if any(a in row[0] for a in after):
                out += FURNITURE
            row = []
        if line.strip():
            out.append(line.strip())
    out += ["扫一扫在手机打开当前页", "相关链接：", "主办单位：洛阳市人民政府办公室 网站标识码：4103000001"]
    return "\n".join(out) + "\n"


def cut_rows(agency_line: str):
    """PDF text, each row on one line, with rows cut by page breaks: 规章 after its first figure (the rest of
    the row lost with the next page), 行政规范性文件 after its first figure and （六）1 after its second (the
    rest follows the page number, the running head and, for table 3, the column header repeated), and （七）总计
    printed with only its first three figures."""
    head = ["- 4 -", "", agency_line]
    header3 = ["申请人情况", "自然人  法人或其他组织  总计", "商业企业  科研机构  社会公益组织  法律服务机构  其他"]

    def line(labels: list[str], values: list[str]) -> list[str]:
        name = labels[-1] if labels else ""
        if name == "规章":
            return ["  ".join(labels + values[:1])] + head
        if name == "行政规范性文件":
            return ["  ".join(labels + values[:1])] + head + ["  ".join(values[1:])]
        if "逾期不补正" in name:
            return ["  ".join(labels + values[:2])] + head + header3 + ["  ".join(values[2:])]
        if name == "（七）总计":
            return ["  ".join(labels + values[:3])]
        return ["  ".join(labels + values)]
    return line


def main():
    src = "26_word_county_bureau.txt"
    write("41_cms_cells_county_bureau.txt", cms_cells((HERE / src).read_text(encoding="utf-8")), src,
          "CMS text extraction of file 26: one cell per line followed by ' |', an empty cell as '|||' (zeros are "
          "blank in table 3 except in the 总计 column). Rows are a label line, then its cells.")
    src = "08_t4_broken_pdf_county_bureau.txt"
    g = gold_of(src)
    write("42_glued_county_bureau.txt", fragment(f"{g['meta']['agency']}{g['meta']['year']}年政府信息公开工作年度报告",
                                                g["tables"], glued), src,
          "Tables of file 08 from a text layer that lost every cell boundary: each row is its label and its "
          "figures run together ('规章000', '（一）予以公开31000132'); table 4 is one run of 15 digits. Each run has "
          "one cut into the row's cells that the identities (R3-3, R3-1/R3-2, R4-1) accept.",
          meta={**g["meta"], "published": None}, expect_findings=[])
    src = "25_word_city_gov.txt"
    write("43_one_line_city_gov.txt", one_line((HERE / src).read_text(encoding="utf-8")), src,
          "File 25 (a whole report) flattened onto one line: paragraphs and table cells joined by single spaces, "
          "no line end. Sections, tables and signature are found by their anchors in the line.")
    write("45_long_page_city_gov.txt",
          web_copy((HERE / src).read_text(encoding="utf-8"), ("规章", "第二十条第（五）项", "2.没有现成信息", "2.重复申请",
                                                                "1.申请人无正当理由")), src,
          "File 25 as a long web page copied as text: site furniture above and below, each table row on one line "
          "(cells separated by spaces), and the page furniture (page counter, print/close links, a date stamp, a "
          "view counter with its digit) again inside table 2 and among the lower table-3 rows.")
    src = "30_pdf_layout_city_gov.txt"
    g = gold_of(src)
    title = f"{g['meta']['agency']}{g['meta']['year']}年政府信息公开工作年度报告"
    tables = json.loads(json.dumps(g["tables"]))
    tables["active"]["regulations"].update(repealed=None, in_force=None)  # lost with the page
    write("46_row_cut_city_gov.txt", fragment(title, g["tables"], cut_rows(title)), src,
          "Tables of file 30 as PDF text with rows cut by page breaks: 行政规范性文件 and （六）1 continue after the "
          "page number and running head (and table 3's column header); 规章 keeps only its first figure (the rest "
          "was on a lost page: 本年制发 read in column order, the other two null); （七）总计 shows three of its "
          "seven figures, the other four fixed by R3-2.",
          meta={**g["meta"], "published": None}, tables=tables, expect_findings=[],
          forbid_findings=g["forbid_findings"])
    src = "03_pdf_layout_street.txt"
    g = gold_of(src)
    tables = json.loads(json.dumps(g["tables"]))
    tables["applications"] = {k: [None] * 7 for k in tables["applications"]}
    tables["review_litigation"] = {k: [None] * 5 for k in tables["review_litigation"]}
    write("44_printed_blank_street.txt", fragment(f"{g['meta']['agency']}{g['meta']['year']}年政府信息公开工作年度报告",
                                                  tables, stacked), src,
          "PDF text of file 03's tables, each label on a line of its own ('4.保护第三方合法权益'), figures on the "
          "next line. Tables 3 and 4 are printed with their labels and no figure at all: printed blanks (null), "
          "for R3-5/R4-2 to warn about, never an S-2 reading error; no row label is a section heading.",
          meta={**g["meta"], "published": None}, tables=tables,
          expect_findings=[{"rule": "R3-5", "severity": "warning", "why": "table 3 printed blank"},
                           {"rule": "R4-2", "severity": "warning", "why": "table 4 printed blank"}],
          forbid_findings=sorted(set(g["forbid_findings"]) | {"S-2"}))


if __name__ == "__main__":
    main()
