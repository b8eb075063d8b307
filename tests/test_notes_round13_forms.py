"""Round 13: notes in new forms (a unified diff of drafts, …), with the helper's own phrasings and negatives."""
from __future__ import annotations

from assistant.form.official import application_path as ap
from assistant.drafting import conflicts
from tests.conftest import notes_draft, notes_tables, readings


def ap_rl(group: str, col: int) -> str:
    return f"review_litigation.{group}[{col}]"


def test_a_unified_diff_reads_the_new_version_only():
    # "diff -u 旧.txt 新.txt" pasted: "-" lines are the old figures, "+" the new, " " lines unchanged; the
    # headers' hash and line numbers are no figures
    got = readings("两版的差别：\n--- 报表_v1.txt\n+++ 报表_v2.txt\n@@ -3,4 +3,4 @@\n 行政强制 2\n-行政处罚 40\n"
                   "+行政处罚 44\n-依申请新收 7\n+依申请新收 8\n 结转下年 1")
    assert got["active.punishment"] == {44} and got[ap("new_received", 6)] == {8}
    assert got["active.coercion"] == {2} and got[ap("carried_forward", 6)] == {1}
    assert not {3, 4} & {v for vs in got.values() for v in vs}
    # negative: items opened by "-" without a diff's header are a list, not removed lines
    got = readings("今年情况：\n-行政处罚 40\n-依申请新收 7\n-结转下年 1")
    assert got["active.punishment"] == {40} and got[ap("new_received", 6)] == {7}


def test_a_scripts_shot_numbers_are_no_figures():
    # a video script or a slide deck numbers its shots: "分镜3｜画面：…" — before, the 3 was read as a weak count
    # of the row told in the shot before
    got = readings("分镜2｜画面：图表｜字幕：予以公开30件｜旁白：全年办结30件。\n分镜3｜画面：天平｜字幕：行政复议1件：维持1")
    assert got[ap("total_processed", 6)] == {30} and got[ap_rl("review", 4)] == {1}
    assert 3 not in {v for vs in got.values() for v in vs}
    # negative: the word with a count in 件 after it is no label ("调取监控镜头2件": two applications)
    got = readings("申请调取监控镜头2件，都予以公开。")
    assert got[ap("new_received", 6)] == {2}


def test_a_line_of_named_prose_fields_is_read_as_sentences_not_a_grid_row():
    # "画面：…｜字幕：…｜旁白：…": fields named before a colon, each holding words; before, the line was taken for a
    # grid row, its last row word (结转) given its first figure (40) and the carried-over 3 lost
    got = readings("画面：信封｜字幕：全年新收申请 40件｜旁白：另有上年结转过来的3件。")
    assert got[ap("new_received", 6)] == {40} and got[ap("carried_over", 6)] == {3}
    # negative: a grid row with one remark field is still a grid row
    got = readings("事项｜件数｜备注\n上年结转｜3｜说明：去年收的")
    assert got[ap("carried_over", 6)] == {3}


def test_a_bar_parts_a_share_from_the_applicant_after_it():
    # "个人 40件（80%）｜法人和其他组织 10件": the 80% is the persons' share, and the bar ends its field as a comma
    # would; before, the share was bound forward to the organisations (40 of them) and the table clashed
    t = notes_tables("新收申请50件，都予以公开。自然人 40件（80%）｜法人和其他组织 10件")
    assert t.value(ap("new_received", 0)) == 40 and t.value(ap("new_received", 6)) == 50
    # negative: a share told of the organisations themselves, in their own field, is still theirs
    got = readings("新收申请50件。｜法人和其他组织占20%")
    assert got[ap("new_received", 6)] == {50}


def test_decimal_outline_codes_are_section_numbers():
    # "2 依申请公开 / 2.1 新收 / 2.1.1 …": a technical document's section codes; before, the bare "3" of the third
    # section's heading was read as a figure of the row told just above it
    text = ("1 主动公开\n1.1 行政处罚 7件\n1.2 行政强制：0\n2 依申请公开\n2.1 本年新收 5件\n2.2 予以公开 5件\n"
            "2.3 结转下年度：0\n3 复议诉讼\n3.1 行政复议 0件")
    got = readings(text)
    assert got["active.coercion"] == {0} and got[ap("carried_forward", 6)] == {0}
    assert got[ap("new_received", 6)] == {5} and got["active.punishment"] == {7}
    assert not {1, 2, 3} & {v for vs in got.values() for v in vs}
    # negative: one line opened by a figure, without such codes around it, keeps its figure
    got = readings("今年的情况\n3 件新收申请，都予以公开")
    assert got[ap("new_received", 6)] == {3}


