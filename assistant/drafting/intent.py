"""What a chat message means, told before any figure is read: new notes, an answer to the open question, a
correction, an instruction about the report's text, a question to the assistant, or other talk.

Deterministic and data-driven: each sentence is matched against the markers below (in this order:
instruction, question, other, correction), then against the open question's subject; what is left with
figures or table words is notes. A message can carry several kinds ("复议那件维持了。另外第五部分写具体
一点"); only its notes, answers and corrections are read for the tables, the rest is kept (never dropped)
but masked from the reading. An LLM, when configured, may only propose a kind that these same checks accept.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..form import official as form
from ..form.address import parse
from ..notes.lexicon import CORRECTION, EMOJI_YES, fold, lookup, tokens
from ..notes.transcript import is_transcript

KINDS = ("notes", "answer", "correction", "instruction", "question", "other")
READ = ("notes", "answer", "correction")  # kinds whose sentences the tables are read from

# ("调查报告里涉及个人信息，删掉后给了": a document an applicant asked for, named by its kind, is no report of ours —
# 报告里 names the report alone or after 年度/工作/这个…)
_SECTION = r"第\s*[一二三四五六1-6]\s*(?:部分|段|节)|[一二三四五六]、[\u4e00-\u9fff]{2,12}(?:部分)?|正文|" \
           r"(?:(?<![\u4e00-\u9fff])|(?<=年度|工作|年报|这个|那个|这份|那份|整个)|(?<=[在的把给往]))报告[里中]|" \
           r"这句话?|那句话?|这段话?|这一段"
# A quoted run: no quote mark of either kind inside, so each character is scanned from one opening mark only
# (with only the closing marks excluded, a run of 20 000 “ was scanned from each of them: quadratic).
_QUOTE = r"[“\"「][^“”\"「」]{2,}[”\"」]"
# Words of thanks, each with the tail it may take at the end of a message ("谢谢老师", "辛苦您了", "麻烦了"):
# one list for the chat markers below and for the thanks stripped after an answer (_COURTESY).
# 麻烦 is thanks there only with its tail ("麻烦你看下" asks).
_THANKS = {"谢谢": "(?:了|啦|你|您|老师)?", "多谢": "", "感谢": "", "辛苦": "(?:了|啦|你了|您了)?", "麻烦": "(?:了|你了|您了)"}
MARKERS: dict[str, tuple[str, ...]] = {
    # Instructions act on the report's text: a verb of editing with a section, a quoted sentence or 报告/正文.
    "instruction_verb": (r"删掉|删除|删去|去掉|去除|改为|改成|换成|替换|加上|加一句|补充一句|补一句|增加一句|添加|加进去|"
                         r"写得?(?:更|再)?(?:具体|详细|充实|简洁|简练|精炼)|写具体|写详细|帮我写|你帮我写|写一下|写一段|"
                         r"单独提一句|提一句|提一下|润色|改写|重写|展开写|压缩|精简",),
    "instruction_target": (_SECTION, _QUOTE, r"存在问题|改进措施|下一步"),
    # Questions to the assistant: about the form, where a case goes, whether something must be written.
    "question": (r"怎么算|怎么填|如何填|怎么写|什么意思|是什么意思|有什么区别|什么区别|算哪|放哪|该放|归哪|填哪|"
                 r"要不要|需不需要|是否需要|用不用|算不算|也算[^，,。]{0,8}吗|吗[？?]|呢[？?]|[？?]\s*$",),
    # Other talk: thanks, greetings, promises to send more later, "go ahead".
    "other": (r"^(?:好的|好|嗯|行|收到|" + "|".join(_THANKS) + r"|您好|你好)[\s，,。.!！~～啦了哈呀您你老师们]*$|谢谢|辛苦了|多谢|感谢|"
              r"明天再(?:发|补|给)|回头再|再跟你说|再发给你|先按现在的|先这样|报告(?:你)?先出|先出报告|我再去问|再问问|"
              r"都齐了|就这些|应该就这些|我也说不清|先按这个",),
    # Corrections: the grammar's own markers plus the ways officials take back a figure.
    "correction": (r"刚才说错|说错了|录错|看错|填错|写错|弄错|搞错|更正|核了一下|对了台账|又核|应该是|应为|归到|不是全部|改成|改为|"
                   r"记错|[看写弄搞填记打]反了",  # "是65，我看反了": two digits swapped; "记错了，实际是5件"
                   # "哦不对，有2件是律所的", "不，是3件": taking back what was just said
                   r"^\s*(?:哦|噢|呃|啊|哎|诶)?\s*(?:不对[，,！!\s]|不\s*[，,]\s*(?:是|应该是|应是)\s*[\d一二两三四五六七八九十])"),
}
# "没有别的结果，先按这个填": the results told are all there are — a statement, whatever talk is around it.
NO_OTHER_RESULTS = re.compile(r"(?:没有|无)(?:别的|其他|其余|另外的?)(?:的)?(?:办理)?结果|"
                              r"(?:别的|其他|其余)(?:的)?(?:办理)?结果(?:都|均|也)?(?:没有|无)")
# "比上年结转的少一件" to "…结转下年度继续办理的有几件？": the count asked, told against another row.
COMPARED = re.compile(r"^\s*(?:那|就|应该)?\s*(?:比|较)([^，,。；;\d]{2,12}?)(?:的)?(?:要|还|再)?(多|少)了?\s*"
                      r"(\d+|[一两二三四五六七八九十])\s*(?:件|个)[\s，,。.!！啦了哈呀吧]*$")
_LEAD_COUNT = re.compile(r"^\s*(?:有|就|只有|就只有|还有|共|一共|总共)?\s*(\d+|[一两二三四五六七八九十])\s*(?:件|个)\s*[，,]")


def lead_count(text: str) -> str | None:
    """"有一件，去年12月底收的，今年元旦过了才答复" to "…有几件？": the count opens the answer, the rest only says what
    the cases were (no figure, nothing of table 2 or 4). The count's words, or None."""
    m = _LEAD_COUNT.match(text)
    if not m:
        return None
    rest = text[m.end():]
    counts = re.search(r"(?:\d+|[一两二三四五六七八九十百])\s*(?:件|个|起|宗|项)", rest)
    if counts or any(t.kind in ("rgroup", "litigation", "t2row", "applicant", "legal") for t in tokens(fold(rest))):
        return None
    if _UNSURE.search(rest) or LEFT_OPEN.search(rest):
        return None  # "有2件，不过我不太确定，先空着": not an answer to bind
    return m.group(1)


