"""The offline composer: official prose from the facts and the tables, in the subsections of the format.

It never copies a raw note line: each note sentence is cleaned (list marks, labels such as "考核评议：",
figures — the composer states figures itself), and what is not report material (greetings, requests
to the assistant, note headings, internal remarks such as "（草稿，请王主任审）") is dropped. A
placeholder 〔待补充：…〕 stands only where a fact is truly absent, naming what is missing.
"""
from __future__ import annotations

import re

from ..form import official as form
from ..form.official import TOTAL
from ..notes.facts import NARRATIVE
from ..notes.lexicon import fold, tokens
from ..model.numbers import fmt
from ..model.report import Report, Section
from ..checks.rules import check, problems
from .state import Draft
from .view import fact, tables_report

PLACEHOLDER = re.compile(r"〔待补充[:：](?:[^〔〕]|〔[^〕]*〕)*〕")


def placeholders(text: str) -> list[str]:
    return PLACEHOLDER.findall(text)


# --- what in the notes is report material ----------------------------------------------------------------

_NOT_MATERIAL = re.compile(
    r"你好|您好|谢谢|感谢|辛苦|麻烦|拜托|帮我|帮忙|请你|请帮|请根据|请按|请生成|请起草|请写|写一下|写个|起草一下|生成一下|"
    r"整理一下|看看|看一下|哈哈|收到请回复|如下[:：]?$|以上|仅供参考|内部|草稿|请.{0,6}(主任|局长|科长|领导|同志)|"
    r"漏登|漏算|漏报|不对|有误|更正|说错|搞错|弄错|写错|改一下|刚才|刚刚发|上条|上面的|前面的|"
    r"审核后|审阅|笔记|素材|材料如下|数据如下|整理如下|汇总如下|备忘|小结|说明[:：]?$|^[A-Za-z]|@")
_HEADER = re.compile(r"^.{0,30}(年度?)?(工作)?(笔记|素材|材料|数据|情况|统计|汇总|要点)[)）]?[:：]?$")
_LABEL = re.compile(r"^(?:[（(]?[一二三四五六七八九十\d]+[)）.、．]\s*)?([\u4e00-\u9fff/、]{1,10})[:：]\s*")
_LIST_MARK = re.compile(r"^[\s\-*•·●○◆■□>\d.、）)（(一二三四五六七八九十]*?(?=[\u4e00-\u9fff“])")
_REMARK = re.compile(r"[（(][^）)]*(草稿|请.{0,8}审|待核|待定|内部|备注|注[:：]|导出|再补|补报|核实|确认|待查|暂定|估计)[^）)]*[）)]")
# A greeting or a name the note is addressed to: "王姐，", "李科长好！", "主任，", "在吗？".
_VOCATIVE = re.compile(r"^(?:[\u4e00-\u9fff]{0,3}(?:姐|哥|主任|科长|局长|书记|老师|同志|领导|处长|股长|部长|总|师傅)"
                       r"|各位|大家|在吗|您好|你好)[好您]?[，,：:！!。\s]+")

# Topics in the order a sentence is claimed; each sentence is used once. Problems and measures are
# claimed first so that an improvement measure never lands under 主动公开 or 依申请公开.
TOPICS: list[tuple[str, tuple[str, ...]]] = [
    ("measures", ("下一步", "将进一步", "将加强", "将建立", "将完善", "将推进", "将持续", "将定期", "将开展", "改进措施",
                  "整改", "计划", "拟", "着力", "努力")),
    ("problems", ("问题", "不足", "短板", "差距", "不够", "有待", "单一", "薄弱", "滞后", "欠缺", "不及时", "不高",
                  "不强", "不到位", "较少", "偏少", "不规范", "不充分", "不全面")),
    ("correction", ("纠正", "败诉", "撤销")),
    ("fees", ("处理费",)),
    ("other", ("人大代表建议", "政协提案", "建议提案", "工作要点", "创新")),
    ("supervision", ("培训", "考核", "监督", "评议", "追究", "问责", "追责", "督查", "责任", "保障", "领导小组")),
    ("management", ("审查", "保密", "目录", "台账", "清理", "管理", "制度", "规范", "档案")),
    ("platform", ("平台", "专栏", "栏目", "网站", "新媒体", "公众号", "微博", "公开栏", "政务服务")),
    ("requests", ("依申请", "答复", "受理", "申请")),
    ("active", ("主动公开", "公开", "发布", "解读", "推送")),
]
_LABEL_TOPIC = {"问题": "problems", "不足": "problems", "改进": "measures", "措施": "measures", "下一步": "measures",
                "整改": "measures", "计划": "measures", "考核": "supervision", "评议": "supervision",
                "追究": "supervision", "问责": "supervision", "监督": "supervision", "保障": "supervision",
                "培训": "supervision", "平台": "platform", "网站": "platform", "新媒体": "platform",
                "管理": "management", "审查": "management", "主动公开": "active", "依申请": "requests",
                "处理费": "fees", "其他": "other"}
