"""培训: real reports annotated with their findings, one wrong/right example per rule (generated from the
rules), and a practice mode with planted errors."""
import random

import streamlit as st

from assistant.batch import check_one, highlights
from assistant.export import html_table, official_tables
from assistant.rules import RULES, SEVERITY_ZH, check, where_label
from assistant.settings import get_settings
from assistant.tables import apply_editor_state, frame
from assistant.training import LESSONS, example, practice, practice_done
from pages.common import table_css

settings = get_settings()
st.title("培训")
st.markdown(table_css(), unsafe_allow_html=True)
tab_gallery, tab_rules, tab_practice = st.tabs(["范例库", "常见错误", "练习"])

with tab_gallery:
    st.caption("范文库中的真实报告，逐条标注校验发现的问题和正确做法。")
    files = sorted(p for p in settings.corpus_dir.glob("*") if p.suffix.lower() in (".txt", ".md", ".html", ".htm", ".docx"))
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
                c2.markdown("涉及单元格：" + "；".join(f"{where_label(right, p)}：错 {wrong.value(p)} → 对 {right.value(p)}"
                                                for p in cells[:6]))

with tab_practice:
    st.caption("系统在一份示例报告的统计表里埋了几处错误。修改表格，直到校验全部通过。")
    if "practice_seed" not in st.session_state or st.button("换一份练习"):
        st.session_state.practice_seed = random.randrange(10**6)
        st.session_state.practice_edits = {}
        st.session_state.practice_checks = 0
    report, planted = practice(st.session_state.practice_seed)
    for path, value in st.session_state.practice_edits.items():
        report.put(path, value)
    st.write(f"埋入错误 {len(planted)} 处。")
    changed = []
    for name, title in (("active_docs", "表二 第二十条第（一）项"), ("active_other", "表二 其他项"),
                        ("applications", "表三"), ("review", "表四")):
        base = frame(report, name)
        key = f"practice_{name}_{st.session_state.practice_seed}_{len(st.session_state.practice_edits)}"
        st.markdown(f"**{title}**")
        st.data_editor(base, key=key, width="stretch")
        changed += apply_editor_state(name, base, st.session_state.get(key))
    if changed:
        st.session_state.practice_edits.update(dict(changed))
        st.session_state.practice_checks += 1
        st.rerun()
    findings = check(report)
    if practice_done(report):
        score = max(0, 100 - 5 * max(0, st.session_state.practice_checks - len(planted)))
        st.success(f"全部改对了！得分 {score}（修改 {st.session_state.practice_checks} 次）。")
    else:
        left = [f for f in findings if f.severity in ("error", "warning")]
        st.warning(f"还有 {len(left)} 个问题：" + "；".join(f"{f.rule} {f.message}" for f in left[:4]))
        st.markdown(html_table(official_tables(report)["applications"], highlights(findings)), unsafe_allow_html=True)