def test_all_applied_by_one_kind_in_a_results_bracket_is_that_results_row():
    # "予以公开 2件（均为企业申请）": the two granted were all the enterprises' — not "every application this year
    # was an enterprise's" (which clashed with the persons' count given before)
    t = notes_tables("新收申请5件，其中自然人3件、商业企业2件。\n予以公开 2件（都是企业申请的）\n不予公开 3件（属于国家秘密）")
    assert t.value(ap("new_received", 0)) == 3 and t.value(ap("granted", 1)) == 2
    assert t.value(ap("granted", 0)) == 0
    # negative: said of the new applications, it still covers them
    got = readings("新收申请5件，均为企业申请。")
    assert got[ap("new_received", 0)] == {0}


def test_a_sheet_read_out_gives_its_figures_as_bare_numerals():
    # typed as the caller read the paper form: "企业 三，总计 三", "处罚 十二（…）", "有效的 一" — a numeral with no
    # measure word after a form's word; before, none of them was read (and the solver filled wrong ones in)
    got = readings("予以公开：企业 三，总计 三\n处罚 十二（都是占道），强制 零\n规范性文件：有效的 一")
    assert got[ap("granted", 1)] == {3} and got[ap("granted", 6)] == {3}
    assert got["active.punishment"] == {12} and got["active.normative_documents.in_force"] == {1}
    # negative: a numeral inside the talk around it is no cell ("第一行", "又打了一次", "说 一下")
    got = readings("不予公开 第一行：空\n她又打了一次，我说 一\n新收：企业 3件")
    assert 1 not in {v for vs in got.values() for v in vs}


def test_the_other_rows_of_a_group_read_out_say_nothing_of_the_row_told():
    # "无法提供 第一行…：1 / 无法提供 另外两行：空": the other two rows, not the whole group (which clashed)
    t, draft = notes_draft("新收：自然人 1件，总计 1件\n予以公开：空\n无法提供 不掌握：自然人 1件，总计 1件\n无法提供 另外两行：空")
    assert t.value(ap("unavailable_not_held", 6)) == 1 and not conflicts(draft)
    # negative: the group said empty on its own is still empty
    t = notes_tables("新收：自然人 1件，总计 1件\n予以公开：自然人 1件\n无法提供：空")
    assert t.value(ap("unavailable_not_held", 6)) == 0 and t.value(ap("unavailable_unclear", 6)) == 0


def test_an_attachments_number_is_no_figure():
    # "详见附件2", "附件：1.…统计表": which paper is meant; before, the 2 was read as a weak figure of the row just told
    got = readings("结转下年度 4件（都是个人的）；详见附件2。\n附件：1.依申请公开统计表")
    assert got[ap("carried_forward", 6)] == {4}
    assert not {1, 2} & {v for vs in got.values() for v in vs}
    # negative: a figure after the attachment's words, not its number, is still read
    got = readings("附件里列的：予以公开 3件")
    assert got[ap("granted", 6)] == {3}


def test_a_letters_addressee_and_signature_are_no_sub_reports():
    # a 情况说明 to the office above: "市政务公开办：\n根据…，现将…" heads it and "县政府办公室\n2026年1月8日" signs it;
    # before, the two were taken for two 科室 and the letter's figures and its attachment's were added up (12 + 12)
    text = ("市政务公开办：\n根据通知要求，现将有关情况说明如下：本级新收政府信息公开申请12件，较上年增加3件。\n\n"
            "县政府办公室\n2026年1月8日\n\n附件\n一、本年新收 12件（自然人10，商业企业2）\n二、予以公开 12")
    t = notes_tables(text)
    assert t.value(ap("new_received", 6)) == 12 and t.value(ap("new_received", 0)) == 10
    # negative: two offices' replies forwarded one after the other are still added up
    t = notes_tables("办公室：\n新收申请3件，都予以公开。\n执法科：\n新收申请2件，都予以公开。")
    assert t.value(ap("new_received", 6)) == 5


