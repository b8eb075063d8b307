"""The words of officials' notes, generated from the form: every row, group, applicant kind, table-4
group and outcome with its synonyms, plus the function words of the grammar (quantifiers, zero words,
correction markers, periods). One alternation, longest first, so "未经复议直接起诉" is one token and
never "未" + "复议"."""
from __future__ import annotations

import contextlib
import contextvars
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import rjieba

from ..form import official as form


@dataclass(frozen=True)
class Token:
    kind: str      # row | group | apps | applicant | rgroup | litigation | outcome | t2row | t2col | other |
    #                quant | rest | zero | subject | past | ignore | share | each
    target: object
    start: int
    end: int
    text: str


# The kinds of token that name a row of the tables: a message with none before its first figure counts what
# another message named (`_continued`), and a reply with none restates the figure just given (`restated_figure`).
ROW_HEADS = ("row", "group", "rgroup", "litigation", "t2row", "apps")


# Function words. Order inside a kind does not matter: the alternation is sorted by length.
FUNCTION_WORDS: dict[str, tuple[str, ...]] = {
    "quant": ("都是", "均为", "均是", "全部是", "全部为", "全是", "全为", "都为", "全部来自", "均来自", "都来自", "全部",
              "均", "都", "全都", "一律"),
    "rest": ("其余", "其他都", "其他的都", "剩下", "剩余", "余下", "除此之外", "没列的", "未列的", "没列出", "未列出", "没有列",
             "表中没列", "没写的", "未写的", "没提到的", "未提及的", "其他项", "其他各项", "其余各项",
             # "没写公式的类别都没有", "没填数的几项都是0", "未列数字的栏为空": what the clerk gave no figure (or formula) for
             *(v + o + "的" for v in ("没写", "未写", "没列", "未列", "没填", "未填", "没给", "没算")
               for o in ("公式", "数", "数字", "数据", "出来", "上")),
             "没填的", "未填的",
             # "表里没有的行都是0": the rows the pasted sheet does not have.
             "表里没有的", "表上没有的", "表中没有的", "表内没有的", "表格里没有的", "没有的行", "没出现的行",
             # "无法提供 另外两行：空": a group's rows other than the one just told, as a sheet read out names them
             *(a + n + w for a in ("另外", "其余", "其他", "剩下") for n in ("两", "二", "三", "几", "这两", "那两", "这几", "那几")
               for w in ("行", "项", "栏")),
             # "就1个是公司，其他是个人", "其他全是个人": the others, told by a verb without 都 ("其他全是" is no "all")
             *(f"其他{de}{verb}" for de in ("", "的") for verb in ("是", "就是", "全是", "全部是", "全都是", "均为", "均是",
                                                               "也是", "也都是", "也全是"))),
    "zero": ("没有", "没", "无", "未发生", "未", "未有", "均未有", "零", "暂无", "均无", "都没有", "均没有", "一件也没有", "空白", "一件都没有", "一个都没有",
             "一起都没有", "一件没有", "都没", "也没有", "没得", "莫得", "不涉及", "不适用", "〇", "空", "都〇",
             # a book-keeper's none: "行政强制 无发生额", "收费：本年无发生额"
             "无发生额", "没有发生额", "发生额为零", "发生额为0",
             "都零", "也没",
             # "本级不直接实施行政许可、行政处罚和行政强制": a power the body does not exercise has none
             "不实施", "不直接实施", "不行使", "不直接行使"),
    "subject": ("申请人", "申请主体", "申请者"),
    # …and the 2019 sheet's columns that are not this year's figure (上一年项目数量, 本年增/减), from the form.
    "past": ("去年", "上年", "上一年", "上年度", "前年", "同比", "比上年", "较上年", "增长", "下降", "减少", "增加",
             "项目数量", *(c for c, key in form.COLUMNS_2019.items() if key is None and "本年新公开" not in c)),
    "share": ("占比", "占", "比例", "率"),
    # The form's topic name for applications with its words ("依申请公开", "依申请" …).
    "apps": ("政府信息公开申请", "信息公开申请", "申请件", "申请",
             *(w for name, words in form.OVERVIEW_TOPICS if "依申请" in name for w in (name, *words))),
    "not": ("不是", "而非", "并非"),
}
# One emoji or pictograph (and the joiners inside a sequence): signs of chat, never a word of the form.
EMOJI = "[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B50\u2B55\uFE0F\u20E3\u200D]"
# Heads that a word like 其他 stands for depends on context (applicant 其他, 其他处理, 其他结果).
AMBIGUOUS_OTHER = ("其他",)
# A statistical form's columns beside the label: the period of each figure column, the indicator's code (行次,
# 代码 — numbers that are no counts) and its unit. The report is the current period's column.
PERIOD_THIS = ("本年", "本年度", "本年数", "本年实际", "本期", "本期数", "今年", "当年", "本年合计", "全年")
PERIOD_PAST = ("上年", "上年度", "上年数", "上年同期", "上期", "上期数", "去年", "去年同期", "同期", "上一年")
CODE_COLUMNS = ("代码", "指标代码", "编码", "编号", "行次", "栏次", "序号", "行号")
UNIT_COLUMNS = ("计量单位", "单位", "计算单位")
CORRECTION = re.compile(r"更正|说错|有误|写错|弄错|搞错|订正|修正|纠错(?!率)|改一下|改为|改成|(?<![整修立、])改\s*(?=[\d零〇])(?![\d零〇]+\s*[件个项]\s*[、，,]\s*废)|应为|应该是|应是|以此为准|为准|"
                        r"不是\s*[\d零一二两三四五六七八九十]")
PERIOD = re.compile(r"(?<![\d年])(?:\d{1,2}|(?<![一二三四五六七八九十])[一二三四五六七八九十]{1,3})\s*月份|"
                    r"(?<![\d年])(?:\d{1,2}|(?<![一二三四五六七八九十])[一二三四五六七八九十]{1,3})\s*月(?=\s*(?:收到|有|是|新收|收|来)?的?\s*"
                    r"[\d一二两三四五六七八九十]+\s*件)|(?<!\d)\d{1,2}\s*[-—~至到]\s*\d{1,2}\s*月|第[一二三四1-4]季度|[一二三四]季度|"
                    r"上半年|下半年|当月|本月|每月|月均|平均每月|每周|"
                    # (周 a surname with a colleague's title, "周科：", "周主任说", is nobody's week)
                    r"周(?![科局处股主总老姐哥某][长任]?[\s:：说讲意批])")
EACH = re.compile(r"(?:另外|另|还有|其中|第[一二三四五六七八九十\d])?[一1两2]件")
# "（两个）都没有", "（三项）均为0": the things just counted, each said to be none. One wording for the grammar's
# counts (numbers.py) and the dialogue's short answers (drafting/dialogue.py); each adds its own context.
ALL_NONE = r"(?:都|均|也都|全)\s*(?:没有|没|无|为0|是0|为零|是零)"


