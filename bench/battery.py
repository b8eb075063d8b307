"""Sentence batteries (tests/data/batteries/battery_*.py): each message read as a chat, the cells it settles checked.

    .venv/bin/python bench/battery.py [FILE ...] [--verbose]
"""
from __future__ import annotations

import argparse
import runpy
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from assistant.drafting import add_notes, new_draft, tables_report  # noqa: E402
from assistant.settings import Settings  # noqa: E402


def path(short: str) -> str:
    if short.startswith(("active.", "applications.", "review_litigation.")):
        return short
    return ("review_litigation." if short.startswith(("review", "litigation")) else "applications.") + short


def run(file: Path, verbose: bool) -> tuple[int, int, int]:
    """(cases fully right, cases, cells wrong — a figure other than the one expected)."""
    cases = runpy.run_path(str(file))["CASES"]
    ok = wrong = 0
    for messages, want in cases:
        draft = new_draft("青山县自然资源局", 2025)
        for m in (messages,) if isinstance(messages, str) else messages:
            draft, _ = add_notes(draft, m, Settings(llm_model=None))
        t = tables_report(draft)
        got = {p: t.value(path(p)) for p in want}
        miss = [(p, v, got[p]) for p, v in want.items() if got[p] is None or abs(float(got[p]) - float(v)) > 1e-6]
        wrong += sum(g is not None for _, _, g in miss)
        ok += not miss
        if miss and verbose:
            print("--", " | ".join((messages,) if isinstance(messages, str) else messages)[:100])
            print("    ", "; ".join(f"{p}: want {v}, got {g}" for p, v, g in miss)[:300])
    return ok, len(cases), wrong


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="*")
    ap.add_argument("--verbose", "-v", action="store_true")
    a = ap.parse_args()
    files = [Path(f) for f in a.files] or sorted((ROOT / "tests" / "data" / "batteries").glob("battery_*.py"))
    for f in files:
        ok, n, wrong = run(f, a.verbose)
        print(f"{f.stem}: {ok}/{n} messages fully right; {wrong} cells with a wrong figure")
    return 0


if __name__ == "__main__":
    sys.exit(main())
