#!/usr/bin/env python3
"""Derive (and check) the expected cells of every notes case in this folder.

Each case file (NN_style.json) holds the clerk's notes (`messages`) and the clerk's intended meaning as
structured `statements`. This script turns the statements plus the official identities of the 2021 format
into a linear programme and, for every cell of every table the statements touch, minimises and maximises
it (scipy.optimize.linprog, HiGHS). A cell whose minimum equals its maximum (within 1e-6) is determined
and goes to `expect.cells`; an undetermined cell of a row / group / cell that a statement names goes to
`expect.open`. If a table's statements cannot all hold together, that table is a conflict: none of its
cells are recorded and `expect.conflict` is true (`expect.conflict_tables` names the tables).

Usage:
    python build_expected.py            # check: re-derive every case, compare with the stored expect
    python build_expected.py --write    # (re)write expect.cells / open / conflict / conflict_tables
    python build_expected.py 07_*.json  # only these files

Needs numpy and scipy (e.g. `python -m venv /tmp/v && /tmp/v/bin/pip install scipy`).
Exit status: 0 when every case validates, 1 otherwise.
"""
from __future__ import annotations

import glob
import json
import os
import re
import sys

import numpy as np
from scipy.optimize import linprog

HERE = os.path.dirname(os.path.abspath(__file__))
EPS = 1e-6

# ---- the 200 cells, in canonical order ---------------------------------------------------------------
ACTIVE = [
    "active.regulations.issued", "active.regulations.repealed", "active.regulations.in_force",
    "active.normative_documents.issued", "active.normative_documents.repealed", "active.normative_documents.in_force",
    "active.licensing", "active.punishment", "active.coercion", "active.fees",
]
RESULT_ROWS = [
    "granted", "partially_granted",
    "withheld_state_secret", "withheld_law_prohibited", "withheld_three_safety", "withheld_third_party",
    "withheld_internal_affairs", "withheld_process_info", "withheld_enforcement_file", "withheld_query_matter",
    "unavailable_not_held", "unavailable_needs_creation", "unavailable_unclear",
    "rejected_petition", "rejected_duplicate", "rejected_publication", "rejected_excessive", "rejected_confirmation",
    "other_no_correction", "other_no_fee", "other_other",
]
APP_ROWS = ["new_received", "carried_over"] + RESULT_ROWS + ["total_processed", "carried_forward"]
GROUPS = ["review", "litigation_direct", "litigation_after_review"]

APP = [f"applications.{r}[{c}]" for r in APP_ROWS for c in range(7)]
REV = [f"review_litigation.{g}[{k}]" for g in GROUPS for k in range(5)]
TABLES = {"active": ACTIVE, "applications": APP, "review_litigation": REV}
ALL = set(ACTIVE) | set(APP) | set(REV)


def table_of(path: str) -> str:
    return path.split(".", 1)[0]


def unit_of(path: str) -> str:
    """The row (table 3), group (table 4) or the cell itself (table 2): what a question is asked about."""
    m = re.match(r"(applications|review_litigation)\.(\w+)\[\d\]$", path)
    return f"{m.group(1)}.{m.group(2)}" if m else path


def identities(table: str) -> list[dict[str, float]]:
    """Each identity as {path: coefficient} with right-hand side 0."""
    eqs: list[dict[str, float]] = []
    if table == "applications":
        a = lambda r, c: f"applications.{r}[{c}]"  # noqa: E731
        for c in range(7):
            eqs.append({a("new_received", c): 1, a("carried_over", c): 1,
                        a("total_processed", c): -1, a("carried_forward", c): -1})
            e = {a("total_processed", c): 1.0}
            for r in RESULT_ROWS:
                e[a(r, c)] = -1.0
            eqs.append(e)
        for r in APP_ROWS:
            e = {a(r, 6): 1.0}
            for c in range(6):
                e[a(r, c)] = -1.0
            eqs.append(e)
    elif table == "review_litigation":
        for g in GROUPS:
            e = {f"review_litigation.{g}[4]": 1.0}
            for k in range(4):
                e[f"review_litigation.{g}[{k}]"] = -1.0
            eqs.append(e)
    return eqs


