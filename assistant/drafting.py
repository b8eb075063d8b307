"""Drafting a report from notes: the figures go into the tables, the narrative sections are written by
the LLM (when configured) or by the offline composer, and every number in the text is checked.

A draft keeps only what was *entered* (from notes or typed into the tables); derived cells, findings
and the full report are always recomputed from that, so nothing stale survives an edit.
"""
from __future__ import annotations

import datetime as dt
import re
import uuid
from pathlib import Path
from string import Template
from typing import Callable, Iterator

from pydantic import BaseModel, Field

from .facts import Fact, Facts, extract
from .fill import fill, fill_zeros
from .figures import cn_number
from .report import (
    APPLICATION_KEYS, REVIEW_GROUPS, RESULT_KEYS, SECTION_HEADINGS, Report, Section,
    all_cell_paths, application_path, cell_label, infer_level, is_government, review_path,
)
from .rules import Finding, check, problems
from .settings import Settings, get_settings

PROMPTS = Path(__file__).resolve().parents[1] / "prompts"
NARRATIVE_SECTIONS = (1, 5, 6)
PLACEHOLDER = re.compile(r"〔待补充[:：][^〕]*〕")


def prompt(name: str, **values) -> str:
    text = (PROMPTS / f"{name}.md").read_text(encoding="utf-8")
    return Template(text).safe_substitute(**{k: ("" if v is None else v) for k, v in values.items()})


# --- State ------------------------------------------------------------------------------------------

class NumberFlag(BaseModel):
    value: str
    start: int
    end: int
    context: str

    def message(self) -> str:
        return f"数字“{self.value}”不在已知数字（统计表和笔记）中：…{self.context}…"


class SectionDraft(BaseModel):
    text: str = ""
    origin: str = ""  # "composer", "llm", "user"
    flags: list[NumberFlag] = Field(default_factory=list)
    examples: list[dict] = Field(default_factory=list)  # {agency, year, source, heading}
    note: str = ""  # e.g. why the LLM was not used


class Draft(BaseModel):
    id: str = Field(default_factory=lambda: uuid.uuid4().hex[:12])
    agency: str
    year: int
    level: str | None = None
    government: bool = False
    entered: dict[str, float | int | None] = Field(default_factory=dict)  # path -> value (notes or user)
    entered_by: dict[str, str] = Field(default_factory=dict)  # path -> "notes" | "user"
    notes: list[str] = Field(default_factory=list)
    facts: list[Fact] = Field(default_factory=list)
    messages: list[dict] = Field(default_factory=list)  # chat: {"role": "user"|"assistant", "content": str}
    sections: dict[int, SectionDraft] = Field(default_factory=dict)
    last_year: Report | None = None
    zero_confirmed: bool = False  # the user confirmed that cells left blank mean 0 (R3-5)
    published: dt.date | None = None
    updated: dt.datetime = Field(default_factory=lambda: dt.datetime.now().replace(microsecond=0))

    def notes_text(self) -> str:
        return "\n".join(self.notes)


def new_draft(agency: str, year: int, level: str | None = None, last_year: Report | None = None,
              government: bool | None = None) -> Draft:
    return Draft(agency=agency, year=year, level=level or infer_level(agency),
                 government=is_government(agency) if government is None else government, last_year=last_year)


_TOTAL_ROWS = ("total_processed", "carried_forward")


def _leaf_blanks(r: Report) -> list[str]:
    """Blank cells that are not totals: totals are derived from their parts, never assumed 0."""
    out = [p for p in [f"active.{row}.{c}" for row in ("regulations", "normative_documents")
                       for c in ("issued", "repealed", "in_force")] + ["active.licensing", "active.punishment",
                                                                       "active.coercion", "active.fees"]
           if r.value(p) is None]
    out += [application_path(k, c) for k in APPLICATION_KEYS if k not in _TOTAL_ROWS for c in range(6)
            if r.value(application_path(k, c)) is None]
    out += [review_path(g, c) for g in REVIEW_GROUPS for c in range(4) if r.value(review_path(g, c)) is None]
    return out


