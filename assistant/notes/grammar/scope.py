"""Quantifiers and zero words ("都是", "均为", "其他都没有", "无") and the end of a clause: each binds to the heads
of its own clause, or the topic, with that scope only."""
from __future__ import annotations

import re
from dataclasses import replace

from ...form import official as form
from ...form.official import TOTAL, application_path, review_path
from ..lexicon import EMOJI, SENTENCE_STOPS, Token, clause_span
from ...form.address import parse
from ...model.numbers import cn_number
from .binding import CARRIED_PAIR, MAIN

# What ends a sentence here: a question or an exclamation too.
_SENTENCE_ENDS = SENTENCE_STOPS + "!！?？"
# A line that is one head and nothing else but particles ("个人", "公开了", "都是自然人"): a terse answer.
_ALONE = re.compile(r"[\s，,。.！!~～]*(?:都是|都|全部|全是|均为|均)?(?:已经|已)?(?:予以)?[\s]*(?:了|的|哈|啊|呀)?[\s，,。.！!~～]*")


_EMOJI = re.compile(EMOJI + "+")


class Scope:
    """Quantifiers, zero words and the end of a clause for MessageReader (a mixin)."""
    all_toks: list[Token]  # the message's tokens (MessageReader)

    def zero_word(self, t: Token, toks: list[Token]) -> bool:
        """无/没有/未 say "none" when they stand at the end of a clause, after a colon, or right before
        a head ("无行政复议", "复议：无", "都没有哈")."""
        text = self.text
        rest = text[t.end:]
        if t.text == "零" and re.match(r"[售星散件部碎头钱花用工]", rest):
            return False  # "零售许可证", "零星", "零部件": a word, not the figure nought
        if re.match(r"(?:合计|汇总|统计|加|算|填|报|查|数|核)", rest):
            return False  # "还没合计", "没加": the clerk's own work, not a figure
        if re.match(r"(?:走|经过|经|通过|申请)?\s*(?:行政)?复议(?:程序)?\s*[，,]?\s*(?:就|而是|而)?\s*(?:直接|径直)?\s*"
                    r"(?:去|到|向)?\s*(?:法院|起诉|告|打官司)", rest):
            return False  # "没走复议直接去法院告我们": the suit's channel, not "no review"
        if re.search(r"(?:去年|上年|上一年|上年度|前年)(?:也|都|同期)?$", text[max(0, t.start - 5):t.start]) and \
                not re.search(r"结转|遗留|转过来|剩", text[t.end:t.end + 8]) and \
                not any(CARRIED_PAIR.match(text, k) for k in range(max(0, t.start - 5), t.start)):
            return False  # "（判决驳回…），去年没有": last year had none, this year's figure stands
        rest = _EMOJI.sub("", rest)  # "规范性文件也没有🙏 对了": a sign after the zero word ends nothing's clause
        if re.match(r"[过哈啊呀吧呢的了嘛。，,；;！!？?\s]*(?:$|[，,；;。！!？?\n])", rest) and \
                (not rest.lstrip().startswith("过") or t.text.endswith("发生")):  # "都没发生过"
            return True
        if re.match(r"[”\"』」]\s*(?:$|[，,；;。！!？?\n])", rest) and \
                re.search(r"[“\"『「][^“”\"『』「」，,。；;\n]{0,8}$", text[max(0, t.start - 9):t.start]):
            # "复议诉讼还是“全年未发生”": the template's words quoted, ending the clause (not last year's report
            # quoted: "去年报告里行政复议写的是“全年未发生”")
            start = max(text.rfind(c, 0, t.start) for c in "。；;\n") + 1
            return not re.search(r"去年|上年|前年|以前|原来|往年", text[start:t.start])
        if re.match(r"[哈啊呀吧呢的了嘛。，,；;！!？?\s]*(?:$|[，,；;。！!？?\n])", rest):
            return True
        if re.match(r"[哈啊呀吧呢的了嘛\s]*[（(][^（()）]{2,30}[)）]\s*(?:$|[，,；;。！!？?\n])", rest):
            return True  # "收费 厅本级没有（不动产登记费是市县收的）": an aside after the zero word ends its clause
        if re.match(r"[哈啊呀吧呢的了嘛\s]*[)）]", rest) and re.search(r"[(（][^()（）]{0,12}$", text[:t.start]):
            return True  # "新收11件（去年结转的没有）": the aside ends with the zero word, as a clause does
        if _described(text[:t.start], rest):
            return False
        if re.match(r"[哈啊呀吧呢的了嘛]*[ \u3000]+[\u4e00-\u9fff]", rest):
            # "收费我们没有 排污费早就改环保税了": a space parting two clauses ends the zero's — when its own part
            # names what is none ("…产权档案 我们没有 在不动产中心" says where it is held, of nothing counted)
            seg = max(text.rfind(c, 0, t.start) for c in " \u3000，,。；;\n：:") + 1
            if any(x.kind in MAIN and seg <= x.start and x.end <= t.start for x in toks):
                return True
        if re.match(r"(?:实施|发生|办理|作出|收到|受理|开展|涉及|产生|有过|出现|搞|弄|做|干|采取)(?:过)?[的了过哈]*\s*(?:$|[，,；;。！!？?\n])", rest):
            return True  # "行政强制措施本年没有实施"
        if re.search(r"[:：]\s*$", text[:t.start]) or re.search(r"[:：]\s*(?:均|都|全)?$", text[max(0, t.start - 2):t.start]):
            return True
        nxt = next((x for x in toks if x.start >= t.end), None)
        return nxt is not None and nxt.start - t.end <= 3 and nxt.kind in MAIN | {"applicant", "carry", "apps", "legal"} \
            and not re.search(r"[，,；;。]", text[t.end:nxt.start])

    # a clause without numbers: zero words, quantifiers, a reason in parentheses ------------------
    def clause_end(self, a: int, b: int, heads: list[Token], numbers_in_clause: int, applicant: Token | None,
                   anchor: Token | None = None):
        clause = self.text[a:b]
        if re.search(r"(?:无|没有|没得|莫得|不具备|不享有|不具有)[^，,。；;]{0,6}(?:制定|制发)权", clause):
            # "本单位无规章制定权": that row of table 2 is 0 (written as 0, as clerks do).
            key = "normative_documents" if "规范性文件" in clause and "规章" not in clause else "regulations"
            for p in form.ACTIVE_BY_KEY[key].paths:
                self.emit([(1.0, p)], 0, a, b, f"{form.ACTIVE_BY_KEY[key].label}（无制定权）")
            return
        if not heads:
            return
        kinds = {t.kind for t in heads}
        if numbers_in_clause == 0 and any(t.kind == "row" and t.target in form.RESULT_KEYS and
                                          re.match(r"全部|全都|都|均|一律", t.text) for t in heads):
            kinds.add("quant")  # "收到5件，全部公开": the result word carries its own quantifier
        clause = self.text[a:b]
        if numbers_in_clause == 1 and self._one_applicant(heads, a, b, anchor):
            return
        if kinds <= {"quant", "subject", "apps", "ignore"} and "quant" in kinds and numbers_in_clause == 0 and re.search(r"全部|都是|均为|均是|全都|一律", clause):
            # "全部是查询本人信息的，属于行政查询事项": the next clause names what they all were
            self.all_said = b
            return
        mains = [t for t in heads if t.kind in MAIN - {"ignore"} or t.kind in ("applicant", "legal")]
        if "ignore" in kinds and not (kinds & {"row", "group", "rgroup", "litigation", "t2row", "apps", "outcome"}):
            return
        if numbers_in_clause == 0 and "zero" in kinds and not mains and self.waiting:
            mains = self.waiting  # "许可 无", "年底 无": the head stood alone before the zero word
            self.waiting = []
        rest_rows = [t for t in heads if t.kind == "row" and t.target in form.RESULT_KEYS]
        if any(t.start >= self.sentence_start for t in rest_rows):
            # "问：予以公开？答：公司那件不掌握": the answer's own result, not the question's
            rest_rows = [t for t in rest_rows if t.start >= self.sentence_start]
        if self.scope is not None and numbers_in_clause == 0 and len({t.target for t in rest_rows}) == 1 and \
                not kinds & {"zero", "group", "rgroup", "litigation", "t2row", "not"}:
            col, row = self.scope.target, rest_rows[0]
            if "rest" in kinds:  # "剩下的都没有这个信息": that applicant's other applications
                self.rest_zero([], a, b, keep=row.target, col=col)
                return
            # "公司那两件都公开了", "律所那件也公开了": all of theirs; also when the clauses since the scope only
            # described the case ("公司那件涉及其他景区经营数据，部分公开").
            # (a word that only marks figures as no table's, "打电话说不要了", describes too: no figure follows it)
            between = [t for t in self.all_toks if self.scope_at <= t.start < a and
                       t.kind in MAIN - {"other", "ignore"}]
            # "不予公开2件，律所那件是内部事务信息": that applicant's case among the group's just counted, not every
            # application of theirs (the words telling the case, "申请查他人的…", may say 申请).
            group = next((t for t in reversed(self.all_toks) if t.kind == "group" and
                          self.sentence_start <= t.start < self.scope_at), None)
            if group is not None and row.target in form.GROUP_KEYS[group.target] and \
                    (self.scope_at == a or not [t for t in between if t.kind != "apps"]) and \
                    not self._numbers_between(self.scope_at, a):
                self.emit([(1.0, application_path(row.target, col))] +
                          [(-1.0, application_path(k, col)) for k in form.GROUP_KEYS[group.target]], 0, a, b,
                          f"{self.scope.text}的{group.text}均{row.text}")
                return
            if self.scope_at == a or (self.scope_at < a and not between and not self._numbers_between(self.scope_at, a)):
                self.emit([(1.0, application_path(row.target, col)),
                           (-1.0, application_path("total_processed", col))], 0, a, b,
                          f"{self.scope.text}的申请均{row.text}")
                return
        if numbers_in_clause == 0 and "rest" in kinds and "zero" not in kinds and len(rest_rows) == 1 and \
                "applicant" not in kinds and not re.search(r"部分(?:没|未|不)", self._sentence_text()):
            # ("涉及个人信息的部分没给，其余给了": the rest of one application's information, not of the applications)
            # "剩下的都是重复申请": every result not named is 0, the rest is that row (the identities say how many).
            self.rest_zero([], a, b, keep=rest_rows[0].target)
            return
        if numbers_in_clause == 0 and "zero" in kinds and "rest" in kinds:
            self.rest_zero(mains, a, b)
            return
        if numbers_in_clause == 0 and "zero" in kinds and not mains and re.search(r"别的|其它", clause) and \
                self.ctx.t2row is not None and self.ctx.t2row.start >= self.sentence_start:
            # "处罚是执法队以街道名义做的，31件，别的都没有": the other items of table 2 the sentence is about
            self.rest_zero([], a, b)
            return
        if numbers_in_clause == 0 and "zero" in kinds and not re.search(r"无法|无正当|没有现成", _masked(clause, heads, a)):
            # ("未收到法人或其他组织提出的申请": the legal persons' columns are what the zero is said of)
            self.zero(mains + ([applicant] if applicant is not None and applicant.kind == "legal" else []), a, b)
            return
        t2_topic = self.ctx.t2row is not None and self.ctx.t2row.start >= self.sentence_start and \
            (self.ctx.row is None or self.ctx.t2row.start > self.ctx.row.start)
        if "quant" in kinds and "applicant" in kinds and (numbers_in_clause == 0 or "除" in clause) and t2_topic:
            return  # "处罚两起，都是定点药店…": who was fined, not who applied
        if "quant" in kinds and "applicant" in kinds and (numbers_in_clause == 0 or "除" in clause):
            if getattr(self, "in_paren", False) and self._explains_last(heads, a):
                return  # "社会公益组织7件（均为环保组织）": who those were, the column's own figure
            self.all_of(heads, a, b, rest="rest" in kinds)
            return
        # "无法提供的13件都是本机关不掌握", "不予处理那件是要求提供公开出版物": a group's count, all one reason.
        groups = [t for t in heads if t.kind == "group"]
        unbound = getattr(self, "unbound", [])
        if groups and len(unbound) == 1 and unbound[0].target in form.GROUP_KEYS[groups[-1].target] and \
                unbound[0].start > groups[-1].start:
            g, r = groups[-1], unbound[0]
            self.emit([(1.0, p) for p in self.cells_of(r, None)] + [(-1.0, p) for p in self.cells_of(g, None)], 0,
                      a, b, f"{g.text}均为{r.text}")
            self.ctx.row = r
            return
        appl_only = [t for t in heads if t.kind == "applicant"]
        if getattr(self, "in_paren", False) and numbers_in_clause == 0 and len(appl_only) == 1 and len(mains) == 1 \
                and anchor is not None and \
                anchor.kind in ("row", "group", "apps") and "zero" not in kinds and "rest" not in kinds and \
                not (self.out and self.out[-1].span[1] <= a and not self.out[-1].terms[0][1].endswith(f"[{TOTAL}]")) and \
                re.search(r"[\d件个项起宗]\s*$", self.text[max(0, (o := max(self.text.rfind("（", 0, a + 1),
                                                                              self.text.rfind("(", 0, a + 1))) - 4):max(o, 0)]):
            # "上年结转1件（自然人）": the row's applicants, all of that one kind ("社会公益组织1件（一个协会）"
            # only says who that one was). Not after a word: "只有2件是培训机构（公司）申请的" glosses the word; the
            # bracket may say more first ("结转下年 1（12/28收的，企业那件）").
            self.all_of([anchor, appl_only[0]], a, b)
            return
        if "rest" in kinds and "applicant" in kinds:
            self.all_of(heads, a, b, rest=True)
            return
        if numbers_in_clause == 0 and len(appl_only) == 1 and len(heads) == 1 and appl_only[0].target != TOTAL and \
                _ALONE.fullmatch(self._sentence_text().replace(appl_only[0].text, "", 1)):
            # "个人" on its own line: who applied, all of them.
            self.all_of([Token("row", "new_received", a, b, "申请人"), appl_only[0]], a, b)
            return
        outcomes = [t for t in heads if t.kind == "outcome"]
        g = self.ctx.rgroup
        after = re.split(r"[。；;\n]", self.text[b:])[0]
        if numbers_in_clause == 1 and len(outcomes) == 1 and g is not None and a <= g.start < outcomes[0].start and \
                not re.search(r"原因|因为|由于|是因|理由|其中", clause) and not re.search(r"还有|另有|另外|此外|补", after):
            # (not when the sentence goes on with more of them: "复议 1 维持（补：还有1件复议在审）")
            whole = self.cells_of(g, None)
            count = next((st for st in reversed(self.out) if st.cells == set(whole) and a <= st.span[0] and
                          st.span[1] <= outcomes[0].start + 1), None)
            if count is not None and not re.search(r"\d|[一二两三四五六七八九十]\s*[件起个]",
                                                    self.text[count.span[1]:outcomes[0].start]):
                # "复议2件维持", "诉讼1件都驳回了": the group's count, all with that outcome.
                part = self.cells_of(g, None, outcomes[0].target)
                self.emit([(1.0, p) for p in part] + [(-1.0, p) for p in whole], 0, a, b,
                          f"{g.text}均{outcomes[0].text}", slot=f"outcome-of:{whole[0]}")
                return
        if numbers_in_clause == 1:
            specific = [t for t in heads if t.kind == "rgroup" and t.target != "review"]
            lit = [t for t in heads if t.kind == "litigation" and specific and t.end <= specific[0].start]
            if len(specific) == 1 and lit and re.fullmatch(
                    r"\s*(?:\d{1,3}|[一两二三四五六七八九十]{1,3})\s*[件起个]?\s*[:：]\s*(?:系|为|是|均为|都是|均系)?\s*",
                    self.text[lit[-1].end:specific[0].start]):
                # "诉讼1：复议后起诉": the count, then after a colon the kind of suit all of it was.
                other = "litigation_direct" if specific[0].target == "litigation_after_review" else \
                    "litigation_after_review"
                self.emit([(1.0, review_path(other, form.REVIEW_TOTAL))], 0, a, b, f"{lit[-1].text}均为{specific[0].text}")
        if numbers_in_clause == 0:
            specific = [t for t in heads if t.kind == "rgroup" and t.target != "review"]
            r_anchor = getattr(self, "r_anchor", None)
            if len(specific) == 1 and r_anchor is not None and r_anchor.kind == "litigation":
                # "行政诉讼1件，为复议后起诉": the count all belongs to that kind of suit.
                other = "litigation_direct" if specific[0].target == "litigation_after_review" else \
                    "litigation_after_review"
                self.emit([(1.0, review_path(other, form.REVIEW_TOTAL))], 0, a, b, f"{r_anchor.text}均为{specific[0].text}")
            outcomes = [t for t in heads if t.kind == "outcome"]
            g = self.ctx.rgroup
            told = g is not None and any(
                p in s.cells for s in self.out for p in self.cells_of(g, None, 0) + self.cells_of(g, None, 1) +
                self.cells_of(g, None, 2) + self.cells_of(g, None, 3))
            # (not when this sentence just gave that outcome a count: "另1件撤回，复议机关决定终止，按其他结果报")
            same = g is not None and len(outcomes) == 1 and any(
                s.span[0] >= self.sentence_start and s.cells & set(self.cells_of(g, None, outcomes[0].target))
                for s in self.out)
            # (not when the sentence is about a row of table 2 named since: "处罚数用1,093，系统里有12件是撤销后重新作出的"
            # — decisions revoked, no suit's outcome)
            t2_since = g is not None and self.ctx.t2row is not None and \
                self.ctx.t2row.start >= max(self.sentence_start, g.start)
            if outcomes and g is not None and len(outcomes) == 1 and (not told or self.correction) and not same and \
                    not t2_since and not re.search(r"原因|因为|由于|是因|理由", clause):
                # "复议1件，维持": the group's count all had that outcome.
                g = self.ctx.rgroup
                part = self.cells_of(g, None, outcomes[0].target)
                whole = self.cells_of(g, None)
                self.emit([(1.0, p) for p in part] + [(-1.0, p) for p in whole], 0, a, b,
                          f"{g.text}均{outcomes[0].text}", slot=f"outcome-of:{whole[0]}")
                return
            rows = list({t.target: t for t in heads if t.kind == "row"}.values())  # "第三方个人信息": one reason
            if len(rows) == 1 and anchor is not None and anchor.kind == "group" and \
                    rows[0].target in form.GROUP_KEYS[anchor.target]:
                # "其他处理1件（逾期不补正）": the group's count all belongs to that reason. The reason's figure
                # is certain; that it is the whole group is a reading ("不予公开1（隐私）…查询事项5" lists more).
                part = self.cells_of(rows[0], None)
                whole = self.cells_of(anchor, None)
                count = next((st for st in reversed(self.out) if st.cells == set(whole) and st.span[1] <= a), None)
                if re.search(r"_{2,}|[（(]\s*[)）]", clause):
                    return  # "无法提供（2）件（其中不掌握____件）": a blank of the template says nothing
                # The brackets this clause stands in (opened before it, not closed since).
                opened = max(self.text.rfind("（", self.sentence_start, a + 1), self.text.rfind("(", self.sentence_start, a + 1))
                if getattr(self, "in_paren", False) and opened >= 0 and not re.search(r"[)）]", self.text[opened:a]) and \
                        re.search(r"\d|[一二两三四五六七八九十]\s*[件个]", self.text[opened:a]):
                    return  # "不予公开2（国家秘密1——涉密数据；…）": words after a figure in the brackets describe it
                if count is not None and getattr(self, "in_paren", False):
                    self.out[self.out.index(count)] = replace(count, strength=0.7)
                    self.emit([(1.0, p) for p in part], count.value, a, b, f"{anchor.text}（{rows[0].text}）")
                else:
                    self.emit([(1.0, p) for p in part] + [(-1.0, p) for p in whole], 0, a, b,
                              f"{anchor.text}均为{rows[0].text}")
                self.ctx.row = rows[0]
                return
            if "quant" in kinds and len(rows) > 1:
                # "今年收到的申请年底都办完了": 收到的 names the cases spoken of, not a figure of its row
                rows = [t for t in rows if not (t.target == "new_received" and re.match(r"的|那", self.text[t.end:t.end + 1]))]
            if "quant" in kinds and {t.target for t in rows} == {"total_processed", "carried_forward"}:
                rows = [t for t in rows if t.target == "total_processed"]  # "年底都办完了": 年底 says when
            if len(rows) == 1 and "quant" in kinds and rows[0].target == "total_processed" and \
                    anchor is not None and anchor.kind == "row" and anchor.target == "carried_over" and \
                    re.search(r"结转|转过来|转来", self.text[self.sentence_start:a]) and \
                    not re.search(r"年底|年末|全年|今年|本年", clause) and \
                    not any(st.cells == {application_path("carried_over", TOTAL)} and st.value == 0 and
                            st.span[0] >= self.sentence_start for st in self.out):
                return  # "上年结转2件，均已办结": those two were concluded, not every application of the year
                # (but "上年结转0，都办完了": none were carried over, so 都 is every one)
            if len(rows) == 1 and "quant" in kinds and rows[0].target == "total_processed" and \
                    re.search(r"(?:别的|其余|其他|剩下|剩余|余下)(?:的)?(?:也|都|均|全)", clause):
                return  # "那两件留到明年，别的都办完了": the others were concluded, not every one
            if len(rows) == 1 and "quant" in kinds and rows[0].target == "total_processed":
                # "都已答复", "年底都办结了": nothing left for next year.
                self.emit([(1.0, application_path("carried_forward", TOTAL))], 0, a, b, "全部办结")
                return
            # (one application in the message: a ledger's "新收1件（居民）…" lines are each one case of many)
            single = any(st.cells == {application_path("new_received", TOTAL)} and st.value == 1
                         for st in self.out if st.span[0] >= self.sentence_start) and \
                sum(st.cells == {application_path("new_received", TOTAL)} for st in self.out) == 1
            alone = len(heads) == 1 and _ALONE.fullmatch(self._sentence_text().replace(heads[0].text, "", 1))
            if len(rows) == 1 and rows[0].target in form.RESULT_KEYS and alone and self._other_results_told(rows[0]):
                return  # "公开了" after the notes gave other results figures: one case's result, not all of them
            if len(rows) == 1 and rows[0].target in form.RESULT_KEYS and alone:
                # "公开了" on its own line: every application concluded had that result (weak: it is terse).
                self.emit([(1.0, application_path(rows[0].target, TOTAL)),
                           (-1.0, application_path("total_processed", TOTAL))], 0, a, b, f"全部{rows[0].text}",
                          strength=0.7)
                return
            if len(rows) == 1 and rows[0].target in form.RESULT_KEYS and numbers_in_clause == 0 and not single and \
                    not kinds & {"zero", "not", "rest", "group", "applicant", "legal", "quant"} and \
                    self._lone_result(rows[0], a, b):
                # "今年申请2件，都是老百姓问补贴的，当场就给了": all of them (weak: terse)
                self.emit([(1.0, application_path(rows[0].target, TOTAL)),
                           (-1.0, application_path("total_processed", TOTAL))], 0, a, b, f"全部{rows[0].text}",
                          strength=0.7)
                self._none_left(a, b)
                return
            appl = [t for t in heads if t.kind in ("applicant", "legal")]
            if single and len(appl) == 1 and appl[0].target != TOTAL and not rows and \
                    not kinds & {"group", "rgroup", "litigation", "t2row", "outcome", "zero", "rest", "not"}:
                # "收到1件，是小区物业公司申请的", "1件，居民问…": the one application's applicant.
                self.all_of([Token("row", "new_received", a, b, "申请人"), appl[0]], a, b)
                return
            if len(rows) == 1 and rows[0].target in form.RESULT_KEYS and (self.all_said is not False and a <= self.all_said + 1 or single) and \
                    "quant" not in kinds and not (rows[0].target == "granted" and
                                                  re.search(r"部分(?:没|未|不)", self._sentence_text())):
                # "全部是查询…的，属于行政查询事项": "就一件，…已经给他公开了": every one concluded had that result.
                if single:
                    # "就1件，…涉及个人信息，删掉后给了，算部分公开": the one case's story told step by step has one
                    # result — the one said last, not each step's (three results of one case clash)
                    whole = application_path("total_processed", TOTAL)
                    self.out[:] = [st for st in self.out if not (st.span[0] >= self.sentence_start and st.value == 0 and
                                                              len(st.terms) == 2 and (-1.0, whole) in st.terms and
                                                              st.label.startswith("全部"))]
                self.emit([(1.0, application_path(rows[0].target, TOTAL)),
                           (-1.0, application_path("total_processed", TOTAL))], 0, a, b, f"全部{rows[0].text}")
                return
            if len(rows) == 1 and "quant" in kinds and rows[0].target in form.RESULT_KEYS and \
                    re.search(r"(?:结转|转过来|转来)(?:过来)?(?:的|的?\s*那|的?\s*这)\s*(?:\d+|[一两二三四五六七八九十])\s*件",
                              self.text[self.sentence_start:a]) and not re.search(r"年底|年末|全年|今年|本年", clause):
                return  # "结转的2件都是个人的，都公开了": 都 is those two cases, not every application of the year
            if len(rows) == 1 and "quant" in kinds and rows[0].target in form.RESULT_KEYS:
                tolds = [st for st in self.out if self.sentence_start <= st.span[0] and st.span[1] <= a
                         and len(st.terms) == 1 and st.value > 0]  # counts, not "都是个人"'s zeros
                told = tolds[-1] if tolds else None
                col = parse(told.terms[0][1]).col if told is not None and told.terms[0][1].startswith("applications.") \
                    else TOTAL
                if col != TOTAL and len(tolds) > 1 and tolds[-2].terms[0][1].startswith("applications.") and \
                        parse(tolds[-2].terms[0][1]).row == parse(told.terms[0][1]).row and \
                        parse(tolds[-2].terms[0][1]).col not in (col, TOTAL):
                    # "一个是个人一个是律师事务所的，都公开了": 都 is every applicant just listed — all of them
                    col = TOTAL
                    told = next((st for st in reversed(tolds) if st.terms[0][1].startswith("applications.")
                                 and parse(st.terms[0][1]).col == TOTAL), None)
                if col != TOTAL:
                    # "有2件是律所代理的，都属于查询那种": 都 is the 2 just counted, that applicant's — not every one.
                    self.emit([(1.0, application_path(rows[0].target, col))], told.value, a, b,
                              f"{form.APPLICANTS[col].label}的{int(told.value)}件均{rows[0].text}")
                    return
                opened = max(self.text.rfind("（", self.sentence_start, a + 1), self.text.rfind("(", self.sentence_start, a + 1))
                before = next((st for st in reversed(self.out) if st.span[1] <= opened), None) if opened >= 0 else None
                if getattr(self, "in_paren", False) and before is not None and \
                        re.search(r"\d\s*(?:件|个)?\s*$", self.text[self.sentence_start:opened]) and \
                        not before.cells & {application_path(r, TOTAL) for r in ("total_processed", "new_received")}:
                    return  # "其他13（都是申请人撤回）": 都 is the 13 before the brackets, not every case concluded
                # "全部予以公开": every application concluded had that result.
                self.emit([(1.0, application_path(rows[0].target, TOTAL)),
                           (-1.0, application_path("total_processed", TOTAL))], 0, a, b, f"全部{rows[0].text}")
                if told is not None and told.cells == {application_path("new_received", TOTAL)}:
                    self._none_left(a, b)

    def _explains_last(self, heads: list[Token], a: int) -> bool:
        """Whether the one applicant named is the column of the figure right before the brackets."""
        whom = {t.target for t in heads if t.kind == "applicant"}
        last = self.out[-1] if self.out else None
        if len(whom) != 1 or last is None or last.span[1] > a or len(last.terms) != 1 or \
                not last.terms[0][1].startswith("applications."):
            return False
        return parse(last.terms[0][1]).col == next(iter(whom))

    def _sentence_end(self) -> int:
        return clause_span(self.text, self.sentence_start, stops=_SENTENCE_ENDS)[1]

    def _sentence_text(self) -> str:
        return self.text[self.sentence_start:self._sentence_end()]

    def _one_applicant(self, heads: list[Token], a: int, b: int, anchor: Token | None) -> bool:
        """"新收1件，是一家科技公司申请的", "申请人为一位村民": the one application's applicant (the 一 counts
        applicants, not applications, and only a row of one can be all of them). An applicant word later in
        the clause is what was asked for ("申请高新技术企业认定名单")."""
        appl = [t for t in heads if t.kind == "applicant"]
        if not appl or anchor is None or anchor.kind not in ("row", "apps") or \
                any(t.kind in ("row", "group", "rgroup", "litigation", "t2row", "quant", "rest", "zero", "not")
                    for t in heads):
            return False
        if not re.search(r"(?:一|1)\s*(?:家|个|位|名)[\u4e00-\u9fff]{0,6}$", self.text[a:appl[0].start]):
            return False
        row = anchor if anchor.kind == "row" else Token("row", "new_received", anchor.start, anchor.end, anchor.text)
        total = set(self.cells_of(row, None))
        said = [s for s in self.out if s.span[0] >= self.sentence_start and set(p for _, p in s.terms) == total]
        if not said or said[-1].value != 1:
            return False
        self.all_of([row, appl[0]], a, b)
        return True

    def rest_zero(self, heads: list[Token], a: int, b: int, keep: str | None = None, col: int = TOTAL):
        """"表中没列的办理结果都是0", "其余都没有": every row of that kind no statement names is 0 (in one
        applicant's column when the sentence is about that applicant). Rows named in earlier messages are
        listed too: "其他都没有" in a reply covers what the whole chat has not said."""
        said = {p for s in self.earlier + self.prior + self.out for p in s.cells}
        head = heads[-1] if heads else self.ctx.row
        t2 = self.ctx.t2row
        if (not heads or heads[-1].kind == "t2row") and t2 is not None and t2.start >= self.sentence_start and \
                (self.ctx.row is None or t2.start > self.ctx.row.start):
            # "处罚31件，其他都没有": the sentence is about table 2 — its items not told are 0, not table 3's results
            for r in form.ACTIVE:
                for p in r.paths:
                    if p not in said:
                        self.emit([(1.0, p)], 0, a, b, f"{r.label}（未列出）")
            if not any(p.startswith("applications.") and p.split("[")[0].split(".")[1] in form.RESULT_KEYS for p in said):
                return
            # (results of table 3 already told in the chat: "其他都没有" also closes them, as it did before)
        # (the results of two or more blocks: 予以公开, 部分公开, or a group's rows with the group)
        listed = {t.target if t.kind == "group" or form.APP_BY_KEY[t.target].group is None
                  else form.APP_BY_KEY[t.target].group.key
                  for t in self.all_toks if self.sentence_start <= t.start < a and
                  (t.kind == "group" or t.kind in ("row", "open") and t.target in form.RESULT_KEYS)}
        if head is not None and head.kind == "group" and not heads and len(listed) > 1:
            keys = form.RESULT_KEYS  # "公开3件，部分公开1件，不予公开0件，其他都没有": the results not listed
        elif head is not None and head.kind == "group":
            keys = form.GROUP_KEYS[head.target]
        elif head is not None and head.kind in ("rgroup", "litigation", "outcome"):
            g = self.ctx.rgroup if head.kind == "outcome" else head
            for k in range(4):
                cells = self.cells_of(g, None, k)
                if not any(p in said for p in cells):
                    self.emit([(1.0, p) for p in cells], 0, a, b, f"{g.text}其余")
            return
        elif head is not None and head.kind == "row" and head.target not in form.RESULT_KEYS and \
                "结果" not in self.text[a:b] and "\n" not in self.text[head.end:a] and \
                any(t.kind == "applicant" and head.end <= t.start < a for t in self.all_toks):
            # "上年结转：自然人 6，商业企业 1，其余 0": the row's other applicants, not the results
            for c in form.PARTIES:
                if application_path(head.target, c) not in said:
                    self.emit([(1.0, application_path(head.target, c))], 0, a, b, f"{head.text}其余")
            return
        else:
            keys = form.RESULT_KEYS
        for k in keys:
            if col != TOTAL:
                if k != keep and application_path(k, col) not in said:
                    self.emit([(1.0, application_path(k, col))], 0, a, b, f"{form.APP_BY_KEY[k].short}（未列出）")
            elif k != keep and not any(application_path(k, c) in said for c in range(7)):
                self.emit([(1.0, application_path(k, TOTAL))], 0, a, b, f"{form.APP_BY_KEY[k].short}（未列出）")

    def zero(self, heads: list[Token], a: int, b: int):
        """"复议、诉讼都没有", "X：无", "未收到申请": every figure of the named heads is 0."""
        clause = self.text[a:b]
        if re.search(r"的话|如果|若是?(?=[^，,。；;]*[没无])|假如", clause):
            return  # "复议诉讼都没有的话填0": a rule for the form, said of no figure
        colon = max(clause.rfind("："), clause.rfind(":"))
        if colon >= 0:
            after = [t for t in heads if t.start >= a + colon and t.kind != "zero"]
            if after:  # "行政复议、行政诉讼：复议没有": the heading names the topic, the zero is said of 复议
                heads = after + [t for t in heads if t.kind == "zero"]
        appl = [t for t in heads if t.kind == "applicant"]
        others = [t for t in heads if t.kind not in ("applicant", "legal", "other")]
        if any(t.kind in ("rgroup", "litigation") for t in others):
            others = [t for t in others if t.kind != "apps"]  # "没人申请复议": 申请 is the review's verb
        # "上年结转申请：无": 申请 names what the row before it counts, as in `topic`.
        others = [t for t in others if not (t.kind == "apps" and any(
            r.kind in ("row", "group") and 0 <= t.start - r.end <= 1 for r in others))]
        # "没有律所的申请": 申请 after the applicant names what it made, not the row of all applications.
        others = [t for t in others if not (t.kind == "apps" and any(0 <= t.start - x.end <= 1 for x in appl))]
        legal = [t for t in heads if t.kind == "legal"]
        if legal and not appl and all(t.kind in ("row", "apps", "zero") for t in others):
            # "未收到法人或其他组织提出的申请": the five columns of legal persons, not the row's total.
            rows = [t for t in others if t.kind == "row"] or [self.t3_topic()]
            for row in rows:
                for c in range(1, 6):
                    self.emit([(1.0, p) for p in self.cells_of(row, c)], 0, a, b, f"{row.text}{legal[0].text}")
            return
        if appl and not others:
            # "没有企业申请": that column of the topic row.
            row = self.t3_topic()
            for t in appl:
                self.emit([(1.0, p) for p in self.cells_of(row, t.target)], 0, a, b, f"{row.text}{t.text}")
            return
        for t in others:
            if t.kind == "outcome":
                if self.ctx.rgroup is not None:
                    self.emit([(1.0, p) for p in self.cells_of(self.ctx.rgroup, None, t.target)], 0, a, b,
                              f"{self.ctx.rgroup.text}{t.text}")
                continue
            if t.kind == "t2row":
                if any(x.kind == "t2col" and (x.target != "value" or len(form.ACTIVE_BY_KEY[t.target].paths) == 3)
                       for x in others):
                    continue  # "规范性文件今年没有新发": the column below says which cell ("许可处理决定数：无" has one)
                for p in form.ACTIVE_BY_KEY[t.target].paths:
                    self.emit([(1.0, p)], 0, a, b, t.text)
                continue
            if t.kind == "t2col":
                row = self.ctx.t2row
                if row is not None and len(form.ACTIVE_BY_KEY[row.target].paths) == 3 and t.target != "value":
                    self.emit([(1.0, f"active.{row.target}.{t.target}")], 0, a, b, f"{row.text}{t.text}")
                continue
            cells = self.cells_of(t, None)
            if cells:
                self.emit([(1.0, p) for p in cells], 0, a, b, t.text)

    def _other_results_told(self, row: Token) -> bool:
        """Whether earlier messages gave another result of table 3 a figure above 0."""
        for st in getattr(self, "earlier", []) + getattr(self, "prior", []):
            if len(st.terms) == 1 and st.value > 0 and st.terms[0][1].startswith("applications."):
                where = parse(st.terms[0][1])
                if where.row in form.RESULT_KEYS and where.row != row.target:
                    return True
        return False

    def _lone_result(self, row: Token, a: int, b: int) -> bool:
        """"今年申请2件，都是老百姓问补贴的，当场就给了": whether a result told with no figure of its own is the one
        result of the cases the sentence counted before it. A terse line is read as "all of them" only when nothing
        else in the sentence could share those cases: no other result or group, no figure after the count or after
        the result, no "most of them" and no answer put off ("予以公开 下周再报")."""
        got = [st for st in self.out if st.span[0] >= self.sentence_start and st.span[1] <= a and
               st.cells == {application_path("new_received", TOTAL)} and st.value > 1]
        end = self._sentence_end()
        others = [t for t in self.all_toks if self.sentence_start <= t.start < end and
                  t.kind in ("row", "group") and t.start != row.start and
                  (t.kind == "group" or t.target in form.RESULT_KEYS + ("total_processed", "carried_forward"))]
        sentence = self.text[self.sentence_start:end]
        later = re.search(r"再报|再说|再给|待|回头|稍后|晚点|下周|明天|核实|确认|不清楚|不确定|不知道|还在统计|没统计|"
                          r"没数|没算|\?|？", sentence)  # "予以公开 下周再报": no answer yet
        # (nor "绝大多数是…，按查询告知了，这类有15件": most of them, counted after)
        some = re.search(r"多数|大部分|多半|主要|少数|个别|有的|一些|部分", sentence) or \
            re.search(r"\d|[一两二三四五六七八九十]\s*[件个]", self.text[b:end])
        return bool(got and not others and not later and not some and not re.search(r"\d", self.text[got[-1].span[1]:a])
                    and not any(got[-1].span[1] <= st.span[0] < a and st.value > 0 for st in self.out))

    def _none_left(self, a: int, b: int):
        """"今年收到申请5件，全部公开": the year's cases counted were all answered — none left for next year, what a
        reader takes when nothing else is said of them (weak: a case carried over may still be open)."""
        if not re.search(r"还有|还在|在办|未办结|没办完|没答复|结转", self._sentence_text()):
            self.emit([(1.0, application_path("carried_forward", TOTAL))], 0, a, b, "全部办结", strength=0.7)

    def _numbers_between(self, a: int, b: int) -> bool:
        return any(a <= s.span[0] < b for s in self.out) or bool(re.search(r"\d", self.text[a:b]))

    def all_of(self, heads: list[Token], a: int, b: int, rest: bool = False):
        """"均为自然人": the row's applicants are all of one kind; "其余都是群众": all not named otherwise."""
        appl = [t for t in heads if t.kind == "applicant"]
        kind = appl[-1].target
        if _FILING_VERB_BEFORE_KIND.search(self.text[max(0, appl[-1].start - 4):appl[-1].start]) and \
                _FILED_VERB.match(self.text, appl[-1].end) and getattr(self, "in_paren", False):
            # "零售户14件（零售户都是个体户，我们按自然人统计）": a bracket saying how one kind named before the figure is
            # filed — that figure's column (`Binding._filed_in_bracket`), not "all applicants are"
            return
        rest = rest or "除" in self.text[a:b]  # "除1件是企业外都是群众": the others, not all
        # ("均为企业申请": the 申请 glued after the applicant is "applied", not the row of applications — the clause's
        # topic, "予以公开 2件", is the row)
        rows = [t for t in heads if t.kind in ("row", "group") or
                t.kind == "apps" and not (getattr(self, "in_paren", False) and any(x.end == t.start for x in appl))]
        targets = rows or [self.t3_topic()]
        if not rows and not rest and targets[0].kind == "apps" and targets[0].start == targets[0].end == 0 and \
                not any(t.kind == "subject" for t in heads) and \
                any(st.message < self.message and len(st.terms) == 1 and st.value > 0 and
                    st.terms[0][1].startswith("applications.new_received[") and
                    parse(st.terms[0][1]).col not in (TOTAL, kind) for st in self.earlier):
            # "都是个人的" in a later message naming no row, after the official told other kinds among the year's
            # applications: which cases it speaks of is not said (some result's), never "all applications"
            return
        if rest and not rows and (row_out := self._row_excepted(a, kind)) is not None:
            targets = row_out
            if not targets:
                return
        if not rows and not any(t.kind == "subject" for t in heads):
            # "申请人中法人或其他组织27件，其余均为自然人": the subject named earlier in the sentence, no row after it
            before = [t for t in self.all_toks if self.sentence_start <= t.start < a]
            subj = [t for t in before if t.kind == "subject"]
            if subj and not any(t.kind in ("row", "group", "apps", "rgroup", "litigation", "t2row") and
                                t.start > subj[-1].start for t in before):
                heads = heads + [subj[-1]]
        topic = targets[0]
        if not rows and topic is not None and topic.kind == "row" and topic.start < self.sentence_start and \
                any(st.cells == {application_path(topic.target, TOTAL)} and st.value == 0 for st in self.out):
            # "去年没有结转。都是个人。": a row just said to be none has no applicants; who applied is meant.
            heads = heads + [Token("subject", None, a, a, "申请人")]
        if not rows and any(t.kind == "subject" for t in heads):  # "申请人全部为自然人": who applied
            targets = [Token("row", "new_received", a, b, "申请人"), Token("row", "carried_over", a, b, "申请人")]
        subset = range(1, 6) if self.last_legal else form.PARTIES  # "法人或其他组织2件，均为商业企业"
        # "除6月那家公司外，申请人都是个人": the kinds named between 除 and 外 are the exception, never 0.
        clause = self.text[a:b]
        excepted = set()
        # (from the sentence's start: a bracket inside the exception, "除了2件是合作社（算其他组织）以外", ends a clause)
        start = min(a, self.sentence_start)
        for m in re.finditer(r"除(?:了)?[^，,；;。\n]{0,24}?(?:外|以外|之外)", self.text[start:b]):
            if start + m.end() <= a:
                continue  # "除企业外，其余都是个人": an earlier clause's, read as it always was
            excepted |= {t.target for t in appl + [t for t in self.all_toks if t.kind == "applicant"]
                         if start + m.start() <= t.start < start + m.end()}
        excepted |= self._but_one_of(b, kind)
        if rest:
            excepted |= self._excepted_before(a, kind, targets[0])
        if rest:
            # "有1家企业申请的，其余还是个人": a kind counted in the clause just before 其余, in words no figure was
            # read from, is the others all the same.
            prev = max([self.text.rfind(ch, self.sentence_start, max(a - 1, 0)) for ch in "，,；;"] + [self.sentence_start])
            read = {getattr(parse(p), "col", None) for st in self.out if st.span[0] >= prev for _, p in st.terms
                    if p.startswith("applications.")}
            excepted |= {t.target for t in self.all_toks if t.kind == "applicant" and
                         prev <= t.start < a and t.target != kind and t.target not in read and
                         re.search(r"\d", self.text[max(prev, t.start - 4):t.start])}
        subset = [c for c in subset if c not in excepted]
        by_kind = {p for st in self.out for _, p in st.terms if p.startswith("applications.") and
                   parse(p).row in form.RESULT_KEYS and parse(p).col not in (TOTAL, kind)}
        if rest and not rows and len(by_kind) >= 2 and getattr(self, "ledger", None) and \
                not any(t.kind == "subject" for t in heads) and \
                not excepted and "除" not in self.text[self.sentence_start:b] and \
                not any(t.kind in ("row", "group", "apps", "open") and self.sentence_start <= t.start < b
                        for t in self.all_toks):
            # "商业企业：予以公开 8，部分公开 2 … 法律服务机构：… 其余的都是自然人": after results listed by
            # applicant a line each, every result's other cases are that kind's, not only the row named last.
            targets = [Token("row", k, a, a, form.APP_BY_KEY[k].short) for k in form.RESULT_KEYS]
        # "都是个人和律所的", "均为企业、律师": kinds joined by 和/、/及/或 are all named (none of them 0), not
        # only the last one.
        joined, last = set(), appl[-1]
        for x in reversed([t for t in self.all_toks if t.kind == "applicant" and a <= t.start < last.start]):
            if not _JOINED.fullmatch(self.text[x.end:last.start]) or x.target == TOTAL:
                break
            joined.add(x.target)
            last = x
        for row in targets:
            # Said of no row, it covers 上年结转 only where the notes do not split that row themselves.
            source = "scope" if row.target == "carried_over" and row.text == "申请人" else "notes"
            named = set()
            if rest:
                named = {p for s in self.prior + self.out for c, p in s.terms if c > 0}
            for c in subset:
                if c == kind or c in joined:
                    continue
                cells = self.cells_of(row, c)
                if rest and any(p in named for p in cells):
                    continue
                self.emit([(1.0, p) for p in cells], 0, a, b, f"{row.text}均为{appl[-1].text}", source=source)

    def _row_excepted(self, a: int, kind: int) -> list[Token] | None:
        """"办结的11件里除了不予公开那件是企业的，其余都是个人": the clause before 其余 opens with 除(了) and names a
        result row's case of another kind — that row is the exception, not what 其余 covers: the rest are the row
        named before 除 (办结), and the exception's kind has the case counted in both rows. [] when no row stands
        before 除 (the others are then unknown); None when the clause names no row."""
        prev = max([self.text.rfind(ch, self.sentence_start, max(a - 1, 0)) for ch in "，,；;：:"] +
                   [self.sentence_start - 1]) + 1
        m = re.search(r"除(?:了|去)?(?!非)", self.text[prev:a])
        if not m:
            return None
        at = prev + m.end()
        toks = self.all_toks
        excepted = [replace(t, kind="row") if t.kind == "open" else t for t in toks
                    if at <= t.start < a and t.kind in ("row", "group", "open")]  # ("除了公开的2件": bare 公开)
        who = {t.target for t in toks if at <= t.start < a and t.kind == "applicant" and t.target not in (kind, TOTAL)}
        if not excepted or len(who) != 1:
            return None
        base = [t for t in toks if self.sentence_start <= t.start < prev + m.start() and t.kind in ("row", "apps")]
        if not base:
            return []
        n = re.search(r"那\s*(\d+|[一两二三四五六七八九十])?\s*件|(?<![\d一两二三四五六七八九十])(\d+|[一两二三四五六七八九十])\s*件",
                      self.text[at:a])
        if n:
            count = float(cn_number(n.group(1) or n.group(2) or "一"))
            c = next(iter(who))
            for row in (excepted[-1], base[-1]):  # the case is the exception row's, and one of the rows' before 除
                self.emit([(1.0, p) for p in self.cells_of(row, c)], count, at, a, f"{row.text}（{self.text[at:a][:12]}）")
        return [base[-1]]

    def _excepted_before(self, a: int, kind: int, row: Token | None) -> set[int]:
        """"除了一家律所，其余都是个人": the clause before 其余 opens with 除(了) and names the exception by its article
        ("一家", "一位", "一个"): that kind's one case, and its column no 0. (Named without a count, "除企业和基金会外",
        the kinds are the exception only in the rows where the notes give them figures: `named` below.)"""
        prev = max([self.text.rfind(ch, self.sentence_start, max(a - 1, 0)) for ch in "，,；;：:"] +
                   [self.sentence_start - 1]) + 1
        m = re.match(r"\s*除(?:了)?(?!非)", self.text[prev:a]) or \
            re.search(r"(?<=[里中])除(?:了)?(?!非)", self.text[prev:a])  # "办结的11件里除了企业那件"
        if not m:
            return set()
        prev += m.start()
        m = re.match(r"除(?:了)?", self.text[prev:a])
        appl = [t for t in self.all_toks if t.kind == "applicant" and prev <= t.start < a and
                t.target not in (kind, TOTAL)]
        kinds = {t.target for t in appl}
        one = re.match(r"(?:一家|一个|一位|一名)[^，,；;。\d]{0,10}$", self.text[prev + m.end():appl[0].start]) if appl else None
        # (or pointed at after the kind: "除了企业那件", "除了律所的那2件")
        that = re.match(r"\s*(?:的)?\s*(?:那|这)\s*(\d+|[一两二三四五六七八九十])?\s*(?:件|个|家)[\s的]*$",
                        self.text[appl[-1].end:a]) if appl else None
        if (one or that) and len(kinds) == 1 and row is not None and row.kind in ("row", "apps") and \
                not self._numbers_between(prev, a):
            count = float(cn_number(that.group(1))) if that and that.group(1) else 1.0
            self.emit([(1.0, p) for p in self.cells_of(row, appl[0].target)], count, prev, a, f"{row.text}（{appl[0].text}）")
            return kinds
        return set()

    def _but_one_of(self, b: int, kind: int) -> set[int]:
        """"申请人都是个人，有1件是律师事务所申请的": the clause right after the quantifier names a case of
        another kind — an exception to "all", so that kind's column is not said to be 0."""
        m = _EXCEPTION.match(self.text, b)
        if not m:
            return set()
        return {t.target for t in self.all_toks if t.kind == "applicant" and t.target != kind and
                re.fullmatch(r"(?:一家|一个|家|个)?", self.text[m.end():t.start])}  # not "是投诉律所的"


