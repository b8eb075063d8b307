"""Signing in on every run (assistant/identity.py decides; this only reads Streamlit's request and draws).
Not a page: imported by app.py and the pages."""
from __future__ import annotations

import streamlit as st

from assistant.store.identity import ROLES, SignIn, User, sign_in
from assistant.settings import SettingsInvalid, get_settings
from assistant.store.drafts import Store, Unavailable, database_url


@st.cache_resource
def _store(url: str) -> Store:
    return Store(url)


def _stop(message: str) -> None:
    st.title("年报助手")
    st.error(message.replace("\n", "  \n"))
    st.stop()


def require_settings() -> None:
    try:
        get_settings()
    except SettingsInvalid as e:
        _stop(str(e))


def base_store() -> Store:
    """The drafts database of this deployment, the app's one store (unscoped: use scoped_store for a page's
    data). Which database is the store's own rule (assistant/store/drafts.py: database_url). A database that
    cannot be opened stops the run with a Chinese message (the next run tries again)."""
    try:
        return _store(database_url(None, get_settings()))
    except Unavailable as e:
        _stop(str(e))


def show_store_notice() -> None:
    if notice := base_store().recovered:
        st.warning(notice)


def _oidc_configured() -> bool:
    try:
        return "auth" in st.secrets
    except Exception:  # no secrets.toml at all
        return False


def resolve() -> SignIn:
    oidc = _oidc_configured()
    oidc_user = None
    if oidc:
        try:
            oidc_user = st.user.to_dict()
        except Exception:
            oidc_user = None
    ip = getattr(st.context, "ip_address", None)
    return sign_in(get_settings(), base_store().directory, st.context.headers, ip, oidc, oidc_user)


def require_sign_in() -> SignIn:
    """Stops the run with a Chinese message (or the 登录 button) when nobody may use the app. Every page that
    reads drafts or manages anything calls it too (through current_user), so a page never relies on app.py's
    check alone (a page file run by itself, as the tests do, still asks for sign-in)."""
    s = resolve()
    if s.login_needed:
        st.title("年报助手")
        st.info("请先登录。")
        st.button("登录", on_click=st.login, type="primary")
        st.stop()
    if s.problem or (s.mode != "local" and s.user is None):
        st.title("年报助手")
        st.error(s.problem or "请先登录。")
        st.stop()
    return s


def show_user(s: SignIn) -> None:
    if s.user is not None:
        body = base_store().directory.body(s.user.body_id)
        where = f"{body.name} · " if body else ""
        st.sidebar.caption(f"当前用户：{s.user.shown}（{where}{ROLES.get(s.user.role, s.user.role)}）")
        if s.mode == "oidc":
            st.sidebar.button("退出登录", on_click=st.logout)


def current_user() -> User | None:
    """The signed-in user; None only in local mode. A request nobody may make stops here."""
    return require_sign_in().user


def is_admin() -> bool:
    user = current_user()
    return user is None or user.is_admin


def scoped_store(store: Store | None = None) -> Store:
    """The drafts store as the signed-in user sees it."""
    return (store or base_store()).as_user(current_user())
