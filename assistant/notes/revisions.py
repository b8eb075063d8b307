"""Revisions of what the notes said: post-passes over a message's statements once read (a draft's figure put
right, a reading marked wrong by the clerk's bracket, a total told as including the carried-over cases), and the
corrections a later message makes to an earlier one's figures (a figure recounted or restated, an amount in 元,
cases moved to last year, to another reason, out of a figure, to another kind of applicant). Each correction is
a statement marked `correction`, so the reader replaces the figure it puts right and keeps the old one in the
record."""
from __future__ import annotations

import re
from dataclasses import replace

from ..form import address, official as form
from ..model.numbers import cn_number
from .lexicon import ROW_HEADS, clause_span, fold, tokens
from .solver import Statement, cell, stated


# A clerk checking a first draft against the real figures ("新收：初稿写的6件，实际是7件", "处罚原报1,203件，核了一下
# 是1,230件", "结转下年1件（初稿写的0，要改）"): a figure the clause gives as the draft's …
_DRAFT = re.compile(r"(?:初稿|原稿|草稿|底稿|初报|原报|原来报|原来写|原来填|之前报|之前写|上次报|原表)(?:里|上|中)?"
                    r"(?:写的?|报的?|填的?|是|为|写成|报成|填成)?\s*$")
# … and the line's word that the draft is being put right (without it "原报6件，另外补报1件" is two figures).
_PUT_RIGHT = re.compile(r"实际|实为|核(?:了一下|实|对|查)|应为|应该?是|改为|改成|要改|更正|其实|正确|准确|错了|有误|漏了|颠倒")
_CLAUSE_BREAK = "，,；;。！!？?\n：:（("


def drafts_replaced(said: list, text: str) -> tuple[list, list]:
    """The draft's figure goes where the same line gives the cell another figure and says the draft is put right;
    the figure it is put right with is the official's own (it stands at full strength, even when its clause
    leaves the row to the line's topic). A draft figure said to stand ("初稿3件，不变") stays. Returns (kept,
    (replaced, by) pairs)."""
    def clause(s) -> int:
        return max(text.rfind(ch, 0, s.span[0]) for ch in _CLAUSE_BREAK) + 1

    def draft(s) -> bool:
        return bool(_DRAFT.search(text[clause(s):s.span[0]]))

    def line(s) -> tuple[int, int]:
        end = text.find("\n", s.span[0])
        return text.rfind("\n", 0, s.span[0]) + 1, len(text) if end < 0 else end

    replaced: dict[int, object] = {}   # id(draft figure) → the figure it is put right with
    for d in [s for s in said if len(s.terms) == 1 and draft(s)]:
        a, b = line(d)
        if not _PUT_RIGHT.search(text[a:b]):
            continue
        others = [s for s in said if s is not d and s.key == d.key and s.value != d.value and
                  a <= s.span[0] < b and not draft(s)]
        # Of several, the one its own clause says is right ("后来又补收了1件，实际是7件": 7, not the 1 added).
        marked = [s for s in others if _PUT_RIGHT.search(text[clause(s):s.span[1]])]
        by = marked[0] if len(marked) == 1 else others[0] if len(others) == 1 else None
        if by is not None:
            replaced[id(d)] = by
    firm = {id(by): replace(by, strength=max(by.strength, 1.0), correction=True) for by in replaced.values()}
    kept = [firm.get(id(s), s) for s in said if id(s) not in replaced]
    pairs = [(d, firm[id(replaced[id(d)])]) for d in said if id(d) in replaced]
    return kept, pairs


# A reviewer's comment set in brackets right after a figure of a draft ("执法案卷 1 【周科：执法案卷那件最后…算部分
# 公开】", "纠正1 【周科：纠正那件是处罚案子的复议，不是信息公开的，剔掉】"): it points at the figure's cases by the
# figure's own word and "那件" / "那2件", and moves them to another row or takes them out.
_COMMENT = re.compile(r"[【\[〔]([^】\]〕\n]{2,200})[】\]〕]")
_POINTED = re.compile(r"\s*(?:的)?那\s*(\d+|[一两二三四五六七八九十])?\s*(?:件|个|起|宗)")
_TAKEN_OUT = re.compile(r"剔掉|剔除|去掉|删掉|删除|拿掉|扣掉|扣除|不算|不计|不应计|不该算|不应算|不统计")
_MOVED_TO = re.compile(r"(?:应该?|要|得)?(?:算作?|算到|改为|改成|改按|归为|归到|归入|划到|填到|计入|按)\s*$")


