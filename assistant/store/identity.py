"""Who is using the app: users, the bodies (agency, level, parent) they belong to, and their role.

Three ways to sign in, chosen by configuration:
- a trusted header set by an authenticating reverse proxy (NIANBAO_AUTH_HEADER, e.g. X-Remote-User),
  believed only when the connection comes from one of NIANBAO_TRUSTED_PROXIES (the TCP peer Streamlit
  reports as st.context.ip_address; loopback is reported as no address and written 127.0.0.1 here) — never
  an address that X-Forwarded-For may have put there (peer_is_forwarded).
  The proxy must overwrite or strip that header on every request from clients;
- Streamlit's st.login with an OIDC provider when .streamlit/secrets.toml has an [auth] section;
- neither: today's single-user local mode (no user; everything visible).

Roles: an editor (编制人员) reads and writes the drafts of their own body; a reviewer (审核人员, e.g. the
government office) also reads and comments on the drafts of every body under its own; an admin (管理员)
manages bodies, users, the corpus and the settings and sees everything. Logins listed in NIANBAO_ADMINS are
admins even before the directory knows them (the first sign-in of a new deployment).
"""
from __future__ import annotations

import ipaddress
import os
import re
import uuid
from dataclasses import dataclass

import sqlalchemy as sa

ROLES = {"editor": "编制人员", "reviewer": "审核人员", "admin": "管理员"}
LEVELS = ("省级", "市级", "县级", "乡镇", "部门")


@dataclass(frozen=True)
class User:
    login: str
    name: str = ""
    body_id: str | None = None
    role: str = "editor"

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"

    @property
    def shown(self) -> str:
        return self.name or self.login


@dataclass(frozen=True)
class Body:
    id: str
    name: str
    level: str = ""
    parent_id: str | None = None


def _bodies(db) -> list[Body]:
    from .schema import bodies_t
    return [Body(*r) for r in db.execute(sa.select(bodies_t.c.id, bodies_t.c.name, bodies_t.c.level,
                                                   bodies_t.c.parent_id)).all()]


def subtree(bodies: list[Body], root: str | None) -> set[str]:
    """The body and every body under it (cycles are harmless)."""
    if root is None:
        return set()
    children: dict[str | None, list[str]] = {}
    for b in bodies:
        children.setdefault(b.parent_id, []).append(b.id)
    seen, todo = set(), [root]
    while todo:
        b = todo.pop()
        if b not in seen:
            seen.add(b)
            todo.extend(children.get(b, []))
    return seen


def readable_bodies(user: User | None, db) -> set[str] | None:
    """Bodies whose drafts the user may read; None for all (local mode, admin)."""
    if user is None or user.is_admin:
        return None
    if user.body_id is None:
        return set()
    if user.role == "reviewer":
        return subtree(_bodies(db), user.body_id)
    return {user.body_id}


def writable_bodies(user: User | None) -> set[str] | None:
    """Bodies whose drafts the user may change; None for all. A reviewer writes only its own body's."""
    if user is None or user.is_admin:
        return None
    return {user.body_id} if user.body_id else set()


def require_admin(user: User | None) -> None:
    from .schema import Forbidden
    if user is not None and not user.is_admin:
        raise Forbidden("只有管理员可以管理单位、用户、范例库和设置。")


class Directory:
    """Bodies and users, kept in the drafts database; changed only by an admin (or in local mode)."""

    def __init__(self, store):
        self.store = store

    def _tx(self, write=False):
        if write:
            require_admin(self.store.user)
        return self.store._tx(write=write)

    # bodies
    def add_body(self, name: str, level: str = "", parent_id: str | None = None, id: str | None = None) -> Body:
        from .schema import bodies_t
        name = name.strip()
        if not name:
            raise ValueError("单位名称不能为空。")
        body = Body(id or uuid.uuid4().hex[:12], name, level, parent_id)
        with self._tx(write=True) as db:
            if parent_id and db.execute(sa.select(bodies_t.c.id).where(bodies_t.c.id == parent_id)).first() is None:
                raise ValueError("上级单位不存在。")
            db.execute(bodies_t.insert().values(id=body.id, name=body.name, level=body.level, parent_id=parent_id))
        return body

    def update_body(self, body_id: str, *, name: str | None = None, level: str | None = None,
                    parent_id: str | None | type(...) = ...) -> None:
        from .schema import bodies_t
        values = {k: v for k, v in (("name", name), ("level", level)) if v is not None}
        if parent_id is not ...:
            with self.store._tx() as db:
                if parent_id in subtree(_bodies(db), body_id):
                    raise ValueError("上级单位不能是它自己或它的下级单位。")
            values["parent_id"] = parent_id
        with self._tx(write=True) as db:
            db.execute(bodies_t.update().where(bodies_t.c.id == body_id).values(**values))

    def remove_body(self, body_id: str) -> None:
        from .schema import bodies_t, drafts_t, users_t
        with self._tx(write=True) as db:
            used = [db.execute(sa.select(sa.func.count()).select_from(t).where(c == body_id)).scalar()
                    for t, c in ((users_t, users_t.c.body_id), (drafts_t, drafts_t.c.body_id),
                                 (bodies_t, bodies_t.c.parent_id))]
            if any(used):
                raise ValueError(f"该单位还有 {used[0]} 个用户、{used[1]} 份草稿、{used[2]} 个下级单位，不能删除。")
            db.execute(bodies_t.delete().where(bodies_t.c.id == body_id))

    def bodies(self) -> list[Body]:
        with self.store._tx() as db:
            return sorted(_bodies(db), key=lambda b: (b.name, b.id))

    def body(self, body_id: str | None) -> Body | None:
        return next((b for b in self.bodies() if b.id == body_id), None)

    def children(self, body_id: str) -> list[Body]:
        return [b for b in self.bodies() if b.parent_id == body_id]

    # users
    def set_user(self, login: str, name: str = "", body_id: str | None = None, role: str = "editor") -> User:
        from .schema import users_t
        login = login.strip()
        if not login:
            raise ValueError("账号不能为空。")
        if role not in ROLES:
            raise ValueError(f"未知角色：{role}")
        if role != "admin" and not body_id:
            raise ValueError("编制人员和审核人员必须属于一个单位。")
        user = User(login, name.strip(), body_id, role)
        with self._tx(write=True) as db:
            db.execute(users_t.delete().where(users_t.c.login == login))
            db.execute(users_t.insert().values(login=login, name=user.name, body_id=body_id, role=role))
        return user

    def remove_user(self, login: str) -> None:
        from .schema import users_t
        with self._tx(write=True) as db:
            db.execute(users_t.delete().where(users_t.c.login == login))

    def users(self) -> list[User]:
        """The users this store's user may know of: all for an admin (and local mode and sign-in), else those of
        the bodies whose drafts they read — another body's users are as if they did not exist."""
        from .schema import users_t
        with self.store._tx() as db:
            q = sa.select(users_t.c.login, users_t.c.name, users_t.c.body_id, users_t.c.role).order_by(users_t.c.login)
            bodies = readable_bodies(self.store.user, db)
            if bodies is not None:
                q = q.where(sa.or_(users_t.c.body_id.in_(sorted(bodies)), users_t.c.login == self.store.user.login))
            rows = db.execute(q).all()
        return [User(*r) for r in rows]

    def user(self, login: str) -> User | None:
        return next((u for u in self.users() if u.login == login), None)


