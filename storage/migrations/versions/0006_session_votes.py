"""An index for a group session's votes: its card and summary count them off it.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01
"""

from __future__ import annotations

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_answers_session", "answers", ["session_id", "item", "value"])


def downgrade() -> None:
    op.drop_index("ix_answers_session", "answers")