def _entries() -> list[tuple[str, str, object]]:
    out: list[tuple[str, str, object]] = []
    for row in form.APPLICATION_ROWS_DEF:
        # 其他处理 is the group's name: its third row is only ever "其他" in that group's context.
        short = () if row.key == "other_other" else (row.short,)
        out += [(w, "row", row.key) for w in (*short, *row.synonyms)]
        out.append((row.label, "row", row.key))
    for g in form.T3_GROUPS:
        out += [(w, "group", g.key) for w in (g.label, *g.synonyms)]
    for a in form.APPLICANTS:
        out += [(w, "applicant", a.index) for w in (a.label, *a.synonyms) if w not in AMBIGUOUS_OTHER]
    out += [(w, "legal", None) for w in (form.LEGAL_PERSONS, "法人和其他组织", "法人及其他组织", "法人或者其他组织", "法人", "单位申请", "单位")]
    # "本单位" is the body itself, never an applicant column.
    out += [(w, "self", None) for w in ("本单位", "我单位", "该单位", "单位名义", "用人单位", "本机关", "我局", "本局")]
    # "我们是事业单位，这些都没有": the body telling what it is, not who applied (no 其他 column).
    out += [(f"{who}{verb}{what}", "self", None)
            for who in ("我们", "我们单位", "我们中心", "我们这", "我中心", "本中心", "我们院", "我院", "本院", "我们站", "我站")
            for verb in ("是", "属于", "系", "是个", "是一个", "就是", "本身是", "本来就是")
            for what in ("事业单位", "参公事业单位", "公益类事业单位", "公益一类事业单位", "公益二类事业单位")]
    for g in form.REVIEW_GROUPS_DEF:
        out += [(w, "rgroup", g.key) for w in (g.label, g.header, *g.synonyms)]
    out += [(w, "litigation", None) for w in form.LITIGATION_SYNONYMS]
    for i, o in enumerate(form.REVIEW_OUTCOMES):
        out += [(w, "outcome", i) for w in (o.label, *o.synonyms) if w not in ("合计", "总计", "共计")]
    for r in form.ACTIVE:
        out += [(w, "t2row", r.key) for w in (r.label, *r.synonyms)]
    for c in form.DOC_COLUMNS:
        out += [(w, "t2col", c.key) for w in (c.label, *c.synonyms)]
    out += [(w, "t2col", "value") for w in ("处理决定数量", "处理决定", "决定数量")]
    out += [(w, "other", None) for w in AMBIGUOUS_OTHER]
    # Words that contain 公开 without meaning a result: they shadow the bare word.
    out += [(w, "word", None) for w in ("主动公开", "政务公开", "公开栏", "公开指南", "公开目录", "公开平台", "公开专栏",
                                        "公开年报", "公开工作", "公开办", "公开科", "公开日", "公开透明", "公开信息")]
    # "2件没公开", "未公开2件": not given out, but whether withheld, not held or not handled the clerk does not say —
    # the count is no 予以公开 and no group's (a head that takes it; "没给公开" names 不予公开 and stays that).
    out += [(a + w, "ignore", None) for a in ("", "都", "也", "均") for w in ("没公开", "没有公开", "未公开", "未予公开",
                                                                           "没能公开", "未能公开")]
    # Bare 公开 is 予以公开, bare 部分 is 部分公开, only in a list of results ("公开12｜部分3").
    out += [("公开", "open", "granted"), ("部分", "open", "partially_granted")]
    out += [(w, "carry", None) for w in ("结转", "结余", "遗留")]
    # A verb with its negation in one word: "没转" (nothing carried), "没发" (no document issued).
    out += [(w, "carry0", None) for w in ("没转", "未转", "没有转", "没转过来", "没有转过来", "也没有转过来", "也没转过来", "也没有转", "也没转", "没剩下", "没剩", "没有剩下", "没有剩",
                                                 "也没有剩", "也没剩", "也没有剩下", "都没有剩", "都没剩")]
    # "公式没转成数值": converting, not carrying over.
    out += [(w, "word", None) for w in ("没转成", "未转成", "没有转成", "没转换", "未转换", "没有转换")]
    out += [(w, "t2col0", "issued") for w in ("没发", "也没发", "也没有发", "不出", "也不出", "没出", "没有出", "未发", "没有发", "没新发", "没出台", "未出台", "没制发", "未制发",
                                                  # "这几年都没发过": 都 and 没 of the zero word, 发 of the column
                                                  "都没发", "都没有发", "均未发", "都未发", "都没出", "都没有出")]
    # "规章、规范性文件我关均不制发": a body that makes none has none issued, repealed or in force.
    out += [(w, "zero", None) for w in ("不制发", "均不制发", "都不制发", "不制定", "均不制定", "都不制定", "无权制定",
                                        "没有制定权", "无制定权", "不具有制定权", "不具备制定权")]
    # "规章也不归我们", "规章不是我们定的": a kind of document the body does not make (a power of others).
    out += [(f"{also}{verb}{us}{make}", "zero", None) for also in ("", "也", "都", "本来就")
            for verb in ("不归", "不由", "不是") for us in ("我们", "我局", "我委", "我办", "我单位", "本机关", "我们单位")
            for make in ("制定", "制定的", "定", "定的", "出", "出的", "发", "发的", "")
            if make or verb == "不归"]
    # (said of this year only, "今年不制定", it is the year's issued column: "今年不制定，现行有效3件")
    out += [(f"{when}{verb}", "t2col0", "issued") for when in ("今年", "本年", "本年度", "当年", "年内", "暂", "今年暂")
            for verb in ("不制发", "不制定")]
    # "都没发生过": nothing happened — not the 制发 column's 都没发.
    out += [(w, "zero", None) for w in ("没发生", "没有发生", "都没发生", "都没有发生", "也没发生", "也没有发生", "均未发生")]
    # "收费一分没收", "一分钱也没收过": not a cent (no figure of 1).
    out += [(f"{cent}{also}{verb}", "zero", None) for cent in ("一分", "一分钱", "分文") for also in ("", "都", "也")
            for verb in ("没收", "没有收", "未收", "不收", "没要", "没收过", "没有收过", "未收取", "不取")]
    out += [(w, "t2col0", "repealed") for w in ("没废", "没有废", "也没废", "也没有废", "没废止", "没有废止", "未废止", "没清理掉",
                                                    "都没废", "都没有废", "都没废止", "都未废止")]
    out += [(w, "nofee", None) for w in ("不收费", "未收费", "没有收费", "没收费", "不收取费用", "未收取费用", "免收费", "不收")]
    # "收取的医疗服务费用不属于行政事业性收费": what the body charges is no administrative fee — it has none.
    out += [(w, "nofee", None) for w in ("不属于行政事业性收费", "不是行政事业性收费", "不属于行政收费", "不属于行政性收费",
                                         "均不属于行政事业性收费", "都不属于行政事业性收费", "都不是行政事业性收费")]  # which year's: by the words around it
    for kind, words in FUNCTION_WORDS.items():
        out += [(w, kind, None) for w in words]
    # Charges named after what is treated (污水处理费, 生活垃圾处理费) are 行政事业性收费, not the 信息处理费 below.
    out += [(w, "t2row", "fees") for w in ("污水处理费", "垃圾处理费", "生活垃圾处理费", "医疗废物处置费")]
    # "基本都是群众申请的", "大多是个人": most of them, not all — no "all of one kind" (a verb: it binds nothing).
    out += [(w, "verb", None) for w in ("基本都是", "基本上都是", "基本是", "大多是", "大多都是", "大都是", "大部分是",
                                        "大部分都是", "多数是", "绝大多数是", "绝大部分是", "主要是", "几乎都是",
                                        "差不多都是", "大体都是")]
    # "重新汇总数据": summing data up is what was asked for, its 总数 no total column (not "汇总数是12件").
    out += [(w, "verb", None) for w in ("汇总数据", "统计数据")]
    # "零售户", "零售许可": retail, no zero ("零" alone is one).
    out += [(w, "verb", None) for w in ("零售", "零星")]
    # "无人机公司", "无线电台站", "无障碍设施": nouns that open on 无 name a thing, they say no "none"
    # ("一个无人机公司" is one company, not none of the companies).
    out += [(w, "verb", None) for w in ("无人机", "无线电", "无线", "无障碍", "无纺布", "无公害", "无人驾驶", "无人值守",
                                        "无菌", "无机", "无烟", "无纸化", "无偿", "无缝", "无害化", "无籍", "无主")]
    # "尚有1件在法定期限内办理中": within the time limit says when, it is no head of its own (期限 alone is one:
    # "答复期限15个工作日").
    out += [(w, "verb", None) for w in ("期限内", "时限内", "期限之内", "时限之内")]
    # When a figure was reported, not cases still open at the year's end: "处罚数用执法科年底报的1,093".
    out += [(w, "verb", None) for w in ("年底报的", "年底上报的", "年底报送的", "年底报上来的", "年底统计报的", "年末报的")]
    # Words that look like heads but are not table figures: they stop a number from binding wrongly.
    out += [(w, "ignore", None) for w in (
        "信息处理费", "处理费", "保密审查", "保密审核", "保密检查", "政府网站", "网站", "新媒体", "公众号", "微博", "解读", "培训", "发布会", "人大代表建议",
        "政协提案", "建议提案", "提案", "建议", "条信息", "信息", "考核", "评议", "追责", "问责", "电话", "咨询",
        "留言", "来信", "来访", "会议", "检查", "督查", "栏目", "目录", "指南", "专栏", "工作日", "天", "小时",
        "答复期限", "答复时限", "期限", "时限", "超期", "延期", "逾期答复", "超期答复", "延期答复", "逾期未答复", "问卷", "分值", "得分", "满意度", "好评率", "测评",
        "排名", "点击", "浏览", "访问量", "答复主体", "答复机关",
        # A column of a ledger left blank is unknown, not none: "“办理结果”栏空白，请确认是否已办结".
        "栏空白", "栏为空", "栏是空的", "栏空着", "栏没填", "栏未填",
        # Forwarded, not granted or applied for: "转给了住建局" is no "给了" (予以公开); "上级单位转来" names who
        # passed the application on, not a legal person who applied.
        "转给了", "转给", "转交给", "移交给", "单位转来", "单位转办", "单位转交", "单位移交",
        # Staff held to account, not an applicant: "没有追究个人责任", "未对个人问责", "个人责任追究0人" (个人 there
        # is the official's own liability).
        *(a + b for a in ("个人", "相关个人", "有关个人", "当事人个人", "工作人员个人")
          for b in ("责任", "的责任", "问责", "追责", "处分", "过错")),
        "追究个人", "对个人问责", "对个人追责", "追究到个人", "问责到个人", "责任到个人", "落实到个人",
        # A callback survey's counts are no table figures: "回访7件，满意4件，基本满意1件，未接通1件" (who was called
        # back and what they said, not what was concluded).
        *(a + b for a in ("", "电话", "短信", "上门") for b in ("回访", "已回访", "未回访")), "回访率", "回访数",
        *(a + "满意" for a in ("", "基本", "比较", "非常", "很", "不", "不太")), "一般满意", "未接通", "没接通", "无人接听", "拒访",
        # Cases opened are no decisions: "处罚案件办结45件，立案52件".
        "立案",
        # Charges for a service the body sells are no 行政事业性收费: "水费是经营服务性收费".
        "经营服务性收费", "经营性收费", "服务性收费", "经营服务收费", "中介服务收费", "中介服务费")]
    return out


# Other work a clerk's note of many jobs reports beside the annual report ("12345工单：受理218件，办结218件"): a
# line opening on it counts that work, not applications (cleaners.other_work).
OTHER_WORK = ("12345", "热线", "工单", "市长信箱", "书记信箱", "局长信箱", "县长信箱", "区长信箱", "领导信箱",
              "人大建议", "人大代表建议", "代表建议", "政协提案", "建议提案", "提案办理", "议案", "督办件", "交办件",
              "网民留言", "网络问政", "留言板", "政务服务办件", "营商环境投诉")


# Pinyin initials clerks use in their own ledgers (a glossary in the notes adds or overrides): each stands for
# a word of the lexicon. Only unambiguous ones; matched as whole Latin words ("xxgk" is no "gk").
ABBREVIATIONS: dict[str, str] = {
    "ysq": "依申请", "zdgk": "主动公开", "xs": "新收", "snjz": "上年结转", "jzxn": "结转下年", "bj": "办结",
    "gk": "公开", "bfgk": "部分公开", "bygk": "不予公开", "wftg": "无法提供", "bycl": "不予处理", "qtcl": "其他处理",
    "fy": "复议", "ss": "诉讼", "zrr": "自然人", "qy": "企业", "ls": "律所", "xk": "许可", "cf": "处罚",
    "qz": "强制", "sf": "收费", "gz": "规章", "gfxwj": "规范性文件", "dsf": "第三方", "bzw": "不掌握",
    "lxzz": "另行制作", "xf": "信访", "ch": "撤回", "wsj": "未审结", "zs": "直接起诉",
}


# English the clerks of development zones and foreign-facing offices mix in ("rcvd 18（NP 11，Corp 6）",
# "c/f to 2025: 1", "1 upheld, 1 pending"): whole words, read as the form's words they translate.
ENGLISH: dict[str, str] = {
    "rcvd": "新收", "received": "新收", "new applications": "新收", "b/f": "上年结转", "c/f from": "上年结转",
    "brought forward": "上年结转", "c/f to": "结转下年", "carried forward": "结转下年", "carry forward": "结转下年",
    "full disclosure": "予以公开", "disclosed": "予以公开", "partial": "部分公开", "partially disclosed": "部分公开",
    "not held": "本机关不掌握", "dup": "重复申请", "duplicate": "重复申请", "withdrawn": "撤回", "upheld": "维持",
    "pending": "尚未审结", "corrected": "纠正", "overturned": "纠正", "normative docs": "规范性文件",
    "normative documents": "规范性文件", "regulations": "规章", "issued": "制发", "repealed": "废止",
    "in force": "现行有效", "licensing": "行政许可", "licences": "行政许可", "licenses": "行政许可",
    "penalty": "行政处罚", "penalties": "行政处罚", "coercion": "行政强制", "fees": "收费",
    "admin review": "行政复议", "administrative review": "行政复议", "litigation": "行政诉讼", "lawsuit": "行政诉讼",
    "np": "自然人", "natural person": "自然人", "individual": "自然人", "corp": "商业企业", "company": "商业企业",
    "law firm": "律所", "ngo": "公益组织", "nil": "没有", "none": "没有",
    # an English fact sheet's fuller phrasing ("Requests received: 38 — individuals 21, companies 14, law firms 2",
    # "Pending at year-end: 3", "Reconsideration: 1 case, decision upheld", "Lawsuits: 1 case, filed directly")
    "individuals": "自然人", "companies": "商业企业", "enterprises": "商业企业", "law firms": "律所",
    "other organisations": "其他组织", "other organizations": "其他组织", "requests received": "新收",
    "carried over from": "上年结转", "requests closed": "办结", "pending at year-end": "结转下年",
    "not disclosed": "不予公开", "trade secrets": "商业秘密", "enforcement files": "行政执法案卷",
    "newly compiled": "另行制作", "compulsory measures": "行政强制", "reconsideration": "行政复议",
    "lawsuits": "行政诉讼", "filed directly": "直接起诉", "judgment pending": "尚未审结",
}