def _blank_rows(r: Report) -> list[str]:
    """Every cell of a result row or table-4 group that the notes never mentioned at all."""
    out = []
    for k in RESULT_KEYS:
        row = getattr(r.tables.applications, k)
        if all(v is None for v in row):
            out += [application_path(k, c) for c in range(7)]
    for g in REVIEW_GROUPS:
        if all(v is None for v in getattr(r.tables.review_litigation, g)):
            out += [review_path(g, c) for c in range(5)]
    return out


def tables_report(draft: Draft) -> Report:
    """The draft's tables with every derivable cell filled (and marked derived). When the user has
    confirmed that what the notes do not mention is 0, blank leaf cells become 0 and totals follow."""
    r = Report()
    r.meta.agency, r.meta.year, r.meta.level = draft.agency, draft.year, draft.level
    r.meta.is_government = draft.government
    for path, value in draft.entered.items():
        r.put(path, value)
    last = draft.last_year
    r = fill(r, last)
    if draft.zero_confirmed:
        applicants = [application_path(k, c) for k in ("new_received", "carried_over") for c in range(7)
                      if r.value(application_path(k, c)) is None]
        r = fill(fill_zeros(r, applicants + _blank_rows(r)), last)
    r = fill(_single_column(r), last)
    if draft.zero_confirmed:
        r = fill(fill_zeros(r, _leaf_blanks(r)), last)
        r = fill(fill_zeros(r, [p for p in all_cell_paths() if r.value(p) is None]), last)
    return r


def _single_column(r: Report) -> Report:
    """When every application of the year came from one kind of applicant, every result row's
    figure belongs to that column too (the others are 0): a consequence of R3-3, not a guess."""
    t = r.tables.applications
    cols = set()
    for key in ("new_received", "carried_over"):
        row = getattr(t, key)
        if row[6] is None:
            return r
        if row[6] and any(v is None for v in row[:6]):
            known = sum(v for v in row[:6] if v)
            if known != row[6]:
                return r
        cols |= {c for c in range(6) if row[c]}
    if len(cols) != 1:
        return r
    col = cols.pop()
    out = r.model_copy(deep=True)
    for key in APPLICATION_KEYS:
        row = getattr(out.tables.applications, key)
        if row[6] is None:
            continue
        for c in range(6):
            if row[c] is None:
                out.put(application_path(key, c), row[6] if c == col else 0)
                out.derived.add(application_path(key, c))
    return out


def full_report(draft: Draft) -> Report:
    r = tables_report(draft)
    r.meta.title = f"{draft.agency}{draft.year}年政府信息公开工作年度报告"
    r.meta.period = f"{draft.year}年1月1日至{draft.year}年12月31日"
    r.meta.published = draft.published
    r.preamble = preamble(draft)
    r.sections = [Section(number=n, heading=h, text=section_text(draft, n, r), numbering=h[:2])
                  for n, h in SECTION_HEADINGS.items()]
    return r


def section_text(draft: Draft, n: int, tables: Report | None = None) -> str:
    if n in NARRATIVE_SECTIONS:
        s = draft.sections.get(n)
        return s.text if s and s.text else compose(draft, n, tables)
    return ""


def findings(draft: Draft) -> list[Finding]:
    return check(full_report(draft), draft.last_year)


# --- Notes ------------------------------------------------------------------------------------------

_ZERO_APPS = re.compile(r"(未|没有|无)(收到|受理)[^，。；]{0,10}申请|依申请公开[^，。；]{0,6}(为|是)?(0|零)件?")
_ZERO_REVIEW = re.compile(r"(未|没有|无)(发生|收到)?[^，。；]{0,8}(行政复议|复议)")
_ZERO_LITIGATION = re.compile(r"(未|没有|无)(发生|被)?[^，。；]{0,8}(行政诉讼|诉讼|起诉)")
_ALL_OF = re.compile(r"(均为|全部为|都是|全部来自|均来自)(自然人|企业|商业企业|科研机构|社会公益组织|法律服务机构)")


