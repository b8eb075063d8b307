"""Narrative facts from an official's notes: the figures a report's prose quotes that are not table
cells (网站发布信息1520条, 培训3次, 信息处理费 收取1200元 / 未收取), each with the words it came from.

Table cells are read by the notes grammar (assistant/notes) and settled by the solver; this module reads
only the prose figures. A later message's figure for the same fact replaces the earlier one, and a
figure for one month or quarter is never taken as the year's.
"""
from __future__ import annotations

import re

from pydantic import BaseModel

from .lexicon import PERIOD, abbreviations, fold, glossary, spelled
from .lists import NONE_HEAD
from ..model.numbers import NUM, cn_number


class Fact(BaseModel):
    label: str                  # Chinese description, e.g. "本年新收申请（总计）"
    value: float | int
    unit: str                   # 件 / 条 / 次 / 万元 …
    path: str | None = None     # the table cell it fills, when it is one
    span: tuple[int, int] = (0, 0)
    quote: str = ""             # the words of the note


# --- patterns ------------------------------------------------------------------------------------

_N = NUM + r"\s*"

NARRATIVE = [  # (pattern with the number, label, unit)
    (r"(?:网站|门户网站|政府网站)[^，。；\d]{0,12}?(?:发布|公开|发了|更新|上传|报送|发)[^，。；\d]{0,8}?" + _N + r"(万条|条|篇)",
     "政府网站发布信息", None),
    (r"^\s*(?:网站|门户网站|政府网站)\s*[:：]?\s*" + _N + r"(条|篇)", "政府网站发布信息", None),  # "网站 215条"
    (r"^\s*(?:政务)?新媒体(?:发布)?\s*[:：]?\s*" + _N + r"(条|篇)", "政务新媒体发布信息", None),  # "新媒体：980条"
    (r"(?:新媒体|微信公众号|政务微博|公众号)[^，。；\d]{0,12}?(?:发布|推送|推文|发了|推了|发|推)[^，。；\d]{0,8}?" + _N +
     r"(万条|条|篇)", "政务新媒体发布信息", None),
    (r"(?:主动)?公开[^，。；\d]{0,8}?信息[^，。；\d]{0,4}?" + _N + r"(条|篇)", "主动公开信息", None),
    (r"(?:政策)?解读[^，。；\d]{0,6}?" + _N + r"(篇|件|条|期)", "政策解读", None),
    (r"培训[^，。；\d]{0,8}?" + _N + r"(次|场|期)", "业务培训", None),
    (r"(?:培训|参训)[^，。；]{0,10}?" + _N + r"(人次|人)(?!民)", "培训人次", None),
    (r"(?:新闻发布会|发布会)[^，。；\d]{0,6}?" + _N + r"(场|次)", "新闻发布会", None),
    (r"(?:信息)?处理费[^，。；\d]{0,6}?" + _N + r"(元|万元)", "信息处理费", None),
    (r"(?:人大代表建议|代表建议)[^，。；\d]{0,6}?" + _N + r"(件|条)", "人大代表建议", None),
    (r"(?:政协提案|提案)[^，。；\d]{0,6}?" + _N + r"(件|条)", "政协提案", None),
]

_CLAUSE = re.compile(r"(?:[^，,。；;！!？?\n]|(?<=\d),(?=\d{3}))+")  # "4,382" is one figure
# "信息处理费未收取", "没收处理费", "我们不收费", "处理费：无", "收取信息处理费0元".
_NO_FEE = re.compile(r"(?:未|没有|没|不|无|免)(?:收取|收|产生|征收)?[^，。；\d]{0,6}?(?:信息)?处理费|处理费[^，。；\d]{0,6}?"
                     r"(?:未收取|没收|没有收|不收|无|为0|是0|为零|0元|零元|免收)|(?:^|[，。；\s])(?:我们|本单位|我局|我镇)?"
                     r"(?:不收费|没有收费|未收费|没收费)|处理费\s*[:：]\s*0(?![\d.])")


# A bare "no" to the assistant's own question about the fee ("没有", "没收过", "无").
_BARE_NO = re.compile(r"\s*(?:没有|没|无|未|不)(?:收取?过?|收费)?(?:的|过)?\s*[。.！!]?\s*")


