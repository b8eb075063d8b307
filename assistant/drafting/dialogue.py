"""The chat: one message in, a reply out. The message is told apart first (notes, answer, correction,
instruction, question, other talk); the reply says in one line what changed, lists the figures read by
table (their words behind an expander), what was corrected or contradicts, and asks one question."""
from __future__ import annotations

import logging
import re

from ..form import official as form
from ..form.official import short_label
from ..notes.facts import points
from ..notes.lexicon import ALL_NONE, fold, tokens
from ..notes.proposals import Proposals, path_help, verify
from ..notes.solver import stated
from ..model.numbers import cn_number, fmt
from ..settings import Settings, get_settings
from .composer import section_text
from .formhelp import answer_about_form
from .instructions import instruction_core, instruction_section, only_adds
from .answers import applicant_row
from .intent import READ, classify, is_bare_answer, own_heads, quoted_reply, subject_heads
from .limits import bounded, check_note
from .state import Draft, Proposal, Turn, _now
from .view import conflicts, narrative_questions, open_questions, view

log = logging.getLogger(__name__)


def add_notes(draft: Draft, text: str, settings: Settings | None = None) -> tuple[Draft, str]:
    """Take one chat message. It is classified first (intent.py): notes, answers and corrections go into
    the tables (an answer bound to the question it answers; a later statement about the same thing updates
    the earlier one; a cell the user typed in the tables stays); an instruction edits the section it names
    (the revise box's code); a question about the form is answered from the form and the rule catalogue.
    The reply is short: what changed, the figures by table (their words in `details`), one question.
    A message over the size limit raises limits.TooLong (nothing is changed)."""
    check_note(text, len(draft.notes_text()))
    settings = settings or get_settings()
    d = draft.model_copy(deep=True)
    before = view(draft)
    queue = (open_questions(draft) or _prose_questions(draft)) if draft.notes else []
    open_q = _quoted_question(text, queue) or _answered(text, queue, _skipped(draft))
    subject = open_q.cells if open_q else ()
    intent = bounded(classify, text, subject, open_q.text if open_q else "", size=len(text))  # a long message: in the worker
    # "第五部分存在问题帮我加上：人员都是兼职，业务不熟" is material, not an edit (while 五 has no saved text): its
    # problems and measures are read into the register like any note's (added as typed, the official's chat
    # would stand in the report).
    material = [p for p in intent.of("instruction") if not (d.sections.get(5) and d.sections[5].text)
                and instruction_section(p.text, {}) == 5 and only_adds(p.text) and points([p.text])]
    turn = Turn(kinds=intent.kinds, unread=[(p.start, p.end) for p in intent.parts
                                            if p.kind not in READ and p not in material],
                asked=open_q.text if open_q else "", subject=list(subject), yes=dict(open_q.yes) if open_q else {},
                shown=list(queue[0].cells) if queue and queue[0] is not open_q else [])
    d.notes.append(text)
    d.turns = [d.turn(k) for k in range(len(d.notes) - 1)] + [turn]
    d.messages.append({"role": "user", "content": text})
    i = len(d.notes) - 1
    extra: list[str] = []
    for part in intent.of("instruction"):
        if part in material:
            said = "、".join(pt.text for pt in points([part.text]))
            extra.append(f"已把“{_md(said)}”按正式报告的表述写入第五部分，可在“正文”页查看。")
            continue
        d, line = _instruct(d, part.text, settings)
        extra.append(line)
    for part in intent.of("question"):
        extra.append(answer_about_form(part.text))
    if settings.llm_enabled and any(k in READ for k in intent.kinds):
        extra += _llm_proposals(d, i, settings)
    after = view(d)
    if (any(new.message == i for _, new in after.reading.corrections) or
            any(m == i for m, _ in after.reading.withdrawn)) and "correction" not in turn.kinds:
        d.turns[i] = turn.model_copy(update={"kinds": turn.kinds + ["correction"]})
    reply, details = _reply(d, i, before, after, extra)
    d.messages.append({"role": "assistant", "content": reply, "details": details})
    d.updated = _now()
    return d, reply


def _quoted_question(text: str, queue: list) -> object | None:
    """The question a quote-reply quotes ("「助手：结转下年的3件是哪类申请人？」"): the one waiting that asks about
    what the quote names; one no longer waiting is asked again by its own words (who applied for one row)."""
    from ..form.official import PARTIES, application_path
    from .view import Question
    quoted = quoted_reply(text)
    if quoted is None:
        return None
    words = quoted[1]
    heads = own_heads(words)
    whom = bool(re.search(r"申请人|哪类|哪一类|哪些人|谁", words))
    for q in queue:
        if q.cells and heads & subject_heads(q.cells) and (applicant_row(list(q.cells)) is not None) == whom:
            return q
    rows = [h for h in heads if h in form.APP_BY_KEY]
    if whom and len(rows) == 1:
        return Question(words, tuple(application_path(rows[0], c) for c in PARTIES))
    return None