def read_notes(text: str, settings: Settings | None = None) -> tuple[Facts, str]:
    """Facts from notes: deterministic, plus the LLM's structured reading when one is configured."""
    settings = settings or get_settings()
    if settings.llm_enabled:
        from .facts import extract_with_llm
        from .llm import LLMError
        try:
            return extract_with_llm(text, settings), ""
        except LLMError as e:
            return extract(text), str(e)
    return extract(text), ""


def add_notes(draft: Draft, text: str, settings: Settings | None = None) -> tuple[Draft, str]:
    """Take one chat message of notes: its figures go into the tables (later notes correct earlier
    ones, never the user's own table edits); the reply says what was understood and what is missing."""
    d = draft.model_copy(deep=True)
    d.notes.append(text)
    d.messages.append({"role": "user", "content": text})
    facts, llm_note = read_notes(text, settings)
    understood, changed = [], []
    for f in facts.facts:
        d.facts = [x for x in d.facts if not (f.path and x.path == f.path)] + [f]
        if not f.path:
            understood.append(f"{f.label} {_fmt(f.value)}{f.unit}")
            continue
        if d.entered_by.get(f.path) == "user":
            changed.append(f"“{f.label}”已在表格中手工填写为 {_fmt(d.entered[f.path])}，笔记中的 {_fmt(f.value)} 未采用")
            continue
        old = d.entered.get(f.path)
        if old is not None and old != f.value:
            changed.append(f"“{f.label}”由 {_fmt(old)} 改为 {_fmt(f.value)}")
        d.entered[f.path] = f.value
        d.entered_by[f.path] = "notes"
        understood.append(f"{f.label} {_fmt(f.value)}{f.unit}")
    zeros = []
    if _ZERO_APPS.search(text):
        zeros += [application_path(k, c) for k in APPLICATION_KEYS for c in range(7)]
        understood.append("本年未收到政府信息公开申请（表三填 0）")
    if _ZERO_REVIEW.search(text):
        zeros += [review_path("review", c) for c in range(5)]
        understood.append("未发生行政复议（表四复议栏填 0）")
    if _ZERO_LITIGATION.search(text):
        zeros += [review_path(g, c) for g in ("litigation_direct", "litigation_after_review") for c in range(5)]
        understood.append("未发生行政诉讼（表四诉讼栏填 0）")
    for p in zeros:
        if d.entered_by.get(p) != "user" and d.entered.get(p) is None:
            d.entered[p], d.entered_by[p] = 0, "notes"
    if m := _ALL_OF.search(text):
        col = {"自然人": 0, "企业": 1, "商业企业": 1, "科研机构": 2, "社会公益组织": 3, "法律服务机构": 4}[m.group(2)]
        for key in ("new_received", "carried_over"):
            total = d.entered.get(application_path(key, 6))
            if total is not None:
                for c in range(6):
                    p = application_path(key, c)
                    if d.entered_by.get(p) != "user":
                        d.entered[p], d.entered_by[p] = (total if c == col else 0), "notes"
        understood.append(f"申请人均为{m.group(2)}")
    d.updated = dt.datetime.now().replace(microsecond=0)
    reply = _reply(d, understood, changed, facts.conflicts)
    if llm_note:
        reply += f"\n（{llm_note}，以上为规则识别结果。）"
    d.messages.append({"role": "assistant", "content": reply})
    return d, reply


def set_cell(draft: Draft, path: str, value) -> Draft:
    """A value the user typed into a table: it wins over notes; None clears it."""
    d = draft.model_copy(deep=True)
    if value is None or value == "":
        d.entered.pop(path, None)
        d.entered_by.pop(path, None)
    else:
        d.entered[path], d.entered_by[path] = value, "user"
    d.updated = dt.datetime.now().replace(microsecond=0)
    return d


