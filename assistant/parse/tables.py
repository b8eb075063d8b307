"""The three statutory tables, read by aligning the document's line stream with the official form."""
from __future__ import annotations

import re
from functools import lru_cache

from ..form import official as form, recognize
from ..form.address import Row, Table
from ..form.official import DOC_COLUMNS as DOC_COLUMN_DEFS
from ..form.official import (ACTIVE, ACTIVE_BY_KEY, APPLICANTS, APPLICATION_KEYS, LEGAL_PERSONS, REVIEW_GROUPS_DEF, TOTAL,
                    application_path, review_path)
from ..model.report import ACTIVE_ROWS, APPLICATION_ROWS, DOC_COLUMN_LABELS, DOC_COLUMNS, CellNote, LabelNote, Report
from .align import Aligner, Slot, consistent, glued_splits, placements, solve, violations
from ..model.problems import TABLE_KEY, Problem, row_label
from .stream import Line, has_figure, split_label
from .values import is_value, norm, parse_value

# --- Table 2 ----------------------------------------------------------------------------------------

ART20 = re.compile(r"第二十条第\(([一二三四五六七八九十])\)项")
ACTIVE_KEYS = tuple(r.key for r in ACTIVE)
_T2_VARIANTS = {r.key: tuple(dict.fromkeys([norm(r.label)] + [norm(s) for s in r.synonyms if len(s) >= 4])) for r in ACTIVE}
_HEADER_WORDS = re.compile(r"数量|件数|金额|增/?减|信息内容")


def art20_block(line: Line) -> str | None:
    text = norm(line.text)
    if len(text) <= 40 and (m := ART20.search(text)):
        return m.group(1)
    return None


@lru_cache(maxsize=4096)
def t2_key(cell: str, last: int = -1) -> str | None:
    c = re.sub(r"^\d+[.、]", "", norm(cell))
    for key, variants in _T2_VARIANTS.items():
        if c in variants:
            return key
    # A reworded label ("行政许可事项") still names its row; the label note says it differs.
    for key, variants in _T2_VARIANTS.items():
        if any(len(v) >= 4 and v in c and len(c) <= len(v) + 6 for v in variants):
            return key
    return None


# --- Table 3 ----------------------------------------------------------------------------------------

_OTHER = re.compile(r"^(?:\d[.、]?|\([一二三四五六七]\))?其他$")
_TOTAL = re.compile(r"^(?:\(七\))?总计$")
_GROUP6 = re.compile(r"^(\(六\))?其他处理$")
_SUBTOTAL = re.compile(r"(小计|合计)$")  # "小计", or a group's "（三）不予公开小计": never a row of the form
_IDX = {k: i for i, k in enumerate(APPLICATION_KEYS)}
# Words of table 3's column header (derived from the form's applicant columns): a line with none of the
# figures and two of these is the header, repeated after a page break or at a split table, never a row.
_T3_HEAD_WORDS = tuple(dict.fromkeys(
    [norm(a.label)[:2] for a in APPLICANTS[:3]] + ["公益", "法律服务", norm(LEGAL_PERSONS), "申请人情况", "勾稽"]))
_T3_HEAD_TOTAL = tuple(norm(s) for s in APPLICANTS[TOTAL].synonyms)


# A table-3 column header's words -> the applicant column it names: the label, the editor's short name and
# the first printed variants ("企业", "合计"), after any 法人或其他组织 prefix ("法人或其他组织-商业企业").
_APPLICANT_HEADS = {norm(w): a.index for a in APPLICANTS
                    for w in (a.label, a.grid, *a.synonyms[:2]) if w and norm(w) != "小计"}
_LEGAL_PREFIX = re.compile("^" + re.escape(norm(LEGAL_PERSONS)) + r"[-—–·・:：/|()（）]*")


def applicant_column(cell: str) -> int | None:
    c = norm(cell)
    if c == norm(LEGAL_PERSONS):
        return None
    return _APPLICANT_HEADS.get(_LEGAL_PREFIX.sub("", c).strip("()（）"))


_NOT_THIS_YEAR = re.compile(r"同比|增减|增幅|增长|上年|去年|比较|变化")
_YEAR = re.compile(r"(20\d\d)\s*年?(?:度)?")


def column_order(header: list[Line], year: int | None = None, partial: bool = False) -> list[int | None] | None:
    """The applicant column of each figure, read from table 3's header lines: 法人或其他组织 on one line
    stands for the kinds a later line names under it; a column of another year or a comparison (2024年总计,
    同比) is None. None unless the columns named are named once and, unless `partial`, all seven are."""
    order: list = []
    for line in header:
        for c in line.cells:
            words = norm(c)
            if (m := _YEAR.search(words)) and year is not None:
                if int(m.group(1)) != year:
                    order.append(None)
                    continue
                words = words.replace(m.group(0), "")
            if words == norm(LEGAL_PERSONS):
                order.append("L")
            elif (i := applicant_column(words)) is not None:
                order.append(i)
            elif words and _NOT_THIS_YEAR.search(words):
                order.append(None)
    if "L" in order:
        # The kinds named after 法人或其他组织 (on its line or the next, after 总计 or not) stand in its place.
        # 自然人 named on the later line before those kinds (a cell spanning both lines, read from a picture, has
        # its words on the lower one) stands left of them.
        k = order.index("L")
        after = order[k + 1:]
        kinds = [x for x in after if x not in ("L", 0, TOTAL, None)]
        first = next((i for i, x in enumerate(after) if x in kinds), len(after))
        lead = [x for x in after[:first] if x == 0]
        order = ([x for x in order[:k] if x != "L"] + lead + kinds
                 + [x for x in after if x in (0, TOTAL, None) and not (x == 0 and lead)])
    named = [x for x in order if x is not None]
    if len(set(named)) != len(named) or not named or (not partial and len(named) != len(APPLICANTS)):
        return None
    return order