_UNSURE = re.compile(r"不清楚|不知道|不确定|拿不准|说不准|说不清|不太清楚|不好说|先空着|先不填")
LEFT_OPEN = re.compile(r"先空着|先不填|暂时空着|暂不填|先留空|空着吧|先放着")  # the official leaves a figure for later
# ("按你说的办", "就照您的意见填吧": the assistant's proposal accepted, as "是的" accepts it)
_YES = re.compile(r"^(?:[" + EMOJI_YES + r"]+|是的?|对的?|对|没错|是这样|嗯|正确|确认|可以|同意|(?:那|那就|好|好的)?[，, ]?(?:就)?(?:按|照|依)(?:你|您)(?:说的|的意见|的建议|讲的)(?:办|来|填|弄|处理)?(?:吧)?|就这么(?:办|填)(?:吧)?)[\s，,。.!！啦了哈呀]*")
_NO = re.compile(r"^(?:没有|没|无|都没有|都没|一件也没有|一件都没有|均无|都无|不是|否|0|零|都是0|都是零|都填0|全是0)"
                 r"[\s，,。.!！啦了哈呀的]*$")


def _any(patterns: tuple[str, ...], text: str) -> bool:
    return any(re.search(p, text) for p in patterns)


@dataclass
class Part:
    kind: str
    start: int
    end: int
    text: str


