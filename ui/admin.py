"""用户与单位 (admin): bodies (agency, level, parent), users with their body and role, and drafts without a
body (from the single-user release) given to one."""
import streamlit as st

from assistant.store.identity import LEVELS, ROLES
from assistant.store.drafts import Forbidden
from ui.common import plain
from ui.signin import is_admin, scoped_store

st.title("用户与单位")
if not is_admin():
    st.error("只有管理员可以管理用户与单位。")
    st.stop()
store = scoped_store()
directory = store.directory
bodies = directory.bodies()
names = {b.id: b.name for b in bodies}

st.subheader("单位")
if bodies:  # an empty grid would draw Streamlit's English "empty"
    st.dataframe([{"单位": plain(b.name), "层级": b.level, "上级单位": plain(names.get(b.parent_id, "")),
                   "编号": b.id} for b in bodies], hide_index=True, width="stretch")
else:
    st.caption("还没有单位。")
with st.form("add_body", clear_on_submit=True):
    c1, c2, c3 = st.columns(3)
    name = c1.text_input("单位名称")
    level = c2.selectbox("层级", LEVELS)
    parent = c3.selectbox("上级单位", [None, *names], format_func=lambda b: "（无）" if b is None else names[b])
    if st.form_submit_button("添加单位"):
        try:
            directory.add_body(name, level, parent)
            st.rerun()
        except (ValueError, Forbidden) as e:
            st.error(str(e))

st.subheader("用户")
users = directory.users()
if users:
    st.dataframe([{"账号": plain(u.login), "姓名": plain(u.name), "单位": plain(names.get(u.body_id, "")),
                   "角色": ROLES.get(u.role, u.role)} for u in users], hide_index=True, width="stretch")
else:
    st.caption("还没有用户。")
with st.form("set_user", clear_on_submit=True):
    c1, c2, c3, c4 = st.columns(4)
    login = c1.text_input("账号（登录名或邮箱）")
    uname = c2.text_input("姓名")
    body = c3.selectbox("单位", [None, *names], format_func=lambda b: "（无）" if b is None else names[b])
    role = c4.selectbox("角色", list(ROLES), format_func=ROLES.get)
    if st.form_submit_button("保存用户"):
        try:
            directory.set_user(login, uname, body, role)
            st.rerun()
        except (ValueError, Forbidden) as e:
            st.error(str(e))

orphans = [s for s in store.list() if s.body_id is None]
if orphans and bodies:
    st.subheader("未归属单位的草稿")
    for s in orphans:
        c1, c2, c3 = st.columns([3, 2, 1])
        c1.write(f"{plain(s.agency)} {s.year}年度（版本 {s.version}）")
        to = c2.selectbox("归属", list(names), format_func=names.get, key=f"assign_to_{s.id}")
        if c3.button("归属", key=f"assign_{s.id}"):
            store.assign(s.id, to)
            st.rerun()
