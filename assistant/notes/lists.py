"""Lists whose items say nothing alone: read with what the list around them says.

- A heading that says what all its items are ("没有的（都是0或者无）：" then "行政许可", "上年结转、结转下年" …,
  one label a line): each item is that row's zero.
- A self-check sheet with 是/否 columns ("序号 自查内容 是 否 备注"): a tick under 否 says "none" of the item,
  a tick under 是 or a remark says the item with the remark's figures; the row's 序号 is no figure.
- A system export of fields ("ysqgk_xs=41 ysqgk_xs_zrr=35 …"): each field is a clause of its own.
- A template's numbered items answered by number: a superior's 口径 pasted first ("1.本年新收申请数（件）",
  "3.上年结转数" …), then "第3项：无", "第11、12项：都没有": each answer is read as if it named the item.

Both are read through a rewritten copy of the message in which such a line says it in full; every statement
read from a rewritten line quotes the official's own line, so what they wrote is what a conflict or a question
shows. Lines nobody rewrote keep their spans.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..form import official as form
from .lexicon import fold, glossary_line, lookup, spelled, tokens
from .solver import Statement

# "1.本年新收申请数（件）", "（3）上年结转数", "3、上年结转数"
_ITEM = re.compile(r"^\s*(?:[（(]\s*(\d{1,2})\s*[)）]|(\d{1,2})\s*[.．、](?!\d))\s*(\S.*)$")
_ANSWER = re.compile(r"第\s*(\d{1,2}(?:\s*[、,，和及至\-—~]\s*\d{1,2})*)\s*项")
_REMARK = re.compile(r"[（(][^）)]*[)）]")

# "没有的（都是0或者无）：", "以下均为0：", "下列事项本年度均无："
NONE_HEAD = re.compile(r"(?:没有|没得|无|为0|为零|是0|是零|未发生|不涉及)[^：:\d]{0,12}[：:]\s*$")
_NONE_WORDS = re.compile(r"没有|没得|无|0|零|未|不涉及")


def numbered_items(messages: list[str]) -> dict[int, str]:
    """The template's items by number: four or more numbered lines in a row, each naming a cell of the form
    (its remarks "（注明理由）", "（件）" dropped)."""
    best: dict[int, str] = {}
    for m in messages:
        run: dict[int, str] = {}
        for line in m.splitlines() + [""]:
            got = _ITEM.match(fold(line))
            label = _label(got)
            if label and lookup(label) is not None:
                run[int(got.group(1) or got.group(2))] = label
                continue
            if len(run) >= 4 and len(run) > len(best):
                best = run
            run = {}
    return best


def _label(got: re.Match | None) -> str:
    """A template item's label: its words without remarks; none for an item already filled in or with a
    blank to fill ("（ 9 ）件", "____件": that is a form, read as notes)."""
    if got is None or re.search(r"\d|_{2,}|[（(]\s*[)）]", got.group(3)):
        return ""
    label = _REMARK.sub("", got.group(3)).strip(" ：:")
    return label if len(label) <= 24 else ""


def _numbers(spec: str) -> list[int]:
    parts = [int(x) for x in re.findall(r"\d{1,2}", spec)]
    if len(parts) == 2 and re.search(r"[至\-—~]", spec) and parts[0] < parts[1] <= parts[0] + 12:
        return list(range(parts[0], parts[1] + 1))
    return parts


# "1.0；2.1；3.3；4.无": the answers in a row, each after its item's number.
_BY_NUMBER = re.compile(r"^\s*(\d{1,2})\s*[.．、]\s*(\S.*?)\s*$")


def _answered_in_a_row(line: str, items: dict[int, str]) -> str | None:
    """"1.0；2.1；4.无" → "本年制发…：0。本年废止件数：1。行政许可处理决定数：无" (three or more answers, each
    numbering an item of the template; "1.0" there is item 1 answered 0, no decimal). Each answer is a sentence
    of its own: who one answer names ("1（一家连锁药店）") is not the column of the next item's figure."""
    parts = re.split(r"[；;]", line.strip().rstrip("。；;"))
    got = [_BY_NUMBER.match(fold(p)) for p in parts]  # one character for one: the answer's own words kept
    if len(parts) < 3 or not all(g and int(g.group(1)) in items for g in got):
        return None
    return "。".join(f"{items[int(g.group(1))]}：{p[g.start(2):g.end(2)]}" for p, g in zip(parts, got)) + "。"