def _reply(d: Draft, understood: list[str], changed: list[str], conflicts: list[str]) -> str:
    lines = []
    if understood:
        lines.append("已识别：" + "；".join(understood) + "。")
    else:
        lines.append("这段笔记中没有识别出可填入统计表的数字，已作为起草素材保存。")
    lines += [f"已更正：{c}。" for c in changed]
    lines += [f"请确认：{c}" for c in conflicts]
    r = tables_report(d)
    derived = sorted(r.derived - set(d.entered))
    key_derived = [p for p in derived if p.endswith("[6]") or p.startswith("review_litigation")][:4]
    if key_derived:
        lines.append("已自动计算：" + "；".join(f"{cell_label(p)} = {_fmt(r.value(p))}" for p in key_derived) + "。")
    missing = [f for f in check(r, d.last_year) if f.severity in ("error", "warning") and f.paths
               and not f.rule.startswith("S-")]
    if missing:
        lines.append("还需要核对或补充：")
        lines += [f"- {f.message}" for f in missing[:5]]
        if len(missing) > 5:
            lines.append(f"- 另有 {len(missing) - 5} 项，见校验结果")
    return "\n".join(lines)


def _fmt(v) -> str:
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)


# --- Offline composer -----------------------------------------------------------------------------

_LABEL = re.compile(r"^(存在(的主要)?问题|主要问题|问题|不足|改进(措施|情况)?|下一步(打算|计划)?|整改措施|措施|其他|备注)[:：]\s*")
# Topics of the narrative, in the order a sentence is claimed: each note sentence is used once.
TOPICS: list[tuple[str, tuple[str, ...]]] = [
    ("measures", ("下一步", "将进一步", "改进", "整改", "计划", "拟")),
    ("problems", ("问题", "不足", "短板", "差距", "不够", "有待", "单一", "薄弱", "滞后", "欠缺")),
    ("fees", ("处理费",)),
    ("other", ("人大代表建议", "政协提案", "建议提案", "工作要点", "创新")),
    ("supervision", ("培训", "考核", "监督", "评议", "追究", "问责", "督查", "责任")),
    ("management", ("审查", "保密", "目录", "台账", "清理", "管理", "制度")),
    ("platform", ("平台", "专栏", "栏目", "网站", "新媒体", "公众号")),
    ("requests", ("依申请", "答复", "受理", "申请")),
    ("active", ("主动公开", "公开", "发布", "解读")),
]


def note_topics(draft: Draft) -> dict[str, list[str]]:
    """The notes' sentences sorted into the report's topics, tidied into report sentences. Clauses that
    state figures are left out: the composer states every figure itself, from the tables and facts."""
    out: dict[str, list[str]] = {name: [] for name, _ in TOPICS}
    for sentence in re.split(r"(?<=[。；;！!？?\n])", draft.notes_text()):
        raw = re.sub(r"^[-*•·\d.、）)\s]+", "", sentence.strip().strip("；;\n"))
        label = _LABEL.match(raw)
        body = _LABEL.sub("", raw)
        clauses = [c.strip() for c in re.split(r"[，,]", body.rstrip("。！？"))
                   if c.strip() and not re.search(r"\d|[零一二两三四五六七八九十]+[件条次项个场篇]", c)]
        text = "，".join(clauses)
        if len(text) < 6:
            continue
        hint = label.group(1) if label else ""
        for name, words in TOPICS:
            if any(w in hint for w in words) or any(w in text for w in words):
                if text + "。" not in out[name]:
                    out[name].append(text + "。")
                break
    return out


def _fact(draft: Draft, label: str) -> Fact | None:
    return next((f for f in draft.facts if f.label == label), None)


def compose(draft: Draft, n: int, tables: Report | None = None) -> str:
    """The offline composer: official phrasing around the facts it has, 〔待补充：…〕 for the rest."""
    t = tables or tables_report(draft)
    if n == 1:
        return _compose_1(draft, t)
    if n == 5:
        return _compose_5(draft)
    if n == 6:
        return _compose_6(draft, t)
    return ""


def preamble(draft: Draft) -> str:
    return (f"本报告根据《中华人民共和国政府信息公开条例》和《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国"
            f"政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2021〕30号）要求编制。全文包括总体情况、主动公开政府信息情况、"
            f"收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。"
            f"本报告所列数据的统计期限自{draft.year}年1月1日起至{draft.year}年12月31日止。")


