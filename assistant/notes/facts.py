"""Narrative facts from an official's notes: the figures a report's prose quotes that are not table
cells (网站发布信息1520条, 培训3次, 信息处理费 收取1200元 / 未收取), each with the words it came from.

Table cells are read by the notes grammar (assistant/notes) and settled by the solver; this module reads
only the prose figures. A later message's figure for the same fact replaces the earlier one, and a
figure for one month or quarter is never taken as the year's.
"""
from __future__ import annotations

import re

from pydantic import BaseModel

from .cleaners import simplified
from .lexicon import EMOJI, PERIOD, abbreviations, fold, glossary, spelled
from .lists import NONE_HEAD
from ..form.official import ACTIVE_BY_KEY, GOVERNMENT_DUTIES
from ..model.numbers import NUM, cn_number

_APPRAISAL = GOVERNMENT_DUTIES[1][0]  # 社会评议: the form's word for it
_NORMATIVE = ACTIVE_BY_KEY["normative_documents"].label  # 行政规范性文件


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
    (r"(?:网站|门户网站|政府网站|官网)[^，。；\d]{0,12}?(?:发布|公开|发了|更新|上传|报送|发)[^，。；\d]{0,8}?" + _N + r"(万条|条|篇)",
     "政府网站发布信息", None),
    (r"^\s*(?:网站|门户网站|政府网站)\s*[:：]?\s*" + _N + r"(条|篇)", "政府网站发布信息", None),  # "网站 215条"
    (r"^\s*(?:政务)?新媒体(?:发布)?\s*[:：]?\s*" + _N + r"(条|篇)", "政务新媒体发布信息", None),  # "新媒体：980条"
    (r"(?:新媒体|微信公众号|政务微博|公众号)[^，。；\d]{0,12}?(?:发布|推送|推文|发了|推了|发|推)[^，。；\d]{0,8}?" + _N +
     r"(万条|条|篇)", "政务新媒体发布信息", None),
    # "网站今年发了187条，公众号63条", "“吉林水利”公众号687条": the account and its count, no verb between
    (r"(?:新媒体|公众号|政务微博|微博|抖音号?|视频号|头条号)\s*[:：]?\s*(?:共|全年|今年|本年)?\s*" + _N + r"(万条|条|篇)",
     "政务新媒体发布信息", None),
    (r"(?:主动)?公开[^，。；\d]{0,8}?信息[^，。；\d]{0,4}?" + _N + r"(条|篇)", "主动公开信息", None),
    # "全年发布审计结果公告等信息112条": the year's items with no platform named (a platform's own pattern above)
    # ("全年发布政策解读信息15条", "发了通知文件3条": one kind of item, no total — kinds named are examples, "…等信息")
    (r"(?:全年|本年|今年|年内)(?:共|累计)?(?:发布|公开|发)了?(?:(?:(?!网站|新媒体|公众号|微博|抖音|视频号)[^，。；\d]){0,12}?等)?"
     r"(?:各类|各项|相关)?(?:政府)?信息[^，。；\d]{0,4}?" + _N + r"(条|篇)", "主动公开信息", None),
    (r"(?:政策)?解读[^，。；\d]{0,6}?" + _N + r"(篇|件|条|期)", "政策解读", None),
    (r"培训[^，。；\d]{0,8}?" + _N + r"(次|场|期)", "业务培训", None),
    (r"(?:培训|参训)[^，。；]{0,10}?" + _N + r"(人次|人)(?!民)", "培训人次", None),
    (r"(?:新闻发布会|发布会)[^，。；\d]{0,6}?" + _N + r"(场|次)", "新闻发布会", None),
    (r"(?:信息)?处理费[^，。；\d]{0,6}?" + _N + r"(元|万元|块钱|块)", "信息处理费", None),
    (r"(?:人大代表建议|代表建议)[^，。；\d]{0,6}?" + _N + r"(件|条)", "人大代表建议", None),
    (r"(?:政协提案|提案)[^，。；\d]{0,6}?" + _N + r"(件|条)", "政协提案", None),
]

_PLATFORM_COUNTS = ("政府网站发布信息", "政务新媒体发布信息")
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
    text = fold(simplified(notes))  # 繁體 notes read like the grammar reads them (same length, offsets kept)
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
                if label == "主动公开信息" and any(f.label in _PLATFORM_COUNTS and f.span[0] < b and a < f.span[1]
                                                 for f in out):
                    continue  # "网站今年发布信息2,314条": the website's count, not the year's items as well
                unit = {"块": "元", "块钱": "元"}.get(m.group(2), m.group(2))  # "300块钱" as people say it
                out.append(Fact(label=label, value=value, unit=unit, span=(a, b), quote=notes[a:b]))
        if _NO_FEE.search(clause) and not any(f.label == "信息处理费" for f in out):
            out.append(Fact(label="信息处理费", value=0, unit="元", span=(cm.start(), cm.end()),
                            quote=notes[cm.start():cm.end()].strip()))
    if not any(f.label == "政府网站发布信息" for f in out):
        # "网站信息是县里统一发的，我们报送了96条": the count in a later clause of the same sentence.
        for m in re.finditer(r"(?:网站|门户网站|官网)[^。；;\n\d]{0,16}?(?:报送|发布|上传|更新|发)了?\s*" + _N + r"(万条|条|篇)", text):
            if (value := cn_number(m.group(1).replace(",", ""))) is not None:
                out.append(Fact(label="政府网站发布信息", value=value, unit=m.group(2), span=m.span(),
                                quote=notes[m.start():m.end()]))
                break
    if not any(f.label == "信息处理费" for f in out):
        # "信息处理费今年收了一笔，三百五十元", "收取信息处理费1件，计300元": the amount in the next clause of the
        # same sentence, after the count of cases it was charged for.
        for m in re.finditer(r"(?<!行政事业性)处理费[^。；;\n\d]{0,14}?(?:\d+件[，,]\s*(?:共计|合计|共|计|金额)?\s*)?"
                             + _N + r"(元|万元)", text):
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
    (r"^(?:说实话|其实|反正|关于|再一个|另一个|还有一个)(?:就是)?", ""),  # words of speech before the substance
    (r"有些|有的|好多|好些", "部分"),
    (r"不太及时", "不够及时"), (r"(?<=[\u4e00-\u9fff])了$", ""), (r"^(?:就是)?(?:那个|这个)", ""),
    (r"^([\u4e00-\u9fff]{2,6}(?:质量|水平))$", r"\1有待提高"),
    (r"^(?:今年|全年)?(?=被)", ""), (r"才(?=\d)", "仅"),
    (r"(?:大概|大约)?(\d+(?:\.\d+)?%)出头", r"略高于\1"), (r"大概|大约", "约"),
    # everyday words of a spoken answer → a report's (each a general usage, not one official's)
    (r"^(?:寻思|想着|想|琢磨)(?:让)?", ""), (r"([\u4e00-\u9fff]{2})\1", r"\1"), (r"照到|照着", "按照"),
    (r"(?:一哈|一下)$|(?<=抽查)一$", ""), (r"每个月", "每月"), (r"^还?兼着", "兼任"), (r"好几样活儿?|好几摊事", "多项工作"),
    (r"搞得|弄得", ""), (r"没及时", "未及时"), (r"晒出来", "公开"), (r"觉得", "认为"), (r"贴个", "张贴"),
    (r"那边|这边", ""), (r"(?<=公开)的东西|东西(?=参差|不统一)", "内容"), (r"指定个人|指定专人", "明确专人"), (r"专门管", "负责管理"),
    (r"每个(?=社区|村|单位|学校|科室)", "各"), (r"(?<=[镇乡局里])也(?=争取|要|将)", ""),
    (r"新来的(?:人|同志)?", "新进人员"),
    (r"搞(?:个|一个)?(?=[^得，,]{1,8}(?:模板|清单|制度|台账|机制|方案)$)", "制定"),
    (r"也(?=偏少|太少|较少|不多|不足|不够)", ""),  # "培训也偏少": the 也 of a spoken list
    (r"(?:我们|咱们)?(?:镇|乡|街道|局|单位)?里?只有一(?:个|名)兼职(?:人员|工作人员|的)?", "仅有一名兼职工作人员"),
    (r"人少事多|人手(?:少|不够|不足|紧张)|人员(?:少|不足|不够)|专职人员少|没有专职人员|工作人员少", "政务公开工作力量有待加强"),
    (r"(?<!一名)(?:人员|工作人员)?(?:都是|多为|多是)?兼职的?(?:多|为主)?|(?:人员|工作人员)?(?:都是|多为|多是)兼职", "工作人员多为兼职"),
    (r"业务(?:不熟|不熟悉|不太熟|生疏)|不熟悉业务", "业务能力有待提升"),
    (r"(?:信息)?(?:有时候?|有时)?更新(?:不及时|不够及时|慢|滞后)", "信息更新不够及时"),
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
    # a plan said as next year's wish ("明年想…", "今后打算…"): 下一步 already says when
    (r"^(?:明年|今后|以后|来年)(?:想|要|打算|准备|计划|争取)(?:着)?", ""),
    (r"^(?:但|但是|而且|并且|可是)?(?:我们|咱们|俺们)?(?:发|出|写|做)的(?=[\u4e00-\u9fff]{2,})", ""),
    (r"^(?:就|都)?按(?:照)?上级(?:的)?要求(?:来|办|做|落实|执行)(?:吧|呗)?$", "按照上级要求抓好落实"),
    # a notice board left unchanged: the common problem of a township's or a community's 公开栏
    (r"^(村|社区|镇|乡|街道|单位)?里?(?:那个?|的)?(政务|村务|居务|党务)?公开栏(?:部分)?[^，,]{0,8}?"
     r"(?:没换|没更新|未更新|不更新|没有更新|更新不及时)$", r"部分\1\2公开栏内容更新不够及时"),
    # a reading too official for the public ("解读太官方", "文件写得太专业，看不懂")
    (r"((?:政策)?解读|政策|文件|材料)[^，,]{0,4}?太[“\"]?(?:官方|专业|书面|生硬)[”\"]?了?", r"\1通俗性不够"),
    # a plan to explain in pictures and videos ("做成图解和短视频", "搞点动漫视频")
    (r"^(?:做成|做|搞|出|弄|拍|制作)(?:点|些|一些)?((?:图解|短视频|视频|动漫|漫画|H5|长图)(?:(?:和|、|或)(?:图解|短视频|视频|动漫|漫画|H5|长图))*)$",
     r"采用\1等形式开展政策解读"),
)
# How often, not a figure: "每季度通报一次", "每月抽查一次".
_OFTEN = re.compile(r"每(?:年|半年|季度|季|月|周|旬)[^，,；;]{0,8}?[一两]次")
# Spoken words a rewrite did not reach: such a point cannot stand in a report as it is, so it is left out
# (the composer asks for it) rather than pasted. Narrow on purpose: words no published 五、 uses.
_SPOKEN = re.compile(r"老长|老是|老半天|寻思|琢磨|一看就|看不清|看不懂|看不明白|没动静|莫得|没得(?!到)|一哈|旮|(?:里|上)那|"
                     r"那(?:个|些|边|栏)|好几|挂上去|挂出来|肯定|到时候|要求来|(?:整|搞|弄)(?:这|那|点)|特别多|太(?:多|忙|难|麻烦)|[啥咋咱俺]")
