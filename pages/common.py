"""Pieces several pages share (rendering only; no logic)."""
import streamlit as st

from assistant.rules import where_label


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
        where = f"（位置：{where_label(report, f.where)}）" if f.where else ""
        line = f"**{f.rule}** {f.message}{where}"
        if f.severity == "error":
            st.error(line, icon=":material/error:")
        elif f.severity == "warning":
            st.warning(line, icon=":material/warning:")
        else:
            st.info(line, icon=":material/info:")
