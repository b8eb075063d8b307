"""MessageReader: one chat message read sentence by sentence, left to right, with a context (the topic of each
table), into statements for the solver, each quoted with the words it came from."""
from __future__ import annotations

import re
from dataclasses import replace

from ...form import official as form
from ...form.official import FEE_PATH, TOTAL, application_path, review_path
from ...model.numbers import cn_number
from ..lexicon import CORRECTION, NAMED_PERSON, SENTENCE_STOPS, Token, clause_span, fold, tokens
from ..solver import Statement, stated
from .binding import MAIN, Binding
from .cases import Cases, case_segments
from .numbers import Num, _CJK, _comma_before, numbers
from .scope import _ALONE, Scope

# "公司那两件", "律所那件", "个人的5件里": a count said again to name whose applications follow.
_SCOPE = re.compile(r"(?:的|那|这)(?:[\d]+|[一两二三四五六七八九十]+)?\s*件(?:里面?|中|当中|之中)?(?:有)?"
                    r"|的(?=\s*[：:])"  # "企业的：2件公开，1件不掌握": a heading of that applicant's results
                    # "企业的申请都公开了", "那两家企业的申请我们都是全部公开的": all of that applicant's
                    r"|的(?:信息公开)?申请(?=\s*(?:我们|我局|也)?\s*(?:都|均|全))")
# "自然人7件，其中…", "企业3件（其中…", "个人 9件 → 公开5": an applicant's count, then its breakdown;
# "公司申请的6件：公开2件，…": a colon after the applicant's count opens the breakdown too.
_OF_WHICH = re.compile(r"\s*(?:申请(?:了|的)?|的)?\s*(?:\d+|[一两二三四五六七八九十]+)\s*件\s*(?:[（(][^）)\n]{0,20}[)）])?\s*"
                       r"(?:([，,（(])\s*其中|(?:→|->|=>|⇒|[：:])(?=\s*[^\s\d]))")  # "个人 9件 → 公开5，没信息2"
# A count right after a word: "公开8件", "公开：8件", "公开了八件".
_OPENS_COUNT = re.compile(r"\s*(?:了)?\s*[：:]?\s*(?:\d{1,4}|[一两二三四五六七八九十]{1,3})\s*件")
# "医药公司申请了2件，1件公开，1件…": an applicant's count, then its cases told a clause each (no 其中).
_APPLIED_N = re.compile(r"\s*(?:申请了?|提了|交了|了)?\s*(\d+|[一两二三四五六七八九十]+)\s*件\s*[，,]")
_CLAUSE_COUNT = re.compile(r"(?:^|[，,；;])\s*(?:还有|另外|另)?\s*(\d+|[一两二三四五六七八九十])\s*件")


def _told_apart(text: str, at: int) -> re.Match | None:
    """The applicant's count whose following clauses, up to the sentence's end, open on counts adding up to it:
    those are its cases ("个人申请了3件，2件公开，1件不掌握"), not another list ("个人申请了3件，企业2件")."""
    m = _APPLIED_N.match(text, at)
    if not m:
        return None
    stop = re.search(r"[。；;\n]", text[m.end():])
    rest = text[m.end() - 1:m.end() + (stop.start() if stop else len(text))]
    parts = [cn_number(x) for x in _CLAUSE_COUNT.findall(rest)]
    return m if len(parts) >= 2 and None not in parts and sum(parts) == cn_number(m.group(1)) else None


# An applicant word heading a line: "个人：", "公益组织（某助学基金会）：".
_LINE_HEAD = re.compile(r"\s*(?:[（(][^）)\n]{0,20}[)）])?\s*[：:]")
_BRACKETED = re.compile(r"(?<=[\u4e00-\u9fff])[（(]((?:\s*\d{1,3}(?:\.\d+)?\s*)|\s*)[)）](?![\u4e00-\u9fff]{0,2}[号〕])")

# "企业（9件）": an applicant, then its count alone in brackets.
# (not "商业企业（3件）：…": a line headed by the applicant, its count said in passing)
_APPLICANT_COUNT = re.compile(r"[\u4e00-\u9fff]{0,4}?([（(])\s*(?:\d{1,4}|[一两二三四五六七八九十]{1,3})\s*件\s*[)）](?!\s*[：:])")

_QUESTION = re.compile(r"\s*(?:问|提问|Q\d*)\s*[：:]")

_ANSWER = re.compile(r"\s*(?:答|回答|A\d*)\s*[：:]")
_SPOKEN_PAUSE = re.compile(r"(?<=[\u4e00-\u9fff\d)）])[ 　](?=[\u4e00-\u9fff])")


_ITEM_HEAD = re.compile(r"[ \t]*(?:\d{1,2}[.、．]|[（(]\d{1,2}[)）])[ \t]*([^：:\n，,。]{1,20})[：:]")


# A bare 结转 whose clause goes on to say the cases were last year's: carried over into this year.
_PAST_AFTER = re.compile(r"[^，,；;。\n]{0,8}?(?:是|为|系|都是|均为|均是)\s*(?:上年|去年|上一年|上年度|以前年度|往年|前年)")


_NUM_WORD = r"(\d{1,4}|[一两二三四五六七八九十百]{1,4})"
_DONE_WITH_CARRIED = re.compile(r"(?:新收|受理|本年|今年)?(?:的)?" + _NUM_WORD + r"\s*件\s*(?:及|和|与|加上?|连同)\s*"
                                r"(?:上年|去年|上一年)?结转(?:过来)?(?:的)?\s*" + _NUM_WORD +
                                r"\s*件\s*(?:均|都|俱|全部|一并)?\s*(?:已经?)?\s*(?:全部)?(?:办结|办完|答复完毕|处理完毕)")


# "去年12月底有1件是今年1月答复的": applied for last year, answered this year — 上年结转.
# ("去年12月28号收了一件，今年1月中旬才答复的": the day it came in and the part of the month it was answered.)
# (a sentence of its own: between SENTENCE_STOPS, as `clause_span` bounds one)
_LAST_YEAR_NONE = re.compile(r"(?:^|(?<=[" + SENTENCE_STOPS + r"]))\s*(?:去年|上年|上一年|上年度)(?:的)?(?:也|都)?(?:没有|没|无)"
                             r"(?:转过来的?|剩下的?|留下的?)?[\s，,!！啦了哈呀的]*(?=[" + SENTENCE_STOPS + r"]|$|"
                             # ("去年没有，今年的三月份就答复了": then this year's case, set against last year)
                             r"(?<=[，,])\s*(?:今年|本年|这件|那件|这一件|那一件|今年的|今年这))")
# "只有两个人来申请过", "有3位群众申请": people who applied, counted (see Reader.people_applied).
_PEOPLE_APPLIED = re.compile(r"(?:只有|就|有|共|一共|总共|今年)\s*(\d{1,3}|[两二三四五六七八九十]{1,3})\s*(?:个人|位(?:群众|市民|村民|居民|老百姓)?|"
                             r"名(?:群众|市民|村民|居民)|个(?:群众|市民|村民|居民|老百姓))\s*(?:来|到我们这|过来|先后)?\s*"
                             r"(?:申请|提出申请|提交申请|提出过申请|依申请)"
                             # ("有1个居民申请了复议": what the person applied for is a review or a suit, no disclosure)
                             r"(?!\s*(?:了|过)?\s*(?:行政)?(?:复议|诉讼|仲裁))")
