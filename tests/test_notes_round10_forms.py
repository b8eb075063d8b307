"""Round 10, forms no corpus had: a draft checked against the real figures, Word track changes in a sentence,
… (phrasings of our own, with negatives)."""
from __future__ import annotations

from assistant.form.official import application_path as ap
from assistant.notes import read_messages
from tests.test_notes import tables


def said(*messages: str) -> dict[str, float]:
    """Single-cell readings, the later winning (what the notes state a cell is)."""
    return {next(iter(s.cells)): s.value for s in read_messages(list(messages), year=2025).statements
            if len(s.cells) == 1 and s.strength >= 0.9}


def test_a_draft_figure_put_right_gives_way_to_the_real_one():
    t, _ = tables("对着初稿核了一遍：\n本年新收：原稿写的9件，核实后是11件，少算了两件邮寄的。\n"
                  "行政许可：初稿报的2,310件，应为2,301件。\n不掌握：初稿4件，没问题。")
    assert t.value(ap("new_received", 6)) == 11 and t.value("active.licensing") == 2301
    assert t.value(ap("unavailable_not_held", 6)) == 4  # a draft figure said to stand stands
    # Without a word that the draft is put right, two figures of a line are two figures (no guess which stands).
    got = read_messages(["新收：原报6件，另外补报1件。"], year=2025).statements
    assert not any(s.value == 1 and s.correction for s in got)


def test_several_struck_and_inserted_figures_in_one_sentence_are_read():
    t, _ = tables("（修订稿）全年受理申请[删除:14][插入:16]件，其中个人[删除:12][插入:13]件，企业[删除:2][插入:3]件；"
                  "予以公开[删除:9][插入:10]件，部分公开1件。")
    assert t.value(ap("new_received", 6)) == 16 and t.value(ap("new_received", 1)) == 3
    assert t.value(ap("granted", 6)) == 10 and t.value(ap("partially_granted", 6)) == 1
    # A sheet's header with wide gaps is still a header: its columns are read.
    t, _ = tables("项目    自然人    商业企业    总计\n新收    4    1    5")
    assert t.value(ap("new_received", 1)) == 1 and t.value(ap("new_received", 6)) == 5


def test_not_holding_the_information_asked_for_is_the_not_held_row():
    got = said("办结10件：予以公开6件，本机关不掌握该信息3件，需另行制作1件。")
    assert got[ap("unavailable_not_held", 6)] == 3
    # 信息 of something else after the figure is no part of the row's words.
    got = said("不掌握的2件已告知。网站发布信息120条。")
    assert got[ap("unavailable_not_held", 6)] == 2 and 120 not in got.values()


def test_a_table_copied_column_by_column_puts_each_figure_in_its_column():
    t, _ = tables("表三一列一列抄给你：\n个人一栏：新收 7，予以公开 5，不掌握 1，结转下年 1\n"
                  "企业一栏：新收 2，予以公开 2\n其他几列都是空的\n合计一栏：新收 9，予以公开 7，不掌握 1，结转下年 1\n"
                  "（空着的都算0）")
    assert t.value(ap("new_received", 0)) == 7 and t.value(ap("granted", 1)) == 2
    assert t.value(ap("granted", 6)) == 7 and t.value(ap("unavailable_not_held", 1)) == 0
    assert t.value(ap("carried_forward", 0)) == 1 and t.value(ap("carried_forward", 6)) == 1
    # One line naming a column is a sentence about that applicant, not a copied column.
    got = said("个人这一栏：新收 7。予以公开 5，不掌握 2。")
    assert got.get(ap("granted", 0)) is None


def test_figures_told_as_differences_from_last_years_stated_figures():
    t, _ = tables("先说上年的数，上年报的是：新收20件，予以公开12件，不掌握5件，结转下年2件。\n"
                  "今年新收比上年增加了4件，予以公开较上年多3件，不掌握跟去年一样，年底结转的比上年少1件。")
    assert t.value(ap("new_received", 6)) == 24 and t.value(ap("granted", 6)) == 15
    assert t.value(ap("unavailable_not_held", 6)) == 5 and t.value(ap("carried_forward", 6)) == 1
    # A difference with no base given is no figure: the row stays open (never the count of the change).
    got = said("今年新收比去年多了6件，予以公开10件。")
    assert ap("new_received", 6) not in got and got[ap("granted", 6)] == 10
    got = said("去年：新收30件，公开20件。今年：新收35件，公开22件。")  # no difference told: read as before
    assert got[ap("new_received", 6)] == 35


def test_a_jielong_chain_reads_only_the_clerks_own_line():
    chain = ("#接龙 年报数据（格式：单位 新收/上年结转/办结/结转下年）\n1. 市场监管所 15/2/16/1\n2. 司法所 3/0/3/0\n"
             "3. 综治办 8/1/9/0\n4. ")
    t, _ = tables(chain, "第2个是我们单位的，3件都是村民申请的，都公开了。")
    assert t.value(ap("new_received", 6)) == 3 and t.value(ap("carried_over", 6)) == 0
    assert t.value(ap("granted", 6)) == 3
    # No word on which line is the clerk's: the other bodies' figures are not read as this report's.
    got = said(chain)
    assert not got or all(v not in (15, 16, 8, 9) for v in got.values())