def commented_out(said: list[Statement], text: str) -> tuple[list, list]:
    """The figure a bracket right after it moves cases out of drops by those cases (the one case of "那件"); the
    row they move to is left to the bracket's own figure for it ("部分公开改6") or to the identities. Returns
    (kept, (replaced, by) pairs)."""
    pairs = []
    for m in _COMMENT.finditer(text):
        body = m.group(1)
        before = [x for x in said if len(x.terms) == 1 and x.span != (0, 0) and x.span[1] <= m.start() and
                  re.fullmatch(r"[\s）)件个项起宗]*", text[x.span[1]:m.start()])]
        if not before:
            continue
        fig = before[-1]
        path = fig.terms[0][1]
        sentence = re.split(r"[。；;]", body)[0]
        toks = tokens(sentence)
        own = next((t for t in toks if _POINTED.match(sentence[t.end:]) and _names(t, path)), None)
        if own is None:
            continue
        rest = sentence[own.end:]
        moved = next((t for t in tokens(rest) if t.kind in ("row", "outcome") and not _names(t, path) and
                      _MOVED_TO.search(rest[:t.start])), None)
        # (taken out of this figure, said last: not "不算错", "不算不予公开", "不统计到个人里" — of something else)
        out = [t for t in _TAKEN_OUT.finditer(rest)
               if re.match(r"\s*(?:了|掉|在内|进去|进来|在里面|在这里|这个数|此数)?\s*(?:[，,。；;！!】\]]|$)", rest[t.end():]) or
               (after := next(iter(tokens(rest[t.end():])), None)) is not None and after.start <= 1 and _names(after, path)]
        if moved is None and not out:
            continue
        count = _POINTED.match(sentence[own.end:]).group(1)
        k = float(cn_number(count) or 0) if count else 1.0
        if not 0 < k <= fig.value:
            continue
        by = replace(fig, value=fig.value - k, correction=True, quote=sentence.strip()[:60] or fig.quote)
        said = [by if x is fig else x for x in said]
        pairs.append((fig, by))
    return said, pairs


def _names(t, path: str) -> bool:
    """Whether a word names the row (or the outcome) of a cell's address."""
    if t.kind == "row":
        return path.startswith(f"applications.{t.target}[")
    if t.kind == "outcome":
        return path.startswith("review_litigation.") and path.endswith(f"[{t.target}]")
    return False


# "上面说的那个不对，我再翻一下", "刚才发的数有问题，我核一下": an earlier figure taken back without saying which one
# nor what it should be.
_UNSAID_WRONG = re.compile(r"(?:上面|上边|前面|刚才|刚刚|之前|上一条|上条|前一条|前边)(?:我)?(?:说|讲|发|报|给|写|填)?(?:的|了的)?"
                           r"(?:那个|那条|那些|那几个|那几条|那|这个)?(?:数字?|数据|理由|情况)?(?:好像|可能|应该)?"
                           r"(?:不对|有误|错了|有错|不准|不准确|有问题|搞错了|弄错了|记错了)")


def retracted_unsaid(text: str, names_a_row: bool) -> bool:
    """Whether a message takes back what the official said before without saying which figure nor giving the
    right one: then none of that answer's figures can be trusted (a blank is better than a wrong number) until
    the official says them again. A message that names a row or gives a figure is a correction of its own."""
    return bool(_UNSAID_WRONG.search(text)) and not names_a_row and \
        not re.search(r"\d|[一二两三四五六七八九十]\s*[件个项条]|应该?是|应为|改为|改成", text)


# A clerk's mark in brackets right after what a summary says: "不予公开1件（涉及国家秘密）【错，原文是…属于保护第三方】"
_WRONG_MARK = re.compile(r"[【\[〔]\s*(?:错(?!别字)|不对|有误|不准确?|写错)[^】\]〕]*[】\]〕]")


def marked_wrong(said: list[Statement], text: str) -> list[Statement]:
    """A figure or reason marked wrong by the bracket right after it, when the bracket says what is right
    (reads a figure of its own): the marked reading goes, the bracket's stands ("…（涉及国家秘密）【错，…属于保护
    第三方】": 保护第三方, not 国家秘密). A bare "【错】" that gives nothing in its place leaves the reading alone."""
    for m in _WRONG_MARK.finditer(text):
        if not any(m.start() <= x.span[0] < m.end() for x in said):
            continue
        said = [x for x in said if not (len(x.terms) == 1 and x.span[1] <= m.start() and x.span != (0, 0) and
                                         re.fullmatch(r"[\s）)。，,件]*", text[x.span[1]:m.start()]))]
    return said


