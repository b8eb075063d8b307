"""Fuzz the parser and checker for a fixed time: random bytes, seeds with lines replaced, spliced seeds,
report-like noise, in every input format, and structure-aware hostile inputs (huge spans, deep nesting,
zip parts, unclosed markup, long numbers). Any exception other than `Unreadable` is a crash; an input over
the time or memory budget counts too. Inputs run in worker processes (assistant.isolate) with the app's
limits, so a hang is killed and counted instead of stopping the run. Offending inputs are saved under
bench/out/crashes/ to become regression tests.

    .venv/bin/python bench/fuzz.py --minutes 10
"""
from __future__ import annotations

import argparse
import io
import random
import resource
import sys
import time
import traceback
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from assistant.readers.document import Unreadable  # noqa: E402
from assistant.export import export  # noqa: E402
from assistant.parse import parse_bytes, parse_file  # noqa: E402
from assistant.checks.rules import check  # noqa: E402
from assistant.review import isolate  # noqa: E402

SEED_FILES = sorted((ROOT / "corpus").glob("*.txt"))
SEEDS = [p.read_text(encoding="utf-8") for p in SEED_FILES]
_RENDERED: dict[str, list[bytes]] = {}


def rendered(fmt: str) -> list[bytes]:
    """The seeds exported to a format; built on first use (the workers import this file and never need it)."""
    if fmt not in _RENDERED:
        _RENDERED[fmt] = [export(parse_file(p), fmt) for p in SEED_FILES]
    return _RENDERED[fmt]
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
        data = bytearray(rng.choice(rendered(fmt)))
        for _ in range(rng.randrange(1, 20)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        return bytes(data), "." + fmt
    text = "".join(rng.choice(TOKENS + list("一二三四五六、（）0123456789|\t\n 总计行政复议")) for _ in range(rng.randrange(2000)))
    return text.encode("utf-8"), rng.choice([".txt", ".md", ".html"])


# --- structure-aware generators ------------------------------------------------------------------------

def _cell(rng: random.Random) -> str:
    return rng.choice(["0", "12", "1" * rng.choice([16, 22, 400, 5000]), "1e30", "-0", "9" * 19, "1,234,567",
                       "三", "", "0." + "0" * 300 + "1"])


def spans(rng: random.Random) -> tuple[bytes, str]:
    """A table whose row/colspans expand far beyond its bytes."""
    big = rng.choice([10**3, 10**5, 10**9, 2**31])
    cells = "".join(f"<td rowspan={rng.choice([1, big])} colspan={rng.choice([1, big])}>{_cell(rng)}</td>"
                    for _ in range(rng.randrange(1, 400)))
    html = f"<html><body><p>一、总体情况</p><table>{'<tr>' + cells + '</tr>' * rng.randrange(1, 50)}</table></body></html>"
    return html.encode(), rng.choice([".html", ".txt", ".md"])


def nesting(rng: random.Random) -> tuple[bytes, str]:
    depth = rng.choice([100, 1000, 5000, 20000])
    tag = rng.choice(["table><tr><td", "div", "blockquote", "ul><li"])
    opens = "".join(f"<{tag}>" for _ in range(depth))
    return f"<html><body>{opens}{_cell(rng)}</body></html>".encode(), rng.choice([".html", ".md"])


def unclosed(rng: random.Random) -> tuple[bytes, str]:
    """Markup that never closes, in markdown and text, on one line or many."""
    piece = rng.choice(["<table", "<table><tr><td>", "<td", "<!--", "<![CDATA[", "| a |", "```", "<tr"])
    sep = rng.choice(["", " ", "\n"])
    text = "一、总体情况\n" + sep.join(piece for _ in range(rng.randrange(1, 20000)))
    return text.encode(), rng.choice([".md", ".txt", ".html"])


def long_numbers(rng: random.Random) -> tuple[bytes, str]:
    lines = rng.choice(SEEDS).split("\n")
    for _ in range(rng.randrange(1, 20)):
        i = rng.randrange(len(lines))
        if "\t" in lines[i]:
            lines[i] = "\t" + _cell(rng)
    return "\n".join(lines).encode(), ".txt"


def zip_parts(rng: random.Random) -> tuple[bytes, str]:
    """A .docx with a part that expands (a compression bomb), a huge table, or parts missing or duplicated."""
    source = zipfile.ZipFile(io.BytesIO(rng.choice(rendered("docx"))))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "word/document.xml":
                kind = rng.randrange(4)
                if kind == 0:  # a table of many rows
                    row = b"<w:tr><w:tc><w:p><w:r><w:t>" + _cell(rng).encode() + b"</w:t></w:r></w:p></w:tc></w:tr>"
                    data = data.replace(b"<w:tbl>", b"<w:tbl>" + row * rng.choice([10**3, 10**5]), 1)
                elif kind == 1:
                    data = data[: rng.randrange(len(data))]
                elif kind == 2:
                    continue  # the main part missing
            z.writestr(info.filename, data)
        if rng.random() < 0.5:  # a media part that expands a thousandfold
            z.writestr("word/media/image1.png", b"\0" * rng.choice([10**6, 5 * 10**7]))
    return buf.getvalue(), ".docx"


STRUCTURED = [spans, nesting, unclosed, long_numbers, zip_parts]


def generate(rng: random.Random) -> tuple[bytes, str]:
    return rng.choice(STRUCTURED)(rng) if rng.random() < 0.5 else mutate(rng)


def run_one(data: bytes, suffix: str) -> tuple[str, float, int, str]:
    """(outcome, seconds, peak RSS of this worker in KB, trace) for one input."""
    t = time.perf_counter()
    try:
        check(parse_bytes(data, suffix))
        outcome, trace = "ok", ""
    except Unreadable:
        outcome, trace = "unreadable", ""
    except Exception:
        outcome, trace = "crash", traceback.format_exc()
    return outcome, time.perf_counter() - t, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, trace


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--minutes", type=float, default=10)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--seconds", type=float, default=2.0, help="time budget per input")
    ap.add_argument("--memory-mb", type=int, default=500, help="memory budget per input (worker RSS)")
    o = ap.parse_args()
    rng = random.Random(o.seed)
    import fuzz as by_name  # a worker imports its job by module name; it never runs this script's __main__
    out = ROOT / "bench" / "out" / "crashes"
    end = time.time() + o.minutes * 60
    runs = unreadable = crashes = slow = heavy = 0
    slowest, slowest_kind, peak = 0.0, "", 0
    # a worker gets 4x the time budget (and a hard memory limit) before it is killed and the input counted

    def save(data: bytes, suffix: str, why: str) -> None:
        n = crashes + slow + heavy
        out.mkdir(parents=True, exist_ok=True)
        (out / f"crash{n:03d}{suffix}").write_bytes(data)
        (out / f"crash{n:03d}.txt.trace").write_text(why, encoding="utf-8")

    while time.time() < end:
        batch = [generate(rng) for _ in range(200)]
        results = isolate.run(by_name.run_one, batch, workers=2, seconds=4 * o.seconds, memory_mb=4 * o.memory_mb)
        for (data, suffix), (status, value) in zip(batch, results):
            runs += 1
            if status != "ok":  # killed: over time, or died
                slow += 1
                save(data, suffix, value)
                continue
            outcome, seconds, rss_kb, trace = value
            peak = max(peak, rss_kb)
            if seconds > slowest:
                slowest, slowest_kind = seconds, f"{suffix} {len(data)} bytes"
            if outcome == "unreadable":
                unreadable += 1
            elif outcome == "crash":
                crashes += 1
                save(data, suffix, trace)
            if seconds > o.seconds:
                slow += 1
                save(data, suffix, f"{seconds:.2f} s")
            if rss_kb > o.memory_mb * 1024:
                heavy += 1
    minutes = o.minutes
    print(f"fuzz: {runs} inputs in {minutes:g} min ({runs / (minutes * 60):.0f}/s), {unreadable} refused as "
          f"unreadable, {crashes} crashes, {slow} over {o.seconds:g} s or killed, {heavy} workers over "
          f"{o.memory_mb} MB; slowest {slowest:.2f} s ({slowest_kind}); peak worker RSS {peak // 1024} MB")
    sys.exit(1 if crashes or slow or heavy else 0)


if __name__ == "__main__":
    main()