# A plan's date ("2026年6月底前", "2025年一季度") is when, not a figure: kept in a measure's text.
_DATE = re.compile(r"(?:20\d\d年)(?:[一二三四1-4]季度|\d{1,2}月(?:底|上旬|中旬|下旬)?|上半年|下半年|年底|底)?前?")
_FIGURE_OK = re.compile(r"(?<![\d.])\d{1,4}(?:\.\d+)?\s*(?:个工作日|个月|篇|件|条|%|次|天)(?!\d)")
# Words of speech that carry nothing: dropped before the text is judged.
_FILLER = re.compile(r"^(?:就是|主要是|主要|是|有|还有|另外|然后|比如|一个是|一是|二是|三是|再就是|再一个|再有|也)+|"
                     r"(?:吧|呢|啊|啦|哈|嘛|呀|哦|的话|这块|那块)+$")
_PROBLEM_LABEL = re.compile(r"(?:^|部分|另外|还有|主要|[,，\s]\s*)(?:存在的?(?:主要)?问题|问题|不足|短板)(?:那块|这块|的话|方面|嘛|呢|吧)?[，,]?"
                            r"(?:你?帮我)?(?:写一下|加上|补上|写)?(?:[：:]|\s*就是|\s*主要是|\s*是|\s*有|(?=一是|\s))\s*")
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
    # a plan's spoken lead ("打算把…", "要加强…"): 下一步 says it is a plan
    t = re.sub(r"^(?:打算|准备|计划|想|要)(?=把|将|对|在|加强|做好|完善|建立|推进|提升|落实|强化|规范|健全|开展|组织|制定|明确|"
               r"采用|推行|实行|加大|定期|每月|每季度|分解)", "", t)
    # a figure the official gives for the problem itself ("超过7个工作日", "全年解读才6篇") is its substance
    if len(t) < 4 or colloquial(t) or _SPOKEN.search(t) or _NOT_POINT.search(_FIGURE_OK.sub("", _DATE.sub("", _OFTEN.sub("", bare)))):
        return ""
    if re.fullmatch(r"(?:存在的?(?:主要)?问题|问题|不足|改进)(?:方面|情况)?", t):
        return ""  # "关于存在的问题，…": the answer restating the question
    if m := re.match(r"(" + _DATE.pattern + r")\s*", t):  # "2026年6月底前 建立台账" → "于2026年6月底前建立台账"
        rest = re.sub(r"^将", "", t[m.end():])
        # A bare year ("2025年将加强…") is the plan's year, which 下一步 already says: the measure alone.
        t = rest if re.fullmatch(r"20\d\d年", m.group(1)) else "于" + m.group(1) + rest
    return t


def _items(body: str) -> list[str]:
    out: list[str] = []
    for sep, x in re.findall(r"(^|[、，,；;]|\s+)([^、，,；;\s]*)", body):
        if not x.strip():
            continue
        if out and sep in "，," and _TAIL.match(x):
            out[-1] += "，" + x  # "干部认为公开就是张贴通知，搞得不规范": what it leads to, not a problem of its own
        else:
            out.append(x)
    return out


# A clause with no subject that says what the one before leads to.
_TAIL = re.compile(r"(?:搞得|弄得|导致|造成|以致)(?:不够|不|未|没)|(?:不够|不太)(?:规范|及时|全面|准确)$")


