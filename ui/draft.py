"""起草: a workbench — notes in a chat beside the tables and the open questions; sections; findings; a
preview in the official layout; export; history per section. Every change is saved as a version; the
draft id lives in the URL, so a refresh or a restart brings the draft back.

Nothing is lost without a word: a tab that shows an older version saves against that version, so the
store refuses it with its conflict message; the user's input stays on the page and can be applied to
the newest version in one click. Replacing hand-written text, deleting a draft and restoring a version
ask first (st.dialog); deleted drafts go to a 回收站 and can be restored."""
import datetime as dt
import re

import streamlit as st

from assistant.review.batch import read_report, read_report_isolated
from assistant.review.diff import word_diff
from assistant.review import isolate
from assistant.review.isolate import Failed, offload_drafting
from assistant.readers.document import Unreadable
from assistant.readers.registry import UPLOAD_TYPES
from assistant.readers.scan import may_need_ocr
from assistant.drafting.merge import merge
from assistant.drafting.ops import apply_ops, merge_ops, unsaved_fields
from assistant.drafting import (
    NARRATIVE_SECTIONS, add_notes, confirm_number, conflicts, full_report, narrative_questions, new_draft, number_flags,
    questions, section_flags, set_cell, set_section_text, signed_report, stream_section,
)
from assistant.export import FORMATS as EXPORT_FORMATS, export, html_table, official_tables, \
    pdf_available, readiness
from assistant.export.html import to_html
from assistant.export.pdf import MISSING as PDF_MISSING, font_warning
from assistant.form.official import TOTAL, application_path, review_path
from assistant.model.numbers import fmt
from assistant.notes.markup import is_markup, markup_text
from assistant.model.report import SECTION_HEADINGS, Report
from assistant.checks.rules import as_notices, check, cross_year_mismatch
from assistant.drafting.limits import TooLong, bounded, check_instruction
from assistant.safetext import inert, md, md_text
from assistant.settings import get_settings
from assistant.store.drafts import Conflict, Damaged, NotSaved
from assistant.model.grids import FEE_HELP, FULL_COLUMNS, HELP, TITLES, editor_edits, frame, grids
from ui.common import DERIVED, corpus_reports, highlights, legend, name, render_findings, table_css
from ui import jobs
from ui.keeper import keep_typing, typed
from ui.signin import base_store, current_user

settings = get_settings()
offload_drafting(settings)  # notes, the number guard and revisions larger than a small bound: in a worker


# Trash, versions and who may see what live in the store: a signed-in user's store lists, opens, exports and
# deletes only the drafts of their body (a reviewer reads those under it), whatever id the URL carries.
store = base_store().as_user(current_user())
ss = st.session_state


def when(iso: str | dt.datetime | None) -> str:
    """An ISO time as an official reads it: 2026年1月5日 14:03."""
    if not iso:
        return ""
    t = iso if isinstance(iso, dt.datetime) else dt.datetime.fromisoformat(str(iso))
    return f"{t.year}年{t.month}月{t.day}日 {t:%H:%M}"


# --- saving: a toast on success; on a conflict the input is kept and can be applied to the newest version ---

def save(draft, version, note="", ops=None, what=""):
    """Save against the version this tab shows; then a toast and a rerun. A refused save (conflict,
    value out of range, disk full) is shown with the store's message and the user's input kept (also in the
    store's unsaved input, so a reload keeps it). The same refused change is not tried again on every rerun
    (a grid keeps its edits in its state)."""
    p = ss.get(f"pending_{draft.id}")
    if p and p["ops"] == (ops or []) and p.get("version") == version:
        return
    try:
        new = store.save(draft, version, note)
    except NotSaved as e:
        ss[f"pending_{draft.id}"] = {"message": str(e), "ops": ops or [], "what": what or note,
                                     "conflict": isinstance(e, Conflict), "version": version}
        st.rerun()
    ss.pop(f"pending_{draft.id}", None)
    if fields := unsaved_fields(ops):
        store.discard(draft.id, fields)
    ss[f"seen_{draft.id}"] = new
    ss["toast"] = f"已保存：{note or '修改'}（版本 {new}）"
    st.rerun()


def base_version(draft_id: str, version: int):
    """The version a stale tab showed, or None when it cannot be read (purged, damaged)."""
    try:
        return store.load_version(draft_id, version)
    except (KeyError, ValueError, TypeError):
        return None


def apply_pending(draft_id: str, p: dict, ops: list, label: str) -> None:
    latest = store.load(draft_id)
    if latest is None:
        return
    d, v = latest
    ss[f"seen_{draft_id}"] = v
    if not ops:
        ss.pop(f"pending_{draft_id}", None)
        st.rerun()
    try:
        applied = apply_ops(d, ops, settings)
    except (TooLong, Failed) as e:  # too long or too much work: nothing changed, the input still kept
        st.error(str(e))
        return
    save(applied, v, p["what"] + label, ops, p["what"])


