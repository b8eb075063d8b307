"""Text cleaners: what a message is cleaned of before it is read, each one character for one (a cleaned text keeps
the offsets of what it leaves, so quotes stay the official's words).

Here: revision marks (Word's track changes, a unified diff), an earlier year's section and other work's lines,
mail quotes, a self-check form's boxes and blanks, chat words that count nothing, OCR's letters for digits and
spaces inside words, 繁體, Cantonese and Sichuanese respelled as Mandarin, a numbered heading's full stop — and
`CLEANERS`, the order they all run in. The ways of writing figures a tool or paper gives (tally marks, survey
sheets, radio digits, sheet formulas, handwriting …) are in `formats`; `parts.merged_halves`,
`lexicon.english_order`/`heard` and `transcript.questions_answered` are cleaners kept beside what they use."""
from __future__ import annotations

import re
from dataclasses import replace

from .classify import Noise
from .formats import (applicant_glosses, classical, decimal_outline, fee_sheet, handwriting,
                      inline_items, input_boxes, pdf_wraps, radio_digits, relabelled, respell, sheet_formulas,
                      spoken_figures, survey_answers, tally_marks, unit_brackets)
from .lexicon import BLANKS_ARE_ZERO, OTHER_WORK, english_order, fold, heard, tokens
from .parts import merged_halves
from .solver import Statement
from .transcript import questions_answered

_DELETED = re.compile(r"[\[【]\s*(?:删除的内容|已删除|删除)\s*[:：][^\]】\n]*[\]】]")
_INSERTED = re.compile(r"([\[【]\s*(?:插入的内容|已插入|插入)\s*[:：]\s*)([^\]】\n]*?)(\s*[\]】])")
# "批注 [王局1]:" heads a comment; the same tag marks its anchor in the text.
_COMMENT = re.compile(r"批注\s*([\[【][\u4e00-\u9fffA-Za-z]{1,8}\s*\d{1,3}[\]】])")


def blanked(m: re.Match) -> str:
    """A match replaced by as many spaces (the text's offsets stay)."""
    return " " * len(m.group(0))


def track_changes(text: str) -> str:
    text = _DELETED.sub(blanked, text)
    text = _INSERTED.sub(lambda m: " " * len(m.group(1)) + m.group(2) + " " * len(m.group(3)), text)
    for tag in {m.group(1) for m in _COMMENT.finditer(text)}:
        text = text.replace(tag, " " * len(tag))
    return text


# A unified diff of two versions of the clerk's figures (git, diff -u): a hunk header "@@ -1,20 +1,21 @@" or the
# "--- a/初稿.txt" / "+++ b/终稿.txt" pair marks it.
_DIFF_HUNK = re.compile(r"(?m)^@@ -\d+(?:,\d+)? \+\d+(?:,\d+)? @@")
_DIFF_FILES = re.compile(r"(?m)^--- [^\n]*\n\+\+\+ ")
_DIFF_META = re.compile(r"(?m)^(?:diff --git |index [0-9a-f]{6,}\.\.|--- |\+\+\+ |@@ )[^\n]*")


def unified_diff(text: str) -> str:
    """In a unified diff the "-" lines are the old version ("-行政许可 3 / +行政许可 5": 5, not both): blanked,
    with the headers (their hashes and line numbers are no figures); a "+" or " " in the first column is only the
    diff's mark. A list of items opened by "-" without a diff's header is read as it stands. Offsets stay."""
    if not (_DIFF_HUNK.search(text) or _DIFF_FILES.search(text)):
        return text
    text = _DIFF_META.sub(blanked, text)
    text = re.sub(r"(?m)^-[^\n]*", blanked, text)
    return re.sub(r"(?m)^\+", " ", text)


_SPACED = re.compile(r"[\u4e00-\u9fff] [\u4e00-\u9fff] [\u4e00-\u9fff]")


