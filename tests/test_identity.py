"""Role boundaries at the store level, on SQLite and PostgreSQL: an editor lists, opens, exports (= loads),
restores, saves, comments on and deletes only their own body's drafts, by any path (the list, an id from a
URL, a version number, a new draft reusing another body's id); a reviewer reads and comments on the drafts of
the bodies under it but changes none of them; an admin sees all and alone manages the directory. Signing in:
the proxy header only from a trusted address, unknown logins refused, OIDC asks to log in, local mode."""
from __future__ import annotations

import pytest

from assistant.drafting import new_draft, set_cell
from assistant.store.identity import User, sign_in
from assistant.settings import Settings
from assistant.store.drafts import Conflict, Forbidden, Store


@pytest.fixture()
def county(database):
    """A county: its government (reviewed by the office), two departments and a township under it; another
    county beside it. One draft per body, saved by its own editor."""
    store = Store(database)
    admin = store.as_user(User("root", role="admin"))
    d = admin.directory
    gov = d.add_body("东城县人民政府", "县级", id="gov")
    edu = d.add_body("东城县教育局", "部门", parent_id=gov.id, id="edu")
    health = d.add_body("东城县卫生健康委员会", "部门", parent_id=gov.id, id="health")
    town = d.add_body("东城县城关镇人民政府", "乡镇", parent_id=gov.id, id="town")
    other = d.add_body("西城县人民政府", "县级", id="other")
    users = {
        "edu": d.set_user("alice", "张三", edu.id),
        "health": d.set_user("bob", "李四", health.id),
        "town": d.set_user("carol", "王五", town.id),
        "other": d.set_user("dave", "赵六", other.id),
        "office": d.set_user("erin", "县政府办公室", gov.id, "reviewer"),
        "otheroffice": d.set_user("frank", "西城县政府办公室", other.id, "reviewer"),
    }
    drafts = {}
    for key, body in (("edu", edu), ("health", health), ("town", town), ("other", other)):
        draft = new_draft(body.name, 2024)
        store.as_user(users[key]).save(draft, None, "新建")
        drafts[key] = draft
    return store, users, drafts


def test_an_editor_sees_and_opens_only_their_own_bodys_drafts(county):
    store, users, drafts = county
    alice = store.as_user(users["edu"])
    assert [s.id for s in alice.list()] == [drafts["edu"].id]
    assert alice.load(drafts["edu"].id)[1] == 1
    for key in ("health", "town", "other"):
        theirs = drafts[key].id  # an id from a shared URL or typed by hand
        assert alice.load(theirs) is None  # so nothing to show or export either
        assert alice.history(theirs) == [] and alice.comments(theirs) == []
        with pytest.raises(KeyError):
            alice.load_version(theirs, 1)
        with pytest.raises(KeyError):
            alice.restore(theirs, 1, 1)
        with pytest.raises(KeyError):
            alice.owner(theirs)
    store.as_user(users["health"]).trash(drafts["health"].id)
    assert alice.trashed() == []  # another body's 回收站 is not theirs either


def test_an_editor_cannot_change_or_delete_another_bodys_draft_by_any_path(county):
    store, users, drafts = county
    alice = store.as_user(users["edu"])
    theirs = drafts["health"]
    changed = set_cell(theirs, "applications.new_received[0]", 99)
    with pytest.raises(Conflict):
        alice.save(changed, 1, "修改统计表")  # saving against the version it has: as over no draft
    with pytest.raises(Conflict):
        alice.save(changed, None, "新建")  # a "new" draft reusing its id
    for action in (alice.trash, alice.untrash, alice.delete):
        action(theirs.id)  # nothing happens, as for an id that names no draft (tests/test_hostile_store.py)
    with pytest.raises(Forbidden):
        alice.comment(theirs.id, 1, "改一下")
    bob = store.as_user(users["health"])
    loaded, version = bob.load(theirs.id)
    assert version == 1 and loaded.entered == theirs.entered and not bob.is_trashed(theirs.id)
    assert [h.saved_by for h in bob.history(theirs.id)] == ["bob"]


def test_a_new_draft_belongs_to_its_authors_body(county):
    store, users, _ = county
    mine = new_draft("东城县教育局", 2025)
    store.as_user(users["edu"]).save(mine, None, "新建")
    assert store.as_user(users["edu"]).owner(mine.id) == "edu"
    assert store.as_user(users["health"]).load(mine.id) is None


def test_a_reviewer_reads_and_comments_on_the_bodies_under_it_but_changes_nothing(county):
    store, users, drafts = county
    erin = store.as_user(users["office"])
    assert {s.id for s in erin.list()} == {drafts[k].id for k in ("edu", "health", "town")}
    assert erin.load(drafts["other"].id) is None  # another county
    draft, version = erin.load(drafts["town"].id)
    assert erin.load_version(drafts["town"].id, 1).agency == "东城县城关镇人民政府"
    erin.comment(drafts["town"].id, version, "表三第二列请核对。")
    with pytest.raises(Forbidden):
        erin.save(set_cell(draft, "applications.new_received[0]", 1), version, "修改统计表")
    with pytest.raises(Forbidden):
        erin.delete(drafts["town"].id)
    with pytest.raises(Forbidden):
        erin.trash(drafts["town"].id)
    carol = store.as_user(users["town"])
    assert [(c.author, c.text) for c in carol.comments(drafts["town"].id)] == [("erin", "表三第二列请核对。")]
    assert carol.load(drafts["town"].id)[1] == 1
    frank = store.as_user(users["otheroffice"])
    assert [s.id for s in frank.list()] == [drafts["other"].id]