_SHORT = {
    "granted": "予以公开", "partially_granted": "部分公开", "withheld_state_secret": "因属于国家秘密不予公开",
    "withheld_law_prohibited": "因其他法律行政法规禁止公开不予公开", "withheld_three_safety": "因危及“三安全一稳定”不予公开",
    "withheld_third_party": "因保护第三方合法权益不予公开", "withheld_internal_affairs": "因属于三类内部事务信息不予公开",
    "withheld_process_info": "因属于四类过程性信息不予公开", "withheld_enforcement_file": "因属于行政执法案卷不予公开",
    "withheld_query_matter": "因属于行政查询事项不予公开", "unavailable_not_held": "本机关不掌握相关政府信息",
    "unavailable_needs_creation": "没有现成信息需要另行制作", "unavailable_unclear": "补正后申请内容仍不明确",
    "rejected_petition": "信访举报投诉类申请不予处理", "rejected_duplicate": "重复申请不予处理",
    "rejected_publication": "要求提供公开出版物不予处理", "rejected_excessive": "无正当理由大量反复申请不予处理",
    "rejected_confirmation": "要求确认或重新出具已获取信息不予处理", "other_no_correction": "申请人逾期不补正",
    "other_no_fee": "申请人逾期未缴纳费用", "other_other": "其他处理",
}


def _compose_1(d: Draft, t: Report) -> str:
    who = d.agency
    parts = [f"{d.year}年，{who}认真贯彻落实《中华人民共和国政府信息公开条例》，坚持“以公开为常态、不公开为例外”，"
             f"扎实做好政府信息公开各项工作。"]
    # （一）主动公开
    s1 = []
    for label, lead in (("政府网站发布信息", "通过政府网站主动公开政府信息"), ("政务新媒体发布信息", "通过政务新媒体发布信息"),
                        ("主动公开信息", "主动公开政府信息"), ("政策解读", "发布政策解读")):
        if f := _fact(d, label):
            s1.append(f"{lead}{_fmt(f.value)}{f.unit}")
    a = t.tables.active
    nd = a.normative_documents
    if nd.issued is not None:
        s1.append(f"制发行政规范性文件{_fmt(nd.issued)}件" + (f"、废止{_fmt(nd.repealed)}件" if nd.repealed else "") +
                  (f"，现行有效{_fmt(nd.in_force)}件" if nd.in_force is not None else ""))
    topics = note_topics(d)
    text = "（一）主动公开。" + ("全年" + "，".join(s1) + "。" if s1 else "")
    text += "".join(topics["active"])
    if not s1 and text == "（一）主动公开。":
        text += "〔待补充：主动公开政府信息的主要做法和数据〕"
    parts.append(text)
    # （二）依申请公开
    ap = t.tables.applications
    new, carried, done, fwd = ap.new_received[6], ap.carried_over[6], ap.total_processed[6], ap.carried_forward[6]
    if new == 0 and not carried:
        s2 = "本年度未收到政府信息公开申请。"
    elif new is not None:
        s2 = f"全年共收到政府信息公开申请{_fmt(new)}件"
        if carried:
            s2 += f"，上年结转{_fmt(carried)}件"
        if done is not None:
            s2 += f"；办结{_fmt(done)}件"
            # Only figures that are cells of the table: a subtotal such as 无法提供 is not one.
            said = [f"{_SHORT[k]}{_fmt(v)}件" for k in RESULT_KEYS if (v := getattr(ap, k)[6])]
            if said:
                s2 += "，其中" + "、".join(said)
        if fwd:
            s2 += f"；结转下年度继续办理{_fmt(fwd)}件"
        s2 += "。"
    else:
        s2 = "〔待补充：本年度收到和处理政府信息公开申请的数量〕"
    parts.append("（二）依申请公开。" + s2 + "".join(topics["requests"]))
    # （三）（四）（五）
    for title, topic, ask in (
            ("（三）政府信息管理。", "management", "政府信息管理（发布审查、保密审查、规范性文件清理等）的做法"),
            ("（四）政府信息公开平台建设。", "platform", "政府网站、政务新媒体等公开平台建设情况"),
            ("（五）监督保障。", "supervision", "组织领导、培训、监督考核等保障措施")):
        said = list(topics[topic])
        if topic == "supervision" and (f := _fact(d, "业务培训")):
            said.insert(0, f"全年开展政务公开业务培训{_fmt(f.value)}{f.unit}。")
        parts.append(title + ("".join(said) if said else f"〔待补充：{ask}〕"))
    if d.government:
        said = "".join(topics["supervision"])
        missing = [k for k, words in (("工作考核", ("考核", "考评")), ("社会评议", ("评议",)), ("责任追究", ("追究", "问责", "追责")))
                   if not any(w in said for w in words)]
        if missing:
            parts[-1] += f"〔待补充：{'、'.join(missing)}结果情况〕"
    return "\n".join(parts)


