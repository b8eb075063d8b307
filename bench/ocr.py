"""Scanned reports read by OCR: cells right before and after the identities settle the unsure digits, false
arithmetic errors on correct reports, a planted wrong figure still caught, CPU seconds and memory per page.

The scans are generated (tests/scans.py): each report's tables drawn in the official layout, degraded (rotation
±2°, blur, noise, a red seal, a fold shadow, JPEG 40–70), saved as an image-only PDF.

    .venv/bin/python bench/ocr.py [--reports N] [--holdout]
"""
from __future__ import annotations

import argparse
import glob
import os
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from scans import degrade, page_images, to_pdf  # noqa: E402

from assistant.checks.rules import check  # noqa: E402
from assistant.form.official import ALL_PATHS  # noqa: E402
from assistant.parse import _parse_blocks, parse_blocks, parse_file  # noqa: E402
from assistant.readers.registry import read_bytes  # noqa: E402

ARITHMETIC = ("R3-1", "R3-2", "R3-3", "R4-1")


def reports(n: int) -> list[Path]:
    seeds = sorted(glob.glob(str(ROOT.parent / "shared" / "data" / "seeds" / "*.txt")))
    gold = sorted(glob.glob(str(ROOT / "tests" / "data" / "reports" / "*.txt")))
    return [Path(p) for p in (seeds + gold)[:n]]


def arithmetic(report) -> set[str]:
    return {f.rule for f in check(report) if f.rule in ARITHMETIC and f.severity == "error"}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--reports", type=int, default=5)
    ap.add_argument("--holdout", action="store_true", help="other degradations: stronger blur and rotation")
    args = ap.parse_args()
    cells = right_before = right_after = pages_total = 0
    cpu_total = 0.0
    false_errors = planted = planted_caught = 0
    for path in reports(args.reports):
        gold = parse_file(path)
        if arithmetic(gold):
            continue  # only reports whose tables add up: a false error must be the OCR's
        seed = sum(map(ord, path.name))
        imgs = [degrade(p, seed + i, rotate=3.0 if args.holdout else 2.0, jpeg=(30, 50) if args.holdout else (40, 70))
                for i, p in enumerate(page_images(gold))]
        t = time.process_time()
        blocks = read_bytes(to_pdf(imgs), ".pdf")
        cpu = time.process_time() - t
        before, after = _parse_blocks(blocks), parse_blocks(blocks)
        paths = [p for p in ALL_PATHS if gold.value(p) is not None]
        b = sum(before.value(p) == gold.value(p) for p in paths)
        a = sum(after.value(p) == gold.value(p) for p in paths)
        cells += len(paths)
        right_before += b
        right_after += a
        pages_total += len(imgs)
        cpu_total += cpu
        errs = arithmetic(after)
        false_errors += bool(errs)
        # A planted wrong figure: 予以公开 总计 one more on the page, every other cell as written.
        bad = gold.model_copy(deep=True)
        bad.put("applications.granted[6]", (gold.value("applications.granted[6]") or 0) + 1)
        bad_imgs = [degrade(p, seed + i) for i, p in enumerate(page_images(bad))]
        caught = bool(arithmetic(parse_blocks(read_bytes(to_pdf(bad_imgs), ".pdf"))))
        planted += 1
        planted_caught += caught
        print(f"{path.name}: {len(imgs)} pages, {cpu:.1f} s CPU, cells {b}/{len(paths)} before, {a}/{len(paths)} after, "
              f"false arithmetic errors {sorted(errs) or 'none'}, planted error caught: {caught}", flush=True)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\ncells right before correction {right_before}/{cells} ({100 * right_before / max(cells, 1):.2f} %), "
          f"after {right_after}/{cells} ({100 * right_after / max(cells, 1):.2f} %)")
    print(f"reports with a false arithmetic error: {false_errors}; planted errors caught {planted_caught}/{planted}")
    print(f"CPU per page {cpu_total / max(pages_total, 1):.1f} s ({os.cpu_count()} cores), peak RSS {rss:.0f} MB")


if __name__ == "__main__":
    main()
