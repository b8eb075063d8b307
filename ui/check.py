"""校验: check one or many reports; findings in Chinese and the tables with the offending cells marked."""
import hashlib

import pandas as pd
import streamlit as st

from assistant.review.batch import check_many, findings_csv, findings_json, read_report_isolated
from assistant.readers.document import Unreadable
from assistant.readers.registry import UPLOAD_TYPES
from assistant.export import html_table, official_tables
from assistant.form.official import TABLES
from assistant.parse import reading_confidence
from assistant.settings import get_settings
from assistant.checks.rules import where_label
from ui import jobs
from ui.common import DERIVED, highlights, legend, name, plain, render_findings, table_css

settings = get_settings()
st.title("校验年度报告")
st.caption("按国办公开办函〔2021〕30号格式核对章节结构、三张统计表的勾稽关系和正文数字。支持 txt、md、html、docx、pdf，"
           "以及扫描件和图片（png、jpg，离线识别）。")

col1, col2 = st.columns([3, 2])
with col1:
    uploads = st.file_uploader("上传报告（可一次选择多份）", type=UPLOAD_TYPES,
                               accept_multiple_files=True, key="check_uploads")
    pasted = st.text_area("或粘贴报告全文", height=160, key="check_text",
                          placeholder="把年度报告全文（含三张统计表）粘贴到这里")
with col2:
    last_upload = st.file_uploader("上年报告（可选，启用跨年度核对 X-1…X-6）", type=UPLOAD_TYPES,
                                   key="check_last")

files: list[tuple[str, bytes]] = [(u.name, u.getvalue()) for u in uploads or []]
if pasted and pasted.strip():
    files.append(("粘贴的报告.txt", pasted.encode("utf-8")))


def digest(*parts: bytes) -> str:
    h = hashlib.sha256()
    for part in parts:
        h.update(len(part).to_bytes(8, "big") + part)
    return h.hexdigest()[:20]


def read_last(upload):
    """Last year's report, read once per file (not again on every run of the page); (report, error)."""
    key = f"check_last_{digest(upload.name.encode(), upload.getvalue())}"
    if key not in st.session_state:
        try:
            bar = st.empty()
            st.session_state[key] = (read_report_isolated(
                upload.name, upload.getvalue(), settings,
                progress=lambda page, pages: recognising(bar, upload.name, page, pages)), "")
            bar.empty()
        except Unreadable as e:
            st.session_state[key] = (None, f"上年报告无法读取：{name(e)}")
        except Exception as e:  # never a traceback on the page
            st.session_state[key] = (None, f"上年报告无法读取（{type(e).__name__}）")
    return st.session_state[key]


def recognising(bar, file: str, page: int, pages: int) -> None:
    """A scan's progress, page by page, while its worker recognises it (others' uploads have their own workers)."""
    bar.progress((page - 1) / pages, text=f"{name(file)}：正在识别第 {page}/{pages} 页")


last = None
if last_upload is not None:
    last, last_error = read_last(last_upload)
    if last_error:
        st.error(last_error)

if not files:
    st.info("请上传或粘贴一份报告。")
    st.stop()


def check_in_steps(progress: dict) -> list:
    """The batch, a worker's share at a time, so the page can say how far it is."""
    out: list = []
    step = max(1, settings.worker_processes)
    progress.update(done=0, total=len(files))
    for i in range(0, len(files), step):
        share = files[i:i + step]
        # A scan reports its pages as its worker reads them: shown with the batch's own progress.
        out += check_many(share, last, settings, progress=lambda k, page, pages, share=share: progress.update(
            scan=(share[k][0], page, pages)))
        progress["done"] = len(out)
        progress.pop("scan", None)
    return out


def show_progress(job: jobs.Job) -> None:
    done, total = job.progress.get("done", 0), job.progress.get("total", len(files))
    with st.container(key="check_job"):
        st.progress(0.05 + 0.95 * done / max(total, 1),
                    text=f"正在校验：已完成 {done}/{total} 份（已用 {job.seconds()} 秒）。可以先去其他页面，回来时结果会在这里。")
        if scan := job.progress.get("scan"):
            file, page, pages = scan
            st.progress((page - 1) / pages, text=f"{name(file)}：正在识别第 {page}/{pages} 页")


# The batch runs in the background, once per set of files: its progress shows at once, a rerun of the page
# (a download, an expander) does not check everything again.
job_key = "check_job_" + digest(*(n.encode() + b"\0" + d for n, d in files),
                                last_upload.getvalue() if last_upload is not None and last is not None else b"")