_FIGURE = re.compile(r"\d|[零一二两三四五六七八九十百千]+[件条次项个场篇期名家人]")
# "今年没有收到依申请公开", "复议诉讼都没有": table facts the composer states from the tables itself.
_TABLE_FACT = re.compile(r"(没有|未|无|均为0|都是0)[^，,。]{0,8}(申请|结转|复议|诉讼|起诉|收费|许可|处罚|强制|规范性文件|规章)|"
                         r"(申请|结转|复议|诉讼|起诉|收费|许可|处罚|强制)[^，,。]{0,6}(都没有|均无|没有|为0|是0|均为0)")


_TABLE_HEADS = {"row", "group", "apps", "rgroup", "litigation", "outcome", "t2row", "t2col", "carry"}


def _keep(clause: str) -> bool:
    """A clause is report material unless it is a greeting or remark, a table fact (the composer writes
    those from the tables), or a figure the composer already states from the facts."""
    if _NOT_MATERIAL.search(clause) or _TABLE_FACT.search(clause):
        return False
    if not _FIGURE.search(clause):
        return True
    # Results of assessment and appraisal keep their figures ("满意度96.2%", "考核得92分": what S-7 asks for);
    # table figures and facts the composer states itself do not.
    if not re.search(r"考核|考评|评议|满意|好评|得分|排名|测评|评价|追究|问责|追责", clause):
        return False
    if any(t.kind in _TABLE_HEADS for t in tokens(fold(clause))):
        return False
    return not any(re.search(pat, clause) for pat, _, _ in NARRATIVE)


def material(text: str) -> list[tuple[str, str]]:
    """(label, sentence) pairs of the notes that can stand in a report, figures left out."""
    out = []
    for line in text.split("\n"):
        line = _REMARK.sub("", line).strip()
        if not line or _HEADER.match(line):
            continue
        label = ""
        if m := _LABEL.match(line):
            label, line = m.group(1), line[m.end():]
        for sentence in re.split(r"(?<=[。；;！!？?])", line):
            raw = _VOCATIVE.sub("", _LIST_MARK.sub("", sentence.strip())).strip(" ；;。，,")
            if m := _LABEL.match(raw):  # "存在问题：…" inside a line
                label, raw = label or m.group(1), raw[m.end():]
            duty = label if any(w in label for _, words in form.GOVERNMENT_DUTIES for w in words) else ""
            if duty and re.fullmatch(r"(本年度?|全年|今年)?(无|没有|未发生|为0|0)[。.]?", raw):
                out.append((label, f"本年度未发生{duty}情况。"))  # "责任追究：本年度无"
                continue
            if len(raw) < 6 or _NOT_MATERIAL.search(raw):
                continue
            clauses = [c.strip() for c in re.split(r"[，,]", raw) if c.strip() and _keep(c)]
            body = "，".join(clauses)
            if len(body) >= 6:
                if duty and not any(w in body for _, words in form.GOVERNMENT_DUTIES for w in words):
                    body = f"{duty}方面，{body}"  # "社会评议：通过‘好差评’收集群众评价" keeps what it reports
                out.append((label, body + "。"))
    return out


def note_topics(draft: Draft) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {name: [] for name, _ in TOPICS}
    for label, text in material(draft.notes_text()):
        topic = next((t for k, t in _LABEL_TOPIC.items() if k in label), None)
        if topic is None:
            topic = next((name for name, words in TOPICS if any(w in text for w in words)), None)
        if topic and text not in out[topic]:
            out[topic].append(text)
    return out


# --- sections ------------------------------------------------------------------------------------------

def preamble(draft: Draft) -> str:
    return (f"本报告根据《中华人民共和国政府信息公开条例》和《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国"
            f"政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2021〕30号）要求编制。全文包括总体情况、主动公开政府信息情况、"
            f"收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。"
            f"本报告所列数据的统计期限自{draft.year}年1月1日起至{draft.year}年12月31日止。")


