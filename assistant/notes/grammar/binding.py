"""Binding a number to its head: the nearest head before it in its clause, else the head right after it, else the
clause's topic; an applicant word picks the column; shares, fractions, "比去年多" and "一件是…" read here."""
from __future__ import annotations

import re
from dataclasses import replace

from ...form import address, official as form
from ...form.official import TOTAL, application_path, review_path
from ...model.numbers import cn_number
from ..lexicon import NAMED_PERSON, PERIOD, Token, fold, this_year, tokens
from ..solver import Statement
from .numbers import Num, _CLAUSE_WINDOW, _LIST, _TABLE_UNITS, _comma_before, numbers, one_named

# A numbered item's number at its line's start ("1.制发1件", "2、许可…"; "1.2025年…" too).
_ITEM_NUMBER = re.compile(r"[ \t　]*(\d{1,2})\s*[.、．](?=\D|\d{4}\s*年)")
MAIN = {"row", "group", "apps", "rgroup", "litigation", "outcome", "t2row", "t2col", "ignore", "other"}
# A day of the year in a clause ("12月26号", "12月29日"): the cases it dates are pointed at, not counted.
# ("12 月中旬以后": typed with spaces, and from that day on)
_DATED = re.compile(r"\d{1,2}\s*月\s*(?:\d{1,2}\s*[日号]|[上中下]旬|底)")
_DAY_AFTER = re.compile(r"\s*(?:是|在)?\s*\d{1,2}\s*月\s*(?:\d{1,2}\s*[日号]|[上中下]旬|底)(?:以后|之后|以来|后)?(?:才|又|刚)?")


# Money the body spared or paid back, said near a fee word: no 行政事业性收费 it collected.
_NOT_COLLECTED = re.compile(r"减税|降费|减免|减负|退费|退还|返还|免收|让利")


def _holds_something(text: str, at: int) -> bool:
    """"1件里面有别人的身份证号，打码后给的": what one case contained, told with no count after it — a case
    described, not a total whose parts follow ("12件里有3件公开")."""
    m = re.match(r"\s*(?:里面|里头|里|中)(?:有|含有|包含|涉及)", text[at:])
    if not m:
        return False
    rest = re.split(r"[，,；;。\n]", text[at + m.end():], maxsplit=1)[0]
    return not re.search(r"\d|[一两二三四五六七八九十]\s*[件个]", rest)


def _someone_else(text: str, t: Token) -> bool:
    """"要的是另一家公司的报价": a party the request was about, not who applied."""
    return t.kind in ("applicant", "legal") and \
        bool(re.search(r"(?:另一家|另外一家|另一个|别的|别家|其他|其它|人家)$", text[max(0, t.start - 4):t.start]))


def _comma_after(text: str, at: int) -> int:
    """Where the clause that `at` is in ends."""
    m = re.search(r"[，,；;。\n]", text[at:])
    return at + m.start() if m else len(text)


def _clause_before(text: str, at: int) -> str:
    """The words of the clause before position `at`."""
    return text[max(text.rfind(ch, 0, at) for ch in "，,；;。\n") + 1:at]


def _past_date(text: str, at: int) -> int:
    """Where the words after a figure start once the day right after it is skipped ("1件12月29号才收到")."""
    m = _DAY_AFTER.match(text, at)
    return m.end() if m else at


_CAME_ON = re.compile(r"\s*(?:才|就|刚)?\s*(?:收|收到|受理|接到|提交|递交|申请|来)的")


def _said_of_received(toks, text: str, start: int) -> list:
    """After "N件12月26号收到的": a carried_forward row said of them later in the sentence, with no other row or
    group named before it ("…收到的，已答复，年底没有结转" names 答复 first and keeps its own reading)."""
    end = min([i for i in (text.find(ch, start) for ch in "；;。\n") if i >= 0] or [len(text)])
    for t in toks:
        if start < t.start < end and t.kind in MAIN - {"ignore"}:
            return [t] if t.kind == "row" and t.target == "carried_forward" else []
    return []


# Last year's figure said beside this year's change ("（去年是11件）").
_LAST_YEAR = re.compile(r"(?:去年|上年|上一年|上年度|年初|上年末|上年底|去年底|去年年底)(?:同期)?(?:是|为|有|共|全年)?[^\d一二两三四五六七八九十，,。;；]{0,4}?"
                        r"(\d{1,3}(?:,\d{3})+|\d+|[一二两三四五六七八九十百]+)\s*件")
# "一件是…", "两件都是…": what follows names the kind of all of the figure before it.
# "上年没有，年底也没有": last year's none beside the year-end's is the pair of carried cases (上年结转 / 结转下年度),
# the two rows told by their time words alone.
CARRIED_PAIR = re.compile(r"(?:去年|上年|上一年|上年度)(?:的)?(?:也|都)?(?:没有|没|无)[\s，,、]*(?:今年)?(?:年底|年末|年终)"
                          r"(?:的)?(?:也|都)?(?:没有|没|无|没剩)")
# "去年12月底还有", "上年末还剩", "去年年底尚有": what was still open when last year ended
_LEFT_LAST_YEAR = re.compile(r"(?:上年|去年|上一年|上年度)(?:年底|年末|底|末|\s*(?:12|十二)\s*月\s*(?:底|末|份)?)?(?:的时候)?"
                             r"(?:手上|手里)?(?:还|尚|仍)(?:有|剩|剩下|剩了|留了|留有|压了|压着)\s*$")
_CARRIED_IN = re.compile(r"\s*(?:件|个)?\s*(?:是)?(?:转过来|转来|转到今年|转到本年|带过来|结转过来|结过来|结转到今年|结转至今年|结转到本年"
                         r"|结转至本年|没办完|没有办完|未办结|还没办完)")
_IS_OF = re.compile(r"\s*(?:件|个|起|宗)?[\s，,]*(?:也|都|均|全){0,2}(?:是|为|系|属于?)(?!否)")
_RELATIVE = re.compile(r"比[^，,；;。]{1,14}?(多|少)了?\s*$")
_SPOKEN_FIX = re.compile(r"(?:不对|说错了|错了|口误|反了|颠倒了)(?:[，,\s]*不对)*[，,\s]*(?:是|应该是|应为|改成|改为)?\s*$|"
                         r"(?:→|⇒|->|—>)\s*(?:更正|改正|订正|改为|改成|应为)\s*[：:]?\s*$|(?<=\d件)\s*(?:→|⇒|->)\s*$|(?<=\d)\s*(?:→|⇒|->)\s*$|"
                         r"不是\s*[\d一二两三四五六七八九十]{1,3}\s*[件个起]?\s*[，,]\s*(?:而)?是\s*$|"
                         # "处罚 2,315件？你等我看看……是2,135件": a figure doubted, looked up, and said again
                         r"[？?]\s*(?:你|您)?(?:等一下|等等|等我|我)?(?:再)?(?:看看|查查|查一下|看一下|翻翻|核一下)[^，,。\d]{0,4}?"
                         r"(?:…+|\.{2,}|[，,\s])*\s*(?:是|应该是|应为|实际是)\s*$")

# "不，是3件" opening a sentence or a message: the bare 不 of speech takes the figure just said back.
_BARE_NO = re.compile(r"[，,。！!？?\n]\s*(?:哦|噢|呃|啊|额)?\s*不\s*[，,]\s*(?:是|应该是|应是)\s*$")

# "38是11月底的数", "5件为截至9月的数据": what follows the number says which month's count it was.
_EARLIER_MONTH = re.compile(r"\s*[件个]?\s*(?:是|为|系|只是|还是)\s*(?:(?:截至|截止|到)\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月"
                            r"(?:底|末|份|中旬|上旬|下旬)?|(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月(?:底|末|中旬|上旬|下旬))"
                            r"\s*(?:时|那时)?的?\s*(?:数|数字|数据|统计|台账)")

# "7件年底都办完了", "5件均已办结": every one of the cases just counted is done (a quantifier before the verb).
_ALL_DONE = re.compile(r"\s*件?\s*(?:到)?(?:年底|年末)?(?:前|以前|之前)?\s*(?:也)?(?:都|均|全部|全都|俱)\s*(?:已经|已)?\s*"
                       r"(?:办完|办结|结案|答复完毕|处理完|答复完)")
# "后面那个", "前面那项", "第二个问题": a part of the question the answer follows, pointed at by its place.
_PLACE_POINTED = re.compile(r"(?:前面|后面|前边|后边)\s*(?:那|这)?\s*(?:个|项|一项|一个)|第[一二三四五六七八九十\d]\s*(?:个)?\s*(?:问题|问)")
# "今年收的", "新收的", "本年受理的": the figure that follows points at the cases received this year.
_RECEIVED_REF = re.compile(r"(?:^|[^\d月日号])\s*(?:今年|本年|全年|年内|新)?\s*(?:收|收到|受理|接到|接收|新收)(?:了)?的\s*$")
_PAST_REF = re.compile(r"去年|上年|上一年|往年|前年|以前|结转|\d{4}\s*年")

# "上年结转1件还在办", "其中1件年底还没办完": a case still open at the year's end.
_STILL_OPEN = re.compile(r"还在办|仍在办|正在办|还没(?:有)?(?:办完|办结|答复)|尚未(?:办结|办完|答复)|未办结|没办完|未办完|"
                         r"结转(?:到)?(?:下年|明年|下一年)|转(?:入|到)(?:下年|明年|下一年)")

# "年底都办完了", "年末前全部办结": the year's end as the time the cases were done, not the row of those left.
_DONE_BY = re.compile(r"(?:前|以前|之前)?\s*(?:都|均|全部|全都|已经|已|也)*\s*(?:办完|办结|结案|答复完毕|处理完|全部答复)")


def _done_by(text: str, t: Token) -> bool:
    return t.kind == "row" and t.target == "carried_forward" and t.text in ("年底", "年末") and \
        bool(_DONE_BY.match(text, t.end))


def _names_its_own(text: str, a: int, t: Token) -> bool:
    """"原有6件加今年新发2件", "划过来4件废了3件": a head after 加, or a column of table 2 followed by its own
    figure, names that figure, not the number before it ("2件公开1件部分公开" lists cases, each head after its
    number)."""
    return bool(re.search(r"加上?|\+|＋", text[a:t.start])) or t.kind in ("t2col", "t2row") and \
        bool(re.match(r"[了的]?\s*(?:\d|[一二两三四五六七八九十]\s*[件个])", text[t.end:t.end + 4]))

# "对我们的一件答复不服": the reply a complaint is about, not a count of replies.
_COMPLAINED = re.compile(r"(?:书|决定|决定书|意见)?\s*(?:不服|有异议|不满意?|提出异议)")


# Who ends a review or a suit: said with 撤回, it is the case's outcome, not an application's (table 3) result.
_DECIDED_BY_BODY = re.compile(r"复议机关|复议机构|复议决定|法院|裁定|终止(?:审理|复议|审查)")


def _sentence_end(text: str, at: int) -> int:
    m = re.search(r"[。；;\n]", text[at:])
    return at + m.start() if m else len(text)


def _applied_before(text: str, t: Token) -> bool:
    """"3件内容跟他之前申请过的一样": 申请 as what was done before describes the cases; it does not name them."""
    return t.kind == "apps" and (text[t.end:t.end + 1] == "过" or bool(re.search(r"(?:之前|以前|此前|曾经|曾)$", text[:t.start])))


def _object_only(text: str, t: Token) -> bool:
    return bool(_COMPLAINED.match(text, t.end))

# "1件涉及强制拆除决定", "1件是问处罚依据的": what an application asked about, not a row of table 2.
# A figure said as a change of the one given before ("公开要加1件", "无法提供减1件", "再加3件").
_CHANGE = re.compile(r"(?:要|再|还要|需要|得|应|也)?(加|减|增加|减少|扣除|扣掉|去掉|减去|加上)(?:上|了|掉)?\s*$")
# "问安置政策文件的", "申请获取某矿事故调查报告的", "企业要求公开合同的": a clause that opens with what was asked for
# (the asking verb, its object, 的) and ends right at a figure ("主要的", "需要补正的", "调查的" are no request)
_ASKED_FOR = re.compile(r"^\s*(?:其中|另有|另外|还有|有)?\s*[^，,。；;\d]{0,8}?(?<![主需重只还不想调检核审])"
                        r"(?:申请获取|申请公开|申请|要求公开|要求提供|要求|索取|索要|想要|想看|要|问|查询|查|咨询)"
                        r"(?!题|处|封|扣|办|复)[^，,。；;\d]{1,30}的\s*$")
_ASKED_ABOUT = re.compile(r"涉及|关于|有关|问|要求|要|申请|查询|咨询|索取|针对|查(?!处|封|扣|办)")

# "误填为4件", "错报成4件": a figure the official names as the mistake it corrects.
# "我打成了“1件”": what was typed into a cell by mistake, quoted.
_MISFILED = re.compile(r"(?:误填|错填|误报|错报|填错|报错|写错|误写|打成|输成|敲成)(?:了|为|成|作)*\s*[“\"‘「]?\s*$")


_ITEM_LINE = re.compile(r"^\s*(?:答\s*[:：])?\s*(?:\d{1,2}|[①②③④⑤⑥⑦⑧⑨])\s*[.．、)）]?\s*", re.M)


def _numbered_bare(text: str, n: Num) -> bool:
    """A figure right after an item number that opens its line, in a message of at least two such lines, with
    no head of its own before it: "1. 3件\n2. 7件\n3. 1件"."""
    line_a = text.rfind("\n", 0, n.start) + 1
    m = _ITEM_LINE.match(text, line_a)
    if not m or m.end() != n.start or not re.search(r"[.．、)）①-⑨]", text[line_a:n.start]):
        return False
    return sum(1 for x in _ITEM_LINE.finditer(text) if re.search(r"[.．、)）①-⑨]", x.group(0))) >= 2


