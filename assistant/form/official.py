"""The official form, defined once: 国办公开办函〔2021〕30号 and the differences of the 2019 试行.

Everything else derives from this module: the report model's cell paths, the parser's anchors, the
notes grammar's lexicon, the identities that the filler, the solver and the rules use, the export
layout and the editor grids. Each official label is spelled out here and nowhere else.

Synonyms are what officials write in notes and what published reports print instead of the official
wording; they are matched after `fold()` (full/half width, spaces, quotes, 繁體 handled by the caller).
"""
from __future__ import annotations

import re

from dataclasses import dataclass, field

from .address import Cell, Row, parse

# --- Sections (domain.md §2.2) ---------------------------------------------------------------------


@dataclass(frozen=True)
class SectionDef:
    number: int
    heading: str                      # canonical, with its numbering
    variants: tuple[str, ...] = ()    # accepted wordings (warned about)
    printed: str = ""                 # a pattern that finds the heading in a published report (form/recognize.py)

    @property
    def title(self) -> str:
        return self.heading[2:]


SECTIONS = (
    SectionDef(1, "一、总体情况", ("总体概况", "基本情况"), r"总体情况|总体概况|基本情况"),
    SectionDef(2, "二、主动公开政府信息情况", (), r"主动公开"),
    SectionDef(3, "三、收到和处理政府信息公开申请情况", (), r"收到和处理.*申请|依申请公开"),
    SectionDef(4, "四、政府信息公开行政复议、行政诉讼情况",
               ("因政府信息公开工作被申请行政复议、提起行政诉讼情况", "政府信息公开行政复议及行政诉讼情况"),
               r"行政复议.*行政诉讼|复议.*诉讼"),
    SectionDef(5, "五、存在的主要问题及改进情况", ("政府信息公开工作存在的主要问题及改进情况", "存在问题及改进情况"),
               r"问题.*改进|存在的主要问题|存在问题|问题及.*(措施|举措|情况)"),
    SectionDef(6, "六、其他需要报告的事项", (), r"其他需要报告|其他需报告|其他事项"),
)
SECTION_HEADINGS = {s.number: s.heading for s in SECTIONS}
NARRATIVE_SECTIONS = (1, 5, 6)
CN_NUMERALS = "一二三四五六七八九十"

# Sub-topics of 一、总体情况 (format （一）), with the words that show a text covers them: the rule S-6 and the
# drafting score (drafting/evaluate.py) both read this list.
OVERVIEW_TOPICS = (
    ("主动公开", ("主动公开",)),
    ("依申请公开", ("依申请", "申请公开", "公开申请")),
    ("政府信息管理", ("信息管理", "管理情况", "管理工作")),
    ("政府信息公开平台建设", ("平台",)),
    ("监督保障", ("监督", "保障")),
)
# 条例第五十条第四项: what a 人民政府 body must report (S-7).
GOVERNMENT_DUTIES = (
    ("工作考核", ("考核", "考评", "第三方评估")),
    ("社会评议", ("评议",)),
    ("责任追究", ("追究", "问责", "追责")),
)

# The section plan of the narrative: where each kind of fact read from the notes is reported, as
# (section, subsection index). Subsections of 一 follow OVERVIEW_TOPICS; those of 五 are FIVE_PARTS.
FIVE_PARTS = ("存在的主要问题", "改进情况", "行政复议、行政诉讼被纠正案件的整改情况", "上年度问题整改情况")
FACT_PLAN = {
    "主动公开信息": (1, 0), "政府网站发布信息": (1, 0), "政务新媒体发布信息": (1, 0), "政策解读": (1, 0),
    "新闻发布会": (1, 0), "management": (1, 2), "platform": (1, 3), "platform_change": (1, 3),
    "业务培训": (1, 4), "培训人次": (1, 4), "assessment": (1, 4), "appraisal": (1, 4), "accountability": (1, 4),
    "problem": (5, 0), "measure": (5, 1), "correction": (5, 2), "correction_cause": (5, 2), "correction_fix": (5, 2),
    "信息处理费": (6, 0), "人大代表建议": (6, 0), "政协提案": (6, 0),
}

# --- The three statistical tables: each is titled like the section it belongs to ----------------------


@dataclass(frozen=True)
class TableDef:
    number: int
    key: str        # the canonical JSON's name (report-json.md)
    name: str       # 表二

    @property
    def title(self) -> str:
        return SECTION_HEADINGS[self.number][2:]

    @property
    def heading(self) -> str:
        return f"{self.name} {self.title}"


TABLES = (TableDef(2, "active", "表二"), TableDef(3, "applications", "表三"), TableDef(4, "review_litigation", "表四"))
TABLE_BY_NUMBER = {t.number: t for t in TABLES}

# --- Table 2: 主动公开政府信息情况 ------------------------------------------------------------------


@dataclass(frozen=True)
class Column:
    key: str
    label: str
    synonyms: tuple[str, ...] = ()
    grid: str = ""        # the compact header of the editor grid (model/grids.py); the label when empty


DOC_COLUMNS = (
    Column("issued", "本年制发件数", ("本年制发", "制发", "新制发", "印发", "出台", "制定", "新出台", "发布", "新发", "新制定",
                                      "新印发", "发了", "发文", "今年发", "本年发", "年内发", "出了", "新出了")),
    Column("repealed", "本年废止件数", ("本年废止", "废止", "失效", "清理废止", "宣布失效", "废了", "废掉")),
    Column("in_force", "现行有效件数", ("现行有效", "有效", "现有", "存量", "现行", "在用", "仍在使用", "还在使用",
                                      "现在还有", "目前还有", "现存")),
)
DECISIONS = "本年处理决定数量"
FEE_AMOUNT = "本年收费金额（单位：万元）"


@dataclass(frozen=True)
class ActiveRow:
    key: str
    block: str            # the 第二十条 item that heads its block
    label: str
    columns: tuple[Column, ...]
    synonyms: tuple[str, ...] = ()

    @property
    def paths(self) -> tuple[Cell | Row, ...]:
        if len(self.columns) == 3:
            return tuple(Cell("active", self.key, c.key) for c in self.columns)
        return (Row("active", self.key),)


