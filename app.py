"""年报助手 — the Streamlit app. Thin: every page only calls the core in assistant/.

Offline: the page icon is a file shipped with the app (static/icon.png), never a name Streamlit would
fetch from a public font host; the navigation icons come from the font bundled in Streamlit itself."""
from pathlib import Path

import streamlit as st

ROOT = Path(__file__).resolve().parent

st.set_page_config(page_title="年报助手", page_icon=str(ROOT / "static" / "icon.png"), layout="wide")

# Streamlit's own English chrome, in Chinese or out of the way: the file uploader's instructions and
# button, "Press Enter to apply", the app menu and the running indicator, the grid toolbar's tooltips.
st.html("""<style>
[data-testid="stFileUploaderDropzoneInstructions"] > div > span,
[data-testid="stFileUploaderDropzoneInstructions"] > div > small {font-size:0 !important; line-height:0}
[data-testid="stFileUploaderDropzoneInstructions"] > div > span::after {
  content:"把文件拖放到这里"; font-size:0.9rem; line-height:1.4}
[data-testid="stFileUploaderDropzoneInstructions"] > div > small::after {
  content:"单个文件不超过 30 MB · Word、PDF、网页、文本"; font-size:0.75rem; line-height:1.4}
[data-testid="stFileUploaderDropzone"] button {font-size:0 !important}
[data-testid="stFileUploaderDropzone"] button::after {content:"选择文件"; font-size:0.875rem}
[data-testid="InputInstructions"] {display:none !important}
[data-testid="stMainMenu"], [data-testid="stStatusWidget"], [data-testid="stAppDeployButton"] {display:none !important}
[data-testid="stDataFrame"] [data-testid="stElementToolbar"] {display:none !important}
</style>""")

pages = [
    st.Page("pages/draft.py", title="起草", icon=":material/edit_note:", default=True),
    st.Page("pages/review.py", title="审阅", icon=":material/compare:"),
    st.Page("pages/check.py", title="校验", icon=":material/fact_check:"),
    st.Page("pages/training.py", title="培训", icon=":material/school:"),
    st.Page("pages/settings.py", title="设置", icon=":material/settings:"),
]
st.navigation(pages).run()
