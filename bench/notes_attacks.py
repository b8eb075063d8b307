"""The notes attacks of issue 27, timed the way another user of the server feels them.

Each attack runs in a thread of this process (as a Streamlit script would) while a second thread ticks every
5 ms and records the longest it had to wait, and the most CPU this process spent during one wait (the GIL held by
the attack: a regex or a string method in C holds it for as long as it runs; a wait without CPU spent here is the
machine's other load); the attack's wall time and this process's CPU time are printed with its outcome.

    .venv/bin/python bench/notes_attacks.py            # with the worker (the app and the CLI hand it in)
    .venv/bin/python bench/notes_attacks.py --here     # everything in this process, as before issue 27
    PYTHONPATH=/path/to/old/checkout python bench/notes_attacks.py --here   # an older release

Results in bench/README.md.
"""
from __future__ import annotations

import argparse
import random
import threading
import time


def attacks():
    from assistant.drafting import add_notes, new_draft, revise_section, section_flags
    from assistant.drafting.state import SectionDraft
    from assistant.review.diff import word_diff
    try:
        from assistant.drafting.limits import bounded
    except ImportError:  # an older release: no limits
        def bounded(task, *args, size):
            return task(*args)
    random.seed(27)
    base = new_draft("东城县教育局", 2024)
    guarded = base.model_copy(deep=True)
    guarded.sections[1] = SectionDraft(text="二" * 2_000, origin="llm")  # 6 KB of numerals
    revised = base.model_copy(deep=True)
    revised.sections[1] = SectionDraft(text="的" * 5_000, origin="user")
    numbers = " ".join(str(random.randint(1, 999)) for _ in range(4_000))
    a, b = "的政府信息" * 4_000, "是公开申请" * 4_000
    return [
        ("guard: 6 KB of Chinese numerals in a section", lambda: section_flags(guarded, 1)),
        ("revise: a 146 KB instruction", lambda: revise_section(revised, 1, "把" + "的改为" * 48_700)),
        ("notes: 16 000 chars of 二十件，", lambda: add_notes(base, "二十件，" * 4_000)),
        ("notes: 25 000 Chinese numerals", lambda: add_notes(base, "二十件，" * 6_250)),
        ("notes: 4 000 numbers, no clause", lambda: add_notes(base, numbers)),
        ("notes: one 1 500-clause sentence", lambda: add_notes(base, "，".join(f"收到申请{i}件" for i in range(1_500)))),
        ("notes: 20 000 quotation marks", lambda: add_notes(base, "“" * 20_000)),
        ("notes: 1.5 MB", lambda: add_notes(base, "收到申请5件。" * 214_000)),
        ("diff: two 20 000-char sections", lambda: bounded(word_diff, a, b, size=len(a) + len(b))),
    ]


def probe(run) -> tuple[float, float, float, float, str]:
    """(longest wait of the ticking thread in ms, the most CPU this process spent within one such wait in ms,
    wall s, CPU s of this process, outcome). A wait with no CPU spent here is the machine's other load (the
    worker included) keeping this process off a core; CPU spent here during a wait is the attack holding the GIL."""
    done = threading.Event()
    worst = [0.0, 0.0]

    def tick():
        last, cpu = time.perf_counter(), time.process_time()
        while not done.is_set():
            time.sleep(0.005)
            now, now_cpu = time.perf_counter(), time.process_time()
            worst[0] = max(worst[0], now - last - 0.005)
            worst[1] = max(worst[1], min(now - last - 0.005, now_cpu - cpu))
            last, cpu = now, now_cpu

    out = ["ok"]

    def attack():
        try:
            run()
        except Exception as e:  # noqa: BLE001 — the outcome is what the bench reports
            out[0] = f"{type(e).__name__}: {str(e)[:40]}"

    ticker = threading.Thread(target=tick)
    ticker.start()
    cpu, wall = time.process_time(), time.perf_counter()
    t = threading.Thread(target=attack)
    t.start()
    t.join()
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    done.set()
    ticker.join()
    return worst[0] * 1000, worst[1] * 1000, wall, cpu, out[0]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--here", action="store_true", help="no worker: everything in this process")
    args = ap.parse_args()
    from assistant.drafting import add_notes, new_draft
    if not args.here:
        from assistant.review.isolate import offload_drafting
        offload_drafting()
    add_notes(new_draft("东城县教育局", 2024), "收到申请5件。")  # imports, caches and the fork server: not an attack
    print(f"{'attack':<44} {'max wait ms':>11} {'GIL held ms':>11} {'wall s':>7} {'CPU s':>6}  outcome")
    for name, run in attacks():
        gap, held, wall, cpu, outcome = probe(run)
        print(f"{name:<44} {gap:>11.0f} {held:>11.0f} {wall:>7.2f} {cpu:>6.2f}  {outcome}", flush=True)


if __name__ == "__main__":
    main()