_DECISION_COL = (Column("value", DECISIONS, ("处理决定数量", "处理决定", "决定数量", "决定")),)
ACTIVE = (
    ActiveRow("regulations", "第二十条第（一）项", "规章", DOC_COLUMNS, ("规章",)),
    ActiveRow("normative_documents", "第二十条第（一）项", "行政规范性文件", DOC_COLUMNS,
              ("行政规范性文件", "规范性文件", "规范文件", "红头文件")),
    # (the decisions counted are the cases concluded: "处罚案件办结45件" is this row's, not table 3's 办结)
    ActiveRow("licensing", "第二十条第（五）项", "行政许可", _DECISION_COL, ("行政许可", "许可", "许可决定", "许可办结")),
    ActiveRow("punishment", "第二十条第（六）项", "行政处罚", _DECISION_COL,
              ("行政处罚", "处罚", "处罚决定", "处罚案件办结", "处罚办结", "处罚结案")),
    ActiveRow("coercion", "第二十条第（六）项", "行政强制", _DECISION_COL, ("行政强制", "强制", "强制决定", "强制办结",
                                                                              "查封扣押", "查封", "扣押", "冻结")),
    ActiveRow("fees", "第二十条第（八）项", "行政事业性收费", (Column("value", FEE_AMOUNT, ("收费金额", "收费")),),
              ("行政事业性收费", "事业性收费", "收费")),
)
ACTIVE_BY_KEY = {r.key: r for r in ACTIVE}
ACTIVE_BLOCKS = tuple(dict.fromkeys(r.block for r in ACTIVE))  # in order
FEE_PATH = "active.fees"
# The 2019 试行 table 2 (domain.md §3.4): its columns, and which one is this year's figure.
FORMAT_2019_MARKERS = ("本年新制作数量", "本年新公开数量", "对外公开总数量", "上一年项目数量", "本年增/减", "本年增减",
                       "其他对外管理服务事项", "政府集中采购", "采购项目数量", "采购总金额")
ROWS_2019 = ("其他对外管理服务事项", "政府集中采购", "采购项目", "采购总金额")  # rows only the 2019 table has
COLUMNS_2019 = {"本年新制作数量": "issued", "本年新公开数量": None, "对外公开总数量": "in_force",
                "上一年项目数量": None, "本年增/减": None, "本年增减": None, "处理决定数量": "value"}

# --- Table 3: 收到和处理政府信息公开申请情况 ----------------------------------------------------------


@dataclass(frozen=True)
class Applicant:
    index: int
    label: str
    synonyms: tuple[str, ...] = ()
    grid: str = ""        # the compact header of the editor grid


APPLICANTS = (
    Applicant(0, "自然人", ("自然人", "个人", "群众", "居民", "市民", "村民", "公民", "老百姓", "本人申请", "本人提出", "农户", "业主", "职工", "家属",
                         "游客", "患者", "学生", "家长", "网民", "退休人员", "个人申请", "参保人", "考生", "住户", "残疾人", "被征收人", "村里人", "老乡", "农民",
                         # people by their work on the land or water: "嘎查一个牧民要补奖名单", "两个渔民"
                         "牧民", "农牧民", "渔民", "养殖户", "种植户", "承包户", "果农", "菜农", "农民工", "务工人员",
                         # a person by how the office calls them: "那个大爷重复申请的" (not 老人: "高龄老人补贴" is a topic)
                         "大爷", "大妈", "老大爷", "老大娘", "大娘", "老太太", "老爷子", "阿姨", "大叔", "大姐", "大哥")),
    Applicant(1, "商业企业", ("商业企业", "企业", "公司", "物业公司", "商户", "个体工商户", "民营医院", "药店",
                           "药房", "超市", "开发商", "旅行社", "银行",
                           # a training firm: 培训 alone is the body's own training, a topic of no table
                           "培训公司", "培训机构"), grid="企业"),
    Applicant(2, "科研机构", ("科研机构", "科研单位", "高校", "大学", "研究院", "研究所", "科研",
                           # a research team asks as its institution does: "浙大那个课题组1件"
                           "课题组", "研究团队", "科研团队", "研究机构", "科研院所", "实验室"), grid="科研"),
    Applicant(3, "社会公益组织", ("社会公益组织", "公益组织", "社会组织", "协会", "基金会", "公益",
                             "环保组织", "慈善组织", "志愿者组织", "志愿组织", "慈善机构", "民非"), grid="公益"),
    Applicant(4, "法律服务机构", ("法律服务机构", "律师事务所", "律所", "律师", "法律服务"), grid="法律"),
    Applicant(5, "其他", ("其他组织", "其他单位", "其他", "合作社", "村委会", "居委会", "村民委员会", "居民委员会",
                        "业主委员会", "业委会", "事业单位")),
    Applicant(6, "总计", ("总计", "合计", "共计", "总数", "小计")),
)
APPLICANT_COLUMNS = tuple(a.label for a in APPLICANTS)
TOTAL = 6                 # index of the 总计 column
OTHER_APPLICANT = 5       # index of the 其他 column (其他组织, 村委会, 合作社 …)
PARTIES = range(6)        # the applicant columns that add up to 总计
LEGAL_PERSONS = "法人或其他组织"  # the header over columns 1–5 (never a column of its own)
APPLICATIONS_HEADER = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"


@dataclass(frozen=True)
class Group:
    key: str
    label: str
    synonyms: tuple[str, ...] = ()


RESULTS = Group("results", "三、本年度办理结果", ("本年度办理结果", "办理结果", "办结", "答复", "办理完毕", "处理完毕"))
T3_GROUPS = (
    Group("withheld", "（三）不予公开", ("不予公开", "不公开", "不给公开", "没给公开", "没有给公开",
                                                     "没给的", "没有给的", "不给的")),
    Group("unavailable", "（四）无法提供", ("无法提供",)),
    Group("rejected", "（五）不予处理", ("不予处理", "不处理")),
    Group("other", "（六）其他处理", ("其他处理",)),
)
_G = {g.key: g for g in T3_GROUPS}


@dataclass(frozen=True)
class AppRow:
    key: str
    label: str                    # the official label, with its numbering
    short: str                    # how a sentence names it ("予以公开", "保护第三方合法权益")
    group: Group | None = None    # （三）…（六）, or RESULTS for （一）（二）（七）
    synonyms: tuple[str, ...] = ()
    printed: str = ""             # a pattern that finds the row's label in a published table (form/recognize.py)
    grid: str = ""                # its compact label in the editor grid (model/grids.py); derived when empty

    @property
    def is_result(self) -> bool:
        return self.group is not None and self.key != "total_processed"