# --- signing in -----------------------------------------------------------------------------------------

@dataclass
class SignIn:
    mode: str                 # "local", "proxy" or "oidc"
    user: User | None = None  # None in local mode (or when refused)
    problem: str = ""         # why nobody is signed in, in Chinese; the app stops with it
    login_needed: bool = False  # OIDC configured, nobody signed in yet: show the 登录 button


def trusted(ip: str | None, proxies: list[str]) -> bool:
    """Whether a TCP peer is one of the configured proxies (None is loopback, as Streamlit reports it)."""
    address = ip or "127.0.0.1"
    try:
        peer = ipaddress.ip_address(address.split("%")[0])
    except ValueError:
        return False
    for p in proxies:
        try:
            if peer in ipaddress.ip_network(p.strip(), strict=False):
                return True
        except ValueError:
            continue
    return False


def _forwarded_hosts(headers) -> list[str]:
    """The hosts named in X-Forwarded-For (every such header), without ports or brackets."""
    values = []
    for key in headers or {}:
        if str(key).lower() == "x-forwarded-for":
            get_all = getattr(headers, "get_all", None)
            values += get_all(key) if get_all else [headers[key]]
    hosts = []
    for item in ",".join(values).split(","):
        h = item.strip()
        if h.startswith("[") and "]" in h:
            h = h[1:h.index("]")]
        elif h.count(":") == 1:
            h = h.split(":")[0]
        if h:
            hosts.append(h)
    return hosts


def peer_is_forwarded(ip: str | None, headers) -> bool:
    """Whether the address the server reports may have been taken from X-Forwarded-For rather than being the
    TCP peer. Streamlit's server (uvicorn) does that when the peer is one of FORWARDED_ALLOW_IPS (loopback by
    default): the client's address is then the rightmost host of the header it does not trust — a host the header
    names. So an address the header does not name is the peer's own; one it names cannot be told from a forgery
    (a loopback client naming the proxy), unless the server was started with FORWARDED_ALLOW_IPS= (empty)."""
    allowed = [h for h in os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1,::1").split(",") if h.strip()]
    hosts = _forwarded_hosts(headers)
    if not allowed or not hosts:
        return False
    reported = {ip} if ip else {"127.0.0.1", "::1"}  # Streamlit reports loopback as None
    return bool(reported & set(hosts))


def sign_in(settings, directory: Directory, headers=None, ip: str | None = None, oidc_configured: bool = False,
            oidc_user: dict | None = None) -> SignIn:
    """Who this request is, from the configured source; see the module docstring."""
    admins = {a.strip() for a in re.split(r"[,\s]+", settings.admins or "") if a.strip()}

    def known(login: str, mode: str) -> SignIn:
        user = directory.user(login)
        if user is None and login in admins:
            user = User(login, login, None, "admin")
        if user is None:
            return SignIn(mode, problem=f"账号“{login}”尚未开通。请联系管理员为您开通账号并指定所属单位。")
        return SignIn(mode, user)

    if settings.auth_header:
        if peer_is_forwarded(ip, headers):
            return SignIn("proxy", problem="无法确认本次连接来自受信任的认证代理：请求带有 X-Forwarded-For 头，"
                                           "服务器报告的来源地址可能取自该头。请让代理不转发客户端的 X-Forwarded-For，"
                                           "或以环境变量 FORWARDED_ALLOW_IPS=（留空）启动本应用。")
        if not trusted(ip, settings.trusted_proxies):
            return SignIn("proxy", problem="请通过单位的统一登录入口访问本系统（本次连接不是来自受信任的认证代理）。")
        login = (headers or {}).get(settings.auth_header)
        if not login or not login.strip():
            return SignIn("proxy", problem="未收到登录信息，请重新登录单位的统一登录入口。")
        return known(login.strip(), "proxy")
    if oidc_configured:
        if not oidc_user or not oidc_user.get("is_logged_in"):
            return SignIn("oidc", login_needed=True)
        login = oidc_user.get("email") or oidc_user.get("preferred_username") or oidc_user.get("sub") or ""
        return known(str(login), "oidc")
    return SignIn("local")
