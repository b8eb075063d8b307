"""Fill the cells that the statutory identities determine, and mark them as derived.

The identities are the ones the rules check (R3-1, R3-2, R3-3, R4-1) plus the cross-year link
(上年结转 = last year's 结转下年度). Any identity with exactly one blank cell determines it; solving
repeats until nothing changes, so totals, 结转下年度 and 上年结转 all come out, and an entered value
is never overwritten.
"""
from __future__ import annotations

from ..form.official import IDENTITIES
from .report import Report, application_path

# The form's identities (R3-1, R3-2, R3-3, R4-1), each as sum(coef * cell) == 0.
_IDENTITIES = [ident.terms() for ident in IDENTITIES]


def fill(report: Report, last_year: Report | None = None) -> Report:
    """A copy of the report with every derivable blank cell computed; `derived` names them."""
    r = report.model_copy(deep=True)
    if last_year is not None:
        for c in range(7):
            path = application_path("carried_over", c)
            prev = last_year.value(application_path("carried_forward", c))
            if r.value(path) is None and isinstance(prev, int):
                r.put(path, prev)
                r.derived.add(path)
    changed = True
    while changed:
        changed = False
        for identity in _IDENTITIES:
            unknown = [(coef, p) for coef, p in identity if r.value(p) is None]
            if len(unknown) != 1:
                continue
            known = [(coef, r.value(p)) for coef, p in identity if r.value(p) is not None]
            if not all(isinstance(v, int) for _, v in known):
                continue  # junk or fractional counts: leave it to the rules to report
            coef, path = unknown[0]
            value = -sum(c * v for c, v in known) * coef  # coef is ±1
            if value < 0:
                continue  # the entered figures contradict each other; a negative count is no answer
            r.put(path, value)
            r.derived.add(path)
            changed = True
    return r


def fill_zeros(report: Report, paths: list[str]) -> Report:
    """Set the given blank cells to 0 (only after the user confirmed that blank means none: R3-5)."""
    r = report.model_copy(deep=True)
    for p in paths:
        if r.value(p) is None:
            r.put(p, 0)
            r.derived.add(p)
    return r
