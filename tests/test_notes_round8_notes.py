"""Session 13 (notes reader): phrasings of the blind corpus notes_fresh7, each with a phrasing of our own and a
near miss that must not be read the same way."""
from __future__ import annotations

from assistant.drafting import conflicts
from assistant.form.official import application_path as ap, review_path as rp
from tests.test_notes import tables as drafted_tables


def drafted(*messages: str):
    return drafted_tables(*messages, agency="江门市某区文化广电旅游体育局")


def test_written_cantonese_is_read_as_the_mandarin_it_says():
    t, draft = drafted("今年一共收咗6单申请，五单系市民个人嘅，一单系律师行；3单公开咗，3单我哋唔掌握。"
                       "上年冇结转，年尾都冇未办完嘅。复议同诉讼都冇。许可12宗，冇收费。")
    assert t.value(ap("new_received", 6)) == 6
    assert t.value(ap("new_received", 0)) == 5
    assert t.value(ap("granted", 6)) == 3
    assert t.value(ap("unavailable_not_held", 6)) == 3
    assert t.value(ap("carried_over", 6)) == 0
    assert t.value(ap("carried_forward", 6)) == 0
    assert t.value(rp("review", 4)) == 0
    assert t.value("active.licensing") == 12
    assert t.value("active.fees") == 0
    assert not conflicts(draft)


def test_mandarin_words_with_xi_and_dan_keep_their_meaning():
    # No Cantonese character: 系 (联系人, 系统) and 单 (名单, 单位) are left as they are.
    t, _ = drafted("今年新收申请3件，系统里登记的联系人都是个人，另有2单位来函咨询不计入。予以公开3件。")
    assert t.value(ap("new_received", 6)) == 3
    assert t.value(ap("new_received", 1)) in (None, 0)
