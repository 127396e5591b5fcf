"""Validation: a round's versions (review, then validation with its snapshot and hash), the
participants' flags, and the files rendered from a validated version.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from storage.models import UTCDateTime

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def _round_id(primary_key: bool = False) -> sa.Column[int]:
    return sa.Column("round_id", sa.Integer(), sa.ForeignKey("rounds.id", ondelete="CASCADE"),
                     primary_key=primary_key, nullable=False)


def upgrade() -> None:
    op.create_table(
        "round_versions",
        _round_id(primary_key=True),
        sa.Column("version", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("state", sa.String(12), nullable=False),
        sa.Column("review_opened_at", UTCDateTime(), nullable=True),
        sa.Column("review_ends", sa.String(10), nullable=True),
        sa.Column("reminded", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("institution", sa.String(120), nullable=True),
        sa.Column("validated_on", sa.String(10), nullable=True),
        sa.Column("validated_at", UTCDateTime(), nullable=True),
        sa.Column("snapshot", sa.Text(), nullable=True),
        sa.Column("snapshot_hash", sa.String(64), nullable=True),
        sa.Column("counted", sa.Integer(), nullable=True),
        sa.Column("sharing", sa.String(12), nullable=True),
        sa.Column("shared_with", sa.String(200), nullable=True),
        sa.Column("sharing_at", UTCDateTime(), nullable=True),
        sa.Column("superseded_at", UTCDateTime(), nullable=True),
    )
    op.create_table(
        "flags",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        _round_id(),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("item", sa.String(32), nullable=False),
        sa.Column("user", sa.String(64), nullable=False),
        sa.Column("comment", sa.String(300), nullable=True),
        sa.Column("at", UTCDateTime(), nullable=False),
        sa.UniqueConstraint("round_id", "version", "item", "user", name="uq_flag"),
    )
    op.create_index("ix_flags_user", "flags", ["user"])
    op.create_table(
        "version_files",
        _round_id(primary_key=True),
        sa.Column("version", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("kind", sa.String(8), primary_key=True),
        sa.Column("language", sa.String(8), primary_key=True),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("version_files")
    op.drop_index("ix_flags_user", table_name="flags")
    op.drop_table("flags")
    op.drop_table("round_versions")