@lru_cache(maxsize=1)
def _english_before() -> re.Pattern:
    words = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(ENGLISH, key=len, reverse=True))
    return re.compile(rf"(?<![\w.,])(\d[\d,]*(?:\.\d+)?)([ \t]+)({words})(?![A-Za-z])(?!\s*[:：=]?\s*\d)", re.I)


def english_order(text: str) -> str:
    """English puts the figure first ("2 issued, 0 repealed", "1 upheld"); the form's words take it after.
    Swapped in place, the same length, so offsets outside the pair stay."""
    if not re.search(r"[A-Za-z]{3}", text):
        return text
    return _english_before().sub(lambda m: m.group(3) + m.group(2) + m.group(1), text)


@lru_cache(maxsize=1)
def _pattern() -> tuple[re.Pattern, dict[str, tuple[str, object]]]:
    table: dict[str, tuple[str, object]] = {}
    for word, kind, target in _entries():
        w = fold(word)
        # The first definition of a word wins: rows before groups before applicants …
        table.setdefault(w, (kind, target))
    words = sorted(table, key=len, reverse=True)
    return re.compile("|".join(re.escape(w) for w in words)), table


_GLOSSARY: contextvars.ContextVar[dict[str, str]] = contextvars.ContextVar("glossary", default={})
# "zdgk主动公开", "fy_zs复议总数" (a system's field name, its parts joined by _)
_GLOSS_PAIR = re.compile(r"(?<![A-Za-z_])([A-Za-z]{1,6}(?:[ _][A-Za-z]{1,6}){0,2})\s*[=＝:：]?\s*([\u4e00-\u9fff]{2,10})")


def glossary(messages: list[str], also: re.Pattern | None = None) -> dict[str, str]:
    """"zdgk主动公开 gz规章 xk许可 …": a line that defines four or more abbreviations by words of the form, or
    two of the field names a system export uses. `also`: other words a reader accepts as glossed (the prose
    facts' 网站发布, 培训人次)."""
    out: dict[str, str] = {}
    # A system export's field names ("fy_zs=1"): a line glossing two of them is a glossary too.
    fields = {k.lower() for m in messages for k in re.findall(r"([A-Za-z][A-Za-z0-9_]*)\s*[=＝]\s*\d", m)}
    for m in messages:
        for line in m.splitlines():
            pairs = [(a.lower(), w) for a, w in _GLOSS_PAIR.findall(fold(line))]
            pairs = [(a, w) for a, w in pairs if lookup(w) is not None or (also is not None and also.search(w))]
            named = [a for a, _ in pairs if any(f == a or f.endswith("_" + a) for f in fields)]
            if len(pairs) >= 4 or len(named) >= 2:
                # "直诉=未经复议直接起诉" in such a line: a short word of the clerk's own, glossed alike.
                pairs += [(a, w) for a, w in _GLOSS_CN.findall(fold(line)) if a not in w and lookup(a) is None and lookup(w) is not None]
                for a, w in pairs:
                    # One code glossed twice ("JZ上年结转 … JZ纠正"): both kept, the field's other parts choose.
                    out[a] = w if out.get(a, w) == w or w in out[a].split(AMBIGUOUS) else out[a] + AMBIGUOUS + w
            # "民营医院算企业", "合作社都算其他组织": the official says which kind of applicant a word of theirs is —
            # so "医院那2件" later is that kind's (the noun's head, its last two characters, counts too).
            for who, kind in _COUNTS_AS.findall(fold(line)):
                who = re.sub(r"(?:我们|我局|我单位|咱们|咱|我|他们|他|这个|这些|这)$", "", who)  # "…，我们算其他组织"
                if len(who) < 2 or re.search(r"[件个那这的些其另]", who) or lookup(kind) is None or lookup(kind).kind != "applicant":
                    continue
                for a in dict.fromkeys((who, who[-2:])):
                    if lookup(a) is None and a not in out:
                        out[a] = kind
    return out


_COUNTS_AS = re.compile(r"([\u4e00-\u9fff]{2,6}?)\s*(?:[(（]\s*)?(?:都|也|均)?(?:算|算作|算是|归为|归到|按)(企业|公司|个人|自然人|其他组织|"
                        r"社会组织|科研机构|律所|律师事务所|法律服务机构|公益组织|社会公益组织|商业企业)")


AMBIGUOUS = "｜"
_GLOSS_CN = re.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{2,4})\s*[=＝]\s*([\u4e00-\u9fff]{2,12})")


def glossary_line(line: str) -> bool:
    """"字段说明:ZF制发 FZ废止 WFTG无法提供 …": a line that only glosses four or more codes, with no figure —
    its words define, they say nothing of the year ("无法提供" there is no "none")."""
    folded = fold(line)
    if re.search(r"\d", folded):
        return False
    return len([1 for _, w in _GLOSS_PAIR.findall(folded) if lookup(w) is not None]) >= 4


# The year the report is for (the draft's), while its notes are read: a ledger of a few rows says it only by
# the dates its rows touch; "是2024年12月收的" in a 2025 report is a case carried over.
_REPORT_YEAR: contextvars.ContextVar[int | None] = contextvars.ContextVar("report_year", default=None)


@contextlib.contextmanager
def report_year(year: int | None):
    token = _REPORT_YEAR.set(year)
    try:
        yield
    finally:
        _REPORT_YEAR.reset(token)


def this_year() -> int | None:
    return _REPORT_YEAR.get()


@contextlib.contextmanager
def abbreviations(extra: dict[str, str]):
    """Read the notes with a glossary they give (its words over the built-in ones)."""
    token = _GLOSSARY.set(extra)
    try:
        yield
    finally:
        _GLOSSARY.reset(token)


def spelled(abbr: str) -> str | None:
    """The words an abbreviation stands for ("fy_wc" → 复议维持, "ysqgk_xs_zrr" → 新收自然人): the whole name
    from the glossary, else its parts one by one (parts nobody defined are left out)."""
    table = {**ABBREVIATIONS, **_GLOSSARY.get()}
    key = abbr.lower()
    if key in table and AMBIGUOUS not in table[key]:
        return re.sub(r"^(?:是|为|指)", "", table[key])
    # "YSQ.JZ.ZRR", "ysqgk_xs_zrr": the parts of a name, joined by "_" or ".".
    words: list[str | None] = []
    for part in re.split(r"[_.]", key):
        prev = next((lookup(w) for w in reversed(words) if w and AMBIGUOUS not in w), None)
        # Under a group ("BYCL.CF", "BYGK.GJMM") a code is one of the group's rows by its initials, before a
        # built-in code of another table (CF is 处罚 alone, 重复 under 不予处理).
        inner = _by_initials(part, form.GROUP_KEYS[prev.target]) if prev is not None and prev.kind == "group" else None
        if part in _GLOSSARY.get():
            words.append(re.sub(r"^(?:是|为|指)", "", _GLOSSARY.get()[part]))
        elif inner or part in table:
            words.append(inner or re.sub(r"^(?:是|为|指)", "", table[part]))
        else:
            words.append(_by_initials(part, None) if len(part) >= 3 else None)
    if _unknown_refinement(words):
        return None
    known = [w for w in words if w]
    return "".join(_meant(w, known) for w in known) or None


_HEAD_KINDS = ("apps", "row", "group", "open", "t2row", "rgroup", "litigation")


def _unknown_refinement(words: list[str | None]) -> bool:
    """"YSQ.JG.ZJ.ZJ", "BYGK.SAYW.ZJ" with JG, SAYW nobody defined: a code after a head that no head follows
    names something finer than the words read — left out rather than read as the head's own figure."""
    kinds = [None if w is None or AMBIGUOUS in w else (t.kind if (t := lookup(w)) else "") for w in words]
    for k, w in enumerate(words):
        if w is None and any(x in _HEAD_KINDS for x in kinds[:k]) and not any(x in _HEAD_KINDS for x in kinds[k + 1:]):
            return True
    return False


@lru_cache(maxsize=1)
def _initial_words() -> tuple[tuple[str, str, object, str], ...]:
    """(initials, kind, target, word) of the form's heads: "gjmm" 国家秘密, "xzxk" 行政许可."""
    out = []
    for word, kind, target in _entries():
        w = fold(word)
        if kind in ("row", "t2row", "rgroup", "outcome") and re.fullmatch(r"[\u4e00-\u9fff]{2,8}", w):
            out.append(("".join(p[0] for p in _pinyin(w)), kind, target, w))
    return tuple(out)


def _by_initials(code: str, rows: tuple[str, ...] | None) -> str | None:
    """The head a code abbreviates by pinyin initials, when exactly one head fits: among a group's rows the
    code may also be the initials of a word's end ("QR" 要求确认), anywhere else only whole words of the form."""
    found = {(k, t): w for i, k, t, w in _initial_words() if i == code and (rows is None or k == "row" and t in rows)}
    if not found and rows is not None:
        found = {(k, t): w for i, k, t, w in _initial_words()
                 if k == "row" and t in rows and len(code) >= 2 and i.endswith(code)}
    return next(iter(found.values())) if len(found) == 1 else None


_TABLE4 = ("rgroup", "litigation", "outcome")


def _meant(word: str, words: list[str]) -> str:
    """A code glossed twice means the word of the table its field's other parts are in: JZ beside FY (复议) is
    纠正, beside YSQ and ZRR 上年结转."""
    if AMBIGUOUS not in word:
        return word
    options = word.split(AMBIGUOUS)
    near = [t for w in words if AMBIGUOUS not in w for t in [lookup(w)] if t is not None]
    review = any(t.kind in _TABLE4 for t in near)
    fit = [o for o in options if (t := lookup(o)) is not None and (t.kind in _TABLE4) == review]
    return (fit or options)[0]