def _split_measure(body: str) -> tuple[str, str]:
    """"专栏更新不及时、人手少，明年打算安排专人负责" → (the problem part, the measure part)."""
    m = re.search(r"\s*(?:→|->|=>|⇒)\s*|[，,；;\s]*(?:明年|下一步|下步|改进措施|措施|打算|计划|"
                  r"改进(?=[一:：\s，,]|的话|方面|上))", body)
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
        if topic not in ("fee", "problems", "duties", "management") and len(text) < 300 and \
                len(set(re.findall(_NAMED_PLATFORM, text))) >= 2:
            topic = "platform"  # "厅门户网站、“江西交通”微信公众号…": a list of platforms, whatever was asked last
        if topic not in ("fee", "duties", "platform", "management") and len(text) < 400 and \
                re.match(r"\s*(?:关于)?(?:存在的?(?:主要)?问题|问题)(?:主要|方面|嘛|的话)?", text):
            topic = "problems"  # "问题主要是…。再一个…。下一步…": each sentence of it, whatever was asked last
        in_problems, in_none, in_measures = topic == "problems", False, False
        start = len(out)
        told: dict = {}  # what the message named before (the platforms, an account) for what it says after
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
                in_problems = in_measures = False
            # "问题：" and "改进：" on lines of their own: the bullets under each are problems, then measures
            if re.fullmatch(r"(?:存在的?(?:主要)?问题|问题|不足)(?:方面)?\s*[：:]", raw):
                in_problems, in_measures = True, False
                continue
            if re.fullmatch(r"(?:改进措施|改进|措施|下一步|下步打算|下步|整改措施|下一步打算)(?:方面)?\s*[：:]", raw):
                in_problems, in_measures = False, True
                continue
            for clause in re.split(r"[。！!？?\n]", raw):
                if in_measures and clause.strip(" -*•·●○◆■□>"):
                    _read_measure(clause.strip(" -*•·●○◆■□>"), clause, add)
                    continue
                # "问题的话…。考核我们在全县排第8，良好等次，追责没有。": a sentence that opens on a duty and tells
                # its result is that duty, not one more problem
                duty = bool(re.match(r"\s*(?:工作|年度|政务公开)?(?:考核|考评|社会评议|评议|责任追究|追究|追责|问责)", clause)) and \
                    bool(_RESULT.search(clause) or _told_none(clause))
                _read_clause(clause.strip(" -*•·●○◆■□>"), in_problems and not duty, add, None if duty else topic, told)
        # ("另外两项🈚️": the emoji folds to 无)
        folded = fold(text)
        # (whatever was asked, "考核…，另外两项没有" names the three duties by the one it told)
        if (topic == "duties" or _DUTY.search(folded) and re.search(r"(?:其他|其它|其余|另外|另)两项", folded)) and \
                re.search(r"(?:其他|其它|其余|另外|另)(?:的|两项|两个|几项|方面)?(?:都|也)?(?:没有|没得|无|未开展)", folded):
            # "考核有，县里年度考核。其他的没有。": the duties the answer did not name are the ones it had not
            named = {p.kind for p in out[start:]}
            for kind in ("assessment", "appraisal", "accountability"):
                if kind not in named:
                    add(kind, NONE_TEXT[kind], message, ())
    # a platform the official named says more than its kind: "“宁陵健康”微信公众号" stands for 政务新媒体
    for kind, words in (("政务新媒体", r"”|公众号|微博|抖音|视频号|小程序|客户端|APP"), ("政府网站", r"网站|官网"),
                        ("政务公开栏", r"公开栏|公示栏")):
        if any(p.kind == "platform" and p.text != kind and re.search(words, p.text) for p in out):
            out = [p for p in out if not (p.kind == "platform" and p.text == kind)]
    return out


def _read_clause(clause: str, in_problems: bool, add, topic: str | None = None, told: dict | None = None) -> None:
    clause = re.sub(r"^[（(]?[一二三四五六七八九十\d]+[)）.、．]\s*", "", clause)
    # "第五部分加一句“…”": the official's own sentence for the report, read like any other
    if (asked := re.sub(r"第[一二三四五六]部分(?:加|补|写|添)(?:一句|上|一下)?[：:]?", "", clause)) != clause:
        clause = asked.replace('"', "")
    # "第五部分存在的问题帮我写细一点，就写…": what follows 就写 is the material, for the part the wrapper names
    if m := re.search(r"第[一二三四五六]部分([^，,。]{0,30})[，,]\s*(?:你|您|帮我)?(?:就|只|就是)写(?:上|成)?[：:]?\s*", clause) or \
            re.match(r"()(?=(?:存在的?)?(?:问题|不足))[^，,。]{0,8}?(?:那块|这块|部分)?[，,]?\s*(?:你|您|帮我)?(?:就|只)写(?:上|成)?[：:]?\s*",
                     clause):
        # ("问题那块，你就写…", "问题就写…": the same, the part named by its topic)
        in_problems = in_problems or bool(re.search(r"问题|不足", m.group(1) or m.group(0)))
        clause = clause[m.end():]
    if not clause:
        return
    # "问题和措施写“栏目更新不及时、解读不够通俗”那些就行": the official quotes the problems to write
    if m := _QUOTED_PROBLEMS.search(clause):
        found = [register(item) for item in _items(m.group(2))]
        for problem in found:
            add("problem", problem, clause)
        if m.group(1):  # and the measures asked for with them: one answering each problem
            for answer in filter(None, map(answering, found)):
                add("measure", answer, clause)
        return
    if m := _PROBLEM_LABEL.search(clause):
        if re.search(r"问题|不足|短板", m.group(0)) and not re.search(r"有问题|问题[找打]|什么问题|问题件", clause):
            body, measure = _split_measure(clause[m.end():])
            found = [register(item) for item in _items(body)]
            for problem in found:
                add("problem", problem, clause)
            if measure and _MEASURES_TO_MATCH.search(measure):
                for answer in filter(None, map(answering, found)):
                    add("measure", answer, clause)
            elif measure:
                _read_measure(measure, clause, add)
            return
    if m := _MEASURE_LABEL.match(clause):
        _read_measure(clause, clause, add)
        return
    if in_problems or (_PROBLEM_WORDS.search(clause) and not _NOT_POINT.search(clause)
                       and not _TABLE_TALK.search(clause)):
        body, measure = _split_measure(clause)
        found = []
        for item in _items(body):
            if in_problems or _PROBLEM_WORDS.search(item):
                found.append(register(item))
                add("problem", found[-1], clause)
        if measure and _MEASURES_TO_MATCH.search(measure):
            # "改进措施对应写一下": the official asks for a measure answering each problem given
            for problem in found:
                if answer := answering(problem):
                    add("measure", answer, clause)
        elif measure:
            _read_measure(measure, clause, add)
        return
    if topic == "platform":
        _read_platforms(clause, add, told if told is not None else {})
    _read_duties(clause, add)


# The problems given as quoted words to write ("问题写“…”", "问题和措施就按“…”写"); group 1 names the measures too.
_QUOTED_PROBLEMS = re.compile(r"(?:存在的?)?(?:问题|不足)(?:和|及|与|跟|、)?((?:改进)?措施)?(?:那块|这块|部分)?[，,]?\s*"
                              r"(?:你|您|帮我)?(?:就|只|可以)?(?:写|按)(?:上|成)?[：:]?\s*\"([^\"]{4,80})\"")
# "改进措施对应写一下", "措施你看着写": measures asked for, none given
_MEASURES_TO_MATCH = re.compile(r"(?:改进)?措施[^，,。；;\d]{0,6}?(?:对应|相应|照着|看着|针对|帮我|你)[^，,。；;\d]{0,6}?写")
# A problem in the register → the measure that answers it, in the phrasing of published 五（二） sections.
_ANSWERS = ((r"^(.{2,20}?)(?:还|仍)?(?:不够|不太|不)规范$", r"进一步规范\1"),
            (r"^(.{2,20}?)(?:更新|发布)?(?:还|仍)?(?:不够|不太|不)及时$", r"加强\1日常更新维护，确保信息发布及时准确"),
            (r"^(.{2,20}?)(?:还|仍)?有待(?:进一步)?(?:加强|提高|提升)$", r"进一步加强\1"),
            (r"^(.{2,20}?)(?:还|仍)?(?:不够|不太)(?:深入|全面|完善|到位)$", r"推动\1更加深入全面"))


def answering(problem: str) -> str | None:
    """The measure that answers a problem, or None when no pattern fits (the composer then asks)."""
    for pattern, repl in _ANSWERS:
        if re.match(pattern, problem):
            return re.sub(pattern, repl, problem)
    return None


def _read_measure(text: str, quote: str, add) -> None:
    body = _MEASURE_LABEL.sub("", re.sub(r"^\s*(?:→|->|=>|⇒)", "", text).strip(" ，,；;"), count=1)
    body = re.sub(r"(" + _DATE.pattern + r")\s+", r"\1", body)  # "2026年6月底前 建立台账" is one item
    for item in _items(body):
        t = register(re.sub(r"^(?:[一二三四五六]是)?(?:将|要|会|准备|打算)", "", item))
        add("measure", t, quote)


