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


# --- the operations a refused save keeps (assistant.drafting.ops) ---

from assistant.drafting import full_report, new_draft, set_section_text, tables_report  # noqa: E402
from assistant.drafting.ops import apply_ops, merge_ops, unsaved_fields  # noqa: E402
from assistant.form.official import application_path  # noqa: E402


def test_kept_operations_apply_to_another_version_without_changing_it():
    base = new_draft("某县市场监督管理局", 2025)
    ops = [("notes", "今年新收到依申请公开5件，予以公开3件。"), ("cell", "active.licensing", 12),
           ("text", 1, "本机关坚持以公开为常态。"), ("field", "published", "2026年1月10日")]
    d = apply_ops(base, ops)
    assert tables_report(d).value(application_path("new_received", 6)) == 5
    assert tables_report(d).value(application_path("granted", 6)) == 3
    assert d.entered["active.licensing"] == 12 and d.published == "2026年1月10日"
    assert full_report(d).section_text(1) == "本机关坚持以公开为常态。"
    assert base.entered == {} and base.sections == {} and base.published != "2026年1月10日"
    assert sorted(unsaved_fields(ops)) == ["cell:active.licensing", "chat", "text:1"]


def test_a_stale_tab_section_edit_merges_or_is_handed_back():
    then = set_section_text(new_draft("某县市场监督管理局", 2025), 1, BASE)
    latest = set_section_text(then, 1, BASE.replace("100条", "120条"))
    loads = []

    def base():
        loads.append(1)
        return then

    ops, clashes = merge_ops([("text", 1, BASE.replace("申请5件", "申请6件"))], latest, base)
    assert clashes == {} and ops == [("text", 1, "一、本年度收到申请6件。全部按时答复。\n二、网站发布信息120条。")]
    ops, clashes = merge_ops([("cell", "active.licensing", 3), ("text", 1, BASE.replace("100条", "90条"))],
                             latest, base)
    assert ops == [("cell", "active.licensing", 3)]
    assert clashes == {1: (BASE.replace("100条", "90条"), BASE.replace("100条", "120条"))}
    assert merge_ops([("cell", "active.licensing", 3)], latest, base)[0] == [("cell", "active.licensing", 3)]
    assert len(loads) == 2  # the old version is read only when a section text is among the operations
