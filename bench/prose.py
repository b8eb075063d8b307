"""Official prose from notes: every notes case of the corpora (tests/data/notes*/, tests/data/conversations/)
drafted offline, and the narrative sections (一、五、六) measured.

Per corpus: report sentences sharing a run of ≥ 10 characters with a note line (a fact's content words
aside), register-rule (S-11) hits, placeholders where the notes gave the fact, and facts reaching the
section the form's plan gives them (the composer's own facts, and the corpus's gold `expect.narrative`
where its section is known). `--sample ID ...` prints the notes and sections 一 and 五 of some cases.
Prose-answer cases (tests/data/prose_answers*/) are driven by the question asked (see `answered`), and their
gold also counts the platforms and management practices told; "prose replies asked for" counts the replies
that met the assistant's own question for their topic.

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
from assistant.drafting import (NARRATIVE_QUESTIONS, add_notes, conflicts, facts, full_report, narrative_questions,  # noqa: E402
                                new_draft, open_questions, placeholders, set_cell, view)
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
# The cells an official types (no row or column total): what the answers driver fills with 0.
INPUT = set(form.ALL_PATHS) - {i.total for i in form.IDENTITIES if i.rule != "R3-1"}
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
    if "platforms" in case["expect"]:
        return answered(d, case)
    for text in case["messages"]:
        d, _ = add_notes(d, text, Settings(llm_model=None))
    return d, full_report(d)


def answered(d, case: dict):
    """A prose-answer case (tests/data/prose_answers*): the figures, then one reply per prose question, written
    for the topics in NARRATIVE_QUESTIONS' order. The table cells the figures left open are typed in as 0 (the
    official fills them in the table); each reply is sent when the assistant asks its topic, the rest in order
    once it asks nothing of theirs. `asked_in_turn` counts replies that met their own question."""
    settings = Settings(llm_model=None)
    d, _ = add_notes(d, case["messages"][0], settings)
    known = view(d).tables
    for p in form.ALL_PATHS:  # a 0 that contradicts a figure said (a total whose parts went unread) stays open
        if p in INPUT and known.value(p) is None:
            zeroed = set_cell(d, p, 0)
            d = zeroed if len(conflicts(zeroed)) <= len(conflicts(d)) else d
    replies = dict(zip([topic for topic, _ in NARRATIVE_QUESTIONS], case["messages"][1:]))
    met = 0
    while replies:
        q = next(iter(open_questions(d) or narrative_questions(d)), None)
        topic = next((t for t, text in NARRATIVE_QUESTIONS if q and q.text == text and t in replies), None)
        met += topic is not None
        d, _ = add_notes(d, replies.pop(topic or next(iter(replies))), settings)
    case["asked_in_turn"] = met
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
        if key in GOLD_KIND and re.fullmatch(r"(没有|无|未.{0,12})[。.]?", str(value)):  # told it did not happen
            word = {"工作考核": "考核", "社会评议": "评议", "责任追究": "追究", "存在问题": "问题",
                    "改进措施": "改进"}[key]
            ok = any(word in c and re.search("未|没有|无", c) for c in re.split("[，；。]", where))
        elif key in GOLD_KIND and not nums:
            ok = any(p.kind == GOLD_KIND[key] and p.text in where for p in pts)
        elif nums:
            ok = all(x in where.replace(",", "") for x in nums)
        else:
            ok = "未收取" in where if key == "信息处理费" else not placeholders(where)
        gold_ok += ok
        gold_missed += [] if ok else [f"{key}={value}"]
    for key, plan in (("platforms", (1, 3)), ("management", (1, 2))):  # prose-answer cases: the items told
        where = subsection(report, *plan)
        for item in case["expect"].get(key) or ():
            ok = _shares(item, where)
            gold_ok += ok
            gold_missed += [] if ok else [f"{key}={item}"]
    return {"id": case["id"], "copies": copies, "register": register, "lost_placeholders": lost_placeholders,
            "facts": reached + len(missed), "reached": reached, "missed": missed,
            "gold": gold_ok + len(gold_missed), "gold_reached": gold_ok, "gold_missed": gold_missed,
            "replies": len(case["messages"]) - 1 if "asked_in_turn" in case else 0, "met": case.get("asked_in_turn", 0)}


def _shares(item: str, where: str) -> bool:
    """The item's words are in the text: a run of 4 of its characters (all of a shorter item), quotes aside."""
    item = re.sub(r"[“”\"'‘’「」（）()]", "", item)
    n = min(4, len(item))
    return any(item[i:i + n] in where for i in range(len(item) - n + 1))


def run_dir(folder: Path, verbose: bool) -> dict:
    t = {"corpus": folder.name, "cases": 0, "copied": 0, "register": 0, "lost_placeholders": 0, "facts": 0,
         "reached": 0, "gold": 0, "gold_reached": 0, "failed": 0,
         "replies": 0, "met": 0}
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
        for k in ("facts", "reached", "gold", "gold_reached", "replies", "met"):
            t[k] += r[k]
        if verbose and (r["copies"] or r["register"] or r["lost_placeholders"] or r["missed"] or r["gold_missed"]):
            print(f"  {r['id']}: copied {r['copies']} register {r['register']} placeholders {r['lost_placeholders']}"
                  f" missed {r['missed']} gold missed {r['gold_missed']}")
    t["cpu_s"] = round(time.process_time() - t0, 1)
    return t


def sample(case_id: str, dirs: list[str]) -> None:
    path = next(p for d in dirs for p in (DATA / d).glob(f"{case_id}*.json"))
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
            sample(case_id, a.dirs)
        return
    rows = [run_dir(Path(d) if Path(d).is_dir() else DATA / d, a.verbose) for d in a.dirs]
    if a.json:
        print(json.dumps(rows, ensure_ascii=False, indent=1))
        return
    print("| corpus | cases | failed | copied sentences | S-11 hits | placeholders for given facts |"
          " facts in their section | gold facts in their section | prose replies asked for | CPU s |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    total = {k: sum(r[k] for r in rows) for k in rows[0] if k != "corpus"}
    for r in rows + [dict(total, corpus="all")]:
        print(f"| {r['corpus']} | {r['cases']} | {r['failed']} | {r['copied']} | {r['register']} | {r['lost_placeholders']} | "
              f"{r['reached']}/{r['facts']} | {r['gold_reached']}/{r['gold']} | {r['met']}/{r['replies']} | {r['cpu_s']:.1f} |")


if __name__ == "__main__":
    main()
