"""Round 14, notes in unusual forms (record forms, registers, inquiry records): each class of writing with
phrasings of our own and a negative."""
from __future__ import annotations

from tests.conftest import readings, said


# --- a date written as eight digits ("20240315"), as a register or a system export prints it, is no count ---------

def test_eight_digit_dates_are_no_figures():
    for text in ("序号1 王某 申请日期20240315 答复日期20240410 予以公开",
                 "收文 20241105，办结 20241128，结果：部分公开",
                 "3\t李某某\t20250102\t不予公开（第三方）"):
        got = readings(text)
        assert not any(v > 1e6 for vs in got.values() for v in vs), (text, got)


def test_eight_digit_figure_that_is_no_date_is_still_read():
    # an amount whose digits make no month and day is no date ("20231388": month 13), nor one in 元
    assert said("行政事业性收费20231388元")["active.fees"] == 2023.1388
    assert said("行政事业性收费12345678元")["active.fees"] == 1234.5678
