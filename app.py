"""年报助手 — the Streamlit app. Thin: every page only calls the core in assistant/."""
import streamlit as st

st.set_page_config(page_title="年报助手", page_icon="📄", layout="wide")

pages = [
    st.Page("pages/draft.py", title="起草", icon="✍️", default=True),
    st.Page("pages/check.py", title="校验", icon="✅"),
    st.Page("pages/settings.py", title="设置", icon="⚙️"),
]
st.navigation(pages).run()
