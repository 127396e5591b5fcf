"""Several processes on one database: a group's call budget and who draws a card, stored;
a vote's place in Telegram's order, so that processes applying votes out of order keep the
latest.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from storage.models import UTCDateTime

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("cards") as batch:
        batch.add_column(sa.Column("changes", sa.BigInteger(), nullable=False,
                                   server_default="0"))
        batch.add_column(sa.Column("drawn", sa.BigInteger(), nullable=False,
                                   server_default="0"))
        batch.add_column(sa.Column("drawn_at", UTCDateTime(), nullable=True))
        batch.add_column(sa.Column("shown", sa.String(64), nullable=True))
        batch.add_column(sa.Column("drawing_by", sa.String(64), nullable=True))
        batch.add_column(sa.Column("drawing_until", UTCDateTime(), nullable=True))
    with op.batch_alter_table("answers") as batch:
        batch.add_column(sa.Column("seq", sa.BigInteger(), nullable=True))
    op.create_table(
        "group_calls",
        sa.Column("chat", sa.String(64), primary_key=True),
        sa.Column("calls", sa.JSON(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("group_calls")
    with op.batch_alter_table("answers") as batch:
        batch.drop_column("seq")
    with op.batch_alter_table("cards") as batch:
        for column in ("drawing_until", "drawing_by", "shown", "drawn_at", "drawn", "changes"):
            batch.drop_column(column)
