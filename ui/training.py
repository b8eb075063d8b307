"""培训: real reports annotated with their findings, one wrong/right example per rule (generated from the
rules), and a practice mode with planted errors."""
import random

import streamlit as st

from assistant.review.batch import check_one
from assistant.export import html_table, official_tables
from assistant.checks.rules import RULES, SEVERITY_ZH, check, where_label
from assistant.readers.registry import quick_to_read
from assistant.settings import get_settings
from assistant.model.grids import FULL_COLUMNS, TITLES, editor_edits, frame, grids, show
from assistant.checks.training import LESSONS, example, exercise, grade
from ui.common import highlights, table_css

settings = get_settings()
st.title("培训")
st.markdown(table_css(), unsafe_allow_html=True)
tab_gallery, tab_rules, tab_practice = st.tabs(["范例库", "常见错误", "练习"])

with tab_gallery:
    st.caption("范文库中的真实报告，逐条标注校验发现的问题和正确做法。")
    files = sorted(p for p in settings.corpus_dir.glob("*") if quick_to_read(p))
    for p in files:
        r = check_one(p.name, p.read_bytes(), settings=settings)
        if r.error:
            continue
        s = r.summary
        with st.expander(f"{r.report.meta.agency or p.name} {r.report.meta.year or ''}年度 — 错误 {s['errors']} · 警告 {s['warnings']}"):
            for f in r.findings:
                st.markdown(f"- **{f.rule}（{SEVERITY_ZH[f.severity]}）** {f.message}（位置：{where_label(r.report, f.where) or '全文'}）  \n"
                            f"  正确做法：{RULES[f.rule].description}")

with tab_rules:
    st.caption("每条校验规则一个最小的错误示例，由规则目录自动生成：左边是错误写法触发的提示，右边是正确做法。")
    for rid, rule in RULES.items():
        lesson = LESSONS[rid]
        with st.expander(f"{rid} {rule.title}（{SEVERITY_ZH[rule.severity]}）"):
            wrong, right, found, last = example(rid)
            c1, c2 = st.columns(2)
            c1.markdown(f"**错误写法**：{lesson.change}")
            for f in found:
                c1.error(f.message)
            c2.markdown(f"**正确做法**：{rule.description}")
            cells = sorted(p for p in {p for f in found for p in f.paths} if wrong.value(p) != right.value(p))
            if cells:
                c2.markdown("涉及单元格：" + "；".join(f"{where_label(right, p)}：错 {show(wrong.value(p)) or '空白'} → 对 {show(right.value(p)) or '空白'}"
                                                for p in cells[:6]))

with tab_practice:
    st.caption("系统在一份示例报告的统计表里埋了几处错误。找出并改正：埋入的问题消失、又没有带来新的问题，就算改对"
               "（符合规则的数字都可以，不必与原数字相同）。查看答案后本次练习不计分。练习编号保存在网址中，刷新页面仍是同一份练习。")
    qp = st.query_params
    c1, c2 = st.columns([1, 3], vertical_alignment="center")
    if "exercise" not in qp or not str(qp["exercise"]).isdigit() or c1.button("换一份练习", key="new_exercise"):
        qp["exercise"] = str(random.randrange(10**6))
        qp.pop("revealed", None)
        st.session_state.pop("practice_edits", None)
        st.rerun()
    seed = int(qp["exercise"])
    ex = exercise(seed)
    c2.markdown(f"练习编号 **{seed}** · 埋入错误 **{len(ex.rules)}** 类，涉及 **{len(ex.answers)}** 个单元格")
    edits_key = f"practice_edits_{seed}"
    edits: dict = st.session_state.setdefault(edits_key, {})
    report = ex.report.model_copy(deep=True)
    for path, value in edits.items():
        report.put(path, value)
    changed = []
    for gname in ("active_docs", "active_other", "applications", "review"):
        rows, cols, paths = grids()[gname]
        base = frame(report, gname)
        key = f"practice_{gname}_{seed}_{len(edits)}_{hash(tuple(sorted(edits.items())))}"
        config = {"_index": st.column_config.TextColumn("项目", disabled=True, width=260 if gname != "active_docs" else 160)}
        for c in cols:
            config[c] = st.column_config.TextColumn(c, help=FULL_COLUMNS.get(c, c), width=(
                76 if c == "自然人" else 64) if gname == "applications" else {"review": 80, "active_docs": 110}.get(gname, 140))
        st.markdown(f"**{TITLES[gname]}**")
        st.data_editor(base, key=key, width="stretch", num_rows="fixed", column_config=config,
                       height=38 + 35 * len(rows))  # every row visible
        for e in editor_edits(gname, base, st.session_state.get(key)):
            if e.error:
                st.error(f"{e.raw}：{e.error}")
            else:
                changed.append((e.path, e.value))
    if changed:
        edits.update(dict(changed))
        st.rerun()
    revealed = qp.get("revealed") == str(seed)  # in the URL: a refresh does not make the exercise scored again
    g = grade(ex, edits, revealed)
    total = len(g.fixed) + len(g.left)
    st.progress(len(g.fixed) / max(1, total), text=f"已改正 {len(g.fixed)} / {total} 处埋入的问题")
    if g.done:
        st.success("全部改对了！" + ("（已查看答案，本次不计分）" if revealed else f"得分 {g.score}。"))
    else:
        for f in g.left:
            st.warning(f"{f.rule} {f.message}")
        for f in g.new:
            st.error(f"改出了新的问题：{f.rule} {f.message}（位置：{where_label(report, f.where) or '全文'}）")
        if revealed:
            st.caption("已查看答案，本次练习不计分。")
    if st.toggle("显示答案", key=f"answers_{seed}", value=g.done or revealed):
        if not g.done and not revealed:
            qp["revealed"] = str(seed)
            st.rerun()
        st.markdown("**埋入的错误**：" + "；".join(f"{r} {LESSONS[r].change}" for r in ex.rules))
        st.caption("下表是示例答案；其他满足规则、又不带来新问题的数字同样算对。")
        st.dataframe(
            [{"单元格": where_label(None, p), "埋入的数字": show(w) or "（空白）", "示例答案": show(r) or "（空白）",
              "你的答案": show(edits.get(p, w)) or "（空白）"}
             for p, (w, r) in ex.answers.items()],
            hide_index=True, width="stretch")
    st.markdown(html_table(official_tables(report)["applications"], highlights(check(report))), unsafe_allow_html=True)