def render_pending(draft_id: str) -> None:
    p = ss.get(f"pending_{draft_id}")
    if not p:
        return
    with st.container(border=True, key="pending_box"):
        if p.get("choose"):  # both changed the same sentence: both shown, the user picks
            n, (mine, theirs) = next(iter(p["choose"].items()))
            st.warning(f"您和其他窗口都修改了“{SECTION_HEADINGS[n]}”中的同一句话，无法自动合并。请对照两个版本选择保留哪一个"
                       "（另一个仍可在历史版本或上方复制找回）。", icon=":material/compare:")
            c1, c2 = st.columns(2)
            c1.markdown("**您的版本**")
            c1.text_area("您的版本", mine, height=200, key=f"mine_{draft_id}_{hash(mine)}", label_visibility="collapsed")
            c2.markdown("**最新版本（其他窗口保存的）**")
            c2.text_area("最新版本", theirs, height=200, key=f"theirs_{draft_id}_{hash(theirs)}",
                         label_visibility="collapsed")
            rest = p["rest"]
            if c1.button("用我的版本", type="primary", key=f"choose_mine_{draft_id}"):
                apply_pending(draft_id, p, rest + [("text", n, mine)], "（选择我的版本）")
            if c2.button("保留最新版本", key=f"choose_theirs_{draft_id}"):
                store.discard(draft_id, [f"text:{n}"])
                apply_pending(draft_id, p, rest, "（保留最新版本）")
            return
        st.error(p["message"], icon=":material/sync_problem:")
        st.markdown(f"**未保存的修改**：{md(p['what'])}")
        for op in p["ops"]:
            if op[0] in ("notes", "text"):
                st.text_area("您的输入（可复制）", op[-1], key=f"kept_{draft_id}_{hash(op[-1])}", height=120)
            elif op[0] == "cell":
                st.caption(f"{md(grid_label(op[1]))}：{fmt(op[2]) if op[2] is not None else '清空'}")
        c1, c2 = st.columns(2)
        if p["ops"] and c1.button("在最新版本上应用我的修改", type="primary", key=f"apply_pending_{draft_id}",
                                  help="只改动您改过的句子；与其他窗口改了同一句话时，两个版本并排显示供您选择"):
            latest = store.load(draft_id)
            if latest is not None:
                ops, clashes = merge_ops(p["ops"], latest[0], lambda: base_version(draft_id, p["version"]))
                if clashes:
                    ss[f"pending_{draft_id}"] = p | {"choose": clashes, "rest": ops}
                    st.rerun()
                apply_pending(draft_id, p, ops, "（应用到最新版本）")
        if c2.button("放弃我的修改，显示最新版本", key=f"drop_pending_{draft_id}"):
            store.discard(draft_id, unsaved_fields(p["ops"]))
            ss.pop(f"pending_{draft_id}", None)
            ss.pop(f"seen_{draft_id}", None)
            st.rerun()


def grid_label(path: str) -> str:
    for name_, (rows, cols, paths) in grids().items():
        for i, row in enumerate(paths):
            if path in row:
                return f"{TITLES[name_].split(' ')[0]} {rows[i]} · {cols[row.index(path)]}"
    return path


# --- the soft delete (回收站) -----------------------------------------------------------------------------

@st.dialog("移到回收站")
def confirm_delete(draft_id: str, label: str) -> None:
    st.write(f"把“{label}”移到回收站？")
    st.caption("草稿和全部历史版本都会保留，可以在左侧“回收站”中恢复。")
    c1, c2 = st.columns(2)
    if c1.button("移到回收站", type="primary", key="confirm_trash"):
        store.trash(draft_id)
        if st.query_params.get("draft") == draft_id:
            del st.query_params["draft"]
        ss["toast"] = f"已移到回收站：{label}"
        st.rerun()
    if c2.button("取消", key="cancel_trash"):
        st.rerun()


@st.dialog("永久删除")
def confirm_purge(draft_id: str, label: str) -> None:
    st.write(f"永久删除“{label}”及其全部历史版本？此操作无法撤销。")
    c1, c2 = st.columns(2)
    if c1.button("永久删除", type="primary", key="confirm_purge"):
        store.delete(draft_id)
        ss["toast"] = f"已永久删除：{label}"
        st.rerun()
    if c2.button("取消", key="cancel_purge"):
        st.rerun()


# --- last year's report: chosen by agency and year ---------------------------------------------------------

def load_last_year(upload, pick: str | None) -> Report | None:
    """The picked or uploaded report, read; an unreadable one leaves a lasting error (ss['last_error'])."""
    ss.pop("last_error", None)
    try:
        if upload is not None:
            return read_report_isolated(upload.name, upload.getvalue(), settings)
        if pick:
            fname = corpus_reports(settings)[pick]
            data = (settings.corpus_dir / fname).read_bytes()  # a scan is recognised in a worker, never here
            return (read_report_isolated if may_need_ocr(data) else read_report)(fname, data, settings)
    except (Unreadable, OSError, KeyError, ValueError) as e:
        what = upload.name if upload is not None else pick
        ss["last_error"] = f"上年报告“{what}”无法读取：{e}。请换一个文件（Word、PDF、网页或文本）。"
    return None


def key_figures(r: Report) -> list[tuple[str, str]]:
    def v(p):
        x = r.value(p)
        return "—" if x is None else fmt(x)
    return [("新收申请", v(application_path("new_received", TOTAL))),
            ("结转下年度", v(application_path("carried_forward", TOTAL))),
            ("行政复议", v(review_path("review", 4))),
            ("现行有效规范性文件", v("active.normative_documents.in_force"))]


def last_year_picker(prefix: str):
    """The corpus choice (by agency and year) and an upload; returns (upload, pick)."""
    choices = corpus_reports(settings)
    pick = st.selectbox("从范文库选择（按机关和年度）", ["（不选）"] + list(choices), key=f"{prefix}_pick")
    if pick != "（不选）":  # the box is one line wide in the sidebar: the whole name below it
        st.caption(f"已选：{name(pick)}")
    upload = st.file_uploader("或上传上年报告", type=UPLOAD_TYPES, key=f"{prefix}_upload")
    return upload, (None if pick == "（不选）" else pick)


@st.dialog("移除上年报告")
def confirm_remove_last(draft, version) -> None:
    st.write("移除后，跨年度校验（上年结转、现行有效件数等）不再进行，上年结转需要在笔记或表格中填写。")
    c1, c2 = st.columns(2)
    if c1.button("移除", type="primary", key="confirm_remove_last"):
        d = draft.model_copy(deep=True)
        d.last_year = None
        save(d, version, "移除上年报告", [("last_year", None)], "移除上年报告")
    if c2.button("取消", key="cancel_remove_last"):
        st.rerun()


