"""Ways of writing figures that come from the tool or the paper a clerk copies from, cleaned before the notes are
read (one character for one, so quotes keep their offsets):
- tally marks from a register where each case adds one stroke of 正 (一 丅 下 止 正 = 1–5), copied as they stand
  ("个人 正一", "处罚：正正正下"). Read only when the message says it counts that way ("正=5", "划正字"): 正 and 一 are
  ordinary characters everywhere else;
- a survey tool's answer sheet (问卷星 "查看答卷"): numbered questions with the answer's type in brackets
  ("8. 本年新收…数量（件）：[填空题] 4"), a line of submission data, "(跳过)" for a question not answered;
- a label with its unit in brackets before the colon ("申请数量（件）：4"): the unit is no word of the label;
- a web form's input boxes copied with the page ("行政许可  本年处理决定数量 *  [ 1136 ]"): the brackets around
  each box's figure are the page's, the figure is the cell's; the page's help lines under an info icon
  ("ⓘ 收费金额单位为万元，请勿填写“元”") say how to fill a box, nothing of the year;
- a finance system's fee items pasted under their unit ("单位是分：…合计 364,216,500"): the 合计 in 万元;
- the semi-classical register of an old hand ("是岁凡受申请七件，皆出自然人…予以公开者四"): its function words
  read as the Mandarin ones, where the "者N" counts show the register."""
from __future__ import annotations

import re
from functools import lru_cache

# The message says its counts are tally marks: a legend ("正=5", "丅=2") or the practice named ("划正字").
_GATE = re.compile(r"正\s*[=＝]\s*5")
_LEGEND = re.compile(r"[正一丅下止]\s*[=＝]\s*[1-5]")
_PRACTICE = re.compile(r"(?:划|画|写|记|数)(?:的)?正字|正字(?:计数|记数|统计)")

# One tally: whole 正 then at most one unfinished character, standing alone as a figure (after a space or a
# colon, before a space, a punctuation mark, a bracket or the line's end): "正" inside a word (正常, 改正) is no tally.
_TALLY = re.compile(r"(?:(?<=[\s:：])|^)(正*[一丅下止]?)(?=[ \t]*(?:[，,。；;、（(\n]|$)|[ \t])", re.M)
_STROKES = {"正": 5, "一": 1, "丅": 2, "下": 3, "止": 4}


def _value(marks: str) -> int:
    return sum(_STROKES[ch] for ch in marks)


def tally_marks(text: str) -> str:
    """Each tally becomes its count in digits, padded with spaces (a tally is never shorter than its digits, so
    offsets stay); the legend itself is blanked, its figures are no counts."""
    if not (_GATE.search(text) or _PRACTICE.search(text)):
        return text
    text = _LEGEND.sub(lambda m: " " * len(m.group(0)), text)

    def count(m: re.Match) -> str:
        marks = m.group(1)
        if not marks:
            return marks
        digits = str(_value(marks))
        return digits + " " * (len(marks) - len(digits))
    return _TALLY.sub(count, text)


# A survey's answer types and the line of submission data (序号, 提交答卷时间, 所用时间, 来源IP).
_ANSWER_TYPE = re.compile(r"[\[【](?:填空题|单选题|多选题|矩阵单选题|矩阵多选题|矩阵填空题|下拉框|量表题|排序题|简答题)[\]】]")
_SUBMISSION = re.compile(r"(?m)^[^\n]*(?:提交答卷时间|所用时间|来源IP|答卷编号)[^\n]*$")
# A question not answered ("(跳过)"): the whole line says nothing (its item number is no figure either).
_SKIPPED = re.compile(r"^[^\n]*[（(](?:跳过|空)[)）][ \t]*$", re.M)
# "18. 是否被申请行政复议：[单选题] 否": a yes-or-no question answered no says there were none.
_ANSWERED_NO = re.compile(r"(?m)^([^\n]*?(?:是否|有无|有没有)[^\n：:]*[:：][ \t]*)否(?=[ \t]*$)")


def survey_answers(text: str) -> str:
    """A survey's answer sheet read as the questions and their answers: answer types, the submission line and
    "(跳过)" blanked; a "no" to a yes-or-no question is 无. Only where the answer types show the tool."""
    if len(_ANSWER_TYPE.findall(text)) < 3:
        return text
    blank = lambda m: " " * len(m.group(0))  # noqa: E731
    text = _SKIPPED.sub(blank, _SUBMISSION.sub(blank, _ANSWER_TYPE.sub(blank, text)))
    return _ANSWERED_NO.sub(lambda m: m.group(1) + "无", text)