@lru_cache(maxsize=64)
def _abbr_pattern(items: tuple[tuple[str, str], ...]) -> tuple[re.Pattern, dict[str, tuple[str, object]]]:
    table = {}
    for abbr, word in items:
        if AMBIGUOUS in word:
            continue  # only a field's other parts tell which of its words is meant
        t = lookup(word) if word not in ("公开",) else Token("open", "granted", 0, 0, word)
        if t is None and word in FUNCTION_WORDS["zero"]:
            t = Token("zero", None, 0, 0, word)
        if t is not None:
            table[abbr] = (t.kind, t.target)
    words = sorted(table, key=len, reverse=True)
    alternation = "|".join(re.escape(w).replace(r"\ ", r"\s*") for w in words)
    return re.compile(rf"(?<![A-Za-z])(?:{alternation})(?![A-Za-z])", re.I), table


# Financial (capital) numerals as clerks used to writing cheques write them: one character for one.
_CAPITALS = str.maketrans("壹贰貳叁參肆伍陆陸柒捌玖拾佰仟", "一二二三三四五六六七八九十百千")
# Emoji typed for words in a chat: "去年的🈚️" (🈚 folds to 無: none), "👌 都没有" (yes). One character for one.
EMOJI_YES = "👌👍🆗"
_EMOJI_WORDS = str.maketrans({"無": "无", **{e: "对" for e in EMOJI_YES}})
_STRUCK = re.compile(r"~~[^~\n]{1,60}?~~")


_SUPERSCRIPTS = frozenset("¹²³⁰⁴⁵⁶⁷⁸⁹")


def fold(s: str) -> str:
    """Full/half width, compatibility forms and capital numerals, one character for one (offsets stay
    aligned with the official's text)."""
    out = []
    for ch in s:
        # Circled numbers (①, ❶, ➀) number a list or a footnote, never a figure: they stay as written.
        n = ch if "\u2460" <= ch <= "\u2473" or "\u2776" <= ch <= "\u2793" else unicodedata.normalize("NFKC", ch)
        # A superscript digit marks a footnote ("88¹"): never a digit of the figure it follows.
        n = " " if ch in _SUPERSCRIPTS else n
        out.append(n if len(n) == 1 else ch)
    # Keycap emoji (7️⃣) leave their digit: the two marks become spaces.
    out = "".join(out).replace("“", "\"").replace("”", "\"").replace("\ufe0f", " ").replace("\u20e3", " ") \
        .translate(_CAPITALS).translate(_EMOJI_WORDS)
    # Struck through in the chat's markdown ("新收~~18~~ 19件", "~~2个个人1个企业~~ 3个都是个人"): what is struck
    # is taken back; it becomes zero-width spaces (plain spaces would look like a space-aligned sheet's column gaps),
    # the figure written after it stands.
    return _STRUCK.sub(lambda m: "\u200b" * len(m.group(0)), out)


def tokens(text: str) -> list[Token]:
    """Lexicon tokens of a folded text, longest match first, left to right."""
    pat, table = _pattern()
    out = []
    for m in pat.finditer(text):
        kind, target = table[m.group(0)]
        out.append(Token(kind, target, m.start(), m.end(), m.group(0)))
    if re.search(r"[A-Za-z]{2}", text) or any(not k.isascii() and k in text for k in _GLOSSARY.get()):
        out = _abbreviated(text, out)
    out = _not_held(text, _short_carries(text, _named_persons(text, _received_last_year(text, _compounds(text, _own_name(text, out))))))
    out = _internal_short(text, _short_pending(text, _other_told_as_group(text, _counted_as_other(text, _complaints_handled(
        text, _earlier_years(text, out))))))
    out = _not_sued(text, _complained_of(text, _listed_confirmation(text, out)))
    out = _consulted_then_done(text, _not_as_application(text, _given_after_all(text, out)))
    return _table_four(text, _t2_items(text, _subjects(text, _other_counted(text, _appealed(text, _contrasted(text, out))))))


# "其中2件要的是镇里给县里的请示，也公开了": a reason named of a case that was then given out is no refusal.
_GIVEN = re.compile(r"(?:也|都|均|还是|最后|后来)?(?:予以)?公开了|(?:均|都|也)?予以公开|给(?:他|她|了他|了她)?了|提供了")


def _given_after_all(text: str, toks: list[Token]) -> list[Token]:
    if "请示" not in text and "批复" not in text:
        return toks
    return [t for t in toks if not (t.kind == "row" and t.target == "withheld_process_info" and
                                    re.search(r"请示|批复", t.text) and
                                    _GIVEN.search(text, t.end, clause_span(text, t.end, stops=SENTENCE_STOPS)[1]))]


# "其中1件当时还在征求第三方意见，12月底公开了": a consultation told as the case's story, then its end — no case
# carried forward.
_DONE_AFTER = re.compile(r"(?:后来|之后|随后|最后|最终|已经?|月底|月中|年底前)[^。；;\n]{0,12}?(?:公开|答复|办结|办完|告知)")


def _consulted_then_done(text: str, toks: list[Token]) -> list[Token]:
    if "征" not in text:
        return toks
    return [t for t in toks if not (t.kind == "row" and t.target == "carried_forward" and "征" in t.text and
                                    (_DONE_AFTER.search(text, t.end, clause_span(text, t.end, stops=SENTENCE_STOPS)[1])
                                     or "当时" in text[max(0, t.start - 4):t.start]))]


# "不作为政府信息公开申请处理" is what the regulation says of a 信访 request — and of the other 不予处理 reasons a
# clerk names beside it ("都是重复申请，不作为信息公开申请处理"): then the reason named is the row.
def _not_as_application(text: str, toks: list[Token]) -> list[Token]:
    if "不作为" not in text and "不按" not in text:
        return toks
    words = [t for t in toks if t.kind == "row" and t.target == "rejected_petition" and t.text.startswith(("不作为", "不按"))]
    drop = {id(t) for t in words if any(x.kind == "row" and x.target.startswith("rejected_") and x.target != "rejected_petition"
                                        for x in toks if x is not t and
                                        clause_span(text, t.start, stops=SENTENCE_STOPS) == clause_span(text, x.start, stops=SENTENCE_STOPS))}
    return [t for t in toks if id(t) not in drop] if drop else toks


# "都没去复议 也没告", "没有告": 告 after a zero word is the suit (告 alone is too often 告知 to be a head).
_NOT_SUED = re.compile(r"(?<=没|无)(?:去|有)?告(?![知诉示诫别辞白状急])(?:状)?(?:过)?")


def _not_sued(text: str, toks: list[Token]) -> list[Token]:
    if "告" not in text:
        return toks
    extra = [Token("litigation", None, m.start(), m.end(), m.group(0)) for m in _NOT_SUED.finditer(text)
             if not any(t.start < m.end() and m.start() < t.end for t in toks)]
    return sorted(toks + extra, key=lambda t: t.start) if extra else toks


# "投诉那个企业排污的事情", "举报一家公司": the firm or person complained of is what the application was about,
# not who made it.
_COMPLAINT_OF = re.compile(r"(?:投诉|举报|检举|控告|反映)(?:了)?(?:那个|这个|那家|这家|一家|一个|某个|某家|某|个|隔壁的?|附近的?)?$")


def _complained_of(text: str, toks: list[Token]) -> list[Token]:
    if not any(t.kind == "applicant" for t in toks) or not re.search(r"投诉|举报|检举|控告|反映", text):
        return toks
    return [t for t in toks if not (t.kind == "applicant" and _COMPLAINT_OF.search(text[max(0, t.start - 8):t.start]))]


# "不予处理：信访类9 重复5 出版物1 大量反复1 确认0": in a list of the 不予处理 rows, a bare 确认 with its count is the
# 要求确认或重新出具 row (anywhere else 确认 is the verb: "请确认", "确认0件无误").
_BARE_CONFIRM = re.compile(r"确认(?=\s*(?:[:：]\s*)?(?:\d|[零〇一两二三四五六七八九十]))")


def _listed_confirmation(text: str, toks: list[Token]) -> list[Token]:
    if "确认" not in text:
        return toks
    out = list(toks)
    for m in _BARE_CONFIRM.finditer(text):
        if any(t.start < m.end() and t.end > m.start() for t in toks):
            continue
        before = [t for t in toks if t.end <= m.start() and t.kind != "ignore"]
        if not before or before[-1].kind != "row" or not before[-1].target.startswith("rejected_") or \
                not re.fullmatch(r"[\s:：]*(?:\d+|[零〇一两二三四五六七八九十]+)\s*[件个]?[\s,，、;；]*", text[before[-1].end:m.start()]):
            continue
        out.append(Token("row", "rejected_confirmation", m.start(), m.end(), m.group(0)))
    return sorted(out, key=lambda x: x.start) if len(out) > len(toks) else toks


# "一审判决驳回诉讼请求，对方上诉了，二审还没判": appealed, the suit is not concluded — the first instance's result
# is no outcome of the year (the pending word after the appeal is).
_APPEAL = re.compile(r"上诉|二审|提起再审|申请再审")


def _appealed(text: str, toks: list[Token]) -> list[Token]:
    drop = set()
    for k, t in enumerate(toks):
        if t.kind != "outcome" or t.target == 3:
            continue
        later = next((x for x in toks[k + 1:] if x.kind != "ignore"), None)
        if later is None or later.kind != "outcome" or later.target != 3:
            continue
        gap = text[t.end:later.start]
        if _APPEAL.search(gap) and not re.search(r"[。；;\n]|\d|(?<!一审)(?<!二审)[一两二三四五六七八九十]\s*[件起个]|另", gap):
            drop.add(id(t))
    # "在二审中维持原判": a pending word right before the appeal's outcome is when it was decided, not pending
    drop |= {id(t) for t, nxt in zip(toks, toks[1:]) if t.kind == "outcome" and t.target == 3 and nxt.kind == "outcome"
             and nxt.target != 3 and re.fullmatch(r"[^，,。；;\n\d]{0,3}", text[t.end:nxt.start])}
    return [t for t in toks if id(t) not in drop] if drop else toks


# "不能说都公开了", "并不都是个人", "不全是企业": a universal denied — no "all of them".
_DENIED_ALL = re.compile(r"(?:不能说|不好说|不能算|并不|并非|不是|不一定|未必|没有|没|不)\s*$")
# "不是不掌握，是没有现成的", "不是国家秘密，而是商业秘密": one result denied, the other said in its place.
_INSTEAD = re.compile(r"\s*[，,]?\s*(?:这个|那个|这件|那件|它)?\s*(?:而|就|只|其实|实际上?|应该)?\s*(?:是|算|属于|归)\s*(?:涉及|因为|因|由于)?\s*")


