"""Post-passes that revise statements once a message is read: a draft's figure put right, a reading marked wrong
by the clerk's bracket, a total told as including the carried-over cases."""
from __future__ import annotations

import re
from dataclasses import replace

from ..form import address, official as form
from .solver import Statement

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
