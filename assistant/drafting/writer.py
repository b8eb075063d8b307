"""Sections written by the LLM (when configured) or by the offline composer; revisions by instruction.

Prompts are package files (assistant/prompts/*.md) read with importlib.resources, so an installed
wheel drafts as well as a checkout. Examples from the corpus set the tone; every failure of the LLM
falls back to the composer with the reason kept, and nothing written is lost.
"""
from __future__ import annotations

import datetime as dt
import logging
import re
from string import Template
from typing import Callable, Iterator

from ..form import official as form
from ..model.numbers import fmt
from ..prompts import template
from ..model.report import Report
from ..checks.rules import problems
from ..settings import Settings, get_settings
from .acceptance import dropped, vet
from .composer import compose, section_text
from .limits import SECTION_MAX_CHARS, bounded, check_instruction
from .state import Draft, SectionDraft
from .view import facts, tables_report

log = logging.getLogger(__name__)
SECTION_HEADINGS = form.SECTION_HEADINGS


def prompt(name: str, **values) -> str:
    try:
        text = template(name)
    except (FileNotFoundError, ModuleNotFoundError) as e:
        from ..llm import LLMError
        raise LLMError(f"找不到提示词文件 {name}.md，安装可能不完整；已改用离线起草", "config") from e
    return Template(text).safe_substitute(**{k: ("" if v is None else v) for k, v in values.items()})


def _facts_block(draft: Draft, t: Report) -> str:
    lines = [f"- {f.label}：{fmt(f.value)}{f.unit}" for f in facts(draft)]
    return "\n".join(lines) or "（无）"


def _points_block(draft: Draft, n: int) -> str:
    """The section's facts from the notes by the form's plan, never the raw notes (their chat would be copied)."""
    from .composer import POINT_NAMES, draft_points
    lines = [f"- {POINT_NAMES.get(p.kind, p.kind)}：{p.text}" for p in draft_points(draft)
             if form.FACT_PLAN.get(p.kind, (0,))[0] == n]
    return "\n".join(lines) or "（无）"


def _tables_block(t: Report) -> str:
    ap, rl, a = t.tables.applications, t.tables.review_litigation, t.tables.active
    parts = [f"本年新收申请 {ap.new_received[6]} 件，上年结转 {ap.carried_over[6]} 件，办结 {ap.total_processed[6]} 件"
             f"（予以公开 {ap.granted[6]}，部分公开 {ap.partially_granted[6]}），结转下年度 {ap.carried_forward[6]} 件",
             f"行政复议 {rl.review[4]} 件（维持 {rl.review[0]}，纠正 {rl.review[1]}），行政诉讼 "
             f"{(rl.litigation_direct[4] or 0) + (rl.litigation_after_review[4] or 0)} 件",
             f"制发行政规范性文件 {a.normative_documents.issued} 件，废止 {a.normative_documents.repealed} 件，"
             f"现行有效 {a.normative_documents.in_force} 件；行政许可 {a.licensing}，行政处罚 {a.punishment}，"
             f"行政强制 {a.coercion}；行政事业性收费 {a.fees} 万元"]
    return "\n".join(p.replace("None", "未知") for p in parts)


_INDEXES: dict[tuple, object] = {}


def corpus_index(settings: Settings):
    """One index object per location for the process (opening a collection is not free)."""
    from ..corpus.retrieval import CorpusIndex
    key = (str(settings.data_dir), settings.chroma_host, settings.chroma_port, settings.collection,
           settings.embedding_backend)
    if key not in _INDEXES:
        _INDEXES[key] = CorpusIndex(settings)
    return _INDEXES[key]


def _examples(draft: Draft, n: int, settings: Settings) -> list:
    try:
        index = corpus_index(settings)
        if index.count() == 0:
            return []
        query = draft.notes_text()[-500:] or SECTION_HEADINGS[n]
        return index.examples(n, query, k=3, level=draft.level)
    except Exception:  # examples improve phrasing; drafting never depends on them
        log.warning("no examples from the corpus for section %s", n, exc_info=True)
        return []


