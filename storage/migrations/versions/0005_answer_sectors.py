"""Answers carry their participant's sector, with an index that a round's tallies read alone:
the results of a round of 1,000 people are counted off the index, without a join per answer.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("answers") as batch:
        batch.add_column(sa.Column("sector", sa.String(32), nullable=True))
    op.execute(
        "UPDATE answers SET sector = (SELECT p.sector FROM participants p "
        "WHERE p.round_id = answers.round_id AND p.user = answers.user)"
    )
    op.create_index("ix_answers_tally", "answers", ["round_id", "item", "sector", "value"])


def downgrade() -> None:
    op.drop_index("ix_answers_tally", "answers")
    with op.batch_alter_table("answers") as batch:
        batch.drop_column("sector")