def _skipped(draft: Draft) -> object | None:
    """The question shown before the official's last message when that message answered none ("哦你问的是年底
    的，…"): officials come back to it a message later ("也是个人")."""
    from .view import Question
    if not draft.notes:
        return None
    last = draft.turn(len(draft.notes) - 1)
    if "answer" in last.kinds or not last.subject or not last.asked:
        return None
    return Question(last.asked, tuple(last.subject), tuple(last.yes.items()))


def _answered(text: str, queue: list, skipped: object | None = None) -> object | None:
    """The question a message answers: the one shown, unless the message does not answer it and answers one
    still waiting in the list instead — officials answer what they know of in their own order ("也是个人" to
    the applicants still open, "都是不掌握" to the reasons of 无法提供), and a short answer is only understood
    against the question it answers."""
    first = next(iter(queue), None)
    if first is not None and (n := _both_none(text)) and _things(first.cells) != n and not _carried(first.cells):
        # "两个都没有": none of the N things a question asks about — the one waiting that asks about N things
        # (not to a question about 上年结转 or 结转下年: officials tell the two carried rows as a pair).
        return next((q for q in queue if q.cells and _things(q.cells) == n), first)
    if first is None or len(queue) < 2 or is_bare_answer(text) or len(text.strip()) > 60 or \
            "answer" in classify(text, first.cells, first.text).kinds:
        return first
    heads, whom = own_heads(text), any(t.kind in ("applicant", "legal") for t in tokens(fold(text)))
    for q in queue[1:]:
        if not q.cells or "answer" not in classify(text, q.cells, q.text).kinds:
            continue
        # (who applied, without figures: "也是个人"; a split with figures is read by its own words)
        if heads & subject_heads(q.cells) or (whom and not heads and not re.search(r"\d|[一二两三四五六七八九十]\s*[件个位家]", text)
                                              and applicant_row(list(q.cells)) is not None):
            return q
    if skipped is not None and skipped.cells not in [q.cells for q in queue] and whom and not heads and \
            applicant_row(list(skipped.cells)) is not None and not applicant_row(list(first.cells)) and \
            not re.search(r"\d|[一二两三四五六七八九十]\s*[件个位家]", text) and "answer" in classify(text, skipped.cells, skipped.text).kinds:
        # "也是个人" to a question of 复议, one message after "上年结转的1件也是自然人吗？" was passed over: the
        # answer to that one (no longer waiting: the tables may have filled it, then a clash is reported).
        return skipped
    return first


# A whole reply that counts the things asked and says each is none ("这两个都没有啦").
_REPLY_ALL_NONE = re.compile(r"^\s*(?:这|那)?\s*(两|俩|三|四|[2-4])\s*(?:个|项|样|类)?\s*" + ALL_NONE +
                             r"[\s，,。.!！啦了哈呀的]*$")


def _both_none(text: str) -> int | None:
    """"两个都没有", "俩都没": how many things the official says are none, or None."""
    m = _REPLY_ALL_NONE.match(text)
    return None if m is None else (2 if m.group(1) == "俩" else int(cn_number(m.group(1))))


def _things(cells) -> int:
    """How many things a question asks about, as an official counts them: a row of table 3 or 2 is one (its
    columns too), 复议 is one and 诉讼 one (its two kinds are one word)."""
    def thing(p: str) -> str:
        if p.startswith("review_litigation.litigation"):
            return "litigation"
        return p.split("[")[0] if p.startswith(("applications.", "review_litigation.")) else ".".join(p.split(".")[:2])
    return len({thing(p) for p in cells})


def _carried(cells) -> bool:
    return any(p.startswith(("applications.carried_over", "applications.carried_forward")) for p in cells)


def _instruct(d: Draft, sentence: str, settings: Settings) -> tuple[Draft, str]:
    """An instruction typed in the chat: the section it names (or whose text it quotes) is revised by the
    revise box's own code, and the reply says what changed."""
    from .writer import revise_section
    n = instruction_section(sentence, {k: section_text(d, k) for k in form.NARRATIVE_SECTIONS})
    if n is None:
        return d, "这条修改意见没有说明是哪一部分，请写明“第几部分”，或在“正文”页对应部分的修改框中输入。"
    ins = instruction_core(sentence)
    old = section_text(d, n)
    new = revise_section(d, n, ins, settings)
    heading = f"第{form.CN_NUMERALS[n - 1]}部分"
    if section_text(new, n) == old:
        if settings.llm_enabled:
            return new, f"“{_md(ins)}”未能修改{heading}：{_md(new.sections[n].note or '没有找到要修改的文字')}。"
        return new, f"{heading}的修改意见“{_md(ins)}”需要大模型改写，现在是离线模式，请在“正文”页直接修改这一部分。"
    return new, f"已按您的意见修改{heading}（“{_md(ins)}”），可在“正文”页查看。"


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
    mine = stated((s for s in v.reading.statements if s.message == i), weak=True)
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


_TABLE_NAMES = {"active": "表二（主动公开）", "applications": "表三（依申请公开）", "review_litigation": "表四（复议诉讼）"}


