"""Official prose from notes: every notes case of the corpora (tests/data/notes*/, tests/data/conversations/)
drafted offline, and the narrative sections (一、五、六) measured.

Per corpus: report sentences sharing a run of ≥ 10 characters with a note line (a fact's content words
aside), register-rule (S-11) hits, placeholders where the notes gave the fact, and facts reaching the
section the form's plan gives them (the composer's own facts, and the corpus's gold `expect.narrative`
where its section is known). `--sample ID ...` prints the notes and sections 一 and 五 of some cases.

    .venv/bin/python bench/prose.py [--verbose] [--json] [--sample ID ...]
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from assistant.checks.register import hits, sentences  # noqa: E402
from assistant.drafting import add_notes, facts, full_report, new_draft, placeholders  # noqa: E402
try:
    from assistant.drafting.composer import draft_points  # noqa: E402
except ImportError:  # the composer before facts (for the "before" figures): no points
    def draft_points(d):
        return []
from assistant.drafting.evaluate import note_copies  # noqa: E402
from assistant.form import official as form  # noqa: E402
from assistant.model.numbers import fmt  # noqa: E402
from assistant.settings import Settings  # noqa: E402

DATA = ROOT / "tests" / "data"
DEFAULT = ["notes", "notes_holdout", "notes_new", "notes_new_holdout", "conversations"]
# The gold's narrative keys whose place the form's plan knows (the others are work figures of the body,
# 婚姻登记 or 接待游客, that no subsection asks for).
GOLD_PLAN = {"网站发布信息": (1, 0), "政务新媒体发布信息": (1, 0), "主动公开信息": (1, 0), "信息处理费": (6, 0),
             "培训": (1, 4), "工作考核": (1, 4), "社会评议": (1, 4), "责任追究": (1, 4), "存在问题": (5, 0),
             "改进措施": (5, 1)}
GOLD_KIND = {"工作考核": "assessment", "社会评议": "appraisal", "责任追究": "accountability", "存在问题": "problem",
             "改进措施": "measure"}
# What each placeholder of the composer asks for: it is a lost fact only when the notes gave one of these.
ASKS = {"主动公开政府信息": ("主动公开信息", "政府网站发布信息", "政务新媒体发布信息", "政策解读"),
        "政府信息管理": ("management",), "平台建设": ("platform", "政府网站发布信息", "政务新媒体发布信息"),
        "保障措施": ("业务培训", "培训人次", "assessment", "appraisal", "accountability"),
        "工作考核": ("assessment",), "社会评议": ("appraisal",), "责任追究": ("accountability",),
        "具体问题": ("problem",), "改进措施": ("measure",), "原因和整改": ("correction_cause", "correction_fix"),
        "信息处理费": ("信息处理费",)}


def draft(case: dict):
    d = new_draft(case.get("agency") or "某某县某某局", case.get("year") or 2025, case.get("level"))
    for text in case["messages"]:
        d, _ = add_notes(d, text, Settings(llm_model=None))
    return d, full_report(d)


def subsection(report, n: int, sub: int) -> str:
    """The text of subsection `sub` of section n ("（一）…" lines), or the whole section when it has none."""
    text = report.section_text(n)
    mark = f"（{form.CN_NUMERALS[sub]}）"
    lines = [line for line in text.split("\n") if line.startswith(mark)]
    return lines[0] if lines else ("" if re.search(r"^（", text, re.M) else text)


def run_case(case: dict) -> dict:
    d, report = draft(case)
    narrative = "\n".join(report.section_text(n) for n in form.NARRATIVE_SECTIONS)
    pts = draft_points(d)
    content = [w for p in pts for w in p.words] + [d.agency]
    copies = note_copies(narrative, case["messages"], content)
    register = [(mk.name, words, s) for s in sentences(narrative) for mk, words in hits(s)]
    given = {p.kind for p in pts} | {f.label for f in facts(d)}
    given |= {k for key, k in GOLD_KIND.items() if (case["expect"].get("narrative") or {}).get(key)}
    lost_placeholders = [mark for mark in placeholders(narrative)
                         if any(given & set(kinds) for ask, kinds in ASKS.items() if ask in mark)]
    reached, missed = 0, []
    for f in facts(d):
        if f.label in getattr(form, "FACT_PLAN", {}):
            where = subsection(report, *form.FACT_PLAN[f.label])
            ok = fmt(f.value) in where or (f.value == 0 and "未收取" in where)
            reached += ok
            missed += [] if ok else [f.label]
    for p in pts:
        if p.kind not in form.FACT_PLAN:
            continue
        ok = p.text in subsection(report, *form.FACT_PLAN[p.kind])
        reached += ok
        missed += [] if ok else [p.kind + "：" + p.text]
    gold_ok, gold_missed = 0, []
    for key, value in (case["expect"].get("narrative") or {}).items():
        if key not in GOLD_PLAN or value is None:
            continue
        where = subsection(report, *GOLD_PLAN[key])
        nums = [x for x in re.findall(r"\d+(?:\.\d+)?", str(value).replace(",", "")) if not re.fullmatch(r"20\d\d", x)]
        if key in GOLD_KIND and not nums:
            ok = any(p.kind == GOLD_KIND[key] and p.text in where for p in pts)
        elif nums:
            ok = all(x in where.replace(",", "") for x in nums)
        else:
            ok = "未收取" in where if key == "信息处理费" else not placeholders(where)
        gold_ok += ok
        gold_missed += [] if ok else [f"{key}={value}"]
    return {"id": case["id"], "copies": copies, "register": register, "lost_placeholders": lost_placeholders,
            "facts": reached + len(missed), "reached": reached, "missed": missed,
            "gold": gold_ok + len(gold_missed), "gold_reached": gold_ok, "gold_missed": gold_missed}


def run_dir(folder: Path, verbose: bool) -> dict:
    t = {"corpus": folder.name, "cases": 0, "copied": 0, "register": 0, "lost_placeholders": 0, "facts": 0,
         "reached": 0, "gold": 0, "gold_reached": 0, "failed": 0}
    t0 = time.process_time()
    for f in sorted(folder.glob("*.json")):
        t["cases"] += 1
        try:
            r = run_case(json.loads(f.read_text(encoding="utf-8")))
        except Exception as e:  # a case the drafting cannot read is counted, not fatal
            t["failed"] += 1
            print(f"  {f.stem}: failed {type(e).__name__}: {e}")
            continue
        t["copied"] += len(r["copies"])
        t["register"] += len(r["register"])
        t["lost_placeholders"] += len(r["lost_placeholders"])
        for k in ("facts", "reached", "gold", "gold_reached"):
            t[k] += r[k]
        if verbose and (r["copies"] or r["register"] or r["lost_placeholders"] or r["missed"] or r["gold_missed"]):
            print(f"  {r['id']}: copied {r['copies']} register {r['register']} placeholders {r['lost_placeholders']}"
                  f" missed {r['missed']} gold missed {r['gold_missed']}")
    t["cpu_s"] = round(time.process_time() - t0, 1)
    return t


def sample(case_id: str) -> None:
    path = next(p for d in DEFAULT for p in (DATA / d).glob(f"{case_id}*.json"))
    case = json.loads(path.read_text(encoding="utf-8"))
    _, report = draft(case)
    print(f"### {case['id']}\n\nNotes:\n")
    for m in case["messages"]:
        print("> " + m.replace("\n", "\n> ") + "\n")
    for n in (1, 5):
        print(f"{form.SECTION_HEADINGS[n]}\n\n" + report.section_text(n).replace("\n", "\n\n") + "\n")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("dirs", nargs="*", default=DEFAULT)
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--sample", nargs="+")
    a = ap.parse_args()
    if a.sample:
        for case_id in a.sample:
            sample(case_id)
        return
    rows = [run_dir(Path(d) if Path(d).is_dir() else DATA / d, a.verbose) for d in a.dirs]
    if a.json:
        print(json.dumps(rows, ensure_ascii=False, indent=1))
        return
    print("| corpus | cases | failed | copied sentences | S-11 hits | placeholders for given facts |"
          " facts in their section | gold facts in their section | CPU s |")
    print("|---|---|---|---|---|---|---|---|---|")
    total = {k: sum(r[k] for r in rows) for k in rows[0] if k != "corpus"}
    for r in rows + [dict(total, corpus="all")]:
        print(f"| {r['corpus']} | {r['cases']} | {r['failed']} | {r['copied']} | {r['register']} | {r['lost_placeholders']} | "
              f"{r['reached']}/{r['facts']} | {r['gold_reached']}/{r['gold']} | {r['cpu_s']:.1f} |")


if __name__ == "__main__":
    main()