# "放到明年办", "推至下一年": any verb of putting off with a preposition and next year says 结转下年度.
_MOVED_ON = tuple(v + p + y for v in ("放", "挪", "推", "延", "拖", "留", "转", "剩", "结转") for p in ("到", "至", "入")
                  for y in ("明年", "下年", "下一年", "来年", "下一年度", "下年度"))


# "另1件是要我们做统计表的": the applicant asked the body to make the information (a table, a tally) for them
_MADE_FOR_THEM = tuple(w + v for w in ("要我们", "让我们", "叫我们", "要求我们") for v in ("做", "制作", "统计", "汇总", "整理", "编制")
                       if not (v == "做" and w == "要求我们"))


_STILL_UNCLEAR = tuple(a + b + c for a in ("补正后", "补正以后", "补正之后", "补正了", "补正完")
                      for b in ("", "还是", "仍", "仍然", "依然", "还", "也还是")
                      for c in ("不明确", "说不清", "不清楚", "没说清楚", "说不清楚") if b or c == "不明确")
# "涉及其他公司经营信息不予公开": a firm other than the applicant, whose information it is (third party).
_OTHER_FIRM = tuple(v + o + k for v in ("涉及", "牵涉", "涉及到") for o in ("别的", "其他", "其它", "别家", "另外的")
                    for k in ("企业", "公司", "单位", "商户") if v + o + k not in ("涉及别的企业", "涉及其他企业"))
# "去年剩下没办完的3件", "上年底压下来的那件", "去年落下的": last year's cases left over, said as a clerk says it.
_LEFT_LAST_YEAR = tuple(dict.fromkeys(y + m + t for y in ("去年", "上年", "去年底", "上年底")
                                      for m in ("剩下", "剩下的", "剩起", "留下", "留下的", "落下", "落下的", "压下", "压下来的")
                                      for t in ("没办完", "未办结", "没办结", "没答复", "")))
