"""An answer read against the question it answers: the open question knows its subject (the cells it asks
about), so "都是个人", "那2件都是自然人", "是的", "没有" fill those cells and nothing else.

Two ways, both from the official's own words: the grammar reads the answer with the subject as its topic (the
same "问：…答：…" reading it gives a clerk's Q&A notes, `answer_context`), and `bind` settles the bare answers
the grammar reads nothing from — yes, none, one number, one kind of applicant for all. "都是/均为/全部" scope to
the subject only.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..form import official as form
from ..form.address import parse
from ..form.official import TOTAL, application_path
from ..model.numbers import cn_number
from ..notes.grammar.numbers import numbers
from ..notes.lexicon import EMOJI_YES, fold, tokens
from ..notes.ordinals import PLACE, place
from ..notes.solver import Statement, cell
from .intent import COMPARED, fits, one_case_whose, is_bare_answer, lead_count, names_heads, own_heads, strip_courtesy, subject_heads
from .state import Turn

_YES = re.compile(r"^\s*(?:[" + EMOJI_YES + r"]+|是的?|对的?|没错|是这样|嗯|正确|确认|可以|(?:那|那就|好|好的)?[，, ]?(?:就)?(?:按|照|依)(?:你|您)(?:说的|的意见|的建议|讲的)(?:办|来|填|弄|处理)?(?:吧)?|就这么(?:办|填)(?:吧)?)[\s，,。.!！啦了哈呀]*$")
_NONE = re.compile(r"^\s*(?:没有|没|无|都没有|都没|均无|都无|一件也没有|一件都没有|0|零|〇)(?:件|个)?[\s，,。.!！啦了哈呀的]*$|"
                   r"都是0|都是零|都填0|都填零|全是0|均为0|都为0|填0就行|都为零")
_COUNT = re.compile(r"^\s*(?:(?:是的?|对)[，,\s]*)?(?:共|一共|总共)?\s*(\d+|[一二两三四五六七八九十]+)\s*(?:件|个|起)?[\s，,。.!！啦了哈呀]*$")
_ALL = re.compile(r"都|均|全|全部|也是|一律")
_REST_NONE = re.compile(r"(?:别的|其他的?|其余的?|剩下的?|另外的?)(?:类|几类|类型)?(?:都|均|也|全)?(?:没有|没|无|是0|为0|是零)")
# One case pointed at ("那第9件就是…", "只有那一件是…"): the answer to "有几件？" is 1.
_ONE_ITEM = re.compile(r"^\s*(?:就|只有|只|仅)?\s*(?:那|这)?\s*(?:第\s*[0-9一二三四五六七八九十]+\s*(?:件|个|条|号)|一件|那件|这件|"
                       r"那一件|这一件)(?:申请)?\s*(?:就|也)?(?:是|属于|算)")
# "公司那件", "企业的那2件": an applicant's cases pointed at.
_POINTED = re.compile(r"\s*(?:的|那|这)\s*(?:那|这)?\s*(?:\d+|[一两二三四五六七八九十]+)?\s*[件个]")
_NOT_ALL = re.compile(r"^\s*(?:不是|不全是|不都是|并不是|不对|没有都是)[\s，,。.!！啦了哈呀的]*$")


# "0，0，2", "3/1/12": bare figures in the order the question named what it asks for.
_FIGURE_LIST = re.compile(r"^\s*\d+(?:\.\d+)?(?:\s*[，,、/；;]\s*\d+(?:\.\d+)?|\s+\d+(?:\.\d+)?)+\s*[。.]?\s*$")


# "1. 4\n2. 0\n4. 6，都是…": answers numbered as the question listed what it asks for.
_NUMBERED = re.compile(r"^\s*(\d{1,2})\s*[.．、)）]\s*(\d+)(?![\d.．])\s*(?:件|个)?\s*(?:[，,。；;]\s*(.*))?$")
_ITEM_ONLY = re.compile(r"^\s*\d{1,2}\s*[.．、)）]")


def _numbered_items(said: str, cells: list[str], asked: str) -> list[tuple[list[str], float, str]] | None:
    """(the item's cells, its figure, what the line says besides) for each numbered line, when every line is
    numbered and the question lists its items in a known order: the six results of table 3 (all asked), or
    the six kinds of applicant; None otherwise."""
    lines = [x for x in said.split("\n") if x.strip()]
    if len(lines) < 2 or not all(_ITEM_ONLY.match(x) for x in lines):
        return None
    row = applicant_row(cells)
    items = _items(cells)
    results = len(items) == 6 and all(parse(p).table == "applications" and parse(p).row in form.RESULT_KEYS
                                      and parse(p).col == TOTAL for item in items for p in item)
    if row is None and not results:
        return None
    if row is not None and not re.search("、".join(form.APPLICANT_COLUMNS[:6]), asked):
        return None  # numbered by the kinds of applicant only when the question listed them, in the form's order
    if row is None and not _listed_in_order(items, asked):
        return None
    out = []
    for x in lines:
        m = _NUMBERED.match(x)
        if not m:
            continue  # "3.那个我要问一下科长": that item left open
        k = int(m.group(1))
        said_of = [t for t in tokens(fold(m.group(3) or "")) if t.kind in ("applicant", "legal", "row", "group")]
        if row is None and said_of and said_of[0].kind in ("applicant", "legal") and said_of[0].start <= 8:
            return None  # "3. 1件，是某大学的课题组": the items were kinds of applicant, not these results
        if row is not None:
            if not 1 <= k <= len(form.PARTIES) or application_path(row, k - 1) not in cells:
                return None
            if any(t.kind == "applicant" and t.target != k - 1 for t in said_of):
                return None  # the line names another kind of applicant than the item's
            out.append(([application_path(row, k - 1)], float(m.group(2)), m.group(3) or ""))
        else:
            if not 1 <= k <= len(items) or any(t.kind in ("row", "group") and
                                               application_path(t.target, TOTAL) not in items[k - 1] and
                                               not (t.kind == "group" and len(items[k - 1]) > 1)
                                               for t in said_of):
                return None  # the line names a result of another item
            out.append((items[k - 1], float(m.group(2)), m.group(3) or ""))
    return out or None


def _names(item: list[str]) -> tuple[str, ...]:
    """The words a question lists an item by, or () for an item it has no one name for."""
    where = parse(item[0])
    if where.table == "applications" and where.col == TOTAL:
        row = form.APP_BY_KEY[where.row]
        if len(item) > 1 and row.group is not None:
            return (row.group.label[3:],)
        return (row.short,) + tuple(row.synonyms)
    if where.table == "review_litigation" and len(item) == 1:
        if where.col == form.REVIEW_TOTAL:
            g = next(g for g in form.REVIEW_GROUPS_DEF if g.key == where.row)
            return (g.header,) + tuple(g.synonyms)
        return tuple(form.REVIEW_OUTCOMES[where.col].synonyms)
    if where.table == "active" and len(form.ACTIVE_BY_KEY[where.row].paths) == 1:
        return tuple(form.ACTIVE_BY_KEY[where.row].synonyms)
    return ()


def _listed_in_order(items: list[list[str]], asked: str) -> bool:
    """Whether the question's words name every item, in the order of the items (what a list of bare figures
    or numbered answers follows)."""
    at = 0
    for item in items:
        found = [i for i in (asked.find(w, at) for w in _names(item)) if i >= 0]
        if not found:
            return False
        at = min(found) + 1
    return True


def numbered_answer(text: str, turn: Turn) -> bool:
    """Whether an answer is numbered by the question's items (`bind` reads it, item by item; the grammar's
    reading of its lines, without the items' names, is set aside)."""
    cells = [p for p in turn.subject if p in form.INDEX]
    return "answer" in turn.kinds and bool(cells) and _numbered_items(text.strip(), cells, turn.asked) is not None