_UNIT_BRACKETS = re.compile(r"[（(](?:件|个|项|宗|份|次|条)[)）](?=[ \t]*[:：])")


def unit_brackets(text: str) -> str:
    """"上年结转申请数量（件）：0": the unit in brackets after a label is blanked, so the label reads as written
    without it (its 件 is no figure's measure word)."""
    return _UNIT_BRACKETS.sub(lambda m: " " * len(m.group(0)), text)


def respell(text: str, table) -> str:
    """A register's words respelled as standard written Chinese, in the table's order: each row is a pattern
    (with the lookarounds that guard the words it must not split) and its spelling of the same length, so
    offsets stay and quotes keep their place."""
    for pattern, to in table:
        text = _compiled(pattern).sub(to, text)
    return text


@lru_cache(maxsize=None)
def _compiled(pattern: str) -> re.Pattern:
    return re.compile(pattern)


# "予以公开者四", "未掌握者一": counts after 者, the mark of the register (twice at least).
_CLASSICAL = re.compile(r"者[一二两三四五六七八九十百]+(?=[，,。；;、\s]|$)")
# Words of the same length: 皆 = 都, 亦 = 也, 是岁 = 今年, 岁末/岁终 = 年底, "未结者" = 未办结 (not yet concluded);
# last, "主动公开一项：" is the heading of an item, no count of one (blanked).
CLASSICAL_WORDS = ((r"皆", "都"), (r"亦", "也"), (r"是岁|本岁", "今年"), (r"岁末|岁终|岁尾", "年底"), (r"未结者", "未办结"),
                   (r"(?<=[\u4e00-\u9fff])一项(?=[ \t]*[:：])", "  "))


def classical(text: str) -> str:
    """The semi-classical register read as the Mandarin it says, one character for one."""
    if len(_CLASSICAL.findall(text)) < 2:
        return text
    return respell(text, CLASSICAL_WORDS)

# "科研机构（高校）2件", "社会公益组织（慈善会、基金会）3件": examples of the kind in brackets between the kind and its
# figure.
_GLOSS = re.compile(r"([（(])([^（）()\n\d]{1,16})([)）])(?=[ \t]*\d)")


def applicant_glosses(text: str) -> str:
    """A bracket that only names the kind of applicant before it again (its examples) is blanked, so the figure
    after it is the kind's. Brackets that say anything else (a reason, a row) stay."""
    from .lexicon import fold, tokens

    def gloss(m: re.Match) -> str:
        before = [t for t in tokens(fold(text[max(0, m.start() - 8):m.start()])) if t.end == min(8, m.start())]
        inside = tokens(fold(m.group(2)))
        if not before or before[-1].kind != "applicant" or not inside or \
                any(t.kind != "applicant" or t.target != before[-1].target for t in inside):
            return m.group(0)
        return " " * len(m.group(0))
    return _GLOSS.sub(gloss, text)


# "二、答复情况。（1）依…予以公开的14件；（2）依…部分公开的4件；（3）…", "分成三行：1.逾期不补正 1；2.逾期不缴费 0":
# items numbered inside a paragraph. Only at a clause's start: "制发（0）废止（1）" are cells in brackets.
# (Items at a line's start are the lists' own: `lists` reads them.)
_INLINE_ITEM = re.compile(r"(?<=[：:；;。，,])([ \t]*(?:[（(][ \t]*(\d{1,2})[ \t]*[)）]|(\d{1,2})[.、．](?!\d)))"
                          r"(?=[ \t]*[\u4e00-\u9fff])(?![ \t]*(?:[件项条次宗起份]|个(?!人)))")  # "公开：（1）件" is a figure


def inline_items(text: str) -> str:
    """The numbers of items in a paragraph, 1, 2, 3 … in order, are no figures: blanked."""
    marks = list(_INLINE_ITEM.finditer(text))
    run, want = [], 1
    for m in marks:
        if int(m.group(2) or m.group(3)) == want:
            run.append(m)
            want += 1
    if len(run) < 2:
        return text
    for m in reversed(run):
        text = text[:m.start(1)] + " " * len(m.group(1)) + text[m.end(1):]
    return text


