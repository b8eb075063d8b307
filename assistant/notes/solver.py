"""Statements about cells, the statutory identities and non-negativity, solved together.

A statement is a linear equation over cells ("予以公开8件": granted[6] = 8; "不予公开3件": the sum of
the eight 不予公开 rows = 3; "自然人占80%": new[0] − 0.8·new[6] = 0). With the identities of the form
(R3-1/2/3, R4-1) and every cell ≥ 0, a cell is *determined* when its minimum and maximum over all
solutions agree; everything else is open.

When the statements cannot all hold, the solver looks for the most plausible consistent reading instead of
giving up on every figure involved: in each smallest conflicting set, a *weak* reading (a number bound to a
head far away, a figure without a unit, an assumed zero, last year's 结转) is set aside and becomes a
question with its quote. Only when every member of a conflicting set is a strong statement — the official's
own inconsistency — is the set reported as a conflict; its figures stay as written (see `stated`), and the
rest of the table keeps what every reading of it without one member agrees on. Nothing a statement says is ever changed.

Linear programming (HiGHS through SciPy) decides both; the relaxation is exact enough here because
every determined count comes out integral from integral data.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

from ..form import official as form

_TOL = 1e-6
# Readings below this strength are set aside when they clash (a figure bound to a topic named clauses
# before, an assumed zero, last year's 结转, an LLM proposal); above it a clash is the official's own
# inconsistency, reported with both quotes.
WEAK = 0.75


@dataclass(frozen=True)
class Statement:
    terms: tuple[tuple[float, str], ...]   # sum(coef * cell) == value
    value: float
    quote: str = ""
    label: str = ""          # Chinese description of what it says
    message: int = 0         # which chat message it came from
    span: tuple[int, int] = (0, 0)
    correction: bool = False
    source: str = "notes"    # notes | user | llm | last_year | zero
    slot: str = ""           # what a correction replaces besides the same cells ("all of 复议 had one outcome")
    strength: float = 1.0    # < 1: a weak reading, set aside first when the statements clash

    @property
    def cells(self) -> frozenset[str]:
        return frozenset(p for _, p in self.terms)

    @property
    def key(self) -> tuple:
        """What the statement is about, for corrections and duplicates."""
        return tuple(sorted(self.terms))

    def holds(self, values: dict[str, float]) -> bool:
        return abs(sum(c * values.get(p, 0) for c, p in self.terms) - self.value) <= 1e-6


def stated(statements, weak: bool = False) -> dict[str, Statement]:
    """What the notes say each cell is: the single-cell statements by cell, a later one winning; weak readings
    only when asked for."""
    return {s.terms[0][1]: s for s in statements if len(s.terms) == 1 and (weak or s.strength >= 1)}


def cell(path: str, value: float, **kw) -> Statement:
    return Statement(((1.0, path),), float(value), **kw)


def total(paths, value: float, **kw) -> Statement:
    return Statement(tuple((1.0, p) for p in paths), float(value), **kw)


@dataclass
class Solution:
    values: dict[str, float] = field(default_factory=dict)       # determined cells
    open: list[str] = field(default_factory=list)                # cells some statement or identity touches, not determined
    conflicts: list[list[Statement]] = field(default_factory=list)   # strong statements that cannot all hold
    dropped: list[tuple[Statement, list[Statement]]] = field(default_factory=list)  # weak reading, what it clashed with
    feasible: bool = True

    @property
    def stated(self) -> dict[str, float]:
        """Figures of conflicting statements, as the official wrote them (one cell each): shown in the
        table so that an inconsistency is visible and checkable, never blanked."""
        said: dict[str, set[float]] = {}
        for core in self.conflicts:
            for s in core:
                if len(s.terms) == 1 and s.terms[0][0] == 1.0 and s.source not in ("zero", "last_year"):
                    said.setdefault(s.terms[0][1], set()).add(s.value)
        # One cell given two figures cannot show both: it stays open and the conflict names both.
        return {p: next(iter(v)) for p, v in said.items() if len(v) == 1}


# Table 3 and 4 cells are tied by the identities; table 2 cells stand alone.
_VARS = form.APPLICATION_PATHS + form.REVIEW_PATHS + form.ACTIVE_PATHS
_IX = {p: i for i, p in enumerate(_VARS)}


@lru_cache(maxsize=1)
def _identity_rows() -> tuple[np.ndarray, np.ndarray]:
    rows = []
    for ident in form.IDENTITIES:
        row = np.zeros(len(_VARS))
        for coef, p in ident.terms():
            row[_IX[p]] += coef
        rows.append(row)
    return np.array(rows), np.zeros(len(rows))


def _system(statements: list[Statement], skip: frozenset[int] = frozenset()):
    a_id, b_id = _identity_rows()
    if skip:
        keep = [i for i in range(len(a_id)) if i not in skip]
        a_id, b_id = a_id[keep], b_id[keep]
    rows, rhs = [], []
    for s in statements:
        row = np.zeros(len(_VARS))
        for coef, p in s.terms:
            row[_IX[p]] += coef
        rows.append(row)
        rhs.append(s.value)
    if rows:
        return np.vstack([a_id, np.array(rows)]), np.concatenate([b_id, np.array(rhs)])
    return a_id, b_id


def _lp(c: np.ndarray, a: np.ndarray, b: np.ndarray):
    from scipy.optimize import linprog
    return linprog(c, A_eq=a, b_eq=b, bounds=(0, None), method="highs")


def feasible(statements: list[Statement]) -> bool:
    a, b = _system(statements)
    return _lp(np.zeros(len(_VARS)), a, b).status == 0


def _conflict(statements: list[Statement]) -> list[Statement]:
    """A small infeasible subset (deletion filter): each member is needed for the conflict. Strong
    statements are tried for removal first, so a core keeps its weak members where one exists."""
    order = sorted(range(len(statements)), key=lambda i: (statements[i].strength < WEAK, i))
    core = list(statements)

    # One at a time in that order, but a block at once where the conflict survives without all of it (the
    # same core: without a block it is infeasible, so without any part of it too): a few dozen programs
    # for a core of three among a hundred statements instead of a hundred, each time a reading is set aside.
    def drop(block: list[Statement]) -> None:
        nonlocal core
        gone = {id(x) for x in block}
        trial = [x for x in core if id(x) not in gone]
        if not feasible(trial):
            core = trial
        elif len(block) > 1:
            drop(block[:len(block) // 2])
            drop(block[len(block) // 2:])

    drop([statements[i] for i in order])
    return core


def _weakest(core: list[Statement]) -> Statement | None:
    weak = [s for s in core if s.strength < WEAK]
    if not weak:
        return None
    # The weakest first; among equals the later reading (the earlier words were there first).
    return min(weak, key=lambda s: (s.strength, -s.message, -s.span[0]))


def _places(statements: list[Statement]) -> list[list[Statement]]:
    """Readings that give one cell two figures from the same words ("直接起诉	1	0	0	1	2" read both as a row
    and shifted by a column), by place: one place of the notes says one thing, so such a clash is in the reading."""
    places: dict[tuple, list[Statement]] = {}
    for s in statements:
        if len(s.terms) == 1 and s.source == "notes" and s.quote:
            places.setdefault((s.terms[0][1], s.message, s.quote), []).append(s)
    return [group for group in places.values() if len({x.value for x in group}) > 1]


# Places read two ways whose readings are weighed together (2 ** this many programs at most).
_MAX_PLACES = 6


def _read_twice(core: list[Statement], rest: list[Statement]) -> list[Statement]:
    """The readings to set aside of the places read two ways that the conflict touches: where the rest of the
    notes admits one figure for a place (every other figure of the row agrees with it), the others; where it
    does not decide, every reading of a place read both ways inside the conflict."""
    from itertools import product
    everywhere = _places(rest)
    inside = {id(s) for s in core}
    doubt = [group for group in everywhere if any(id(s) in inside for s in group)]
    if not doubt:
        return []
    decided: dict[int, float] = {}   # place (its first reading's id) -> the figure the rest bears out
    if len(everywhere) <= _MAX_PLACES:
        ambiguous = {id(s) for group in everywhere for s in group}
        base = [s for s in rest if id(s) not in ambiguous]
        if feasible(base):
            options = [sorted({s.value for s in group}) for group in everywhere]
            fits = [pick for pick in product(*options)
                    if feasible(base + [s for group, v in zip(everywhere, pick) for s in group if s.value == v])]
            for k, group in enumerate(everywhere):
                if fits and len({pick[k] for pick in fits}) == 1:
                    decided[id(group[0])] = fits[0][k]
    out = []
    for group in doubt:
        if id(group[0]) in decided:
            out += [s for s in group if s.value != decided[id(group[0])]]
        elif all(id(s) in inside for s in group):
            # One whose other reading lies outside the conflict may clash with a figure of the official's own,
            # which is theirs to see: only a place read both ways inside it is the reader's doubt.
            out += group
    return out


def _suspect(core: list[Statement]) -> Statement:
    """The member of a conflict least likely meant: the weakest reading, then one whose words name something
    that is no figure of the tables (信息处理费, 热线 …: a number bound across them), then the earliest (what
    the official says last is meant), then the largest figure (a stray number — a hotline, a year — is large)."""
    from .lexicon import fold, tokens
    noisy = {id(s): any(t.kind == "ignore" for t in tokens(fold(s.quote))) for s in core}
    return min(core, key=lambda s: (s.strength, not noisy[id(s)], s.message, -abs(s.value)))


def solve(statements: list[Statement]) -> Solution:
    statements = [s for s in statements if all(p in _IX for _, p in s.terms)]
    out = Solution()
    aside: list[list[Statement]] = []   # per conflict, the members set aside to solve the rest
    if not feasible(statements):
        out.feasible = False
        rest = list(statements)
        # Set weak readings aside one at a time; report each conflict of strong statements; solve the rest.
        while rest and not feasible(rest):
            core = _conflict(rest)
            weak = _weakest(core)
            twice = [] if weak is not None else _read_twice(core, rest)
            if weak is not None:
                out.dropped.append((weak, [s for s in core if s is not weak]))
                rest = [s for s in rest if s is not weak]
            elif twice:
                # The reader's doubt, not the official's inconsistency: the readings the rest of the notes does
                # not bear out are set aside and asked about.
                out.dropped += [(s, [x for x in core if x is not s]) for s in twice]
                rest = [s for s in rest if not any(s is x for x in twice)]
            else:
                # The official's own inconsistency: reported whole; one member is set aside to solve the rest.
                out.conflicts.append(core)
                suspect = _suspect(core)
                # Two figures for one cell: neither is kept (the cell stays open, the conflict names both).
                same = [s for s in core if len(s.terms) == 1 and s.cells == suspect.cells] \
                    if len(suspect.terms) == 1 else [suspect]
                aside.append(same)
                rest = [s for s in rest if not any(s is x for x in same)]
        statements = rest
    out.values, out.open = _determine(statements)
    # Which member is wrong is the official's to say: a cell keeps a figure only if every reading of the
    # conflict that drops one member gives it the same figure (so no row is emptied by one stray number,
    # and no figure rests on a guess about which statement was meant).
    for core, kept_out in zip(out.conflicts, aside):
        for m in core:
            if any(m is x for x in kept_out):
                continue
            alt = [s for s in statements if s is not m] + kept_out
            if not feasible(alt):
                continue
            other, _ = _determine(alt)
            for p, v in list(out.values.items()):
                if p not in other or abs(other[p] - v) > _TOL:
                    del out.values[p]
                    out.open.append(p)
    if out.conflicts:
        # What the statements outside every conflict determine holds in every reading of them.
        outside = statements + [m for group in aside for m in group]
        while not feasible(outside):
            core = _conflict(outside)
            outside = [s for s in outside if not any(s is m for m in core)]
        sure, _ = _determine(outside)
        for p, v in sure.items():
            if p not in out.values:
                out.values[p] = v
        # The official's figures as written: every statement of theirs holds, the form's sums they break do not.
        written = _as_written(statements + [m for group in aside for m in group])
        for p, v in written.items():
            if p not in out.values:
                out.values[p] = v
        out.open = [p for p in dict.fromkeys(out.open) if p not in out.values]
    return out


# Which of the form's sums an inconsistency breaks: the flow (一+二=三+四) before a row's or a column's total,
# which only add up cells the official gave.
_BREAK_COST = {"R3-1": 1.0}


def _as_written(statements: list[Statement]) -> dict[str, float]:
    """What the statements determine when the identities they cannot all satisfy are set aside — the fewest
    (weighted), found by one program with a slack on each identity. Empty when even that cannot hold them
    all (two figures for one cell): then no reading is the official's as written."""
    from scipy.optimize import linprog
    a_id, _ = _identity_rows()
    a_st, b_st = _system(statements, frozenset(range(len(a_id))))
    k, n = len(a_id), len(_VARS)
    cost = np.array([_BREAK_COST.get(ident.rule, 3.0) for ident in form.IDENTITIES])
    c = np.concatenate([np.zeros(n), cost, cost])
    eq = np.vstack([np.hstack([a_id, np.eye(k), -np.eye(k)]),
                    np.hstack([a_st, np.zeros((len(a_st), 2 * k))])])
    rhs = np.concatenate([np.zeros(k), b_st])
    res = linprog(c, A_eq=eq, b_eq=rhs, bounds=(0, None), method="highs")
    if res.status != 0:
        return {}
    broken = frozenset(i for i in range(k) if res.x[n + i] + res.x[n + k + i] > 1e-6)
    if not broken or not feasible_without(statements, broken):
        return {}
    # Only what the official's figures give through the sums they keep: a row's columns, a column's flow. The
    # results' sum (R3-2) is left out — the results not named add up to what the wrong figure would leave.
    results = frozenset(i for i, ident in enumerate(form.IDENTITIES) if ident.rule == "R3-2")
    values, _ = _determine(statements, broken | results)
    return values


