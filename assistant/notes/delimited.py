"""A reply in a format someone prescribed: fields joined by one separator, the figures in the order of a
template line ("请按以下格式回复：单位简称#新收#上年结转#办结#结转下年#复议#诉讼#规范性文件现行有效数").

The template names each field by the form's words; a later line (in any message) with as many fields, a name
first and figures after, is the clerk's reply: each figure is its field's cell. The template's own example
("例：县XX局#3#0#3#0#0#0#5") is no data. A field the form counts in two rows (诉讼: the suits with and without a
review first) states their sum. The reply's figures are stated as they are: if they do not balance, the
solver reports it.
"""
from __future__ import annotations

import contextlib
import contextvars
import re
from dataclasses import dataclass

from ..form import official as form
from ..form.official import application_path, review_path
from .lexicon import fold, tokens
from .solver import Statement

_SEPARATORS = "#＃|｜/"
_EXAMPLE = re.compile(r"(?:例|示例|样例|格式|如)[:：]|XX|ＸＸ|xx|某某")


@dataclass(frozen=True)
class Template:
    sep: str
    fields: tuple  # per field: tuple of cells (a sum) or () for the name / a field of no cell


_VAR: contextvars.ContextVar[Template | None] = contextvars.ContextVar("delimited_template", default=None)


def _cells_of(name: str) -> tuple:
    toks = tokens(fold(name))
    kinds = [t.kind for t in toks]
    if "t2row" in kinds:
        row = next(t for t in toks if t.kind == "t2row")
        col = next((t.target for t in toks if t.kind == "t2col" and t.target != "value"), None)
        paths = form.ACTIVE_BY_KEY[row.target].paths
        if len(paths) == 1:
            return (paths[0],)
        return (f"active.{row.target}.{col}",) if col else ()
    if kinds[:1] == ["row"] and toks[0].target in form.APP_BY_KEY:
        return (application_path(toks[0].target, form.TOTAL),)
    if kinds[:1] == ["rgroup"]:
        return (review_path(toks[0].target, form.REVIEW_TOTAL),)
    if kinds[:1] == ["litigation"]:
        return tuple(review_path(g, form.REVIEW_TOTAL) for g in ("litigation_direct", "litigation_after_review"))
    return ()


def template_of(text: str) -> Template | None:
    for line in text.split("\n"):
        for sep in _SEPARATORS:
            # the template's fields: words only, one separator between them, at least four with cells
            for m in re.finditer(rf"[\u4e00-\u9fff]{{2,12}}(?:{re.escape(sep)}[\u4e00-\u9fff]{{1,14}}){{4,}}", fold(line)):
                names = m.group(0).split(sep)
                cells = tuple(_cells_of(n) for n in names)
                if sum(bool(c) for c in cells) >= 4 and not cells[0]:
                    return Template(sep, cells)
    return None


@contextlib.contextmanager
def delimited_template(messages: list[str]):
    """Read the notes with the reply format one of them prescribes."""
    token = _VAR.set(template_of("\n".join(messages)))
    try:
        yield
    finally:
        _VAR.reset(token)


@dataclass
class Delimited:
    statements: list
    lines: set


def read_delimited(text: str, message: int = 0) -> Delimited:
    out = Delimited([], set())
    tpl = _VAR.get()
    if tpl is None or tpl.sep not in text:
        return out
    width = len(tpl.fields)
    for i, raw in enumerate(text.split("\n")):
        line = fold(raw)
        for m in re.finditer(rf"[^\s{re.escape(tpl.sep)}:：，,。]+(?:{re.escape(tpl.sep)}[^\s{re.escape(tpl.sep)}，,。]*){{{width - 1}}}", line):
            parts = m.group(0).split(tpl.sep)
            if len(parts) != width or not all(re.fullmatch(r"\d+(?:\.\d+)?", p) for p in parts[1:]):
                continue
            out.lines.add(i)  # the template's example or the reply: read here, not by the grammar
            if _EXAMPLE.search(line[:m.start()] + parts[0]):
                continue
            for cells, v in zip(tpl.fields, parts):
                if cells:
                    out.statements.append(Statement(tuple((1.0, c) for c in cells), float(v), quote=raw.strip(),
                                                    label="/".join(cells), message=message))
    # The template line itself names fields, no figures.
    for i, raw in enumerate(text.split("\n")):
        if template_of(raw) is not None:
            out.lines.add(i)
    return out