def t3_header(line: Line, values: list[str]) -> bool:
    if has_figure(values):
        return False
    t = norm(line.text)
    hits = sum(w in t for w in _T3_HEAD_WORDS)
    return hits >= 2 or (hits >= 1 and any(t.endswith(w) for w in _T3_HEAD_TOTAL))


@lru_cache(maxsize=8192)
def t3_key(cell: str, last: int) -> str | None:
    c = norm(cell)
    if not c or len(c) > 60 or is_value(cell):
        return None
    if c.startswith("(本列数据") or "勾稽" in c:
        return None
    for key, pat in recognize.T3_ROWS:
        if pat.search(c):
            return key
    if _OTHER.match(c) and last >= _IDX["rejected_petition"]:
        return "other_other"
    if c.startswith("(七)") or (_TOTAL.match(c) and last >= _IDX["rejected_petition"]):
        return "total_processed"
    return None


def t3_row_key(cells: list[str], last: int = -1) -> str | None:
    for c in reversed(cells):
        if k := t3_key(c, last):
            return k
    return None


def _t3_group(cell: str) -> str | None:
    c = norm(cell)
    if not c or len(c) > 20:
        return None
    for pat, label in recognize.T3_GROUP_LABELS:
        if pat.search(c):
            return label
    return None


# --- Table 4 ----------------------------------------------------------------------------------------

REVIEW_KEYS = tuple(g.key for g in REVIEW_GROUPS_DEF)


def t4_key(cell: str, last: int) -> str | None:
    c = norm(cell)
    if len(c) > 20:
        return None
    for key, pat in recognize.T4_GROUPS:
        if pat.search(c):
            return key
    return None


_ABSTAINED = ("ambiguous", "too_few_cells", "unplaced_rows", "missing_cell")
_BLANK = CellNote(raw="", kind="blank")  # shared: notes are replaced, never changed in place

# --- Reading ----------------------------------------------------------------------------------------

