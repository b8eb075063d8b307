# Sentence battery c for 年报助手 (blind). CASES = [(message or tuple of messages, {cell: value})]
# Conventions: a row total settled as 0 gives all seven columns 0; a table-4 group settled
# ("都维持", "就一件", "都没有") gives all five cells; fees in 万元.


def zrow(row):
    return {f"{row}[{i}]": 0 for i in range(7)}


def t4(g, keep, fix, other, pend):
    return {f"{g}[0]": keep, f"{g}[1]": fix, f"{g}[2]": other, f"{g}[3]": pend,
            f"{g}[4]": keep + fix + other + pend}


def cols(row, **kv):
    """cols('granted', c0=5, c1=2, c6=7) -> cells"""
    return {f"{row}[{k[1:]}]": v for k, v in kv.items()}


def merge(*ds):
    out = {}
    for d in ds:
        out.update(d)
    return out


CASES = [
    # ---------- 新收 ----------
    ("今年一共收到依申请公开14件。", {"new_received[6]": 14}),
    ("今年新收申请二十三件，比去年的十七件多了六件。", {"new_received[6]": 23}),
    ("老百姓来申请的有9个，企业的3个，别的没有了。",
     cols("new_received", c0=9, c1=3, c2=0, c3=0, c4=0, c5=0, c6=12)),
    ("收到的申请里头自然人占了大头，18件，总共21件。", {"new_received[6]": 21, "new_received[0]": 18}),
    ("俺们这今年申请公开的就仨，都是村里的老乡。",
     cols("new_received", c0=3, c1=0, c2=0, c3=0, c4=0, c5=0, c6=3)),
    ("今年收到政府信息公开申请一共是二十七件其中企业申请的是五件律师事务所的两件",
     {"new_received[6]": 27, "new_received[1]": 5, "new_received[4]": 2}),
    ("今年共收到市民申請十一宗，另有公司申請兩宗。", {"new_received[0]": 11, "new_received[1]": 2}),
    ("今年申请嘞有十来个，数了一哈是12个，都是老百姓递嘞。",
     cols("new_received", c0=12, c1=0, c2=0, c3=0, c4=0, c5=0, c6=12)),
    ("本年度我局共收到政府信息公开申请叁拾伍件。", {"new_received[6]": 35}),
    ("今年电话咨询信息公开的有86人次，正式提交书面申请的只有7件。", {"new_received[6]": 7}),
    ("网上申请平台今年收到15条，其中3条是我们自己测试发的，不算，实际申请12件。", {"new_received[6]": 12}),
    (("今年申请收了20件", "不对不对，是21件，漏了一个邮寄过来的"), {"new_received[6]": 21}),
    (("新收申请16件", "其中公司的4件，研究所的1件"),
     {"new_received[6]": 16, "new_received[1]": 4, "new_received[2]": 1}),
    ("社会公益组织申请了2件，是个环保公益组织，问排污许可的。", {"new_received[3]": 2}),
    ("科研机构这块，就一所大学的课题组申请过一件。", {"new_received[2]": 1}),
    ("其他类的申请人只有村委会，来过一次，要征地补偿标准。", {"new_received[5]": 1}),
    ("今年收到申请40件，其中网上提交28件、信函9件、当面递交3件。", {"new_received[6]": 40}),
    ("申请量今年是19件，表有问题打我电话13908765432。", {"new_received[6]": 19}),
    ("法律服务机构那一栏：律所申请了2件；还有一个律师是以个人名义申请的，那个我算到自然人里了。",
     {"new_received[4]": 2}),
    ("2025年1月1日至12月31日，收到申请17件。", {"new_received[6]": 17}),
    (("老百姓新申请了11件", "企业今年没有来申请的"), {"new_received[0]": 11, "new_received[1]": 0}),
    (("新收的是15件", "企业那列是3件", "哦还有个律所的，1件"),
     {"new_received[6]": 15, "new_received[1]": 3, "new_received[4]": 1}),

    # ---------- 上年结转 / 结转下年 ----------
    ("去年结转过来的有3件。", {"carried_over[6]": 3}),
    ("去年年底结转到今年的4件，今年年底又有5件要转到明年。", {"carried_over[6]": 4, "carried_forward[6]": 5}),
    ("上年度没有结转的申请。", zrow("carried_over")),
    (("有2件是12月底才收到的，还在办", "对，转到明年的就这两件"), {"carried_forward[6]": 2}),
    ("年底就剩12月29号收的那一件还没答复，转下年办。", {"carried_forward[6]": 1}),
    ("结转下年度继续办理：零。", zrow("carried_forward")),
    (("上年结转3件", "其中企业的1件，另外2件是个人的"),
     cols("carried_over", c0=2, c1=1, c2=0, c3=0, c4=0, c5=0, c6=3)),
    (("结转下年度2件", "不，是3件", "对，3件，都是自然人"),
     cols("carried_forward", c0=3, c1=0, c2=0, c3=0, c4=0, c5=0, c6=3)),
    ("从上一年接过来的老件子有两个，一个公司的一个老百姓的。",
     cols("carried_over", c0=1, c1=1, c2=0, c3=0, c4=0, c5=0, c6=2)),

    # ---------- 予以公开 / 部分公开 ----------
    ("予以公开十件，其中企业的两件。", {"granted[6]": 10, "granted[1]": 2}),
    ("全部公开的有5个，部分公开的3个。", {"granted[6]": 5, "partially_granted[6]": 3}),
    ("公开的（含部分公开）一共12件，部分公开的占了4件。", {"granted[6]": 8, "partially_granted[6]": 4}),
    ("大部分都给了：13件全给，还有2件删掉个人信息以后给了一部分。",
     {"granted[6]": 13, "partially_granted[6]": 2}),
    ("区分处理的那3件，涉及个人隐私的部分没给，其余都给了。", {"partially_granted[6]": 3}),
    ("老百姓要的那些个，给了人家六个。", {"granted[0]": 6}),
    ("予以公开的自然人七件商业企业三件总共十件", {"granted[0]": 7, "granted[1]": 3, "granted[6]": 10}),
    (("予以公开9件", "哦不，9件里有1件其实是部分公开的"), {"granted[6]": 8, "partially_granted[6]": 1}),
    ("公开率达到85%，给了17件。", {"granted[6]": 17}),
    ("予以公开、部分公开、不予公开合计15件，其中不予公开1件，部分公开2件。",
     {"granted[6]": 12, "partially_granted[6]": 2}),
    (("部分公开的有几件我数一下", "3件，都是老百姓的"),
     cols("partially_granted", c0=3, c1=0, c2=0, c3=0, c4=0, c5=0, c6=3)),
    (("予以公开那行，总计是7", "自然人5，企业2"),
     cols("granted", c0=5, c1=2, c2=0, c3=0, c4=0, c5=0, c6=7)),
    ("给了一部分的：零。", zrow("partially_granted")),
    ("部分公开嘅有兩宗，都係公司申請嘅。",
     cols("partially_granted", c0=0, c1=2, c2=0, c3=0, c4=0, c5=0, c6=2)),

    # ---------- 不予公开 ----------
    ("有1件涉及国家秘密，没公开。", {"withheld_state_secret[6]": 1}),
    ("内部人事管理方面的，按三类内部事务信息不予公开了2件。", {"withheld_internal_affairs[6]": 2}),
    ("因为涉及商业秘密不予公开的，1件。", {"withheld_third_party[6]": 1}),
    ("要执法案卷的2件，没给。", {"withheld_enforcement_file[6]": 2}),
    ("有人来查自己名下的不动产登记信息，按行政查询事项处理，这种1件。", {"withheld_query_matter[6]": 1}),
    ("危及“三安全一稳定”的：无。", zrow("withheld_three_safety")),
    ("其他法律行政法规禁止公开的有1件，申请人要的是统计调查对象的原始资料。", {"withheld_law_prohibited[6]": 1}),
    (("按四类过程性信息不予公开的有3件", "另外三类内部事务的1件"),
     {"withheld_process_info[6]": 3, "withheld_internal_affairs[6]": 1}),
    (("不予公开2件，危及三安全一稳定", "说错了，那两件是保护第三方合法权益的，不是三安全一稳定"),
     {"withheld_third_party[6]": 2}),
    ("请示报告、讨论记录这类没给的，公司申请的有1件，个人申请的2件。",
     {"withheld_process_info[1]": 1, "withheld_process_info[0]": 2}),
    ("执法案卷信息不予公开　０件", zrow("withheld_enforcement_file")),

    # ---------- 无法提供 ----------
    ("补正以后还是说不清楚要啥的，1件。", {"unavailable_unclear[6]": 1}),
    ("让他们补正了3件，其中2件补回来以后都公开了，剩1件补完了还是不明确。", {"unavailable_unclear[6]": 1}),
    ("那个要我们出统计报表嘞，我们没得现成嘞，三件。", {"unavailable_needs_creation[6]": 3}),
    (("无法提供的3件", "2件是不掌握，1件要另行制作"),
     merge({"unavailable_not_held[6]": 2, "unavailable_needs_creation[6]": 1}, zrow("unavailable_unclear"))),
    ("我们这儿压根没有那个信息的，俩，都是公司问的。",
     cols("unavailable_not_held", c0=0, c1=2, c2=0, c3=0, c4=0, c5=0, c6=2)),
    ("本机关不掌握相关政府信息伍件，已告知申请人向市自然资源局申请，联系电话0571-87654321。",
     {"unavailable_not_held[6]": 5}),

    # ---------- 不予处理 ----------
    ("有人拿信息公开申请来举报邻居违建，这种按信访举报处理的，2件。", {"rejected_petition[6]": 2}),
    ("重复申请的有1个，同一个人同样的内容问了两遍。", {"rejected_duplicate[6]": 1}),
    ("要统计年鉴的那个，属于公开出版物，告诉他去新华书店买，1件。", {"rejected_publication[6]": 1}),
    ("有个老哥一年递了60多份申请，最后认定无正当理由大量反复申请、不予处理的是52件。",
     {"rejected_excessive[6]": 52}),
    ("要求我们对已经给过的文件重新盖章确认的，2件。", {"rejected_confirmation[6]": 2}),
    ("不予处理那块全是零。",
     merge(zrow("rejected_petition"), zrow("rejected_duplicate"), zrow("rejected_publication"),
           zrow("rejected_excessive"), zrow("rejected_confirmation"))),
    ("那个重复申请嘞，莫得。", zrow("rejected_duplicate")),
    ("今年信访局接访了200多人次，跟信息公开申请不沾边。", {}),

    # ---------- 其他处理 ----------
    ("逾期不补正的有2件，我们就没再处理了。", {"other_no_correction[6]": 2}),
    ("发了收费通知，人家不交钱，过了期限，这样的1件。", {"other_no_fee[6]": 1}),
    (("其他处理有2件", "一件撤回，一件是申请人去世了终止的"),
     merge({"other_other[6]": 2}, zrow("other_no_correction"), zrow("other_no_fee"))),
    (("有1个申请人一直没补材料", "超期了，我们就不再处理了，就这一件"), {"other_no_correction[6]": 1}),
    ("信息处理费今年收了380元，就1件。", {}),
    (("撤回的有两件", "都是电话里说不要了的，算其他处理吧"), {"other_other[6]": 2}),
    ("逾期未缴费的零件，我们今年一分钱信息处理费也没收。", zrow("other_no_fee")),

    # ---------- 办结总计 ----------
    ("答复完的一共31件（含去年结转的2件）。", {"total_processed[6]": 31}),
    ("收到申请40件，答复36件（含上年结转3件），另有7件顺延到下年答复。",
     {"new_received[6]": 40, "total_processed[6]": 36, "carried_forward[6]": 7, "carried_over[6]": 3}),
    ("今年新收18件，上年结转2件，全部办结了。",
     merge({"new_received[6]": 18, "carried_over[6]": 2, "total_processed[6]": 20}, zrow("carried_forward"))),
    ("答复申请的平均用时是8个工作日，今年办结了9件。", {"total_processed[6]": 9}),
    ("本年度办理结果总计壹拾玖件", {"total_processed[6]": 19}),

    # ---------- 行政复议 ----------
    ("行政复议2件，都维持了。", t4("review", 2, 0, 0, 0)),
    ("复议就一件，复议机关把我们的答复撤销了，让重新答复。", t4("review", 0, 1, 0, 0)),
    ("复议就一件，申请人中途撤回了，复议机关决定终止。", t4("review", 0, 0, 1, 0)),
    ("复议的那3件，2件维持，1件到年底还没出结果。", t4("review", 2, 0, 0, 1)),
    ("去年复议5件，今年只有1件，维持。", t4("review", 1, 0, 0, 0)),
    (("复议有3件", "不对，是4件。前面说的3件都结了，漏了一件12月才受理的，还没审完"),
     {"review[4]": 4, "review[3]": 1}),
    (("复议3件", "1件维持，1件撤销重做，1件对方撤回了"), t4("review", 1, 1, 1, 0)),
    ("复议嘅結果：維持兩宗，確認違法一宗。", {"review[0]": 2, "review[1]": 1}),

    # ---------- 行政诉讼 ----------
    ("行政诉讼直接起诉的1件，一审判决驳回原告诉讼请求。", t4("litigation_direct", 1, 0, 0, 0)),
    ("被告了两回，都是没经过复议直接去法院告的，一个撤诉了，一个还没判。",
     merge(t4("litigation_direct", 0, 0, 1, 1), t4("litigation_after_review", 0, 0, 0, 0))),
    ("复议后又起诉的有1件，法院维持了。", t4("litigation_after_review", 1, 0, 0, 0)),
    ("诉讼一件都没有。", merge(t4("litigation_direct", 0, 0, 0, 0), t4("litigation_after_review", 0, 0, 0, 0))),
    ("复议和诉讼今年都没有发生。",
     merge(t4("review", 0, 0, 0, 0), t4("litigation_direct", 0, 0, 0, 0), t4("litigation_after_review", 0, 0, 0, 0))),
    ("复议就1件，维持了；申请人不服又去法院告了，这也是今年唯一的官司，还没判。",
     merge(t4("review", 1, 0, 0, 0), t4("litigation_after_review", 0, 0, 0, 1), t4("litigation_direct", 0, 0, 0, 0))),
    (("法院那边今年就1个案子", "是复议以后告的，判我们败诉，撤销了答复"),
     merge(t4("litigation_after_review", 0, 1, 0, 0), t4("litigation_direct", 0, 0, 0, 0))),
    ("直接起诉的2起，1起法院判令我们重新答复，1起原告撤诉。", t4("litigation_direct", 0, 1, 1, 0)),
    ("直接起诉的就一个，（2025）川0104行初123号，年底还没开庭。", t4("litigation_direct", 0, 0, 0, 1)),
    (("复议0件", "诉讼倒是有1件，直接起诉的，法院驳回了原告的诉讼请求"),
     merge(t4("review", 0, 0, 0, 0), t4("litigation_direct", 1, 0, 0, 0), t4("litigation_after_review", 0, 0, 0, 0))),

    # ---------- 表二 ----------
    ("今年制发行政规范性文件6件，废止2件，现行有效41件。",
     {"active.normative_documents.issued": 6, "active.normative_documents.repealed": 2,
      "active.normative_documents.in_force": 41}),
    ("规章那行，我们制发废止都是0，现行有效也是0。",
     {"active.regulations.issued": 0, "active.regulations.repealed": 0, "active.regulations.in_force": 0}),
    ("规范性文件废止了1件，另外有3件是有效期满自动失效的。", {"active.normative_documents.repealed": 1}),
    ("行政许可受理了350件，作出许可决定342件，还有8件在办。", {"active.licensing": 342}),
    ("行政处罚决定书今年下了47份。", {"active.punishment": 47}),
    ("行政强制这块，查封扣押一共4次。", {"active.coercion": 4}),
    ("收费今年是12.5万元。", {"active.fees": 12.5}),
    ("行政事业性收费收了8600元。", {"active.fees": 0.86}),
    ("收费金额去年3.2万，今年降到2.7万。", {"active.fees": 2.7}),
    ("我们不收费，行政事业性收费是零。", {"active.fees": 0}),
    ("行政处罚和行政强制今年都没有。", {"active.punishment": 0, "active.coercion": 0}),
    ("执法检查出动了230人次，立案19件，最后作出处罚决定17件。", {"active.punishment": 17}),
    (("规范性文件今年出了4个", "现行有效的加上这4个一共是33个"),
     {"active.normative_documents.issued": 4, "active.normative_documents.in_force": 33}),
    ("今年就发了一个规范性文件，文号是X农发〔2025〕3号。", {"active.normative_documents.issued": 1}),
    (("处罚决定是150件", "等一下，150是立案数，决定是143"), {"active.punishment": 143}),
    ("本年度共作出行政许可决定贰佰零叁件。", {"active.licensing": 203}),
    ("今年网站主动公开信息1245条，发布政策解读38篇，开了3场新闻发布会。", {}),
    (("规章今年立了1件", "废止0，现行有效12件"),
     {"active.regulations.issued": 1, "active.regulations.repealed": 0, "active.regulations.in_force": 12}),
    (("行政事业性收费那栏", "全年2万3千4百元"), {"active.fees": 2.34}),
    ("今年行政许可一共一千零二十件行政处罚三十二件行政强制零件",
     {"active.licensing": 1020, "active.punishment": 32, "active.coercion": 0}),
]
