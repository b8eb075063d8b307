"""Every number in a note is classified before it may bind to a cell.

Clerks' notes are full of numbers that are not table figures: dates and times of a chat log, phone and
hotline numbers, document and case numbers, the numbering of a list or of the form's own rows, counts
in other units (人次, 场, 万人次), page furniture, arithmetic a clerk wrote out. `noise(text)` finds those
spans on the folded text; the grammar never binds a number inside one. What remains is a candidate, and
the grammar gives it a strength by how it found its head (see `MessageReader.number`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_D = r"\d"
_CN = r"[零〇一二两三四五六七八九十]"

# (kind, pattern): each match is a span whose numbers are not table figures.
PATTERNS: tuple[tuple[str, re.Pattern], ...] = tuple((k, re.compile(p)) for k, p in (
    # 2026/1/6, 2025-12-30, 2025.12.30, 2025年12月30日, 12月30日, 1月6号, 12.30 (a date written with a dot)
    ("date", rf"(?<!{_D})(?:19|20){_D}{{2}}\s*[年/.\-－]\s*{_D}{{1,2}}(?:\s*[月/.\-－]\s*{_D}{{1,2}}\s*[日号]?)?(?!{_D})"),
    ("date", rf"(?<!{_D}){_D}{{1,2}}\s*月\s*{_D}{{1,2}}\s*[日号]"),
    ("date", rf"(?:{_CN}{{1,3}}|{_D}{{1,2}})\s*月(?:份|底|初|中旬|上旬|下旬|末|中)"),
    ("date", rf"(?<![{_D}.]){_D}{{1,2}}/{_D}{{1,2}}(?=\s+{_D}{{1,2}}:{_D}{{2}})"),
    # a date written as eight digits, as a register or an export prints it: "20230113", "答复日期 20241205"
    ("date", rf"(?<![{_D}.])(?:19|20){_D}{{2}}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]{_D}|3[01])(?![{_D}.]|\s*(?:元|万元|件))"),
    # a weekday with its date: "周一（1.6）", "星期五(12.20)"
    ("date", rf"(?:周|星期|礼拜)[一二三四五六日天]\s*[（(]\s*{_D}{{1,2}}\.{_D}{{1,2}}\s*[)）]"),
    # a deadline written with a dot: "1.7前报", "12.20前交"
    ("date", rf"(?<![{_D}.]){_D}{{1,2}}\.{_D}{{1,2}}(?=\s*(?:前|之前|以前|号|日|截止|左右|上午|下午))"),
    # a year on its own: 2025年度, 2023/2024, 2024-2025
    ("year", rf"(?<![\d.])(?:19|20){_D}{{2}}(?=\s*(?:年|年度|[/／\-－~～至到]\s*(?:19|20){_D}{{2}}))|(?<=[/／\-－~～至到])\s*(?:19|20){_D}{{2}}(?![\d.])"),
    # a year a date or a period was set or written as: "日期条件写成了2023", "年份填成2024", "统计期间设为2023" —
    # which year a sheet counted, no figure (a unit after it makes it one: "许可数改成2024件")
    ("year", rf"(?:日期|年份|时间|期间|区间|口径)[^，,。；;\n\d许可处罚强制申请收费规章文件]{{0,6}}?(?:写成|写作|写的|错成|错写成|改成|改为|填成|填的|设成|设为|选成|选的|选了)"
             rf"(?:了)?\s*(?:19|20){_D}{{2}}(?![\d.]|\s*(?:件|个|宗|起|份|项|笔|例|条|元|万))"),
    # a year after an English preposition: "c/f from 2023: 1", "FY 2024"
    ("year", rf"\b(?:from|to|in|for|of|since|on|than|vs\.?|over|FY|fy)\s*(?:19|20){_D}{{2}}(?![\d.])"),
    # 09:43, 9:43:10, 下午3点20分, 上午9点
    ("time", rf"(?<![{_D}:]){_D}{{1,2}}[:：]{_D}{{2}}(?:[:：]{_D}{{2}})?(?![{_D}])"),
    ("time", rf"(?:上午|下午|晚上|早上|中午|凌晨)\s*(?:{_D}{{1,2}}|{_CN}{{1,3}})\s*[点时](?:\s*(?:{_D}{{1,2}}|{_CN}{{1,3}})\s*分?|半)?"),
    # phone, fax and hotline numbers
    ("phone", rf"(?<!{_D})0{_D}{{2,3}}\s*[-－—]?\s*{_D}{{7,8}}(?!{_D})"),
    # an international number as an English sheet prints it: "+86 (0)xxx 8812 6630", "+86-10-8812-6630"
    ("phone", r"\+\s?\d{1,3}[\s\-]*(?:\(0\))?[\dxX*\s\-]{6,}\d"),
    ("phone", rf"(?<!{_D})1[3-9]{_D}{{9}}(?!{_D})"),
    ("phone", rf"(?<!{_D})123{_D}{{2}}(?!{_D})"),
    # a number masked in the middle, as a signature or a forwarded SMS prints it: "138****2261", "0571-8***1234"
    ("phone", rf"(?<!{_D}){_D}{{2,4}}[-－]?{_D}{{0,4}}[*＊]{{3,4}}{_D}{{3,4}}(?!{_D})"),
    ("phone", rf"(?:拨打|致电|打)\s*{_D}{{3,5}}|(?<!{_D})(?:110|119|120|122|12306)(?=\s*(?:热线|平台|服务|电话|转))"),
    ("phone", rf"(?:电话|热线|手机|传真|座机|联系方式|联系电话|邮编|邮政编码|分机|Tel|TEL|tel|\b[Ee]xt\.?|QQ|微信号?)\s*[:：]?\s*[{_D}xX*＊\-－— ]{{3,}}"),
    ("phone", rf"(?<!{_D}){_D}{{3,4}}[-－]{_D}{{3,4}}[-－]{_D}{{3,4}}(?!{_D})"),
    # 〔2025〕7号, [2025]12号, （2025）湘0102行初123号, 第十九条, 第3款, 3号文
    ("docno", rf"[〔\[【(（]\s*(?:19|20){_D}{{2}}\s*[〕\]】)）][^\s，,。；;]{{0,16}}?{_D}+\s*号"),
    ("docno", rf"第\s*(?:{_D}+|{_CN}+|[百千]+)\s*(?:条|款|项|号|章|节|页|期|次会议|批)"),
    ("docno", rf"{_D}+\s*号(?:文|令|文件|公告|通知)"),
    ("docno", rf"第\s*{_D}+(?:\s*[、,，和及至\-~]\s*{_D}+)+\s*(?:项|条|款|点|部分)"),
    # a count that points back at cases told before, to say who applied for them: "这7件的申请人都是辖区居民",
    # "上述3件申请人均为企业" — those cases, not a figure of the row named last
    ("ref", rf"(?:这|那|上述|以上|前述|前面)\s*(?:{_D}{{1,4}}|{_CN}{{1,3}})\s*(?:件|个|宗)(?=\s*(?:的)?申请人)"),
    # an attachment's number: "具体见附件2", "附件：1.…统计", "附表3" — which paper, not a count
    ("docno", rf"附(?:件|表|图|录)\s*[:：]?\s*{_D}{{1,2}}(?!{_D}|\.{_D}|\s*(?:件|个|份|项|页))"),
    # a table named by its number: "T3: 依申请…", "Table 2", "表3：", "表 4 无"
    ("ordinal", rf"(?<![A-Za-z])(?:T|Table|table|TABLE)\s*[1-4](?![\d.])|表\s*[1-4一二三四](?=\s*[:：（(]|\s|(?:也|都|均|全)?(?:没有|无|空))"),
    # emoji keycaps number a list: 1️⃣ 2️⃣
    ("ordinal", r"(?m)^[^\w\n]{0,3}\d(?=\s{2,}\S)"),
    # a script's or a deck's own numbering: "镜头3｜画面：…", "分镜 5", "场景2", "幻灯片4", "Slide 2" — the shot or
    # slide, not a count ("镜头3件" would be a count of something)
    ("ordinal", rf"(?:镜头|分镜|场景|幻灯片|(?<![A-Za-z])(?:Slide|slide|SLIDE|Shot|shot|SHOT|Scene|scene))\s*[#＃№]?\s*{_D}{{1,3}}"
                rf"(?![\d.]|\s*(?:件|个|项|条|份|宗|起))"),
    # page furniture: 第 2 页, 共3页, 2/5 页, - 3 -
    ("page", rf"[Pp]\s*{_D}+\s*/\s*共?\s*{_D}+\s*页?|共\s*{_D}+\s*页|{_D}+\s*/\s*{_D}+\s*页|^\s*[-—]\s*{_D}+\s*[-—]\s*$"),
    # a document's print run at its foot, as a 简报 or a 通知 closes: "（共印30份）", "共印制 45 份", "印数：20"
    ("page", rf"(?:共印(?:制|发)?|印数\s*[:：]?|印制份数\s*[:：]?|(?<=[（(])\s*印|(?<=[（(])\s*打印)\s*(?:{_D}+|{_CN}+)\s*份?"),
    # counts in units that are never a table figure
    ("unit", rf"(?:{_D}+(?:\.{_D}+)?|{_CN}+(?:点{_CN}+)?)\s*(?:万|余|多)?\s*(?:人次|人|户|场|次|回(?![复函执应访收馈头来去答避])|趟|篇|期|批|轮|所|个月|天|周|小时|分钟|岁|页|平方米|公里|亩|张|本|册|套|台|辆|个工作日|个百分点)"),
    # the people behind the applications, said after their count: "个人10件，其实就6个人", "只有3位" — persons, not件
    # (right after the count in 件 it restates: "今年申请的只有2个人" alone may be all the clerk counted)
    ("person", rf"(?<=件)\s*[，,、]?\s*(?:其实|实际上?)?\s*(?:就|只有?|才|一共就)\s*(?:{_D}+|{_CN}+)\s*(?:个人|位|名|人)(?=\s|[，,。；;）)]|$)"),
    # "三个科室", "5个社区", "两个方面", "两个名义合起来": counts of units and things, not of applications
    # "三个处室分别报的", "两个业务处": offices that report in parts, not applications ("3个处理" is no office)
    ("unit", rf"(?:{_D}+|{_CN}+)\s*个\s*(?:业务|职能|内设)?(?:处室|处(?![理罚置]|分(?!别))|科(?![研学技])|股(?!份)|分局|大队|中队|"
             r"直属单位|下属单位|二级单位|内设机构)"),
    ("unit", rf"(?:{_D}+|{_CN}+)\s*个\s*(?:科室|股室|社区|村|部门|单位|乡镇|街道|方面|问题|月|季度|工作日|网站|栏目|平台|账号|专栏|"
             r"名义|口径|渠道|系统|窗口|层级|文号|发文主体|主体)"),
    # "1件是一家公司申请的", "3家企业申请了4件": organisations counted beside the applications' own count
    ("unit", rf"(?<=[\d一两二三四五六七八九十]件[是为系由])\s*一\s*家|"
             rf"(?:{_D}+|{_CN}+)\s*家(?=[^，,。；;\d]{{0,10}}?申请了?\s*(?:{_D}+|{_CN}+)\s*件)"),
    # "两名村民…申请了行政复议，是同一件": one and the same case, no count of its own
    ("unit", r"同\s*一\s*(?:件|个|起|宗)"),
    # approximations are not figures: "60多件", "三十几条", "十来户", "近百件"
    ("approx", rf"(?:{_D}+|{_CN}+)\s*(?:多|余|来|几)\s*(?:件|个|条|家|起|户|篇|项)|近百|上百|数十|几十|十几|二十几|三十几"),
    # how the applications came in ("网上申请31件、信函16件、当面申请5件"): the 2021 form has no channel rows —
    # a breakdown of 新收, never a cell of its own
    ("channel", rf"(?:网上申请|网络申请|在线申请|网申|网上|在线|(?<!磋商)信函(?:申请)?|来信申请|邮寄(?:申请)?|"
                rf"当面(?:申请|提交|递交)?|现场(?:申请|提交|递交)?|窗口(?:申请|提交|递交)|传真(?:申请)?|"
                rf"电子邮件(?:申请)?|电子邮箱|邮件申请|网站申请|平台申请)"
                rf"(?:的|方式|提交|提出|递交|渠道|收到|受理|申请)?\s*[:：]?\s*(?:{_D}+|{_CN}+)\s*(?:件|个|份)"),
    # …and the count first: "就2件是邮寄来的", "3件是网上提交的", "有1个是当面递交的"
    # (only a part of the cases picked out: "收到3件都是网上提交的" is the count itself, how they all came)
    ("channel", rf"(?:(?<=就)|(?<=只有)|(?<=仅)|(?<=其中)|(?<=另有)|(?<=还有)|(?<=另外)|(?<=有))\s*(?:{_D}+|{_CN}+)\s*(?:件|个|份)\s*"
                rf"(?:是|为|系|也是)?\s*(?:通过|用|走)?\s*"
                rf"(?:网上|网络|在线|信函|来信|邮寄|寄|当面|现场|窗口|传真|电子邮件|邮件|网站|平台)"
                rf"(?:来的|寄来的|过来的|申请的|提交的|提出的|递交的|交来的|送来的|报来的)"),
    # what the applications were about, counted by subject: "申请内容主要涉及征地拆迁（6件）、社会保障（3件）"
    ("subject", r"(?:申请内容|申请事项|所涉内容|涉及内容|涉及领域)(?:主要|多|大多)?(?:涉及|集中在|集中于|包括|为|是)"
                r"[^，,。；;\n]{0,60}"),
    # rates of other things: "满意率100%", "按期答复率98.5%"
    ("rate", rf"(?:满意率|满意度|按期率|按时率|办结率|答复率|按期答复率|好评率|增长率|纠错率|准确率|完成率|覆盖率|知晓率)"
             rf"\s*(?:达到?|为|是)?\s*{_D}+(?:\.{_D}+)?\s*%"),
    # one applicant's own count: "其中1人申请了5件", "一名申请人提出3件"
    ("person", rf"(?:其中|有|另有)\s*(?:{_D}+|{_CN}+)\s*(?:人|名申请人|位申请人|个申请人|名群众)\s*(?:就|共|先后|一人)?\s*(?:申请|提出|提交)了?\s*"
               rf"(?:{_D}+|{_CN}+)\s*件"),
    # a spreadsheet's formulas and cell references: "=SUM(B2:B5)", "=B6+B7-B14", "见C列第3行" — the sheet's
    # addresses, never a figure (the figure a formula gives is written beside it, or asked for)
    ("formula", r"=\s*(?:[A-Z]{1,3}\s*\(|[A-Z]{1,2}\d)[A-Z0-9:+\-*/(), ]*|(?<![A-Za-z])[A-Z]{1,2}\d{1,4}(?::[A-Z]{1,2}\d{1,4})(?![\d])"),
    # a record's own number, letters then digits in dashed parts or a long run: "SJ2023-001", "GK-2024-017",
    # "GK2024017" — an id, not a count (a sheet's cell "B6" is too short to be one)
    ("code", r"(?<![A-Za-z])[A-Za-z]{1,6}[-－_]?\d+(?:[-－_]\d+)+(?![\d.])|(?<![A-Za-z])[A-Za-z]{1,6}\d{5,}(?![\d.])"),
    # a record form's item codes, a capital letter and its number: "A3 行政处罚：2 件", "B2 上年结转：0 件",
    # "计入 B1 科研机构" — which item, not a count (a count follows its own unit; "B6=9" is an address, read before)
    ("code", r"(?<![A-Za-z0-9])[A-Z]\d{1,2}(?![\d.]|\s*(?:[件个项份条宗起家=＝]|万))"),
    # URLs and e-mail addresses
    ("url", r"https?://\S+|www\.\S+|[\w.\-]+@[\w.\-]+\.\w+"),
    # Version and model numbers: V2.0, 3.0版
    ("version", rf"[Vv]{_D}+(?:\.{_D}+)+|{_D}+(?:\.{_D}+)+\s*版"),
))

# Noise found within a few words (not a sentence's whole: someone else's figures, the other year's halves).
WORDLIKE = frozenset(kind for kind, _ in PATTERNS)

# Arithmetic the clerk wrote out ("12 + 2 − 13 = 1"): a chain of bare numbers joined by operators.
_ARITH = re.compile(rf"(?<![\w.]){_D}+(?:\s*[+＋\-－−×*÷]\s*{_D}+)+(?![\d.])")


@dataclass(frozen=True)
class Noise:
    kind: str
    start: int
    end: int


def noise(text: str) -> list[Noise]:
    """Spans of `text` (already folded) whose numbers are not table figures."""
    out = []
    for kind, pat in PATTERNS:
        out += [Noise(kind, m.start(), m.end()) for m in pat.finditer(text)]
    # Only a chain of bare numbers is arithmetic: "公开7 + 部分公开2" keeps its figures, and the result
    # after "=" is the figure the clerk meant.
    out += [Noise("arithmetic", m.start(), m.end()) for m in _ARITH.finditer(text)]
    out += _other_year_pairs(text)
    out += _someone_elses(text)
    out += _hotline(text)
    out += _table2_parts(text)
    out.sort(key=lambda n: n.start)
    return out


_THIS = r"(?:本年|今年|本年度|(?:19|20)\d\d年?)"
_LAST = r"(?:上年|去年|上年度|上一年|(?:19|20)\d\d年?)"
_PAIR_HEAD = re.compile(rf"({_THIS})\s*[/／|｜、]\s*({_LAST})|({_LAST})\s*[/／|｜、]\s*({_THIS})")
_PAIR = re.compile(r"(?<![\d/.])(\d+(?:\.\d+)?)\s*[/／]\s*(\d+(?:\.\d+)?)(?![\d/.])")


def _other_year_pairs(text: str) -> list[Noise]:
    """A sheet headed "本年/上年" writes every figure as a pair ("新收 12/10"): the other year's half of
    each pair is not this year's figure."""
    head = _PAIR_HEAD.search(text)
    if not head:
        return []
    this, last = (head.group(1), head.group(2)) if head.group(1) else (head.group(4), head.group(3))
    years = [int(y) for y in re.findall(r"(?:19|20)\d\d", this + " " + last)]
    if len(years) == 2 and years[0] < years[1]:
        this, last = last, this
    second_is_last = bool(head.group(1)) == (not (len(years) == 2 and years[0] < years[1]))
    out = []
    for m in _PAIR.finditer(text, head.end()):
        g = 2 if second_is_last else 1
        out.append(Noise("other_year", m.start(g), m.end(g)))
    return out