# 考核、评议、追究 and the form of a corrected case: read as structured facts, phrased by the composer.
_SCORE = re.compile(r"(?:分值|权重)(?:占比?)?\s*(\d+(?:\.\d+)?\s*(?:%|分))|占\s*(\d+(?:\.\d+)?\s*(?:%|分))")
_GRADE = re.compile(r"优秀|良好|先进|(?<!不)(?:合格|达标|称职)|"
                    # a tier: "我市为第一等次", "位列第二档", "A档"
                    # (said of the body: "全县第一档的只有3个单位" counts others)
                    r"(?<=[为是列])\s*(?:第[一二三四五1-5]\s*(?:等次|档次|档|等级)|[ABCD]\s*(?:档|等次|类))")
_RESULT = re.compile(r"得分?列[^，,。；\d]{0,8}?第\s*\d+|得了?\s*(?:满分)?\s*(\d+(?:\.\d+)?)\s*分|得分\s*(?:为|是)?\s*(\d+(?:\.\d+)?)|排名?第\s*\d+|"
                     # "全市第3", "全县排第8": a rank within the assessing area
                     r"全[省市县区州盟旗](?:排名?)?第\s*\d+|无扣分|" + _GRADE.pattern)
# Who assesses and what: "市里年度政务公开考核" → 市 + 年度政务公开考核.
_EVALUATION = re.compile(r"(?:(?<!各)(?<!各[省市县区])(省|市|县|区))?(?:里|级|委|政府)?的?((?:\d{4}年)?(?:年度)?(?:政务公开|政府信息公开)(?:工作)?(?:绩效|目标)?"
                         r"(?:考核|考评))")
_RATE = re.compile(r"(满意(?:度|率)|好评率)[^\d]{0,6}?(\d+(?:\.\d+)?%)")


# The three duties of 一（五）, each named by its words; a clause may speak of several ("评议和追究没有").
_DUTY_WORDS = {"assessment": r"考核|考评|KPI|绩效|第三方评估", "appraisal": r"评议|满意度|满意率|好评率|好差评|测评",
               "accountability": r"追究|问责|追责"}
_DUTY = re.compile("|".join(f"(?P<{k}>{w})" for k, w in _DUTY_WORDS.items()))
# A duty told as not done: "社会评议今年没有搞", "评议没整过", "追责没得", "评议 暂无", "追究 不涉及", "社會評議：無此情況".
_DUTY_NONE = re.compile(r"^[^，,。；;\d]{0,8}?(?:没有|没得|没整|没搞|没开展|没组织|没出|未开展|未组织|未发生|没发生|未出现|暂无|"
                        r"无此|不涉及|未涉及|无(?!扣分)|(?<![\d.])0(?![\d.]))")
NONE_TEXT = {"assessment": "本年度未开展政务公开工作考核", "appraisal": "本年度未开展政务公开社会评议",
             "accountability": "本年度未发生因政府信息公开工作被追究责任的情况"}


def _duty_segments(clause: str) -> list[tuple[str, str]]:
    """(duty, its words) for each duty the clause names, a segment running to the next duty named; a duty
    joined to the next by 和/、 ("评议和追究没有") shares the next one's words."""
    hits = [(m.lastgroup, m.start()) for m in _DUTY.finditer(clause)]
    merged: list[tuple[str, int]] = []
    for kind, at in hits:
        if not merged or merged[-1][0] != kind:
            merged.append((kind, at))
    out = []
    for i, (kind, at) in enumerate(merged):
        end = merged[i + 1][1] if i + 1 < len(merged) else len(clause)
        # "全年未发生信息公开工作责任追究情况": a negation before the duty, in its own phrase, is its words too
        pre = re.split(r"[，,；;。]", clause[:at])[-1]
        out.append([kind, (pre + "\x00" if re.search(r"(?:未发生|没有发生|未出现|未开展|没有|无)[^，,；;。]{0,20}$", pre) else "")
                    + clause[at:end]])
    for i in range(len(out) - 2, -1, -1):
        body = _DUTY.sub("", out[i][1], count=1)
        if re.fullmatch(r"[和与及、,，\s]*", body):
            out[i][1] = out[i][1] + out[i + 1][1]
    return [(k, t) for k, t in out]


_HEADING_DUTY = re.compile(r"(?:考核|考评|评议|追究|问责|追责)(?:[、和与及]?(?:考核|考评|评议|追究|问责|追责))+\s*[：:]")


def _told_none(segment: str) -> bool:
    return "\x00" in segment or bool(_DUTY_NONE.search(_DUTY.sub("", segment, count=1)))


_LEVEL = r"(省|市|县|区|州|盟|旗)(?:里|上|级|委|政府)?的?"
_PLACE = re.compile(r"(省|市|县|区|州|局|镇|乡|厅|委|街道)(?:里|上)的?")
# "县里绩效考核里有政务公开", "市里年底考核有这项", "占区里综合考核2分": the assessment the work is part of.
_HAS_IT = re.compile(_LEVEL + r"([^，,。；;\d]{0,8}?(?:考核|考评))(?:里|中)?(?:也)?(?:有|包括|包含|含)(?:政务公开|这项|此项|这一项|该项)")
_SHARE_OF = re.compile(r"占\s*(" + _LEVEL + r"[^，,。；;\d]{0,8}?(?:考核|考评))\s*(\d+(?:\.\d+)?\s*(?:%|分))")
# "区上考我们": who assesses the body; "我们也考社区", "也给村里考": whom the body assesses in turn.
_ASSESSED_BY = re.compile(_LEVEL + r"(?:对我们|考我们|考核我们|对我[局镇乡办委]|考我[局镇乡办委])")
_ASSESSES = re.compile(r"也(?:对|给)([\u4e00-\u9fff]{1,6}?)(?:里|上)?(?:进行|开展)?考(?:核|评)?(?![\u4e00-\u9fff])|"
                       r"也考(?:核)?([\u4e00-\u9fff]{1,6}?)(?:$|(?=[，,。；;\s～~!！]))")
# "年度政务公开考核覆盖24个县直部门、11个乡镇": whom the body's assessment covers.
_UNITS = r"(?:[\d一二三四五六七八九十]+\s*个\s*)?[\u4e00-\u9fff]{0,6}?(?:部门|单位|街道|乡镇|镇街|科室|股室|区县|县区|下属单位)"
_COVERS = re.compile(r"(?:考核|考评)(?:范围)?(?:覆盖|涵盖)了?\s*(" + _UNITS + r"(?:\s*[、和及]\s*" + _UNITS + r")*)")
# "全年组织政务公开考核1次，对24个部门和街道进行了考核": the body assesses others, how often and whom.
_ORGANISED = re.compile(r"(?:组织|开展|进行)了?(?:全[区县市镇])?(?:年度)?(?:政务公开|政府信息公开)(?:工作)?(?:考核|考评)\s*"
                        r"(\d+|[一两二三四五六])\s*次")
_ASSESSES_UNITS = re.compile(r"(?<!也)对\s*((?:\d+|[一二三四五六七八九十]+)\s*个\s*)?([\u4e00-\u9fff、和及]{0,12}?"
                             r"(?:部门|单位|街道|乡镇|镇街|科室|股室|区县|县区|下属单位))(?:的)?(?:政务公开(?:工作)?)?"
                             r"(?:进行|开展)了?(?:政务公开(?:工作)?)?(?:考核|考评)")
# The one who assesses, named before "对…进行考核", when it is not this body.
_OTHER_ASSESSOR = re.compile(r"(?:省|市|县|区|州)(?:政府|委|里|级|考核办|政务公开办|公开办|政务办|督查室)|上级|考核办|考评办")
_BY_OTHERS = re.compile(r"([\u4e00-\u9fff]{2,14}?(?:和|、)[\u4e00-\u9fff]{2,14}?)都(?:有|对我们有|进行|开展)(?:考核|考评)")
# "4月印发《…工作要点》（…〔2024〕3号）": the document the assessment rests on, by its title and number.
_DOCUMENT = re.compile(r"(?:(\d{1,2}月)(?:份)?)?(?:印发|制定|出台)了?\s*(《[^》]{2,40}》)\s*([（(][^（）()]{2,24}号[)）])?")


def _local(words: str) -> str:
    """"局里对各科室的年度目标考核" → "局对各科室的年度目标考核"."""
    return re.sub(r"^(?:了|到)\s*", "", _PLACE.sub(r"\1", words)).replace("年底考核", "年度考核")


