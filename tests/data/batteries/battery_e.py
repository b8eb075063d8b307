# Sentence battery "e" for 年报助手 notes reader.
# CASES = [(message_or_tuple, {cell: value})]

RESULT_ROWS = [
    "granted", "partially_granted",
    "withheld_state_secret", "withheld_law_prohibited", "withheld_three_safety",
    "withheld_third_party", "withheld_internal_affairs", "withheld_process_info",
    "withheld_enforcement_file", "withheld_query_matter",
    "unavailable_not_held", "unavailable_needs_creation", "unavailable_unclear",
    "rejected_petition", "rejected_duplicate", "rejected_publication",
    "rejected_excessive", "rejected_confirmation",
    "other_no_correction", "other_no_fee", "other_other",
]
WITHHELD = [r for r in RESULT_ROWS if r.startswith("withheld_")]
REJECTED = [r for r in RESULT_ROWS if r.startswith("rejected_")]
ALL_T3 = ["new_received", "carried_over"] + RESULT_ROWS + ["total_processed", "carried_forward"]


def Z(rows, cols=range(7)):
    """zero cells for the given rows/columns"""
    if isinstance(rows, str):
        rows = [rows]
    return {f"{r}[{c}]": 0 for r in rows for c in cols}


def T4(group, keep=None, **vals):
    """a table-4 block; keep=None -> only the given values; keep='all' -> missing ones are 0"""
    names = {"m": 0, "c": 1, "o": 2, "p": 3, "t": 4}
    d = {}
    if keep == "all":
        d.update({f"{group}[{i}]": 0 for i in range(5)})
    for k, v in vals.items():
        d[f"{group}[{names[k]}]"] = v
    return d


def M(*dicts):
    out = {}
    for d in dicts:
        out.update(d)
    return out