# A label relabelled by hand on an old sheet: "本年新制作数量→改“本年制发件数” 1", "规范性文件（已改为“行政规范性文件”）".
_RELABEL = re.compile(r"([^\s：:；;，,。→（()）“”\"\d]{2,16})[ \t]*(?:→|->|=>|⇒)[ \t]*(?:改(?:为|成)?)?[ \t]*[“\"]([^”\"\n]{2,16})[”\"]")
_RENAMED = re.compile(r"[（(](?:已)?(?:改为|改成|改叫)[“\"][^”\"\n]{2,16}[”\"][)）]")


def relabelled(text: str) -> str:
    """The old label and the arrow go, the new label stands (in its place, so offsets stay); a bracket saying the
    label was renamed goes (the old name means the same row)."""
    def keep_new(m: re.Match) -> str:
        return " " * (m.start(2) - m.start()) + m.group(2) + " " * (m.end() - m.end(2))
    return _RENAMED.sub(lambda m: " " * len(m.group(0)), _RELABEL.sub(keep_new, text))



# Text copied out of a PDF breaks its lines where the page ended them: inside a label ("商业企\n业 3 件") or a
# figure ("予以公开 1\n0 件").
_WRAPPED_FIGURE = re.compile(r"(?<=\d)\n(?=\d+[ \t]*(?:件|个|项|万元|元))")
_CLAUSE_END = re.compile(r"[，,。；;]")


def _wraps(text: str) -> list[int]:
    """The line breaks that cut a figure, or a word of the form (a lexicon word runs across the break and is
    longer than the words either side of it keep)."""
    from .lexicon import fold, tokens
    out = [m.start() for m in _WRAPPED_FIGURE.finditer(text)]
    for i, ch in enumerate(text):
        if ch != "\n" or not (0 < i < len(text) - 1) or not re.match(r"[\u4e00-\u9fff]", text[i - 1]) or \
                not re.match(r"[\u4e00-\u9fff]", text[i + 1]):
            continue
        a = max(0, i - 10)
        joined = fold(text[a:i] + text[i + 1:i + 11])
        cut = i - a
        if any(t.start < cut < t.end and t.kind not in ("ignore", "quant", "zero") for t in tokens(joined)):
            out.append(i)
    return sorted(out)


def pdf_wraps(text: str) -> str:
    """Where two breaks at least cut figures or words, each such break moves to the end of its clause (after the
    next comma or stop), so the cut figure or word reads whole. Characters move by one place at most."""
    cuts = _wraps(text)
    if len(cuts) < 2:
        return text
    for i in reversed(cuts):
        m = _CLAUSE_END.search(text, i + 1, i + 40)
        if m is None or "\n" in text[i + 1:m.end()]:
            continue
        text = text[:i] + text[i + 1:m.end()] + "\n" + text[m.end():]
    return text


# An input box of a web form as select-all copies it: a bracket, spaces, the figure, spaces, a bracket.
_BOX = re.compile(r"[\[【]([ \u3000]+)(\d+(?:\.\d+)?)([ \u3000]+)[\]】]")


_HELP = re.compile(r"^[ \t]*[ⓘℹ][^\n]*", re.M)


def input_boxes(text: str) -> str:
    """The page's boxes around figures become spaces (offsets kept) and its help lines are blanked; only on a
    page of several boxes (a lone "[ 1 ]" in prose may be a reference mark)."""
    if len(_BOX.findall(text)) < 3:
        return text
    text = _HELP.sub(lambda m: " " * len(m.group(0)), text)
    return _BOX.sub(lambda m: " " + m.group(1) + m.group(2) + m.group(3) + " ", text)


# Decimal outline numbering, as technical documents number their sections ("2 依申请公开", "2.1 收到申请",
# "2.1.1 本年新收 4件"): a code at the line's start, a space, then words.
_DECIMAL_CODE = re.compile(r"(?m)^([ \t]*)(\d{1,2}(?:\.\d{1,2}){0,4})(?=[ \t]+[\u4e00-\u9fff])")
_DEEP_CODE = re.compile(r"(?m)^[ \t]*\d{1,2}(?:\.\d{1,2}){1,4}[ \t]+[\u4e00-\u9fff]")


def decimal_outline(text: str) -> str:
    """In notes numbered that way (three lines or more with a code of two levels or deeper), every line's code is
    the section's number, no figure: before, "2 依申请公开" under "1.5 行政事业性收费：0" gave the fees a 2.
    A single "2 依申请公开" line without such codes around it is left alone. Blanked, so offsets stay."""
    if len(_DEEP_CODE.findall(text)) < 3:
        return text
    return _DECIMAL_CODE.sub(lambda m: m.group(1) + " " * len(m.group(2)), text)


