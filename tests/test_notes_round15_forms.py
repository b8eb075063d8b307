"""Round 15 (notes in unusual forms): readings added in this session, each a way clerks write, with phrasings of
its own and a negative."""
from tests.conftest import notes_tables, readings, said


def test_radio_digit_words_are_read_digit_by_digit():
    # A run with 幺/洞/拐/勾 set apart as a figure reads digit by digit, whatever the message says of its practice.
    got = said("主动公开：行政许可 幺拐洞 件，行政处罚 两勾 件")
    assert got["active.licensing"] == 170 and got["active.punishment"] == 29
    got = said("行政处罚：洞幺 起；行政许可：拐拐 件。")
    assert got["active.punishment"] == 1 and got["active.licensing"] == 77
    # With the practice named (对讲机/电台报数), plain digit words in a run are digits too, and lone 幺/洞 are 1/0.
    got = said("按对讲机报数的习惯写：许可 三五八 件，强制 洞，处罚 幺。")
    assert got["active.licensing"] == 358 and got["active.coercion"] == 0 and got["active.punishment"] == 1
    got = said("电台口径（幺两三四五六拐八勾洞）——行政许可 四六 件，行政处罚 幺幺 件")
    assert got["active.licensing"] == 46 and got["active.punishment"] == 11


def test_radio_digit_words_are_left_alone_in_words_and_without_the_practice():
    # "五六件" is "five or six" when nobody said the digits are read out; 漏洞/拐弯 are words.
    got = said("行政许可五六件吧，具体再核")
    assert got.get("active.licensing") != 56
    t = notes_tables("行政许可12件，系统漏洞两处已修复，拐弯处的窗口两个")
    assert t.value("active.licensing") == 12

