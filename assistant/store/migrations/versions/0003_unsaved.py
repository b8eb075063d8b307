"""Unsaved input: what a user typed into a draft (a section, a cell, the chat box) and has not saved yet,
kept per user and draft so a reload, a restart or a chat message never throws it away."""
from alembic import op
import sqlalchemy as sa

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("unsaved",
                    sa.Column("draft_id", sa.Text, primary_key=True),
                    sa.Column("login", sa.Text, primary_key=True),  # "" in the single-user local mode
                    sa.Column("field", sa.Text, primary_key=True),  # text:3, cell:<path>, chat
                    sa.Column("text", sa.Text, nullable=False),
                    sa.Column("version", sa.Integer),               # the version it was typed on
                    sa.Column("updated", sa.Text, nullable=False))
