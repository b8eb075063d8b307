"""Typed locations in a report: a cell of a table, a table row, a whole table, a section.

This is the only place a location string is parsed. An address *is* its canonical spelling (a str subclass:
"applications.granted[6]", "active.regulations.issued", "active.fees", "applications.granted", "tables.active",
"sections[2]"), so it goes into JSON, dict keys, comparisons and messages unchanged, and it carries its parts
typed. `parse("…")` gives the right class back; pydantic fields typed `Location` / `CellLocation` read a
string or an address and write the string, so a JSON round-trip keeps the types.

A table row that has one value only ("active.fees", "active.licensing") is a `Row` and also the place of
that value: `get`/`put` read and write it like a cell.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Annotated, Any

from pydantic import PlainSerializer, PlainValidator

TABLE_KEYS = ("active", "applications", "review_litigation")


class Address(str):
    """A location; subclasses say which kind. Build one with its class or with `parse`."""


class Cell(Address):
    """One value of a table: "applications.granted[6]" (a column by index) or "active.regulations.issued"."""
    table: str
    row: str
    col: str | int

    def __new__(cls, table: str, row: str, col: str | int):
        self = super().__new__(cls, f"{table}.{row}[{col}]" if isinstance(col, int) else f"{table}.{row}.{col}")
        self.table, self.row, self.col = table, row, col
        return self

    def __reduce__(self):
        return Cell, (self.table, self.row, self.col)


class Row(Address):
    """A table row ("applications.granted"), or the one value of a single-valued row ("active.fees")."""
    table: str
    row: str

    def __new__(cls, table: str, row: str):
        self = super().__new__(cls, f"{table}.{row}")
        self.table, self.row = table, row
        return self

    def __reduce__(self):
        return Row, (self.table, self.row)


class Table(Address):
    """A whole table: "tables.active"."""
    table: str

    def __new__(cls, table: str):
        self = super().__new__(cls, f"tables.{table}")
        self.table = table
        return self

    def __reduce__(self):
        return Table, (self.table,)


class Section(Address):
    """A section by its position in the report's list of sections: "sections[2]"."""
    index: int

    def __new__(cls, index: int):
        self = super().__new__(cls, f"sections[{index}]")
        self.index = index
        return self

    def __reduce__(self):
        return Section, (self.index,)


_CELL = re.compile(r"^(\w+)\.(\w+)(?:\.(\w+)|\[(\d+)\])$")
_ROW = re.compile(r"^(\w+)\.(\w+)$")
_SECTION = re.compile(r"^sections\[(\d+)\]$")


@lru_cache(maxsize=4096)
def parse(text: str) -> Address:
    """The address a location string names; ValueError when it names none."""
    if isinstance(text, Address):
        return text
    if not isinstance(text, str):
        raise ValueError(f"not a location: {text!r}")
    if m := _SECTION.match(text):
        return Section(int(m.group(1)))
    if m := _ROW.match(text):
        if m.group(1) == "tables" and m.group(2) in TABLE_KEYS:
            return Table(m.group(2))
        return Row(m.group(1), m.group(2))
    if m := _CELL.match(text):
        table, row, sub, idx = m.groups()
        return Cell(table, row, int(idx) if idx is not None else sub)
    raise ValueError(f"not a location: {text!r}")


def cell(table: str, row: str, col: str | int | None = None) -> Cell | Row:
    """A table value's address: a column by key or index, or the single-valued row itself."""
    return Row(table, row) if col is None else Cell(table, row, col)


# --- Reading and writing a value of a report's tables (the pydantic Tables model, duck-typed) ---------------

def _target(tables: Any, address: str):
    a = parse(address)
    if isinstance(a, Cell):
        obj = getattr(getattr(tables, a.table), a.row)
        return obj, a.col
    if isinstance(a, Row):
        return getattr(tables, a.table), a.row
    raise KeyError(address)


def get(tables: Any, address: str):
    try:
        obj, key = _target(tables, address)
    except ValueError as e:
        raise KeyError(address) from e
    return obj[key] if isinstance(key, int) else getattr(obj, key)


def put(tables: Any, address: str, value) -> None:
    try:
        obj, key = _target(tables, address)
    except ValueError as e:
        raise KeyError(address) from e
    if isinstance(key, int):
        obj[key] = value
    else:
        setattr(obj, key, value)


# --- pydantic field types ------------------------------------------------------------------------------------

def _location(v):
    return parse(v)


def _cell(v):
    a = parse(v)
    if not isinstance(a, (Cell, Row)):
        raise ValueError(f"not a table value: {v!r}")
    return a


Location = Annotated[Address, PlainValidator(_location), PlainSerializer(str, return_type=str)]
CellLocation = Annotated[Address, PlainValidator(_cell), PlainSerializer(str, return_type=str)]