# "问的是…", "要的是…": what a case asked for follows (its words name no row of the tables).
_ASKED_FOR = re.compile(r"(?:问|要|查|想要|想查|想问|咨询|索取)的是|要求(?:提供|公开)|(?<!依)申请(?:提供|公开)")
# "有1个居民申请了复议", "两名村民对答复不服提起行政复议": people counted as they asked for a review, each one review
# (see Reader.people_reviewed).
_PEOPLE_REVIEWED = re.compile(r"(?:只有|就|有|共|一共|总共|今年|另有|还有|^|(?<=[，,。；;：:\n]))\s*(\d{1,3}|[一两二三四五六七八九十]{1,3})\s*"
                              r"(?:个人|人|位(?:群众|市民|村民|居民|老百姓|申请人)?|名(?:群众|市民|村民|居民|申请人)|"
                              r"个(?:群众|市民|村民|居民|老百姓|申请人))\s*(?:对[^，,。；;\n\d]{1,16}?不服)?\s*"
                              r"(?:向[^，,。；;\n\d]{1,10}?)?(?:申请|提起|提出|提了|申请了|提起了|提出了)\s*(?:了|过)?\s*"
                              r"(?:行政)?复议(?!\s*(?:决定书|材料|答复书))")
_LAST_YEARS_CASES = re.compile(r"(?:去年|上年|上一年)\s*(?:(?:\d{1,2}|十二|十一)\s*月(?:份|底|末|下旬|中旬|\d{1,2}\s*[日号])?|年底|年末|底|末)?\s*"
                               r"(?:收到|收了|收|来|申请|提交|递交|受理|接到)?的?\s*(?:有|还有)?\s*(?:" + _NUM_WORD +
                               # "去年12月份收的那件（某公司要…）今年1月已经答复了": that one case, who asked in brackets
                               r"\s*件|(?:那|这)\s*一?\s*(件))\s*(?:申请)?\s*(?:[（(]([^（()）\n]{0,40})[)）])?\s*"
                               # ("去年12月底还有1件渔民的，今年一起办了": whose it was, then done this year along with
                               # the new ones)
                               r"(?P<who>[^，,。；;\n\d（(]{1,8}?的)?\s*(?:没办完|没有办完|没办结|未办结|还没办完|还没答复|没答复)?\s*[，,]?\s*"
                               r"(?:是|都是|均)?\s*(?:到|在|拖到)?\s*(?:今年|本年)\s*(?:初|年初)?\s*"
                               r"(?:(?:\d{1,2}|[一二三]|元)\s*月(?:份|初|上旬|中旬|\d{1,2}\s*[日号])?)?\s*"
                               r"(?:才|又|再|已经|已|一起|一并|接着|继续|也)?\s*"
                               r"(?:答复|办结|办完|回复|处理完|办理完|答复完|办了|处理了|办理了)(?!\s*(?:\d|[一两二三四五六七八九十]\s*[件个]))")




# Between two counts of one list: "件、兽药经营许可 " — a 、 and the next kind's name (no year, no correction, no
# "其中"; a figure's own unit before the 、).
_LISTED_KIND = re.compile(r"\s*[件个项宗起张本]?\s*、\s*(?!.*(?:去年|上年|今年|本年|其中|不对|更正|改为|改成|应为|应该))"
                          r"[^\d、，,。；;：:\n（()）]{2,14}?\s*")


# "绝大部分是农民工个人，有2件是劳务公司、1件是律所": most of one kind (group 1), then the others one by one (group 2).
_MOSTLY = re.compile(r"(?:基本上?都?是|大多(?:都)?是|大都是|大部分(?:都)?是|绝?大多数(?:都)?是|绝大部分(?:都)?是|主要(?:都)?是|"
                     r"几乎都是)([^，,。；;\n]{1,16}?)(?:申请的?|提出的?)?\s*[，,]((?:\s*(?:但|不过|只有|仅有|就|只|另外|另)?\s*"
                     r"(?:有|还有|另有)?\s*(?:\d+|[一两二三四五六七八九十])\s*件\s*(?:是|为|系)\s*[^，,。；;\n、]{1,20}?"
                     r"(?:申请的?)?\s*(?:[、，,]|(?=[。；;\n]|$)))+)")
_EXCEPTED = re.compile(r"(\d+|[一两二三四五六七八九十])\s*件\s*(?:是|为|系)\s*([^，,。；;\n、]{1,20}?)(?:申请的?)?\s*(?=[、，,。；;\n]|$)")


def _fractional_count(terms: list[tuple[float, str]], value: float) -> bool:
    """Counts of applications, cases and documents are whole: a number with a fraction bound to them ("曾** 1.10",
    a date after a name) is no figure of theirs. Fees (万元) and shares (non-whole coefficients) are not counts."""
    return all(c == int(c) and p != FEE_PATH for c, p in terms) and abs(value - round(value)) > 1e-6

# A review's or suit's count, its outcome right after it, then more cases: "复议2件维持，还有1件撤回".
_OUTCOME_THEN_MORE = re.compile(r"\s*(?:判决|决定|结果|被|予以)?\s*([^，,。；;\d\s]{2,8}?)\s*(?:了)?\s*[，,、]\s*"
                                r"(?:还有|另有|另外|另|其余|剩下的?)\s*(?:\d+|[一两二三四五六七八九十])\s*(?:件|个|起)")
# After "上年的3件": who those cases were ("：2个个人1个企业", "是2个个人…", "都是律所").
_WHOSE_AFTER = re.compile(r"\s*(?:[:：]|(?:都|均|全)?(?:是|为|系))")


class _Context:
    def __init__(self):
        self.row: Token | None = None        # table-3 topic (row, group or apps)
        self.rgroup: Token | None = None     # table-4 topic
        self.t2row: Token | None = None      # table-2 topic