class TableReader:
    def __init__(self, report: Report):
        self.r = report
        self.reading: dict[str, dict] = {}
        self.subtotal_at: int | None = None  # table 3's 法人或其他组织 subtotal column, where the table has one

    # evidence ---------------------------------------------------------------------------------------
    def problem(self, kind: str, table: int, row: str | None = None, **kw):
        p = Problem(kind, table, row, **kw)
        self.r.problems.append(p)
        if kind in _ABSTAINED:
            # The reading record says where the reader left cells unread and why, in the problem's words.
            key = TABLE_KEY[table]
            t = self.reading.setdefault(key, {"by_label": 0, "by_order": 0, "by_identity": 0, "ambiguous": []})
            t.setdefault("why", []).append(p.reason if kind == "ambiguous" and not row else
                                           (f"“{row_label(table, row)}”行：{p.reason}" if kind == "ambiguous" else p.message))

    def count(self, table: str, how: str, paths: list[str]):
        t = self.reading.setdefault(table, {"by_label": 0, "by_order": 0, "by_identity": 0, "ambiguous": []})
        if how == "ambiguous":
            t["ambiguous"] += paths
        else:
            t[how] += len(paths)

    def put(self, path: str, raw: str | None, *, money: bool = False):
        if raw is None:
            return
        value, note = parse_value(raw)
        if isinstance(value, float) and not money and value.is_integer() and "." not in raw:
            value = int(value)
        if note.unit == "元" and not money:
            note = note.model_copy(update={"unit": None})  # "元" on a count cell is junk, the rules report it
        self.r.put(path, value)
        self.r.cells[path] = note

    def blank(self, path: str):
        self.r.cells[path] = _BLANK

    def label(self, where: str, found: str, expected: str):
        if found and norm(found) != norm(expected):
            self.r.labels.append(LabelNote(where=where, found=found, expected=expected))

    # values of one slot -------------------------------------------------------------------------------
    def _expand_glued(self, slot: Slot) -> list[str]:
        """"000" where three cells were glued together: one digit per missing cell, only when that fills the
        row exactly."""
        vals = slot.values
        if slot.structured or len(vals) >= slot.width:
            return vals
        multi = [i for i, v in enumerate(vals) if re.fullmatch(r"\d{2,}", v.strip())]
        if len(multi) == 1 and len(vals) - 1 + len(vals[multi[0]].strip()) == slot.width:
            i = multi[0]
            return vals[:i] + list(vals[i].strip()) + vals[i + 1:]
        return vals

    def fit(self, slot: Slot, table: int) -> list[str] | None:
        """The slot's cells, one per column, or None when a lost cell cannot be placed (decided later)."""
        vals = self._expand_glued(slot)
        n = slot.width
        if len(vals) > n:
            nums = [parse_value(v)[0] for v in vals]
            extra = len(vals) - n
            if all(not v.strip() for v in vals[n:]):
                return vals[:n]
            if n == 7 and extra == 1 and all(isinstance(x, (int, float)) for x in nums):
                # A 法人或其他组织 小计/合计 column, before the five kinds (小计) or after them (合计): the one whose
                # figure is their sum and whose removal leaves a row that adds up to its 总计.
                for j in (self.subtotal_at,) if self.subtotal_at is not None else (1, 6):
                    if _subtotal_at(nums, j, self.subtotal_at is None):
                        self.problem("subtotal_column", table, slot.key)
                        return vals[:j] + vals[j + 1:]
                if nums[1] == sum(nums[2:7]):  # a 小计 column in a row whose 总计 is wrong: the rules say so
                    self.problem("subtotal_column", table, slot.key)
                    return vals[:1] + vals[2:]
            lead = [v for v in vals[:extra] if v.strip()]
            if not lead:
                return vals[extra:]
            self.problem("too_many_cells", table, slot.key, found=len(vals), expected=n)
            return vals[:n]
        if len(vals) < n and slot.structured:
            self.problem("too_few_cells", table, slot.key, found=len(vals), expected=n)
            return vals + [""] * (n - len(vals))
        if len(vals) < n:
            return None
        return vals

    def place_lost(self, table: str, tno: int, slot: Slot, paths: list[str]) -> None:
        """A text row with fewer figures than columns: the identities of the form decide where the lost cell
        was; when they cannot, the row stays null with a problem that says why."""
        self.settle(table, tno, slot, paths, self.readings(table, slot, paths))

    def readings(self, table: str, slot: Slot, paths: list[str]) -> list[tuple]:
        """The row's readings the identities accept, given the cells read so far."""
        vals = self._expand_glued(slot)
        current = {p: self.r.value(p) for p in _table_paths(table)}
        if len(vals) == 1 and len(paths) > 1 and (exact := glued_splits(vals[0], len(paths))):
            # A whole row printed as one run of digits ("713000074"): every cell is there, cut where the
            # identities accept it. Spaced figures are never cut.
            found = self._trials(table, paths, current, exact)
            if found:
                return found
        if slot.cut and len(vals) < len(paths) and (found := self._trials(table, paths, current, [vals], True)):
            return found
        return self._trials(table, paths, current, [vals])

    def _trials(self, table: str, paths: list[str], current: dict, options: list[list[str]],
                cut: bool = False) -> list[tuple]:
        candidates = []
        for pieces in options:
            nums = [parse_value(v)[0] for v in pieces]
            # A cut row (the page ended there, or too many cells are missing to try every place): its printed
            # figures are its leading cells, the rest was never printed; the identities give what they fix.
            prefix = [tuple(range(len(pieces)))] if len(pieces) < len(paths) else []
            for pos in prefix if cut else placements(len(pieces), len(paths)) or prefix:
                trial = dict(current)
                for p in paths:
                    trial[p] = None
                for i, x in zip(pos, nums):
                    trial[paths[i]] = x
                if table == "active" and not _plausible_docs(trial, paths):
                    continue
                if consistent(trial, set(paths)):
                    # The lost cell's value, where an identity fixes it, is part of the reading too.
                    solved = solve(trial, paths)
                    candidates.append(tuple(solved[p] for p in paths))
        return list(dict.fromkeys(candidates))

    def settle(self, table: str, tno: int, slot: Slot, paths: list[str], candidates: list[tuple]) -> None:
        vals = self._expand_glued(slot)
        # A cell that every reading consistent with the identities gives the same value is certain.
        certain = [c[0] if candidates and all(x[i] == c[0] for x in candidates) else None
                   for i, c in enumerate(zip(*candidates))] if candidates else [None] * len(paths)
        for p, v in zip(paths, certain):
            if v is None:
                self.blank(p)
            else:
                self.r.put(p, v)
                self.r.cells[p] = CellNote(raw=str(v), kind="number")
        known = [p for p, v in zip(paths, certain) if v is not None]
        open_ = [p for p, v in zip(paths, certain) if v is None]
        glued = len(vals) == 1 and len(paths) > 1 and glued_splits(vals[0], len(paths))
        cut = bool(candidates) and not glued and (len(vals) < len(paths) - 2 or slot.cut) and len(candidates) == 1
        printed = paths[:len(vals)] if cut else []  # a cut row's printed figures, read in column order
        self.count(table, slot.how, [p for p in known if p in printed])
        self.count(table, "by_identity", [p for p in known if p not in printed])
        if not open_:
            return
        if cut:
            # The rest of the row was never printed.
            self.problem("too_few_cells", tno, slot.key or None, found=len(vals), expected=len(paths))
            return
        if glued:
            shown = "；".join("/".join("?" if x is None else f"{x:g}" for x in c) for c in candidates[:3])
            reason = (f"数字连写为“{vals[0].strip()}”，按列数和勾稽关系" +
                      (f"有 {len(candidates)} 种拆分（{shown}{'…' if len(candidates) > 3 else ''}）" if candidates
                       else "没有一种拆分成立"))
        else:
            reason = (f"只读到 {len(vals)} 个数字，应为 {len(paths)} 个，" +
                      ("按勾稽关系有多种可能的对应方式" if candidates else "按勾稽关系无法对应"))
        self.problem("ambiguous", tno, slot.key, found=len(vals), expected=len(paths), reason=reason)
        self.count(table, "ambiguous", open_)

    def place_rows(self, table: str, tno: int, rows: list[tuple[Slot, list[str]]], limit: int = 20000) -> None:
        """Several rows that lost cells or were printed glued: a row the identities fix on its own is settled
        first (its cells then narrow the others), then the rest together when their readings are few enough."""
        pending = list(rows)
        progress = True
        while pending and progress:
            progress = False
            for item in list(pending):
                cands = self.readings(table, item[0], item[1])
                if len(cands) == 1:
                    self.settle(table, tno, item[0], item[1], cands)
                    pending.remove(item)
                    progress = True
        if not pending:
            return
        options = [self.readings(table, slot, paths) for slot, paths in pending]
        size = 1
        for o in options:
            size *= max(1, len(o))
        if len(pending) > 1 and all(options) and size <= limit:
            current = {p: self.r.value(p) for p in _table_paths(table)}
            every = {p for _, paths in pending for p in paths}
            kept: list[list[tuple]] = [[] for _ in pending]
            from itertools import product
            for combo in product(*options):
                trial = dict(current)
                for (_, paths), values in zip(pending, combo):
                    trial.update(zip(paths, values))
                if consistent(trial, every):
                    for k, values in enumerate(combo):
                        kept[k].append(values)
            options = [list(dict.fromkeys(k)) for k in kept]
        for (slot, paths), cands in zip(pending, options):
            self.settle(table, tno, slot, paths, cands)

    # table 2 ---------------------------------------------------------------------------------------
    def table2(self, lines: list[Line]):
        r = self.r
        block: str | None = None
        columns: dict[str, list[str]] = {}
        collecting: str | None = None   # the block whose column headers come one per line

        def cols_of(key: str) -> list[str]:
            return columns.get(_block_of(key), columns.get("?", []))

        def width(key: str) -> int:
            cols = cols_of(key)
            if len(ACTIVE_BY_KEY[key].columns) == 3:
                return max(3, len(cols)) if cols else 3
            return len(cols) if len(cols) > 1 else 1

        def ignore(text: str) -> bool:
            t = norm(text)
            return any(norm(w) in t for w in form.ROWS_2019)

        def plausible(key: str, cells: list[str]) -> bool:
            nums = [parse_value(c)[0] for c in cells]
            return len(nums) != 3 or None in nums or nums[2] >= nums[0] - nums[1]
        al = Aligner(ACTIVE_KEYS, width, t2_key, ignore=ignore, ordered=False, accept=plausible)
        for line in _one_cell_per_line(lines):
            if (b := art20_block(line)) is not None:
                block, collecting = b, None
                if b == "九":
                    self._marker("第二十条第（九）项")
                if b == "一" and line.structured:
                    cell = next((c for c in line.cells if ART20.search(norm(c))), None)
                    if cell:
                        self.label(Table("active"), cell, form.ACTIVE_BLOCKS[0])
                continue
            for marker in form.FORMAT_2019_MARKERS:
                if norm(marker) in norm(line.text):
                    self._marker(marker)
            cells = [c for c in line.cells]
            heads = [i for i, c in enumerate(cells) if norm(c) == "信息内容"]
            if heads:
                columns[block or "?"] = [c for c in cells[heads[0] + 1:] if c.strip()]
                collecting = block or "?"
                continue
            at, values = split_label(cells)
            if collecting is not None and at >= 0 and not has_figure(values) and \
                    t2_key(cells[at]) is None and _HEADER_WORDS.search(norm(line.text)):
                columns[collecting] += [c for c in cells if c.strip()]
                continue
            collecting = None
            al.feed(line)
        slots = al.finish()
        self._after(al, 2)
        for key in ACTIVE_KEYS:
            slot = slots.get(key)
            row = ACTIVE_BY_KEY[key]
            if slot is None:
                self.problem("missing_row", 2, key)
                continue
            self.label(f"active.{key}", slot.label, row.label)
            cols = columns.get(_block_of(key), columns.get("?", []))
            if len(row.columns) == 3:
                self._doc_row(slot, cols)
            else:
                self._single(slot, cols)

    def _after(self, al: Aligner, table: int):
        if al.unplaced:
            self.problem("unplaced_rows", table, found=al.unplaced)
        for key, name in al.renamed.items():
            self.problem("unrecognised_label", table, key, label=name)

    def _marker(self, marker: str):
        if marker not in self.r.format_markers:
            self.r.format_markers.append(marker)

    def _doc_row(self, slot: Slot, cols: list[str]):
        key = slot.key
        paths = [f"active.{key}.{c}" for c in DOC_COLUMNS]
        if any(norm(c) in form.FORMAT_2019_MARKERS[:2] for c in cols):  # 2019 layout: 本年新制作/新公开数量
            idx = {"issued": 0, "repealed": None, "in_force": 2}
        else:
            idx = {"issued": 0, "repealed": 1, "in_force": 2}
            if slot.label:
                for col, c in zip(DOC_COLUMNS, cols[:3]):
                    self.label(f"active.{key}.{col}", c, DOC_COLUMN_LABELS[col])
        if not slot.structured and not any(v.strip() for v in slot.values):
            # A text row with its label and no figure at all: blank cells (nothing was lost to place).
            for path in paths:
                self.blank(path)
            self.count("active", slot.how, paths)
            return
        if not slot.structured and len(slot.values) < slot.width and idx["repealed"] is not None:
            if self._expand_glued(slot) == slot.values:
                self.place_lost("active", 2, slot, paths)
                return
        vals = self._expand_glued(slot)
        heads = slot.line.heads if slot.line is not None else None
        if heads and len(heads) == len(vals):
            # A prose row names each figure: its column is the one whose words it uses, whatever the order.
            named = {col: i for i, h in enumerate(heads) for col in DOC_COLUMNS if _doc_column(h) == col}
            if len(named) == len(vals):
                idx = {col: named.get(col) for col in DOC_COLUMNS}
        for col, path in zip(DOC_COLUMNS, paths):
            i = idx[col]
            if i is not None and i < len(vals):
                self.put(path, vals[i])
                self.count("active", slot.how, [path])
            elif i is not None:
                self.blank(path)
                self.problem("missing_cell", 2, key, col=col)

    def _single(self, slot: Slot, cols: list[str]):
        key = slot.key
        path = f"active.{key}"
        col_label = ACTIVE_ROWS[key][2]
        i: int | None = 0
        if cols:
            if slot.label:
                self.label(path, cols[0] if len(cols) == 1 else cols[-1], col_label)
            # 2019 layout: 上一年项目数量 / 本年增减 / 处理决定数量 — take the decision count.
            hits = [j for j, c in enumerate(cols) if "处理决定" in c or "收费金额" in c]
            if len(cols) > 1:
                i = hits[0] if hits else None
        vals = slot.values
        if len(cols) <= 1 and len(vals) > 1:
            i = next((j for j, v in enumerate(vals) if v.strip()), 0)  # a stray blank cell before the figure
        if i is not None and i < len(vals):
            self.put(path, vals[i], money=key == "fees")
            self.count("active", slot.how, [path])
        else:
            self.blank(path)
            if i is not None:
                self.problem("missing_cell", 2, key)

    # table 3 ---------------------------------------------------------------------------------------
    def table3(self, lines: list[Line]):
        if (columns := self._transposed(lines)) is not None:
            slots = {k: Slot(k, 7, [col[i] for col in columns], True, "by_order")
                     for i, k in enumerate(APPLICATION_KEYS)}
            self._rows3(slots)
            return
        if (columns := self._figure_columns(lines)) is not None:
            slots = {k: Slot(k, 7, [col[i] for col in columns], True, "by_order", structured=False)
                     for i, k in enumerate(APPLICATION_KEYS)}
            self._rows3(slots)
            return
        parts = self._column_parts(lines)
        if parts is not None:
            # Table 3 printed in two halves of its columns (a wide table split over pages, 续表): each half read
            # on its own, each row's figures joined in the order their headers name.
            (s1, o1), (s2, o2) = [self._align3(part, len(o))[0:1] + (o,) for part, o in parts]
            slots = s1
            for k, slot in s2.items():
                if k in slots and len(slots[k].values) == len(o1) and len(slot.values) == len(o2):
                    slots[k].values = slots[k].values + slot.values
                elif k not in slots:
                    slots[k] = slot
            for slot in slots.values():
                slot.width = len(APPLICANTS)
            self._rows3(slots, o1 + o2)
            return
        slots, header = self._align3(lines, 7)
        self._column_major(slots)
        order = column_order(header, self.r.meta.year)
        if order is not None and (order == list(range(len(APPLICANTS))) or not _total_where(order, slots)):
            order = None
        self._rows3(slots, order)

    def _column_parts(self, lines: list[Line]) -> list[tuple[list[Line], list]] | None:
        """Two header blocks that each name part of the applicant columns, together all of them: the lines
        split at the second block, with each block's column order."""
        blocks: list[tuple[int, list[Line]]] = []
        prev = False
        for i, line in enumerate(lines):
            head = t3_header(line, split_label(line.cells)[1])
            if head and not prev:
                blocks.append((i, []))
            if head or (prev and not has_figure(line.cells) and t3_row_key(line.cells) is None):
                blocks[-1][1].append(line)
                prev = True
            else:
                prev = False
        if len(blocks) != 2:
            return None
        orders = [column_order(b, self.r.meta.year, partial=True) for _, b in blocks]
        if None in orders or len(orders[0]) == 7:
            return None
        named = [x for o in orders for x in o if x is not None]
        if sorted(named) != list(range(len(APPLICANTS))):
            return None
        cut = blocks[1][0]
        return [(lines[:cut], orders[0]), (lines[cut:], orders[1])]

    def _align3(self, lines: list[Line], width: int) -> tuple[dict[str, Slot], list[Line]]:
        def adds_up(key: str, cells: list[str]) -> bool:
            nums = [parse_value(c)[0] for c in cells]
            return width == len(APPLICANTS) and None not in nums and nums[TOTAL] == sum(nums[:TOTAL])
        al = Aligner(APPLICATION_KEYS, lambda k: width, t3_key, accept=adds_up)
        in_header = False
        header: list[Line] = []
        for line in lines:
            at, values = split_label(line.cells)
            if t3_header(line, values):
                in_header = True
                header.append(line)
                continue
            if in_header and not has_figure(values):
                # The rest of a header block wrapped over lines ("人 其他", "企业 机构"): only a row label that
                # names its row on its own (not a bare 其他 / 总计, which are column names too) ends it.
                c = norm(line.cells[at]) if at >= 0 else ""
                if not (t3_key(line.cells[at], -1) if at >= 0 else None) and not re.match(r"^\d[.、]其他$", c):
                    header.append(line)
                    continue
            in_header = False
            if at >= 0:
                c = norm(line.cells[at])
                if re.match(r"^\(六\)其他(处理)?$", c) and not has_figure(values):
                    continue  # the group's label wrapped ("（六）其他" / "处理"), not the row 3.其他
                if _GROUP6.match(c) and has_figure(values):
                    self._marker(f"{form.T3_GROUPS[-1].label}为单独一行")  # 2019 试行: one row with its own values
                    line = Line(line.cells[:at] + [form.APP_BY_KEY["other_other"].label] + values, line.block, line.structured)
                elif _SUBTOTAL.search(c) and al.last >= 0 and t3_key(line.cells[at], al.last) != "total_processed":
                    self.problem("subtotal_row", 3)
                    continue
            al.feed(line)
        slots = al.finish()
        self._after(al, 3)
        return slots, header

    def _rows3(self, slots: dict[str, Slot], order: list[int] | None = None):
        """`order`: the applicant column of each printed column, where the header puts them in another order."""
        # A subtotal column is one column of the whole table: where rows alone cannot tell (a row of zeros and
        # ones fits either place), the place every row accepts decides.
        wide = [[parse_value(v)[0] for v in s.values] for s in slots.values() if len(s.values) == 8]
        wide = [nums for nums in wide if all(isinstance(x, (int, float)) for x in nums)]
        fits = [j for j in (1, 6) if wide and all(_subtotal_at(nums, j, True) for nums in wide)]
        self.subtotal_at = fits[0] if len(fits) == 1 else None
        lost: list[Slot] = []
        for key in APPLICATION_KEYS:
            slot = slots.get(key)
            paths = [application_path(key, c) for c in range(7)]
            if slot is None:
                for p in paths:
                    self.blank(p)
                self.problem("missing_row", 3, key)
                continue
            group, expected = APPLICATION_ROWS[key]
            self.label(Row("applications", key), slot.label, expected)
            if group and slot.label:
                for c in slot.before:
                    g = _t3_group(c)
                    if g:
                        self.label(f"applications.{key}", c, g)
            if not any(v.strip() for v in slot.values):
                # A row label printed with no figure at all is a printed blank (R3-5 says so), not a lost row.
                for p in paths:
                    self.blank(p)
                self.count("applications", slot.how, paths)
                continue
            if order is not None and len(slot.values) == len(order):
                slot.values = [slot.values[order.index(c)] for c in range(len(APPLICANTS))]
            vals = self.fit(slot, 3)
            if vals is None:
                lost.append(slot)
                continue
            for p, v in zip(paths, vals):
                self.put(p, v)
            self.count("applications", slot.how, paths)
        self.place_rows("applications", 3, [(slot, [application_path(slot.key, c) for c in range(7)]) for slot in lost])

    @staticmethod
    def _transposed(lines: list[Line]) -> list[list[str]] | None:
        """Table 3 turned on its side (a web page's choice): one row per applicant, named like a column
        header, with the 25 figures of the form's rows in the form's order. Read so only when every applicant
        has its row and the identities all hold."""
        n = len(APPLICATION_KEYS)
        by_applicant: dict[int, list[str]] = {}
        for line in lines:
            at, values = split_label(line.cells)
            figures = [v for v in values if v.strip()]
            if at < 0 or len(figures) != n or len(values) > n + 2:
                continue
            if (a := applicant_column(line.cells[at])) is not None and a not in by_applicant:
                by_applicant[a] = figures
        if len(by_applicant) != len(APPLICANTS):
            return None
        columns = [by_applicant[a] for a in range(len(APPLICANTS))]
        by_col = {application_path(k, c): parse_value(columns[c][i])[0] for i, k in enumerate(APPLICATION_KEYS)
                  for c in range(len(APPLICANTS))}
        return columns if not violations(by_col) else None

    @staticmethod
    def _figure_columns(lines: list[Line]) -> list[list[str]] | None:
        """PDF text of a grid drawn column by column, its labels in any order: seven runs of 25 figures, one
        per line, each run under its column's header. Read so only when the identities all hold."""
        runs: list[list[str]] = []
        run: list[str] = []
        for line in lines:
            cells = [c for c in line.cells if c.strip()]
            if len(cells) == 1 and is_value(cells[0]) and parse_value(cells[0])[0] is not None:
                run.append(cells[0])
                continue
            if run:
                runs.append(run)
                run = []
        if run:
            runs.append(run)
        n = len(APPLICATION_KEYS)
        if len(runs) != 7 or any(len(r) != n for r in runs):
            return None
        by_col = {application_path(k, c): parse_value(runs[c][i])[0] for i, k in enumerate(APPLICATION_KEYS)
                  for c in range(7)}
        return runs if not violations(by_col) else None

    def _column_major(self, slots: dict[str, Slot]):
        """PDF text of a grid drawn column by column: all row labels, then one figure per line, every 自然人
        figure first. Read row by row that breaks the identities; read column by column it keeps them all —
        only then is it transposed."""
        keys = APPLICATION_KEYS
        if any(k not in slots or slots[k].structured or len(slots[k].values) != 7 or slots[k].lines != 7
               for k in keys):
            return
        flat = [v for k in keys for v in slots[k].values]
        nums = [parse_value(v)[0] for v in flat]
        if any(x is None for x in nums):
            return
        n = len(keys)
        by_row = {application_path(k, c): nums[7 * i + c] for i, k in enumerate(keys) for c in range(7)}
        by_col = {application_path(k, c): nums[n * c + i] for i, k in enumerate(keys) for c in range(7)}
        if violations(by_row) and not violations(by_col):
            for i, k in enumerate(keys):
                slots[k].values = [flat[n * c + i] for c in range(7)]
                slots[k].how = "by_order"  # the published grid is right; only its reading order was not

    # table 4 ---------------------------------------------------------------------------------------
    def table4(self, lines: list[Line]):
        groups: dict[str, Slot] = {}
        flat: list[tuple[list[str], bool]] = []
        n = 0
        for line in lines:
            at, values = split_label(line.cells)
            if not has_figure(values):
                continue
            if at >= 0 and (m := re.fullmatch(r"(20\d\d)年?度?", norm(line.cells[at]))) and \
                    self.r.meta.year is not None and int(m.group(1)) != self.r.meta.year:
                continue  # the year before, printed beside this year's row for comparison
            key = t4_key(line.cells[at], -1) if at >= 0 else None
            if key and key not in groups and len([v for v in values if v.strip()]) <= 5:
                groups[key] = Slot(key, 5, list(values), structured=line.structured)
                n += 5
            else:
                flat.append((values, line.structured))
                n += len(values)
            if n >= 15:
                break
        if not groups and not flat:
            if not any(w in norm(line.text) for line in lines for w in ("维持", "纠正", "审结")):
                # Only the section heading: the table itself is missing (published as an image, say).
                self.problem("missing_table", 4)
            for g in REVIEW_KEYS:
                for c in range(5):
                    self.blank(review_path(g, c))
            return
        # The remaining figures fill the groups without a label of their own, in the form's order.
        rest = [g for g in REVIEW_KEYS if g not in groups]
        cells: list[str] = [v for vals, _ in flat for v in vals]
        structured = all(s for _, s in flat)
        if len(cells) > 5 * len(rest):
            lead = len(cells) - 5 * len(rest)
            if all(not v.strip() for v in cells[:lead]):
                cells = cells[lead:]
        if len(flat) == len(rest) and all(len(v) <= 5 for v, _ in flat) and not structured:
            for g, (vals, s) in zip(rest, flat):
                groups[g] = Slot(g, 5, list(vals), structured=s, how="by_order")
        else:
            if len(cells) < 5 * len(rest) and not structured:
                # Lost cells somewhere in a run of figures: the identities (R4-1) place them, or nothing.
                self._t4_lost(rest, cells)
                rest = []
            for k, g in enumerate(rest):
                groups[g] = Slot(g, 5, cells[5 * k:5 * k + 5], structured=True, how="by_order")
            if len(cells) > 5 * len(rest) and rest:
                self.problem("too_many_cells", 4, found=len(cells), expected=5 * len(rest))
            elif rest and len(cells) < 5 * len(rest):
                self.problem("too_few_cells", 4, found=len(cells), expected=5 * len(rest))
        for g, slot in groups.items():
            paths = [review_path(g, c) for c in range(5)]
            vals = slot.values[:5]
            if len(vals) < 5 and not slot.structured:
                self.place_lost("review_litigation", 4, slot, paths)
                continue
            for c, p in enumerate(paths):
                if c < len(vals):
                    self.put(p, vals[c])
                else:
                    self.blank(p)
            self.count("review_litigation", slot.how, paths)

    def _t4_lost(self, groups: list[str], cells: list[str]):
        paths = [review_path(g, c) for g in groups for c in range(5)]
        slot = Slot("", len(paths), cells, structured=False)
        self.place_lost("review_litigation", 4, slot, paths)