def messages_for(draft: Draft, n: int, examples: list, t: Report) -> list[tuple[str, str]]:
    shots = "\n\n".join(f"【{h.agency} {h.year}年】\n{h.text}" for h in examples) or "（无）"
    last = ""
    if n == 5 and draft.last_year is not None:
        ps = problems(draft.last_year.section_text(5))
        if ps:
            last = "上年度报告提出的问题（本年应逐项说明整改情况）：\n" + "\n".join(f"- {p}" for p in ps)
    user = prompt(f"section_{n}", agency=draft.agency, level=draft.level or "", year=draft.year,
                  facts=_facts_block(draft, t), tables=_tables_block(t), notes=_points_block(draft, n),
                  examples=shots, last_year_problems=last,
                  government_note="本机关是人民政府，须写明工作考核、社会评议和责任追究结果情况。" if draft.government else "",
                  government_item="（六）工作考核、社会评议和责任追究结果情况" if draft.government else "")
    return [("system", prompt("system")), ("user", user)]


def draft_section(draft: Draft, n: int, settings: Settings | None = None,
                  on_text: Callable[[str], None] | None = None) -> Draft:
    """Write section n (1, 5 or 6) and store it with its number flags and examples. With an LLM
    configured the text streams through `on_text`; on any LLM failure the composer's text is used and
    the reason kept in `note` (the partial LLM text is kept too, so nothing is lost)."""
    settings = settings or get_settings()
    d = draft.model_copy(deep=True)
    t = tables_report(d)
    examples = _examples(d, n, settings)
    section = SectionDraft(examples=[{"agency": h.agency, "year": h.year, "source": h.source, "heading": h.heading}
                                     for h in examples])
    text = ""
    if settings.llm_enabled:
        from ..llm import LLM, LLMError
        try:
            for piece in LLM(settings).stream(messages_for(d, n, examples, t)):
                text += piece
                if on_text:
                    on_text(piece)
            text = clean_llm_text(text, n)
            refusal = vet(text, d, n, t, _corpus_runs(settings))
            if refusal:
                raise LLMError(str(refusal), refusal.kind)
            section.origin = "llm"
            if missing := dropped(text, d, n):  # the official is told, as for any gap in the text
                section.note = f"大模型的正文没有写到笔记中的：{'；'.join(missing)}。请补写，或点“重新起草”"
        except LLMError as e:
            section.note, section.fallback = str(e), e.kind
            if text.strip():
                section.note += f"（已收到的部分内容：{text.strip()[:200]}）"
            text = ""
    if not text:
        text = compose(d, n, t)
        section.origin = "composer"
        if on_text:
            on_text(text)
    section.text = text
    d.sections[n] = section
    d.updated = dt.datetime.now().replace(microsecond=0)
    return d


def is_chinese(text: str) -> bool:
    """A report section is Chinese: a reply that is mostly something else is not used."""
    letters = re.findall(r"[A-Za-z\u4e00-\u9fff]", text)
    return bool(letters) and sum("\u4e00" <= ch <= "\u9fff" for ch in letters) / len(letters) >= 0.6


def clean_llm_text(text: str, n: int) -> str:
    text = text.strip()
    text = re.sub(r"^```\w*\s*|\s*```$", "", text)
    heading = SECTION_HEADINGS[n]
    lines = [l for l in text.split("\n") if l.strip()]
    if lines and re.sub(r"[#*\s]", "", lines[0]).rstrip("：:") in (heading, heading[2:]):
        lines = lines[1:]
    return "\n".join(re.sub(r"^\s*#+\s*|\*\*", "", l) for l in lines)


def stream_section(draft: Draft, n: int, settings: Settings | None = None, result: dict | None = None,
                   instruction: str | None = None) -> Iterator[str]:
    """Yield the section's text as it is written (for st.write_stream); the updated draft lands in
    result["draft"] when the generator is exhausted."""
    import queue
    import threading
    q: queue.Queue = queue.Queue()
    holder: dict = {}

    def work():
        try:
            if instruction:
                holder["draft"] = revise_section(draft, n, instruction, settings, on_text=q.put)
            else:
                holder["draft"] = draft_section(draft, n, settings, on_text=q.put)
        except Exception as e:  # handed to the caller in its own thread
            holder["error"] = e
        finally:
            q.put(None)

    threading.Thread(target=work, daemon=True).start()
    while (piece := q.get()) is not None:
        yield piece
    if "error" in holder:
        raise holder["error"]
    if result is not None:
        result["draft"] = holder["draft"]


