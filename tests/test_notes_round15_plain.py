"""Round 15, plain notes of ordinary clerks: readings moved or added, each with phrasings of its own and a
negative."""
from tests.conftest import readings, said


def test_a_figure_of_a_year_before_the_reports_is_no_cell_of_this_year():
    # Class: a clerk sets this year's none beside an earlier year's count, the year written out as digits.
    for text, cell, figure in (
            ("行政复议本年度未发生，2021年曾有复议2件。", "review_litigation.review[4]", 2),
            ("诉讼今年一件也没有（2023年度有过3起行政诉讼）", "review_litigation.litigation_direct[4]", 3),
            ("今年无复议；2020年复议1件，已维持。", "review_litigation.review[4]", 1)):
        assert figure not in readings(text).get(cell, set()), text
    # Negative: the report's own year is this year's figure (readings read a 2025 report) …
    assert said("2025年共收到政府信息公开申请7件。").get("applications.new_received[6]") == 7
    # … and last December's cases answered this year stay the carried-over ones.
    assert said("2024年12月收到的1件今年1月才答复").get("applications.carried_over[6]") == 1