@dataclass
class Intent:
    parts: list[Part] = field(default_factory=list)

    @property
    def kinds(self) -> list[str]:
        out = []
        for p in self.parts:
            if p.kind not in out and p.kind != "quote":  # (a quote-reply's quote is the question, not a kind of its own)
                out.append(p.kind)
        return out

    def masked(self, text: str) -> str:
        """The message with every sentence that is not read for the tables blanked (offsets stay)."""
        chars = list(text)
        for p in self.parts:
            if p.kind not in READ:
                chars[p.start:p.end] = [" " if ch != "\n" else ch for ch in chars[p.start:p.end]]
        return "".join(chars)

    def of(self, kind: str) -> list[Part]:
        return [p for p in self.parts if p.kind == kind]


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentences: 。！？ and line breaks end one; a quote or a bracket stays inside its sentence."""
    out, start, depth = [], 0, 0
    for i, ch in enumerate(text):
        if ch in "“「（(":
            depth += 1
        elif ch in "”」）)" and depth:
            depth -= 1
        elif (ch in "。！!？?\n" and depth == 0) or (ch == "；" and depth == 0):
            if text[start:i + 1].strip():
                out.append((start, i + 1))
            start = i + 1
    if text[start:].strip():
        out.append((start, len(text)))
    return out


def _has_content(s: str) -> bool:
    """Figures or table words a note would be read for."""
    heads = {"row", "group", "apps", "applicant", "legal", "rgroup", "litigation", "outcome", "t2row", "zero", "carry",
             "carry0", "t2col0", "nofee", "quant", "ignore"}
    return bool(_FIGURE.search(s)) or \
        any(t.kind in heads for t in tokens(fold(s)))


def subject_heads(cells: tuple[str, ...] | list[str]) -> set[str]:
    """The table words that name a question's cells (row, group, table-4 group, table-2 row keys)."""
    out = set()
    for p in cells:
        if p.startswith("applications."):
            key = p.split(".")[1].split("[")[0]
            out.add(key)
            row = form.APP_BY_KEY[key]
            if row.group is not None and row.group is not form.RESULTS:
                out.add(row.group.key)
        elif p.startswith("review_litigation."):
            out.add(p.split(".")[1].split("[")[0])
            out.add("litigation")
        elif p.startswith("active."):
            out.add(p.split(".")[1])
    return out


def _heads(s: str) -> set:
    out = set()
    for t in tokens(fold(s)):
        if t.kind in ("row", "group", "rgroup", "t2row"):
            out.add(t.target)
        elif t.kind == "litigation":
            out.add("litigation")
        elif t.kind == "carry":
            out.add("carried_over" if re.search(r"上年|去年|以前", s) else "carried_forward")
    return out


_FIGURE = re.compile(r"\d|[一二两三四五六七八九十百千俩仨]\s*[件个起宗项]")
_TRANSCRIPT = re.compile(r"^\s*(?:问|答|回答|提问|Q\d*|A\d*)\s*[：:]")


def fits(text: str, subject) -> bool:
    """Whether an answer is of the kind the question asks for: who applied only answers a question about
    applicants ("村民" after "上年结转有几件？" is new notes, not an answer)."""
    toks = tokens(fold(text))
    whom = any(t.kind in ("applicant", "legal") for t in toks)
    about_applicants = bool(subject) and all(p.startswith("applications.") and not p.endswith("[6]") for p in subject)
    figures = bool(re.search(r"\d|[一二两三四五六七八九十]\s*[件个起]", text))
    if whom and figures and not about_applicants and len({t.target for t in toks if t.kind == "applicant"}) > 1:
        # "自然人十三件，剩下四件都是企业" after a question about results: a split by applicant answers
        # a question about applicants, whatever was asked; read by its own words.
        return False
    return about_applicants or not whom or figures


def own_heads(s: str) -> set:
    """The rows, groups, table-4 groups and table-2 rows a text names."""
    return _heads(s)


def names_heads(s: str) -> bool:
    """Whether a text names a row, group, table-4 group or table-2 row of its own."""
    return bool(_heads(s))


_ONE_CASE_ASKED = re.compile(r"的\s*1\s*件")
_MORE_THAN_ONE = re.compile(r"\d|[两二三四五六七八九十俩仨]\s*[件个家位名]|[和、及与跟]")