# Figures the note says are another body's: cases the county government handled as the review body, a
# case against another respondent, figures "not ours, not to fill in".
_NOT_OURS = re.compile(
    # (not "问的不是我们的事", "要的不是我们的信息": what was asked is not held — an answer, 不掌握)
    r"(?<!问的)(?<!要的)(?<!查的)(?<!申请的)不是(?:我们|我|本|咱)(?:们)?(?:局|单位|机关|部门|科|股|办|中心|委|所)?的(?!事|信息(?!公开)|资料)|不用填|不需要填|无需填|不填(?:报|写)?(?![表写])|"
    r"不计入|不算(?:我们|本|在)|非本(?:机关|单位|部门)|"
    # an office shared by two bodies ("部局合署"): "部里也收到过1件，…，不算局里的" — the other body's case
    # (not "问的不是局里的事": what was asked is not held — an answer, as above)
    r"(?P<shared>(?<!问的)(?<!要的)(?<!查的)(?<!申请的)不(?:算|是|属于)(?:局|单位|机关|部门|委|办|中心|所)(?:里|这边|这里)的"
    # (not "不是局里的职责/数据/业务": what was asked is not ours to hold — 不掌握, 信访 — an answer, not a case)
    r"(?!事|信息|资料|职责|职能|数据|业务|范围|管辖|权限|工作|东西|问题))|"
    r"作为(?:行政)?复议机关|(?:代|替)[^，,。；;\n]{1,8}(?:办理|受理|答复|审核|审查)|全省(?:系统)?|全市(?:系统)?|全县(?:系统)?|全区(?:系统)?|"
    r"(?:县|市|区)里(?:全年|总共|一共|合计)|"
    # The bodies below or beside this one added up ("各县区政府合计", "各乡镇汇总"): a region's figure, not ours.
    r"各(?:县区|区县|县市区|县市|市县|乡镇|街道|部门|县|区)(?:政府|人民政府)?(?:合计|汇总|总共|一共|共)|"
    r"(?:不|别)(?:用|要|需要|必)?(?:放|写|填|列|算|进|入)(?:进|入|到)?[^，,。；;\n]{0,6}?(?:表|去)|不用放|不进表|"
    # Figures for the prose only: "这两项请放到第二部分文字里", "写进正文就行".
    r"(?:放|写|用)(?:到|进|在|入)(?:报告)?(?:第[一二三四五六1-6]部分|正文)(?:的)?(?:文字|正文|里|中)|(?:放|写|用)(?:到|进|在|入)正文|"
    r"(?:仅|只)(?:供|作)参考|"
    # "…投诉1,856件，不属于依申请公开，未统计在内", "…4.7万件，不进年报表格": said to be outside the tables.
    r"不属于(?:政府信息公开|依申请公开|信息公开申请)|(?:不属于|不在|不纳入)(?:年报)?统计范围|未(?:统计|计|算)在内|不(?:进|纳入|列入)(?:年报|统计|表格|报表)|"
    # "复议有1个，是对处罚不服的，不是信息公开的事": a review or suit about something else, not the report's
    r"不是(?:政府)?信息公开(?:方面|相关)?的(?:事情?|案子|案件|复议|诉讼|官司)|(?:与|和|跟)(?:政府)?信息公开无关")
