"""A grammar of officials' notes: sentences of heads (rows, groups, applicants, table-4 groups and
outcomes, table-2 rows and columns), numbers and function words, read left to right with a context.

A number binds to the nearest head before it in its clause (after the previous number), else to the
head right after it ("1件维持"), else to the current topic (the last head of the sentence, or the head a
parenthesis hangs from). An applicant word before a number picks the column. Quantifiers and zero words
bind to the heads of their own clause, or the topic, with that scope only. Everything becomes a linear
statement for the solver, quoted with the words it came from.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from ..form import address, official as form
from ..form.official import TOTAL, application_path, review_path
from ..model.numbers import MAX_DIGITS, cn_number
from .classify import inside, noise
from .outline import read_outline
from .solver import Statement
from .lexicon import CORRECTION, PERIOD, Token, fold, tokens

_TABLE_UNITS = {"", "件", "个", "宗", "起", "份", "项", "笔", "例"}
# A number: Arabic with optional thousands separators and decimals, or Chinese numerals before a unit.
_NUMBER = re.compile(
    r"(?<![\d.])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s*(万元|万|元|%|％|件|个|宗|起|份|项|笔|例|条|篇|次|场|期|人次|人|家|名|个月|天|分|个百分点|小时|岁)?"
    r"|([零〇两一二三四五六七八九十百千万]+(?:点[零〇一二三四五六七八九]+)?)\s*(件|个|宗|起|份|项|笔|例|条|篇|次|场|期|人次|家|名|万元|元|"
    r"万(?=[\s，,。；;、)）]|$))")
_NOT_COUNT_AFTER = ("年", "月", "日", "号", "时", "点", "岁", "周岁", "级", "版", "楼", "层", "届", "批次", "季度")
_LIST = set("、和及与/")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_CLAUSE = set("，,；;。!！?？\n")
_CLAUSE_WINDOW = 200  # characters: no clause of a note is longer; past it a number's clause is not looked for


@dataclass
class Num:
    value: float
    unit: str
    start: int
    end: int
    each: bool = False      # "一件…另一件…": one case of several told one by one


@dataclass
class Reading:
    statements: list[Statement] = field(default_factory=list)
    cases: list[tuple[str, int, int]] = field(default_factory=list)  # (row key, column or -1, message)


def numbers(text: str) -> list[Num]:
    out = []
    spans = noise(text)
    for m in _NUMBER.finditer(text):
        if inside(spans, m.start(), m.end()):
            continue  # a date, a phone number, a document number, arithmetic …: not a table figure
        if m.group(1) is not None:
            digits = m.group(1).replace(",", "")
            if len(digits) > MAX_DIGITS:
                continue
            value = float(digits + (m.group(2) or ""))
            unit = m.group(3) or ""
            end = m.end() if unit else m.end(2 if m.group(2) else 1)  # a space after a bare figure separates
        else:
            whole, _, frac = m.group(4).partition("点")  # "十三点六万元": spoken decimals
            v = cn_number(whole)
            if v is None:
                continue
            if frac:
                v = float(f"{int(v)}.{''.join(str(int(cn_number(ch) or 0)) for ch in frac)}")
            value, unit, end = float(v), m.group(5), m.end()
        after = text[end:end + 2]
        if not unit and after.startswith(_NOT_COUNT_AFTER):
            continue
        if unit == "个" and re.match(r"数字|数据|数|字|地方|问题|意见", after):
            continue  # "两个数字打反了": a count of the notes' own figures, not a table figure
        if unit == "个" and m.group(4) == "一" and re.match(r"[\u4e00-\u9fff]", after) and \
                not re.match(r"是|为|属|被|已|都|均|也|还|要|没|未|予|不|因|涉|申请|公开|部分|在|给", after):
            continue  # "是一个专业合作社申请的": an article, not a count
        if value == 1 and re.match(r"\s*(?:都|也)(?:没|无|未)", text[end:end + 4]):
            continue  # "一件都没有": none
        before = text[max(0, m.start() - 1):m.start()]
        if before == "第" or (before in ("〔", "[") and not unit):
            continue
        digits = m.group(1) or ""
        if not unit and (len(digits) > 1 and digits.startswith("0") or
                         before in ("(", "（") and re.fullmatch(r"(19|20)\d\d", digits) and text[end:end + 1] in ")）"):
            continue  # case and file numbers: "（2024）东01行初45号"
        line_start = text.rfind("\n", 0, m.start()) + 1
        if not unit and re.fullmatch(r"[\s\-*•·(（]*", text[line_start:m.start()]) and \
                re.match(r"[.、)）](?!\d)", text[end:end + 1]):
            continue  # "1." "3、" "（2）" numbering a list
        if unit == "万" and not re.match(r"\s*[\u4e00-\u9fff\d]", text[end:end + 2]):
            unit = "万元"  # "易地建设费收了一百二十六点四万": an amount said without 元
        if unit == "万":
            value, unit = value * 10000, ""
        if unit == "％":
            unit = "%"
        each = bool(re.fullmatch(r"[一1两2]", m.group(4) or m.group(1) or "")) and \
            bool(re.search(r"(另外|另|还有|其中|第.)$", text[max(0, m.start() - 3):m.start()])
                 or (m.start() == 0 or text[m.start() - 1] in "，,；;。\n"))
        out.append(Num(value, unit, m.start(), end, each))
    # Spoken numerals that take no unit ("依申请就俩", "处罚仨") and fractions of a base ("四分之一是企业").
    for m in re.finditer(r"(?<![\u4e00-\u9fff])?(俩|仨)(?![\u4e00-\u9fff]{0,1}[人])", text):
        if not inside(spans, m.start(), m.end()):
            out.append(Num(2.0 if m.group(1) == "俩" else 3.0, "件", m.start(), m.end()))
    for m in re.finditer(r"(?:占|是)\s*(一半|半数)", text):
        if not inside(spans, m.start(1), m.end(1)):
            out.append(Num(50.0, "%", m.start(1), m.end(1)))
    for m in re.finditer(r"(?:占|约占|大约占)\s*(([一二两三四五六七八九])\s*成)(?![\u4e00-\u9fff])", text):
        if not inside(spans, m.start(1), m.end(1)):  # "自然人占八成": tenths, as clerks say shares
            out.append(Num(10.0 * cn_number(m.group(2)), "%", m.start(1), m.end(1)))
    for m in _FRACTION.finditer(text):
        den, num = cn_number(m.group(1)), cn_number(m.group(2))
        if den and num is not None and 0 < num <= den and not inside(spans, m.start(), m.end()):
            out.append(Num(round(100 * num / den, 6), "%", m.start(), m.end()))
    # "一个没发", "一件也没有": not a single one — the zero word after it says the figure.
    out = [n for n in out if not (text[n.start:n.end] in ("一个", "一件", "一起", "一宗", "一条") and
                                  re.match(r"\s*(?:也|都)?(?:没|未)", text[n.end:n.end + 3]))]
    out.sort(key=lambda x: x.start)
    return out


# Last year's figure said beside this year's change ("（去年是11件）").
_LAST_YEAR = re.compile(r"(?:去年|上年|上一年|上年度)(?:同期)?(?:是|为|有|共|全年)?[^\d一二两三四五六七八九十，,。;；]{0,4}?"
                        r"(\d{1,3}(?:,\d{3})+|\d+|[一二两三四五六七八九十百]+)\s*件")


_MONTH = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月份?"
_MONTH_ITEM = re.compile(rf"{_MONTH}\s*(?:收到|有|是)?\s*(\d+|[一两二三四五六七八九十]+)\s*件")
_MONTH_RUN = re.compile(rf"(?:{_MONTH}\s*(?:收到|有|是)?\s*(?:\d+|[一两二三四五六七八九十]+)\s*件[\s,，、;；]*){{12}}")
_MONTHS_THEN_NONE = re.compile(rf"((?:{_MONTH}\s*(?:收到|有|是)?\s*(?:\d+|[一两二三四五六七八九十]+)\s*件[\s,，、;；]*){{2,}})"
                               r"(?:其他|其余|别的|剩下的?)(?:几个)?月份?(?:都|均|也)?(?:没有|没|无|为0|是0|是零)")


def _comma_before(text: str, i: int) -> int:
    """The last comma before `i` (the text is folded: a full-width comma reads as ",")."""
    return max(text.rfind("，", 0, i), text.rfind(",", 0, i))


# "公司那两件", "律所那件", "个人的5件里": a count said again to name whose applications follow.
_SCOPE = re.compile(r"(?:的|那|这)(?:[\d]+|[一两二三四五六七八九十]+)?\s*件(?:里面?|中|当中|之中)?(?:有)?")
# "一件是…", "两件都是…": what follows names the kind of all of the figure before it.
_IS_OF = re.compile(r"\s*(?:件|个|起|宗)?[\s，,]*(?:也|都|均|全){0,2}(?:是|为|系|属于?)(?!否)")
_FRACTION = re.compile(r"([一二三四五六七八九十两\d]{1,3})\s*分之\s*([一二三四五六七八九十两\d]{1,3})")


_MARK = re.compile(r"(?:(另外|另有|另|还有|剩下的?|其余的?|其中|第[一二三四五六七八九十])\s*)?(?<![\d一二三四五六七八九十两])"
                   r"(\d+|[一两二三四五六七八九十]+)\s*(?:(?:件|起|宗)(?=[\s，,]*(?![里中])[\u4e00-\u9fff])|"
                   r"个(?=\s*(?:是|为|属|被|已|都|均|也|还|要|没|未|予|不|因|涉|申|公|部|在|给)))")


def case_segments(text: str) -> list[tuple[int, int, int]]:
    """Applications or cases told one by one: "一件是村民申请…公开了；另一件是公司申请…部分公开".
    (start, end, count) per case. A case starts a clause; a sentence holds cases only when one of them
    says "另/另外/还有/其余/第二…" — a lone "3件是…" is an ordinary figure."""
    out = []
    for sent in re.finditer(r"[^。\n]+", text):
        s = sent.group(0)
        # A case opens a clause ("一件是…", "另1件…"); "收到申请12件" inside a clause is an ordinary figure.
        marks = [m for m in _MARK.finditer(s)
                 if ((m.group(1) and not m.group(1).startswith("其中")) or m.start() == 0 or
                     s[m.start() - 1] in "，,；;：: (（、") and
                 (m.group(1) or not re.match(r"[\s，,]", s[m.end():m.end() + 1]))]  # "还有一件，是…" (dictated)
        if not any(m.group(1) and not m.group(1).startswith("其中") for m in marks) and len(marks) < 2:
            continue
        base = sent.start()
        for k, m in enumerate(marks):
            start = base + m.start()
            end = base + marks[k + 1].start() if k + 1 < len(marks) else sent.end()
            # A case never runs past the bracket or the semicolon that closes it ("复议3件（2件维持，1件纠正），诉讼…").
            depth = 0
            for j in range(start, end):
                ch = text[j]
                if ch in "(（":
                    depth += 1
                elif ch in ")）" and depth:
                    depth -= 1
                elif ch in ")）；;":
                    end = j
                    break
            for c in re.finditer(r"[，,]|(?<=[\u4e00-\u9fff])[ 　]+(?=[\u4e00-\u9fff])", text[start:end]):
                after = text[start + c.end():end]
                clause = re.split(r"[，,；;]|(?<=[\u4e00-\u9fff])[ 　]+(?=[\u4e00-\u9fff])", after, maxsplit=1)[0]
                if _NEW_TOPIC.match(text, start + c.end()) or \
                        re.match(r"\s*(?:哦|噢|啊|呃)?\s*(?:不对|不是|说错|口误)", after) or \
                        (c.start() > m.end() - m.start() and
                         any(x.unit in ("件", "个", "起", "宗") for x in numbers(clause))):
                    # "一件是公司申请的，去年没有结转过来的": the next clause is another topic; "还有一件撤回了，
                    # 结转到明年的两件": a clause with a count of its own is a figure of its own, not this case's.
                    end = start + c.start()
                    break
            count = cn_number(m.group(2))
            inner = [x for x in numbers(text[start + (m.end() - m.start()):end]) if x.unit in ("件", "个", "起", "宗")]
            if inner and not m.group(1):
                continue  # "6件都按时答复了：公开4件，部分公开1件": a total and its breakdown, not one case
            if count:
                out.append((start, end, int(count)))
    # A numbered list of cases, one a line ("（2）〔2024〕湘04行初52号，原告某公司，裁定驳回起诉"): each item
    # that names a result or an outcome and gives no count is one case.
    for line in re.finditer(r"(?m)^[ \t]*(?:[（(]\d{1,2}[)）]|\d{1,2}[.、．](?!\d)|[①②③④⑤⑥⑦⑧⑨⑩])[^\n]*", text):
        if any(a <= line.start() < b for a, b, _ in out) or numbers(line.group(0)):
            continue
        if any(t.kind in ("outcome",) or t.kind == "row" and t.target in form.RESULT_KEYS
               for t in tokens(line.group(0))):
            out.append((line.start(), line.end(), 1))
    return sorted(out)


# An applicant word heading a line: "个人：", "公益组织（某助学基金会）：".
_LINE_HEAD = re.compile(r"\s*(?:[（(][^）)\n]{0,20}[)）])?\s*[：:]")
# "去年结转的1件…", "2023年12月结转过来的1件…", "另：2024年结转1件（…）": the carried-over applications and the
# rest of their sentence.
_CARRIED_CASE = re.compile(r"(?:上年|去年|上一年|上年度|(?:19|20)\d\d\s*年(?:\s*\d{1,2}\s*月份?)?)\s*(?:结转|转)(?:过来|来)?的?"
                           r"\s*(\d+|[一两二三四五六七八九十]+)\s*件([^。；;\n]*)")
_BRACKETED = re.compile(r"(?<=[\u4e00-\u9fff])[（(]((?:\s*\d{1,3}(?:\.\d+)?\s*)|\s*)[)）](?![\u4e00-\u9fff]{0,2}[号〕])")
_QUESTION = re.compile(r"\s*(?:问|提问|Q\d*)\s*[：:]")
_ANSWER = re.compile(r"\s*(?:答|回答|A\d*)\s*[：:]")
_RELATIVE = re.compile(r"比[^，,；;。]{1,14}?(多|少)了?\s*$")
_SPOKEN_FIX = re.compile(r"(?:不对|说错了|错了|口误)(?:[，,\s]*不对)*[，,\s]*(?:是|应该是|应为|改成|改为)?\s*$|"
                         r"(?:→|⇒|->|—>)\s*(?:更正|改正|订正|改为|改成|应为)\s*[：:]?\s*$|(?<=\d件)\s*(?:→|⇒|->)\s*$|"
                         r"不是\s*[\d一二两三四五六七八九十]{1,3}\s*[件个起]?\s*[，,]\s*(?:而)?是\s*$")
_NEW_TOPIC = re.compile(r"\s*(?:然后|另外|还有|再就是|再)?\s*(?:没有|也没有|无)?\s*(?:去年|上年|今年|本年|年底|年末|复议|诉讼|行政复议|行政诉讼|"
                        r"表[二三四]|主动公开|许可|处罚|强制|收费|规范性文件|规章|网站|结果)")

_RESULT_PRIORITY = ["partially_granted"] + [k for k in form.RESULT_KEYS if k not in ("granted", "partially_granted")] + \
    ["granted"]


# A line that is one head and nothing else but particles ("个人", "公开了", "都是自然人"): a terse answer.
_ALONE = re.compile(r"[\s，,。.！!~～]*(?:都是|都|全部|全是|均为|均)?(?:已经|已)?(?:予以)?[\s]*(?:了|的|哈|啊|呀)?[\s，,。.！!~～]*")


_SPOKEN_PAUSE = re.compile(r"(?<=[\u4e00-\u9fff\d)）])[ 　](?=[\u4e00-\u9fff])")


class _Context:
    def __init__(self):
        self.row: Token | None = None        # table-3 topic (row, group or apps)
        self.rgroup: Token | None = None     # table-4 topic
        self.t2row: Token | None = None      # table-2 topic


MAIN = {"row", "group", "apps", "rgroup", "litigation", "outcome", "t2row", "t2col", "ignore", "other"}


class MessageReader:
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

    # statements ---------------------------------------------------------------------------------
    def emit(self, terms: list[tuple[float, str]], value: float, start: int, end: int, label: str, each=False,
             source: str = "notes", slot: str = "", strength: float = 1.0):
        merged: dict[str, float] = {}
        for c, p in terms:
            merged[p] = merged.get(p, 0.0) + c
        terms = [(c, p) for p, c in merged.items() if abs(c) > 1e-12]
        if not terms:
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
        return self.raw[a:b].strip(" \t：:")

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
            groups = [head.target] if head.kind == "rgroup" else ["litigation_direct", "litigation_after_review"]
            return [review_path(g, k) for g in groups]
        if head.kind == "t2row":
            row = form.ACTIVE_BY_KEY[head.target]
            return list(row.paths) if len(row.paths) == 1 else []
        return []

    def t3_topic(self) -> Token:
        return self.ctx.row or Token("apps", None, 0, 0, "")

    # the sentence walk ---------------------------------------------------------------------------
    def read(self) -> list[Statement]:
        # Dictated notes without punctuation: a space between words stands for a comma (written as one, so
        # that clauses, cases and quotes end there; the length, and so every offset, stays the same).
        self.unpunctuated = len(re.findall(r"[，,。；;]", self.text)) * 40 < len(self.text)
        if self.unpunctuated:
            self.text = _SPOKEN_PAUSE.sub("，", self.text)
        # A form filled in with figures in brackets ("制发（0）废止（1）", "新收申请（6）"): the brackets are cells.
        self.text = _BRACKETED.sub(lambda m: " " + m.group(1) + " ", self.text)
        text = self.text
        toks = [t for t in tokens(text)]
        nums = numbers(text)
        self.cases = case_segments(text)
        self.all_toks = toks
        self.codes_and_triples(text, toks)
        # Sentences: clause punctuation and line breaks; parentheses stay inside their sentence.
        bounds = [0] + [i + 1 for i, ch in enumerate(text) if ch in "。；;!！?？\n"] + [len(text) + 1]
        for a, b in zip(bounds, bounds[1:]):
            if b - a > 1:
                self.sentence(a, b - 1, [t for t in toks if a <= t.start < b], [n for n in nums if a <= n.start < b])
        self.months_told(text)
        self.carried_results(text)
        return self.out

    def _ledger_line(self, head: Token) -> bool:
        """A line of a ledger kept by applicant: one kind of applicant and rows of table 3 ("个人：新收 27，公开 11"),
        not a list of applicants ("个人：3件，企业：2件，共5件")."""
        a = self.text.rfind("\n", 0, head.start) + 1
        b = self.text.find("\n", head.end)
        b = b if b >= 0 else len(self.text)
        line = [t for t in self.all_toks if a <= t.start < b]
        return len({t.target for t in line if t.kind == "applicant"}) == 1 and \
            any(t.kind == "row" or t.kind == "open" for t in line)

    def carried_results(self, text: str):
        """"去年结转的1件也办完了（公开）", "2024年结转1件（个人，…予以公开）": the result of applications carried over
        from last year, told apart from this year's. They count in this year's results: added to the result
        row's figure (source "more", summed in `_cases`)."""
        for m in _CARRIED_CASE.finditer(text):
            count = cn_number(m.group(1))
            if not count or re.search(r"含|包括|其中", text[max(0, m.start() - 12):m.start()]):
                continue
            cut = re.search(r"[，,]\s*(?:今年|本年|新收|收到|其余|其他|剩下)", m.group(2))
            tail_end = m.start(2) + cut.start() if cut else m.end(2)
            toks = [self.reinterpret(t) for t in self.all_toks if m.start(2) <= t.start < tail_end]
            if any(t.kind in ("zero", "not", "rest") or t.kind == "row" and t.target == "carried_forward" for t in toks):
                continue  # "…还没办完": still pending; "无…": says what there was not
            results = {t.target for t in toks if t.kind == "row" and t.target in form.RESULT_KEYS or t.kind == "open"}
            if len(results) != 1 or any(n.unit in ("件", "个", "起") for n in numbers(text[m.start(2):tail_end])):
                continue  # no single result, or a breakdown of its own that the grammar has read
            row = results.pop()
            label = f"上年结转的{int(count)}件：{form.APP_BY_KEY[row].short}"
            self.emit([(1.0, application_path(row, TOTAL))], count, m.start(), m.end(), label, source="more")
            who = {t.target for t in toks if t.kind == "applicant" and t.target != TOTAL}
            if len(who) == 1:
                self.emit([(1.0, application_path(row, who.pop()))], count, m.start(), m.end(), label, source="more")

    def months_told(self, text: str):
        """"一月份两件 三月份一件 五月份三件 …其他月份都没有": the months said and none in the others make the
        year's receipts (months alone, without the rest said to be none, are not the year)."""
        spans = [(m.start(), m.end(), m.group(1)) for m in _MONTHS_THEN_NONE.finditer(text)]
        for m in _MONTH_RUN.finditer(text):  # "1月2件，2月0件，…12月2件": every month told
            if len(_MONTH_ITEM.findall(m.group(0))) == 12 and not any(a <= m.start() < b for a, b, _ in spans):
                spans.append((m.start(), m.end(), m.group(0)))
        for a, b, run in spans:
            got = [cn_number(v) if not v.isdigit() else float(v) for v in _MONTH_ITEM.findall(run)]
            if len(got) >= 2 and all(v is not None for v in got):
                self.emit([(1.0, application_path("new_received", TOTAL))], sum(got), a, b,
                          f"各月合计（{len(got)}个月）", strength=0.9)

    def sentence(self, a: int, b: int, toks: list[Token], nums: list[Num]):
        text = self.text
        self.sentence_start = a
        self.waiting = []
        self.all_said = False
        self.clause_subject = False
        if a >= getattr(self, "scope_end", -1):  # "个人的5件里…；剩下的…": the scope runs to the full stop
            self.scope: Token | None = None    # "个人的5件里…", "公司那两件…": the applicant spoken of
            self.scope_at = -1
        self.forward: tuple[Num, Token | None] | None = None  # "有2件是问别人的，属于隐私": its head comes next
        seg = text[a:b]
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
        cases = [c for c in self.cases if a <= c[0] < b]
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
                self.forward = None
                rows = [t for t in used_heads if t.kind in ("row", "group")]
                if rows and clause_numbers == 0:
                    self.bind(rows[0], n0, ap, 0.8)
                    clause_numbers = 1
            self.clause_end(clause_start, end, used_heads, clause_numbers, applicant, inside)
            # Heads left without a figure wait for one in the next clause ("处罚、强制：无此职能，均为0").
            if used_heads or clause_numbers:  # a clause of other words ("（户籍、出入境等）") leaves them waiting
                self.waiting = [t for t in used_heads if t.kind in MAIN - {"ignore", "other"}] \
                    if clause_numbers == 0 and not any(t.kind == "zero" for t in used_heads) else []
            pending, used_heads, applicant, legal, clause_numbers = [], [], None, False, 0
            clause_start = end
            anchor = self.ctx.row
            self.r_anchor = self.ctx.rgroup

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
                        paren_anchor.pop()
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
                if t.kind == "carry0":
                    used_heads.append(Token("zero", None, t.start, t.end, t.text))
                    t = Token("carry", None, t.start, t.end, t.text)
                if t.kind == "carry":
                    # "上年没有结转", "去年结转3件" vs "结转2件": the year is in the words before it;
                    # "年初年末都没有结转" names both.
                    lead = text[min(clause_start, self.sentence_start if self.unpunctuated else clause_start):t.start]
                    if self.unpunctuated:
                        lead = lead.replace("，", "")  # "去年 没转": the pause is not a clause break here
                    past = re.search(r"(上年|去年|上一年|上年度|以前年度|往年|年初|(?:19|20)\d\d\s*年度?)[^，,；;。至到]{0,6}$", lead)
                    both = past and re.search(r"(年末|年底|下年|明年|下一年)", lead)
                    if both:
                        extra = Token("row", "carried_over", t.start, t.end, t.text)
                        pending.append(extra)
                        used_heads.append(extra)
                    t = Token("row", "carried_over" if past and not both else "carried_forward", t.start, t.end, t.text)
                t = self.reinterpret(t)
                if t.kind == "open":
                    row = self.ctx.row
                    listed = any(x.kind in ("row", "group") and x.target in form.RESULT_KEYS + tuple(form.GROUP_KEYS)
                                 for x in self.all_toks if x is not t)
                    alone = _ALONE.fullmatch(text[a:b].replace(t.text, "", 1))
                    if not listed and not alone and (row is None or row.kind != "row" or
                                                     row.target not in form.RESULT_KEYS + ("total_processed",)):
                        continue  # "公开11" means 予以公开 in a list of results or after 办结, nothing elsewhere
                    t = Token("row", t.target, t.start, t.end, t.text)
                if t.kind == "nofee":
                    # "我们不收费": no 行政事业性收费 (信息处理费 is a narrative fact, read elsewhere).
                    if not re.search(r"处理费", text[max(clause_start, t.start - 8):t.end + 8]):
                        self.emit([(1.0, form.FEE_PATH)], 0, t.start, t.end, form.ACTIVE_BY_KEY["fees"].label)
                    continue
                if t.kind == "outcome" and pending and pending[-1].kind == "row" and \
                        pending[-1].target in form.RESULT_KEYS and t.start - pending[-1].end <= 1:
                    continue  # "逾期不缴费终止1件": how a table-3 result ended, not a table-4 outcome
                if t.kind in MAIN:
                    pending.append(t)
                    used_heads.append(t)
                    self.topic(t)
                elif t.kind == "applicant":
                    applicant = t
                    used_heads.append(t)
                    m = _SCOPE.match(text, t.end)
                    if m and clause_numbers == 0 and not pending:
                        # "公司那两件都公开了": that applicant's applications, counted before; what follows is theirs.
                        self.scope, self.scope_at = t, clause_start
                        stop = re.search(r"[。\n]", text[t.end:])
                        self.scope_end = t.end + stop.start() if stop else len(text)
                        self.muted.append((t.end, m.end()))
                    elif _LINE_HEAD.match(text, t.end) and \
                            not text[text.rfind("\n", 0, t.start) + 1:t.start].strip(" \t-*•·、0123456789.（()）") and \
                            self._ledger_line(t):
                        # "企业：新收 5；公开 2，部分公开 1；结转 1" — a ledger kept by applicant, a line each:
                        # every figure of the line is that applicant's.
                        self.scope, self.scope_at = t, t.start
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
            coded = [t for end, t in self.code_rows if end <= n.start and clause_start <= t.start]
            if coded and not pending:
                self.ctx.row = coded[-1]  # "一=26（其中自然人22…）": the coded row is the topic
            clause_numbers += 1
            self.number(n, pending, applicant, text[clause_start:n.start], toks, items)
            pending, applicant = [], None
        flush_clause(b)
        self.unlisted_applicants(a, b)

    def unlisted_applicants(self, a: int, b: int):
        """"个人5件，医药公司2件，律所1件" with no total: the applicants not listed had none. Weak: a total
        said elsewhere ("共9件") wins, and the gap is then an applicant nobody named."""
        rows: dict[str, dict[int, Statement]] = {}
        for st in self.out:
            if st.span[0] < a or len(st.terms) != 1 or st.value <= 0:
                continue
            where = address.parse(st.terms[0][1])
            if where.table == "applications" and where.col != TOTAL and where.row in ("new_received", "carried_over"):
                rows.setdefault(where.row, {})[where.col] = st
        said = {p for st in self.prior + self.out for _, p in st.terms}
        for row, cols in rows.items():
            if len(cols) < 2 or application_path(row, TOTAL) in said:
                continue
            for c in form.PARTIES:
                if c not in cols and application_path(row, c) not in said:
                    self.emit([(1.0, application_path(row, c))], 0, a, b, f"{form.APP_BY_KEY[row].short}（未列出的申请人）",
                              strength=0.5)

    def case(self, a: int, b: int, count: int, toks: list[Token]):
        """One case (or several alike): its applicant, its result row or table-4 outcome, counted."""
        toks = [self.reinterpret(t) for t in toks]  # "复议2件，1件维持，1件申请人撤回": 撤回 is an outcome there
        # "因涉及第三方台商企业的商业秘密": the third party is not the applicant.
        toks = [t for t in toks if not (t.kind == "applicant" and
                                        re.search(r"第三方|涉及|他人|别人", self.text[max(a, t.start - 8):t.start]))]
        appl = next((t for t in toks if t.kind == "applicant"), None)
        rows = [t.target for t in toks if t.kind == "row" and t.target in form.RESULT_KEYS] or \
            [t.target for t in toks if t.kind == "open"][:1]  # "1个公开": a case told by its result
        groups = [t for t in toks if t.kind == "group"]
        outcomes = [t for t in toks if t.kind == "outcome"]
        rgroups = [t for t in toks if t.kind in ("rgroup", "litigation")]
        others = [t for t in toks if t.kind == "row" and t.target in ("carried_forward", "carried_over", "new_received")]
        if not (rows or groups or outcomes or rgroups or others):
            last = self.out[-1] if self.out else None
            where = address.parse(last.terms[0][1]) if last is not None and len(last.terms) == 1 else None
            if appl is not None and where is not None and last.span[0] >= self.sentence_start and \
                    where.table == "applications" and where.col != TOTAL:
                # "个人22件，企业5件，还有一件是律师事务所的": the list of applicants goes on.
                row = where.row
                self.emit([(1.0, application_path(row, appl.target))], count, a, b,
                          f"{form.APP_BY_KEY[row].short}（{appl.text}）", each=True)
                return
            if appl is not None and self.ctx.row is not None:
                # "3件是企业申请的，2件是个人申请的": the topic row by applicant.
                self.emit([(1.0, p) for p in self.cells_of(self.ctx.row, appl.target)], count, a, b,
                          f"{self.ctx.row.text}（{appl.text}）", each=True)
            return
        if rgroups or (outcomes and not rows and self.ctx.rgroup is not None):
            g = rgroups[-1] if rgroups else self.ctx.rgroup
            self.ctx.rgroup = g
            if rgroups:  # "另1件是直接起诉的": the case names its kind; "另1件仍在审理": only its outcome
                self.emit([(1.0, p) for p in self.cells_of(g, None)], count, a, b, g.text, each=True)
            if outcomes:
                o = outcomes[-1]
                self.emit([(1.0, p) for p in self.cells_of(g, None, o.target)], count, a, b, f"{g.text}{o.text}",
                          each=True)
            return
        row = next((k for k in _RESULT_PRIORITY if k in rows), None)
        if any(t.kind == "row" and t.target == "carried_forward" for t in toks):
            row = None  # "另有1件因需征求第三方意见，结转至下一年度": still pending, whatever it concerns
        if row is None:
            # "还有2件要转到明年": a case that names no result but another row of table 3.
            named = {t.target for t in toks if t.kind == "row"}
            row = next((k for k in ("carried_forward", "carried_over", "new_received") if k in named), None)
        if row is not None:
            head = Token("row", row, a, b, form.APP_BY_KEY[row].short)
        elif groups:
            head = groups[-1]
        else:
            return
        self.ctx.row = head
        self.emit([(1.0, p) for p in self.cells_of(head, None)], count, a, b, head.text, each=True)
        if appl is not None:
            self.emit([(1.0, p) for p in self.cells_of(head, appl.target)], count, a, b,
                      f"{head.text}（{appl.text}）", each=True)

    # "三（三）4=1", "一=26", "四：1": rows named by their numbers in the official table.
    _CODE = re.compile(r"(?<![\u4e00-\u9fff\d])([一二三四])(?:[（(]([一二三四五六七])[)）](\d)?)?\s*[=＝:：]\s*(\d+)(?![\d.])")
    # "规章 1/0/12", "行政规范性文件 5/2/40": 制发/废止/现行有效 in the form's order.
    _TRIPLE = re.compile(r"(\d+)\s*/\s*(\d+)\s*/\s*(\d+)")

    def codes_and_triples(self, text: str, toks: list[Token]):
        top = {"一": "new_received", "二": "carried_over", "四": "carried_forward"}
        sub = "一二三四五六七"
        for m in self._CODE.finditer(text):
            head, group, item, value = m.group(1), m.group(2), m.group(3), float(m.group(4))
            key = None
            if head in top and not group:
                key = top[head]
            elif head == "三" and group:
                if group == "一":
                    key = "granted"
                elif group == "二":
                    key = "partially_granted"
                elif group == "七":
                    key = "total_processed"
                elif item:
                    keys = form.GROUP_KEYS[form.T3_GROUPS[sub.index(group) - 2].key]
                    key = keys[int(item) - 1] if 0 < int(item) <= len(keys) else None
            if key is None:
                continue
            self.emit([(1.0, application_path(key, TOTAL))], value, m.start(), m.end(),
                      form.APP_BY_KEY[key].short)
            self.muted.append((m.start(4), m.end(4)))
            self.code_rows.append((m.end(), Token("row", key, m.start(), m.end(), m.group(0))))
        for c in read_outline(text):
            if any(x <= c.start < y for x, y in self.muted):
                continue
            label = form.APP_BY_KEY[c.rows[0]].short if len(c.rows) == 1 else c.code
            self.emit([(1.0, application_path(k, TOTAL)) for k in c.rows], c.value, c.start, c.end, label)
            self.muted.append((c.start, c.end))
            if len(c.rows) == 1:
                self.code_rows.append((c.end, Token("row", c.rows[0], c.start, c.end, c.code)))
        for m in self._TRIPLE.finditer(text):
            before = [t for t in toks if t.end <= m.start() and m.start() - t.end <= 4 and t.kind == "t2row"]
            if not before or len(form.ACTIVE_BY_KEY[before[-1].target].paths) != 3:
                continue
            for path, v in zip(form.ACTIVE_BY_KEY[before[-1].target].paths, m.groups()):
                self.emit([(1.0, path)], float(v), m.start(), m.end(), before[-1].text)
            self.muted.append((m.start(), m.end()))

    _QUARTER = re.compile(r"(?:(?:第)?([一二三四1-4])\s*季度|[Qq]([1-4]))\s*[:：]?\s*(\d+)\s*件")

    def quarters(self, a: int, seg: str, toks: list[Token], nums: list[Num]) -> bool:
        """"一季度3件、二季度5件、三季度2件、四季度4件": the four quarters add up to the year."""
        found = {int(cn_number(q or q2)): int(v) for q, q2, v in self._QUARTER.findall(seg)}
        if set(found) != {1, 2, 3, 4}:
            return False
        self.muted += [(a + m.start(), a + m.end()) for m in self._QUARTER.finditer(seg)]
        first = self._QUARTER.search(seg)
        heads = [t for t in toks if t.start < a + first.start() and t.kind in MAIN - {"ignore", "other"}]
        head = heads[-1] if heads else self.t3_topic()
        self.emit([(1.0, p) for p in self.cells_of(head, None)], sum(found.values()), a + first.start(),
                  a + len(seg), f"{head.text}（四个季度合计）")
        self.topic(head)
        return False  # the rest of the sentence is read as usual ("…Q4 8件，个人19、单位3")
        return True

    def reinterpret(self, t: Token) -> Token:
        """Words whose table depends on what the sentence is about: in a 复议/诉讼 context "撤回" is a
        其他结果 and "收到…件" counts cases, not applications; a head after "不是" is what it is not."""
        if re.search(r"(?:不是|并非|而非|并不是)$", self.text[max(0, t.start - 3):t.start]):
            return Token("ignore", None, t.start, t.end, t.text)
        g, row = self.ctx.rgroup, self.ctx.row
        in_t4 = g is not None and (row is None or g.start > row.start) and g.start >= self.sentence_start
        if not in_t4:
            return t
        if t.kind == "row" and t.target == "other_other":
            return Token("outcome", 2, t.start, t.end, t.text)
        if t.kind in ("row", "apps") and (t.kind == "apps" or t.target == "new_received"):
            return Token("verb", None, t.start, t.end, t.text)
        return t

    def zero_word(self, t: Token, toks: list[Token]) -> bool:
        """无/没有/未 say "none" when they stand at the end of a clause, after a colon, or right before
        a head ("无行政复议", "复议：无", "都没有哈")."""
        text = self.text
        rest = text[t.end:]
        if re.match(r"(?:合计|汇总|统计|加|算|填|报|查|数|核)", rest):
            return False  # "还没合计", "没加": the clerk's own work, not a figure
        if re.search(r"(?:去年|上年|上一年|上年度|前年)(?:也|都|同期)?$", text[max(0, t.start - 5):t.start]) and \
                not re.search(r"结转|遗留|转过来|剩", text[t.end:t.end + 8]):
            return False  # "（判决驳回…），去年没有": last year had none, this year's figure stands
        if re.match(r"[哈啊呀吧呢的了嘛。，,；;！!？?\s]*(?:$|[，,；;。！!？?\n])", rest):
            return True
        if re.match(r"(?:实施|发生|办理|作出|收到|受理|开展|涉及|产生|有过|出现|搞|弄|做|干|采取)(?:过)?[的了过哈]*\s*(?:$|[，,；;。！!？?\n])", rest):
            return True  # "行政强制措施本年没有实施"
        if re.search(r"[:：]\s*$", text[:t.start]) or re.search(r"[:：]\s*(?:均|都|全)?$", text[max(0, t.start - 2):t.start]):
            return True
        nxt = next((x for x in toks if x.start >= t.end), None)
        return nxt is not None and nxt.start - t.end <= 3 and nxt.kind in MAIN | {"applicant", "carry", "apps", "legal"} \
            and not re.search(r"[，,；;。]", text[t.end:nxt.start])

    def topic(self, t: Token):
        row = self.ctx.row
        if t.kind == "apps" and row is not None and row.kind in ("row", "group") and 0 <= t.start - row.end <= 3:
            return  # "上年结转申请47件，其中…": 申请 names what 上年结转 counts, the topic stays
        if t.kind in ("row", "group", "apps"):
            self.ctx.row = t
            self.clause_subject = False  # a row named after "申请人：…" is the topic again
        elif t.kind in ("rgroup", "litigation"):
            self.ctx.rgroup = t
        elif t.kind == "t2row":
            self.ctx.t2row = t

    def number(self, n: Num, pending: list[Token], applicant: Token | None, before: str, toks, items):
        text = self.text
        if n.unit not in _TABLE_UNITS and n.unit not in ("%", "元", "万元"):
            return
        # The clause before the number, looked for within a bounded window (linear on a clause-less text).
        lo = max(0, n.start - _CLAUSE_WINDOW)
        c0 = max(max(text.rfind(ch, lo, n.start) for ch in "，,；;。\n(（") + 1, lo)
        lead = text[c0:n.start]
        if PERIOD.search(text[c0:n.end]) and not re.search(r"全年|本年|今年|年度", lead):
            return  # a figure for one month or quarter is not the year's
        partial = bool(re.search(r"(?:截至|截止|到|至)\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*月(?:底|末|份|中旬|上旬)?",
                                 text[max(0, c0 - 20):n.start]))
        if re.search(r"\d{1,2}\s*月\s*\d{1,2}\s*[日号]", lead) and not re.search(r"[日号]\s*(?:起|起至|至|到|[-—~～])", lead):
            return  # "12月30日收到1件": one dated event, not the year's count
        if re.search(r"(?:剩下|剩余|其余|余下)(?:的)?$", text[max(0, n.start - 3):n.start]) and \
                re.match(r"\s*[件个起]?\s*[:：]", text[n.end - 1:n.end + 2]):
            return  # "剩下两件：一件…一件…": the cases that follow say what they were
        window = text[max(0, n.start - 4):n.start]
        if re.search(r"不是|而非|并非|不到|超过|近|约|各$", window):
            return  # "是9件不是8件": the negated figure; "近百件": not a count
        if _SPOKEN_FIX.search(text[max(0, n.start - 12):n.start]) and not pending:
            prev = next((st for st in reversed(self.out) if st.span[1] <= n.start and
                         n.start - st.span[1] <= 20 and len(st.terms) == 1), None)
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
        heads = [t for t in pending if t.kind in MAIN]
        if any(t.kind == "ignore" for t in heads[-1:]):
            return
        if n.unit in ("元", "万元"):
            fees = [t for t in heads if t.kind == "t2row" and t.target == "fees"]
            heads = fees[-1:] or heads  # "收费的话易地建设费收了126.4万": 收了 is no 收到 for an amount
        if applicant is None and self.scope is not None:
            applicant = self.scope
        if not heads and self._heads_next(n, toks):
            self.forward = (n, applicant)  # "有2件是问别人报销情况的，属于他人隐私没给"
            return
        rel = _RELATIVE.search(text[c0:n.start])
        rows = [t for t in heads if t.kind in ("row", "group")]
        if rel and len(rows) >= 2 and n.unit in _TABLE_UNITS:
            # "部分公开比不予公开多1件": one row is another's figure plus (or minus) this one.
            a_, b_ = rows[-2], rows[-1]
            sign = 1.0 if rel.group(1) == "多" else -1.0
            self.emit([(1.0, p) for p in self.cells_of(a_, None)] + [(-1.0, p) for p in self.cells_of(b_, None)],
                      sign * n.value, n.start, n.end, f"{a_.text}比{b_.text}{rel.group(1)}")
            return
        # How sure the binding is: a head in the same clause with a table unit is strong; a head found
        # after the number, a heading waiting from an earlier clause or the topic of the sentence is weaker.
        strength = 1.0 if n.unit or self._labelled(n) else 0.8
        clause_toks = [t for t in toks if _comma_before(text, n.start) < t.start < n.start]
        if n.value == 0 and any(t.kind == "rest" for t in clause_toks):
            self.rest_zero(heads or [t for t in clause_toks if t.kind in MAIN], n.start, n.end)
            return
        if n.unit in _TABLE_UNITS and self.versus_last_year(heads[-1] if heads else None, n, c0, applicant):
            return
        in_force = heads and heads[-1].kind == "t2col" and heads[-1].target == "in_force"
        if not (heads and heads[-1].kind == "row" and heads[-1].target == "carried_over") and not in_force and \
                any(t.kind == "past" for t in toks if n.start - 12 <= t.start < n.start and t.end <= n.start
                    and _comma_before(text, n.start) < t.start and not re.match(r"(上年|去年|上一年|上年度)[^，,]{0,4}结转",
                                                                              text[t.start:n.start])):
            return  # last year's figure or a change, not this year's cell
        if not heads and re.match(r"\s*(?:里|中|当中|之中)(?!心)", text[n.end:n.end + 3]) and n.unit:
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
        # A head right after the number: "1件维持", "3件不予公开" (a bare number never binds forward, unless
        # the outcome is glued to it: "fy 2：1维持，1纠正").
        glued = not n.unit and any(t.start == n.end and t.kind == "outcome" for t in toks)
        if not heads and (n.unit or glued):
            listed = any(x.kind == "row" and x.target in form.RESULT_KEYS for x in toks)
            after = [Token("row", t.target, t.start, t.end, t.text) if t.kind == "open" and listed else t
                     for t in toks if t.start >= n.end and t.start - n.end <= 6 and
                     (t.kind in MAIN | {"applicant", "legal"} or t.kind == "open" and listed)
                     and not re.search(r"[，,；;。、:：\n]", text[n.end:t.start])]
            nxt = next((x for k, s, x in items if k == "n" and s > n.start), None)
            after = [t for t in after if nxt is None or t.start < nxt.start]
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
            if after and after[0].kind in MAIN:
                heads = [after[0]]
                self.consumed.add(after[0].start)
                self.topic(after[0])
                strength = min(strength, 0.9)
        # Several heads in a list with a quantifier share the number: "许可、处罚、强制均为0".
        listed = len(heads) > 1 and all(text[x.end:y.start].strip() in _LIST and text[x.end:y.start].strip()
                                        for x, y in zip(heads, heads[1:]))
        if len(heads) > 1 and heads[-1].kind == "apps" and heads[-2].kind in ("row", "group"):
            heads = heads[:-1]  # "上年度结转申请1件": 申请 only names what the row counts
        targets = heads if listed else heads[-1:]
        if len(heads) >= 2 and heads[-1].kind == "group" and heads[-2].kind == "row" and \
                heads[-2].target in form.GROUP_KEYS[heads[-1].target]:
            targets = heads[-2:-1]  # "属于行政执法案卷不予公开2件": the reason names the row
        if len(heads) >= 2 and heads[-2].kind == "group" and heads[-1].kind == "row" and \
                heads[-1].target in form.GROUP_KEYS[heads[-2].target] and \
                re.search(r"就剩|只剩|只有|仅剩|仅有|就只有|就是", text[heads[-2].end:n.start]):
            targets = [heads[-1], heads[-2]]  # "不予处理就剩信访那1件": the reason's figure is the group's too
        if len(targets) == 1 and targets[0].kind == "t2row" and len(form.ACTIVE_BY_KEY[targets[0].target].paths) == 3:
            cols = [t for t in heads if t.kind == "t2col" and t.target != "value"]
            if cols:
                targets = cols[-1:]  # "制发行政规范性文件3件": the verb before the row names the column
        if not targets and applicant is not None and applicant.target == form.TOTAL and not self.clause_subject:
            return  # "新收18件，上年结转2件，合计20件": a sum of what came before, not a cell
        if not targets and self.waiting and applicant is None:
            targets = self.waiting
            self.waiting = []
            strength = min(strength, 0.6)
        if not targets:
            targets = [self.default_head(applicant)]
            if targets[0] is None:
                return
            if applicant is not None:
                targets = [self._beyond_topic(targets[0], n)]
            if applicant is None and not (targets[0].start == targets[0].end == 0):
                strength = min(strength, 0.5)  # the sentence's topic, named in an earlier clause
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
        before = len(self.out)
        for head in targets:
            self.bind(head, n, applicant, strength)
        self._breakdown(n, before)
        if len(targets) == 1 and applicant is None and n.unit in _TABLE_UNITS:
            self.all_one_kind(targets[0], n, toks)

    def versus_last_year(self, head: Token | None, n: Num, c0: int, applicant: Token | None) -> bool:
        """"新收申请比去年多5件（去年是11件）", "予以公开：去年18件，今年多2件": this year's figure is last year's,
        said in the same sentence, plus or minus the change."""
        rel = re.search(r"(比(?:去年|上年|上一年|上年度|(?:19|20)\d\d\s*年度?)(?:同期)?|今年|本年)(?:比(?:去年|上年))?(?:又|还)?"
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

    def _heads_next(self, n: Num, toks: list[Token]) -> bool:
        """A figure told by what it was ("有2件是问别人报销情况的") whose head opens the next clause."""
        m = re.match(r"\s*(?:件|个)?\s*(?:是|为)[^，,。；;\d]{1,24}的?\s*[，,]", self.text[n.end:])
        if not m:
            return False
        start = n.end + m.end()
        cut = re.search(r"[，,。；;\n]", self.text[start:])
        end = start + (cut.start() if cut else len(self.text) - start)
        here = [t for t in toks if n.end <= t.start < start and t.kind in MAIN | {"applicant", "legal", "open"}]
        nxt = [t for t in toks if start <= t.start < end and t.kind in MAIN]
        return not here and bool(nxt) and nxt[0].kind in ("row", "group") and start - n.end < 30

    def all_one_kind(self, head: Token, n: Num, toks: list[Token]):
        """"不予公开一件是涉及商业秘密的", "结转过来一件是合作社申请的", "复议有一件是维持的": the figure just bound
        is all of one reason, applicant or outcome (named before the next figure or punctuation)."""
        m = _IS_OF.match(self.text, n.end)
        if not m:
            return
        stop = min([t.start for t in numbers(self.text[m.end():m.end() + 30])] or [30]) + m.end()
        cut = re.search(r"[，,。；;\n！？]", self.text[m.end():stop])
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
        if latest is not None and latest.kind == "t2row" and latest.start < self.sentence_start and \
                (self.ctx.row or self.ctx.rgroup):
            latest = max([t for t in (self.ctx.row, self.ctx.rgroup) if t is not None], key=lambda t: t.start)
        return latest

    def _beyond_topic(self, head: Token, n: Num) -> Token:
        """"新收28件，去年转过来3件，个人22件，企业5件": a split larger than the topic row's own figure
        belongs to 新收, not to the row named last."""
        if head.kind != "row" or head.target not in ("carried_over", "carried_forward"):
            return head
        total = application_path(head.target, TOTAL)
        said = [st.value for st in self.out if st.cells == {total} and st.message == self.message]
        if said and n.value > said[-1]:
            return Token("row", "new_received", head.start, head.end, head.text)
        return head

    def bind(self, head: Token, n: Num, applicant: Token | None, strength: float = 1.0):
        value = n.value
        label = head.text
        if n.unit in ("元", "万元") or head.kind == "t2row" and head.target == "fees":
            if head.kind != "t2row" or head.target != "fees":
                return
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
                return
            if row is None or len(form.ACTIVE_BY_KEY[row.target].paths) != 3:
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
        self.emit([(1.0, p) for p in cells], value, n.start, n.end, label, n.each, strength=strength)

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

    # a clause without numbers: zero words, quantifiers, a reason in parentheses ------------------
    def clause_end(self, a: int, b: int, heads: list[Token], numbers_in_clause: int, applicant: Token | None,
                   anchor: Token | None = None):
        clause = self.text[a:b]
        if re.search(r"(?:无|没有|没得|莫得|不具备|不享有|不具有)[^，,。；;]{0,6}(?:制定|制发)权", clause):
            # "本单位无规章制定权": that row of table 2 is 0 (written as 0, as clerks do).
            key = "normative_documents" if "规范性文件" in clause and "规章" not in clause else "regulations"
            for p in form.ACTIVE_BY_KEY[key].paths:
                self.emit([(1.0, p)], 0, a, b, f"{form.ACTIVE_BY_KEY[key].label}（无制定权）")
            return
        if not heads:
            return
        kinds = {t.kind for t in heads}
        clause = self.text[a:b]
        if numbers_in_clause == 1 and self._one_applicant(heads, a, b, anchor):
            return
        if kinds <= {"quant", "subject", "apps", "ignore"} and "quant" in kinds and numbers_in_clause == 0 and re.search(r"全部|都是|均为|均是|全都|一律", clause):
            # "全部是查询本人信息的，属于行政查询事项": the next clause names what they all were
            self.all_said = b
            return
        mains = [t for t in heads if t.kind in MAIN - {"ignore"} or t.kind in ("applicant", "legal")]
        if "ignore" in kinds and not (kinds & {"row", "group", "rgroup", "litigation", "t2row", "apps", "outcome"}):
            return
        if numbers_in_clause == 0 and "zero" in kinds and not mains and self.waiting:
            mains = self.waiting  # "许可 无", "年底 无": the head stood alone before the zero word
            self.waiting = []
        rest_rows = [t for t in heads if t.kind == "row" and t.target in form.RESULT_KEYS]
        if self.scope is not None and numbers_in_clause == 0 and len({t.target for t in rest_rows}) == 1 and \
                not kinds & {"zero", "group", "rgroup", "litigation", "t2row", "not"}:
            col, row = self.scope.target, rest_rows[0]
            if "rest" in kinds:  # "剩下的都没有这个信息": that applicant's other applications
                self.rest_zero([], a, b, keep=row.target, col=col)
                return
            if self.scope_at == a:  # "公司那两件都公开了", "律所那件也公开了": all of theirs
                self.emit([(1.0, application_path(row.target, col)),
                           (-1.0, application_path("total_processed", col))], 0, a, b,
                          f"{self.scope.text}的申请均{row.text}")
                return
        if numbers_in_clause == 0 and "rest" in kinds and "zero" not in kinds and len(rest_rows) == 1 and \
                "applicant" not in kinds and not re.search(r"部分(?:没|未|不)", self._sentence_text()):
            # ("涉及个人信息的部分没给，其余给了": the rest of one application's information, not of the applications)
            # "剩下的都是重复申请": every result not named is 0, the rest is that row (the identities say how many).
            self.rest_zero([], a, b, keep=rest_rows[0].target)
            return
        if numbers_in_clause == 0 and "zero" in kinds and "rest" in kinds:
            self.rest_zero(mains, a, b)
            return
        if numbers_in_clause == 0 and "zero" in kinds and not re.search(r"无法|无正当|没有现成", _masked(clause, heads, a)):
            self.zero(mains, a, b)
            return
        t2_topic = self.ctx.t2row is not None and self.ctx.t2row.start >= self.sentence_start and \
            (self.ctx.row is None or self.ctx.t2row.start > self.ctx.row.start)
        if "quant" in kinds and "applicant" in kinds and (numbers_in_clause == 0 or "除" in clause) and t2_topic:
            return  # "处罚两起，都是定点药店…": who was fined, not who applied
        if "quant" in kinds and "applicant" in kinds and (numbers_in_clause == 0 or "除" in clause):
            self.all_of(heads, a, b, rest="rest" in kinds)
            return
        # "无法提供的13件都是本机关不掌握", "不予处理那件是要求提供公开出版物": a group's count, all one reason.
        groups = [t for t in heads if t.kind == "group"]
        unbound = getattr(self, "unbound", [])
        if groups and len(unbound) == 1 and unbound[0].target in form.GROUP_KEYS[groups[-1].target] and \
                unbound[0].start > groups[-1].start:
            g, r = groups[-1], unbound[0]
            self.emit([(1.0, p) for p in self.cells_of(r, None)] + [(-1.0, p) for p in self.cells_of(g, None)], 0,
                      a, b, f"{g.text}均为{r.text}")
            self.ctx.row = r
            return
        appl_only = [t for t in heads if t.kind == "applicant"]
        if getattr(self, "in_paren", False) and numbers_in_clause == 0 and len(appl_only) == 1 and len(mains) == 1 \
                and anchor is not None and \
                anchor.kind in ("row", "group", "apps") and "zero" not in kinds and "rest" not in kinds and \
                not (self.out and self.out[-1].span[1] <= a and not self.out[-1].terms[0][1].endswith(f"[{TOTAL}]")):
            # "上年结转1件（自然人）": the row's applicants, all of that one kind ("社会公益组织1件（一个协会）"
            # only says who that one was).
            self.all_of([anchor, appl_only[0]], a, b)
            return
        if "rest" in kinds and "applicant" in kinds:
            self.all_of(heads, a, b, rest=True)
            return
        if numbers_in_clause == 0 and len(appl_only) == 1 and len(heads) == 1 and appl_only[0].target != TOTAL and \
                _ALONE.fullmatch(self._sentence_text().replace(appl_only[0].text, "", 1)):
            # "个人" on its own line: who applied, all of them.
            self.all_of([Token("row", "new_received", a, b, "申请人"), appl_only[0]], a, b)
            return
        if numbers_in_clause == 0:
            specific = [t for t in heads if t.kind == "rgroup" and t.target != "review"]
            r_anchor = getattr(self, "r_anchor", None)
            if len(specific) == 1 and r_anchor is not None and r_anchor.kind == "litigation":
                # "行政诉讼1件，为复议后起诉": the count all belongs to that kind of suit.
                other = "litigation_direct" if specific[0].target == "litigation_after_review" else \
                    "litigation_after_review"
                self.emit([(1.0, review_path(other, form.REVIEW_TOTAL))], 0, a, b, f"{r_anchor.text}均为{specific[0].text}")
            outcomes = [t for t in heads if t.kind == "outcome"]
            g = self.ctx.rgroup
            told = g is not None and any(
                p in s.cells for s in self.out for p in self.cells_of(g, None, 0) + self.cells_of(g, None, 1) +
                self.cells_of(g, None, 2) + self.cells_of(g, None, 3))
            if outcomes and g is not None and len(outcomes) == 1 and (not told or self.correction) and \
                    not re.search(r"原因|因为|由于|是因|理由", clause):
                # "复议1件，维持": the group's count all had that outcome.
                g = self.ctx.rgroup
                part = self.cells_of(g, None, outcomes[0].target)
                whole = self.cells_of(g, None)
                self.emit([(1.0, p) for p in part] + [(-1.0, p) for p in whole], 0, a, b,
                          f"{g.text}均{outcomes[0].text}", slot=f"outcome-of:{whole[0]}")
                return
            rows = list({t.target: t for t in heads if t.kind == "row"}.values())  # "第三方个人信息": one reason
            if len(rows) == 1 and anchor is not None and anchor.kind == "group" and \
                    rows[0].target in form.GROUP_KEYS[anchor.target]:
                # "其他处理1件（逾期不补正）": the group's count all belongs to that reason. The reason's figure
                # is certain; that it is the whole group is a reading ("不予公开1（隐私）…查询事项5" lists more).
                part = self.cells_of(rows[0], None)
                whole = self.cells_of(anchor, None)
                count = next((st for st in reversed(self.out) if st.cells == set(whole) and st.span[1] <= a), None)
                if re.search(r"_{2,}|[（(]\s*[)）]", clause):
                    return  # "无法提供（2）件（其中不掌握____件）": a blank of the template says nothing
                if count is not None and getattr(self, "in_paren", False):
                    self.out[self.out.index(count)] = replace(count, strength=0.7)
                    self.emit([(1.0, p) for p in part], count.value, a, b, f"{anchor.text}（{rows[0].text}）")
                else:
                    self.emit([(1.0, p) for p in part] + [(-1.0, p) for p in whole], 0, a, b,
                              f"{anchor.text}均为{rows[0].text}")
                self.ctx.row = rows[0]
                return
            if "quant" in kinds and {t.target for t in rows} == {"total_processed", "carried_forward"}:
                rows = [t for t in rows if t.target == "total_processed"]  # "年底都办完了": 年底 says when
            if len(rows) == 1 and "quant" in kinds and rows[0].target == "total_processed" and \
                    anchor is not None and anchor.kind == "row" and anchor.target == "carried_over" and \
                    re.search(r"结转|转过来|转来", self.text[self.sentence_start:a]) and \
                    not re.search(r"年底|年末|全年|今年|本年", clause):
                return  # "上年结转2件，均已办结": those two were concluded, not every application of the year
            if len(rows) == 1 and "quant" in kinds and rows[0].target == "total_processed":
                # "都已答复", "年底都办结了": nothing left for next year.
                self.emit([(1.0, application_path("carried_forward", TOTAL))], 0, a, b, "全部办结")
                return
            single = any(st.cells == {application_path("new_received", TOTAL)} and st.value == 1
                         for st in self.out if st.span[0] >= self.sentence_start)
            alone = len(heads) == 1 and _ALONE.fullmatch(self._sentence_text().replace(heads[0].text, "", 1))
            if len(rows) == 1 and rows[0].target in form.RESULT_KEYS and alone:
                # "公开了" on its own line: every application concluded had that result (weak: it is terse).
                self.emit([(1.0, application_path(rows[0].target, TOTAL)),
                           (-1.0, application_path("total_processed", TOTAL))], 0, a, b, f"全部{rows[0].text}",
                          strength=0.7)
                return
            appl = [t for t in heads if t.kind in ("applicant", "legal")]
            if single and len(appl) == 1 and appl[0].target != TOTAL and not rows and \
                    not kinds & {"group", "rgroup", "litigation", "t2row", "outcome", "zero", "rest", "not"}:
                # "收到1件，是小区物业公司申请的", "1件，居民问…": the one application's applicant.
                self.all_of([Token("row", "new_received", a, b, "申请人"), appl[0]], a, b)
                return
            if len(rows) == 1 and rows[0].target in form.RESULT_KEYS and (self.all_said is not False and a <= self.all_said + 1 or single) and \
                    "quant" not in kinds and not (rows[0].target == "granted" and
                                                  re.search(r"部分(?:没|未|不)", self._sentence_text())):
                # "全部是查询…的，属于行政查询事项": "就一件，…已经给他公开了": every one concluded had that result.
                self.emit([(1.0, application_path(rows[0].target, TOTAL)),
                           (-1.0, application_path("total_processed", TOTAL))], 0, a, b, f"全部{rows[0].text}")
                return
            if len(rows) == 1 and "quant" in kinds and rows[0].target in form.RESULT_KEYS:
                # "全部予以公开": every application concluded had that result.
                self.emit([(1.0, application_path(rows[0].target, TOTAL)),
                           (-1.0, application_path("total_processed", TOTAL))], 0, a, b, f"全部{rows[0].text}")

    def _sentence_text(self) -> str:
        a = self.sentence_start
        b = min([i for i in (self.text.find(ch, a) for ch in "。；;!！?？\n") if i >= 0] or [len(self.text)])
        return self.text[a:b]

    def _one_applicant(self, heads: list[Token], a: int, b: int, anchor: Token | None) -> bool:
        """"新收1件，是一家科技公司申请的", "申请人为一位村民": the one application's applicant (the 一 counts
        applicants, not applications, and only a row of one can be all of them). An applicant word later in
        the clause is what was asked for ("申请高新技术企业认定名单")."""
        appl = [t for t in heads if t.kind == "applicant"]
        if not appl or anchor is None or anchor.kind not in ("row", "apps") or \
                any(t.kind in ("row", "group", "rgroup", "litigation", "t2row", "quant", "rest", "zero", "not")
                    for t in heads):
            return False
        if not re.search(r"(?:一|1)\s*(?:家|个|位|名)[\u4e00-\u9fff]{0,6}$", self.text[a:appl[0].start]):
            return False
        row = anchor if anchor.kind == "row" else Token("row", "new_received", anchor.start, anchor.end, anchor.text)
        total = set(self.cells_of(row, None))
        said = [s for s in self.out if s.span[0] >= self.sentence_start and set(p for _, p in s.terms) == total]
        if not said or said[-1].value != 1:
            return False
        self.all_of([row, appl[0]], a, b)
        return True

    def rest_zero(self, heads: list[Token], a: int, b: int, keep: str | None = None, col: int = TOTAL):
        """"表中没列的办理结果都是0", "其余都没有": every row of that kind no statement names is 0 (in one
        applicant's column when the sentence is about that applicant)."""
        said = {p for s in self.prior + self.out for p in s.cells}
        head = heads[-1] if heads else self.ctx.row
        if head is not None and head.kind == "group":
            keys = form.GROUP_KEYS[head.target]
        elif head is not None and head.kind in ("rgroup", "litigation", "outcome"):
            g = self.ctx.rgroup if head.kind == "outcome" else head
            for k in range(4):
                cells = self.cells_of(g, None, k)
                if not any(p in said for p in cells):
                    self.emit([(1.0, p) for p in cells], 0, a, b, f"{g.text}其余")
            return
        else:
            keys = form.RESULT_KEYS
        for k in keys:
            if col != TOTAL:
                if k != keep and application_path(k, col) not in said:
                    self.emit([(1.0, application_path(k, col))], 0, a, b, f"{form.APP_BY_KEY[k].short}（未列出）")
            elif k != keep and not any(application_path(k, c) in said for c in range(7)):
                self.emit([(1.0, application_path(k, TOTAL))], 0, a, b, f"{form.APP_BY_KEY[k].short}（未列出）")

    def zero(self, heads: list[Token], a: int, b: int):
        """"复议、诉讼都没有", "X：无", "未收到申请": every figure of the named heads is 0."""
        appl = [t for t in heads if t.kind == "applicant"]
        others = [t for t in heads if t.kind not in ("applicant", "legal", "other")]
        if any(t.kind in ("rgroup", "litigation") for t in others):
            others = [t for t in others if t.kind != "apps"]  # "没人申请复议": 申请 is the review's verb
        # "上年结转申请：无": 申请 names what the row before it counts, as in `topic`.
        others = [t for t in others if not (t.kind == "apps" and any(
            r.kind in ("row", "group") and 0 <= t.start - r.end <= 1 for r in others))]
        if appl and not others:
            # "没有企业申请": that column of the topic row.
            row = self.t3_topic()
            for t in appl:
                self.emit([(1.0, p) for p in self.cells_of(row, t.target)], 0, a, b, f"{row.text}{t.text}")
            return
        for t in others:
            if t.kind == "outcome":
                if self.ctx.rgroup is not None:
                    self.emit([(1.0, p) for p in self.cells_of(self.ctx.rgroup, None, t.target)], 0, a, b,
                              f"{self.ctx.rgroup.text}{t.text}")
                continue
            if t.kind == "t2row":
                if any(x.kind == "t2col" for x in others):
                    continue  # "规范性文件今年没有新发": the column below says which cell
                for p in form.ACTIVE_BY_KEY[t.target].paths:
                    self.emit([(1.0, p)], 0, a, b, t.text)
                continue
            if t.kind == "t2col":
                row = self.ctx.t2row
                if row is not None and len(form.ACTIVE_BY_KEY[row.target].paths) == 3 and t.target != "value":
                    self.emit([(1.0, f"active.{row.target}.{t.target}")], 0, a, b, f"{row.text}{t.text}")
                continue
            cells = self.cells_of(t, None)
            if cells:
                self.emit([(1.0, p) for p in cells], 0, a, b, t.text)

    def all_of(self, heads: list[Token], a: int, b: int, rest: bool = False):
        """"均为自然人": the row's applicants are all of one kind; "其余都是群众": all not named otherwise."""
        appl = [t for t in heads if t.kind == "applicant"]
        kind = appl[-1].target
        rest = rest or "除" in self.text[a:b]  # "除1件是企业外都是群众": the others, not all
        rows = [t for t in heads if t.kind in ("row", "group", "apps")]
        targets = rows or [self.t3_topic()]
        if not rows and any(t.kind == "subject" for t in heads):  # "申请人全部为自然人": who applied
            targets = [Token("row", "new_received", a, b, "申请人"), Token("row", "carried_over", a, b, "申请人")]
        subset = range(1, 6) if self.last_legal else form.PARTIES  # "法人或其他组织2件，均为商业企业"
        for row in targets:
            # Said of no row, it covers 上年结转 only where the notes do not split that row themselves.
            source = "scope" if row.target == "carried_over" and row.text == "申请人" else "notes"
            named = set()
            if rest:
                named = {p for s in self.prior + self.out for c, p in s.terms if c > 0}
            for c in subset:
                if c == kind:
                    continue
                cells = self.cells_of(row, c)
                if rest and any(p in named for p in cells):
                    continue
                self.emit([(1.0, p) for p in cells], 0, a, b, f"{row.text}均为{appl[-1].text}", source=source)


def _masked(clause: str, heads: list[Token], a: int) -> str:
    """The clause without its heads' words: "无法提供：无" is a zero, though the head itself says 无法."""
    chars = list(clause)
    for t in heads:
        if t.kind != "zero":
            for i in range(max(t.start - a, 0), min(t.end - a, len(chars))):
                chars[i] = " "
    return "".join(chars)
