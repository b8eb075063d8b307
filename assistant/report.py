"""The annual report: metadata, the six sections and the three statutory tables.

The layout and labels are those of 国办公开办函〔2021〕30号 (see shared/spec/domain.md §3).
`Report.canonical()` is the JSON form of shared/spec/report-json.md; null is never 0.
"""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Literal

from pydantic import BaseModel, Field

Count = int | None
Money = float | int | None

# --- Section headings (domain.md §2.2) -------------------------------------------------

SECTION_HEADINGS = {
    1: "一、总体情况",
    2: "二、主动公开政府信息情况",
    3: "三、收到和处理政府信息公开申请情况",
    4: "四、政府信息公开行政复议、行政诉讼情况",
    5: "五、存在的主要问题及改进情况",
    6: "六、其他需要报告的事项",
}
CN_NUMERALS = "一二三四五六七八九十"

# --- Table 2: 主动公开政府信息情况 --------------------------------------------------------

DOC_COLUMNS = ("issued", "repealed", "in_force")
DOC_COLUMN_LABELS = {"issued": "本年制发件数", "repealed": "本年废止件数", "in_force": "现行有效件数"}
ACTIVE_ROWS = {  # key -> (block header, row label, column label)
    "regulations": ("第二十条第（一）项", "规章", None),
    "normative_documents": ("第二十条第（一）项", "行政规范性文件", None),
    "licensing": ("第二十条第（五）项", "行政许可", "本年处理决定数量"),
    "punishment": ("第二十条第（六）项", "行政处罚", "本年处理决定数量"),
    "coercion": ("第二十条第（六）项", "行政强制", "本年处理决定数量"),
    "fees": ("第二十条第（八）项", "行政事业性收费", "本年收费金额（单位：万元）"),
}

# --- Table 3: 收到和处理政府信息公开申请情况 ------------------------------------------------

APPLICANT_COLUMNS = ("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计")
TOTAL = 6  # index of the 总计 column

