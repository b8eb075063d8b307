"""Who applied, counted the way people count firms: by 家 ("两家公司", "企业2家"), a training firm by its trade,
and "家长居多，16个" (who asked most, then their count)."""
import pytest

from assistant.notes import read_messages

ASKED = "问：“本年新收”的 19 件分别来自哪类申请人？\n答："


def cells(text: str) -> dict[str, float]:
    return {next(iter(s.cells)): s.value for s in read_messages([ASKED + text]).statements
            if len(s.cells) == 1 and s.strength >= 1}


@pytest.mark.parametrize("text, firms", [
    ("家长16件，企业2家，律所1家", 2),
    ("个人16件，还有两家公司，一个律所", 2),
    ("自然人16件；另有3家企业", 3),
    ("家长16件，两家培训公司，一个律师事务所", 2),
])
def test_firms_counted_by_jia_are_the_firms_applications(text, firms):
    got = cells(text)
    assert got["applications.new_received[1]"] == firms
    assert got["applications.new_received[0]"] == 16


@pytest.mark.parametrize("text", ["走访企业20家", "检查了30家企业", "全市有300家企业", "组织培训3场",
                                  "举办政务公开宣讲会3场，50家企业参加", "300家企业完成年报公示", "培训机构45家全部完成整改",
                                  "行政许可：审批民办学校3所，培训机构45家"])
def test_firms_visited_or_counted_elsewhere_are_no_applicants(text):
    assert not any(c.startswith("applications.") for c in cells(text))


@pytest.mark.parametrize("text, n", [("2家企业申请了5件", 5), ("有两家企业，共3件", None)])
def test_firms_with_their_applications_counted_are_no_count_of_applications(text, n):
    assert cells(text).get("applications.new_received[1]") == n


@pytest.mark.parametrize("text, who, n", [
    ("家长居多，16个；还有两家培训公司，一个律师事务所", "applications.new_received[0]", 16),
    ("个人最多，12件，企业3件", "applications.new_received[0]", 12),
    ("企业居多，有9件，其余是个人", "applications.new_received[1]", 9),
])
def test_who_asked_most_then_their_count(text, who, n):
    assert cells(text)[who] == n


def test_a_firm_counted_inside_a_list_of_who_is_not_bound_to_the_item_before():
    # "3家外贸公司、1家律师事务所": the 1 is the law firm's, never the trading firms'
    said = read_messages(["法人那4件是3家外贸公司、1家律师事务所；"]).statements
    assert not any(s.cells == {"applications.new_received[1]"} and s.value == 1 for s in said)