if st.session_state.get("check_job") not in (None, job_key):
    jobs.forget(st.session_state["check_job"])  # another set of files: the old results are not kept
st.session_state["check_job"] = job_key
job = jobs.start(job_key, check_in_steps)
if job.running:
    jobs.watch(job_key, show_progress)
    st.stop()
results, failed = job.outcome()
if failed is not None:
    jobs.forget(job_key)
    st.error(f"校验没有完成（{type(failed).__name__}），请重新上传或刷新页面再试。")
    st.stop()


def scanned_page(r, key: str) -> int | None:
    """The page a table was read from by OCR, when its picture came back with the result."""
    pages = (r.report.reading or {}).get(key, {}).get("ocr_pages") or []
    return next((p for p in pages if p in r.pages), None)


def ocr_highlights(report, key: str) -> dict[str, str]:
    t = report.reading.get(key, {})
    return {p: "#d7e8fa" for p in t.get("ocr_corrected", {})} | {p: "#f8c9c4" for p in t.get("ocr_candidates", {})}


def ocr_notes(report, key: str) -> list[str]:
    """In words: what the identities changed in this table and what they could not decide."""
    t = report.reading.get(key, {})
    out = [f"{where_label(report, p)}：识别为“{was or '（未识别）'}”，按勾稽关系校正为 {report.value(p)}"
           for p, was in t.get("ocr_corrected", {}).items()]
    out += [f"{where_label(report, p)}：无法确定，候选值 {'、'.join(map(str, c))}" for p, c in t.get("ocr_candidates", {}).items()]
    return out


def status(r) -> str:
    """通过 only for a report that was read, has no error and no 〔待补充〕 placeholder."""
    if r.error:
        return "未通过：无法读取"
    if r.summary["errors"]:
        return "未通过：有错误"
    if any(f.rule == "S-10" for f in r.findings):
        return "未通过：有待补充内容"
    return "通过（有警告）" if r.summary["warnings"] else "通过"


def batch_row(r) -> dict:
    """One line of the batch table: blank where a figure is unknown, never None; an unreadable file has no counts."""
    row = {k: plain(v) if isinstance(v, str) else ("" if v is None else v) for k, v in r.row().items()}
    if r.error:
        row.update({"错误": "", "警告": "", "提示": ""})
    for k in ("年度", "错误", "警告", "提示"):  # one type per column (text), blank when unknown
        row[k] = str(row[k])
    row["状态"] = status(r)
    return row


if len(results) > 1:
    st.subheader(f"批量结果（{len(results)} 份）")
    frame = pd.DataFrame([batch_row(r) for r in results])
    st.dataframe(frame, hide_index=True, width="stretch")
    c1, c2 = st.columns(2)
    c1.download_button("下载全部问题（CSV）", findings_csv(results), "findings.csv", "text/csv")
    c2.download_button("下载全部问题（JSON）", findings_json(results), "findings.json", "application/json")

st.markdown(table_css(), unsafe_allow_html=True)
for r in results:
    with st.expander(f"{name(r.name)} — {status(r)}", expanded=len(results) == 1):
        if r.error:
            st.error(f"{name(r.name)}：{name(r.error)}")
            continue
        m = r.report.meta
        a, b, c, d = st.columns(4)
        a.metric("机关", plain(m.agency) or "未识别")
        b.metric("年度", m.year or "未识别")
        c.metric("落款日期", str(m.published) if m.published else "无")
        d.metric("格式", "2021" if r.report.format == "2021" else "2019 试行")
        if confidence := reading_confidence(r.report):
            st.caption(confidence)
        render_findings(r.findings, r.report)
        # Cells the reader computed from the identities (a figure OCR could not read): never the file's own.
        marks = {p: DERIVED for p in r.report.derived} | highlights(r.findings)
        if r.report.derived:
            legend([(DERIVED, "蓝色为自动计算的格（文件中没有读出，按勾稽关系算出）")])
        tables = official_tables(r.report)
        for title, key in ((t.heading, t.key) for t in TABLES):
            st.markdown(f"**{title}**")
            page = scanned_page(r, key)
            if page is None:
                st.markdown(html_table(tables[key], marks), unsafe_allow_html=True)
                continue
            left, right = st.columns(2)
            left.markdown(html_table(tables[key], ocr_highlights(r.report, key) | marks), unsafe_allow_html=True)
            right.image(r.pages[page], caption=f"扫描件第 {page} 页：蓝框为由勾稽关系校正或补出的格，红框为无法确定的格")
            for line in ocr_notes(r.report, key):
                left.caption(line)
