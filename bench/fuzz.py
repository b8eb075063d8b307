"""Fuzz the parser and checker for a fixed time: random bytes, seeds with lines replaced, spliced seeds,
report-like noise, in every input format. Any exception other than `Unreadable` is a crash: the input is
saved under bench/out/crashes/ to become a regression test.

    .venv/bin/python bench/fuzz.py --minutes 10
"""
from __future__ import annotations

import argparse
import random
import sys
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from assistant.document import Unreadable  # noqa: E402
from assistant.export import export  # noqa: E402
from assistant.parse import parse_bytes, parse_file  # noqa: E402
from assistant.rules import check  # noqa: E402

SEED_FILES = sorted((ROOT / "corpus").glob("*.txt"))
SEEDS = [p.read_text(encoding="utf-8") for p in SEED_FILES]
RENDERED = {fmt: [export(parse_file(p), fmt) for p in SEED_FILES] for fmt in ("md", "html", "docx")}
TOKENS = ["", "\t", "\t-1", "\tabc", "\t1e9", "\t三", "五、", "<table><tr><td rowspan=99999>", "|---|", "\t" * 50,
          "一、总体情况", "\t（七）总计", "\t0.5", "2024年13月45日", "\x00", "\t/", "\t—", "| 1 | 2 |", "</td></tr>",
          "第二十条第（一）项", "\t行政强制", "\t四、结转下年度继续办理", "\u202e", "\ufeff", "𠀀" * 10]


def mutate(rng: random.Random) -> tuple[bytes, str]:
    kind = rng.randrange(5)
    if kind == 0:
        return rng.randbytes(rng.randrange(1, 6000)), rng.choice([".txt", ".md", ".html", ".docx"])
    if kind == 1:  # a seed with lines replaced, deleted or duplicated
        lines = rng.choice(SEEDS).split("\n")
        for _ in range(rng.randrange(1, 30)):
            i = rng.randrange(len(lines))
            op = rng.randrange(3)
            if op == 0:
                lines[i] = rng.choice(TOKENS)
            elif op == 1 and len(lines) > 1:
                del lines[i]
            else:
                lines.insert(i, lines[rng.randrange(len(lines))])
        return "\n".join(lines).encode(rng.choice(["utf-8", "gb18030"])), ".txt"
    if kind == 2:  # two seeds spliced
        a, b = rng.sample(SEEDS, 2)
        return (a[: rng.randrange(len(a))] + b[rng.randrange(len(b)):]).encode("utf-8"), ".txt"
    if kind == 3:  # a rendered format with bytes flipped
        fmt = rng.choice(["md", "html", "docx"])
        data = bytearray(rng.choice(RENDERED[fmt]))
        for _ in range(rng.randrange(1, 20)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        return bytes(data), "." + fmt
    text = "".join(rng.choice(TOKENS + list("一二三四五六、（）0123456789|\t\n 总计行政复议")) for _ in range(rng.randrange(2000)))
    return text.encode("utf-8"), rng.choice([".txt", ".md", ".html"])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--minutes", type=float, default=10)
    ap.add_argument("--seed", type=int, default=1)
    o = ap.parse_args()
    rng = random.Random(o.seed)
    out = ROOT / "bench" / "out" / "crashes"
    end = time.time() + o.minutes * 60
    runs = unreadable = crashes = 0
    while time.time() < end:
        data, suffix = mutate(rng)
        runs += 1
        try:
            check(parse_bytes(data, suffix))
        except Unreadable:
            unreadable += 1
        except Exception:
            crashes += 1
            out.mkdir(parents=True, exist_ok=True)
            (out / f"crash{crashes:03d}{suffix}").write_bytes(data)
            (out / f"crash{crashes:03d}.txt.trace").write_text(traceback.format_exc(), encoding="utf-8")
    print(f"fuzz: {runs} inputs in {o.minutes:g} min ({runs / (o.minutes * 60):.0f}/s), "
          f"{unreadable} refused as unreadable, {crashes} crashes")
    sys.exit(1 if crashes else 0)


if __name__ == "__main__":
    main()