# A sheet read out over the phone and typed as heard: each cell's figure in words, with no measure word ("自然人 一，
# 总计 一", "许可 三十一（…）", "有效的 一"): the numeral stands alone right after a form's word, a space or a colon
# between, and ends its field.
_SPOKEN_CELL = re.compile(r"(?<=[\u4e00-\u9fff])(的?[ \t]*[:：]?[ \t]*)([两一二三四五六七八九十]{1,3})(?=[ \t]*(?:[，,。；;、（(\n]|$))",
                          re.M)
_CELL_WORDS = frozenset(("row", "group", "applicant", "legal", "t2row", "t2col", "rgroup", "litigation", "outcome"))


def spoken_figures(text: str) -> str:
    """Such a numeral becomes its digits, padded with spaces (offsets stay): the grammar reads a bare figure after
    its label, not a numeral without a measure word. Only after a word of the form ("第一行", "断了一次" and a
    numeral after any other word stay as they are) and with a space or colon between."""
    from ..model.numbers import cn_number
    from .lexicon import fold, tokens

    def cell(m: re.Match) -> str:
        if not re.search(r"[ \t:：]", m.group(1)):
            return m.group(0)  # "有效一" is no cell read out
        before = fold(text[max(0, m.start() - 8):m.start()])
        found = tokens(before)
        value = cn_number(m.group(2))
        if not found or found[-1].end != len(before) or found[-1].kind not in _CELL_WORDS or value is None:
            return m.group(0)
        digits = str(int(value))
        return m.group(1) + digits + " " * (len(m.group(2)) - len(digits)) if len(digits) <= len(m.group(2)) else m.group(0)
    return _SPOKEN_CELL.sub(cell, text)


# Digits read out as on a radio or a duty phone, one word a digit, with 幺 for 1, 两 for 2, 拐 for 7, 勾 for 9 and
# 洞 for 0 so no two sound alike ("新收 幺洞 件" = 10, "许可 两三拐四 件" = 2374). A run with one of the
# radio-only words (幺洞拐勾) standing as a figure is read so anywhere; when the message names the practice
# ("电台报数", "按对讲机的习惯", a legend "幺两三…洞") every run of digit words standing as a figure is (then
# "强制 五六 件" is 56, not "five or six").
# (the practice named: 报数据 and a 无线电 office's name are no radio digits)
# ("两三件" is "about three" wherever the practice is not named)
_RADIO_GATE = re.compile(r"电台|(?<!上)报数(?!据|字|量)|对讲|幺两三|两三四五六拐|[幺洞拐勾]\s*[=＝]\s*\d")
_RADIO_DIGIT = {"洞": "0", "零": "0", "〇": "0", "幺": "1", "一": "1", "两": "2", "二": "2", "三": "3", "四": "4",
                "五": "5", "六": "6", "拐": "7", "七": "7", "八": "8", "勾": "9", "九": "9"}
_RADIO_ONLY = "幺洞拐勾"
# The legend itself ("（幺两三四五六拐八勾洞）") is no figure.
_RADIO_LEGEND = re.compile(r"[（(]?[幺洞两一二三四五六拐七八勾九零〇、，,\s]{8,}[)）]?")
# A run standing as a figure: after a space, a colon, punctuation or the line's start (or, with a radio-only word,
# right after a word: "新收幺洞件"), before a space, punctuation, a measure word or the line's end.
_RADIO_RUN = re.compile(r"(?<![\u4e00-\u9fff\d])([幺洞两一二三四五六拐七八勾九零〇]+)(?=[ \t]*(?:[件个起项宗次，,。；;、)）(（\n]|$))"
                        r"|(?<=[\u4e00-\u9fff])([幺洞两一二三四五六拐七八勾九零〇]*[幺洞拐勾][幺洞两一二三四五六拐七八勾九零〇]*)"
                        r"(?=[ \t]*(?:[件个起项宗次，,。；;、)）(（\n]|$))", re.M)


