"""Questions about the form asked in the chat ("结转怎么算？", "不予处理和其他处理有什么区别？") answered from
the form's own labels (`form/official.py`) and the rule catalogue (`checks/rules.py`), never a copy of them.
Answering never touches the tables."""
from __future__ import annotations

import re

from ..checks.rules import RULES
from ..form import official as form
from ..form.official import TOTAL, application_path, review_path
from ..notes.lexicon import fold, tokens


def _named(question: str) -> tuple[list[str], list[str], set[str]]:
    """The form's parts a question names: (descriptions, words, cells)."""
    text = fold(question)
    said, words, cells = [], [], set()
    for t in tokens(text):
        if t.kind == "group":
            g = next(g for g in form.T3_GROUPS if g.key == t.target)
            rows = [form.APP_BY_KEY[k] for k in form.GROUP_KEYS[g.key]]
            said.append(f"“{g.label[3:]}”包括{len(rows)}种情形：" + "；".join(r.label for r in rows))
            cells |= {application_path(r.key, TOTAL) for r in rows}
        elif t.kind in ("row", "carry"):
            keys = [t.target] if t.kind == "row" else ["carried_over", "carried_forward"]
            for k in keys:
                r = form.APP_BY_KEY[k]
                where = f"，属于“{r.group.label[3:]}”" if r.group is not None and r.group is not form.RESULTS else ""
                said.append(f"“{t.text}”对应表三的“{r.label}”{where}")
                cells.add(application_path(k, TOTAL))
        elif t.kind in ("rgroup", "litigation"):
            keys = [t.target] if t.kind == "rgroup" else ["litigation_direct", "litigation_after_review"]
            for k in keys:
                said.append(f"“{t.text}”对应表四的“{form.REVIEW_GROUPS[k]}”，结果分为" +
                            "、".join(c.label for c in form.REVIEW_OUTCOMES[:form.REVIEW_TOTAL]))
                cells.add(review_path(k, form.REVIEW_TOTAL))
        elif t.kind == "outcome":
            said.append(f"“{t.text}”是表四的“{form.REVIEW_OUTCOMES[t.target].label}”一栏")
        words.append(t.text)
    return list(dict.fromkeys(said)), words, cells


def answer_about_form(question: str) -> str:
    said, words, cells = _named(question)
    rules = [r for r in RULES.values() if cells & set(r.paths)]
    rules.sort(key=lambda r: len(r.paths))
    rules += [r for r in RULES.values() if r not in rules and any(len(w) >= 3 and w in r.title for w in words)]
    lines = said[:3] + [f"按官方格式（{r.title}）：{r.description}" for r in rules[:2]]
    if not lines:
        return ("关于这个问题，我没能对应到年报格式中的哪一栏。可以换个说法，或者直接写明情况，我会按官方格式归类；"
                "统计表没有改动。")
    return "关于您的问题：" + "；".join(re.sub(r"[。；]$", "", x) for x in lines) + "。（统计表没有改动）"
