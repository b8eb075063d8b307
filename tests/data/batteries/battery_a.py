# Battery "a" — notes-reader test sentences, leaning to table 3 (applicants, results, carry-over)
# and to spoken / chat registers.  Blind: written from domain.md and the brief only.
# Each case: (message or (msg1, msg2), {cell: value}).  Cells not settled by the message are omitted.


def Z(row):
    """Whole table-3 row settled as 0 (a total of 0 forces every column to 0)."""
    return {f"{row}[{i}]": 0 for i in range(7)}


def ONLY(row, col, n):
    """Row where every application came from one applicant type."""
    d = Z(row)
    d[f"{row}[{col}]"] = n
    d[f"{row}[6]"] = n
    return d


def T4Z(group):
    return {f"{group}[{k}]": 0 for k in range(5)}


def M(*ds):
    out = {}
    for d in ds:
        out.update(d)
    return out


CASES = [
    # ---------------- new_received: how many came in, who asked ----------------
    ("今年一共收了12件申请", {"new_received[6]": 12}),
    ("老百姓来申请的有七件", {"new_received[0]": 7}),
    ("俺们这今年就收了仨申请，都是村里老乡个人来要的", ONLY("new_received", 0, 3)),
    ("律所今年来申请了4件", {"new_received[4]": 4}),
    ("有家公司来要材料，前后递了两份申请，算两件", {"new_received[1]": 2}),
    ("本年度共收到政府信息公开申请肆拾伍件", {"new_received[6]": 45}),
    ("今年新收的申请一共是十一个其中有两个是公益基金会的", {"new_received[6]": 11, "new_received[3]": 2}),
    ("农科院下面一个研究所来申请过一件", {"new_received[2]": 1}),
    ("今年收到申请二十三件，其中自然人二十件，企业三件",
     M(Z("new_received"), {"new_received[6]": 23, "new_received[0]": 20, "new_received[1]": 3})),
    (("自然人申请6件", "还有一家律师事务所申请了1件，别的就没有了"),
     M(Z("new_received"), {"new_received[0]": 6, "new_received[4]": 1, "new_received[6]": 7})),
    ("今年個人申請嘅有十五單，公司嘅有兩單", {"new_received[0]": 15, "new_received[1]": 2}),
    ("今年收到的申请单子莫得好多，就五个嘛", {"new_received[6]": 5}),
    ("新收申请：自然人8，商业企业2，科研机构0，社会公益组织0，法律服务机构1，其他0，合计11",
     {"new_received[0]": 8, "new_received[1]": 2, "new_received[2]": 0, "new_received[3]": 0,
      "new_received[4]": 1, "new_received[5]": 0, "new_received[6]": 11}),
    ("依申请公开这块今年一件申请都没收到", Z("new_received")),
    ("今年新收申请廿件", {"new_received[6]": 20}),
    ("收到申请 个人 九 企业 一 就这些", M(Z("new_received"), {"new_received[0]": 9, "new_received[1]": 1,
                                                     "new_received[6]": 10})),
    # traps: last year's figure, 人次, phone number, document number, sum with carried over
    ("去年收了20件，今年收了26件", {"new_received[6]": 26}),
    ("今年窗口接待群众咨询三百多人次，真正递交书面申请的只有9件", {"new_received[6]": 9}),
    ("有事打我电话13812345678，今年新收申请4件", {"new_received[6]": 4}),
    ("按照市政办发〔2024〕15号文的要求统计，本年新收申请7件", {"new_received[6]": 7}),
    (("新收申请15件", "不对，是十八件，有三件是12月底收的漏登了"), {"new_received[6]": 18}),
    ("今年新收8件，加上上年结转的一共10件", {"new_received[6]": 8, "carried_over[6]": 2}),
    ("今年收了40件申请，予以公开的占办结数的六成", {"new_received[6]": 40}),
    ("申请人一共6个人，提交了申请14件", {"new_received[6]": 14}),

    # ---------------- carried_over (上年结转) ----------------
    ("去年剩下没办完的3件今年接着办了", {"carried_over[6]": 3}),
    ("上年结转过来两件，都是个人申请的", ONLY("carried_over", 0, 2)),
    ("上年没有结转的", Z("carried_over")),
    ("上年結轉過嚟嘅申請有三單，全部係市民個人申請嘅", ONLY("carried_over", 0, 3)),
    ("去年剩起没办完的有两个嘛，今年接到在办", {"carried_over[6]": 2}),
    ("去年落下那仨申请今年都给整完了", {"carried_over[6]": 3}),
    ("上年结转一共4件，企业1个人3",
     M(Z("carried_over"), {"carried_over[0]": 3, "carried_over[1]": 1, "carried_over[6]": 4})),
    ("上年结转的就那1件，是律所申请的", ONLY("carried_over", 4, 1)),
    ("去年12月28号收的4件按规定结转到今年办理", {"carried_over[6]": 4}),
    ("去年年报里结转下年度填的是6，今年上年结转就照这个6填", {"carried_over[6]": 6}),
    ("去年转过来的两件，一件给公开了，一件我们没有这个信息", {"carried_over[6]": 2}),
    ("去年收了14件，结转了1件到今年", {"carried_over[6]": 1}),
    (("上年结转5件", "哦搞错了，5件是结转到明年的，从上年转过来的是2件"),
     {"carried_forward[6]": 5, "carried_over[6]": 2}),
    ("去年转过来的申请人是两个人，一共提了5件申请", {"carried_over[6]": 5}),
    ("从上一年度结转过来的申请嘛一个都冇", Z("carried_over")),
    ("去年底压下来的那一件是研究院的，今年一月份答复掉了", ONLY("carried_over", 2, 1)),
    ("上年结转的申请为去年受理、截至去年12月31日尚未答复的，共计伍件，其中公司贰件",
     {"carried_over[6]": 5, "carried_over[1]": 2}),
    ("去年转过来1件今年又转出去2件", {"carried_over[6]": 1, "carried_forward[6]": 2}),
    ("上年结转的在系统里显示是3，但台账上是4，以台账为准", {"carried_over[6]": 4}),
    ("上年结转那栏我们去年没有结转的事，空着就行", Z("carried_over")),
    ("今年答复完了的一共25件，其中5件是去年转过来的", {"total_processed[6]": 25}),

    # ---------------- results: granted / partial ----------------
    ("给了的有6件", {"granted[6]": 6}),
    ("全部公开的8件，部分公开的2件", {"granted[6]": 8, "partially_granted[6]": 2}),
    ("给了一部分的有三件，里面涉及商业秘密那部分遮掉了", {"partially_granted[6]": 3}),
    ("给老百姓公开了五件", {"granted[0]": 5}),
    ("予以公开的一个也没有", Z("granted")),
    ("公开咗嘅有九单，其中公司申請嘅兩單", {"granted[6]": 9, "granted[1]": 2}),
    ("予以公开去年是10件今年是7件", {"granted[6]": 7}),
    ("部分公开的莫得", Z("partially_granted")),

    # ---------------- withheld (不予公开) ----------------
    ("有一件涉及别人隐私没给", {"withheld_third_party[6]": 1}),
    ("不予公开一共4件：国家秘密1件，过程性信息3件",
     {"withheld_state_secret[6]": 1, "withheld_process_info[6]": 3}),
    ("有个村民要的是我们单位内部的人事管理材料，属于内部事务，不公开", {"withheld_internal_affairs[0]": 1,
                                                                      "withheld_internal_affairs[6]": 1}),
    ("一件要的是执法案卷，没给", {"withheld_enforcement_file[6]": 1}),
    ("查不动产登记信息的两件按行政查询事项告知他们去登记中心查", {"withheld_query_matter[6]": 2}),
    ("其他法律法规禁止公开的没有", Z("withheld_law_prohibited")),
    ("危及三安全一稳定的一件", {"withheld_three_safety[6]": 1}),
    ("有件申请要的是还在讨论的会议纪要和请示，属于过程性信息没公开", {"withheld_process_info[6]": 1}),
    (("不予公开的有两件", "都是涉及个人隐私的"), {"withheld_third_party[6]": 2}),
    ("有3件没给", {}),
    ("涉密的冇", Z("withheld_state_secret")),
    ("有个公司要另一家企业的投标文件，人家不同意公开，我们就没给", {"withheld_third_party[1]": 1,
                                                                  "withheld_third_party[6]": 1}),
    ("不予公开这一大块今年都是零", M(*[Z(r) for r in (
        "withheld_state_secret", "withheld_law_prohibited", "withheld_three_safety", "withheld_third_party",
        "withheld_internal_affairs", "withheld_process_info", "withheld_enforcement_file",
        "withheld_query_matter")])),

    # ---------------- unavailable (无法提供) ----------------
    ("有两件我们这儿压根没有这个信息", {"unavailable_not_held[6]": 2}),
    ("有一件要我们把近五年的数据汇总做个统计表，没有现成的，答复需另行制作", {"unavailable_needs_creation[6]": 1}),
    ("补正以后还是说不清楚要什么，只能答复无法提供，一件", {"unavailable_unclear[6]": 1}),
    ("要的东西不归我们管，告诉他去找住建局了，这种有三件", {"unavailable_not_held[6]": 3}),
    ("本机关不掌握的肆件，其中律师事务所申请的壹件", {"unavailable_not_held[6]": 4, "unavailable_not_held[4]": 1}),
    ("让我们另外做个表的那种一件都冇", Z("unavailable_needs_creation")),
    ("无法提供一共3件，都是我们这儿没有的信息", M(Z("unavailable_needs_creation"), Z("unavailable_unclear"),
                                                {"unavailable_not_held[6]": 3})),

    # ---------------- rejected (不予处理) ----------------
    ("有个村民说是申请公开，其实是告村干部的，转信访了", {"rejected_petition[0]": 1, "rejected_petition[6]": 1}),
    ("同一个人同样的内容问了三遍，后面两次按重复申请处理", {"rejected_duplicate[0]": 2, "rejected_duplicate[6]": 2}),
    ("有人要统计年鉴，那是公开出版物，叫他自己去买", {"rejected_publication[6]": 1}),
    ("按无正当理由大量反复申请不予处理的5件", {"rejected_excessive[6]": 5}),
    ("有人拿着以前给他的答复要我们再盖章确认一遍，没处理，1件", {"rejected_confirmation[6]": 1}),
    ("那个老上访户今年又来了，内容跟去年申请的一模一样，按重复申请，一件",
     {"rejected_duplicate[0]": 1, "rejected_duplicate[6]": 1}),
    ("不予处理的今年一个都莫得", M(*[Z(r) for r in (
        "rejected_petition", "rejected_duplicate", "rejected_publication", "rejected_excessive",
        "rejected_confirmation")])),
    ("信访件今年窗口接了120多件，但按信息公开申请收进来又转信访的只有1件", {"rejected_petition[6]": 1}),

    # ---------------- other handling (其他处理) ----------------
    ("撤回了两件", {"other_other[6]": 2}),
    ("有一件让他补正材料，他一直没补，逾期了就不处理了", {"other_no_correction[6]": 1}),
    ("收费通知发过去了人家没交钱那件就终止了", {"other_no_fee[6]": 1}),
    ("有家企业申请完又自己撤回了", {"other_other[1]": 1, "other_other[6]": 1}),
    ("逾期不补正的冇，逾期唔交费嘅都冇", M(Z("other_no_correction"), Z("other_no_fee"))),
    ("收了200块钱信息处理费", {}),
    (("其他处理3件", "其中2件是申请人撤回，1件是没按期补正"),
     {"other_other[6]": 2, "other_no_correction[6]": 1}),

    # ---------------- total_processed / carried_forward ----------------
    ("全年办结30件", {"total_processed[6]": 30}),
    ("办理结果总计那一栏是十七", {"total_processed[6]": 17}),
    ("还有3件没到答复期限，转到明年办", {"carried_forward[6]": 3}),
    ("年底前全部办结了，没有结转下年度的", Z("carried_forward")),
    ("就12月28号收的那两件留到明年答复了，别的都办完了", {"carried_forward[6]": 2}),
    ("结转下年度的里面有1件是个人申请的，正在征求第三方意见", {"carried_forward[0]": 1}),
    ("转到明年的也是那家公司的1件，别的都答复了", ONLY("carried_forward", 1, 1)),
    ("今年办完了22件，还剩俩没办完结转到明年",
     {"total_processed[6]": 22, "carried_forward[6]": 2}),
    ("收了10件上年结转0件办结9件", M(Z("carried_over"), {"new_received[6]": 10, "total_processed[6]": 9,
                                                        "carried_forward[6]": 1})),
    ("今年答复的里头有7件是当场答复的，总共答复了19件", {"total_processed[6]": 19}),

    # ---------------- table 4: review and litigation ----------------
    ("今年复议一件，维持了", M(T4Z("review"), {"review[0]": 1, "review[4]": 1})),
    ("有个老百姓没走复议直接去法院告我们，法院驳回了他的诉讼请求",
     M(T4Z("litigation_direct"), {"litigation_direct[0]": 1, "litigation_direct[4]": 1})),
    ("复议的时候我们的答复被撤销了一件，要求重新答复", {"review[1]": 1}),
    ("复议机关确认我们答复违法，一件", {"review[1]": 1}),
    ("直接起诉的案子里有一件后来原告撤诉了", {"litigation_direct[2]": 1}),
    ("复议完了又起诉的有一件，法院还没判", {"litigation_after_review[3]": 1}),
    ("今年没有复议也没有诉讼", M(T4Z("review"), T4Z("litigation_direct"), T4Z("litigation_after_review"))),
    ("复议2件，其中1件维持，另一件到年底还没出结果", M(T4Z("review"), {"review[0]": 1, "review[3]": 1,
                                                                "review[4]": 2})),
    ("去年被纠正过一件复议，今年一件复议都没有", T4Z("review")),
    ("行政诉讼一共2件，一个直接起诉的判维持，一个复议后起诉的还在审",
     M(T4Z("litigation_direct"), T4Z("litigation_after_review"),
       {"litigation_direct[0]": 1, "litigation_direct[4]": 1,
        "litigation_after_review[3]": 1, "litigation_after_review[4]": 1})),
    ("覆议三单全部维持原答复", M(T4Z("review"), {"review[0]": 3, "review[4]": 3})),
    (("复议维持2件", "不对，维持的是1件，还有1件复议机关撤销了"), {"review[0]": 1, "review[1]": 1}),
    ("复议申请人中途撤回了复议申请，复议终止，一件", {"review[2]": 1}),
    ("法院开庭了三次，就是那一件直接起诉的案子，年底还没宣判",
     M(T4Z("litigation_direct"), {"litigation_direct[3]": 1, "litigation_direct[4]": 1})),

    # ---------------- table 2: active disclosure ----------------
    ("今年发了5个规范性文件，废止2个，现在有效的一共31个",
     {"active.normative_documents.issued": 5, "active.normative_documents.repealed": 2,
      "active.normative_documents.in_force": 31}),
    ("行政许可决定1268件", {"active.licensing": 1268}),
    ("处罚案件立案56件，最后作出处罚决定48件", {"active.punishment": 48}),
    ("行政强制 零", {"active.coercion": 0}),
    ("行政事业性收费收了12万3千元", {"active.fees": 12.3}),
    ("规章今年没制定也没废止，现行有效的也是零",
     {"active.regulations.issued": 0, "active.regulations.repealed": 0, "active.regulations.in_force": 0}),
    ("政府网站全年发布信息2300条，政务微博发了400多条", {}),
    ("行政规范性文件现行有效的去年是40件，今年是43件", {"active.normative_documents.in_force": 43}),
]