def _contrasted(text: str, toks: list[Token]) -> list[Token]:
    """A quantifier after a negation ("不能说都公开了") says not all: it is no quantifier. A result row after 不是
    followed by "(而/就)是" another result row ("有一件不是不掌握，就是没有现成的") is denied: the figure is the
    second row's — the denied row's word stands for it where it was (a count before it binds there). Contrasted with 不掌握, "没有现成的" is the row that
    needs the information made (没有现成信息需要另行制作)."""
    drop, out = set(), []
    for k, t in enumerate(toks):
        if t.kind == "quant" and (m := _DENIED_ALL.search(text[max(0, t.start - 3):t.start])):
            at = t.start - len(m.group(0))
            if not any(x.kind not in ("not", "zero") and x.start < t.start and x.end > at for x in toks):
                drop |= {id(x) for x in toks if x.kind in ("not", "zero") and x.start < t.start and x.end > at}
                drop.add(id(t))
        if t.kind == "not" and t.text == "不是" and k + 1 < len(toks):
            a = toks[k + 1]
            if a.kind != "row" or a.target not in form.RESULT_KEYS or \
                    not re.fullmatch(r"(?:我们|本机关|咱们|因为|由于)?", text[t.end:a.start]):
                continue
            m = _INSTEAD.match(text, a.end)
            if not m or not re.search(r"\d|[一两二三四五六七八九十]\s*[件个]|[这那它]", text[clause_span(text, t.start)[0]:t.start]):
                continue  # (no count or 这件 of its own: "不予公开1件，不是国家秘密，而是…" is read as a group's rows)
            b = next((x for x in toks[k + 2:] if x.start >= m.end()), None)
            if b is not None and b.start == m.end() and b.kind == "row" and b.target in form.RESULT_KEYS and \
                    b.target != a.target and form.APP_BY_KEY[b.target].group == form.APP_BY_KEY[a.target].group:
                # (of one group: "不是执法案卷，是涉及举报人个人信息的" — 举报 there is no 信访举报 row)
                drop |= {id(t), id(a)} | {id(x) for x in toks[k + 2:] if x.kind == "row" and x.target == b.target}
                out.append(Token("row", b.target, a.start, a.end, a.text))
            elif a.target == "unavailable_not_held" and (n := re.match(r"没有?现成的?(?:信息|材料|资料|数据)?", text[m.end():])):
                drop |= {id(t), id(a)} | {id(x) for x in toks if m.end() <= x.start < m.end() + n.end()}
                out.append(Token("row", "unavailable_needs_creation", a.start, a.end, a.text))
    return sorted([t for t in toks if id(t) not in drop] + out, key=lambda x: x.start) if drop or out else toks


def _other_counted(text: str, toks: list[Token]) -> list[Token]:
    """"其他是1件": a figure after "其他是" is the 其他 column's (or row's) count, not the rest said to be of a kind
    ("其他是个人")."""
    out = []
    for t in toks:
        if t.kind == "rest" and t.text.startswith("其他") and not t.text.startswith("其他都") and \
                re.match(r"\s*(?:\d|[零〇一两二三四五六七八九十]+\s*[件个家位名])", text[t.end:]):
            t = Token("other", None, t.start, t.start + 2, "其他")
        out.append(t)
    return out


# "律师自己以个人名义申请的": who applied is the kind named in 以…名义/身份, not the kind of person before it.
_OWN_NAME = re.compile(r"以\s*(?:其|他|她|自己|本人)?(?:的)?\s*$")


def _own_name(text: str, toks: list[Token]) -> list[Token]:
    """An applicant word before "以个人名义" in the same clause is who the person is, not whose name applied."""
    drop = set()
    for b in toks:
        if b.kind == "applicant" and _OWN_NAME.search(text[max(0, b.start - 5):b.start]) and \
                re.match(r"\s*(?:的)?\s*(?:名义|身份)", text[b.end:]):
            for a in toks:
                # (only the person of that trade, themselves: "那个律所的其实是以个人名义申请的" moves a case)
                if a.kind == "applicant" and a.target != b.target and \
                        re.fullmatch(r"\s*(?:老板|员工|职工|负责人|法定代表人|法人代表)?\s*(?:自己|本人)?\s*以\s*(?:其|他|她|自己|本人)?(?:的)?\s*",
                                     text[a.end:b.start]):
                    drop.add(id(a))
    return [t for t in toks if id(t) not in drop] if drop else toks


# Between two words of one compound noun: characters that are no function word (和, 、, 的, 是, 都 …).
_MODIFIER_GAP = re.compile(r"[\u4e00-\u9fff]{1,3}")
# (nor a count between two kinds: "一个个人一个企业" lists one of each)
_NOT_IN_COMPOUND = re.compile(r"[和与及或跟同、的是为都也各还另有等其中或者以及零〇一二两三四五六七八九十百个家位名件起户人"
                              r"代替帮给向对由被把从在请申报办问找]")  # nor a verb: "律所代业主委员会申请"


def _compounds(text: str, toks: list[Token]) -> list[Token]:
    """"农民专业合作社", "个人独资企业": an applicant word that modifies the noun after it is no applicant of its
    own — the compound's head, its last word, is who applied (a 合作社, an 企业)."""
    drop = set()
    for a, b in zip(toks, toks[1:]):
        if a.kind == "applicant" and b.kind == "applicant" and a.target != b.target:
            gap = text[a.end:b.start]
            if _MODIFIER_GAP.fullmatch(gap) and not _NOT_IN_COMPOUND.search(gap):
                drop.add(id(a))
    return [t for t in toks if id(t) not in drop] if drop else toks


# "没填的都是0", "空着的格子都算0", "空白处一律填0": the notes say an empty cell is 0.
BLANKS_ARE_ZERO = re.compile(r"(?:没填|未填|没有填|空着|空白|没写|未写|空的|留空|空格)[^。\n]{0,8}?(?:都|均|全|一律)?\s*"
                             r"(?:是|为|填|算|当)\s*(?:0|零|〇)(?!\d)")
# A month of a named year or of last year, with its part or day: "2024年12月下旬", "去年11月28号".
_YEARS_MONTH = (r"(?:((?:19|20)\d{2})\s*年|去年|上年|上一年)\s*(?:\d{1,2}|十一|十二|[一二三四五六七八九十])\s*月"
                r"(?:份|底|末|初|中旬|下旬|上旬|\s*\d{1,2}\s*[日号])?")
# "有1件是2024年12月收的，今年1月答复的": cases pointed at by the day they came in (是…的), in the year before the
# report's — carried over, not new. Only with a month: "去年收到15件" compares the years.
_CAME_IN = re.compile(r"(?<=是)\s*(?:在)?\s*" + _YEARS_MONTH + r"\s*(?:才|就|时)?(?:收到|收|受理|提交|递交|申请|来)的")
# So are the cases so dated and then counted: "原科技局2024年12月收的1件（个人申请）" (收的 and a count point at
# those cases; "2024年12月收到3件", with no 的, is a month's count and no row).
# ("2024年12月受理、跨年办理的1件": received last December and handled across the new year — carried over, not
# 跨年 into next year.)
_CAME_IN_COUNTED = re.compile(r"(?<![\d年])" + _YEARS_MONTH + r"\s*(?:收到|收|受理|接到)"
                              r"(?:\s*[、，,]?\s*跨年度?(?:办理|处理|办结|答复)?)?的"
                              r"(?=\s*(?:那|这)?\s*(?:\d{1,3}|[一两二三四五六七八九十]{1,3})\s*[件个])")

# … unless the clause says they were done in that year ("都是去年办结的", "当年就答复了") or are not counted.
_DONE_THEN = re.compile(r"[^，,。；;\n]*?(?:(去年|上年|当年|(?:19|20)\d{2}(?=\s*年))\s*年?[^，,。；;\n]{0,6}?"
                        r"(?:办结|办完|答复|结案|处理完)|(不算|不计|不统计))")


# Carried over, told by the two years: received in one, moved into the report's year to be handled —
# "2024年收到、转到2025年办理的", "去年受理转入今年办理的", "2023年度接收后结转至2024年度继续办理" (the first year
# the one before the report's, the second the report's own).
_ACROSS_YEARS = re.compile(r"((?:19|20)\d{2}|去年|上年|上一年)\s*年?度?(?:底|末|12月(?:份|底|下旬)?)?\s*"
                           r"(?:收到|收|受理|接收|接到|提交|提出|申请)(?:的)?\s*[、，,]?\s*(?:后|但|并|又|再)?\s*"
                           r"(?:转到|转入|转至|结转到|结转至|结转入|延续到|延至|跨到|拖到|留到)\s*"
                           r"((?:19|20)\d{2}|今年|本年|当年)\s*年?度?(?:继续|接着)?(?:办理|处理|办|答复)?")


def _received_last_year(text: str, toks: list[Token]) -> list[Token]:
    extra = []
    for m in _ACROSS_YEARS.finditer(text):
        year = this_year()
        first, second = m.group(1), m.group(2)
        if first[0].isdigit() and (year is None or int(first) != year - 1) or \
                second[0].isdigit() and (year is None or int(second) != year) or \
                first[0].isdigit() and second[0].isdigit() and int(second) != int(first) + 1:
            continue  # "2023年收到、转到2024年办理" in a 2025 report: another year's carry-over
        extra.append(Token("row", "carried_over", m.start(), m.end(), m.group(0)))
    for m in [*_CAME_IN.finditer(text), *_CAME_IN_COUNTED.finditer(text)]:
        year = this_year()
        if m.group(1) and (year is None or int(m.group(1)) != year - 1):
            continue
        done = _DONE_THEN.match(text, m.end()) if m.re is _CAME_IN_COUNTED else None
        if done and (done.group(2) or done.group(1) in ("去年", "上年", "当年", m.group(1))):
            continue  # "2024年12月受理的3件都是去年办结的": done in their own year, nothing carried
        extra.append(Token("row", "carried_over", m.start(), m.end(), m.group(0)))
    extra += [Token("row", "carried_over" if m.group(1) else "carried_forward", m.start(), m.end(), m.group(0))
              for m in _CARRY_POINTED.finditer(text) if not _REVIEWED_NEAR.search(text, m.end(), clause_span(text, m.end())[1])]
    if not _PASSED_ON.search(text):  # ("区政府办转来2件申请，转过来的2件都公开了": passed on, new this year)
        extra += [Token("row", "carried_over", m.start(), m.end(), m.group(0)) for m in _CAME_OVER.finditer(text)]
    if not extra:
        return toks
    keep = [t for t in toks if not any(t.start < e.end and e.start < t.end for e in extra)]
    return sorted(keep + extra, key=lambda t: t.start)


# The two carried rows pointed at in an answer: "上年那件是环保组织的", "去年的那2件都是个人", "下年的3件 2个个人
# 1个企业", "下年那两件是企业的" — the carried-in and the carried-on applications (a bare 上年 stays the past:
# "上年那会儿", "下年的工作计划3项").
# (the cases themselves, not work: "明年的2件重点工作", "去年那1件诉讼今年判了" name no carried application)
_CARRY_POINTED = re.compile(r"(?:(上年|去年)(?:的)?(?=那)|(?:下年|明年)(?:的)?(?=那?))(?=那?\s*(?:\d+|[一两二三四五六七八九十几]+)?\s*件"
                            r"(?:申请)?(?:\s*[，,。；;]|\s|$|是|都是|均为|也是|一个|分别|里|中|有))")

