"""Facts from an official's rough notes: table cells and the other figures a narrative may quote.

Deterministic: it reads the ways officials write figures ("收到申请12件，其中自然人10件", "予以公开六件",
"行政复议2件，维持1件、纠正1件", "收费12.5万元" or "125000元", "网站发布信息1520条") clause by clause,
keeping for every fact the span of the note it came from. Numbers belong to the tables and to these
facts; nothing here guesses one.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from pydantic import BaseModel, Field

from .figures import NUM, cn_number
from .report import APPLICATION_ROWS, Report, application_path, review_path


class Fact(BaseModel):
    label: str                  # Chinese description, e.g. "本年新收申请（总计）"
    value: float | int
    unit: str                   # 件 / 条 / 次 / 万元 …
    path: str | None = None     # the table cell it fills, when it is one
    span: tuple[int, int] = (0, 0)
    quote: str = ""             # the words of the note


class Facts(BaseModel):
    facts: list[Fact] = Field(default_factory=list)
    conflicts: list[str] = Field(default_factory=list)  # Chinese lines: the same cell given twice, differently

    def cells(self) -> dict[str, float | int]:
        return {f.path: f.value for f in self.facts if f.path}

    def numbers(self) -> set[float]:
        return {float(f.value) for f in self.facts}


# --- patterns ------------------------------------------------------------------------------------

_N = NUM + r"\s*"
_COUNT = r"(?:件|个|份|宗|起|项)"

# Table 3 result rows: (keywords before the number, path key)
T3_ROWS: list[tuple[str, str]] = [
    (r"(?<!不)(?<!部分)予以公开", "granted"),
    (r"部分公开", "partially_granted"),
    (r"国家秘密", "withheld_state_secret"),
    (r"(?:其他)?法律行政法规禁止公开|禁止公开", "withheld_law_prohibited"),
    (r"三安全一稳定|危及.{0,6}安全", "withheld_three_safety"),
    (r"第三方(?:合法权益)?", "withheld_third_party"),
    (r"内部事务(?:信息)?", "withheld_internal_affairs"),
    (r"过程性信息", "withheld_process_info"),
    (r"行政执法案卷|执法案卷", "withheld_enforcement_file"),
    (r"行政查询(?:事项)?", "withheld_query_matter"),
    (r"(?:本机关)?不掌握(?:相关政府信息)?|信息不存在", "unavailable_not_held"),
    (r"(?:需要)?另行制作", "unavailable_needs_creation"),
    (r"补正后(?:申请内容)?仍不明确|内容不明确", "unavailable_unclear"),
    (r"信访举报投诉类?|信访类", "rejected_petition"),
    (r"重复申请", "rejected_duplicate"),
    (r"(?:要求提供)?公开出版物", "rejected_publication"),
    (r"大量反复申请", "rejected_excessive"),
    (r"要求(?:行政机关)?确认或重新出具|重新出具", "rejected_confirmation"),
    (r"逾期不补正", "other_no_correction"),
    (r"逾期未缴(?:纳)?费(?:用)?|未按收费通知(?:要求)?缴纳费用", "other_no_fee"),
]
_UNAMBIGUOUS = {"granted", "partially_granted", "unavailable_not_held", "unavailable_needs_creation",
                "unavailable_unclear", "rejected_duplicate", "rejected_excessive", "other_no_correction", "other_no_fee"}
APPLICANTS = [(r"自然人", 0), (r"(?:商业)?企业", 1), (r"科研机构", 2), (r"社会公益组织", 3),
              (r"法律服务机构|律师事务所", 4)]

ACTIVE = [
    (r"行政许可(?:决定|事项)?(?:共)?", "active.licensing", "行政许可处理决定"),
    (r"行政处罚(?:决定|案件)?(?:共)?", "active.punishment", "行政处罚处理决定"),
    (r"行政强制(?:措施|决定)?(?:共)?", "active.coercion", "行政强制处理决定"),
]
NARRATIVE = [  # (pattern with the number, label, unit)
    (r"(?:网站|门户网站|政府网站)[^，。；\d]{0,12}?(?:发布|公开)[^，。；\d]{0,8}?" + _N + r"(条|篇)", "政府网站发布信息", None),
    (r"(?:新媒体|微信公众号|政务微博|公众号)[^，。；\d]{0,12}?(?:发布|推送)[^，。；\d]{0,8}?" + _N + r"(条|篇)", "政务新媒体发布信息", None),
    (r"(?:主动)?公开[^，。；\d]{0,8}?信息[^，。；\d]{0,4}?" + _N + r"(条|篇)", "主动公开信息", None),
    (r"(?:政策)?解读[^，。；\d]{0,6}?" + _N + r"(篇|件|条|期)", "政策解读", None),
    (r"培训[^，。；\d]{0,8}?" + _N + r"(次|场|期)", "业务培训", None),
    (r"(?:新闻发布会|发布会)[^，。；\d]{0,6}?" + _N + r"(场|次)", "新闻发布会", None),
    (r"(?:信息)?处理费[^，。；\d]{0,6}?" + _N + r"(元|万元)", "信息处理费", None),
    (r"(?:人大代表建议|代表建议)[^，。；\d]{0,6}?" + _N + r"(件|条)", "人大代表建议", None),
    (r"(?:政协提案|提案)[^，。；\d]{0,6}?" + _N + r"(件|条)", "政协提案", None),
]

_CLAUSE = re.compile(r"[^，,。；;！!？?\n]+")


@dataclass
class _Ctx:
    group: str | None = None     # the T4 group clauses refer to
    doc: str | None = None       # 规章 / 行政规范性文件, for 制发/废止/现行有效
    apps: bool = False           # the clause talks about applications
    seen: dict = field(default_factory=dict)


def _num(s: str) -> float | int | None:
    return cn_number(s)


def extract(notes: str) -> Facts:
    out = Facts()
    ctx = _Ctx()

    def add(label: str, value, unit: str, path: str | None, m_start: int, m_end: int):
        if path and path in ctx.seen and ctx.seen[path].value != value:
            prev = ctx.seen[path]
            out.conflicts.append(f"“{label}”在笔记中出现了两个不同的数字：{prev.value}（“{prev.quote}”）和 {value}"
                                 f"（“{notes[m_start:m_end]}”），请确认")
            return
        if path and path in ctx.seen:
            return
        fact = Fact(label=label, value=value, unit=unit, path=path, span=(m_start, m_end), quote=notes[m_start:m_end])
        out.facts.append(fact)
        if path:
            ctx.seen[path] = fact

    for cm in _CLAUSE.finditer(notes):
        clause, base = cm.group(0), cm.start()
        _clause(clause, base, ctx, add)
    return out


def _clause(clause: str, base: int, ctx: _Ctx, add) -> None:
    # Context words carry over to the following clauses ("行政复议2件，维持1件，纠正1件").
    if re.search(r"复议后(?:提起|再)?(?:行政)?(?:起诉|诉讼)", clause):
        ctx.group = "litigation_after_review"
    elif re.search(r"诉讼|起诉", clause):
        ctx.group = "litigation_direct"
    elif "复议" in clause:
        ctx.group = "review"
    if "规范性文件" in clause:
        ctx.doc = "normative_documents"
    elif "规章" in clause:
        ctx.doc = "regulations"
    if "申请" in clause:
        ctx.apps = True
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return not any(a < e and s < b for s, e in taken)

    def claim(m, label, value, unit, path):
        if free(m.start(), m.end()):
            taken.append((m.start(), m.end()))
            add(label, value, unit, path, base + m.start(), base + m.end())

    # Table 3: received / carried / results / carried forward
    for m in re.finditer(r"上年(?:度)?结转(?:的)?(?:申请)?" + _N + _COUNT, clause):
        claim(m, "上年结转申请（总计）", _num(m.group(1)), "件", application_path("carried_over", 6))
    for m in re.finditer(r"结转(?:至|到)?下(?:一)?年度?(?:继续办理)?" + _N + _COUNT, clause):
        claim(m, "结转下年度继续办理（总计）", _num(m.group(1)), "件", application_path("carried_forward", 6))
    for m in re.finditer(r"(?:收到|新收|受理|接收|接到)[^，。；\d]{0,14}?申请[^，。；\d]{0,4}?(?:共|总计|合计)?" + _N + _COUNT,
                         clause):
        claim(m, "本年新收申请（总计）", _num(m.group(1)), "件", application_path("new_received", 6))
    for m in re.finditer(r"(?:办结|答复|办理完毕)[^，。；\d]{0,6}?" + _N + _COUNT, clause):
        claim(m, "本年度办理结果（总计）", _num(m.group(1)), "件", application_path("total_processed", 6))
    if ctx.apps:
        for pat, col in APPLICANTS:
            for m in re.finditer(r"(?:" + pat + r")(?:提出|申请|的)*" + _N + _COUNT, clause):
                label = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构"][col]
                claim(m, f"本年新收申请（{label}）", _num(m.group(1)), "件", application_path("new_received", col))
    for pat, key in T3_ROWS:
        # Words that only ever name an application result count without "申请" in the clause.
        if not ctx.apps and key not in _UNAMBIGUOUS:
            continue
        for m in re.finditer(r"(?:" + pat + r")[^，。；\d]{0,6}?" + _N + _COUNT, clause):
            claim(m, f"办理结果：{_T3_LABELS[key]}（总计）", _num(m.group(1)), "件", application_path(key, 6))

    # Table 4
    if ctx.group:
        g = ctx.group
        name = {"review": "行政复议", "litigation_direct": "行政诉讼（直接起诉）",
                "litigation_after_review": "行政诉讼（复议后起诉）"}[g]
        for m in re.finditer(r"(?:行政复议|复议|行政诉讼|诉讼|起诉)(?:案件|申请)?(?:共|合计)?" + _N + _COUNT, clause):
            claim(m, f"{name}（总计）", _num(m.group(1)), "件", review_path(g, 4))
        for word, col in (("维持", 0), ("纠正", 1), ("其他结果", 2), ("尚未审结|未审结|正在审理", 3)):
            for m in re.finditer(r"(?:" + word + r")(?:的)?" + _N + _COUNT, clause):
                claim(m, f"{name}（{['结果维持', '结果纠正', '其他结果', '尚未审结'][col]}）", _num(m.group(1)), "件",
                      review_path(g, col))
            for m in re.finditer(_N + _COUNT + r"(?:被|予以|已)?(?:" + word + r")", clause):
                claim(m, f"{name}（{['结果维持', '结果纠正', '其他结果', '尚未审结'][col]}）", _num(m.group(1)), "件",
                      review_path(g, col))

    # Table 2
    if ctx.doc:
        label = "行政规范性文件" if ctx.doc == "normative_documents" else "规章"
        for word, col, what in ((r"制发|印发|出台|制定|新制发", "issued", "本年制发"), (r"废止", "repealed", "本年废止"),
                                (r"现行有效", "in_force", "现行有效")):
            for m in re.finditer(r"(?:" + word + r")[^，。；\d]{0,10}?" + _N + _COUNT, clause):
                claim(m, f"{label}{what}件数", _num(m.group(1)), "件", f"active.{ctx.doc}.{col}")
    for pat, path, label in ACTIVE:
        for m in re.finditer(r"(?:" + pat + r")[^，。；\d]{0,4}?" + _N + _COUNT, clause):
            claim(m, label, _num(m.group(1)), "件", path)
    for m in re.finditer(r"(?:行政事业性)?收费(?:金额|总额|收入)?(?:共|合计)?[^，。；\d]{0,4}?" + _N + r"(万元|元)", clause):
        value = _num(m.group(1))
        if value is not None and m.group(2) == "元":
            value = round(value / 10000, 6)
        if "处理费" not in clause:
            claim(m, "行政事业性收费金额", value, "万元", "active.fees")

    for pat, label, _ in NARRATIVE:
        for m in re.finditer(pat, clause):
            claim(m, label, _num(m.group(1)), m.group(2), None)


def _short_label(key: str) -> str:
    """The official row label without its numbering or filling note: "1.属于国家秘密" -> "属于国家秘密"."""
    label = APPLICATION_ROWS[key][1]
    return re.sub(r"^(?:\d\.|（[一二三四五六七]）)|（区分处理的.*）$", "", label)


_T3_LABELS = {key: _short_label(key) for _, key in T3_ROWS}


def apply(report: Report, facts: Facts) -> Report:
    """Put the facts' cells into a copy of the report (an entered value wins over nothing, not over
    the user's own edit: cells the user typed are passed as `report`)."""
    r = report.model_copy(deep=True)
    for path, value in facts.cells().items():
        if r.value(path) is None:
            r.put(path, int(value) if isinstance(value, float) and value.is_integer() and path != "active.fees"
                  else value)
    return r


