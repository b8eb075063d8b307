"""Applications and cases told one by one, by month, by quarter, by code ("二（三）=2") or as triples, and
last year's carried-over applications told apart: each becomes statements about the rows it names."""
from __future__ import annotations

import re

from ...form import address, official as form
from ...form.official import TOTAL, application_path, review_path
from ...model.numbers import cn_number
from ..lexicon import Token, tokens
from ..outline import read_outline
from ..solver import Statement
from .binding import MAIN
from .numbers import Num, next_of_run, numbers

_MONTH = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月份?"

_MONTH_ITEM = re.compile(rf"{_MONTH}\s*(?:收到|有|是)?\s*(\d+|[一两二三四五六七八九十]+)\s*件")

_MONTH_RUN = re.compile(rf"(?:{_MONTH}\s*(?:收到|有|是)?\s*(?:\d+|[一两二三四五六七八九十]+)\s*件[\s,，、;；]*){{12}}")

_MONTHS_THEN_NONE = re.compile(rf"((?:{_MONTH}\s*(?:收到|有|是)?\s*(?:\d+|[一两二三四五六七八九十]+)\s*件[\s,，、;；]*){{2,}})"
                               r"(?:其他|其余|别的|剩下的?)(?:几个)?月份?(?:都|均|也)?(?:没有|没|无|为0|是0|是零)")

_MARK = re.compile(r"(?:(另外|另有|另|还有|剩下的?|其余的?|其中|第[一二三四五六七八九十])\s*)?(?<![\d一二三四五六七八九十两])"
                   r"(\d+|[一两二三四五六七八九十]+)\s*(?:(?:件|起|宗)(?=[\s，,]*(?![里中])[\u4e00-\u9fff])|"
                   r"个(?=\s*(?:是|为|属|被|已|都|均|也|还|要|没|未|予|不|因|涉|申|公|部|在|给)))")
# "2件公开，食品公司那件…不予公开了": one case pointed at after a count of several is another case, not theirs.
_ONE_POINTED = re.compile(r"\s*[^\d，,。；;]{0,10}?(?:那|这)\s*一?\s*件(?![\u4e00-\u9fff]{0,2}都)")
_NEW_TOPIC = re.compile(r"\s*(?:然后|另外|还有|再就是|再)?\s*(?:没有|也没有|无)?\s*(?:去年|上年|今年|本年|年底|年末|复议|诉讼|行政复议|行政诉讼|"
                        r"表[二三四]|主动公开|许可|处罚|强制|收费|规范性文件|规章|网站|结果)")
# "去年结转的1件…", "2023年12月结转过来的1件…", "另：2024年结转1件（…）": the carried-over applications and the
# rest of their sentence.
# …or pointed at: "上年那件", "去年结转的那件" (one case).
_CARRIED_CASE = re.compile(r"(?:上年|去年|上一年|上年度|(?:19|20)\d\d\s*年(?:\s*\d{1,2}\s*月份?)?)\s*(?:(?:结转|转)(?:过来|来)?的?"
                           r"\s*(\d+|[一两二三四五六七八九十]+)\s*件|(?:(?:结转|转)(?:过来|来)?)?的?\s*(?:那|这)\s*一?\s*件)([^。；;\n]*)")
# A remark on the case just told ("，这个没算在上面5件里"): the case's own words end before it.
_REMARK = r"这个|这件|此件|该件|那件|没算|没有算|不算|未计|没计|另算|不在|不含|不包括"
# "这个没算在上面5件里": the case told is not in a figure said before, it adds to it.
NOT_COUNTED = re.compile(r"(?:没|没有|未|不)(?:算|计|统计|包括|包含|含)(?:在|入|进)?[^，,。；;]{0,8}(?:里|内|中|之中)?|另算|另外算")
# "3月份1件", "12月29日又收到1件", "5月中旬收到两件": a count dated to a month or a day, opening a clause.
_DATED = re.compile(rf"(?:^|(?<=[，,；;：:\s(（、]))(?:\d{{1,2}}\s*月\s*\d{{1,2}}\s*[日号]|{_MONTH})(?:初|底|末|中旬|上旬|下旬)?"
                    r"\s*(?:又|另|还)?\s*(?:收到|新收|受理|接到)?(?:了)?\s*((?:\d+|[一两二三四五六七八九十]+)\s*(?:件|起|宗))")
_COUNT = re.compile(r"()(\d+|[一两二三四五六七八九十]+)\s*(?:件|起|宗)")
_RESULT_PRIORITY = ["partially_granted"] + [k for k in form.RESULT_KEYS if k not in ("granted", "partially_granted")] + \
    ["granted"]