# A count said to include last year's cases: "共受理申请13件（含上年结转1件）", "合计：13件（含去年转过来的1件）" — the
# figure is this year's new ones and the carried-over ones together, not the new ones alone ("不含上年结转" is not this).
_WITH_CARRIED = re.compile(r"(\d+)\s*件\s*[（(，,]\s*(?:其中)?(?:包)?含(?:有|了)?\s*(?:从)?(?:上一?年度?|去年|上年度|前一年)(?:的)?\s*"
                           r"(?:结转|转过来|转来|剩下|遗留|未办结)")
# …and such a figure after a bare "total" word with no row of its own ("合计：13件（含…）")
_BARE_TOTAL = re.compile(r"(?:^|[\n。；;])\s*(?:合计|共计|总计|一共|总共|共)\s*[：:]?\s*$")


# "加上上年结转的一共10件", "连同去年转过来的共12件": the sum told after the new ones
_PLUS_CARRIED = re.compile(r"(?:加上|连同|算上|加)\s*(?:上一?年度?|去年|上年度)?(?:的)?\s*(?:结转|转过来|转来|剩下|遗留)(?:过来)?"
                           r"(?:的)?(?:那些|那几件|的)?\s*(?:一共|总共|共计|合计|总计|共)(?:是|有)?\s*(\d+)\s*件")

# "28件是连上年结转的一起算的", "这15件包括去年转过来的": a figure said after the fact to count the carried-over
# cases too (a reply putting a "new" figure right); "28件不含上年结转" is not this.
_COUNTED_WITH = re.compile(r"(\d+)\s*件\s*(?:是|都是)?(?:连|连同|加上|算上|包括|包含|含)(?:了)?\s*(?:从)?(?:上一?年度?|去年|上年度)"
                           r"(?:的)?\s*(?:结转|转过来|转来|剩下|遗留)(?:过来)?(?:的)?(?:那些|那几件)?\s*(?:一起|一块|在内)")


def _with_carried(s: Statement, rows: tuple[str, ...]) -> Statement:
    """The statement as new + carried over in its column, when it is a single cell of one of `rows` (an
    applicant's too: "企业的7件（含去年结转1件）")."""
    if len(s.terms) != 1 or s.terms[0][1].split("[")[0] not in tuple(f"applications.{r}" for r in rows):
        return s
    col = s.terms[0][1][s.terms[0][1].index("["):]
    return replace(s, terms=((1.0, f"applications.new_received{col}"), (1.0, f"applications.carried_over{col}")),
                   label="新收与上年结转合计")


def including_carried_over(said: list[Statement], text: str, message: int,
                           earlier: list[Statement]) -> tuple[list[Statement], list[tuple[Statement, Statement]]]:
    """A total told as including the carried-over cases is new_received + carried_over (see _WITH_CARRIED); with
    the earlier statements it replaces ("今年新收申请28件" then "28件是连上年结转的一起算的": the earlier figure was
    the two together), as (earlier, sum) pairs."""
    new, carried = form.application_path("new_received", form.TOTAL), form.application_path("carried_over", form.TOTAL)
    out = list(said)
    for m in _PLUS_CARRIED.finditer(text):
        n = float(m.group(1))
        out = [_with_carried(s, ("new_received", "carried_over"))
               if m.start(1) <= s.span[0] < m.end(1) + 1 and s.value == n else s for s in out]
    for m in _COUNTED_WITH.finditer(text):
        n = float(m.group(1))
        out = [_with_carried(s, ("new_received", "carried_over"))
               if s.span[0] == m.start(1) and s.value == n else s for s in out]
    for m in _WITH_CARRIED.finditer(text):
        n, span = float(m.group(1)), (m.start(1), m.end(1) + text[m.end(1):].index("件") + 1)
        at = next((k for k, s in enumerate(out) if s.span[0] == m.start(1) and s.value == n), None)
        if at is not None:
            out[at] = _with_carried(out[at], ("new_received",))
        elif _BARE_TOTAL.search(text[:m.start(1)]):
            out.append(Statement(((1.0, new), (1.0, carried)), n, quote=text[span[0]:m.end()], label="新收与上年结转合计",
                                 message=message, span=span))
    sums = [s for s in out if s not in said]
    # The earlier figure may stand in this message too ("今年新收申请28件，这28件包括去年转过来的在内").
    replaced = [(x, s) for s in sums for x in earlier + [x for x in out if x.span[1] <= s.span[0]]
                if x.cells == {next(p for _, p in s.terms if p.startswith("applications.new_received"))}
                and x.value == s.value]
    return [s for s in out if all(s is not x for x, _ in replaced)], replaced


