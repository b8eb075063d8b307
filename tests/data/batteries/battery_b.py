# Battery "b" for 年报助手 — written registers, tables 2 and 4, two-message tuples.
# Applicant column mapping used: 个人/村民/市民 -> 0, 公司/企业 -> 1, 研究所/研究院 -> 2,
# 公益组织/基金会 -> 3, 律师事务所 -> 4, 村委会/居委会/学校等 -> 5.


def r(row, *vals):
    """A whole Table-3 row given as 7 values (自然人 … 其他, 总计)."""
    return {f"{row}[{i}]": v for i, v in enumerate(vals)}


def t4(group, *vals):
    """A whole Table-4 group given as 5 values (维持, 纠正, 其他, 尚未审结, 总计)."""
    return {f"{group}[{i}]": v for i, v in enumerate(vals)}


def z(*rows):
    """Rows whose total is settled as 0 (so every column is 0)."""
    out = {}
    for row in rows:
        out.update(r(row, 0, 0, 0, 0, 0, 0, 0))
    return out


def merge(*ds):
    out = {}
    for d in ds:
        out.update(d)
    return out


CASES = [
    # ---------------- 工作总结 / 公文腔 (table 3) ----------------
    ("2025年，我局共新收政府信息公开申请23件，其中自然人申请19件，法人或其他组织申请4件；上年结转申请2件。",
     {"new_received[6]": 23, "new_received[0]": 19, "carried_over[6]": 2}),

    ("全年办结依申请公开事项31件，另有3件因在法定答复期限内，结转至2026年继续办理。",
     {"total_processed[6]": 31, "carried_forward[6]": 3}),

    ("本年度依申请公开答复中，予以公开14件，占办结总数的56%；部分公开5件。",
     {"granted[6]": 14, "partially_granted[6]": 5}),

    ("经审查，对3件申请告知申请人本机关不掌握相关政府信息；对1件需另行加工统计的申请，依法告知不予提供。",
     {"unavailable_not_held[6]": 3, "unavailable_needs_creation[6]": 1}),

    ("因申请内容属于信访、投诉举报事项，依据条例第三十九条告知申请人通过相应渠道办理的共计4件。",
     {"rejected_petition[6]": 4}),

    ("我单位本年度未收到法人或其他组织提出的政府信息公开申请，全部为公民个人申请，计9件。",
     merge(r("new_received", 9, 0, 0, 0, 0, 0, 9))),

    ("对申请人要求提供《政府公报》合订本的2件申请，告知其属于公开出版物，可通过公开渠道获取。",
     {"rejected_publication[6]": 2}),

    ("本年度因申请人逾期未补正、本机关不再处理的申请共2件，均为自然人提出。",
     r("other_no_correction", 2, 0, 0, 0, 0, 0, 2)),

    ("另有1件申请，申请人在答复期限内主动撤回。",
     {"other_other[6]": 1}),

    ("2025年度依申请公开工作情况：新收申请叁拾柒件，上年结转伍件，办结肆拾件，结转下年度贰件。",
     {"new_received[6]": 37, "carried_over[6]": 5, "total_processed[6]": 40, "carried_forward[6]": 2}),

    # trap: 受理登记 vs 咨询 — 咨询人次 is not an application
    ("全年接待政府信息公开咨询186人次，受理书面申请11件。",
     {"new_received[6]": 11}),

    # trap: 主动公开信息条数 is not table 2
    ("全年通过门户网站主动公开政府信息2316条，发布政策解读48篇，召开新闻发布会6场。",
     {}),

    # trap: 部分公开 counted once, not again under 不予公开
    ("部分公开的2件，都是因为部分内容涉及第三方商业秘密，作了区分处理，其余内容予以提供。",
     {"partially_granted[6]": 2}),

    ("涉及第三方合法权益、征求第三方意见后其不同意公开，决定不予公开的1件，申请人为一家建材公司。",
     r("withheld_third_party", 0, 1, 0, 0, 0, 0, 1)),

    ("申请公开的内容为局党组会会议纪要及内部讨论稿，属于过程性信息，不予公开2件。",
     {"withheld_process_info[6]": 2}),

    ("申请查询本人不动产登记信息、社保缴费记录等行政查询事项的，告知其按查询渠道办理，共6件。",
     {"withheld_query_matter[6]": 6}),

    ("因申请公开的为行政处罚案卷材料，属于行政执法案卷，依法不予公开1件。",
     {"withheld_enforcement_file[6]": 1}),

    ("本年度无涉及国家秘密不予公开的情形。",
     z("withheld_state_secret")),

    ("申请人同一事项重复提出申请3次，对后2次申请告知其为重复申请，不予重复处理。",
     {"rejected_duplicate[6]": 2}),

    # trap: 300余件 is the applicant's total; only the rejected count is settled
    ("某自然人本年度提出申请300余件，经审核，对其中的214件按无正当理由大量反复申请不予处理。",
     {"rejected_excessive[0]": 214, "rejected_excessive[6]": 214}),

    ("申请人要求我局对其已获取的文件重新加盖公章出具的1件，按要求确认或重新出具已获取信息处理。",
     {"rejected_confirmation[6]": 1}),

    ("向申请人发出收费通知后，申请人逾期未缴纳信息处理费，不再处理的1件。",
     {"other_no_fee[6]": 1}),

    ("补正后申请内容仍不明确，无法确定所指政府信息的，计1件。",
     {"unavailable_unclear[6]": 1}),

    ("不予公开中，危及“三安全一稳定”的0件，属于三类内部事务信息的1件。",
     merge(z("withheld_three_safety"), {"withheld_internal_affairs[6]": 1})),

    # ---------------- 表格行 copied as text ----------------
    ("予以公开\t8\t2\t0\t0\t1\t0\t11",
     r("granted", 8, 2, 0, 0, 1, 0, 11)),

    ("一、本年新收政府信息公开申请数量 | 15 | 3 | 1 | 0 | 2 | 0 | 21",
     r("new_received", 15, 3, 1, 0, 2, 0, 21)),

    ("四、结转下年度继续办理  2  0  0  0  0  0  2",
     r("carried_forward", 2, 0, 0, 0, 0, 0, 2)),

    ("（二）部分公开（区分处理的，只计这一情形，不计其他情形）：自然人1，商业企业1，其余为0，总计2",
     r("partially_granted", 1, 1, 0, 0, 0, 0, 2)),

    # trap: third-party template has a 法人小计 column; must not be read as 科研机构 etc.
    ("新收申请：自然人 12；法人或其他组织小计 5（商业企业 3、法律服务机构 2）；总计 17",
     r("new_received", 12, 3, 0, 0, 2, 0, 17)),

    ("1.本机关不掌握相关政府信息 4 0 0 0 0 0 4\n2.没有现成信息需要另行制作 1 0 0 0 0 0 1",
     merge(r("unavailable_not_held", 4, 0, 0, 0, 0, 0, 4),
           r("unavailable_needs_creation", 1, 0, 0, 0, 0, 0, 1))),

    ("（七）总计，自然人那一格填26，企业4，律所1，其他三格空着，总计31",
     r("total_processed", 26, 4, 0, 0, 1, 0, 31)),

    ("二、上年结转政府信息公开申请数量：0 0 0 0 0 0 0",
     r("carried_over", 0, 0, 0, 0, 0, 0, 0)),

    ("信访举报投诉类申请那行，总计填3，全部是自然人",
     r("rejected_petition", 3, 0, 0, 0, 0, 0, 3)),

    # ---------------- 台账 lines ----------------
    ("依申请台账汇总（1—12月）：登记46件，其中个人40件、企业5件、律所1件。",
     merge(r("new_received", 40, 5, 0, 0, 1, 0, 46))),

    ("台账：2025-12-29 收 张某某 申请公开旧改补偿方案 状态：未办结（顺延至2026年）。年底没办完的就这一件。",
     r("carried_forward", 1, 0, 0, 0, 0, 0, 1)),

    ("台账最后一栏“答复类型”统计：公开9、部分公开2、不掌握3、信访转办1、撤回1，合计16。",
     {"granted[6]": 9, "partially_granted[6]": 2, "unavailable_not_held[6]": 3,
      "rejected_petition[6]": 1, "other_other[6]": 1, "total_processed[6]": 16}),

    ("上年转来的那2件台账编号2024-031、2024-033，都在今年1月份答复了。",
     {"carried_over[6]": 2}),

    # ---------------- 口语 / 方言 / 语音 (table 3) ----------------
    ("今年来申请的一共十七个 都是老百姓个人的 没有单位来申请",
     r("new_received", 17, 0, 0, 0, 0, 0, 17)),

    ("今年自然人申请就1件，还是个律师以他自己个人名义申请的，不是律所出的函",
     {"new_received[0]": 1}),

    ("科研单位的申请今年就两件，都是研究所要近五年水质监测数据的",
     {"new_received[2]": 2}),

    ("新收申请“其他”那一栏就一个，是村委会来申请的，问高标准农田项目验收资料",
     {"new_received[5]": 1}),

    ("今年嘛冇收到过公司嘅申请，一单都冇",
     {"new_received[1]": 0}),

    ("我们这儿申请的少得很哦，今年新收的拢共就三件，比去年还少两件",
     {"new_received[6]": 3}),

    ("去年剩下没办完的那个今年办了，给他公开了",
     {"carried_over[6]": 1}),

    ("要我们把各乡镇的数据汇总成一张表给他，这种我们没现成的，回了他需要另行制作，这样的有两个",
     {"unavailable_needs_creation[6]": 2}),

    ("部分公开就一件，是个个体户（我们按自然人算）问的，一部分涉及别人隐私没给",
     r("partially_granted", 1, 0, 0, 0, 0, 0, 1)),

    ("今年不予公开嘅一单都冇，八个理由嗰几行全部系零",
     z("withheld_state_secret", "withheld_law_prohibited", "withheld_three_safety",
       "withheld_third_party", "withheld_internal_affairs", "withheld_process_info",
       "withheld_enforcement_file", "withheld_query_matter")),

    ("嗯那个要结转到明年的 有五个 四个是个人的 一个是公司的",
     r("carried_forward", 4, 1, 0, 0, 0, 0, 5)),

    ("公益组织申请的只有一件，是问垃圾填埋场环评的",
     {"new_received[3]": 1}),

    # ---------------- two-message tuples (table 3) ----------------
    (("今年新收申请28件", "不对不对，28件是连上年结转的一起算的，上年结转3件"),
     {"new_received[6]": 25, "carried_over[6]": 3}),

    (("予以公开的填12", "刚核对了台账，有1件其实是部分公开，予以公开应该是11"),
     {"granted[6]": 11}),

    (("复议有几件？", "复议就1件，市政府维持了"),
     t4("review", 1, 0, 0, 0, 1)),

    (("结转下年度的是几件？", "两件，一个是村民的，一个是律师事务所的"),
     r("carried_forward", 1, 0, 0, 0, 1, 0, 2)),

    (("企业申请的有6件", "更正：6件里有1件是行业研究院的，企业其实是5件"),
     {"new_received[1]": 5}),

    (("信访类的那几件放到其他处理里了", "问了科长，应该放不予处理的信访举报投诉类，一共4件"),
     {"rejected_petition[6]": 4}),

    (("撤回的申请算哪一类？", "算其他处理里的“其他”，今年撤回的有3件"),
     {"other_other[6]": 3}),

    (("上年结转填的0", "错了，去年年报结转下年度写的是4，今年上年结转应该填4"),
     {"carried_over[6]": 4}),

    (("办结总数35", "35里面有2件是12月31号以后才答复的，要挪到结转里，办结应该是33"),
     {"total_processed[6]": 33}),

    (("不掌握的有几件", "三件。哦对了还有一件是说要我们去统计的，那个不算不掌握吧"),
     {"unavailable_not_held[6]": 3, "unavailable_needs_creation[6]": 1}),

    # ---------------- table 2: 公文 / 表格行 / 口语 ----------------
    ("本年度制发行政规范性文件6件（X政规〔2025〕1号至6号），废止3件，截至年底现行有效41件。",
     {"active.normative_documents.issued": 6, "active.normative_documents.repealed": 3,
      "active.normative_documents.in_force": 41}),

    ("规章：本年制发2件，本年废止0件，现行有效27件。",
     {"active.regulations.issued": 2, "active.regulations.repealed": 0,
      "active.regulations.in_force": 27}),

    # trap: 失效 is not 废止
    ("开展文件清理，废止行政规范性文件12件，另有3件因有效期届满自动失效。",
     {"active.normative_documents.repealed": 12}),

    # trap: 其他对外管理服务事项 has no cell in the 2021 table
    ("全年作出行政许可决定1,286件，办理其他对外管理服务事项3,410件。",
     {"active.licensing": 1286}),

    # trap: 立案 and 罚没款 are not the cell
    ("行政处罚立案212件，作出处罚决定197件，罚没款83.6万元。",
     {"active.punishment": 197}),

    ("行政强制措施18件，其中查封15件、扣押3件。",
     {"active.coercion": 18}),

    ("行政事业性收费金额：45600元",
     {"active.fees": 4.56}),

    ("行政事业性收费：无",
     {"active.fees": 0}),

    ("今年我们没搞过强制，处罚决定也是零",
     {"active.coercion": 0, "active.punishment": 0}),

    ("截至2025年12月31日，现行有效行政规范性文件58件（2024年底为55件）。",
     {"active.normative_documents.in_force": 58}),

    # trap: 令第15号 is a document number
    ("依据《XX市行政规范性文件管理办法》（市政府令第15号），本年度我委制发行政规范性文件贰件。",
     {"active.normative_documents.issued": 2}),

    ("处罚决定书今年开了三百二十七份 强制措施四十一起 许可两千零六件",
     {"active.punishment": 327, "active.coercion": 41, "active.licensing": 2006}),

    ("第二十条第（五）项 | 行政许可 | 本年处理决定数量 | 864",
     {"active.licensing": 864}),

    ("行政规范性文件\t3\t1\t19",
     {"active.normative_documents.issued": 3, "active.normative_documents.repealed": 1,
      "active.normative_documents.in_force": 19}),

    # trap: 罚没收入 is not 行政事业性收费
    ("全年罚没收入560万元，已全额上缴国库。",
     {}),

    ("行政事业性收费收入1.2亿元",
     {"active.fees": 12000}),

    # trap: the cell is the sum of 准予 and 不予
    ("本年度准予行政许可412件，作出不予行政许可决定3件。",
     {"active.licensing": 415}),

    ("今年收費收咗三萬二千蚊咁上下，準確數係32000元",
     {"active.fees": 3.2}),

    ("现行有效的规章有9件，今年既没新制定也没废止",
     {"active.regulations.issued": 0, "active.regulations.repealed": 0,
      "active.regulations.in_force": 9}),

    # trap: a sum of three cells
    ("许可、处罚、强制三项共计1500件",
     {}),

    ("行政处罚决定数：2024年 143件；2025年 168件",
     {"active.punishment": 168}),

    ("规范性文件：制发5件，废止2件，现行有效的我还没数",
     {"active.normative_documents.issued": 5, "active.normative_documents.repealed": 2}),

    ("规章那栏我们填斜杠，没有规章制定权；规范性文件今年出了1件",
     {"active.normative_documents.issued": 1}),

    # ---------------- table 2: two-message tuples ----------------
    (("行政许可填了5234", "那是受理数，处理决定数是5198"),
     {"active.licensing": 5198}),

    (("收费填多少？", "去年是12.3万，今年减免政策后就收了9800块钱"),
     {"active.fees": 0.98}),

    (("规范性文件今年出了4个", "补充一下，其中1个是修订后重新印发的，原来那个文件同时废止了"),
     {"active.normative_documents.issued": 4}),

    (("许可、处罚、强制三项共计1500件", "许可1200，处罚260，剩下的是强制"),
     {"active.licensing": 1200, "active.punishment": 260, "active.coercion": 40}),

    (("现行有效规范性文件填34", "不对，34是清理前的。今年清理废止了6件，现行有效28"),
     {"active.normative_documents.repealed": 6, "active.normative_documents.in_force": 28}),

    (("处罚填0吧", "哦不对，执法大队那边报过来了，今年处罚决定是23件，强制还是0"),
     {"active.punishment": 23, "active.coercion": 0}),

    # ---------------- table 4 ----------------
    ("本年度因政府信息公开工作被申请行政复议3件，其中维持2件、责令重新答复1件；未被提起行政诉讼。",
     merge(t4("review", 2, 1, 0, 0, 3), t4("litigation_direct", 0, 0, 0, 0, 0),
           t4("litigation_after_review", 0, 0, 0, 0, 0))),

    ("行政复议：维持1，纠正0，其他0，未审结1，总计2",
     t4("review", 1, 0, 0, 1, 2)),

    ("行政诉讼一件，是直接到法院起诉的，法院判决撤销我局答复、责令重新答复",
     t4("litigation_direct", 0, 1, 0, 0, 1)),

    ("复议后起诉的就1件，申请人对复议决定不服告到法院，一审到现在还没开庭",
     t4("litigation_after_review", 0, 0, 0, 1, 1)),

    ("今年就这1件复议，申请人中途撤回了复议申请，复议机关决定终止审理",
     t4("review", 0, 0, 1, 0, 1)),

    ("诉讼2件，都是直接告到法院的，原告后来都撤诉了",
     t4("litigation_direct", 0, 0, 2, 0, 2)),

    ("复议零诉讼零 都没有",
     merge(t4("review", 0, 0, 0, 0, 0), t4("litigation_direct", 0, 0, 0, 0, 0),
           t4("litigation_after_review", 0, 0, 0, 0, 0))),

    # trap: last year's figure beside this year's
    ("上年度复议1件被纠正；本年度复议4件，3件维持，1件年底还没出决定书",
     t4("review", 3, 0, 0, 1, 4)),

    ("政府信息公开行政复议5件（维持3件、纠正1件、尚未审结1件）。",
     t4("review", 3, 1, 0, 1, 5)),

    ("未经复议直接起诉的只有这1件，法院判决驳回原告诉讼请求，等于维持",
     t4("litigation_direct", 1, 0, 0, 0, 1)),

    # trap: document number inside
    ("市人民政府作出X府复决〔2025〕37号行政复议决定，维持我局作出的政府信息公开答复，该案为本年度唯一一件复议案件。",
     t4("review", 1, 0, 0, 0, 1)),

    # trap: a sum across groups
    ("复议和诉讼加起来有3件",
     {}),

    # trap: only the 信息公开 part of all 复议 counts
    ("今年我局被申请行政复议案件一共12件，其中涉及政府信息公开的2件，均维持。",
     t4("review", 2, 0, 0, 0, 2)),

    # trap: the agency acted as 复议机关, not as respondent
    ("我局作为复议机关，今年受理了下级单位信息公开类复议案件6件，已办结5件。",
     {}),

    ("直接起诉3件：判决维持1件、确认违法1件，还有1件在二审",
     t4("litigation_direct", 1, 1, 0, 1, 3)),

    ("复议今年得一单，到而家都未有结果",
     t4("review", 0, 0, 0, 1, 1)),

    ("行政复议 结果维持 2 结果纠正 0 其他结果 1 尚未审结 0 总计 3",
     t4("review", 2, 0, 1, 0, 3)),

    ("表四那行：0 0 0 0 0 1 0 0 0 1 0 0 0 0 0",
     merge(t4("review", 0, 0, 0, 0, 0), t4("litigation_direct", 1, 0, 0, 0, 1),
           t4("litigation_after_review", 0, 0, 0, 0, 0))),

    # ---------------- table 4: two-message tuples ----------------
    (("复议2件都维持", "等下，有1件复议机关确认我们答复违法了，那件要算纠正"),
     t4("review", 1, 1, 0, 0, 2)),

    (("复议和诉讼加起来有3件", "复议2件都维持了，剩下1件是直接起诉的，原告撤诉了"),
     merge(t4("review", 2, 0, 0, 0, 2), t4("litigation_direct", 0, 0, 1, 0, 1),
           t4("litigation_after_review", 0, 0, 0, 0, 0))),

    (("诉讼那块填：维持1", "是复议后起诉的那种，不是直接起诉"),
     {"litigation_after_review[0]": 1}),

    (("诉讼有几件？", "一件，法院裁定驳回起诉了，没经过复议直接告的"),
     t4("litigation_direct", 0, 0, 1, 0, 1)),

    (("复议1件，尚未审结", "刚接到通知，12月28号复议决定出来了，维持。年底前出的"),
     t4("review", 1, 0, 0, 0, 1)),

    # ---------------- more table 3 ----------------
    # trap: percentage of growth
    ("自然人申请20件，同比增长25%。",
     {"new_received[0]": 20}),

    # trap: phone number
    ("咨询电话0731-88885621，电话里说要申请的都让他们书面提交了，书面申请今年收到7件",
     {"new_received[6]": 7}),

    ("12月30日收到的2件，按规定顺延到明年答复，结转下年度的就是这2件",
     {"carried_forward[6]": 2}),

    (("部分公开3件，不予公开里保护第三方的1件", "部分公开那3件里有1件也涉及第三方，按表上说明只计部分公开，第三方那行不加"),
     {"partially_granted[6]": 3, "withheld_third_party[6]": 1}),

    ("法律服务机构申请数为零，科研机构也是零",
     {"new_received[4]": 0, "new_received[2]": 0}),

    ("结转下年度继续办理的申请4件，均在法定答复期限内。",
     {"carried_forward[6]": 4}),

    ("按答复结果分：予以公开10件（自然人8件、商业企业2件）。",
     r("granted", 8, 2, 0, 0, 0, 0, 10)),

    (("律所申请2件", "是律师事务所盖章出函的2件；另外还有1个律师自己以个人名义申请的，那个算自然人"),
     {"new_received[4]": 2}),

    ("上年结转：自然人3件、社会公益组织1件，合计4件",
     r("carried_over", 3, 0, 0, 1, 0, 0, 4)),
]