def _read_assessment(clause: str, add) -> None:
    scopes = [m.group(1) for m in re.finditer(r"(?:纳入|列入|放进|放入|放到)了?\s*([^，,。；]{2,24}?(?:考核|考评))", clause)]
    score, result = _SCORE.search(clause), _RESULT.search(clause)
    share, has_it = _SHARE_OF.search(clause), _HAS_IT.search(clause)
    words = []
    text = ""
    if doc := _DOCUMENT.search(clause):
        number = (doc.group(3) or "").strip("（）()")
        text = (f"于{doc.group(1)}" if doc.group(1) else "") + f"印发{doc.group(2)}" + (f"（{number}）" if number else "")
        # a title's words between its figures ("2024年"): the figures are facts of their own
        words += [w for part in (doc.group(2), number) for w in re.split(r"[\d〔〕]+", part) if len(w) >= 2]
    if scopes or share or has_it:
        said = [_local(x) for x in scopes] or [_local(share.group(1)) if share else _local(has_it.group(1) + has_it.group(2))]
        text += ("，" if text else "") + f"将政务公开工作纳入{'和'.join(said)}"
        words += said
    elif m := re.search(r"(?:年度|年终|目标|绩效|综合)(?:考核|考评)", clause):
        who = re.search(_LEVEL + r"(?:的)?(?:年度|年底|年终)?(?:绩效|目标|综合)?(?:考核|考评)", clause)
        text += ("，" if text else "") + "政务公开工作纳入" + (who.group(1) if who else "") + m.group(0)
    if by := _BY_OTHERS.search(clause):
        text += ("，" if text else "") + f"接受{by.group(1)}的政务公开工作考核"
        words.append(by.group(1))
    elif (by := _ASSESSED_BY.search(clause)) and "纳入" not in text:
        text += ("，" if text else "") + f"接受{by.group(1)}级政务公开工作考核"
    if score or share:
        s = (share.group(3) if share else score.group(1) or score.group(2)).replace(" ", "")
        text += ("，" if text else "政务公开工作纳入年度考核，") + f"分值占{s}"
        words.append(s)
    if result:
        r = result.group(0)
        points_ = result.group(1) or result.group(2) or (
            (m := re.search(r"考核[^，,。；\d]{0,6}?(\d+(?:\.\d+)?)\s*分(?![值钟])", clause)) and m.group(1))
        rank = re.search(r"(?:排名?|列[^，,。；\d]{0,8}?|全[省市县区州盟旗])第\s*(\d+)", clause)
        # "在全县排第8", "全市第3": the area the rank is in
        area = re.search(r"全([省市县区州盟旗])(?:[^，,。；\d]{0,4}?)第", clause)
        ranked = (f"在全{area.group(1)}" if area else "") + f"排名第{rank.group(1)}" if rank else ""
        full = re.search(r"得了?\s*满分\s*" + re.escape(points_ or "-") + r"\s*分", clause)  # not "满分20分，得了2分"
        verdict = ((f"考核获满分{points_}分" if full else f"考核得分{points_}分") if points_ else f"考核{ranked}" if rank
                   else "考核无扣分" if r == "无扣分" else f"考核结果为{r}")
        if points_ and rank:
            verdict += f"，{ranked}"
        if (rank or points_) and (grade := _GRADE.search(clause)):
            verdict += f"，等次为{grade.group(0)}"  # "排第8，良好等次": the grade with the rank
        if rank and (group := re.search(r"(?:在|列)([\u4e00-\u9fff]{2,4}?(?:组|部门))(?:中|里|内)?(?:排名?|得分|第)", clause)):
            verdict += f"（{group.group(1)}）"  # "在乡镇组排第7名": the rank is within that group
        third = re.search(_LEVEL + r"[^，,。；\d]{0,12}?(政务公开[^，,。；\d]{0,4}?第三方评估)", clause)
        if third:  # "省政府对各厅局的政务公开第三方评估，我厅得分列省直部门第8名"
            words.append(re.sub(r'我[区县市局厅镇乡]', '', third.group(0)))
            text += ("，" if text else "") + f"在{re.sub(r'我[区县市局厅镇乡]', '', third.group(0))}中{verdict.removeprefix('考核')}"
        elif not text and (who := _EVALUATION.search(clause)):
            # "市里年度政务公开考核，我们排第7名": a result means little without the assessment it is in
            # (in the register, not the notes' "考核中得分88.6分": "在…考核中获得88.6分")
            # ("省里对各市政务公开工作考核": the one who assesses is 省, not the 各市 it assesses)
            level = who.group(1) or ((m := re.search(r"(省|市|县|区)(?:里|级|委|政府)?对(?:各|全)", clause)) and m.group(1)) or ""
            said = re.sub("^结果为", "被评为", re.sub("^得分", "获得", verdict.removeprefix("考核")))
            text = f"在{level}{who.group(2)}中{said}"
        else:
            text += ("，" if text else "") + f"本年度{verdict}"
    times = f"{m.group(1)}次" if (m := _ORGANISED.search(clause)) else ""
    if (m := _ASSESSES_UNITS.search(clause)) and _OTHER_ASSESSOR.search(clause[:m.start()]):
        m = None  # "县政府对12个部门进行了考核，我局排第3": another body assesses (us among them)
    if m:
        whom = (m.group(1) or "").replace(" ", "") + m.group(2)
        text += ("，" if text else "") + f"对{whom}开展政务公开工作考核{times}"
        words.append(m.group(2))
    elif (c := _COVERS.search(clause)) and not _OTHER_ASSESSOR.search(clause[:c.start()]):
        whom = c.group(1).replace(" ", "")
        text += ("，" if text else "") + f"对{whom}开展政务公开工作考核{times}"
        words.append(whom)
    elif times:
        text += ("，" if text else "") + f"组织开展政务公开工作考核{times}"
    elif m := _ASSESSES.search(clause):
        whom = _local(m.group(1) or m.group(2))
        text += ("，" if text else "") + f"并对{whom}开展政务公开工作考核"
        words.append(whom)
    if not text and (by := re.search(_LEVEL + r"(?:的)?(?:考核|考评)", clause)):
        text = f"接受{by.group(1)}级政务公开工作考核"  # "县里考核"
    if not text and re.search(r"(?:考核|考评)[^，,。；\d]{0,4}?有|有(?:考核|考评)", clause):
        text = "开展政务公开工作考核"  # "考核有": told, without how
    if text:
        add("assessment", text, clause, tuple(words))


def _read_appraisal(segment: str, clause: str, add) -> None:
    rate = _RATE.search(clause)
    what = "满意度测评" if re.search(r"问卷|测评", clause) else _APPRAISAL
    words: list[str] = []
    lead = "依托政务服务“好差评”" if "好差评" in clause else ""
    if m := re.search(r"(?:跟|和|与|结合)\s*([“\"「][^”\"」]{2,12}[”\"」])\s*(?:一起|同步|结合)", clause):
        name = m.group(1).strip("“”\"「」")
        lead, words = f"结合“{name}”", [name]
    if when := re.search(r"(\d{1,2}月)(?:份)?(?:组织|开展|搞)", clause):
        lead = f"于{when.group(1)}" + lead
    times = ""
    if m := re.search(r"(?:评议|测评)\s*(\d+)\s*次", clause):
        times = f"{m.group(1)}次"
    elif re.search(r"(?:一次|1次)[^，,。；]{0,8}?(?:评议|测评)|(?:评议|测评|来评)[^，,。；]{0,3}?(?:一次|1次)", clause):
        times = "1次"
    if m := re.search(r"(?:举办|开展|组织|召开)了?\s*([\u4e00-\u9fff“”]{2,12}?(?:开放日|座谈会|恳谈会|评议会|听证会))(?:活动)?\s*"
                      r"(\d+)\s*(场|次|期)", clause):
        # "举办政务开放日活动3场": the event the appraisal was held through
        lead, words = f"{lead}通过举办{m.group(1)}活动{m.group(2)}{m.group(3)}", words + [m.group(1)]
    crowd = "群众" if "群众" in clause else ""
    how = (f"{lead}开展社会评议，组织{crowd}满意度测评{times}" if what == "满意度测评" and times else
           f"{lead}通过{crowd}满意度测评开展{_APPRAISAL}" if what == "满意度测评" else f"{lead}开展{times}{_APPRAISAL}")
    if polls := re.search(r"问卷\s*(\d{1,3}(?:,\d{3})+|\d+)\s*份", clause):  # "有效问卷1,102份"
        how += f"，回收问卷{polls.group(1).replace(',', '')}份"
    if m := re.search(r"(?:邀请|请)了?\s*(\d+\s*名)?([\u4e00-\u9fff、]{2,24}?)(?:代表)?(?:来|参加|参与|出席|进行|开展)", clause):
        who = m.group(2) + ("代表" if clause[m.end(2):m.end(2) + 2] == "代表" else "")
        how += f"，邀请{(m.group(1) or '').replace(' ', '')}{who}参加"
        words.append(m.group(2))
    elif m := re.search(r"(?:邀请|请)了?\s*([\u4e00-\u9fff、]{2,24}?)\s*(\d+)\s*(人次|名|人)\s*(?:来|参加|参与|出席)", clause):
        how += f"，邀请{m.group(1)}{m.group(2)}{m.group(3)}参加"  # "邀请群众代表86人次参加": the count after who
        words.append(m.group(1))
    text = how + (f"，{rate.group(1)}为{rate.group(2)}" if rate else "")
    add("appraisal", text, clause, tuple(words) + ((rate.group(2),) if rate else ()))


