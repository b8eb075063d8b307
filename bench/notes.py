"""Notes → tables on corpora of realistic notes (tests/data/notes*/ and tests/data/conversations/).

Per case and per corpus: cells right of the cells the notes determine, cases fully right, wrong numbers,
blanks where a value was determined, deliberately inconsistent cases reported *with the stated figures kept*,
false conflicts, and questions that ask for a figure the notes already gave. A conversation corpus (messages
with `kinds`) also reports the questions asked (the one shown after each message), repeated questions (the
same question again right after the official answered), the messages needed until the tables are complete
and right, and how many messages were told apart as their `kinds` say. `--verbose` lists every wrong or
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
from assistant.drafting.limits import TooLong  # noqa: E402
from assistant.form.official import cell_label  # noqa: E402
from assistant.settings import Settings  # noqa: E402

DEFAULT = ["notes", "notes_holdout", "notes_new", "notes_new_holdout", "notes_fresh", "notes_fresh_holdout", "notes_fresh2",
           "notes_fresh2_holdout", "conversations",
           "conversations_holdout", "conversations_fresh2", "conversations_fresh2_holdout", "notes_fresh3",
           "notes_fresh3_holdout", "conversations_fresh3", "conversations_fresh3_holdout", "notes_fresh4",
           "notes_fresh4_holdout", "conversations_fresh4", "conversations_fresh4_holdout"]


def given_cells(case: dict) -> dict[str, float]:
    """Cells the notes state one by one (not superseded): what a question must never ask for again."""
    return {s["cell"]: s["value"] for s in case["statements"] if "cell" in s and not s.get("superseded")}


def _complete(report, cells: dict) -> bool:
    return all(report.value(p) is not None and abs(float(report.value(p)) - float(v)) <= 1e-6 for p, v in cells.items())


def run_case(case: dict) -> dict:
    draft = new_draft(case.get("agency") or "某某县某某局", case.get("year") or 2025, case.get("level"))
    settings = Settings(llm_model=None)
    expect = case["expect"]
    kinds = case.get("kinds") or []
    asked: list[tuple[str, ...]] = []
    needed, kinds_right, repeated = None, 0, 0
    for k, text in enumerate(case["messages"]):
        try:
            draft, _ = add_notes(draft, text, settings)
        except TooLong:
            pass   # refused with its Chinese message, as in the app: the message's cells stay blank
        if kinds:
            got = set(draft.turns[-1].kinds) if getattr(draft, "turns", None) else {"notes"}  # before issue 21
            kinds_right += got == set(kinds[k].split("+"))
            q = next(iter(open_questions(draft)), None)
            cells = q.cells if q else ()
            # The same question again right after the official answered it.
            repeated += bool(asked and cells and cells == asked[-1] and "answer" in kinds[k])
            asked.append(cells)
            if needed is None and not expect.get("open") and _complete(tables_report(draft), expect["cells"]):
                needed = k + 1
    report = tables_report(draft)
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
    asked_given = [q.text for q in open_questions(draft) if q.cells and all(p in given for p in q.cells)]
    return {"right": right, "total": len(expect["cells"]), "wrong": wrong, "blank": blank, "lost": lost,
            "asked_given": asked_given, "conflict_expected": bool(expect.get("conflict")), "conflict_reported": conflict,
            "messages": len(case["messages"]) if kinds else 0, "kinds_right": kinds_right,
            "questions": len({c for c in questions_asked(asked)}), "repeated": repeated, "needed": needed}


def questions_asked(asked: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    return [c for c in asked if c]


def run_dir(folder: Path, verbose: bool) -> dict:
    files = sorted(folder.glob("*.json"))
    t = {"corpus": folder.name, "cases": len(files), "right": 0, "total": 0, "wrong": 0, "blank": 0, "full": 0,
         "conflicts": 0, "conflict_cases": 0, "kept": 0, "false_conflicts": 0, "asked_given": 0,
         "messages": 0, "kinds_right": 0, "questions": 0, "repeated": 0, "completed": 0, "needed": []}
    t0 = time.perf_counter()
    for f in files:
        case = json.loads(f.read_text(encoding="utf-8"))
        r = run_case(case)
        t["right"] += r["right"]
        t["total"] += r["total"]
        t["wrong"] += len(r["wrong"])
        t["blank"] += len(r["blank"])
        t["asked_given"] += len(r["asked_given"])
        for key in ("messages", "kinds_right", "questions", "repeated"):
            t[key] += r[key]
        if r["needed"] is not None:
            t["completed"] += 1
            t["needed"].append(r["needed"])
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
                  + (f", asked again: {r['asked_given'][0][:30]}…" if r["asked_given"] else "")
                  + (f", kinds {r['kinds_right']}/{r['messages']}, complete after {r['needed'] or '—'}"
                     f", repeated {r['repeated']}" if r["messages"] else ""))
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
            f"{t['ms_per_case']} ms per case"
            + (f"; messages told apart {t['kinds_right']}/{t['messages']}; questions asked {t['questions']}, repeated "
               f"{t['repeated']}; complete and right {t['completed']}/{t['cases']} cases, after "
               f"{_median(t['needed'])} messages (median)" if t["messages"] else ""))


def _median(xs: list[int]) -> str:
    if not xs:
        return "—"
    xs = sorted(xs)
    return f"{xs[len(xs) // 2]}" if len(xs) % 2 else f"{(xs[len(xs) // 2 - 1] + xs[len(xs) // 2]) / 2:g}"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("dirs", nargs="*")
    ap.add_argument("--verbose", "-v", action="store_true")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    # A folder, or a corpus by its name under tests/data.
    data = ROOT / "tests" / "data"
    dirs = [Path(d) if Path(d).is_dir() else data / d for d in args.dirs] or [data / d for d in DEFAULT
                                                                              if (data / d).is_dir()]
    results = []
    for d in dirs:
        results.append(run_dir(d, args.verbose))
        print(line(results[-1]) + "\n")
    if args.json:
        print(json.dumps(results, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