# A table-4 outcome in a case's own words, the stronger first: "责令我局重新答复" (纠正), "截至年底尚未作出复议决定",
# "撤诉"/"驳回起诉" (其他结果), "复议维持"/"判决驳回诉讼请求" (维持). Columns as in form.OUTCOMES.
_TOLD_OUTCOMES = (
    (1, r"责令[^，,。；;]{0,8}重新|撤销[^，,。；;]{0,8}(?:答复|告知|决定)|确认[^，,。；;]{0,8}违法|予以纠正|被纠正"),
    (3, r"尚未(?:作出|审结|结案|判决|开庭)|正在审理|审理中|未审结"),
    (2, r"撤诉|撤回(?:复议|起诉)?申请|驳回起诉|终止(?:审理|复议)?"),
    (0, r"维持|驳回[^，,。；;]{0,8}(?:诉讼请求|复议申请)|驳回"),
)


def case_segments(text: str) -> list[tuple[int, int, int]]:
    """Applications or cases told one by one: "一件是村民申请…公开了；另一件是公司申请…部分公开".
    (start, end, count) per case. A case starts a clause; a sentence holds cases only when one of them
    says "另/另外/还有/其余/第二…" — a lone "3件是…" is an ordinary figure."""
    out = []
    # A chronological account ("3月份1件，…已公开；12月29日又收到1件（个人），…"): each dated count opens a case.
    dated = _dated_cases(text)
    for sent in re.finditer(r"[^。\n]+", text):
        s = sent.group(0)
        # A case opens a clause ("一件是…", "另1件…"); "收到申请12件" inside a clause is an ordinary figure.
        opens = lambda m: bool(m.group(1) and not m.group(1).startswith("其中")) or \
            sent.start() + m.start() in dated  # noqa: E731
        # (a dated count opens its case whatever follows it: "7月份2件，1件是…")
        # ("上年还有1件转过来": last year's cases named by the year, a row's figure, no case told)
        marks = [m for m in _MARK.finditer(s) if not re.search(r"(?:上年|去年|上一年|上年度)$", s[:m.start()])]
        marks = [m for m in marks
                 if sent.start() + m.start() in dated or (opens(m) or m.start() == 0 or
                     s[m.start() - 1] in "，,；;：: (（、" or
                     # "还有一个是企业一个是律所": the next of a run, among cases one of which opens with 还有/另…
                     next_of_run(s, m.start()) and any(opens(x) for x in _MARK.finditer(s))) and
                 (m.group(1) or not re.match(r"[\s，,]", s[m.end():m.end() + 1]))]  # "还有一件，是…" (dictated)
        # A dated count followed by a bracket ("12月29日又收到1件（个人）") is no mark of the form above.
        marks += [c for i in sorted(dated) if sent.start() <= i < sent.end() and
                  not any(sent.start() + m.start() == i for m in marks) and (c := _COUNT.match(s, i - sent.start()))]
        marks.sort(key=lambda m: m.start())
        # "一件是村民申请的，…，给他公开了。另一件是…": the first of cases told a sentence each
        first = bool(marks) and marks[0].start() == len(s) - len(s.lstrip()) and \
            re.fullmatch(r"[一1]", marks[0].group(2)) and \
            bool(re.match(r"[。\s]*(?:另外?|还有)\s*(?:一|1)\s*[件个]", text[sent.end():sent.end() + 8]))
        if not any(opens(m) for m in marks) and len(marks) < 2 and not first:
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
                        (cn_number(m.group(2)) != 1 and _ONE_POINTED.match(clause)) or \
                        (c.start() > m.end() - m.start() and
                         any(x.unit in ("件", "个", "起", "宗") for x in numbers(clause))):
                    # "一件是公司申请的，去年没有结转过来的": the next clause is another topic; "还有一件撤回了，
                    # 结转到明年的两件": a clause with a count of its own is a figure of its own, not this case's.
                    end = start + c.start()
                    break
            count = cn_number(m.group(2))
            if re.fullmatch(r"[^，,；;]*[：:]\s*", text[start:end]) and k + 1 < len(marks) and end == base + marks[k + 1].start():
                continue  # "3件都答复了：2件公开，…": the count heading its breakdown, no case of its own
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
    # Cases pointed at one a sentence, by when they came or their number ("3月那件公开了。8月那件…没公开。",
    # "第一件公开了。第二件…"): each that names a result and gives no count is one case (two such or more).
    pointed = []
    for sent in re.finditer(r"[^。；;\n]+", text):
        m = _POINTED.match(sent.group(0))
        if not m or any(a <= sent.start() < b for a, b, _ in out):
            continue
        rest = sent.group(0)[m.end():]
        if any(x.unit in ("件", "个", "起", "宗") for x in numbers(rest)):
            continue
        results = form.RESULT_KEYS + tuple(form.GROUP_KEYS)
        if any(t.kind == "open" or t.kind in ("row", "group") and t.target in results for t in tokens(rest)):
            pointed.append((sent.start(), sent.end(), 1))
    if len(pointed) >= 2:
        out += pointed
    return sorted(out)