def ocr_digits(text: str) -> str:
    """OCR reads 1 as l or I and 0 as O inside figures ("l4", "l O l8"): fixed only next to digits, or as a
    lone letter in a line of figures."""
    text = re.sub(r"(?<![A-Za-z])[lI](?=\d)|(?<=\d)[lI](?![A-Za-z])", "1", text)
    text = re.sub(r"(?<![A-Za-z])O(?=\d)|(?<=\d)O(?![A-Za-z])", "0", text)

    # A lone letter as a sheet's cell after its label: "许可 O", "处罚 l", "上年结转：O件", "复议：l件（维持）".
    text = re.sub(r"(?<=[：:])([ \t]*)O(?=[ \t]*(?:件|个|$|[ \t]{2}|[（(]))", r"\g<1>0", text, flags=re.M)
    text = re.sub(r"(?<=[：:])([ \t]*)[lI](?=[ \t]*(?:件|个|$|[ \t]{2}|[（(]))", r"\g<1>1", text, flags=re.M)
    text = re.sub(r"(?<=[\u4e00-\u9fff] )O(?=[ \t]*$|[ \t]+[\u4e00-\u9fff])", "0", text, flags=re.M)
    text = re.sub(r"(?<=[\u4e00-\u9fff] )[lI](?=[ \t]*$|[ \t]+[\u4e00-\u9fff])", "1", text, flags=re.M)

    def line(m: re.Match) -> str:
        s = m.group(0)
        if len(re.findall(r"(?<![\w])\d+(?![\w])", s)) < 2:
            return s
        return re.sub(r"(?:(?<=\s)|^)[lI](?=\s|$)", "1", re.sub(r"(?:(?<=\s)|^)O(?=\s|$)", "0", s))
    return re.sub(r"[^\n]+", line, text)


_UNCHECKED = re.compile(r"[□☐▢][^□☐▢☑☒✓✔√■\n]*?(?=\s{2,}|[□☐▢☑☒✓✔√■]|[（(]|$)", re.M)
_UNCHECKED_ITEM = re.compile(r"[□☐▢][^□☐▢☑☒✓✔√■\n]*?[（(][\s_]*[)）]\s*件?")


_QUOTED_FROM = re.compile(r"(?m)^[ \t]*[-—_=]{2,}\s*(?:原始邮件|原邮件|Original Message)\s*[-—_=]{2,}[ \t]*$")
_QUOTED_LINE = re.compile(r"(?m)^[ \t]*[>＞][^\n]*")


# A section headed by its year on a line of its own: "【2024年度】…", "2024年：…" then "【2025年改动】…".
_YEAR_HEADING = re.compile(r"(?m)^[ \t]*(?:[【\[［]\s*((?:19|20)\d\d)\s*年度?(?:数据|数字|情况|报表|台账|改动|的数)?[】\]］]|"
                           r"((?:19|20)\d\d)\s*年度?(?:数据|数字|情况|的数)?\s*[:：])")


def earlier_year_sections(text: str) -> list[Noise]:
    """Notes that give two years' figures under year headings: the sections of the earlier year are last year's
    table, not figures of this one, nor its "全是个人" or "无" (a single year heading says nothing of the other
    year). `earlier_years` blanks them before reading."""
    found = list(_YEAR_HEADING.finditer(text))
    ends = [m.start() for m in found[1:]] + [len(text)]
    # Only sections with figures of their own count: "2026年：加强培训" (next year's plan) is no later table.
    heads = [(m.start(), int(m.group(1) or m.group(2))) for m, b in zip(found, ends) if re.search(r"\d", text[m.end():b])]
    if len({y for _, y in heads}) < 2:
        return []
    latest = max(y for _, y in heads)
    return [Noise("other_year", m.start(), b) for m, b in zip(found, ends)
            if int(m.group(1) or m.group(2)) < latest and re.search(r"\d", text[m.end():b])]


def earlier_years(text: str) -> str:
    """"【2024年度】…【2025年改动】…": the earlier year's section blanked with spaces, so offsets stay."""
    for n in reversed(earlier_year_sections(text)):
        text = text[:n.start] + re.sub(r"[^\n]", " ", text[n.start:n.end]) + text[n.end:]
    return text