def narrative(messages: list[str], topics: list[str | None] | None = None) -> list[Fact]:
    """The prose facts of all messages; a later figure for the same fact replaces the earlier one. `topics`
    says, per message, what the assistant had asked about (an answer to "是否收取信息处理费？" may be a bare 没有)."""
    facts: dict[str, Fact] = {}
    topics = topics or [None] * len(messages)
    with abbreviations(glossary(messages, also=_PROSE_WORDS)):  # an OA export's field names, glossed in any message
        for text, topic in zip(messages, topics):
            found = _message_facts(text) + _field_facts(text)
            if topic == "fee" and not found and _BARE_NO.fullmatch(text):
                found = [Fact(label="信息处理费", value=0, unit="元", span=(0, len(text)), quote=text.strip())]
            for f in found:
                facts.pop(f.label, None)
                facts[f.label] = f
    return list(facts.values())


_PROSE_WORDS = re.compile(r"网站|新媒体|公众号|微博|培训|解读|发布会|处理费|建议|提案")
# "wzfb=2154" with "wzfb网站发布" glossed: the figure a field of a system export holds, read as its words say.
_FIELD = re.compile(r"(?<![A-Za-z0-9_])([A-Za-z][A-Za-z0-9_]*)\s*[=＝]\s*(\d[\d,]*(?:\.\d+)?)(?![\d.])")


def _field_facts(notes: str) -> list[Fact]:
    out: list[Fact] = []
    for m in _FIELD.finditer(fold(notes)):
        words = spelled(m.group(1))
        if not words:
            continue
        # A field holds a bare figure: its unit is what its name counts (培训人次, 培训次数), else items.
        unit = "人次" if words.endswith("人次") else "次" if words.endswith(("次数", "次")) else "条"
        clause = f"{words}：{m.group(2)}{unit}"
        for pat, label, _ in NARRATIVE:
            hit = re.search(pat, clause)
            if hit and (value := cn_number(hit.group(1).replace(",", ""))) is not None:
                out.append(Fact(label=label, value=value, unit=hit.group(2), span=m.span(), quote=notes[m.start():m.end()]))
                break
    return out


def _same_length(pattern: str, repl: str, text: str) -> str:
    """A substitution that keeps every offset (quotes are cut from the original by them)."""
    return re.sub(pattern, lambda m: repl + " " * (len(m.group(0)) - len(repl)), text)


def _message_facts(notes: str) -> list[Fact]:
    from . import _simplified  # 繁體 notes read like the grammar reads them (same length, offsets kept)
    text = fold(_simplified(notes))
    text = _same_length(r"[？?]\s*\n\s*答\s*[:：]", "：", text)  # "问：信息处理费？\n答：没收" is one statement
    text = _same_length(r"[（(]\s*(?=\d)|(?<=\d)\s*[）)]", "", text)  # "网站发布信息（ 356 ）条"
    out: list[Fact] = []
    for cm in _CLAUSE.finditer(text):
        clause = cm.group(0)
        if PERIOD.search(clause) and not re.search(r"全年|本年|今年|年度", clause):
            continue
        for pat, label, _ in NARRATIVE:
            for m in re.finditer(pat, clause):
                value = cn_number(m.group(1).replace(",", ""))
                if value is None or re.search(r"(不是|而非)\s*$", clause[:m.start(1)]):
                    continue
                a, b = cm.start() + m.start(), cm.start() + m.end()
                out.append(Fact(label=label, value=value, unit=m.group(2), span=(a, b), quote=notes[a:b]))
        if _NO_FEE.search(clause) and not any(f.label == "信息处理费" for f in out):
            out.append(Fact(label="信息处理费", value=0, unit="元", span=(cm.start(), cm.end()),
                            quote=notes[cm.start():cm.end()].strip()))
    if not any(f.label == "政府网站发布信息" for f in out):
        # "网站信息是县里统一发的，我们报送了96条": the count in a later clause of the same sentence.
        for m in re.finditer(r"(?:网站|门户网站)[^。；;\n\d]{0,16}?(?:报送|发布|上传|更新)了?\s*" + _N + r"(万条|条|篇)", text):
            if (value := cn_number(m.group(1).replace(",", ""))) is not None:
                out.append(Fact(label="政府网站发布信息", value=value, unit=m.group(2), span=m.span(),
                                quote=notes[m.start():m.end()]))
                break
    if not any(f.label == "信息处理费" for f in out):
        # "信息处理费今年收了一笔，三百五十元": the amount in the next clause of the same sentence.
        for m in re.finditer(r"(?<!行政事业性)处理费[^。；;\n\d]{0,14}?(?:\d+件[，,]\s*)?" + _N + r"(元|万元)", text):
            if (value := cn_number(m.group(1).replace(",", ""))) is not None:
                out.append(Fact(label="信息处理费", value=value, unit=m.group(2), span=m.span(), quote=notes[m.start():m.end()]))
                break
    return out


