"""Official prose: the offline composer writes the narrative from facts (never the official's chat), the
register rule S-11 finds spoken language in any report, and the exported report is always signed."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from assistant.checks.register import MARKERS
from assistant.checks.rules import check
from assistant.checks.training import clean_example
from assistant.drafting import add_notes, full_report, new_draft, signed_report
from assistant.drafting.composer import draft_points
from assistant.drafting.evaluate import note_copies
from assistant.export.layout import signature
from assistant.parse import parse_file
from assistant.settings import Settings

DATA = Path(__file__).parent / "data"
OFFLINE = Settings(llm_model=None)

# One hand-made sentence per marker class, in the words officials use in chat.
COLLOQUIAL = {
    "第一、第二人称": "主动公开方面我们不收费。",
    "语气词": "复议诉讼都没有哈。",
    "口语说法": "主动公开这块，按要求做好了栏目维护。",
    "口语“了”结句": "申请都办完了。",
    "表情符号": "信息处理费没有收取🆓。",
    "省略号": "网站发布信息若干条……",
    "人名代称": "申请人王某某的申请已按期答复。",
    "模板空白": "本年度收取信息处理费____元。",
    "致歉或更正口吻": "不对，是13件。",
    "对同事的请求": "第五部分帮我写具体一点。",
    "标签重复": "其他处理（其他处理）2件。",
    "金额写法": "本年度收取信息处理费0.0万元。",
}


def test_every_marker_class_has_a_hand_made_case():
    assert set(COLLOQUIAL) == {m.name for m in MARKERS}


@pytest.mark.parametrize("name", list(COLLOQUIAL))
def test_register_rule_catches_each_marker_class_and_quotes_the_sentence(name):
    r = clean_example()
    r.section(5).text += "\n" + COLLOQUIAL[name]
    found = [f for f in check(r) if f.rule == "S-11"]
    assert len(found) == 1 and COLLOQUIAL[name].rstrip("。") in found[0].message and name in found[0].message
    assert [f for f in check(clean_example()) if f.rule == "S-11"] == []


def test_register_rule_has_no_false_hit_on_published_reports(seed_paths):
    reports = [*seed_paths, *(p for p in sorted((DATA / "reports").iterdir()) if p.suffix in (".txt", ".md", ".html", ".docx"))]
    hit = [(Path(p).name, f.message) for p in reports for f in check(parse_file(p)) if f.rule == "S-11"]
    assert len(reports) >= 40 and hit == []


def _draft(case: dict):
    d = new_draft(case.get("agency") or "某某县某某局", case.get("year") or 2025, case.get("level"))
    for m in case["messages"]:
        d, _ = add_notes(d, m, OFFLINE)
    return d, full_report(d)


# Chatty, spoken, templated and formal notes: the kinds that used to reach the report verbatim.
SAMPLE = ["notes/02_wechat_township_chatty", "notes/12_empty_township_polite_request",
          "notes/13_county_gov_office_memo", "notes/32_street_office_three_messages_problems",
          "notes/40_town_government_assessment_middle_dots",
          "notes_new/116_county_template_township_blanks_zero", "conversations/406_voice_input_township_spoken_correction"]


@pytest.mark.parametrize("name", SAMPLE)
def test_no_report_sentence_copies_a_note_line_and_the_register_holds(name):
    case = json.loads((DATA / f"{name}.json").read_text(encoding="utf-8"))
    d, report = _draft(case)
    text = "\n".join(report.section_text(n) for n in (1, 5, 6))
    content = [w for p in draft_points(d) for w in p.words]
    assert note_copies(text, case["messages"], content) == []
    assert [f.message for f in check(report) if f.rule == "S-11"] == []


def test_problems_measures_and_fees_reach_their_sections_in_the_register():
    notes = ("李科长好，我们乡今年没有收到依申请公开的申请，主动公开这块，网站发了64条。信息处理费无。"
             "问题的话就是专栏更新不及时、人手少，明年打算安排专人负责。麻烦帮我弄成年报格式，谢谢")
    d, report = _draft({"agency": "柳林乡人民政府", "year": 2024, "messages": [notes]})
    one, five, six = (report.section_text(n) for n in (1, 5, 6))
    assert "64条" in one and "这块" not in one
    problems, measures = five.split("（二）")
    assert "专栏信息更新不够及时" in problems and "工作力量有待加强" in problems and "待补充" not in problems
    assert "明确专人负责" in measures and "待补充" not in measures
    assert "未收取信息处理费" in six
    assert not any(w in one + five + six for w in ("的话", "人少", "谢谢", "麻烦", "明年打算"))


def test_facts_typed_in_traditional_script_reach_their_sections_in_the_register():
    # Issue 22: the figures of 繁體 notes were read, their problems and measures were not (or kept 繁體 words).
    notes = ("政府網站發布信息1520條，組織業務培訓3次，參訓120人次。本年度未收取信息處理費。"
             "存在問題：欄目更新不及時，人員不足。下一步將加強業務培訓。")
    d, report = _draft({"agency": "東城縣教育局", "year": 2025, "messages": [notes]})
    one, five, six = (report.section_text(n) for n in (1, 5, 6))
    assert "1520条" in one and "培训3次" in one and "120人次" in one and "未收取信息处理费" in six
    problems, measures = five.split("（二）")
    assert "栏目信息更新不够及时" in problems and "工作力量有待加强" in problems and "待补充" not in problems
    assert "加强业务培训" in measures and "待补充" not in measures
    assert not any(ch in five for ch in "問題欄時員將強務")


def test_an_assessment_result_names_the_assessment_and_is_not_asked_for_again():
    # A township's rank without the assessment it is in read "本年度排名第7", and 五（五） then asked for the
    # 工作考核 the notes gave.
    notes = "全乡新收6件，全部予以公开。考核：市里年度政务公开考核，我们在乡镇组排第7名。"
    d, report = _draft({"agency": "梅溪乡人民政府", "year": 2024, "messages": [notes]})
    one = report.section_text(1)
    assert "在市年度政务公开考核中排名第7（乡镇组）" in one
    assert "〔待补充：社会评议、责任追究结果情况〕" in one and "我们" not in one


def test_a_duty_in_a_list_of_what_the_body_did_not_have_is_reported_as_none():
    notes = ("有的：\n网站发布信息97条；依申请公开1件，已全部公开，当年办结。\n没有的（都是0或者无）：\n行政许可\n"
             "行政处罚\n责任追究\n以上，谢谢！")
    d, report = _draft({"agency": "某县科学技术局", "year": 2024, "messages": [notes]})
    one = report.section_text(1)
    assert "本年度未发生因政府信息公开工作被追究责任的情况" in one and "保障措施〕" not in one


def test_an_oa_exports_glossed_field_codes_reach_section_one():
    # The glossary reached only the tables: "wzfb=2154" with "wzfb网站发布" glossed left 一 asking for the counts.
    notes = ["ysqgk_xs=2 ysqgk_gk=2 ysqgk_bj=2\nwzfb=2154 xmt=980 pxcs=3 pxrc=156",
             "字段含义：wzfb网站发布，xmt新媒体，pxcs培训次数，pxrc培训人次。"]
    d, report = _draft({"agency": "金川市教育局", "year": 2025, "messages": notes})
    one = report.section_text(1)
    assert "2154条" in one and "980条" in one and "培训3次" in one and "156人次" in one
    assert "wzfb" not in one and "待补充：主动公开" not in one


def test_a_problem_the_official_asks_to_add_to_section_five_is_written_in_the_register():
    # Taken as an edit, the chat's words were appended to 五（二） as typed, and 五（一） still asked for problems.
    messages = ["今年收到2件申请，两件都全部公开了。",
                "另外第五部分存在问题帮我加上：街道政务公开工作人员都是兼职，业务不熟"]
    d, report = _draft({"agency": "东门街道办事处", "year": 2023, "messages": messages})
    assert "instruction" in d.turns[1].kinds and "写入第五部分" in d.messages[-1]["content"]
    problems, measures = report.section_text(5).split("（二）")
    assert "多为兼职" in problems and "业务能力有待提升" in problems and "待补充" not in problems
    five = report.section_text(5)
    content = [w for p in draft_points(d) for w in p.words]
    assert "业务不熟" not in five and not note_copies(five, messages, content)


def test_an_instruction_to_delete_from_section_five_is_no_problem_to_add():
    messages = ["今年收到2件申请，两件都全部公开了。存在问题：栏目更新不及时，人员不足。",
                "第五部分删掉“人员不足”这句"]
    d, report = _draft({"agency": "东门街道办事处", "year": 2023, "messages": messages})
    assert "删掉" not in report.section_text(5) and "这句" not in report.section_text(5)


def test_a_fee_is_printed_as_officials_print_it_and_no_label_is_doubled():
    notes = ("收到申请3件，予以公开1件，其他处理2件，申请人撤回1件。复议诉讼都没有。"
             "信息处理费收取了35.68元。")
    d, report = _draft({"agency": "青山县医保局", "year": 2025, "messages": [notes]})
    text = "\n".join(s.text for s in report.sections)
    assert "其他处理（其他处理）" not in text and "0.0" not in text
    assert "35.68元" in report.section_text(6)


def test_an_exported_draft_is_always_signed():
    d, _ = _draft({"agency": "青山县医保局", "year": 2025, "messages": ["全年新收申请2件，予以公开2件。"]})
    assert signature(signed_report(d, today=dt.date(2026, 1, 20))) == ["青山县医保局", "2026年1月20日"]
    d.published = dt.date(2026, 1, 18)
    assert signature(signed_report(d)) == ["青山县医保局", "2026年1月18日"]


def test_a_duty_dictated_after_another_section_was_edited_still_reaches_its_section():
    # Issue 22: an edit to 一 saved its text; an assessment the official dictated later stayed a placeholder there.
    messages = ["区政府2025年：新收申请12件，全部予以公开。复议诉讼均无。",
                "第一部分第一段“成效显著”这句删掉。",
                "第五部分补一句：区政府把政务公开列入街道年度目标考核，权重5%。"]
    d, report = _draft({"agency": "北湖区人民政府", "year": 2025, "messages": messages})
    one = report.section_text(1)
    assert "纳入街道年度目标考核" in one and "5%" in one
    assert "待补充：工作考核" not in one


def test_the_cause_of_a_corrected_case_is_also_the_years_problem_and_its_fix_the_improvement():
    # Issue 22: a corrected case's cause, told where the official speaks of problems, left 五（一）（二） asking.
    messages = ["2025年新收8件，予以公开6件，无法提供2件（不掌握）。行政诉讼1件，被判决纠正。",
                "第五部分把诉讼被纠正的事写上，原因是答复书没写明法律依据，已经整改了。"]
    d, report = _draft({"agency": "南岭市自然资源局", "year": 2025, "messages": messages})
    five = report.section_text(5)
    problems, rest = five.split("（二）", 1)
    measures, corrected = rest.split("（三）", 1)
    assert "待补充" not in problems and "待补充" not in measures and "待补充" not in corrected
    assert "答复书未写明法律依据" in corrected and "1件" in problems
    assert "没写" not in five and "已经" not in five


def test_a_dated_plan_after_an_arrow_in_an_outline_is_a_measure():
    # Issue 22: "问题 → 何时做什么" in a slide outline: the plan's date read as a figure, 五（二） asked for measures.
    notes = ("四、存在问题及下步打算\n"
             "① 依申请答复时限把控不严 → 2026年6月底前 建立办理台账\n"
             "② 专栏栏目设置不规范")
    d, report = _draft({"agency": "西江市医疗保障局", "year": 2025, "messages": [notes]})
    problems, measures = report.section_text(5).split("（二）")
    assert "依申请答复时限把控不严" in problems and "栏目设置不够规范" in problems
    assert "于2026年6月底前建立办理台账" in measures and "待补充" not in measures and "→" not in measures


def test_a_problem_told_to_a_colleague_for_section_five_is_written_in_the_register():
    # Issue 22: "第五部分…帮我写具体一点，就写…" — the wrapper ("帮我", "一个") hid the problems it carries.
    messages = ["镇里2025年收到申请3件，都予以公开。复议诉讼没有。",
                "第五部分存在的问题你帮我写细一点，就写我们镇只有一个兼职人员，信息公开培训太少。"]
    d, report = _draft({"agency": "青石镇人民政府", "year": 2025, "messages": messages})
    problems = report.section_text(5).split("（二）")[0]
    assert "待补充" not in problems and "兼职" in problems and "培训" in problems
    assert not any(w in problems for w in ("帮我", "就写", "我们", "太少", "一个"))


def test_a_plan_dated_only_by_next_year_is_the_measure_in_the_register():
    # "2025年将加强…" in a 下一步打算 is the plan's year, not a deadline: "于2025年将加强…" was broken prose
    # and kept the note's own wording.
    notes = "新收申请5件，均予以公开。\n存在问题：答复文书不够规范。\n下一步打算：2025年将加强答复文书审核把关。"
    d, report = _draft({"agency": "西江县人民政府", "year": 2024, "messages": [notes]})
    measures = report.section_text(5).split("（二）")[1]
    assert "加强答复文书审核把关" in measures and "2025年" not in measures and "将将" not in measures


def test_website_items_in_ten_thousands_or_in_a_later_clause_reach_section_one():
    # "2.1万条" was no count of items; "网站信息是县里统一发的，我们报送了96条" put the count a clause later.
    for notes, said in (("门户网站发布信息2.1万条，同比增长12%。新收申请3件，均予以公开。", "2.1万条"),
                        ("新收申请3件，均予以公开。网站信息是县里统一发的，我们报送了96条。", "96条")):
        d, report = _draft({"agency": "西江县人民政府", "year": 2025, "messages": [notes]})
        first = report.section_text(1).split("（二）")[0]
        assert "政府网站" in first and said in first and "待补充" not in first


def test_a_place_name_with_ha_is_no_modal_particle():
    # "格朗和哈尼族乡" in the agency's name was an S-11 hit (哈 as in 哈哈) on every composed report.
    from assistant.checks.register import hits
    assert not hits("2025年，勐海县格朗和哈尼族乡人民政府深入贯彻落实《中华人民共和国政府信息公开条例》。")
    assert hits("复议诉讼都没有哈。")


def test_duties_answered_in_traditional_script_are_read_as_the_answer_to_the_question():
    # 繁體 answers were read without the question they answered ("社會評議：無此情況" became 开展社会评议).
    from tests.test_dialogue import COMPLETE
    d, _ = add_notes(new_draft("台山市文化旅遊局", 2025), COMPLETE, OFFLINE)
    for reply in ("沒有收取信息處理費。", "信息公開得比較零散，群眾不好找。", "考核：市政府年度考核有此項。社會評議：無此情況。責任追究：無此情況。"):
        d, _ = add_notes(d, reply, OFFLINE)
    five = full_report(d).section_text(1).split("（五）")[1]
    assert "纳入市年度考核" in five and "本年度未开展政务公开社会评议" in five and "被追究责任的情况" in five
    assert "待补充" not in five


def test_spoken_problems_become_report_phrasing_or_are_asked_for_never_pasted():
    # Issue 22: "村里那公开栏…老长时间没换", "家长看不懂", "明年想做成图解…" reached 五 in the official's words.
    notes = ("今年没收到申请，复议诉讼也没有。问题就是社区那公开栏好些都没更新，还有我们写的政策解读太书面了，"
             "老百姓看不明白。明年打算做些图解和长图，每个社区指定专人管公开栏，街道每月巡查一次。")
    d, report = _draft({"agency": "东湖街道办事处", "year": 2025, "messages": [notes]})
    problems, measures = report.section_text(5).split("（二）")
    assert "公开栏内容更新不够及时" in problems and "解读通俗性不够" in problems
    assert "图解" in measures and "明确专人" in measures and "每月巡查一次" in measures  # how often is no figure
    assert not any(w in problems + measures for w in ("那公开栏", "好些", "看不明白", "我们", "明年打算", "太书面"))


def test_a_problem_in_plain_report_words_is_kept_as_the_official_gave_it():
    # The spoken-words gate must not drop a problem already in the register.
    notes = "新收申请2件，均予以公开。存在问题：政策解读形式较为单一，基层公开标准化建设有待深化。"
    d, report = _draft({"agency": "西江县人民政府", "year": 2025, "messages": [notes]})
    problems = report.section_text(5).split("（二）")[0]
    assert "政策解读形式较为单一" in problems and "基层公开标准化建设有待深化" in problems


def test_what_a_problem_leads_to_stays_with_it_instead_of_a_point_without_subject():
    # "…就是贴个通知，搞得不规范" gave "二是不够规范": a point with no subject of its own.
    notes = "新收申请1件，予以公开。问题：好些村干部觉得公开就是贴个通知，搞得不规范。"
    d, report = _draft({"agency": "北塘镇人民政府", "year": 2025, "messages": [notes]})
    problems = report.section_text(5).split("（二）")[0]
    assert "认为公开就是张贴通知，不够规范" in problems and "二是不够规范" not in problems


def test_report_language_that_only_looks_spoken_is_kept_as_written():
    # A second read found these garbled or dropped by the spoken-words rules: 准备/计划 as nouns, a notice
    # board's kind, 没得到, 这些.
    from assistant.notes.facts import register
    for text in ("准备工作不够充分", "计划生育信息公开不够及时", "部分诉求没得到及时回应", "对这些信息的解读不够深入",
                 "村务公开栏未更新信息较多"):
        assert register(text) == text
    assert register("居务公开栏一直没更新") == "部分居务公开栏内容更新不够及时"