APPLICATION_ROWS_DEF = (
    AppRow("new_received", "一、本年新收政府信息公开申请数量", "本年新收", None,
           ("本年新收", "新收", "收到", "受理", "接收", "接到", "新受理", "本年度收到", "共收到", "一共收到", "总共收到",
            "新来", "来了", "新进", "新提出", "提交了", "收了"), printed=r"本年新收|新收.*申请"),
    AppRow("carried_over", "二、上年结转政府信息公开申请数量", "上年结转", None,
           ("上年结转", "上年度结转", "去年结转", "上年度遗留", "去年遗留", "上年未办结", "从上年结转", "结转过来",
            "上年转入", "去年转入", "上年度转入", "上一年转入", "结过来", "带过来", "延续到今年", "跨年结转过来", "去年剩",
            "上年剩", "去年没办完", "上年没办完", "去年转过来", "上年转过来", "去年转来", "上年转来",
            "去年底转过来", "上年底转过来", "去年底转来", "去年底结转过来", "去年底没办完", "上年底没办完",
            "上转",
            # Carried into this year, said from this year's side ("延期答复、结转至本年度的申请2件").
            "结转至本年度", "结转到本年度", "结转至本年", "结转到本年", "结转至今年", "结转到今年", "转入本年度",
            "转入今年", "结转入本年度", "转到今年", "转到本年", "转到本年度", "留到今年", "拖到今年", *_LEFT_LAST_YEAR),
           printed=r"上年结转|上年度结转"),  # "上转2 个人": a hurried clerk's short form
    AppRow("granted", "（一）予以公开", "予以公开", RESULTS, ("予以公开", "全部公开", "同意公开", "公开了", "给公开", "公开答复", "给了", "给他了", "全部给的", "全给的",
                                                 "已提供", "已经提供", "均已提供", "都已提供", "都提供了", "已予提供", "予以提供"),
           printed=r"予以公开"),
    AppRow("partially_granted", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "部分公开", RESULTS,
           ("部分公开", "区分处理",
            # what was withheld was blacked out and the rest given: "打码后给的", "遮掉身份证号后提供"
            "打码后", "打码处理", "遮挡后", "遮盖后", "遮掉", "涂掉", "隐去",
            # part of what was asked given: "2件只公开了一部分"
            "公开了一部分", "公开一部分", "公开了其中一部分", "公开了部分内容", "部分内容公开",
            # said as it was done: "打了码给的", "打上码再给", "打码提供"
            "打了码", "打上码", "打码给", "打码提供", "打码以后", "打完码",
            # part of it handed over: "2件是给了一部分"
            "给了一部分", "只给了一部分", "给一部分", "给了部分",
            # blacked out, then given: "把个人信息遮了给的", "身份证号遮住再给", "涂黑后提供"
            "遮了给", "遮了再给", "遮了以后", "遮住后", "遮住再", "遮住了", "遮起来", "涂黑", "抹掉后", "盖住后"),
           printed=r"部分公开"),
    AppRow("withheld_state_secret", "1.属于国家秘密", "属于国家秘密", _G["withheld"], ("国家秘密", "涉密", "保密"), printed=r"国家秘密"),
    AppRow("withheld_law_prohibited", "2.其他法律行政法规禁止公开", "其他法律行政法规禁止公开", _G["withheld"],
           ("法律行政法规禁止公开", "禁止公开", "法律法规禁止", "法规禁止", "法律禁止", "法律法规规定不予公开"), printed=r"禁止公开", grid="法律法规禁止公开"),
    AppRow("withheld_three_safety", "3.危及“三安全一稳定”", "危及“三安全一稳定”", _G["withheld"],
           ("三安全一稳定", "三安一稳", "危及国家安全", "危及公共安全", "危及经济安全", "危及社会稳定", "危及安全",
            "影响社会稳定", "影响稳定", "影响国家安全", "影响公共安全", "危害国家安全", "危害公共安全"), printed=r"三安全一稳定|危及"),
    AppRow("withheld_third_party", "4.保护第三方合法权益", "保护第三方合法权益", _G["withheld"],
           ("第三方合法权益", "第三方", "商业秘密", "个人隐私", "个人信息", "隐私",
            # the other party named in the clerk's words, or its refusal: "涉及人家的涉税信息", "对方不同意公开"
            "涉及人家", "涉及他人", "涉及别人", "涉及别的企业", "涉及其他企业", "对方不同意", "权利人不同意",
            "对方不同意公开", "第三方不同意公开", "权利人不同意公开",
            # the informant's identity in a complaint file: "涉及举报人信息" (not a 信访举报 application)
            "举报人信息", "举报人的信息", "举报人个人信息", "举报人身份", "举报人的身份", "举报人姓名", "投诉人信息", "投诉人的信息", "投诉人个人信息", "信访人信息", "信访人个人信息",
            # the third party named by what it is, refusing when asked: "征求意见后企业不同意", "人家不愿意公开"
            "企业不同意", "公司不同意", "当事人不同意", "人家不同意", "本人不同意", "对方不愿意", "人家不愿意",
            "企业不愿意", "公司不愿意", "当事人不愿意",
            # the refusal's object said too: "企业不同意公开" is one reason (its 公开 is no granted case)
            *(f"{who}{no}公开" for who in ("企业", "公司", "当事人", "人家", "本人", "对方")
              for no in ("不同意", "不愿意", "不想") if f"{who}{no}" != "对方不同意"),  # (listed above)
            # another firm named as whose information it is: "涉及其他公司经营信息", "牵涉别家单位的数据"
            *_OTHER_FIRM), printed=r"第三方"),
    AppRow("withheld_internal_affairs", "5.属于三类内部事务信息", "属于三类内部事务信息", _G["withheld"],
           ("三类内部事务信息", "三类内部事务", "内部事务信息", "内部事务", "内部管理信息", "人事管理", "后勤管理", "内部工作流程",
            "内部管理的事"), printed=r"内部事务"),
    AppRow("withheld_process_info", "6.属于四类过程性信息", "属于四类过程性信息", _G["withheld"],
           ("四类过程性信息", "四类过程性", "过程性信息", "过程性", "讨论记录", "过程稿", "磋商信函", "请示报告",
            # not yet decided: "还在研究没定", "还在讨论研究中的方案" (not "还在研究怎么答复": a case still open)
            "讨论研究中", "研究讨论中", "尚未定稿", "还没定稿", "研究没定", "还没定下来",
            # a text not yet final, or the stage it is in: "专家评审意见稿", "还在讨论阶段", "还在论证"
            "意见稿", "讨论稿", "送审稿", "讨论阶段", "论证阶段", "还在讨论", "还在论证", "正在论证",
            # a request to the level above, or its answer not yet come: "要的是跟区里的请示，区里还没批下来", "尚未批复"
            # (a 请示 named as a thing, "…的请示"; not "请示领导后…", nor "补贴没批下来" of a petition)
            "的请示", "请示件", "尚未批复", "还没批复", "还没有批复", "未获批复"), printed=r"过程性"),
    AppRow("withheld_enforcement_file", "7.属于行政执法案卷", "属于行政执法案卷", _G["withheld"],
           ("行政执法案卷", "执法案卷", "案卷", "卷宗"), printed=r"执法案卷"),
    AppRow("withheld_query_matter", "8.属于行政查询事项", "属于行政查询事项", _G["withheld"],
           ("行政查询事项", "行政查询", "查询事项", "查询类", "按查询告知", "按查询答复", "查询告知", "查询那种", "查询那类"),
           printed=r"行政查询|查询事项"),
    AppRow("unavailable_not_held", "1.本机关不掌握相关政府信息", "本机关不掌握相关政府信息", _G["unavailable"],
           ("不掌握", "信息不存在", "非本机关", "不属于本机关", "没有该信息", "无此信息", "未制作", "未获取",
            "手头没有", "手里没有", "没有这个资料", "没得这个资料", "没有相关资料", "没有该资料", "没有相关信息",
            "不归我们管", "不是我们管", "不归本机关", "不属于本单位", "我们没有的", "没这信息", "没有这信息",
            "没这个信息", "没有这个信息", "没这个资料", "没这资料", "我们这没有", "我们这里没有", "我们这儿没有",
            "我们这边没有", "这边没有的", "没有存档",
            # whose information it is, said in the negative: "7件不是我们的信息（是市县的）"
            "不是我们的信息", "不是本机关的信息", "不是我们单位的信息", "不是本单位的信息", "不是我们这的信息",
            "不是我们这里的信息", "不属于我们的信息", "不是我们掌握的", "不是我们产生的", "没存档", "未存档", "没有留存",
            "未留存", "没有保存", "未保存",
            # "不是我们的事，告诉他去找住建局": not the body's, the applicant sent where it is held
            "不是我们的事", "不是我们管的", "不归我们", "让其向", "告知其向",
            *(f"{tell}{who}去{where}{ask}" for tell in ("告诉", "让", "叫", "建议") for who in ("他", "她", "申请人")
              for where in ("", "县里", "市里", "区里", "省里", "上级") for ask in ("找", "问", "咨询")),
            # "档案在企业，不在我们这": the information is held elsewhere, not by the body
            *(f"不在{who}{here}" for who in ("我们", "我局", "我们单位", "本机关", "本单位")
              for here in ("这", "这里", "这儿", "这边", "手上", "手里", "手头"))),
           printed=r"不掌握", grid="本机关不掌握"),
    # Not "重新统计" (the clerk's own recount), "另行统计" (counted apart) nor bare "没有现成的" (said of 不掌握 too).
    AppRow("unavailable_needs_creation", "2.没有现成信息需要另行制作", "没有现成信息需要另行制作", _G["unavailable"],
           ("另行制作", "没有现成信息", "无现成信息", "需要加工", "汇总加工", "加工分析", "另外制作",
            "没有现成数据", "无现成数据", "另外加工", "另行加工", "重新加工",
            # compiled afresh for the applicant: "要求对多年资料重新整编加工" (not bare 整编: the body's own filing)
            "整编加工", "重新整理加工",
            "重新制作", "需要制作", "要另做", "得另做", "专门做", "专门制作", "专门统计", "专门汇总", "专门整理", "重新汇总数据", "重新汇总一份", "另行汇总",
            "单独做", "单独制作", "单独统计",
            # worked up for the applicant: "需要重新统计加工", "需要另外整理", "要重新汇总", "重新做一张表"
            "统计加工", "整理加工", "另外整理", "另行整理", "另外汇总", "需要重新汇总", "需重新汇总",
            "要重新汇总", "重新做一张", "重新做一份", "重新做个", "要另外做", "得另外做", "需要另外做", "没有现成的表",
            # a table asked to be made of data held: "要我们把几年的监测数据做成对比表"
            "做成对比表", "做成汇总表", "做一张对比表", "汇总成表", "汇总成一张表",
            # worked up the applicant's way: "要我们按他的口径汇总" (not the clerk's own recount)
            "按他的口径", "按他们的口径", "按申请人的口径", "按其口径", "按他的要求重新", "按他们的要求重新") + _MADE_FOR_THEM, printed=r"另行制作|现成信息", grid="需另行制作"),
    AppRow("unavailable_unclear", "3.补正后申请内容仍不明确", "补正后申请内容仍不明确", _G["unavailable"],
           ("仍不明确", "内容不明确", "申请内容不明确",
            # said as officials say it: "补正后还是说不清要什么", "补正以后还是说不清楚"
            *_STILL_UNCLEAR),
           printed=r"仍不明确|内容不明确", grid="补正后仍不明确"),
    AppRow("rejected_petition", "1.信访举报投诉类申请", "信访举报投诉类申请", _G["rejected"],
           ("信访举报投诉", "信访举报", "信访", "举报", "投诉", "咨询类",
            # the regulation's own words for it (条例第三十九条): "…，不作为政府信息公开申请处理"
            "不作为信息公开申请", "不作为政府信息公开申请", "不按信息公开申请", "不按政府信息公开申请"),
           printed=r"信访|举报投诉"),
    AppRow("rejected_duplicate", "2.重复申请", "重复申请", _G["rejected"], ("重复申请", "重复提出", "重复",
            # "同样的内容又申请了一次": the same request again (not "补正后又申请了一次": a corrected one)
            "同样的内容又", "同一内容又", "相同内容又", "一样的内容又", "同样内容又"), printed=r"重复申请"),
    AppRow("rejected_publication", "3.要求提供公开出版物", "要求提供公开出版物", _G["rejected"], ("公开出版物", "出版物",
            # a book on sale: "告诉他去书店买" (not "书店的营业执照": what was asked about a bookshop)
            "去书店", "到书店", "书店买", "书店购买", "书店有售", "书店有卖", "公开出版的", "公开发行的",
            # something already in print: "申请提供《统计年鉴》等已出版资料的3件"
            "已出版", "已经出版", "正式出版"), printed=r"出版物"),
    AppRow("rejected_excessive", "4.无正当理由大量反复申请", "无正当理由大量反复申请", _G["rejected"],
           ("大量反复申请", "大量反复", "大量申请"), printed=r"大量反复", grid="无正当理由大量反复申请"),
    AppRow("rejected_confirmation", "5.要求行政机关确认或重新出具已获取信息", "要求行政机关确认或重新出具已获取信息",
           _G["rejected"], ("确认或重新出具", "重新出具", "要求确认", "要求行政机关确认", "确认已获取信息", "已获取信息",
                            "已获取的信息", "已经获取的信息", "重新出一份", "再出一份", "重新给一份", "再给一份", "重新出具一份",
                            "确认真假", "确认真伪", "确认是不是真的", "确认类",
                            # asked of us in plain words: "让我们确认他手上报关资料真实性的", "要我局帮他确认"
                            *(f"{ask}{us}{help}确认" for ask in ("让", "要", "请", "叫", "要求")
                              for us in ("我们", "我局", "我委", "我办", "我单位", "本机关")
                              for help in ("", "帮他", "帮忙", "给他", "给")),
                            # a copy they hold, brought to be stamped: "拿着复印件要我们盖章确认的", "要求加盖公章确认"
                            *(f"{stamp}{what}" for stamp in ("盖章", "盖个章", "盖公章", "加盖公章", "加盖印章", "盖章子")
                              for what in ("确认", "证明", "认证")),
                            *(f"{ask}{us}{stamp}确认" for ask in ("让", "要", "请", "叫", "要求")
                              for us in ("我们", "我局", "我单位", "本机关", "")
                              for stamp in ("盖章", "盖个章", "加盖公章", "盖公章"))),
           printed=r"确认|重新出具", grid="要求确认或重出已获取信息"),
    AppRow("other_no_correction", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
           "申请人无正当理由逾期不补正", _G["other"],
           ("逾期不补正", "未补正", "不补正", "没有补正", "逾期未补正", "补正超期", "补正不补", "补正未补",
            "让补正", "没补正", "不来补正", "未按要求补正", "没有按要求补正", "没按要求补正",
            # "没按时补正", "未及时补正", "一直没来补正": a negation, how it was late, the correction
            *(f"{no}{how}补正" for no in ("没", "没有", "未", "一直没", "一直没有", "一直未") for how in ("按时", "按期", "及时", "来")
              if f"{no}{how}补正" not in ("没有按要求补正",)),
            # asked to bring more papers, never did: "一件让他补材料没补", "补充资料一直没补"
            *(f"{what}{no}" for what in ("补材料", "补资料", "补充材料", "补充资料", "补齐材料")
              for no in ("没补", "没有补", "也没补", "一直没补", "一直没有补", "没来补", "不来补", "没补齐", "逾期没补")),
            "材料没补齐", "材料一直没补", "资料一直没补"),
           printed=r"不补正", grid="逾期不补正不再处理"),
    AppRow("other_no_fee", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
           "申请人逾期未按收费通知要求缴纳费用", _G["other"],
           ("逾期未缴费", "未缴纳费用", "未缴费", "逾期未缴纳", "未按收费通知", "不缴费", "没交费", "未交费"), printed=r"缴纳费用|收费通知", grid="逾期未缴费不再处理"),
    AppRow("other_other", "3.其他", "其他处理", _G["other"], ("撤回申请", "申请人撤回", "主动撤回", "撤回", "自己撤了", "撤了申请", "撤了",
            # the applicant gone, the case ends unanswered: "一件是申请人去世了终止的"
            "申请人去世了", "申请人已去世", "申请人已经去世", "申请人已死亡", "申请人已经死亡", "申请人病故了",
            ),
           grid="其他"),
    AppRow("total_processed", "（七）总计", "办结", RESULTS,
           ("办结", "答复完毕", "答完", "回复完", "处理完了", "已答复", "办理完毕", "处理完毕", "本年度办理结果", "办理结果", "答复", "办完", "办理完", "处理完",
            "已办结", "完成答复", "办理完成", "答复了", "作出答复", "已经答复", "都答复", "办结了")),
    AppRow("carried_forward", "四、结转下年度继续办理", "结转下年度继续办理", None,
           ("结转下年度", "结转下年", "下年度继续办理",
            "继续办理", "尚未办结", "还没答复完", "没答完", "还没答完", "未答完", "未办结", "正在办理", "仍在办理", "没答复完", "未答复完", "没办完", "未办完",
            "还在办理", "尚未答复", "还在答复期", "尚在答复期", "仍在答复期", "在答复期内", "答复期内", "没弄完", "还没弄完", "没搞完", "还没搞完", "未答复", "待答复", "还没答复", "还没有答复", "还未答复", "没有答复", "没答复", "还没办结", "还没有办结",
            "还没办完", "跨年", "结转明年", "结转下一年", "年底在办", "办理中", "在办", "压着的", "积压的", "还压着", "没办结的", "年底未办结", "年底还有", "年底", "年末",
            "处于法定答复期限内", "法定答复期限内", "答复期限内", "未到答复期限", "尚在办理",
            "积压", "转明年", "转下年", "转下",
            # "尚有2件在规定期限内处理中": still being dealt with at the year's end
            "处理中", "正在处理", "仍在处理", "还在处理",
            # "年底也没有没办的", "还有1件没办的": not yet done at the year's end
            "没办的", "没有办的", "没办好的", "没弄的",
            # "1月份才能答复", "明年才答复": answered only after the year (not "补正后才能答复", a condition)
            "月份才能答复", "月才能答复", "月份才答复", "明年才能答复", "明年才答复", "年后才能答复", "年后才答复",
            # "还在征求第三方意见": the consultation still under way at the year's end, no answer yet (not the
            # 保护第三方 result, which comes after it: "征求意见后第三方不同意，不予公开")
            *(a + b + c for a in ("还在", "正在", "尚在", "仍在", "目前在", "还在书面", "正在书面")
              for b in ("征求", "征询") for c in ("第三方意见", "第三方的意见", "第三方", "权利人意见", "相关方意见")),
            *_MOVED_ON), printed=r"结转下年|下年度继续"),
)
APP_BY_KEY = {r.key: r for r in APPLICATION_ROWS_DEF}
APPLICATION_KEYS = tuple(r.key for r in APPLICATION_ROWS_DEF)
RESULT_KEYS = tuple(r.key for r in APPLICATION_ROWS_DEF if r.is_result)   # their sum is （七）总计 (R3-2)
GROUP_KEYS = {g.key: tuple(r.key for r in APPLICATION_ROWS_DEF if r.group is g) for g in T3_GROUPS}
# Rows of the result block in the official grid, per group: the exporter's row spans derive from these.
RESULT_BLOCK_ROWS = len(RESULT_KEYS) + 1  # 21 result rows and （七）总计