def _items(cells: list[str]) -> list[list[str]]:
    """What a question names one by one, in its order: a group of table 3 whose reasons are all asked is one
    item (its count), any other cell is one."""
    out: list[list[str]] = []
    seen: set[str] = set()
    for p in cells:
        if p in seen:
            continue
        where = parse(p)
        row = form.APP_BY_KEY[where.row] if where.table == "applications" else None
        g = row.group if row is not None else None
        group = [application_path(k, where.col) for k in form.GROUP_KEYS[g.key]] if \
            g is not None and g is not form.RESULTS else []
        item = group if group and set(group) <= set(cells) else [p]
        seen.update(item)
        out.append(item)
    return out


def _rows(cells: list[str]) -> list[str]:
    return list(dict.fromkeys(parse(p).row for p in cells if p.startswith("applications.")))


def applicant_row(cells: list[str]) -> str | None:
    """The table-3 row whose applicant split the question asks for, if that is what it asks."""
    if not cells or not all(p.startswith("applications.") for p in cells):
        return None
    rows = _rows(cells)
    if len(rows) == 1 and all(parse(p).col != TOTAL for p in cells):
        return rows[0]
    return None


def parts_of_a_figure(cells) -> bool:
    """Whether a question asks how a figure already told splits (table 4's outcomes of its total, the results
    of the applications concluded): such a question is only asked when that figure is above 0."""
    cells = [parse(p) for p in cells]
    if cells and all(c.table == "review_litigation" and c.col != form.REVIEW_TOTAL for c in cells):
        return True
    return len(cells) > 1 and all(c.table == "applications" and c.col == TOTAL and c.row in form.RESULT_KEYS
                                  for c in cells)