class MessageReader(Binding, Scope, Cases):
    """Reads one chat message into statements."""

    def __init__(self, text: str, message: int = 0, prior: list[Statement] | None = None, topic: str | None = None):
        self.prior = prior or []
        self.earlier: list[Statement] = []
        self.raw = text
        self.text = fold(text)
        self.message = message
        self.correction = bool(CORRECTION.search(self.text))
        self.out: list[Statement] = []
        self.ctx = _Context()
        if topic:
            self.ctx.row = Token("row", topic, 0, 0, form.APP_BY_KEY[topic].short)
        self.sentence_start = 0
        self.muted: list[tuple[int, int]] = []
        self.waiting: list[Token] = []
        self.all_said = False
        self.consumed: set[int] = set()
        self.paren_group: Token | None = None
        self.code_rows: list[tuple[int, Token]] = []
        self.question: list[Token] = []
        self.last_legal = False
        self.clause_subject = False
        self.ledger: set = set()           # applicants heading a line of a ledger kept by applicant
        self.all_toks: list[Token] = []    # the message's tokens: read() sets them before any mixin's method runs

    # statements ---------------------------------------------------------------------------------
    def emit(self, terms: list[tuple[float, str]], value: float, start: int, end: int, label: str, each=False,
             source: str = "notes", slot: str = "", strength: float = 1.0):
        merged: dict[str, float] = {}
        for c, p in terms:
            merged[p] = merged.get(p, 0.0) + c
        terms = [(c, p) for p, c in merged.items() if abs(c) > 1e-12]
        if not terms or _fractional_count(terms, value):
            return
        quote = self._quote(start, end)
        self.out.append(Statement(tuple(terms), float(value), quote=quote, label=label, message=self.message,
                                  span=(start, end), correction=self.correction,
                                  source="each" if each else source, slot=slot, strength=strength))

    def _quote(self, start: int, end: int) -> str:
        # The clause the statement stands in, as the official wrote it.
        a = start
        while a > 0 and self.text[a - 1] not in "，,；;。\n!！?？":
            a -= 1
        b = end
        while b < len(self.text) and self.text[b] not in "，,；;。\n!！?？":
            b += 1
        # An answer's marker ("答：", also set for a colleague's reply in a pasted chat) is not the figure's words.
        return re.sub(r"^\s*(?:答|回答)\s*[：:]", "", self.raw[a:b]).strip(" \t：:")

    # the sentence walk ---------------------------------------------------------------------------
    def read(self) -> list[Statement]:
        # Dictated notes without punctuation: a space between words stands for a comma (written as one, so
        # that clauses, cases and quotes end there; the length, and so every offset, stays the same).
        self.unpunctuated = len(re.findall(r"[，,。；;]", self.text)) * 40 < len(self.text)
        written = self.text  # what is not a figure ("第 1 页", "2025 年 3 月") is found before pauses become commas
        if self.unpunctuated:
            self.text = _SPOKEN_PAUSE.sub("，", self.text)
        # A form filled in with figures in brackets ("制发（0）废止（1）", "新收申请（6）"): the brackets are cells.
        self.text = _BRACKETED.sub(lambda m: " " + m.group(1) + " ", self.text)
        text = self.text
        toks = [t for t in tokens(text)]
        # "勘察设计企业（9件）和科研院所（5件）": an applicant's count in brackets right after it is its figure, as
        # "企业9件" (the brackets become spaces; every offset stays the same).
        # ("科研院所（5件）": the rest of the applicant's word before the brackets, no other word of the form's)
        held = [(m.start(1), m.end()) for t in toks if t.kind == "applicant" and t.target != TOTAL and
                (m := _APPLICANT_COUNT.match(text, t.end)) and not any(t.end <= x.start < m.start(1) for x in toks)]
        if held:
            for a, b in held:
                text = text[:a] + " " + text[a + 1:b - 1] + " " + text[b:]
            self.text = text
            toks = [t for t in tokens(text)]
        nums = numbers(text, written if len(written) == len(text) else text)
        self.cases = case_segments(text)
        self.all_toks = toks
        self.codes_and_triples(text, toks)
        self.done_with_carried(text)
        self.answered_this_year(text)
        self.people_applied(text)
        self.people_reviewed(text)
        # Sentences: clause punctuation and line breaks; parentheses stay inside their sentence.
        bounds = [0] + [i + 1 for i, ch in enumerate(text) if ch in "。；;!！?？\n"] + [len(text) + 1]
        for a, b in zip(bounds, bounds[1:]):
            if b - a > 1 and self._applicant_item(a, b, toks):
                # "2.李某：2件，…": a list kept by applicant; the result the item before ended on is not this one's.
                self.ctx.row = None
            if b - a > 1:
                self.sentence(a, b - 1, [t for t in toks if a <= t.start < b], [n for n in nums if a <= n.start < b])
        self.months_told(text)
        self.last_year_none(text)
        self.carried_results(text)
        self.answered_next_year(text)
        self.listed_kinds(text)
        self.mostly_but(text)
        if len(self.ledger) >= 2:
            # A ledger kept by applicant, a line each: the applicants without a line had none (per row, weak).
            self.unlisted_applicants(0, len(text))
        self.outcome_counted_first(text)
        return self.out

    def outcome_counted_first(self, text: str):
        """"复议2件维持，还有1件撤回": a review's or suit's count said with its outcome, then more cases of it — the
        count is that outcome's, not the group's total (the total is what all the counts add up to)."""
        total = f"[{form.REVIEW_TOTAL}]"
        moved, dropped = {}, set()
        for st in self.out:
            # (a suit whose channel is not said yet is both channels' total: "行政诉讼2件判决维持")
            if not st.terms or any(c != 1.0 or not p.startswith("review_litigation.") or not p.endswith(total)
                                   for c, p in st.terms):
                continue
            m = _OUTCOME_THEN_MORE.match(text, st.span[1])
            if not m:
                continue
            o = next((t for t in tokens(text[m.start(1):m.end(1)]) if t.kind == "outcome" and t.target != form.REVIEW_TOTAL), None)
            end = clause_span(text, m.end())[1]
            if o is None or any(t.kind in ("rgroup", "litigation") for t in tokens(text[m.end():end])):
                continue  # ("行政诉讼2件判决维持，另有1件是复议": the cases that go on are another group's)
            told = {p: p[:-len(total)] + f"[{o.target}]" for _, p in st.terms}
            moved[id(st)] = replace(st, terms=tuple((1.0, q) for q in told.values()), label=f"{st.label}{o.text}")
            # (the "all of them 维持" read from the same words goes: the cases go on)
            dropped |= {id(x) for x in self.out if x is not st and x.span[0] <= st.span[0] < x.span[1] and
                        {p for _, p in x.terms} == set(told) | set(told.values())}
        if moved:  # (replaced after the walk: no index of the list moves under it)
            self.out = [moved.get(id(x), x) for x in self.out if id(x) not in dropped]

    def listed_kinds(self, text: str):
        """"许可：动物防疫条件合格证11件、兽药经营许可7件": kinds of one thing listed with 、, each with its count,
        both read as that one cell, are its parts: the cell is their sum, not two figures clashing."""
        out: list[Statement] = []
        for s in self.out:
            prev = out[-1] if out else None
            if prev is not None and len(s.terms) == 1 and s.terms == prev.terms and s.terms[0][0] == 1.0 and \
                    min(s.strength, prev.strength) >= 1 and s.source == prev.source == "notes" and \
                    prev.span[1] <= s.span[0] and _LISTED_KIND.fullmatch(text[prev.span[1]:s.span[0]]):
                out[-1] = replace(prev, value=prev.value + s.value, span=(prev.span[0], s.span[1]))
                continue
            out.append(s)
        self.out[:] = out

    def mostly_but(self, text: str):
        """"绝大部分是个人，有2件是公司、1件是律所": most of one kind and the others counted one by one — the rest
        are that kind: the kinds neither named are 0 in the row counted just before (and each exception's count is
        its own, "只有2件是培训机构（公司）申请的": the kind glossed in brackets)."""
        for m in _MOSTLY.finditer(text):
            most = {t.target for t in self.all_toks if m.start(1) <= t.start < m.end(1) and t.kind == "applicant" and
                    t.target != TOTAL}
            if len(most) != 1:
                continue
            row = next((s for s in reversed(self.out) if len(s.terms) == 1 and s.span[1] <= m.start() and
                        s.terms[0][1].endswith(f"[{TOTAL}]") and s.terms[0][1].startswith("applications.") and
                        not re.search(r"[。；;\n]", text[s.span[1]:m.start()])), None)
            if row is None:
                continue
            key = row.terms[0][1][len("applications."):-len(f"[{TOTAL}]")]
            told: dict[int, float] = {}
            for e in _EXCEPTED.finditer(text, m.start(2), m.end(2)):
                kinds = {t.target for t in self.all_toks if e.start(2) <= t.start < e.end(2) and
                         t.kind == "applicant" and t.target != TOTAL}
                v = cn_number(e.group(1))
                if len(kinds) != 1 or v is None or kinds & most:
                    told = {}
                    break
                told[kinds.pop()] = float(v)
            if not told:
                continue
            said = {p for s in self.out for _, p in s.terms}
            for col, v in told.items():
                if application_path(key, col) not in said:
                    self.emit([(1.0, application_path(key, col))], v, m.start(2), m.end(2), "其中")
            for col in form.PARTIES:
                if col not in most and col not in told:
                    self.emit([(1.0, application_path(key, col))], 0, m.start(), m.end(), "其余均为同一类")

    def done_with_carried(self, text: str):
        """"七件及结转一件俱已办结", "新收的5件和上年结转的2件都已办完": this year's and the carried-over cases said
        again as all done are the year's 办结 (their sum); neither figure is a row of its own (the bare 结转 is the
        one carried over, not 结转下年)."""
        for m in _DONE_WITH_CARRIED.finditer(text):
            a, b = (cn_number(g) if not g.isdigit() else int(g) for g in (m.group(1), m.group(2)))
            if a is None or b is None:
                continue
            self.emit([(1.0, application_path("total_processed", TOTAL))], a + b, m.start(), m.end(), "办结")
            self.muted += [(m.start(1), m.end(1)), (m.start(2), m.end(2))]

    def last_year_none(self, text: str):
        """"去年没有。都答完了": said of the applications (the notes speak of them), a last year that had none left
        over is 上年结转 0 — the sentence alone, nothing else named in it."""
        if not any(p.startswith("applications.") for st in self.earlier + self.out for p in st.cells):
            return
        for m in _LAST_YEAR_NONE.finditer(text):
            rest = text[m.end():clause_span(text, m.end(), stops=SENTENCE_STOPS)[1]]
            if any(t.kind in ("rgroup", "litigation", "outcome", "t2row") for t in tokens(rest)):
                continue  # "去年没有，今年的复议1件": last year's none of what this year's clause names
            self.emit([(1.0, application_path("carried_over", TOTAL))], 0, m.start(), m.end(), "上年结转", strength=0.9)

    def people_applied(self, text: str):
        """"今年只有两个人来申请过信息公开", "有3位群众申请公开…": people counted as they came, each one application
        of a natural person (not "2个人申请了4件": the cases are counted there)."""
        for m in _PEOPLE_APPLIED.finditer(text):
            clause = text[m.end():clause_span(text, m.end(), stops=SENTENCE_STOPS)[1]]  # the rest of its sentence
            n = cn_number(m.group(1)) if not m.group(1).isdigit() else int(m.group(1))
            if n is None or re.search(r"(?:\d|[一两二三四五六七八九十])\s*[件份条]", clause):
                continue
            self.emit([(1.0, application_path("new_received", 0))], n, m.start(1), m.end(), "本年新收（自然人）",
                      strength=0.9)
            self.emit([(1.0, application_path("new_received", TOTAL))], n, m.start(1), m.end(), "本年新收",
                      strength=0.7)  # (weak: someone else may have applied too, told apart)
            self.muted.append((m.start(1), m.end(1)))

    def people_reviewed(self, text: str):
        """"有1个居民申请了复议": people counted as they asked for a review, each one review (not a disclosure
        application, though 申请 is the verb; not "2个人申请了3件复议": the cases are counted there)."""
        for m in _PEOPLE_REVIEWED.finditer(text):
            clause = text[m.end():clause_span(text, m.end(), stops=SENTENCE_STOPS)[1]]
            n = cn_number(m.group(1)) if not m.group(1).isdigit() else int(m.group(1))
            if n is None or re.match(r"\s*(?:\d|[一两二三四五六七八九十])\s*[件起宗]", clause) or \
                    re.search(r"(?:\d|[一两二三四五六七八九十])\s*[件起宗]\s*(?:行政)?复议", text[m.start(1):m.end()]):
                continue
            # One person, this year, and no review counted in 件 anywhere: several people may have made one review
            # together ("两名村民…是同一件"), last year's is no figure, and a count the notes give wins.
            counted = [c for c in re.finditer(r"复议[^，,。；;\n\d]{0,4}?(?:\d+|[一两二三四五六七八九十]+)\s*[件起宗]|"
                                              r"(?:\d+|[一两二三四五六七八九十]+)\s*[件起宗]\s*(?:行政)?复议", text)
                       if not (c.start() < m.end() and m.start(1) < c.end())]  # (not the people's own count)
            if n != 1 or re.search(r"去年|上年|前年|上一年", text[max(0, m.start() - 8):m.start(1)]) or counted:
                self.muted.append((m.start(1), m.end(1)))  # (still people, no count of reviews or applications)
                continue
            self.emit([(1.0, review_path("review", form.REVIEW_TOTAL))], n, m.start(1), m.end(), "行政复议",
                      strength=0.9)  # (weak: one person may have asked twice, told apart)
            self.muted.append((m.start(1), m.end(1)))

    def answered_this_year(self, text: str):
        """"去年12月底有1件是今年1月答复的", "上年底收到2件，今年才办结": cases applied for last year and answered
        this year are the year's 上年结转 (the months are dates, no figures)."""
        for m in _LAST_YEARS_CASES.finditer(text):
            g = 1 if m.group(1) else 2
            n = 1 if m.group(2) else cn_number(m.group(1)) if not m.group(1).isdigit() else int(m.group(1))
            if n is None:
                continue
            self.emit([(1.0, application_path("carried_over", TOTAL))], n, m.start(g), m.end(g), "上年结转")
            self.muted.append((m.start(), m.end()))
            kinds = [t for t in tokens(fold((m.group(3) or "") + (m.group("who") or ""))) if t.kind == "applicant" and
                     t.target != TOTAL]
            if (n == 1 or m.group("who")) and len({t.target for t in kinds}) == 1:  # "（某报关公司要…）": who asked
                self.emit([(1.0, application_path("carried_over", kinds[0].target))], n, m.start(g), m.end(),
                          "上年结转")
            # "…今年1月才答复的，是一位老党员问他父亲的材料": who asked, said right after (one case only)
            who = re.match(r"(?:的|了)?\s*[，,]\s*(?:是|为)\s*(一位|一名|一个|一家)([^，,。；;\n\d]{0,12})", text[m.end():])
            if who and n == 1:
                kinds = [t for t in tokens(fold(who.group(2))) if t.kind == "applicant" and t.target != TOTAL]
                col = kinds[0].target if kinds else 0 if who.group(1) in ("一位", "一名") else None
                if col is not None:
                    self.emit([(1.0, application_path("carried_over", col))], n, m.start(1), m.end() + who.end(),
                              "上年结转")

    def _applicant_item(self, a: int, b: int, toks: list[Token]) -> bool:
        """A numbered item that opens with who applied ("3.某物业公司：1件", "（2）李某："): a new applicant's cases."""
        m = _ITEM_HEAD.match(self.text, a, b)
        return bool(m) and any(t.kind == "applicant" and m.start(1) <= t.start < m.end(1) for t in toks)

    def _carried_by_count(self, t: Token) -> bool:
        """"上年结转2件…年底还有1件没办完" and then "结转的2件都是个人的": a bare 结转 pointing at as many cases
        as the notes gave 上年结转 (and not 结转下年) is 上年结转."""
        m = re.match(r"(?:过来)?(?:的|的?\s*那|的?\s*这)\s*(\d+|[一两二三四五六七八九十])?\s*[件个]", self.text[t.end:t.end + 8])
        if m and m.group(1) is None and not re.search(r"[那这]\s*[件个]$", m.group(0)):
            m = None  # "结转那件": the one case; "结转的件" says nothing
        if t.kind == "past" and (not m or self.text[t.end:t.end + 1] == "的" and "那" not in m.group(0) and
                                 not _WHOSE_AFTER.match(self.text, t.end + m.end())):
            m = None  # "去年的3件" may be last year's count; "去年那3件" points at cases (and so does "上年的3件：
            # 2个个人1个企业", told whose they were)
        if not m:
            return False  # ("七件及结转一件俱已办结" is `done_with_carried`'s)
        n = float(cn_number(m.group(1)) or 0) if m.group(1) else 1.0  # "结转那件": the one case
        said = {p: x.value for p, x in stated(self.earlier + getattr(self, "prior", []) + self.out).items()}
        return said.get(application_path("carried_over", TOTAL)) == n and \
            said.get(application_path("carried_forward", TOTAL)) != n

    def _told_for(self, applicant: Token) -> bool:
        """Whether a figure of that applicant's column was read already (what "公司那2件" points back to)."""
        col = f"[{applicant.target}]"
        return any(p.startswith("applications.") and p.endswith(col) for st in self.out for _, p in st.terms)

    def _ledger_line(self, head: Token) -> bool:
        """A line of a ledger kept by applicant: one kind of applicant and rows of table 3 ("个人：新收 27，公开 11"),
        not a list of applicants ("个人：3件，企业：2件，共5件")."""
        a = self.text.rfind("\n", 0, head.start) + 1
        b = self.text.find("\n", head.end)
        b = b if b >= 0 else len(self.text)
        line = [t for t in self.all_toks if a <= t.start < b]
        return len({t.target for t in line if t.kind == "applicant"} | {head.target}) == 1 and \
            any(t.kind == "row" or t.kind == "open" for t in line)

    def in_breakdown(self, at: int) -> bool:
        """Whether `at` is among the parts listed after an applicant's count ("个人8件，其中公开5件")."""
        bd = getattr(self, "breakdown", None)
        return bd is not None and self.scope is bd[0] and bd[1] <= at < getattr(self, "scope_end", -1)

    def breakdown_row(self, at: int) -> tuple[str | None, int, int] | None:
        """The row of the applicant's count whose breakdown `at` is in or comes after the end of (its count's row,
        None when it is not known, and where its parts begin); None when there is none."""
        for who, parts, end in reversed(getattr(self, "breakdowns", [])):
            if parts <= at:
                count = [st for st in self.out if who.end <= st.span[0] < parts and len(st.terms) == 1]
                path = count[-1].terms[0][1] if count else ""
                row = re.match(r"applications\.(\w+)\[", path)
                return (row.group(1) if row else None), parts, end
        return None

    def sentence(self, a: int, b: int, toks: list[Token], nums: list[Num]):
        text = self.text
        self.sentence_start = a
        self.waiting = []
        self.all_said = False
        self.clause_subject = False
        if a >= getattr(self, "scope_end", -1):  # "个人的5件里…；剩下的…": the scope runs to the full stop
            self.scope: Token | None = None    # "个人的5件里…", "公司那两件…": the applicant spoken of
            self.scope_at = -1
            self.scope_parts = False
        self.forward: tuple[Num, Token | None] | None = None  # "有2件是问别人的，属于隐私": its head comes next
        self.asker_of: dict[int, Token] = {}  # "一家公司要…，公开了": who asked, by the story's count
        seg = text[a:b]
        if len(toks) == 1 and toks[0].kind == "ignore" and not nums and text[b:b + 1] == "\n" and \
                not seg.replace(toks[0].text, "", 1).strip(" ：:"):
            # "办理中\n1\n超期\n0", "新收12件\n网站\n30": a label line naming none of the form's things is the topic
            # now; the figures under it are not the row named lines before.
            self.ctx.row = None
        if _QUESTION.match(seg):
            # "问：上年结转过来的有没有？": the question names what the answer's figures are; it says none itself.
            # "其他组织申请的2件，办理结果分别是？": the answer is about that applicant's applications
            self.question_applicant = next((t for t in toks if t.kind == "applicant" and t.target != TOTAL), None)
            self.question = [t for t in toks if t.kind in MAIN - {"ignore", "other"} or t.kind in ("carry", "open")]
            self.question = [self.reinterpret(t) for t in self.question if t.kind not in ("carry", "open")] + \
                [Token("row", "carried_over" if re.search(r"上年|去年|以前", seg) else "carried_forward", t.start, t.end,
                       t.text) for t in self.question if t.kind == "carry"]
            if any(t.kind == "ignore" for t in toks):
                self.question = [next(t for t in toks if t.kind == "ignore")]  # "信息处理费收了没": not a table figure
            for t in self.question:
                self.topic(t)
            return
        answer = _ANSWER.match(seg)
        if self.quarters(a, seg, toks, nums):
            return
        # Table rows pasted as "label：value" lines and ordinary prose share this path.
        # (a case already read as a whole, "去年12月底还有1件渔民的，今年一起办了", is not read again as a count)
        cases = [c for c in self.cases if a <= c[0] < b and not any(x <= c[0] < y for x, y in self.muted)]
        inside = lambda x: any(c0 <= x < c1 for c0, c1, _ in cases)  # noqa: E731
        items = sorted([("t", t.start, t) for t in toks if not inside(t.start)] +
                       [("n", n.start, n) for n in nums if not inside(n.start)] +
                       [("c", c[0], c) for c in cases], key=lambda x: x[1])
        clause_start = a
        pending: list[Token] = []          # heads since the last number in this clause
        used_heads: list[Token] = []       # heads in this clause (for zero words and quantifiers)
        applicant: Token | None = None
        legal = False
        paren_anchor: list[tuple[Token | None, int | None]] = []
        self.paren_group = None  # brackets close within their sentence (a last one is not scanned to its end)
        clause_numbers = 0
        saved_applicant: Token | None = None

        anchor = self.ctx.row
        self.r_anchor = self.ctx.rgroup
        if answer and self.question:
            # "答：5件，都是村民申请的": the first clause answers the question's heads.
            pending, used_heads = list(self.question), list(self.question)
            self.question = []
            who = getattr(self, "question_applicant", None)
            if who is not None and any(t.kind in ("row", "group") and t.target != "new_received" for t in pending):
                self.scope, self.scope_at, self.scope_end = who, a, b
            self.question_applicant = None

        def flush_clause(end: int):
            nonlocal pending, used_heads, applicant, legal, clause_numbers, clause_start, anchor
            inside = paren_anchor[-1][0] if paren_anchor else anchor
            self.in_paren = bool(paren_anchor)
            self.unbound = list({t.target: t for t in pending if t.kind == "row"}.values())
            if self.forward is not None and self.forward[0].end <= clause_start:
                n0, ap = self.forward
                rows = [t for t in used_heads if t.kind in ("row", "group")]
                stop = re.search(r"[。；;\n]", self.text[end:])
                later = [t for t in self.all_toks if end <= t.start < end + (stop.start() if stop else len(self.text))]
                if clause_numbers == 0 and rows and form.APP_BY_KEY.get(rows[0].target) is not None and \
                        form.APP_BY_KEY[rows[0].target].group is not None and \
                        form.APP_BY_KEY[rows[0].target].group.key == "withheld" and \
                        any(t.kind == "row" and t.target == "partially_granted" for t in later):
                    rows = []  # "…里面有商业秘密，给了一部分": what it held, then what was given — 部分公开 only
                elif clause_numbers or any(t.kind in MAIN for t in used_heads):
                    self.forward = None
                if rows and clause_numbers == 0:
                    self.bind(rows[0], n0, ap, 0.8)
                    if ap is not None and ap is self.asker_of.get(n0.start):
                        # a story's one case counts in the row's total too (added up, as its column's, when the
                        # stories are told by name: "张某…公开了；李某…公开了")
                        self.bind(rows[0], replace(n0, each=n0.each or bool(NAMED_PERSON.fullmatch(ap.text))), None, 0.8)
                    clause_numbers = 1
                # (a clause with no head and no figure, "那个在档案馆", says more of the case: the head may come next)
            self.clause_end(clause_start, end, used_heads, clause_numbers, applicant, inside)
            # Heads left without a figure wait for one in the next clause ("处罚、强制：无此职能，均为0").
            # A bracket of other words ("（户籍、出入境等）", "（占道、户外广告…）") explains them: they still wait.
            explains = self.in_paren and not clause_numbers and not any(t.kind in MAIN or t.kind == "zero"
                                                                        for t in used_heads)
            if (used_heads or clause_numbers) and not explains:
                self.waiting = [t for t in used_heads if t.kind in MAIN - {"ignore", "other"}] \
                    if clause_numbers == 0 and not any(t.kind == "zero" for t in used_heads) else []
            pending, used_heads, applicant, legal, clause_numbers = [], [], None, False, 0
            clause_start = end
            anchor = self.ctx.row
            self.r_anchor = self.ctx.rgroup

        # (over the whole sentence: "新收的19件个人，3件企业，1件律所" — the run goes on into what the case segments read)
        trailing = _trailing_applicants(text, toks, nums)
        pos = a
        for kind, start, obj in items:
            # punctuation between pos and start
            for i in range(pos, start):
                ch = text[i]
                if ch in "，,｜|" or (ch in " 　" and self.unpunctuated and 0 < i < len(text) - 1 and
                                   (_CJK.match(text[i - 1]) or text[i - 1].isdigit()) and _CJK.match(text[i + 1])):
                    flush_clause(i)  # dictated notes: a space between words stands for a comma
                elif ch in "(（[【" or (ch in "-—" and i + 1 < len(text) and not text[i + 1].isdigit()):
                    before = [t for t in toks if t.end <= i and t.start >= _comma_before(text, i)]
                    saved_applicant = applicant if clause_numbers == 0 else None
                    flush_clause(i)
                    if ch not in "-—":
                        paren_anchor.append((self.ctx.row, None))
                        self.paren_group = self.ctx.row
                        # A parenthesis explaining a figure that is not a table cell ("处理费1200元（1件…）").
                        if before and before[-1].kind == "ignore":
                            close = text.find("）" if ch == "（" else ")", i)
                            self.muted.append((i, close if close > 0 else b))
                elif ch in ")）]】":
                    flush_clause(i)
                    if paren_anchor:
                        outer = paren_anchor.pop()[0]
                        if outer is not None:
                            # "企业3件（2件公开、1件部分公开），个人2件": a row named inside the brackets is an aside;
                            # the topic after them is the row before them.
                            self.ctx.row = outer
                    self.paren_group = paren_anchor[-1][0] if paren_anchor else None
                    applicant, saved_applicant = saved_applicant, None
            pos = max(pos, start)
            if kind == "c":
                c0, c1, count = obj
                flush_clause(c0)
                self.case(c0, c1, count, [t for t in self.all_toks if c0 <= t.start < c1])
                pos = clause_start = c1
                continue
            if kind == "t":
                t: Token = obj
                pos = max(pos, t.end)
                if t.start in self.consumed:
                    continue  # already bound to the figure before it ("2件是律师事务所")
                if t.kind == "t2col0":
                    # "规范性文件 没发": the issued column, none.
                    col = Token("t2col", t.target, t.start, t.end, t.text)
                    pending.append(col)
                    used_heads += [col, Token("zero", None, t.start, t.end, t.text)]
                    continue
                if t.kind == "past" and t.text in ("去年", "上年", "上一年", "上年度") and self._carried_by_count(t):
                    # "去年那2件是一个个人一个企业的": 去年 points at the cases carried over (as many as the notes
                    # gave), not at last year's figures
                    t = Token("row", "carried_over", t.start, t.end, t.text)
                if t.kind == "carry0":
                    used_heads.append(Token("zero", None, t.start, t.end, t.text))
                    t = Token("carry", None, t.start, t.end, t.text)
                if t.kind == "carry":
                    # "上年没有结转", "去年结转3件" vs "结转2件": the year is in the words before it;
                    # "年初年末都没有结转" names both.
                    lead = text[min(clause_start, self.sentence_start if self.unpunctuated else clause_start):t.start]
                    if self.unpunctuated:
                        lead = lead.replace("，", "")  # "去年 没转": the pause is not a clause break here
                    past = re.search(r"(上年|去年|上一年|上年度|以前年度|往年|年初|(?:19|20)\d\d\s*年度?)[^，,；;。至到]{0,6}$", lead) or \
                        _PAST_AFTER.match(text, t.end)  # "结转的2件是去年的两个老百姓申请的"
                    both = past and re.search(r"(年末|年底|下年|明年|下一年)", lead)
                    if both:
                        extra = Token("row", "carried_over", t.start, t.end, t.text)
                        pending.append(extra)
                        used_heads.append(extra)
                    if not past and not both and self._carried_by_count(t):
                        past = True
                    if not past and re.match(r"(?:了|过来|过)?\s*(?:\d+|[一两二三四五六七八九十]+)\s*件?\s*(?:申请)?\s*(?:到|至|进|入)"
                                             r"\s*(?:今年|本年|本年度|今年度)", text[t.end:t.end + 16]):
                        past = True  # "结转了1件到今年": carried into this year, from the last
                    t = Token("row", "carried_over" if past and not both else "carried_forward", t.start, t.end, t.text)
                t = self.reinterpret(t)
                if t.kind == "open":
                    row = self.ctx.row
                    listed = any(x.kind in ("row", "group") and x.target in form.RESULT_KEYS + tuple(form.GROUP_KEYS)
                                 for x in self.all_toks if x is not t)
                    alone = _ALONE.fullmatch(text[a:b].replace(t.text, "", 1))
                    # "公司那件是公开的": said of an applicant's cases pointed at, 公开 is what became of them.
                    pointed = self.scope is not None and getattr(self, "scope_at", len(text)) <= t.start < \
                        getattr(self, "scope_end", -1)
                    # "公开8件，个人的3件，公司的2件": 公开 opening a clause with its count is the result row
                    # (what follows splits the result's figure, not the topic row of the sentence before).
                    c = max([a] + [text.rfind(ch, a, t.start) + 1 for ch in "，,；;"])
                    opens = not text[c:t.start].strip(" \t-*•·▲▶►●○◆◇、") and \
                        bool(_OPENS_COUNT.match(text, t.end)) and row is not None and row.kind in ("row", "group")
                    # "公开的应该是7件" in the next message, after one that told table 3: that table's result
                    # (with its count: "第六部分…未收取" is no 部分公开 of none)
                    after_results = not any(x.kind in ("t2row", "t2col") for x in self.all_toks) and \
                        bool(re.match(r"[^，,。；;\n]{0,8}?(?:\d|[一两二三四五六七八九十]\s*件)", text[t.end:])) and \
                        not text[max(0, t.start - 3):t.start].startswith("第") and any(
                        st.message == self.message - 1 and st.strength >= 1 and
                        any(p.startswith("applications.") for p in st.cells) for st in getattr(self, "earlier", []))
                    if not listed and not alone and not pointed and not opens and not after_results and \
                            not self.in_breakdown(t.start) and (
                            row is None or row.kind != "row" or row.target not in form.RESULT_KEYS + ("total_processed",)):
                        continue  # "公开11" means 予以公开 in a list of results or after 办结, nothing elsewhere
                    t = Token("row", t.target, t.start, t.end, t.text)
                if t.kind == "nofee":
                    # "我们不收费": no 行政事业性收费 (信息处理费 is a narrative fact, read elsewhere).
                    # ("…费不属于行政事业性收费" beside an amount charged says only that charge is none of it)
                    if not re.search(r"处理费", text[max(clause_start, t.start - 8):t.end + 8]) and \
                            not ("行政" in t.text and re.search(r"\d\s*(?:万|亿)?元", text)):
                        self.emit([(1.0, form.FEE_PATH)], 0, t.start, t.end, form.ACTIVE_BY_KEY["fees"].label)
                    continue
                if t.kind == "outcome" and pending and pending[-1].kind == "row" and \
                        pending[-1].target in form.RESULT_KEYS and t.start - pending[-1].end <= 1:
                    continue  # "逾期不缴费终止1件": how a table-3 result ended, not a table-4 outcome
                if t.kind == "other" and self.ledger and _LINE_HEAD.match(text, t.end) and \
                        not text[text.rfind("\n", 0, t.start) + 1:t.start].strip(" \t-*•·、0123456789.（()）"):
                    # "商业企业（15件）：… \n 其他（2件）：（一）予以公开 1": among lines headed by applicants, a
                    # line headed 其他 is the applicant 其他, not the result group.
                    t = Token("applicant", form.APPLICANTS[5].index, t.start, t.end, t.text)
                if t.kind in ("t2row", "applicant", "legal") and \
                        (asked := list(_ASKED_FOR.finditer(text, max(clause_start, t.start - 12), t.start))) and \
                        not (asked[-1].group(0).startswith(("申请", "要求")) and
                             re.fullmatch(r"[\s的:：有是]*", text[asked[-1].end():t.start])) and \
                        not re.search(r"\d", text[asked[-1].end():t.start]):
                    # "一个问的是民营医院的收费明细": a word of the tables in what a case asked for is none (not
                    # "申请公开的个人3件", "要求公开：个人3件": who asked, right after the words)
                    continue
                if t.kind in MAIN:
                    pending.append(t)
                    used_heads.append(t)
                    self.topic(t)
                elif t.kind == "applicant" and t.start in trailing.values():
                    continue  # "4个个人1个律所": the kind of the figure before it, given to that figure already
                elif t.kind == "applicant":
                    applicant = t
                    used_heads.append(t)
                    m = _SCOPE.match(text, t.end)
                    if m and re.search(r"\d", m.group(0)) and re.match(r"\s*[，,、]", text[m.end():]) and \
                            (nxt := re.match(r"\s*[，,、]\s*(\D{0,16}?)\d", text[m.end():m.end() + 20])) and \
                            any(x.kind in ("applicant", "legal") and m.end() < x.start < m.end() + nxt.end()
                                for x in self.all_toks):
                        m = None  # "个人申请的2件，公司申请的1件": a list of who applied, not a scope
                    if m and re.search(r"\d", m.group(0)) and \
                            re.match(r"\s*(?:[。；;\n]|$|[，,、]\s*(?:还有|另有|另外|以及))", text[m.end():]) and \
                            (prev := re.search(r"(?:申请)?的?\s*\d+\s*件\s*[，,、]\s*(?:还有|另有|另外|以及)?\s*$",
                                               text[max(0, t.start - 14):t.start])) and \
                            any(x.kind in ("applicant", "legal") and t.start - 14 <= x.end and x.start < t.start - len(prev.group(0))
                                for x in self.all_toks):
                        m = None  # "个人的13件，公司的2件。": the list's last item, not a scope
                    # (the question's heads an answer opens with are no words of this clause: "问：予以公开？答：公司那件…")
                    if m and clause_numbers == 0 and not [x for x in pending if x.start >= self.sentence_start]:
                        # "公司那两件都公开了": that applicant's applications, counted before; what follows is theirs.
                        self.scope, self.scope_at = t, clause_start
                        # ("企业的申请都公开了": to the clause's end — "个人的申请都是网上交的，公开5件" says no more
                        # of whose the figures after it are)
                        stop = re.search(r"[，,；;。\n]" if "申请" in m.group(0) else r"[。\n]", text[t.end:])
                        self.scope_end = t.end + stop.start() if stop else len(text)
                        # "部分公开2件（就是企业那2件），本机关不掌握3件": said inside brackets, it ends with them.
                        opened = max(text.rfind("（", 0, t.start), text.rfind("(", 0, t.start))
                        if opened > max(text.rfind("）", 0, t.start), text.rfind(")", 0, t.start)):
                            close = [i for i in (text.find("）", t.end), text.find(")", t.end)) if i >= 0]
                            self.scope_end = min([self.scope_end] + close)
                        if not re.search(r"\d|[一两二三四五六七八九十]", m.group(0)) or self._told_for(t):
                            self.muted.append((t.end, m.end()))
                        # (else "收了7件申请，企业的2件，其余是个人的": no count of theirs yet, so this is it)
                        # "公司的3件：…", "个人的5件里…": a breakdown of theirs follows, case by case.
                        self.scope_parts = bool(re.search(r"[里中]$", m.group(0)) or _LINE_HEAD.match(text, m.end()))
                    elif clause_numbers == 0 and not pending and not paren_anchor and \
                            (w := _OF_WHICH.match(text, t.end) or _told_apart(text, t.end)):
                        # "自然人7件，其中公开3件、不掌握2件": what 其中 lists is that applicant's, to the stop
                        # (to the bracket's close for "企业3件（其中部分公开1件）").
                        # (its cases told a clause each are that applicant's, as after "个人的5件里")
                        self.scope, self.scope_at = t, clause_start
                        self.scope_parts = w.re is _APPLIED_N
                        stop = re.search(r"[)）]" if w.group(1) and w.group(1) in "（(" else r"[。；;\n]", text[w.end():])
                        self.scope_end = w.end() + stop.start() if stop else len(text)
                        self.breakdown = (t, w.end())  # where the applicant's parts begin
                        self.breakdowns = getattr(self, "breakdowns", []) + [(t, w.end(), self.scope_end)]
                    elif _LINE_HEAD.match(text, t.end) and \
                            not text[text.rfind("\n", 0, t.start) + 1:t.start].strip(" \t-*•·、0123456789.（()）") and \
                            self._ledger_line(t):
                        # "企业：新收 5；公开 2，部分公开 1；结转 1" — a ledger kept by applicant, a line each:
                        # every figure of the line is that applicant's.
                        self.scope, self.scope_at, self.scope_parts = t, t.start, False
                        self.ledger.add(t.target)
                        # "商业企业（15件）：": how many that applicant had — a heading, not a row's figure
                        self.muted.append((t.end, _LINE_HEAD.match(text, t.end).end()))
                        stop = text.find("\n", t.end)
                        self.scope_end = stop if stop >= 0 else len(text)
                elif t.kind == "subject":
                    self.clause_subject = True
                    used_heads.append(t)
                elif t.kind == "legal":
                    legal = True
                    applicant = t
                elif t.kind == "zero" and not self.zero_word(t, toks):
                    continue  # "并无不当", "无纸化": not a zero statement
                else:
                    used_heads.append(t)
                continue
            n: Num = obj
            pos = max(pos, n.end)
            if any(x <= n.start < y for x, y in self.muted):
                continue
            if self.rows_counted(n, pending):
                continue  # "许可、处罚、强制三项共计1500件": 三项 counts the rows, 1500 is theirs
            coded = [t for end, t in self.code_rows if end <= n.start and clause_start <= t.start]
            if coded and not pending:
                self.ctx.row = coded[-1]  # "一=26（其中自然人22…）": the coded row is the topic
            clause_numbers += 1
            if applicant is None and n.start in trailing:
                applicant = next(t for t in toks if t.start == trailing[n.start] and t.kind == "applicant")
            self.number(n, pending, applicant, text[clause_start:n.start], toks, items)
            pending, applicant = [], None
        flush_clause(b)
        self.unlisted_applicants(a, b)
        self.pointed_case(a, b, toks)

    def pointed_case(self, a: int, b: int, toks: list[Token]):
        """"上年结转那件是刘某的", "结转下年的那件是企业申请的", "在办那个是个人的", "结转的是个人，没办完的同上",
        "去年转来那个也是个人" (那个 for 那件), "那个投诉排污的是个人" (the pointer before the row): the one case of a row
        whose figure is 1 is of that applicant (the other columns none; the solver puts the 1 in its column)."""
        bare = {t.start for t in toks if t.kind == "carry"}  # a bare 结转 told apart by its neighbours
        toks = [self._carried_row(t, toks) for t in toks]
        last_who: Token | None = None
        for row, who in zip(toks, toks[1:] + [None]):
            if row.kind != "row":
                continue
            if re.match(r"\s*的?\s*(?:那|这)?\s*(?:一)?\s*件?\s*(?:也)?\s*同上", self.text[row.end:row.end + 9]) and last_who is not None:
                who = Token(last_who.kind, last_who.target, row.end, row.end, last_who.text)  # "没办完的同上"
            elif who is None or who.kind != "applicant" or who.target == TOTAL or \
                    not re.fullmatch(r"\s*(?:的)?\s*(?:那|这)\s*(?:一)?\s*[件个]\s*(?:申请)?\s*(?:也|都)?\s*(?:是|为|属于|系)\s*",
                                     self.text[row.end:who.start]) and \
                    not (row.start in bare and re.fullmatch(r"\s*的\s*(?:也|都)?\s*(?:是|为|属于)\s*", self.text[row.end:who.start])) and \
                    not (re.search(r"(?:那|这)\s*(?:一)?\s*(?:件|个)\s*$", self.text[max(0, row.start - 4):row.start]) and
                         re.fullmatch(r"[^，,。；;\d\s]{0,8}?的\s*(?:也|都)?\s*(?:是|为|属于|系)\s*", self.text[row.end:who.start])):
                continue  # ("年底没办完的是个人" without 那件 is the grammar's; "结转的是个人" beside 没办完 is this one's)
            total = application_path(row.target, TOTAL)
            said = [st.value for st in self.earlier + self.prior + self.out if st.cells == {total}]
            # (a row whose figure was never told, only worked out — "还在办的那件是个人": 那件 says it is one)
            if not said or said[-1] == 1:
                self.all_of([row, who], row.start, who.end)
                last_who = who

    def _carried_row(self, t: Token, toks: list[Token]) -> Token:
        """A bare 结转 pointing at as many cases as 上年结转 had, or beside the other carried row in one sentence
        ("结转的是个人，没办完的同上"): the one not named."""
        if t.kind != "carry":
            return t
        if self._carried_by_count(t):
            return Token("row", "carried_over", t.start, t.end, t.text)  # "结转那件也是个人": as many as 上年结转
        named = {x.target for x in toks if x.kind == "row" and x.target in ("carried_over", "carried_forward")}
        if len(named) != 1:
            return t
        other = "carried_over" if named == {"carried_forward"} else "carried_forward"
        return Token("row", other, t.start, t.end, t.text)