def _reply(d: Draft, i: int, before, after, extra: list[str]) -> tuple[str, str]:
    """(the reply, the quotes behind it): one line of what changed, the figures read as a compact list by
    table, corrections and conflicts in plain words, then one question with how many remain."""
    lines: list[str] = []
    read = [s for s in after.reading.statements + after.reading.repeats if s.message == i]
    # A fact's quote found in this message (not a whole earlier answer such as "没有" that it happens to contain).
    facts = [f for f in after.facts if f.quote and f.quote in d.notes[i]
             and not any(f.quote == d.notes[k].strip() for k in range(i))]
    t, was = after.tables, before.tables
    filled = [p for p in form.ALL_PATHS if t.value(p) is not None and was.value(p) != t.value(p)]
    worked = [p for p in filled if p in t.derived]
    kinds = d.turn(i).kinds
    if filled:
        lines.append(f"已填入 {len(filled)} 个数字" + (f"，其中 {len(worked)} 个由表内合计关系算出" if worked else "") + "。")
    elif read or facts:
        lines.append("这条消息中的数字与表中已有的一致，统计表没有变化。")
    elif any(k in READ for k in kinds) and not any(m == i for m, _ in after.reading.withdrawn):
        lines.append("这条消息中没有可填入统计表的数字，已作为起草素材保存。")
    for old, new in after.reading.corrections:
        if new.message == i:
            lines.append(f"已按您后来说的更正：{_what(new)} 由 {fmt(old.value)} 改为 {fmt(new.value)}，原来的话仍保留在记录中。")
    for old, new in after.superseded:
        if new.message == i:
            p = next(iter(old.cells))
            now = t.value(p) if len(old.terms) == 1 else None
            change = f"由 {fmt(old.value)} 改为 {fmt(now)}" if now is not None else "以后来说的为准"
            lines.append(f"已按您后来说的更正：{_what(old)} {change}（原来说的“{_md(old.quote)}”仍保留在记录中）。")
    for m, gone in after.reading.withdrawn:
        if m == i:
            told = "、".join(dict.fromkeys(_what(s) for s in gone)) or "上一条回答中的数字"
            lines.append(f"您说前面有数不对：{_md(told)}已暂不填入统计表（原来的话仍保留在记录中），核实后请再告诉我。")
    for s, typed in after.overridden:
        if s.message == i:
            lines.append(f"“{_what(s)}”已在表格中手工填写为 {fmt(typed)}，笔记中的 {fmt(s.value)} 未采用。")
    by_table: dict[str, list[str]] = {}
    for s in read:
        if len(s.terms) == 1 or s.value:
            table = s.terms[0][1].split(".")[0]
            by_table.setdefault(table, []).append(f"{_what(s)} {fmt(s.value) if len(s.terms) == 1 or s.value else _how(s)}")
    for table, items in by_table.items():
        lines.append(f"- {_TABLE_NAMES[table]}：" + "，".join(dict.fromkeys(_md(x) for x in items)))
    if facts:
        lines.append("- 正文素材：" + "，".join(
            f"{f.label} {'未收取' if f.label == '信息处理费' and not f.value else fmt(f.value) + f.unit}" for f in facts))
    for m, blocks in after.reading.summed:
        if m == i:
            unit = {"科室": "个部分", "月": "个月", "季度": "个季度", "经办人": "位经办人"}[blocks[0].kind]
            lines.append(f"已按{len(blocks)}{unit}合计（{'、'.join(b.name for b in blocks[:6])}"
                         f"{'等' if len(blocks) > 6 else ''}）。")
    lines += extra
    for c in conflicts(d):
        lines.append(f"⚠ {c}")
    if aside := [s for s in after.reading.last_years if s.message == i]:
        lines.append("以下是去年的数，未填入本年统计表：" + "；".join(
            dict.fromkeys(f"“{_md(s.quote)}”" for s in aside)) + "。如本年相同，请说明。")
    for u in after.reading.unmapped:
        lines.append(f"这一行像是从表格复制的，但没能对应到统计表的哪一行：“{_md(u)}”。可以直接填到统计表中。")
    qs = open_questions(d)
    if qs:
        more = f"（之后还有 {len(qs) - 1} 个问题）" if len(qs) > 1 else ""
        lines.append(f"**请问**：{qs[0].text}{more}")
    elif not conflicts(d):
        lines.append("统计表已经齐全。")
        if prose := _prose_questions(d):
            lines.append(f"**请问**：{prose[0].text}")
    details = [f"- {_md(_what(s))}：{fmt(s.value) if len(s.terms) == 1 or s.value else _how(s)}（“{_md(s.quote)}”）"
               for s in read]
    details += [f"- {f.label}：“{_md(f.quote)}”" for f in facts]
    return "\n".join(lines), "\n".join(details)


def _prose_questions(d: Draft) -> list:
    """The prose questions once the tables ask nothing; none until the official has given notes."""
    return narrative_questions(d) if d.notes and not open_questions(d) else []


def _what(s) -> str:
    if len(s.terms) == 1:
        return short_label(s.terms[0][1])
    return s.label


def _how(s) -> str:
    return "全部" if s.value == 0 and any(c < 0 for c, _ in s.terms) else fmt(s.value)