def subject_phrase(cells: list[str]) -> str:
    """The subject named as officials say it: the row, the group, the table-4 group."""
    names: list[str] = []
    for p in cells:
        where = parse(p)
        if where.table == "applications":
            row = form.APP_BY_KEY[where.row]
            g = row.group
            if g is not None and g is not form.RESULTS and \
                    {application_path(k, where.col) for k in form.GROUP_KEYS[g.key]} <= set(cells):
                name = g.label[3:]
            else:
                name = row.short
        elif where.table == "review_litigation":
            name = form.REVIEW_GROUPS[where.row]
        else:
            continue  # table 2 is read from its own words: its answers name their rows
        if name not in names:
            names.append(name)
    return "、".join(names)


def answer_context(turn: Turn, text: str) -> str:
    """A prefix that gives the grammar the question's subject as the answer's topic — only for an answer that
    names no row of its own ("都是个人", "5件是个人申请的"): one that does is read by its own words."""
    if "answer" not in turn.kinds or not turn.subject or not fits(text, turn.subject):
        return ""
    if _FIGURE_LIST.match(text):
        return ""  # figures in the question's order: `bind` places them, or none when they do not fit
    if len(turn.subject) == 1 and _OF_WHICH.match(text) or _of_another_table(text, turn.subject):
        # "其中个人10件" to "上年结转有几件？": part of a figure the official gave, not the count asked; "两件维持，一件
        # 被撤销" or "废止1件，现行有效20件" to a question about table 3: outcomes or columns of what they said before.
        return ""
    # ("还有两件，都是12月下旬才收到的": the count asked, then what the cases were — read with the question.)
    if not _counted(turn.subject, text) and names_heads(text) and one_case_whose(turn.subject, turn.asked, text) is None and \
            not (own_heads(text) <= subject_heads(turn.subject) and _reasons_asked(turn.subject)):
        # An answer that names rows of its own is read by its own words — unless it only names the reasons the
        # question asks to split ("那件是要求确认的", "都是不掌握"): those are read with the group as their topic.
        return ""
    if applicant_row(turn.subject) is not None and (_NONE.match(strip_courtesy(text)) or _NOT_ALL.match(strip_courtesy(text))):
        # "上年结转的3件也都是自然人吗？" — "没有"/"不是" says the split is another, never that the row is 0.
        return ""
    if _NONE.match(strip_courtesy(text)) and parts_of_a_figure(turn.subject):
        # "行政复议1件的结果分别是？" — a bare "没有" answers some other question, never that the 1 件 had no result.
        return ""
    if applicant_row(turn.subject) is not None and not _names_applicants(text):
        # "分别来自哪类申请人？" is answered by naming applicants; without one ("空着的就是0", "第三个问题：0") a
        # figure read with the row as topic would land on the row's total, which the question already knew.
        return ""
    phrase = subject_phrase(turn.subject)
    return f"问：{phrase}？\n答：" if phrase else ""