def render_last_year(draft, version) -> str | None:
    """The confirmation card: what was loaded (agency, year, key figures); change or remove it."""
    mismatch = cross_year_mismatch(report, draft.last_year)
    with st.container(border=True, key="last_year_card"):
        last = draft.last_year
        if last is None:
            st.markdown("**上年报告：** 未选择。选择后可自动带入上年结转，并进行跨年度校验。")
        else:
            st.markdown(f"**上年报告：** {name(last.meta.agency or '（未识别机关）')} · "
                        f"{last.meta.year or '年份不详'}{'年度' if last.meta.year else ''}")
            st.markdown(" · ".join(f"{k} **{md(v)}**" for k, v in key_figures(last)))
            if mismatch:
                st.warning(f"{mismatch}：跨年度校验只作提示，不计为错误。请确认是否选错了上年报告。",
                           icon=":material/warning:")
        if ss.get("last_error"):
            st.error(ss["last_error"], icon=":material/error:")
        with st.expander("更换上年报告" if last is not None else "选择上年报告"):
            upload, pick = last_year_picker(f"change_{draft.id}")
            if st.button("载入", key=f"load_last_{draft.id}", disabled=upload is None and pick is None):
                with st.status("正在读取上年报告…", expanded=True) as status:
                    st.write("读取文件")
                    picked = load_last_year(upload, pick)
                    if picked is None:
                        status.update(label="上年报告无法读取", state="error")
                    else:
                        st.write(f"识别为：{picked.meta.agency or '（未识别机关）'} {picked.meta.year or ''}")
                        status.update(label="已读取上年报告", state="complete")
                if picked is not None:
                    d = draft.model_copy(deep=True)
                    d.last_year = picked
                    save(d, version, "更换上年报告", [("last_year", picked)], "更换上年报告")
                st.rerun()
        if last is not None and st.button("移除上年报告", key=f"remove_last_{draft.id}"):
            confirm_remove_last(draft, version)
    return mismatch


# --- sidebar: new draft, the list, the 回收站 ------------------------------------------------------------------

if "toast" in ss:
    st.toast(ss.pop("toast"), icon=":material/check_circle:")

with st.sidebar:
    st.subheader("草稿")
    with st.expander("新建草稿", expanded=not store.list()):
        with st.form("new_draft"):
            agency = st.text_input("机关名称", placeholder="如：某某县人民政府")
            year = st.number_input("报告年度", min_value=2019, max_value=2100, value=dt.date.today().year - 1, step=1)
            level = st.selectbox("层级", ["（按名称推断）", "省", "市", "县", "乡镇", "部门"])
            st.markdown("**上年报告（可选）**")
            upload, pick = last_year_picker("new")
            if st.form_submit_button("新建草稿", type="primary"):
                last = load_last_year(upload, pick) if (upload is not None or pick) else None
                if not agency.strip():
                    st.error("请填写机关名称")
                elif last is None and (upload is not None or pick):
                    pass  # the lasting error is shown below
                else:
                    d = new_draft(agency.strip(), int(year), None if level.startswith("（") else level, last)
                    v = store.save(d, None, "新建")
                    ss[f"seen_{d.id}"] = v
                    st.query_params["draft"] = d.id
                    ss["toast"] = "已新建草稿"
                    st.rerun()
        if ss.get("last_error") and not st.query_params.get("draft"):
            st.error(ss["last_error"], icon=":material/error:")
    for s in store.list():
        label = f"{s.agency} {s.year}年"
        c1, c2 = st.columns([5, 1], vertical_alignment="center")
        current = st.query_params.get("draft") == s.id
        if c1.button(f"{name(s.agency)} {s.year}年", key=f"open_{s.id}", width="stretch",
                     type="primary" if current else "secondary", help=f"版本 {s.version} · 更新于 {when(s.updated)}"):
            st.query_params["draft"] = s.id
            st.rerun()
        if c2.button("", icon=":material/delete:", key=f"del_{s.id}", help="移到回收站"):
            confirm_delete(s.id, label)
    trashed = store.trashed()
    with st.expander(f"回收站（{len(trashed)}）"):
        if not trashed:
            st.caption("回收站是空的。")
        for s in trashed:
            st.markdown(f"{name(s.agency)} {s.year}年（v{s.version}）  \n删除于 {when(s.updated)}")
            c1, c2 = st.columns(2)
            if c1.button("恢复", key=f"untrash_{s.id}"):
                store.untrash(s.id)
                ss["toast"] = f"已恢复：{s.agency} {s.year}年"
                st.query_params["draft"] = s.id
                st.rerun()
            if c2.button("永久删除", key=f"purge_{s.id}"):
                confirm_purge(s.id, f"{s.agency} {s.year}年")

# --- which draft, which version ------------------------------------------------------------------------------

def unopenable(message: str, draft_id: str, version: int) -> None:
    """A draft that cannot be shown, with its history: restore a version that opens."""
    st.title("起草年度报告")
    st.error(message)
    for v in store.history(draft_id):
        c1, c2 = st.columns([4, 1])
        c1.write(f"版本 {v.version} · {when(v.saved)} · {v.note or '保存'}")
        if c2.button("恢复", key=f"restore_damaged_{v.version}"):
            store.restore(draft_id, v.version, version)
            st.rerun()
    st.stop()


draft_id = st.query_params.get("draft")
try:
    loaded = store.load(draft_id) if draft_id and not store.is_trashed(draft_id) else None
except Damaged as e:  # still reachable: its history, to restore a version that opens
    unopenable(str(e), e.draft_id, e.version)