def statement_terms(st: dict) -> tuple[dict[str, float], float]:
    """A statement as ({path: coefficient}, value). Forms: cell / sum / lin."""
    if "cell" in st:
        terms = {st["cell"]: 1.0}
    elif "sum" in st:
        terms = {}
        for p in st["sum"]:
            terms[p] = terms.get(p, 0.0) + 1.0
    elif "lin" in st:
        terms = {p: float(v) for p, v in st["lin"].items()}
    else:
        raise ValueError(f"statement without cell/sum/lin: {st}")
    return terms, float(st["value"])


def _system(table: str, stmts: list[dict]):
    cells = TABLES[table]
    idx = {p: i for i, p in enumerate(cells)}
    rows, rhs = [], []
    for e in identities(table):
        v = np.zeros(len(cells))
        for p, k in e.items():
            v[idx[p]] += k
        rows.append(v)
        rhs.append(0.0)
    for st in stmts:
        terms, value = statement_terms(st)
        v = np.zeros(len(cells))
        for p, k in terms.items():
            v[idx[p]] += k
        rows.append(v)
        rhs.append(value)
    return cells, np.array(rows), np.array(rhs)


def feasible(table: str, stmts: list[dict]) -> bool:
    cells, A, b = _system(table, stmts)
    res = linprog(np.zeros(len(cells)), A_eq=A, b_eq=b, bounds=[(0, None)] * len(cells), method="highs")
    if res.status not in (0, 2):
        raise RuntimeError(f"{table}: LP status {res.status}: {res.message}")
    return res.status == 0


def conflict_core(table: str, stmts: list[dict]) -> list[dict]:
    """An irreducible set of statements that cannot hold together (deletion filter that tries the latest
    statements first, so the core keeps the earliest words that already clash)."""
    core = list(stmts)
    i = len(core) - 1
    while i >= 0:
        trial = core[:i] + core[i + 1:]
        if not feasible(table, trial):
            core = trial
        i -= 1
    return core


def solve_table(table: str, stmts: list[dict]):
    """Returns (feasible, {path: value} determined, set of undetermined paths)."""
    cells, A, b = _system(table, stmts)
    bounds = [(0, None)] * len(cells)
    first = linprog(np.zeros(len(cells)), A_eq=A, b_eq=b, bounds=bounds, method="highs")
    if first.status == 2:
        return False, {}, set()
    if first.status != 0:
        raise RuntimeError(f"{table}: LP status {first.status}: {first.message}")
    determined, undetermined = {}, set()
    for i, p in enumerate(cells):
        c = np.zeros(len(cells))
        c[i] = 1.0
        lo = linprog(c, A_eq=A, b_eq=b, bounds=bounds, method="highs")
        hi = linprog(-c, A_eq=A, b_eq=b, bounds=bounds, method="highs")
        if lo.status == 0 and hi.status == 0 and abs(lo.fun + hi.fun) <= EPS:
            x = lo.fun
            determined[p] = round(x, 4) if p == "active.fees" else int(round(x))
        else:
            undetermined.add(p)
    return True, determined, undetermined


def derive(case: dict) -> dict:
    stmts = [s for s in case["statements"] if not s.get("superseded")]
    by_table: dict[str, list[dict]] = {}
    for st in stmts:
        terms, _ = statement_terms(st)
        for p in terms:
            if p not in ALL:
                raise ValueError(f"{case['id']}: unknown cell path {p!r}")
        tabs = {table_of(p) for p in terms}
        if len(tabs) != 1:
            raise ValueError(f"{case['id']}: a statement spans several tables: {st}")
        by_table.setdefault(tabs.pop(), []).append(st)
    cells: dict[str, float | int] = {}
    open_: list[str] = []
    conflicts: list[str] = []
    core_quotes: list[str] = []
    for table in TABLES:
        if table not in by_table:
            continue
        ok, det, und = solve_table(table, by_table[table])
        if not ok:
            conflicts.append(table)
            for st in conflict_core(table, by_table[table]):
                if st["quote"] not in core_quotes:
                    core_quotes.append(st["quote"])
            continue
        touched = {unit_of(p) for st in by_table[table] for p in statement_terms(st)[0]}
        for p in TABLES[table]:
            if p in det:
                cells[p] = det[p]
            elif unit_of(p) in touched:
                open_.append(p)
    return {"cells": cells, "open": open_, "conflict": bool(conflicts), "conflict_tables": conflicts,
            "conflict_quotes": core_quotes}


