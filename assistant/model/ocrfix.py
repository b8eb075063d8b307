"""The identities settle what the OCR was unsure of.

A figure read from a picture with a low-confidence digit (or a letter where a digit belongs) comes with its other
readings (assistant/readers/scan.py: 1/7, 0/8/6, 3/8, 5/6, l/1, O/0). When the report's identities (R3-1, R3-2,
R3-3, R4-1: every row and column total) fail, the unsure figures in the failing identities are variables: the one
combination of readings that satisfies every identity they take part in is taken; several → those cells are left
blank with their candidates in a finding; none → the OCR's reading stays and the rules report the arithmetic, as
for any report (a figure really wrong on the page is never "corrected" away: only unsure digits move).

Which report cell an OCR figure became is found by parsing once more with each figure replaced by a marker
number; the parser is passed in (this module sits below it).
"""
from __future__ import annotations

from typing import Callable

from ..form.official import ALL_PATHS, FEE_PATH, IDENTITIES
from ..readers.blocks import Block
from ..readers.scan import OcrTable
from .problems import TABLE_OF, Problem
from .fill import fill
from .report import Report

MARK = 7_000_000          # marker figures: MARK + index, far above any real count
MAX_CHANGES = 3           # unsure cells changed together at most
MAX_SOLUTIONS = 6         # equally small changes looked for: past one, the cells they differ in stay open
SOLVE_SECONDS = 5.0       # per integer program; past it the OCR readings stay as read
_TERMS = [(ident.rule, ident.terms()) for ident in IDENTITIES]


def is_scan(blocks: list[Block]) -> bool:
    return any(isinstance(b, OcrTable) for b in blocks)


def settle(report: Report, blocks: list[Block], parse: Callable[[list[Block]], Report]) -> Report:
    """The report with its OCR figures settled by the identities and the reading record saying so:
    reading[table]["ocr"] (cells read by OCR), ["ocr_corrected"] ({cell: OCR reading}), ["ocr_candidates"], and
    where those two kinds of cell stand on the page, ["ocr_boxes"] ({cell: [page, x0, y0, x1, y1]}), for 校验 to
    mark them on the page picture."""
    if not is_scan(blocks):
        return report
    where = _locate(blocks, parse)
    readings: dict[str, tuple[str, ...]] = {}
    counts: dict[str, int] = {}
    for path, (text, doubts, _) in where.items():
        value = report.value(path)
        if not doubts or _number(text) != value:  # the two parses must agree on this cell
            continue
        if isinstance(value, float) and path != FEE_PATH:
            # Only the fee has decimals: in a count the dot was a speck, and the figure is the one without it.
            if (whole := next((v for v in map(_int, doubts) if v is not None), None)) is not None:
                counts[path] = whole
        elif isinstance(value, int):
            readings[path] = doubts
    for path, (_, _, (page, box)) in where.items():
        table = path.split(".", 1)[0]
        report.reading.setdefault(table, {}).setdefault("ocr", 0)
        report.reading[table]["ocr"] += 1
        pages = report.reading[table].setdefault("ocr_pages", [])
        if page not in pages:
            pages.append(page)
    chosen, open_ = _solve(report, readings)
    chosen = counts | chosen
    for path, value in chosen.items():
        table = path.split(".", 1)[0]
        report.reading[table].setdefault("ocr_corrected", {})[path] = str(report.value(path))
        report.reading[table].setdefault("ocr_boxes", {})[path] = [where[path][2][0], *where[path][2][1]]
        report.put(path, value)
    _fill_unread(report, lambda: _blank_boxes(blocks, parse))
    for path, candidates in open_.items():
        table, rest = path.split(".", 1)
        report.put(path, None)
        t = report.reading[table]
        t.setdefault("ocr_candidates", {})[path] = candidates
        t.setdefault("ambiguous", []).append(path)
        if path in where:
            t.setdefault("ocr_boxes", {})[path] = [where[path][2][0], *where[path][2][1]]
        row = rest.split("[", 1)[0].split(".", 1)[0]
        col = rest.split("[", 1)[1].rstrip("]") if "[" in rest else rest.split(".", 1)[-1]
        report.problems.append(Problem(
            "ambiguous", TABLE_OF[table], row,
            reason=f"OCR 识别不确定（第 {int(col) + 1 if col.isdigit() else col} 列），勾稽关系无法唯一确定，"
                   f"候选值：{'、'.join(map(str, candidates))}"))
    return report


