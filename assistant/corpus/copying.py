"""How much of a text is copied from the example corpus: the share of its 12-character runs found verbatim in
the corpus's narrative sections. The LLM writer warns with it; `nianbao eval` scores drafts with it."""
from __future__ import annotations

import re
from functools import lru_cache

from ..form import official as form

SHINGLE = 12


def shingles(text: str) -> set[str]:
    t = re.sub(r"\s+", "", text)
    return {t[i:i + SHINGLE] for i in range(max(0, len(t) - SHINGLE + 1))}


@lru_cache(maxsize=4)
def corpus_shingles(corpus_dir: str) -> frozenset[str]:
    """Runs of text of the example corpus's narrative sections (what a model must not copy)."""
    from ..parse import parse_file
    from ..readers.registry import report_files
    out: set[str] = set()
    for path in report_files([corpus_dir]):
        try:
            report = parse_file(path)
        except Exception:  # an unreadable example is no source to copy from
            continue
        for s in report.sections:
            if s.number in form.NARRATIVE_SECTIONS:
                out |= shingles(s.text)
    return frozenset(out)


def copy_rate(text: str, corpus: frozenset[str]) -> float:
    mine = shingles(text)
    return len(mine & corpus) / len(mine) if mine else 0.0