def _answered(line: str, items: dict[int, str]) -> str | None:
    """"第3项：无" → "上年结转数：无" (None when the line names no item of the template)."""
    if items and (row := _answered_in_a_row(line, items)) is not None:
        return row
    if not items or not _ANSWER.search(line):
        return None
    out, hit = [], False
    last = 0
    for m in _ANSWER.finditer(line):
        labels = [items[n] for n in _numbers(m.group(1)) if n in items]
        if not labels:
            continue
        out.append(line[last:m.start()] + "、".join(labels))
        last, hit = m.end(), True
    return "".join(out) + line[last:] if hit else None


# "表二都填0吧", "表二我们馆全是0", "主动公开那块都没有": every figure of the table is 0 — said in its cells' words.
_TABLE_ZERO = re.compile(r"(?:表\s*[二2](?!\d)|第二张表|主动公开(?:的)?(?:表|那张表|那块|那部分|部分|数据|情况))"
                         r"[^，,。；;\n\d]{0,8}?(?:都|全|均|全部|一律)(?:填|是|为|写)?(?:成)?\s*(?:0|零|〇|没有|无)(?![\d.])")
_TABLE_ZERO_CELLS = ("规章制发0件、废止0件、现行有效0件，规范性文件制发0件、废止0件、现行有效0件，"
                     "行政许可、行政处罚、行政强制、行政事业性收费均为0")


# "表二别的都没有", "表二其余都是0": the rest of the table, not the figures said elsewhere.
_REST_OF_TABLE = re.compile(r"别的|其他|其余|剩下|剩余|余下|另外")


def table_rest_lines(text: str) -> list[tuple[int, int]]:
    """Spans of the lines that zero the rest of table 2 (their zeros give way to a figure stated for a cell)."""
    out, pos = [], 0
    for line in text.split("\n"):
        folded = fold(line)
        m = _TABLE_ZERO.search(folded if len(folded) == len(line) else line)
        if m and _REST_OF_TABLE.search(m.group(0)):
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


# "维持的：复议3件，直接起诉的2件": table 4 written by outcome, one line each; the heading is every figure's column.
_OUTCOME_HEAD = re.compile(r"^[ \t\-*•·]*(?P<word>[^：:\d\n]{2,6}?)(?:的|类)?\s*[：:]")


_PENDING = next(c for c in form.REVIEW_OUTCOMES if c.key == "pending").label


def _outcome_lines(lines: list[str]) -> dict[int, str]:
    """Lines headed by an outcome; once two are, a line of the same shape headed "还没结的" is the pending column
    (the one outcome said by a negation), and one headed by words that name no outcome is not read as totals."""
    out = {i: full for i, line in enumerate(lines) if (full := _outcome_line(line))}
    if len(out) < 2:
        return out
    for i, line in enumerate(lines):
        if i in out or not (m := _OUTCOME_HEAD.match(fold(line))) or len(fold(line)) != len(line):
            continue
        if not any(t.kind in ("rgroup", "litigation") for t in tokens(fold(line)) if t.start >= m.end()):
            continue
        pending = re.search(r"没|未|尚未|还在", m.group("word"))
        out[i] = (_outcome_line(line, _PENDING) if pending else None) or ""
    return out


def _outcome_line(line: str, word: str | None = None) -> str | None:
    folded = fold(line)
    if len(folded) != len(line):
        return None
    m = _OUTCOME_HEAD.match(folded)
    if not m:
        return None
    toks = tokens(folded)
    head = [t for t in toks if t.start < m.end()]
    if word is None and (len(head) != 1 or head[0].kind != "outcome" or head[0].start != m.start("word") or
                         head[0].end != m.end("word")):
        return None
    word = word or head[0].text
    out, last = [], m.end()
    for t in toks:
        if t.start < m.end() or t.kind not in ("rgroup", "litigation"):
            continue
        # The group's own figure right after it ("复议3件", "直接起诉的2件"): the outcome goes between them.
        own = re.match(r"(的?)\s*\d", folded[t.end:t.end + 3])
        if own:
            out += [line[last:t.end + len(own.group(1))], word]
            last = t.end + len(own.group(1))
    return "".join(out) + line[last:] if out else None