if loaded is None:
    st.title("起草年度报告")
    if draft_id:
        st.warning("没有找到这份草稿，可能已被删除或在回收站中。")
    st.info("在左侧新建一份草稿，或打开已有草稿。把工作笔记粘贴到对话框，助手会把数字填入统计表并起草正文。")
    st.stop()

latest, latest_version = loaded
version = ss.get(f"seen_{draft_id}", latest_version)
if version != latest_version:
    try:
        draft = store.load_version(draft_id, version)
    except (KeyError, ValueError):
        draft, version = latest, latest_version
else:
    draft = latest
ss[f"seen_{draft_id}"] = version


def per_version(what: str, compute):
    """What this version of the draft gives, computed once per version and session: a saved version never
    changes, and most runs (a tab's part, a typing pause, a poll) show the same version again."""
    box = ss.setdefault("per_version", {})
    if box.get("_version") != (draft.id, version):
        box.clear()
        box["_version"] = (draft.id, version)
    if what not in box:
        box[what] = compute()
    return box[what]


try:
    report = per_version("report", lambda: full_report(draft))  # every tab below reads this
except Failed as e:  # its notes could not be read within the worker's limits
    unopenable(f"这份草稿无法打开：{e}。可以恢复到较早的版本。", draft.id, version)
st.title(f"{name(draft.agency)} {draft.year}年度报告")
mode = "大模型起草" if settings.llm_enabled else "离线起草（未配置大模型）"
st.caption(f"版本 {version} · 更新于 {when(draft.updated)} · {mode}")
if version != latest_version:
    c1, c2 = st.columns([4, 1], vertical_alignment="center")
    c1.warning(f"这份草稿已在其他窗口更新到版本 {latest_version}，本窗口显示的是版本 {version}。"
               "在这里修改不会覆盖新版本。", icon=":material/sync_problem:")
    if c2.button("显示最新版本", key="show_latest"):
        ss[f"seen_{draft_id}"] = latest_version
        st.rerun()
render_pending(draft.id)


# --- unsaved input (ui.keeper): typed text kept in the store until saved or given up ------------------------

def keep_typed() -> None:
    """The script's report of what was typed: kept for this user and draft (a callback, before the run)."""
    got = typed()
    if got is None or got[0] != draft_id:
        return
    _, typed_on, fields = got
    for field, text in fields.items():
        if field == "chat" or (field.startswith("text:") and field[5:].isdigit()):
            store.keep(draft_id, field, text, typed_on if isinstance(typed_on, int) else None)
    # Only the parts that mark unsaved input are drawn again, not the page (a pause in typing is no action).
    st.rerun(["draft_text", "draft_chat"])


def current_unsaved() -> dict:
    """The unsaved input of this user and draft, read now (a part of the page reruns on its own)."""
    kept = store.unsaved(draft.id)
    same = [f for f in kept if f.startswith("text:") and kept[f].text == report.section_text(int(f[5:]))]
    if same:
        store.discard(draft.id, same)  # typed back to what is saved: nothing unsaved
    return {f: k for f, k in kept.items() if f not in same}


unsaved = current_unsaved()
# Each unsaved item is marked where it was typed, below its box: nothing above the page moves when one appears.
keep_typing(draft.id, version, unsaved["chat"].text if "chat" in unsaved else "", bool(unsaved), keep_typed)

mismatch = render_last_year(draft, version)
found = as_notices(per_version("checks", lambda: check(report, draft.last_year, settings)), mismatch)  # another year or agency: notices only

tab_work, tab_text, tab_check, tab_preview, tab_export, tab_history = st.tabs(
    ["笔记与统计表", "正文", "校验", "全文预览", "导出", "历史版本"], key=f"tabs_{draft.id}")  # keyed: the open tab stays

# --- the workbench: chat and open questions beside the tables ------------------------------------------------
@st.fragment(key="draft_chat")
def chat_panel() -> None:
    """The chat and the open questions: sending a message reruns only this, until the save."""
    unsaved = current_unsaved()
    st.markdown("**笔记对话**")
    chat = st.container(height=560, key="chat_box")
    with chat:
        for m in draft.messages:
            with st.chat_message(m["role"]):
                if m["role"] == "user" and is_markup(m["content"]):
                    # A page's source pasted: shown as the table it shows; the source itself kept, one click away.
                    st.caption("粘贴的网页源代码，按其显示的文字列出（源代码原样保存）：")
                    st.text(markup_text(m["content"]))
                    with st.expander("查看源代码"):
                        st.text(m["content"])
                elif m["role"] == "user":
                    st.text(m["content"])  # the official's notes as written: line breaks kept
                else:
                    st.markdown(inert(m["content"]))  # the tool's reply; what it quotes stays text
                    if m.get("details"):
                        with st.expander("读取的原话"):
                            st.markdown(inert(m["details"]))
        if not draft.messages:
            st.caption("例如：“今年共收到政府信息公开申请12件，均为自然人，予以公开8件，本机关不掌握4件。"
                       "行政复议1件，维持。”")
    notes = st.chat_input("粘贴或输入工作笔记（数字、做法、问题、改进措施）", key=f"chat_{draft.id}")
    if "chat" in unsaved:
        st.caption(f":material/edit_note: 对话框中尚未发送的笔记已自动暂存（{when(unsaved['chat'].updated)}），"
                   "刷新或重启后仍在；按回车发送，清空即放弃。")
    if notes:
        store.keep(draft.id, "chat", notes, version)  # until saved: a refused save keeps it over a reload
        try:
            with st.status("正在处理笔记…", expanded=True) as status:
                st.write("识别数字和情况")
                updated, _ = add_notes(draft, notes, settings)
                st.write("计算统计表并保存")
                status.update(label="笔记已处理", state="complete")
        except (TooLong, Failed) as e:  # refused or too much work: nothing changed, the note kept
            ss[f"refused_note_{draft.id}"] = (str(e), notes)
        else:
            ss.pop(f"refused_note_{draft.id}", None)
            save(updated, version, "笔记", [("notes", notes)], "发送的笔记")
    if refused := ss.get(f"refused_note_{draft.id}"):
        st.error(refused[0], icon=":material/error:")
        st.text_area("未处理的笔记（可复制后分段发送）", refused[1], height=120, key=f"refused_text_{draft.id}")
    open_conflicts = conflicts(draft)
    open_questions = questions(draft, limit=50)
    with st.container(border=True, key="questions_box"):
        st.markdown(f"**待确认的问题（{len(open_conflicts) + len(open_questions)}）**")
        for c in open_conflicts:
            st.error(md(c), icon=":material/error:")
        if open_questions:  # one at a time, most important first; the rest on request
            st.markdown(f"**请问**：{md(open_questions[0])}")
            if len(open_questions) > 1:
                with st.expander(f"之后还有 {len(open_questions) - 1} 个问题"):
                    for q in open_questions[1:]:
                        st.markdown(f"- {md(q)}")
        if not open_conflicts and not open_questions:
            st.caption("没有待确认的问题。")
            if draft.notes and (prose := narrative_questions(draft)):  # what the chat asks next for the prose
                st.markdown(f"**正文还缺**：{md(prose[0].text)}")
        st.caption("在对话框中直接回答即可（如“都是个人”“是的”“没有”），助手会更新统计表。")


