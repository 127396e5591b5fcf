"""Reminders: when a participant was reminded to finish, and whether a person wants reminders.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from storage.models import UTCDateTime

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("participants") as batch:
        batch.add_column(sa.Column("reminded_at", UTCDateTime(), nullable=True))
    with op.batch_alter_table("people") as batch:
        batch.add_column(sa.Column("reminders", sa.Boolean(), nullable=False,
                                   server_default=sa.true()))


def downgrade() -> None:
    with op.batch_alter_table("people") as batch:
        batch.drop_column("reminders")
    with op.batch_alter_table("participants") as batch:
        batch.drop_column("reminded_at")