def revise_section(draft: Draft, n: int, instruction: str, settings: Settings | None = None,
                   on_text: Callable[[str], None] | None = None) -> Draft:
    """Rewrite one section by an instruction, leaving the others untouched. Offline, the instructions
    that need no judgement are done directly ("把2023改为2024", "删除…"); others are recorded for the user.
    An instruction over the size limit raises limits.TooLong."""
    check_instruction(instruction)
    settings = settings or get_settings()
    d = draft.model_copy(deep=True)
    current = d.sections.get(n) or SectionDraft(text=section_text(d, n), origin="composer")
    t = tables_report(d)
    new_text, note = None, ""
    if settings.llm_enabled:
        from ..llm import LLM, LLMError
        msgs = [("system", prompt("system")),
                ("user", prompt("revise", heading=SECTION_HEADINGS[n], instruction=instruction, text=current.text,
                                facts=_facts_block(d, t)))]
        try:
            acc = ""
            for piece in LLM(settings).stream(msgs):
                acc += piece
                if on_text:
                    on_text(piece)
            new_text = clean_llm_text(acc, n)
        except LLMError as e:
            note = str(e)
    if new_text is None:
        new_text, done = bounded(revise_offline, current.text, instruction, size=len(current.text))
        if len(new_text) > SECTION_MAX_CHARS:  # "把的改为…" on a long text: refused, the text unchanged
            new_text = current.text
            note = (note + "；" if note else "") + f"修改后的正文将超过 {SECTION_MAX_CHARS} 字的上限，未执行"
        elif not done:
            note = (note + "；" if note else "") + "离线模式只能完成替换、删除类修改，请直接编辑文字或配置大模型"
        if on_text:
            on_text(new_text)
    if note and new_text == current.text:
        # Nothing changed (offline, or the LLM failed): keep the section as it was, with the reason.
        d.sections[n] = current.model_copy(update={"note": note})
        return d
    d.sections[n] = SectionDraft(text=new_text, origin="llm" if settings.llm_enabled and not note else "user",
                                 examples=current.examples, note=note)
    d.updated = dt.datetime.now().replace(microsecond=0)
    return d


def _corpus_runs(settings: Settings) -> frozenset[str]:
    from ..corpus.copying import corpus_shingles
    try:
        return corpus_shingles(str(settings.corpus_dir))
    except OSError:
        return frozenset()


def revise_offline(text: str, instruction: str) -> tuple[str, bool]:
    """The instructions that need no judgement, in the forms officials use: 把…改为/改成/替换为…;
    删除/删去/删掉/去掉…(这句话); 补充（一句）：…. Anything else needs the LLM or the user's own edit."""
    ins = instruction.strip().strip("。 ")
    if m := re.search(r"把[“\"]?(.+?)[”\"]?(?:改为|改成|替换为|换成)[“\"]?(.+?)[”\"]?$", ins):
        return text.replace(m.group(1), m.group(2)), m.group(1) in text
    if m := re.search(r"(?:删除|删去|删掉|去掉|去除)(?:关于)?[“\"]?(.+?)[”\"]?(的)?(这句话|这句|那句话|那句|这一句|这段话|这段)?$", ins):
        frag = m.group(1)
        if frag not in text:
            return text, False
        if m.group(3):  # the whole sentence that holds the words
            sentences = re.split(r"(?<=[。；！？\n])", text)
            return "".join(x for x in sentences if frag not in x), True
        return text.replace(frag, ""), True
    if m := re.search(r"^(?:请)?(?:补充|增加|加上|添加)(?:一句|一段|内容)?[:：](.+)$", ins):
        add = m.group(1).strip().rstrip("。") + "。"
        return text.rstrip() + ("" if text.rstrip().endswith(("。", "\n")) or not text.strip() else "。") + add, True
    return text, False


def draft_all(draft: Draft, settings: Settings | None = None) -> Draft:
    for n in form.NARRATIVE_SECTIONS:
        draft = draft_section(draft, n, settings)
    return draft


