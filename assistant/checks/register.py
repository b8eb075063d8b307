"""The register of a published report: the marks of chat or spoken language that do not belong in it.

Each marker class is data (a Chinese name, the pattern that finds it); rule S-11 quotes the sentence, and
the drafting side uses the same list to keep its own output clean. Patterns are narrow on purpose: a
published report uses "我局", "了解", "给予", "问题" and "0.5万元", none of which is a marker. The rule (S-11)
and its lesson are at the end.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..model.report import SECTION_HEADINGS
from .engine import Context, rule
from .lesson import Lesson, rewrite


@dataclass(frozen=True)
class Marker:
    name: str            # Chinese, shown in the finding
    pattern: re.Pattern


def _m(name: str, pattern: str) -> Marker:
    return Marker(name, re.compile(pattern))


_END = r"(?=[，,。！!？?；;、\s~～]|$)"

MARKERS: tuple[Marker, ...] = (
    _m("第一、第二人称", r"(?<!联系)我们(?![将要会]|也将|还将|一定|\s*$)|咱们?|(?<![迷])您|你们|(?<![迷])你(?=[帮看写说要把给们])|俺们?"),
    _m("语气词", r"[啥嗯嘛呀]|哈(?![尼萨尔密巴佛])|[吧呢啊啦哦]" + _END + r"|[～~]"),
    _m("口语说法", r"这块|那块|的话[，,\s]|搞了|弄了|整了|给(?:他|她)们?(?!予)|人少事多|没啥|不咋|咋|挺[多好少]|蛮[多好少]"),
    _m("口语“了”结句", r"(?:给|都|也|就|刚|又)[\u4e00-\u9fff]{1,3}了" + _END),
    _m("表情符号", "[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B50\u2B55\uFE0F\u20E3]"),
    _m("省略号", r"……|\.{3,}|。{2,}|…"),
    _m("人名代称", r"某某|[王李张刘陈杨赵黄周吴徐孙马朱胡郭何林罗高梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文]某(?![些种项类])"),
    _m("模板空白", r"_{2,}|＿{2,}|（\s*）|\(\s*\)|[XＸ×]{3,}|〔待补充〕|【待补充】|\[待补充\]|□"),
    _m("致歉或更正口吻", r"不好意思|抱歉|对不起|不对[，,\s]*是|说错了|搞错了|打反了|写错了|看错了"),
    _m("对同事的请求", r"帮我|帮忙|麻烦[你您]|辛苦了?|谢谢|收到请回复|打我(?:电话|手机)|我再查|你看看|请.{0,4}(?:主任|科长|姐|哥)"),
    _m("标签重复", r"([\u4e00-\u9fff]{2,8})（\1）"),
    _m("金额写法", r"(?<![\d.])0\.0+(?![\d])"),
)


def hits(text: str) -> list[tuple[Marker, str]]:
    """(marker class, the words found) for every marker in a text, in text order."""
    found = [(m.start(), mk, m.group(0)) for mk in MARKERS for m in mk.pattern.finditer(text)]
    return [(mk, words) for _, mk, words in sorted(found, key=lambda x: x[0])]


def colloquial(text: str) -> bool:
    return any(mk.pattern.search(text) for mk in MARKERS)


def sentences(text: str) -> list[str]:
    return [s.strip() for s in re.split(r"(?<=[。！!？?；;])|\n", text) if s and s.strip()]


# --- rule S-11 (domain.md §4.1) -----------------------------------------------------------------

@rule("S-11", "warning", "口语化表述",
      "正文应使用公文语体：不用第一、第二人称的聊天语气，不用语气词、表情符号、省略号，不留模板空白、人名代称、"
      "致歉或给同事的话，不重复标签，金额按“0”“35.68”的写法。",
      lesson=Lesson("把工作笔记的口语原样写进报告", rewrite(5, lambda t: t + "问题的话就是人少事多，有时候更新不及时。")))
def _s11(ctx: Context):
    r = ctx.report
    for i, s in enumerate(r.sections):
        for sentence in sentences(s.text):
            found = hits(sentence)
            if found:
                kinds = "、".join(dict.fromkeys(f"{mk.name}（{words}）" for mk, words in found))
                quoted = sentence if len(sentence) <= 60 else sentence[:60] + "…"
                yield f"“{SECTION_HEADINGS[s.number]}”中“{quoted}”有口语化表述：{kinds}", f"sections[{i}]", []