# --- points: what the prose reports that is not a figure ------------------------------------------------
# A point is a fact of the notes in the register of a published report: the substance of a problem or a
# measure, how the work is assessed, the form of a corrected case. Its text is rewritten from the
# official's words by deterministic patterns; a point whose words cannot be put in the register is left
# out (the composer then asks for it), never pasted.

class Point(BaseModel):
    kind: str                   # problem / measure / assessment / appraisal / accountability / correction / …
    text: str                   # in the register, without final punctuation
    quote: str = ""             # the official's words it came from
    words: tuple[str, ...] = ()  # content words of the notes the text keeps (a name, a problem's substance)


# Spoken forms of common problems and measures → the phrasing of published 五、 sections.
REWRITES: tuple[tuple[str, str], ...] = (
    (r"也(?=偏少|太少|较少|不多|不足|不够)", ""),  # "培训也偏少": the 也 of a spoken list
    (r"(?:我们|咱们)?(?:镇|乡|街道|局|单位)?里?只有一(?:个|名)兼职(?:人员|工作人员|的)?", "仅有一名兼职工作人员"),
    (r"人少事多|人手(?:少|不够|不足|紧张)|人员(?:少|不足|不够)|专职人员少|没有专职人员|工作人员少", "政务公开工作力量有待加强"),
    (r"(?<!一名)(?:都是|多为|多是)?兼职的?(?:多|为主)?|(?:人员|工作人员)?(?:都是|多为|多是)兼职", "工作人员多为兼职"),
    (r"业务(?:不熟|不熟悉|不太熟|生疏)|不熟悉业务", "业务能力有待提升"),
    (r"(?:有时候?|有时)?更新(?:不及时|不够及时|慢|滞后)", "信息更新不够及时"),
    (r"动态调整不及时", "动态调整不够及时"),
    (r"群众(?:知道的|了解的)不多|知道的人不多|群众知晓(?:率|度)?(?:低|不高)", "群众知晓度不高"),
    (r"形式(?:单一|比较单一|太单一)", "形式较为单一"),
    (r"不规范", "不够规范"),
    (r"多到(?:村里|村组|社区|基层)去?宣传", "深入村组开展政务公开宣传"),
    (r"(?:安排|找|定)专人(?:负责|管)", "明确专人负责"),
    (r"多参加(?:县|市|区)?里?的?培训", "积极参加上级组织的业务培训"),
    (r"参加(县|市|区)里的?培训", r"参加\1级业务培训"),
    (r"(?:要|会)?加强培训|多搞培训|多培训", "加强业务培训"),
    (r"按季度更新", "按季度更新"),
    (r"太少|偏少", "不足"),
    (r"没写明?|没有写明?|未写(?!明)", "未写明"),
    (r"已经?整改(?:完毕|好)?了?", "已完成整改"),
)
# A plan's date ("2026年6月底前", "2025年一季度") is when, not a figure: kept in a measure's text.
_DATE = re.compile(r"(?:20\d\d年)(?:[一二三四1-4]季度|\d{1,2}月(?:底|上旬|中旬|下旬)?|上半年|下半年|年底|底)?前?")
# Words of speech that carry nothing: dropped before the text is judged.
_FILLER = re.compile(r"^(?:就是|主要是|主要|是|有|还有|另外|然后|比如|一个是|一是|二是|三是|再就是|也)+|"
                     r"(?:吧|呢|啊|啦|哈|嘛|呀|哦|的话|这块|那块)+$")
_PROBLEM_LABEL = re.compile(r"(?:^|部分|另外|还有|[,，\s]\s*)(?:存在的?(?:主要)?问题|问题|不足|短板)(?:那块|这块|的话|方面)?"
                            r"(?:你?帮我)?(?:写一下|加上|补上|写)?(?:[：:]|\s*就是|\s*主要是|\s*是|\s*有)\s*")
