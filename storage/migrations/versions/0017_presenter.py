"""Group sessions' presenter links: hashes of their tokens and cookies, and the join link
made for the group.

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from storage.models import UTCDateTime

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "presenter_links",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("card_id", sa.Integer(), sa.ForeignKey("cards.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("token_hash", sa.String(64), nullable=False),
        sa.Column("cookie_hash", sa.String(64), nullable=True),
        sa.Column("language", sa.String(16), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("expires_at", UTCDateTime(), nullable=False),
        sa.Column("exchanged_at", UTCDateTime(), nullable=True),
        sa.Column("revoked_at", UTCDateTime(), nullable=True),
        sa.Column("join_link", sa.String(256), nullable=True),
        sa.Column("join_title", sa.String(256), nullable=True),
        sa.Column("join_revoked_at", UTCDateTime(), nullable=True),
    )
    op.create_index("ix_presenter_links_card_id", "presenter_links", ["card_id"])
    op.create_index("ix_presenter_links_token_hash", "presenter_links", ["token_hash"],
                    unique=True)
    op.create_index("ix_presenter_links_cookie_hash", "presenter_links", ["cookie_hash"],
                    unique=True)


def downgrade() -> None:
    op.drop_index("ix_presenter_links_cookie_hash", table_name="presenter_links")
    op.drop_index("ix_presenter_links_token_hash", table_name="presenter_links")
    op.drop_index("ix_presenter_links_card_id", table_name="presenter_links")
    op.drop_table("presenter_links")
