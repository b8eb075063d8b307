"""审阅: this year's report against last year's — a saved draft (with its own last year) or a file or a 范例库 report;
cross-year findings, figures year on year (one chart per unit), word diff."""
import pandas as pd
import streamlit as st

from assistant.review.batch import read_report_isolated
from assistant.review.diff import compare, to_html
from assistant.review.isolate import Failed, offload_drafting
from assistant.drafting.limits import bounded
from assistant.readers.document import Unreadable
from assistant.readers.registry import UPLOAD_TYPES
from assistant.model.report import SECTION_HEADINGS
from assistant.settings import get_settings
from assistant.checks.rules import as_notices, cross_year_mismatch
from assistant.model.grids import show  # blank, never None / nan
from assistant.drafting import full_report
from assistant.form.official import FEE_PATH
from ui.common import corpus_reports, name, render_findings
from ui.signin import base_store, current_user

settings = get_settings()
offload_drafting(settings)  # a long report's word diff: in a worker
st.title("与上年报告比对")
st.caption("逐部分相似度（≥80% 为内容雷同，≥95% 为近乎照抄）、主要数据同比、上年结转衔接等跨年度核对。")

corpus = corpus_reports(settings)  # 机关 and 年度 -> file: no hash names, no README
# Saved drafts the user may see (the store decides: their body's, and a reviewer's bodies under it).
store = base_store().as_user(current_user())
drafts = {f"草稿：{s.agency} {s.year}年度（版本 {s.version}）": s for s in store.list()}
OWN_LAST = "草稿中选定的上年报告"
NONE = "（不选）"


@st.cache_data(max_entries=16, show_spinner=False)
def draft_reports(draft_id: str, version: int, _store):
    """A saved draft as a report, and its own last year's report (None when it has none): once per version."""
    draft = _store.load_version(draft_id, version)
    return full_report(draft), draft.last_year


def default_last() -> None:
    """A draft picked as this year's: its own last year, else the 范例库's report of its agency a year before."""
    s = drafts.get(ss.get("this_pick"))
    if s is None:
        return
    _, own = draft_reports(s.id, s.version, store)
    before = f"{s.agency} {s.year - 1}年度"
    ss["last_pick"] = OWN_LAST if own is not None else before if before in corpus else NONE


def pick(label: str, key: str, choices: list[str], on_change=None):
    c1, c2 = st.columns(2)
    up = c1.file_uploader(label, type=UPLOAD_TYPES, key=f"{key}_file")
    choice = c2.selectbox(f"或选择已保存的草稿、范文库中的报告（{label}）" if key == "this" else f"或从范文库选择（{label}）",
                          [NONE] + choices, key=f"{key}_pick", on_change=on_change)
    return up, choice


ss = st.session_state
this_up, this_choice = pick("本年报告", "this", list(drafts) + list(corpus), default_last)
chosen = drafts.get(this_choice) if this_up is None else None
own_last = draft_reports(chosen.id, chosen.version, store)[1] if chosen else None
last_up, last_choice = pick("上年报告", "last", ([OWN_LAST] if own_last is not None else []) + list(corpus))


def read(up, choice):
    """The uploaded or picked report (None: nothing chosen); Unreadable when it cannot be read."""
    if up is not None:
        return read_report_isolated(up.name, up.getvalue(), settings)
    if choice in drafts:
        return draft_reports(drafts[choice].id, drafts[choice].version, store)[0]
    if choice == OWN_LAST:
        return own_last
    if choice in corpus:
        return read_report_isolated(corpus[choice], (settings.corpus_dir / corpus[choice]).read_bytes(), settings)
    return None


try:
    this, last = read(this_up, this_choice), read(last_up, last_choice)
except Unreadable as e:
    st.error(f"报告无法读取：{name(e)}")
    st.stop()
except Exception as e:  # never a traceback on the page
    st.error(f"报告无法读取（{type(e).__name__}）")
    st.stop()
if this is None or last is None:
    st.info("请选择本年和上年两份报告：可以直接选择已保存的草稿（自动带出它的上年报告），也可以上传或从范文库选择。")
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
st.dataframe(frame, hide_index=True, width="stretch", height=38 + 35 * len(frame),  # every row visible
             column_config={"项目": st.column_config.TextColumn("项目", width=520)})  # labels not cut off
changed = [f for f in c.figures if f.change]  # the figures that changed, in the form's order


def unit_chart(figures, unit: str) -> dict:
    """Last year's and this year's bars of one unit on their own axis, each bar labelled with its figure (a
    small one stays readable beside a large one)."""
    values = [{"项目": f.label, "年度": y, "数值": v, "标注": show(v)} for f in figures
              for y, v in (("上年", f.last), ("本年", f.this)) if v is not None]
    y = {"field": "项目", "type": "nominal", "sort": None, "title": None, "axis": {"labelLimit": 420}}
    offset = {"field": "年度", "sort": ["上年", "本年"]}
    x = {"field": "数值", "type": "quantitative", "title": unit, "axis": {"format": ",", "tickMinStep": 1}}
    return {
        "data": {"values": values}, "width": 760, "height": {"step": 16},
        "title": {"text": f"单位：{unit}", "anchor": "start", "fontSize": 13},
        "layer": [
            {"mark": {"type": "bar", "tooltip": True},
             "encoding": {"y": y, "yOffset": offset, "x": x,
                          "color": {"field": "年度", "type": "nominal", "sort": ["上年", "本年"], "title": None,
                                    "legend": {"orient": "top"}}}},
            {"mark": {"type": "text", "align": "left", "dx": 3, "fontSize": 11},
             "encoding": {"y": y, "yOffset": offset, "x": x, "text": {"field": "标注"}}},
        ],
    }


if changed:
    # 万元 and 件 never share an axis: one chart per unit.
    money = [f for f in changed if f.path == FEE_PATH]
    counts = [f for f in changed if f.path != FEE_PATH]
    for figures, unit in ((counts, "件"), (money, "万元")):
        if figures:
            st.vega_lite_chart(unit_chart(figures, unit), width="content")
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