def group_label(key: str) -> str | None:
    row = APP_BY_KEY[key]
    return row.group.label if row.group is not None else None


# --- Table 4: 行政复议、行政诉讼 ---------------------------------------------------------------------

_PENDING_SAID = ("尚未审结", "未审结", "在审", "审理中", "正在审理", "未结案", "尚未结案", "未审理完", "未判", "至今未判",
                 "尚未判决", "未判决", "还没判", "没判", "尚未审理终结", "未审理终结", "还没审完", "没审完", "未审完",
                 "尚未审完")


def _not_yet_concluded() -> tuple[str, ...]:
    """The pending column's "not yet" + "concluded" words not listed by hand (no word twice in the entry)."""
    words = (a + b for a in ("没", "没有", "还没", "还没有", "尚未", "未", "仍未", "仍没有", "至今未", "至今没有", "至今还没",
                             "目前未", "目前还没", "暂未")
             for b in ("审结", "审完", "结案", "审理完", "审理终结", "审理完毕", "判决", "判"))
    return tuple(dict.fromkeys(w for w in words if w not in _PENDING_SAID))


REVIEW_OUTCOMES = (
    Column("upheld", "结果维持", ("结果维持", "维持", "驳回诉讼请求", "驳回原告诉讼请求",
                                # the whole phrase, so its 诉讼 names no group: "1件驳回了诉讼请求"
                                "驳回了诉讼请求", "驳回了原告诉讼请求", "驳回原告的诉讼请求", "驳回了原告的诉讼请求", "驳回其诉讼请求",
                                "驳回了其诉讼请求", "驳回了他的诉讼请求", "驳回起诉", "驳回复议申请", "驳回了复议申请", "驳回其复议申请", "驳回了其复议申请", "驳回了他的复议申请",
                                "驳回", "胜诉", "判我们赢", "我们赢了", "我们胜诉", "我们打赢了", "赢了官司", "官司赢了"), grid="维持"),
    Column("corrected", "结果纠正", ("结果纠正", "纠正", "撤销", "确认违法", "责令履行", "责令重新答复", "变更", "败诉",
                                  # "市局复议决定责令我们重新答复": the body ordered between 责令 and 重新
                                  *(f"责令{who}重新" for who in ("我们", "我局", "我单位", "本局", "本机关", "我镇", "我委",
                                                                   "我办", "其", "被申请人", "被告", "我厅", "我街道"))),
           grid="纠正"),
    Column("other", "其他结果", ("其他结果", "终止", "撤诉", "撤回", "调解", "和解", "不予受理",
                                # what was withdrawn said too: "1件申请人撤回了复议申请" counts no second review
                                *(f"{who}{w}{what}" for who in ("", "申请人", "对方", "当事人", "原告")
                                  for w in ("撤回", "撤回了")  # (not 撤销: a decision's 纠正)
                                  for what in ("复议申请", "复议", "行政复议申请", "行政复议"))), grid="其他"),
    # (not "撤回起诉": 起诉 there still names the suit a judgment's excerpt counts — "准许原告撤回起诉")
    Column("pending", "尚未审结", ("尚未审结", "未审结", "在审", "审理中", "正在审理", "未结案", "尚未结案", "未审理完", "未判",
                                  "至今未判", "尚未判决", "未判决", "还没判", "没判", "未作出判决", "尚未作出",
                                  # "还有1件区政府还没做出决定": no decision yet (作 or 做)
                                  "还没做出", "还没有做出", "没做出决定", "尚未做出", "未做出决定", "还没作出", "还没有作出", "决定还没出", "待判决",
                                  "尚未审理终结", "未审理终结", "还没出结果", "没出结果", "尚无结果", "还没有结果", "结果还没出",
                                  "还没审完", "没审完", "未审完", "尚未审完",
                                  # appealed and not yet decided again: "对方上诉了，目前二审中"
                                  "二审中", "二审审理中", "正在二审", "上诉中", "二审还在审", "还在二审", "二审未结",
                                  # the review body's decision not yet made ("市财政局还没作出决定")
                                  "还没作出决定", "没作出决定", "还没有作出决定", "没有作出决定", "未作出决定", "还没出决定",
                                  "还没作出复议决定", "还没有作出复议决定", "未作出复议决定",
                                  # appealed, the second instance not decided ("一件还在二审"); "一宗仲未有结果"
                                  "在二审", "二审阶段", "未有结果",
                                  "还没决定", "还没有决定", "尚未决定", "没决定", "还没下决定", "还没出复议决定",
                                  # not yet concluded, each way of saying "not yet" before each way of saying
                                  # "concluded": "还有1件没审结", "1件至今没有结案", "1件仍未审理终结"
                                  *_not_yet_concluded()),
           grid="未审结"),
    Column("total", "总计", ("总计", "合计", "共计")),
)
REVIEW_COLUMNS = tuple(c.label for c in REVIEW_OUTCOMES)
REVIEW_TOTAL = 4
CORRECTED = 1


