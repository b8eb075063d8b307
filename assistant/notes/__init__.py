"""Officials' notes → statements about table cells, read like a careful clerk would.

`read_messages(messages)` reads the chat messages in order: grids pasted from a sheet, then sentences by
the grammar; corrections ("更正", "说错了", "应为") replace the earlier statement about the same cell,
other repeats are kept so that a disagreement reaches the solver as a conflict. Nothing here does
arithmetic beyond adding up cases told one by one; the solver decides what the statements determine.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from ..form import address, official as form
from ..model.numbers import cn_number
from .solver import Statement, stated
from .grammar import MessageReader
from .grammar.cases import NOT_COUNTED
from .grammar.numbers import numbers
from .grids import ledger_line, read_grids, report_year
from .lexicon import ROW_HEADS, SENTENCE_STOPS, abbreviations, clause_span, fold, glossary, tokens
from .chains import chain_lines
from .ordinals import applicants_by_place
from .compared import compared_to_last_year
from .markup import markup_text
from .lists import numbered_items, restore, rewrite, table_rest_lines
from .parts import Part, combine, heading, merged_parts, split
from .pasted import read_columns, read_pasted
from .positions import cell_legend, read_addresses, read_positions
from .records import read_records
from .console import read_console
from .delimited import delimited_template, read_delimited
from .revisions import (commented_out, concluded_cases, drafts_replaced, in_yuan, including_carried_over, marked_wrong,
                        moved_between_reasons, moved_out_of_a_figure, moved_to_last_year, of_which_disclosure, recounted,
                        reclassified, restated_figure, retracted_unsaid, some_of_another_kind)
from .segments import joined_segments
# (cantonese is imported from the package by tests: kept importable here)
from .cleaners import blank_quotes, cantonese, cleaned  # noqa: F401

__all__ = ["NotesReading", "read_messages", "read_message"]


@dataclass
class NotesReading:
    statements: list[Statement] = field(default_factory=list)       # in force, in message order
    corrections: list[tuple[Statement, Statement]] = field(default_factory=list)  # (replaced, by)
    unmapped: list[str] = field(default_factory=list)               # grid lines naming no row
    repeats: list[Statement] = field(default_factory=list)          # a figure said again, as it stands
    summed: list[tuple[int, list[Part]]] = field(default_factory=list)  # (message, its sub-reports added up)
    last_years: list[Statement] = field(default_factory=list)       # lines of last year's table pasted, not read
    after_review_named: bool = False                                # the notes speak of 复议后起诉
    withdrawn: list[tuple[int, list[Statement]]] = field(default_factory=list)  # (message, its figures taken back)


def read_message(text: str, message: int = 0) -> tuple[list[Statement], list[str]]:
    return _read_message(text, message)[:2]


def _read_message(text: str, message: int = 0, earlier: list[Statement] | None = None,
                  items: dict[int, str] | None = None) -> tuple[list[Statement], list[str], list[Part]]:
    """A message, or the sum of its sub-reports (科室, months, quarters) plus what stands outside them."""
    placed = read_addresses(text, message)  # "B6=9" by a sheet legend: before a list or a cleaner reads the line
    replied = read_delimited(text, message)  # "县XX局#3#0#3…" in a format a template line prescribed
    placed.statements += replied.statements
    placed.lines |= replied.lines
    for a, b in placed.blanked:
        text = text[:a] + re.sub(r"[^\n]", " ", text[a:b]) + text[b:]
    if placed.lines:
        text = "\n".join(re.sub(r"[^\n]", " ", line) if i in placed.lines else line
                         for i, line in enumerate(text.split("\n")))
    text = cleaned(text)
    if (rw := rewrite(text, items or {})) is not None:
        # Lines that say something only with their list ("第3项：无", a "没有的：" list) are read said in full.
        virtual, spans = rw
        said, unmapped, blocks = _read_text(virtual, message, earlier)
        return placed.statements + blank_quotes(_rest_of_table(restore(said, virtual, text, spans), text)), \
            unmapped, blocks
    said, unmapped, blocks = _read_text(text, message, earlier)
    return placed.statements + blank_quotes(said), unmapped, blocks


# "其中企业的1件…", "另外2件是个人的", "剩下的都是…": words that go on with a figure just given.
_GOES_ON = re.compile(r"^\s*(?:其中|另外|另有|剩下|剩余|其余|余下)")
_REASON_REPLY = re.compile(r"\s*(?:都|均|全|全部|全都)?(?:是|属于|为|系|涉及)|\s*(?:理由|原因)(?:都|均)?(?:是|为)")


def _continued(before: str, text: str, message: int, earlier: list[Statement],
               items: dict[int, str] | None) -> list[Statement] | None:
    """"复议3件" then "1件维持，1件撤销重做，1件对方撤回了"; "上年结转3件" then "其中企业的1件，另外2件是个人的";
    "规章今年制定1件" then "废止0，现行有效12件": a message that names no row before its first figure and goes on with
    the one before it (其中/另外…, a review's or suit's outcomes, a table-2 row's columns) is read as its
    continuation, whatever question came between. The statements of its own words, or None."""
    if len(text) > 80 or "\n" in text.strip():
        return None  # a follow-up is a line of a few clauses; a pasted sheet or a paragraph stands on its own
    folded = fold(text)
    nums = numbers(folded)
    toks = tokens(folded)
    # "复议有1件" then "结果是维持" / "都维持了": the outcome of the cases just counted, with no figure of its own
    outcome_only = not nums and len(folded) <= 20 and any(t.kind == "outcome" for t in toks)
    # "不予公开2件" then "是国家秘密" / "属于第三方的那种": the reason of the group's cases just counted
    reasons = {t.target for t in toks if t.kind == "row" and t.target in form.RESULT_KEYS}
    reason_only = not nums and len(folded) <= 40 and len(reasons) == 1 and bool(_REASON_REPLY.match(folded))
    if (outcome_only or reason_only) and re.search(r"[？?吗呢么]\s*$|是不是|是否", folded.strip()):
        return None  # "是国家秘密吗？", "结果是维持吗": a question back, nothing told
    if not (nums or outcome_only or reason_only) or not earlier or \
            not any(s.message == message - 1 and s.strength >= 1 for s in earlier):
        return None
    upto = nums[0].start if nums else len(folded)
    if not reason_only and any(t.kind in ROW_HEADS for t in toks if t.start < upto):
        return None
    lead = before.rstrip("。.；;，,！!？? \n")
    lead = re.split(r"[。；;！!？?\n]", lead)[-1] + "，"  # its last sentence: what the next words go on with
    heads = [t for t in tokens(fold(lead)) if t.kind in ROW_HEADS]
    if not heads:
        return None
    # Outcomes go on with a review or suit, a document row's columns with that row ("现在还有2件在办" after table 3
    # says 现有 of nothing in table 2).
    goes_on = {"outcome": ("rgroup", "litigation"), "t2col": ("t2row",)}
    last = heads[-1]
    if reason_only:
        # "公开10 部分公开2 不予公开1 无法提供3" then "涉及企业的商业秘密，企业不同意公开": the reason's own group,
        # wherever it stood in the line (its clause, up to its figure, is what the reason goes on with)
        reason = next(iter(reasons))
        folded_lead = fold(lead)
        own = [t for t in tokens(folded_lead) if t.kind == "group" and reason in form.GROUP_KEYS.get(t.target, ())]
        figure = next((n for n in numbers(folded_lead) if own and n.start >= own[-1].end), None)
        if not own or figure is None or re.search(r"[，,；;、\s]", folded_lead[own[-1].end:figure.start]):
            return None
        lead, last = folded_lead[own[-1].start:figure.end] + "，", own[-1]
    if last.kind == "t2row" and len(form.ACTIVE_BY_KEY[last.target].paths) == 1:
        last = replace(last, kind="t2item")  # 许可、处罚…: one figure each, no columns to go on with
    if not reason_only and not _GOES_ON.match(folded) and not any(last.kind in goes_on.get(t.kind, ())
                                               for t in toks if t.start < (nums[0].end + 4 if nums else upto)):
        return None
    said = _read_message(lead + text, message, [s for s in earlier if s.message != message - 1], items)[0]
    out = [replace(s, span=(s.span[0] - len(lead), s.span[1] - len(lead))) for s in said if s.span[0] >= len(lead)]
    if outcome_only or reason_only:
        # (the outcome binds to the figure of the line before: what it says beyond that line's own figures)
        told = {x.key for x in earlier if x.message == message - 1}
        out = [replace(s, span=(0, len(text))) for s in said if s.key not in told]
    return out if any(s.strength >= 1 for s in out) else None


def _rest_of_table(said: list[Statement], text: str) -> list[Statement]:
    """"表二别的都没有" zeroes only what no one gave a figure for: its zeros are weak, so a figure stated for the
    cell in any message stands without a conflict."""
    lines = table_rest_lines(text)
    return [replace(s, strength=min(s.strength, 0.7)) if s.value == 0 and s.span in lines and
            all(p.startswith("active.") for p in s.cells) else s for s in said]


def _read_text(text: str, message: int, earlier: list[Statement] | None) -> tuple[list[Statement], list[str], list[Part]]:
    blocks = split(fold(text))
    if not blocks:
        return (*_read_block(text, message, earlier=earlier), [])
    unmapped, outside = [], text[:blocks[0].start] + "\n" + text[blocks[-1].end:]
    per_block = []
    for b in blocks:
        got, lost = _read_block(text[b.start:b.end], message, topic=True, earlier=earlier)
        per_block.append([replace(s, span=(s.span[0] + b.start, s.span[1] + b.start)) for s in got])
        unmapped += lost
    got, lost = _read_block(outside, message, earlier=earlier)
    return combine(per_block) + got, unmapped + lost, blocks


def _read_block(text: str, message: int, topic: bool = False, earlier: list[Statement] | None = None
                ) -> tuple[list[Statement], list[str]]:
    """One note; `topic`: a sub-report of applications, where a bare "2件" is what the part received."""
    forms = read_records(text, message)  # registration forms pasted one by one: one application each
    ran = read_console(text, message)  # a database console's output: a one-cell count is its comment's row
    forms.statements += ran.statements
    forms.lines |= ran.lines
    if forms.lines:
        text = "\n".join("" if i in forms.lines else line for i, line in enumerate(text.split("\n")))
    pasted = read_pasted(text, message)
    if not pasted.lines:
        pasted = read_columns(text, message)
    lines = text.split("\n")
    if pasted.lines:
        text = "\n".join("" if i in pasted.lines else line for i, line in enumerate(lines))
    placed = read_positions(text, message)
    placed.statements = forms.statements + placed.statements
    for a, b in placed.blanked:
        text = text[:a] + re.sub(r"[^\n]", " ", text[a:b]) + text[b:]
    if placed.lines:
        text = "\n".join(re.sub(r"[^\n]", " ", line) if i in placed.lines else line
                         for i, line in enumerate(text.split("\n")))
    grids = read_grids(text, message)
    grids.statements = pasted.statements + placed.statements + grids.statements
    rest = "\n".join("" if i in grids.lines else grids.rewritten.get(i, line) for i, line in enumerate(text.split("\n")))
    reader = MessageReader(rest, message, grids.statements, topic="new_received" if topic else None)
    reader.earlier = earlier or []  # what earlier messages said: "1286应为1268" finds the figure it corrects
    said = reader.read()
    correction = reader.correction
    if correction:
        grids.statements = [replace(s, correction=True) for s in grids.statements]
    return _cases(grids.statements + said, earlier, lambda st: _remarked(rest, st.span)), grids.unmapped


def _remarked(text: str, span: tuple[int, int]) -> bool:
    """The sentence of a carried-over case says it is not in a figure given before ("这个没算在上面5件里"); the
    words elsewhere in the message ("不含上年结转") are about something else."""
    stops = "。；;！!？?\n"
    a = max(text.rfind(ch, 0, span[0]) for ch in stops) + 1

    def end(at: int) -> int:
        return min([i for i in (text.find(ch, at) for ch in stops) if i >= 0] or [len(text)])
    b = end(span[1])
    if re.match(r"[。；;！!？?\s]*(?:这|此|该|那)", text[b:]):  # "…也公开了。这件没算在上面4件里"
        b = end(b + 1)
    return bool(NOT_COUNTED.search(text[a:b]))


def _cases(statements: list[Statement], earlier: list[Statement] | None = None,
           remarked=lambda s: True) -> list[Statement]:
    """Cases told one by one ("一件予以公开，另一件不予公开…也是予以公开") add up per cell. `earlier`: the figures
    of earlier messages, when this one says its carried-over case is not in them ("这个没算在上面5件里")."""
    out: list[Statement] = []
    totals: dict[tuple, Statement] = {}
    for s in statements:
        if s.source == "more":
            continue  # added below, once the figures they add to are all here
        if s.source != "each":
            out.append(s)
            continue
        if s.key in totals:
            prev = totals[s.key]
            quote = prev.quote if s.quote in prev.quote.split("；") else prev.quote + "；" + s.quote
            merged = replace(s, value=prev.value + s.value, quote=quote, span=prev.span,
                             source="notes")
            out[out.index(prev)] = merged
            totals[s.key] = merged
        else:
            s2 = replace(s, source="notes")
            out.append(s2)
            totals[s.key] = s2
    placed: set[tuple[int, int]] = set()
    for s in statements:
        if s.source != "more":
            continue
        # The carried-over applications' result adds to the figure the notes give for this year's ones.
        # Alone it is a part of the row, not the row: left out (the row stays open) rather than a wrong figure.
        same = next((x for x in out if x.key == s.key and x.strength >= 1), None)
        said = {p: x.value for p, x in stated(out).items()}  # (a weak reading is no ceiling)
        ceiling = said.get(form.application_path("new_received", form.TOTAL), float("inf")) + \
            said.get(form.application_path("carried_over", form.TOTAL), 0)
        if same is not None and same.value + s.value > ceiling:
            continue  # "共6件，全部予以公开6件。去年结转的1件也予以公开了": already counted
        if same is not None:
            out[out.index(same)] = replace(same, value=same.value + s.value, quote=same.quote + "；" + s.quote)
        elif s.span in placed or address.parse(s.terms[0][1]).col == form.TOTAL and _rest_of_results(out) == s.value:
            # "2件公开，2件不掌握，上年那件撤回了": the results told leave exactly the carried case unplaced, so its
            # row holds that case and no other (arithmetic of the identities, no guess); its applicant too.
            placed.add(s.span)
            out.append(replace(s, source="notes"))
        elif earlier and remarked(s):
            # Said not to be in an earlier message's figure: that figure and this case together (an update of it).
            was = next((x for x in reversed(earlier) if x.key == s.key and x.strength >= 1), None)
            if was is not None:
                out.append(replace(s, value=was.value + s.value, quote=was.quote + "；" + s.quote, source="notes",
                                   label=was.label))
    return out


def _rest_of_results(out: list[Statement]) -> float | None:
    """办结 (新收 + 上年结转 − 结转下年, each said) less the results said row by row; None when a figure is missing
    or a category was given as a sum over its rows."""
    said = {p: x.value for p, x in stated(out).items()}
    flow = [said.get(form.application_path(k, form.TOTAL)) for k in ("new_received", "carried_over", "carried_forward")]
    results = {form.application_path(k, form.TOTAL) for k in form.RESULT_KEYS}
    if any(v is None for v in flow) or any(len(x.terms) > 1 and x.cells & results and x.value > 0 for x in out):
        return None
    return flow[0] + flow[1] - flow[2] - sum(v for p, v in said.items() if p in results)


def read_messages(messages: list[str], asked: dict[int, set[str]] | None = None,
                  year: int | None = None) -> NotesReading:
    """`asked`: for an answer to "分别来自哪类申请人？", the cells the question asked (message → cells);
    `year`: the report's year (a pasted ledger row received the year before is 上年结转)."""
    with abbreviations(glossary(messages)), report_year(year), cell_legend(messages), delimited_template(messages):  # "ysq xs 21": a glossary
        # in any message reads them all; so does a sheet legend ("第6行是新收", "B到H列…") for cell addresses
        return _read_messages(chain_lines(joined_segments([markup_text(m) for m in messages])), asked or {})


_CHANNEL_UNKNOWN = re.compile(r"(?:未注明|没注明|未写明|没写明|未说明|没说明|不清楚|不确定|不知道|待确认|待核实|没写)"
                              r"[^。；;\n]{0,6}?(?:是否|有没有|有无)\s*(?:经过|经|先)?(?:行政)?复议")


def _read_messages(messages: list[str], asked: dict[int, set[str]]) -> NotesReading:
    out = NotesReading()
    # Also when the notes say they do not know whether a suit went through review ("材料未注明是否经过复议"):
    # then no suit is read as 直接起诉 by default.
    out.after_review_named = any(t.kind == "rgroup" and t.target == "litigation_after_review"
                                 for m in messages for t in tokens(fold(m))) or \
        any(_CHANNEL_UNKNOWN.search(fold(m)) for m in messages)
    groups = _unit_messages(messages)
    items = numbered_items(messages)  # a template's numbered items, answered by number in any message
    for i, text in enumerate(messages):
        if i in groups and groups[i] != i:
            continue  # read with the last message of its group
        if i in groups:
            members = [k for k, last in groups.items() if last == i]
            text = "\n\n".join(messages[k] for k in members)
        # ("前一个是律所的，后一个是村民": each case told before, by its place — "一个" there counts nothing.)
        if by_place := applicants_by_place(text, i, out.statements):
            said, unmapped, blocks = by_place, [], []
        else:
            said, unmapped, blocks = _read_message(text, i, out.statements, items)
        if i and i - 1 not in groups and (more := _continued(messages[i - 1], text, i, out.statements, items)):
            said, asked = more, {k: v for k, v in asked.items() if k != i}
        if not said:
            said = reclassified(text, i, out.statements)
        if i and (fixed := restated_figure(text, i, out.statements, said, asked.get(i)) or
                  in_yuan(text, i, out.statements) or some_of_another_kind(text, i, out.statements)):
            said = fixed
        if not said and retracted_unsaid(fold(text), any(t.kind not in ("zero", "quant", "ignore", "subject")
                                                       for t in tokens(fold(text)))):
            # "上面说的那个不对，我再翻一下": the figures of the message just above are set aside, all of them,
            # since the official does not say which one is wrong (they come back when said again).
            out.withdrawn.append((i, [s for s in out.statements if s.message == i - 1]))
            out.statements = [s for s in out.statements if s.message != i - 1]
            out.repeats = [s for s in out.repeats if s.message != i - 1]
            continue
        said = _after_reading(said, _Message(text, i, asked[i] if i in asked else None, messages, out))
        if blocks:
            out.summed.append((i, blocks))
        out.unmapped += unmapped
        _updated_rows(out.statements, said)
        _none_taken_back(out, said)
        _take_in(out, said)
    out.statements = _scope_all_applicants(out.statements)
    return _litigation_default(out)


def _take_in(out: NotesReading, said: list[Statement]) -> None:
    """A message's statements join what stands: a figure said again with another value updates it (a correction
    in the record), the same figure again is a repeat, a weak reading never replaces a stated figure, ledger rows
    pasted over several messages add up, and a count of some of a row's cases changes nothing."""
    # Counts of some of a row's cases ("两件都是予以公开" after "予以公开4件"): set aside below.
    parts_told = [s for s in said if not s.correction and _subset(s) and (before := [
        x for x in out.statements if x.key == s.key and x.message < s.message and x.value != s.value]) and
        all(x.value > s.value for x in before)]
    for s in said:
        same = [x for x in out.statements if x.key == s.key or (s.slot and x.slot == s.slot)]
        earlier_rows = [x for x in same if x.key == s.key and x.message < s.message]
        if earlier_rows and _ledger_rows(s) and all(
                _ledger_rows(x) and not set(_ledger_rows(x)) & set(_ledger_rows(s)) for x in earlier_rows):
            # Ledger rows pasted over several messages ("2024-09 | …" then the year's eight rows): other
            # cases, each counted once — they add up, none corrects another.
            for x in earlier_rows:
                out.statements.remove(x)
            out.statements.append(replace(s, value=s.value + sum(x.value for x in earlier_rows),
                                          quote="；".join([x.quote for x in earlier_rows] + [s.quote])))
            continue
        if (of := next((d for d in parts_told if _all_of_part(s, d)), None)) is not None:
            # "不予公开的1件是商业秘密" after "不予公开2件": that one case's reason has the case's count, not the
            # whole group's.
            group, _, reason = s.label.partition("均为")
            s = replace(s, terms=((1.0, next(iter(set(of.cells) - s.cells))),), value=of.value,
                        label=f"{group}（{reason}）" if reason else s.label)
        later = [x for x in same if x.key == s.key and x.message < s.message and x.value != s.value]
        if later and not s.correction and _subset(s) and all(x.value > s.value for x in later):
            # "两件都是予以公开" after "予以公开4件": some of them (the ones the talk is about), not the row's
            # figure; it holds as it stands and changes nothing.
            continue
        if s.strength < 1 and any(x.strength >= 1 for x in same):
            out.statements.append(s)  # a weak reading never replaces a figure the official stated
        elif (s.correction or later) and same:
            # A figure said again in a later message with another value updates the earlier one
            # ("其他处理的2件都是申请人撤回的" after "1件撤回"): what the official says last is meant.
            if not s.correction:
                same = later
            for x in same:
                out.statements.remove(x)
                if x.value != s.value:
                    out.corrections.append((x, s))
                    for y in _summed_with(x, out.statements, said):
                        out.statements.remove(y)  # the line's total (or parts) no longer adds up
            out.statements.append(s)
        elif any(x.value == s.value for x in same):
            out.repeats.append(s)  # the same figure again: read, not counted twice
        else:
            out.statements.append(s)


# "我把去年年报的表二贴给你：" — the lines pasted below are last year's table.
_LAST_YEARS = re.compile(r"(?m)(?:去年|上年|上一年|上年度)(?:度)?的?(?:年报|年度报告|报告|报表|表格|表)?的?(?:表[二三四]|数据?|数字)?"
                         r"[^\n。]{0,8}?(?:贴|附|发|复制|粘)[^\n。]{0,8}[：:]?\s*$")
_GRID_LINE = re.compile(r"[^\d\n，。；,;]{2,24}[\s:：]*(?:\d+(?:\.\d+)?[\s/|｜]*)+")
_SAME_AS = re.compile(r"([^。；;\n]{1,40}?)(?:都|也|均)?(?:跟|和|与|同)(?:去年|上年|上一年)(?:的)?(?:一样|相同|一致|持平)")


def _last_years_paste(said: list[Statement], text: str) -> tuple[list[Statement], list[Statement]]:
    """Last year's table pasted as a reference ("许可、强制、收费跟去年一样，我把去年年报的表二贴给你："): its
    lines are last year's figures. Those of rows said to be the same as last year stand (a reading a figure said
    for this year outweighs); the others are another year's: set aside (returned second, for the record), not read."""
    blocks: set[str] = set()
    for m in _LAST_YEARS.finditer(text):
        for line in text[m.end():].lstrip("\n").split("\n"):
            if not _GRID_LINE.fullmatch(line.strip()):
                break
            blocks.add(line.strip())
    if not blocks:
        return said, []
    same = {t.target for m in _SAME_AS.finditer(text) for t in tokens(fold(m.group(1)))
            if t.kind in ("t2row", "row")}
    out, aside = [], []
    for s in said:
        if s.quote.strip() not in blocks:
            out.append(s)
        elif any(address.parse(p).row in same for p in s.cells):
            out.append(replace(s, strength=min(s.strength, 0.9)))
        else:
            aside.append(s)
    return out, aside


# "平台上是18件，其中3件是中心以自己名义答复的，这3件帮我去掉": a part of the figure that is not this body's.
_TAKEN_OUT = re.compile(r"(?:其中|里面|里头|这里面|当中)(?:还)?(?:有)?\s*(\d+)\s*件[^。；;\n]{0,60}?"
                        r"(?:去掉|减掉|扣掉|扣除|剔除|减去|拿掉|不算(?:我们|本)(?:局|单位|机关)?的)")
# ("其中3件不是我们的职责，告知…": a result, 不属于本行政机关负责公开 — the cases stay in the figure.)


_BRACKET_AFTER = re.compile(r"[ \t]*[（(]([^（）()\n]{2,10})[)）]")


def _channel_in_brackets(said: list[Statement], text: str) -> list[Statement]:
    """"驳回原告诉讼请求2件（直接起诉），确认违法1件（复议后起诉）": the kind of suit in brackets right after an
    outcome's figure is the group of that figure, whatever group the sentence spoke of before."""
    out = []
    for s in said:
        m = _BRACKET_AFTER.match(text, s.span[1])
        where = address.parse(s.terms[0][1]) if len(s.terms) == 1 and s.terms[0][1].startswith("review_litigation.") \
            else None
        groups = {t.target for t in tokens(fold(m.group(1))) if t.kind == "rgroup"} if m and where else set()
        if len(groups) == 1 and (g := next(iter(groups))) != where.row and g.startswith("litigation") and \
                where.row.startswith("litigation") and where.col != 4:
            path = form.review_path(g, where.col)
            s = replace(s, terms=((1.0, path),), label=form.short_label(path))
        out.append(s)
    return out


def _taken_out(said: list[Statement], text: str) -> list[Statement]:
    """A figure, then a part of it the official says to take out as not this body's: the figure less that part
    (the whole and the part kept in the quote); the part's own readings ("其中3件…答复的") go."""
    for m in _TAKEN_OUT.finditer(text):
        k = float(m.group(1))
        stop = max(text.rfind(ch, 0, m.start()) for ch in "。；;\n")
        whole = [x for x in said if len(x.terms) == 1 and x.strength >= 1 and stop < x.span[1] <= m.start() and
                 x.value > k and x.span != (0, 0)]
        if not whole:
            continue
        w = whole[-1]
        said = [x for x in said if not (m.start() <= x.span[0] < m.end() and x.value == k)]
        said[said.index(w)] = replace(w, value=w.value - k, quote=f"{w.quote}；{text[m.start():m.end()][:40]}")
    return said


# "失效的7件不是废止，不要算进废止", "撤回的2件不算不予处理": the official says a count read into a column or row is not
# of it — the reading of that count there goes (the count itself stays in the chat).
_NOT_COUNTED_AS = re.compile(r"(\d+|[一两二三四五六七八九十]+)\s*(?:件|个)[^，,。；;\n\d]{0,6}?"
                             r"(?:不是|不属于|并非|不算|不应算|不要算进?|不计入?)\s*([\u4e00-\u9fff]{2,6})")


def _not_counted_as(said: list[Statement], text: str) -> list[Statement]:
    for m in _NOT_COUNTED_AS.finditer(text):
        n = cn_number(m.group(1))
        named = [t for t in tokens(fold(m.group(2))) if t.kind in ("t2col", "row", "group") and t.start == 0]
        if n is None or not named:
            continue
        t = named[0]
        rows = form.GROUP_KEYS[t.target] if t.kind == "group" else (t.target,)
        cells = {f"active.{r}.{t.target}" for r in ("regulations", "normative_documents")} if t.kind == "t2col" else \
            {form.application_path(r, c) for r in rows for c in range(7)}
        # (its own words too: "失效的7件不是废止" is read as 废止 7 by the grammar)
        said = [x for x in said if not (x.value == n and x.cells <= cells and x.span[0] < m.end())]
    return said


def _none_taken_back(out: NotesReading, said: list[Statement]) -> None:
    """An earlier message's "none of these" ("无法提供都是不掌握的": the other two reasons 0; "没有复议和诉讼")
    and a later message's figure for one of those cells ("有2件是要我们另行制作的"): the official has looked
    again, and what they say last is meant. The "none" goes (kept in the record as a correction) rather than
    both being reported as a clash of the official's own words."""
    for x, s in nones_taken_back(out.statements, said):
        if x in out.statements and len(x.terms) > 1:  # (one cell said again: `_read_messages` weighs it)
            out.statements.remove(x)
            out.corrections.append((x, s))


def nones_taken_back(held: list[Statement], said: list[Statement]) -> list[tuple[Statement, Statement]]:
    """(earlier "none", later figure) pairs: `held` statements saying a set of cells is 0 (one cell or several,
    all counted the same way) that a later message's figure for one of them takes back."""
    out = []
    for s in said:
        if len(s.terms) != 1 or s.value <= 0 or s.strength < 0.9 or s.source not in ("notes", "each"):
            continue
        p = s.terms[0][1]
        out += [(x, s) for x in held if x.message < s.message and x.value == 0 and p in x.cells and
                len({c > 0 for c, _ in x.terms}) == 1]
    return out


def _summed_with(x: Statement, held: list[Statement], said: list[Statement]) -> list[Statement]:
    """A grid line's cell corrected ("个人的予以公开是2不是3" under "| 予以公开 | 3 | 1 | 4 |"): the same line's
    cells on the other side of the row's sum (its 总计 for a party's cell, the parties for the 总计) were worked
    out with the old figure. They go, unless said again; the solver works them out from what stands."""
    if x.span != (0, 0) or len(x.terms) != 1 or not x.terms[0][1].startswith("applications.") or \
            x.quote.startswith("（"):
        return []
    row, col = x.terms[0][1].split("[")[0], int(x.terms[0][1].split("[")[1].rstrip("]"))
    restated = {c for st in said if st is not x and st.span != (0, 0) for c in st.cells}

    def other_side(y: Statement) -> bool:
        cols = {int(p.split("[")[1].rstrip("]")) for p in y.cells if p.split("[")[0] == row}
        return bool(cols) and (cols == {form.TOTAL} if col != form.TOTAL else form.TOTAL not in cols)
    return [y for y in held if y is not x and y.span == (0, 0) and y.quote == x.quote and other_side(y)
            and not y.cells & restated]


def _row_id(row: str) -> str:
    return re.split(r"\s*[|｜]\s*", row.strip().strip("|｜").strip())[0]


def _updated_rows(held: list[Statement], said: list[Statement]) -> None:
    """A ledger row pasted again with another state ("2025-02 | … | 办理中" then "2025-02 | … | 予以公开"): the same
    application, updated — the earlier row no longer counts where it was counted (结转下年 drops by it)."""
    new = {r for s in said for r in _ledger_rows(s)}
    ids = {_row_id(r) for r in new}
    if not ids:
        return
    for k, x in enumerate(held):
        rows = _ledger_rows(x)
        if not rows or x.message >= min(s.message for s in said):
            continue
        keep = [r for r in rows if _row_id(r) not in ids or r in new]
        if len(keep) < len(rows):
            held[k] = replace(x, value=x.value - (len(rows) - len(keep)),
                              quote="；".join(keep or [r for r in new if _row_id(r) in {_row_id(q) for q in rows}][:1]))


def _ledger_rows(s: Statement) -> list[str]:
    """The ledger rows a statement counts (one application each), or [] when it is no count of ledger rows."""
    parts = [p.strip() for p in s.quote.split("；")]
    if len(s.terms) != 1 or not all(p and ledger_line(p) for p in parts):
        return []
    return parts


# "以县政府名义发了5件，县政府办名义发了3件，两个名义都算": parts the official says count together.
_TOGETHER = re.compile(r"都算|都计入|合起来|加起来|合在一起|算在一起|一起算|合并计算|合并统计|两(?:个|者|项)?都(?:算|要算|计)|"
                       + r"(?:你|您)(?:自己|帮我|帮忙)?(?:算|加|合计|汇总|相加|累加|加总)(?:一下|下|个总数|一下总数)")
# "市场处13件，综合执法那边2件，你自己算一下": the parts, left for the assistant to add — a part after the first may
# carry its head over from it (a weaker reading, summed only on this request)
_LEFT_TO_ADD = re.compile(r"(?:你|您)(?:自己|帮我|帮忙)?(?:算|加|合计|汇总|相加|累加|加总)(?:一下|下|个总数|一下总数)")


def _added_up(said: list[Statement], text: str) -> list[Statement]:
    """Two figures of one message for one cell, in separate clauses, where the message says the parts count
    together: one statement of their sum (its words: both parts). Anything else stays as read (a clash)."""
    if not _TOGETHER.search(text):
        return said
    out: list[Statement] = []
    by_key: dict[tuple, list[Statement]] = {}
    for s in said:
        weak_ok = s.key in by_key and _LEFT_TO_ADD.search(text)
        if len(s.terms) == 1 and s.strength >= (0.5 if weak_ok else 1) and not s.correction and s.value > 0:
            by_key.setdefault(s.key, []).append(s)
    def together(same: list[Statement]) -> bool:
        # The marker follows the parts in their own line ("…发了5件，…发了3件，两个名义都算"); a part that points
        # back ("强制那2件是…") is the same case again, not another.
        a, b = same[0].span[0], same[-1].span[1]
        tail = text[b:b + 30].split("\n")[0]
        return "\n" not in text[a:b] and bool(_TOGETHER.search(text[a:b] + tail)) and \
            not any(re.search(r"(?:那|这)\s*(?:\d+|[两二三四五六七八九十])\s*[件个]", x.quote) for x in same) and \
            not any(x.span[1] > y.span[0] for x, y in zip(same, same[1:]))

    for s in said:
        same = by_key.get(s.key, [])
        if len(same) < 2 or not together(same):
            out.append(s)
        elif s is same[0]:
            total = sum(x.value for x in same)
            out.append(replace(s, value=total, quote="；".join(x.quote for x in same),
                               span=(same[0].span[0], same[-1].span[1]), label=f"{s.label}（合计）"))
    return out


def _parts_of_one_kind(said: list[Statement], text: str, message: int, summed: list[tuple[int, list[Part]]],
                       messages: list[str]) -> list[Statement]:
    """"外贸处和市场处的都是企业申请的" after three 处室's figures were added up: those parts' new applications
    are all of that kind — their sum is its figure (not the whole row's: "都是" is of the parts named)."""
    parts = [(j, p) for j, blocks in summed if j < message for p in blocks]
    if not parts:
        return said
    out = list(said)
    for m in re.finditer(r"[^，,。；;\n]+", text):
        clause = m.group(0)
        named = [(j, p) for j, p in parts if p.name and p.name in clause]
        kinds = {t.target for t in tokens(fold(clause)) if t.kind == "applicant"}
        if not named or len(kinds) != 1 or re.search(r"\d|[一两二三四五六七八九十]\s*[件个]", clause) or \
                not re.search(r"的(?:申请)?\s*(?:都|全|均|全部)", clause):
            continue
        total = 0.0
        for j, p in named:
            if not re.search(re.escape(p.name) + r"\W{0,4}$", fold(messages[j])[max(0, p.start - 20):p.start]):
                break  # the part's block is not where this message's text puts it (messages read as one)
            got = [x for x in MessageReader(fold(messages[j])[p.start:p.end], j, [], topic="new_received").read()
                   if x.cells == {form.application_path("new_received", form.TOTAL)} and x.strength >= 1]
            if len(got) != 1:
                break
            total += got[0].value
        else:
            out = [x for x in out if not (m.start() <= x.span[0] < m.end())]
            out.append(Statement(((1.0, form.application_path("new_received", next(iter(kinds)))),), total,
                                 quote=clause.strip(), label="本年新收（" + "、".join(p.name for _, p in named) + "）",
                                 message=message, span=(m.start(), m.end())))
    return out


# "…，属于过程性信息，不予公开2件", "因…属于行政执法案卷，依法不予公开1件": the reason told in the clause before.
_REASON_SAID = re.compile(r"(?:属于|系|为|涉及|是)\s*$")


def _reason_before(said: list[Statement], text: str) -> list[Statement]:
    """A group's figure (不予公开, 不予处理 …) whose sentence names one reason of that group in a clause before it,
    after 属于/系/为/涉及, with no figure between: all of the figure is of that reason (the others none)."""
    out = list(said)
    for s in said:
        rows = [p.split("[")[0].removeprefix("applications.") for _, p in s.terms]
        if len(rows) < 2 or any(c != 1.0 for c, _ in s.terms) or not all(r in form.RESULT_KEYS for r in rows):
            continue
        a = max(text.rfind(ch, 0, s.span[0]) for ch in "。；;\n") + 1
        clause = max(text.rfind(ch, a, s.span[0]) for ch in "，,") + 1
        if clause > a and re.search(r"\d", text[a:s.span[0]]):
            if (one := _reason_of_one(s, said, text, a, rows)) is not None and s in out:
                out[out.index(s)] = one
            continue
        if clause <= a:
            continue
        named = [t for t in tokens(fold(text[a:clause])) if t.kind == "row" and t.target in rows and
                 (_REASON_SAID.search(text[a:a + t.start]) or t.text.startswith(("属于", "涉及")))]
        if len({t.target for t in named}) != 1:
            continue
        reason = named[0].target
        others = tuple((-1.0, p) for _, p in s.terms if p.split("[")[0] != f"applications.{reason}")
        out.append(replace(s, terms=others, value=0.0, label=f"{s.label}均为{named[0].text}",
                           span=(a + named[0].start, s.span[1]), quote=text[a:s.span[1]].strip()))
    return out


_BECAUSE = re.compile(r"(?:因为|因|由于)")


def _reason_of_one(s: Statement, said: list[Statement], text: str, a: int, rows: list[str]) -> Statement | None:
    """"予以公开2件，本机关不掌握1件，因需对原始资料另行加工汇总，告知无法提供1件": in a sentence listing results one
    by one, another reason of the group already counted, a group's figure after a clause that gives one reason of
    it (因…) counts the cases of that reason, not the whole group."""
    last = max((m.end() for m in re.finditer(r"\d", text[a:s.span[0]])), default=0) + a
    region = text[last:s.span[0]]
    because = _BECAUSE.search(region)
    if because is None or re.search(r"等(?:原因|理由|情形|情况)|合计|共计|一共|总共|合共|全年", region[because.end():]):
        return None  # ("因属于过程性信息等原因，全年不予公开合计3件": the group's whole, several reasons among it)
    named = [t for t in tokens(fold(region[because.end():])) if t.kind == "row" and t.target in rows]
    if len({t.target for t in named}) != 1:
        return None
    col = s.terms[0][1].split("[")[1]
    siblings = [x for x in said if x is not s and len(x.terms) == 1 and a <= x.span[0] < s.span[0] and
                x.terms[0][1].split("[")[0].removeprefix("applications.") in rows and
                x.terms[0][1].split("[")[1] == col]
    if not siblings or any(x.terms[0][1].startswith(f"applications.{named[0].target}[") for x in siblings):
        return None
    return replace(s, terms=((1.0, f"applications.{named[0].target}[{col}"),), label=named[0].text)


def _kinds_of_which(said: list[Statement], text: str) -> list[Statement]:
    """"行政强制措施18件，其中查封15件、扣押3件": a table-2 figure after 其中 that lands on the cell the figure
    before it gave, smaller, in the same sentence, is a kind of those cases (查封, 扣押 name the row too), not
    the row's figure."""
    out = list(said)
    for s in said:
        if len(s.terms) != 1 or not s.terms[0][1].startswith("active."):
            continue
        whole = next((x for x in said if x is not s and x.key == s.key and x.span[1] <= s.span[0] and
                      x.value > s.value and "其中" in text[x.span[1]:s.span[0]] and
                      not re.search(r"[。；;\n]", text[x.span[1]:s.span[0]])), None)
        if whole is not None and s in out:
            out.remove(s)
    return out


# "准予行政许可412件，不予行政许可3件": the decisions both ways are the row's decisions (415), not two clashing figures
_GRANTED_WAY = re.compile(r"(?:准予|予以|同意|批准|作出准予)[^，,；;。\n\d]{0,4}$")
_REFUSED_WAY = re.compile(r"(?:不予|不准予|不同意|不批准|作出不予)[^，,；;。\n\d]{0,4}$")


def _granted_and_refused(said: list[Statement], text: str) -> list[Statement]:
    """One message's two figures of 行政许可, one told as granted and one as refused (the word before the row's
    name), are one figure of their sum; a refused count alone stays as read."""
    lic = [s for s in said if s.cells == {"active.licensing"} and len(s.terms) == 1 and s.strength >= 1]
    if len(lic) != 2:
        return said

    def way(s: Statement) -> str | None:
        a = max(text.rfind(ch, 0, s.span[0]) for ch in "，,；;。\n") + 1
        head = re.search(r"(?:行政)?许可", text[a:s.span[0]])
        if head is None:
            return None
        before = text[a:a + head.start()]
        return "refused" if _REFUSED_WAY.search(before) else "granted" if _GRANTED_WAY.search(before) else None

    if sorted(map(way, lic), key=str) != ["granted", "refused"]:
        return said
    first, second = sorted(lic, key=lambda s: s.span)
    total = replace(first, value=first.value + second.value, quote=f"{first.quote}；{second.quote}",
                    span=(first.span[0], second.span[1]), label=f"{first.label}（准予与不予合计）")
    return [total if s is first else s for s in said if s is not second]


# "我局新收5件…原科技局收了1件…合并算新收6件": the figure said as the parts put together.
_COMBINED = re.compile(r"(?:合并|合起来|加起来|合在一起|一起)(?:算|计算|统计|计)")


def _combined(said: list[Statement], text: str) -> list[Statement]:
    """A figure its clause gives as the parts put together replaces the smaller figure the message gave for a
    part of the same cell before it (not a clash: the part is inside the whole)."""
    out = list(said)
    for s in said:
        a = max(text.rfind(ch, 0, s.span[0]) for ch in "，,；;。\n") + 1
        if len(s.terms) != 1 or s.strength < 1 or not _COMBINED.search(text[a:s.span[0]]):
            continue
        out = [x for x in out if x is s or not (x.key == s.key and x.span[1] <= a and x.value < s.value)]
    return out


# "合作社算哪一类我也不清楚，先空着": the official does not know which kind of applicant that is, and says so.
_UNSURE_KIND = re.compile(r"([\u4e00-\u9fff]{2,6}?)(?:到底|究竟)?(?:算|属于|归)(?:哪一类|哪类|哪种|什么类型|什么类别|哪个类型)"
                          r"[^。；;\n]{0,12}?(?:不清楚|不知道|不确定|拿不准|说不准|说不清|不太清楚|不好说|先空着|先不填|空着)")


def _left_open(said: list[Statement], text: str) -> list[Statement]:
    """Applicants the official cannot place stay open: no column is read from that word, and no "rest" zero is
    read around it (the total still counts them)."""
    unsure = [m.group(1) for m in _UNSURE_KIND.finditer(text)]
    if not unsure:
        return said
    out = []
    for s in said:
        cols = {int(p.split("[")[1].rstrip("]")) for _, p in s.terms if p.startswith("applications.") and "[" in p}
        party = cols and all(c not in (0, 6) for c in cols)  # an organisation's column (persons are never unsure)
        if party and (any(w in s.quote for w in unsure) or "未列出" in s.label):
            continue
        out.append(s)
    return out


# A count of its own at the head of a clause, then "all": "两件都是…", "那3件也都是…", "医院那2件都是…" — a few of
# a row's cases (the ones the talk is about).
_SUBSET = re.compile(r"^\s*(?:[\u4e00-\u9fff]{1,8}?(?=这|那))?(?:这|那)?\s*(\d+|[两二三四五六七八九十])\s*(?:件|个)\s*(?:申请)?\s*(?:也)?(?:都|均|全)|"
                     # "不予公开的1件是商业秘密", "无法提供里有2件属于…": the row's cases, some of them told by what they are
                     r"^\s*[\u4e00-\u9fff]{2,8}?(?:的|里|中|里面|当中)\s*(?:有|其中)?\s*(\d+|[一两二三四五六七八九十])\s*(?:件|个)\s*"
                     r"(?:是|属于|为|系|涉及)")


# Cases told one at a time ("一个公开，一个部分公开", "还有1个是劳务派遣公司，它那件是公开了的"): the cases the talk
# is about, never a row's whole figure.
_ONE_CASE = re.compile(r"^\s*(?:还有|另外|另|其中)?\s*(?:一个|一件|1个|1件)(?![\d十])|(?:它|他|她)(?:的)?那\s*(?:一)?件|"
                       r"^\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月[^，,]{0,6}?(?:那|这)\s*(?:一)?件|"
                       r"^\s*第\s*[一二三四五六七八九十\d]{1,2}\s*件")  # "3月那件…", "第二件…": a case pointed at


def _all_of_part(s: Statement, part: Statement) -> bool:
    """Whether `s` says all of a group is one reason ("均为": the group's other reasons are 0) in the clause that
    counted only some of the group's cases (`part`, "不予公开的1件是…"): then it is the reason of those cases."""
    return s.message == part.message and s.value == 0 and all(c < 0 for c, _ in s.terms) and \
        len(set(part.cells) - s.cells) == 1 and s.cells < set(part.cells) and \
        s.span[0] < part.span[1] and part.span[0] < s.span[1]


def _subset(s: Statement) -> bool:
    for part in re.split(r"[。；;！!？?\n]", s.quote):
        m = _SUBSET.match(part)
        if m and cn_number(m.group(1) or m.group(2)) == s.value or _ONE_CASE.search(part) and s.value <= 2:
            return True
    return False


# "都是个人。哦不对，有2件是律所的": the official takes back what they just said, in the same message.
# '不对' takes a figure back only as a clause of its own ('哦不对，…', '不对不对 二十一件'): '不对其中2件收费' and
# '不对外公开' are verbs.
_TAKE_BACK = re.compile(r"(?:^|(?<=[，,。；;！!？?\s]))(?:哦|噢|呃|啊|哎|诶)?\s*(?:不对(?=[\s，,。；;！!？?…~～—]|$|不对|[啊呀吧哈是应])|说错了|搞错了|弄错了|记错了|口误)")


# A draft and the reviewer's opinion on it in one paste (an OA routing slip): what the review says stands.
_REVIEWED = re.compile(r"(?m)^[ \t【\[]*(?:审核|审批|复核|修改|审阅|审定)意见|^[ \t【\[]*(?:审核|复核)(?:人)?[（(][^）)\n]{0,20}[)）]\s*[:：]")


# A reviewer's note in 【】 under a line of the draft that gives the figure otherwise ("【应为3件…】", "【有1件…】"):
# the annotated figure is replaced, as with the opinion of a routing slip.
# ("【有2件是网上申请的】" says what some of them were: no figure given anew.)
_ANNOTATED = re.compile(r"【\s*(?:应为|应是|应该是|改为|改成|更正为|实为|实际(?:是|为|有)|(?:有|共)\s*\d+\s*(?:件|个|起)?\s*(?:[，,。；;】]|$)|"
                        r"不对|有误)")


def _taken_back(said: list[Statement], text: str) -> tuple[list[Statement], list[tuple[Statement, Statement]]]:
    """A figure said before "不对"/"说错了" in a message and said otherwise after it: the later one stands, the
    earlier one is kept in the record as corrected (not a conflict with the official's own next words)."""
    marks = [m.start() for m in _TAKE_BACK.finditer(text)] + [m.start() for m in _REVIEWED.finditer(text)] + \
        [m.start() for m in _ANNOTATED.finditer(text)]
    gone, pairs = _preferred_source(said, text)
    if not marks:
        return [s for s in said if not any(s is g for g in gone)], pairs
    for p in marks:
        after = [s for s in said if s.span[0] >= p]
        for b in said:
            if b.span[1] > p or any(b is g for g in gone):
                continue
            by = next((a for a in after if a.key == b.key and a.value != b.value), None)
            if by is not None:
                gone.append(b)
                pairs.append((b, by))
    for m in _ANNOTATED.finditer(text):
        # The annotated line is rewritten by its note: what else that line said of the same cells goes too
        # ("行政复议2件，均维持。【应为3件：维持2件…】": 均维持 was said of the 2).
        end = text.find("】", m.start())
        note = [s for s in said if m.start() <= s.span[0] < (end if end > 0 else len(text))]
        line_end = text.rfind("\n", 0, m.start())
        line_start = text.rfind("\n", 0, max(line_end, 0)) + 1
        if line_end < 0 or not any(line_start <= g.span[0] < line_end for g in gone):
            continue
        cells = {c for s in note for c in s.cells}
        gone += [s for s in said if line_start <= s.span[0] < line_end and s.cells & cells and
                 not any(s is g for g in gone)]
    return [s for s in said if not any(s is g for g in gone)], pairs


# "系统里显示是3，但台账上是4，以台账为准": of two figures for one cell in the sentence, the source named stands.
_PREFERRED = re.compile(r"以\s*([^，,。；;\s]{1,8}?)\s*(?:上|里|中)?\s*(?:的)?\s*(?:数据|数字|数|统计)?\s*为准")


def _preferred_source(said: list[Statement], text: str) -> tuple[list[Statement], list[tuple[Statement, Statement]]]:
    gone, pairs = [], []
    for m in _PREFERRED.finditer(text):
        start = clause_span(text, m.start(), stops=SENTENCE_STOPS)[0]
        told = [s for s in said if start <= s.span[0] < m.start()]
        for key in dict.fromkeys(s.key for s in told):
            same = [s for s in told if s.key == key]
            if len({s.value for s in same}) < 2:
                continue
            named = [s for s in same if m.group(1) in text[clause_span(text, s.span[0])[0]:s.span[1]]]
            keep = (named or same)[-1]
            gone += [s for s in same if s is not keep]
            pairs += [(s, keep) for s in same if s is not keep]
    return gone, pairs


def _within(said: list[Statement], asked: set[str]) -> list[Statement]:
    """"都是企业" answering which of the legal persons' 5 applications: the quantifier covers the cells asked,
    not the row's 自然人 the notes already gave — a zero it puts outside them in the asked row is left out."""
    rows = {p.split("[")[0] for p in asked}
    # (A relation is no zero: "企业那件是公开的" says 公开 = all of the company's concluded cases.)
    return [s for s in said if s.value != 0 or s.cells <= asked or not any(p.split("[")[0] in rows for p in s.cells)
            or any(c < 0 for c, _ in s.terms)]


@dataclass
class _Message:
    """What a pass after reading sees of the message being read, and what it hands on to a later pass."""
    text: str
    index: int
    asked: set[str] | None              # the cells the question before it asked (None: no question was asked)
    messages: list[str]
    out: NotesReading                   # what the messages before it said (passes record corrections in it)
    taken_back: list[tuple[Statement, Statement]] = field(default_factory=list)  # (figure, the one it gave way to)


def _on_text(step):
    """A pass that needs only the statements and the message's text."""
    def run(said: list[Statement], m: _Message) -> list[Statement]:
        return step(said, m.text)
    run.__name__ = step.__name__
    return run


def _asked_only(said: list[Statement], m: _Message) -> list[Statement]:
    return said if m.asked is None else _within(said, m.asked)


def _said_otherwise(said: list[Statement], m: _Message) -> list[Statement]:
    said, pairs = _taken_back(said, m.text)
    m.taken_back += pairs
    return said


def _drafts_put_right(said: list[Statement], m: _Message) -> list[Statement]:
    said, pairs = drafts_replaced(said, m.text)
    m.taken_back += pairs
    return said


def _comments_put_right(said: list[Statement], m: _Message) -> list[Statement]:
    said, pairs = commented_out(said, m.text)
    m.taken_back += pairs
    return said


def _last_years_list(said: list[Statement], m: _Message) -> list[Statement]:
    return compared_to_last_year(said, m.text, m.index)


def _with_carried_over(said: list[Statement], m: _Message) -> list[Statement]:
    said, recounted_new = including_carried_over(said, m.text, m.index, m.out.statements)
    for x, s in recounted_new:
        if x in m.out.statements:
            m.out.statements.remove(x)
        m.out.corrections.append((x, s))
    return said


def _last_years_table(said: list[Statement], m: _Message) -> list[Statement]:
    said, last_years = _last_years_paste(said, m.text)
    m.out.last_years += last_years
    return said


def _parts_named(said: list[Statement], m: _Message) -> list[Statement]:
    return _parts_of_one_kind(said, m.text, m.index, m.out.summed, m.messages)


def _record_taken_back(said: list[Statement], m: _Message) -> list[Statement]:
    m.out.corrections += m.taken_back
    return said


def _recounted(said: list[Statement], m: _Message) -> list[Statement]:
    return recounted(m.text, said, m.out.corrections)


def _moved(said: list[Statement], m: _Message) -> list[Statement]:
    out, text, i = m.out, m.text, m.index
    for new in (moved_between_reasons(text, i, out.statements + said)
                + moved_to_last_year(text, i, out.statements, said)  # (also drops readings from `said`, in place)
                + moved_out_of_a_figure(text, i, out.statements)):
        for pool in (said, out.statements):
            for x in [x for x in pool if x.key == new.key]:
                pool.remove(x)
                if x.value != new.value:
                    out.corrections.append((x, new))
        said.append(new)
    return said


# The passes over a message's statements once it is read, in order. Each takes and returns the statements;
# why each stands where it does:
AFTER_READING = (
    _asked_only,                      # first: limits the grammar's own zeros to the cells asked, before passes add any
    _said_otherwise,                  # a figure taken back ("不对，…") leaves before a pass adds, moves or recounts it
    _drafts_put_right,                # likewise a draft's figure put right in its line ("初稿6件，实际7件")
    _comments_put_right,              # and one a reviewer's bracket after it moves cases out of ("【…那件算部分公开】")
    _last_years_list,                 # last year's figures listed leave before a pass adds or moves them
    _on_text(_channel_in_brackets),   # reads the bracket right after a figure's span, before passes merge spans
    _on_text(_combined),              # a whole told as its parts put together replaces the part: before _added_up
    _on_text(_added_up),              # a cell's parts said to count together become one, else merged_parts splits
    _on_text(merged_parts),           # sub-reports run together: each solved on its own, once a cell's parts are one
    _on_text(_granted_and_refused),   # needs both 许可 figures as read: before _kinds_of_which may drop one
    _on_text(_kinds_of_which),        # table 2 only; position kept (no dependency on its neighbours found)
    _on_text(_reason_before),         # adds the group's other reasons as 0; position kept (no dependency found)
    _on_text(_left_open),             # after the passes that add statements: drops those of an applicant left open
    _with_carried_over,               # its corrections enter the record before the taken-back pairs (record order)
    _on_text(of_which_disclosure),    # table 4; position kept (no dependency on its neighbours found)
    _on_text(concluded_cases),        # table 4; position kept (no dependency on its neighbours found)
    _last_years_table,                # matches quotes with last year's pasted lines, before _taken_out rewrites one
    _on_text(_taken_out),             # a part taken out of the figure before it (figure and quote rewritten)
    _on_text(_not_counted_as),        # a count said not to be of a column ("…不是废止") leaves it, once parts are whole
    _on_text(marked_wrong),           # position kept (no dependency on its neighbours found)
    _parts_named,                     # reads the earlier messages' parts; this message's join them after the passes
    _record_taken_back,               # the pairs of _said_otherwise and _drafts_put_right join the record here
    _recounted,                       # "那就是8件" recounts the figure the passes left, its corrections after those
    _moved,                           # last: cases moved read what the message finally says against what stands
)


def _after_reading(said: list[Statement], m: _Message) -> list[Statement]:
    for step in AFTER_READING:
        said = step(said, m)
    return said


def _unit_messages(messages: list[str]) -> dict[int, int]:
    """Sub-reports forwarded one message each ("规划科：…", then "耕保科：…"): consecutive messages that each
    open with a unit's heading are one note of parts, read together (message → the last of its group)."""
    heads = [_unit_heading(m) for m in messages]
    out: dict[int, int] = {}
    k = 0
    while k < len(messages):
        j = k
        while j < len(messages) and heads[j] is not None:
            j += 1
        if j - k >= 2 and len(set(heads[k:j])) == j - k:
            out.update({x: j - 1 for x in range(k, j)})
        k = max(j, k + 1)
    return out


def _unit_heading(text: str) -> str | None:
    parts = split(fold(text))
    if parts:
        return None  # the parts are inside the message
    return heading(fold(text))


def _scope_all_applicants(statements: list[Statement]) -> list[Statement]:
    """"申请人均为自然人" said of no row covers 上年结转 too, unless the notes split 上年结转 themselves."""
    carried = {form.application_path("carried_over", c) for c in form.PARTIES}
    explicit = any(s.cells & carried for s in statements if s.source != "scope")
    return [s for s in statements if not (s.source == "scope" and explicit)]


def _litigation_default(reading: NotesReading) -> NotesReading:
    """"行政诉讼N件" without saying how: where the notes never mention 复议后起诉, it is 直接起诉 —
    the only reading a clerk who had a case after review would not have written that way."""
    after = "review_litigation.litigation_after_review"
    generic = [s for s in reading.statements if any(p.startswith(after) for p in s.cells)
               and any(p.startswith("review_litigation.litigation_direct") for p in s.cells)
               and not (s.value == 0 and all(c > 0 for c, _ in s.terms))]  # "没有诉讼" covers both
    if not generic or reading.after_review_named:
        return reading
    fixed = []
    for s in reading.statements:
        if s in generic:
            terms = tuple((c, p) for c, p in s.terms if not p.startswith(after))
            s = replace(s, terms=terms)
        fixed.append(s)
    reading.statements = fixed
    return reading