def _total_where(order: list[int], slots: dict[str, Slot]) -> bool:
    """Whether the rows add up to their 总计 at least as often read in the header's column order as in the
    form's: a header whose words came out of order (PDF text) must not move the figures."""
    def adds_up(nums: list) -> bool:
        return nums[TOTAL] == sum(nums[:TOTAL])
    rows = [[parse_value(v)[0] for v in s.values] for s in slots.values() if len(s.values) == len(order)]
    rows = [r for r in rows if all(isinstance(x, (int, float)) for x in r)]
    as_printed = sum(adds_up(r) for r in rows)
    reordered = sum(adds_up([r[order.index(c)] for c in range(len(APPLICANTS))]) for r in rows)
    return bool(rows) and reordered >= as_printed


def _row_and_column(cells: list[str], current: str | None) -> tuple[str, str, str] | None:
    """(row key, column key — "" for a one-column row —, figure) of a line naming one cell of table 2: "规章 |
    本年制发件数 | 1", "规章本年制发件数 | 1", or "本年废止件数 | 0" under the row named by the line before."""
    if len(cells) not in (2, 3) or not is_value(cells[-1]) or any(is_value(c) for c in cells[:-1]):
        return None
    words = norm("".join(cells[:-1]))
    row = next((r for r in sorted(ACTIVE, key=lambda r: -len(r.label)) if words.startswith(norm(r.label))), None)
    if row is None and len(cells) == 3 and (key := t2_key(cells[0])):
        row, words = ACTIVE_BY_KEY[key], norm(cells[1])
    elif row is not None:
        words = words[len(norm(row.label)):].lstrip("·-—:：/|")
    elif current is not None and len(cells) == 2:
        row = ACTIVE_BY_KEY[current]
    if row is None or not words:
        return None
    if len(row.columns) == 3:
        col = _doc_column(words)
        return (row.key, col, cells[-1]) if col is not None else None
    return (row.key, "", cells[-1]) if _HEADER_WORDS.search(words) else None