CASES = [
    # ---------- table 3: received / carried ----------
    ("有家房地产公司今年申请了两回", {"new_received[1]": 2}),
    ("今年依申请公开一共收了十七件其中企业的三件剩下都是个人的",
     M({"new_received[6]": 17, "new_received[1]": 3, "new_received[0]": 14},
       Z("new_received", [2, 3, 4, 5]))),
    # trap: last year's figure beside this year's
    ("去年收了30件，今年少一点，26件。", {"new_received[6]": 26}),
    # trap: 人次 of consultations
    ("电话咨询接了120多人次，正式提交书面申请的只有9件", {"new_received[6]": 9}),
    ("本机关本年度共受理政府信息公开申请贰拾壹件。", {"new_received[6]": 21}),
    ("今年收到嘅申请有八宗，全部都系街坊个人申请嘅。",
     M({"new_received[0]": 8, "new_received[6]": 8}, Z("new_received", range(1, 6)))),
    ("今年来要信息的，老百姓交了五件，还有一件是律所的，就这些哈",
     M({"new_received[0]": 5, "new_received[4]": 1, "new_received[6]": 6},
       Z("new_received", [1, 2, 3, 5]))),
    ("俺们这儿今年统共来了仨申请，都是村里人",
     M({"new_received[0]": 3, "new_received[6]": 3}, Z("new_received", range(1, 6)))),
    ("上年结转：无", Z("carried_over")),
    ("结转下年度的一件都没有，年前全办完了", Z("carried_forward")),
    # trap: 22 is not 办结
    ("今年新收20件，加上去年转过来的2件，一共22件", {"new_received[6]": 20, "carried_over[6]": 2}),
    ("今年新收20件，办完了18件，剩下2件转明年",
     {"new_received[6]": 20, "total_processed[6]": 18, "carried_forward[6]": 2}),
    # trap: 科技公司 is still 商业企业
    ("企业来申请的有4件，其中有一件是一家科技公司的", {"new_received[1]": 4}),
    ("农科院下面一个研究所来申请了1件", {"new_received[2]": 1}),
    ("个体户老王以他个人名义申请了1件", {"new_received[0]": 1}),
    ("社区居委会也来申请了一件", {"new_received[5]": 1}),
    ("一家公益基金会申请了2件，问的是慈善项目备案", {"new_received[3]": 2}),
    ("社会公益组织申请：零", {"new_received[3]": 0}),
    # trap: 信访件 are not applications
    ("今年收到信访件46件，政府信息公开申请9件", {"new_received[6]": 9}),
    ("上年结转2件，一件是个人的一件是公司的",
     M({"carried_over[6]": 2, "carried_over[0]": 1, "carried_over[1]": 1},
       Z("carried_over", [2, 3, 4, 5]))),
    # trap: 其中
    ("新收的15件里，自然人12件", {"new_received[6]": 15, "new_received[0]": 12}),
    ("今年新收申请一共10件，商业企业占了一半", {"new_received[6]": 10, "new_received[1]": 5}),
    # trap: date noise
    ("12月29日收到的2件，到年底还在答复期限内，结转到明年办理", {"carried_forward[6]": 2}),
    # trap: document number noise
    ("按照县政办发〔2023〕12号文件要求统计，今年我们新收申请7件", {"new_received[6]": 7}),
    # trap: phone number noise
    ("联系电话0838-2212345，今年申请就收到4件", {"new_received[6]": 4}),
    # trap: last year's 结转下年度 = this year's 上年结转
    ("去年年报里“结转下年度继续办理”填的是3件", {"carried_over[6]": 3}),
    # trap: region-wide figure vs own agency
    ("县里汇总的全县各单位申请是300件，我们局本身是14件", {"new_received[6]": 14}),
    ("本年新收13件，上年结转2件，本年办结14件，结转下年度1件",
     {"new_received[6]": 13, "carried_over[6]": 2, "total_processed[6]": 14, "carried_forward[6]": 1}),
    ("结转下年度的2件都是个人申请的",
     M({"carried_forward[0]": 2, "carried_forward[6]": 2}, Z("carried_forward", range(1, 6)))),
    # trap: percentage of something else
    ("申请人满意率98%，全年共答复申请31件", {"total_processed[6]": 31}),
    ("今年依申请这块儿是空的，没人申请，往年也没剩下的", Z(ALL_T3)),
    ("镇中心小学来申请了1件，问校舍改造的资金", {"new_received[5]": 1}),
    ("去年新收25件，今年的还在统计，明天给你", {}),

    # ---------- table 3: results ----------
    ("给了一部分的有2件，里面涉及别人身份证号的打了码", {"partially_granted[6]": 2}),
    ("有1件要的是我们内部的人事考核材料，没给", {"withheld_internal_affairs[6]": 1}),
    ("一家公司要我们的会议纪要和领导批示，属于过程性信息，没公开", {"withheld_process_info[1]": 1}),
    ("申请的那个行政处罚案卷属于执法案卷，不予公开，1件", {"withheld_enforcement_file[6]": 1}),
    ("有人要查自己家的不动产登记情况，这种属于行政查询事项，3件都告知他去不动产中心查",
     {"withheld_query_matter[6]": 3}),
    ("涉及国家秘密的没给，1件", {"withheld_state_secret[6]": 1}),
    ("两件申请要的是别人的病历和家庭住址，涉及第三方隐私，不予公开", {"withheld_third_party[6]": 2}),
    ("有件问的是维稳工作预案，公开了可能影响社会稳定，没给", {"withheld_three_safety[6]": 1}),
    ("有1件要单个调查对象的原始资料，统计法规定不能公开，不予公开", {"withheld_law_prohibited[6]": 1}),
    ("有个环保志愿者协会要我们把近五年的数据汇总做张统计表，没有现成的，2件",
     {"unavailable_needs_creation[3]": 2}),
    ("补正以后还是说不清楚要啥，1件按无法提供处理", {"unavailable_unclear[6]": 1}),
    ("无正当理由大量反复申请的，台账上记了3件，不予处理", {"rejected_excessive[6]": 3}),
    ("要我们给他已经拿到的文件重新盖章确认一下，这种有1件", {"rejected_confirmation[6]": 1}),
    ("有2件申请人自己撤回了", {"other_other[6]": 2}),
    ("今年办结的8件全部予以公开",
     M({"total_processed[6]": 8, "granted[6]": 8}, Z(RESULT_ROWS[1:], [6]))),
    # trap: sum of two rows
    ("予以公开和部分公开加起来一共12件，其中部分公开3件", {"granted[6]": 9, "partially_granted[6]": 3}),
    # trap: no subtotal row
    ("不予公开的一共4件：保护第三方权益的3件，过程性的1件",
     {"withheld_third_party[6]": 3, "withheld_process_info[6]": 1}),
    ("无法提供5件，其中不掌握4件，需要另行制作1件",
     {"unavailable_not_held[6]": 4, "unavailable_needs_creation[6]": 1}),
    ("不予处理一共3件，都是信访举报类的",
     M({"rejected_petition[6]": 3}, Z(REJECTED[1:], [6]))),
    ("那个律师事务所申请的那件给了", {"granted[4]": 1}),
    ("部分公开的那2件都是企业申请的",
     M({"partially_granted[1]": 2, "partially_granted[6]": 2}, Z("partially_granted", [0, 2, 3, 4, 5]))),
    ("不掌握的5件里有4件是个人、1件是公司",
     M({"unavailable_not_held[0]": 4, "unavailable_not_held[1]": 1, "unavailable_not_held[6]": 5},
       Z("unavailable_not_held", [2, 3, 4, 5]))),
    # trap: 区分处理 counts only as 部分公开
    ("有1件一部分给了，另一部分是第三方的商业秘密没给", {"partially_granted[6]": 1}),
    # trap: first answered (result unknown), rest duplicates
    ("同一个申请人前后递了5份申请，内容一模一样，第一份答复了，后面4份按重复申请处理",
     {"rejected_duplicate[6]": 4}),
    ("一个村民没按时交费，就不再处理了", {"other_no_fee[0]": 1}),
    ("公司申请的那件让补正，一直没补", {"other_no_correction[1]": 1}),
    # trap: 补正 then granted
    ("有2件经补正后予以公开", {"granted[6]": 2}),
    ("告知申请人向市场监管局申请的3件，我们这里没有这个信息", {"unavailable_not_held[6]": 3}),
    ("其他处理3件：逾期不补正1件，撤回2件", {"other_no_correction[6]": 1, "other_other[6]": 2}),
    ("今年申请都没收费，也没有因为不交费终止的", Z("other_no_fee")),
    ("给企业公开了3件，给个人公开了6件", {"granted[1]": 3, "granted[0]": 6}),
    ("予以公开的9件全是老百姓申请的",
     M({"granted[0]": 9, "granted[6]": 9}, Z("granted", range(1, 6)))),
    # trap: percentage beside
    ("予以公开8件，同比上升60%", {"granted[6]": 8}),
    ("补正后仍不明确的，没有", Z("unavailable_unclear")),
    ("那个要行政机关确认信息真伪的1件是一家律所提的，不予处理", {"rejected_confirmation[4]": 1}),
    ("公开了嘛就是12件 不予公开的嘛 一件都没得", M({"granted[6]": 12}, Z(WITHHELD))),
    ("有个人把市志当信息申请，那是出版物，1件，另外还有个重复来问的1件",
     {"rejected_publication[0]": 1, "rejected_duplicate[6]": 1}),
    ("要查他自己的社保缴费记录，行政查询类，2件是村民，1件是公司",
     {"withheld_query_matter[0]": 2, "withheld_query_matter[1]": 1}),
    ("需要另行制作的没有，不掌握的有2件", M(Z("unavailable_needs_creation"), {"unavailable_not_held[6]": 2})),

    # ---------- table 4 ----------
    ("没走复议直接去法院告的1件，判决驳回原告诉讼请求", T4("litigation_direct", "all", m=1, t=1)),
    ("复议后又起诉的1件，还没判下来", T4("litigation_after_review", "all", p=1, t=1)),
    ("复议被撤销了1件，要求我们重新答复", {"review[1]": 1}),
    ("有一件复议申请人后来撤回了，复议终止", {"review[2]": 1}),
    ("今年没有复议，也没有被起诉",
     M(T4("review", "all"), T4("litigation_direct", "all"), T4("litigation_after_review", "all"))),
    # trap: 确认违法 is 纠正
    ("复议机关确认我们的答复违法，1件", {"review[1]": 1}),
    ("原告撤诉1件，是复议之后起诉的", {"litigation_after_review[2]": 1}),
    ("诉讼案件总共3件，直接起诉2件均维持，复议后起诉1件被纠正",
     M(T4("litigation_direct", "all", m=2, t=2), T4("litigation_after_review", "all", c=1, t=1))),
    ("复议一件维持了诉讼没有",
     M(T4("review", "all", m=1, t=1), T4("litigation_direct", "all"), T4("litigation_after_review", "all"))),
    ("本年度因政府信息公开工作被申请行政复议3起，复议机关维持2起，责令重新答复1起",
     T4("review", "all", m=2, c=1, t=3)),
    ("今年有两宗复议，一宗维持，一宗仲未有结果", T4("review", "all", m=1, p=1, t=2)),
    ("行政诉讼：无", M(T4("litigation_direct", "all"), T4("litigation_after_review", "all"))),
    ("直接起诉的两件，一件判了维持，一件还在二审", T4("litigation_direct", "all", m=1, p=1, t=2)),
    # trap: 复议 count vs 复议后起诉
    ("有1件复议维持以后，申请人又去法院起诉了，法院还没判",
     {"review[0]": 1, "litigation_after_review[3]": 1}),

    # ---------- table 2 ----------
    ("行政许可今年办了1386件", {"active.licensing": 1386}),
    ("行政处罚决定书出了二百一十份", {"active.punishment": 210}),
    ("行政事业性收费今年收了35.6万元", {"active.fees": 35.6}),
    ("收费一共收了4200元", {"active.fees": 0.42}),
    ("本年制发规范性文件5件，废止2件，现行有效的31件",
     {"active.normative_documents.issued": 5, "active.normative_documents.repealed": 2,
      "active.normative_documents.in_force": 31}),
    ("规章今年新制定了1部", {"active.regulations.issued": 1}),
    # trap: 条 / 场 noise
    ("今年发布政务信息1560条，开了新闻发布会12场，规范性文件出了4件",
     {"active.normative_documents.issued": 4}),
    # trap: 罚没款 is not 收费
    ("行政处罚今年作出决定87件，罚没款金额126万元", {"active.punishment": 87}),
    # trap: last year beside
    ("行政许可今年1122件，比去年1020件增长了10%", {"active.licensing": 1122}),
    ("行政事业性收费今年收了12万3千元", {"active.fees": 12.3}),
    ("有事打我电话13912345678，行政强制今年是18件", {"active.coercion": 18}),
    ("今年主动公开信息2300条，本年制发的行政规范性文件9件也都公开了",
     {"active.normative_documents.issued": 9}),
    ("规章：制发0，废止0，现行有效3",
     {"active.regulations.issued": 0, "active.regulations.repealed": 0, "active.regulations.in_force": 3}),
    # trap: cleanup count is not 废止
    ("清理了2018年以前的规范性文件58件，宣布废止6件", {"active.normative_documents.repealed": 6}),
    # trap: 立案 vs 决定
    ("行政处罚案件立案95件，作出处罚决定88件", {"active.punishment": 88}),
    ("受理行政许可申请1500件，作出许可决定1460件", {"active.licensing": 1460}),
    ("那个行政许可今年一共是三百零五件处罚是十二件强制没有",
     {"active.licensing": 305, "active.punishment": 12, "active.coercion": 0}),
    ("今年俺们局收费一分钱都没收", {"active.fees": 0}),
    ("行政许可一点二万件", {"active.licensing": 12000}),
    ("行政处罚嘛，今年搞了四十几件，具体是四十七件", {"active.punishment": 47}),
    ("行政强制决定作了七件，其中查封场所2件、扣押财物5件", {"active.coercion": 7}),

    # ---------- two-message tuples ----------
    (("收到申请15件", "不对，是16件，漏了一件邮寄来的"), {"new_received[6]": 16}),
    (("行政处罚是340件", "搞错了，340是去年的，今年是298"), {"active.punishment": 298}),
    (("不予公开填2件", "是保护第三方权益的那种"), {"withheld_third_party[6]": 2}),
    (("有3件要统计数据的", "我们没现成的，要另外做，所以没提供"), {"unavailable_needs_creation[6]": 3}),
    (("复议有1件", "结果是维持"), T4("review", "all", m=1, t=1)),
    (("新收12件", "哦还有去年转来的1件没算进去，那个单独算"),
     {"new_received[6]": 12, "carried_over[6]": 1}),
    (("予以公开10件", "更正：10件里有2件其实是部分公开"),
     {"granted[6]": 8, "partially_granted[6]": 2}),
    (("行政处罚填56", "刚问了执法大队，是65，我看反了"), {"active.punishment": 65}),
    (("收费金额填5000", "单位是元哈"), {"active.fees": 0.5}),
    (("复议3件", "不对，2件，1件维持1件纠正"), T4("review", "all", m=1, c=1, t=2)),
    (("企业申请的写4件", "其中1件其实是研究院的，改一下"),
     {"new_received[1]": 3, "new_received[2]": 1}),
    (("结转下年度2件", "刚又办完一件，最后是1件"), {"carried_forward[6]": 1}),
    (("诉讼那件怎么填", "直接起诉的，法院判决确认违法"), {"litigation_direct[1]": 1}),
]
