"""审阅: this year's report against last year's — cross-year findings, figures year on year, word diff."""
import pandas as pd
import streamlit as st

from assistant.batch import read_report_isolated
from assistant.diff import compare, to_html
from assistant.document import UPLOAD_TYPES, Unreadable
from assistant.report import SECTION_HEADINGS
from assistant.settings import get_settings
from pages.common import name, render_findings

settings = get_settings()
st.title("与上年报告比对")
st.caption("逐部分相似度（≥80% 为内容雷同，≥95% 为近乎照抄）、主要数据同比、上年结转衔接等跨年度核对。")

corpus = sorted(p.name for p in settings.corpus_dir.glob("*") if p.suffix.lower() in (".txt", ".md", ".html", ".htm", ".docx"))


def pick(label: str, key: str):
    c1, c2 = st.columns(2)
    up = c1.file_uploader(label, type=UPLOAD_TYPES, key=f"{key}_file")
    choice = c2.selectbox(f"或从范文库选择（{label}）", ["（不选）"] + corpus, key=f"{key}_pick")
    if up is not None:
        return up.name, up.getvalue()
    if choice != "（不选）":
        return choice, (settings.corpus_dir / choice).read_bytes()
    return None


this_src = pick("本年报告", "this")
last_src = pick("上年报告", "last")
if not this_src or not last_src:
    st.info("请选择本年和上年两份报告。")
    st.stop()

try:
    this, last = read_report_isolated(*this_src, settings), read_report_isolated(*last_src, settings)
except Unreadable as e:
    st.error(f"报告无法读取：{name(e)}")
    st.stop()
except Exception as e:  # never a traceback on the page
    st.error(f"报告无法读取（{type(e).__name__}）")
    st.stop()

c = compare(this, last, settings)
st.subheader("跨年度核对")
render_findings(c.findings, this)

st.subheader("主要数据同比")
frame = pd.DataFrame([{"项目": f.label, "上年": f.last, "本年": f.this, "增减": f.change,
                       "变化率": f"{f.ratio:+.1%}" if f.ratio is not None else ""} for f in c.figures])
st.dataframe(frame, hide_index=True, width="stretch")
chart = pd.DataFrame({"上年": [f.last or 0 for f in c.figures[7:14]], "本年": [f.this or 0 for f in c.figures[7:14]]},
                     index=[f.label.split(" · ")[0][:10] for f in c.figures[7:14]])
st.bar_chart(chart, stack=False)

st.subheader("正文逐段比对")
st.markdown("<style>del{background:#fbd5d5;color:#7a1212}ins{background:#cdeccd;color:#0f5a0f;text-decoration:none}"
            "</style>", unsafe_allow_html=True)
for s in c.sections:
    mark = f"（{s.level}）" if s.level else ""
    with st.expander(f"{SECTION_HEADINGS[s.number]} — 相似度 {s.similarity:.0%}{mark}", expanded=bool(s.level)):
        st.markdown(s.html or "（无正文）", unsafe_allow_html=True)
st.download_button("下载比对结果（HTML）", lambda: to_html(c, this, last).encode("utf-8"), "比对结果.html", "text/html",
                   on_click="ignore")