def _read_duties(clause: str, add) -> None:
    segments = _duty_segments(clause)
    # the first segment of each duty — past a heading that lists them ("考核评议追责：…；…未发生…责任追究情况")
    said = {kind: seg for kind, seg in reversed(segments)}
    if heading := _HEADING_DUTY.search(clause):
        ends = tuple(clause[i:heading.end()] for i in range(heading.start(), heading.end() - 1))
        for kind in said:
            told = [seg for k, seg in segments if k == kind and not seg.startswith(ends)]
            if told and said[kind].startswith(ends):
                said[kind] = told[0]
    for kind in ("assessment", "appraisal", "accountability"):
        if kind not in said:
            continue
        if _told_none(said[kind]):
            add(kind, NONE_TEXT[kind], clause, ())
        elif kind == "assessment":
            _read_assessment(clause, add)
        elif kind == "appraisal":
            _read_appraisal(said["appraisal"], clause, add)
    # (责令 alone is no review's finding: "其余为责令整改" is how a body's own penalties went)
    ordered = re.search(r"责令[^，,。；\d]{0,6}?(?:重新|再次|依法)?(?:作出)?(?:答复|告知|处理)", clause)
    ordered = ordered if ordered and re.search(r"复议|诉讼|法院|判决", clause) else None
    if re.search(r"纠正|撤销", clause) and re.search(r"复议|诉讼", clause) or ordered:
        if ordered:
            add("correction", "复议机关责令重新答复", clause, ("责令重新答复",))
        # "原因是答复依据引用不准确", "市政府认为我们答复内容不完整": what the reviewing body found
        if m := re.search(r"(?:纠正)?原因(?:是|为|：|:)\s*([^，,。；]{4,30})", clause) or \
                re.search(r"认为(?:我们|我局|我单位|本机关|我办|我委|我中心)?(?:的|作出的)?((?:答复|告知|回复)[^，,。；]{2,16})", clause):
            t = register(m.group(1))
            add("correction_cause", t, clause)
        if m := re.search(r"(?:已|并)经?(?:完成)?整改[^。；]{0,30}|加强[^，,。；]{2,20}管理|(?:已|已经)重新(?:作出)?(?:答复|告知)", clause):
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
    _read_management(clause, add)


# --- platforms: each one the official names, and what changed in them ---------------------------------------
_HEAD = (r"(?:门户网站|网站群|网站|官网|专栏|栏目|公众号|微博|公开栏|公示栏|宣传栏|LED(?:电子)?屏|电子屏|显示屏|大屏|热线|APP|App|app|"
         r"客户端|小程序|抖音号|视频号|快手号|头条号|自助终端|自助机|一体机|微信群|公示系统|系统|平台|H5)")
# What changed: the spoken verb → the report's.
_CHANGES = ((r"^把|(?<=[，,])把", "将"), (r"新拉了?(?:几个|一批)?", "新建"), (r"新上了?", "新增"), (r"新做了?(?:几个|一批)?", "新推出"),
            (r"新开的?|新开通了?", "新开通"), (r"开通了", "开通"), (r"(?:迁到|迁移到|迁)了?(?=[\u4e00-\u9fff“\"])", "迁移至"),
            (r"(?:整合进|整合到)了?", "整合至"), (r"集约到了?", "集约至"), (r"并到了?(\"[^\"]+\")下面", r"并入\1"),
            (r"并到了?", "并入"), (r"重新刷了?一?遍?|刷新了?一?遍?", "翻新"), (r"梳理了?一下", "梳理"), (r"完成了", "完成"),
            (r"新增了", "新增"), (r"(省|市|县|区)里", r"\1"), (r"(?:几个|一些)", ""), (r"了$", ""))
_NAMED_PLATFORM = r"网站|官网|公众号|微博|公开栏|公示栏|热线|小程序|抖音号|视频号|APP|客户端|LED|电子屏|自助终端|自助机"
_CHANGE_VERB = re.compile(r"新开|新上|新增|新建|新拉|新做|开通|上线|改造|迁到|迁移|迁至|集约|整合|关停|更名|翻新|重新刷|梳理|并到|并入|改版|升级")
_EMOJI = re.compile(EMOJI)


_ORDINAL = re.compile(r"^(?:[一二三四五六七八九十]+是|[(（]?[一二三四五六七八九十\d]+[)）、.．]|关于|至于)\s*")


def _platform_name(item: str) -> str:
    """"县政府门户网站上我局的信息公开专栏" → "县政府门户网站我局信息公开专栏" ("" when the item names no platform)."""
    t = _ORDINAL.sub("", re.sub(r"^.*[：:]", "", item).strip())
    t = re.sub(r"^(?:主要是|主要|就是|就|还有|另外|以及|我们|还|和|及)+", "", t)
    paren = ""
    if m := re.match(r"(.*?)\s*[(（]([^()（）]*)[)）]\s*$", t):
        t, paren = m.group(1), m.group(2).strip()
    last = None
    for last in re.finditer(_HEAD, t):
        pass
    if last is None:
        return ""
    rest = t[last.end():]
    if rest.strip() and not re.match(r"\s*(?:发|推|上|共|全年|累计|今年|\d)", rest):
        return ""
    name = re.sub(r"(?<=网站)上|(?<=门户)上|咱们?|俺们?|我们|那个|这个|自己的|(?:也)?都有|有个|有一个|设有|的", "", t[:last.end()])
    name = re.sub(r"\s+", "", name)
    name = re.sub(r'^(\"[^\"]+\")公众号$', r"\1微信公众号", name)
    if len(name) > 24 or re.search(r"不|没|难|慢|少|找|(?<!信)用", name) or re.fullmatch(r"平台|系统|栏目|专栏|网站", name):
        return ""
    paren = paren.replace("的", "")
    if paren and not re.search(r"今年|了|哈|吧|呢", paren) and len(paren) <= 26:
        name += "（" + paren + "）"
    return name