def _broken_down(text: str, a: int, b: int) -> bool:
    """"实际为3件（维持2件、尚未审结1件）": a head inside brackets that give figures of their own splits the number
    up; it does not name it."""
    opened = max(text.rfind("（", a, b), text.rfind("(", a, b))
    if opened < 0:
        return False
    close = min([i for i in (text.find("）", opened), text.find(")", opened)) if i >= 0] or [len(text)])
    return bool(re.search(r"\d", text[opened:close]))


_LITIGATION_KIND = re.compile(r"[\s:：—\-]*(?:" + "|".join(
    re.escape(w) for g in form.REVIEW_GROUPS_DEF[1:] for w in sorted(g.synonyms, key=len, reverse=True)) + ")")
_LITIGATION_KIND_BEFORE = re.compile("(?:" + "|".join(
    re.escape(w) for g in form.REVIEW_GROUPS_DEF[1:] for w in sorted(g.synonyms, key=len, reverse=True)) + r")[\s]*$")

# More cases of the same review or suit after a first count with its outcome: "复议2件维持，还有1件撤回".
_MORE_CASES = re.compile(r"\s*[，,、]\s*(?:还有|另有|另外|另|其余|剩下的?)\s*(?:\d+|[一两二三四五六七八九十])\s*(?:件|个|起)")

# Heads that a "各" list may join: applicants (of the topic row), rows of table 3, items of table 2. (Not table-4
# groups: "复议、诉讼各1件" would need the suit's channel, which a bare 诉讼 does not give.)
_EACH_FAMILIES = (frozenset({"applicant"}), frozenset({"row", "group"}), frozenset({"t2row"}))


# "收取XX费N万元", "征收了XX费共N元": an amount of a named charge the body collected.
# (or the charge named first: "无线电频率占用费全年征收2,356,800元")
_FEE_CHARGED = re.compile(r"(?:收取|征收|收缴|代收|收)(?:了)?\s*([\u4e00-\u9fff]{1,14}?费)(?:收入)?\s*(?:共计|合计|总计|共|计)?\s*$|"
                          r"([\u4e00-\u9fff]{1,14}?费)(?:收入)?\s*(?:全年|今年|本年度?|当年|一年)?\s*(?:共|累计|一共)?"
                          r"(?:收取|征收|收缴|代收)(?:了)?\s*(?:共计|合计|总计|共|计)?\s*$")
# Charges for answering applications (section 六) or for services sold: never the table-2 cell.
_NOT_ADMIN_FEE = re.compile(r"(?<!污水)(?<!垃圾)处理费|复制费|复印|打印|邮|快递|资料费|成本费|工本费|检索费|服务费|经营|中介|水费|电费|物业费|停车费|会费|培训费")


# Spoken words for what an applicant asks of us ("要我们专门做一个统计表", "要我们把复函重新出一份"): a result row
# only with the asking said in their clause.
_ASKED_OF_US = frozenset({"专门做", "专门制作", "专门统计", "专门汇总", "专门整理", "单独做", "单独制作", "单独统计",
                          "重新出一份", "再出一份", "重新给一份", "再给一份", "重新出具一份"})


def _applied_by(text: str, t: Token) -> bool:
    """"企业申请）", "个人申请的，": 申请 right after an applicant word, with no figure after it in the clause — says
    who applied for the cases spoken of ("企业申请3件" counts applications of its own)."""
    before = [x for x in tokens(text[max(0, t.start - 8):t.start]) if x.end == min(t.start, 8)]
    return bool(before) and before[-1].kind in ("applicant", "legal") and \
        re.match(r"的?\s*(?:[）)】\]，,；;。\n]|$)", text[t.end:]) is not None


_LEFT_OUT = re.compile(r"(?:不含|不包含|不包括|未含|未包括|不计|不算|除去|扣除)\s*[（(]?\s*$")