def _compose_5(d: Draft) -> str:
    topics = note_topics(d)
    problems_said, measures = topics["problems"], topics["measures"]
    text = "（一）存在的主要问题。" + ("".join(problems_said) if problems_said else
                                 "〔待补充：本年度政府信息公开工作存在的具体问题（哪项工作、哪个栏目、什么表现）〕")
    text += "\n（二）改进情况。" + ("".join(measures) if measures else "〔待补充：针对上述问题的具体改进措施〕")
    if d.last_year is not None:
        last = problems(d.last_year.section_text(5))
        if last:
            text += "\n（三）上年度问题整改情况。" + "".join(
                f"针对上年度报告提出的“{p}”问题，〔待补充：整改措施和成效〕。" for p in last)
    return text


def _compose_6(d: Draft, t: Report) -> str:
    fee = _fact(d, "信息处理费")
    if fee and fee.value:
        text = (f"本机关依据《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）规定，本年度收取信息处理费"
                f"{_fmt(fee.value)}{fee.unit}。")
    elif re.search(r"(未|没有|不)(收取|产生|收)[^，。]{0,6}(处理费|费用)|处理费[^，。]{0,4}(为|是)?(0|零|无)", d.notes_text()):
        text = "本机关依据《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）规定的按件、按量收费标准，本年度未收取信息处理费。"
    else:
        text = "〔待补充：本年度信息处理费收取情况（依据国办函〔2020〕109号；未收取也应写明）〕"
    return text + "".join(note_topics(d)["other"])


# --- Number guard ---------------------------------------------------------------------------------

_NUMBER = re.compile(r"\d+(?:\.\d+)?%?|[零〇两二三四五六七八九十百千万]+[一二三四五六七八九十百千万零〇两]*(?=[件条次项个场篇家名期份宗起批轮])"
                     r"|一[十百千万][一二三四五六七八九十百千万零〇]*(?=[件条次项个场篇家名期份宗起批轮])")


def allowed_numbers(draft: Draft, tables: Report | None = None) -> set[float]:
    t = tables or tables_report(draft)
    nums = {float(v) for p in all_cell_paths() if isinstance(v := t.value(p), (int, float))}
    nums |= {float(f.value) for f in draft.facts}
    for m in re.finditer(r"\d+(?:\.\d+)?", draft.notes_text()):
        nums.add(float(m.group(0)))
    if draft.last_year:
        nums |= {float(v) for p in all_cell_paths() if isinstance(v := draft.last_year.value(p), (int, float))}
    return nums


def guard(text: str, draft: Draft, tables: Report | None = None) -> list[NumberFlag]:
    """Every number in generated text must be a fact, a table cell, or a date/year/ordinal/document
    number; anything else is flagged with its position."""
    allowed = allowed_numbers(draft, tables)
    flags = []
    for m in _NUMBER.finditer(text):
        raw = m.group(0)
        a, b = m.start(), m.end()
        before, after = text[max(0, a - 2):a], text[b:b + 2]
        if before.endswith(("第", "〔", "[", "【", "（", "(")) or after.startswith(("号", "〕", "]", "】", "月", "日", "）", ")",
                                                                                   "是", "部分", "届", "次会议", "条第")):
            continue
        if after.startswith(("年",)) and re.fullmatch(r"(19|20)\d{2}", raw):
            continue  # a year
        if re.fullmatch(r"\d", raw) and after[:1] in (".", "、", "．") and (a == 0 or text[a - 1] in "\n。；：:（("):
            continue  # an enumeration "1."
        if raw.endswith("%"):
            value = float(raw[:-1])
        else:
            value = float(raw) if raw[0].isdigit() else cn_number(raw)
        if value is None or float(value) in allowed:
            continue
        flags.append(NumberFlag(value=raw, start=a, end=b, context=text[max(0, a - 12):b + 8].replace("\n", " ")))
    return flags