# key -> (group label or None, row label) in the official order
APPLICATION_ROWS: dict[str, tuple[str | None, str]] = {
    "new_received": (None, "一、本年新收政府信息公开申请数量"),
    "carried_over": (None, "二、上年结转政府信息公开申请数量"),
    "granted": ("三、本年度办理结果", "（一）予以公开"),
    "partially_granted": ("三、本年度办理结果", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"),
    "withheld_state_secret": ("（三）不予公开", "1.属于国家秘密"),
    "withheld_law_prohibited": ("（三）不予公开", "2.其他法律行政法规禁止公开"),
    "withheld_three_safety": ("（三）不予公开", "3.危及“三安全一稳定”"),
    "withheld_third_party": ("（三）不予公开", "4.保护第三方合法权益"),
    "withheld_internal_affairs": ("（三）不予公开", "5.属于三类内部事务信息"),
    "withheld_process_info": ("（三）不予公开", "6.属于四类过程性信息"),
    "withheld_enforcement_file": ("（三）不予公开", "7.属于行政执法案卷"),
    "withheld_query_matter": ("（三）不予公开", "8.属于行政查询事项"),
    "unavailable_not_held": ("（四）无法提供", "1.本机关不掌握相关政府信息"),
    "unavailable_needs_creation": ("（四）无法提供", "2.没有现成信息需要另行制作"),
    "unavailable_unclear": ("（四）无法提供", "3.补正后申请内容仍不明确"),
    "rejected_petition": ("（五）不予处理", "1.信访举报投诉类申请"),
    "rejected_duplicate": ("（五）不予处理", "2.重复申请"),
    "rejected_publication": ("（五）不予处理", "3.要求提供公开出版物"),
    "rejected_excessive": ("（五）不予处理", "4.无正当理由大量反复申请"),
    "rejected_confirmation": ("（五）不予处理", "5.要求行政机关确认或重新出具已获取信息"),
    "other_no_correction": ("（六）其他处理",
                            "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
    "other_no_fee": ("（六）其他处理", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
    "other_other": ("（六）其他处理", "3.其他"),
    "total_processed": ("三、本年度办理结果", "（七）总计"),
    "carried_forward": (None, "四、结转下年度继续办理"),
}
APPLICATION_KEYS = tuple(APPLICATION_ROWS)
# The rows whose sum is （七）总计 (R3-2): every application lands in exactly one of them.
RESULT_KEYS = APPLICATION_KEYS[2:23]
APPLICATIONS_HEADER = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"

# --- Table 4: 行政复议、行政诉讼 -------------------------------------------------------------

REVIEW_COLUMNS = ("结果维持", "结果纠正", "其他结果", "尚未审结", "总计")
REVIEW_GROUPS = {
    "review": "行政复议",
    "litigation_direct": "行政诉讼（未经复议直接起诉）",
    "litigation_after_review": "行政诉讼（复议后起诉）",
}
CORRECTED = 1  # index of 结果纠正


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


class ApplicationsTable(BaseModel):
    new_received: list[Count] = Field(default_factory=lambda: _row(7))
    carried_over: list[Count] = Field(default_factory=lambda: _row(7))
    granted: list[Count] = Field(default_factory=lambda: _row(7))
    partially_granted: list[Count] = Field(default_factory=lambda: _row(7))
    withheld_state_secret: list[Count] = Field(default_factory=lambda: _row(7))
    withheld_law_prohibited: list[Count] = Field(default_factory=lambda: _row(7))
    withheld_three_safety: list[Count] = Field(default_factory=lambda: _row(7))
    withheld_third_party: list[Count] = Field(default_factory=lambda: _row(7))
    withheld_internal_affairs: list[Count] = Field(default_factory=lambda: _row(7))
    withheld_process_info: list[Count] = Field(default_factory=lambda: _row(7))
    withheld_enforcement_file: list[Count] = Field(default_factory=lambda: _row(7))
    withheld_query_matter: list[Count] = Field(default_factory=lambda: _row(7))
    unavailable_not_held: list[Count] = Field(default_factory=lambda: _row(7))
    unavailable_needs_creation: list[Count] = Field(default_factory=lambda: _row(7))
    unavailable_unclear: list[Count] = Field(default_factory=lambda: _row(7))
    rejected_petition: list[Count] = Field(default_factory=lambda: _row(7))
    rejected_duplicate: list[Count] = Field(default_factory=lambda: _row(7))
    rejected_publication: list[Count] = Field(default_factory=lambda: _row(7))
    rejected_excessive: list[Count] = Field(default_factory=lambda: _row(7))
    rejected_confirmation: list[Count] = Field(default_factory=lambda: _row(7))
    other_no_correction: list[Count] = Field(default_factory=lambda: _row(7))
    other_no_fee: list[Count] = Field(default_factory=lambda: _row(7))
    other_other: list[Count] = Field(default_factory=lambda: _row(7))
    total_processed: list[Count] = Field(default_factory=lambda: _row(7))
    carried_forward: list[Count] = Field(default_factory=lambda: _row(7))


class ReviewLitigationTable(BaseModel):
    review: list[Count] = Field(default_factory=lambda: _row(5))
    litigation_direct: list[Count] = Field(default_factory=lambda: _row(5))
    litigation_after_review: list[Count] = Field(default_factory=lambda: _row(5))


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
    where: str
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
    structure: list[str] = Field(default_factory=list)  # structural problems seen while parsing (S-2)
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


_PATH = re.compile(r"^(\w+)\.(\w+)(?:\.(\w+)|\[(\d+)\])?$")


@lru_cache(maxsize=1024)
def _split(path: str) -> tuple[str, str, str | None, str | None]:
    m = _PATH.match(path)
    if not m:
        raise KeyError(path)
    return m.groups()


def _resolve(tables: Tables, path: str):
    table, field, sub, idx = _split(path)
    obj = getattr(getattr(tables, table), field)
    if sub is not None:
        return obj, sub
    if idx is not None:
        return obj, int(idx)
    return getattr(tables, table), field


def get_path(tables: Tables, path: str):
    obj, key = _resolve(tables, path)
    return obj[key] if isinstance(key, int) else getattr(obj, key)


def set_path(tables: Tables, path: str, value) -> None:
    obj, key = _resolve(tables, path)
    if isinstance(key, int):
        obj[key] = value
    else:
        setattr(obj, key, value)


def active_paths() -> list[str]:
    paths = [f"active.{row}.{col}" for row in ("regulations", "normative_documents") for col in DOC_COLUMNS]
    return paths + ["active.licensing", "active.punishment", "active.coercion", "active.fees"]


def application_path(key: str, col: int) -> str:
    return f"applications.{key}[{col}]"


def review_path(group: str, col: int) -> str:
    return f"review_litigation.{group}[{col}]"


def all_cell_paths() -> list[str]:
    paths = active_paths()
    paths += [application_path(k, c) for k in APPLICATION_KEYS for c in range(7)]
    paths += [review_path(g, c) for g in REVIEW_GROUPS for c in range(5)]
    return paths


def cell_label(path: str) -> str:
    """A Chinese description of a cell for messages: '（一）予以公开 · 自然人'."""
    m = _PATH.match(path)
    if not m:
        return path
    table, field, sub, idx = m.groups()
    if table == "active":
        label = ACTIVE_ROWS[field][1]
        return f"{label} · {DOC_COLUMN_LABELS[sub]}" if sub else label
    if table == "applications":
        group, label = APPLICATION_ROWS[field]
        return f"{label} · {APPLICANT_COLUMNS[int(idx)]}"
    return f"{REVIEW_GROUPS[field]} · {REVIEW_COLUMNS[int(idx)]}"


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
