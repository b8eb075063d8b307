"""起草: notes in a chat box → tables → findings → sections → Word. Every change is saved; the draft id
lives in the URL, so a refresh or a restart brings the draft back."""
import datetime as dt

import streamlit as st

from assistant.batch import highlights, read_report
from assistant.document import UPLOAD_TYPES, Unreadable
from assistant.drafting import (
    NARRATIVE_SECTIONS, add_notes, full_report, new_draft, section_flags, set_cell, set_section_text, stream_section,
)
from assistant.export import FORMATS as EXPORT_FORMATS, ExportUnavailable, export, html_table, official_tables, \
    pdf_available, readiness
from assistant.export.pdf import MISSING as PDF_MISSING
from assistant.rules import check
from assistant.report import SECTION_HEADINGS
from assistant.settings import get_settings
from assistant.store import Damaged, NotSaved, Store
from assistant.tables import apply_editor_state, frame
from pages.common import name, render_findings, render_history, table_css

settings = get_settings()


@st.cache_resource
def get_store(path: str) -> Store:
    return Store(path)


store = get_store(str(settings.data_dir / "drafts.sqlite3"))


def save(draft, version, note=""):
    """Save and rerun; a save that fails (conflict, value out of range, disk full) says so and keeps the
    user's input on the page."""
    try:
        store.save(draft, version, note)
    except NotSaved as e:
        st.error(str(e))
        if note == "笔记" and draft.notes:  # the chat box is already empty: show what was sent
            st.text_area("未保存的笔记（可复制后重新发送）", draft.notes[-1], key="unsaved_note")
        st.stop()
    st.rerun()


# --- which draft -----------------------------------------------------------------------------------
with st.sidebar:
    st.subheader("草稿")
    with st.form("new_draft", clear_on_submit=True):
        agency = st.text_input("机关名称", placeholder="如：某某县人民政府")
        year = st.number_input("报告年度", min_value=2019, max_value=2100, value=2025, step=1)
        level = st.selectbox("层级", ["（按名称推断）", "省", "市", "县", "乡镇", "部门"])
        last_file = st.file_uploader("上年报告（可选）", type=UPLOAD_TYPES)
        corpus_files = sorted(p.name for p in settings.corpus_dir.glob("*") if p.suffix.lower() in
                              (".txt", ".md", ".html", ".htm", ".docx"))
        last_pick = st.selectbox("或从范文库选择上年报告", ["（不选）"] + corpus_files)
        if st.form_submit_button("新建草稿", type="primary"):
            last = None
            source = ((last_file.name, last_file.getvalue()) if last_file is not None else
                      (last_pick, (settings.corpus_dir / last_pick).read_bytes()) if last_pick != "（不选）" else None)
            if source is not None:
                try:
                    last = read_report(*source, settings)
                except Unreadable as e:
                    st.error(f"上年报告无法读取：{e}")
            if not agency.strip():
                st.error("请填写机关名称")
            else:
                d = new_draft(agency.strip(), int(year), None if level.startswith("（") else level, last)
                store.save(d, None, "新建")
                st.query_params["draft"] = d.id
                st.rerun()
    for s in store.list():
        c1, c2 = st.columns([4, 1])
        if c1.button(f"{name(s.agency)} {s.year}年（v{s.version}）", key=f"open_{s.id}", width="stretch"):
            st.query_params["draft"] = s.id
            st.rerun()
        if c2.button("", icon=":material/delete:", key=f"del_{s.id}", help="删除这份草稿"):
            store.delete(s.id)
            if st.query_params.get("draft") == s.id:
                del st.query_params["draft"]
            st.rerun()

draft_id = st.query_params.get("draft")
try:
    loaded = store.load(draft_id) if draft_id else None
except Damaged as e:  # still reachable: its history, to restore a version that opens
    st.title("起草年度报告")
    st.error(str(e))
    render_history(store, e.draft_id, e.version)
    st.stop()