# "12月26日收到，元月9号才答复" (no year named before either date).
# ("12月29号来的，元旦后答复", "12月30日递交的，明年1月才回复": the day it came in said with 来/递交, the answer
# after New Year's Day or in the next year named as such)
_NEXT_YEAR_REPLY = re.compile(r"(?<![年\d])12\s*月\s*\d{1,2}\s*[日号]\s*(?:才|又)?(?:收到|收的|受理|接到|来的|送来|递交|提交|交来)"
                              r"[^。；;\n年]{0,24}?"
                              r"(?:(?:明年|下年|来年)\s*(?=[元一1初]))?"
                              r"(?:(?:元月|(?<!\d)1\s*月|一月)\s*(?:\d{1,2}\s*[日号]|份|初|中旬)?|"
                              r"元旦\s*(?:后|以后|过后|之后)|(?:明年|下年|来年)\s*(?:初|年初))\s*(?:才|再)?"
                              r"(?:答复|回复|办结|作出答复)")
_POINTED = re.compile(rf"\s*(?:(?:{_MONTH}|(?:\d{{1,2}}|[一二三四五六七八九十]{{1,3}})\s*月\s*\d{{1,2}}\s*[日号])\s*(?:收到?的|的)?\s*"
                      r"(?:那|这)\s*(?:一)?\s*件|第\s*[一二三四五六七八九十\d]{1,2}\s*件)")


def _dated_cases(text: str) -> set[int]:
    """Where a dated count opens a case: it is followed, before the next date or the end of its sentence, by
    what became of it (a result, 结转). Only an account of two such or more is told by date; months listed
    with their counts alone ("一月份两件 三月份一件") are a tally, read by `months_told`."""
    found = list(_DATED.finditer(text))
    out = set()
    for k, m in enumerate(found):
        stop = re.search(r"[。；;\n]", text[m.end():])
        end = m.end() + stop.start() if stop else len(text)
        if k + 1 < len(found):
            end = min(end, found[k + 1].start())
        told = [t for t in tokens(text[m.end():end]) if t.kind in ("open", "outcome") or
                t.kind == "row" and (t.target in form.RESULT_KEYS or t.target == "carried_forward")]
        if told:
            out.add(m.start(1))
    return out if len(out) >= 2 else set()


def _replied_then(lead: str, clause: str) -> bool:
    """"…结转过来的1件，今年1月份已经答复": 今年 dates that case's reply (a row of results or 办结 follows, no
    receipt), it does not open this year's applications."""
    if not re.search(r"今年|本年", lead):
        return False
    toks = tokens(re.split(r"[，,；;]", clause, maxsplit=1)[0])
    rows = {t.target for t in toks if t.kind == "row"}
    done = rows & (set(form.RESULT_KEYS) | {"total_processed"}) or any(t.kind == "open" for t in toks)
    return bool(done) and "new_received" not in rows and not any(t.kind == "apps" for t in toks)