# "被申请行政复议案件一共12件，其中涉及政府信息公开的2件": the body's cases of every kind, then the ones of this report.
_OF_WHICH_DISCLOSURE = re.compile(r"(\d+)\s*(?:件|起|宗)[，,、]?\s*其中\s*(?:涉及|关于|属于|是|为|有关|因)?\s*(?:政府)?信息公开"
                                  r"(?:申请)?(?:的|类|方面的?|事项的?)?\s*(?:有|为|是|共)?\s*(\d+)\s*(?:件|起|宗)")


def of_which_disclosure(said: list[Statement], text: str) -> list[Statement]:
    """A count of all the body's reviews or suits followed by the ones about disclosure: the latter is the cell."""
    out = list(said)
    for m in _OF_WHICH_DISCLOSURE.finditer(text):
        whole, part = float(m.group(1)), float(m.group(2))
        for k, s in enumerate(out):
            if all(c == 1.0 for c, _ in s.terms) and s.value == whole and s.span[0] <= m.start(1) < s.span[1] + 1 \
                    and part <= whole:
                out[k] = replace(s, value=part, quote=f"{s.quote}，{m.group(0)[m.group(0).index('其中'):]}")
    return out


# "行政复议5件，已审结4件（维持3件、纠正1件），尚未审结1件", "诉讼2件，已结案1件": the cases concluded are those with an
# outcome — 维持, 纠正 and 其他 together — not the group's total (which the pending ones belong to as well).
_CONCLUDED = re.compile(r"(?<![未没尚])(?:已经|已|均已|都已)\s*(?:审结|结案|审理终结|审理完毕|办结|结了)(?:了)?\s*(?:的)?\s*(?:有|共)?\s*"
                        r"(\d+|[一两二三四五六七八九十])\s*(?:件|起|宗|个)")


def concluded_cases(said: list[Statement], text: str) -> list[Statement]:
    """A group's figure read from "已审结N件" is its concluded cases: the sum of its three outcomes."""
    out = list(said)
    for m in _CONCLUDED.finditer(text):
        for k, s in enumerate(out):
            if not s.span[0] <= m.start(1) < s.span[1] or any(c != 1.0 for c, _ in s.terms):
                continue
            where = [address.parse(p) for _, p in s.terms]
            if not all(w.table == "review_litigation" and w.col == form.REVIEW_TOTAL for w in where):
                continue  # (a generic 诉讼 is both kinds of suit: each one's outcomes)
            out[k] = replace(s, terms=tuple((1.0, form.review_path(w.row, c)) for w in where for c in range(3)),
                             strength=max(s.strength, 1.0), label=f"{s.label}已审结")
            for j, t in enumerate(out):
                # "已结案1件，判决维持": all of the concluded ones had that outcome, not all of the group's
                totals = {p for c, p in t.terms if c == -1.0 and p in {x for _, x in s.terms}}
                if j == k or not s.span[0] <= t.span[0] <= s.span[1] or not totals or t.value != 0:
                    continue
                coef: dict[str, float] = {}
                for c, p in t.terms:
                    for q in ([form.review_path(address.parse(p).row, x) for x in range(3)] if p in totals else [p]):
                        coef[q] = coef.get(q, 0.0) + c
                out[j] = replace(t, terms=tuple((c, p) for p, c in coef.items() if c))
    return out


# Corrections a later message makes to an earlier one's figures ---------------------------------------------

_RECOUNT = re.compile(r"(?:那就是|那也就是|也就是说?|所以是|那一共是?|那总共是?|那合计)\s*(\d+)\s*(?:件|个)?\s*(?=[？?，,。！!\s]|$)")
_ADJUST = re.compile(r"(?:还有|另有|又|多了?|少了?|其中有?|有)\s*(\d+|[一两二三四五六七八九十])\s*(?:件|个|起)")


def recounted(text: str, said: list[Statement], corrections: list) -> list[Statement]:
    """"还有一件12月底收的…那就是8件", "142件…其中12件不算我们的 / 那就是130？": the figure said before, recounted
    by the cases just added or taken away. The recount replaces that figure (a correction, the earlier words
    kept in the record); the words it is said in bind nothing else."""
    for m in _RECOUNT.finditer(text):
        total = float(m.group(1))
        near = [(x, adj) for x in said if len(x.terms) == 1 and x.strength >= 1 and x.span[1] <= m.start()
                and x.value != total
                for adj in _ADJUST.finditer(text, x.span[1], m.start())
                if abs(x.value + (cn_number(adj.group(1)) or 0) - total) < 1e-9
                or abs(x.value - (cn_number(adj.group(1)) or 0) - total) < 1e-9]
        if not near:
            continue
        was = max(near, key=lambda xa: xa[0].span[1])[0]
        said = [x for x in said if not (x.span[0] < m.end() and m.start() < x.span[1] and x.strength < 1)]
        said = [x for x in said if not (x.key == was.key and x.value != total and x.span[1] <= m.start())]
        new = replace(was, value=total, quote=text[max(text.rfind(ch, 0, m.start()) for ch in "，,。\n！!？?") + 1:m.end()].strip(), span=(m.start(), m.end()),
                      correction=True, strength=1.0)
        corrections.append((was, new))
        said.append(new)
    return said


