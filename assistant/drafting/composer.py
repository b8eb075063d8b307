"""The offline composer: official prose from the facts and the tables, in the subsections of the format.

Facts, then words: every sentence is written here from typed facts (the tables, the figures of
notes/facts.py, its points — problems, measures, 考核/评议/追究, platforms, the form of a corrected case),
each placed by the form's section plan (form.FACT_PLAN). No sentence of the notes is copied: a point keeps
only its content words, rewritten into the register, and a point that cannot be rewritten stays out. A
placeholder 〔待补充：…〕 stands only where the notes gave nothing, naming what is missing.
"""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from ..form import official as form
from ..form.official import TOTAL
from ..notes.facts import Point, points
from ..parse import is_traditional, to_simplified
from ..model.numbers import fmt
from ..model.report import Report, Section
from ..checks.rules import check, problems
from .state import Draft
from .view import _TOPIC_OF, fact, tables_report, view

PLACEHOLDER = re.compile(r"〔待补充[:：](?:[^〔〕]|〔[^〕]*〕)*〕")
_ORDINALS = "一二三四五六七八九十"


def placeholders(text: str) -> list[str]:
    return PLACEHOLDER.findall(text)


# What each kind of point is called where the official reads it (the LLM's facts, a fact it left out).
POINT_NAMES = {"problem": "存在问题", "measure": "改进措施", "correction": "被纠正案件", "correction_cause": "纠正原因",
               "correction_fix": "整改措施", "management": "信息管理", "platform": "公开平台", "platform_change": "平台建设",
               **dict(zip(("assessment", "appraisal", "accountability"), (n for n, _ in form.GOVERNMENT_DUTIES)))}


def draft_points(draft: Draft) -> list[Point]:
    # Instructions and questions typed in the chat are not material; read once per version with the notes.
    texts = draft.read_notes()
    if any(is_traditional(t) for t in texts) or is_traditional("".join(texts)):  # short 繁體 answers, too  # 繁體 notes: their points read in the form's script, like figures
        topics = tuple(_TOPIC_OF.get(draft.turn(i).asked) for i in range(len(texts)))
        return list(_simplified_points(tuple(texts), topics))
    return view(draft).points


@lru_cache(maxsize=16)
def _simplified_points(texts: tuple[str, ...], topics: tuple[str | None, ...]) -> list[Point]:
    # the answer to a prose question is read as that question's material in either script
    return points([to_simplified(t) for t in texts], list(topics))


def note_topics(draft: Draft) -> dict[str, list[str]]:
    """The points of the notes by the subsection they go to (form.FACT_PLAN), as report phrases."""
    out: dict[str, list[str]] = {}
    for p in draft_points(draft):
        out.setdefault(form.FACT_PLAN.get(p.kind, ""), []).append(p.text)
    return out


def _listing(items: list[str]) -> str:
    """"一是…；二是…。" for several items, the item itself for one."""
    if len(items) == 1:
        return items[0] + "。"
    return "；".join(f"{_ORDINALS[i]}是{x}" for i, x in enumerate(items[:10])) + "。"


# --- sections ------------------------------------------------------------------------------------------

def preamble(draft: Draft) -> str:
    return (f"本报告根据《中华人民共和国政府信息公开条例》和《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国"
            f"政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2021〕30号）要求编制。全文包括总体情况、主动公开政府信息情况、"
            f"收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。"
            f"本报告所列数据的统计期限自{draft.year}年1月1日起至{draft.year}年12月31日止。")


def section_text(draft: Draft, n: int, tables: Report | None = None) -> str:
    if n in form.NARRATIVE_SECTIONS:
        s = draft.sections.get(n)
        if s and s.text:  # the composer runs only for a saved text that still holds a placeholder
            return _refill(s.text, compose(draft, n, tables)) if placeholders(s.text) else s.text
        return compose(draft, n, tables)
    return ""


def _refill(saved: str, fresh: str) -> str:
    """A saved section (an edit in the chat saved it) keeps its words, but a subsection still holding a
    placeholder takes the composer's text when the notes gave that fact later: the placeholder asked for
    it, and the official dictated it after the edit."""
    mark = re.compile(r"^（[一二三四五六七八九十]+）")
    fresh_lines = fresh.split("\n")
    by_mark = {m.group(0): line for line in fresh_lines if (m := mark.match(line))}
    out = []
    for line in saved.split("\n"):
        new = by_mark.get(m.group(0)) if (m := mark.match(line)) else (
            fresh if "\n" not in saved and "\n" not in fresh else None)
        ph = PLACEHOLDER.search(line)
        if ph and new and new != line and new.startswith(line[:ph.start()]) and new.endswith(line[ph.end():]):
            line = new
        out.append(line)
    return "\n".join(out)


def compose(draft: Draft, n: int, tables: Report | None = None) -> str:
    t = tables or tables_report(draft)
    if n == 1:
        return _compose_1(draft, t)
    if n == 5:
        return _compose_5(draft, t)
    if n == 6:
        return _compose_6(draft)
    return ""