def _whole_table(line: str) -> str | None:
    folded = fold(line)
    m = _TABLE_ZERO.search(folded if len(folded) == len(line) else line)
    return line[:m.start()] + _TABLE_ZERO_CELLS + line[m.end():] if m else None


def _none_lists(lines: list[str]) -> dict[int, str]:
    """Line number → its rewriting, for headings that say "none" of the label lines under them."""
    out: dict[int, str] = {}
    k = 0
    while k < len(lines):
        head = fold(lines[k]).strip()
        if not (NONE_HEAD.search(head) and not re.search(r"[1-9]", head)):
            k += 1
            continue
        items = []
        j = k + 1
        while j < len(lines):
            item = fold(lines[j]).strip()
            if not item or re.search(r"[1-9]", item) or item.endswith(("：", ":")) or len(item) > 40 or \
                    lookup(item) is None:
                break
            items.append(j)
            j += 1
        if len(items) >= 2:
            out[k] = ""
            for j2 in items:
                item = lines[j2].rstrip()
                # An item that says its own "none" ("行政诉讼（都没有）") reads as it stands, plus the heading's.
                out[j2] = item + "：无" if not re.search(r"[：:]\s*(?:无|没有|0)\s*$", item) else item
        k = max(j, k + 1)
    return out


_TICK = re.compile(r"^[√✓✔☑■●是否有无]$")


def _yes_no(lines: list[str]) -> dict[int, str]:
    """Line number → its rewriting, for rows of a sheet whose header has a 是 and a 否 column."""
    out: dict[int, str] = {}
    yes = no = None
    for i, line in enumerate(lines):
        if "\t" not in line and not re.search(r"[|｜]", line):
            yes = no = None
            continue
        cells = [c.strip() for c in re.split(r"\t|[|｜]", fold(line).strip().strip("|｜"))]
        if "是" in cells and "否" in cells:
            yes, no = cells.index("是"), cells.index("否")
            out[i] = ""
            continue
        if yes is None:
            continue
        tick_yes = yes < len(cells) and bool(_TICK.match(cells[yes]))
        tick_no = no < len(cells) and bool(_TICK.match(cells[no]))
        label = next((c for c in cells[:min(yes, no)] if re.search(r"[\u4e00-\u9fff]", c)), "")
        remark = "，".join(c for c in cells[max(yes, no) + 1:] if c)
        if not label:
            continue
        if tick_no and not tick_yes:
            out[i] = label.replace("是否", "") + "：无" + (f"（{remark}）" if remark else "")
        elif remark or tick_yes:
            out[i] = label.replace("是否", "") + (f"：{remark}" if remark else "")
    return out


_FIELD = re.compile(r"(?<![\w=.])([A-Za-z][A-Za-z0-9_]{0,30}(?:\.[A-Za-z][A-Za-z0-9_]{0,30}){0,6})\s*[=＝]\s*(-?\d[\d,.]*)"
                    r"(?=\s|$|[,，;；])")


def _fields(lines: list[str]) -> dict[int, str]:
    """Line number → its fields as clauses ("ysqgk_xs：41；ysqgk_xs_zrr：35；"), for lines of three or more."""
    out = {}
    for i, line in enumerate(lines):
        found = list(_FIELD.finditer(line))
        if len(found) >= 3 or found and len(found) == len(re.findall(r"[^\s;；,，]+", line)):
            # A field whose name says nothing of the form (nd=2025, wzfb=2154) is no figure of the tables.
            # Each name is read as the words it stands for ("fy_wc" → 复议维持).
            said = [(spelled(m.group(1)), m.group(2)) for m in found]
            said = [(w, v) for w, v in said if w and any(t.kind not in ("ignore", "quant", "zero") for t in tokens(fold(w)))]
            out[i] = "；".join(f"{w}：{v}" for w, v in said) + ("。" if said else "")
    return out


