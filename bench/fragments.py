"""Reading figures on report fragments written blind (tests/data/fragments/: tuned/ and holdout/, see its README).

    .venv/bin/python bench/fragments.py [-v] [SET ...]      # SET: tuned, holdout (default both), fragments2/tuned …

Per set: cells right of all 200 statutory cells per file, printed cells right (the gold cells that hold a figure:
a null where the page prints a value is the miss a user sees), and false errors (a finding the gold forbids,
with severity error). The held-out set is only measured, never tuned on.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from assistant.checks.rules import check  # noqa: E402
from assistant.form.official import ALL_PATHS  # noqa: E402
from assistant.model.report import Tables, get_path  # noqa: E402
from assistant.parse import parse_file  # noqa: E402
from assistant.readers.blocks import Unreadable  # noqa: E402

DATA = ROOT / "tests" / "data" / "fragments"
# The 2019 试行 table 2 has other columns: the project maps 本年新制作 → issued and 对外公开总数量 → in_force
# (tests/data/reports/README.md), the blind corpus leaves them null; those cells are not scored.
OLD_FORMAT_CELLS = {p for p in ALL_PATHS if p.startswith(("active.regulations", "active.normative_documents"))} | \
    {"active.fees"}


def score(folder: Path, verbose: bool = False) -> dict:
    right = total = printed_right = printed = false_errors = 0
    lines = []
    for g in sorted((folder / "gold").glob("*.json")):
        gold = json.loads(g.read_text(encoding="utf-8"))
        want = Tables.model_validate(gold["tables"])
        try:
            report = parse_file(folder / gold["source"])
        except Unreadable as e:
            report, refused = None, str(e)
        wrong, wrong_printed, bad = [], 0, []
        for p in ALL_PATHS:
            if gold.get("format") == "2019" and p in OLD_FORMAT_CELLS:
                continue
            w = get_path(want, p)
            got = report.value(p) if report is not None else None
            ok = got == w or (isinstance(got, float) and isinstance(w, float) and abs(got - w) < 1e-6)
            if w is not None:
                printed += 1
                printed_right += ok
                wrong_printed += not ok
            total += 1
            right += ok
            if not ok:
                wrong.append(f"{p}={got!r} (gold {w!r})")
        if report is not None:
            forbid = set(gold.get("forbid_findings") or [])
            bad = [f"{x.rule} {x.message[:60]}" for x in check(report) if x.rule in forbid and x.severity == "error"]
        false_errors += len(bad)
        if wrong or bad or report is None:
            line = f"  {g.stem}: {len(wrong)} wrong ({wrong_printed} printed)"
            if report is None:
                line += f"; refused: {refused}"
            line += "".join(f"; {w}" for w in wrong[:40 if verbose else 3])
            line += "".join(f"; false error {b}" for b in bad[:3])
            lines.append(line)
    return {"files": len(list((folder / "gold").glob("*.json"))), "cells": right / total if total else 0,
            "printed": printed_right / printed if printed else 0, "printed_n": printed,
            "false_errors": false_errors, "lines": lines}


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    verbose = "-v" in sys.argv
    for name in args or ["tuned", "holdout"]:
        # "tuned" is tests/data/fragments/tuned; "fragments2/holdout" names another blind set's folder
        s = score(DATA / name if "/" not in name else DATA.parent / name, verbose)
        print(f"{name}: {s['files']} files, all cells {100 * s['cells']:.2f} %, printed cells "
              f"{100 * s['printed']:.2f} % of {s['printed_n']}, false errors {s['false_errors']}")
        print("\n".join(s["lines"]))


if __name__ == "__main__":
    main()
