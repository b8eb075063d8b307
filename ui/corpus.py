"""范例库 (admin): past reports used as phrasing examples and as last year's report — upload in any supported
format, listed by agency / year / level with how their tables were read, removed; indexing is incremental."""
import pandas as pd
import streamlit as st

from assistant.readers.document import Unreadable
from assistant.readers.registry import UPLOAD_TYPES
from assistant.corpus.library import add, catalogue, remove
from assistant.settings import get_settings
from ui.common import plain
from ui.signin import is_admin

settings = get_settings()
st.title("范例库")
if not is_admin():
    st.error("只有管理员可以管理范例库。")
    st.stop()
st.caption("往年的政府信息公开工作年度报告：起草时作为写法范例，也可作为“上年报告”选用。上传后只索引新文件。")

with st.form("corpus_upload", clear_on_submit=True):
    files = st.file_uploader("上传往年报告", type=UPLOAD_TYPES, accept_multiple_files=True)
    if st.form_submit_button("加入范例库", type="primary") and files:
        for f in files:
            try:
                e = add(f.name, f.getvalue(), settings)
                st.success(f"已加入：{plain(e.agency) or f.name} {e.year or ''}年（读取可信度：{e.confidence}）")
            except Unreadable as err:
                st.error(f"{plain(f.name)}：{err}")

entries = catalogue(settings)
levels = sorted({e.level for e in entries if e.level})
years = sorted({e.year for e in entries if e.year}, reverse=True)
c1, c2, c3 = st.columns(3)
agency = c1.text_input("按机关筛选", key="corpus_agency")
year = c2.selectbox("年度", ["全部", *years], key="corpus_year")
level = c3.selectbox("层级", ["全部", *levels], key="corpus_level")
shown = [e for e in entries if (not agency or agency in e.agency) and (year == "全部" or e.year == year)
         and (level == "全部" or e.level == level)]
st.markdown(f"共 **{len(entries)}** 份报告，显示 **{len(shown)}** 份。")
if shown:  # the file names are content hashes: never shown, agency and year say which report it is
    # A table, not a grid: the reading record is long and is shown whole, wrapped.
    st.table(pd.DataFrame([{"机关": plain(e.agency) or "（未识别）", "年度": str(e.year or ""), "层级": e.level,
                            "读取可信度": e.confidence,
                            "表格读取情况": e.reading.removeprefix("表格读取情况：") or e.problem}
                           for e in shown]).set_index("机关"))
else:
    st.caption("没有符合条件的报告。")

if shown:
    labels, seen = {}, {}
    for e in shown:
        label = f"{e.agency or '（未识别）'} {e.year or ''}年"
        seen[label] = seen.get(label, 0) + 1
        labels[e.file] = label + (f"（第 {seen[label]} 份）" if seen[label] > 1 else "")
    pick = st.selectbox("移除一份报告", list(labels), format_func=lambda f: labels[f], key="corpus_remove_pick")
    if st.button("从范例库移除", key="corpus_remove"):
        remove(pick, settings)
        st.success(f"已移除：{labels[pick]}")
        st.rerun()