_MEASURE_LABEL = re.compile(r"(?:改进措施|改进|措施|下一步|下步|明年(?:打算|要|准备|计划)?|打算|计划)(?:就是|是|要|准备|打算)?[：:]?\s*")
_PROBLEM_WORDS = re.compile(r"不及时|不熟|单一|不规范|不多|不高|人少|人手|兼职|滞后|薄弱|不足|不够|欠缺")
_NOT_POINT = re.compile(r"\d|[零一二两三四五六七八九十百千]+[件条次项个场篇期名家人]|写具体|写一下|帮我|XXX|X{2,}|_{2,}|电话")
# Clauses about the tables ("按信访处理了", "予以维持"): the composer states those from the tables.
_TABLE_TALK = re.compile(r"申请|复议|诉讼|结转|信访|予以|不予|处理了|维持")


def register(text: str) -> str:
    """The official's words for a problem or measure in the register of a report ("" when not possible)."""
    from ..checks.register import colloquial
    t = text.strip(" ，,。；;：:、")
    bare = t  # the official's words without what the rewrites put in (a rewrite may spell "一名")
    for pat, rep in REWRITES:
        t = re.sub(pat, rep, t)
        bare = re.sub(pat, "", bare)
    prev = None
    while prev != t:
        prev, t = t, _FILLER.sub("", t).strip(" ，,。；;：:、")
    t = re.sub(r"^(?:我们|咱们|俺们)|(?:我们|咱们)(?=镇|局|街道|单位)", "", t)
    if len(t) < 4 or colloquial(t) or _NOT_POINT.search(_DATE.sub("", bare)):
        return ""
    if m := re.match(r"(" + _DATE.pattern + r")\s*", t):  # "2026年6月底前 建立台账" → "于2026年6月底前建立台账"
        rest = re.sub(r"^将", "", t[m.end():])
        # A bare year ("2025年将加强…") is the plan's year, which 下一步 already says: the measure alone.
        t = rest if re.fullmatch(r"20\d\d年", m.group(1)) else "于" + m.group(1) + rest
    return t


def _items(body: str) -> list[str]:
    return [x for x in re.split(r"[、，,；;]|\s+", body) if x.strip()]


def _split_measure(body: str) -> tuple[str, str]:
    """"专栏更新不及时、人手少，明年打算安排专人负责" → (the problem part, the measure part)."""
    m = re.search(r"\s*(?:→|->|=>|⇒)\s*|[，,；;\s]*(?:明年|下一步|下步|改进措施|措施|打算|计划)", body)
    return (body[:m.start()], body[m.start():]) if m else (body, "")


def points(messages: list[str], topics: list[str | None] | None = None) -> list[Point]:
    """The prose points of the messages; `topics` says, per message, what the assistant had asked about: an
    answer to its question on problems ("人手不够，培训也少，明年多办几期") is problems and measures without
    the word 问题."""
    out: list[Point] = []
    seen: set[tuple[str, str]] = set()

    def add(kind: str, text: str, quote: str, words: tuple[str, ...] | None = None):
        # A free-text point keeps its substance as content words; a structured one names its own.
        if text and (kind, text) not in seen:
            seen.add((kind, text))
            out.append(Point(kind=kind, text=text, quote=quote, words=(text,) if words is None else words))

    for message, topic in zip(messages, topics or [None] * len(messages)):
        text = fold(message)
        in_problems, in_none = topic == "problems", False
        for line in text.split("\n"):
            raw = line.strip()
            if NONE_HEAD.search(raw) and not re.search(r"[1-9]", raw):
                in_none = True  # "没有的（都是0或者无）：" then "责任追究": each line under it is a none
                continue
            if in_none:
                if not raw or re.search(r"[1-9]", raw) or raw.endswith(("：", ":")) or len(raw) > 40:
                    in_none = False
                elif not re.search(r"[：:]\s*(?:无|没有|0)\s*$", raw):
                    raw += "：无"
            if re.match(r"^[一二三四五六七八九十\d]+[、.．]\s*(?:存在的?(?:主要)?问题|不足)", raw):
                in_problems = True  # a heading "五、不足": the bullets under it are problems
                continue
            if re.match(r"^[一二三四五六七八九十]+[、.．]", raw):
                in_problems = False
            for clause in re.split(r"[。！!？?\n]", raw):
                _read_clause(clause.strip(" -*•·●○◆■□>"), in_problems, add)
    if any(p.kind == "platform" and "”" in p.text for p in out):  # a named account says more than the kind
        out = [p for p in out if not (p.kind == "platform" and p.text == "政务新媒体")]
    return out


