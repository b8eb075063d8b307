"""A finance system's fee items pasted with their unit and a 合计 line: the 合计 is 行政事业性收费, in 万元."""
import pytest

from assistant.notes import read_messages


def fees(*messages: str) -> list[float]:
    return [s.value for s in read_messages(list(messages)).statements if s.cells == {"active.fees"}]


@pytest.mark.parametrize("text, wan", [
    ("财务导出的，单位是分：\n号牌工本费\t286,750,000\n行驶证工本费\t31,248,000\n合计\t317,998,000", 317.998),
    ("收费明细（单位：元）\n工本费 3,000\n证照费 1,500\n合计 4,500", 0.45),
    ("非税收入，金额（万元）\n不动产登记费\t12.5\n合计\t12.5", 12.5),
])
def test_the_total_of_a_fee_sheet_is_the_year_s_fees_in_wan_yuan(text, wan):
    assert fees(text) == [pytest.approx(wan)]


def test_without_a_total_line_the_fee_is_the_items_sum():
    assert fees("收费（单位：元）\n工本费 3,000\n证照费 1,500") == [pytest.approx(0.45)]


def test_the_items_of_a_fee_sheet_are_no_figures_of_their_own():
    said = read_messages(["收费明细（单位：元）\n工本费 3,000\n证照费 1,500\n合计 4,500\n行政许可30件"]).statements
    assert sorted((tuple(s.cells), s.value) for s in said) == [(("active.fees",), pytest.approx(0.45)),
                                                              (("active.licensing",), 30)]


@pytest.mark.parametrize("text", [
    "培训支出（单位：元）\n培训费 3,000\n差旅费 1,500\n合计 4,500",  # spent, not collected
    "非税收入（单位：元）\n罚没收入\t200,000\n合计\t200,000",  # fines are no fee
])
def test_a_sheet_that_is_no_fee_total_is_not_read_as_one(text):
    assert fees(text) == []


@pytest.mark.parametrize("text, wan", [
    ("非税收入，金额（万元）\n工本费\t3.5\n证照费\t1.5\n\n依申请：\n个人\t10\n企业\t9\n合计\t19", 5),  # another table's 合计
    ("收费（单位：元）\n工本费 3000\n  其中：号牌工本费 2000\n证照费 1500", 0.45),  # a part under an item
])
def test_the_sheet_is_the_block_under_its_unit(text, wan):
    assert fees(text) == [pytest.approx(wan)]