# The clause after "都是个人" that opens on one case of its own: "，有1件是…", "，但有一件是…", "，只有1件是…".
_EXCEPTION = re.compile(r"\s*[，,]\s*(?:但|不过|只是|只有|就|其中)?\s*(?:有|另有|还有)?\s*(?:\d+|[一两二三])\s*[件个家]\s*(?:是|为|系)")


# Kinds joined in one breath: "个人和律所", "企业、律师".
_JOINED = re.compile(r"\s*(?:和|与|及|以及|跟|同|或|或者|还有|、|/)\s*")
# How the clerk files a kind: "按自然人统计", "算作企业", "归为其他".
_FILING_VERB_BEFORE_KIND = re.compile(r"(?:按|按照|算作?|归为?|计入|当作?|列为?)\s*$")
_FILED_VERB = re.compile(r"\s*(?:来|去)?(?:统计|算|计|处理|填|报)")


def _masked(clause: str, heads: list[Token], a: int) -> str:
    """The clause without its heads' words: "无法提供：无" is a zero, though the head itself says 无法."""
    chars = list(clause)
    for t in heads:
        if t.kind != "zero":
            for i in range(max(t.start - a, 0), min(t.end - a, len(chars))):
                chars[i] = " "
    return "".join(chars)


def _described(before: str, rest: str) -> bool:
    """"都是馆里没有接收进馆的档案": after 是 the clause describes what was asked for — a zero word inside
    "…的 + noun" there says what the thing was, not that a row had none."""
    clause = re.split(r"[，,；;。！!？?\n]", before)[-1]
    tail = re.split(r"[，,；;。！!？?\n]", rest)[0]
    return bool(re.search(r"是", clause)) and not re.search(r"\d", tail) and \
        bool(re.search(r"的(?!申请|件|情况|情形)[\u4e00-\u9fff]", tail))