class Binding:
    """How MessageReader binds numbers to heads (a mixin: it uses the reader's text, context and emit)."""
    all_toks: list[Token]  # the message's tokens (MessageReader)

    # heads to cells ----------------------------------------------------------------------------
    def cells_of(self, head: Token, col: int | None, outcome: int | None = None) -> list[str]:
        """The cells a head names at a column (None: the row's total)."""
        c = TOTAL if col is None else col
        if head.kind == "row":
            return [application_path(head.target, c)]
        if head.kind == "group":
            return [application_path(k, c) for k in form.GROUP_KEYS[head.target]]
        if head.kind == "apps":
            return [application_path("new_received", c)]
        if head.kind in ("rgroup", "litigation"):
            k = form.REVIEW_TOTAL if outcome is None else outcome
            groups = [head.target] if head.kind == "rgroup" else \
                ["review"] * (head.target == "with_review") + ["litigation_direct", "litigation_after_review"]
            return [review_path(g, k) for g in groups]
        if head.kind == "t2row":
            row = form.ACTIVE_BY_KEY[head.target]
            return list(row.paths) if len(row.paths) == 1 else []
        return []

    def _clause_start(self, at: int) -> int:
        return max(self.text.rfind(ch, 0, at) for ch in "，,。；;\n") + 1

    def t3_topic(self) -> Token:
        return self.ctx.row or Token("apps", None, 0, 0, "")

    def topic(self, t: Token):
        row = self.ctx.row
        if t.kind == "apps" and row is not None and row.kind in ("row", "group") and 0 <= t.start - row.end <= 3:
            return  # "上年结转申请47件，其中…": 申请 names what 上年结转 counts, the topic stays
        if t.kind == "apps" and row is not None and row.kind in ("row", "group") and _applied_by(self.text, t) and \
                re.search(r"[（(][^）)]*$", self.text[row.end:t.start]):
            # "予以公开 2件（均为企业申请）": who applied for those, the topic stays (in the result's bracket only:
            # "…予以公开6件，都是群众申请的" still says who made the applications)
            return
        if t.kind in ("row", "group", "apps"):
            self.ctx.row = t
            self.clause_subject = False  # a row named after "申请人：…" is the topic again
        elif t.kind in ("rgroup", "litigation"):
            self.ctx.rgroup = t
        elif t.kind == "t2row":
            self.ctx.t2row = t

    def reinterpret(self, t: Token) -> Token:
        """Words whose table depends on what the sentence is about (`REREADINGS`: the first rule that holds)."""
        for applies, kind, target in REREADINGS:
            if applies(self, t):
                return Token(kind, target, t.start, t.end, t.text)
        return t

    def number(self, n: Num, pending: list[Token], applicant: Token | None, before: str, toks, items):
        text = self.text
        if n.unit not in _TABLE_UNITS and n.unit not in ("%", "元", "万元"):
            return
        # The clause before the number, looked for within a bounded window (linear on a clause-less text).
        lo = max(0, n.start - _CLAUSE_WINDOW)
        c0 = max(max(text.rfind(ch, lo, n.start) for ch in "，,；;。\n(（") + 1, lo)
        lead = text[c0:n.start]
        if PERIOD.search(text[c0:n.end]) and not re.search(r"全年|本年|今年|年度", lead) and \
                not _LEFT_LAST_YEAR.search(lead):  # ("去年12月底还有1件": the cases left open then, see below)
            return  # a figure for one month or quarter is not the year's
        partial = bool(re.search(r"(?:截至|截止|到|至)\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*月(?:底|末|份|中旬|上旬)?",
                                 text[max(0, c0 - 20):n.start]))
        if re.search(r"\d{1,2}\s*月\s*\d{1,2}\s*[日号]", lead) and not re.search(r"[日号]\s*(?:起|起至|至|到|[-—~～])", lead):
            return  # "12月30日收到1件": one dated event, not the year's count
        if _MISFILED.search(lead):
            return  # "原表复议总计误填为4件": the figure named as a mistake, not a figure
        if (found := self._document_count(n, toks)) is not None:
            col, row = found  # "今年发了2个规范性文件", "废止了1件规章": the column's verb, the count, the kind
            self.emit([(1.0, f"active.{row.target}.{col.target}")], n.value, n.start, n.end, f"{row.text}{col.text}")
            return
        stale = _EARLIER_MONTH.match(text, n.end)
        if stale and (stale.group(1) or stale.group(2)) not in ("12", "十二"):
            return  # "38是11月底的数": the number named as an earlier month's count, not the year's
        if re.search(r"(?:剩下|剩余|其余|余下)(?:的)?$", text[max(0, n.start - 3):n.start]) and \
                re.match(r"\s*[件个起]?\s*[:：]", text[n.end - 1:n.end + 2]):
            return  # "剩下两件：一件…一件…": the cases that follow say what they were
        if re.search(r"的?\s*那\s*$", lead):
            # "纠正的那1件是责令重新答复": the case counted already, pointed at and described in other words
            # of the same head — not a figure of it (nor of the head those words would name alone).
            said = [t for t in toks if t.end <= n.start and n.start - t.end <= 3]
            then = [t for t in toks if t.start >= n.end and re.fullmatch(r"\s*件?\s*(?:是|就是|属于|为|系)\s*",
                                                                            text[n.end:t.start])]
            if said and then and (said[-1].kind, said[-1].target) == (then[0].kind, then[0].target):
                return
        window = text[max(0, n.start - 4):n.start]
        if (re.search(r"各\s*$", window) or self._each_column(n, toks)) and n.unit in _TABLE_UNITS and \
                self._each_listed(n, toks):
            return  # "结转下年2件（自然人、企业各1件）": the figure for each applicant listed
        listed = [t for t in pending if t.kind in ("row", "group", "rgroup", "litigation", "t2row")]
        if re.search(r"各$", window) and n.unit in _TABLE_UNITS and len(listed) >= 2 and \
                all(re.fullmatch(r"\s*[、和及与跟/]\s*", text[x.end:y.start]) for x, y in zip(listed, listed[1:])):
            for head in listed:  # "复议和诉讼今年各1件": the figure is each one's
                self.bind(head, n, applicant, 1.0)
            return
        if re.search(r"不到|超过|近|约|各$", window.rstrip()) or \
                re.search(r"不是|而非|并非|不到|超过|近|约|各$", re.split(r"[，,。；;！!？?\s]", window)[-1]):
            # (a qualifier before a space still qualifies: "约 20件", "不到 5件")
            # "是9件不是8件": the negated figure; "近百件": not a count (a "不是" answered before a break denies
            # the question, not the figure: "不是 有一个是公司")
            return
        if (_SPOKEN_FIX.search(text[max(0, n.start - 12):n.start]) or
                _BARE_NO.search(("\n" if n.start <= 16 else "") + text[max(0, n.start - 16):n.start])) and not pending:
            prev = next((st for st in reversed(self.out) if st.span[1] <= n.start and
                         n.start - st.span[1] <= 20 and len(st.terms) == 1), None)
            if prev is None and not self.out and not re.search(r"\d|[一两二三四五六七八九十]\s*[件个]", text[:c0]):
                # "哦不对，是9件" opening the next message: the one figure the message before gave (not a zero
                # said in words, nor a figure worked out), said again; after several, which is meant is a guess.
                said = [st for st in self.earlier if st.message == self.message - 1 and len(st.terms) == 1 and
                        st.strength >= 1 and st.value > 0 and st.source in ("notes", "each") and
                        re.search(r"\d|[一两二三四五六七八九十]", st.quote)]
                if len({st.span for st in said}) == 1:
                    was = said[-1]
                    self.emit(list(was.terms), n.value, n.start, n.end, was.label)
                    self.out[-1] = replace(self.out[-1], correction=True)
                    self.ctx_fixed = was
                    return
            if prev is not None:
                # "处罚的话是十二件，不对不对，十三件": the figure said again replaces the one before it.
                self.out.remove(prev)
                self.emit(list(prev.terms), n.value, n.start, n.end, prev.label)
                self.ctx_fixed = prev
                return
        if re.match(r"\s*(?:应为|应是|应该是|改为|改成|更正为|订正为|实为)", text[n.end:n.end + 5]):
            return  # "1286应为1268": the figure corrected, not a figure
        fix = re.search(r"(\d{1,3}(?:,\d{3})+|\d+)\s*(?:应为|应是|应该是|改为|改成|更正为|订正为|实为)\s*$", text[c0:n.start])
        if fix:
            old = float(fix.group(1).replace(",", ""))
            was = next((s for s in reversed(self.earlier + self.prior + self.out) if len(s.terms) == 1 and s.value == old),
                       None)
            if was is not None:
                # the statement that held the wrong figure, given again with the right one
                self.emit(list(was.terms), n.value, n.start, n.end, was.label)
                self.out[-1] = replace(self.out[-1], correction=True)
                return
        if not pending and re.fullmatch(r"\s*[【\[（(]?\s*(?:应为|应是|应该是|改为|改成|更正为|实为|实际为)\s*", lead):
            # "行政复议2件。【应为3件…】": a note under a figure gives that figure anew.
            was = next((s for s in reversed(self.out) if len(s.terms) == 1 and s.span[1] <= c0 and
                        c0 - s.span[1] <= 40 and s.value != n.value and s.strength >= 1), None)
            if was is not None:
                self.emit(list(was.terms), n.value, n.start, n.end, was.label)
                self.out[-1] = replace(self.out[-1], correction=True)
                self.ctx_fixed = was
                return
        if n.unit in _TABLE_UNITS and _RECEIVED_REF.search(lead) and not _PAST_REF.search(lead) and \
                (done := _ALL_DONE.match(text, n.end)):
            # "今年收的7件年底都办完了": the cases received, said again as all done — nothing is left at the
            # year's end; the figure counts the received cases, not the year's 办结 (the carried-over are in it too)
            col = applicant if applicant is not None and applicant.kind == "applicant" else None
            self.bind(Token("row", "new_received", n.start, n.start, "新收"), n, col)
            if (re.search(r"年底|年末", done.group()) or not _PAST_REF.search(text)) and not _STILL_OPEN.search(text):
                # (without 年底, cases carried over from last year may still be open: then it says nothing of them;
                # nor when the notes say some case is still open: "上年结转1件还在办")
                self.emit([(1.0, application_path("carried_forward", TOTAL))], 0, n.start, done.end(), "全部办结")
            self.consumed.update(t.start for t in toks if n.end <= t.start < done.end())
            return
        heads = [t for t in pending if t.kind in MAIN]
        if heads and heads[-1].kind == "row" and heads[-1].target in ("new_received", "carried_over") and \
                self._part_of_result(n):
            return  # "公开2件（去年转来那件…，还有今年新收的1件）": where the result's cases came from, no row figure
        if n.unit in _TABLE_UNITS and not any(t.start >= c0 and (t.kind == "group" or t.kind == "row" and
                                                              t.target in form.RESULT_KEYS) for t in heads) and \
                (answered := self._asked_then_answered(n, toks)) is not None:
            # "问安置政策文件的2件，都给了", "申请获取调查报告的1件因尚未批复不予公开": cases told by what they asked
            # for; what became of them, said after the figure, is their row (not 申请, 会议, nor the topic before —
            # but a result the request itself names stays: "要求重新出具确认书的2件，按不予处理")
            heads = [answered]
            self.consumed.add(answered.start)
        if applicant is None and all(t.start < c0 for t in heads) and _PLACE_POINTED.search(lead):
            return  # "办结了。后面那个0": the part of a question pointed at by its place, not the clause before's head
        if applicant is None and all(t.start < self.sentence_start for t in heads) and _numbered_bare(text, n) and \
                not self._head_follows(n, toks):
            return  # "1. 3件\n2. 7件": answers to an enumeration the notes do not show; whose figures is unknown
        if applicant is not None and NAMED_PERSON.fullmatch(applicant.text) and \
                all(t.start < self.sentence_start for t in heads):  # none of its own (a question's at most)
            named = self._named_row(n, toks)
            if named is not None:
                heads = [named]
                for who in self._pointed_persons(n, named, toks):
                    self.bind(named, Num(1.0, "件", who.start, who.end, True), who, 0.9)  # "刘某那件": one case
        if not heads and applicant is None and re.match(r"\s*[件个]?\s*(?:加上?|\+|＋)", text[n.end:n.end + 4]):
            return  # "现行有效的，原有6件加新发2件…": an addend of the topic's figure, not the figure
        if any(t.kind == "ignore" for t in heads[-1:]):
            return
        if heads and heads[-1].kind == "other" and applicant is not None and applicant.kind == "applicant" and \
                applicant.target != TOTAL and applicant.start == heads[-1].end and n.unit in _TABLE_UNITS:
            # "零售户14件（按自然人统计），其他个人3件": more of a column already given a figure — it adds to it
            # (alone, it is a part of the column and stays out)
            row = self.default_head(applicant)
            if row is not None and row.kind in ("row", "apps"):
                self.emit([(1.0, p) for p in self.cells_of(row, applicant.target)], n.value, n.start, n.end,
                          f"其他{applicant.text}", source="more")
            return
        if n.unit in ("元", "万元"):
            fees = [t for t in heads if t.kind == "t2row" and t.target == "fees"]
            topic = self.ctx.t2row
            if not fees and topic is not None and topic.target == "fees" and topic.start >= self.sentence_start and \
                    topic.start >= self._clause_start(max(c0 - 1, 0)) and not any(t.kind == "t2row" for t in heads) and \
                    not any(t.kind == "ignore" for t in toks if topic.end <= t.start < n.start):
                # "行政事业性收费就是易地建设费，全年收了1,865,400元": the amount's clause goes on from the fee named
                fees = [topic]
            heads = fees[-1:] or heads  # "收费的话易地建设费收了126.4万": 收了 is no 收到 for an amount
            charged = _FEE_CHARGED.search(text[c0:n.start])
            if not heads and charged and not _NOT_ADMIN_FEE.search(charged.group(1) or charged.group(2)):
                # "收取防空地下室易地建设费1286.35万元": a named 费 the body charged is its 行政事业性收费.
                heads = [Token("t2row", "fees", c0 + charged.start(), c0 + charged.end(),
                               charged.group(1) or charged.group(2))]
        if (also := self._also_counted(n, toks)) is not None and n.unit in _TABLE_UNITS:
            # "另外让他去找住建局的1件，也算不掌握": one more case of a row given a figure already — it adds to it
            col = applicant.target if applicant is not None and applicant.kind == "applicant" else None
            self.emit([(1.0, p) for p in self.cells_of(also, col)], n.value, n.start, n.end, also.text, source="more")
            return
        if applicant is None and (filed := self._filed_in_bracket(n, toks)) is not None:
            applicant = filed  # "零售户14件（我们按自然人统计）": the kind named before the figure, filed as the clerk says
        if applicant is None and (counted := self._counted_as(n, toks)) is not None:
            applicant = counted  # "还有一个民办学校申请了1件，我们算其他组织": the column the clerk files it under
        if applicant is None and self.scope is not None and n.start < getattr(self, "scope_end", len(text)):
            applicant = self.scope
        self.told = self.asker = None
        if not heads and self._heads_next(n, toks):
            self.forward = (n, applicant or self.asker)  # "有2件是问别人报销情况的，属于他人隐私没给"
            if applicant is None and self.asker is not None:
                self.asker_of[n.start] = self.asker
            elif applicant is not None and applicant.kind == "applicant" and (0 <= applicant.start - n.end <= 1 or
                                                                               applicant.start == n.start):  # "张某要…"
                self.asker_of[n.start] = applicant  # "1个人同样的内容申请了两次，…": the count's own noun
            return
        if not heads and self.told is not None:
            heads = [self.told]  # "还有2件要的是规划审批材料我们没有": the answer ends the clause
            self.consumed.add(self.told.start)
            self.topic(self.told)  # (as a head right after the figure is: the row is the topic now)
            if applicant is None and self.asker is not None:
                self.bind(heads[0], n, None, 0.8)  # a story's one case counts in the row's total too
                applicant = self.asker
            elif self._named_case(n, applicant):
                self.bind(heads[0], replace(n, each=True), None, 0.8)  # "王某要的东西我们没有": and in the total
        rel = _RELATIVE.search(text[c0:n.start])
        rows = [t for t in heads if t.kind in ("row", "group")]
        if rel and len(rows) >= 2 and n.unit in _TABLE_UNITS:
            # "部分公开比不予公开多1件": one row is another's figure plus (or minus) this one.
            a_, b_ = rows[-2], rows[-1]
            sign = 1.0 if rel.group(1) == "多" else -1.0
            self.emit([(1.0, p) for p in self.cells_of(a_, None)] + [(-1.0, p) for p in self.cells_of(b_, None)],
                      sign * n.value, n.start, n.end, f"{a_.text}比{b_.text}{rel.group(1)}")
            return
        if rel and rows and all(t.start >= c0 + rel.start() for t in rows) and n.unit in _TABLE_UNITS:
            return  # "比上年结转的少一件": a difference from the row compared with, never that row's figure
        # How sure the binding is: a head in the same clause with a table unit is strong; a head found
        # after the number, a heading waiting from an earlier clause or the topic of the sentence is weaker.
        strength = 1.0 if n.unit or self._labelled(n) else 0.8
        clause_toks = [t for t in toks if _comma_before(text, n.start) < t.start < n.start]
        if n.value == 0 and any(t.kind == "rest" for t in clause_toks):
            self.rest_zero(heads or [t for t in clause_toks if t.kind in MAIN], n.start, n.end)
            return
        if n.unit in _TABLE_UNITS and self.versus_last_year(heads[-1] if heads else None, n, c0, applicant):
            return
        if n.unit in _TABLE_UNITS and _CARRIED_IN.match(text, n.end) and \
                re.search(r"(?:上年|去年|上一年|上年度)(?:年底|年末|底|末)?(?:还|也|一共|共)?(?:有)?\s*$", text[c0:n.start]):
            # "上年还有1件转过来", "去年底有2件没办完": last year's cases this year took over, the count between the
            # year and the verb
            heads = [Token("row", "carried_over", n.end, n.end, "转过来")]
        elif n.unit in _TABLE_UNITS and _LEFT_LAST_YEAR.search(text[c0:n.start]) and \
                not any(t.kind in ("rgroup", "litigation", "t2row", "outcome") or
                        t.kind in ("row", "group") and t.target not in ("carried_over", "carried_forward", "total_processed")
                        for t in toks if n.end <= t.start < _comma_after(text, n.end)):
            # "去年12月底还有1件渔民的，今年一起办了", "上年末还剩2件企业的": what was still open when last year ended
            # is this year's carried-over cases (还有/还剩 says left over, not last year's count)
            heads = [Token("row", "carried_over", n.end, n.end, "上年还有")]
            who = re.match(r"\s*(?:件|个)?\s*", text[n.end:])
            own = [t for t in toks if t.kind == "applicant" and t.start == n.end + who.end()]
            if applicant is None and own:
                applicant = own[0]
                self.consumed.add(own[0].start)
        in_force = heads and heads[-1].kind == "t2col" and heads[-1].target == "in_force"
        if in_force and any(t.kind == "past" and t.text in ("去年", "上年", "上一年", "上年度", "前年") and
                            (0 <= heads[-1].start - t.end <= 3 or
                             heads[-1].end <= t.start < n.start and not re.search(r"那|这", text[t.end:n.start])) and
                            _comma_before(text, n.start) < t.start for t in toks):
            # "规范性文件去年有效的是5个，…现在还有4个", "现行有效的去年是40件，今年是43件": last year's count in
            # force, not this year's
            return
        if not (heads and heads[-1].kind == "row" and heads[-1].target == "carried_over") and not in_force and \
                any(t.kind == "past" for t in toks if n.start - 12 <= t.start < n.start and t.end <= n.start
                    and _comma_before(text, n.start) < t.start and not re.match(r"(上年|去年|上一年|上年度)[^，,]{0,4}结转",
                                                                              text[t.start:n.start])
                    # ("上年的3件：2个个人1个企业": the 上年 read as the cases carried over is the topic, no past)
                    and not (self.ctx.row is not None and self.ctx.row.target == "carried_over" and
                             self.ctx.row.start == t.start)
                    # ("去年12件今年18件": this year named again between last year's figure and this one)
                    and not re.search(r"\d\s*[件个项起条]?\s*(?:而|但)?\s*(?:今年|本年)", text[t.end:n.start])):
            return  # last year's figure or a change, not this year's cell
        if (year := re.search(r"((?:19|20)\d\d)\s*年度?\s*[:：]?\s*(?:是|为|有|共)?\s*$", text[max(c0, n.start - 12):n.start])) \
                and this_year() and int(year.group(1)) < this_year():
            return  # "行政处罚决定数：2024年 143件；2025年 168件": an earlier year's figure beside this year's
        if not heads and re.match(r"\s*(?:里|中|当中|之中)(?!心)", text[n.end:n.end + 3]) and n.unit and \
                not _holds_something(text, n.end):
            return  # "8件里予以公开的占75%": the total spoken of, not a figure of what follows
        if heads and n.unit and "的" in text[heads[-1].end:n.start] and heads[-1].kind == "row" and \
                heads[-1].target == "new_received" and \
                any(t.kind in MAIN for t in toks if n.end <= t.start <= n.end + 6 and
                    not re.search(r"[，,；;。、:：\n（(]", text[n.end:t.start])):
            heads = []  # "12月29日收到的1件还没答复": what follows the number says what it is
        # Sums written out: "新收 = 9（个人）+ 2（医药企业）= 11": a term's applicant is in its brackets,
        # and the result after the last "=" is the figure of the head before the first "=".
        line_a = max(text.rfind(ch, 0, n.start) for ch in "\n，,；;。") + 1
        line = text[line_a:n.start]
        term = re.match(r"\s*[（(]([^）)\d]{1,12})[)）]\s*[+＋=＝]", text[n.end:])
        if term and applicant is None and (re.search(r"[+＋=＝]\s*$", line)):
            appl = [t for t in toks if t.kind == "applicant" and n.end < t.start < n.end + term.end()]
            if appl:
                applicant = appl[0]
                self.consumed.add(appl[0].start)
        if re.search(r"[=＝]\s*$", line) and line.count("=") + line.count("＝") >= 2 and not term:
            first = line_a + min(i for i in (line.find("="), line.find("＝")) if i >= 0)
            named = [t for t in toks if line_a <= t.start < first and t.kind in MAIN]
            if named:
                heads, applicant = named[-1:], None
        if heads and all(t.start < self.sentence_start for t in heads):
            # an answer's own words name the head more closely than the question did: "两件都是予以公开"
            stop = min([i for i in (text.find(ch, n.end) for ch in "，,；;。\n") if i >= 0] or [len(text)])
            own = [t for t in toks if n.end <= t.start < min(stop, n.end + 8) and
                   (t.kind in ("row", "group", "outcome") or t.kind == "open")]
            if own:
                t = own[0]
                heads = [Token("row", t.target, t.start, t.end, t.text) if t.kind == "open" else t]
                self.consumed.add(t.start)
            glued = next((t for t in toks if t.kind == "applicant" and t.target != TOTAL and t.start >= n.end and
                          re.fullmatch(r"\s*(?:是|为|系)?\s*", text[n.end:t.start])), None)
            if applicant is None and glued is not None and n.unit in _TABLE_UNITS:
                # "5个个人，1个是企业" to "新收的6件分别来自哪类申请人？": the applicant right after the figure is
                # its column, as it is for "5件个人" — not the question's row total.
                applicant = glued
                self.consumed.add(glued.start)
        between = text[heads[-1].end:n.start] if heads else ""
        if heads and (heads[-1].kind == "rgroup" or heads[-1].kind == "litigation" and not between.strip()) and \
                n.unit in _TABLE_UNITS and \
                (re.fullmatch(r"\s*(?:中|里|当中|之中)?\s*(?:还|也|另)?有\s*", between) or not between.strip()):
            # "复议有1件尚未审结": a part of the group's cases, named by the outcome right after it
            # ("复议有一件是维持的" says what the one review was: that stays the group's figure)
            own = [t for t in toks if t.kind == "outcome" and n.end <= t.start and not text[n.end:t.start].strip()]
            if own and not between.strip() and not re.match(r"[^、，,；;。\n]{0,6}[、，,]\s*(?:\d+|[一两二三四五六七八九十])\s*件",
                                                            text[own[0].start:]):
                own = []  # "复议1件维持" is the one review, maintained; "复议1件维持、1件还在审" is a run of parts
            if own:
                heads = own[:1]
                self.consumed.add(own[0].start)
        # A head right after the number: "1件维持", "3件不予公开" (a bare number never binds forward, unless
        # the outcome is glued to it: "fy 2：1维持，1纠正").
        # ("2个人 1企业": a bare figure glued to an applicant, none before it, is that applicant's.)
        glued = not n.unit and any(t.start == n.end and (t.kind == "outcome" or t.kind == "applicant" and applicant is None)
                                   for t in toks)
        if not heads and (n.unit or glued):
            listed = any(x.kind == "row" and x.target in form.RESULT_KEYS for x in toks)
            after = [Token("row", t.target, t.start, t.end, t.text) if t.kind == "open" and listed else t
                     for t in toks if t.start >= n.end and t.start - n.end <= 6 and
                     (t.kind in MAIN | {"applicant", "legal"} or t.kind == "open" and listed)
                     # (a bar parts fields as a comma does: "71件（82.6%）｜法人和其他组织 15件")
                     and not re.search(r"[，,；;。、:：\n→⇒｜|]|->|=>", text[n.end:t.start]) and not _broken_down(text, n.end, t.start)
                     and not _done_by(text, t) and not _names_its_own(text, n.end, t)
                     and not _object_only(text, t) and not _applied_before(text, t)
                     and not (t.kind == "t2row" and _ASKED_ABOUT.search(text[n.end:t.start]))
                     # "28件不含上年结转": the row named after 不含 is what the figure leaves out
                     and not _LEFT_OUT.search(text[n.end:t.start])]
            nxt = next((x for k, s, x in items if k == "n" and s > n.start), None)
            after = [t for t in after if nxt is None or t.start < nxt.start]
            stop = min([i for i in (text.find(ch, n.end) for ch in "，,；;。\n") if i >= 0] or [len(text)])
            if not after and any(t.kind == "t2row" and n.end < t.start < stop and
                                 _ASKED_ABOUT.search(text[n.end:t.start]) for t in toks):
                return  # "其中1件涉及强制拆除": some applications, told by what they asked — no count of a row
            if after and after[0].kind == "legal" and applicant is None and n.unit == "%":
                applicant = after[0]  # "四分之一是法人申请的": a share of the legal persons' columns
                self.consumed.add(after[0].start)
                after = after[1:]
            if after and after[0].kind == "applicant" and applicant is None:
                applicant = after[0]
                self.consumed.add(after[0].start)
                after = after[1:]
            if after and after[0].kind == "apps":
                # "尚有2件申请处于法定答复期限内": the row the clause goes on to name, not 申请
                stop = min([i for i in (text.find(ch, n.end) for ch in "，,；;。\n") if i >= 0] or [len(text)])
                later = [t for t in toks if after[0].end <= t.start < stop and t.kind == "row"]
                if later:
                    after = later[:1]
            if not after and (skip := _past_date(text, n.end)) > n.end:
                # "还有1件12月29号才收到，到年底还在办": past the day, 收到 says which cases — only a pending row
                # said of them later in the sentence is read ("这2件是12月27号和30号收到的个人申请" stays as it was)
                got = [t for t in toks if t.kind == "row" and t.target == "new_received" and 0 <= t.start - skip <= 2]
                # "1件12月29号收的还没答复": 收的 is no row word of the lexicon, but says the same of those cases
                came = _CAME_ON.match(text, skip)
                after = _said_of_received(toks, text, got[0].end) if got else \
                    _said_of_received(toks, text, came.start()) if came else []
            if after and after[0].kind == "row" and after[0].target == "new_received" and \
                    (text.startswith("的", after[0].end) or _DATED.search(text[n.end:after[0].start])):
                # "有1件12月30日收到的还在办", "还有1件12月26号收到的，在法定期限内，结转下年": the day it came
                # in says which cases; what is said of them (up to the sentence's end, no other row between) is the row
                later = _said_of_received(toks, text, after[0].end)
                if later:
                    after = later[:1]
            if after and after[0].kind in MAIN:
                heads = [after[0]]
                self.consumed.add(after[0].start)
                self.topic(after[0])
                strength = min(strength, 0.9)
        # Several heads in a list with a quantifier share the number: "许可、处罚、强制均为0".
        listed = len(heads) > 1 and all(text[x.end:y.start].strip() in _LIST and text[x.end:y.start].strip()
                                        for x, y in zip(heads, heads[1:]))
        if len(heads) == 2 and [t.kind for t in heads] == ["rgroup", "litigation"] and \
                heads[0].target == "review" and not text[heads[0].end:heads[1].start].strip():
            if n.value != 0:
                return  # "复议诉讼2件": reviews and suits together, not how they split (the reply asks)
            listed = True  # "复议诉讼：0": none of either
        if len(heads) > 1 and n.value == 0 and all(t.kind == "t2row" for t in heads) and \
                all(not text[x.end:y.start].strip() for x, y in zip(heads, heads[1:])) and \
                re.search(r"[也都均全]", text[heads[-1].end:n.start]):
            # "处罚强制也是0": table-2 rows run together, then 也/都 — none of each (a figure >0 would not say how;
            # "行政处罚强制执行0件" is one thing)
            listed = True
        if len(heads) > 1 and heads[-1].kind == "apps" and heads[-2].kind in ("row", "group"):
            heads = heads[:-1]  # "上年度结转申请1件": 申请 only names what the row counts
        if listed and any(re.match(r"\s{2,}[、和及与/]", text[x.end:y.start]) for x, y in zip(heads, heads[1:])):
            # "行政许可（  ）、行政处罚（12）" (a template's blanks, read as spaces): each head had a slot of its own,
            # the figure is in the last one's
            listed = False
        targets = heads if listed else heads[-1:]
        # (a word the lexicon ignores between them is no head: "涉及别的企业经营信息不予公开2件")
        named = [h for h in heads if h.kind != "ignore"]
        if len(named) >= 2 and named[-1].kind == "group" and named[-2].kind == "row" and \
                named[-2].target in form.GROUP_KEYS[named[-1].target] and named[-1] is heads[-1]:
            targets = named[-2:-1]  # "属于行政执法案卷不予公开2件": the reason names the row
        if len(heads) >= 2 and heads[-2].kind == "group" and heads[-1].kind == "row" and \
                heads[-1].target in form.GROUP_KEYS[heads[-2].target] and \
                re.search(r"就剩|只剩|只有|仅剩|仅有|就只有|就是", text[heads[-2].end:n.start]):
            targets = [heads[-1], heads[-2]]  # "不予处理就剩信访那1件": the reason's figure is the group's too
        if len(targets) == 1 and targets[0].kind == "t2row" and len(form.ACTIVE_BY_KEY[targets[0].target].paths) == 3:
            cols = [t for t in heads if t.kind == "t2col" and t.target != "value"]
            if cols:
                targets = cols[-1:]  # "制发行政规范性文件3件": the verb before the row names the column
        if not targets and applicant is not None and applicant.target == form.TOTAL and len(self.waiting) == 1 and \
                self.waiting[0].kind == "t2row":
            # "许可（占道、户外广告…）共计412件": a table-2 row has no columns, its 共计 is the row's figure.
            targets, applicant = self.waiting, None
            self.waiting = []
            strength = min(strength, 0.6)
        if not targets and applicant is not None and applicant.target == form.TOTAL and len(self.waiting) == 1 and \
                self.waiting[0].kind in ("row", "group") and \
                re.fullmatch(r"\s*(?:总计|合计|共计|总数|小计)\s*(?:是|为|有|：|:)?\s*", text[applicant.start:n.start]):
            # "予以公开那行，总计是7": the row named alone in its clause, its 总计 column in the next.
            targets, self.waiting = self.waiting, []
            strength = min(strength, 0.8)
        if not targets and applicant is not None and applicant.target == form.TOTAL and not self.clause_subject:
            row = self._columns_row()
            if row is None:
                return  # "新收18件，上年结转2件，合计20件": a sum of what came before, not a cell
            # "（一）予以公开  自然人 3  商业企业 1  总计 4": a line of one row's columns ends with its 总计 column.
            self.emit([(1.0, application_path(row, TOTAL))], n.value, n.start, n.end, form.APP_BY_KEY[row].short,
                      strength=strength)
            return
        if not targets and self.waiting and applicant is None:
            targets = self.waiting

            self.waiting = []
            if not _SPOKEN_FIX.search(text[max(0, n.start - 12):n.start]):
                # (but "处罚写反了，是93件": the row named, then its figure set right — no guess)
                strength = min(strength, 0.6)
        if not targets and applicant is not None and applicant.target != TOTAL and self.scope is not None and \
                getattr(self, "scope_parts", False) and applicant.target != self.scope.target and \
                n.start < getattr(self, "scope_end", -1):
            topic = self.default_head(applicant)
            if topic is not None and topic.kind == "row" and topic.target in form.RESULT_KEYS and \
                    topic.start > getattr(self, "scope_at", len(text)):
                # "企业的7件：公开3、不掌握1；公益组织2件，一件公开…": the next applicant's own count, its cases follow
                # — not a figure of the result the previous applicant's list ended with.
                self.scope, self.scope_at = applicant, n.start
                return
        if not targets and applicant is not None and applicant.kind == "applicant" and \
                re.match(r"\s*(?:→|->|=>|⇒)", text[n.end:n.end + 3]):
            # "公司 2件 → 公开1，…": an applicant's line of a ledger by kind: the count is what they applied for,
            # not the last result the line before ended with.
            targets = [Token("row", "new_received", n.start, n.start, "申请")]
        if not targets:
            targets = [self.default_head(applicant)]
            if targets[0] is None:
                return
            if self._part_of_count(n, applicant, targets[:1], "new_received"):
                return  # "个人7件，其中3件是网上申请的": a part of their count, of no row named — not their count
            if applicant is not None and applicant.kind == "applicant" and \
                    targets[0].kind == "row" and targets[0].target in form.RESULT_KEYS and \
                    (bd := self.breakdown_row(targets[0].start)) is not None and targets[0].start < bd[2] <= n.start and \
                    not self.in_breakdown(n.start):
                # "个人8件，其中公开5件；企业2件": the next applicant's count is of the row the first one's was,
                # not of the result its breakdown ended with
                if bd[0] is None:
                    return
                targets = [Token("row", bd[0], n.start, n.start, "申请")]
            if applicant is not None and targets[0].kind == "apps" and targets[0].start == targets[0].end == 0 and \
                    applicant.start > n.end and \
                    any(t.kind in ("rgroup", "litigation") and n.end <= t.start < _sentence_end(text, n.end) and
                        not re.search(r"\d|[一两二三四五六七八九十]\s*件", text[n.end:t.start]) and
                        not re.match(r"\s*[：:]?\s*(?:也|都|均)?\s*(?:没有|没|无|为?\s*0|是0|零)", text[t.end:]) for t in toks):
                return  # "2件是个人申请的，复议了": who asked for the reviews, no row of applications named
            if applicant is not None:
                targets = [self._beyond_topic(targets[0], n)]
                line = text.rfind("\n", 0, n.start)
                if targets[0].end > 0 and text.rfind("\n", 0, line) > targets[0].end and \
                        re.search(r"\n[^\d\n]*\n", text[targets[0].end:n.start]):
                    # "已答复 21 …\n按申请人类型\n自然人 19": a heading line without figures stands between the
                    # row named lines before and the applicant's figure; which row the list splits is a guess.
                    strength = min(strength, 0.6)
            if applicant is None and not (targets[0].start == targets[0].end == 0):
                strength = min(strength, 0.5)  # the sentence's topic, named in an earlier clause
                if targets[0].kind == "row" and targets[0].start < self.sentence_start and not self.correction and \
                        re.match(r"\s*(?:是|为|属于)", text[n.end:]):
                    said = [st.value for st in self.out if st.cells == {application_path(targets[0].target, TOTAL)}]
                    if said and said[-1] != n.value:
                        # "上年结转0。…有一个是人大代表": a figure that says what it counts (not a stray "另外6"),
                        # in a later sentence than the row this message just gave a figure, is not that row's.
                        return
        if len(targets) == 1 and targets[0].kind == "other" and applicant is None and \
                any(t.kind == "applicant" and (t.start > _comma_before(text, targets[0].start) or
                                               re.match(r"\s*[:：]?\s*\d", text[t.end:t.end + 3]))
                    for t in toks
                    if _comma_before(text, max(0, _comma_before(text, targets[0].start))) < t.start < n.start):
            # "自然人10件、企业2件、其他1件", "个人21件，企业4件，其他1件（村委会）": 其他 right after a list of
            # applicants is the applicant column.
            applicant = Token("applicant", 5, targets[0].start, targets[0].end, targets[0].text)
            targets = [self.default_head(applicant)]
        if partial and not re.search(r"12\s*月|十二月", text[max(0, c0 - 20):n.start]):
            strength = min(strength, 0.5)  # "截至10月底收到18件": not the year's figure yet
        if self._part_of_count(n, applicant, targets):
            return  # "个人7件，其中3件是网上申请的": a part of their count is not their count again
        if (summed := self._listed_together(heads, n, applicant)) is not None:
            self.emit([(1.0, p) for p in summed], n.value, n.start, n.end, "合计", strength=strength)
            if all(p.startswith("review_litigation.") for p in summed) and len({p.split("[")[0] for p in summed}) == 3:
                # "…其中被纠正2件": the outcomes that follow are of the reviews and suits together
                self.ctx.rgroup = Token("litigation", "with_review", heads[-1].start, heads[-1].end, heads[-1].text)
            return
        before = len(self.out)
        for head in targets:
            self.bind(head, n, applicant, strength)
            if self._named_case(n, applicant) and head.kind == "row":
                self.bind(head, replace(n, each=True), None, min(strength, 0.8))  # "赵某后来自己撤了": in the total too
        self._breakdown(n, before)
        if len(targets) == 1 and applicant is None and n.unit in _TABLE_UNITS:
            self.all_one_kind(targets[0], n, toks)

    def rows_counted(self, n: Num, pending: list[Token]) -> bool:
        """"许可、处罚、强制三项共计1500件": the number counts the rows just listed (项/类/个, as many as were
        named, right after them), not cases of the last; the rows stay pending for the figure after it."""
        listed = [t for t in pending if t.kind in ("row", "group", "rgroup", "litigation", "t2row")]
        return n.unit in ("项", "类", "个") and len(listed) == n.value >= 2 and \
            all(re.fullmatch(r"\s*[、和及与跟/]\s*", self.text[x.end:y.start]) for x, y in zip(listed, listed[1:])) and \
            re.fullmatch(r"\s*(?:这|这些|以上|上述)?\s*", self.text[listed[-1].end:n.start]) is not None

    def _listed_together(self, heads: list[Token], n: Num, applicant: Token | None) -> list[str] | None:
        """"行政复议、行政诉讼共7件", "许可和处罚合计30件": heads listed, then 共/合计 and the figure — their cases together
        (one sum), not that figure for each ("均为0", "各1件" stay each's). Generic 诉讼 is both kinds of suit.
        ("予以公开和部分公开加起来一共12件": the two sum words together are one sum too.)"""
        run = heads[-1:]
        for x in reversed(heads[:-1]):
            if not (self.text[x.end:run[0].start].strip() in _LIST and self.text[x.end:run[0].start].strip()):
                break
            run.insert(0, x)
        if len(run) < 2 or n.value <= 0 or not all(h.kind in ("rgroup", "litigation", "row", "group", "t2row") for h in run) or \
                applicant is not None and applicant.target != TOTAL or \
                not re.fullmatch(r"\s*(?:的)?(?:案件|申请)?\s*(?:[两二三四五六2-6]\s*[项类个]\s*)?"
                                 r"(?:(?:加起来|合起来|加在一起|合在一起)\s*(?:共|共计|合计|一共|总共)?|共|共计|合计|"
                                 r"一共|总共)(?:有|是|为)?\s*",
                                 self.text[run[-1].end:n.start]):
            return None  # ("许可、处罚、强制三项共计1500件": the count of the rows listed may stand before 共计)
        cells = []
        for h in run:
            if h.kind in ("rgroup", "litigation") and "诉讼" in h.text and not re.search(r"直接|未经|复议后", h.text):
                h = Token("litigation", None, h.start, h.end, h.text)
            cells += self.cells_of(h, None)
        cells = list(dict.fromkeys(cells))
        return cells if len(cells) > 1 else None

    def _named_case(self, n: Num, applicant: Token | None) -> bool:
        """A one-case figure that is the asker's own name ("张某要…", the name read as its applicant too)."""
        return applicant is not None and applicant.start == n.start and one_named(self.text[n.start:n.end]) and \
            bool(NAMED_PERSON.fullmatch(applicant.text))

    def _document_count(self, n: Num, toks: list[Token]) -> tuple[Token, Token] | None:
        """(column, row) when a document kind of table 2 follows its count and the column's verb comes right
        before it ("发了2个规范性文件", "新制定1部规章"): the count is of that kind, whatever kind was named last."""
        if n.unit not in _TABLE_UNITS and n.unit not in ("部", "项"):
            return None
        row = next((t for t in toks if t.start >= n.end and t.kind == "t2row" and
                    len(form.ACTIVE_BY_KEY[t.target].paths) == 3), None)
        if row is None or not re.fullmatch(r"\s*(?:件|个|部|项)?\s*(?:的)?\s*(?:行政|政府)?\s*", self.text[n.end:row.start]):
            return None
        col = next((t for t in reversed(toks) if t.end <= n.start and t.kind == "t2col"), None)
        if col is None or col.target == "value" or \
                not re.fullmatch(r"\s*(?:了|过|出|共|共计|累计|新)?\s*", self.text[col.end:n.start]):
            return None
        return col, row

    def _part_of_count(self, n: Num, applicant: Token | None, heads: list[Token], row: str | None = None) -> bool:
        """Whether the figure is among the parts listed after the applicant's own count and one of `heads` names
        the row that count is of (`row`; by default the row of the breakdown the figure is in): a part of the
        count, not the count again. Applications (申请) name the row of new ones."""
        if applicant is None or applicant is not getattr(self, "scope", None) or not self.in_breakdown(n.start):
            return False
        if row is None:
            row = (self.breakdown_row(n.start) or (None,))[0]
        return row is not None and any(h.kind == "row" and h.target == row or h.kind == "apps" and row == "new_received"
                                       for h in heads)

    def _next_clause(self, n: Num) -> int | None:
        """Where the clause after the figure's starts, when a comma ends the figure's (None at a full stop)."""
        cut = re.search(r"[，,。；;\n]", self.text[n.end:])
        return n.end + cut.end() if cut is not None and cut.group(0) in "，," else None

    def _also_counted(self, n: Num, toks: list[Token]) -> Token | None:
        """The table-3 row named right after the figure's clause as "也算/也按/也归" that row."""
        at = self._next_clause(n)
        if at is None:
            return None
        m = re.match(r"\s*(?:这件|这个|这)?(?:也|同样)(?:算|按|归|计入?|列)(?:作|为|到|入|成)?\s*", self.text[at:at + 10])
        if not m:
            return None
        row = next((t for t in toks if t.start == at + m.end() and t.kind == "row"), None)
        if row is not None and re.search(r"\d|[一两二三四五六七八九十]\s*件", re.split(r"[，,。；;\n]", self.text[row.end:])[0]):
            return None  # "新收10件，也算上年结转的2件": the row has its own figure; the 10 is not one more of it
        return row

    def _filed_in_bracket(self, n: Num, toks: list[Token]) -> Token | None:
        """"零售户14件（零售户都是个体户，我们按自然人统计）": a kind no applicant word names, counted before the figure,
        and the bracket right after it saying which column the clerk files that kind under."""
        text = self.text
        m = re.match(r"\s*[（(]([^）)]{0,40})[)）]", text[n.end:])
        lead = text[self._clause_start(n.start):n.start]
        if not m or not re.search(r"[\u4e00-\u9fff]{2,}$", lead.strip()) or \
                any(t.kind in MAIN | {"applicant", "legal"} for t in toks if self._clause_start(n.start) <= t.start < n.start
                    and t.kind != "ignore"):
            return None
        a = n.end + m.start(1)
        for t in toks:
            if a <= t.start < n.end + m.end(1) and t.kind == "applicant" and t.target != TOTAL and \
                    re.search(r"(?:按|按照|算作?|归为?|计入|当作?|列为?)\s*$", text[max(a, t.start - 4):t.start]) and \
                    re.match(r"\s*(?:来|去)?(?:统计|算|计|处理|填|报)", text[t.end:]):
                return t
        return None

    def _counted_as(self, n: Num, toks: list[Token]) -> Token | None:
        """The applicant kind said right after the figure's clause, as how the clerk files it ("…申请了1件，我们算
        其他组织", "…1件，按法人算"): that figure's column."""
        text = self.text
        at = self._next_clause(n)
        if at is None:
            return None
        m = re.match(r"\s*(?:我们|我局|这个|这家|这件|这)?(?:算|按|归为?|当|记为?|计入|列为?)(?:作|为|成|到|入)?\s*", text[at:at + 12])
        if not m or not re.search(r"申请|提出|提交|来函|来信", text[self._clause_start(n.start):n.start]):
            return None  # (who applied is told in the figure's clause: "公开5件，按个人算" files no count of theirs)
        kind = next((t for t in toks if t.start == at + m.end() and t.kind == "applicant" and t.target != TOTAL), None)
        if kind is not None and re.match(r"(?:的|类)?\s*(?:算|申请)?\s*(?:[，,。；;\n]|$)", text[kind.end:kind.end + 6]):
            self.consumed.add(kind.start)
            return kind
        return None

    def _each_column(self, n: Num, toks: list[Token]) -> Token | None:
        """"规章、规范性文件各制发1件": the table-2 column named between 各 and the figure."""
        col = next((t for t in reversed(toks) if t.kind == "t2col" and t.end <= n.start), None)
        if col is None or not re.fullmatch(r"\s*", self.text[col.end:n.start]) or \
                not re.search(r"各\s*(?:新|本年|今年)?\s*$", self.text[max(0, col.start - 5):col.start]):
            return None
        return col

    def _each_listed(self, n: Num, toks: list[Token]) -> bool:
        """"自然人、企业各1件": the figure is each listed applicant's, in the row the sentence is about; "许可、处罚各3件":
        each listed head's. Only a bare list of two or more heads of one kind before 各 (a mixed list stays unread)."""
        text = self.text
        k = text.rfind("各", 0, n.start)
        a = max(text.rfind(ch, 0, k) for ch in "，,；;。\n(（：:") + 1
        if a > 0 and text[a - 1] in "：:" and not text[a:k].strip():
            a = max(text.rfind(ch, 0, a - 1) for ch in "，,；;。\n(（") + 1  # "复议诉讼：各0件": the list before the colon
        listed = [t for t in toks if a <= t.start and t.end <= k]
        family = next((f for f in _EACH_FAMILIES if listed and all(t.kind in f for t in listed)), None)
        if family is None and n.value == 0 and listed and all(t.kind in ("rgroup", "litigation") for t in listed):
            family = frozenset({"rgroup", "litigation"})  # "复议诉讼：各0件": none of each needs no suit's channel
        if len(listed) < 2 or family is None or any(t.kind == "applicant" and t.target == TOTAL for t in listed) or \
                len({(t.kind, t.target) for t in listed}) != len(listed):
            return False
        rest, at = "", a
        for t in listed:
            rest, at = rest + text[at:t.start], t.end
        if not re.fullmatch(r"(?:本年度?|今年|全年|年内)?[\s、，,和与及跟]*[：:]?\s*", rest + text[at:k]):
            return False
        if col := self._each_column(n, toks):
            if family != _EACH_FAMILIES[2] or any(len(form.ACTIVE_BY_KEY[t.target].paths) != 3 for t in listed):
                return False
            for t in listed:  # "规章、规范性文件各制发1件": each document row's column
                self.emit([(1.0, f"active.{t.target}.{col.target}")], n.value, n.start, n.end, f"{t.text}{col.text}")
            return True
        if family != _EACH_FAMILIES[0]:
            for t in listed:  # "予以公开、部分公开各2件", "复议、诉讼各1件": each head's own figure
                self.bind(t, n, None)
            return True
        head = self.default_head(listed[0])
        if head is None or head.kind not in ("row", "apps"):
            return False
        for t in listed:
            self.bind(head, n, t)
        return True

    def _columns_row(self) -> str | None:
        """The table-3 row whose applicant columns, and nothing else, this line has given so far."""
        line = max(self.text.rfind("\n", 0, self.sentence_start) + 1, self.sentence_start)
        said = [s for s in self.out if s.span[0] >= line]
        where = [address.parse(s.terms[0][1]) for s in said if len(s.terms) == 1]
        rows = {w.row for w in where if getattr(w, "table", "") == "applications" and w.col != TOTAL}
        if not said or len(where) != len(said) or len(rows) != 1 or \
                any(getattr(w, "table", "") != "applications" or w.col == TOTAL for w in where):
            return None
        return rows.pop()

    def versus_last_year(self, head: Token | None, n: Num, c0: int, applicant: Token | None) -> bool:
        """"新收申请比去年多5件（去年是11件）", "予以公开：去年18件，今年多2件": this year's figure is last year's,
        said in the same sentence, plus or minus the change."""
        rel = re.search(r"(比(?:去年|上年|上一年|上年度|年初|上年末|上年底|去年底|(?:19|20)\d\d\s*年度?)(?:同期)?|今年|本年)(?:比(?:去年|上年))?(?:又|还)?"
                        r"(多|少|增加|减少|增长|下降)了?\s*$", self.text[c0:n.start])
        if not rel:
            return False
        changed = rel.group(1).startswith("比")  # without last year's figure, a change is no figure at all
        if head is None:
            head = self.default_head(None)
            if head is None:
                return changed
        end = min([i for i in (self.text.find(ch, n.end) for ch in "。;；\n") if i >= 0] or [len(self.text)])
        base = _LAST_YEAR.search(self.text, self.sentence_start, end)
        while base is not None and base.start() <= n.end and base.end() > n.start:
            base = _LAST_YEAR.search(self.text, base.end(), end)
        if base is None or base.start(1) == n.start:
            return changed
        digits = base.group(1).replace(",", "")
        value = float(digits) if digits.isdigit() else cn_number(digits)
        if value is None:
            return changed
        sign = 1 if rel.group(2) in ("多", "增加", "增长") else -1
        if value + sign * n.value < 0:
            return changed
        self.bind(head, Num(value + sign * n.value, n.unit, n.start, n.end), applicant, 0.9)
        return True

    def _named_row(self, n: Num, toks) -> Token | None:
        """"王某两件、赵某三件都公开了": persons named one by one, then the row their cases went to, later in the
        sentence with nothing but names and figures between."""
        text = self.text
        stop = min([i for i in (text.find(ch, n.end) for ch in "。；;\n") if i >= 0] or [len(text)])
        a = max(text.rfind(ch, 0, n.start) for ch in "。；;\n，,") + 1
        later = [t for t in toks if n.end <= t.start < stop and (t.kind in MAIN or t.kind == "open")]
        if not later or later[0].kind not in ("row", "group", "open"):
            return None
        row = later[0]
        gap = text[n.end:row.start]
        if re.search(r"[，,：:]", gap) or \
                any(t.kind not in ("applicant", "quant") for t in toks if n.end <= t.start < row.start):
            return None
        return Token("row", row.target, row.start, row.end, row.text) if row.kind == "open" else row

    def _pointed_persons(self, n: Num, row: Token, toks) -> list[Token]:
        """The persons of that list named with one case pointed at and no figure ("刘某那件和王某两件…"), each once."""
        a = max(self.text.rfind(ch, 0, n.start) for ch in "。；;\n，,") + 1
        done = self.__dict__.setdefault("pointed_done", set())
        out = [t for t in toks if a <= t.start < row.start and t.kind == "applicant" and t.start not in done and
               NAMED_PERSON.fullmatch(t.text) and re.match(r"\s*(?:的)?\s*(?:那|这)\s*(?:一)?\s*件", self.text[t.end:])]
        done.update(t.start for t in out)
        return out

    def _breakdown(self, n: Num, before: int):
        """"纠正2件（确认违法1件、责令重新答复1件）", "制发3件（含联合发文1件）": a figure inside the brackets after a
        cell's figure that lands on that same cell is a part of it, not the cell."""
        text = self.text
        opened = max(text.rfind("（", self.sentence_start, n.start), text.rfind("(", self.sentence_start, n.start))
        if opened < 0 or max(text.rfind("）", opened, n.start), text.rfind(")", opened, n.start)) > opened:
            return
        anchor = next((s for s in reversed(self.out[:before]) if s.span[1] <= opened and
                       not re.search(r"[，,。；;]", text[s.span[1]:opened])), None)
        if anchor is None:
            return
        for s in self.out[before:]:
            if {p for _, p in s.terms} == {p for _, p in anchor.terms} and s.value < anchor.value:
                self.out.remove(s)

    def _head_follows(self, n: Num, toks: list[Token]) -> bool:
        """Whether the figure's clause names its row after it ("1. 5件予以公开"): a numbered line that says what it counts."""
        stop = min([i for i in (self.text.find(ch, n.end) for ch in "，,；;。\n") if i >= 0] or [len(self.text)])
        return any(t.kind in MAIN for t in toks if n.end <= t.start < stop)

    def _asked_then_answered(self, n: Num, toks: list[Token]) -> Token | None:
        """"要改制方案的1件，删了一部分给的": a figure whose clause opens with what was asked for (an asking verb,
        its object, 的) — the first result row named after it in its sentence, before any other figure."""
        if not _ASKED_FOR.search(_clause_before(self.text, n.start)):
            return None
        stop = _sentence_end(self.text, n.end)
        later = numbers(self.text[n.end:stop])
        if later:
            stop = n.end + min(x.start for x in later)  # (up to the next figure: "…的1件，公开；另1件…")
        found = [t for t in toks if n.end <= t.start < stop and t.kind in ("row", "group", "open")]
        if not found:
            return None
        t = found[0]
        if t.kind == "row" and t.target in form.GROUP_KEYS["withheld"] and \
                any(x.target == "partially_granted" for x in found[1:]):
            t = next(x for x in found if x.target == "partially_granted")  # "删去个人信息后给了一部分": 部分公开
        if t.kind == "group" and len(found) > 1 and found[1].kind == "row" and \
                found[1].target in form.GROUP_KEYS[t.target] and found[1].start - t.end <= 2:
            t = found[1]
        if t.kind == "open":
            t = Token("row", t.target, t.start, t.end, t.text)
        if t.kind == "row" and t.target not in form.RESULT_KEYS:
            return None
        return t

    def _part_of_result(self, n: Num) -> bool:
        """Whether `n` lies in a bracket opened right after a result's figure ("公开2件（…）", "予以公开 2（…）"): the
        bracket tells the result's cases apart, by the year they came in."""
        text = self.text
        opened = max(text.rfind("（", 0, n.start), text.rfind("(", 0, n.start))
        if opened < 0 or max(text.rfind("）", opened, n.start), text.rfind(")", opened, n.start)) >= 0:
            return False
        num = r"(?:\d+|[一两二三四五六七八九十]+)\s*件?"
        return any((t.kind == "open" or t.kind == "row" and t.target in form.RESULT_KEYS) and t.end <= opened and (
            re.fullmatch(rf"\s*(?:了|的)?\s*{num}\s*", text[t.end:opened]) or
            re.search(rf"{num}\s*$", text[max(0, t.start - 6):t.start]) and not text[t.end:opened].strip())
            for t in self.all_toks)

    def _heads_next(self, n: Num, toks: list[Token]) -> bool:
        """A figure told by what it was ("有2件是问别人报销情况的") whose head opens a later clause of its sentence."""
        # ("1件里面有别人的身份证号，打码后给的": what the case held, then what was done with it)
        # ("1件要的是别家的报价，涉及人家的经营信息": what was asked for, then why it was withheld)
        # ("两个村民要的是八几年的征地档案，那个在档案馆，我们这里没有": who asked, what, where it is, then the answer)
        # ("4个零售户是查自己的证办到哪一步了，这个属于行政查询": who they were, what they asked, what it was)
        m = re.match(r"\s*(?:件|个|位|名|家)?\s*(?:[\u4e00-\u9fff]{1,4}?(?:要的|问的|查的|想要的|想查的|申请的)是|"
                     r"(?:[\u4e00-\u9fff]{1,4}?(?=是(?:要|问|查|想|申请|来)))?"
                     r"(?:(?:要的|问的|查的|想要的|申请的)?是|为|里面有|里头有|里有|里面涉及))"
                     # (not across the next case of a run: "一个是企业一个是律所")
                     r"(?:(?![一两二三四五六七八九十]\s*[个件家位名]\s*(?:是|为))[^，,。；;\d]){1,24}"
                     r"的?\s*(?:[，,]|(?=[。；;\n]|$))", self.text[n.end:]) or \
            re.match(r"\s*(?:件|个)?(?:[^，,。；;\d]{2,24})?[，,]\s*(?=(?:第二次|后一次|后来|最后)?(?:都|均|也)?(?:按|按照|属于|算|作为|当作)[^，,。；;\d]{0,3}[\u4e00-\u9fff]|"
                     r"(?:我们|我局|我乡|我镇|我委|我办|我单位|本机关|本单位|本局)(?:这边|这里)?(?:也|都)?(?:不|没|无)|"
                     # "1件他后来打电话说不要了，撤回了": what the applicant did, then the withdrawal
                     r"(?:他|她|对方|申请人|人家)?(?:后来|最后|就|又|也|便|于是|自己|主动)*(?:撤回|撤了|撤销了?申请))",
                     self.text[n.end:]) or \
            (re.search(r"[\u4e00-\u9fff]的\s*$", _clause_before(self.text, n.start)) and
             re.match(r"\s*(?:件|个)?\s*[，,]\s*(?=(?:都|均|也)?(?:属于|按照?|算|作为|系)[\u4e00-\u9fff])", self.text[n.end:]))
        # "有3件内容跟之前的一样，按重复申请处理", "有1件问的是…，我们不掌握": the next clause names it; "查自己审批进度的
        # 6 件，属于行政查询事项": what they asked told before the figure, what it was in the next clause
        # (or the figure alone in its clause: "查缴费的占多数，八件，按行政查询事项答复的")
        named = one_named(self.text[n.start:n.end])  # "第一个是个人要…", "张某要…"
        article = self.text[n.start:n.end] in ("一位", "一家", "一名", "一个") or named
        if article:
            # "一位老同志要八十年代的老资料，我们没有": a story opened by who asked, told with the plain verb
            m = re.match(r"[^，,。；;\d]{0,14}?(?:要|问|查|想看|索取|申请公开)[^，,。；;\d]{1,30}?(?:[，,]|(?=[。；;\n]|$))",
                         self.text[n.end:]) or m
        if not m or re.match(r"\s*(?:件|个)?\s*(?:都|也)?是[^，,。；;\d]{0,8}?申请的?\s*(?:[，,。；;]|$)", self.text[n.end:]):
            return False  # ("一件是村民申请的，给他公开了": who applied — a count of theirs, `all_one_kind`)
        start = n.end + m.end()
        asked = _ASKED_ABOUT.search(self.text[n.end:start])
        self.asker = None
        if asked:
            # who asked, named before the verb ("一家拍宣传片的文化公司要…", "两个村民要的是…"), is the column; a
            # person (一位, 一名) named by no applicant word is a natural person
            who = [t for t in toks if n.end <= t.start < n.end + asked.start() and t.kind == "applicant" and
                   t.target != TOTAL and not _someone_else(self.text, t)]
            self.asker = who[-1] if who else Token("applicant", 0, n.start, n.end, "个人") \
                if article and (self.text[n.start + 1] in "位名" or "某" in self.text[n.start:n.end]) else None
        here = [t for t in toks if n.end <= t.start < start and t.kind in MAIN | {"applicant", "legal", "open"}
                and t.kind != "ignore" and not _applied_before(self.text, t) and not _someone_else(self.text, t)
                and not (asked and t.kind in ("t2row", "applicant", "legal") and t.start > n.end + asked.start())
                and not (t is self.asker) and t.kind != "apps"]  # ("申请了两次": the story's verb, no head)
        if start - n.end >= 30:
            return False
        if here:
            # "2件要的是规划审批材料我们没有，": the answer closes the clause that told what was asked for
            last = here[-1]
            # (or what they were, then the body's none: "4件是上级部门的事我们没有")
            if (asked or last.target == "unavailable_not_held" and last.text in ("没有", "没")) and len(here) == 1 and \
                    last.kind == "row" and last.target in form.RESULT_KEYS and \
                    re.fullmatch(r"[的了呢啊\s]*[，,]?", self.text[last.end:start]):
                self.told = last
            return False
        # The clauses after it up to the sentence's end: those with no head and no figure ("那个在档案馆") only say
        # more of the case; the first that names a head says what became of it.
        stop = _sentence_end(self.text, start)
        nxt = [t for t in toks if start <= t.start < stop and t.kind in MAIN]
        if not nxt or nxt[0].kind not in ("row", "group"):
            return False
        cut = re.search(r"[，,。；;\n]", self.text[nxt[0].end:])
        upto = nxt[0].end + (cut.start() if cut else len(self.text) - nxt[0].end)
        return not numbers(self.text[start:upto])

    def all_one_kind(self, head: Token, n: Num, toks: list[Token]):
        """"不予公开一件是涉及商业秘密的", "结转过来一件是合作社申请的", "复议有一件是维持的": the figure just bound
        is all of one reason, applicant or outcome (named before the next figure or punctuation)."""
        m = _IS_OF.match(self.text, n.end)
        if not m:
            return
        # The count said again of who they were ("2件是去年两个老百姓申请的") does not end it.
        stop = min([t.start for t in numbers(self.text[m.end():m.end() + 30]) if t.value != n.value] or [30]) + m.end()
        # A colon ends it too: "收到2件，都是个人：公开1件…" says who they were, then what became of them.
        cut = re.search(r"[，,。；;\n！？:：]", self.text[m.end():stop])
        stop = m.end() + cut.start() if cut else stop
        sub = []
        for t in (t for t in toks if m.end() <= t.start < stop):
            own = head.kind == "group" and t.kind == "row" and t.target in form.GROUP_KEYS[head.target]
            if t.kind in ("row", "group", "rgroup", "litigation", "t2row") and not own:
                break  # "…商业秘密的保护第三方权益本机关不掌握三件": the next figure's head, unpunctuated
            sub.append(t)
        a, b = n.start, stop
        before = len(self.out)
        self._one_kind(head, sub, a, b)
        if len(self.out) > before:
            self.consumed.update(t.start for t in sub)  # "涉及种子企业商业秘密": no applicant for the next figure

    def _one_kind(self, head: Token, sub: list[Token], a: int, b: int):
        if head.kind == "row" and head.start < self.sentence_start and \
                (said := [st.value for st in self.earlier + self.out if st.cells == {application_path(head.target, TOTAL)}
                          and st.strength >= 1 and (st.message < self.message or st.span[1] <= self.sentence_start)]) and \
                said[-1] != next((n.value for n in numbers(self.text[a:b])), said[-1]):
            # "4件都是物业公司申请的" after "新收 23": some of the row's cases (whose figure the official gave before,
            # another), all of one kind — not the row's applicants all of that kind
            return
        if head.kind == "row" and head.target not in ("total_processed",):
            appl = [t for t in sub if t.kind == "applicant" and t.target != TOTAL]
            if appl and not any(t.kind in ("row", "group", "zero", "not") for t in sub):
                self.all_of([head, appl[-1]], a, b)
        elif head.kind == "group":
            rows = {t.target for t in sub if t.kind == "row" and t.target in form.GROUP_KEYS[head.target]}
            if len(rows) == 1:
                r = next(t for t in sub if t.kind == "row" and t.target in rows)
                self.emit([(1.0, p) for p in self.cells_of(r, None)] + [(-1.0, p) for p in self.cells_of(head, None)],
                          0, a, b, f"{head.text}均为{r.text}")
        elif head.kind in ("rgroup", "litigation"):
            outs = {t.target for t in sub if t.kind == "outcome"}
            if len(outs) == 1:
                o = next(t for t in sub if t.kind == "outcome")
                whole = self.cells_of(head, None)
                self.emit([(1.0, p) for p in self.cells_of(head, None, o.target)] + [(-1.0, p) for p in whole], 0,
                          a, b, f"{head.text}均{o.text}", slot=f"outcome-of:{whole[0]}")

    def _labelled(self, n: Num) -> bool:
        """"予以公开：5", "新收 12": a figure right after its label (a sheet's cell) needs no unit."""
        before = self.text[max(0, n.start - 3):n.start]
        return bool(re.search(r"[\u4e00-\u9fff][:：=＝\s]*$", before))

    def default_head(self, applicant: Token | None) -> Token | None:
        if applicant is not None:
            if self.clause_subject:  # "申请人：自然人13、企业3": who applied this year
                return Token("row", "new_received", applicant.start, applicant.end, "申请人")
            return self.t3_topic()
        named = [t for t in (self.ctx.row, self.ctx.rgroup, self.ctx.t2row) if t is not None]
        latest = max(named, key=lambda t: t.start) if named else None
        # ("…不算行政许可吧？我先按0报了": asked of a table-2 row in the sentence just before, answered with a bare
        # figure — that row's, not the table-3 topic's)
        asked = latest is not None and re.search(r"[？?]\s*$", self.text[:self.sentence_start]) and \
            not re.search(r"[。；;!！\n？?]", self.text[latest.end:self.sentence_start].rstrip()[:-1])
        if latest is not None and latest.kind == "t2row" and latest.start < self.sentence_start and \
                (self.ctx.row or self.ctx.rgroup) and not asked:
            latest = max([t for t in (self.ctx.row, self.ctx.rgroup) if t is not None], key=lambda t: t.start)
        return latest

    def _beyond_topic(self, head: Token, n: Num) -> Token:
        """"新收28件，去年转过来3件，个人22件，企业5件": a split larger than the topic row's own figure belongs to
        新收, not to the row named last. "办结7件…公开4件，部分公开1件。个人5件，企业2件": after the results, to 办结
        (the cases whose results were just told), when the message gave it and it is large enough."""
        if not (head.kind == "row" and head.target in ("carried_over", "carried_forward") + form.RESULT_KEYS or
                head.kind == "group" and head.target in form.GROUP_KEYS):
            return head
        def said(h: Token) -> list[float]:
            total = set(self.cells_of(h, TOTAL))
            return [st.value for st in self.out if st.cells == total and st.message == self.message]
        whole = "new_received" if head.target in ("carried_over", "carried_forward") else "total_processed"
        moved = getattr(self, "beyond_moved", (None,))[:2] == (self.sentence_start, head.target)  # the rest of that split too
        if moved and self.beyond_moved[2] != whole:
            return Token("row", self.beyond_moved[2], head.start, head.end, head.text)
        done = said(Token("row", whole, 0, 0, ""))
        if moved or said(head) and n.value > said(head)[-1] and \
                (whole == "new_received" or done and done[-1] >= n.value):
            self.beyond_moved = (self.sentence_start, head.target, whole)
            return Token("row", whole, head.start, head.end, head.text)
        if said(head) and n.value > said(head)[-1] and head.target in form.RESULT_KEYS + tuple(form.GROUP_KEYS) and \
                "\n" in self.text[head.end:n.start]:
            # "无法提供2件\n个人3件，企业1件": on a line of its own, a split larger than the result named last
            # cannot be that result's — it is who applied, when the notes gave 新收 at least that large.
            new = [st.value for st in self.earlier + self.out
                   if st.cells == {application_path("new_received", TOTAL)} and st.strength >= 1]
            if new and new[-1] >= n.value:
                self.beyond_moved = (self.sentence_start, head.target, "new_received")
                return Token("row", "new_received", head.start, head.end, head.text)
        return head

    def bind(self, head: Token, n: Num, applicant: Token | None, strength: float = 1.0):
        value = n.value
        label = head.text
        if n.unit in ("元", "万元") or head.kind == "t2row" and head.target == "fees":
            if head.kind != "t2row" or head.target != "fees" or _NOT_COLLECTED.search(_clause_before(self.text, n.start)):
                return  # "全年减税降费2.36亿元": money spared, not a charge collected
            if n.unit == "元":
                value = round(value / 10000, 6)
            self.emit([(1.0, "active.fees")], value, n.start, n.end, "行政事业性收费（万元）")
            return
        if n.unit == "%":
            self.share(head, n, applicant)
            return
        if head.kind == "ignore":
            return
        if head.kind == "other":
            head = self.resolve_other(head, applicant)
            if head is None:
                return
        col = None
        if applicant is not None and applicant.kind == "applicant":
            col = applicant.target
        if head.kind == "outcome":
            group = self.ctx.rgroup
            if group is None:
                return
            cells = self.cells_of(group, None, head.target)
            self.emit([(1.0, p) for p in cells], value, n.start, n.end, f"{group.text}{head.text}", n.each,
                      strength=strength)
            return
        if head.kind == "t2col":
            row = self.ctx.t2row
            if head.target == "value":
                if row is not None and len(form.ACTIVE_BY_KEY[row.target].paths) == 1:
                    self.emit([(1.0, form.ACTIVE_BY_KEY[row.target].paths[0])], value, n.start, n.end, row.text)
                elif row is None and (was := self._reply_t2row()) is not None:
                    # "行政许可填了5234" then "那是受理数，处理决定数是5198": a reply naming the decisions' count
                    # with no row is the row the message before gave, put right.
                    self.emit(list(was.terms), value, n.start, n.end, was.label)
                    self.out[-1] = replace(self.out[-1], correction=True)
                return
            if row is None or len(form.ACTIVE_BY_KEY[row.target].paths) != 3:
                row = self._numbered_request(n.start)
            if row is None:
                return
            self.emit([(1.0, f"active.{row.target}.{head.target}")], value, n.start, n.end, f"{row.text}{head.text}")
            return
        if head.kind == "t2row" and len(form.ACTIVE_BY_KEY[head.target].paths) == 3:
            if value == 0:
                for p in form.ACTIVE_BY_KEY[head.target].paths:
                    self.emit([(1.0, p)], 0, n.start, n.end, head.text)
            return
        self.last_legal = applicant is not None and applicant.kind == "legal"
        if applicant is not None and applicant.kind == "legal":
            cells = [p for c in range(1, 6) for p in self.cells_of(head, c)]
        else:
            cells = self.cells_of(head, col)
        if head.kind in ("row", "group", "apps", "rgroup", "litigation") and n.unit not in _TABLE_UNITS:
            return
        # "王某2件、李某1件": each person's cases, added up per cell.
        each = n.each or applicant is not None and bool(NAMED_PERSON.fullmatch(applicant.text))
        if (changed := self._changed_by(n, cells)) is not None:
            if changed is not False:
                before = len(self.out)
                # (as sure as the figure it changes: the earlier figure names the cells)
                self.emit([(1.0, p) for p in cells], changed, n.start, n.end, label, strength=1.0)
                if len(self.out) > before:
                    self.out[-1] = replace(self.out[-1], correction=True)
            return
        self.emit([(1.0, p) for p in cells], value, n.start, n.end, label, each, strength=strength)
        if col is not None and col != TOTAL and head.kind in ("row", "apps") and \
                (head.kind == "apps" or head.target == "new_received") and not each and \
                re.search(r"(?:共|一共|总共|合计)(?:受理|收到|接到|收)(?:了)?(?:[\u4e00-\u9fff]{1,4}(?:及|和|与|、))?$",
                          self.text[max(0, applicant.start - 12):applicant.start]) and \
                not any(t.kind in ("applicant", "legal") and t.target != col for t in self.all_toks):
            # "全年共受理患者及家属提出的申请7件": the year's whole count, all of one kind (no other kind named)
            self.emit([(1.0, application_path("new_received", TOTAL))], value, n.start, n.end, f"共{label}",
                      strength=strength)
            for c in range(6):
                if c != col:
                    self.emit([(1.0, application_path("new_received", c))], 0, n.start, n.end, f"共{label}",
                              strength=strength)

    def _numbered_request(self, at: int) -> Token | None:
        """A reply's numbered item answers the request's item of the same number ("内容：1.…制发、废止的行政规范性
        文件件数…" then "反馈：1.制发1件，废止0，现行有效5件"): the documents' row that item named, or None."""
        start = self.text.rfind("\n", 0, at) + 1
        m = _ITEM_NUMBER.match(self.text, start)
        if m is None:
            return None
        asked = [line for line in re.finditer(rf"(?m)^[ \t　]*{m.group(1)}\s*[.、．](?=\D|\d{{4}}\s*年)[^\n]*",
                                              self.text[:start])]
        if not asked:
            return None
        rows = {t.target: t for t in tokens(fold(asked[-1].group(0)))
                if t.kind == "t2row" and len(form.ACTIVE_BY_KEY[t.target].paths) == 3}
        return next(iter(rows.values())) if len(rows) == 1 else None

    def _reply_t2row(self) -> Statement | None:
        """The one table-2 row of a single cell the message before gave a figure, when this message names no row."""
        if any(t.kind == "t2row" for t in self.all_toks):
            return None
        said = [st for st in getattr(self, "earlier", []) if st.message == self.message - 1 and len(st.terms) == 1
                and st.terms[0][1].startswith("active.") and st.strength >= 1]
        return said[0] if len({st.terms[0][1] for st in said}) == 1 else None

    def _changed_by(self, n: Num, cells: list[str]) -> float | bool | None:
        """"公开要加1件", "无法提供减1件", "处罚也少算了，再加3件": a figure told again as a change of the one given
        before — that figure plus or minus this one (None when no change is said; False when there is no earlier
        figure of those cells to change)."""
        m = _CHANGE.search(self.text[max(0, n.start - 6):n.start])
        if m is None:
            return None
        # (the figure changed is named before the change, not after it: "十件，加一件结转" adds a row to a sum)
        after = re.split(r"[，,。；;\n]", self.text[n.end:n.end + 12])[0]
        if any(t.kind in MAIN - {"ignore", "other"} for t in tokens(fold(after))):
            return None
        prior = [st for st in self.earlier + getattr(self, "prior", [])
                 if st.cells == set(cells) and all(c == 1.0 for c, _ in st.terms) and st.strength >= 1.0]
        if not prior:
            return False
        sign = -1 if m.group(1) in ("减", "减少", "扣除", "扣掉", "去掉", "减去") else 1
        return prior[-1].value + sign * n.value

    def resolve_other(self, head: Token, applicant: Token | None) -> Token | None:
        """其他: the applicant column in an applicant list, 其他处理 in its group, 其他结果 in table 4."""
        row = self.ctx.row
        in_group = row is not None and (row.kind == "group" and row.target == "other" or
                                         row.kind == "row" and row.target in form.GROUP_KEYS["other"])
        if self.paren_group is not None:
            in_group = self.paren_group.kind == "group" and self.paren_group.target == "other"
        if self.ctx.rgroup is not None and row is not None and self.ctx.rgroup.start > row.start:
            in_group = False  # "复议：9件。维持6件，纠正1件，其他2件": table 4 is the later topic
        if applicant is None and in_group:
            return Token("row", "other_other", head.start, head.end, head.text)
        if self.ctx.rgroup is not None and (row is None or self.ctx.rgroup.start > row.start):
            return Token("outcome", 2, head.start, head.end, head.text)
        return None

    def share(self, head: Token, n: Num, applicant: Token | None):
        """"自然人占80%", "维持率100%": a cell as a share of its row's or group's total."""
        ratio = n.value / 100
        if applicant is None and re.search(r"[，,；;。\n]", self.text[head.end:n.start]):
            return  # "回复提案63件，办复率100%": a rate of something else, not a share of a row named before

        if head.kind == "outcome" and self.ctx.rgroup is not None:
            part = self.cells_of(self.ctx.rgroup, None, head.target)
            whole = self.cells_of(self.ctx.rgroup, None)
        elif applicant is not None and applicant.kind in ("applicant", "legal"):
            row = head if head.kind in ("row", "group", "apps") else self.t3_topic()
            cols = range(1, 6) if applicant.kind == "legal" else [applicant.target]
            part, whole = [p for c in cols for p in self.cells_of(row, c)], self.cells_of(row, None)
            self.last_legal = applicant.kind == "legal"
        elif head.kind in ("row", "group") and (head.kind == "group" or head.target in form.RESULT_KEYS):
            part = self.cells_of(head, None)  # "不予公开10%": a share of what was concluded
            whole = [application_path("total_processed", TOTAL)]
        else:
            return
        if set(part) == set(whole):
            return  # "占办结总数的44.4%": the whole named, the part was the figure before it
        prev = self.out[-1] if self.out else None
        if prev is not None and prev.span[0] >= self.sentence_start and n.start - prev.span[1] <= 16 and \
                {p for _, p in prev.terms} == set(part) and prev.value > 0 and \
                not re.search(r"[。；;\n]", self.text[prev.span[1]:n.start]):
            return  # "予以公开8件，占办结总数的44.4%": the count is given; the rounded share adds nothing
        self.emit([(1.0, p) for p in part] + [(-ratio, p) for p in whole], 0, n.start, n.end,
                  f"{head.text}占{n.value:g}%")


