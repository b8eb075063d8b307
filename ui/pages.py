"""The app's pages, registered here once: app.py builds the navigation from this list, and the README's pages
table is checked against it (tests/test_docs.py). A new page is a file in ui/ and one line below.

`who`: everyone; "reviewer" (审核人员 and admins); "admin" (admins only). In local mode (no sign-in) the
single user is their own admin."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PageDef:
    file: str          # in ui/
    title: str
    icon: str
    who: str = "everyone"
    default: bool = False


PAGES = (
    PageDef("draft.py", "起草", ":material/edit_note:", default=True),
    PageDef("review.py", "审阅", ":material/compare:"),
    PageDef("check.py", "校验", ":material/fact_check:"),
    PageDef("training.py", "培训", ":material/school:"),
    PageDef("rollup.py", "汇总核对", ":material/functions:", who="reviewer"),
    PageDef("corpus.py", "范例库", ":material/library_books:", who="admin"),
    PageDef("admin.py", "用户与单位", ":material/group:", who="admin"),
    PageDef("settings.py", "设置", ":material/settings:", who="admin"),
)


def allowed(page: PageDef, *, admin: bool, reviewer: bool) -> bool:
    if page.who == "admin":
        return admin
    if page.who == "reviewer":
        return reviewer or admin
    return True
