"""People, rounds, participants, answers and conversations.

Revision ID: 0001
Revises:
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from storage.models import UTCDateTime

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "people",
        sa.Column("user", sa.String(64), primary_key=True),
        sa.Column("locale", sa.String(16), nullable=True),
        sa.Column("consented_at", UTCDateTime(), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
    )
    op.create_table(
        "rounds",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("code", sa.String(16), nullable=False, unique=True),
        sa.Column("country", sa.String(2), nullable=False),
        sa.Column("owner", sa.String(64), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
    )
    op.create_index("ix_rounds_owner", "rounds", ["owner"])
    op.create_table(
        "participants",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column(
            "round_id", sa.Integer, sa.ForeignKey("rounds.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("user", sa.String(64), nullable=False),
        sa.Column("sector", sa.String(32), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("pseudonym", sa.String(16), nullable=False, unique=True),
        sa.Column("joined_at", UTCDateTime(), nullable=False),
        sa.Column("finished_at", UTCDateTime(), nullable=True),
        sa.UniqueConstraint("round_id", "user", name="uq_participant_round_user"),
    )
    op.create_index("ix_participants_user", "participants", ["user"])
    op.create_table(
        "answers",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column(
            "round_id", sa.Integer, sa.ForeignKey("rounds.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("user", sa.String(64), nullable=False),
        sa.Column("item", sa.String(32), nullable=False),
        sa.Column("value", sa.String(16), nullable=True),
        sa.Column("note", sa.String(200), nullable=True),
        sa.Column("source", sa.String(16), nullable=False),
        sa.Column("session_id", sa.Integer, nullable=True),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.UniqueConstraint("round_id", "user", "item", name="uq_answer_round_user_item"),
    )
    op.create_index("ix_answers_user", "answers", ["user"])
    op.create_table(
        "conversations",
        sa.Column("chat", sa.String(64), primary_key=True),
        sa.Column("user", sa.String(64), primary_key=True),
        sa.Column("flow", sa.String(32), nullable=False),
        sa.Column("state", sa.String(32), nullable=False),
        sa.Column("step", sa.Integer, nullable=False),
        sa.Column("context", sa.JSON, nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
    )
    op.create_index("ix_conversations_user", "conversations", ["user"])


def downgrade() -> None:
    op.drop_table("conversations")
    op.drop_table("answers")
    op.drop_table("participants")
    op.drop_table("rounds")
    op.drop_table("people")