def one_case_whose(subject, asked: str, text: str) -> int | None:
    """The applicant of the one case a question asks about ("“上年结转”的 1 件分别来自哪类申请人？"), named with what
    became of it ("环保协会的 给他公开了", "是一家公司，已经公开了"): the result is the case's own story, the applicant
    the answer (one kind, no figure, no row but results named)."""
    where = [parse(p) for p in subject if p.startswith("applications.")]
    if not where or len(where) != len(subject) or len({w.row for w in where}) != 1 or \
            any(w.col == form.TOTAL for w in where):
        return None  # (not a question of one row's applicants)
    if not _ONE_CASE_ASKED.search(asked or "") or _MORE_THAN_ONE.search(text):
        return None
    toks = tokens(fold(text))
    kinds = {t.target for t in toks if t.kind == "applicant" and t.target != form.TOTAL}
    if len(kinds) != 1 or any(t.kind in ("legal", "rest", "not") for t in toks):
        return None
    kind = next(iter(kinds))
    if not _heads(text) <= set(form.RESULT_KEYS) or form.application_path(where[0].row, kind) not in subject:
        return None
    return kind


# Thanks or a sigh after an answer ("都没有，谢谢", "是的，辛苦了"): no words of the answer.
# (an emoji after the answer, "没 👌", "有的😂", is a tone, no word of it)
_COURTESY = re.compile(r"[\s，,。.!！~～]*(?:" + "|".join(w + tail for w, tail in _THANKS.items()) +
                       r"|[\U0001F300-\U0001FAFF\u2600-\u27BF\U0001F100-\U0001F1FF\uFE0F]+)"
                       r"[\s，,。.!！~～啦了哈呀]*$")


def strip_courtesy(s: str) -> str:
    """The answer without the thanks after it (the whole text when it is only thanks)."""
    return _COURTESY.sub("", s).strip() or s.strip()


# "同上", "也一样", "跟上面一样": the answer is the one given to the question before.
SAME_AS_BEFORE = re.compile(r"^\s*(?:也|都|还|情况)?(?:是)?(?:同上|同前|同上面|如上|跟上面一样|和上面一样|跟上边一样|和上边一样|跟前面一样|"
                            r"和前面一样|跟上一个一样|和上一个一样|跟上条一样|与上面相同|与上相同|一样|同样|相同)(?:的)?"
                            r"[\s，,。.!！啦了哈呀的吧]*$")


def is_bare_answer(s: str) -> bool:
    """"是的", "没有", "对": an answer that names nothing of its own (thanks after it aside)."""
    s = strip_courtesy(s)
    return bool(_YES.match(s) or _NO.match(s))


# A chat app's quote-reply: the message quoted first ("「助手：结转下年的3件是哪类申请人？」" and a dashed line),
# then the answer. The quote is the question being answered, not the official's notes.
_QUOTED = re.compile(r"^\s*「([^「」\n:：]{0,12}[:：])?([^「」]{2,300})」[ \t]*\n(?:[ \t]*[-－—_=·][-－—_=· \t]{2,}\n)?")


def quoted_reply(text: str) -> tuple[int, str] | None:
    """(where the answer starts, the quoted words) when a message opens with a quote-reply of the assistant's
    message (named so, or set off by the dashed line chat apps draw under a quote)."""
    m = _QUOTED.match(text)
    if not m:
        return None
    dashed = bool(re.search(r"[-－—_=·]", text[m.end(2):m.end()]))
    if not dashed and not re.search(r"助手|AI|机器人|小助手", m.group(1) or ""):
        return None
    return m.end(), m.group(2)


# "处罚 2,315件？ 你等我看看……是2,135件": a figure the official doubts aloud, looks up and says again — notes,
# not a question to the assistant (the figure said after the look-up stands; one left in doubt stays unread).
_DOUBTED = re.compile(r"\d\s*[件个起万元]*\s*[？?]\s*(?:你|您)?(?:等一下|等等|等我|我)?(?:再)?(?:看看|查查|查一下|看一下|翻翻|核一下)"
                      r"[^，,。\d]{0,4}?(?:…+|\.{2,}|[，,\s])*\s*(?:是|应该是|应为|实际是)\s*\d")


# "4件的办理结果分别是？（予以公开 2 /部分公开 0 …）": the assistant's question pasted back with its blanks
# filled in — the answer, not a question.
_FILLED_IN = re.compile(r"\s*[（(](?:[^）)\n]{0,40}?\d+){2}")
# "跟表上一样", "见附表": the answer is a table the official sends (or meant to).
_SEE_TABLE = re.compile(r"^\s*(?:就|都)?(?:跟|和|同|与)?(?:表上|表里|表格里|表格上|附表|上表|表中|报表上?)(?:的)?(?:数|数字)?(?:一样|一致|相同)"
                        r"[\s，,。.!！啦了哈呀的吧]*$|^\s*(?:见|详见|参见|看)(?:附|上|下)?表[\s，,。.!！]*$")