def radio_digits(text: str) -> str:
    """Radio digits become Arabic ones, one for one (offsets stay). Without the practice named, only a run of two
    words or more with a radio-only word, set apart as a figure ("处罚 幺洞勾三 件"); "漏洞两处", "拐弯" stay."""
    gated = bool(_RADIO_GATE.search(text))
    if gated:
        text = _RADIO_LEGEND.sub(lambda m: " " * len(m.group(0))
                                 if sum(ch in m.group(0) for ch in _RADIO_ONLY) >= 3 else m.group(0), text)

    def run(m: re.Match) -> str:
        digits = m.group(1) or m.group(2)
        if not any(ch in _RADIO_ONLY for ch in digits):
            if not gated or (len(digits) == 1 and digits not in "洞幺"):
                return m.group(0)
        elif not gated and (m.group(2) or len(digits) < 2):
            return m.group(0)
        return "".join(_RADIO_DIGIT[ch] for ch in digits)
    return _RADIO_RUN.sub(run, text)


# A spreadsheet's formulas pasted beside (or instead of) their results ("=COUNTIFS(台账!D:D,\"自然人\",台账!B:B,
# \">=2024/1/1\") → 14", "=SUM(C3:C7)", "=B4+B5-B6"): the formula's text is the sheet's arithmetic, not the year's
# figures — its dates, column letters and criteria words are blanked (offsets stay), the result after it is read.
_FORMULA_CALL = re.compile(r"(?<![A-Za-z0-9_=<>!])=\s*[A-Z][A-Z0-9.]*\s*\(")
_FORMULA_CELLS = re.compile(r"(?<![A-Za-z0-9_=<>!])=\s*(?:[A-Z]{1,3}\$?\d+|\d+)(?:\s*[-+*/]\s*(?:[A-Z]{1,3}\$?\d+|\d+))*"
                            r"(?=[\s→=，,。；;）)]|$)")


def _formula_end(text: str, start: int) -> int:
    """The end of a call's parentheses from its opening one, quoted criteria skipped; -1 if never closed."""
    depth, quote = 0, None
    for i in range(start, len(text)):
        ch = text[i]
        if quote:
            if ch == quote:
                quote = None
        elif ch in "\"“”":
            quote = "”" if ch == "“" else ch
        elif ch in "(（":
            depth += 1
        elif ch in ")）":
            depth -= 1
            if depth == 0:
                return i + 1
        elif ch == "\n":
            return -1
    return -1


def sheet_formulas(text: str) -> str:
    """Each pasted formula becomes spaces; a cell reference alone ("=C5") only when it is arithmetic of cells
    (at least one letter-and-row), so "总计=14" and "许可=3" keep their figures."""
    if "=" not in text and "＝" not in text:
        return text
    out, last = [], 0
    for m in _FORMULA_CALL.finditer(text):
        if m.start() < last:
            continue
        end = _formula_end(text, m.end() - 1)
        if end < 0:
            continue
        out.append(text[last:m.start()] + re.sub(r"[^\n]", " ", text[m.start():end]))
        last = end
    text = "".join(out) + text[last:]

    def cells(m: re.Match) -> str:
        return " " * len(m.group(0)) if re.search(r"[A-Z]\$?\d", m.group(0)) else m.group(0)
    return _FORMULA_CELLS.sub(cells, text)


# Handwriting input on a phone mistakes a character for one of like shape ("依甲请" for 依申请, "个入" for 个人,
# "答夏" for 答复, "强剂" for 强制, "有放" for 有效). When the message says it was written by hand ("手写输入",
# "手写的", "字认错了"), the form's words are read with each such slip undone: one wrong character in a word of
# the form, from a table of shapes handwriting recognition confuses. Elsewhere 甲, 入, 夏 are their own words.
# (手写输入, not 手写: "手写申请", "手写信件" are ordinary words)
_HANDWRITING_GATE = re.compile(r"手写(?:输入|键盘|板|识别|的字|的[，,])|手机手写|字(?:认|识别)错|认错(?:了)?字|识别错")
_SHAPES = {"申": "甲由电", "人": "入八", "复": "夏", "效": "放校", "制": "剂刺", "未": "末", "撤": "撒", "理": "埋",
           "结": "给", "予": "矛", "诉": "拆", "许": "浒", "议": "仪", "持": "待", "转": "砖"}
_FORM_WORDS = ("依申请", "申请", "申请人", "个人", "自然人", "法人", "答复", "复议", "有效", "现行有效", "强制", "制发",
               "未结转", "未办结", "未答复", "撤回", "撤销", "办理", "处理", "不予", "予以", "诉讼", "起诉", "许可", "维持",
               "结转", "办结", "上年结转", "结转下年")