def _fill_unread(report: Report, blank_boxes: Callable[[], dict[str, tuple[int, tuple]]]) -> None:
    """A figure the OCR could not read at all (a blank cell of a table read by OCR) that the identities determine
    is filled, and the record says it was read by the identities (as the parser does for a lost text cell)."""
    ocr_tables = {t for t, rec in report.reading.items() if rec.get("ocr")}
    filled = fill(report)
    boxes = None
    for path in sorted(filled.derived):
        table = path.split(".", 1)[0]
        if table in ocr_tables and report.value(path) is None:
            report.put(path, filled.value(path))
            report.reading[table].setdefault("ocr_corrected", {})[path] = ""
            boxes = blank_boxes() if boxes is None else boxes
            if path in boxes:
                report.reading[table].setdefault("ocr_boxes", {})[path] = [boxes[path][0], *boxes[path][1]]
    done = {p for t in ocr_tables for p in report.reading[t].get("ocr_corrected", {})}
    report.problems = [p for p in report.problems
                       if not (p.kind in ("missing_cell", "too_few_cells") and p.cells and
                               any(c in done for c in p.cells) and all(report.value(c) is not None for c in p.cells))]


def _int(text: str) -> int | None:
    try:
        return int(text)
    except ValueError:
        return None


def _number(text: str) -> int | float | None:
    try:
        return int(text)
    except ValueError:
        try:
            return float(text)
        except ValueError:
            return None


def _locate(blocks: list[Block], parse, blanks: bool = False) -> dict[str, tuple[str, tuple[str, ...] | None, tuple]]:
    """{report cell: (the OCR text, its readings or None, (page, box))} for every figure of the OCR tables (with
    `blanks`, for every empty cell instead)."""
    marked: list[Block] = []
    index: list[tuple[str, tuple[str, ...] | None, tuple]] = []
    for b in blocks:
        if not isinstance(b, OcrTable):
            marked.append(b)
            continue
        rows = []
        for r, row in enumerate(b.rows):
            out = []
            for c, text in enumerate(row):
                if (not text.strip()) if blanks else (_number(text) is not None):
                    out.append(str(MARK + len(index)))
                    index.append((text, b.doubts.get((r, c)), (b.page, b.boxes.get((r, c), (0, 0, 0, 0)))))
                else:
                    out.append(text)
            rows.append(out)
        marked.append(OcrTable(rows, dict(b.doubts), b.page))
    probe = parse(marked)
    found = {}
    for path in ALL_PATHS:
        v = probe.value(path)
        if isinstance(v, int) and MARK <= v < MARK + len(index):
            found[path] = index[v - MARK]
    return found


def _blank_boxes(blocks: list[Block], parse) -> dict[str, tuple[int, tuple]]:
    """{report cell: (page, box)} of the cells the OCR found empty (one more parse: only when some were)."""
    if not any(not t.strip() for b in blocks if isinstance(b, OcrTable) for row in b.rows for t in row):
        return {}
    return {path: where for path, (_, _, where) in _locate(blocks, parse, blanks=True).items()}


def _solve(report: Report, readings: dict[str, tuple[str, ...]]) -> tuple[dict[str, int], dict[str, list[int]]]:
    """(cells to change, cells left open with their candidates): the fewest unsure cells changed (at most
    MAX_CHANGES) so that every identity they are in holds; one such change is taken, several leave the cells
    that differ between them open. Unsure cells that share no identity are settled apart, so a misread no change
    can mend (in table 3) does not keep a misread in table 4 as read."""
    def holds(terms, values) -> bool | None:
        total = 0
        for coef, p in terms:
            v = values.get(p, report.value(p))
            if not isinstance(v, int):
                return None
            total += coef * v
        return total == 0

    current = {p: report.value(p) for p in readings}
    failing = [terms for _, terms in _TERMS if holds(terms, current) is False]
    variables = sorted({p for terms in failing for _, p in terms if p in readings})
    if not variables:
        return {}, {}
    # The identities the variables are in constrain them; a cell left blank (unread) in one of them is an unknown
    # count, never negative, and ties every identity it is in: a blank once said nothing, and a row of unsure
    # zeros could then absorb a wrong total read with confidence (a "0" made "1" in a row whose column, through
    # the blank row, could not take it), leaving its cells open and the planted error unseen.
    constraints = _constraints(report, variables)
    options = {p: [v for v in dict.fromkeys(_int(t) for t in readings[p][1:]) if v is not None and v != current[p]]
               for p in variables}
    chosen: dict[str, int] = {}
    open_: dict[str, list[int]] = {}
    blanks = sorted({p for terms in constraints for _, p in terms if _blank(report, p)})
    for group in _groups(variables + blanks, constraints):
        mine = [terms for terms in constraints if any(p in group for _, p in terms)]
        group = [p for p in group if p in variables]
        if not group:
            continue
        solutions = _changes(group, mine, options, current, report)
        if not solutions:
            continue
        if len(solutions) == 1:
            chosen.update(solutions[0])
            continue
        here: dict[str, list[int]] = {}
        for p in {p for s in solutions for p in s}:
            values = sorted({s.get(p, current[p]) for s in solutions})
            if len(values) > 1:
                here[p] = values
        open_.update(here)
        chosen.update({p: v for p, v in solutions[0].items() if p not in here})
    return chosen, open_