# The grid is a canvas whose editable cells take no colour (Streamlit styles only read-only columns): a cell
# the validator filled is marked in its text instead, and the mark is not part of what is read back.
DERIVED_MARK = "＝"


def marked_derived(base, paths, unsaved):
    shown = base.copy()
    for i, row in enumerate(paths):
        for j, path in enumerate(row):
            if path in report.derived and f"cell:{path}" not in unsaved and shown.iloc[i, j]:
                shown.iloc[i, j] = DERIVED_MARK + shown.iloc[i, j]
    return shown


def unmarked(state):
    """The editor's edits with the derived mark taken off (a value kept as "＝12" is 12)."""
    if not state:
        return state
    strip = lambda v: v.lstrip(DERIVED_MARK + "=").strip() if isinstance(v, str) else v  # noqa: E731
    return {**state, "edited_rows": {i: {c: strip(v) for c, v in row.items()}
                                     for i, row in state.get("edited_rows", {}).items()}}


def save_cells(good) -> None:
    """The grids' readable edits saved as one version (reruns the page; a refused save keeps them, see save)."""
    updated = draft
    for e in good:
        updated = set_cell(updated, e.path, e.value)
    notes_ = [f"{grid_label(e.path)}：{e.note}" for e in good if e.note]
    if notes_:
        ss[f"conversions_{draft.id}"] = notes_
    save(updated, version, "修改统计表", [("cell", e.path, e.value) for e in good],
         "统计表中的修改：" + "；".join(f"{grid_label(e.path)} {e.raw or '清空'}" for e in good))


@st.fragment(key="draft_tables")
def tables_panel() -> None:
    """The grids and the official tables: a cell edit reruns only this, until the save."""
    unsaved = current_unsaved()
    bases = {}
    for gname in ("active_docs", "active_other", "applications", "review"):
        rows, cols, paths = grids()[gname]
        base = per_version(f"frame_{gname}", lambda: frame(report, gname)).copy()  # the copy shows typed cells
        for i, row in enumerate(paths):  # a cell typed but not savable (not a number) is shown as typed
            for j, path in enumerate(row):
                if f"cell:{path}" in unsaved:
                    base.iloc[i, j] = unsaved[f"cell:{path}"].text
        bases[gname] = base
    # A cell edit that can be saved is saved before anything is drawn: the save reruns the page, so drawing the
    # grids and the official tables first would only be thrown away (half of a cell edit's wait).
    edits = {gname: editor_edits(gname, base, unmarked(ss.get(f"ed_{gname}_{draft.id}_{version}")))
             for gname, base in bases.items()}  # (the editors' state is set before the run: read once)
    early = [e for found in edits.values() for e in found]
    if early and not any(e.error for e in early):
        save_cells(early)
    st.markdown(f"**统计表**（可直接修改；以“{DERIVED_MARK}”开头的是自动计算的格，下方官方版式中为蓝色）")
    st.markdown(table_css(), unsafe_allow_html=True)
    all_edits = []
    for gname, base in bases.items():
        rows, cols, paths = grids()[gname]
        key = f"ed_{gname}_{draft.id}_{version}"  # a new version gets a fresh editor: no stale edit state
        config = {"_index": st.column_config.TextColumn("项目", disabled=True, width=232 if gname != "active_docs" else 150)}
        for c in cols:
            help_ = f"{FULL_COLUMNS.get(c, c)}。{HELP}" + (FEE_HELP if gname == "active_other" else "")
            config[c] = st.column_config.TextColumn(c, help=help_, width=(76 if c == "自然人" else 64) if gname == "applications"
                                                    else {"review": 80, "active_docs": 110}.get(gname, 140))
        st.caption(TITLES[gname])
        st.data_editor(marked_derived(base, paths, unsaved), key=key, width="stretch", num_rows="fixed", column_config=config,
                       height=38 + 35 * len(rows))  # every row visible, none behind a scrollbar
        all_edits += edits[gname]
    bad = [e for e in all_edits if e.error]
    good = [e for e in all_edits if not e.error]
    for e in bad:
        if e.raw and (f"cell:{e.path}" not in unsaved or unsaved[f"cell:{e.path}"].text != e.raw):
            store.keep(draft.id, f"cell:{e.path}", e.raw, version)
    for e in bad:
        st.error(f"{md(grid_label(e.path))}：{md(e.error)}，未保存。", icon=":material/error:")
    for f in sorted(f for f in unsaved if f.startswith("cell:") and f[5:] not in {e.path for e in all_edits}):
        c1, c2 = st.columns([6, 1], vertical_alignment="center")
        c1.warning(f"未保存的修改：{md(grid_label(f[5:]))} 填的是“{md(unsaved[f].text)}”，不是数字，请在表中改正。",
                   icon=":material/edit_note:")
        if c2.button("放弃", key="discard_cell_" + re.sub(r"\W", "_", f[5:])):
            store.discard(draft.id, [f])
            st.rerun()
    if good and not bad:
        save_cells(good)
    for line in ss.get(f"conversions_{draft.id}", []):
        st.info(md(line), icon=":material/currency_exchange:")
    c1, c2 = st.columns(2)
    if not draft.zero_confirmed and c1.button("确认笔记未提到的项目均为 0，空白处填 0"):
        updated = draft.model_copy(deep=True)
        updated.zero_confirmed = True
        save(updated, version, "空白填 0", [("field", "zero_confirmed", True)], "空白填 0")
    if draft.zero_confirmed and c2.button("取消“空白填 0”"):
        updated = draft.model_copy(deep=True)
        updated.zero_confirmed = False
        save(updated, version, "取消空白填 0", [("field", "zero_confirmed", False)], "取消空白填 0")

    st.markdown("**官方版式**")
    legend([(DERIVED, "蓝色为自动计算的格（总计、结转等）"), ("#f8c9c4", "校验错误"), ("#fbe3a6", "校验警告"),
            ("#ffffff", "笔记或表格中填写")])
    marks = {p: DERIVED for p in report.derived} | highlights([f for f in found if f.severity != "info"])
    layout = official_tables(report)
    for key in ("active", "applications", "review_litigation"):
        st.markdown(html_table(layout[key], marks), unsafe_allow_html=True)


