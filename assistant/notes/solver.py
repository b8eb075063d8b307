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


def _system(statements: list[Statement]):
    a_id, b_id = _identity_rows()
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
    core = list(statements)
    order = sorted(range(len(statements)), key=lambda i: (statements[i].strength < WEAK, i))
    for i in order:
        s = statements[i]
        trial = [x for x in core if x is not s]
        if not feasible(trial):
            core = trial
    return core


def _weakest(core: list[Statement]) -> Statement | None:
    weak = [s for s in core if s.strength < WEAK]
    if not weak:
        return None
    # The weakest first; among equals the later reading (the earlier words were there first).
    return min(weak, key=lambda s: (s.strength, -s.message, -s.span[0]))


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
            if weak is not None:
                out.dropped.append((weak, [s for s in core if s is not weak]))
                rest = [s for s in rest if s is not weak]
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
        out.open = [p for p in dict.fromkeys(out.open) if p not in out.values]
    return out


def _determine(statements: list[Statement]) -> tuple[dict[str, float], list[str]]:
    """The cells the statements and identities determine (value), and the cells they touch but leave open."""
    values: dict[str, float] = {}
    open_: list[str] = []
    a, b = _system(statements)
    n = len(_VARS)
    touched = _touched(statements)
    # Candidate cells: those connected to some statement. Bound propagation settles most of them at
    # no cost; solutions for a few random objectives rule out most others (a cell that differs between
    # two solutions is open); only what remains gets its own min/max.
    lo, hi = _propagate(a, b)
    cand = []
    for i in range(n):
        if _VARS[i] not in touched:
            continue
        if hi[i] - lo[i] <= _TOL:
            v = lo[i]
            values[_VARS[i]] = float(round(v)) if abs(v - round(v)) < 1e-6 else float(v)
        else:
            cand.append(i)
    if not cand:
        return values, open_
    rng = np.random.default_rng(0)
    samples = []
    for _ in range(3):
        c = np.zeros(n)
        c[cand] = rng.uniform(-1, 1, len(cand))
        res = _lp(c, a, b)
        if res.status == 0:
            samples.append(res.x)
        else:  # unbounded in that direction: try the other way
            res = _lp(-np.abs(c), a, b)
            if res.status == 0:
                samples.append(res.x)
    varying = set()
    if len(samples) > 1:
        stack = np.array(samples)
        varying = {i for i in cand if stack[:, i].max() - stack[:, i].min() > _TOL}
    for i in cand:
        if i in varying:
            open_.append(_VARS[i])
            continue
        c = np.zeros(n)
        c[i] = 1
        lo_ = _lp(c, a, b)
        hi_ = _lp(-c, a, b)
        if lo_.status == 0 and hi_.status == 0 and abs(lo_.fun + hi_.fun) <= _TOL:
            v = lo_.x[i]
            values[_VARS[i]] = float(round(v)) if abs(v - round(v)) < 1e-6 else float(v)
        else:
            open_.append(_VARS[i])
    return values, open_


def _propagate(a: np.ndarray, b: np.ndarray, rounds: int = 30) -> tuple[np.ndarray, np.ndarray]:
    """Interval bounds implied by the equations and x ≥ 0 (sound, not complete)."""
    n = a.shape[1]
    inf = float("inf")
    lo, hi = [0.0] * n, [inf] * n
    eqs = []
    for row, rhs in zip(a, b):
        nz = np.nonzero(row)[0]
        eqs.append(([int(j) for j in nz], [float(row[j]) for j in nz], float(rhs)))
    for _ in range(rounds):
        changed = False
        for idx, coef, rhs in eqs:
            tlo = [c * lo[j] if c > 0 else c * hi[j] for j, c in zip(idx, coef)]
            thi = [c * hi[j] if c > 0 else c * lo[j] for j, c in zip(idx, coef)]
            # Sums without the infinite terms, and how many there are, so "rest" never computes inf − inf.
            flo = sum(t for t in tlo if t != -inf)
            fhi = sum(t for t in thi if t != inf)
            nlo = sum(t == -inf for t in tlo)
            nhi = sum(t == inf for t in thi)
            for k, j in enumerate(idx):
                c = coef[k]
                rest_lo = -inf if nlo - (tlo[k] == -inf) else flo - (tlo[k] if tlo[k] != -inf else 0)
                rest_hi = inf if nhi - (thi[k] == inf) else fhi - (thi[k] if thi[k] != inf else 0)
                if c > 0:
                    new_lo, new_hi = (rhs - rest_hi) / c, (rhs - rest_lo) / c
                else:
                    new_lo, new_hi = (rhs - rest_lo) / c, (rhs - rest_hi) / c
                if new_lo > lo[j] + 1e-9:
                    lo[j] = new_lo
                    changed = True
                if new_hi < hi[j] - 1e-9:
                    hi[j] = new_hi
                    changed = True
        if not changed:
            break
    return np.array(lo), np.array(hi)


def _touched(statements: list[Statement]) -> set[str]:
    """Cells a statement names, and every cell an identity ties to one of them (transitively)."""
    cells = {p for s in statements for _, p in s.terms}
    groups = [set(p for _, p in ident.terms()) for ident in form.IDENTITIES]
    changed = True
    while changed:
        changed = False
        for g in groups:
            if g & cells and not g <= cells:
                cells |= g
                changed = True
    return cells