def section_text(draft: Draft, n: int, tables: Report | None = None) -> str:
    if n in form.NARRATIVE_SECTIONS:
        s = draft.sections.get(n)
        return s.text if s and s.text else compose(draft, n, tables)
    return ""


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
    return f"{row.short}而{verb}" if row.group.key in ("withheld", "rejected") else f"{verb}（{row.short}）"


def _compose_1(d: Draft, t: Report) -> str:
    topics = note_topics(d)
    parts = [f"{d.year}年，{d.agency}认真贯彻落实《中华人民共和国政府信息公开条例》，坚持“以公开为常态、不公开为例外”，"
             f"扎实做好政府信息公开各项工作。"]
    s1 = []
    for label, lead in (("政府网站发布信息", "通过政府网站主动公开政府信息"), ("政务新媒体发布信息", "通过政务新媒体发布信息"),
                        ("主动公开信息", "主动公开政府信息"), ("政策解读", "发布政策解读")):
        if f := fact(d, label):
            s1.append(f"{lead}{fmt(f.value)}{f.unit}")
    nd = t.tables.active.normative_documents
    if nd.issued is not None:
        s1.append(f"制发行政规范性文件{fmt(nd.issued)}件" + (f"、废止{fmt(nd.repealed)}件" if nd.repealed else "") +
                  (f"，现行有效{fmt(nd.in_force)}件" if nd.in_force is not None else ""))
    text = "（一）主动公开。" + ("全年" + "，".join(s1) + "。" if s1 else "") + "".join(topics["active"])
    if text == "（一）主动公开。":
        text += "〔待补充：主动公开政府信息的主要做法和数据〕"
    parts.append(text)
    ap = t.tables.applications
    new, carried, done, fwd = ap.new_received[TOTAL], ap.carried_over[TOTAL], ap.total_processed[TOTAL], \
        ap.carried_forward[TOTAL]
    if new == 0 and not carried:
        s2 = "本年度未收到政府信息公开申请。"
    elif new is not None:
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
        s2 += "。"
    else:
        s2 = "〔待补充：本年度收到和处理政府信息公开申请的数量〕"
    parts.append("（二）依申请公开。" + s2 + "".join(topics["requests"]))
    for title, topic, ask in (
            ("（三）政府信息管理。", "management", "政府信息管理（发布审查、保密审查、规范性文件清理等）的做法"),
            ("（四）政府信息公开平台建设。", "platform", "政府网站、政务新媒体等公开平台建设情况"),
            ("（五）监督保障。", "supervision", "组织领导、培训、监督考核等保障措施")):
        said = list(topics[topic])
        if topic == "supervision" and (f := fact(d, "业务培训")):
            said.insert(0, f"全年开展政务公开业务培训{fmt(f.value)}{f.unit}。")
        parts.append(title + ("".join(said) if said else f"〔待补充：{ask}〕"))
    if d.government:
        said = "".join(topics["supervision"])
        missing = [name for name, words in form.GOVERNMENT_DUTIES if not any(w in said for w in words)]
        if missing:
            parts[-1] += f"〔待补充：{'、'.join(missing)}结果情况〕"
    return "\n".join(parts)


def _compose_5(d: Draft, t: Report) -> str:
    topics = note_topics(d)
    said_problems, measures = topics["problems"], topics["measures"]
    text = "（一）存在的主要问题。" + ("".join(said_problems) if said_problems else
                                 "〔待补充：本年度政府信息公开工作存在的具体问题（哪项工作、哪个栏目、什么表现）〕")
    text += "\n（二）改进情况。" + ("".join(measures) if measures else "〔待补充：针对上述问题的具体改进措施〕")
    corrected = sum(t.value(form.review_path(g.key, form.CORRECTED)) or 0 for g in form.REVIEW_GROUPS_DEF)
    if corrected:
        cause = "".join(topics["correction"])
        text += (f"\n（三）行政复议、行政诉讼被纠正案件的整改情况。本年度有{fmt(corrected)}件政府信息公开行政复议、行政诉讼案件"
                 f"结果为纠正。" + (cause or "〔待补充：被纠正的原因和整改措施〕"))
    if d.last_year is not None:
        last = problems(d.last_year.section_text(5))
        if last:
            n = "（四）" if corrected else "（三）"
            text += f"\n{n}上年度问题整改情况。" + "".join(
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
    return text + "".join(note_topics(d)["other"])


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


def findings(draft: Draft):
    return check(full_report(draft), draft.last_year)
