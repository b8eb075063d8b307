# -*- coding: utf-8 -*-
"""Battery d: clerk notes (county / township voices from the north-east, north-west and south).

CASES = [(message_or_tuple_of_messages, {cell: value})]
Conventions used for the expected cells:
  * a row whose total is settled as 0 is given 0 in all seven columns (the parts of a 0 total are 0);
  * "都是/其余都是 X" settles the other applicant columns of that row as 0;
  * table 4: when the number of cases of a group is settled, the whole group (4 results + 总计) is given;
  * fees in 万元.
"""

_COLS = range(7)


def Z(*rows):
    """Rows settled as zero in every column."""
    d = {}
    for r in rows:
        for c in _COLS:
            d["%s[%d]" % (r, c)] = 0
    return d


def only(row, col, n):
    """Row where every application belongs to one applicant column."""
    d = {"%s[%d]" % (row, c): 0 for c in _COLS}
    d["%s[%d]" % (row, col)] = n
    d["%s[6]" % row] = n
    return d


def cols0(row, *cols):
    return {"%s[%d]" % (row, c): 0 for c in cols}


def t4(group, keep, fix, other, pending):
    return {
        "%s[0]" % group: keep,
        "%s[1]" % group: fix,
        "%s[2]" % group: other,
        "%s[3]" % group: pending,
        "%s[4]" % group: keep + fix + other + pending,
    }


def M(*ds, **kw):
    out = {}
    for d in ds:
        out.update(d)
    for k, v in kw.items():
        out[k] = v
    return out


WITHHELD = ["withheld_state_secret", "withheld_law_prohibited", "withheld_three_safety",
            "withheld_third_party", "withheld_internal_affairs", "withheld_process_info",
            "withheld_enforcement_file", "withheld_query_matter"]
T3ROWS = ["new_received", "carried_over", "granted", "partially_granted"] + WITHHELD + [
    "unavailable_not_held", "unavailable_needs_creation", "unavailable_unclear",
    "rejected_petition", "rejected_duplicate", "rejected_publication", "rejected_excessive",
    "rejected_confirmation", "other_no_correction", "other_no_fee", "other_other",
    "total_processed", "carried_forward"]

REG = "active.regulations."
NOR = "active.normative_documents."