# --- Rereadings: a word whose table depends on what the sentence is about ------------------------------------------
# Each rule is (test, kind, target): when test(binding, token) holds the token is read as Token(kind, target); the
# first rule that holds decides, so a narrower rule stands before a broader one it would otherwise lose to.

def _before(b: Binding, t: Token, n: int) -> str:
    return b.text[max(0, t.start - n):t.start]


def _in_table_four(b: Binding) -> bool:
    """The sentence is about a review or a suit named in it after any table-3 row."""
    g, row = b.ctx.rgroup, b.ctx.row
    return g is not None and (row is None or g.start > row.start) and g.start >= b.sentence_start


def _negated(b: Binding, t: Token) -> bool:
    return bool(re.search(r"(?:不是|并非|而非|并不是)$", _before(b, t, 3)))  # "是9件不是8件": what it is not


def _third_party_asked(b: Binding, t: Token) -> bool:
    """"要征求企业意见": the third party, not who applied (unless the same kind applied in this sentence:
    "新收企业申请3件，征求了企业意见后予以公开3件")."""
    return t.kind == "applicant" and t.target != form.TOTAL and (
        bool(re.search(r"(?:征求|征询|听取|商请|书面征求|需征求|要征求)(?:了|过)?(?:第三方|相关|涉及的?)?$", _before(b, t, 8)))
        or bool(re.match(r"(?:的)?(?:意见|答复期)", b.text[t.end:t.end + 4]))) and \
        not re.search(re.escape(t.text) + r"的?(?:信息公开)?申请", b.text[b.sentence_start:t.start])


