"""Numbers in a note: which runs of digits or numerals are figures (with their measure word), and which are
not (dates, phone numbers, document numbers, 万人次 …: `classify.noise`)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ...model.numbers import MAX_DIGITS, cn_number
from ..classify import WORDLIKE, Noise, inside, noise
from ...form.official import RESULT_KEYS as _RESULTS
from ..lexicon import ALL_NONE, NOT_A_FIRM, SURNAMED, clause_span, fold, tokens

_TABLE_UNITS = {"", "件", "个", "宗", "起", "份", "项", "笔", "例"}
# A numeral closing a clause (see `numbers`: only right after a head).
_BARE_NUMERAL = re.compile(r"([一两二三四五六七八九十][零〇一二两三四五六七八九十百]*)(?=\s*(?:[，,。；;、\n]|$))")

# A number: Arabic with optional thousands separators and decimals, or Chinese numerals before a unit.
_NUMBER = re.compile(
    r"(?<![\d.])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s*(万元|万块钱|万块|万|元|块钱|块|%|％|件|个|宗|起|份|项|笔|例|条|篇|次|场|期|人次|人|家|名|个月|天|分|个百分点|小时|岁)?"
    r"|([零〇两一二三四五六七八九十百千万廿卅]+(?:点[零〇一二三四五六七八九]+(?:万(?=\s*[件个宗起份项笔例条篇次场期家名]))?)?)\s*(件|个|宗|起|份|项|笔|例|条|篇|次|场|期|人次|家|名|万元|万块钱|万块|元|块钱|块|"
    r"万(?=[\s，,。；;、)）]|$))")

# Amounts written half in digits: "12万3千元" (123 000 元), "1.2亿元" (12 000 万元).
_MIXED_AMOUNT = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)\s*亿\s*元"
                           r"|(?<![\d.])(\d+)\s*万\s*(\d)\s*千\s*(?:(\d)\s*百)?\s*(元|块钱|块)?")

_NOT_COUNT_AFTER = ("年", "月", "日", "号", "时", "点", "岁", "周岁", "级", "版", "楼", "层", "届", "批次", "季度")

# What may stand before a count of who applied, in its clause: nothing, or a word that goes on with a list.
_BEFORE_A_COUNT = re.compile(r"(?:答\s*[:：])?\s*(?:还有|另有|另外|其中|以及|有|是|和|及)?\s*$")
# What may follow the firms in their clause: nothing, or that they applied ("两家公司申请的") — not what they did
# otherwise ("50家企业参加", "300家企业完成年报公示", "45家全部完成整改").
_AFTER_THE_FIRMS = re.compile(r"\s*(?:申请的?|提出的?|提的|的)?\s*(?=[，,。；;、\n)）]|$)")
# The applications of those counted follow ("2家企业申请了5件", "有两家企业，共3件").
_THEIR_APPLICATIONS = re.compile(r"^[^。；;\n]{0,12}?(?:申请了?|提了|共|一共|总共|合计)?\s*(?:\d+|[一二两三四五六七八九十]+)\s*件")


def _applications_follow(text: str, end: int) -> bool:
    """A 件 figure in the clause after a count of people or firms: theirs, and the count is of who, not of what."""
    clause = re.split(r"[，,。；;\n]", text[end:end + 30])[0]
    return bool(re.search(r"(?:\d+|[一二两三四五六七八九十]+)\s*件", clause))


def _firms_counted(text: str, start: int, end: int) -> bool:
    """A count in 家 opening a clause of who applied, right before an applicant word ("还有两家公司", "2家律所") or
    right after one ("企业2家") — not firms visited, inspected or told of otherwise ("走访企业20家", "50家企业参加"),
    nor firms licensed or fined (a clause of table 2's: "培训机构45家")."""
    c0 = max(text.rfind(ch, 0, start) for ch in "，,；;。\n：:、") + 1
    if c0 and text[c0 - 1] == "、":
        return False  # "3家外贸公司、1家律师事务所": an item of a list the binder reads as one (its 1 went to 公司)
    line = text[text.rfind("\n", 0, start) + 1:start]
    if line.count("（") + line.count("(") > line.count("）") + line.count(")"):
        return False  # "均为企业申请（1家建筑公司、1家物业公司）": who the figure before was, no count of its own
    sentence = max(text.rfind(ch, 0, start) for ch in "。；;\n") + 1
    stop = min([i for i in (text.find(ch, end) for ch in "。；;\n") if i >= 0] + [len(text)])
    if any(t.kind in ("t2row", "t2col") for t in tokens(fold(text[sentence:stop]))):
        return False
    ahead = [t for t in tokens(fold(text[end:end + 8])) if t.kind != "ignore"]
    if ahead and ahead[0].kind == "applicant" and ahead[0].start == 0 and _BEFORE_A_COUNT.fullmatch(text[c0:start]):
        return bool(_AFTER_THE_FIRMS.match(text, end + ahead[0].end))
    behind = [t for t in tokens(fold(text[c0:start])) if t.kind != "ignore"]
    return len(behind) == 1 and behind[0].kind == "applicant" and behind[0].end == start - c0 and \
        _BEFORE_A_COUNT.fullmatch(text[c0:c0 + behind[0].start]) is not None and bool(_AFTER_THE_FIRMS.match(text, end))


_LIST = set("、和及与/跟同+")  # ("予以公开跟部分公开一共12件", "许可+处罚共300件": spoken and jotted "and")

_CJK = re.compile(r"[\u4e00-\u9fff]")

_AFTER_ZHE = re.compile(r"(?<![或两二前后再记作读学使患笔三])(?<=者)(?:凡|共|计)?([一二两三四五六七八九十百]+)"
                        r"(?=\s*(?:[，,。；;、（(）)\n]|$))")

# "两个都没有", "三项均为0": the things just named, counted, then said to be none — closing the clause.
_BOTH_NONE = re.compile(r"\s*" + ALL_NONE + r"\s*(?:了|的|啊|呀)?\s*(?:[，,。；;！!\n]|$)")

_CLAUSE_WINDOW = 200  # characters: no clause of a note is longer; past it a number's clause is not looked for

_FRACTION = re.compile(r"([一二三四五六七八九十两\d]{1,3})\s*分之\s*([一二三四五六七八九十两\d]{1,3})")


def _item_number(text: str, start: int, end: int, digits: str) -> bool:
    """A number written as the form numbers a reason of table 3 ("4." before 保护第三方合法权益): the reason
    named right after it carries that number in the form's label."""
    from ...form import official as form
    from ..lexicon import tokens
    sep = re.match(r"[.．、]\s*(?!\d)", text[end:end + 3])
    if not digits or not sep:
        return False
    if sep.group(0)[0] == "、" and start > 0 and re.match(r"[\u4e00-\u9fff\d]", text[start - 1]):
        return False  # "不予处理3（信访2、重复1）": a figure after its reason, listed before the next one
    after = tokens(text[end + sep.end():end + sep.end() + 16])
    return bool(after) and after[0].start == 0 and after[0].kind == "row" and \
        form.APP_BY_KEY[after[0].target].label.startswith(digits + ".")


@dataclass
class Num:
    value: float
    unit: str
    start: int
    end: int
    each: bool = False      # "一件…另一件…": one case of several told one by one


_ARTICLE = re.compile(r"一(?:个|家|位|名)")
_BETWEEN_KINDS = re.compile(r"[、，,和及与跟]?\s*")


_ONE_IS = r"[一1]\s*[个件家位名]\s*(?:是|为)"


def next_of_run(text: str, start: int) -> bool:
    """"一个是企业一个是律所": the next one-case of a run told without a comma between (each a case of its own)."""
    return bool(re.match(_ONE_IS, text[start:start + 4]) and
                re.search(_ONE_IS + r"[^，,。；;\n\d一]{1,8}$", text[max(0, start - 12):start]))


def _times_of_cases(text: str, start: int, end: int) -> bool:
    """"被复议了2次", "后面2次按重复申请处理": times counted in a clause about applications, reviews or suits are
    cases of them — not "电话咨询5次", "培训3次", "被督查2次" (a word of no table in the clause)."""
    from ..lexicon import tokens
    if not re.fullmatch(r"[\d零〇两一二三四五六七八九十]+\s*次", text[start:end]):
        return False
    a, b = clause_span(text, start, end, window=_CLAUSE_WINDOW)
    clause = tokens(text[a:b])
    # (a row of results, a review or a suit: "有个人前后申请了三次" counts one person's tries, whatever they came to;
    # or acts of enforcement: "查封扣押2次", "处罚3次")
    acts = [t for t in clause if t.kind == "t2row"]
    return (any(t.kind in ("group", "rgroup", "litigation", "outcome") or
                t.kind == "row" and t.target not in ("new_received", "carried_over") for t in clause) and not acts or
            bool(acts) and all(t.target in ("licensing", "punishment", "coercion") for t in acts)) and \
        not any(t.kind in ("ignore", "t2col") for t in clause)


def numbers(text: str, written: str | None = None) -> list[Num]:
    """`written`: the same text as the clerk wrote it (same offsets): a page or document number is looked for
    there too, before spaces became commas ("第 1 页"); what spans sentences is looked for in `text` only."""
    out = []
    spans = noise(text)
    if written and written != text:
        spans = sorted(spans + [n for n in noise(written) if n.kind in WORDLIKE], key=lambda n: n.start)
    spans = [n for n in spans if not (n.kind == "unit" and _times_of_cases(text, n.start, n.end))]
    inline_items = _inline_items(text)
    for m in _MIXED_AMOUNT.finditer(text):
        if not inside(spans, m.start(), m.end()):
            if m.group(1):
                out.append(Num(float(m.group(1)) * 10000, "万元", m.start(), m.end(), False))
            else:
                # (money only when 元 is said: "许可1万2千件" counts decisions)
                out.append(Num(float(m.group(2)) * 10000 + float(m.group(3)) * 1000 + float(m.group(4) or 0) * 100,
                               "元" if m.group(5) else "", m.start(), m.end(), False))
            spans = sorted(spans + [Noise("amount", m.start(), m.end())], key=lambda n: n.start)
    for m in _NUMBER.finditer(text):
        if inside(spans, m.start(), m.end()):
            continue  # a date, a phone number, a document number, arithmetic …: not a table figure
        if m.group(1) is not None:
            digits = m.group(1).replace(",", "")
            if len(digits) > MAX_DIGITS:
                continue
            value = float(digits + (m.group(2) or ""))
            unit = m.group(3) or ""
            end = m.end() if unit else m.end(2 if m.group(2) else 1)  # a space after a bare figure separates
        else:
            whole, _, frac = m.group(4).partition("点")  # "十三点六万元": spoken decimals
            v = cn_number(whole)
            if v is None:
                continue
            if frac:
                # "许可一点二万件": a spoken decimal of 万 before a count's unit is 12 000, not "二万件"
                tenk = frac.endswith("万")
                v = float(f"{int(v)}.{''.join(str(int(cn_number(ch) or 0)) for ch in frac.rstrip('万'))}")
                v = round(v * 10000, 6) if tenk else v
            value, unit, end = float(v), m.group(5), m.end()
        # money said as people say it: "8000块", "两万块钱"
        unit = {"块": "元", "块钱": "元", "万块": "万元", "万块钱": "万元"}.get(unit, unit)
        if unit == "次" and _times_of_cases(text, m.start(), m.end()):
            unit = "件"
        after = text[end:end + 2]
        if unit == "个" and re.match(r"人[^，,。；;\n\d]{0,8}?(?:分着办|轮流|一起办|负责|经办|值班|兼职|专职|办的|办理的|在办)",
                                     text[end:end + 14]):
            continue  # "我和小陈、老周三个人分着办的": the staff who handle them, not who applied
        if unit == "个" and after.startswith("人") and \
                re.search(r"申请人\s*(?:是|有|为|共|一共|总共)?\s*$", text[max(0, m.start() - 8):m.start()]):
            continue  # "去年转过来的申请人是两个人，一共提了5件": people, whatever the applications are
        if unit == "个" and m.group(1) is not None and after.startswith("人") and \
                not re.match(r"人(?:员|手|力|次|信息|隐私|负责|兼职|专职|在|管|干|做|办)", text[end:end + 3]):
            if _applications_follow(text, end + 1):
                continue  # "2个人申请了4件": the count of people; the 件 figure is the applications'
            end -= 1  # "2个人 1企业": two natural persons; 个人 stays the applicant's word
        if unit == "家" and _firms_counted(text, m.start(), end):
            if _applications_follow(text, end) or _THEIR_APPLICATIONS.match(
                    re.sub(r"^[^，,。；;\n]*[，,]", "", text[end:end + 40], count=1)):
                continue  # "2家企业申请了5件", "有两家企业，共3件": the count of firms; the 件 figure is theirs
            unit = "个"  # "两家培训公司", "企业2家": firms counted by their classifier, one application each
        if not unit and after.startswith(_NOT_COUNT_AFTER):
            continue
        if unit == "个" and re.match(r"数字|数据|数|字|地方|问题|意见", after):
            continue  # "两个数字打反了": a count of the notes' own figures, not a table figure
        if unit == "个" and text.startswith("申请人", end):
            continue  # "一共3个申请人": people who applied, not how many applications they made
        if unit in ("项", "个", "份", "条") and re.search(r"(?:问|询问|咨询|打听|了解|查询|索取|索要|要)(?:了|过)?\s*$",
                                                        text[max(0, m.start() - 4):m.start()]) and \
                re.match(r"[\u4e00-\u9fff]", after) and not re.match(r"[都均也是为件]", after):
            continue  # "亲属来问两项补贴的发放标准": the things asked about, counted, not the applications
        if unit == "个" and re.match(r"工作|星期|礼拜|季度", after):
            continue  # "20个工作日内答复": a time limit, not a count
        if unit == "个" and m.group(4) == "一" and re.match(r"[\u4e00-\u9fff]", after) and \
                not re.match(r"是|为|属|被|已|都|均|也|还|要|没|未|予|不|因|涉|申请|公开|部分|在|给|"
                             r"驳回|维持|纠正|撤|判|败诉|胜诉|终止|调解|和解", after) and \
                not re.match(r"(?:我们|我|本机关|本单位)(?:也|都|就)?(?:不掌握|没有|没|未|给|公开|答复|不予|按)",
                             text[end:end + 8]) and \
                not _one_applicant_listed(text, m.start(), end):  # "一个我们不掌握": that one, the body's answer
            continue  # "是一个专业合作社申请的": an article, not a count
        if value == 1 and re.match(r"\s*(?:都|也)(?:没|无|未)", text[end:end + 4]):
            continue  # "一件都没有": none
        if unit in ("个", "项") and _BOTH_NONE.match(text, end):
            continue  # "两个都没有" to "复议、诉讼有没有？": how many things were asked, each of them none
        before = text[max(0, m.start() - 1):m.start()]
        if before == "第" or (before in ("〔", "[") and not unit):
            continue
        digits = m.group(1) or ""
        if not unit and (len(digits) > 1 and digits.startswith("0") or
                         before in ("(", "（") and re.fullmatch(r"(19|20)\d\d", digits) and text[end:end + 1] in ")）"):
            continue  # case and file numbers: "（2024）东01行初45号"
        line_start = text.rfind("\n", 0, m.start()) + 1
        if not unit and re.fullmatch(r"(?:答\s*[:：])?[\s\-*•·(（]*", text[line_start:m.start()]) and \
                re.match(r"[.、)）](?!\d)", text[end:end + 1]):
            continue  # "1." "3、" "（2）" numbering a list
        if not unit and re.fullmatch(r"[ \t]*", text[line_start:m.start()]) and \
                (sep := _SERIAL_SEP.match(text, end)) and \
                re.search(r"[\u4e00-\u9fff]", sep.group(2)) and \
                re.search(re.escape(sep.group(1)) + r"[ \t]*\S", text[sep.end():(text.find("\n", end) + 1 or len(text) + 1) - 1]):
            continue  # "7｜…｜…", "3\t王某\t…": a register's serial number, its first column before its text ones
        if not unit and m.start() in inline_items:
            continue  # "1. 没有 2. 处罚有3件 3. 没有": answers numbered in one line
        if not unit and re.match(r"[.、](?!\d)", text[end:end + 1]) and \
                re.match(r"\s*(?:注|说明|备注|附注)\s*[:：]", text[line_start:m.start()]) and \
                re.search(r"(?:[:：。；;]|\s)\s*$", text[line_start:m.start()]):
            continue  # "注：1.含…。2.其中…": footnotes numbered in one line
        if not unit and _item_number(text, m.start(), end, digits):
            continue  # "不予公开 4.保护第三方合法权益": the form's own numbering of a reason
        if unit == "万" and not re.match(r"\s*[\u4e00-\u9fff\d]", text[end:end + 2]):
            unit = "万元"  # "易地建设费收了一百二十六点四万": an amount said without 元
        if unit == "万":
            value, unit = value * 10000, ""
        if unit == "％":
            unit = "%"
        each = bool(re.fullmatch(r"[一1两2]", m.group(4) or m.group(1) or "")) and \
            bool(re.search(r"(另外|另|还有|其中|第.)$", text[max(0, m.start() - 3):m.start()])
                 or (m.start() == 0 or text[m.start() - 1] in "，,；;。\n")
                 or next_of_run(text, m.start()))
        out.append(Num(value, unit, m.start(), end, each))
    # "去年那2件是一个个人一个企业的": one of each kind listed, an article that counts (two or more in a row).
    for run in _one_each(text):
        rest = re.split(r"[，,。；;\n]", text[run[-1][2]:])[0]
        if re.search(r"\d|[一两二三四五六七八九十]\s*件", rest) or re.match(r"\s*(?:共同|一起|联合|合伙|联名)", rest):
            # "一个个人一家企业分别申请了2件和3件": the figures follow, the articles count nothing;
            # "一名律师一位个人共同申请的": one application of both
            continue
        out += [Num(1.0, "件", a, b) for a, b, _ in run if not inside(spans, a, b)]
    for a, b in _one_told(text) + _ordinal_outcomes(text):
        if not inside(spans, a, b):  # ("一家" read as a count of 家 is that one case)
            out = [n for n in out if not (n.start < b and a < n.end)] + [Num(1.0, "件", a, b)]
    # "剩下的那件是申请人自己撤回了": the one case left over, told without a numeral.
    for m in re.finditer(r"(?:剩下|剩余|余下|其余)的?(?:那|这)(件)(?=\s*(?:是|就是|属于|为|系|，|,))", text):
        if not inside(spans, m.start(1), m.end(1)):
            out.append(Num(1.0, "件", m.start(1), m.end(1)))
    # Spoken numerals that take no unit ("依申请就俩", "处罚仨") and fractions of a base ("四分之一是企业").
    for m in re.finditer(r"(?<![\u4e00-\u9fff])?(俩|仨)(?![\u4e00-\u9fff]{0,1}[人])", text):
        if not inside(spans, m.start(), m.end()) and not _BOTH_NONE.match(text, m.end()):  # "俩都没有": neither
            out.append(Num(2.0 if m.group(1) == "俩" else 3.0, "件", m.start(), m.end()))
    # A numeral with no measure word right after a head, closing its clause, in a list where the numerals stand
    # for digits ("予以公开十七，部分公开五", "许可六十三，处罚二十八"): the head's figure.
    bare = [m for m in _BARE_NUMERAL.finditer(text) if not inside(spans, m.start(), m.end())
            and not any(n.start < m.end() and m.start() < n.end for n in out)]
    if bare:
        ends = {t.end for t in tokens(text) if t.kind in ("row", "group", "t2row", "t2col", "rgroup", "litigation",
                                                          "outcome", "open", "applicant", "carry")}
        for m in bare:
            v = cn_number(m.group(1))
            if v is not None and m.start(1) in ends:
                out.append(Num(float(v), "", m.start(1), m.end(1)))
    # Formal written style counts after 者 without a measure word ("予以公开者三，部分公开者一"): 者 closes the
    # head, the numeral is its figure (not "或者""两者""记者"…, where 者 heads nothing).
    for m in _AFTER_ZHE.finditer(text):
        v = cn_number(m.group(1))
        if v is not None and not inside(spans, m.start(1), m.end(1)):
            out.append(Num(float(v), "件", m.start(1), m.end(1)))
    for m in re.finditer(r"(?:(?:占|是)\s*|(?:^|(?<=[，,；;：:、]))\s*(?:其中|有)?)(一半|半数)", text):
        if not inside(spans, m.start(1), m.end(1)):
            out.append(Num(50.0, "%", m.start(1), m.end(1)))
    for m in re.finditer(r"(?:占|约占|大约占)\s*(([一二两三四五六七八九])\s*成)(?![\u4e00-\u9fff])", text):
        if not inside(spans, m.start(1), m.end(1)):  # "自然人占八成": tenths, as clerks say shares
            out.append(Num(10.0 * cn_number(m.group(2)), "%", m.start(1), m.end(1)))
    for m in _FRACTION.finditer(text):
        den, num = cn_number(m.group(1)), cn_number(m.group(2))
        if den and num is not None and 0 < num <= den and not inside(spans, m.start(), m.end()):
            out.append(Num(round(100 * num / den, 6), "%", m.start(), m.end()))
    # "一个没发", "一件也没有", "一件申请都没收到": not a single one — the zero word after it says the figure.
    out = [n for n in out if not (text[n.start:n.end] in ("一个", "一件", "一起", "一宗", "一条") and
                                  re.match(r"\s*(?:(?:也|都)?|(?:申请|复议|诉讼|官司|案子|案件)(?:也|都))(?:没|未)",
                                           text[n.end:n.end + 6]))]
    # "数一起发你了", "两个表一起报": 一起 before a verb of sending or counting is "together", no case counted.
    # ("今年一起办了", "跟新收的一起答复": before a verb of handling too)
    # ("许可和处罚加在一起共计300件", "放在一起算": after 在 it is "together" whatever follows)
    out = [n for n in out if not (text[n.start:n.end] == "一起" and (
        # (but "存在一起行政诉讼", "在一起诉讼中败诉": a case noun after it is one case)
        n.start and text[n.start - 1] == "在" and not re.match(r"\s*(?:行政)?(?:诉讼|复议|案件|案子|官司|申请)", text[n.end:]) or
        re.match(r"\s*(?:发|报|给|交|传|算|统计|汇总|填|弄|写|放|整理|打包|附|"
                 r"办|处理|答复|回复|审|研究|合并|并案|归档)", text[n.end:n.end + 3])))]
    out.sort(key=lambda x: x.start)
    return out


# A column separator after a line's first figure, and the next column (see `numbers`: a register's serial number).
_SERIAL_SEP = re.compile(r"[ \t]*([｜|\t])([^｜|\t\n]*)")

_INLINE_ITEM = re.compile(r"(?:^|(?<=[\s，,；;。]))(\d{1,2})[.．](?=\s)")


def _one_each(text: str) -> list[list[tuple[int, int, int]]]:
    """Runs of two or more "一个/一家/一位/一名" each right before an applicant word of the lexicon ("一个个人一个企业",
    "一个村民、一家公司"): (article start, article end, the applicant word's end) per article."""
    if len(_ARTICLE.findall(text)) < 2:
        return []
    kinds = {t.start: t.end for t in tokens(text) if t.kind == "applicant"}
    runs: list[list[tuple[int, int, int]]] = []
    for m in _ARTICLE.finditer(text):
        if m.end() not in kinds:
            continue
        item = (m.start(), m.end(), kinds[m.end()])
        if runs and _BETWEEN_KINDS.fullmatch(text, runs[-1][-1][2], m.start()):
            runs[-1].append(item)
        else:
            runs.append([item])
    return [r for r in runs if len(r) >= 2]


# "一位退休教师要…", "一家物业公司想查…": one case opened by who asked (an article and the asking verb in its clause).
_ONE_ASKER = re.compile(r"(?:^|(?<=[，,；;：:。\n]))\s*(?:另外|还有|另有|有)?\s*(一(?:位|家|名|个|件))(?=[^，,；;。\n\d]{1,16}?"
                        r"(?:要|问|查|想看|索取|申请公开|申请))"
                        # "有个村民要内部人事材料…不公开", "有人要统计年鉴…": 有 and a measure word without 一
                        r"|(?:^|(?<=[，,；;：:。\n]))\s*(?:另外|还|另)?有\s*(个|件|人|家|位)(?!别)(?=[^，,；;。\n\d]{0,16}?"
                        r"(?:要|问|查|想看|索取|申请公开|申请))")


# "第一个是个人要…，给他了；第二个是企业要…", "张某要低保名单，公开了；李某…": one case each, told by its place in the
# list or by who asked, named.
_ONE_NAMED = re.compile(r"(?:^|(?<=[，,；;：:。\n]))\s*(?:另外|还有|另有|有)?\s*(?:"
                        r"(第[一二三四五六七八九十]{1,2}(?:个|件|位|家))(?=[^，,；;。\n\d]{0,16}?(?:要|问|查|想看|索取|申请))|"
                        # (a name needs no asking verb: "赵某后来自己撤了" — the result closes its story)
                        rf"({SURNAMED}){NOT_A_FIRM}|"
                        # "低保那个给他看了名单，公开了": the case pointed at by what it asked for ("研究他那个投诉时的
                        # 记录": his, a thing of the person's, no case)
                        r"(?![它他她其这那该此])[\u4e00-\u9fff]{2,8}?((?<![的它他她])那个|(?<![的它他她])那件))")


def one_named(span: str) -> bool:
    """Whether a one-case figure's words are an ordinal or a person's name (see _ONE_NAMED), not an article."""
    return bool(re.fullmatch(r"第[一二三四五六七八九十]{1,2}[个件位家]|[\u4e00-\u9fff]某{1,2}|那[个件]", span))


def _one_told(text: str) -> list[tuple[int, int]]:
    """Cases told as stories, each opened by who asked ("一位老同志要八十年代的老资料，我们没有，…；一家公司要获奖名单，
    公开了"): the article counts one case when the story ends on a result of table 3 and gives no figure of its own
    ("一家企业申请了3件" keeps its figure; "一位市民来问政策" with no result counts nothing)."""
    out = []
    for m, g in [*((m, 1 if m.group(1) else 2) for m in _ONE_ASKER.finditer(text)),
                 *((m, next(k for k in (1, 2, 3) if m.group(k))) for m in _ONE_NAMED.finditer(text))]:
        stop = re.search(r"[。；;\n]", text[m.end():])
        rest = text[m.end():m.end() + stop.start() if stop else len(text)]
        if g == 3 and any(t.kind in ("applicant", "legal", "row", "group", "rgroup", "litigation", "t2row", "carry", "past")
                          for t in tokens(fold(text[m.start():m.start(3)]))):
            continue  # "公司那件", "结转那件", "不予公开那件": pointed at by what the notes count already
        if re.search(r"\d|[一两二三四五六七八九十]\s*[件个家位名]", rest):
            continue
        if any(t.kind == "row" and t.target in _RESULTS or t.kind == "group" for t in tokens(fold(rest))):
            out.append((m.start(g), m.end(g)))
    return out


# "复议3件，第一件维持；…第三件市政府责令我们重新答复": a review or suit told by its place in the list, its outcome
# right after the ordinal (a party may stand between) — one case of that outcome.
_ORDINAL_CASE = re.compile(r"(?:^|(?<=[，,；;：:。\n]))\s*(?:其中)?\s*(第[一二三四五六七八九十]{1,2}(?:个|件|起))")


def _ordinal_outcomes(text: str) -> list[tuple[int, int]]:
    out = []
    for m in _ORDINAL_CASE.finditer(text):
        toks = [t for t in tokens(fold(text[m.end():m.end() + 12])) if t.kind != "ignore"]
        if toks and toks[0].kind == "outcome" and toks[0].start <= 4 and \
                not re.search(r"[，,；;。\n\d]", text[m.end():m.end() + toks[0].start]):
            out.append((m.start(1), m.end(1)))
    return out


def _one_applicant_listed(text: str, start: int, end: int) -> bool:
    """"两个家长，一个律师事务所": 一个 opening a clause before who applied counts that applicant's one case (not
    "是一个合作社申请的", nor "一个企业申请了3件", "一个个人1次" where the figure after it is the count)."""
    if not re.search(r"(?:^|[，,、；;。\n：:]|答\s*[:：])\s*$", text[max(0, start - 4):start]):
        return False
    toks = tokens(fold(text[end:end + 12]))
    if not toks or toks[0].kind != "applicant" or toks[0].start != 0:
        return False
    return not re.search(r"\d|[一二两三四五六七八九十]+\s*[件次个起]", re.split(r"[，,。；;\n]", text[end:end + 30])[0])


def _inline_items(text: str) -> set[int]:
    """Item numbers inside a line ("1. 没有 2. 处罚有3件 3. 没有"): at least two, counting 1, 2, 3… from the
    line's start or a colon, each after a space or a stop and followed by a space — the numbering of answers, not
    figures ("新收 3. 公开 5." are figures ended by a stop)."""
    out: set[int] = set()
    line_start = 0
    for line in text.split("\n"):
        found = [(m.start(1), int(m.group(1))) for m in _INLINE_ITEM.finditer(line)]
        if len(found) >= 2 and found[0][1] == 1 and all(b == a + 1 for (_, a), (_, b) in zip(found, found[1:])) \
                and re.fullmatch(r"(?:.*[：:。；;])?\s*", line[:found[0][0]]):
            out |= {line_start + i for i, _ in found}
        line_start += len(line) + 1
    return out


def _comma_before(text: str, i: int) -> int:
    """The last comma before `i` (the text is folded: a full-width comma reads as ",")."""
    return max(text.rfind("，", 0, i), text.rfind(",", 0, i))