CASES = [
    # ---------------- 新收 / 申请人 ----------------
    # 1 NE; trap: last year's figure
    ("今年咱这旮旯一共收了十七件申请，老多了，去年才九件。",
     {"new_received[6]": 17}),
    # 2 NE
    ("今年新收的仨申请都是屯里老百姓整的，没有单位来申请的。",
     only("new_received", 0, 3)),
    # 3 NW
    ("额们今年收到申请么几件，就两件，一件是个人申请的，一件是一个公司申请的。",
     M({"new_received[6]": 2, "new_received[0]": 1, "new_received[1]": 1},
       cols0("new_received", 2, 3, 4, 5))),
    # 4 粤
    ("今年收到嘅申请一共系八宗，其中自然人五宗。",
     {"new_received[6]": 8, "new_received[0]": 5}),
    # 5 四川
    ("今年依申请公开莫得一件，一个都莫得人来申请。",
     Z("new_received")),
    # 6 公文腔, capitals; trap: increase figure
    ("本年度共受理政府信息公开申请贰拾叁件，较上年增加柒件。",
     {"new_received[6]": 23}),
    # 7 speech-to-text
    ("那个申请的话今年新收的是十二件然后上年结转过来的是两件就这样",
     {"new_received[6]": 12, "carried_over[6]": 2}),
    # 8 NE
    ("去年剩下那件申请今年开春给办完了，上年结转就填一吧。",
     {"carried_over[6]": 1}),
    # 10 粤
    ("今年冇结转去明年嘅，全部都办晒。",
     Z("carried_forward")),
    # 11 公文腔; trap: 人次 of enquiries
    ("全年接待群众来电来访咨询政府信息公开事项156人次，未收到书面政府信息公开申请。",
     Z("new_received")),
    # 12 NE
    ("律所来了两件，研究所来了一件，剩下的全是个人申请的。",
     M({"new_received[4]": 2, "new_received[2]": 1}, cols0("new_received", 1, 3, 5))),
    # 13 湖南
    ("今年有个环保公益组织申请过一回，问的是河道排污口的事。",
     {"new_received[3]": 1}),
    # 14 广西
    ("村委会来申请过一件嘛，要土地征收补偿标准的，其他的申请都是个人的咯。",
     M({"new_received[5]": 1}, cols0("new_received", 1, 2, 3, 4))),
    # 15 NE correction tuple
    (("今年新收申请十五件。",
      "哎不对，我数岔劈了，是十四件，有一件是重复录进台账的。"),
     {"new_received[6]": 14}),
    # 16 NW tuple; trap: last year's 结转下年度 becomes this year's 上年结转
    (("去年那份年报里结转下年度写的是3件。",
      "今年表里的上年结转就按这个填。"),
     {"carried_over[6]": 3}),
    # 17 粤 书面
    ("本年度新收申请中，商业企业提出嘅有四件，法律服务机构提出嘅有两件。",
     {"new_received[1]": 4, "new_received[4]": 2}),
    # 19 公文腔; noise: statistics period
    ("2025年度（统计时间为2025年1月1日至12月31日）本机关收到政府信息公开申请6件。",
     {"new_received[6]": 6}),
    # 21 NE; trap: 12345 work orders
    ("12345热线转过来的工单老鼻子了，二百多件，那些不算申请吧？正经的公开申请就俩。",
     {"new_received[6]": 2}),
    # ---------------- 办理结果 ----------------
    # 23 NE
    ("予以公开那栏，总计填九。",
     {"granted[6]": 9}),
    # 24 粤
    ("有两宗系部分公开嘅，删咗啲个人信息先俾佢。",
     {"partially_granted[6]": 2}),
    # 25 公文腔; trap: 区分处理 counts only as 部分公开
    ("部分公开3件，均系对涉及个人隐私的内容作区分处理后提供。",
     {"partially_granted[6]": 3}),
    # 26 四川
    ("有一件是要别个公司的投标报价，涉及人家商业秘密，莫给他。",
     {"withheld_third_party[6]": 1}),
    # 27 NW
    ("有一件问的是额们局里年终考核和人事安排的事，属于内部事务信息，么给。",
     {"withheld_internal_affairs[6]": 1}),
    # 28 湖南
    ("有个人要我们党组会的会议纪要和讨论稿，那是过程性信息，冒给他。",
     {"withheld_process_info[6]": 1}),
    # 29 NE
    ("有俩是要别人家行政处罚案卷的，执法案卷那种，咱没给。",
     {"withheld_enforcement_file[6]": 2}),
    # 30 粤
    ("有一宗系查自己社保缴费记录嘅，属于行政查询事项，叫佢去窗口查。",
     {"withheld_query_matter[6]": 1}),
    # 31 公文腔
    ("经审查，1件申请公开的信息已依法确定为国家秘密，决定不予公开。",
     {"withheld_state_secret[6]": 1}),
    # 32 NW (宁夏)
    ("有一件公开了可能影响社会稳定，按危及三安全一稳定么给公开。",
     {"withheld_three_safety[6]": 1}),
    # 33 speech
    ("还有一件是法律行政法规禁止公开的那个理由不予公开的就一件",
     {"withheld_law_prohibited[6]": 1}),
    # 34 四川
    ("有五件问的是县里其他部门的事，我们这儿莫得这些信息，告诉他去找哪个部门了。",
     {"unavailable_not_held[6]": 5}),
    # 35 NE
    ("有个老哥让咱给他整个近十年分乡镇的统计表，咱手里没现成的，得另外做，就按需要另行制作答复的。",
     {"unavailable_needs_creation[6]": 1}),
    # 36 广西
    ("有一件叫他补正过了，还是讲不清楚要哪样，最后按补正后申请内容仍不明确答复的。",
     {"unavailable_unclear[6]": 1}),
    # 37 NW
    ("有两件其实是来告状的，信访举报那号，按不予处理办的。",
     {"rejected_petition[6]": 2}),
    # 38 粤; trap: 3 applications, only the 2nd and 3rd are duplicates
    ("同一个人就同一件事申请咗三次，第二次同第三次按重复申请处理。",
     {"rejected_duplicate[6]": 2}),
    # 39 湖南
    ("有一件申请是要县志和统计年鉴的，那是公开出版物，叫他自己去新华书店买咯。",
     {"rejected_publication[6]": 1}),
    # 40 NE
    ("有个人一个月整了四十多件申请，全是一个套路，咱按无正当理由大量反复申请不予处理，一共四十二件。",
     {"rejected_excessive[6]": 42}),
    # 41 四川
    ("有一件是要我们给他已经拿到手的文件再盖个章确认一下，这个按规定不予处理。",
     {"rejected_confirmation[6]": 1}),
    # 42 NW
    ("有三件让补正材料，人家过了期限也么补，额们就不再处理了。",
     {"other_no_correction[6]": 3}),
    # 43 粤
    ("有一宗发咗收费通知，佢过咗期都冇交钱，唔再处理。",
     {"other_no_fee[6]": 1}),
    # 44 公文腔
    ("另有2件申请因申请人主动撤回申请而终止办理。",
     {"other_other[6]": 2}),
    # 45 NE
    ("办结的总计是十一件。",
     {"total_processed[6]": 11}),
    # 46 NW; trap: 6 is the sum of two result rows, not 总计
    ("给了四件，给了一部分的两件，加起来六件。",
     {"granted[6]": 4, "partially_granted[6]": 2}),
    # 47 四川; trap: a sum of two rows settles neither
    ("予以公开和部分公开加起来是七件。",
     {}),
    # 48 粤; percentage of a total
    ("全年办结十宗，其中予以公开嘅占六成。",
     {"total_processed[6]": 10, "granted[6]": 6}),
    # 49 NE; trap: "没给" with no reason settles no row
    ("今年一共办结5件，有两件没给，啥理由我回头再翻翻台账。",
     {"total_processed[6]": 5}),
    # 50 公文腔; group zeros
    ("本年度办理结果中，无法提供类0件，不予处理类0件。",
     Z("unavailable_not_held", "unavailable_needs_creation", "unavailable_unclear",
       "rejected_petition", "rejected_duplicate", "rejected_publication",
       "rejected_excessive", "rejected_confirmation")),
    # 51 NE
    ("不予公开那一大块全是零，一件也没有。",
     Z(*WITHHELD)),
    # 52 粤
    ("其他处理嗰三行都系零。",
     Z("other_no_correction", "other_no_fee", "other_other")),
    # 53 speech
    ("部分公开的话没有是零",
     Z("partially_granted")),
    # 54 NW
    ("给公开的那些里头，个人的五件，企业的一件。",
     {"granted[0]": 5, "granted[1]": 1}),
    # 55 四川
    ("律师事务所申请的那两件，都按本机关不掌握答复的。",
     {"unavailable_not_held[4]": 2}),
    # 56 广西
    ("那个慈善基金会申请的一件，我们全部公开给他了。",
     {"granted[3]": 1}),
    # 57 NE; trap: part withheld as secret, but 区分处理 -> 部分公开 only
    ("研究所那件最后只给了一部分，有几项数据涉密给抠掉了。",
     {"partially_granted[2]": 1}),
    # 58 湖南
    ("村委会要的那个数据要我们重新统计，冒得现成的，按需要另行制作答复咯。",
     {"unavailable_needs_creation[5]": 1}),
    # 59 粤
    ("结转落明年嘅两宗，一宗系个人，一宗系公司。",
     M({"carried_forward[6]": 2, "carried_forward[0]": 1, "carried_forward[1]": 1},
       cols0("carried_forward", 2, 3, 4, 5))),
    # 60 NW
    ("上年结转过来的就那一件，是一个律所申请的。",
     only("carried_over", 4, 1)),

    # ---------------- tuples ----------------
    # 61 NE correction; trap: last year's figure
    (("予以公开填了8。",
      "不对不对，8是去年的，今年是6。"),
     {"granted[6]": 6}),
    # 62 NW
    (("复议今年有一件。",
      "结果是维持。"),
     t4("review", 1, 0, 0, 0)),
    # 63 四川 three messages
    (("有人把我们告了，就这一回。",
      "没经过复议，直接去的法院。",
      "案子到年底还没判下来。"),
     M(t4("litigation_direct", 0, 0, 0, 1), t4("litigation_after_review", 0, 0, 0, 0))),
    # 64 NE
    (("行政处罚今年做了多少来着……",
      "查了一下，处罚决定书一共出了 87 份。"),
     {"active.punishment": 87}),
    # 65 粤; yuan -> 万元
    (("今年收费收咗几多？",
      "行政事业性收费一共系三万二千蚊。"),
     {"active.fees": 3.2}),
    # 66 NE correction
    (("不予公开里头保护第三方那个填2。",
      "哦不对，填1，另一件其实是部分公开。"),
     {"withheld_third_party[6]": 1}),
    # 67 NW correction with date noise
    (("结转下年度写的4件。",
      "等下，有一件12月30号答复出去了，那就是3件。"),
     {"carried_forward[6]": 3}),
    # 68 四川 three messages
    (("今年新收的申请是九件哈。",
      "其中有两件是公司的。",
      "其余全是老百姓的。"),
     M({"new_received[6]": 9, "new_received[1]": 2, "new_received[0]": 7},
       cols0("new_received", 2, 3, 4, 5))),
    # 69 公文腔
    (("行政复议情况：本年度被申请行政复议2件。",
      "其中1件维持原答复，1件被复议机关责令重新答复。"),
     t4("review", 1, 1, 0, 0)),
    # 70 湖南; trap: withdrawal of a 复议, not of an application
    (("有个申请人撤回咯。",
      "噢，讲错了，他撤回的是复议申请，不是公开申请，复议机关终止审理了，就这一件复议。"),
     t4("review", 0, 0, 1, 0)),
    # 71 NE; thousands separator, last year's figure
    (("许可那块填多少？",
      "行政许可决定今年一共整了1,236件，去年是980。"),
     {"active.licensing": 1236}),
    # 72 粤
    (("今年有冇被人告过？",
      "有一单，复议完唔服再去法院告，一审判决驳回佢嘅诉讼请求。"),
     M(t4("litigation_after_review", 1, 0, 0, 0), t4("litigation_direct", 0, 0, 0, 0))),
    # 73 NW
    (("规范性文件今年制发了5件。",
      "废止了两件，现行有效的一共是二十一件。"),
     {NOR + "issued": 5, NOR + "repealed": 2, NOR + "in_force": 21}),
    # 74 四川; trap: 信息处理费 is not 行政事业性收费
    (("信息处理费今年收了400块钱。",
      "这个是不是要填到行政事业性收费那格？"),
     {}),
    # 75 NE three messages
    (("复议俩，诉讼一个。",
      "复议那俩都维持了。",
      "诉讼那个是直接告的，人家后来撤诉了。"),
     M(t4("review", 2, 0, 0, 0), t4("litigation_direct", 0, 0, 1, 0),
       t4("litigation_after_review", 0, 0, 0, 0))),
    # 76 speech correction
    (("上年结转三件",
      "刚才说错了上年结转是零件三件是结转到下一年的"),
     M(Z("carried_over"), {"carried_forward[6]": 3})),
    # 77 广西
    (("重复申请那个，填三。",
      "还有信访举报类的也有一件。"),
     {"rejected_duplicate[6]": 3, "rejected_petition[6]": 1}),
    # 78 NW; trap: fine amount is not a fee
    (("罚款今年一共罚了二十六万。",
      "处罚决定书是四十三份。"),
     {"active.punishment": 43}),
    # 79 公文腔
    (("本年度办结申请18件。",
      "另有2件因尚在法定答复期限内，结转至下年度继续办理。"),
     {"total_processed[6]": 18, "carried_forward[6]": 2}),
    # 80 湖南
    (("行政强制今年冒得。",
      "查封扣押都冇搞过，一件都冒得。"),
     {"active.coercion": 0}),
    # 81 NE
    (("自然人那一列予以公开填7。",
      "总计那格是10，剩下仨是企业的。"),
     M({"granted[0]": 7, "granted[6]": 10, "granted[1]": 3}, cols0("granted", 2, 3, 4, 5))),
    # 82 粤
    (("行政复议有一宗仲未出结果。",
      "到12月31号都未审结。"),
     {"review[3]": 1}),
    # 83 四川 three messages
    (("你帮我记一下哈，今年被起诉了两回。",
      "一回是复议后起诉的，法院判的维持。",
      "另一回是直接起诉，法院确认我们答复程序违法。"),
     M(t4("litigation_after_review", 1, 0, 0, 0), t4("litigation_direct", 0, 1, 0, 0))),
    # 84 NW three messages; correction across messages
    (("不予处理里头重复申请写的2。",
      "信访的写的1。",
      "重复申请那个改成1，有一件其实是补正后重新提交的，不算重复，按予以公开办的。"),
     {"rejected_duplicate[6]": 1, "rejected_petition[6]": 1}),
    # 85 NE
    (("规章那行咋填？",
      "咱乡镇没有规章制定权，那就三格都填零呗。"),
     {REG + "issued": 0, REG + "repealed": 0, REG + "in_force": 0}),

    # ---------------- 表二 ----------------
    # 87 NW
    ("行政处罚决定今年一件都么有。",
     {"active.punishment": 0}),
    # 88 粤
    ("行政事业性收费今年收咗12.5万。",
     {"active.fees": 12.5}),
    # 89 公文腔; yuan in capitals -> 万元
    ("本年度行政事业性收费金额为人民币捌仟元整。",
     {"active.fees": 0.8}),
    # 90 四川; trap: list items vs decisions
    ("我们行政许可事项清单上有四十二项，今年实际作出的许可决定是三百一十件。",
     {"active.licensing": 310}),
    # 91 NE; trap: 主动公开条数 has no cell
    ("主动公开信息今年发了三百二十六条，规范性文件制发了四件。",
     {NOR + "issued": 4}),
    # 92 NW
    ("规范性文件清理完了，现行有效的还剩十三件。",
     {NOR + "in_force": 13}),
    # 93 粤
    ("今年废止咗三份规范性文件。",
     {NOR + "repealed": 3}),
    # 94 speech
    ("行政强制的话今年是十二件都是查封扣押那种",
     {"active.coercion": 12}),
    # 95 NW; trap: last year's fee
    ("行政事业性收费今年是五点六万，去年是七万多。",
     {"active.fees": 5.6}),
    # 96 湖南; trap: 其中 sub-count
    ("处罚决定今年八十九件，其中适用简易程序的三十件。",
     {"active.punishment": 89}),
    # 97 公文腔; trap: document numbers
    ("本年度制发行政规范性文件3件（文号：X政规〔2025〕1—3号）。",
     {NOR + "issued": 3}),
    # 99 四川
    ("行政事业性收费一分钱都莫收，许可倒是办了六十几件，准确讲是六十七件。",
     {"active.fees": 0, "active.licensing": 67}),
    # 100 NE; trap: info-processing fee 0 vs admin fee
    ("信息处理费今年一分没收，行政事业性收费是另一码事，那个收了十八万。",
     {"active.fees": 18}),
    # 101 粤 书面; trap: percentage
    ("本年度行政许可决定共计两千零一十件，当中即办件占百分之六十。",
     {"active.licensing": 2010}),
    # 102 speech
    ("规范性文件今年出了两个然后废止的没有",
     {NOR + "issued": 2, NOR + "repealed": 0}),
    # 103 四川; trap: in_force includes this year's
    ("现行有效规范性文件二十件，这个数包括今年新发的四件哈。",
     {NOR + "in_force": 20, NOR + "issued": 4}),
    # ---------------- 表四 ----------------
    # 105 NE
    ("今年复议、诉讼啥的都没有，干干净净。",
     M(t4("review", 0, 0, 0, 0), t4("litigation_direct", 0, 0, 0, 0),
       t4("litigation_after_review", 0, 0, 0, 0))),
    # 106 粤
    ("行政复议得一宗，复议机关撤销咗我哋嘅答复。",
     t4("review", 0, 1, 0, 0)),
    # 107 NW
    ("复议今年有三件，两件维持，一件人家自己撤回了。",
     t4("review", 2, 0, 1, 0)),
    # 108 公文腔; trap: the body as 复议机关 of others
    ("本机关作为复议机关，全年受理以下级部门为被申请人的政府信息公开行政复议案件4件；本机关自身未被申请行政复议。",
     t4("review", 0, 0, 0, 0)),
    # 109 四川
    ("直接起诉的有一件，一审判我们败诉，撤销答复重新答复。",
     t4("litigation_direct", 0, 1, 0, 0)),
    # 110 NE
    ("复议完又告到法院的有一个，到年底法院还没判。",
     t4("litigation_after_review", 0, 0, 0, 1)),
    # 111 speech
    ("行政复议总计五件维持三件纠正一件还有一件没审完",
     t4("review", 3, 1, 0, 1)),
    # ---------------- noise / structure traps ----------------
    # 113 公文腔; trap: phone number
    ("如对本报告有疑问，请联系0451-86612345。本年度新收政府信息公开申请4件。",
     {"new_received[6]": 4}),
    # 114 NE; trap: date
    ("那个申请是12月28号收的，还没到期，结转到明年，结转的就这一件。",
     {"carried_forward[6]": 1}),
    # 115 NW; trap: 咨询电话 vs 申请; 人 vs 件
    ("依申请公开咨询电话接了六十多个，正式交上来的申请是五件，三个人交的。",
     {"new_received[6]": 5}),
    # 116 NE; percentage of a total
    ("今年收的申请三十件，自然人占了九成。",
     {"new_received[6]": 30, "new_received[0]": 27}),
    # 117 湖南; trap: 区分处理 -> 部分公开 only
    ("有一件是要补偿款发放名单，涉及个人隐私冒给名单，但把总金额告诉他了。",
     {"partially_granted[6]": 1}),
    # 118 公文腔; trap: 其中 breakdown, no subtotal row for 不予公开
    ("不予公开5件，其中涉及商业秘密2件、内部事务信息1件，其余均为过程性信息。",
     M({"withheld_third_party[6]": 2, "withheld_internal_affairs[6]": 1,
        "withheld_process_info[6]": 2},
       Z("withheld_state_secret", "withheld_law_prohibited", "withheld_three_safety",
         "withheld_enforcement_file", "withheld_query_matter"))),
    # 119 四川; trap: 其中 of concluded applications
    ("今年办结的十二件里头，有三件是去年转过来的，去年转过来的也就这三件。",
     {"total_processed[6]": 12, "carried_over[6]": 3}),
    # 120 广西; trap: items within one application
    ("今年收了四件申请，其中有一件里头要了六项信息，我们按一件统计的。",
     {"new_received[6]": 4}),
    # 121 粤; single-message correction
    ("予以公开系十二宗，唔系，系十三宗，我漏咗一宗。",
     {"granted[6]": 13}),
    # 122 NW; group with all reasons
    ("无法提供的一共四件，全是本机关不掌握的。",
     M({"unavailable_not_held[6]": 4}, Z("unavailable_needs_creation", "unavailable_unclear"))),
    # 123 NE; two applicant columns zero in every row
    ("科研机构、社会公益组织那两列今年啥都没有，从头到尾全是零。",
     M(*[cols0(r, 2, 3) for r in T3ROWS])),
    # 125 湖南
    ("信访类的申请今年冒得，重复申请也冒得。",
     Z("rejected_petition", "rejected_duplicate")),
    # 126 公文腔
    ("本年度未发生因申请人逾期未缴纳信息处理费而不再处理的情形。",
     Z("other_no_fee")),
    # 127 NW; trap: formula reasoning, figure given
    ("结转下年度那个数不是新收减办结，还得加上上年结转的，额算了下是两件。",
     {"carried_forward[6]": 2}),
    # 128 NE
    ("上年结转那行全是零，去年年底就清干净了。",
     Z("carried_over")),
    # 129 粤
    ("办结总计入面，自然人嗰列系八。",
     {"total_processed[0]": 8}),
]