def _answer_speed(b: Binding, t: Token) -> bool:
    """"当场答复3件，延期答复3件": how fast, not a row ("均按期答复12件": every one of them, the row's figure)."""
    return t.kind == "row" and t.target == "total_processed" and \
        bool(re.search(r"(?:当场|当天|当日|即时|(?:工作)?日内|天内|按期|如期|按时|延期|延长(?:答复)?期限后?|逾期|超期)$",
                       _before(b, t, 8))) and \
        bool(re.match(r"(?:了|的)?\s*(?:\d|[一两二三四五六七八九十])", b.text[t.end:t.end + 3])) and \
        not re.search(r"(?:均|都|全部|全都|一律)[^，,。；;\n\d]{0,8}$", b.text[b._clause_start(t.start):t.start])


def _sent_or_complained_of(b: Binding, t: Token) -> bool:
    """"告诉他去找村委会", "投诉银行的1件": where he was sent or whom he complained of, not who asked (a name is no
    verb: "广告公司", "咨询公司")."""
    return t.kind == "applicant" and t.target != form.TOTAL and \
        bool(re.search(r"(?:去?找|去问|去?联系|去咨询|转给|转交给?|转到|投诉|举报|状告|(?<![广报公警预忠劝宣被原转])告)"
                       r"(?:当地|所在|相关|有关|某|某家|一家)?的?$", _before(b, t, 6)))