# A review's or suit's words in the clause: "去年那2件都维持了" speaks of reviews, not applications.
_REVIEWED_NEAR = re.compile(r"复议|诉讼|起诉|维持|纠正|撤销|判决|审结|法院")
# Another body passing applications on: "区政府办转来2件", "市局转过来的".
_PASSED_ON = re.compile(r"[局办委府厅院处室所站队心部]\s*(?:转来|转过来|转交|转办|移交|转给我们)")
# "转过来的两件一个是律所一个是个人": the cases that came over, opening a clause with no one named who sent them, are
# the carried-over ones ("市信访局转过来的2件", "12345转过来的" were passed on by another body: new this year).
_CAME_OVER = re.compile(r"(?:^|(?<=[\s，,。；;：:]))(?:结)?转过来的(?:那)?(?=\s*(?:\d+|[一两二三四五六七八九十几]+)\s*件)")


# A review or suit not yet concluded, told with the clerk's short 结 at the clause's end: "还有1件没结", "1件至今
# 未结。" — the pending column (only there: "没有结转", "未结算" go on to other words; the table-3 rows read
# "未办结" and the like, and a 结 with no review or suit before it stays unread).
_SHORT_PENDING = re.compile(r"(?:至今|目前|仍|还|尚)?(?:没有|没|未)结(?=\s*(?:[，,。；;）)\n]|$))")


def _short_pending(text: str, toks: list[Token]) -> list[Token]:
    if not any(t.kind in ("rgroup", "litigation") for t in toks):
        return toks
    heads = [t.start for t in toks if t.kind in ("rgroup", "litigation")]
    extra = [Token("outcome", 3, m.start(), m.end(), m.group(0)) for m in _SHORT_PENDING.finditer(text)
             # a review or suit named before it in its sentence
             if any(h < m.start() and not re.search(r"[。；;\n]", text[h:m.start()]) for h in heads)
             and not any(t.start < m.end() and m.start() < t.end and t.kind not in ("zero", "quant") for t in toks)]
    if not extra:
        return toks
    keep = [t for t in toks if not any(t.start < e.end and e.start < t.end for e in extra)]
    return sorted(keep + extra, key=lambda t: t.start)


# "会议纪要 内部的", "是内部的东西": a case refused as the body's own matter, said in two words at the end of its
# clause (三类内部事务信息) — not "企业内部的事", "内部的贷款资料" (whose matter, or a word of what was asked).
_INTERNAL_SHORT = re.compile(r"(?:(?<=[是于])|(?<=[\s，,：:]))(?:属于)?内部的(?:东西|事|事情|材料|资料)?(?=\s*(?:[，,。；;）)\n！!]|$))")


def _internal_short(text: str, toks: list[Token]) -> list[Token]:
    extra = []
    for m in _INTERNAL_SHORT.finditer(text):
        a, b = clause_span(text, m.start(), m.end(), stops="。；;\n")
        # (another result said of the same case: "评级是内部的，没给，算部分公开" is that result's reason)
        if any(a <= t.start < b and (t.kind in ("t2row", "open") or t.kind == "group" and t.target != "withheld" or
                                     t.kind == "row" and t.target in form.RESULT_KEYS and
                                     t.target not in form.GROUP_KEYS["withheld"])
               for t in toks):
            continue
        if any(t.start < m.end() and m.start() < t.end for t in toks):
            continue
        if re.search(r"申请人|申请者|申请的人|职工|员工|干部", text[a:m.start()]):
            continue  # "其中1件申请人是内部的，是本单位职工": who applied, no reason
        extra.append(Token("row", "withheld_internal_affairs", m.start(), m.end(), m.group(0)))
    return sorted(toks + extra, key=lambda t: t.start) if extra else toks


# Who applied, filed under the form's last column by the clerk right after its count: "村委会1件（算其他）",
# "合作社2件(归入其他)" — 其他 after a verb of filing is the applicant column 其他, not a rest or 其他处理.
_FILING_VERB_BEFORE_OTHER = re.compile(r"(?:算|算作|算成|算是|算到|归为|归入|归到|计入|列入|列为|当作|当成|按)\s*$")
_OTHER_ROW_AFTER = re.compile(r"\s*(?:的)?\s*(?:处理|结果|情形|原因|方式|情况|办理)")


# (right after a count: "1件（算其他）" — "那就算其他吧" of a case told before is the result 其他处理)
_COUNT_BEFORE = re.compile(r"\d\s*(?:件|个|家|宗|起)?\s*[（(]?\s*$")


def _counted_as_other(text: str, toks: list[Token]) -> list[Token]:
    return [Token("applicant", form.OTHER_APPLICANT, t.start, t.end, t.text)
            if t.kind in ("other", "rest") and t.text == "其他"
            and (m := _FILING_VERB_BEFORE_OTHER.search(text[max(0, t.start - 3):t.start]))
            and _COUNT_BEFORE.search(text[max(0, t.start - 3 - 8):t.start - len(m.group(0))])
            and not _OTHER_ROW_AFTER.match(text, t.end) else t for t in toks]


# "其他 2：都是逾期不补正的", "其他2（申请人撤回）": a bare 其他 with a count whose cases are then told as 其他处理's
# (逾期不补正, 未缴费, 撤回 …) is that group among the results.
_COUNT_TOLD = re.compile(r"\s*(?:\d+|[一两二三四五六七八九十]+)\s*(?:件|个)?\s*[:：（(]")


def _other_told_as_group(text: str, toks: list[Token]) -> list[Token]:
    out = []
    for k, t in enumerate(toks):
        if t.kind == "other" and t.text == "其他" and _COUNT_TOLD.match(text, t.end):
            end = min([i for i in (text.find(ch, t.end) for ch in "。；;\n") if i >= 0] or [len(text)])
            start = max(text.rfind(ch, 0, t.start) for ch in "。；;\n") + 1
            line_before = max(text.rfind("\n", 0, start - 1), 0)  # (a list kept a line an applicant: the line before too)
            if any(x.kind in ("applicant", "legal", "rgroup", "litigation", "outcome", "t2row") and
                   start <= x.start < t.start for x in toks[:k]) or \
                    any(x.kind in ("applicant", "legal") and line_before <= x.start < start for x in toks[:k]):
                # "个人5，其他2（…）": the applicants' list, whatever its remark says; "复议31件：维持19 其他4（撤回
                # 终止的）": table 4's 其他结果
                out.append(t)
                continue
            if any(x.kind == "row" and x.target in form.GROUP_KEYS["other"] and t.end < x.start < end
                   for x in toks[k + 1:]):
                t = Token("group", "other", t.start, t.end, t.text)
        out.append(t)
    return out


# The body's own work on complaints and reports, received as such: "受理干扰投诉23起", "接到群众举报15件，全部
# 查处", "处理信访件40件" — what the body enforces, no application (信访举报投诉类申请 is an application answered
# so: "属于信访投诉类的2件", "投诉类申请1件" keep the row).
# (the verb no part of a result: "不予处理就剩信访那1件" is the row; the words between it and the complaint name
# their kind, no 就/剩/是 …)
_HANDLED_BEFORE = re.compile(r"(?<!不予)(?<!其他)(?<!予以)(?:受理|接到|接收|收到|处理|办理|查处|核查|调处)(?:了|过)?"
                             r"(?:各类|群众|市民|企业|网民|实名|匿名)?(?:(?![就剩是为都也那这有还只按属算的])[\u4e00-\u9fff]){0,4}$")
_NOT_HANDLED = re.compile(r"申请|公开")


# "12345热线工单4812件不作为信息公开申请处理": the regulation's words said of the hotline's work orders, counted in the
# same clause — no applications (not "有1件是投诉物业的，不作为信息公开申请处理，告知他打12345").
_WORK_ORDERS = re.compile(r"工单|热线|来电|12345|接诉即办|诉求")


def _complaints_handled(text: str, toks: list[Token]) -> list[Token]:
    out = []
    for t in toks:
        if t.kind == "row" and t.target == "rejected_petition" and t.text.startswith(("不作为", "不按")) and \
                _WORK_ORDERS.search(text[clause_span(text, t.start)[0]:t.start]):
            t = Token("ignore", None, t.start, t.end, t.text)
        if t.kind == "row" and t.target == "rejected_petition" and t.text in ("投诉", "举报", "信访", "信访举报", "信访举报投诉"):
            a, b = clause_span(text, t.start)
            lead = text[max(a, t.start - 8):t.start]
            if _HANDLED_BEFORE.search(lead) and not _NOT_HANDLED.search(text[a:b]) and \
                    not re.match(r"\s*(?:类|件类|性质)", text[t.end:]):
                t = Token("ignore", None, t.start, t.end, t.text)
        out.append(t)
    return out


# A year named before the report's, on its own (no month, no carry to the next year): "（2022年有过1件诉讼）",
# "2023年度收到5件" in a 2025 report — that year's figures, as 前年 says (a past word, no cell of this year).
_EARLIER_YEAR = re.compile(r"(?<![\d至到])((?:19|20)\d{2})\s*年(?:度)?(?!\s*(?:\d|[一二三四五六七八九十]{1,2}\s*月|底|末|年底|年末))")
# (the clause goes on to this year: "2024年收到、结转至2025年", "2024年申请的今年答复" — the carried-over words)
_INTO_THIS_YEAR = re.compile(r"[^，,。；;\n]{0,16}?(?:结转|转入|转到|转至|跨年|延续|今年|本年|当年|(?:19|20)\d{2})")


# "两年一共收了15件，2023年的是6件": figures of years added up, the earlier year's told to be taken off — that
# year's figure is read (as the years compared, compared.py), not set aside as the past.
_YEARS_TOGETHER = re.compile(r"[两二三]\s*年(?:度)?(?:合计|合并|加起来|一共|共|总共|累计|都|的)|(?:19|20)\d{2}\s*[—–\-~～至到]\s*(?:19|20)?\d{2}")


def _earlier_years(text: str, toks: list[Token]) -> list[Token]:
    year = this_year()
    if year is None or _YEARS_TOGETHER.search(text):
        return toks
    extra = [Token("past", None, m.start(), m.end(), m.group(0)) for m in _EARLIER_YEAR.finditer(text)
             if int(m.group(1)) < year and not _INTO_THIS_YEAR.match(text, m.end())
             # ("上年结转（2023年）3件": the year names the carried-over cases' year)
             and not re.search(r"结转|转过来|转来|上年|去年|跨年", text[max(0, m.start() - 8):m.start()])
             and not any(t.start < m.end() and m.start() < t.end for t in toks)]
    return sorted(toks + extra, key=lambda t: t.start) if extra else toks