_CLAUSE_END = "，,；;。\n"


# "他们新收23件、予以公开15件": what follows "they" to the end of the sentence is the other body's.
_THEIRS = re.compile(r"(?:他们|人家|对方|兄弟单位|别的(?:局|单位|部门))(?:局|单位|部门|那边|那里)?(?:的|今年|全年|去年)?"
                     r"(?=[^，,。；;？?！!\n]{0,6}(?:\d|[一二两三四五六七八九十]\s*件))")


def _someone_elses(text: str) -> list[Noise]:
    """The clause that says a figure is someone else's, and the clause before it when the marker stands
    alone ("…复议2件，不是我们局的")."""
    out = []
    for m in _THEIRS.finditer(text):
        end = min([i for i in (text.find(ch, m.end()) for ch in "。？?！!\n") if i >= 0] or [len(text)])
        out.append(Noise("others", m.start(), end))
    for m in _NOT_OURS.finditer(text):
        a = max(text.rfind(ch, 0, m.start()) for ch in _CLAUSE_END) + 1
        b = min([i for i in (text.find(ch, m.end()) for ch in _CLAUSE_END) if i >= 0] or [len(text)])
        # A marker standing alone ("…1,847件，仅供参考，不要放进表里") is about the last clause with a figure.
        # (the other body's case told over more clauses: "部里收到过1件，问经费的，按党务公开答复的，不是政府信息，不算局里的")
        for k in range(5 if m.group("shared") else 3):
            if re.search(r"\d|[一二两三四五六七八九十百千]\s*(?:多|余)?\s*[件起个宗]", text[a:b]) or a <= 0 or \
                    k and text[a - 1] in "。\n":
                break
            a = max(text.rfind(ch, 0, a - 1) for ch in _CLAUSE_END) + 1
        # "…受理复议17件，其中维持11件、撤销4件": a breakdown after it is of the same figure, someone else's too.
        while b < len(text) and text[b] in "，,；;" and text[b + 1:b + 4].lstrip().startswith("其中"):
            b = min([i for i in (text.find(ch, b + 1) for ch in _CLAUSE_END) if i >= 0] or [len(text)])
        # A bracket inside the clause scopes the marker: "没有复议（县政府作为复议机关受理7件）" keeps 没有.
        open_ = max(text.rfind("（", a, m.start()), text.rfind("(", a, m.start()))
        if open_ >= 0 and not re.search(r"[)）]", text[open_:m.start()]) and \
                re.search(r"\d|[一二两三四五六七八九十百千]\s*[件起个宗]", text[open_:m.start()]):
            # (a bracket closed before it is not its scope; one with no figure of its own is about its clause:
            # "…58.3万人次（这两项请放到第二部分文字里）")
            close = min([i for i in (text.find("）", m.end()), text.find(")", m.end())) if i >= 0] or [b])
            a, b = open_, max(close, m.end())
        elif open_ >= 0 and not re.search(r"[)）]", text[open_:m.start()]) and \
                (own := re.search(r"([\u4e00-\u9fff]{2,})(?:费|金|款|项|类|业务)(?:是|属于|为|系)", text[open_:m.start()])) and \
                re.sub(r"[类项]+$", "", own.group(1))[-2:] not in text[a:open_]:
            # "收费0（配套费是政府性基金，不算在这里）": the bracket's own subject is not counted, not the 0 — unless
            # it is the figure's own row: "行政许可120件（许可类是审批局办的，不算我们的）"
            continue
        out.append(Noise("others", a, b))
    return out