_OF_WHICH = re.compile(r"\s*其中")


def _of_another_table(text: str, subject) -> bool:
    """Whether an answer's words are table 4's outcomes or table 2's columns while the question asks of neither."""
    if not numbers(fold(text)):
        # ("第二个也是后者，…发了个撤回的短信": a choice between the question's options; but "结果是维持", "法院判的
        # 驳回" after "复议有1件" is the outcome of the cases told before — 撤回, 终止 are table 3's words too)
        return len(fold(text).strip()) <= 20 and not any(p.startswith("review_litigation.") for p in subject) and \
            any(t.kind == "outcome" and t.target != 2 for t in tokens(fold(text)))
    kinds = {t.kind for t in tokens(fold(text))}
    return "outcome" in kinds and not any(p.startswith("review_litigation.") for p in subject) or \
        "t2col" in kinds and not any(p.startswith("active.") for p in subject)


def _reasons_asked(cells) -> bool:
    """Whether a question asks how a group of table 3 (or the results still untold) splits by reason."""
    where = [parse(p) for p in cells]
    return len(where) > 1 and all(w.table == "applications" and w.col == TOTAL and w.row in form.RESULT_KEYS
                                  for w in where)


def _one_group(cells) -> bool:
    """Whether a question asks for the reasons of one group of table 3 (不予公开, 无法提供, 不予处理, 其他处理)."""
    if not _reasons_asked(cells):
        return False
    groups = {form.APP_BY_KEY[parse(p).row].group for p in cells}
    return len(groups) == 1 and next(iter(groups)) is not None and next(iter(groups)) is not form.RESULTS


def unprefix(s: Statement, prefix: str) -> Statement:
    """A statement read with the context: its quote and span as the official wrote them."""
    q = s.quote.removeprefix("答：")
    span = (max(0, s.span[0] - len(prefix)), max(0, s.span[1] - len(prefix)))
    return replace(s, quote=q.strip(), span=span)