with tab_work:
    # The chat gets room to read a reply without scrolling inside it at 1 366 px; the tables stay beside it.
    left, right = st.columns([1, 1.35], gap="small")
    with left:
        chat_panel()
    with right:
        tables_panel()


# --- sections ---------------------------------------------------------------------------------------------------

@st.dialog("替换手工修改的正文？")
def confirm_redraft(n: int) -> None:
    st.write(f"“{SECTION_HEADINGS[n]}”已经手工修改过。重新起草会用新生成的文字替换它。")
    st.caption("替换前的文字保留在历史版本中，可以按部分恢复。")
    c1, c2 = st.columns(2)
    if c1.button("重新起草并替换", type="primary", key="confirm_redraft"):
        ss["redraft"] = n
        st.rerun()
    if c2.button("取消", key="cancel_redraft"):
        st.rerun()


def run_section(n: int, instruction: str | None) -> None:
    result: dict = {}
    try:
        # What the LLM writes is shown as text: no image, link or HTML in it reaches the browser.
        st.write_stream(md_text(piece) for piece in stream_section(draft, n, settings, result, instruction))
    except (TooLong, Failed) as e:
        ss[f"section_note_{draft.id}_{n}"] = f"{e}草稿未改变。"
        st.rerun()
    except Exception as e:  # never a traceback: the draft is untouched
        ss[f"section_note_{draft.id}_{n}"] = f"起草失败（{type(e).__name__}），草稿未改变。"
        st.rerun()
    new = result.get("draft")
    if new is None:
        return
    now = new.sections.get(n)
    if instruction and now is not None and now.text == report.section_text(n):
        # A revision that changed nothing (offline, or the LLM failed) is not a version: say why, keep all.
        ss[f"section_note_{draft.id}_{n}"] = f"未修改：{now.note or '没有可以执行的修改'}"
        st.rerun()
    ss.pop(f"section_note_{draft.id}_{n}", None)
    label = f"按意见修改第{n}部分" if instruction else f"起草第{n}部分"
    save(new, version, label, [("text", n, now.text)] if now else [], label)


def discard_text(n: int, box: str, saved: str) -> None:
    """放弃: the box shows the saved text again (a callback: before the box is drawn) and nothing is kept."""
    store.discard(draft.id, [f"text:{n}"])
    ss[box] = saved