def feasible_without(statements: list[Statement], skip: frozenset[int]) -> bool:
    a, b = _system(statements, skip)
    return _lp(np.zeros(len(_VARS)), a, b).status == 0


def _determine(statements: list[Statement], skip: frozenset[int] = frozenset()) -> tuple[dict[str, float], list[str]]:
    """The cells the statements and identities determine (value), and the cells they touch but leave open.

    Exact, with one linear program whatever the number of cells: the cells that are 0 in every solution
    (non-negativity forcing them) are found at once, and the feasible set then spans the affine set of the
    equations with those zeros, so a cell is determined exactly when that system fixes it — its coordinate
    of the system's null space is zero. (One min/max pair per cell cost hundreds of programs per reading.)"""
    values: dict[str, float] = {}
    open_: list[str] = []
    near = _touched(statements, skip)
    touched = [i for i in range(len(_VARS)) if _VARS[i] in near]
    if not touched:
        return values, open_
    a, b = _system(statements, skip)
    zero = _forced_zero(a, b, touched)
    if zero is None:  # no solution: nothing is determined
        return values, [_VARS[i] for i in touched]
    unit = np.zeros((len(zero), a.shape[1]))
    unit[np.arange(len(zero)), zero] = 1
    rows, pivots = _reduced(np.vstack([a, unit]), np.concatenate([b, np.zeros(len(zero))]))
    fixed = {}
    if pivots:
        free = np.ones(a.shape[1], dtype=bool)
        free[pivots] = False
        # A pivot's row that names no free cell fixes that cell to the row's right-hand side.
        settled = ~np.any(np.abs(rows[:, :-1][:, free]) > 1e-9, axis=1)
        fixed = {col: rows[k, -1] for k, col in enumerate(pivots) if settled[k]}
    for i in touched:
        if i in fixed:
            v = fixed[i]   # to the figures' own precision (万元 to four places), not the arithmetic's
            values[_VARS[i]] = float(round(v)) if abs(v - round(v)) < 1e-6 else round(float(v), 8)
        else:
            open_.append(_VARS[i])
    return values, open_