def bind(text: str, turn: Turn, message: int) -> list[Statement]:
    """The bare answer's statements about the subject; [] when the answer says more than the subject."""
    said = strip_courtesy(text)
    quote = re.sub(r"\s+", " ", said)[:60]
    kw = dict(quote=quote, message=message, source="notes")
    cells = [p for p in turn.subject if p in form.INDEX]
    if cells and (numbered := _numbered_items(said, cells, turn.asked)) is not None:
        out = []
        for item, v, rest in numbered:
            out.append(Statement(tuple((1.0, p) for p in item), v, quote=quote,
                                 label="、".join(dict.fromkeys(form.short_label(p) for p in item))[:40], message=message))
            named = own_heads(rest) & {parse(p).row for p in item}
            if len(item) > 1 and len(named) == 1 and (v == 1 or _ALL.search(rest)):
                # "4. 6，都是没有现成数据要另外加工的": the group's count, all of the one reason named.
                r = next(iter(named))
                out += [cell(p, v if parse(p).row == r else 0, label=form.short_label(p), quote=quote, message=message,
                             source="notes") for p in item]
        return out
    if cells and (rest := _rest_is(said, cells, turn.asked, kw)):
        return rest
    if cells and (by_place := _by_place(said, cells, turn.asked, kw)) is not None:
        return by_place
    if cells and _FIGURE_LIST.match(said):
        # "0，0，2" to "…制发、废止、现行有效各多少件？": one figure an item, in order — only when the counts match
        # (a list of another length answers some other question).
        figs = [float(x) for x in re.findall(r"\d+(?:\.\d+)?", said)]
        items = _items(cells)
        if len(figs) != len(items) or not _listed_in_order(items, turn.asked):
            return []
        return [Statement(tuple((1.0, p) for p in item), v, quote=quote,
                          label="、".join(dict.fromkeys(form.short_label(p) for p in item))[:40], message=message)
                for item, v in zip(items, figs)]
    if said and cells and _one_group(cells) and fits(said, cells):
        named = own_heads(said) & {parse(p).row for p in cells}
        if len(named) == 1 and not re.search(
                r"\d|[一二两三四五六七八九十]\s*[件个]", said) and not re.search(r"部分|有的|一些|其中", said):
            # "都是我们馆没有接收进馆的档案，不掌握" to "无法提供 3 件分别属于哪一类理由？": the one reason named is
            # the whole group's, the reasons not named are 0.
            row = next(iter(named))
            label = f"{form.APP_BY_KEY[row].group.label[3:]}均为{form.APP_BY_KEY[row].short}"
            return [cell(p, 0, label=label, **kw) for p in cells if parse(p).row != row]
    if cells and (whose := one_case_whose(cells, turn.asked, said)) is not None:
        # (the grammar reads its story; the applicant is the answer: that kind's one case)
        return [cell(application_path(applicant_row(cells), whose), 1, label=form.short_label(
            application_path(applicant_row(cells), whose)), **kw)]
    if len(cells) == 1 and _ONE_ITEM.match(said) and parse(cells[0]).table == "applications" and \
            parse(cells[0]).col == TOTAL and own_heads(said) == {parse(cells[0]).row}:
        # "那第9件就是结转下年，12月31号还没答复" to "…结转下年度继续办理的申请有几件？": that one case.
        return [cell(cells[0], 1, label=form.short_label(cells[0]), **kw)]
    if len(cells) == 1 and (rel := _compared(said, cells[0], message)) is not None:
        return [rel]
    if _counted(cells, said):
        return [cell(cells[0], cn_number(lead_count(said)), label=form.short_label(cells[0]), **kw)]
    if len(cells) == 1 and (total := _closing_total(said)) is not None:
        return [cell(cells[0], total, label=form.short_label(cells[0]), **kw)]
    if not said or not cells or names_heads(said) or not fits(said, cells):
        return []  # an answer that names its own rows is read by its own words
    if _YES.match(said) and turn.yes:
        return [cell(p, v, label=form.short_label(p), **kw) for p, v in turn.yes.items()]
    row = applicant_row(cells)
    if row is not None:
        return _applicants(fold(said), row, kw, set(cells))
    if _NONE.search(said) and (is_bare_answer(said) or _NONE.match(said) or len(said) <= 12):
        if parts_of_a_figure(cells):
            return []
        return [cell(p, 0, label=form.short_label(p), **kw) for p in cells]
    m = _COUNT.match(said)
    if m and len(cells) == 1:
        n = cn_number(m.group(1))
        if n is not None:
            return [cell(cells[0], n, label=form.short_label(cells[0]), **kw)]
    return []


def untold_results(total: str, gap: str) -> str:
    """The question for the results of the cases concluded that no result was told of (view asks it, `_rest_is`
    knows it by its words)."""
    return f"办结的 {total} 件中还有 {gap} 件{_UNTOLD}，分别是予以公开、部分公开、不予公开（哪类理由）、无法提供、不予处理还是其他处理？"


_UNTOLD = "的办理结果没有说明"
# "那就按其他处理吧", "算不予处理": the one result the cases still untold are filed under (no figure).
_FILED_AS = re.compile(r"(?:按|算|归|归为|归到|属于|报|填|就是|都是|都算|都按)\s*(?:作|成|为|到|进)?\s*$")


