"""汇总核对 (reviewers): a government's 本行政区域 report checked against the sum of the reports of the bodies
under it, cell by cell, from the drafts the reviewer may read."""
import streamlit as st

from assistant.drafting import tables_report
from assistant.review.rollup import rollup
from assistant.store.drafts import Damaged
from ui.common import plain
from ui.signin import scoped_store

st.title("汇总核对")
st.caption("把本级政府（本行政区域）报告的每个统计数字，与下属各单位报告之和逐格核对，列出不一致之处。")
store = scoped_store()
drafts = store.list()
if not drafts:
    st.info("没有可查阅的草稿。")
    st.stop()
label = {s.id: f"{s.agency} {s.year}年度（版本 {s.version}）" for s in drafts}
parent = st.selectbox("本级政府报告", list(label), format_func=lambda i: plain(label[i]), key="rollup_parent")
year = next(s.year for s in drafts if s.id == parent)
others = [s.id for s in drafts if s.id != parent and s.year == year]
children = st.multiselect("下属单位报告", others, default=others, format_func=lambda i: plain(label[i]),
                          key="rollup_children")
if st.button("核对", type="primary", key="rollup_run") and children:
    def report(i):
        try:
            loaded = store.load(i)
        except Damaged as e:
            st.error(str(e))
            st.stop()
        return tables_report(loaded[0])
    result = rollup(report(parent), [(plain(label[i]).split(" ")[0], report(i)) for i in children],
                    parent_name=label[parent])
    if result.note:
        st.info(result.note)
    if result.ok:
        st.success(f"核对 {result.cells} 个单元格：与下属单位合计一致。")
    else:
        st.warning(f"核对 {result.cells} 个单元格：{len(result.differences)} 处不一致。")
        for d in result.differences:
            st.markdown(f"- {plain(d.message())}")