def _one_cell_per_line(lines: list[Line]) -> list[Line]:
    """Table 2 flattened to one line per cell ("规章 本年制发件数 1"), or drawn as a two-column 项目/数量 table
    whose group and row names span the lines below them: each row's lines become the row [name, figures in
    the form's column order]; every other line stays."""
    out: list[Line] = []
    pending: dict[str, dict[str, str]] = {}
    first: dict[str, Line] = {}
    current: str | None = None

    def flush():
        for key, cols in pending.items():
            line = first[key]
            label = ACTIVE_BY_KEY[key].label
            if len(ACTIVE_BY_KEY[key].columns) == 3:
                out.append(Line([label] + [cols.get(c, "") for c in DOC_COLUMNS], line.block, True))
            else:
                out.append(Line([label, cols.get("", "")], line.block, True))
        pending.clear()
        first.clear()

    for line in lines:
        cells = [c for c in line.cells if c.strip()]
        if len(cells) >= 2 and ART20.search(norm(cells[0])) and not ART20.search(norm(" ".join(cells[1:]))):
            # A block's name spanning its rows, printed in the first of them.
            flush()
            current = None
            out.append(Line([cells[0]], line.block, True))
            cells = cells[1:]
            line = Line(cells, line.block, line.structured, line.heads, line.page_end)
        if (cell := _row_and_column(cells, current)) is not None:
            key, col, value = cell
            if key not in pending and pending:
                flush()
            first.setdefault(key, line)
            pending.setdefault(key, {})[col] = value
            current = key
            continue
        flush()
        current = None
        out.append(line)
    flush()
    return out