_MOVE_TO = re.compile(r"(?:应该?按|应该?算|应该?为|应该?归|应该?填|算作?|改为|改成|改按|归为|归到|归入|划到|填到|放到|放在|填在|按)[^，,；;。\n]{0,3}?$")


_RECEIVED_LAST_YEAR = re.compile(r"(?:有|其中)\s*(\d+|[一两二三四五六七八九十])\s*件(?:是|为|系)?(?:在)?(?:去年|上年|上一年)"
                                 r"[^，,。；;]{0,14}?(?:收到?|受理|来|申请|提交|登记)的?")
_COUNTS_AS_CARRIED = re.compile(r"(?:算|属于|应算|应该算|计入|归入|要算|得算)(?:是)?(?:去年|上年|上一年)(?:的)?(?:结转|转过来)")


def moved_to_last_year(text: str, message: int, earlier: list[Statement], said: list[Statement]) -> list[Statement]:
    """"公司那3件里有1件是去年12月30号收的…应该算去年结转": cases the official finds were received the year
    before — 上年结转 rises by them (in their applicant's column too) and 本年新收 drops, unless the message gives
    the new figure itself. Read only when the earlier messages gave the figures it changes."""
    folded = fold(text)
    if not _COUNTS_AS_CARRIED.search(folded):
        return []
    out: list[Statement] = []
    known = stated(earlier)
    # ("有1件是去年12月30号收的" read as applications received: those are the cases moved, not a count)
    for m in _RECEIVED_LAST_YEAR.finditer(folded):
        said[:] = [x for x in said if not (m.start() <= x.span[0] < m.end() and
                                           x.terms[0][1].startswith("applications.new_received"))]
    # (a figure this message gives anew, not the old one said again: "那公司今年新收就是2件")
    now = {x.terms[0][1] for x in said if len(x.terms) == 1 and
           (x.terms[0][1] not in known or known[x.terms[0][1]].value != x.value)}
    for sm in re.finditer(r"[^。；;！!？?\n]+", folded):
        sentence = sm.group(0)
        m = _RECEIVED_LAST_YEAR.search(sentence)
        if not m:
            continue
        k = float(cn_number(m.group(1)) or 0)
        kinds = {t.target for t in tokens(sentence[:m.start()]) if t.kind == "applicant" and t.target != form.TOTAL}
        cols = [next(iter(kinds))] if len(kinds) == 1 else []
        kw = dict(quote=text[sm.start():sm.end()].strip()[:60], message=message, correction=True, span=(sm.start(), sm.end()))
        total_in = known.get(form.application_path("carried_over", form.TOTAL))
        new_total = known.get(form.application_path("new_received", form.TOTAL))
        if k <= 0 or total_in is None:
            continue
        p = form.application_path("carried_over", form.TOTAL)
        out.append(cell(p, total_in.value + k, label=form.short_label(p), **kw))
        for c in cols:
            p = form.application_path("carried_over", c)
            was = known.get(p)
            if was is not None or total_in.value == 0:
                out.append(cell(p, (was.value if was is not None else 0) + k, label=form.short_label(p), **kw))
            p = form.application_path("new_received", c)
            if p in known and p not in now and known[p].value >= k:
                out.append(cell(p, known[p].value - k, label=form.short_label(p), **kw))
        p = form.application_path("new_received", form.TOTAL)
        if new_total is not None and p not in now and new_total.value >= k:
            out.append(cell(p, new_total.value - k, label=form.short_label(p), **kw))
    return out


