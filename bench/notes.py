"""Notes → tables on corpora of realistic notes (tests/data/notes*/ and tests/data/conversations/).

Per case and per corpus: cells right of the cells the notes determine, cases fully right, wrong numbers,
blanks where a value was determined, deliberately inconsistent cases reported *with the stated figures kept*,
false conflicts, and questions that ask for a figure the notes already gave. `--verbose` lists every wrong or
missing cell.

    .venv/bin/python bench/notes.py [DIR ...] [--verbose] [--json]
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from assistant.drafting import add_notes, conflicts, new_draft, open_questions, tables_report  # noqa: E402
from assistant.form.official import cell_label  # noqa: E402
from assistant.settings import Settings  # noqa: E402

DEFAULT = ["notes", "notes_holdout", "notes_new", "notes_new_holdout", "notes_fresh", "notes_fresh_holdout", "conversations",
           "conversations_holdout"]


def given_cells(case: dict) -> dict[str, float]:
    """Cells the notes state one by one (not superseded): what a question must never ask for again."""
    return {s["cell"]: s["value"] for s in case["statements"] if "cell" in s and not s.get("superseded")}


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
    conflict = bool(conflicts(draft))
    given = given_cells(case)
    # An inconsistency is reported with the official's figures kept: every figure stated in a clashing table.
    lost = []
    for path, value in given.items():
        if path.split(".")[0] in expect.get("conflict_tables", []):
            got = report.value(path)
            if got is None or abs(float(got) - float(value)) > 1e-6:
                lost.append((path, value, got))
    asked = [q.text for q in open_questions(draft) if q.cells and all(p in given for p in q.cells)]
    return {"right": right, "total": len(expect["cells"]), "wrong": wrong, "blank": blank, "lost": lost,
            "asked_given": asked, "conflict_expected": bool(expect.get("conflict")), "conflict_reported": conflict}


def run_dir(folder: Path, verbose: bool) -> dict:
    files = sorted(folder.glob("*.json"))
    t = {"corpus": folder.name, "cases": len(files), "right": 0, "total": 0, "wrong": 0, "blank": 0, "full": 0,
         "conflicts": 0, "conflict_cases": 0, "kept": 0, "false_conflicts": 0, "asked_given": 0}
    t0 = time.perf_counter()
    for f in files:
        case = json.loads(f.read_text(encoding="utf-8"))
        r = run_case(case)
        t["right"] += r["right"]
        t["total"] += r["total"]
        t["wrong"] += len(r["wrong"])
        t["blank"] += len(r["blank"])
        t["asked_given"] += len(r["asked_given"])
        full = r["right"] == r["total"] and r["conflict_reported"] == r["conflict_expected"] and not r["lost"]
        t["full"] += full
        if r["conflict_expected"]:
            t["conflict_cases"] += 1
            t["conflicts"] += r["conflict_reported"]
            t["kept"] += r["conflict_reported"] and not r["lost"]
        elif r["conflict_reported"]:
            t["false_conflicts"] += 1
        if verbose or not full:
            print(f"{'ok ' if full else '-- '}{f.stem}: {r['right']}/{r['total']} right, {len(r['wrong'])} wrong, "
                  f"{len(r['blank'])} blank"
                  + (f", conflict {'reported' if r['conflict_reported'] else 'MISSED'}" if r["conflict_expected"] else "")
                  + (f", {len(r['lost'])} stated figures not kept" if r["lost"] else "")
                  + (", FALSE conflict" if r["conflict_reported"] and not r["conflict_expected"] else "")
                  + (f", asked again: {r['asked_given'][0][:30]}…" if r["asked_given"] else ""))
        if verbose and not full:
            for p, want, got in r["wrong"]:
                print(f"     wrong {p} ({cell_label(p)}): want {want}, got {got}")
            for p in r["blank"][:12]:
                print(f"     blank {p} ({cell_label(p)}): want {case['expect']['cells'][p]}")
            if len(r["blank"]) > 12:
                print(f"     … {len(r['blank']) - 12} more blank")
            for p, want, got in r["lost"]:
                print(f"     not kept {p}: stated {want}, table {got}")
    t["ms_per_case"] = round((time.perf_counter() - t0) / max(len(files), 1) * 1000)
    t["share"] = round(t["right"] / t["total"] * 100, 1) if t["total"] else 0.0
    return t


def line(t: dict) -> str:
    return (f"{t['corpus']}: {t['cases']} cases, {t['full']} fully right; cells right {t['share']:.1f}% "
            f"({t['right']}/{t['total']}); wrong numbers {t['wrong']}; blank where determined {t['blank']}; "
            f"inconsistent reported {t['conflicts']}/{t['conflict_cases']} (figures kept {t['kept']}); "
            f"false conflicts {t['false_conflicts']}; questions for given figures {t['asked_given']}; "
            f"{t['ms_per_case']} ms per case")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("dirs", nargs="*")
    ap.add_argument("--verbose", "-v", action="store_true")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    dirs = [Path(d) for d in args.dirs] or [ROOT / "tests" / "data" / d for d in DEFAULT
                                            if (ROOT / "tests" / "data" / d).is_dir()]
    results = []
    for d in dirs:
        results.append(run_dir(d, args.verbose))
        print(line(results[-1]) + "\n")
    if args.json:
        print(json.dumps(results, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
