"""The drafts database's tables (SQLAlchemy Core; Alembic's migrations in assistant/migrations create them) and
the errors a store operation raises — shared by assistant.store and assistant.identity without an import cycle."""
from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData()
drafts_t = sa.Table("drafts", metadata,
                    sa.Column("id", sa.Text, primary_key=True),
                    sa.Column("agency", sa.Text, nullable=False),
                    sa.Column("year", sa.Integer, nullable=False),
                    sa.Column("version", sa.Integer, nullable=False),
                    sa.Column("updated", sa.Text, nullable=False),
                    sa.Column("body", sa.Text, nullable=False),
                    sa.Column("body_id", sa.Text))
versions_t = sa.Table("versions", metadata,
                      sa.Column("draft_id", sa.Text, primary_key=True),
                      sa.Column("version", sa.Integer, primary_key=True),
                      sa.Column("saved", sa.Text, nullable=False),
                      sa.Column("note", sa.Text, nullable=False),
                      sa.Column("body", sa.Text, nullable=False),
                      sa.Column("saved_by", sa.Text))
trash_t = sa.Table("trash", metadata,
                   sa.Column("draft_id", sa.Text, primary_key=True),
                   sa.Column("deleted", sa.Text, nullable=False))
bodies_t = sa.Table("bodies", metadata,
                    sa.Column("id", sa.Text, primary_key=True),
                    sa.Column("name", sa.Text, nullable=False),
                    sa.Column("level", sa.Text, nullable=False),
                    sa.Column("parent_id", sa.Text))
users_t = sa.Table("users", metadata,
                   sa.Column("login", sa.Text, primary_key=True),
                   sa.Column("name", sa.Text, nullable=False),
                   sa.Column("body_id", sa.Text),
                   sa.Column("role", sa.Text, nullable=False))
comments_t = sa.Table("comments", metadata,
                      sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
                      sa.Column("draft_id", sa.Text, nullable=False),
                      sa.Column("version", sa.Integer, nullable=False),
                      sa.Column("author", sa.Text, nullable=False),
                      sa.Column("created", sa.Text, nullable=False),
                      sa.Column("text", sa.Text, nullable=False))


class NotSaved(Exception):
    """A save that did not happen, with the reason in Chinese; the caller keeps the user's input."""


class Conflict(NotSaved):
    """The draft changed elsewhere since it was opened."""


class Refused(NotSaved):
    """The draft holds a value no report can have (a 22-digit count): it is never stored."""


class DiskFull(NotSaved):
    """The database could not be written (disk full, read-only, I/O error, server gone)."""


class Forbidden(NotSaved):
    """The signed-in user may not change this draft (another body's, or read-only for a reviewer)."""


class Unavailable(Exception):
    """The drafts database cannot be opened at all (a server down or refusing, a file that cannot be created);
    the message is for the user, in Chinese."""


class Damaged(Exception):
    """The current version cannot be opened (e.g. a value from an older release); its history can."""

    def __init__(self, message: str, draft_id: str, version: int):
        super().__init__(message)
        self.draft_id, self.version = draft_id, version
