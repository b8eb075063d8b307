"""Second read of the round-9 reading rules: phrasings from other clerks that the new rules over-read."""
from __future__ import annotations

from assistant.form.official import application_path as ap
from tests.conftest import said


def test_a_penalty_revoked_is_no_application_withdrawn():
    assert ap("other_other", 6) not in said("今年行政处罚撤了2件。")
    assert said("申请人撤了1件。")[ap("other_other", 6)] == 1


def test_a_copy_made_again_or_a_count_kept_apart_by_us_is_not_what_the_applicant_asked():
    assert ap("rejected_confirmation", 6) not in said("公开5件，其中1件答复书写错了，我们重新出一份。")
    got = said("个人和企业的申请单独统计：个人5件，企业3件。")
    assert (got[ap("new_received", 0)], got[ap("new_received", 1)]) == (5, 3)
    assert ap("unavailable_needs_creation", 0) not in got
    assert said("公开5件，1件是要我们把之前给过的复函再出一份的。")[ap("rejected_confirmation", 6)] == 1


def test_a_company_named_for_advertising_or_consulting_still_applied():
    for text in ("一家广告公司申请了2件，都公开了。", "一家咨询公司申请了2件，都公开了。"):
        assert said(text).get(ap("new_received", 1)) == 2, text
    assert ap("rejected_petition", 1) not in said("新收3件，都是个人。投诉物业公司的1件按信访处理。")


def test_what_is_said_of_an_applicants_applications_ends_with_its_clause():
    got = said("个人的申请都是网上提交的，公开5件，不掌握2件。")
    assert got[ap("granted", 6)] == 5 and ap("granted", 0) not in got
    got = said("新收12件。企业的申请都不多，公开3件。")
    assert ap("new_received", 1) not in got and ap("granted", 1) not in got
    got = said("新收8件，公司2件。公司的申请我们都征求了意见，公开5件，部分公开3件。")
    assert got[ap("granted", 6)] == 5 and ap("granted", 1) not in got


def test_filed_under_a_kind_takes_a_figure_only_of_who_applied():
    got = said("新收8件。公开5件，按个人算。")
    assert ap("new_received", 0) not in got and got[ap("new_received", 6)] == 8
    assert said("新收10件，都算个人的。")[ap("new_received", 6)] == 10  # all of them: the total stays
    assert said("还有个体户申请了2件，我们按个人算。")[ap("new_received", 0)] == 2


def test_also_counted_as_a_row_that_has_its_own_figure_adds_nothing():
    got = said("新收10件，也算上年结转的2件。")
    assert got[ap("new_received", 6)] == 10 and got.get(ap("carried_over", 6)) != 12


def test_one_of_each_kind_with_their_figures_after_is_no_count_of_one():
    got = said("新收5件，一个个人一家企业分别申请了2件和3件。")
    assert got.get(ap("new_received", 0)) != 1 and got.get(ap("new_received", 1)) != 1


def test_a_bracket_saying_the_figures_own_row_is_someone_elses_still_takes_the_figure_out():
    assert "active.licensing" not in said("行政许可120件（许可类是审批局办的，不算我们的）。")
    assert "active.punishment" not in said("行政处罚35件（处罚类业务是执法大队的，不算在我们这里）。")
    assert said("行政事业性收费0（停车服务费是经营性收费，不算在这里）。")["active.fees"] == 0


def test_the_parts_after_an_applicants_count_are_never_that_count_again():
    got = said("新收10件。个人8件，其中公开5件；企业2件。")
    assert got[ap("granted", 0)] == 5 and got[ap("new_received", 0)] == 8 and got[ap("new_received", 1)] == 2
    assert ap("granted", 1) not in got
    got = said("收到申请10件，个人7件，其中3件是网上申请的。公开6件，不掌握4件。")
    assert got[ap("new_received", 0)] == 7 and got[ap("granted", 6)] == 6
    got = said("新收9件。个人6件，其中公开4件，不掌握2件；企业3件，其中部分公开1件，不予公开2件。")
    assert got[ap("new_received", 1)] == 3 and ap("unavailable_not_held", 1) not in got


def test_put_out_names_the_issued_column_only_of_documents():
    assert said("今年出了1件复议，维持。").get("review_litigation.review[4]") == 1
    assert said("规范性文件：出了2件，废止1件。")["active.normative_documents.issued"] == 2


def test_all_answered_in_time_is_the_answered_row():
    assert said("新收12件，均按期答复12件。")[ap("total_processed", 6)] == 12
    assert said("当场答复2件，延期答复1件，合计办结10件。")[ap("total_processed", 6)] == 10


def test_one_application_made_jointly_is_no_one_of_each():
    got = said("上年结转1件，是一名律师一位个人共同申请的。")
    assert got.get(ap("carried_over", 4)) != 1 and ap("new_received", 0) not in got