def _platform_change(item: str, names: list[str]) -> str:
    t = _ORDINAL.sub("", re.sub(r"^.*?(?:调整|变化|建设)(?:就是|是|主要是)", "", item).strip())
    t = re.sub(r"^(?:今年|本年|还|另外|就是|也|都|我们|主要是|并)+|今年|一下(?!载)|啥子的|的(?=功能)", "", t)
    t = re.sub(r"把", "将", t, count=1)
    for pat, rep in _CHANGES:
        t = re.sub(pat, rep, t)
    # "把镇门口那栏重新刷了一遍": the platform named before that ends like the one pointed at
    for m in re.finditer(r"(?:那|这)个?([\u4e00-\u9fff]{1,3}?)(?=翻新|改造|升级|改版|迁移|整合|关停|$)", t):
        head = next((re.search(_HEAD + "$", n).group(0) for n in reversed(names)
                     if re.search(_HEAD + "$", n) and re.search(_HEAD + "$", n).group(0).endswith(m.group(1))), None)
        if head:
            t = t.replace(m.group(0), head, 1)
    t = re.sub(r"\s+", "", t).strip("，,。；")
    from ..checks.register import colloquial
    if len(t) < 4 or colloquial(t) or re.search(r"没|不|暂无|暂未|(?<!障)无(?!障)|^是|问", t):
        return ""
    if not re.search(_HEAD + r"|功能|图解|终端|群|屏", t):
        return ""  # a change of something else ("老旧小区改造"): no platform's
    return re.sub(r'\"([^\"]+)\"', r"“\1”", t)


def _read_platforms(clause: str, add, told: dict) -> None:
    """An answer to the platform question: each platform named ("局机关一楼有个公开栏", "“柳州公积金”微信公众号和小程序",
    "12329热线"), and each change ("今年新开的抖音号", "把厅网站迁到了省政府网站集约化平台") in the report's verbs."""
    clause = _EMOJI.sub(" ", clause.replace("「", '"').replace("」", '"'))
    clause = re.sub(r"\s+(?=[(（])", "", clause)
    items: list[str] = []
    for x in re.split(r"([、，,；;]|\s+|还有|以及|另外)", clause):
        if not x.strip() or re.fullmatch(r"[、，,；;]|还有|以及|另外", x):
            items.append("") if re.fullmatch(r"[、，,；;]", x) else None
            continue
        # "政务服务大厅还有自助机", "县政府网站 乡镇栏目": a place, or a site, and what is there are one platform
        if items and items[-1] and not re.search(r"\d", items[-1]) and (
                (not re.search(_HEAD, items[-1]) and len(items[-1]) <= 8 and re.fullmatch(_HEAD, x.strip()))
                or (re.search(r"网站$", items[-1]) and re.fullmatch(r"[\u4e00-\u9fff]{1,6}(?:栏目|专栏)", x.strip()))):
            items[-1] += x.strip()
            continue
        items.append(x.strip())
    account, names, changes = told.get("account", ""), told.setdefault("names", []), []
    first = len(names)
    for item in filter(None, items):
        if _CHANGE_VERB.search(re.sub(r"[(（][^()（）]*[)）]", "", item)):
            change = _platform_change(item, names)
            if change and re.match(r"(?:按|根据|整合|迁移|集约|并入|新增|开通)", change):
                if changes and changes[-1][1] == len(names):  # "原局网站今年关停，整合进市政府网站"
                    changes[-1][0] += "，" + change
                    continue
                if names:
                    change = re.sub(r"“([^”]+)”", r"“\1”", names[-1]) + change  # "局门户网站 今年按要求集约到…"
            if change and account and re.match(r"(?:公众号|微信公众号|小程序|APP|微博)", change):
                change = f"“{account}”" + change  # "今年小程序新增了提取进度查询": the account named before
            if change:
                changes.append([change, len(names)])
            continue
        parts = re.split(r"(?<=[\u4e00-\u9fff\"])(?:和|及|与)(?=[\u4e00-\u9fffA-Za-z\"])", item)
        if len(parts) > 1 and not all(_platform_name(x) for x in parts):
            parts = [item]
        for part in parts:
            name = _platform_name(part)
            if not name:
                continue
            if quoted := re.match(r"\"([^\"]{2,16})\"", name):
                account = quoted.group(1)
            elif account and re.fullmatch(_HEAD, name) and len(parts) > 1:
                name = f"\"{account}\"{name}"  # "“柳州公积金”微信公众号和小程序": the same account's 小程序
            if re.search(r"[(（]([^()（）]*新开[^()（）]*)[)）]", part):
                changes.append([f"新开通{name}", len(names) + 1])
            if re.fullmatch(_HEAD, name):
                continue  # "我们的公众号": a kind, which the kinds below name (政务新媒体), no platform of its own
            names.append(name)
    told["account"] = account
    for name in names[first:]:
        name = re.sub(r'\"([^\"]+)\"', r"“\1”", name)
        # its words: the account quoted, else the name between its figures ("12328交通运输服务监督热线")
        add("platform", name, clause, tuple(re.findall(r"“([^”]+)”", name)) or
            tuple(w for w in re.split(r"\d+", name) if len(w) >= 2))
    for change, _ in changes:
        # its names: the accounts quoted, the platform a verb names ("迁移至省政府网站集约化平台")
        objects = re.findall(r"(?:至|入|新增|开通|新建|新推出|完成)([^，,；;]{2,16})$", change)
        add("platform_change", change, clause, tuple(re.findall(r"“([^”]+)”", change)) + tuple(objects))


_MANAGEMENT = (
    (r"三审三校", "落实信息发布“三审三校”制度"),
    (r"标准目录", "对照标准目录规范公开内容"),
    (r"领导小组", "健全政务公开工作领导机制"),
)
# A practice told as not done or not known ("没有专门叫三审三校的", "规范性文件不涉及", "目录没动"): nothing to report.
_NOT_DONE = re.compile(r"没|未|暂无|不涉及|不是|不用|啥|什么|吗")
_ROLE = (r"(?:[\u4e00-\u9fff]{0,5}?(?:领导|负责人|主任|局长|科长|处长|镇长|乡长|书记|办公室|党政办|保密办|综合科|[^\s，,、→]{1,4}办|"
         r"处室|[^\s，,、→]{1,4}处|[^\s，,、→]{1,3}科|[^\s，,、→]{1,3}股|股室|小编|拟稿人|经办人|编辑|中心)|主任|科长|局长|镇长)")
# The steps of a review chain: who, then what ("科室负责人初审", "主任看", "分管领导签", "厅领导签发").
_STEP = re.compile(r"(" + _ROLE + r")(?:先|再|来|负责)?(初审|复审|二审|三审|终审|审核|审批|签发|签字|拟稿|起草|把关|审|看|签)")
_ACT = {"看": "审核", "审": "审核", "签字": "签发", "签": "签发", "起草": "拟稿"}


def _role(words: str) -> str:
    """"就是我写完主任" → "主任", "信息发布实行处室" → "处室": the role without the words of the sentence before it."""
    words = re.sub(r"^.*(?:就是|写完|看完|之后|以后|然后|拿给|交给|报给|实行|流程|的)", "", words)
    return re.sub(r"^(?:发布前|发之前|之前|都要|要|由|经|交|报|完|最后|先|再|得)+", "", words)


def _chain(clause: str) -> tuple[str, tuple[str, ...]]:
    """"科室负责人初审、办公室复审、分管领导终审", "拟稿人→科长→分管领导", "我写完主任看，主任看完镇长签字",
    "三审三校 党政办 分管领导 主要领导": the review chain as the report writes it, and its roles."""
    steps: list[tuple[str, str]] = []
    if re.search(r"→|->", clause):
        parts = [re.sub(r"^.*?(?:流程|就是|是)[，,：:]?", "", x).strip(" ，,") for x in re.split(r"→|->", clause)]
        parts = [_role(re.sub(r"(初审|复审|二审|三审|终审|审核|签发|签字).*$", r"\1", x)) for x in parts]
        roles = [re.sub(r"(初审|复审|二审|三审|终审|审核|签发|签字).*$", "", r) or r for r in parts]
        acts = [m.group(1) if (m := re.search(r"(初审|复审|二审|三审|终审|审核|签发)", x)) else "" for x in parts]
        if all(2 <= len(r) <= 8 for r in roles) and len(roles) >= 2:
            default = ["拟稿" if re.search(r"拟稿|经办|起草|小编|编辑", roles[0]) else "初审"] + ["审核"] * (len(roles) - 2) + ["签发"]
            steps = [(r, a or default[i]) for i, (r, a) in enumerate(zip(roles, acts))]
    elif m := re.search(r"三审(?:三校)?\s*[:：]?\s*((?:" + _ROLE + r")(?:\s+(?:" + _ROLE + r")){2})(?:\s|$)", clause):
        steps = list(zip(m.group(1).split(), ("初审", "二审", "三审")))
    else:
        for m in _STEP.finditer(clause):
            role = _role(m.group(1))
            if role and not re.search(r"保密|涉密|重要", role) and not any(r == role for r, _ in steps):
                steps.append((role, _ACT.get(m.group(2), m.group(2))))
        if steps and re.search(r"我写|我们写|写完", clause) and steps[0][1] != "拟稿":
            steps.insert(0, ("经办人", "拟稿"))
    if len(steps) < 2:
        return "", ()
    roles = tuple(r for r, _ in steps)
    text = "、".join(f"{r}{a}" for r, a in steps)
    levels = sum(a in ("初审", "复审", "二审", "三审", "终审", "审核", "签发") for _, a in steps)
    return f"信息发布实行{text}" + (f"的{'三' if levels == 3 else '多'}级审核机制" if levels >= 3 else "的审核流程"), roles


