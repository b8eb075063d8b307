"""Typed evidence from the parser to the rules: what was wrong with a table's structure, where.

The rules read `kind`, `table` and `row`; the Chinese message a user sees is rendered from them."""
from __future__ import annotations

from dataclasses import dataclass

from ..form.address import Address, Cell, Row, Table
from ..form.official import ACTIVE_BY_KEY, APP_BY_KEY, DOC_COLUMNS, TABLES as TABLE_DEFS, row_cells

TABLES = {t.number: (t.name, t.title) for t in TABLE_DEFS}
TABLE_OF = {t.key: t.number for t in TABLE_DEFS}
TABLE_KEY = {t.number: t.key for t in TABLE_DEFS}


def row_label(table: int, row: str | None) -> str:
    if row is None:
        return "数据行"
    if table == 2:
        return ACTIVE_BY_KEY[row].label
    if table == 3:
        return APP_BY_KEY[row].label
    return row


@dataclass(frozen=True)
class Problem:
    kind: str            # missing_table | missing_row | missing_cell | too_few_cells | too_many_cells |
                         # subtotal_column | subtotal_row | ambiguous | unplaced_rows
    table: int           # 2, 3 or 4
    row: str | None = None   # the form's row key (table 2, 3) or group key (table 4)
    col: str | None = None   # a column key (table 2 document columns)
    found: int = 0       # cells found
    expected: int = 0    # cells the form has there
    reason: str = ""     # for ambiguous readings: why no value was taken
    label: str = ""      # the label as the report wrote it

    @property
    def location(self) -> Address:
        """The row the problem is in, or the whole table."""
        return Row(TABLE_KEY[self.table], self.row) if self.row else Table(TABLE_KEY[self.table])

    @property
    def cells(self) -> tuple[Cell | Row, ...]:
        """The cells of the form the problem concerns (for 校验 to colour): a row's, or one missing cell."""
        if not self.row or self.kind in ("missing_table", "subtotal_row", "unplaced_rows"):
            return ()
        if self.kind == "missing_cell" and self.col:
            return (Cell(TABLE_KEY[self.table], self.row, self.col),)
        return row_cells(self.location)

    @property
    def message(self) -> str:
        name, title = TABLES[self.table]
        what = f"{name}“{row_label(self.table, self.row)}”行" if self.row else f"{name}数据行"
        match self.kind:
            case "missing_table":
                return f"未找到{name}（{title}）"
            case "missing_row":
                return f"{name}缺少“{row_label(self.table, self.row)}”行"
            case "missing_cell":
                if self.col:
                    col = next(c.label for c in DOC_COLUMNS if c.key == self.col)
                    return f"{what}缺少“{col}”单元格"
                return f"{what}缺少数值单元格"
            case "too_few_cells":
                return f"{what}只有 {self.found} 个数值单元格，应为 {self.expected} 个"
            case "too_many_cells":
                return f"{what}有 {self.found} 个数值单元格，应为 {self.expected} 个"
            case "subtotal_column":
                return f"{what}多出“法人或其他组织”小计列"
            case "subtotal_row":
                return f"{name}含有官方格式没有的小计/合计行"
            case "unplaced_rows":
                return f"{name}有 {self.found} 行数字没有行名，也无法按官方格式的行序对应，未读取"
            case "unrecognised_label":
                return (f"{name}缺少“{row_label(self.table, self.row)}”行：该位置的行名写作“{self.label}”，"
                        f"数字已按官方格式的行序读取")
            case "ambiguous":
                return f"{what}读取有歧义：{self.reason}，这些单元格未读取（请对照原表核实）"
        return f"{what}结构有问题"