def dump_case(case: dict) -> str:
    """JSON with one statement / one cell per line, so that diffs stay readable."""
    def j(x):
        return json.dumps(x, ensure_ascii=False)
    out = ["{"]
    keys = [k for k in case if k not in ("statements", "expect")]
    for k in keys:
        out.append(f" {j(k)}: {j(case[k])},")
    out.append(' "statements": [')
    out.append(",\n".join("  " + j(st) for st in case["statements"]))
    out.append(" ],")
    out.append(' "expect": {')
    exp = case["expect"]
    parts = []
    for k, v in exp.items():
        if k == "cells":
            body = ",\n".join(f"   {j(p)}: {j(x)}" for p, x in v.items())
            parts.append(f'  "cells": {{\n{body}\n  }}' if v else '  "cells": {}')
        else:
            parts.append(f"  {j(k)}: {j(v)}")
    out.append(",\n".join(parts))
    out.append(" }")
    out.append("}")
    return "\n".join(out) + "\n"


def validate(case: dict, fname: str) -> list[str]:
    errs = []
    for k in ("id", "style", "agency", "level", "year", "messages", "statements", "expect"):
        if k not in case:
            errs.append(f"missing key {k}")
    if errs:
        return errs
    if os.path.splitext(os.path.basename(fname))[0] != case["id"]:
        errs.append(f"id {case['id']!r} differs from the file name")
    if case["level"] not in ("省", "市", "县", "乡镇", "部门"):
        errs.append(f"bad level {case['level']}")
    if not 2023 <= case["year"] <= 2025:
        errs.append(f"year {case['year']} outside 2023–2025")
    text = "\n".join(case["messages"])
    for st in case["statements"]:
        q = st.get("quote")
        if not q:
            errs.append(f"statement without quote: {st}")
        elif q not in text:
            errs.append(f"quote not in the notes: {q!r}")
    for s in case["expect"].get("not_in_report", []):
        if s not in text:
            errs.append(f"not_in_report string not in the notes: {s!r}")
    for d in case["expect"].get("decoys", []):
        if d.get("text") and d["text"] not in text:
            errs.append(f"decoy text not in the notes: {d['text']!r}")
    return errs


def main(argv: list[str]) -> int:
    write = "--write" in argv
    files = [a for a in argv if not a.startswith("--")]
    if files:
        files = [f if os.path.isabs(f) else os.path.join(HERE, f) if not os.path.exists(f) else f for f in files]
        files = sorted({g for f in files for g in glob.glob(f)})
    else:
        files = sorted(glob.glob(os.path.join(HERE, "[0-9]*.json")))
    bad = 0
    n_conflict = 0
    for fname in files:
        with open(fname, encoding="utf-8") as fh:
            case = json.load(fh)
        errs = validate(case, fname)
        got = derive(case)
        n_conflict += got["conflict"]
        exp = case["expect"]
        if write:
            exp["cells"] = got["cells"]
            exp["open"] = got["open"]
            exp["conflict"] = got["conflict"]
            exp["conflict_tables"] = got["conflict_tables"]
            exp["conflict_quotes"] = got["conflict_quotes"]
            with open(fname, "w", encoding="utf-8") as fh:
                fh.write(dump_case(case))
        else:
            if exp.get("cells") != got["cells"]:
                stored, new = exp.get("cells") or {}, got["cells"]
                diff = sorted(k for k in set(stored) | set(new) if stored.get(k) != new.get(k))
                errs.append(f"expect.cells differ from the derivation at {diff[:8]}{'…' if len(diff) > 8 else ''}")
            if exp.get("open") != got["open"]:
                errs.append("expect.open differs from the derivation")
            if (exp.get("conflict") != got["conflict"] or exp.get("conflict_tables", []) != got["conflict_tables"]
                    or exp.get("conflict_quotes", []) != got["conflict_quotes"]):
                errs.append(f"expect.conflict differs: stored {exp.get('conflict')}, derived {got['conflict']} "
                            f"{got['conflict_tables']}")
        if case.get("intended_conflict", False) != got["conflict"]:
            errs.append(f"intended_conflict={case.get('intended_conflict', False)} but derived conflict={got['conflict']}"
                        f" {got['conflict_tables']}")
        status = "ok" if not errs else "FAIL"
        print(f"{status:4} {os.path.basename(fname):45} cells={len(got['cells']):3} open={len(got['open']):3}"
              f"{' CONFLICT ' + ','.join(got['conflict_tables']) if got['conflict'] else ''}")
        for e in errs:
            print(f"     - {e}")
        bad += bool(errs)
    print(f"{len(files)} cases, {n_conflict} with a conflict, {bad} failing")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