@dataclass(frozen=True)
class ReviewGroup:
    key: str
    label: str            # as the canonical JSON describes it
    header: str           # how the official grid heads it
    synonyms: tuple[str, ...] = field(default=())
    printed: str = ""     # a pattern that finds the group's label in a published table 4 (form/recognize.py)


REVIEW_GROUPS_DEF = (
    ReviewGroup("review", "行政复议", "行政复议", ("行政复议", "复议", "附议"), printed=r"^行政复议$|^复议$"),
    ReviewGroup("litigation_direct", "行政诉讼（未经复议直接起诉）", "未经复议直接起诉",
                ("未经复议直接起诉", "直接起诉", "直接提起诉讼", "直接诉讼", "未经复议", "直接提起行政诉讼", "直接向法院起诉",
                 "直接向法院提起诉讼", "直接向法院提起行政诉讼", "直接被诉",
                 # spoken: "直接告到法院", "直接去法院告了"
                 "直接告到法院", "直接告到了法院", "直接告上法院", "直接告上了法院", "直接去法院告", "直接到法院告",
                 "直接诉到法院", "直接起诉到法院",
                 # spoken "not via review": the kind of suit, no zero ("没经过复议直接起诉的")
                 "没经过复议直接起诉", "没有经过复议直接起诉", "没经复议直接起诉", "不经复议直接起诉", "未经过复议直接起诉",
                 "没经过复议", "没有经过复议", "未经过复议", "不经复议"), printed=r"直接起诉|未经复议"),
    ReviewGroup("litigation_after_review", "行政诉讼（复议后起诉）", "复议后起诉",
                ("复议后起诉", "复议后提起诉讼", "复议后诉讼", "经复议后起诉", "复议后又起诉", "复议完再去告",
                 "复议完再告", "复议后再告", "复议后又告", "复议完又起诉", "复议完再起诉", "复议后再起诉",
                 "行政诉讼复议后", "诉讼复议后",
                 # "复议以后又起诉的", "复议之后再告": after the review, (again) to court, in any of these words.
                 *(f"复议{after}{again}{sue}" for after in ("以后", "之后", "过后", "结束后", "完了")
                   for again in ("", "又", "再", "才") for sue in ("起诉", "告", "去告", "提起诉讼", "诉讼", "打官司",
                                                                 "去法院起诉", "到法院起诉", "向法院起诉", "去法院告")),
                 *(f"复议后{again}{sue}" for again in ("又", "再") for sue in ("去法院起诉", "到法院起诉", "向法院起诉", "去法院告")),
                 # filed after the review, the verb 提起 with no noun: "是纳税人在复议后提起的", "复议之后才提起"
                 *(f"复议{after}{again}提起" for after in ("后", "以后", "之后", "过后", "结束后", "完")
                   for again in ("", "又", "再", "才")),
                 # the review's outcome said between 复议 and 后, then sued again: "复议维持后又起诉的", "复议被驳回之后再告"
                 # (with 又/再/才 only: an excerpt's "（经省政府复议维持后起诉）" label is read by its items)
                 *(f"复议{how}{after}{again}{sue}" for how in ("维持", "被维持", "决定维持", "驳回", "被驳回", "结果出来",
                                                            "维持了", "驳回了")
                   for after in ("后", "以后", "之后") for again in ("又", "再", "才")
                   for sue in ("起诉", "告", "去告", "提起诉讼", "诉讼", "打官司", "去法院起诉", "到法院起诉", "提起")),
                 # who sued said between: "就是这件复议后他又起诉的", "复议之后申请人再告"
                 *(f"复议{after}{who}{again}{sue}" for after in ("后", "以后", "之后", "完")
                   for who in ("他", "她", "对方", "申请人", "当事人", "人家")
                   for again in ("又", "再", "还") for sue in ("起诉", "告", "提起诉讼", "打官司", "去法院起诉", "告到法院")),
                 # a suit against the review's decision: "对市政府的复议决定不服又起诉到法院"
                 "复议决定不服", "不服复议决定", "对复议决定不服"),
                printed=r"复议后"),
)
REVIEW_GROUPS = {g.key: g.label for g in REVIEW_GROUPS_DEF}
# The body that decides a review, named after the group's word ("被复议机关撤销", "经行政复议机关确认违法"): it says
# who decided a case, not that one more review was filed.
REVIEW_BODY = ("机关", "机构", "委员会")
LITIGATION = "行政诉讼"
# (one who sues "告我们", never 告 alone: 告知 is an answer)
LITIGATION_SYNONYMS = ("行政诉讼", "诉讼", "起诉", "应诉", "官司", "被告", "告我们", "告了我们", "把我们告", "告到法院",
                       "告上法庭", "去法院告")