_SEP = r"\s*(?:、|，|,|和|及|与|以及|跟)\s*"
_AND = r"\s*(?:、|和|及|与|以及|跟)\s*"  # between heads: a comma ends a clause
_HEAD = r"[^\s，,。；;：:、和及与跟\d]{1,16}"
_FIG = r"(?:\d[\d,]*(?:\.\d+)?|[零〇一二两三四五六七八九十百千]+)\s*(?:件|个|起|宗|项|条|部|万元|元)?"
# "许可、处罚、强制分别是20、5、1件", "自然人和企业分别申请了6件和2件": heads, then 分别, then as many figures
_RESPECTIVELY = re.compile(rf"({_HEAD}(?:{_AND}{_HEAD}){{1,8}})\s*(?:的?(?:数量|件数))?\s*分别\s*"
                           rf"((?:是|为|有|达到?|计|申请了?|收到了?|提出了?|作出了?|办理了?|制发了?)?)\s*[:：]?\s*"
                           rf"({_FIG}(?:{_SEP}{_FIG}){{1,8}})")


def _respectively(lines: list[str]) -> dict[int, str]:
    """Line number → its "A、B分别为x、y" said pair by pair ("A x，B y"): a figure list read as one number each
    bound to the first head gave every head the first figure."""
    out = {}
    for i, line in enumerate(lines):
        folded = fold(line)
        new, last = [], 0
        for m in _RESPECTIVELY.finditer(folded):
            heads = re.split(_AND, m.group(1))
            figures = re.split(_SEP, m.group(3).strip())
            if len(heads) != len(figures) or any(not f for f in figures):
                # as many figures as heads or no pairing is sure: the heads stay, their figures are asked for
                new.append(line[last:m.start()] + m.group(1))
                last = m.end()
                continue
            unit = re.search(r"(件|个|起|宗|项|条|部|万元|元)$", figures[-1])
            said = [f if re.search(r"[件个起宗项条部元]$", f) or not unit else f + unit.group(1) for f in figures]
            verb = m.group(2) if re.match(r"申请|收到|提出|作出|办理|制发", m.group(2)) else ""
            new.append(line[last:m.start()] + "，".join(f"{h}{verb}{f}" for h, f in zip(heads, said)))
            last = m.end()
        if new:
            out[i] = "".join(new) + line[last:]
    return out


def rewrite(text: str, items: dict[int, str]) -> tuple[str, dict[int, tuple[int, int]]] | None:
    """The message with such lines said in full, and for each rewritten line of it the span of the official's
    line (None when nothing is rewritten)."""
    lines = text.split("\n")
    changed = _none_lists(lines) | _yes_no(lines) | _fields(lines)
    changed |= {i: full for i, full in _respectively(lines).items() if i not in changed}
    changed |= {i: full for i, line in enumerate(lines) if i not in changed and (full := _whole_table(line))}
    changed |= {i: full for i, full in _outcome_lines(lines).items() if i not in changed}
    changed |= {i: "" for i, line in enumerate(lines) if glossary_line(line)}
    for i, line in enumerate(lines):
        got = _ITEM.match(fold(line))
        if got and (label := _label(got)) and items.get(int(got.group(1) or got.group(2))) == label:
            changed[i] = ""  # the template's own item: a label and its number, no figure
        elif i not in changed and (full := _answered(line, items)) is not None:
            changed[i] = full
    if not changed:
        return None
    out, spans, pos, vpos = [], {}, 0, 0
    for i, line in enumerate(lines):
        new = changed.get(i, line)
        if i in changed:
            spans[i] = (pos, pos + len(line))
        out.append(new)
        pos += len(line) + 1
        vpos += len(new) + 1
    return "\n".join(out), spans


def restore(statements: list[Statement], virtual: str, original: str, spans: dict[int, tuple[int, int]]
            ) -> list[Statement]:
    """Statements read from the rewritten message, with the official's words and offsets."""
    starts, vstart = [], 0
    vlines = virtual.split("\n")
    for line in vlines:
        starts.append(vstart)
        vstart += len(line) + 1
    olines = original.split("\n")
    ostarts, ostart = [], 0
    for line in olines:
        ostarts.append(ostart)
        ostart += len(line) + 1
    out = []
    for s in statements:
        i = max(k for k, st in enumerate(starts) if st <= s.span[0])
        if i in spans:
            a, b = spans[i]
            out.append(replace(s, quote=original[a:b].strip(), span=(a, b)))
        else:
            shift = ostarts[i] - starts[i]
            out.append(replace(s, span=(s.span[0] + shift, s.span[1] + shift)))
    return out