def _whose_information(b: Binding, t: Token) -> bool:
    """"都是企业的注册申报资料": whose information, not who asked ("公司的材料：新收2件" is a heading: who applied)."""
    return t.kind == "applicant" and t.target != form.TOTAL and \
        bool(re.match(r"的?(?:注册|申报|经营|财务|商业|内部|个人|身份|隐私|家庭|资料|材料|信息|数据|档案|合同|账户|名单)",
                      b.text[t.end:t.end + 3]) or
             # "里面有拍卖公司和竞买人的信息": parties named together, then whose information it is
             re.match(r"(?:和|与|及|以及|、)[\u4e00-\u9fff]{1,5}?的(?:注册|申报|经营|财务|商业|内部|个人|身份|隐私|家庭|资料|材料|"
                      r"信息|数据|档案|合同|账户|名单)", b.text[t.end:t.end + 12])) and \
        not re.match(r"的?(?:信息公开)?申请", b.text[t.end:t.end + 7]) and \
        not re.match(r"的?(?:资料|材料|数据)\s*(?:[：:]|(?:我|我们|这边)?(?:看|整理|统计|核|汇总|查))", b.text[t.end:t.end + 10])


def _other_things_in_use(b: Binding, t: Token) -> bool:
    """"在用的模板有2个": what is in use is not the documents."""
    return t.kind == "t2col" and t.target == "in_force" and t.text.endswith("在用") and \
        bool(re.match(r"的(?!(?:规范性|行政规范性)?文件|共|总|一共|有|是|还|约|大约|合计|[\d一二两三四五六七八九十几])"
                      r"[\u4e00-\u9fff]", b.text[t.end:t.end + 3]))