# --- Cell paths ----------------------------------------------------------------------------------------


def application_path(key: str, col: int) -> Cell:
    return Cell("applications", key, col)


def review_path(group: str, col: int) -> Cell:
    return Cell("review_litigation", group, col)


ACTIVE_PATHS = tuple(p for r in ACTIVE for p in r.paths)
APPLICATION_PATHS = tuple(application_path(k, c) for k in APPLICATION_KEYS for c in range(7))
REVIEW_PATHS = tuple(review_path(g.key, c) for g in REVIEW_GROUPS_DEF for c in range(5))
ALL_PATHS = ACTIVE_PATHS + APPLICATION_PATHS + REVIEW_PATHS   # 10 + 175 + 15, in the order of the form
INDEX = {p: i for i, p in enumerate(ALL_PATHS)}


def cell_label(path: str) -> str:
    """A Chinese description of a cell for messages: '（一）予以公开 · 自然人'."""
    try:
        a = parse(path)
    except ValueError:
        return path
    if not isinstance(a, (Cell, Row)):
        return path
    col = a.col if isinstance(a, Cell) else None
    if a.table == "active":
        row = ACTIVE_BY_KEY.get(a.row)
        if row is None:
            return path
        label = next((c.label for c in row.columns if c.key == col), None)
        return f"{row.label} · {label}" if col and label else row.label
    if a.table == "applications" and a.row in APP_BY_KEY and isinstance(col, int):
        return f"{APP_BY_KEY[a.row].label} · {APPLICANT_COLUMNS[col]}"
    if a.table == "review_litigation" and a.row in REVIEW_GROUPS and isinstance(col, int):
        return f"{REVIEW_GROUPS[a.row]} · {REVIEW_COLUMNS[col]}"
    return path


