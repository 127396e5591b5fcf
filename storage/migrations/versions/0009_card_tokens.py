"""A card's deep links carry an unguessable token, never its counting id.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06
"""

from __future__ import annotations

import secrets

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

TOKEN_BYTES = 12  # as storage.cards: 96 bits, 16 characters


def upgrade() -> None:
    with op.batch_alter_table("cards") as batch:
        batch.add_column(sa.Column("token", sa.String(24), nullable=True))
    connection = op.get_bind()
    cards = sa.table("cards", sa.column("id", sa.Integer), sa.column("token", sa.String))
    for (card,) in connection.execute(sa.select(cards.c.id)).all():
        connection.execute(sa.update(cards).where(cards.c.id == card)
                           .values(token=secrets.token_urlsafe(TOKEN_BYTES)))
    op.create_index("ix_cards_token", "cards", ["token"], unique=True)


def downgrade() -> None:
    op.drop_index("ix_cards_token", "cards")
    with op.batch_alter_table("cards") as batch:
        batch.drop_column("token")