def _reduced(m: np.ndarray, rhs: np.ndarray) -> tuple[np.ndarray, list[int]]:
    """Reduced row echelon form of [m | rhs] (its non-zero rows) and the pivot columns. By elimination in
    numpy rather than LAPACK: on matrices this small a threaded BLAS on a busy machine costs seconds."""
    r = np.hstack([m, rhs.reshape(-1, 1)]).astype(float)
    pivots: list[int] = []
    row = 0
    for col in range(m.shape[1]):
        if row == r.shape[0]:
            break
        k = row + int(np.argmax(np.abs(r[row:, col])))
        if abs(r[k, col]) <= 1e-9:
            continue
        r[[row, k]] = r[[k, row]]
        r[row] /= r[row, col]
        others = np.abs(r[:, col]) > 1e-12
        others[row] = False
        r[others] -= r[others, col][:, None] * r[row]
        r[np.abs(r) < 1e-12] = 0.0
        pivots.append(col)
        row += 1
    return r[:row], pivots


def _forced_zero(a: np.ndarray, b: np.ndarray, cells: list[int]) -> list[int] | None:
    """The cells (of `cells`) that are 0 in every solution of a·x = b, x ≥ 0; None when there is none.

    Homogenised, so one program finds all: maximise Σ t over y ≥ t, 0 ≤ t ≤ 1, a·y = λ·b, λ ≥ 1. A cell
    that is positive in some solution is positive in the average of such solutions, which scaled by λ
    reaches t = 1; a cell forced to 0 keeps t = 0."""
    from scipy.optimize import linprog
    n, k = a.shape[1], len(cells)
    c = np.concatenate([np.zeros(n), -np.ones(k), [0.0]])
    eq = np.hstack([a, np.zeros((a.shape[0], k)), -b.reshape(-1, 1)])
    ub = np.zeros((k, n + k + 1))
    ub[np.arange(k), cells] = -1
    ub[np.arange(k), n + np.arange(k)] = 1
    bounds = [(0, None)] * n + [(0, 1)] * k + [(1, None)]
    res = linprog(c, A_ub=ub, b_ub=np.zeros(k), A_eq=eq, b_eq=np.zeros(a.shape[0]), bounds=bounds, method="highs")
    if res.status != 0:
        return None
    t = res.x[n:n + k]
    return [i for i, ti in zip(cells, t) if ti < 0.5]


def _touched(statements: list[Statement], skip: frozenset[int] = frozenset()) -> set[str]:
    """Cells a statement names, and every cell an identity ties to one of them (transitively)."""
    cells = {p for s in statements for _, p in s.terms}
    groups = [set(p for _, p in ident.terms()) for i, ident in enumerate(form.IDENTITIES) if i not in skip]
    changed = True
    while changed:
        changed = False
        for g in groups:
            if g & cells and not g <= cells:
                cells |= g
                changed = True
    return cells