def short_label(path: str) -> str:
    """How a sentence names a cell: '予以公开（企业）', '行政复议结果维持'."""
    a = parse(path)
    if isinstance(a, Cell) and a.table == "applications":
        row = APP_BY_KEY[a.row]
        name = row.short if row.group is None or row.group is RESULTS else f"{row.group.label[3:]}·{row.short}"
        return name if a.col == TOTAL else f"{name}（{APPLICANT_COLUMNS[a.col]}）"
    if isinstance(a, Cell) and a.table == "review_litigation":
        group = next(g for g in REVIEW_GROUPS_DEF if g.key == a.row)
        return f"{group.header}{'' if a.col == REVIEW_TOTAL else REVIEW_OUTCOMES[a.col].label}"
    return cell_label(path)


def row_cells(row: str | Row) -> tuple[Cell | Row, ...]:
    """Every value of a table row, in the form's order: a table-3 row's seven, a table-4 group's five, a
    table-2 document row's three, or the single-valued row itself."""
    a = parse(row)
    if isinstance(a, Cell):
        return (a,)
    if a.table == "applications" and a.row in APP_BY_KEY:
        return tuple(application_path(a.row, c) for c in range(len(APPLICANT_COLUMNS)))
    if a.table == "review_litigation" and a.row in REVIEW_GROUPS:
        return tuple(review_path(a.row, c) for c in range(len(REVIEW_COLUMNS)))
    if a.table == "active" and a.row in ACTIVE_BY_KEY:
        r = ACTIVE_BY_KEY[a.row]
        return tuple(Cell("active", a.row, c.key) for c in r.columns) if len(r.columns) == 3 else (a,)
    return ()


# --- Identities (R3-1, R3-2, R3-3, R4-1) -------------------------------------------------------------


@dataclass(frozen=True)
class Identity:
    rule: str
    total: str                  # the cell that is the sum
    parts: tuple[str, ...]      # total == sum(parts) (for R3-1: 新收 + 结转 == 办结 + 结转下年, written as below)
    minus: tuple[str, ...] = ()  # R3-1: total + minus... see terms()

    def terms(self) -> list[tuple[int, str]]:
        """sum(coef * cell) == 0."""
        return [(1, self.total)] + [(-1, p) for p in self.parts] + [(1, p) for p in self.minus]


def identities() -> tuple[Identity, ...]:
    out = []
    for c in range(7):
        # 一 + 二 = 三（七） + 四, written as 一 = 三（七） + 四 − 二.
        out.append(Identity("R3-1", application_path("new_received", c),
                            (application_path("total_processed", c), application_path("carried_forward", c)),
                            (application_path("carried_over", c),)))
    for c in range(7):
        out.append(Identity("R3-2", application_path("total_processed", c),
                            tuple(application_path(k, c) for k in RESULT_KEYS)))
    for k in APPLICATION_KEYS:
        out.append(Identity("R3-3", application_path(k, TOTAL), tuple(application_path(k, c) for c in PARTIES)))
    for g in REVIEW_GROUPS_DEF:
        out.append(Identity("R4-1", review_path(g.key, REVIEW_TOTAL), tuple(review_path(g.key, c) for c in range(4))))
    return tuple(out)


IDENTITIES = identities()


def _vocabulary() -> tuple[str, ...]:
    """The form's own words (labels, short names, headings, the statutes it cites): a report and a note that
    both use them share them with the form, not with each other (drafting/evaluate.py masks them)."""
    strip = lambda s: re.sub(r"^[（(]?[一二三四五六七八九十\d]+[)）.、．]", "", s)  # noqa: E731
    words = {strip(r.label) for r in APPLICATION_ROWS_DEF} | {r.short for r in APPLICATION_ROWS_DEF}
    words |= {strip(g.label) for g in (RESULTS, *T3_GROUPS)} | {r.label for r in ACTIVE}
    words |= {g.label for g in REVIEW_GROUPS_DEF} | {g.header for g in REVIEW_GROUPS_DEF}
    words |= {s.heading[2:] for s in SECTIONS} | {name for name, _ in OVERVIEW_TOPICS} | set(FIVE_PARTS)
    words |= {"政府信息公开申请", "《中华人民共和国政府信息公开条例》", "《政府信息公开信息处理费管理办法》", "信息处理费"}
    return tuple(sorted((w for w in words if len(w) >= 2), key=len, reverse=True))


VOCABULARY = _vocabulary()
