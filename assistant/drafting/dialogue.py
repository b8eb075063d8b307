"""The chat: one message of notes in, a reply out. The reply lists every figure read with its words,
what was corrected, what could be worked out, what contradicts, and asks about the open cells."""
from __future__ import annotations

import logging

from ..form import official as form
from ..form.official import short_label
from ..notes.proposals import Proposals, path_help, verify
from ..model.numbers import fmt
from ..settings import Settings, get_settings
from .limits import check_note
from .state import Draft, Proposal, _now
from .view import conflicts, questions, view

log = logging.getLogger(__name__)


def add_notes(draft: Draft, text: str, settings: Settings | None = None) -> tuple[Draft, str]:
    """Take one chat message: its figures go into the tables (a later correction replaces the earlier
    figure; a cell the user typed in the tables stays); the reply says what was read and what is open.
    A message over the size limit raises limits.TooLong (nothing is changed)."""
    check_note(text, len(draft.notes_text()))
    settings = settings or get_settings()
    d = draft.model_copy(deep=True)
    before = view(draft)
    d.notes.append(text)
    d.messages.append({"role": "user", "content": text})
    i = len(d.notes) - 1
    extra: list[str] = []
    if settings.llm_enabled:
        extra = _llm_proposals(d, i, settings)
    after = view(d)
    reply = _reply(d, i, before, after) + "".join("\n" + line for line in extra)
    d.messages.append({"role": "assistant", "content": reply})
    d.updated = _now()
    return d, reply


def _llm_proposals(d: Draft, i: int, settings: Settings) -> list[str]:
    from ..llm import LLM, LLMError
    from .writer import prompt
    text = d.notes[i]
    try:
        got = LLM(settings).structured([("system", prompt("system")),
                                        ("user", prompt("extract", paths=path_help(), notes=text))], Proposals)
    except LLMError as e:
        return [f"（{e}，以上为规则识别结果。）"]
    v = view(d)
    mine = {s.terms[0][1]: s for s in v.reading.statements if s.message == i and len(s.terms) == 1}
    lines = []
    for p in got.cells:
        others = [s for s in v.statements if not (len(s.terms) == 1 and s.terms[0][1] == p.path)]
        why = verify(p, text, others)
        if why is not None:
            log.info("LLM proposal %s=%s dropped: %s", p.path, p.value, why)
            continue
        if p.path in mine:
            if abs(mine[p.path].value - p.value) > 1e-9:
                lines.append(f"请确认：“{short_label(p.path)}”规则识别为 {fmt(mine[p.path].value)}"
                             f"（“{_md(mine[p.path].quote)}”），大模型识别为 {fmt(p.value)}（“{_md(p.quote)}”），以哪个为准？")
            continue
        d.proposals.append(Proposal(path=p.path, value=p.value, quote=p.quote.strip(), message=i))
        lines.append(f"请核对：大模型从“{_md(p.quote.strip())}”读出 {short_label(p.path)} {fmt(p.value)}，已填入。")
    return lines


def _md(s: str) -> str:
    """Notes (or an LLM's quote of them) in a markdown reply stay text."""
    return s.replace("|", "｜").replace("\n", " ").replace("*", "＊").replace("_", "＿").replace("[", "［") \
        .replace("]", "］").replace("<", "＜").replace(">", "＞").replace("`", "｀")


def _reply(d: Draft, i: int, before, after) -> str:
    lines: list[str] = []
    read = [s for s in after.reading.statements + after.reading.repeats if s.message == i]
    facts = [f for f in after.facts if f.quote and f.quote in d.notes[i]]
    if read or facts:
        lines.append("已从这条笔记读取：")
        lines.append("")
        lines.append("| 项目 | 数字 | 原话 |")
        lines.append("|---|---|---|")
        for s in read:
            lines.append(f"| {_md(_what(s))} | {fmt(s.value) if len(s.terms) == 1 or s.value else _how(s)} | {_md(s.quote)} |")
        for f in facts:
            shown = "未收取" if f.label == "信息处理费" and not f.value else f"{fmt(f.value)}{f.unit}"
            lines.append(f"| {f.label} | {shown} | {_md(f.quote)} |")
        lines.append("")
    else:
        lines.append("这段笔记中没有识别出可填入统计表的数字，已作为起草素材保存。")
    for m, blocks in after.reading.summed:
        if m == i:
            unit = {"科室": "个部分", "月": "个月", "季度": "个季度"}[blocks[0].kind]
            lines.append(f"已按{len(blocks)}{unit}合计（{'、'.join(b.name for b in blocks[:6])}"
                         f"{'等' if len(blocks) > 6 else ''}）。")
    for old, new in after.reading.corrections:
        if new.message == i:
            lines.append(f"已更正：{_what(new)} 由 {fmt(old.value)} 改为 {fmt(new.value)}（“{_md(new.quote)}”）。")
    for s, typed in after.overridden:
        if s.message == i:
            lines.append(f"“{_what(s)}”已在表格中手工填写为 {fmt(typed)}，笔记中的 {fmt(s.value)} 未采用。")
    t = after.tables
    new_derived = [p for p in form.ALL_PATHS if p in t.derived and p not in before.tables.derived
                   and (p.endswith("[6]") or p.startswith("review_litigation"))]
    if new_derived:
        shown = "；".join(f"{short_label(p)} = {fmt(t.value(p))}" for p in new_derived[:5])
        lines.append(f"据此推算：{shown}" + (f" 等 {len(new_derived)} 项" if len(new_derived) > 5 else "") + "。")
    for c in conflicts(d):
        lines.append(f"⚠ {c}")
    for u in after.reading.unmapped:
        lines.append(f"这一行像是从表格复制的，但没能对应到统计表的哪一行：“{_md(u)}”。可以直接填到“统计表”页。")
    qs = questions(d)
    if qs:
        lines.append("还需要您补充：")
        lines += [f"{k}. {q}" for k, q in enumerate(qs, 1)]
    return "\n".join(lines)


def _what(s) -> str:
    if len(s.terms) == 1:
        return short_label(s.terms[0][1])
    return s.label


def _how(s) -> str:
    return "全部" if s.value == 0 and any(c < 0 for c, _ in s.terms) else fmt(s.value)