# --- Sections: LLM or composer ----------------------------------------------------------------------

def _facts_block(draft: Draft, t: Report) -> str:
    lines = [f"- {f.label}：{_fmt(f.value)}{f.unit}" for f in draft.facts]
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
    from .retrieval import CorpusIndex
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
    except Exception:
        return []  # examples improve phrasing; drafting never depends on them


def messages_for(draft: Draft, n: int, examples: list, t: Report) -> list[tuple[str, str]]:
    shots = "\n\n".join(f"【{h.agency} {h.year}年】\n{h.text}" for h in examples) or "（无）"
    last = ""
    if n == 5 and draft.last_year is not None:
        ps = problems(draft.last_year.section_text(5))
        if ps:
            last = "上年度报告提出的问题（本年应逐项说明整改情况）：\n" + "\n".join(f"- {p}" for p in ps)
    user = prompt(f"section_{n}", agency=draft.agency, level=draft.level or "", year=draft.year,
                  facts=_facts_block(draft, t), tables=_tables_block(t), notes=draft.notes_text() or "（无）",
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
        from .llm import LLM, LLMError
        try:
            for piece in LLM(settings).stream(messages_for(d, n, examples, t)):
                text += piece
                if on_text:
                    on_text(piece)
            text = clean_llm_text(text, n)
            if not is_chinese(text):
                raise LLMError("大模型的回答不是中文，未采用", "language")
            section.origin = "llm"
        except LLMError as e:
            section.note = str(e)
            if text.strip():
                section.note += f"（已收到的部分内容：{text.strip()[:200]}）"
            text = ""
    if not text:
        text = compose(d, n, t)
        section.origin = "composer"
        if on_text:
            on_text(text)
    section.text = text
    section.flags = guard(text, d, t)
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
    that need no judgement are done directly ("把2023改为2024", "删除…"); others are recorded for the user."""
    settings = settings or get_settings()
    d = draft.model_copy(deep=True)
    current = d.sections.get(n) or SectionDraft(text=section_text(d, n), origin="composer")
    t = tables_report(d)
    new_text, note = None, ""
    if settings.llm_enabled:
        from .llm import LLM, LLMError
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
        new_text, done = _revise_offline(current.text, instruction)
        if not done:
            note = (note + "；" if note else "") + "离线模式只能完成替换、删除类修改，请直接编辑文字或配置大模型"
        if on_text:
            on_text(new_text)
    d.sections[n] = SectionDraft(text=new_text, origin="llm" if settings.llm_enabled and not note else "user",
                                 flags=guard(new_text, d, t), examples=current.examples, note=note)
    d.updated = dt.datetime.now().replace(microsecond=0)
    return d


def _revise_offline(text: str, instruction: str) -> tuple[str, bool]:
    if m := re.search(r"把[“\"]?(.+?)[”\"]?(?:改为|改成|替换为)[“\"]?(.+?)[”\"]?$", instruction.strip("。 ")):
        return text.replace(m.group(1), m.group(2)), m.group(1) in text
    if m := re.search(r"(?:删除|删去|去掉)[“\"]?(.+?)[”\"]?$", instruction.strip("。 ")):
        return text.replace(m.group(1), ""), m.group(1) in text
    return text, False


def set_section_text(draft: Draft, n: int, text: str) -> Draft:
    """The user's own edit of a section."""
    d = draft.model_copy(deep=True)
    old = d.sections.get(n)
    d.sections[n] = SectionDraft(text=text, origin="user", flags=guard(text, d),
                                 examples=old.examples if old else [])
    d.updated = dt.datetime.now().replace(microsecond=0)
    return d


def draft_all(draft: Draft, settings: Settings | None = None) -> Draft:
    for n in NARRATIVE_SECTIONS:
        draft = draft_section(draft, n, settings)
    return draft


def placeholders(text: str) -> list[str]:
    return PLACEHOLDER.findall(text)