def _result_phrase(key: str) -> str:
    row = form.APP_BY_KEY[key]
    if row.group is None or row.group is form.RESULTS:
        return row.short
    verb = row.group.label[3:]
    if row.short == verb:  # "其他处理（其他处理）" would echo the label
        return verb
    return f"{row.short}而{verb}" if row.group.key in ("withheld", "rejected") else f"{verb}（{row.short}）"


def _planned(d: Draft, section: int, sub: int) -> list[Point]:
    return [p for p in draft_points(d) if form.FACT_PLAN.get(p.kind) == (section, sub)]


def _texts(d: Draft, section: int, sub: int, kind: str | None = None) -> list[str]:
    return [p.text for p in _planned(d, section, sub) if kind is None or p.kind == kind]


def _compose_1(d: Draft, t: Report) -> str:
    parts = [f"{d.year}年，{d.agency}深入贯彻落实《中华人民共和国政府信息公开条例》，扎实推进政府信息公开各项工作。"]
    s1 = []
    for label, lead in (("主动公开信息", "主动公开政府信息"), ("政府网站发布信息", "通过政府网站主动公开政府信息"),
                        ("政务新媒体发布信息", "通过政务新媒体发布信息"), ("政策解读", "发布政策解读材料"),
                        ("新闻发布会", "举办新闻发布会")):
        if (f := fact(d, label)) and form.FACT_PLAN[label] == (1, 0):
            s1.append(f"{lead}{fmt(f.value)}{f.unit}")
    nd = t.tables.active.normative_documents
    if nd.issued is not None:
        s1.append(f"制发行政规范性文件{fmt(nd.issued)}件" + (f"、废止{fmt(nd.repealed)}件" if nd.repealed else "") +
                  (f"，现行有效{fmt(nd.in_force)}件" if nd.in_force is not None else ""))
    text = "（一）主动公开。" + ("全年" + "，".join(s1) + "。" if s1 else "〔待补充：主动公开政府信息的主要做法和数据〕")
    parts.append(text)
    parts.append("（二）依申请公开。" + _requests(t))
    management = _texts(d, 1, 2)
    parts.append("（三）政府信息管理。" + ("，".join(management) + "。" if management else
                                     "〔待补充：政府信息管理（发布审查、保密审查、规范性文件清理等）的做法〕"))
    channels = []
    if fact(d, "政府网站发布信息") or fact(d, "主动公开信息"):
        channels.append("政府网站")
    named = _texts(d, 1, 3, "platform")
    if fact(d, "政务新媒体发布信息") and not any("公众号" in x or "微博" in x for x in named):
        channels.append("政务新媒体")
    channels = list(dict.fromkeys(channels + named))
    # A platform the official named says more than its kind: "县政府网站乡镇栏目" stands for 政府网站.
    for kind, words in (("政务新媒体", r"公众号|微博|抖音|视频号|新媒体|小程序|客户端|APP"), ("政府网站", r"网站|官网"),
                        ("政务公开栏", r"公开栏|公示栏")):
        if kind in channels and any(re.search(words, x) for x in channels if x != kind):
            channels.remove(kind)
    channels = [x for x in channels if not any(y != x and y.startswith(x) for y in channels)]
    changes = _texts(d, 1, 3, "platform_change")
    text = f"依托{'、'.join(channels)}等平台及时发布政府信息，做好平台内容保障。" if channels else ""
    if changes:
        text += "本年度，" + "；".join(changes) + "。"
    parts.append("（四）政府信息公开平台建设。" + (text or "〔待补充：政府网站、政务新媒体等公开平台建设情况〕"))
    parts.append("（五）监督保障。" + _supervision(d))
    return "\n".join(parts)


def _requests(t: Report) -> str:
    ap = t.tables.applications
    new, carried, done, fwd = ap.new_received[TOTAL], ap.carried_over[TOTAL], ap.total_processed[TOTAL], \
        ap.carried_forward[TOTAL]
    if new == 0 and not carried:
        return "本年度未收到政府信息公开申请。"
    if new is None:
        return "〔待补充：本年度收到和处理政府信息公开申请的数量〕"
    s2 = f"全年共收到政府信息公开申请{fmt(new)}件"
    if carried:
        s2 += f"，上年结转{fmt(carried)}件"
    if done is not None:
        s2 += f"；办结{fmt(done)}件"
        said = [f"{_result_phrase(k)}{fmt(v)}件" for k in form.RESULT_KEYS if (v := getattr(ap, k)[TOTAL])]
        if said:
            s2 += "，其中" + "、".join(said)
    if fwd:
        s2 += f"；结转下年度继续办理{fmt(fwd)}件"
    return s2 + "。"