def _read_clause(clause: str, in_problems: bool, add) -> None:
    clause = re.sub(r"^[（(]?[一二三四五六七八九十\d]+[)）.、．]\s*", "", clause)
    # "第五部分加一句“…”": the official's own sentence for the report, read like any other
    if (asked := re.sub(r"第[一二三四五六]部分(?:加|补|写|添)(?:一句|上|一下)?[：:]?", "", clause)) != clause:
        clause = asked.replace('"', "")
    # "第五部分存在的问题帮我写细一点，就写…": what follows 就写 is the material, for the part the wrapper names
    if m := re.search(r"第[一二三四五六]部分([^，,。]{0,30})[，,]\s*(?:就|只|就是)写(?:上|成)?[：:]?\s*", clause):
        in_problems = in_problems or bool(re.search(r"问题|不足", m.group(1)))
        clause = clause[m.end():]
    if not clause:
        return
    if m := _PROBLEM_LABEL.search(clause):
        if re.search(r"问题|不足|短板", m.group(0)) and not re.search(r"有问题|问题[找打]|什么问题|问题件", clause):
            body, measure = _split_measure(clause[m.end():])
            for item in _items(body):
                add("problem", register(item), clause)
            if measure:
                _read_measure(measure, clause, add)
            return
    if m := _MEASURE_LABEL.match(clause):
        _read_measure(clause, clause, add)
        return
    if in_problems or (_PROBLEM_WORDS.search(clause) and not _NOT_POINT.search(clause)
                       and not _TABLE_TALK.search(clause)):
        body, measure = _split_measure(clause)
        for item in _items(body):
            if in_problems or _PROBLEM_WORDS.search(item):
                add("problem", register(item), clause)
        if measure:
            _read_measure(measure, clause, add)
        return
    _read_duties(clause, add)


def _read_measure(text: str, quote: str, add) -> None:
    body = _MEASURE_LABEL.sub("", re.sub(r"^\s*(?:→|->|=>|⇒)", "", text).strip(" ，,；;"), count=1)
    body = re.sub(r"(" + _DATE.pattern + r")\s+", r"\1", body)  # "2026年6月底前 建立台账" is one item
    for item in _items(body):
        t = register(re.sub(r"^(?:将|要|会|准备|打算)", "", item))
        add("measure", t, quote)


# 考核、评议、追究 and the form of a corrected case: read as structured facts, phrased by the composer.
_SCORE = re.compile(r"(?:分值|权重)(?:占比?)?\s*(\d+(?:\.\d+)?\s*(?:%|分))|占\s*(\d+(?:\.\d+)?\s*(?:%|分))")
_RESULT = re.compile(r"得\s*(\d+(?:\.\d+)?)\s*分|得分\s*(?:为|是)?\s*(\d+(?:\.\d+)?)|排名?第\s*\d+|无扣分|优秀|良好|先进")
# Who assesses and what: "市里年度政务公开考核" → 市 + 年度政务公开考核.
_EVALUATION = re.compile(r"(省|市|县|区)?(?:里|级|委|政府)?的?((?:\d{4}年)?(?:年度)?(?:政务公开|政府信息公开)(?:工作)?(?:绩效|目标)?"
                         r"(?:考核|考评))")
_RATE = re.compile(r"(满意(?:度|率)|好评率)[^\d]{0,6}?(\d+(?:\.\d+)?%)")


