"""The national action plan: a round's plan settings, targets per capability, agencies, and
actions with their history and comments.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-08
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from storage.models import UTCDateTime

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def _round_id(primary_key: bool = False) -> sa.Column[int]:
    return sa.Column("round_id", sa.Integer(), sa.ForeignKey("rounds.id", ondelete="CASCADE"),
                     primary_key=primary_key, nullable=False)


def _action_id() -> sa.Column[int]:
    return sa.Column("action_id", sa.Integer(),
                     sa.ForeignKey("plan_actions.id", ondelete="CASCADE"), nullable=False)


def upgrade() -> None:
    op.create_table(
        "plan_settings",
        _round_id(primary_key=True),
        sa.Column("fiscal_start", sa.Integer(), nullable=False, server_default="1"),
        sa.Column("cost_note", sa.String(200), nullable=True),
        sa.Column("shown_at", UTCDateTime(), nullable=True),
        sa.Column("reminders", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("reminded_month", sa.String(7), nullable=True),
    )
    op.create_table(
        "plan_targets",
        _round_id(primary_key=True),
        sa.Column("capability", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("phase", sa.Integer(), nullable=False),
        sa.Column("quarter", sa.String(6), nullable=True),
        sa.Column("set_by", sa.String(64), nullable=True),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
    )
    op.create_table(
        "plan_agencies",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        _round_id(),
        sa.Column("name", sa.String(80), nullable=False),
        sa.Column("folded", sa.String(240), nullable=False),
        sa.Column("created_by", sa.String(64), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.UniqueConstraint("round_id", "folded", name="uq_plan_agency_name"),
    )
    op.create_index("ix_plan_agencies_round_id", "plan_agencies", ["round_id"])
    op.create_table(
        "plan_actions",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        _round_id(),
        sa.Column("capability", sa.Integer(), nullable=False),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.Column("text", sa.String(300), nullable=True),
        sa.Column("step", sa.String(64), nullable=True),
        sa.Column("lead", sa.String(64), nullable=False),
        sa.Column("supporting", sa.JSON(), nullable=False),
        sa.Column("related", sa.JSON(), nullable=False),
        sa.Column("due", sa.String(6), nullable=False),
        sa.Column("indicator", sa.String(150), nullable=True),
        sa.Column("cost", sa.String(8), nullable=True),
        sa.Column("status", sa.String(8), nullable=False),
        sa.Column("status_at", UTCDateTime(), nullable=False),
        sa.Column("created_by", sa.String(64), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("deleted_at", UTCDateTime(), nullable=True),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_plan_actions_round_id", "plan_actions", ["round_id"])
    op.create_table(
        "plan_history",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        _action_id(),
        sa.Column("at", UTCDateTime(), nullable=False),
        sa.Column("user", sa.String(64), nullable=True),
        sa.Column("kind", sa.String(8), nullable=False),
        sa.Column("fields", sa.JSON(), nullable=False),
    )
    op.create_index("ix_plan_history_action_id", "plan_history", ["action_id"])
    op.create_table(
        "plan_comments",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        _action_id(),
        sa.Column("user", sa.String(64), nullable=False),
        sa.Column("text", sa.String(300), nullable=False),
        sa.Column("at", UTCDateTime(), nullable=False),
    )
    op.create_index("ix_plan_comments_action_id", "plan_comments", ["action_id"])
    op.create_index("ix_plan_comments_user", "plan_comments", ["user"])


def downgrade() -> None:
    for table in ("plan_comments", "plan_history", "plan_actions", "plan_agencies",
                  "plan_targets", "plan_settings"):
        op.drop_table(table)