def _slips() -> tuple[tuple[str, str], ...]:
    out = {}
    for word in _FORM_WORDS:
        for i, ch in enumerate(word):
            for wrong in _SHAPES.get(ch, ""):
                slip = word[:i] + wrong + word[i + 1:]
                if slip not in _FORM_WORDS:
                    out.setdefault(slip, word)
    # longest first, so "依甲请" is undone whole before "甲请"
    return tuple((re.escape(s), w) for s, w in sorted(out.items(), key=lambda kv: -len(kv[0])))


HANDWRITING_SLIPS = _slips()


def handwriting(text: str) -> str:
    """A message written by hand on a phone is read with the form's words' shape slips undone (one for one, offsets
    stay)."""
    if not _HANDWRITING_GATE.search(text):
        return text
    return respell(text, HANDWRITING_SLIPS)


# A finance system's export of the year's fee items pasted with its unit ("单位是分：" / "单位：元" above the lines, or
# "金额（元）" in the header): the lines right under it are the items ("号牌工本费\t286,750,000", a "其中：…" line
# under an item being part of it), perhaps closed by a 合计 line. That 合计 (else the items' sum) is the table's
# 行政事业性收费 in the unit given. Only the block right under the unit is the sheet — it ends at the first line that
# is no fee item (罚没收入, a blank line, another table and its own 合计) — and only a sheet of fees collected
# (a 费 in every item's name, no 支出/经费). The figure is rewritten in 万元 with the cell's word where the 合计 (else
# the last item) stood, the items blanked; one character for one.
_FEE_UNIT = re.compile(r"单位\s*(?:是|为|[:：])\s*(分|元|万元)|金额\s*[（(]\s*(分|元|万元)\s*[)）]")
_FEE_ITEM = re.compile(r"[ \t]*[^\d\n\t：:]{0,20}费[^\d\n\t]{0,10}[ \t:：]+([\d,，]+(?:\.\d+)?)[ \t]*")
_FEE_PART = re.compile(r"[ \t]*(?:其中|含)[ \t]*[:：]?[^\n]*")
_FEE_TOTAL = re.compile(r"[ \t]*(?:合计|总计)[ \t:：]*([\d,，]+(?:\.\d+)?)[ \t]*")
_PER_WAN = {"分": 1_000_000, "元": 10_000, "万元": 1}
# What the body took in, not what it spent: an expense sheet (培训费, 差旅费 under 支出/经费) is no 收费.
_COLLECTED = re.compile(r"收费|收取|征收|工本费|缴费|非税")
_SPENT = re.compile(r"支出|经费|开支|花费|预算|报销")


def _amount(figure: str) -> float:
    return float(re.sub(r"[,，]", "", figure))


def _fee_block(text: str, at: int) -> tuple[list[re.Match], list[re.Match], re.Match | None]:
    """The lines from `at` on that make the sheet: its items, the parts under them and the closing 合计."""
    items: list[re.Match] = []
    parts: list[re.Match] = []
    nl = text.find("\n", at)
    pos = nl + 1 if nl >= 0 else len(text)
    while 0 < pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        if m := _FEE_TOTAL.fullmatch(text, pos, end):
            return items, parts, m if items else None
        if m := _FEE_ITEM.fullmatch(text, pos, end):
            items.append(m)
        elif items and (m := _FEE_PART.fullmatch(text, pos, end)):
            parts.append(m)
        else:
            break
        pos = end + 1
    return items, parts, None


def fee_sheet(text: str) -> str:
    unit = _FEE_UNIT.search(text)
    if not unit or not _COLLECTED.search(text) or _SPENT.search(text):
        return text
    items, parts, total = _fee_block(text, unit.end())
    if not items:
        return text
    at = total or items[-1]
    value = _amount(at.group(1)) if total else sum(_amount(m.group(1)) for m in items)
    figure = f"{value / _PER_WAN[unit.group(1) or unit.group(2)]:.6f}".rstrip("0").rstrip(".")
    room = at.end() - at.start()
    said = next((w for w in (f"收费{figure}万元", f"收费{figure}") if len(w) <= room), None)  # bare fees are 万元
    if said is None:
        return text
    out = text[:unit.start()] + " " * (unit.end() - unit.start()) + text[unit.end():]  # the unit is said in 万元 now
    for m in items + parts:
        out = out[:m.start()] + re.sub(r"[^\n]", " ", m.group(0)) + out[m.end():]
    return out[:at.start()] + said + " " * (room - len(said)) + out[at.end():]

