"""Agreed positions: what a meeting concluded on an item of a round, with every recording kept.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from storage.models import UTCDateTime

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "agreements",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("round_id", sa.Integer(), sa.ForeignKey("rounds.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("item", sa.String(32), nullable=False),
        sa.Column("phase", sa.String(16), nullable=False),
        sa.Column("reason", sa.String(32), nullable=True),
        sa.Column("reason_text", sa.String(200), nullable=True),
        sa.Column("dissent", sa.String(200), nullable=True),
        sa.Column("session_id", sa.Integer(), sa.ForeignKey("cards.id", ondelete="SET NULL"),
                  nullable=True),
        sa.Column("voting", sa.Integer(), nullable=True),
        sa.Column("recorded_by", sa.String(64), nullable=True),
        sa.Column("recorded_at", UTCDateTime(), nullable=False),
    )
    op.create_index("ix_agreements_round", "agreements", ["round_id", "item"])


def downgrade() -> None:
    op.drop_index("ix_agreements_round", table_name="agreements")
    op.drop_table("agreements")