def moved_between_reasons(text: str, message: int, said: list[Statement]) -> list[Statement]:
    """"个人那3件不是“不掌握”，是查询他人登记资料，应按“属于行政查询事项”填": a reviewer moves cases from one
    result row to another. Read only when the notes gave the first row a figure in the column named (the
    total when none is): that figure drops by the cases moved and the second row's rises (corrections)."""
    out: list[Statement] = []
    folded = fold(text)
    for sm in re.finditer(r"[^。；;！!\n]+", folded):
        sentence = sm.group(0)
        neg = re.search(r"不是|不属于|不应|不该", sentence)
        toks = tokens(sentence)
        # ("公开的那2件": the bare word is 予以公开 when it points at cases)
        rows = [t for t in toks if t.kind == "row" and t.target in form.RESULT_KEYS or
                t.kind == "open" and t.target == "granted" and not neg]
        some = None  # "公开的那2件里有1件", "予以公开的有1件", "有1件予以公开的": only some of them move
        if neg:
            at, past = neg.start(), neg.end()
        else:
            # "刚才执法案卷那件其实应该算过程性信息": the case pointed at (by the row it was put in) moves.
            def points(t):
                after, before = sentence[t.end:t.end + 12], sentence[max(0, t.start - 6):t.start]
                return re.match(r"(?:的)?那\s*(?:\d+|[一两二三四五六七八九十])?\s*件|的(?:里面?|中|当中)?有\s*"
                                r"(?:\d+|[一两二三四五六七八九十])\s*件", after) or \
                    after.startswith("的") and re.search(r"(?:\d+|[一两二三四五六七八九十])\s*件\s*$", before)
            pointed = next((t for t in rows if points(t)), None)
            if pointed is None:
                continue
            at = past = pointed.start
            after = sentence[pointed.end:pointed.end + 14]
            m = re.match(r"(?:的)?(?:那\s*(?:\d+|[一两二三四五六七八九十])?\s*件)?(?:里面?|中|当中|之中)?有\s*"
                         r"(\d+|[一两二三四五六七八九十])\s*件", after) or \
                re.search(r"(\d+|[一两二三四五六七八九十])\s*件\s*$", sentence[max(0, pointed.start - 6):pointed.start])
            some = float(cn_number(m.group(1)) or 0) if m else None
        src = next((t for t in rows if t.start >= past and t.start - past <= 3), None)
        dst = next((t for t in rows if src is not None and t.target != src.target and
                    _MOVE_TO.search(sentence[:t.start].rstrip("“\"「『 "))), None)
        if src is None or dst is None:
            continue
        kinds = [t.target for t in toks if t.kind == "applicant" and t.start < at]
        cols = [kinds[0]] if len(set(kinds)) == 1 else []
        # (pointed at, the figures are the earlier messages': "第三方那2件" here counts the cases moved)
        known = stated(x for x in said if neg or x.message < message)
        have = [c for c in cols + [form.TOTAL] if form.application_path(src.target, c) in known]
        if not have or cols and cols[0] not in have:
            continue
        m = re.search(r"(\d+|[一两二三四五六七八九十])\s*件", sentence[:at] if neg else sentence[src.end:src.end + 5])
        n = float(cn_number(m.group(1)) or 0) if m else None if neg else 1.0  # ("那件": the one case)
        n = some if some is not None else n
        kw = dict(quote=text[sm.start():sm.end()].strip()[:60], message=message, correction=True, span=(sm.start(), sm.end()))
        for c in have:
            was = known[form.application_path(src.target, c)]
            k = was.value if n is None else n
            if not 0 < k <= was.value:
                continue
            p = form.application_path(src.target, c)
            out.append(cell(p, was.value - k, label=form.short_label(p), **kw))
            q = form.application_path(dst.target, c)
            to = known.get(q)
            out.append(cell(q, (to.value if to is not None else 0) + k, label=form.short_label(q), **kw))
    return out


_SOME_OF_A_FIGURE = re.compile(r"(\d+|[一两二三四五六七八九十])\s*件(?:里面?|中|当中|之中)有\s*(\d+|[一两二三四五六七八九十])\s*件")
_IS_REALLY = re.compile(r"(?:其实|实际上?|应该?|要)(?:是|算作?|为|属于|按|归)[^，,；;。\n]{0,2}$")


def moved_out_of_a_figure(text: str, message: int, earlier: list[Statement]) -> list[Statement]:
    """"予以公开9件" then "9件里有1件其实是部分公开的": a row not named but pointed at by its figure, said in an
    earlier message and by exactly one result row; the cases moved leave it for the row named after the cue."""
    out: list[Statement] = []
    known = stated(x for x in earlier if x.message < message)
    for sm in re.finditer(r"[^。；;！!\n]+", fold(text)):
        sentence = sm.group(0)
        m = _SOME_OF_A_FIGURE.search(sentence)
        if m is None:
            continue
        toks = tokens(sentence)
        if any(t.kind == "row" and t.start < m.start() for t in toks):
            continue  # "公开的那9件里有1件…": a named row is moved_between_reasons' to read
        dst = next((t for t in toks if t.start >= m.end() and t.kind == "row" and t.target in form.RESULT_KEYS and
                    _IS_REALLY.search(sentence[m.end():t.start].rstrip("“\"「『 "))), None)
        n, k = (float(cn_number(g) or 0) for g in m.groups())
        if dst is None or not 0 < k < n:
            continue
        src = [p for p, x in known.items() if x.value == n and p.startswith("applications.") and
               p.split("[")[0].removeprefix("applications.") in form.RESULT_KEYS]
        if len(src) != 1 or src[0].split("[")[0].removeprefix("applications.") == dst.target:
            continue  # which figure is meant is not guessed
        col = int(src[0].split("[")[1].rstrip("]"))
        q = form.application_path(dst.target, col)
        kw = dict(quote=text[sm.start():sm.end()].strip()[:60], message=message, correction=True,
                  span=(sm.start(), sm.end()))
        out.append(cell(src[0], n - k, label=form.short_label(src[0]), **kw))
        to = known.get(q)
        out.append(cell(q, (to.value if to is not None else 0) + k, label=form.short_label(q), **kw))
    return out


