"""Measure drafting: draft a folder of notes with the configured model (or offline) and score every draft by
the rules, so a user can compare models and prompts on their own notes.

Per draft: rule errors and warnings, 〔待补充〕 placeholders, number flags (figures not in the facts), copy rate
(the share of the section's 12-character runs found verbatim in the example corpus), missing sub-sections of
一、总体情况, the length of each narrative section, which sections the model wrote and which fell back to the
composer and why (`acceptance.CHECKS`, or an LLM failure such as the deadline), and the seconds a draft took.
Each case is reported as it finishes (`on_score`), so a run cut short keeps its results.
"""
from __future__ import annotations

import json
import re
import time
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path

from ..checks.rules import check, summary
from ..corpus.copying import copy_rate, corpus_shingles
from .. import prompts
from ..form import official as form
from ..readers.registry import TYPED_TEXT, suffix_of
from ..settings import Settings
from .composer import full_report, placeholders
from .dialogue import add_notes
from .guard import section_flags
from .state import new_draft
from .writer import draft_all


@dataclass
class Score:
    name: str
    errors: int = 0
    warnings: int = 0
    placeholders: int = 0
    number_flags: int = 0
    copy_rate: float = 0.0                 # of the narrative text, 0–1
    missing_subsections: list[str] = field(default_factory=list)
    length: dict[int, int] = field(default_factory=dict)
    origin: dict[int, str] = field(default_factory=dict)  # llm / composer (a fallback shows here)
    fallback: dict[int, str] = field(default_factory=dict)  # why the model's section was not used (its kind)
    seconds: float = 0.0                                   # to draft the whole case (notes and sections)
    notes: list[str] = field(default_factory=list)        # why the LLM was not used, or what it did wrong
    llm: bool = False                                      # drafted with the configured model


def score_case(name: str, messages: list[str], agency: str, year: int, settings: Settings,
               level: str | None = None) -> Score:
    start = time.monotonic()
    d = new_draft(agency, year, level)
    for m in messages:
        d, _ = add_notes(d, m, settings)
    d = draft_all(d, settings)
    report = full_report(d)
    s = summary(check(report))
    out = Score(name=name, errors=s["errors"], warnings=s["warnings"], llm=settings.llm_enabled,
                seconds=round(time.monotonic() - start, 1))
    narrative = ""
    for n in form.NARRATIVE_SECTIONS:
        text = report.section_text(n)
        narrative += text
        out.length[n] = len(text)
        out.placeholders += len(placeholders(text))
        out.number_flags += len(section_flags(d, n, report))
        sec = d.sections.get(n)
        out.origin[n] = sec.origin if sec else ""
        if sec and sec.fallback:
            out.fallback[n] = sec.fallback
        if sec and sec.note:
            out.notes.append(f"第{n}部分：{sec.note}")
    out.copy_rate = round(copy_rate(narrative, corpus_shingles(str(settings.corpus_dir))), 3)
    one = report.section_text(1)
    out.missing_subsections = [t for t, words in form.OVERVIEW_TOPICS if not any(w in one for w in words)]
    return out


def note_copies(text: str, messages: list[str], content: list[str] = (), run: int = 10) -> list[str]:
    """The sentences of a report that share a run of `run` characters with a line of the notes, once the
    facts' own content words (a platform's name, a problem's substance), their figures and the form's own
    labels are masked out."""
    lines = [re.sub(r"\s+", "", line) for m in messages for line in m.split("\n")]
    grams = {line[i:i + run] for line in lines for i in range(len(line) - run + 1)}
    out = []
    for sentence in re.split(r"(?<=[。；！？])|\n", text):
        # Figures are facts, and the form's labels its own words: neither is copied prose.
        masked = re.sub(r"\d+(?:[.,]\d+)*|〔待补充[^〕]*〕", "\x00", sentence)  # a placeholder asks, it reports nothing
        for words in sorted([*content, *form.VOCABULARY], key=len, reverse=True):
            if len(words) >= 2:
                masked = masked.replace(words, "\x00")
        if any(masked[i:i + run] in grams for i in range(len(masked) - run + 1)):
            out.append(sentence.strip())
    return out


def load_cases(folder: Path) -> list[tuple[str, list[str], str, int, str | None]]:
    """Notes cases: *.json with messages (the corpus format), or *.txt/*.md, one message per file."""
    cases = []
    for p in sorted(folder.iterdir()):
        if p.suffix == ".json":
            c = json.loads(p.read_text(encoding="utf-8"))
            if "messages" in c:
                cases.append((p.stem, c["messages"], c.get("agency") or "某某县某某局", c.get("year") or 2025,
                              c.get("level")))
        elif suffix_of(p) in TYPED_TEXT and not p.name.upper().startswith("README"):
            cases.append((p.stem, [p.read_text(encoding="utf-8")], "某某县某某局", 2025, None))
    return cases


def evaluate(folder: Path, settings: Settings, agency: str | None = None, year: int | None = None,
             on_score=None) -> list[Score]:
    scores = []
    for name, msgs, ag, yr, lvl in load_cases(folder):
        scores.append(score_case(name, msgs, agency or ag, year or yr, settings, lvl))
        if on_score:
            on_score(scores[-1])
    return scores


def totals(scores: list[Score]) -> dict:
    n = max(len(scores), 1)
    return {
        "drafts": len(scores),
        "errors": sum(s.errors for s in scores),
        "placeholders": sum(s.placeholders for s in scores),
        "number_flags": sum(s.number_flags for s in scores),
        "mean_copy_rate": round(sum(s.copy_rate for s in scores) / n, 3),
        "missing_subsections": sum(len(s.missing_subsections) for s in scores),
        # the LLM failed somewhere and the composer wrote that section
        "fell_back": sum(1 for s in scores if s.llm and any(o == "composer" for o in s.origin.values())),
        # per section: written by the model and accepted, or refused / failed, by reason
        "sections_accepted": sum(1 for s in scores for o in s.origin.values() if o == "llm"),
        "sections_fell_back": sum(len(s.fallback) for s in scores),
        "fallback_reasons": dict(Counter(k for s in scores for k in s.fallback.values()).most_common()),
        "seconds": round(sum(s.seconds for s in scores), 1),
    }


def as_dict(scores: list[Score]) -> dict:
    return {"drafts": [asdict(s) for s in scores], "totals": totals(scores), "prompts": prompts.version()}