# "…有1件是去年12月30号收的，应该算去年结转吧？": a statement asking to be confirmed, read as notes.
_TAG_QUESTION = re.compile(r"吧\s*[？?]\s*$")


_LABEL_QUOTED = re.compile(r"[“\"「]([^“”\"「」\d]{2,12})[”\"」]")


def _relabels_form(s: str) -> bool:
    """"本年新制作数量→改“本年制发件数” 1": an old sheet's label renamed to the form's, its figure after it — notes,
    not an edit of the report's text (each quote is a label of the form, and a figure follows one)."""
    quotes = list(_LABEL_QUOTED.finditer(s))
    return bool(quotes) and all(lookup(m.group(1)) is not None for m in quotes) and \
        any(re.match(r"[”\"」]?[ \t]*\d", s[m.end() - 1:m.end() + 4]) for m in quotes) and \
        len(quotes) == len(re.findall(r"[“\"「]", s))


def classify(text: str, subject: tuple[str, ...] = (), question: str = "") -> Intent:
    """Each sentence's kind. `subject`: the cells the open question asks about (empty when none is open). A
    sentence with an editing verb and a quote (of the report's text) is an instruction; which section it
    quotes is found when the instruction is acted on (instructions.py); `question`: its text."""
    asked = subject_heads(subject)
    out = Intent()
    chat = is_transcript(text)
    quoted = quoted_reply(text)
    skip = quoted[0] if quoted else 0
    if quoted:
        out.parts.append(Part("quote", 0, skip, text[:skip]))  # the assistant's own question, quoted back
    for a, b in sentences(text[skip:]):
        a, b = a + skip, b + skip
        s = text[a:b]
        core = s.strip()
        if _TRANSCRIPT.match(s):
            kind = "notes"  # a clerk's own "问：…答：…" notes
        elif _any(MARKERS["instruction_verb"], s) and _any(MARKERS["instruction_target"], s) and not _relabels_form(s):
            kind = "instruction"
        elif _any(MARKERS["question"], core) and not is_bare_answer(core) and not chat and not _DOUBTED.search(text[a:b + 30]) and \
                not (_TAG_QUESTION.search(core) and _FIGURE.search(core)) and \
                not _FILLED_IN.match(text, b) and \
                not (_FIGURE.search(core) and _UNSURE.search(core) and not re.search(r"[？?]", core)):
            # ("…另外2件是合作社，合作社算哪一类我也不清楚，先空着": figures, and a doubt said, not asked)
            kind = "question"  # in a pasted group chat a question is one colleague's to another: notes
        elif _any(MARKERS["other"], core) and not _FIGURE.search(core) and not NO_OTHER_RESULTS.search(core) and \
                not (asked and (is_bare_answer(core) or _heads(core) & asked)):
            kind = "other"
        elif _any(MARKERS["correction"], s) or CORRECTION.search(fold(s)):
            kind = "correction"
        elif asked and SAME_AS_BEFORE.match(core):
            kind = "answer"  # "同上": the answer before, again (view reads it against this question)
        elif asked and _SEE_TABLE.match(core) and not _FIGURE.search(core):
            kind = "answer"  # "跟表上一样": answered by a table (sent or still to come), nothing to read here
        elif len(subject) == 1 and (COMPARED.match(core) or
                                    lead_count(core) and subject[0].endswith(f"[{form.TOTAL}]")):
            kind = "answer"
        elif asked and fits(core, subject) and (is_bare_answer(core) or _has_content(s)) and (is_bare_answer(core) or not (_heads(core) - asked)
                                                 or _heads(core) & asked or one_case_whose(subject, question, core) is not None):
            kind = "answer"
        else:
            kind = "notes"  # figures, table words, or a heading of sub-reports ("一科：", "第一季度：")
        out.parts.append(Part(kind, a, b, s))
    # A clause of thanks inside an answer ("…填0就行。谢谢！") is other; one sentence of mixed talk stays as read.
    return out