# "行政处罚填56" then "刚问了执法大队，是65，我看反了" / "搞错了，340是去年的，今年是298" / "不对，应该是12": a reply
# that names no row, says the figure before was wrong and gives one figure, puts right the one figure the message
# before gave. "刚又办完一件，最后是1件" after "结转下年度2件": a final figure after what changed it, likewise.
_WRONG_CUE = re.compile(r"不对|错了|有误|搞错|弄错|记错|说错|写错|填错|看错|[看写弄搞填记]反了|颠倒|口误|更正|改一下|"
                        r"改成|改为|应该是|应为|实际(?:上)?是|其实是|(?:最后|最终)(?:是|为)")
_RESTATED = re.compile(r"(?:^|(?<=[，,。；;！!？?\s]))(?:今年|实际上?|其实|应该|应|最后|最终|正确的|准确的|那就|就)?"
                       r"(?:是|为|改成|改为|填)\s*(\d+|[一两二三四五六七八九十百千]+)\s*(?:件|个|起|宗|项|次)?"
                       r"\s*(?=[，,。；;！!？?\s~～啊呀哈吧了]|$)")


def restated_figure(text: str, message: int, earlier: list[Statement], said: list[Statement],
                    asked: set[str] | None) -> list[Statement] | None:
    """See _RESTATED: the correction, or None. The figure before must be the only one of the message before (which
    of several is meant is not guessed) and, when the assistant asked something in between, one it asked about."""
    folded = fold(text)
    if len(folded) > 60 or "\n" in folded.strip() or not _WRONG_CUE.search(folded):
        return None
    before = [x for x in earlier if x.message == message - 1 and x.strength >= 1 and len(x.terms) == 1]
    if len({x.key for x in before}) != 1 or asked and before[0].terms[0][1] not in asked:
        return None
    was = before[-1]
    found = [m for m in _RESTATED.finditer(folded) if cn_number(m.group(1)) is not None and
             float(cn_number(m.group(1))) != was.value]
    if len({float(cn_number(m.group(1))) for m in found}) != 1:
        return None
    m = found[-1]
    a, b = clause_span(folded, m.start(1), m.end(1))
    heads = [t for t in tokens(folded) if t.kind in ROW_HEADS]
    # (a row named elsewhere is the message's own point, unless it tells what changed before the final figure)
    if any(a <= t.start < b for t in heads) or heads and not re.match(r"(?:最后|最终)", folded[m.start():]):
        return None
    return [cell(was.terms[0][1], float(cn_number(m.group(1))), label=was.label, quote=text.strip()[:60],
                 message=message, correction=True, span=(m.start(1), m.end(1)))]


# "收费金额填5000" then "单位是元哈" / "刚才那个是按元算的" / "那个数是元，不是万元": the bare amount given before was in
# 元, while the form counts fees in 万元 (5000 元 = 0.5 万元).
_IN_YUAN = re.compile(r"(?:单位|那个|这个|刚才|上面|前面|数|数字|金额|收费|费用|的|是|按|用|写|填|算|都|也|就)*"
                      r"(?<!万)元(?:钱)?(?:算的|为单位|计的|的)?(?:[，,]?\s*(?:不是|而不是|并非)万元)?"
                      r"[\s，,。.!！~～哈啊呀哦噢吧啦了的]*")


def in_yuan(text: str, message: int, earlier: list[Statement]) -> list[Statement] | None:
    """See _IN_YUAN: the fee figure of the message before, given bare (no 元 or 万 with it), in 万元."""
    # (a reply the dialogue took for an answer to its open question comes with it: "问：…？\n答：是按元算的")
    folded = fold(re.sub(r"^问：[^\n]*\n答：", "", text)).strip()
    if len(folded) > 24 or not _IN_YUAN.fullmatch(folded):
        return None
    fee = next((x for x in reversed(earlier) if x.message == message - 1 and x.cells == {"active.fees"} and
                x.strength >= 1 and x.value > 0), None)
    if fee is None or re.search(r"[元万块]", fee.quote):
        return None
    return [cell("active.fees", round(fee.value / 10000, 6), label=fee.label, quote=folded[:60],
                 message=message, correction=True, span=(0, len(text)))]