def test_a_reviewer_writes_its_own_bodys_report(county):
    store, users, _ = county
    erin = store.as_user(users["office"])
    gov = new_draft("东城县人民政府", 2024)
    v = erin.save(gov, None, "新建")
    assert erin.save(set_cell(gov, "applications.new_received[0]", 3), v, "修改统计表") == 2
    assert store.as_user(users["edu"]).load(gov.id) is None  # a department does not read its government's


def test_an_admin_sees_everything_and_alone_manages_the_directory(county):
    store, users, drafts = county
    admin = store.as_user(User("root", role="admin"))
    assert {s.id for s in admin.list()} == {d.id for d in drafts.values()}
    for who in ("edu", "office"):
        d = store.as_user(users[who]).directory
        with pytest.raises(Forbidden):
            d.add_body("东城县财政局", "部门", parent_id="gov")
        with pytest.raises(Forbidden):
            d.set_user(users[who].login, role="admin")
        with pytest.raises(Forbidden):
            store.as_user(users[who]).assign(drafts["other"].id, users[who].body_id)
    assert store.directory.user("alice").role == "editor"
    with pytest.raises(ValueError):
        admin.directory.remove_body("edu")  # still has a user and a draft
    with pytest.raises(ValueError):
        admin.directory.update_body("gov", parent_id="town")  # a cycle


def test_the_same_version_conflict_holds_for_signed_in_users(county):
    store, users, drafts = county
    alice = store.as_user(users["edu"])
    d, v = alice.load(drafts["edu"].id)
    alice.save(set_cell(d, "applications.new_received[0]", 1), v)
    with pytest.raises(Conflict):
        alice.save(set_cell(d, "applications.new_received[0]", 2), v)


# --- signing in -------------------------------------------------------------------------------------------

def test_proxy_header_believed_only_from_a_trusted_proxy(tmp_path):
    store = Store(tmp_path / "d.sqlite3")
    body = store.directory.add_body("东城县教育局", "部门")
    store.directory.set_user("alice", "张三", body.id)
    s = Settings(data_dir=tmp_path, auth_header="X-Remote-User", trusted_proxies=["10.0.0.5/32"], admins="root")
    ok = sign_in(s, store.directory, {"X-Remote-User": "alice"}, "10.0.0.5")
    assert ok.user.login == "alice" and ok.user.body_id == body.id and not ok.problem
    forged = sign_in(s, store.directory, {"X-Remote-User": "alice"}, "10.0.0.9")
    assert forged.user is None and "受信任的认证代理" in forged.problem
    local = sign_in(s, store.directory, {"X-Remote-User": "alice"}, None)  # loopback, not in the list
    assert local.user is None and local.problem
    assert "尚未开通" in sign_in(s, store.directory, {"X-Remote-User": "mallory"}, "10.0.0.5").problem
    assert "未收到登录信息" in sign_in(s, store.directory, {}, "10.0.0.5").problem
    root = sign_in(s, store.directory, {"X-Remote-User": "root"}, "10.0.0.5").user
    assert root.is_admin  # NIANBAO_ADMINS: the first admin before the directory knows anyone
    behind = Settings(data_dir=tmp_path, auth_header="X-Remote-User")  # a proxy on the same machine
    assert sign_in(behind, store.directory, {"X-Remote-User": "alice"}, None).user.login == "alice"


def test_oidc_asks_to_log_in_and_local_mode_has_no_user(tmp_path):
    store = Store(tmp_path / "d.sqlite3")
    body = store.directory.add_body("东城县教育局", "部门")
    store.directory.set_user("alice@example.cn", "张三", body.id)
    s = Settings(data_dir=tmp_path)
    assert sign_in(s, store.directory, {}, None, oidc_configured=True, oidc_user={"is_logged_in": False}).login_needed
    ok = sign_in(s, store.directory, {}, None, True, {"is_logged_in": True, "email": "alice@example.cn"})
    assert ok.user.login == "alice@example.cn"
    assert "尚未开通" in sign_in(s, store.directory, {}, None, True, {"is_logged_in": True, "email": "x@y.cn"}).problem
    local = sign_in(s, store.directory, {"X-Remote-User": "alice@example.cn"}, None)  # no header configured
    assert local.mode == "local" and local.user is None


def test_comments_on_the_draft_page_are_kept_with_the_version(tmp_path, monkeypatch):
    from assistant.settings import get_settings
    from tests.test_app_draft import ROOT, new_draft as page_new_draft, start
    monkeypatch.setenv("NIANBAO_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.chdir(ROOT)
    get_settings.cache_clear()
    try:
        at = page_new_draft(start())
        draft_id = at.query_params["draft"]
        draft_id = draft_id[0] if isinstance(draft_id, list) else draft_id
        at.text_area(key=f"comment_text_{draft_id}").input("表三第二列请核对。")
        next(b for b in at.button if b.label == "提交意见").click().run()
        assert not at.exception, at.exception
        assert any("表三第二列请核对。" in c.value for c in at.caption)
        assert [c.text for c in Store(tmp_path / "data" / "drafts.sqlite3").comments(draft_id)] == ["表三第二列请核对。"]
    finally:
        get_settings.cache_clear()