# "4个个人1个律所", "3件企业、2件个人": each figure followed by the kind of applicant it counts.
_GLUED_KIND = re.compile(r"\s*(?:是|为)?\s*$")
_RUN_GAP = re.compile(r"[\s、，,和及]*$")


def _trailing_applicants(text: str, toks: list[Token], nums: list[Num]) -> dict[int, int]:
    """{a figure's start: the start of the applicant word right after it} for a run of two or more figures each
    followed by its kind of applicant — and only when the run's last kind is followed by no figure of its own
    ("新收5件个人3件企业2件" puts each kind before its figure: no run)."""
    kinds = [t for t in toks if t.kind == "applicant"]
    glued: dict[int, Token] = {}
    for n in nums:
        if n.unit not in ("个", "件", "家", "名", "位"):
            continue
        nxt = next((t for t in kinds if t.start >= n.end and t.start - n.end <= 2), None)
        if nxt is not None and _GLUED_KIND.match(text[n.end:nxt.start]):
            glued[n.start] = nxt
    out: dict[int, int] = {}
    run: list[Num] = []
    for i, n in enumerate(nums):
        t = glued.get(n.start)
        if t is not None and (not run or _RUN_GAP.match(text[glued[run[-1].start].end:n.start])):
            run.append(n)
            continue
        out.update(_settled(text, run, glued, nums))
        run = [n] if t is not None else []
    out.update(_settled(text, run, glued, nums))
    return out


def _settled(text: str, run: list[Num], glued: dict[int, Token], nums: list[Num]) -> dict[int, int]:
    if len(run) < 2:
        return {}
    last = glued[run[-1].start]
    after = next((n for n in nums if n.start >= last.end), None)
    if after is not None and _RUN_GAP.match(text[last.end:after.start]):
        return {}  # the kinds stand before the figures that follow them
    return {n.start: glued[n.start].start for n in run}
