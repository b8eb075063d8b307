"""A stale tab's section edit merged per sentence with the newest version (assistant.drafting.merge)."""
from assistant.drafting.merge import merge, sentences

BASE = "一、本年度收到申请5件。全部按时答复。\n二、网站发布信息100条。"


def test_sentences_join_back_to_the_text():
    for text in (BASE, "", "没有句号", "问：？！\n\n答；好。"):
        assert "".join(sentences(text)) == text


def test_edits_of_different_sentences_are_both_kept():
    mine = BASE.replace("申请5件", "申请6件")
    theirs = BASE.replace("100条", "120条")
    assert merge(BASE, mine, theirs) == "一、本年度收到申请6件。全部按时答复。\n二、网站发布信息120条。"
    added = "前言。" + BASE
    reworded = BASE.replace("全部按时答复。", "全部按时答复，无逾期。")
    assert merge(BASE, added, reworded) == "前言。一、本年度收到申请5件。全部按时答复，无逾期。\n二、网站发布信息100条。"


def test_the_same_sentence_changed_on_both_sides_is_not_merged():
    assert merge(BASE, BASE.replace("5件", "6件"), BASE.replace("5件", "7件")) is None
    assert merge(BASE, BASE + "甲。", BASE + "乙。") is None  # two additions at one place: the user's call


def test_one_sided_and_identical_edits():
    mine = BASE.replace("5件", "6件")
    assert merge(BASE, mine, BASE) == mine
    assert merge(BASE, BASE, mine) == mine
    assert merge(BASE, mine, mine) == mine
