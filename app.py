"""年报助手 — the Streamlit app. Thin: every page only calls the core in assistant/."""
import streamlit as st

st.set_page_config(page_title="年报助手", page_icon=":material/description:", layout="wide")

pages = [
    st.Page("pages/draft.py", title="起草", icon=":material/edit_note:", default=True),
    st.Page("pages/review.py", title="审阅", icon=":material/compare:"),
    st.Page("pages/check.py", title="校验", icon=":material/fact_check:"),
    st.Page("pages/training.py", title="培训", icon=":material/school:"),
    st.Page("pages/settings.py", title="设置", icon=":material/settings:"),
]
st.navigation(pages).run()
