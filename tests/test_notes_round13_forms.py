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