if loaded is None:
    st.title("起草年度报告")
    if draft_id:
        st.warning("没有找到这份草稿，可能已被删除。")
    st.info("在左侧新建一份草稿，或打开已有草稿。把工作笔记粘贴到对话框，助手会把数字填入统计表并起草正文。")
    st.stop()

draft, version = loaded
report = full_report(draft)  # once per run: every tab below reads this
found = check(report, draft.last_year, settings)
st.title(f"{name(draft.agency)} {draft.year}年度报告")
mode = "大模型起草" if settings.llm_enabled else "离线起草（未配置大模型）"
st.caption(f"版本 {version} · 更新于 {draft.updated} · {mode}")

tab_chat, tab_tables, tab_text, tab_check, tab_export, tab_history = st.tabs(
    ["笔记对话", "统计表", "正文", "校验", "导出", "历史版本"])

# --- chat --------------------------------------------------------------------------------------------
with tab_chat:
    for m in draft.messages:
        with st.chat_message(m["role"]):
            if m["role"] == "user":
                st.text(m["content"])  # the official's notes as written: line breaks kept, never markdown
            else:
                st.markdown(m["content"])
    if not draft.messages:
        st.caption("例如：“今年共收到政府信息公开申请12件，均为自然人，予以公开8件，本机关不掌握4件。行政复议1件，维持。”")
notes = st.chat_input("粘贴或输入工作笔记（数字、做法、问题、改进措施）")
if notes:
    updated, _ = add_notes(draft, notes, settings)
    save(updated, version, "笔记")

# --- tables -------------------------------------------------------------------------------------------
with tab_tables:
    tables = report
    st.markdown(table_css(), unsafe_allow_html=True)
    edits = []
    for name, title in (("active_docs", "表二 第二十条第（一）项"), ("active_other", "表二 其他项"),
                        ("applications", "表三 收到和处理政府信息公开申请情况"), ("review", "表四 行政复议、行政诉讼")):
        st.markdown(f"**{title}**")
        base = frame(tables, name)
        key = f"ed_{name}_{draft.id}_{version}"  # a new version gets a fresh editor: no stale edit state
        st.data_editor(base, key=key, width="stretch")
        edits += apply_editor_state(name, base, st.session_state.get(key))
    if edits:
        updated = draft
        for path, value in edits:
            updated = set_cell(updated, path, value)
        save(updated, version, "修改统计表")
    derived = sorted(tables.derived)
    if derived:
        st.caption(f"自动计算的单元格 {len(derived)} 个（总计、结转等），在下方官方版式中以蓝色显示。")
    c1, c2 = st.columns(2)
    if not draft.zero_confirmed and c1.button("确认笔记未提到的项目均为 0，空白处填 0"):
        updated = draft.model_copy(deep=True)
        updated.zero_confirmed = True
        save(updated, version, "空白填 0")
    if draft.zero_confirmed and c2.button("取消“空白填 0”"):
        updated = draft.model_copy(deep=True)
        updated.zero_confirmed = False
        save(updated, version, "取消空白填 0")
    marks = {p: "#d7e8fa" for p in derived} | highlights(found)
    layout = official_tables(tables)
    for key in ("active", "applications", "review_litigation"):
        st.markdown(html_table(layout[key], marks), unsafe_allow_html=True)