# A note of many jobs names other work before its figures: "12345工单：受理218件，办结218件", "2. 市长热线
# 今年受理96件、办结96件" — that line's 受理/办结 are the hotline's, no applications. A line opening (after its
# item number) on such work, with no word of the report in it, is blanked (offsets stay).
_OTHER_WORK = re.compile(r"(?m)^[ \t]*(?:[（(]?(?:\d{1,2}|[一二三四五六七八九十]{1,2})[)）、.．]|[①-⑩])?[ \t]*"
                         # (opening on it: "全年收到28件（含热线转办3件）" is the applications' line)
                         r"[^\n：:，,。\d（(]{0,12}?(?:" + "|".join(OTHER_WORK) + r")[^\n]*")
_REPORT_WORDS = re.compile(r"申请|公开|年报|复议|诉讼|许可|处罚|强制|收费|规章|规范性文件|结转")


def other_work(text: str) -> str:
    return _OTHER_WORK.sub(lambda m: m.group(0) if _REPORT_WORDS.search(m.group(0)) else blanked(m), text)


def quoted_mail(text: str) -> str:
    """A reply quotes the message it answers below "-----原始邮件-----": when the reply gives figures of its own,
    the quoted ones are the earlier version it corrects. A message that is only a forwarded mail, or lines opened
    by ">" alone (a clerk's own list), are read as they stand. Blanked with spaces, so offsets stay."""
    m = _QUOTED_FROM.search(text)
    # Figures of its own: counts or amounts, not the date or the phone number of a covering line.
    if m and re.search(r"\d+\s*(?:件|个|万元|元)", _QUOTED_LINE.sub("", text[:m.start()])):
        text = text[:m.start()] + re.sub(r"[^\n]", " ", text[m.start():])
    return text


_QUOTE_MARKS = re.compile(r"(?m)^[ \t]*(?:[>＞][ \t]?)+")


def quote_marks(text: str) -> str:
    """The ">"/">>" a mail program puts before quoted lines is no word of the note: blanked, so a quoted list
    keeps its item numbers ("> 2. 办理结果…" is item 2, not a figure 2). Offsets stay."""
    return _QUOTE_MARKS.sub(blanked, text)


def checkboxes(text: str) -> str:
    """A self-check form ("☑有 □无", "□部分公开（   ）件"): an option not ticked says nothing, a ticked
    box is just its words (blanked with spaces, so offsets stay)."""
    if not re.search(r"[☑☒✓✔√■]", text) or "□" not in text and "☐" not in text:
        return text
    text = _UNCHECKED_ITEM.sub(lambda m: " " * len(m.group(0)), text)
    text = _UNCHECKED.sub(lambda m: " " * len(m.group(0)), text)
    return re.sub(r"[☑☒✓✔√■]", " ", text)


_BLANK_SLOT = re.compile(r"(?<![\d_])_{2,}(?![\d_])(?=\s*(?:件|万元|元|个|项|条))")


