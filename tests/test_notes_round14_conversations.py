"""Round 14, conversations: ways officials answer in a chat (rules drawn from conversations_fresh13, each test in
phrasings of its own with a negative beside it)."""
from __future__ import annotations

from assistant.form.official import application_path as ap
from tests.conftest import notes_tables, readings


def test_emoji_typed_for_none_and_for_yes():
    # 🈚 (folds to 無) is typed for 无/没有, 👌 👍 🆗 for 对: the chat's answers read as the words they stand for.
    assert readings("行政处罚🈚️，行政强制也🈚")["active.punishment"] == {0}
    assert readings("规范性文件今年🈚")  # any reading at all: the line was unread before
    first = "今年收到申请5件，都是个人的，公开了5件。"
    for reply in ("🆗 上年结转🈚️", "👍，上年结转的🈚", "上年结转：🈚️👌"):
        t = notes_tables(first, reply)
        assert t.value(ap("carried_over", 6)) == 0, reply
    # Negative: a traditional 有 (🈶) is no none, and a thumbs-up alone states no figure.
    assert readings("行政处罚🈶3件")["active.punishment"] == {3}
    assert readings("收到了👍") == {}