def test_reviews_and_suits_listed_with_a_together_word_are_one_sum():
    # "行政复议、行政诉讼共5件，其中维持3件": before, each was given the 5 (and each the 3 maintained)
    got = readings("行政复议、行政诉讼共5件，其中维持3件，纠正2件。")
    assert ap_rl("review", 4) not in got and ap_rl("litigation_direct", 4) not in got
    t = notes_tables("因政府信息公开引发的行政复议、行政诉讼共5件，其中维持3件，纠正2件。行政复议4件，维持3件，纠正1件。")
    assert t.value(ap_rl("litigation_direct", 4)) == 1 and t.value(ap_rl("litigation_direct", 1)) == 1
    # negative: "各" and "均为" give the figure to each
    got = readings("行政复议、行政诉讼各1件。")
    assert got[ap_rl("review", 4)] == {1} and got[ap_rl("litigation_direct", 4)] == {1}


def test_an_english_fact_sheets_fuller_phrasing_is_read():
    # a free-trade zone's English briefing: "Requests received: 30 — individuals 18, companies 12", "Pending at
    # year-end: 2", "Lawsuits: 1 case"; before, the applicants' figures were read as totals (a clash), the year of
    # "up 5% on 2024" and the contact's "+86 …" number as figures
    text = ("Disclosure upon request\n • Requests received: 30 — individuals 18, companies 12\n • Requests closed: 28\n"
            " • Pending at year-end: 2\n • Penalties: 40 (up 5% on 2024)\n • Reconsideration: 1 case\n"
            "Contact: +86 (0)571 8765 4321")
    got = readings(text)
    assert got[ap("new_received", 0)] == {18} and got[ap("new_received", 1)] == {12}
    assert got[ap("new_received", 6)] == {30} and got[ap("total_processed", 6)] == {28}
    assert got[ap("carried_forward", 6)] == {2} and got[ap_rl("review", 4)] == {1}
    assert got["active.punishment"] == {40}
    assert not {2024, 86, 571, 8765, 4321} & {v for vs in got.values() for v in vs}
    # negative: a figure like a dialling code without the "+" and a year's number not after a preposition stay figures
    got = readings("Requests received: 86\nLicences granted: 2031")
    assert got[ap("new_received", 6)] == {86} and got["active.licensing"] == {2031}


def test_sichuanese_chat_is_read_as_the_mandarin_it_says():
    # "去年也莫得转过来嘞", "我们这儿莫得那个东西": 莫得 = 没有, 嘞 = 的; before, the carried-over none and the
    # not-held answer were missed (the whole table 3 stayed open)
    got = readings("今年依申请来了3个，2个给他公开了嘛，还有一个要嘞是水库的设计图，我们这儿莫得这个资料，喊他去问水务局了。"
                   "去年也莫得转过来嘞。")
    assert got[ap("carried_over", 6)] == {0} and got[ap("unavailable_not_held", 6)] == {1}
    assert got[ap("granted", 6)] == {2}
    # negative: without the register's marks, 哈 and 喊 stay what they are in Mandarin
    got = readings("今年依申请来了3个，哈哈。去年没有转过来的。")
    assert got[ap("carried_over", 6)] == {0} and got[ap("new_received", 6)] == {3}


def test_a_count_pointing_back_to_say_who_applied_is_no_figure():
    # "这5件的申请人都是村民": those five cases (told before), all persons' — before, the 5 was read as a weak figure
    # of the row named last and the applicants' clause was lost
    got = readings("今年新收4件，还有1件是去年结转的。这5件的申请人都是本村村民。")
    assert got[ap("carried_over", 6)] == {1} and got[ap("new_received", 1)] == {0}
    assert got[ap("carried_over", 1)] == {0}
    # negative: a count with its own row after 这 is still read ("这个月新收5件")
    got = readings("这个月新收5件，申请人都是村民。")
    assert got[ap("new_received", 6)] == {5}


def test_a_book_keepers_no_entry_is_none():
    # told as accounts: "行政强制 无发生额", "收费：本年无发生额（…）" — before, neither was read
    got = readings("行政处罚 本期发生 9；行政强制 无发生额\n收费：本年无发生额（都免了）")
    assert got["active.coercion"] == {0} and got["active.fees"] == {0} and got["active.punishment"] == {9}
    # negative: an amount that did occur is read as the figure
    got = readings("行政处罚 本期发生额 9件")
    assert got["active.punishment"] == {9}
