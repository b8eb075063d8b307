"""What a user did to a draft, kept as operations, so that a refused save (another tab saved first, a limit hit)
can be applied again to the newest version — section text merged sentence by sentence with what that version has.

An operation is a tuple:
  ("cell", path, value)        a table cell typed by hand (value None clears it)
  ("text", n, text)            section n's text
  ("notes", text)              a chat message of notes
  ("confirm", path)            a number flag confirmed
  ("last_year", report)        last year's report chosen
  ("field", name, value)       a draft field (agency, year, date …)
"""
from __future__ import annotations

from collections.abc import Callable

from .composer import full_report
from .dialogue import add_notes
from .merge import merge
from .state import Draft, confirm_number, set_cell, set_section_text

Op = tuple


def apply_ops(draft: Draft, ops: list[Op], settings=None) -> Draft:
    """The draft with the operations applied in order (the draft itself is not changed)."""
    d = draft
    for op in ops:
        kind = op[0]
        if kind == "cell":
            d = set_cell(d, op[1], op[2])
        elif kind == "text":
            d = set_section_text(d, op[1], op[2])
        elif kind == "notes":
            d, _ = add_notes(d, op[1], settings)
        elif kind == "confirm":
            d = confirm_number(d, op[1])
        elif kind == "last_year":
            d = d.model_copy(deep=True)
            d.last_year = op[1]
        elif kind == "field":
            d = d.model_copy(deep=True)
            setattr(d, op[1], op[2])
        else:
            raise ValueError(f"unknown operation {kind!r}")
    return d


def unsaved_fields(ops: list[Op] | None) -> list[str]:
    """The unsaved-input fields (the page's typed text kept in the store) that saving these operations makes
    obsolete."""
    out = []
    for op in ops or []:
        out += {"text": [f"text:{op[1]}"], "cell": [f"cell:{op[1]}"], "notes": ["chat"]}.get(op[0], [])
    return out


def merge_ops(ops: list[Op], latest: Draft, base: Callable[[], Draft | None]) -> tuple[list[Op], dict]:
    """The operations with each section text merged per sentence with what `latest` has in that section since
    `base()` (the version the user's tab showed, loaded only when a section text is among the operations); and
    the sections where both changed a sentence in common, as {n: (mine, theirs)}, left out of the operations
    for the user to choose."""
    out, clashes = [], {}
    before: Draft | None | bool = None
    for op in ops:
        if op[0] == "text":
            if before is None:
                before = base() or False
            theirs = full_report(latest).section_text(op[1])
            merged = merge(full_report(before).section_text(op[1]), op[2], theirs) if before else None
            if merged is None and op[2] != theirs:
                clashes[op[1]] = (op[2], theirs)
                continue
            op = ("text", op[1], op[2] if merged is None else merged)
        out.append(op)
    return out, clashes