def _carried_pair(b: Binding, t: Token) -> bool:
    return t.kind == "past" and bool(CARRIED_PAIR.match(b.text, t.start))  # "上年没有，年底也没有"


def _last_years_unfinished(b: Binding, t: Token) -> bool:
    """"去年年底没办完转过来的3件", "去年年底还有2件没办完": last year's unfinished cases are this year's
    carried-over ones (the count may stand between the year and the words)."""
    return t.kind == "row" and t.target == "carried_forward" and \
        bool(re.search(r"(?:去年|上年|上一年|上年度)(?:年底|年末|底|末)?(?:的|时)?(?:还|尚)?"
                       r"(?:(?:有|剩|剩下)?\s*(?:\d+|[一两二三四五六七八九十]+)\s*[件个](?:申请)?(?:还|尚)?)?$", _before(b, t, 12)))


_BY_COUNT = re.compile(r"(?:了)?的\s*(?:那|这)?\s*(?:\d+|[一两二三四五六七八九十]+)\s*[件个]")


def _granted_by_count(b: Binding, t: Token) -> bool:
    """"公开的3件是2个人1企业": the cases given out, a result row spoken of by its count (not in a sentence about
    proactive disclosure: "主动公开规范性文件5件，公开的5件都在网站上")."""
    return t.kind == "open" and t.target == "granted" and bool(_BY_COUNT.match(b.text, t.end, t.end + 8)) and \
        not re.search(r"主动|依申请", _before(b, t, 3)) and \
        not (b.ctx.t2row is not None and b.ctx.t2row.start >= b.sentence_start) and \
        "主动" not in b.text[b.sentence_start:t.start]


