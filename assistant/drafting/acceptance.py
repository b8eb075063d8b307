"""Whether a section the LLM wrote is accepted as the report's text: checked as hard as the numbers.

A small model answers with what it was given instead of a report (the prompt's own labels, its list of known
figures, the notes word for word, an example copied) or with a list, the wrong headings, another language, a few
words. Such a section is refused with one Chinese line saying why (`Refusal`), and the composer writes it instead.
The checks are data (`CHECKS`: kind, Chinese message), run in that order; the first that fails is the reason.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .. import prompts
from ..corpus.copying import copy_rate, shingles
from ..form import official as form
from ..model.report import Report
from ..model.numbers import figures, fmt
from .guard import guard, wan
from .state import Draft
from .view import facts

# Characters of a section's text the form's structure needs at least, and a report never exceeds.
LENGTH = {1: (100, 6000), 5: (30, 4000), 6: (10, 3000)}
# Sub-headings each section must carry, in order (section 一's five topics, section 五's problems / improvements).
SUBHEADINGS = {1: ("一", "二", "三", "四", "五"), 5: ("一", "二"), 6: ()}
COPY_LIMIT = 0.3        # share of the text's 12-character runs found verbatim in the example corpus
NOTES_COPY_LIMIT = 0.5  # … or in the official's notes (a report is written from facts, not pasted notes)

# (kind, Chinese message): the reasons a section is refused, in the order they are checked.
CHECKS = (
    ("echo", "大模型的回答复述了提示词（“{detail}”），不是报告正文"),
    ("language", "大模型的回答不是中文（{detail}），未采用"),
    ("list", "大模型的回答是条目罗列（{detail}），不是报告正文"),
    ("length", "大模型的回答篇幅不符合要求（{detail}）"),
    ("headings", "大模型的回答不符合本部分的结构（{detail}）"),
    ("notes_copy", "大模型的回答有 {detail} 照抄了工作笔记，不是报告正文"),
    ("examples_copy", "大模型的文字有 {detail} 与范文逐字相同"),
    ("figures", "大模型的回答含有表格和笔记中没有的数字（{detail}）"),
)
_MESSAGES = dict(CHECKS)


@dataclass(frozen=True)
class Refusal:
    kind: str
    detail: str

    def __str__(self) -> str:
        return _MESSAGES[self.kind].format(detail=self.detail) + "，已改用离线起草"


@lru_cache(maxsize=1)
def prompt_phrases() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """What only a prompt says: the labels of its blocks ("已知数字", "统计表摘要", "层级") and the clauses of
    its instructions. Read from the prompt files, so a changed prompt is checked as it now reads."""
    labels, clauses = set(), set()
    for name in prompts.names():
        for line in prompts.template(name).splitlines():
            line = re.sub(r"“[^”]*”", "，", line.strip().replace("*", ""))  # a quoted example is no instruction
            if re.match(r"^（[一二三四五六七八九十]）", line):
                continue  # a sub-heading the answer must repeat
            for m in re.finditer(r"(?:^|(?<=[，。；（]))([\u4e00-\u9fff]{2,20})(?:（[^）]*）)?：\s*(?=\$|$|（)", line):
                labels.add(m.group(1))
            if "$" in line:
                continue
            for c in re.split(r"[，。；：！？“”]", line):
                c = re.sub(r"^\d+\.\s*", "", c.strip())
                if len(c) >= 6 and not re.search(r"[《》〔〕…$]", c) and not any(
                        c in h for h in form.SECTION_HEADINGS.values()):  # the form's words are the report's too
                    clauses.add(c)
    return tuple(sorted(labels, key=len, reverse=True)), tuple(sorted(clauses, key=len, reverse=True))


def _length(text: str, n: int) -> str | None:
    low, high = LENGTH[n]
    size = len(re.sub(r"\s", "", text))
    return f"{size} 字，至少 {low} 字" if size < low else f"{size} 字，至多 {high} 字" if size > high else None


def _language(text: str) -> str | None:
    text = re.sub(r"(?:https?://|www\.)[\w./?=&%#:-]+|[\w.-]+@[\w.-]+", "", text)  # addresses are not prose
    letters = re.findall(r"[A-Za-z\u4e00-\u9fff]", text)
    han = sum("\u4e00" <= ch <= "\u9fff" for ch in letters)
    if not text.strip():
        return None  # nothing written: a matter of length
    if not letters or han / len(letters) < 0.9:
        return "汉字不足九成"
    if m := re.search(r"[\u3040-\u30ff\uac00-\ud7af\u0400-\u04ff]", text):
        return f"含有“{m.group(0)}”"
    words = [w for w in re.findall(r"[A-Za-z]{2,}", text) if not w.isupper()]  # APP, OA are Chinese usage
    return f"含有英文“{' '.join(words[:3])}”" if len(words) >= 3 else None


def _echo(text: str, draft: Draft) -> str | None:
    labels, clauses = prompt_phrases()
    flat = re.sub(r"\s", "", text)
    for label in labels:
        # a long label is never prose ("已知数字"); a short one only as a label ("层级：")
        if (len(label) >= 4 and label in flat) or re.search(re.escape(label) + r"[：:]", flat):
            return label
    for c in clauses:
        if c in flat:
            return c
    return None


_BULLET = re.compile(r"^\s*(?:[-*•·●▪]|\d+[.．、)）])\s*")
_FIELD = re.compile(r"^\s*(?:[-*•·●▪]|\d+[.．、)）])?\s*[\u4e00-\u9fff（）()]{2,24}[：:]\s*[\d０-９]")


def _list(text: str, draft: Draft) -> str | None:
    lines = [l for l in text.splitlines() if l.strip()]
    fields = [l for l in lines if _FIELD.match(l)]
    known = {f.label for f in facts(draft)}
    if any(l.strip(" -*•·").split("：")[0] in known for l in fields) or len(fields) >= 2:
        return f"“{fields[0].strip()[:20]}”等 {len(fields)} 行“名称：数字”"
    marks = [l for l in lines if re.match(r"^\s*[-*•·●▪]\s*", l) and not re.match(r"^\s*-\s*\d+\s*-\s*$", l)]
    if len(marks) >= 2:  # one may be a stray mark; a page number "- 3 -" is none
        return f"{len(marks)} 行项目符号"
    numbered = [l for l in lines if _BULLET.match(l)]
    if len(numbered) >= 3 and sum(len(l) for l in numbered) / len(numbered) < 25:
        return f"{len(numbered)} 行编号短句"
    if "。" not in text and len(text) >= 40:
        return "没有一个完整的句子"
    return None


def _headings(text: str, n: int) -> str | None:
    lines = [l.strip() for l in text.splitlines() if l.strip()]
    for l in lines:
        if re.match(r"^[一二三四五六七八九十]、", l):
            return f"出现了另一级标题“{l[:12]}”"
    at = 0
    for numeral in SUBHEADINGS[n]:
        found = re.search(rf"[（(]{numeral}[）)]", text[at:])
        if not found:
            return f"缺少小标题（{numeral}）"
        at += found.end()
    return None


def _notes_copy(text: str, draft: Draft) -> str | None:
    notes = draft.notes_text()
    rate = copy_rate(text, frozenset(shingles(notes))) if notes else 0.0
    return f"{rate:.0%}" if rate >= NOTES_COPY_LIMIT else None


def vet(text: str, draft: Draft, n: int, tables: Report | None = None,
        corpus: frozenset[str] = frozenset()) -> Refusal | None:
    """The reason section `n`'s text is not accepted, or None; `corpus` holds the example runs not to copy."""
    checks = {
        "length": lambda: _length(text, n),
        "language": lambda: _language(text),
        "echo": lambda: _echo(text, draft),
        "list": lambda: _list(text, draft),
        "headings": lambda: _headings(text, n),
        "notes_copy": lambda: _notes_copy(text, draft),
        "examples_copy": lambda: (f"{r:.0%}" if (r := copy_rate(text, corpus)) >= COPY_LIMIT else None),
        "figures": lambda: "、".join(f.value for f in guard(text, draft, tables)[:5]) or None,
    }
    for kind, _ in CHECKS:
        if detail := checks[kind]():
            return Refusal(kind, detail)
    return None


def dropped(text: str, draft: Draft, n: int) -> list[str]:
    """The facts of the notes that section n should carry (form.FACT_PLAN) and an accepted text leaves out,
    as the official reads them ("政府网站发布信息 1520条", "改进措施：建立更新台账"): listed to them, since the
    composer would have written each one."""
    from .composer import POINT_NAMES, draft_points
    said = {wan(f, text) for f in figures(text)}
    out = []
    for f in facts(draft):
        if form.FACT_PLAN.get(f.label, (0,))[0] != n:
            continue
        if f.value in said or (f.value == 0 and re.search(r"未|没有|无|不收|免", text)):
            continue
        out.append(f"{f.label} {fmt(f.value)}{f.unit}")
    for p in draft_points(draft):
        if form.FACT_PLAN.get(p.kind, (0,))[0] == n and p.text not in text and not any(w in text for w in p.words):
            out.append(f"{POINT_NAMES.get(p.kind, p.kind)}：{p.text}")
    return out
