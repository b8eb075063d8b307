"""Cells an LLM proposes from a message, each with its exact quote, verified before any is used.

A proposal is kept only if its quote is in the message, its number occurs in that quote, the lexicon
finds a head in the quote that can name that cell, and the statements stay solvable with it. The LLM
never does arithmetic and never fills a cell by itself: agreement with the grammar confirms a cell, a
cell only the LLM read is kept marked 请核对, a disagreement becomes a question.
"""
from __future__ import annotations

import re

from pydantic import BaseModel, Field

from ..form import official as form
from ..model.numbers import cn_number
from .solver import Statement, cell, feasible
from .lexicon import fold, tokens


class ProposedCell(BaseModel):
    path: str = Field(description="统计表单元格路径，如 applications.granted[6]")
    value: float = Field(description="笔记中写明的数字")
    quote: str = Field(description="笔记中包含这个数字的原话（逐字摘录）")


class Proposals(BaseModel):
    cells: list[ProposedCell] = Field(default_factory=list)


def path_help() -> str:
    keep = [p for p in form.ALL_PATHS if p.endswith(("[6]", "[0]")) or p.startswith(("active", "review_litigation"))]
    return "\n".join(f"{p}：{form.cell_label(p)}" for p in keep)


def _numbers_in(quote: str) -> set[float]:
    q = fold(quote).replace(",", "")
    nums = {float(m) for m in re.findall(r"\d+(?:\.\d+)?", q)}
    nums |= {float(v) for m in re.findall(r"[零〇一二两三四五六七八九十百千万]+", q) if (v := cn_number(m)) is not None}
    return nums


def _heads_for(path: str) -> set[tuple[str, object]]:
    table, _, rest = path.partition(".")
    key = rest.split("[")[0].split(".")[0]
    if table == "applications":
        row = form.APP_BY_KEY[key]
        heads = {("row", key)}
        if row.group is not None and row.group is not form.RESULTS:
            heads.add(("group", row.group.key))
        if key == "new_received":
            heads.add(("apps", None))
        if key in ("carried_over", "carried_forward"):
            heads.add(("carry", None))
        return heads
    if table == "review_litigation":
        return {("rgroup", key), ("litigation", None), ("outcome", None)}
    return {("t2row", key), ("t2col", None)}


def verify(p: ProposedCell, message: str, statements: list[Statement]) -> str | None:
    """None when the proposal may be used; otherwise why not (for the log, not the user)."""
    if p.path not in form.INDEX:
        return "unknown cell"
    quote = p.quote.strip()
    if not quote or quote not in message:
        return "quote not in the notes"
    value = float(p.value)
    nums = _numbers_in(quote)
    if value not in nums and not (p.path == form.FEE_PATH and value * 10000 in nums):
        return "number not in the quote"
    found = {(t.kind, t.target) for t in tokens(fold(quote))} | {(t.kind, None) for t in tokens(fold(quote))}
    if not (_heads_for(p.path) & found):
        return "the quote names no such row"
    if not feasible(statements + [cell(p.path, value)]):
        return "contradicts the other figures"
    return None
