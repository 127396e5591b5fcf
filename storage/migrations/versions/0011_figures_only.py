"""A round may be opened as "figures only": its files and report hold aggregates, never rows or
notes; set at creation, and later only ever turned on.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # a plain ALTER TABLE ... ADD COLUMN on both databases: the rounds table is referenced by
    # most others, and must not be copied
    sqlite = op.get_bind().dialect.name == "sqlite"
    op.add_column("rounds", sa.Column("figures_only", sa.Boolean(), nullable=False,
                                      server_default=sa.text("0") if sqlite else sa.false()))


def downgrade() -> None:
    with op.batch_alter_table("rounds") as batch:
        batch.drop_column("figures_only")
