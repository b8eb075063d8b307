"""Drafts and their versions: the schema of the single-user SQLite release (kept as it was when found)."""
from alembic import op
import sqlalchemy as sa

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    have = set(sa.inspect(op.get_bind()).get_table_names())
    if "drafts" not in have:
        op.create_table("drafts",
                        sa.Column("id", sa.Text, primary_key=True),
                        sa.Column("agency", sa.Text, nullable=False),
                        sa.Column("year", sa.Integer, nullable=False),
                        sa.Column("version", sa.Integer, nullable=False),
                        sa.Column("updated", sa.Text, nullable=False),
                        sa.Column("body", sa.Text, nullable=False))
    if "versions" not in have:
        op.create_table("versions",
                        sa.Column("draft_id", sa.Text, primary_key=True),
                        sa.Column("version", sa.Integer, primary_key=True),
                        sa.Column("saved", sa.Text, nullable=False),
                        sa.Column("note", sa.Text, nullable=False),
                        sa.Column("body", sa.Text, nullable=False))
    if "trash" not in have:  # the workbench's 回收站 (created by the page in the single-user release)
        op.create_table("trash",
                        sa.Column("draft_id", sa.Text, primary_key=True),
                        sa.Column("deleted", sa.Text, nullable=False))