@st.fragment(key="draft_text")
def text_panel() -> None:
    """The sections: a click or a saved form reruns only this, until the save."""
    unsaved = current_unsaved()
    todo = [n for n in NARRATIVE_SECTIONS if draft.sections.get(n) is None]
    clicked = st.button("起草全部正文", key="draft_all", help="依次起草尚未起草的部分")
    if clicked and not todo:  # nothing to draft: no new version
        st.info("各部分都已起草，没有需要起草的部分；要重写某一部分，请点该部分的“重新起草”。", icon=":material/info:")
    elif clicked:
        with st.status("正在起草正文…", expanded=True) as status:
            updated = draft
            for n in NARRATIVE_SECTIONS:
                if updated.sections.get(n) is None:
                    st.write(f"起草 {SECTION_HEADINGS[n]}")
                    result: dict = {}
                    for _ in stream_section(updated, n, settings, result):
                        pass
                    updated = result.get("draft", updated)
            status.update(label="正文已起草", state="complete")
        if updated.sections != draft.sections:
            save(updated, version, "起草全部正文")
        st.info("没有起草出新的内容，草稿未改变。", icon=":material/info:")
    for n in NARRATIVE_SECTIONS:
        st.subheader(SECTION_HEADINGS[n])
        section = draft.sections.get(n)
        if ss.get("redraft") == n:
            ss.pop("redraft")
            run_section(n, None)
        c1, c2 = st.columns([1, 4])
        if c1.button("起草" if section is None else "重新起草", key=f"draft_{n}", type="primary"):
            if section is not None and section.origin == "user":
                confirm_redraft(n)
            else:
                run_section(n, None)
        with c2.form(f"revise_{n}_{version}", border=False):
            f1, f2 = st.columns([4, 1], vertical_alignment="bottom")
            instruction = f1.text_input("修改意见", key=f"instr_{n}", placeholder="如：写得更具体；把2023改为2024",
                                        label_visibility="collapsed")
            if f2.form_submit_button("按意见修改") and instruction.strip():
                try:
                    check_instruction(instruction.strip())
                except TooLong as e:
                    st.error(str(e))  # the instruction stays in its box
                else:
                    run_section(n, instruction.strip())
        if note := ss.get(f"section_note_{draft.id}_{n}"):
            st.warning(md(note))  # may quote what the LLM wrote
        if section is not None:
            if section.note:
                st.warning(md(section.note))
            for i, flag in enumerate(section_flags(draft, n, report)):
                f1, f2 = st.columns([5, 1], vertical_alignment="center")
                f1.error(f"数字核对：{md(flag.message())}", icon=":material/pin:")
                if f2.button("确认此数字", key=f"confirm_{n}_{i}_{version}", help="这个数字是正确的：记为已确认"):
                    value = flag.number
                    save(confirm_number(draft, value), version, f"确认数字 {flag.value}", [("confirm", value)],
                         f"确认数字 {flag.value}")
            if section.examples:
                st.caption("参考范文：" + "；".join(f"{md(e['agency'])} {e['year']}年（{md(e['heading'])}）"
                                               for e in section.examples))
        kept = unsaved.get(f"text:{n}")
        saved_text = report.section_text(n)
        if kept is not None and kept.version not in (None, version):
            # Typed on an older version: merged per sentence with what was saved since, when they do not touch
            # the same sentence; otherwise the typed text as it was (the banner says so; 保存 asks nothing).
            try:
                then = full_report(store.load_version(draft.id, kept.version)).section_text(n)
            except (KeyError, ValueError, TypeError):
                then = None
            merged = merge(then, kept.text, saved_text) if then is not None else None
            kept.text = kept.text if merged is None else merged
        box = f"text_{n}_{version}"
        with st.form(f"edit_{n}_{version}", border=False):
            text = st.text_area("正文", value=kept.text if kept else saved_text, height=220, key=box,
                                label_visibility="collapsed")
            if st.form_submit_button("保存修改") and text != saved_text:
                try:
                    edited = set_section_text(draft, n, text)
                except TooLong as e:
                    st.error(str(e))  # the text stays in its box
                else:
                    save(edited, version, f"手工修改第{n}部分", [("text", n, text)], f"第{n}部分的手工修改")
        if kept is not None:
            c1, c2, c3 = st.columns([6, 1, 1], vertical_alignment="center")
            c1.warning(f"未保存的修改（自动暂存于 {when(kept.updated)}）：点“保存”存为新版本，或点“放弃”恢复已保存的文字。",
                       icon=":material/edit_note:")
            if c2.button("保存", key=f"save_kept_{n}", type="primary"):
                try:
                    edited = set_section_text(draft, n, kept.text)
                except TooLong as e:
                    st.error(str(e))
                else:
                    save(edited, version, f"手工修改第{n}部分", [("text", n, kept.text)], f"第{n}部分的手工修改")
            c3.button("放弃", key=f"discard_kept_{n}", on_click=discard_text, args=(n, box, saved_text))


with tab_text:
    text_panel()


PDF_SECONDS = 240  # LibreOffice's own limit (export/pdf.py) and a margin: the worker is stopped past it
PDF_PROGRESS = "正在用 LibreOffice 生成 PDF…（已用 {} 秒，可以继续在其他标签页工作）"


def show_pdf_job(job: jobs.Job) -> None:
    with st.container(key="pdf_job"):
        st.progress(min(0.9, 0.1 + job.seconds() / 20), text=PDF_PROGRESS.format(job.seconds()))


@st.fragment
def pdf_button(pdf_key: str, allowed: bool, unfinished: bool, stem: str) -> None:
    """PDF takes LibreOffice seconds: made in the background on request (its progress shown at once, the page
    usable meanwhile), then offered for download. Only this corner reruns on the click."""
    job = jobs.get(pdf_key)
    if job is None:
        if st.button("生成 PDF", disabled=not allowed, key=f"make_{pdf_key}"):
            if not pdf_available():
                st.error(PDF_MISSING)
                return
            # The line goes to the browser before the job starts: starting a worker holds the interpreter for a
            # moment, and the user should see at once that the click was taken.
            first = st.empty()
            with first:
                st.progress(0.1, text=PDF_PROGRESS.format(0))
            # In a worker process, not a thread of this one: LibreOffice is started with a pre-exec hook, which a
            # fork from a busy multi-threaded server can deadlock (Python's subprocess documentation says so).
            job = jobs.start(pdf_key, lambda _: isolate.call(jobs.pdf_bytes, report, unfinished,
                                                             seconds=PDF_SECONDS, memory_mb=0))
            jobs.watch(pdf_key, show_pdf_job)
            first.empty()
            return
        else:
            return
    if job.running:
        jobs.watch(pdf_key, show_pdf_job)
        return
    data, error = job.outcome()
    if error is not None or isinstance(data, str):
        jobs.forget(pdf_key)  # the next click tries again
        st.error(data if isinstance(data, str) else str(error) if isinstance(error, Failed)
                 else f"生成 PDF 失败（{type(error).__name__}）")
    elif allowed:
        st.download_button("下载 PDF", data, f"{stem}.pdf", "application/pdf", on_click="ignore")


# --- check / preview / export / history -----------------------------------------------------------------------------
with tab_check:
    if mismatch:
        st.info(f"{mismatch}：跨年度校验（X 类）只作提示。", icon=":material/info:")
    render_findings(found, report)