def blanks_zero(text: str) -> str:
    """A template with blanks to fill ("废止____件") and the note "没填的都是0": each blank before a unit is 0
    (written in the middle of the blank, so offsets stay). A blank for words or a date stays blank."""
    if not BLANKS_ARE_ZERO.search(text):
        return text
    return _BLANK_SLOT.sub(lambda m: "_" * (len(m.group(0)) // 2) + "０" + "_" * (len(m.group(0)) - len(m.group(0)) // 2 - 1), text)


def blank_quotes(said: list[Statement]) -> list[Statement]:
    """The quotes of blanks read as 0 show the blank as the official left it."""
    fix = re.compile(r"_*０_*")
    return [replace(s, quote=fix.sub(lambda m: "_" * len(m.group(0)), s.quote)) if "０" in s.quote else s for s in said]


_ACK = re.compile(r"(?m)^([ \t]*(?:好的|好|嗯|OK|ok)?[ \t，,！!。~～]*)收到(?:了|啦)?(?=[ \t]*(?:[^\u4e00-\u9fff\w\s]|$))")
_COPIES = re.compile(r"(?:送|交|报|留|寄|抄送|复印|打印|盖章|备)[^，,。；;\n\d]{0,3}?(?:一|两|二|三|四|五|\d{1,2})\s*份")


# "¹ 其中2件为网上申请" under a figure marked ¹: the note explains that figure, whose count stands where it is.
_FOOTNOTE = re.compile(r"(?m)^[ \t]*(?:[¹²³⁴⁵⁶⁷⁸⁹]+|[*＊※†‡]+|\[\d{1,2}\]|注\s*[¹²³⁴⁵⁶⁷⁸⁹\d]{1,2}\s*[:：.、]?)[ \t]*"
                       r"(?:含|包括|包含|其中|系|指|均为)[^\n]*")


# "一件申请对应一个答复书", "每份答复对应一个文号": a one-to-one rule of the ledger, no count of anything.
# 对应/配 only with the count on its other side ("每件配一个文号"): "经申请人配合补正后予以公开", "一件对应第三方权益"
# are cases, not rules.
_ONE_TO_ONE = re.compile(r"(?:一|每)\s*(?:件|个|份|条)[^，,。；;\n\d]{0,8}?(?:都|均)?"
                         r"(?:对应(?:着|于)?\s*(?:一|每)\s*(?:个|份|件|条)|配(?:着|有|上)?\s*(?:一|每)\s*(?:个|份|件|条))"
                         r"[^，,。；;\n\d]{0,8}")


# "企业申请占多数，有15件", "自然人占了大头，18件", "个人的居多，12件": who asked most, then their count — the
# share words said no figure of their own (blanked, so the count is the applicant's as "企业申请有15件").
_MOSTLY = re.compile(r"(?:申请)?(?:的)?\s*(?:(?:占了?|居|为)(?:大头|多数|大多数|绝大多数|大部分|绝大部分|一大半|多半|主)|居多|最多)"
                     r"\s*[，,、]?\s*(?=(?:有|共|是|共有)?\s*(?:\d|[一两二三四五六七八九十]))")


def _mostly(m: re.Match) -> str:
    before = tokens(fold(m.string[max(0, m.start() - 8):m.start()]))
    return blanked(m) if before and before[-1].kind == "applicant" and \
        before[-1].end == min(8, m.start()) else m.group(0)


def chat_words(text: str) -> str:
    """A footnote explaining a marked figure is no figure of its own; "收到👌" acknowledges a message (no
    application received); "纸质稿也要送一份" counts copies of a paper, not cases; "一件申请对应一个答复书" is a
    rule, not a count. Blanked with spaces, so offsets stay."""
    text = _MOSTLY.sub(_mostly, _ONE_TO_ONE.sub(blanked, _FOOTNOTE.sub(blanked, text)))
    text = _ACK.sub(lambda m: m.group(1) + " " * (len(m.group(0)) - len(m.group(1))), text)
    return _COPIES.sub(blanked, text)


def despace(text: str) -> str:
    """Text read by OCR from a handwritten sheet puts a space inside every word ("予 以 公 开 5",
    "新 收   1 6"): single spaces inside words and numbers go; wider gaps stay as separators. A single
    space that splits one of the form's words ("企 业3", "现行有 效") goes too."""
    text = _JOIN.sub(lambda m: m.group(1) + m.group(2) if _splits_word(m.group(1), m.group(2)) else m.group(0), text)
    if len(_SPACED.findall(text)) < 3:
        return text
    text = re.sub(r"(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])", "", text)
    text = re.sub(r"(?<=\d) (?=\d)", "", text)
    return re.sub(r"(?<=[\u4e00-\u9fff]) {1,3}(?=\d)", "", text)


_JOIN = re.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{1,4}) (?! )([\u4e00-\u9fff]{1,4})")


def _splits_word(left: str, right: str) -> bool:
    cut = len(left)
    return any(t.start < cut < t.end and t.kind not in ("zero", "quant", "rest", "past")
               for t in tokens(fold(left + right)))


def simplified(text: str) -> str:
    """A message typed in 繁體 is read through the same script fold as published reports (quotes then show
    the simplified characters; offsets must stay aligned, so a conversion that changes the length is skipped)."""
    from ..parse import is_traditional, to_simplified
    if not is_traditional(text):
        return text
    out = to_simplified(text)
    return out if len(out) == len(text) else text


# Written Cantonese (Guangdong/HK clerks in a chat): characters that never occur in Mandarin prose mark it.
_CANTONESE = re.compile(r"[咗嘅哋冇啲嗰喺]")
# Its function words, one character for one (offsets stay): 冇 = 没 (both "none" and "did not": "冇发过" is 没发过,
# "收费都冇" is 收费都没), 咗 = 了, 唔 = 不 …
_CANTONESE_CHARS = str.maketrans("咗嘅哋冇唔佢啲喺嗰嚟俾畀嘢", "了的们没不他些在那来给给事")
CANTONESE_WORDS = (
    # 系 = 是, but not inside Mandarin words (联系, 关系, 体系, 系统 …).
    (r"(?<![联关体派直旁水院母父世谱星派])系(?![统列数])", "是"),
    # "4单", "一单都冇", "嗰单": 单 counts cases as 件 does (not "名单", "清单", "单位").
    (r"(?<=[\d一两二三四五六七八九十百那这几每])单(?![位据独])", "件"),
    (r"(?<=[\u4e00-\u9fff])晒(?=[\s，,。；;！!]|$)", "了"),   # "公开晒" = all disclosed
    (r"仲(?=有|未|系|是)", "还"), (r"旧年", "去年"),
    # Words of the same length: 街坊 (the neighbourhood's residents) are 自然人, 呢个 = 这个, 年尾 = 年底,
    # 搞掂 = 办完, 而家 = 现在, 撤咗 = 撤回 (withdrawn); "转落嚟" = 转过来 and "转落明年" = 转到明年;
    # "冇呢个资料" = 没这个资料 (not 无, which heads no reason there); 入面 = 里面.
    (r"街坊", "居民"), (r"呢(?=个|些|单|件|份|次|度|几|啲)", "这"), (r"年尾", "年底"),
    (r"搞掂", "办完"), (r"而家", "现在"), (r"撤了", "撤回"),
    (r"(?<=[转结])落(?=来)", "过"),
    (r"(?<=[转结拖留])落(?=明年|下年|来年|下一年)", "到"),
    (r"无(?=这|那)", "没"), (r"入面", "里面"), (r"后尾", "后来"),
)


def cantonese(text: str) -> str:
    """A message in written Cantonese ("今年收咗4单，三单系街坊个人申请…冇收费") is read as the Mandarin it says,
    one character for one (offsets stay; quotes show the Mandarin words, as for 繁體). Only when a
    Cantonese-only character shows the register: in Mandarin notes 系 and 单 keep their own meaning."""
    if not _CANTONESE.search(text):
        return text
    return respell(text.translate(_CANTONESE_CHARS), CANTONESE_WORDS)


# Sichuanese (a township clerk's chat, "莫得拖到明年去嘞", "哈都办完了"): 莫得 and 嘞 mark it.
_SICHUANESE = re.compile(r"莫得|嘞")
# Its words, each as the Mandarin of the same length: 莫得 = 没有, 嘞 = 的 ("转过来嘞"), 哈都 = 全都, 一哈 = 一下,
# 喊他 = 叫他, 啥子 = 什么.
SICHUANESE_WORDS = (
    (r"莫得", "没有"), (r"(?<=[\u4e00-\u9fff\d])嘞", "的"), (r"哈都", "全都"), (r"一哈", "一下"),
    (r"喊(?=他|她|人家)", "叫"), (r"啥子", "什么"),
)


def sichuanese(text: str) -> str:
    """A message in Sichuanese is read as the Mandarin it says, one character for one (offsets stay): "去年也莫得转
    过来嘞" is "去年也没有转过来的" — the carried-over none. Only when 莫得 or 嘞 shows the register."""
    if not _SICHUANESE.search(text):
        return text
    return respell(text, SICHUANESE_WORDS)


# "三、复议、诉讼。本年均未有。": a numbered heading closed by a full stop, with the section's text after it on the
# same line. Only short headings of words (no figure, no clause): "一、主动公开。" is "一、主动公开：", while
# "4. 复议没有。诉讼1件" says something (没/无/未/不/有/是 …) and ends its sentence.
_HEADING_STOP = re.compile(r"(?m)^([ \t]*(?:[一二三四五六七八九十]{1,2}[、.．]|[（(][一二三四五六七八九十]{1,2}[)）]|\d{1,2}[、.．](?!\d))"
                           r"[ \t]*(?:(?![没无未不有是已都均])[\u4e00-\u9fff]|[、和及与]){2,14})。(?=[ \t]*[^\s])")


def heading_stop(text: str) -> str:
    """The full stop after a numbered heading is the heading's colon: what follows is about the heading's topic
    ("本年均未有" of 复议、诉讼). One character for one."""
    return _HEADING_STOP.sub(lambda m: m.group(1) + "：", text)


# Double negatives of speech, read in the direction they point: "不是没有，有1件" (there is one), "复议不是没有" (there
# was a review), "没有不是个人的" (all were individuals'). One character for one: the words become "有" / "都是".
_NOT_NONE = re.compile(r"(?:也|并|倒)?(?:不是|并非|并不是)没有(?:的)?(?!\s*(?:就是|便是|就|或|还是))")  # not "不是没有就是1件"
_NONE_NOT = re.compile(r"没有不是(?=[^，,。；;\n]{1,12}?的)")


def double_negatives(text: str) -> str:
    text = _NOT_NONE.sub(lambda m: " " * (len(m.group(0)) - 1) + "有", text)
    return _NONE_NOT.sub("  都是", text)


# "处罚数用执法科报的1,093，不要用系统里的1,105": of two figures for one thing, the one to use is said and the other
# is named only to be set aside. The set-aside figure is blanked (one space a character) when the same sentence
# says which figure to use before it.
# (a reviewer's words: not "重复申请不用再处理的2件", "不按信息公开申请处理的3件", "予以公开6件" — 以 of 予以)
_SET_ASIDE = re.compile(r"(?:(?:不要|别|不能|不再|勿)(?:再)?(?:采用|采|使用|用|按|取)|不(?:采用|使用|采信))(?!再?\s*(?:处理|办理|要求|补正|申请|信息公开))"
                        r"[^，,。；;\n\d]{0,12}?(\d{1,3}(?:[,，]\d{3})+|\d+)(?:\s*(?:件|个|项|起|万元|元))?")
_TO_USE = re.compile(r"(?:采用|使用|用|按|取|(?<![予所可难加足])以)[^，,。；;\n\d]{0,14}?\d")


def set_aside_figures(text: str) -> str:
    """(The rest of the sentence may tell why the set-aside figure is off: "系统里有12件是撤销后重新作出的" — the
    count of the difference between the two figures, no figure of the form's; it goes too.)"""
    out = text
    for m in _SET_ASIDE.finditer(text):
        start = max(text.rfind(ch, 0, m.start()) for ch in "。；;\n!！?？】]") + 1
        used = list(_TO_USE.finditer(text[start:m.start()]))
        if not used:
            continue
        a, b = m.span(1)
        out = out[:a] + " " * (b - a) + out[b:]
        first = re.match(r"\d{1,3}(?:[,，]\d{3})+|\d+", text[start + used[0].end() - 1:])
        diff = abs(int(re.sub(r"\D", "", m.group(1))) - int(re.sub(r"\D", "", first.group(0))))
        end = min([i for i in (text.find(ch, m.end()) for ch in "。；;\n!！?？】]") if i >= 0] or [len(text)])
        for d in re.finditer(r"(?<![\d,，])(\d+)(?=\s*(?:件|个|项|起|条))", text[m.end():end]):
            if int(d.group(1)) == diff:
                x, y = m.end() + d.start(1), m.end() + d.end(1)
                out = out[:x] + " " * (y - x) + out[y:]
    return out


# What a message is cleaned of before it is read, in order; each keeps the offsets of what it leaves, so quotes
# stay where the official's words are (a fee sheet's 合计 and a double negative are quoted as rewritten).
CLEANERS = (sheet_formulas, fee_sheet, pdf_wraps, track_changes, unified_diff, decimal_outline, merged_halves,
            earlier_years, other_work, blanks_zero, tally_marks, radio_digits, survey_answers, input_boxes,
            unit_brackets, applicant_glosses, inline_items, relabelled, double_negatives, set_aside_figures, chat_words, quoted_mail,
            quote_marks, questions_answered,
            english_order, checkboxes, ocr_digits, despace, simplified, cantonese, sichuanese, handwriting,
            classical, heading_stop, heard, spoken_figures)


def cleaned(text: str) -> str:
    """`text` run through every cleaner, in order."""
    for clean in CLEANERS:
        text = clean(text)
    return text