# --- LLM extraction, merged with the deterministic one ------------------------------------------------

class ExtractedCell(BaseModel):
    path: str = Field(description="统计表单元格路径，如 applications.granted[6]")
    value: float = Field(description="笔记中写明的数字")
    quote: str = Field(description="笔记中包含这个数字的原话")


class Extraction(BaseModel):
    cells: list[ExtractedCell] = Field(default_factory=list)


def _path_help() -> str:
    from .report import all_cell_paths, cell_label
    keep = [p for p in all_cell_paths() if p.endswith("[6]") or p.startswith(("active", "review_litigation"))
            or p.endswith("[0]")]
    return "\n".join(f"{p}：{cell_label(p)}" for p in keep)


def _in_notes(value: float, notes: str) -> bool:
    """A number the model reports must be written in the notes (Arabic or Chinese numerals)."""
    numbers = {float(m) for m in re.findall(r"\d+(?:\.\d+)?", notes)}
    numbers |= {float(v) for m in re.findall(r"[零〇一二两三四五六七八九十百千]+", notes) if (v := cn_number(m)) is not None}
    return float(value) in numbers or float(value) * 10000 in numbers  # 元 written, 万元 meant


def extract_with_llm(notes: str, settings=None) -> Facts:
    """The deterministic facts, plus what an LLM reads from the same notes. Where both name a cell and
    disagree, the deterministic value stays and the disagreement is listed for the user; a value the
    notes do not contain is dropped."""
    from .drafting import prompt
    from .llm import LLM
    from .report import all_cell_paths, cell_label
    base = extract(notes)
    extra = LLM(settings).structured([("system", prompt("system")),
                                      ("user", prompt("extract", paths=_path_help(), notes=notes))], Extraction)
    known = base.cells()
    valid = set(all_cell_paths())
    for c in extra.cells:
        if c.path not in valid or not _in_notes(c.value, notes):
            continue
        value = int(c.value) if float(c.value).is_integer() and c.path != "active.fees" else c.value
        if c.path in known:
            if float(known[c.path]) != float(value):
                base.conflicts.append(f"“{cell_label(c.path)}”：规则识别为 {known[c.path]}，大模型识别为 {value}"
                                      f"（“{c.quote}”），请确认")
            continue
        start = notes.find(c.quote) if c.quote else -1
        base.facts.append(Fact(label=cell_label(c.path), value=value, unit="万元" if c.path == "active.fees" else "件",
                               path=c.path, span=(max(start, 0), max(start, 0) + len(c.quote)), quote=c.quote))
    return base
