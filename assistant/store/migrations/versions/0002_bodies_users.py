"""Many users: bodies (agency, level, parent), users with a role, drafts owned by a body, versions
recording who saved them, reviewers' comments."""
from alembic import op
import sqlalchemy as sa

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("bodies",
                    sa.Column("id", sa.Text, primary_key=True),
                    sa.Column("name", sa.Text, nullable=False),
                    sa.Column("level", sa.Text, nullable=False, server_default=""),
                    sa.Column("parent_id", sa.Text, sa.ForeignKey("bodies.id"), nullable=True))
    op.create_table("users",
                    sa.Column("login", sa.Text, primary_key=True),
                    sa.Column("name", sa.Text, nullable=False, server_default=""),
                    sa.Column("body_id", sa.Text, sa.ForeignKey("bodies.id"), nullable=True),
                    sa.Column("role", sa.Text, nullable=False, server_default="editor"))
    op.create_table("comments",
                    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
                    sa.Column("draft_id", sa.Text, nullable=False, index=True),
                    sa.Column("version", sa.Integer, nullable=False),
                    sa.Column("author", sa.Text, nullable=False),
                    sa.Column("created", sa.Text, nullable=False),
                    sa.Column("text", sa.Text, nullable=False))
    with op.batch_alter_table("drafts") as t:
        t.add_column(sa.Column("body_id", sa.Text, nullable=True))
        t.create_index("drafts_body", ["body_id"])
    with op.batch_alter_table("versions") as t:
        t.add_column(sa.Column("saved_by", sa.Text, nullable=True))