with tab_preview:
    st.caption("按官方版式预览整份报告（标题、六个部分、三张统计表、落款）；校验发现的单元格以颜色标出。")
    st.iframe(per_version(f"preview_{bool(mismatch)}", lambda: to_html(  # user text escaped by to_html
        report, highlight=highlights([f for f in found if f.severity != "info"]))), height=900)

with tab_export:
    ready = readiness(report, found, numbers=number_flags(draft, report))
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
                save(updated, version, "落款", [("field", "agency", sig_agency.strip()), ("field", "published", sig_date)],
                     "落款")
    if not draft.published:
        st.caption("尚未填写成文日期：导出的文件以导出当天的日期落款。")
    unfinished = not ready.finished
    allowed = not unfinished or st.checkbox(
        "仍然导出未完成的报告（文件首页标注“征求意见稿”）", key=f"allow_unfinished_{draft.id}")
    st.caption("导出完整的六部分报告：Word 和 PDF 按 GB/T 9704 公文格式排版，三张统计表含合并表头。文件在点击时生成。")
    stem = f"{draft.agency}{draft.year}年政府信息公开工作年度报告" + ("（征求意见稿）" if unfinished else "")

    def build(fmt_: str, d=draft, mark=unfinished):
        return lambda: export(signed_report(d), fmt_, unfinished=mark)  # deferred: built only when clicked

    c1, c2, c3, c4 = st.columns(4)
    for col, fmt_ in ((c1, "docx"), (c2, "html"), (c3, "md")):
        _, mime, label = EXPORT_FORMATS[fmt_]
        col.download_button(f"下载 {label}", build(fmt_), f"{stem}.{fmt_}", mime, on_click="ignore", disabled=not allowed)
    with c4:
        pdf_button(f"pdf_{draft.id}_{version}_{unfinished}", allowed, unfinished, stem)
    if pdf_available() and (fonts := font_warning()):
        st.warning(fonts, icon=":material/warning:")


@st.dialog("恢复整份草稿")
def confirm_restore(v: int) -> None:
    st.write(f"把整份草稿（笔记、统计表和全部正文）恢复到版本 {v}？")
    st.caption("当前内容会作为历史版本保留。只想找回某一部分的文字，请用上方的“按部分恢复”。")
    c1, c2 = st.columns(2)
    if c1.button("恢复整份草稿", type="primary", key="confirm_restore"):
        try:
            new = store.restore(draft.id, v, version)
        except NotSaved as e:
            ss[f"pending_{draft.id}"] = {"message": str(e), "ops": [], "what": f"恢复到版本 {v}", "conflict": True}
        else:
            ss[f"seen_{draft.id}"] = new
            ss["toast"] = f"已恢复到版本 {v}（保存为版本 {new}）"
        st.rerun()
    if c2.button("取消", key="cancel_restore"):
        st.rerun()


@st.fragment(key="draft_history")
def history_panel() -> None:
    """Versions, per-section diff and restore: choosing a version or a part reruns only this."""
    versions = store.history(draft.id)
    st.markdown("**按部分查看和恢复**")
    part = st.selectbox("部分", list(NARRATIVE_SECTIONS), format_func=lambda n: SECTION_HEADINGS[n],
                        key=f"hist_part_{draft.id}")
    older = [v for v in versions if v.version != version]
    if not older:
        st.caption("还没有其他版本。")
    else:
        pick_v = st.selectbox("版本", [v.version for v in older], key=f"hist_version_{draft.id}",
                              format_func=lambda x: next(f"版本 {v.version} · {when(v.saved)} · {v.note or '保存'}"
                                                         for v in older if v.version == x))
        try:
            old_draft = store.load_version(draft.id, pick_v)
        except (KeyError, ValueError):
            old_draft = None
            st.error(f"版本 {pick_v} 无法打开。")
        if old_draft is not None:
            old_text = full_report(old_draft).section_text(part)
            now_text = report.section_text(part)
            if old_text == now_text:
                st.caption("这一部分在该版本与当前版本相同。")
            else:
                st.caption("与当前文字相比：删除线为版本中有而当前没有的，下划线为当前新增的。")
                st.html(f"<div class='nb-diff' style='line-height:1.8;border:1px solid #ddd;padding:8px;"
                        f"border-radius:4px'>{bounded(word_diff, now_text, old_text, size=len(now_text) + len(old_text))}</div>")
                if st.button(f"只把这一部分恢复到版本 {pick_v}", key=f"restore_part_{part}_{pick_v}"):
                    save(set_section_text(draft, part, old_text), version, f"恢复第{part}部分到版本 {pick_v}",
                         [("text", part, old_text)], f"恢复第{part}部分到版本 {pick_v}")
    st.markdown("**审核意见**")  # reviewers of the bodies above comment; the body's own users read and answer
    for c in store.comments(draft.id):
        st.caption(f"版本 {c.version} · {when(c.created)} · {md(c.author)}：{md(c.text)}")
    with st.form(f"comment_{draft.id}", clear_on_submit=True):
        comment_text = st.text_area("提出意见", key=f"comment_text_{draft.id}", height=80)
        if st.form_submit_button("提交意见"):
            try:
                store.comment(draft.id, version, comment_text)
                st.rerun()
            except NotSaved as e:
                st.error(str(e))
    st.markdown("**全部版本**")
    for v in versions:
        c1, c2 = st.columns([5, 1], vertical_alignment="center")
        by = f" · {v.saved_by}" if v.saved_by else ""  # who saved it (signed-in deployments)
        c1.write(f"版本 {v.version} · {when(v.saved)} · {v.note or '保存'}{by}" + ("（当前）" if v.version == version else ""))
        if v.version != version and c2.button("恢复整份", key=f"restore_{v.version}"):
            confirm_restore(v.version)


with tab_history:
    history_panel()