_RECLASS_CUE = re.compile(r"(?:其实|实际上?|应该?算|应为|算作?(?!了)|改为|改成|归为|归到|划到|应归)[是为以一个位名家]{0,4}$")


def reclassified(text: str, message: int, earlier: list[Statement]) -> list[Statement]:
    """"那个律所的其实是以个人名义申请的，算个人吧": applications moved from one applicant column to another.
    Read only when the notes gave the first kind a figure in exactly one row of table 3: that figure moves
    (corrections of both columns, the earlier words kept in the record)."""
    folded = fold(text)
    kinds = [t for t in tokens(folded) if t.kind == "applicant" and t.target != form.TOTAL]
    if len({t.target for t in kinds}) != 2 or re.search(r"\d", folded) or len(folded) > 80:
        return []
    src, to = kinds[0].target, next(t for t in kinds if t.target != kinds[0].target)
    dst = to.target
    if not _RECLASS_CUE.search(folded[max(kinds[0].end, to.start - 8):to.start]):
        return []  # "算个人", "其实是以个人名义": the cue stands right before the kind it is moved to
    known = stated(earlier)
    rows = [k for k in form.APPLICATION_KEYS
            if (st := known.get(form.application_path(k, src))) is not None and st.value > 0]
    if len(rows) != 1:
        return []
    row = rows[0]
    moved = known[form.application_path(row, src)].value
    m = re.search(r"(\d+|[一两二三四五六七八九十])\s*件", folded)
    n = moved if m is None else float(cn_number(m.group(1)) or 0)
    if not 0 < n <= moved:
        return []
    quote = re.sub(r"\s+", " ", re.sub(r"^问：[^\n]*\n答：", "", text).strip())[:60]  # without the question context
    kw = dict(quote=quote, message=message, correction=True, span=(0, len(text)))
    out = [cell(form.application_path(row, src), moved - n, label=form.short_label(form.application_path(row, src)), **kw)]
    if (to := known.get(form.application_path(row, dst))) is not None:
        out.append(cell(to.terms[0][1], to.value + n, label=form.short_label(to.terms[0][1]), **kw))
    return out


_SOME_OF_THEM = re.compile(r"^\s*(?:其中|里面|里头|这里面|当中|这\s*(?:\d+|[两二三四五六七八九十])\s*件里面?)(?:还)?(?:有)?\s*"
                           r"(\d+|[一两二三四五六七八九十])\s*(?:件|个)")


def some_of_another_kind(text: str, message: int, earlier: list[Statement]) -> list[Statement] | None:
    """"企业申请的写4件" then "其中1件其实是研究院的，改一下": some of the one applicant figure the message before gave
    are said to be really of another kind — they move to it (企业 3, 科研机构 1). Only after a cue that they are
    really of it (其实/应该算…, see _RECLASS_CUE), and only when the message before gave one such figure."""
    folded = fold(re.sub(r"^问：[^\n]*\n答：", "", text))
    m = _SOME_OF_THEM.match(folded)
    if m is None or len(folded) > 60:
        return None
    kinds = [t for t in tokens(folded) if t.kind == "applicant" and t.target != form.TOTAL and t.start >= m.end()]
    if not kinds or not _RECLASS_CUE.search(folded[m.end():kinds[0].start]):
        return None
    before = [x for x in earlier if x.message == message - 1 and x.strength >= 1 and len(x.terms) == 1 and
              x.terms[0][1].startswith("applications.") and not x.terms[0][1].endswith(f"[{form.TOTAL}]")]
    if len({x.key for x in before}) != 1:
        return None  # which kind's figure is meant is not guessed
    was = before[-1]
    where = address.parse(was.terms[0][1])
    n = float(cn_number(m.group(1)) or 0)
    if where.col == kinds[0].target or not 0 < n <= was.value:
        return None
    dst = form.application_path(where.row, kinds[0].target)
    to = stated(earlier).get(dst)
    kw = dict(quote=folded.strip()[:60], message=message, correction=True, span=(m.start(1), m.end(1)))
    return [cell(was.terms[0][1], was.value - n, label=was.label, **kw),
            cell(dst, (to.value if to is not None else 0) + n, label=form.short_label(dst), **kw)]