# "上转2", "转下 3": the hurried clerk's short forms of the carried rows stand only right before their figure —
# "上转市局处理", "转下级单位办理", "网上转来" move a case to another body, not to another year.
_SHORT_CARRY_FIGURE = re.compile(r"\s*[:：]?\s*(?:\d|[零〇一二两三四五六七八九十])")


def _short_carries(text: str, toks: list[Token]) -> list[Token]:
    toks = [t for t in toks if not (t.kind == "row" and t.text in ("上转", "转下") and
                                    not _SHORT_CARRY_FIGURE.match(text, t.end))]
    # "下年的2件都是律所": next year's cases, counted, in a report of this one are the ones carried into it (a bare
    # carry word, told from 上年结转 by the reader).
    extra = [Token("carry", None, m.start(), m.end(), m.group(0)) for m in _NEXT_YEARS_CASES.finditer(text)
             if not any(t.start < m.end() and m.start() < t.end for t in toks)]
    return sorted(toks + extra, key=lambda t: t.start) if extra else toks


# (cases, not work: "明年的2件重点工作")
_NEXT_YEARS_CASES = re.compile(r"(?:下年度?|明年|下一年度?|来年)(?:的|那)(?=\s*(?:\d+|[一两二三四五六七八九十])\s*件"
                               r"(?:申请)?(?:\s*[，,。；;：:]|\s|$|是|都是|都|均为|也是|一个|分别|里|中|有))")


# "王某2件、李某1件", "刘某那件": a person named by surname as the clerk's ledger does — an individual (自然人).
# Only where a name can stand (after punctuation or 是/和/与…), so "关于某项" or "要某镇的报告" name no one
# (周 is left out: "每周" is a period).
# A person written as a surname and 某 ("王某", "李某某"): the common surnames.
SURNAMED = (r"[王李张刘陈杨黄赵吴徐孙马朱胡郭高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡杜叶程苏魏吕丁沈姚卢"
            r"姜崔钟谭陆汪范金廖贾夏韦付邹孟熊秦邱尹薛闫段雷侯龙陶黎贺顾毛郝龚邵钱严覃戴莫孔汤]某{1,2}")
# (not a firm named after its owner: "王某某建材公司")
NOT_A_FIRM = r"(?![\u4e00-\u9fff]{0,4}(?:公司|企业|单位|机构|组织|事务所|律所|中心|协会|学校|医院|集团|厂|店))"
NAMED_PERSON = re.compile(r"(?:(?<![\u4e00-\u9fff])|(?<=[是和与及跟为给由对])|(?<=其中)|(?<=还有)|(?<=另有))" + SURNAMED +
                          NOT_A_FIRM)


def _named_persons(text: str, toks: list[Token]) -> list[Token]:
    extra = [Token("applicant", 0, m.start(), m.end(), m.group(0)) for m in NAMED_PERSON.finditer(text)
             if not any(t.start < m.end() and m.start() < t.end for t in toks)]
    return sorted(toks + extra, key=lambda t: t.start) if extra else toks


def _subjects(text: str, toks: list[Token]) -> list[Token]:
    """"政府信息公开行政复议", "因政府信息公开引发的诉讼": 公开 right before a review or a suit, or in the words
    政府信息公开, says what something was about, not a result."""
    toks = [t for k, t in enumerate(toks) if not (
        # "信息处理费收了1件", "咨询电话受理3件": the verb of the thing just named, not 新收.
        t.kind == "row" and t.target == "new_received" and t.text[:1] in "收受" and k > 0 and
        toks[k - 1].kind == "ignore" and 0 <= t.start - toks[k - 1].end <= 1 or
        # "登记费已经划到登记中心收了": a charge collected, not applications received
        t.kind == "row" and t.target == "new_received" and t.text[:1] == "收" and
        re.search(r"费[^，,。；;\n\d]{0,10}$", text[max(0, t.start - 12):t.start]))]
    return [t for k, t in enumerate(toks) if not (t.kind == "open" and (
        text[max(0, t.start - 4):t.start] == "政府信息" or
        k + 1 < len(toks) and toks[k + 1].kind in ("rgroup", "litigation") and (
            toks[k + 1].start == t.end or
            # "信息公开的复议诉讼都没有", "因信息公开引起的行政复议": what the review was about, not 予以公开 0
            text[max(0, t.start - 2):t.start] == "信息" and
            _ABOUT_GAP.fullmatch(text[t.end:toks[k + 1].start]))))]


_ABOUT_GAP = re.compile(r"(?:方面|相关|而)?(?:引起|引发|产生|提起|导致)?的|类的?")


_T2_VERB_GAP = re.compile(r"(?:决定书?|事项|案件)?")
_T2_VERBS = frozenset(("total_processed", "granted"))
_T2_ASIDE = frozenset(("row", "group", "open", "outcome", "applicant", "rgroup", "litigation", "carry"))


_BARE_ISSUED = re.compile(r"\s*[:：]?\s*(?:[，,]\s*(?=发\s*(?:\d+|[零〇一两二三四五六七八九十]+)\s*[件个部项]?\s*[、，,；;]?\s*废\s*"
                          r"(?:\d|[零〇一两二三四五六七八九十])))?"  # ("规章，发1，废2": a dictated line's pauses)
                          r"发(?=\s*(?:\d|[一两二三四五六七八九十]+\s*[件个部项]))")
# "规范性文件发2、废1、现行有效9", "规章：发 0，废 1": a bare 废 right after the document row or its 发 figure, before
# a figure of its own, is 废止 (alone it is no word of the lexicon: 作废, 废旧); lines typed in haste part them with
# a space ("规范性文件 发0 废0 有效3").
_BARE_REPEALED = re.compile(r"\s*[:：]?\s*(?:(?:[，,]\s*)?制?发\s*(?:\d+|[零〇一两二三四五六七八九十]+)\s*[件个部项]?(?:\s*[、，,；;]\s*|[ \t　]+))?"
                            r"(废)(?=\s*(?:\d|[零〇一两二三四五六七八九十]+\s*[件个部项]))")


def _t2_items(text: str, toks: list[Token]) -> list[Token]:
    """Words that only describe a table-2 item: "行政处罚决定公开46件", "行政许可办结37件" — the verb right after
    the item (no 申请 between) is what was done with its decisions, not a table-3 result; "快递经营许可（含分支
    机构变更）办了46件" — brackets with no figure right after the item say what it includes (变更 is no 纠正)."""
    drop: set[int] = set()
    for k, t in enumerate(toks):
        if t.kind != "t2row":
            continue
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if nxt is not None and nxt.kind in ("row", "open") and nxt.target in _T2_VERBS and \
                _T2_VERB_GAP.fullmatch(text[t.end:nxt.start]):
            drop.add(k + 1)
        m = re.match(r"[（(]([^（()）\n]{1,30})[)）]", text[t.end:])
        if m and not re.search(r"\d|[零〇一二两三四五六七八九十]\s*[件个项宗起]", m.group(1)):
            a, b = t.end, t.end + m.end()
            drop.update(j for j, u in enumerate(toks) if a <= u.start < b and u.kind in _T2_ASIDE)
    out = [t for k, t in enumerate(toks) if k not in drop] if drop else toks
    # "规范性文件发2件", "规章发 1 个": a bare 发 right after a document row, before its figure, is 制发 (alone it
    # is no word of the lexicon: 发证, 发放).
    extra = [Token("t2col", "issued", m.end() - 1, m.end(), "发") for t in out if t.kind == "t2row" and
             len(form.ACTIVE_BY_KEY[t.target].paths) == 3 and
             (m := _BARE_ISSUED.match(text, t.end))]
    extra += [Token("t2col", "repealed", m.start(1), m.end(1), "废") for t in out if t.kind == "t2row" and
              len(form.ACTIVE_BY_KEY[t.target].paths) == 3 and (m := _BARE_REPEALED.match(text, t.end))]
    return sorted(out + extra, key=lambda t: t.start) if extra else out


# "表四：没有", "表4 无": the clerk names table 4 by its number and says it has nothing.
_TABLE_FOUR_NONE = re.compile(r"(?<![\u4e00-\u9fff])表\s*([四4])(?![\d季个张份页行列])\s*[:：]?\s*(?:也|都|均|全)?"
                              r"(?:没有|无|空白?|为0|是0|0|为零|是零)(?=\s*(?:[。；;，,!！]|$))", re.M)


def _table_four(text: str, toks: list[Token]) -> list[Token]:
    """"表四：没有" says what "复议、诉讼都没有" says: its two characters stand for the review and the suits (only
    before a zero word; a figure after "表四" has no group and stays open)."""
    extra = [tok for m in _TABLE_FOUR_NONE.finditer(text)
             for tok in (Token("rgroup", "review", m.start(), m.start() + 1, "表"),
                         Token("litigation", None, m.start() + m.group(0).find(m.group(1)), m.start() + m.group(0).find(m.group(1)) + 1, m.group(1)))
             if not any(t.start < m.start() + 2 and m.start() < t.end for t in toks)]
    return sorted(toks + extra, key=lambda t: t.start) if extra else toks


def _abbreviated(text: str, toks: list[Token]) -> list[Token]:
    pat, table = _abbr_pattern(tuple(sorted({**ENGLISH, **ABBREVIATIONS, **_GLOSSARY.get()}.items())))
    extra = []
    for m in pat.finditer(text):
        key = re.sub(r"\s+", " ", m.group(0).lower())
        if key in table and not any(t.start < m.end() and m.start() < t.end for t in toks):
            kind, target = table[key]
            extra.append(Token(kind, target, m.start(), m.end(), m.group(0)))
    return sorted(toks + extra, key=lambda t: t.start) if extra else toks


_THIS_INFO = re.compile(r"(?:这个|这些|这|该|此|相关|那个|那些)?(?:信息|资料)$")
# "我们没那些资料": a demonstrative then 信息/资料 right after the zero word, where no word of the lexicon stands.
_THAT_INFO = re.compile(r"(?:这个|这些|那个|那些|这|那)(?:信息|资料)(?!公开|化)")


# What was asked for ("要…", "要的是…", "问…", "查…") in this clause or the one before, then the body as the subject
# of the zero word that closes the clause.
_ASKED_THEN_BODY = re.compile(r"(?:要|问|查|索取|想看)[^。；;\n，,]{2,30}[，,]?\s*[^。；;\n，,]{0,20}?"
                              r"(?:我们|咱们|我局|我委|我办|我单位|本机关|本单位|本局)(?:这边|这里|这儿|手里|手上|乡里|镇里|局里|"
                              r"所里|街道|村里|单位)?(?:也|都|确实|根本)?$")
