"""The annual report: metadata, the six sections and the three statutory tables.

The layout and labels are those of 国办公开办函〔2021〕30号 (see shared/spec/domain.md §3).
`Report.canonical()` is the JSON form of shared/spec/report-json.md; null is never 0.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Literal

from pydantic import BaseModel, Field, create_model, field_validator

from .problems import Problem

from ..form import address, official as form
from ..form.address import Location
from ..form.official import (  # noqa: F401  (re-exported: the model's vocabulary)
    APPLICANT_COLUMNS, APPLICATION_KEYS, APPLICATIONS_HEADER, CN_NUMERALS, CORRECTED, RESULT_KEYS, REVIEW_COLUMNS,
    REVIEW_GROUPS, SECTION_HEADINGS, TOTAL, application_path, cell_label, review_path,
)

Count = int | None
Money = float | int | None

# The labels and layout come from the form (assistant/form.py); these are the shapes the model needs.
DOC_COLUMNS = tuple(c.key for c in form.DOC_COLUMNS)
DOC_COLUMN_LABELS = {c.key: c.label for c in form.DOC_COLUMNS}
ACTIVE_ROWS = {  # key -> (block header, row label, column label or None for the three document columns)
    r.key: (r.block, r.label, None if len(r.columns) == 3 else r.columns[0].label) for r in form.ACTIVE}
# key -> (group label or None, row label) in the official order
APPLICATION_ROWS: dict[str, tuple[str | None, str]] = {
    r.key: (r.group.label if r.group else None, r.label) for r in form.APPLICATION_ROWS_DEF}


# --- Model ------------------------------------------------------------------------------

class DocCounts(BaseModel):
    issued: Count = None
    repealed: Count = None
    in_force: Count = None


class ActiveTable(BaseModel):
    regulations: DocCounts = Field(default_factory=DocCounts)
    normative_documents: DocCounts = Field(default_factory=DocCounts)
    licensing: Count = None
    punishment: Count = None
    coercion: Count = None
    fees: Money = None  # 万元


def _row(n: int) -> list[Count]:
    return [None] * n


ApplicationsTable = create_model(  # one list of 7 per row of the form, in its order
    "ApplicationsTable", **{k: (list[Count], Field(default_factory=lambda: _row(7))) for k in APPLICATION_KEYS})


ReviewLitigationTable = create_model(
    "ReviewLitigationTable", **{g: (list[Count], Field(default_factory=lambda: _row(5))) for g in REVIEW_GROUPS})


class Tables(BaseModel):
    active: ActiveTable = Field(default_factory=ActiveTable)
    applications: ApplicationsTable = Field(default_factory=ApplicationsTable)
    review_litigation: ReviewLitigationTable = Field(default_factory=ReviewLitigationTable)


Level = Literal["省", "市", "县", "乡镇", "部门"]


class Meta(BaseModel):
    agency: str | None = None
    year: int | None = None
    title: str | None = None
    published: dt.date | None = None
    # Richer than the canonical form: used by the rules and by retrieval.
    level: Level | None = None
    is_government: bool = False  # the report of a 人民政府 (本级), not of one of its departments
    scope: Literal["本级", "本行政区域"] | None = None  # what the figures cover
    period: str | None = None  # the statistics period as written, e.g. "2023年1月1日至2023年12月31日"


class Section(BaseModel):
    number: int
    heading: str  # as written in the report
    text: str
    numbering: str = ""  # the numbering as written ("五、", "5、", "" for none)


class CellNote(BaseModel):
    """What the report literally had in a cell, so rules can tell blank from '/' from junk."""
    raw: str
    kind: Literal["number", "blank", "na", "invalid"]
    unit: str | None = None  # "元" when the report wrote a raw 元 amount


class LabelNote(BaseModel):
    """A table label that differs from the official wording."""
    where: Location     # the row, cell or table whose label it is

    @field_validator("where", mode="before")
    @classmethod
    def _legacy(cls, v):
        """Reports saved before typed locations named table 2's article label itself as the place."""
        return address.Table("active") if v == form.ACTIVE_BLOCKS[0] else v
    found: str
    expected: str


class Report(BaseModel):
    meta: Meta = Field(default_factory=Meta)
    format: Literal["2021", "2019"] = "2021"
    sections: list[Section] = Field(default_factory=list)
    tables: Tables = Field(default_factory=Tables)
    # Parse evidence (not part of the canonical JSON).
    preamble: str = ""
    source: str | None = None
    cells: dict[str, CellNote] = Field(default_factory=dict)  # path -> what was written
    labels: list[LabelNote] = Field(default_factory=list)
    problems: list[Problem] = Field(default_factory=list)  # structural problems seen while parsing (S-2)
    reading: dict = Field(default_factory=dict)  # per table: cells read by label / by order / ambiguous
    format_markers: list[str] = Field(default_factory=list)  # 2019-format markers seen (S-3)
    derived: set[str] = Field(default_factory=set)  # cell paths computed by fill(), not entered

    def canonical(self) -> dict:
        meta = {
            "agency": self.meta.agency,
            "year": self.meta.year,
            "title": self.meta.title,
            "published": self.meta.published.isoformat() if self.meta.published else None,
        }
        return {
            "meta": meta,
            "format": self.format,
            "sections": [{"number": s.number, "heading": s.heading, "text": s.text} for s in self.sections],
            "tables": self.tables.model_dump(mode="json"),
        }

    @property
    def structure(self) -> list[str]:
        """The structural problems in words (S-2's messages), rendered from the typed problems."""
        return [p.message for p in self.problems]

    def section(self, number: int) -> Section | None:
        return next((s for s in self.sections if s.number == number), None)

    def section_text(self, number: int) -> str:
        s = self.section(number)
        return s.text if s else ""

    # Cell access by canonical path ("applications.granted[6]", "active.regulations.issued").
    def value(self, path: str):
        return get_path(self.tables, path)

    def put(self, path: str, value) -> None:
        """Set a cell; what the source document had written there no longer describes it."""
        set_path(self.tables, path, value)
        self.cells.pop(path, None)


def get_path(tables: Tables, path: str):
    return address.get(tables, path)


def set_path(tables: Tables, path: str, value) -> None:
    address.put(tables, path, value)


def active_paths() -> list[str]:
    return list(form.ACTIVE_PATHS)


def all_cell_paths() -> list[str]:
    return list(form.ALL_PATHS)


# --- Level of the reporting body -----------------------------------------------------------

_DEPT = re.compile(r"(局|委员会|委|办公室|办|厅|中心|院|署|所|队|站|馆|会|公司|部|处|科)$")
_MUNICIPALITIES = {"北京市", "天津市", "上海市", "重庆市"}


def infer_level(agency: str | None) -> Level | None:
    """省/市/县/乡镇/部门 from the agency name; None when the name says nothing."""
    if not agency:
        return None
    name = re.sub(r"(人民政府|政府)$", "", agency)
    if re.search(r"(乡|镇|街道|街道办事处)$", name):
        return "乡镇"
    if name == agency and _DEPT.search(agency):
        return "部门"
    if re.search(r"(省|自治区)$", name) or name in _MUNICIPALITIES:
        return "省"
    if re.search(r"(地区|自治州|州|盟|市)$", name):
        return "市"
    if re.search(r"(县|区|旗)$", name):
        return "县"
    return "部门" if name != agency else None


def is_government(agency: str | None) -> bool:
    """A 人民政府, or a bare region name standing for the government's own report."""
    return infer_level(agency) in {"省", "市", "县", "乡镇"}