def _read_duties(clause: str, add) -> None:
    if re.search(r"考核|考评", clause):
        scope = re.search(r"(?:纳入|列入)\s*([^，,。；]{2,24}?考核)", clause)
        score, result = _SCORE.search(clause), _RESULT.search(clause)
        words = []
        text = ""
        if scope:
            # "纳入了县里的年度绩效考核" → "纳入县年度绩效考核"
            said = re.sub(r"^(?:了|到)\s*", "", re.sub(r"(省|市|县|区)里的?", r"\1", scope.group(1)))
            text = f"将政务公开工作纳入{said}"
            words.append(said)
        elif re.search(r"年度考核|目标考核|绩效考核", clause):
            text = "政务公开工作纳入" + re.search(r"(年度考核|目标考核|绩效考核)", clause).group(1)
        if score:
            s = (score.group(1) or score.group(2)).replace(" ", "")
            text += ("，" if text else "政务公开工作纳入年度考核，") + f"分值占{s}"
            words.append(s)
        if result:
            r = result.group(0)
            points_ = result.group(1) or result.group(2) or (
                (m := re.search(r"考核[^，,。；\d]{0,6}?(\d+(?:\.\d+)?)\s*分", clause)) and m.group(1))
            rank = re.search(r"排名?第\s*(\d+)", clause)
            verdict = (f"考核得分{points_}分" if points_ else f"排名第{rank.group(1)}" if rank
                       else "考核无扣分" if r == "无扣分" else f"考核结果为{r}")
            if points_ and rank:
                verdict += f"，排名第{rank.group(1)}"
            if rank and (group := re.search(r"在([\u4e00-\u9fff]{2,4}?组)(?:中|里|内)?(?:排名?|得分)", clause)):
                verdict += f"（{group.group(1)}）"  # "在乡镇组排第7名": the rank is within that group
            if not text and (who := _EVALUATION.search(clause)):
                # "市里年度政务公开考核，我们排第7名": a result means little without the assessment it is in
                text = f"在{who.group(1) or ''}{who.group(2)}中{verdict.removeprefix('考核')}"
            else:
                text += ("，" if text else "") + f"本年度{verdict}"
        if text:
            add("assessment", text, clause, tuple(words))
    if re.search(r"评议|满意度|满意率|好评率|好差评|测评", clause):
        rate = _RATE.search(clause)
        how = ("依托政务服务“好差评”开展社会评议" if "好差评" in clause else
               "通过满意度测评开展社会评议" if re.search(r"问卷|测评", clause) else "开展社会评议")
        if times := re.search(r"评议\s*(\d+)\s*次", clause):
            how = f"开展社会评议{times.group(1)}次"
        if polls := re.search(r"问卷\s*(\d{1,3}(?:,\d{3})+|\d+)\s*份", clause):  # "有效问卷1,102份"
            how += f"，回收问卷{polls.group(1).replace(',', '')}份"
        text = how + (f"，{rate.group(1)}为{rate.group(2)}" if rate else "")
        add("appraisal", text, clause, (rate.group(2),) if rate else ())
    if re.search(r"追究|问责|追责", clause):
        if re.search(r"无|未发生|没有|未出现|0", clause):
            add("accountability", "本年度未发生因政府信息公开工作被追究责任的情况", clause, ())
    if re.search(r"纠正|撤销|责令", clause) and re.search(r"复议|诉讼|责令", clause):
        if "责令重新答复" in clause or "责令" in clause:
            add("correction", "复议机关责令重新答复", clause, ("责令重新答复",))
        if m := re.search(r"(?:纠正)?原因(?:是|为|：|:)\s*([^，,。；]{4,30})", clause):
            t = register(m.group(1))
            add("correction_cause", t, clause)
        if m := re.search(r"(?:已|并)经?(?:完成)?整改[^。；]{0,30}|加强[^，,。；]{2,20}管理", clause):
            t = register(m.group(0))
            add("correction_fix", t, clause)
    for m in re.finditer(r'"([^"]{2,12})"\s*(微信公众号|公众号|政务微博|微博|抖音号|视频号|客户端|APP)', clause):
        kind = "微信公众号" if m.group(2) in ("公众号", "微信公众号") else m.group(2)
        add("platform", f"“{m.group(1)}”{kind}", clause, (m.group(1),))
    if re.search(r"公众号|微信|微博|新媒体|抖音|视频号", clause):
        add("platform", "政务新媒体", clause, ())
    if re.search(r"网站", clause) and not re.search(r"无|没有|不用|用县|用市|用区", clause):
        add("platform", "政府网站", clause, ())
    if re.search(r"公开栏|公示栏", clause):
        add("platform", "政务公开栏", clause, ())
    for words, text in _MANAGEMENT:
        if re.search(words, clause):
            add("management", text, clause, ())


_MANAGEMENT = (
    (r"保密审查", "严格落实政府信息公开保密审查制度"),
    (r"三审三校", "落实信息发布“三审三校”制度"),
    (r"规范性文件.{0,4}清理|清理.{0,6}规范性文件", "开展行政规范性文件清理"),
    (r"标准目录|公开目录", "对照标准目录规范公开内容"),
    (r"领导小组", "健全政务公开工作领导机制"),
)