_CLAUSE_ENDS = re.compile(r"[的了呢啊\s]*(?:[，,。；;\n！!（(]|$)")
# "2件我们没有（问的是别家的事）": a count, then the body's none — it does not hold them.
# ("3件是区里管的事我们没有": what they were, then the body's none)
_COUNT_THEN_BODY = re.compile(r"(?:\d+|[一两二三四五六七八九十]+)\s*[件个]\s*(?:(?:是|都是|属于)[^，,。；;\n\d]{1,16}?)?"
                              r"(?:我们|咱们|我局|我委|我办|我单位|本机关|本单位|本局)"
                              r"(?:这边|这里|这儿|手里|手上)?(?:也|都|确实|根本)?$")


CLAUSE_STOPS = "，,；;。\n"
SENTENCE_STOPS = "。；;\n"


@lru_cache(maxsize=None)
def _stop_at(stops: str) -> re.Pattern:
    return re.compile("[" + re.escape(stops) + "]")


def clause_span(text: str, a: int, b: int | None = None, stops: str = CLAUSE_STOPS,
                window: int | None = None) -> tuple[int, int]:
    """The clause around text[a:b] (a sentence with SENTENCE_STOPS): from after the last stop before `a` to the
    first stop at or after `b` (`b` defaults to `a`). With `window`, no farther than that many characters each way
    (the span is cut there), so a long text without stops is not scanned whole."""
    b = a if b is None else b
    lo = 0 if window is None else max(0, a - window)
    hi = len(text) if window is None else min(len(text), b + window)
    start = max(max(text.rfind(ch, lo, a) for ch in stops) + 1, lo)
    stop = _stop_at(stops).search(text, b, hi)
    return start, stop.start() if stop else hi


def _not_held(text: str, toks: list[Token]) -> list[Token]:
    """"都没有这个信息", "也没有相关信息", "我们没那些资料": a zero word that swallowed the start of 没有这个信息
    (本机关不掌握)."""
    out: list[Token] = []
    for k, t in enumerate(toks):
        prev = out[-1] if out else None
        if prev is not None and prev.kind == "zero" and prev.text.endswith(("没有", "没")) and t.kind == "ignore" and \
                t.text in ("信息", "资料") and _THIS_INFO.match(text[prev.end:t.end]):
            out[-1] = Token("row", "unavailable_not_held", prev.start, t.end, text[prev.start:t.end])
            continue
        if prev is not None and prev.kind == "row" and prev.target == "unavailable_not_held" and t.kind == "ignore" and \
                t.text in ("信息", "资料") and _THIS_INFO.match(re.sub(r"政府(?=信息$)", "", text[prev.end:t.end])):
            # "不掌握相关信息7件", "不掌握该信息": the row's own words go on to what is not held (no other 信息).
            out[-1] = Token("row", "unavailable_not_held", prev.start, t.end, text[prev.start:t.end])
            continue
        if prev is not None and prev.kind == "row" and prev.target in form.RESULT_KEYS and t.kind == "ignore" and \
                t.text in ("信息", "资料") and _THIS_INFO.match(re.sub(r"^的", "", text[prev.end:t.end])):
            # "公开了一部分信息的有2件", "给公开了相关信息": the result's words go on to what was given
            out[-1] = Token("row", prev.target, prev.start, t.end, text[prev.start:t.end])
            continue
        nxt = toks[k + 1].start if k + 1 < len(toks) else len(text)
        if t.kind == "zero" and t.text.endswith(("没有", "没")) and (m := _THAT_INFO.match(text, t.end)) and nxt >= m.end():
            t = Token("row", "unavailable_not_held", t.start, m.end(), text[t.start:m.end()])
        elif t.kind == "zero" and t.text in ("没有", "没") and \
                (_ASKED_THEN_BODY.search(text[:t.start]) or _COUNT_THEN_BODY.search(text[:t.start])) and \
                _CLAUSE_ENDS.match(text, t.end) and (k == 0 or toks[k - 1].end <= clause_span(text, t.start)[0] or
                                                     toks[k - 1].kind in ("applicant", "legal")):  # "王某要的东西我们没有"
            # "有人要八几年的档案，我们没有", "要的是别家的材料我们这边没有": what was asked for, then the body's
            # none closing the clause — it does not hold them (not "我们没有收费": a none of something named)
            t = Token("row", "unavailable_not_held", t.start, t.end, t.text)
        out.append(t)
    return out


def lookup(label: str) -> Token | None:
    """The most specific head a short label names (a grid's row label or column header)."""
    toks = [t for t in tokens(fold(label).replace(" ", "")) if t.kind not in ("ignore", "quant", "share", "zero")]
    if not toks:
        return None
    rank = {"row": 0, "outcome": 1, "rgroup": 1, "t2row": 1, "applicant": 2, "t2col": 2, "group": 3, "litigation": 3,
            "apps": 4, "other": 5, "legal": 5, "subject": 6, "past": 7, "rest": 8, "not": 9}
    return min(toks, key=lambda t: (rank.get(t.kind, 9), -len(t.text)))


# Voice input writes the form's words with characters that sound alike ("一申请", "不于公开", "付议", "显形有效").
# Each slip has the length of the word it stands for, so offsets (and quotes) stay aligned.
HOMOPHONES: tuple[tuple[str, str], ...] = (
    (r"(?<![有一两二三四五六七八九十\d个名位])一申请(?!人)", "依申请"), (r"以申请(?=公开|的|一共|共|件|方面|这块|情况)", "依申请"),
    (r"不于(?=公开|处理)", "不予"), (r"(?:预|于|余)以(?=公开)", "予以"), (r"不分(?=公开)", "部分"),
    (r"(?:付|副|复|附)(?:议|意|义)(?=和|跟|与|及|诉讼|都|也|案件|[\d一两二三四五六七八九十]|没|今年|方面|这块|的|有)", "复议"),
    # "没半截", "半截的9件": 办结 (bàn jié) heard as the everyday 半截; only where a count or a negation frames it
    (r"(?<=[没未已])半截|半截(?=的|了|[\d一两二三四五六七八九十]\s*件)", "办结"),
    (r"(?:显形|现形|现型|线性)(?=有效)", "现行"), (r"(?:节|接|截)转", "结转"), (r"新访", "信访"),
    (r"(?<=[没未])不正", "补正"), (r"诉松", "诉讼"), (r"起述", "起诉"), (r"规范(?:新|型)(?=文件)", "规范性"),
    (r"废址", "废止"), (r"制做", "制作"), (r"还由(?=[\d一两二三四五六七八九十])", "还有"),
)


@lru_cache(maxsize=1)
def _homophones() -> tuple[tuple[re.Pattern, str], ...]:
    return tuple((re.compile(p), w) for p, w in HOMOPHONES)


def heard(text: str) -> str:
    """Voice-input slips in the form's words set right, one character for one."""
    for pat, word in _homophones():
        text = pat.sub(lambda m: word if len(m.group(0)) == len(word) else m.group(0), text)
    return _sounded(text)


# A pinyin IME offers any word of the same sound ("规范性稳健", "行政出发", "从复申请", "手费"): a run of characters
# that sounds like one of the form's heads and is followed by a figure is that head. Only heads of three or more
# characters, where zh/z, ch/c, sh/s and -ng/-n are one key (the IMEs' fuzzy-pinyin setting most clerks leave on),
# and the two-character nouns of tables 2 and 4 sounded exactly and only where the two characters are no word
# of their own: two syllables alike are too common otherwise ("一共四" is no 公司, "出发" no 处罚, "宿松" a county).
_HEARD_KINDS = frozenset(("row", "group", "applicant", "rgroup", "litigation", "outcome", "t2row", "t2col", "carry"))
_HEARD_PAIRS = frozenset(("t2row", "rgroup", "litigation", "carry"))
_FIGURE_AFTER = re.compile(r"[^\n。；;]{0,8}?(?:\d|[零〇一二两三四五六七八九十百]+\s*[件个起宗项]|无|没有|没)")


def _pinyin(run: str) -> list[str]:
    from pypinyin import lazy_pinyin  # its dictionaries load on first use, not with the package
    return lazy_pinyin(run, errors=lambda chars: ["?"] * len(chars))


def _fuzzy(syllables: list[str]) -> tuple[str, ...]:
    return tuple(re.sub(r"ng$", "n", re.sub(r"^([zcs])h", r"\1", p)) for p in syllables)


@lru_cache(maxsize=1)
def _sounds() -> dict[tuple[str, ...], str]:
    """Sound keys of the heads: fuzzy for three characters or more, exact (marked by a leading "=") for two."""
    out: dict[tuple[str, ...], str] = {}
    for word, kind, _ in _entries():
        w = fold(word)
        if not re.fullmatch(r"[\u4e00-\u9fff]{2,8}", w) or kind not in _HEARD_KINDS:
            continue
        if len(w) >= 3:
            out.setdefault(_fuzzy(_pinyin(w)), w)
        elif kind in _HEARD_PAIRS:
            out.setdefault(("=", *_pinyin(w)), w)
    return out


_PARTICLES = frozenset("为是在对以被把将和与及或")


def _sounded(text: str) -> str:
    sounds = _sounds()
    lengths = sorted({len(k) for k in sounds if k[0] != "="}, reverse=True) + [2]
    pat, _ = _pattern()
    # The longest word of the lexicon over each character: a head as long as the slip already stands there.
    cover = [0] * len(text)
    for m in pat.finditer(fold(text)):
        for k in range(m.start(), m.end()):
            cover[k] = max(cover[k], m.end() - m.start())
    chars = list(text)
    for run in re.finditer(r"[\u4e00-\u9fff]{2,}", text):
        exact = _pinyin(run.group(0))
        if len(exact) != len(run.group(0)):
            continue
        fuzzy = _fuzzy(exact)
        # A slip is a whole word the IME offered: a run that cuts through a word of the sentence ("认为答复",
        # "办理总计") is that word, not a slip.
        segs = rjieba.tokenize(run.group(0))
        cuts = {run.start() + x for _, a0, b0 in segs for x in (a0, b0)}
        # A particle standing as a word of its own is no slip: "以县政府为答复主体" keeps its 为 (未答复 is a row).
        particles = {run.start() + a0 for w, a0, b0 in segs if b0 - a0 == 1 and w in _PARTICLES}
        i = 0
        while i < len(exact):
            for n in lengths:
                a, b = run.start() + i, run.start() + i + n
                if b > run.end() or a not in cuts or b not in cuts:
                    continue
                word = sounds.get(fuzzy[i:i + n] if n > 2 else ("=", *exact[i:i + n]))
                if word and any(text[k] != word[k - a] and k in particles for k in range(a, b)):
                    continue
                if word and text[a:b] != word and max(cover[a:b]) < n and _FIGURE_AFTER.match(text, b) and \
                        not (n == 2 and rjieba.has_word(text[a:b])):
                    chars[a:b] = word
                    i += n
                    break
            else:
                i += 1
    return "".join(chars)
