"""审阅: this year's report against last year's — cross-year findings, figures year on year, word diff."""
import pandas as pd
import streamlit as st

from assistant.review.batch import read_report_isolated
from assistant.review.diff import compare, to_html
from assistant.review.isolate import Failed, offload_drafting
from assistant.drafting.limits import bounded
from assistant.readers.document import UPLOAD_TYPES, Unreadable
from assistant.model.report import SECTION_HEADINGS
from assistant.settings import get_settings
from assistant.checks.rules import as_notices, cross_year_mismatch
from assistant.model.grids import show  # blank, never None / nan
from ui.common import corpus_reports, name, render_findings

settings = get_settings()
offload_drafting(settings)  # a long report's word diff: in a worker
st.title("与上年报告比对")
st.caption("逐部分相似度（≥80% 为内容雷同，≥95% 为近乎照抄）、主要数据同比、上年结转衔接等跨年度核对。")

corpus = corpus_reports(settings)  # 机关 and 年度 -> file: no hash names, no README


def pick(label: str, key: str):
    c1, c2 = st.columns(2)
    up = c1.file_uploader(label, type=UPLOAD_TYPES, key=f"{key}_file")
    choice = c2.selectbox(f"或从范文库选择（{label}）", ["（不选）"] + list(corpus), key=f"{key}_pick")
    if up is not None:
        return up.name, up.getvalue()
    if choice != "（不选）":
        return corpus[choice], (settings.corpus_dir / corpus[choice]).read_bytes()
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

try:
    c = bounded(compare, this, last, settings, size=sum(len(s.text) for r in (this, last) for s in r.sections))
except Failed as e:
    st.error(f"比对未能完成：{e}")
    st.stop()
st.subheader("跨年度核对")
why = cross_year_mismatch(this, last)
if why:  # another year, another agency or the same file: the cross-year rules only give notices
    st.warning(f"{why}：跨年度核对结果只作提示，不计为错误。", icon=":material/warning:")
render_findings(as_notices(c.findings, why), this)

st.subheader("主要数据同比")
frame = pd.DataFrame([{"项目": f.label, "上年": show(f.last), "本年": show(f.this), "增减": show(f.change),
                       "变化率": f"{f.ratio:+.1%}" if f.ratio is not None else ""} for f in c.figures])
st.dataframe(frame, hide_index=True, width="stretch", height=38 + 35 * len(frame))  # every row visible
changed = [f for f in c.figures if f.change]  # the figures that changed, in the form's order
if changed:
    st.vega_lite_chart({
        "data": {"values": [{"项目": f.label, "年度": y, "数值": v} for f in changed
                            for y, v in (("上年", f.last), ("本年", f.this))]},
        "mark": {"type": "bar", "tooltip": True},
        "encoding": {"y": {"field": "项目", "type": "nominal", "sort": None, "title": None,
                           "axis": {"labelLimit": 400}},
                     "yOffset": {"field": "年度", "sort": ["上年", "本年"]},
                     "x": {"field": "数值", "type": "quantitative", "title": "件数 / 万元", "axis": {"format": ","}},
                     "color": {"field": "年度", "type": "nominal", "sort": ["上年", "本年"], "title": None}},
        "height": {"step": 14},
    }, width="stretch")
else:
    st.caption("主要数据与上年相同，没有需要绘制的变化。")

st.subheader("正文逐段比对")
st.markdown("<style>del{background:#fbd5d5;color:#7a1212}ins{background:#cdeccd;color:#0f5a0f;text-decoration:none}"
            "</style>", unsafe_allow_html=True)
for s in c.sections:
    mark = f"（{s.level}）" if s.level else ""
    with st.expander(f"{SECTION_HEADINGS[s.number]} — 相似度 {s.similarity:.0%}{mark}", expanded=bool(s.level)):
        st.markdown(s.html or "（无正文）", unsafe_allow_html=True)
st.download_button("下载比对结果（HTML）", lambda: to_html(c, this, last).encode("utf-8"), "比对结果.html", "text/html",
                   on_click="ignore")
