"""Evidence notes keep up to 500 characters (200 was too short for a law's title and article).

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("answers") as batch:
        batch.alter_column("note", type_=sa.String(500), existing_type=sa.String(200),
                           existing_nullable=True)


def downgrade() -> None:
    with op.batch_alter_table("answers") as batch:
        batch.alter_column("note", type_=sa.String(200), existing_type=sa.String(500),
                           existing_nullable=True)