def _subtotal_at(nums: list, j: int, total: bool) -> bool:
    """Column j of an 8-figure table-3 row is the sum of the five 法人或其他组织 kinds (and, with `total`, the
    row without it adds up to its 总计)."""
    rest = nums[:j] + nums[j + 1:]
    return nums[j] == sum(rest[1:6]) and (not total or rest[6] == sum(rest[:6]))


def _doc_column(words: str) -> str | None:
    """The document column ("issued", "repealed", "in_force") that words such as "本年废止" name."""
    w = norm(words)
    if not w:
        return None
    hits = {c.key for c in DOC_COLUMN_DEFS for syn in (c.label,) + c.synonyms if norm(syn) in w}
    return hits.pop() if len(hits) == 1 else None


def _block_of(key: str) -> str:
    return ART20.search(norm(ACTIVE_BY_KEY[key].block)).group(1)


def _table_paths(table: str) -> list[str]:
    from ..form.official import ACTIVE_PATHS, APPLICATION_PATHS, REVIEW_PATHS
    return list({"active": ACTIVE_PATHS, "applications": APPLICATION_PATHS, "review_litigation": REVIEW_PATHS}[table])


def _plausible_docs(trial: dict, paths: list[str]) -> bool:
    issued, _, in_force = (trial.get(p) for p in paths)
    return issued is None or in_force is None or in_force >= issued