def _read_management(clause: str, add_point) -> None:
    def add(kind, text, quote, words):  # a quote of the notes ("三定") in the report's marks
        add_point(kind, re.sub(r'"([^"]+)"', r"“\1”", text), quote, tuple(w.replace('"', "") for w in words))
    before = re.search(r"(?:发布前|发之前|发布之前|发前|上网前|往网上发东西之前|之前)", clause)
    text, roles = _chain(clause)
    if text:
        add("management", text, clause, roles)
    elif before and (m := _STEP.search(clause)) and not re.search(r"保密|涉密|重要", m.group(1)):
        role = _role(m.group(1))
        add("management", f"信息发布前由{role}审核", clause, (role,))
    elif before and re.search(r"领导(?:得|要|都要|须)?(?:看|审|签|把关)", clause):
        add("management", "信息发布前须经领导审核", clause, ())
    if re.search(r"涉密|涉及保密|保密的", clause):
        if m := re.search(r"(?:涉密|涉及保密)的?(?:内容|信息)?(?:由)?(" + _ROLE + r")把关", clause):
            add("management", f"涉密内容由{m.group(1)}把关", clause, (m.group(1),))
        elif re.search(r"不能?(?:往上|上网|挂|发)|不上网|不得上网", clause):
            add("management", "坚持涉密信息不上网", clause, ())
    if m := re.search(r"涉及([^，,。；]{2,12}?)的?(?:一律|都|均)?(?:做|进行)?脱敏", clause):
        add("management", f"对涉及{re.sub(r'^.*?(?=个人信息)', '', m.group(1))}的内容一律进行脱敏处理", clause, ())
    if m := re.search(r"重要(?:信息|稿件|内容)[^，,。；]{0,4}?报(" + _ROLE + r")(审批|审核|签发|把关)", clause):
        add("management", f"重要信息报{m.group(1)}{m.group(2)}", clause, (m.group(1),))
    if re.search(r"OA", clause) and re.search(r"流程|留痕|审", clause):
        add("management", "信息发布审核通过OA系统流转并全程留痕", clause, ())
    if "保密审查" in clause and not re.search(r"没有保密审查|未开展保密审查|保密审查[:：\s]*(?:没有|无)", clause):
        if doc := re.search(r"按(?:照)?(《[^》]{2,40}》)\s*([(（][^()（）]{2,24}号[)）])?", clause):
            number = (doc.group(2) or "").strip("（）()")
            add("management", f"按照{doc.group(1)}" + (f"（{number}）" if number else "") + "开展保密审查", clause,
                tuple(w for part in (doc.group(1), number) for w in re.split(r"[\d〔〕]+", part) if len(w) >= 2))
        else:
            add("management", "严格落实政府信息公开保密审查制度", clause, ())
        if re.search(r"先审(?:查)?后(?:公开|发)", clause):
            add("management", "坚持“先审查、后公开”", clause, ())
        if m := re.search(r"审(?:查)?了?\s*(\d+)\s*多?条", clause):
            add("management", f"全年逐条审查信息{m.group(1)}{'余' if '多' in m.group(0) else ''}条", clause, ())
    if "三审三校" in clause and not _NOT_DONE.search(clause):
        if m := re.search(r"三审三校[^，,。；]{0,8}?按(?:照)?([^，,。；]{2,24}?)(?:执行|落实)", clause):
            basis = re.sub(r"(省|市|县|区|局)(?:里|上)的?", r"\1", m.group(1)).replace("的", "")
            basis = re.sub(r"^(省|市|县|区)(办法|规定|要求)$", r"\1有关\2", basis)
            add("management", f"按照{basis}落实信息发布“三审三校”制度", clause, (basis,))
        else:
            add("management", "落实信息发布“三审三校”制度", clause, ())
    _read_documents(clause, add)
    _read_catalogue(clause, add)
    for words, text in _MANAGEMENT[1:]:
        if re.search(words, clause):
            add("management", text, clause, ())


def _read_documents(clause: str, add) -> None:
    m = re.search(r"(规范性文件|制度文件)", clause)
    if not m:
        return
    rest = clause[m.start():]
    counts = [(verb if verb != "修订" else "修订", n) for verb, n in
              re.findall(r"(废止|修改|修订|保留|宣布失效|现行有效)(?:了|的)?\s*(\d+)\s*(?:件|个|部)", rest)]
    kind = _NORMATIVE if m.group(1) == "规范性文件" else m.group(1)
    if e := re.search(r"对现有的?\s*(\d+)\s*件[^，,。；]{0,8}?评估", rest):
        text = f"对现行有效的{e.group(1)}件{kind}开展评估" + ("，均继续有效" if "继续有效" in rest else "")
        add("management", text, clause, ())
        return
    cleaned = re.search(r"清理|评估", rest)
    if not cleaned or (re.search(r"不涉及|没有|没得|未", rest) and not counts):
        return
    m2 = re.search(r"([\u4e00-\u9fff]{2,8})牵头", rest)
    who = re.sub(r"^(?:今年|本年|年中|年初|年底|全年|都|也)+", "", re.split(r"由|文件|清理", m2.group(1))[-1]) if m2 else ""
    lead = f"由{who}牵头" if len(who) >= 2 else ""
    when = f"于{m3.group(1)}" if (m3 := re.search(r"(20\d\d年\d{1,2}月)", rest)) else ""
    text = f"{when}{lead}开展{kind}清理"
    if counts:
        text += "，" + "、".join(f"{v}{n}件" for v, n in counts)
    add("management", text, clause, (who,) if lead else ())


def _read_catalogue(clause: str, add) -> None:
    m = re.search(r"(?:公开)?目录", clause)
    if not m or "标准目录" in clause:
        return
    seg = clause[m.end():] + " " + clause[:m.start()][-12:]
    verb = re.search(r"调整更新|调整|更新|修订|梳理|完善", seg)
    if not verb or _NOT_DONE.search(clause[m.start():]):
        return
    basis = re.search(r"((?:按照|按|根据|随|跟到|跟着)[^，,。；\s]{1,14}?)(?:统一)?(?=调整|更新|修订|梳理|完善|了|的)", seg)
    said = ""
    if basis:
        said = re.sub(r"^(?:跟到|跟着)", "按", basis.group(1))
        said = re.sub(r"(省|市|县|区)(?:里|上)的?", r"\1", said).replace("办公室", "")
        said = re.sub(r"^(按|按照)([省市县区])$", r"\1\2要求", said)
        if "统一" in seg[basis.end():basis.end() + 2]:
            said += "统一"
    when = f"于{m3.group(1)}" if (m3 := re.search(r"(20\d\d年\d{1,2}月)", seg)) else ""
    text = f"{when}{said}{verb.group(0)}政府信息公开目录"
    if new := re.search(r"(?:加了个?|新增了?|增加了?)\s*(\"[^\"]+\")的?栏目", seg):
        text += f"，新增“{new.group(1).strip(chr(34))}”栏目"
    add("management", text, clause, ((said,) if said else ()) + ((new.group(1).strip(chr(34)),) if new else ()))