# --- sections -----------------------------------------------------------------------------------------
with tab_text:
    for n in NARRATIVE_SECTIONS:
        st.subheader(SECTION_HEADINGS[n])
        section = draft.sections.get(n)
        c1, c2 = st.columns([1, 3])
        instruction = c2.text_input("修改意见", key=f"instr_{n}", placeholder="如：第五部分写得更具体；把2023改为2024",
                                    label_visibility="collapsed")
        go = c1.button("起草" if section is None else "重新起草", key=f"draft_{n}", type="primary")
        revise = instruction and c2.button("按意见修改", key=f"revise_{n}")
        if go or revise:
            result = {}
            try:
                st.write_stream(stream_section(draft, n, settings, result, instruction if revise else None))
            except Exception as e:  # never a traceback: the draft is untouched
                st.error(f"起草失败（{type(e).__name__}），草稿未改变。")
            if "draft" in result:
                save(result["draft"], version, f"起草第{n}部分")
        if section is not None:
            if section.note:
                st.warning(section.note)
            for flag in section_flags(draft, n, report):
                st.error(f"数字核对：{flag.message()}")
            if section.examples:
                st.caption("参考范文：" + "；".join(f"{e['agency']} {e['year']}年（{e['heading']}）" for e in section.examples))
        text = st.text_area("正文", value=report.section_text(n), height=220, key=f"text_{n}_{version}",
                            label_visibility="collapsed")
        if text != report.section_text(n) and st.button("保存修改", key=f"save_{n}"):
            save(set_section_text(draft, n, text), version, f"手工修改第{n}部分")

# --- check / export / history ---------------------------------------------------------------------------
with tab_check:
    render_findings(found, report)

with tab_export:
    ready = readiness(report, found)
    if ready.finished:
        st.success(ready.message())
    else:
        st.warning(ready.message())
    with st.form(f"signature_{draft.id}_{version}"):
        st.markdown("**落款**（报告末尾右下方的机关名称和成文日期）")
        c1, c2 = st.columns([3, 2])
        sig_agency = c1.text_input("机关名称（标题和落款）", value=draft.agency)
        sig_date = c2.date_input("成文日期", value=draft.published, format="YYYY-MM-DD",
                                 min_value=dt.date(draft.year, 1, 1), max_value=dt.date(draft.year + 2, 12, 31))
        if st.form_submit_button("保存落款"):
            if not sig_agency.strip():
                st.error("机关名称不能为空")
            elif sig_agency.strip() != draft.agency or sig_date != draft.published:
                updated = draft.model_copy(deep=True)
                updated.agency, updated.published = sig_agency.strip(), sig_date
                save(updated, version, "落款")
    if not draft.published:
        st.caption("尚未填写成文日期：导出的文件没有落款。")
    unfinished = not ready.finished
    allowed = not unfinished or st.checkbox(
        "仍然导出未完成的报告（文件首页标注“征求意见稿”）", key=f"allow_unfinished_{draft.id}")
    st.caption("导出完整的六部分报告：Word 和 PDF 按 GB/T 9704 公文格式排版，三张统计表含合并表头。文件在点击时生成。")
    stem = f"{draft.agency}{draft.year}年政府信息公开工作年度报告" + ("（征求意见稿）" if unfinished else "")

    def build(fmt: str, d=draft, mark=unfinished):
        return lambda: export(full_report(d), fmt, unfinished=mark)  # deferred: built only when clicked

    c1, c2, c3, c4 = st.columns(4)
    for col, fmt in ((c1, "docx"), (c2, "html"), (c3, "md")):
        _, mime, name = EXPORT_FORMATS[fmt]
        col.download_button(f"下载 {name}", build(fmt), f"{stem}.{fmt}", mime, on_click="ignore", disabled=not allowed)
    # PDF takes LibreOffice a few seconds: made on request, then offered for download.
    pdf_key = f"pdf_{draft.id}_{version}_{unfinished}"
    if c4.button("生成 PDF", disabled=not allowed, key=f"make_{pdf_key}"):
        if not pdf_available():
            st.error(PDF_MISSING)
        else:
            with st.spinner("正在用 LibreOffice 生成 PDF…"):
                try:
                    st.session_state[pdf_key] = export(report, "pdf", unfinished=unfinished)
                except ExportUnavailable as e:
                    st.error(str(e))
    if allowed and pdf_key in st.session_state:
        c4.download_button("下载 PDF", st.session_state[pdf_key], f"{stem}.pdf", "application/pdf", on_click="ignore")

with tab_history:
    render_history(store, draft.id, version)