def _supervision(d: Draft) -> str:
    said = []
    if f := fact(d, "业务培训"):
        people = fact(d, "培训人次")
        said.append(f"组织政务公开业务培训{fmt(f.value)}{f.unit}" + (f"，参训{fmt(people.value)}{people.unit}" if people else ""))
    elif people := fact(d, "培训人次"):
        said.append(f"组织政务公开业务培训，参训{fmt(people.value)}{people.unit}")
    said += _texts(d, 1, 4)
    text = "；".join(said) + "。" if said else ""
    if d.government:
        missing = [name for name, words in form.GOVERNMENT_DUTIES if not any(w in text for w in words)]
        if missing:
            text += f"〔待补充：{'、'.join(missing)}结果情况〕"
    return text or "〔待补充：组织领导、培训、监督考核等保障措施〕"


def _compose_5(d: Draft, t: Report) -> str:
    found, measures = _texts(d, 5, 0), _texts(d, 5, 1)
    corrected = sum(t.value(form.review_path(g.key, form.CORRECTED)) or 0 for g in form.REVIEW_GROUPS_DEF)
    causes, fixes = _texts(d, 5, 2, "correction_cause"), _texts(d, 5, 2, "correction_fix")
    if corrected and not found and causes:
        # The cause of a corrected case is the year's problem when the official named no other: 五（一）
        # would otherwise ask for what the notes told.
        found = [f"本年度有{fmt(corrected)}件政府信息公开行政复议、行政诉讼案件被纠正，"
                 f"主要原因是{'、'.join(causes)}"]
    text = "（一）存在的主要问题。" + (_listing(found) if found else
                                 "〔待补充：本年度政府信息公开工作存在的具体问题（哪项工作、哪个栏目、什么表现）〕")
    plan = ("下一步，" + _listing(measures) if len(measures) > 1 else f"下一步，将{measures[0]}。") if measures else ""
    if corrected and not plan and fixes:
        plan = f"针对被纠正案件暴露的问题，{'；'.join(fixes)}。"
    text += "\n（二）改进情况。" + (plan or "〔待补充：针对上述问题的具体改进措施〕")
    n = 3
    how = _texts(d, 5, 2, "correction")
    # A corrected case the notes tell while table 4 is still open: told without a count (no figure but the table's).
    unknown = how and all(t.value(form.review_path(g.key, form.CORRECTED)) is None for g in form.REVIEW_GROUPS_DEF)
    if corrected or unknown:
        cause = _texts(d, 5, 2, "correction_cause") + _texts(d, 5, 2, "correction_fix")
        text += ("\n（三）行政复议、行政诉讼被纠正案件的整改情况。本年度有" + (f"{fmt(corrected)}件" if corrected else "")
                 + "政府信息公开行政复议、行政诉讼案件结果为纠正" + (f"（{how[0]}）" if how else "") + "。" +
                 (_listing(cause) if cause else "〔待补充：被纠正的原因和整改措施〕"))
        n = 4
    if d.last_year is not None:
        last = problems(d.last_year.section_text(5))
        if last:
            text += f"\n（{_ORDINALS[n - 1]}）上年度问题整改情况。" + "".join(
                f"针对上年度报告提出的“{p}”问题，〔待补充：整改措施和成效〕。" for p in last)
    return text


_FEE_BASIS = "本机关依据《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）规定"


def _compose_6(d: Draft) -> str:
    fee = fact(d, "信息处理费")
    if fee is not None and fee.value:
        text = f"{_FEE_BASIS}，本年度收取信息处理费{fmt(fee.value)}{fee.unit}。"
    elif fee is not None:
        text = f"{_FEE_BASIS}的按件、按量收费标准，本年度未收取信息处理费。"
    else:
        text = "〔待补充：本年度信息处理费收取情况（依据国办函〔2020〕109号；未收取也应写明）〕"
    handled = [f"{name}{fmt(f.value)}{f.unit}" for label, name in (("人大代表建议", "人大代表建议"), ("政协提案", "政协提案"))
               if (f := fact(d, label))]
    if handled:
        text += "本年度办理" + "、".join(handled) + "，办理结果按规定公开。"
    return text


# --- the whole report --------------------------------------------------------------------------------

def full_report(draft: Draft) -> Report:
    """The draft as a report: its tables, its sections (as written, or composed), its metadata."""
    r = tables_report(draft)
    r.meta.title = f"{draft.agency}{draft.year}年政府信息公开工作年度报告"
    r.meta.period = f"{draft.year}年1月1日至{draft.year}年12月31日"
    r.meta.published = draft.published
    r.preamble = preamble(draft)
    r.sections = [Section(number=s.number, heading=s.heading, text=section_text(draft, s.number, r),
                          numbering=s.heading[:2]) for s in form.SECTIONS]
    return r


def signed_report(draft: Draft, today: dt.date | None = None) -> Report:
    """The draft as it is exported: always with its 落款, dated the day given, else the draft's, else today."""
    r = full_report(draft)
    r.meta.published = draft.published or today or dt.date.today()
    return r


def findings(draft: Draft):
    return check(full_report(draft), draft.last_year)