def _documents_put_online(b: Binding, t: Token) -> bool:
    """The granted row named in an earlier sentence ("公开的3件是个人的") does not make "公开的5件" of a sentence about
    proactive disclosure a result: documents put online, not applications."""
    row, t2 = b.ctx.row, b.ctx.t2row
    return t.kind == "open" and t.target == "granted" and row is not None and row.target == "granted" and \
        row.start < b.sentence_start and \
        (t2 is not None and t2.start >= b.sentence_start or "主动" in b.text[b.sentence_start:t.start]) and \
        bool(_BY_COUNT.match(b.text, t.end, t.end + 8))


def _answered_as_row(b: Binding, t: Token) -> bool:
    """"按行政查询事项答复了12件", "作为重复申请处理2件": the result row named after 按/作为 says how those were
    answered; the 答复/办结 word after it is the verb, not the 办结 row."""
    row = b.ctx.row
    return t.kind == "row" and t.target == "total_processed" and row is not None and row.kind in ("row", "group") and \
        row.target not in ("total_processed", "new_received", "carried_over", "carried_forward") and \
        row.end <= t.start and bool(re.search(r"(?:按|按照|依照|作为|当作|当成|以)\s*$", _before(b, row, 3))) and \
        bool(re.fullmatch(r"\s*(?:件|类|事项)?(?:的?(?:形式|方式|名义|途径|程序))?\s*(?:进行|予以|作出|给予|给|做|作)?\s*",
                          b.text[row.end:t.start]))


def _licences_concluded(b: Binding, t: Token) -> bool:
    """"文物行政许可办结三十七件": the licences decided, table 2's figure — not applications concluded."""
    t2 = b.ctx.t2row
    return t.kind == "row" and t.target == "total_processed" and t2 is not None and 0 <= t.start - t2.end <= 2 and \
        len(form.ACTIVE_BY_KEY[t2.target].paths) == 1


def _the_items_own_steps(b: Binding, t: Token) -> bool:
    """"许可这块：受理2341件，准予2296件，还有25件在办", "行政许可：窗口受理11件、办结7件": in a sentence about a
    table-2 item (named first, no application to the body in it), 受理/在办/办结 are that item's steps, not rows of
    table 3."""
    t2 = b.ctx.t2row
    return t.kind == "row" and t.target in ("new_received", "total_processed", "carried_forward") and \
        t.text in ("受理", "在办", "办结", "还在办", "正在办", "办理中", "在办理", "已办结", "受理了", "办结了") and \
        t2 is not None and t2.start >= b.sentence_start and t2.end <= t.start and \
        len(form.ACTIVE_BY_KEY[t2.target].paths) == 1 and \
        not re.search(r"申请|信息公开|依申请|[。；;\n]", b.text[t2.end:t.start])


def _licences_issued(b: Binding, t: Token) -> bool:
    """"许可：今年发了27个": issuing licences, not the 制发 column of a document row."""
    t2 = b.ctx.t2row
    return t.kind == "t2col" and t2 is not None and t2.start < t.start and \
        len(form.ACTIVE_BY_KEY[t2.target].paths) == 1 and not re.search(r"[。；;\n]", b.text[t2.end:t.start])


def _licence_changed(b: Binding, t: Token) -> bool:
    """"经营许可新办和变更共54件", "许可证撤销3个": an outcome word said of a table-2 row in its own clause (no
    review or suit named since) is what was done with the licences, not a table-4 outcome."""
    t2 = b.ctx.t2row
    return t.kind == "outcome" and t2 is not None and t2.start < t.start and t.start - t2.end <= 8 and \
        not re.search(r"[，,。；;\n]", b.text[t2.end:t.start]) and \
        not (b.ctx.rgroup is not None and b.ctx.rgroup.start > t2.start)


def _suit_kind_named(b: Binding, t: Token) -> bool:
    """"行政诉讼 复议后起诉：…": the kind of suit named next to it says which of the two it is."""
    return t.kind == "litigation" and bool(_LITIGATION_KIND.match(b.text, t.end) or
                                           _LITIGATION_KIND_BEFORE.search(_before(b, t, 12)))


def _suit_after_review(b: Binding, t: Token) -> bool:
    """"复议维持了，他又去法院起诉": a suit brought again (又/再/后来) after a review told earlier in the sentence is a
    suit after review (not "复议1件。诉讼1件": a suit of its own)."""
    return t.kind == "litigation" and t.target is None and \
        bool(re.search(r"(?:又|再|还|后来|随后|之后)\s*(?:去|到|向)?\s*(?:法院|人民法院)?\s*(?:提起|提出)?$", _before(b, t, 10))) and \
        any(x.kind == "rgroup" and x.target == "review" and b.sentence_start <= x.start < t.start
            for x in b.all_toks)


def _review_withdrawn(b: Binding, t: Token) -> bool:
    """"另1件申请人撤回申请，复议机关决定终止": a review (the topic before) ended by withdrawal."""
    return t.kind == "row" and t.target == "other_other" and b.ctx.rgroup is not None and \
        bool(_DECIDED_BY_BODY.search(b.text[b.sentence_start:_sentence_end(b.text, t.end)]))


def _undecided_application(b: Binding, t: Token) -> bool:
    """"复议1件，维持。本年新收3件…剩下1件怎么答复还没决定": an application undecided, no review pending."""
    g, row = b.ctx.rgroup, b.ctx.row
    return t.kind == "outcome" and "决定" in t.text and "复议" not in t.text and not _in_table_four(b) and \
        row is not None and (g is None or row.start > g.start)


def _done_by_us(b: Binding, t: Token) -> bool:
    """"我们重新出一份答复书", "个人和企业单独统计：…": what we did, not what the applicant asked of us."""
    return t.kind == "row" and t.text in _ASKED_OF_US and \
        not re.search(r"要|让|(?<!申)请|需|(?<![获取])得|求", b.text[b._clause_start(t.start):t.start])


def _nothing_issued(b: Binding, t: Token) -> bool:
    """"今年出了1件复议": 出了 issues a document only where one is named."""
    t2 = b.ctx.t2row
    return t.kind == "t2col" and t.text in ("出了", "新出了") and \
        not re.match(r"[^，,。；;\n\d]{0,6}?(?:规章|规范性文件|文件)", b.text[t.end:t.end + 12]) and \
        not (t2 is not None and t2.start >= b.sentence_start and len(form.ACTIVE_BY_KEY[t2.target].paths) == 3)


def _penalty_withdrawn(b: Binding, t: Token) -> bool:
    """"行政处罚撤了2件": not an applicant withdrawing."""
    row, t2 = b.ctx.row, b.ctx.t2row
    return not _in_table_four(b) and t.kind == "row" and t.target == "other_other" and t.text == "撤了" and \
        not re.search(r"申请人|当事人|对方|人家|本人|[他她]|自己", b.text[b._clause_start(t.start):t.start]) and \
        not re.match(r"\s*申请", b.text[t.end:t.end + 4]) and \
        (row is None or t2 is not None and t2.start > row.start)


def _withdrawn_in_table_four(b: Binding, t: Token) -> bool:
    return _in_table_four(b) and t.kind == "row" and t.target == "other_other"  # "复议…撤回1件": 其他结果


def _total_in_table_four(b: Binding, t: Token) -> bool:
    """"行政复议：结果维持 6，…，总计 9": the review's 总计 column, not table 3's (not "…，新收申请总计15件": the clause
    names table 3's row, whose 总计 it is)."""
    if not (_in_table_four(b) and t.kind == "applicant" and t.target == form.TOTAL and t.text in ("总计", "合计", "共计")):
        return False
    clause = max(b.sentence_start, *(b.text.rfind(ch, 0, t.start) + 1 for ch in "，,；;：:\n"))
    return not re.search(r"申请|新收|收到|受理|办结|结转", b.text[clause:t.start])


def _cases_in_table_four(b: Binding, t: Token) -> bool:
    """In a 复议/诉讼 sentence "收到…件" counts its cases, not applications."""
    return _in_table_four(b) and (t.kind == "apps" or t.kind == "row" and t.target == "new_received")


REREADINGS = (
    (_negated, "ignore", None),
    (_third_party_asked, "verb", None),
    (_answer_speed, "ignore", None),
    (_sent_or_complained_of, "verb", None),
    (_whose_information, "verb", None),
    (_other_things_in_use, "ignore", None),
    (_carried_pair, "row", "carried_over"),
    (_last_years_unfinished, "row", "carried_over"),
    (_granted_by_count, "row", "granted"),
    (_documents_put_online, "ignore", None),
    (_answered_as_row, "verb", None),
    (_licences_concluded, "verb", None),
    (_licences_issued, "verb", None),
    (_the_items_own_steps, "verb", None),
    (_licence_changed, "verb", None),
    (_suit_kind_named, "ignore", None),
    (_suit_after_review, "rgroup", "litigation_after_review"),
    (_review_withdrawn, "outcome", 2),
    (_undecided_application, "ignore", None),
    (_done_by_us, "verb", None),
    (_nothing_issued, "verb", None),
    (_penalty_withdrawn, "verb", None),
    (_withdrawn_in_table_four, "outcome", 2),
    (_total_in_table_four, "outcome", form.REVIEW_TOTAL),
    (_cases_in_table_four, "verb", None),
)
