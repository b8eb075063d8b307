"""Pieces several pages share (rendering only; no logic)."""
import streamlit as st

from assistant.checks.rules import where_label
from assistant.safetext import md, visible_bidi


def highlights(findings) -> dict[str, str]:
    """Cell path -> background colour, the most severe finding winning."""
    colours = {"error": "#f8c9c4", "warning": "#fbe3a6", "info": "#d7e8fa"}
    rank = {"error": 0, "warning": 1, "info": 2}
    best: dict[str, str] = {}
    for f in findings:
        for p in f.paths:
            if p not in best or rank[f.severity] < rank[best[p]]:
                best[p] = f.severity
    return {p: colours[s] for p, s in best.items()}


DERIVED = "#d7e8fa"  # a cell the validator computed (a total, a carried-over figure), never typed by anyone


def legend(items: list[tuple[str, str]]) -> None:
    """A line of colour swatches with their meaning, above the official tables."""
    st.html("<div style='display:flex;gap:1rem;flex-wrap:wrap;font-size:0.85rem' data-testid='legend'>" + "".join(
        f"<span><span style='display:inline-block;width:1em;height:1em;background:{c};border:1px solid #999;"
        f"vertical-align:middle;margin-right:4px'></span>{t}</span>" for c, t in items) + "</div>")


def table_css() -> str:
    return """<style>
    table.nb, .stMarkdown table {border-collapse:collapse;font-size:0.85rem;margin-bottom:1rem}
    .stMarkdown td, .stMarkdown th {border:1px solid #999;padding:2px 6px;text-align:center}
    .stMarkdown th {font-weight:normal;background:#f4f4f4}
    </style>"""


def render_findings(findings, report=None) -> None:
    if not findings:
        st.success("未发现问题。")
        return
    counts = {s: sum(f.severity == s for f in findings) for s in ("error", "warning", "info")}
    st.markdown(f"错误 **{counts['error']}** · 警告 **{counts['warning']}** · 提示 **{counts['info']}**")
    for f in findings:
        # messages quote labels from the report: literal text, never markdown (links, images …)
        where = f"（位置：{md(where_label(report, f.where))}）" if f.where else ""
        line = f"**{f.rule}** {md(f.message)}{where}"
        if f.severity == "error":
            st.error(line, icon=":material/error:")
        elif f.severity == "warning":
            st.warning(line, icon=":material/warning:")
        else:
            st.info(line, icon=":material/info:")


def name(text) -> str:
    """An agency or file name for a markdown label (expander, button, title): literal, overrides visible."""
    return md(text or "")


def plain(text) -> str:
    """An agency or file name for a plain-text place (a table cell, a metric): overrides visible."""
    return visible_bidi(str(text or ""))


def render_history(store, draft_id: str, current: int) -> None:
    """A draft's versions with a restore button each (restoring saves it as a new version)."""
    from assistant.store.drafts import NotSaved
    for v in store.history(draft_id):
        c1, c2 = st.columns([4, 1])
        c1.write(f"版本 {v.version} · {v.saved} · {v.note or '保存'}" + (f" · {v.saved_by}" if v.saved_by else ""))
        if v.version != current and c2.button("恢复", key=f"restore_{v.version}"):
            try:
                store.restore(draft_id, v.version, current)
            except NotSaved as e:
                st.error(str(e))
                st.stop()
            st.rerun()


def corpus_reports(settings) -> dict[str, str]:
    """'机关 2024年度' -> file name, for every readable report of the 范例库 (its catalogue, assistant/library.py:
    parsed once per file content): pickers show agency and year, never hash file names or a README."""
    from assistant.corpus.library import catalogue
    out: dict[str, str] = {}
    for e in catalogue(settings):
        if e.problem:
            continue
        label = f"{e.agency or '（未识别机关）'} {e.year or '年份不详'}{'年度' if e.year else ''}"
        while label in out:
            label += "＊"
        out[label] = e.file
    return dict(sorted(out.items(), key=lambda kv: (kv[0].split(" ")[0], kv[0])))