def _rest_is(said: str, cells: list[str], asked: str, kw: dict) -> list[Statement]:
    """"当时是按申请登记的……那就按其他处理吧" to "…还有 1 件的办理结果没有说明…？": the cases untold all have the one
    result named — the other results still open are 0 (the solver gives that one what is left)."""
    if _UNTOLD not in asked or re.search(r"\d|[一二两三四五六七八九十]\s*件", said):
        return []
    text = fold(said)
    named = [t for t in tokens(text) if (t.kind == "row" and t.target in form.RESULT_KEYS) or t.kind == "group"]
    if len({(t.kind, t.target) for t in named}) != 1 or not _FILED_AS.search(text[max(0, named[0].start - 4):named[0].start]):
        return []
    t = named[0]
    rows = form.GROUP_KEYS[t.target] if t.kind == "group" else (t.target,)
    mine = {application_path(r, TOTAL) for r in rows}
    if not mine & set(cells):
        return []
    label = f"其余办理结果均为{t.text}"
    return [cell(p, 0, label=label, **kw) for p in cells if p not in mine]


# "后面那个0", "前面那个有1件", "第二个没有": a part of the question pointed at by its place, then its figure.
_PLACED = re.compile(r"^\s*(?:那)?" + PLACE + r"\s*(?:个|项|样|件)\s*(?:问题)?\s*(?:是|也是|为|的话|呢|嘛|吧)?[\s，,]*"
                     r"(?:(?:有|是|共)?\s*(\d+|[一两二三四五六七八九十]+)\s*(?:件|个|起|项)?|(没有|没|无|也没有|也没))[\s啦了哈呀的。.!！]*$")


def _by_place(said: str, cells: list[str], asked: str, kw: dict) -> list[Statement] | None:
    """"办结了。后面那个0" to a question of two parts: each figure goes to the part of the question its place word
    points at, in the order the question named them (复议 one part, 诉讼 one). None when no clause is such a pointer;
    [] when one is but the question has no such part (nothing is guessed)."""
    clauses = [c for c in re.split(r"[，,；;。\n]", said) if c.strip()]
    found = [(c, m) for c in clauses if (m := _PLACED.match(c))]
    if not found:
        return None
    items: dict[str, list[str]] = {}
    for item in _items(cells):
        p = item[0]
        key = "litigation" if p.startswith("review_litigation.litigation") else p
        items.setdefault(key, []).extend(item)
    at = {}
    for key, item in items.items():
        names = ("诉讼", "起诉") if key == "litigation" else _names(item)
        where = [i for i in (asked.find(w) for w in names) if i >= 0]
        if not where:
            return []
        at[key] = min(where)
    ordered = [items[k] for k in sorted(items, key=at.get)]
    if len(ordered) < 2 or len(set(at.values())) < len(at):
        return []  # "后面那个" presumes two parts, each named where the question says it (not "规章" for 3 columns)
    out = []
    for c, m in found:
        k = place(m.group(1))
        if m.group(1) in ("后一", "后面那", "后边那", "另一", "下面那") and len(ordered) != 2:
            return []  # "the latter" of three or more says no place
        if not 1 <= k <= len(ordered):
            return []
        item = ordered[k - 1]
        v = 0.0 if m.group(3) else cn_number(m.group(2))
        if v is None or (v and len(item) > 1 and not _one_count(item)):
            return []
        said_of = {**kw, "quote": c.strip()}
        if v:  # (a group of reasons: its count)
            label = "、".join(dict.fromkeys(form.short_label(p) for p in item))[:40]
            out.append(Statement(tuple((1.0, p) for p in item), float(v), label=label, **said_of))
        else:
            out += [cell(p, 0, label=form.short_label(p), **said_of) for p in item]
    return out


def _one_count(item: list[str]) -> bool:
    """Whether a part's cells add up to one count (a group of table 3's reasons, asked as one)."""
    return all(p.startswith("applications.") for p in item)


def _counted(cells, text: str) -> bool:
    """"有一件，去年12月底收的…" to "…有几件？" (one count of table 3 asked): the count opens the answer."""
    return len(cells) == 1 and parse(cells[0]).table == "applications" and parse(cells[0]).col == TOTAL and \
        cn_number(lead_count(text) or "") is not None