def test_examples_of_the_kind_in_brackets_leave_the_figure_to_the_kind():
    got = said("新收20件，其中个人15件、社会公益组织（协会）3件、科研机构（研究院、高校）2件。")
    assert got[ap("new_received", 3)] == 3 and got[ap("new_received", 2)] == 2
    # A bracket that names something else is no example of the kind: it is read as before.
    got = said("新收20件，其中个人15件、企业（不予公开）5件。")
    assert got.get(ap("new_received", 3)) is None


def test_a_formal_opinion_with_items_numbered_inside_the_paragraph():
    from assistant.form.official import review_path as rp
    t, _ = tables("一、本年度受理申请12件，另有上年度延期答复、结转至本年度的申请1件。二、办理情况：（1）依第二十七条予以公开的"
                  "7件；（2）依第三十六条第（四）项告知不掌握的4件；（3）依第三十条视为放弃申请的1件。年底无结转。\n"
                  "三、行政诉讼2件，其中直接起诉1件、复议后起诉1件；维持1件（复议后起诉），撤销1件（直接起诉）。")
    assert t.value(ap("carried_over", 6)) == 1 and t.value(ap("granted", 6)) == 7
    assert t.value(ap("unavailable_not_held", 6)) == 4
    assert t.value(rp("litigation_after_review", 0)) == 1 and t.value(rp("litigation_direct", 1)) == 1
    # Figures in brackets after the words of a form are cells, not item numbers; 结转至下一年度 is carried forward.
    got = said("规范性文件制发（2）废止（1）。年底未办完、结转至下一年度的申请1件。")
    assert got["active.normative_documents.issued"] == 2 and got[ap("carried_forward", 6)] == 1


def test_an_old_sheet_relabelled_by_hand_reads_the_new_labels():
    t, d = tables("旧表我手改了：\n规范性文件：本年新制作数量→改“本年制发件数” 3；对外公开总数量→改为“现行有效件数” 11\n"
                  "其他处理我拆成了三行：1.逾期不补正 2；2.逾期不缴费 0；3.其他 1")
    assert t.value("active.normative_documents.issued") == 3 and t.value("active.normative_documents.in_force") == 11
    assert t.value(ap("other_no_correction", 6)) == 2 and t.value(ap("other_other", 6)) == 1
    assert t.value(ap("other_no_fee", 6)) == 0
    # An edit of the report's own words stays an instruction.
    from assistant.drafting.intent import classify
    assert "instruction" in classify("把第二部分里“工作扎实”改为“工作比较扎实”").kinds


def test_a_masked_phone_number_in_a_signature_is_no_figure():
    got = said("【2/2】公开2件，不掌握1件。联系人：王某 139****0815，办公室0851-8***6621")
    assert got[ap("granted", 6)] == 2 and not any(v in (139, 815, 851, 6621) for v in got.values())
    got = said("复议0，诉讼0，处罚13件")  # figures beside no mask are read
    assert got["active.punishment"] == 13


def test_text_copied_from_a_pdf_with_lines_broken_inside_words_and_figures():
    t, _ = tables("（从PDF里复制的）二、本年度共受理申请 2\n3 件，其中自然人 20 件、法律服务机\n构 3 件。予以公开 1\n"
                  "5 件，本机关不掌握相关政府信\n息 8 件。")
    assert t.value(ap("new_received", 6)) == 23 and t.value(ap("new_received", 4)) == 3
    assert t.value(ap("granted", 6)) == 15 and t.value(ap("unavailable_not_held", 6)) == 8
    # Lines that end where their words end are read as they stand (one break in a figure is a list, not a page).
    got = said("新收 5 件\n予以公开 3 件\n不掌握 2 件")
    assert got[ap("new_received", 6)] == 5 and got[ap("granted", 6)] == 3


def test_two_bodies_merged_in_the_year_give_parts_that_add_up():
    t, _ = tables("4月起原市档案馆并入我局，两家数据加在一起报：\n上半年：我局新收3件（都是个人），档案馆新收2件（个人1、企业1）\n"
                  "下半年合并后新收4件，都是个人。\n上年结转：我局0，档案馆1件。\n表二：处罚 我局上半年12、档案馆0、下半年合并后8。")
    assert t.value(ap("new_received", 6)) == 9 and t.value(ap("new_received", 0)) == 8
    assert t.value(ap("new_received", 1)) == 1 and t.value(ap("carried_over", 6)) == 1
    assert t.value("active.punishment") == 20
    # Without a word that the parts add up, a half year's figure is no year's figure (the cell stays open).
    t, _ = tables("上半年新收3件，下半年新收4件还没统计完。")
    assert t.value(ap("new_received", 6)) != 3 and t.value(ap("new_received", 6)) != 4
