"""A draft as stored: only what the official gave (chat messages, cells typed into the tables, section
texts, choices). Tables, facts, findings and number flags are derived from it (view.py), never stored,
so nothing stale survives an edit."""
from __future__ import annotations

import datetime as dt
import uuid

from pydantic import BaseModel, Field

from ..model.report import Report, infer_level, is_government
from .limits import check_section


class NumberFlag(BaseModel):
    value: str
    start: int
    end: int
    context: str
    number: float | None = None  # its value, whatever form it was written in (九十九, 玖拾玖, 百分之五)

    def message(self) -> str:
        return f"数字“{self.value}”不在已知数字（统计表和笔记）中：…{self.context}…"


class SectionDraft(BaseModel):
    text: str = ""
    origin: str = ""  # "composer", "llm", "user"
    examples: list[dict] = Field(default_factory=list)  # {agency, year, source, heading}
    note: str = ""  # e.g. why the LLM was not used
    fallback: str = ""  # the kind of that reason (deadline, echo, list …): `nianbao eval` counts them


class Proposal(BaseModel):
    """A cell an LLM read from a message, kept after verification (quote, number, lexicon, solver)."""
    path: str
    value: float
    quote: str
    message: int
    agreed: bool = False  # the deterministic reading says the same


class Turn(BaseModel):
    """How one chat message was understood (intent.py): its kinds, the spans not read for the tables
    (instructions, questions, other talk: kept, never dropped), and the question open when it was written."""
    kinds: list[str] = Field(default_factory=lambda: ["notes"])
    unread: list[tuple[int, int]] = Field(default_factory=list)
    asked: str = ""                                          # the question shown to the official
    subject: list[str] = Field(default_factory=list)          # the cells it asked about
    yes: dict[str, float] = Field(default_factory=dict)       # what "是的" confirms, when it proposed figures
    shown: list[str] = Field(default_factory=list)            # the cells of the question shown, when the message
    #                                                           answered another one still waiting (else: subject)


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


class Draft(BaseModel):
    id: str = Field(default_factory=lambda: uuid.uuid4().hex[:12])
    agency: str
    year: int
    level: str | None = None
    government: bool = False
    # Cells the user typed into the tables (path -> value). Older drafts also kept cells read from the
    # notes here, marked "notes" in entered_by: those are re-read from the notes instead.
    entered: dict[str, float | int | None] = Field(default_factory=dict)
    entered_by: dict[str, str] = Field(default_factory=dict)
    notes: list[str] = Field(default_factory=list)
    proposals: list[Proposal] = Field(default_factory=list)
    turns: list[Turn] = Field(default_factory=list)  # one per message of `notes` (older drafts: none, all notes)
    messages: list[dict] = Field(default_factory=list)  # chat: {"role": "user"|"assistant", "content": str, "details": str}
    sections: dict[int, SectionDraft] = Field(default_factory=dict)
    confirmed_numbers: list[float] = Field(default_factory=list)  # figures the official confirmed in the text
    last_year: Report | None = None
    zero_confirmed: bool = False  # the user confirmed that what the notes never mention is 0 (R3-5)
    published: dt.date | None = None
    signature: str | None = None  # the 落款 agency line, when it differs from `agency`
    updated: dt.datetime = Field(default_factory=_now)

    def notes_text(self) -> str:
        return "\n".join(self.notes)

    def turn(self, i: int) -> Turn:
        return self.turns[i] if i < len(self.turns) else Turn()

    def read_notes(self) -> list[str]:
        """The messages as the tables and the narrative read them: instructions, questions to the assistant
        and other talk blanked (same length, so every offset stays)."""
        out = []
        for i, text in enumerate(self.notes):
            chars = list(text)
            for a, b in self.turn(i).unread:
                chars[a:b] = [" " if ch != "\n" else ch for ch in chars[a:b]]
            out.append("".join(chars))
        return out

    def user_cells(self) -> dict[str, float | int]:
        return {p: v for p, v in self.entered.items() if v is not None and self.entered_by.get(p, "user") == "user"}


def new_draft(agency: str, year: int, level: str | None = None, last_year: Report | None = None,
              government: bool | None = None) -> Draft:
    return Draft(agency=agency, year=year, level=level or infer_level(agency),
                 government=is_government(agency) if government is None else government, last_year=last_year)


def set_cell(draft: Draft, path: str, value) -> Draft:
    """A value the user typed into a table: it wins over the notes for that cell; None clears it."""
    d = draft.model_copy(deep=True)
    if value is None or value == "":
        d.entered.pop(path, None)
        d.entered_by.pop(path, None)
    else:
        d.entered[path], d.entered_by[path] = value, "user"
    d.updated = _now()
    return d


def set_section_text(draft: Draft, n: int, text: str) -> Draft:
    """The user's own edit of a section (limits.TooLong past the size limit)."""
    check_section(text)
    d = draft.model_copy(deep=True)
    old = d.sections.get(n)
    d.sections[n] = SectionDraft(text=text, origin="user", examples=old.examples if old else [])
    d.updated = _now()
    return d


def confirm_number(draft: Draft, value: float) -> Draft:
    """The official confirms a figure written in the text (e.g. 人大代表建议23件): the guard accepts it."""
    d = draft.model_copy(deep=True)
    if float(value) not in d.confirmed_numbers:
        d.confirmed_numbers.append(float(value))
    d.updated = _now()
    return d
