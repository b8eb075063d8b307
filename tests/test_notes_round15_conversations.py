"""Round 15 conversations (conversations_fresh14): readings added in this session, each with phrasings of its own
and a negative."""
from tests.conftest import notes_tables, said


def test_all_of_two_applicant_kinds_joined_by_he_or_dun_leaves_both_open():
    # "都是X和Y的": both kinds named are who applied — neither is 0, the others are.
    for text, named, others in (("新收申请25件，全是群众和律师事务所提的", {0, 4}, {1, 2, 3, 5}),
                                ("今年收到申请8件，均为企业、社会组织申请", {1, 3}, {0, 2, 4, 5}),
                                ("本年新收17件 都是村民或者公司提出的", {0, 1}, {2, 3, 4, 5})):
        got = said(text)
        assert all(f"applications.new_received[{c}]" not in got for c in named), (text, got)
        assert all(got.get(f"applications.new_received[{c}]") == 0 for c in others), (text, got)
    # Told who the rest were afterwards, the split is read with the total.
    t = notes_tables("今年新收申请25件，全是群众和律师事务所提的", "律师事务所4件，其余群众")
    assert t.value("applications.new_received[0]") == 21 and t.value("applications.new_received[4]") == 4
    # Negative: one kind named, the others (the kind named before in another clause included) are 0.
    got = said("新收申请25件，律所没有，都是群众")
    assert got.get("applications.new_received[4]") == 0 and "applications.new_received[0]" not in got