class Cases:
    """The case-by-case readings of MessageReader (a mixin: it uses the reader's text, context and emit)."""
    all_toks: list[Token]  # the message's tokens (MessageReader)

    def answered_next_year(self, text: str):
        """"第三件12月26日收到，元月9号才答复": received in this year's December, answered in January — open at the
        year's end, so 结转下年度 (one per case; a year named before either date decides otherwise: not read)."""
        found = list(_NEXT_YEAR_REPLY.finditer(text))
        if not found or any(t.kind == "row" and t.target == "carried_forward" for t in self.all_toks):
            return  # the message says 结转下年 in its own words
        a, b = found[0].start(), found[-1].end()
        self.emit([(1.0, application_path("carried_forward", TOTAL))], len(found), a, b, "结转下年度（次年1月才答复）",
                  strength=0.8)

    def carried_results(self, text: str):
        """"去年结转的1件也办完了（公开）", "2024年结转1件（个人，…予以公开）": the result of applications carried over
        from last year, told apart from this year's. They count in this year's results: added to the result
        row's figure (source "more", summed in `_cases`)."""
        for m in _CARRIED_CASE.finditer(text):
            count = cn_number(m.group(1)) if m.group(1) else 1
            if not count or re.search(r"含|包括|其中", text[max(0, m.start() - 12):m.start()]):
                continue
            cut = next((c for c in re.finditer(r"[，,]\s*(?:今年|本年|新收|收到|其余|其他|剩下|" + _REMARK + ")", m.group(2))
                        if not _replied_then(c.group(0), m.group(2)[c.end():])), None)
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
            who = {t.target for t in toks if t.kind == "applicant" and t.target != TOTAL} or \
                self._carried_kind(count)
            if len(who) == 1:
                self.emit([(1.0, application_path(row, who.pop()))], count, m.start(), m.end(), label, source="more")

    def _carried_kind(self, count: float) -> set[int]:
        """Who applied for the carried-over cases, when the notes said it of all of them ("上年结转1件，都是个人"):
        the case pointed at is theirs."""
        said: dict[int, float] = {}
        for st in self.out:
            where = address.parse(st.terms[0][1]) if len(st.terms) == 1 else None
            if where is not None and getattr(where, "row", "") == "carried_over":
                said[where.col] = st.value
        if said.get(TOTAL) != count:
            return set()
        ones = {c for c in range(TOTAL) if said.get(c) == count}
        zeros = {c for c in range(TOTAL) if said.get(c) == 0}
        return ones if len(ones) == 1 else set(range(TOTAL)) - zeros if len(zeros) == TOTAL - 1 else set()

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
        toks = [t for t in self.all_toks if a <= t.start < b]
        if any(r.kind == "rest" and any(t.kind == "applicant" and 0 <= t.start - r.end <= 4 for t in toks) for r in toks):
            return  # "企业5件、律所1件，其余个人": the rest is an applicant named, not applicants with none
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
                                        re.search(r"第三方|涉及|他人|别人|别的|别家|另一家|另外一家|人家", self.text[max(a, t.start - 8):t.start]))]
        # "还有一件是要我们去统计的，那个不算不掌握吧": a result the case is said not to be is none of its heads.
        toks = [t for t in toks if not (t.kind in ("row", "group", "open") and
                                        re.search(r"(?:不算|不属于|不是|不能算|不应算|不该算|算不上|不归)\s*(?:作|为|是)?\s*$",
                                                  self.text[max(a, t.start - 4):t.start]))]
        appl = next((t for t in toks if t.kind == "applicant"), None)
        scoped = appl is None and self._scoped(a)
        if scoped:
            appl = self.scope  # "公司的3件：2件公开，1件部分公开": the cases are that applicant's
        rows = [t.target for t in toks if t.kind == "row" and t.target in form.RESULT_KEYS] or \
            [t.target for t in toks if t.kind == "open"][:1]  # "1个公开": a case told by its result
        groups = [t for t in toks if t.kind == "group"]
        outcomes = [t for t in toks if t.kind == "outcome"]
        rgroups = [t for t in toks if t.kind in ("rgroup", "litigation")]
        others = [t for t in toks if t.kind == "row" and t.target in ("carried_forward", "carried_over", "new_received")]
        if not (rows or groups or outcomes or rgroups or others):
            last = self.out[-1] if self.out else None
            where = address.parse(last.terms[0][1]) if last is not None and len(last.terms) == 1 else None
            if appl is not None and not scoped and where is not None and last.span[0] >= self.sentence_start and \
                    where.table == "applications" and where.col != TOTAL:
                # "个人22件，企业5件，还有一件是律师事务所的": the list of applicants goes on (within "个人的6件里…"
                # a case naming no result is of a result not said, not of the one before it).
                row = where.row
                self.emit([(1.0, application_path(row, appl.target))], count, a, b,
                          f"{form.APP_BY_KEY[row].short}（{appl.text}）", each=True)
                return
            if appl is not None and not scoped and self.ctx.row is not None:
                # "3件是企业申请的，2件是个人申请的": the topic row by applicant ("去年没有结转。4件是个人": not
                # of a carried row said to hold fewer).
                row = self._beyond_topic(self.ctx.row, Num(count, "件", a, b))
                self.emit([(1.0, p) for p in self.cells_of(row, appl.target)], count, a, b,
                          f"{row.text if row is self.ctx.row else form.APP_BY_KEY[row.target].short}（{appl.text}）",
                          each=True)
            elif appl is not None and not scoped and self.ctx.row is None and self.ctx.rgroup is None and \
                    not re.search(r"去年|上年|前年|明年|下年", self.text[a:b]) and \
                    not any(t.kind in ("row", "group", "apps", "open", "carry", "rgroup", "litigation") and t.start < a
                            for t in self.all_toks) and \
                    not any(st.cells and next(iter(st.cells)).startswith("review_litigation.")
                            for st in getattr(self, "earlier", [])[-1:]):
                # (not right after notes on reviews and suits — "复议2件，诉讼1件。" then "2件是个人申请的": who
                # brought those.)
                # A reply that opens "2件是个人申请的，1件是一家公司": who applied, the year's new applications
                # (the only row a count of applicants answers when no row is named).
                head = Token("row", "new_received", a, b, "新收")
                self.emit([(1.0, p) for p in self.cells_of(head, appl.target)], count, a, b,
                          f"新收（{appl.text}）", each=True, strength=0.8)
            return
        if rgroups and self.told_case(a, b, count, rgroups, outcomes):
            return
        if outcomes and rgroups and all(t.kind == "rgroup" and self.text.startswith(form.REVIEW_BODY, t.end)
                                        for t in rgroups):
            # "1件被复议机关确认违法": the body that decided names the case's group, the count is its outcome only.
            self.ctx.rgroup = rgroups[-1]
            rgroups = []
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
        # "企业7件：公开4件…。还有2件是律所申请的，都公开了": after the row told per applicant (another applicant's
        # own figure for it), one more applicant's cases are that column's only, no total of the row's.
        by_applicant = appl is not None and head.kind == "row" and any(
            s.source != "each" and len(s.terms) == 1 and (w := address.parse(s.terms[0][1])) is not None and
            w.table == "applications" and w.row == head.target and w.col not in (TOTAL, appl.target) for s in self.out)
        if not scoped and not by_applicant:  # a part of one applicant's cases says nothing of the row's total
            self.emit([(1.0, p) for p in self.cells_of(head, None)], count, a, b, head.text, each=True)
        if appl is not None:
            self.emit([(1.0, p) for p in self.cells_of(head, appl.target)], count, a, b,
                      f"{head.text}（{appl.text}）", each=True)

    def _scoped(self, a: int) -> bool:
        """Whether a case at `a` lies within "个人的5件里…", "公司那两件：…" (the applicant spoken of)."""
        scope = getattr(self, "scope", None)
        return scope is not None and scope.kind == "applicant" and scope.target != TOTAL and \
            getattr(self, "scope_parts", False) and getattr(self, "scope_at", -1) <= a < getattr(self, "scope_end", -1)

    def told_case(self, a: int, b: int, count: int, rgroups: list[Token], outcomes: list[Token]) -> bool:
        """A review or suit told as a story ("…向县政府申请行政复议，县政府复议维持后，张某向法院起诉，法院判决驳回
        诉讼请求"): its review and its suit each counted with the outcome its own part of the story names. Only
        a case that names both, or an outcome in words the lexicon has no head for (责令重新答复, 尚未作出决定)."""
        text = self.text
        suits = [t for t in rgroups if t.kind == "litigation" and not text.startswith("诉讼请求", t.start)]
        reviews = [t for t in rgroups if t.kind == "rgroup" and t.target == "review"]
        if not (reviews and suits) and (outcomes or not any(re.search(p, text[a:b]) for _, p in _TOLD_OUTCOMES)):
            return False
        cut = suits[0].start if suits else b
        reviewed = any(t.start < cut and not re.search(r"(?:未经|不经|没有经过|没经|未申请|没有申请)\s*(?:行政)?$",
                                                         text[max(a, t.start - 6):t.start]) for t in reviews)
        said = []
        if reviewed:
            said.append(("review", text[a:cut]))
        if suits:
            said.append(("litigation_after_review" if reviewed else "litigation_direct", text[cut:b]))
        if not said:
            return False
        for group, part in said:
            g = Token("rgroup", group, a, b, form.REVIEW_GROUPS[group])
            self.emit([(1.0, review_path(group, form.REVIEW_TOTAL))], count, a, b, g.text, each=True)
            outcome = next((k for k, p in _TOLD_OUTCOMES if re.search(p, part)), None)
            if outcome is not None:
                self.emit([(1.0, review_path(group, outcome))], count, a, b, g.text, each=True)
            self.ctx.rgroup = g
        return True

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

    _QUARTER = re.compile(r"(?:(?:第)?([一二三四1-4])\s*季度|[Qq]([1-4]))\s*[:：]?\s*(?:[^\d\s，,。；;、：:]{1,6}?)?(\d+)\s*件")

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
