"""A database console's output pasted as it is (mysql> prompts, "-- " comments, +---+ grids, "n rows in set").

Whoever ran the queries named each figure in a comment before its query ("-- 上年结转（…）"). A query that
counts one thing prints a grid of one cell ("| COUNT(*) |" then "| 2 |"): that figure is the row its comment
names, stated as it stands (that line and its comment are not read again). Grids of several rows
("| 自然人 | 27 |") name their rows themselves, under their comment, and are left to the notes' readers.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..form import official as form
from ..form.official import application_path
from .lexicon import fold, tokens
from .solver import Statement

_PROMPT = re.compile(r"^\s*(?:mysql|psql|sqlite|postgres|MariaDB \[[^\]]*\]|SQL)\s*>\s*(.*)$", re.I)
_COMMENT = re.compile(r"^\s*--\s*(.+)$")
_RULE = re.compile(r"^\s*\+[-+]+\+\s*$")
_ONE_CELL = re.compile(r"^\s*\|\s*(\d+)\s*\|\s*$")
_ROWS_IN_SET = re.compile(r"^\s*(?:\d+\s+rows?|Empty)\s+in\s+set\b.*$|^\s*\(\d+\s+rows?\)\s*$", re.I)


@dataclass
class Console:
    statements: list = field(default_factory=list)
    lines: set = field(default_factory=set)


def read_console(text: str, message: int = 0) -> Console:
    out = Console()
    lines = text.split("\n")
    if not any(_PROMPT.match(x) for x in lines):
        return out
    named = None  # the row the last comment names
    for i, raw in enumerate(lines):
        if (m := _PROMPT.match(raw)) is not None:
            if (c := _COMMENT.match(m.group(1))) is not None:
                # The comment stays for the notes unless its figure is read here: it names the rows of a
                # grid of several lines ("-- 本年新收（按申请人类型）" over "| 自然人 | 27 |").
                rows = [t for t in tokens(fold(c.group(1))) if t.kind == "row" and t.target in form.APP_BY_KEY]
                named = (rows[0], c.group(1).strip(), i) if rows else None
            continue  # a query stays as it is: the notes' readers take its dates and names for no figures
        if _ROWS_IN_SET.match(raw):
            named = None
            continue
        if (v := _ONE_CELL.match(raw)) is not None and named is not None:
            row, said, at = named
            out.lines |= {i, at}
            out.statements.append(Statement(((1.0, application_path(row.target, form.TOTAL)),), float(v.group(1)),
                                            quote=f"-- {said}：{v.group(1)}", label=row.text, message=message))
            named = None
    return out
