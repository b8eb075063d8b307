"""Notes → tables on a corpus of realistic notes (tests/data/notes/*.json by default).

Prints, per case and overall: expected cells right, wrong numbers, cells left blank, and whether an
inconsistent case was reported as a conflict. `--verbose` lists every wrong or missing cell.

    .venv/bin/python bench/notes.py [DIR] [--verbose]
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from assistant.drafting import new_draft, add_notes, tables_report  # noqa: E402
from assistant.form.official import cell_label  # noqa: E402
from assistant.settings import Settings  # noqa: E402


def run_case(case: dict) -> dict:
    draft = new_draft(case.get("agency") or "某某县某某局", case.get("year") or 2025, case.get("level"))
    settings = Settings(llm_model=None)
    for text in case["messages"]:
        draft, _ = add_notes(draft, text, settings)
    report = tables_report(draft)
    expect = case["expect"]
    right, wrong, blank = 0, [], []
    for path, value in expect["cells"].items():
        got = report.value(path)
        if got is None:
            blank.append(path)
        elif abs(float(got) - float(value)) > 1e-6:
            wrong.append((path, value, got))
        else:
            right += 1
    conflict = bool(draft_conflicts(draft))
    return {"right": right, "total": len(expect["cells"]), "wrong": wrong, "blank": blank,
            "conflict_expected": bool(expect.get("conflict")), "conflict_reported": conflict}


def draft_conflicts(draft) -> list:
    from assistant.drafting import conflicts
    return conflicts(draft)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("dir", nargs="?", default=str(ROOT / "tests" / "data" / "notes"))
    ap.add_argument("--verbose", "-v", action="store_true")
    args = ap.parse_args()
    files = sorted(Path(args.dir).glob("*.json"))
    totals = {"right": 0, "total": 0, "wrong": 0, "full": 0, "conflicts": 0, "conflict_cases": 0, "false_conflicts": 0}
    t0 = time.perf_counter()
    for f in files:
        case = json.loads(f.read_text(encoding="utf-8"))
        r = run_case(case)
        totals["right"] += r["right"]
        totals["total"] += r["total"]
        totals["wrong"] += len(r["wrong"])
        full = r["right"] == r["total"] and r["conflict_reported"] == r["conflict_expected"]
        totals["full"] += full
        if r["conflict_expected"]:
            totals["conflict_cases"] += 1
            totals["conflicts"] += r["conflict_reported"]
        elif r["conflict_reported"]:
            totals["false_conflicts"] += 1
        mark = "ok " if full else "-- "
        print(f"{mark}{f.stem}: {r['right']}/{r['total']} right, {len(r['wrong'])} wrong, {len(r['blank'])} blank"
              + (f", conflict {'reported' if r['conflict_reported'] else 'MISSED'}" if r["conflict_expected"] else "")
              + (", FALSE conflict" if r["conflict_reported"] and not r["conflict_expected"] else ""))
        if args.verbose and not full:
            for p, want, got in r["wrong"]:
                print(f"     wrong {p} ({cell_label(p)}): want {want}, got {got}")
            for p in r["blank"][:12]:
                print(f"     blank {p} ({cell_label(p)}): want {case['expect']['cells'][p]}")
            if len(r["blank"]) > 12:
                print(f"     … {len(r['blank']) - 12} more blank")
    dt = time.perf_counter() - t0
    share = totals["right"] / totals["total"] * 100 if totals["total"] else 0
    print(f"\n{len(files)} cases: {totals['full']} fully right; cells right {share:.1f}% "
          f"({totals['right']}/{totals['total']}); wrong numbers {totals['wrong']}; inconsistent cases reported "
          f"{totals['conflicts']}/{totals['conflict_cases']}; false conflicts {totals['false_conflicts']}; "
          f"{dt / max(len(files), 1) * 1000:.0f} ms per case")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
