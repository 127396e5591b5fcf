"""Conversations carry a version, the last message applied and the current round; cards.

The step counter becomes the version (compared and set by every write). The round id moves
out of the JSON context into its own column, shared by every flow; the assessment's pending
country keeps its place under its new name.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from storage.models import UTCDateTime

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_conversations = sa.table(
    "conversations",
    sa.column("chat", sa.String),
    sa.column("user", sa.String),
    sa.column("context", sa.JSON),
    sa.column("round_id", sa.Integer),
)


def upgrade() -> None:
    with op.batch_alter_table("conversations") as batch:
        batch.alter_column(
            "step", new_column_name="version", type_=sa.BigInteger(),
            existing_type=sa.Integer(), existing_nullable=False,
        )
        batch.add_column(sa.Column("last_message", sa.BigInteger(), nullable=True))
        batch.add_column(sa.Column("round_id", sa.Integer(), nullable=True))
    connection = op.get_bind()
    rows = connection.execute(
        sa.select(_conversations.c.chat, _conversations.c.user, _conversations.c.context)
    ).all()
    for chat, user, context in rows:
        context = dict(context or {})
        round_id = context.pop("round_id", None)
        if "pending_country" in context:
            context["country"] = context.pop("pending_country")
        kept = {k: v for k, v in context.items() if k in ("index", "country")}
        connection.execute(
            sa.update(_conversations)
            .where(_conversations.c.chat == chat, _conversations.c.user == user)
            .values(context=kept, round_id=round_id if isinstance(round_id, int) else None)
        )
    op.create_table(
        "cards",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("chat", sa.String(64), nullable=False),
        sa.Column("flow", sa.String(32), nullable=False),
        sa.Column("state", sa.String(32), nullable=False),
        sa.Column("version", sa.BigInteger, nullable=False),
        sa.Column("message_id", sa.BigInteger, nullable=True),
        sa.Column(
            "round_id", sa.Integer, sa.ForeignKey("rounds.id", ondelete="CASCADE"), nullable=True
        ),
        sa.Column("context", sa.JSON, nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_cards_chat", "cards", ["chat"])


def downgrade() -> None:
    op.drop_index("ix_cards_chat", "cards")
    op.drop_table("cards")
    with op.batch_alter_table("conversations") as batch:
        batch.drop_column("round_id")
        batch.drop_column("last_message")
        batch.alter_column(
            "version", new_column_name="step", type_=sa.Integer(),
            existing_type=sa.BigInteger(), existing_nullable=False,
        )
