"""An instruction about the report's text typed in the main chat, turned into what the per-section revise box
takes: which section ("第一部分", a quoted sentence of its text, or its topic) and the edit itself
("删除“…”这句话", "把“A”改为“B”", "补充：…"); anything else is a rewrite for the LLM."""
from __future__ import annotations

import re

from ..form import official as form
from ..model.numbers import cn_number

# "第五部分", and in speech "五那块" / "五这部分"
_NUMBERED = re.compile(r"第\s*([一二三四五六1-6])\s*(?:部分|段|节)|(?<![\d一二三四五六七八九十第])([一二三四五六])(?:那块|这块|那部分|这部分)")
_QUOTE = re.compile(r"[“\"「]([^”\"」]+)[”\"」]")
# A section named by its topic when no number is given (the form's own headings and FIVE_PARTS words).
_TOPICS = ((5, r"存在的?问题|问题(?:和|及|与|跟)(?:改进)?措施|问题(?:那块|这块|部分)|改进|下一步|整改"), (6, r"信息处理费|其他需要报告|其他事项"), (1, r"总体情况"))
_DELETE = r"删掉|删除|删去|去掉|去除|拿掉"
_REPLACE = re.compile(r"把?[“\"「]([^”\"」]+)[”\"」]\s*(?:改为|改成|替换为|换成|替换成)\s*[“\"「]?([^”\"」]+?)[”\"」]?\s*(?:[，,。；;]|$)")
_ADD = re.compile(r"(?:加上|加一句|补充一句|补一句|增加一句|添加|补充|增加|加进去)[^“\"「：:]{0,6}(?:[：:]\s*(.+)|[“\"「]([^”\"」]+)[”\"」])")


_UNDO = re.compile(_DELETE + r"|改为|改成|替换|换成|不要|别写|不用写|不写|去掉|撤掉")


def only_adds(sentence: str) -> bool:
    """An instruction that gives content to add ("存在问题帮我加上：…", "问题写一下：…") rather than one that
    deletes, replaces or withdraws text ("删掉“人员不足”这句", "不要写人员不足了")."""
    return not _UNDO.search(sentence)


def instruction_section(sentence: str, sections: dict[int, str]) -> int | None:
    if m := _NUMBERED.search(sentence):
        n = int(cn_number(m.group(1) or m.group(2)))
        return n if n in form.SECTION_HEADINGS else None
    for q in _QUOTE.findall(sentence):
        for n, text in sections.items():
            if q.strip() and q.strip() in text:
                return n
    for n, pattern in _TOPICS:
        if re.search(pattern, sentence):
            return n
    return None


def instruction_core(sentence: str) -> str:
    """The edit in the revise box's words."""
    s = sentence.strip().rstrip("。！!")
    quotes = _QUOTE.findall(s)
    if m := _REPLACE.search(s):
        return f"把“{m.group(1)}”改为“{m.group(2).strip()}”"
    if quotes and re.search(_DELETE, s):
        whole = re.search(r"这句|那句|这一句|整句", s)
        return f"删除“{quotes[0]}”" + ("这句话" if whole else "")
    if m := _ADD.search(s):
        return "补充：" + (m.group(1) or m.group(2)).strip().rstrip("。")
    return _NUMBERED.sub("", s).strip("，,：: ")