# "都是按依申请答复的，出了告知书。那就算上，一共12件" to "…共多少件？": how the cases were handled, then the
# count asked for, closing the answer in a clause of its own.
_CLOSING_TOTAL = re.compile(r"(?:^|[，,。；;！!\s])\s*(?:那就|那|就|所以|这样)?\s*(?:算上|加上|都算上|全算上)?[，,\s]*"
                            r"(?:一共|总共|共计|合计|总计|一共是|总共是|共)\s*(\d+|[一两二三四五六七八九十]+)\s*(?:件|个)"
                            r"[\s。.!！吧啦了哈]*$")


def _closing_total(said: str) -> float | None:
    """The count that closes an answer ("…，一共12件") when it is the answer's only figure."""
    m = _CLOSING_TOTAL.search(said)
    if not m or len(re.findall(r"\d+|[一两二三四五六七八九十]+\s*(?:件|个|起|宗|项)", said)) != 1:
        return None
    return cn_number(m.group(1))


def _compared(said: str, asked: str, message: int) -> Statement | None:
    """The count asked, told against another row of table 3 ("比上年结转的少一件"): a statement of the difference."""
    m = COMPARED.match(said)
    where = parse(asked)
    if not m or where.table != "applications" or where.col != TOTAL:
        return None
    rows = [t.target for t in tokens(fold(m.group(1))) if t.kind == "row"]
    n = cn_number(m.group(3))
    if len(rows) != 1 or rows[0] == where.row or n is None:
        return None
    other = application_path(rows[0], TOTAL)
    sign = 1.0 if m.group(2) == "多" else -1.0
    label = f"{form.short_label(asked)}比{form.short_label(other)}{m.group(2)}"
    return Statement(((1.0, asked), (-1.0, other)), sign * n, quote=re.sub(r"\s+", " ", said)[:60], label=label,
                     message=message)


def _applicants(text: str, row: str, kw: dict, asked: set[str]) -> list[Statement]:
    """"都是个人", "那2件都是自然人", "也是个人": every application asked about from that one kind (the
    columns the notes already gave are not asked, and keep their figures)."""
    kinds = {t.target for t in tokens(text) if t.kind == "applicant"}
    if len(kinds) != 1 or any(t.kind in ("legal", "rest") for t in tokens(text)) or "除" in text:
        return []
    if any(t.kind == "applicant" and _POINTED.match(text, t.end) for t in tokens(text)):
        return []  # "公司那件是公开的": what became of that applicant's cases, not that the row is all theirs
    figures = set(re.findall(r"\d+|[一二两三四五六七八九十]+(?=件|个)", text))
    kind = next(iter(kinds))
    if len(figures) == 1 and _REST_NONE.search(text):
        # "企业3件，别的都没有": the kind named has its figure (read by the grammar), the other organisations none;
        # persons, the kind everyone else is, follow from the total ("都" there is of "都没有", not "all").
        label = f"{form.APP_BY_KEY[row].short}其他类别（“{_REST_NONE.search(text).group(0)}”）"
        return [cell(application_path(row, c), 0, label=label, **kw) for c in form.PARTIES
                if c not in (kind, 0) and application_path(row, c) in asked]
    if len(figures) > 1 or (figures and not _ALL.search(text)) or _REST_NONE.search(text):
        return []
    label = f"{form.APP_BY_KEY[row].short}均为{form.APPLICANTS[kind].label}"
    # "企业3件，别的都没有": a figure for one kind of organisation, "the others none" — the other organisations;
    # the individuals are what the row's total leaves (0 when the figure is the whole row).
    skip = {0} if figures and kind != 0 else set()
    return [cell(application_path(row, c), 0, label=label, **kw) for c in form.PARTIES
            if c != kind and c not in skip and application_path(row, c) in asked]


def _names_applicants(text: str) -> bool:
    return any(t.kind in ("applicant", "legal", "rest") for t in tokens(fold(text)))