def _blank(report: Report, path: str) -> bool:
    return report.value(path) is None


def _constraints(report: Report, variables: list[str]) -> list:
    """Identities touching the variables, and those that reach them through blank cells: every other cell has a
    figure or is blank (an identity with a cell of text or a fraction says nothing)."""
    def usable(terms) -> bool:
        return all(p in variables or isinstance(report.value(p), int) or _blank(report, p) for _, p in terms)
    reached, blanks = set(variables), set()
    chosen: list = []
    grew = True
    while grew:
        grew = False
        for _, terms in _TERMS:
            if any(t is terms for t in chosen) or not usable(terms):
                continue
            if any(p in reached or p in blanks for _, p in terms):
                chosen.append(terms)
                new = {p for _, p in terms if _blank(report, p)} - blanks
                blanks |= new
                grew = True
    return chosen


def _groups(variables: list[str], constraints: list) -> list[list[str]]:
    """The variables split into groups no identity joins."""
    parent = {p: p for p in variables}

    def root(p: str) -> str:
        while parent[p] != p:
            parent[p] = parent[parent[p]]
            p = parent[p]
        return p

    for terms in constraints:
        inside = [p for _, p in terms if p in parent]
        for p in inside[1:]:
            parent[root(p)] = root(inside[0])
    groups: dict[str, list[str]] = {}
    for p in variables:
        groups.setdefault(root(p), []).append(p)
    return list(groups.values())


def _changes(variables, constraints, options, current, report) -> list[dict[str, int]]:
    """Every change of the fewest variables (at most MAX_CHANGES, up to MAX_SOLUTIONS of them) under which all
    constraints hold, as an integer program (one reading chosen per cell); none when there is no such change."""
    import numpy as np
    from scipy.optimize import Bounds, LinearConstraint, milp
    cols = [(p, v) for p in variables for v in [current[p], *options[p]]]
    picks = len(cols)  # one 0/1 column per reading of a variable, then one count per blank cell
    blanks = sorted({p for terms in constraints for _, p in terms if p not in variables and _blank(report, p)})
    cols += [(p, None) for p in blanks]
    n = len(cols)
    cost = np.array([0.0 if v is None or v == current[p] else 1.0 for p, v in cols])
    at = {p: [i for i, (q, _) in enumerate(cols) if q == p] for p in variables}
    count = {p: picks + k for k, p in enumerate(blanks)}
    rows, lo, hi = [], [], []
    for p in variables:  # one reading per cell
        r = np.zeros(n)
        r[at[p]] = 1
        rows.append(r), lo.append(1), hi.append(1)
    for terms in constraints:
        r, const = np.zeros(n), 0
        for coef, p in terms:
            if p in at:
                for i in at[p]:
                    r[i] += coef * cols[i][1]
            elif p in count:
                r[count[p]] += coef
            else:
                const += coef * report.value(p)
        rows.append(r), lo.append(-const), hi.append(-const)
    rows.append(cost), lo.append(0), hi.append(MAX_CHANGES)
    solutions: list[dict[str, int]] = []
    upper = np.array([1.0] * picks + [np.inf] * len(blanks))
    while len(solutions) < MAX_SOLUTIONS:
        res = milp(cost, constraints=LinearConstraint(np.array(rows), lo, hi), integrality=np.ones(n),
                   bounds=Bounds(0, upper), options={"time_limit": SOLVE_SECONDS})
        if res.status != 0 or res.x is None:
            break
        x = res.x[:picks] > 0.5
        if not solutions:
            hi[-1] = round(float(cost[:picks] @ x))  # the others must change as few cells
        solutions.append({p: v for (p, v), on in zip(cols, x) if on and v != current[p]})
        # Not these readings again (the blank cells' counts follow from them).
        rows.append(np.concatenate([x.astype(float), np.zeros(len(blanks))])), lo.append(0), hi.append(int(x.sum()) - 1)
    return solutions


def corrected_cells(report: Report) -> dict[str, str]:
    """{cell: what the OCR had read} for every cell the identities corrected (for 校验 to mark)."""
    return {p: v for t in report.reading.values() for p, v in t.get("ocr_corrected", {}).items()}
