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


def test_pasted_spreadsheet_formulas_are_not_read_only_their_results():
    got = readings("上年结转\t=COUNTIF(登记!C:C,\"<2025/1/1\")\t→ 2\n予以公开\t=COUNTIFS(登记!F:F,\"公开\",登记!E:E,\">=2025/1/1\")\t→ 6")
    assert got == {"applications.carried_over[6]": {2.0}, "applications.granted[6]": {6.0}}
    got = readings("新收-自然人\t=COUNTIFS(登记!D:D,\"自然人\",登记!B:B,\"<=2025/12/31\")\t→ 5\n"
                   "新收-企业\t=COUNTIFS(登记!D:D,\"企业\")\t→ 2")
    assert got.get("applications.new_received[0]") == {5.0} and got.get("applications.new_received[1]") == {2.0}
    # The zeros a formula's criteria words seemed to say ("无法提供-不掌握" inside the quotes) are not said.
    t = notes_tables("办结：公开4件\n不掌握\t=COUNTIFS(登记!H:H,\"无法提供-不掌握\")\t→ 3\n"
                     "另行制作\t=COUNTIFS(登记!H:H,\"无法提供-另行制作\")\t→ 1")
    assert t.value("applications.unavailable_not_held[6]") == 3 and t.value("applications.unavailable_needs_creation[6]") == 1
    got = readings("行政处罚 =SUM(D4:D15) 结果是37件")
    assert got.get("active.punishment") == {37.0}
    got = readings("新收合计：=B3+B4+B5 → 9")
    assert got.get("applications.new_received[6]") == {9.0}
    # A figure written with = and no formula stays: "总计=14", "许可＝3".
    got = readings("新收总计=14，行政许可＝3")
    assert got.get("applications.new_received[6]") == {14.0} and got.get("active.licensing") == {3.0}


def test_the_year_a_date_condition_was_written_as_is_no_figure():
    for text in ("新收12件。统计时间一开始设成了2024，后来改回来了", "新收12件，年份填成2023那次是错的",
                 "新收12件（日期区间写的2024，不对）"):
        assert readings(text).get("applications.new_received[6]") == {12.0}, text
    # A count with its unit after such a verb is a count.
    assert said("行政许可数改成2024件")["active.licensing"] == 2024


def test_the_categories_given_no_figure_are_none():
    for text in ("办结：公开3，部分公开1。没填数的都没有", "办结：公开3，部分公开1；未列数字的类别均为0",
                 "办结：公开3，部分公开1，没给数据的都是零"):
        assert readings(text).get("applications.rejected_petition[6]") == {0.0}, text
    # "没填表" (a form someone has not filled in yet) closes nothing.
    assert "applications.rejected_petition[6]" not in readings("办结：公开3，部分公开1。科室没填表的明天补")


def test_handwriting_shape_slips_in_the_forms_words_are_undone_when_the_message_says_it_was_handwritten():
    got = said("（手写输入的，可能有错字）今年依甲请新收5件，上年末结转1件；行政强剂3件")
    assert got["applications.new_received[6]"] == 5 and got["applications.carried_over[6]"] == 1
    assert got["active.coercion"] == 3
    got = said("手写的，字识别错了别怪我。复仪2件，都维待了；现行有放规范性文件4件")
    assert got["review_litigation.review[4]"] == 2 and got["active.normative_documents.in_force"] == 4
    t = notes_tables("手机手写：新收3件，都是个入申请的，全部答夏完了，公开3件")
    assert t.value("applications.new_received[0]") == 3


def test_shape_alike_characters_stay_without_the_handwriting_said():
    # Without the practice named, 甲/入/夏 are their own words: "甲请" is nothing of the form.
    got = said("今年依甲请新收5件，行政强剂3件")
    assert "active.coercion" not in got
    # With it, a word that is no slip of the form's words stays: "入库", "夏季".
    got = said("手写输入的：夏季入库档案120卷，新收申请4件")
    assert got["applications.new_received[6]"] == 4


def test_a_callback_surveys_counts_are_no_table_figures():
    for text in ("办结9件。回访7件，满意4件，基本满意1件，不满意1件，未接通1件",
                 "办结9件；电话回访6件，其中非常满意5件、一般满意1件",
                 "办结9件\n已回访：8件（比较满意3件/很满意5件）"):
        assert readings(text).get("applications.total_processed[6]") == {9.0}, text
    # Dissatisfaction that leads to a review still lets the review's figure bind.
    assert said("申请人对答复不满意，申请行政复议1件")["review_litigation.review[4]"] == 1


def test_a_bare_fei_after_a_document_row_or_its_fa_figure_is_repealed():
    got = said("规范性文件发0、废1、现行有效3。")
    assert got["active.normative_documents.repealed"] == 1 and got["active.normative_documents.in_force"] == 3
    got = said("规章：发2件，废1件，有效9件")
    assert got["active.regulations.repealed"] == 1 and got["active.regulations.issued"] == 2
    got = said("行政规范性文件 制发 4 个 ； 废 两个 ； 现行有效 20 个")
    assert got["active.normative_documents.repealed"] == 2
    # 作废/废旧 after a document row are no 废止.
    got = said("规范性文件制发2件，作废1份旧表格")
    assert "active.normative_documents.repealed" not in got