# A hotline's or a complaint platform's tally ("12345热线工单3,402件", "12315平台受理投诉举报4.7万件"): calls and
# work orders, not applications — unless the clause says they are applications for information.
_HOTLINE = re.compile(r"(?<!\d)123\d\d(?!\d)|热线|工单|(?:投诉|举报)平台")
_APPLICATION = re.compile(r"政府信息公开申请|信息公开申请|依申请|公开申请")


def _hotline(text: str) -> list[Noise]:
    out = []
    for m in _HOTLINE.finditer(text):
        a = max(text.rfind(ch, 0, m.start()) for ch in "，,；;。\n") + 1
        b = min([i for i in (text.find(ch, m.end()) for ch in "，,；;。\n") if i >= 0] or [len(text)])
        if not _APPLICATION.search(text[a:b]):
            out.append(Noise("hotline", a, b))
    return out


# "行政处罚238件，…其中简易程序处罚200件", "行政许可办件量3562件，其中即办件3000件": table 2 has no parts of a
# row, so a part of one row's figure is no cell (read as the row, it clashed with the figure).
_T2_ROW = r"(?:行政)?(?:处罚|许可|强制)"
_T2_PART = re.compile(rf"(?<![、和及与政])({_T2_ROW})[^、和及与。；;\n\d]{{0,8}}?\d+\s*(?:件|项|起|个)(?:(?!申请|收到|新收|复议|诉讼|结转)[^。；;\n]){{0,30}}?"
                      rf"其中[^，,。；;\n\d]{{0,14}}?(\d+)\s*(?:件|项|起|个)")


def _table2_parts(text: str) -> list[Noise]:
    return [Noise("part", m.start(2), m.end(2)) for m in _T2_PART.finditer(text)]


def inside(spans: list[Noise], start: int, end: int) -> Noise | None:
    for n in spans:
        if n.start < end and start < n.end:
            return n
        if n.start >= end:
            break
    return None
