"""Confidential rounds: every message and file sent protected; and the record of each
unprotected copy a facilitator confirmed.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from storage.models import UTCDateTime

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("rounds", sa.Column("confidential", sa.Boolean(), nullable=False,
                                      server_default=sa.false()))
    op.create_table(
        "unprotected_copies",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("round_id", sa.Integer(), sa.ForeignKey("rounds.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("user", sa.String(64), nullable=True),
        sa.Column("kind", sa.String(8), nullable=False),
        sa.Column("at", UTCDateTime(), nullable=False),
    )
    op.create_index("ix_unprotected_copies_round_id", "unprotected_copies", ["round_id"])


def downgrade() -> None:
    op.drop_index("ix_unprotected_copies_round_id", table_name="unprotected_copies")
    op.drop_table("unprotected_copies")
    with op.batch_alter_table("rounds") as batch:
        batch.drop_column("confidential")
